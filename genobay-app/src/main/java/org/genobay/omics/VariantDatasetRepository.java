package org.genobay.omics;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VariantDatasetRepository extends JpaRepository<VariantDataset, Long> {

    List<VariantDataset> findByInstitutionIdOrderByIdDesc(long institutionId);

    Optional<VariantDataset> findByIdAndInstitutionId(long id, long institutionId);

    boolean existsByInstitutionIdAndName(long institutionId, String name);

    List<VariantDataset> findByStatusIn(Collection<DatasetStatus> statuses);

    /** Progress of a running ingest, written without touching the version: only the ingest job writes these. */
    @Modifying
    @Query("update VariantDataset d set d.recordsRead = :records, d.bytesRead = :bytes where d.id = :id")
    void progress(@Param("id") long id, @Param("records") long records, @Param("bytes") long bytes);
}
