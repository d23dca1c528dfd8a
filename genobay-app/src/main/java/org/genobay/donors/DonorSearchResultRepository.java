package org.genobay.donors;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DonorSearchResultRepository extends JpaRepository<DonorSearchResult, Long> {

    @Query("select r from DonorSearchResult r where r.searchId = ?1 order by r.resultRank")
    List<DonorSearchResult> ofSearch(long searchId);

    @Modifying
    @Query("delete from DonorSearchResult r where r.searchId = ?1")
    void deleteOfSearch(long searchId);
}
