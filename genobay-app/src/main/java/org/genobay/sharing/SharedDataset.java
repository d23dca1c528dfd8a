package org.genobay.sharing;

import java.time.Instant;
import java.util.Optional;

/**
 * A dataset of the catalogue: metadata that every signed-in user may see, never its records.
 *
 * @param omicsDatasetId for {@link DatasetKind#VARIANT}, the id of the variant dataset in omics
 * @param hgr whether it holds human genetic resource information (China's HGR rules apply to releases abroad)
 * @param filingInForce whether an HGR approval/filing attached to it is in force today
 */
public record SharedDataset(
        long id,
        String name,
        String description,
        DatasetKind kind,
        Optional<Long> omicsDatasetId,
        SecurityLevel securityLevel,
        boolean hgr,
        boolean filingInForce,
        Owner owner,
        Optional<ProjectView> project,
        Instant changedAt,
        String changedBy) {}
