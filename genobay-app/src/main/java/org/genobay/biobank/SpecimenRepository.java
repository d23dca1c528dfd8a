package org.genobay.biobank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpecimenRepository extends JpaRepository<Specimen, Long> {

    Optional<Specimen> findByCodeAndInstitutionId(String code, long institutionId);

    boolean existsByCode(String code);

    List<Specimen> findByParticipantIdOrderById(long participantId);

    List<Specimen> findByBoxId(long boxId);

    Optional<Specimen> findByBoxIdAndBoxRowAndBoxColumn(long boxId, int boxRow, int boxColumn);

    long countByBoxId(long boxId);

    long countByProtocolId(long protocolId);

    /** Study IDs of the institution's participants with a specimen of the type in the status. */
    @Query("select distinct p.studyId from Specimen s, Participant p where s.participantId = p.id"
            + " and s.institutionId = ?1 and s.type = ?2 and s.status = ?3 and s.consentWithdrawn = false")
    List<String> studyIdsWithSpecimen(long institutionId, SpecimenType type, SpecimenStatus status);
}
