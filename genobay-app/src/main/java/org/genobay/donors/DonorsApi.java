package org.genobay.donors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Sex;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Donors and cord-blood units of the institution: register, read, edit, retype. */
@RestController
@Tag(name = "donors", description = "stem-cell registry donors and cord-blood units with their HLA typings")
class DonorsApi {

    static final String IF_MATCH = "The version you last read (its `version` field), quoted or not: `\"3\"` or `3`."
            + " Without it 428 Precondition Required; when someone changed the record since, 409 concurrent-edit.";

    private final Donors donors;
    private final CordBloodUnits units;
    private final DonorImport imports;

    DonorsApi(Donors donors, CordBloodUnits units, DonorImport imports) {
        this.donors = donors;
        this.units = units;
        this.imports = imports;
    }

    @PostMapping(
            path = "/api/donors/import",
            consumes = {"text/csv", org.springframework.http.MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Import donors from CSV or a GL-string file, all or nothing",
            description = "format=csv (default): columns (header line, lower case, any order): registry_id,"
                    + " typing_gl (required), sex, birth_year, abo, cmv, status, typing_source, typing_method,"
                    + " typing_date; rows are counted from the line after the header. format=gl: one donor per line,"
                    + " REGISTRY_ID%GLSTRING, as WMDA and NMDP files are, no header, donors registered AVAILABLE with sex UNKNOWN;"
                    + " rows are line numbers. Every row is checked as POST /api/donors checks it. Any problem: 400"
                    + " listing every problem by row and column in errors[], and nothing is imported.")
    org.springframework.http.ResponseEntity<?> importDonors(
            CurrentUser user,
            @Parameter(description = "csv or gl") @RequestParam(defaultValue = "csv") String format,
            @RequestBody String content) {
        DonorImport.Report report = imports.run(content, DonorImport.Format.parse(format), user);
        if (report.imported()) {
            return org.springframework.http.ResponseEntity.status(HttpStatus.CREATED)
                    .body(report);
        }
        org.springframework.http.ProblemDetail problem = org.genobay.errors.Problems.of(
                HttpStatus.BAD_REQUEST, "invalid-import", "Nothing imported", report.summary());
        problem.setProperties(Map.of("errors", report.problems()));
        return org.springframework.http.ResponseEntity.badRequest()
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    record Typing(String gl, String lab, String method, LocalDate typedOn) {
        TypingSource source() {
            return new TypingSource(
                    gl, Optional.ofNullable(lab), Optional.ofNullable(method), Optional.ofNullable(typedOn));
        }
    }

    record DonorBody(
            String registryId,
            Sex sex,
            Integer birthYear,
            String abo,
            String cmv,
            DonorStatus status,
            LocalDate unavailableUntil,
            Typing typing) {
        DonorDetails details() {
            return new DonorDetails(
                    sex,
                    Optional.ofNullable(birthYear),
                    Optional.ofNullable(abo),
                    Optional.ofNullable(cmv),
                    status == null ? DonorStatus.AVAILABLE : status,
                    Optional.ofNullable(unavailableUntil));
        }
    }

    @PostMapping("/api/donors")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register a donor with an HLA typing (GL string)",
            description = "The typing is checked with the IMGT/HLA release: an unknown allele is 400 invalid-input"
                    + " naming the field and the allele. status defaults to AVAILABLE; unavailableUntil goes with"
                    + " TEMPORARILY_UNAVAILABLE.")
    Donors.DonorView register(CurrentUser user, @RequestBody DonorBody body) {
        return donors.register(body.registryId(), body.details(), typing(body.typing()), user);
    }

    @GetMapping("/api/donors")
    @Operation(summary = "The institution's donors, by registry ID; q filters by part of the registry ID")
    List<Donors.DonorView> list(CurrentUser user, @RequestParam Optional<String> q) {
        return donors.list(q, user);
    }

    @GetMapping("/api/donors/{registryId}")
    @Operation(summary = "A donor with its current typing and the typing history (newest first)")
    Donors.DonorView get(CurrentUser user, @PathVariable String registryId) {
        return donors.get(registryId, user);
    }

    @PutMapping("/api/donors/{registryId}")
    @Operation(summary = "Change a donor's sex, birth year, ABO, CMV or status (not the typing: POST a new one)")
    Donors.DonorView edit(
            CurrentUser user,
            @PathVariable String registryId,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH)
                    @RequestHeader(HttpHeaders.IF_MATCH)
                    Optional<String> ifMatch,
            @RequestBody DonorBody body) {
        return donors.edit(registryId, Versions.ifMatch(ifMatch), body.details(), user);
    }

