package org.genobay.clinical;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the terminologies come from: {@code genobay.clinical.hpo-file} (HPO's {@code hp.obo}) and
 * {@code genobay.clinical.icd10-file} (WHO ClaML XML or a code list); each falls back to the bundled subset.
 */
@ConfigurationProperties("genobay.clinical")
record ClinicalProperties(Optional<Path> hpoFile, Optional<Path> icd10File) {

    ClinicalProperties {
        hpoFile = hpoFile == null ? Optional.empty() : hpoFile;
        icd10File = icd10File == null ? Optional.empty() : icd10File;
    }
}
