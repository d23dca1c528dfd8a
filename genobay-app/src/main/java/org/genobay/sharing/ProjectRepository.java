package org.genobay.sharing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

    boolean existsByInstitutionIdAndName(long institutionId, String name);

    List<Project> findAllByOrderByIdDesc();
}
