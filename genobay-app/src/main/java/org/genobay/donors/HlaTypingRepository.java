package org.genobay.donors;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HlaTypingRepository extends JpaRepository<HlaTyping, Long> {

    List<HlaTyping> findByDonorIdOrderByIdDesc(long donorId);

    List<HlaTyping> findByUnitIdOrderByIdDesc(long unitId);

    Optional<HlaTyping> findFirstByDonorIdOrderByIdDesc(long donorId);

    Optional<HlaTyping> findFirstByUnitIdOrderByIdDesc(long unitId);

    /** The current typing of every donor of an institution: the latest row of each. */
    @Query("select t from HlaTyping t where t.institutionId = ?1 and t.donorId is not null and t.id = "
            + "(select max(u.id) from HlaTyping u where u.donorId = t.donorId)")
    List<HlaTyping> currentDonorTypings(long institutionId);

    @Query("select t from HlaTyping t where t.institutionId = ?1 and t.unitId is not null and t.id = "
            + "(select max(u.id) from HlaTyping u where u.unitId = t.unitId)")
    List<HlaTyping> currentUnitTypings(long institutionId);

    long countByInstitutionIdAndRecordedAtAfter(long institutionId, Instant after);
}
