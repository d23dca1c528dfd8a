package org.genobay.biobank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StorageRepository extends JpaRepository<StorageUnit, Long> {

    Optional<StorageUnit> findByIdAndInstitutionId(long id, long institutionId);

    List<StorageUnit> findByInstitutionIdOrderByName(long institutionId);
}
