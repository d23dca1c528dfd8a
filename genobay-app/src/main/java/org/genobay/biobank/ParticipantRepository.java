package org.genobay.biobank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByStudyIdAndInstitutionId(String studyId, long institutionId);

    Optional<Participant> findByHospitalIdHashAndInstitutionId(String hospitalIdHash, long institutionId);

    boolean existsByStudyId(String studyId);

    long countByInstitutionId(long institutionId);

    List<Participant> findByInstitutionIdAndGenomeSampleIdIsNotNull(long institutionId);

    @Query(
            """
            select p from Participant p where p.institutionId = :institution
            and (:text = '' or upper(p.studyId) like concat('%', :text, '%')
                 or upper(p.genomeSampleId) like concat('%', :text, '%') or upper(p.population) = :text)
            order by p.createdAt desc, p.id desc""")
    List<Participant> search(@Param("institution") long institutionId, @Param("text") String text, Limit limit);
}
