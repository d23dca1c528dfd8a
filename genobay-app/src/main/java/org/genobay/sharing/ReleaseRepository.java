package org.genobay.sharing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReleaseRepository extends JpaRepository<Release, Long> {

    List<Release> findByDatasetIdOrderByIdDesc(long datasetId);

    List<Release> findByShipmentCode(String shipmentCode);
}
