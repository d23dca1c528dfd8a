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
    private final AccessLogVerification verification;

    AuditApi(AccessAudit audit, AccessLogVerification verification) {
        this.audit = audit;
        this.verification = verification;
    }

    @GetMapping("/api/audit/verification")
    @Operation(
            summary = "Walks the whole access log's hash chain and names the first broken entry, if any; the head hash"
                    + " is worth keeping elsewhere")
    AccessLogVerification.Result verify(CurrentUser user) {
        return verification.verify(user);
    }

    @GetMapping("/api/audit/access")
    @Operation(summary = "The newest 500 reads of the institution's personal data, of one subject (a study ID) or all")
    List<AccessAudit.AccessView> log(CurrentUser user, @RequestParam Optional<String> subject) {
        return audit.log(subject, user);
    }
}
