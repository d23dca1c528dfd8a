package org.genobay.audit;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccessLogHeadRepository extends JpaRepository<AccessLogHead, Integer> {

    /** The head, locked until the caller's transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AccessLogHead h where h.id = " + AccessLogHead.ID)
    Optional<AccessLogHead> lockHead();

    @Query("select h from AccessLogHead h where h.id = " + AccessLogHead.ID)
    Optional<AccessLogHead> head();
}
