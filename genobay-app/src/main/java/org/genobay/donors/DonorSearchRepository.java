package org.genobay.donors;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DonorSearchRepository extends JpaRepository<DonorSearch, Long> {

    Optional<DonorSearch> findByInstitutionIdAndCode(long institutionId, String code);

    List<DonorSearch> findByInstitutionIdOrderByRunAtDescIdDesc(long institutionId);
}
