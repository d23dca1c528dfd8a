package org.genobay.biobank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionProtocolRepository extends JpaRepository<CollectionProtocol, Long> {

    Optional<CollectionProtocol> findByCodeAndInstitutionId(String code, long institutionId);

    List<CollectionProtocol> findByInstitutionIdOrderByCode(long institutionId);
}
