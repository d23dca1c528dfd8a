package org.genobay.sharing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.ConsentScope;
import org.genobay.biobank.Participants.ConsentingParticipant;
import org.genobay.errors.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sharing")
@Tag(
        name = "sharing: access",
        description = "data access requests, the committee's decisions, grants, and records under a grant")
class AccessApi {

    private final AccessRequests requests;
    private final DataAccess access;

    AccessApi(AccessRequests requests, DataAccess access) {
        this.requests = requests;
        this.access = access;
    }

    record AccessRequestBody(String purpose, Set<ConsentScope> scopes, Integer durationDays) {}

    @PostMapping("/datasets/{id}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Request access to a dataset (researchers)",
            description = "purpose: 20 to 2000 characters; scopes: the consent scopes the use needs (RESEARCH_USE is"
                    + " always added); durationDays: 1 to 1095.")
    RequestView submit(CurrentUser user, @PathVariable long id, @RequestBody AccessRequestBody body) {
        return requests.submit(
                id,
                new NewRequest(body.purpose(), body.scopes(), body.durationDays() == null ? 0 : body.durationDays()),
                user);
    }

    @GetMapping("/requests")
    @Operation(summary = "Your own requests, newest first")
    List<RequestView> mine(CurrentUser user) {
        return requests.mine(user);
    }

    @GetMapping("/requests/queue")
    @Operation(summary = "The pending requests for your institution's datasets (committee members, administrators)")
    List<RequestView> queue(CurrentUser user) {
        return requests.queue(user);
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "One request: yours, or one for your institution's datasets (committee)")
    RequestView request(CurrentUser user, @PathVariable long id) {
        return requests.request(id, user);
    }

    record Decision(String reason) {}

    @PostMapping("/requests/{id}/approval")
    @Operation(
            summary = "Approve a request: creates a grant that expires after the requested days (committee members of"
                    + " the owning institution; not on their own request)")
    RequestView approve(CurrentUser user, @PathVariable long id, @RequestBody(required = false) Decision body) {
        return requests.approve(id, body == null ? null : body.reason(), user);
    }

    @PostMapping("/requests/{id}/rejection")
    @Operation(summary = "Reject a request with a reason (committee members of the owning institution)")
    RequestView reject(CurrentUser user, @PathVariable long id, @RequestBody Decision body) {
        return requests.reject(id, body.reason(), user);
    }

    @GetMapping("/grants")
    @Operation(summary = "Your grants, with their state now (ACTIVE, EXPIRED, REVOKED)")
    List<GrantView> myGrants(CurrentUser user) {
        return requests.myGrants(user);
    }

    @GetMapping("/grants/given")
    @Operation(summary = "The grants on your institution's datasets (committee members, administrators)")
    List<GrantView> given(CurrentUser user) {
        return requests.given(user);
    }

    @PostMapping("/grants/{id}/revocation")
    @Operation(summary = "Revoke a grant with a reason; it stops at once (the owner's committee or administrators)")
    GrantView revoke(CurrentUser user, @PathVariable long id, @RequestBody Decision body) {
        return requests.revoke(id, body.reason(), user);
    }

    @GetMapping("/datasets/{id}/participants")
    @Operation(
            summary = "The participants of a dataset you may reach (your institution's own, or under your active"
                    + " grant, filtered by their consent now); recorded in the access log",
            description = "404 unless you may see records of the dataset, as for an unknown id.")
    List<ConsentingParticipant> participants(
            CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "API records") String why) {
        return access.reach(user, id, why).participants();
    }

    @GetMapping("/datasets/{id}/participants/{studyId}")
    @Operation(summary = "One participant of a dataset, when you may reach them; 404 otherwise")
    ConsentingParticipant participant(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String studyId,
            @RequestParam(defaultValue = "API record") String why) {
        return access.reach(user, id, why).participants().stream()
                .filter(p -> p.studyId().equals(studyId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("participant", studyId));
    }
}
