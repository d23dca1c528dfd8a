package org.genobay.sharing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HgrFilingRepository extends JpaRepository<HgrFiling, Long> {

    List<HgrFiling> findByDatasetIdOrderByExpiresOnDesc(long datasetId);

    boolean existsByDatasetIdAndNumber(long datasetId, String number);

    boolean existsByInstitutionIdAndCoversAndNumber(long institutionId, HgrFiling.Covers covers, String number);

    List<HgrFiling> findByInstitutionIdAndCoversOrderByExpiresOnDesc(long institutionId, HgrFiling.Covers covers);

    @Query(
            """
            select f from HgrFiling f where f.datasetId in (select d.id from Dataset d where d.institutionId = :institution)
            order by f.id desc""")
    List<HgrFiling> forInstitution(@Param("institution") long institutionId);
}
