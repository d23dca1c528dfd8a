package org.genobay.biobank;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    List<Participant> findByInstitutionIdAndWithdrawnFalseOrderByStudyId(long institutionId);

    /** Genome sample IDs of the institution's participants who withdrew, or withdrew consent to genetic analysis. */
    @Query(
            """
            select p.genomeSampleId from Participant p where p.institutionId = :institution
            and p.genomeSampleId is not null
            and (p.withdrawn = true or exists (select c from Consent c where c.participantId = p.id
                 and c.scope = org.genobay.biobank.ConsentScope.GENETIC_ANALYSIS
                 and c.status = org.genobay.biobank.Consent.Status.WITHDRAWN))""")
    List<String> genomeSamplesWithdrawnFromGeneticAnalysis(@Param("institution") long institutionId);

    /** The institution's participants not withdrawn whose consent is given, now, for every one of the scopes. */
    @Query(
            """
            select p from Participant p where p.institutionId = :institution and p.withdrawn = false
            and (select count(c) from Consent c where c.participantId = p.id
                 and c.status = org.genobay.biobank.Consent.Status.GIVEN and c.scope in :scopes) = :scopeCount
            order by p.studyId""")
    List<Participant> consentingTo(
            @Param("institution") long institutionId,
            @Param("scopes") Set<ConsentScope> scopes,
            @Param("scopeCount") long scopeCount);

    @Query(
            """
            select p from Participant p where p.institutionId = :institution
            and (:text = '' or upper(p.studyId) like concat('%', :text, '%')
                 or upper(p.genomeSampleId) like concat('%', :text, '%') or upper(p.population) = :text)
            order by p.createdAt desc, p.id desc""")
    List<Participant> search(@Param("institution") long institutionId, @Param("text") String text, Limit limit);
}
