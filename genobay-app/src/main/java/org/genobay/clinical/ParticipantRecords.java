package org.genobay.clinical;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The look-ups every kind of clinical row needs, always within one institution. */
@NoRepositoryBean
interface ParticipantRecords<T extends ParticipantRecord> extends JpaRepository<T, Long> {

    List<T> findByInstitutionIdAndStudyIdOrderById(long institutionId, String studyId);

    Optional<T> findByIdAndInstitutionIdAndStudyId(long id, long institutionId, String studyId);
}
