package org.genobay.biobank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QcResultRepository extends JpaRepository<QcResult, Long> {

    List<QcResult> findBySpecimenIdOrderByIdAsc(long specimenId);
}
