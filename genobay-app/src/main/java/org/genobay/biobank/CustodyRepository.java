package org.genobay.biobank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustodyRepository extends JpaRepository<CustodyEvent, Long> {

    List<CustodyEvent> findBySpecimenIdOrderByOccurredAtAscIdAsc(long specimenId);
}
