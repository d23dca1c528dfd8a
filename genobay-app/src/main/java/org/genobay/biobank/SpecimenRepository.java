package org.genobay.biobank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpecimenRepository extends JpaRepository<Specimen, Long> {

    Optional<Specimen> findByCodeAndInstitutionId(String code, long institutionId);

    boolean existsByCode(String code);

    List<Specimen> findByParticipantIdOrderById(long participantId);

    List<Specimen> findByBoxId(long boxId);

    Optional<Specimen> findByBoxIdAndBoxRowAndBoxColumn(long boxId, int boxRow, int boxColumn);

    long countByBoxId(long boxId);

    long countByProtocolId(long protocolId);
}
