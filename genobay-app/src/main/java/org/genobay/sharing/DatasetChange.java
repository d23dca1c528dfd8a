package org.genobay.sharing;

import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** What an owner may change of a registered dataset; its name, kind and omics reference stay. */
record DatasetChange(String description, SecurityLevel securityLevel, boolean hgr, Optional<Long> projectId) {

    DatasetChange {
        description = Texts.optional("description", description, 2000);
        if (securityLevel == null) {
            throw new InvalidInputException(
                    "securityLevel", "securityLevel is required: one of PUBLIC, REGISTERED, CONTROLLED");
        }
        projectId = projectId == null ? Optional.empty() : projectId;
    }
}
