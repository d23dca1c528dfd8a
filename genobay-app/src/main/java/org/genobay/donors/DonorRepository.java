package org.genobay.donors;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DonorRepository extends JpaRepository<Donor, Long> {

    Optional<Donor> findByInstitutionIdAndRegistryId(long institutionId, String registryId);

    List<Donor> findByInstitutionIdOrderByRegistryId(long institutionId);

    List<Donor> findByInstitutionIdAndStatus(long institutionId, DonorStatus status);
}
