package org.genobay.biobank;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.audit.AccessAudit;
import org.genobay.errors.ConflictException;
import org.genobay.errors.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols participants, records their consent, and finds them by study ID, hospital ID or search text. */
@Service
@Transactional
public class Participants {

    static final int SEARCH_LIMIT = 100;

    private final ParticipantRepository participants;
    private final ConsentRepository consents;
    private final HospitalIds hospitalIds;
    private final ApplicationEventPublisher events;
    private final AccessAudit audit;
    private final Clock clock;

    Participants(
            ParticipantRepository participants,
            ConsentRepository consents,
            HospitalIds hospitalIds,
            ApplicationEventPublisher events,
            AccessAudit audit,
            Clock clock) {
        this.participants = participants;
        this.consents = consents;
        this.hospitalIds = hospitalIds;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A participant as staff see it: never the hospital identifier. */
    public record ParticipantView(
            String studyId,
            Sex sex,
            Optional<Integer> birthYear,
            Optional<String> population,
            Optional<String> genomeSampleId,
            boolean withdrawn,
            List<ConsentView> consents,
            Instant enrolledAt) {}

    /** A participant's genome sample ID and population: what counts by population need, with no one's identity. */
    public record GenomeSample(String sampleId, Optional<String> population) {}

    public record ConsentView(ConsentScope scope, String status, Instant recordedAt, String recordedBy) {}

    /** A participant whose current consent covers a use: what data sharing may hand on, never the hospital ID. */
    public record ConsentingParticipant(
            String studyId,
            Sex sex,
            Optional<Integer> birthYear,
            Optional<String> population,
            Optional<String> genomeSampleId) {}

    public ParticipantView enrol(NewParticipant details, CurrentUser user) {
        BiobankRoles.requireWrite(user, "enrol participants");
        String hash = hospitalIds.hash(details.hospitalId());
        if (participants
                .findByHospitalIdHashAndInstitutionId(hash, user.institutionId())
                .isPresent()) {
            throw new ConflictException("duplicate", "a participant with this hospital ID is enrolled already");
        }
        String studyId = Codes.next("GB");
        while (participants.existsByStudyId(studyId)) {
            studyId = Codes.next("GB");
        }
        Instant now = clock.instant();
        Participant participant =
                participants.save(new Participant(studyId, user.institutionId(), hash, details, now, user.username()));
        details.consents().forEach(scope -> consents.save(new Consent(participant.id(), scope, now, user.username())));
        return view(participant);
    }

    public ParticipantView get(String studyId, CurrentUser user) {
        BiobankRoles.requireRead(user, "see participants");
        Participant participant = find(studyId, user);
        audit.record(user, "READ_PARTICIPANT", studyId, "");
        return view(participant);
    }

    /** Finds a participant by the hospital's own identifier, through its keyed hash. */
    public ParticipantView lookUp(String hospitalId, CurrentUser user) {
        BiobankRoles.requireRead(user, "look up participants");
        Participant participant = participants
                .findByHospitalIdHashAndInstitutionId(hospitalIds.hash(hospitalId), user.institutionId())
                .orElseThrow(() -> new NotFoundException("participant with hospital ID", "(given)"));
        // Linking a hospital identity to a study ID is the most sensitive read there is.
        audit.record(user, "LOOKUP_BY_HOSPITAL_ID", participant.studyId(), "");
        return view(participant);
    }

    /** Participants whose study ID or genome sample ID contains the text, or whose population is the text. */
    public List<ParticipantView> search(String text, CurrentUser user) {
        BiobankRoles.requireRead(user, "search participants");
        String normalized = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        List<ParticipantView> found =
                participants.search(user.institutionId(), normalized, Limit.of(SEARCH_LIMIT)).stream()
                        .map(this::view)
                        .toList();
        audit.record(user, "SEARCH_PARTICIPANTS", normalized, found.size() + " found");
        return found;
    }

    /**
     * The genome sample IDs of the institution's participants, with their population, for aggregate counts over a
     * genotyped cohort. It names no participant, so it asks for no biobank role and is not an access-log read.
     */
    @Transactional(readOnly = true)
    public List<GenomeSample> genomeSamples(CurrentUser user) {
        return participants.findByInstitutionIdAndGenomeSampleIdIsNotNull(user.institutionId()).stream()
                .map(p -> new GenomeSample(p.genomeSampleId().orElseThrow(), p.population()))
                .toList();
    }

    /**
     * The genome sample IDs of the institution's participants who withdrew, or withdrew their consent to genetic
     * analysis: as recorded at this moment, so that a genotype query leaves them out from the withdrawal on. Like
     * {@link #genomeSamples} it names no participant, asks for no biobank role and is not an access-log read.
     */
    @Transactional(readOnly = true)
    public Set<String> genomeSamplesWithdrawn(CurrentUser user) {
        return Set.copyOf(participants.genomeSamplesWithdrawnFromGeneticAnalysis(user.institutionId()));
    }

    /**
     * The participants of an institution who have not withdrawn and whose consent, as recorded at this moment, is
     * given for every one of the scopes (none: every participant not withdrawn), without the genome sample of one who
     * withdrew consent to genetic analysis. For data sharing (org.genobay.sharing),
     * which decides who may see them and records that use in the access log; this method checks no role and logs
     * nothing itself, so it must be called only behind such a decision.
     */
    @Transactional(readOnly = true)
    public List<ConsentingParticipant> consentingTo(long institutionId, Set<ConsentScope> scopes) {
        List<Participant> found = scopes.isEmpty()
                ? participants.findByInstitutionIdAndWithdrawnFalseOrderByStudyId(institutionId)
                : participants.consentingTo(institutionId, EnumSet.copyOf(scopes), scopes.size());
        // A participant who withdrew consent to genetic analysis stays a participant, but their genotypes may no longer
        // be used by anyone: no sharing path gets their genome sample.
        Set<String> withdrawnSamples =
                Set.copyOf(participants.genomeSamplesWithdrawnFromGeneticAnalysis(institutionId));
        return found.stream()
                .map(p -> new ConsentingParticipant(
                        p.studyId(),
                        p.sex(),
                        p.birthYear(),
                        p.population(),
                        p.genomeSampleId().filter(sample -> !withdrawnSamples.contains(sample))))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        return participants.countByInstitutionId(user.institutionId());
    }

    public ParticipantView giveConsent(String studyId, Set<ConsentScope> scopes, CurrentUser user) {
        BiobankRoles.requireWrite(user, "record consent");
        Participant participant = find(studyId, user);
        if (participant.withdrawn()) {
            throw new ConflictException(
                    "consent-withdrawn",
                    "participant " + studyId
                            + " has withdrawn from research use; enrol them again to record new consent");
        }
        Map<ConsentScope, Consent> recorded = byScope(participant);
        Instant now = clock.instant();
        for (ConsentScope scope : scopes) {
            Consent consent = recorded.get(scope);
            if (consent == null) {
                consents.save(new Consent(participant.id(), scope, now, user.username()));
            } else {
                consent.record(Consent.Status.GIVEN, now, user.username());
            }
        }
        return view(participant);
    }

    /**
     * Withdraws the given scopes (all of them when none is named). Specimens are flagged by the listeners of
     * {@link ConsentWithdrawn} before this transaction commits.
     */
    public ParticipantView withdrawConsent(String studyId, Set<ConsentScope> scopes, CurrentUser user) {
        BiobankRoles.requireWrite(user, "record a consent withdrawal");
        Participant participant = find(studyId, user);
        Set<ConsentScope> withdrawn = scopes.isEmpty() ? EnumSet.allOf(ConsentScope.class) : EnumSet.copyOf(scopes);
        Map<ConsentScope, Consent> recorded = byScope(participant);
        Instant now = clock.instant();
        for (ConsentScope scope : withdrawn) {
            Consent consent = recorded.get(scope);
            if (consent == null) {
                consent = consents.save(new Consent(participant.id(), scope, now, user.username()));
            }
            consent.record(Consent.Status.WITHDRAWN, now, user.username());
        }
        ConsentWithdrawn event = new ConsentWithdrawn(participant.id(), studyId, withdrawn, user);
        if (event.endsAllUse()) {
            participant.withdraw();
        }
        events.publishEvent(event);
        return view(participant);
    }

    /** For imports, which look up every row: not a read of personal data by a person, so not in the access log. */
    Optional<Participant> byHospitalId(String hospitalId, CurrentUser user) {
        return participants.findByHospitalIdHashAndInstitutionId(hospitalIds.hash(hospitalId), user.institutionId());
    }

    /** Whether the participant is enrolled at the user's institution (a received specimen's may be the sender's). */
    @Transactional(readOnly = true)
    boolean enrolledAt(String studyId, CurrentUser user) {
        return participants
                .findByStudyIdAndInstitutionId(studyId, user.institutionId())
                .isPresent();
    }

    Participant find(String studyId, CurrentUser user) {
        return participants
                .findByStudyIdAndInstitutionId(studyId, user.institutionId())
                .orElseThrow(() -> new NotFoundException("participant", studyId));
    }

    private Map<ConsentScope, Consent> byScope(Participant participant) {
        return consents.findByParticipantIdOrderByScope(participant.id()).stream()
                .collect(Collectors.toMap(Consent::scope, Function.identity()));
    }

    private ParticipantView view(Participant p) {
        List<ConsentView> consentViews = consents.findByParticipantIdOrderByScope(p.id()).stream()
                .map(c -> new ConsentView(c.scope(), c.status().name(), c.recordedAt(), c.recordedBy()))
                .toList();
        return new ParticipantView(
                p.studyId(),
                p.sex(),
                p.birthYear(),
                p.population(),
                p.genomeSampleId(),
                p.withdrawn(),
                consentViews,
                p.createdAt());
    }
}