    @PostMapping("/api/donors/{registryId}/typings")
    @Operation(summary = "Record a new typing of a donor; it becomes the current one, the old one stays in the history")
    Donors.DonorView retype(
            CurrentUser user,
            @PathVariable String registryId,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH)
                    @RequestHeader(HttpHeaders.IF_MATCH)
                    Optional<String> ifMatch,
            @RequestBody Typing body) {
        return donors.retype(registryId, Versions.ifMatch(ifMatch), typing(body), user);
    }

    record UnitBody(
            String unitId,
            String specimen,
            LocalDate collectedOn,
            BigDecimal volumeMl,
            BigDecimal tnc,
            BigDecimal cd34,
            BigDecimal viability,
            Map<String, String> tests,
            UnitStatus status,
            Typing typing) {
        UnitDetails details() {
            return new UnitDetails(
                    Optional.ofNullable(specimen),
                    Optional.ofNullable(collectedOn),
                    volumeMl,
                    tnc,
                    cd34,
                    Optional.ofNullable(viability),
                    tests,
                    status == null ? UnitStatus.QUARANTINE : status);
        }
    }

    @PostMapping("/api/cord-blood-units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Bank a cord-blood unit with its counts, tests and HLA typing",
            description = "tnc in ×10^7 cells, cd34 in ×10^6 cells, volumeMl in mL, viability in %. specimen (optional)"
                    + " names the biobank specimen the unit is stored as. status defaults to QUARANTINE; only RELEASED"
                    + " units are search candidates.")
    CordBloodUnits.UnitView bank(CurrentUser user, @RequestBody UnitBody body) {
        return units.bank(body.unitId(), body.details(), typing(body.typing()), user);
    }

    @GetMapping("/api/cord-blood-units")
    @Operation(summary = "The institution's cord-blood units, by unit ID")
    List<CordBloodUnits.UnitView> units(CurrentUser user) {
        return units.list(user);
    }

    @GetMapping("/api/cord-blood-units/{unitId}")
    @Operation(summary = "A cord-blood unit with its current typing and the typing history")
    CordBloodUnits.UnitView unit(CurrentUser user, @PathVariable String unitId) {
        return units.get(unitId, user);
    }

    @PutMapping("/api/cord-blood-units/{unitId}")
    @Operation(summary = "Change a unit's counts, tests, specimen or release status (not the typing)")
    CordBloodUnits.UnitView editUnit(
            CurrentUser user,
            @PathVariable String unitId,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH)
                    @RequestHeader(HttpHeaders.IF_MATCH)
                    Optional<String> ifMatch,
            @RequestBody UnitBody body) {
        return units.edit(unitId, Versions.ifMatch(ifMatch), body.details(), user);
    }

    @PostMapping("/api/cord-blood-units/{unitId}/typings")
    @Operation(summary = "Record a new typing of a unit; it becomes the current one")
    CordBloodUnits.UnitView retypeUnit(
            CurrentUser user,
            @PathVariable String unitId,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true, description = IF_MATCH)
                    @RequestHeader(HttpHeaders.IF_MATCH)
                    Optional<String> ifMatch,
            @RequestBody Typing body) {
        return units.retype(unitId, Versions.ifMatch(ifMatch), typing(body), user);
    }

    private static TypingSource typing(Typing typing) {
        return typing == null
                ? new TypingSource(null, Optional.empty(), Optional.empty(), Optional.empty())
                : typing.source();
    }
}
