package org.genobay.clinical;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.errors.ConflictException;
import org.genobay.errors.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes and removes a participant's diagnoses, phenotypes, observations, treatments and outcome. Every
 * change first finds the participant through the biobank, in the user's institution (another institution's
 * participant reads as not found), then checks codes against the terminologies and dates against the birth year and
 * the recorded date of death. A change or removal of a recorded row names the version it was made on
 * ({@link RecordVersions}): the second of two clinicians editing the same row is refused, never silently overwrites.
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
    private final DatedRecords dated;
    private final Clock clock;

    ClinicalRecords(
            Participants participants,
            Terminologies terminologies,
            DiagnosisRepository diagnoses,
            PhenotypeRepository phenotypes,
            ObservationRepository observations,
            TreatmentRepository treatments,
            OutcomeRepository outcomes,
            DatedRecords dated,
            Clock clock) {
        this.participants = participants;
        this.terminologies = terminologies;
        this.diagnoses = diagnoses;
        this.phenotypes = phenotypes;
        this.observations = observations;
        this.treatments = treatments;
        this.outcomes = outcomes;
        this.dated = dated;
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
        check(details, participant, user);
        return view(diagnoses.save(
                new Diagnosis(user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
    }

    /** Changes a diagnosis, when {@code version} is the one it is at (see {@link RecordVersions}). */
    public ClinicalView.DiagnosisView editDiagnosis(
            String studyId, long id, Optional<Long> version, NewDiagnosis details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        Diagnosis diagnosis = find(diagnoses, "diagnosis", id, participant, user);
        RecordVersions.require(diagnosis.named("diagnosis"), diagnosis, version);
        check(details, participant, user);
        diagnosis.replace(details);
        diagnosis.touched(clock.instant(), user.username());
        return view(saved(diagnoses, diagnosis.named("diagnosis"), diagnosis));
    }

    public ClinicalView.PhenotypeView addPhenotype(String studyId, NewPhenotype details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        check(details, participant, user);
        return view(phenotypes.save(
                new Phenotype(user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
    }

    public ClinicalView.PhenotypeView editPhenotype(
            String studyId, long id, Optional<Long> version, NewPhenotype details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        Phenotype phenotype = find(phenotypes, "phenotype", id, participant, user);
        RecordVersions.require(phenotype.named("phenotype"), phenotype, version);
        check(details, participant, user);
        phenotype.replace(details);
        phenotype.touched(clock.instant(), user.username());
        return view(saved(phenotypes, phenotype.named("phenotype"), phenotype));
    }

    public ClinicalView.ObservationView addObservation(String studyId, NewObservation details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        check(details, participant, user);
        return view(observations.save(new Observation(
                user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
    }

    public ClinicalView.ObservationView editObservation(
            String studyId, long id, Optional<Long> version, NewObservation details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        Observation observation = find(observations, "observation", id, participant, user);
        RecordVersions.require(observation.named("observation"), observation, version);
        check(details, participant, user);
        observation.replace(details);
        observation.touched(clock.instant(), user.username());
        return view(saved(observations, observation.named("observation"), observation));
    }

    public ClinicalView.TreatmentView addTreatment(String studyId, NewTreatment details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        check(details, participant, user);
        return view(treatments.save(
                new Treatment(user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
    }

    public ClinicalView.TreatmentView editTreatment(
            String studyId, long id, Optional<Long> version, NewTreatment details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        Treatment treatment = find(treatments, "treatment", id, participant, user);
        RecordVersions.require(treatment.named("treatment"), treatment, version);
        check(details, participant, user);
        treatment.replace(details);
        treatment.touched(clock.instant(), user.username());
        return view(saved(treatments, treatment.named("treatment"), treatment));
    }

    /**
     * Sets the participant's one outcome. The first needs no version; replacing a recorded one needs the version it is
     * at, and a version given for an outcome that someone has removed since is refused too.
     */
    public ClinicalView.OutcomeView setOutcome(
            String studyId, Optional<Long> version, NewOutcome details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        Optional<Outcome> recorded = outcome(participant, user);
        String what = "the outcome of " + participant.studyId();
        if (recorded.isPresent()) {
            RecordVersions.require(what, recorded.get(), version);
        } else if (version.isPresent()) {
            throw new ConflictException(
                    ConflictException.CONCURRENT_EDIT,
                    what + " was removed by someone else since you read version " + version.get()
                            + "; reload it and record it again");
        }
        return record(participant, recorded, details, user);
    }

    /** A FHIR import states the outcome as of its bundle: it replaces the recorded one, whatever its version. */
    ClinicalView.OutcomeView importOutcome(String studyId, NewOutcome details, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        return record(participant, outcome(participant, user), details, user);
    }

    private ClinicalView.OutcomeView record(
            Participants.ParticipantView participant,
            Optional<Outcome> recorded,
            NewOutcome details,
            CurrentUser user) {
        ClinicalDates dates = dates(participant, Optional.empty());
        dates.check("lastFollowUp", details.lastFollowUp());
        dates.check("diedOn", details.diedOn());
        details.diedOn().ifPresent(death -> ClinicalDates.noneAfterDeath(death, dated.of(participant.studyId(), user)));
        String what = "the outcome of " + participant.studyId();
        if (recorded.isPresent()) {
            recorded.get().replace(details);
            recorded.get().touched(clock.instant(), user.username());
            return view(saved(outcomes, what, recorded.get()));
        }
        try {
            return view(outcomes.saveAndFlush(new Outcome(
                    user.institutionId(), participant.studyId(), details, clock.instant(), user.username())));
        } catch (DataIntegrityViolationException e) {
            // the unique constraint: someone recorded the first outcome at the same moment
            throw RecordVersions.lostRace(what);
        }
    }

    /**
     * Removes one row, when {@code version} is the one it is at; {@code kind} is diagnoses, phenotypes, observations,
     * treatments or outcome (whose id is ignored; no outcome recorded is nothing to remove).
     */
    public void delete(String studyId, String kind, long id, Optional<Long> version, CurrentUser user) {
        Participants.ParticipantView participant = writable(studyId, user);
        switch (kind) {
            case "diagnoses" -> remove(
                    diagnoses, find(diagnoses, "diagnosis", id, participant, user), "diagnosis", version);
            case "phenotypes" -> remove(
                    phenotypes, find(phenotypes, "phenotype", id, participant, user), "phenotype", version);
            case "observations" -> remove(
                    observations, find(observations, "observation", id, participant, user), "observation", version);
            case "treatments" -> remove(
                    treatments, find(treatments, "treatment", id, participant, user), "treatment", version);
            case "outcome" -> outcome(participant, user).ifPresent(outcome -> {
                String what = "the outcome of " + participant.studyId();
                RecordVersions.require(what, outcome, version);
                outcomes.delete(outcome);
                saved(outcomes, what, outcome);
            });
            default -> throw new NotFoundException("kind of clinical record", kind);
        }
    }

    private <T extends ParticipantRecord> void remove(
            ParticipantRecords<T> repository, T row, String what, Optional<Long> version) {
        RecordVersions.require(row.named(what), row, version);
        repository.delete(row);
        saved(repository, row.named(what), row);
    }

    /**
     * Writes the change now, so that the view shows the new version; the database refuses it when another
     * transaction changed the row after it was read here.
     */
    private static <T extends ParticipantRecord> T saved(ParticipantRecords<T> repository, String what, T row) {
        try {
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw RecordVersions.lostRace(what);
        }
        return row;
    }

    private Optional<Outcome> outcome(Participants.ParticipantView participant, CurrentUser user) {
        return outcomes.findByInstitutionIdAndStudyIdOrderById(user.institutionId(), participant.studyId()).stream()
                .findFirst();
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

    void check(NewDiagnosis details, Participants.ParticipantView participant, CurrentUser user) {
        terminologies.icd10().require("code", details.code());
        dates(participant, user).check("diagnosedOn", details.diagnosedOn());
    }

    void check(NewPhenotype details, Participants.ParticipantView participant, CurrentUser user) {
        terminologies.hpo().require("termId", details.termId());
        dates(participant, user).check("onset", details.onset());
    }

    void check(NewObservation details, Participants.ParticipantView participant, CurrentUser user) {
        dates(participant, user).check("effectiveOn", details.effectiveOn());
    }

    void check(NewTreatment details, Participants.ParticipantView participant, CurrentUser user) {
        ClinicalDates dates = dates(participant, user);
        dates.check("startedOn", details.startedOn());
        dates.check("endedOn", details.endedOn());
    }

    /** The date rules for a row of the participant: after the birth year, not after the recorded date of death. */
    private ClinicalDates dates(Participants.ParticipantView participant, CurrentUser user) {
        return dates(
                participant, outcome(participant, user).flatMap(o -> o.details().diedOn()));
    }

    private ClinicalDates dates(Participants.ParticipantView participant, Optional<LocalDate> diedOn) {
        return new ClinicalDates(participant.birthYear(), diedOn, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ClinicalView.DiagnosisView view(Diagnosis d) {
        String title =
                terminologies.icd10().find(d.code()).map(OntologyTerm::name).orElse("(not in the loaded ICD-10)");
        return new ClinicalView.DiagnosisView(
                d.id(), d.code(), title, d.diagnosedOn(), d.recordedAt(), d.recordedBy(), d.version());
    }

    private ClinicalView.PhenotypeView view(Phenotype p) {
        String name =
                terminologies.hpo().find(p.termId()).map(OntologyTerm::name).orElse("(not in the loaded HPO)");
        return new ClinicalView.PhenotypeView(
                p.id(), p.termId(), name, p.excluded(), p.onset(), p.recordedAt(), p.recordedBy(), p.version());
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
                o.recordedBy(),
                o.version());
    }

    private static ClinicalView.TreatmentView view(Treatment t) {
        NewTreatment d = t.details();
        return new ClinicalView.TreatmentView(
                t.id(), d.kind(), d.name(), d.startedOn(), d.endedOn(), t.recordedAt(), t.recordedBy(), t.version());
    }

    private static ClinicalView.OutcomeView view(Outcome o) {
        NewOutcome d = o.details();
        return new ClinicalView.OutcomeView(
                d.vitalStatus(), d.lastFollowUp(), d.diedOn(), o.recordedAt(), o.recordedBy(), o.version());
    }
}
