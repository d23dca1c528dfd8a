package org.genobay.sharing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DatasetRepository extends JpaRepository<Dataset, Long> {

    boolean existsByInstitutionIdAndName(long institutionId, String name);

    List<Dataset> findAllByOrderByIdDesc();
}
