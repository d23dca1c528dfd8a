package org.genobay.clinical;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes and removes a participant's diagnoses, phenotypes, observations, treatments and outcome. Every
 * change first finds the participant through the biobank, in the user's institution (another institution's
 * participant reads as not found), then checks codes against the terminologies and dates against the birth year.
 */
@Service
@Transactional
public class ClinicalRecords {

    private final Participants participants;
    private final Terminologies terminologies;
    private final DiagnosisRepository diagnoses;
    private final PhenotypeRepository phenotypes;
    private final ObservationRepository observations;
    private final TreatmentRepository treatments;
    private final OutcomeRepository outcomes;
    private final Clock clock;

    ClinicalRecords(
            Participants participants,
            Terminologies terminologies,
            DiagnosisRepository diagnoses,
            PhenotypeRepository phenotypes,
            ObservationRepository observations,
            TreatmentRepository treatments,
            OutcomeRepository outcomes,
            Clock clock) {
        this.participants = participants;
        this.terminologies = terminologies;
        this.diagnoses = diagnoses;
        this.phenotypes = phenotypes;
        this.observations = observations;
        this.treatments = treatments;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    public ClinicalView get(String studyId, CurrentUser user) {
        ClinicalRoles.requireRead(user, "see clinical data");
        return view(participants.get(studyId, user).studyId(), user);
    }

    /** For the participant page, which has read the participant (and logged the read) already. */
    ClinicalView view(String studyId, CurrentUser user) {
        ClinicalRoles.requireRead(user, "see clinical data");
        long institution = user.institutionId();
        return new ClinicalView(
                studyId,
                diagnoses.findByInstitutionIdAndStudyIdOrderById(institution, studyId).stream()
                        .map(this::view)
                        .toList(),
                phenotypes.findByInstitutionIdAndStudyIdOrderById(institution, studyId).stream()
                        .map(this::view)
                        .toList(),
                observations.findByInstitutionIdAndStudyIdOrderById(institution, studyId).stream()
                        .map(ClinicalRecords::view)
                        .toList(),
                treatments.findByInstitutionIdAndStudyIdOrderById(institution, studyId).stream()
                        .map(ClinicalRecords::view)
                        .toList(),
                outcomes.findByInstitutionIdAndStudyIdOrderById(institution, studyId).stream()
                        .findFirst()
                        .map(ClinicalRecords::view));
    }

    public ClinicalView.DiagnosisView addDiagnosis(String studyId, NewDiagnosis details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        check(details, participant);
        return view(diagnoses.save(
                new Diagnosis(user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
    }

    public ClinicalView.DiagnosisView editDiagnosis(String studyId, long id, NewDiagnosis details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        Diagnosis diagnosis = find(diagnoses, "diagnosis", id, participant, user);
        check(details, participant);
        diagnosis.replace(details);
        diagnosis.touched(clock.instant(), user.username());
        return view(diagnosis);
    }

    public ClinicalView.PhenotypeView addPhenotype(String studyId, NewPhenotype details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        check(details, participant);
        return view(phenotypes.save(
                new Phenotype(user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
    }

    public ClinicalView.PhenotypeView editPhenotype(String studyId, long id, NewPhenotype details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        Phenotype phenotype = find(phenotypes, "phenotype", id, participant, user);
        check(details, participant);
        phenotype.replace(details);
        phenotype.touched(clock.instant(), user.username());
        return view(phenotype);
    }

    public ClinicalView.ObservationView addObservation(String studyId, NewObservation details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        check(details, participant);
        return view(observations.save(new Observation(
                user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
    }

    public ClinicalView.ObservationView editObservation(
            String studyId, long id, NewObservation details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        Observation observation = find(observations, "observation", id, participant, user);
        check(details, participant);
        observation.replace(details);
        observation.touched(clock.instant(), user.username());
        return view(observation);
    }

    public ClinicalView.TreatmentView addTreatment(String studyId, NewTreatment details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        check(details, participant);
        return view(treatments.save(
                new Treatment(user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
    }

    public ClinicalView.TreatmentView editTreatment(String studyId, long id, NewTreatment details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        Treatment treatment = find(treatments, "treatment", id, participant, user);
        check(details, participant);
        treatment.replace(details);
        treatment.touched(clock.instant(), user.username());
        return view(treatment);
    }

    /** Sets the participant's one outcome, replacing the one recorded before. */
    public ClinicalView.OutcomeView setOutcome(String studyId, NewOutcome details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        ClinicalDates.check("lastFollowUp", details.lastFollowUp(), participant.birthYear(), today());
        ClinicalDates.check("diedOn", details.diedOn(), participant.birthYear(), today());
        Optional<Outcome> recorded =
                outcomes.findByInstitutionIdAndStudyIdOrderById(user.institutionId(), participant.studyId()).stream()
                        .findFirst();
        if (recorded.isPresent()) {
            recorded.get().replace(details);
            recorded.get().touched(clock.instant(), user.username());
            return view(recorded.get());
        }
        return view(outcomes.save(
                new Outcome(user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
    }

    /** Removes one row; {@code kind} is diagnoses, phenotypes, observations, treatments or outcome. */
    public void delete(String studyId, String kind, long id, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        switch (kind) {
            case "diagnoses" -> diagnoses.delete(find(diagnoses, "diagnosis", id, participant, user));
            case "phenotypes" -> phenotypes.delete(find(phenotypes, "phenotype", id, participant, user));
            case "observations" -> observations.delete(find(observations, "observation", id, participant, user));
            case "treatments" -> treatments.delete(find(treatments, "treatment", id, participant, user));
            case "outcome" -> outcomes.deleteAll(
                    outcomes.findByInstitutionIdAndStudyIdOrderById(user.institutionId(), participant.studyId()));
            default -> throw new NotFoundException("kind of clinical record", kind);
        }
    }

    private Participants.ParticipantView writable(String studyId, CurrentUser user) {
        ClinicalRoles.requireWrite(user, "change clinical data");
        return participants.get(studyId, user);
    }

    private static <T extends ParticipantRecord> T find(
            ParticipantRecords<T> repository,
            String what,
            long id,
            Participants.ParticipantView participant,
            CurrentUser user) {
        return repository
                .findByIdAndInstitutionIdAndStudyId(id, user.institutionId(), participant.studyId())
                .orElseThrow(() -> new NotFoundException(what + " of " + participant.studyId(), id));
    }

    void check(NewDiagnosis details, Participants.ParticipantView participant) {
        terminologies.icd10().require("code", details.code());
        ClinicalDates.check("diagnosedOn", details.diagnosedOn(), participant.birthYear(), today());
    }

    void check(NewPhenotype details, Participants.ParticipantView participant) {
        terminologies.hpo().require("termId", details.termId());
        ClinicalDates.check("onset", details.onset(), participant.birthYear(), today());
    }

    void check(NewObservation details, Participants.ParticipantView participant) {
        ClinicalDates.check("effectiveOn", details.effectiveOn(), participant.birthYear(), today());
    }

    void check(NewTreatment details, Participants.ParticipantView participant) {
        ClinicalDates.check("startedOn", details.startedOn(), participant.birthYear(), today());
        ClinicalDates.check("endedOn", details.endedOn(), participant.birthYear(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ClinicalView.DiagnosisView view(Diagnosis d) {
        String title =
                terminologies.icd10().find(d.code()).map(OntologyTerm::name).orElse("(not in the loaded ICD-10)");
        return new ClinicalView.DiagnosisView(d.id(), d.code(), title, d.diagnosedOn(), d.recordedAt(), d.recordedBy());
    }

    private ClinicalView.PhenotypeView view(Phenotype p) {
        String name =
                terminologies.hpo().find(p.termId()).map(OntologyTerm::name).orElse("(not in the loaded HPO)");
        return new ClinicalView.PhenotypeView(
                p.id(), p.termId(), name, p.excluded(), p.onset(), p.recordedAt(), p.recordedBy());
    }

    private static ClinicalView.ObservationView view(Observation o) {
        NewObservation d = o.details();
        return new ClinicalView.ObservationView(
                o.id(),
                d.system(),
                d.code(),
                d.display(),
                d.value(),
                d.unit(),
                d.text(),
                d.effectiveOn(),
                o.recordedAt(),
                o.recordedBy());
    }

    private static ClinicalView.TreatmentView view(Treatment t) {
        NewTreatment d = t.details();
        return new ClinicalView.TreatmentView(
                t.id(), d.kind(), d.name(), d.startedOn(), d.endedOn(), t.recordedAt(), t.recordedBy());
    }

    private static ClinicalView.OutcomeView view(Outcome o) {
        NewOutcome d = o.details();
        return new ClinicalView.OutcomeView(
                d.vitalStatus(), d.lastFollowUp(), d.diedOn(), o.recordedAt(), o.recordedBy());
    }
}
