package org.genobay.clinical;

import java.util.ArrayList;
import java.util.List;
import org.genobay.accounts.CurrentUser;
import org.springframework.stereotype.Component;

/** Every date of a participant's recorded rows, each with the words that name its row, for the date-of-death rule. */
@Component
class DatedRecords {

    private final DiagnosisRepository diagnoses;
    private final PhenotypeRepository phenotypes;
    private final ObservationRepository observations;
    private final TreatmentRepository treatments;

    DatedRecords(
            DiagnosisRepository diagnoses,
            PhenotypeRepository phenotypes,
            ObservationRepository observations,
            TreatmentRepository treatments) {
        this.diagnoses = diagnoses;
        this.phenotypes = phenotypes;
        this.observations = observations;
        this.treatments = treatments;
    }

    /** The dates of the participant's rows in the user's institution (the caller has found the participant there). */
    List<ClinicalDates.Dated> of(String studyId, CurrentUser user) {
        long institution = user.institutionId();
        List<ClinicalDates.Dated> dated = new ArrayList<>();
        diagnoses.findByInstitutionIdAndStudyIdOrderById(institution, studyId).forEach(d -> d.diagnosedOn()
                .ifPresent(on -> dated.add(
                        new ClinicalDates.Dated(d.named("diagnosis") + " (" + d.code() + "), diagnosed on", on))));
        phenotypes.findByInstitutionIdAndStudyIdOrderById(institution, studyId).forEach(p -> p.onset()
                .ifPresent(on -> dated.add(
                        new ClinicalDates.Dated(p.named("phenotype") + " (" + p.termId() + "), with onset", on))));
        observations
                .findByInstitutionIdAndStudyIdOrderById(institution, studyId)
                .forEach(o -> dated.add(new ClinicalDates.Dated(
                        o.named("observation") + " (" + o.details().display() + "), made on",
                        o.details().effectiveOn())));
        treatments.findByInstitutionIdAndStudyIdOrderById(institution, studyId).forEach(t -> {
            NewTreatment d = t.details();
            String what = t.named("treatment") + " (" + d.name() + ")";
            dated.add(new ClinicalDates.Dated(what + ", started on", d.startedOn()));
            d.endedOn().ifPresent(on -> dated.add(new ClinicalDates.Dated(what + ", ended on", on)));
        });
        return dated;
    }
}
