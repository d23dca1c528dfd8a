package org.genobay.sharing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccessRequestRepository extends JpaRepository<AccessRequest, Long> {

    List<AccessRequest> findByRequesterAccountIdOrderByIdDesc(long accountId);

    boolean existsByRequesterAccountIdAndDatasetIdAndStatus(
            long accountId, long datasetId, AccessRequest.Status status);

    /** The requests for the institution's datasets, in one status. */
    @Query(
            """
            select r from AccessRequest r where r.status = :status
            and r.datasetId in (select d.id from Dataset d where d.institutionId = :institution)
            order by r.id""")
    List<AccessRequest> forInstitution(
            @Param("institution") long institutionId, @Param("status") AccessRequest.Status status);
}
