package org.genobay.clinical;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface DiagnosisRepository extends ParticipantRecords<Diagnosis> {

    @Query("select distinct d.studyId from Diagnosis d where d.institutionId = ?1 and d.code in ?2 order by d.studyId")
    List<String> studyIdsWithCodes(long institutionId, Collection<String> codes);
}
