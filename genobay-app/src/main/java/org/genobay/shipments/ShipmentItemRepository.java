package org.genobay.shipments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentItemRepository extends JpaRepository<ShipmentItem, Long> {

    List<ShipmentItem> findByShipmentIdOrderByLine(long shipmentId);
}
