package org.genobay.shipments;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    Optional<Shipment> findByCode(String code);

    boolean existsByCode(String code);

    List<Shipment> findBySenderInstitutionIdOrderByPreparedAtDescIdDesc(long institutionId);

    List<Shipment> findByReceiverInstitutionIdAndStatusNotInOrderByPreparedAtDescIdDesc(
            long institutionId, List<ShipmentStatus> hidden);
}
