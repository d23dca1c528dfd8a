package org.genobay.clinical;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface PhenotypeRepository extends ParticipantRecords<Phenotype> {

    /** Observed phenotypes only: an excluded term says the participant does not have it. */
    @Query("select distinct p.studyId from Phenotype p where p.institutionId = ?1 and p.excluded = false"
            + " and p.termId in ?2 order by p.studyId")
    List<String> studyIdsWithTerms(long institutionId, Collection<String> termIds);
}
