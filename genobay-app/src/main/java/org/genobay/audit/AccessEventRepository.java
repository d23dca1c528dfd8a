package org.genobay.audit;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessEventRepository extends JpaRepository<AccessEvent, Long> {

    List<AccessEvent> findByInstitutionIdAndSubjectOrderByIdDesc(long institutionId, String subject, Limit limit);

    List<AccessEvent> findByInstitutionIdOrderByIdDesc(long institutionId, Limit limit);

    /** One page of the whole chain, in the order it was written. */
    List<AccessEvent> findByIdGreaterThanOrderByIdAsc(long afterId, Limit limit);
}
