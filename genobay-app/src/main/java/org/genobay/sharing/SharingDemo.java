package org.genobay.sharing;

import java.util.Optional;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.demo.DemoContributor;
import org.genobay.omics.VariantDatasets;
import org.springframework.stereotype.Component;

/**
 * Puts the demo institution's data in the catalogue, registered by its administrator ({@code manager}): the 1000
 * Genomes variant dataset as PUBLIC, so that the Beacon answers anyone with counts, and the clinical records as
 * REGISTERED.
 */
@Component
class SharingDemo implements DemoContributor {

    static final String VARIANT_DATASET = "1kg-chr22";

    private final Catalogue catalogue;
    private final Accounts accounts;
    private final VariantDatasets variantDatasets;

    SharingDemo(Catalogue catalogue, Accounts accounts, VariantDatasets variantDatasets) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.variantDatasets = variantDatasets;
    }

    @Override
    public void contribute(Demo demo) {
        Optional<CurrentUser> manager = accounts.user("manager")
                .filter(u -> u.institutionId() == demo.staff().institutionId());
        if (manager.isEmpty()) {
            return;
        }
        variantDatasets.list(demo.staff()).stream()
                .filter(d -> d.name().equals(VARIANT_DATASET))
                .findFirst()
                .ifPresent(d -> catalogue.register(
                        new NewDataset(
                                "1000 Genomes chr22",
                                "Genotypes of the demo participants (1000 Genomes phase 3, chr22 16.05–16.22 Mb)",
                                DatasetKind.VARIANT,
                                Optional.of(d.id()),
                                SecurityLevel.PUBLIC,
                                false,
                                Optional.empty()),
                        manager.get()));
        catalogue.register(
                new NewDataset(
                        "Clinical records",
                        "Diagnoses and phenotypes of the demo participants",
                        DatasetKind.CLINICAL,
                        Optional.empty(),
                        SecurityLevel.REGISTERED,
                        false,
                        Optional.empty()),
                manager.get());
    }
}
