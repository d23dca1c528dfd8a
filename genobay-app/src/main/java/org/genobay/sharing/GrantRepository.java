package org.genobay.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantRepository extends JpaRepository<Grant, Long> {

    List<Grant> findByGranteeAccountIdOrderByIdDesc(long accountId);

    List<Grant> findByGranteeAccountIdAndDatasetId(long accountId, long datasetId);

    Optional<Grant> findByRequestId(long requestId);

    @Query(
            """
            select g from Grant g where g.datasetId in (select d.id from Dataset d where d.institutionId = :institution)
            order by g.id desc""")
    List<Grant> forInstitution(@Param("institution") long institutionId);
}
