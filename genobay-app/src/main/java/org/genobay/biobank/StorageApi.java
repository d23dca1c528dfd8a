package org.genobay.biobank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/storage")
@Tag(name = "storage", description = "freezers, racks and boxes")
class StorageApi {

    private final Storage storage;

    StorageApi(Storage storage) {
        this.storage = storage;
    }

    record StorageRequest(
            StorageKind kind, String name, Long parentId, Integer rows, Integer columns, String temperature) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a freezer, a rack in a freezer, or a box (rows × columns) in a rack or freezer")
    Storage.UnitView create(CurrentUser user, @RequestBody StorageRequest body) {
        return storage.create(
                new NewStorageUnit(
                        body.kind(),
                        body.name(),
                        Optional.ofNullable(body.parentId()),
                        Optional.ofNullable(body.rows()),
                        Optional.ofNullable(body.columns()),
                        Optional.ofNullable(body.temperature())),
                user);
    }

    @GetMapping
    @Operation(summary = "All freezers with their racks and boxes")
    List<Storage.UnitView> tree(CurrentUser user) {
        return storage.tree(user);
    }

    @GetMapping("/boxes/{id}")
    @Operation(summary = "A box as a grid of positions with the specimens they hold")
    Storage.BoxView box(CurrentUser user, @PathVariable long id) {
        return storage.box(id, user);
    }
}
