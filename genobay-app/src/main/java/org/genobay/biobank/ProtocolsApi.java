package org.genobay.biobank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/protocols")
@Tag(name = "protocols", description = "collection protocols: specimen types collected and consent required")
class ProtocolsApi {

    private final Protocols protocols;

    ProtocolsApi(Protocols protocols) {
        this.protocols = protocols;
    }

    record Definition(
            String code,
            String title,
            String description,
            Set<SpecimenType> specimenTypes,
            Set<ConsentScope> consentScopes) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a collection protocol (active from the start)")
    Protocols.ProtocolView create(CurrentUser user, @RequestBody Definition body) {
        return protocols.create(
                new NewProtocol(
                        body.code(),
                        body.title(),
                        Optional.ofNullable(body.description()),
                        body.specimenTypes(),
                        body.consentScopes()),
                user);
    }

    @GetMapping
    @Operation(summary = "The institution's protocols by code; active=true for those specimens can be collected under")
    List<Protocols.ProtocolView> list(CurrentUser user, @RequestParam(defaultValue = "false") boolean active) {
        return protocols.list(active, user);
    }

    @GetMapping("/{code}")
    Protocols.ProtocolView get(CurrentUser user, @PathVariable String code) {
        return protocols.get(code, user);
    }

    record Edit(
            Long version,
            String title,
            String description,
            Set<SpecimenType> specimenTypes,
            Set<ConsentScope> consentScopes,
            Boolean active) {}

    @PutMapping("/{code}")
    @Operation(
            summary = "Edit a protocol, or retire it (active: false) or bring it back",
            description = "version must be the version the edit was made on (409 concurrent-edit otherwise). Specimens"
                    + " collected under it keep it; the change applies to the next collections.")
    Protocols.ProtocolView update(CurrentUser user, @PathVariable String code, @RequestBody Edit body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version is required: the version of the protocol you edited");
        }
        return protocols.update(
                code,
                body.version(),
                new NewProtocol(
                        code,
                        body.title(),
                        Optional.ofNullable(body.description()),
                        body.specimenTypes(),
                        body.consentScopes()),
                body.active() == null || body.active(),
                user);
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a protocol no specimen was collected under (409 protocol-in-use otherwise: retire it)")
    void delete(CurrentUser user, @PathVariable String code) {
        protocols.delete(code, user);
    }
}
