package org.genobay.biobank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/participants")
@Tag(name = "participants", description = "pseudonymized participants and their consent")
class ParticipantsApi {

    private final Participants participants;
    private final Specimens specimens;

    ParticipantsApi(Participants participants, Specimens specimens) {
        this.participants = participants;
        this.specimens = specimens;
    }

    record Enrolment(
            String hospitalId,
            Sex sex,
            Integer birthYear,
            String population,
            String genomeSampleId,
            Set<ConsentScope> consents) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol a participant; the hospital ID is stored only as a keyed hash")
    Participants.ParticipantView enrol(CurrentUser user, @RequestBody Enrolment body) {
        return participants.enrol(
                new NewParticipant(
                        body.hospitalId(),
                        body.sex(),
                        Optional.ofNullable(body.birthYear()),
                        Optional.ofNullable(body.population()),
                        Optional.ofNullable(body.genomeSampleId()),
                        body.consents()),
                user);
    }

    @GetMapping
    @Operation(summary = "Search by study ID or genome sample ID (contains), or population (equals); newest first")
    List<Participants.ParticipantView> search(CurrentUser user, @RequestParam(defaultValue = "") String q) {
        return participants.search(q, user);
    }

    record LookUp(String hospitalId) {}

    @PostMapping("/lookup")
    @Operation(summary = "Find a participant by hospital ID (sent in the body, so that it stays out of access logs)")
    Participants.ParticipantView lookUp(CurrentUser user, @RequestBody LookUp body) {
        return participants.lookUp(body.hospitalId(), user);
    }

    @GetMapping("/{studyId}")
    Participants.ParticipantView get(CurrentUser user, @PathVariable String studyId) {
        return participants.get(studyId, user);
    }

    record Scopes(Set<ConsentScope> scopes) {
        Scopes {
            scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        }
    }

    @PutMapping("/{studyId}/consents")
    @Operation(summary = "Record consent given for the scopes")
    Participants.ParticipantView giveConsent(CurrentUser user, @PathVariable String studyId, @RequestBody Scopes body) {
        return participants.giveConsent(studyId, body.scopes(), user);
    }

    @PostMapping("/{studyId}/consents/withdrawal")
    @Operation(
            summary = "Withdraw consent for the scopes (all when none is named)",
            description = "Every specimen of the participant gets a custody event; withdrawing RESEARCH_USE flags them"
                    + " all as no longer usable.")
    Participants.ParticipantView withdraw(CurrentUser user, @PathVariable String studyId, @RequestBody Scopes body) {
        return participants.withdrawConsent(studyId, body.scopes(), user);
    }

    @GetMapping("/{studyId}/specimens")
    @Operation(summary = "The participant's specimens as a tree: primary specimens with their aliquots and derivatives")
    List<Specimens.SpecimenNode> specimens(CurrentUser user, @PathVariable String studyId) {
        return specimens.tree(studyId, user);
    }
}
