package org.genobay.accounts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(a) > 0 from Account a join a.roles r where r = org.genobay.accounts.Role.ADMINISTRATOR")
    boolean anyAdministrator();
}
