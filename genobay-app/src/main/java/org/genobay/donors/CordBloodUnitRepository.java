package org.genobay.donors;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CordBloodUnitRepository extends JpaRepository<CordBloodUnit, Long> {

    Optional<CordBloodUnit> findByInstitutionIdAndUnitId(long institutionId, String unitId);

    List<CordBloodUnit> findByInstitutionIdOrderByUnitId(long institutionId);

    List<CordBloodUnit> findByInstitutionIdAndStatus(long institutionId, UnitStatus status);
}
