package org.genobay.biobank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/specimens")
@Tag(name = "specimens", description = "specimens, aliquots and derivatives, status, location and chain of custody")
class SpecimensApi {

    private final Specimens specimens;
    private final Storage storage;
    private final QualityControl qc;

    SpecimensApi(Specimens specimens, Storage storage, QualityControl qc) {
        this.specimens = specimens;
        this.storage = storage;
        this.qc = qc;
    }

    record Collection(
            String participant,
            SpecimenType type,
            BigDecimal quantity,
            Unit unit,
            Instant collectedAt,
            String collectionSite,
            String notes,
            String protocol) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a specimen collected from a participant",
            description = "protocol (optional) is the code of one of the institution's active collection protocols: the"
                    + " type must be one it collects (400) and the participant must have given the consent scopes it"
                    + " requires (409 consent-missing); a retired protocol is 409 protocol-retired.")
    Specimens.SpecimenView collect(CurrentUser user, @RequestBody Collection body) {
        return specimens.collect(
                new NewSpecimen(
                        body.participant(),
                        body.type(),
                        quantity("quantity", body.quantity(), body.unit()),
                        body.collectedAt(),
                        body.collectionSite(),
                        Optional.ofNullable(body.notes()),
                        Optional.ofNullable(body.protocol())),
                user);
    }

    record Derivation(
            SpecimenType type,
            BigDecimal quantity,
            Unit unit,
            BigDecimal takenQuantity,
            Unit takenUnit,
            String notes) {}

    @PostMapping("/{code}/children")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make an aliquot (same type) or a derivative (another type) from a specimen",
            description = "takenQuantity/takenUnit say how much of the parent is used; an aliquot may leave them out."
                    + " The parent must have that much left (409 insufficient-quantity otherwise).")
    Specimens.SpecimenView derive(CurrentUser user, @PathVariable String code, @RequestBody Derivation body) {
        Optional<Quantity> taken = Optional.ofNullable(body.takenQuantity())
                .map(amount -> quantity("takenQuantity", amount, body.takenUnit()));
        return specimens.derive(
                code,
                new NewDerivative(
                        Optional.ofNullable(body.type()),
                        quantity("quantity", body.quantity(), body.unit()),
                        taken,
                        Optional.ofNullable(body.notes())),
                user);
    }

    @GetMapping("/{code}")
    Specimens.SpecimenView get(CurrentUser user, @PathVariable String code) {
        return specimens.get(code, user);
    }

    record Edit(Long version, Instant collectedAt, String collectionSite, String notes) {}

    @PutMapping("/{code}")
    @Operation(
            summary = "Edit the collection time, site and notes",
            description = "version must be the version the edit was made on; when someone else saved the specimen in"
                    + " between, the answer is 409 concurrent-edit and nothing is changed.")
    Specimens.SpecimenView edit(CurrentUser user, @PathVariable String code, @RequestBody Edit body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version is required: the version of the specimen you edited");
        }
        return specimens.edit(
                code,
                new SpecimenEdit(
                        body.version(), body.collectedAt(), body.collectionSite(), Optional.ofNullable(body.notes())),
                user);
    }

    record StatusChange(SpecimenStatus status, String reason) {}

    @PostMapping("/{code}/status")
    @Operation(
            summary = "Change the status (AVAILABLE, RESERVED, CONSUMED, SHIPPED, DISPOSED) along allowed transitions")
    Specimens.SpecimenView status(CurrentUser user, @PathVariable String code, @RequestBody StatusChange body) {
        return specimens.changeStatus(code, body.status(), Optional.ofNullable(body.reason()), user);
    }

    record Placement(Long boxId, String position) {}

    @PutMapping("/{code}/location")
    @Operation(summary = "Store the specimen in a free box position, or move it there")
    Specimens.SpecimenView place(CurrentUser user, @PathVariable String code, @RequestBody Placement body) {
        if (body.boxId() == null) {
            throw new InvalidInputException("boxId", "boxId is required");
        }
        return storage.place(code, body.boxId(), BoxPosition.parse(body.position()), user);
    }

    @DeleteMapping("/{code}/location")
    @Operation(summary = "Take the specimen out of storage")
    Specimens.SpecimenView remove(CurrentUser user, @PathVariable String code) {
        return storage.remove(code, user);
    }

    @GetMapping("/{code}/custody")
    @Operation(summary = "The chain of custody: who did what, when, and where the specimen was")
    List<Custody.EventView> custody(CurrentUser user, @PathVariable String code) {
        return specimens.custody(code, user);
    }

    record Measurement(QcMeasure measure, BigDecimal value) {}

    @PostMapping("/{code}/qc")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a QC measurement (CONCENTRATION ng/µL, A260_280, A260_230, RIN)",
            description =
                    "Judged against the specimen type's rule: PASS, FAIL, or NO_RULE when the type has none"
                            + " (DNA: A260/280 1.7–2.0, A260/230 ≥ 1.8, ≥ 10 ng/µL; RNA: A260/280 1.8–2.2, RIN ≥ 7, ≥ 5 ng/µL).")
    QualityControl.ResultView recordQc(CurrentUser user, @PathVariable String code, @RequestBody Measurement body) {
        return qc.record(code, body.measure(), body.value(), user);
    }

    @GetMapping("/{code}/qc")
    @Operation(summary = "The specimen's QC measurements, oldest first")
    List<QualityControl.ResultView> qc(CurrentUser user, @PathVariable String code) {
        return qc.results(code, user);
    }

    private static Quantity quantity(String field, BigDecimal amount, Unit unit) {
        if (amount == null || unit == null) {
            throw new InvalidInputException(field, field + " and its unit are both required");
        }
        return new Quantity(amount, unit);
    }
}
