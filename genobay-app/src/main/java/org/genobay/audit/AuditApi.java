package org.genobay.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "who read which personal data (administrators of the institution)")
class AuditApi {

    private final AccessAudit audit;

    AuditApi(AccessAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit/access")
    @Operation(summary = "The newest 500 reads of the institution's personal data, of one subject (a study ID) or all")
    List<AccessAudit.AccessView> log(CurrentUser user, @RequestParam Optional<String> subject) {
        return audit.log(subject, user);
    }
}
