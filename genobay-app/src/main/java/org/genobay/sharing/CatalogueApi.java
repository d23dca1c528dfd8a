package org.genobay.sharing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sharing")
@Tag(
        name = "sharing: catalogue and HGR",
        description = "projects and shareable datasets of all institutions (metadata); owners register them, attach"
                + " HGR filings and record releases")
class CatalogueApi {

    private final Catalogue catalogue;
    private final HgrRules hgr;
    private final DataAccess access;

    CatalogueApi(Catalogue catalogue, HgrRules hgr, DataAccess access) {
        this.catalogue = catalogue;
        this.hgr = hgr;
        this.access = access;
    }

    record ProjectBody(String name, String description) {}

    @PostMapping("/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a project of your institution (administrators)")
    ProjectView createProject(CurrentUser user, @RequestBody ProjectBody body) {
        return catalogue.createProject(body.name(), body.description(), user);
    }

    @GetMapping("/projects")
    @Operation(summary = "All projects of all institutions")
    List<ProjectView> projects(CurrentUser user) {
        return catalogue.projects();
    }

    record DatasetBody(
            String name,
            String description,
            DatasetKind kind,
            Long omicsDatasetId,
            SecurityLevel securityLevel,
            Boolean hgr,
            Long projectId) {}

    @PostMapping("/datasets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register a dataset of your institution (administrators)",
            description = "A VARIANT dataset names one of your institution's variant datasets (omicsDatasetId);"
                    + " CLINICAL and SPECIMEN datasets stand for your institution's clinical records or specimens.")
    SharedDataset register(CurrentUser user, @RequestBody DatasetBody body) {
        return catalogue.register(
                new NewDataset(
                        body.name(),
                        body.description(),
                        body.kind(),
                        Optional.ofNullable(body.omicsDatasetId()),
                        body.securityLevel(),
                        Boolean.TRUE.equals(body.hgr()),
                        Optional.ofNullable(body.projectId())),
                user);
    }

    /** {@code hgr}: false when left out. */
    record ChangeBody(String description, SecurityLevel securityLevel, Boolean hgr, Long projectId) {}

    @PutMapping("/datasets/{id}")
    @Operation(
            summary =
                    "Change a dataset's description, security level, HGR mark or project (its owner's administrators)")
    SharedDataset change(CurrentUser user, @PathVariable long id, @RequestBody ChangeBody body) {
        return catalogue.change(
                id,
                new DatasetChange(
                        body.description(),
                        body.securityLevel(),
                        Boolean.TRUE.equals(body.hgr()),
                        Optional.ofNullable(body.projectId())),
                user);
    }

    @GetMapping("/datasets")
    @Operation(summary = "The catalogue: every dataset with what you may see of it (granularity and its basis)")
    List<Access> datasets(CurrentUser user) {
        return access.access(Optional.of(user));
    }

    @GetMapping("/datasets/{id}")
    @Operation(summary = "One dataset with what you may see of it")
    Access dataset(CurrentUser user, @PathVariable long id) {
        return access.access(Optional.of(user), id);
    }

    record FilingBody(String number, String scope, LocalDate issuedOn, LocalDate expiresOn) {}

    @PostMapping("/datasets/{id}/filings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Attach an HGR approval/filing record to a dataset (its owner's administrators)",
            description = "In force from issuedOn through expiresOn, inclusive, in China Standard Time.")
    FilingView attach(CurrentUser user, @PathVariable long id, @RequestBody FilingBody body) {
        return hgr.attach(id, new NewFiling(body.number(), body.scope(), body.issuedOn(), body.expiresOn()), user);
    }

    @GetMapping("/datasets/{id}/filings")
    @Operation(summary = "The HGR filings of a dataset (its owner's administrators)")
    List<FilingView> filingsOf(CurrentUser user, @PathVariable long id) {
        return hgr.filingsOf(id, user);
    }

    @GetMapping("/filings")
    @Operation(summary = "The HGR filings of your institution's datasets (administrators, committee members)")
    List<FilingView> filings(CurrentUser user) {
        return hgr.filings(user);
    }

    record ReleaseBody(Long recipientInstitutionId, String recipient, String country, String purpose, Long filingId) {}

    @PostMapping("/datasets/{id}/releases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a release (export) of a dataset to an institution or an outside recipient (its owner's"
                    + " administrators)",
            description = "An HGR dataset that leaves the owner's country needs an HGR filing attached to it and in"
                    + " force (filingId, or the one in force); otherwise 409 hgr-filing-required and nothing is"
                    + " recorded.")
    ReleaseView release(CurrentUser user, @PathVariable long id, @RequestBody ReleaseBody body) {
        return hgr.release(
                id,
                new NewRelease(
                        Optional.ofNullable(body.recipientInstitutionId()),
                        body.recipient(),
                        Optional.ofNullable(body.country()),
                        body.purpose(),
                        Optional.ofNullable(body.filingId())),
                user);
    }

    @GetMapping("/datasets/{id}/releases")
    @Operation(summary = "The recorded releases of a dataset (its owner's administrators)")
    List<ReleaseView> releases(CurrentUser user, @PathVariable long id) {
        return hgr.releases(id, user);
    }
}
