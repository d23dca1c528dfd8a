package org.genobay.omics;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of {@code genobay.omics.*}.
 *
 * @param storeDir the cohort variant store's directory ({@code ${genobay.data-dir}/variants})
 * @param importDirs the only server directories whose files may be registered by path (comma-separated)
 * @param uploadDir where uploads wait for their ingest; each is deleted when its ingest ends
 * @param maxUploadSize the largest file one upload may hold
 * @param ingestWorkers how many ingests run at once (each uses every core while it reads)
 * @param ingestQueue how many registered ingests may wait for a worker before registration is refused
 */
@ConfigurationProperties("genobay.omics")
record OmicsProperties(
        Path storeDir,
        List<Path> importDirs,
        Path uploadDir,
        @DefaultValue("1GB") DataSize maxUploadSize,
        @DefaultValue("1") int ingestWorkers,
        @DefaultValue("16") int ingestQueue) {

    OmicsProperties {
        importDirs = importDirs == null ? List.of() : List.copyOf(importDirs);
    }
}
