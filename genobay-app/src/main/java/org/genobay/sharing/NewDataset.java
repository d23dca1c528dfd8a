package org.genobay.sharing;

import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** A dataset an owner registers in the catalogue; a variant dataset names its omics dataset by id. */
record NewDataset(
        String name,
        String description,
        DatasetKind kind,
        Optional<Long> omicsDatasetId,
        SecurityLevel securityLevel,
        boolean hgr,
        Optional<Long> projectId) {

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9 ._()-]{0,99}";

    NewDataset {
        if (name == null || !name.strip().matches(NAME)) {
            throw new InvalidInputException(
                    "name",
                    "name '" + name + "' must be 1 to 100 letters, digits, spaces or . _ ( ) -, starting with a letter"
                            + " or digit");
        }
        name = name.strip();
        description = Texts.optional("description", description, 2000);
        if (kind == null) {
            throw new InvalidInputException("kind", "kind is required: one of CLINICAL, SPECIMEN, VARIANT");
        }
        omicsDatasetId = omicsDatasetId == null ? Optional.empty() : omicsDatasetId;
        if (kind == DatasetKind.VARIANT && omicsDatasetId.isEmpty()) {
            throw new InvalidInputException(
                    "omicsDatasetId", "a VARIANT dataset needs omicsDatasetId, the id of its variant dataset");
        }
        if (kind != DatasetKind.VARIANT && omicsDatasetId.isPresent()) {
            throw new InvalidInputException(
                    "omicsDatasetId", "omicsDatasetId " + omicsDatasetId.get() + " is only for VARIANT datasets");
        }
        if (securityLevel == null) {
            throw new InvalidInputException(
                    "securityLevel", "securityLevel is required: one of PUBLIC, REGISTERED, CONTROLLED");
        }
        projectId = projectId == null ? Optional.empty() : projectId;
    }
}
