package org.genobay.sharing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.errors.ConflictException;
import org.genobay.errors.ForbiddenException;
import org.genobay.errors.NotFoundException;
import org.genobay.omics.VariantDatasets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue: projects and datasets, which every signed-in user may browse (metadata only) and the administrators
 * of the owning institution register and change.
 */
@Service
@Transactional
class Catalogue {

    private final DatasetRepository datasets;
    private final ProjectRepository projects;
    private final HgrFilingRepository filings;
    private final VariantDatasets variantDatasets;
    private final Accounts accounts;
    private final Clock clock;

    Catalogue(
            DatasetRepository datasets,
            ProjectRepository projects,
            HgrFilingRepository filings,
            VariantDatasets variantDatasets,
            Accounts accounts,
            Clock clock) {
        this.datasets = datasets;
        this.projects = projects;
        this.filings = filings;
        this.variantDatasets = variantDatasets;
        this.accounts = accounts;
        this.clock = clock;
    }

    ProjectView createProject(String name, String description, CurrentUser user) {
        user.requireAnyRole("register projects", Role.ADMINISTRATOR);
        String checkedName = Texts.required("name", name, 1, 100);
        String checkedDescription = Texts.optional("description", description, 2000);
        if (projects.existsByInstitutionIdAndName(user.institutionId(), checkedName)) {
            throw new ConflictException("duplicate", "your institution has a project named '" + checkedName + "'");
        }
        Project saved = projects.save(
                new Project(user.institutionId(), checkedName, checkedDescription, clock.instant(), user.username()));
        return saved.view(owner(saved.institutionId()));
    }

    @Transactional(readOnly = true)
    List<ProjectView> projects() {
        return projects.findAllByOrderByIdDesc().stream()
                .map(p -> p.view(owner(p.institutionId())))
                .toList();
    }

    SharedDataset register(NewDataset details, CurrentUser user) {
        user.requireAnyRole("register datasets", Role.ADMINISTRATOR);
        details.projectId().ifPresent(id -> ownProject(id, user));
        // Through omics' public API: the variant dataset must be one of the user's institution.
        details.omicsDatasetId().ifPresent(id -> variantDatasets.get(id, user));
        if (datasets.existsByInstitutionIdAndName(user.institutionId(), details.name())) {
            throw new ConflictException(
                    "duplicate", "your institution has a dataset named '" + details.name() + "' already");
        }
        return view(datasets.save(new Dataset(user.institutionId(), details, clock.instant(), user.username())));
    }

    SharedDataset change(long id, DatasetChange change, CurrentUser user) {
        Dataset dataset = owned(id, user, "change datasets");
        change.projectId().ifPresent(p -> ownProject(p, user));
        dataset.change(
                change.description(),
                change.securityLevel(),
                change.hgr(),
                change.projectId(),
                clock.instant(),
                user.username());
        return view(dataset);
    }

    @Transactional(readOnly = true)
    List<SharedDataset> datasets() {
        return datasets.findAllByOrderByIdDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    SharedDataset dataset(long id) {
        return view(find(id));
    }

    Dataset find(long id) {
        return datasets.findById(id).orElseThrow(() -> new NotFoundException("dataset", id));
    }

    /** The dataset, when the user is an administrator of its owner; the catalogue shows it anyway, so 403 not 404. */
    Dataset owned(long id, CurrentUser user, String action) {
        Dataset dataset = find(id);
        user.requireAnyRole(action, Role.ADMINISTRATOR);
        if (dataset.institutionId() != user.institutionId()) {
            throw new ForbiddenException(
                    "dataset " + id + " belongs to another institution; only its administrators may " + action);
        }
        return dataset;
    }

    Owner owner(long institutionId) {
        return Owner.of(accounts.institution(institutionId)
                .orElseThrow(() -> new IllegalStateException("institution " + institutionId + " vanished")));
    }

    SharedDataset view(Dataset d) {
        Optional<ProjectView> project =
                d.projectId().flatMap(projects::findById).map(p -> p.view(owner(p.institutionId())));
        boolean filingInForce = filings.findByDatasetIdOrderByExpiresOnDesc(d.id()).stream()
                .anyMatch(f -> f.inForceOn(HgrRules.today(clock)));
        return new SharedDataset(
                d.id(),
                d.name(),
                d.description(),
                d.kind(),
                d.omicsDatasetId(),
                d.securityLevel(),
                d.hgr(),
                filingInForce,
                owner(d.institutionId()),
                project,
                d.changedAt(),
                d.changedBy());
    }

    private void ownProject(long projectId, CurrentUser user) {
        projects.findById(projectId)
                .filter(p -> p.institutionId() == user.institutionId())
                .orElseThrow(() -> new NotFoundException("project", projectId));
    }
}
