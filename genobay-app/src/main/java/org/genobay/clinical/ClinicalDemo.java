package org.genobay.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * Gives six of every ten demo participants a made-up clinical history, recorded by the demo clinician: myocardial
 * infarction, type 2 diabetes, dilated cardiomyopathy (deceased), Marfan syndrome, breast cancer or epilepsy, with
 * their phenotypes, an observation, treatments and an outcome.
 */
@Component
class ClinicalDemo implements DemoContributor {

    private static final String LOINC = "http://loinc.org";

    private final ClinicalRecords records;

    ClinicalDemo(ClinicalRecords records) {
        this.records = records;
    }

    @Override
    public void contribute(Demo demo) {
        List<String> studyIds = demo.studyIds();
        for (int i = 0; i < studyIds.size(); i++) {
            history(studyIds.get(i), i, demo.clinician());
        }
    }

    private void history(String studyId, int i, CurrentUser user) {
        LocalDate start = LocalDate.of(2015 + i % 8, 1 + i % 12, 1 + i % 28);
        switch (i % 10) {
            case 0 -> {
                diagnosis(studyId, "I21.0", start, user);
                phenotypes(studyId, start, user, "HP:0001658", "HP:0000822");
                observation(
                        studyId, "2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "212", "mg/dL", start, user);
                treatment(studyId, TreatmentKind.SURGERY, "Percutaneous coronary intervention", start, start, user);
                treatment(
                        studyId,
                        TreatmentKind.MEDICATION,
                        "Acetylsalicylic acid 100 mg",
                        start.plusDays(1),
                        null,
                        user);
                outcome(
                        studyId,
                        new NewOutcome(VitalStatus.ALIVE, Optional.of(LocalDate.of(2025, 3, 4)), Optional.empty()),
                        user);
            }
            case 3 -> {
                diagnosis(studyId, "E11.9", start, user);
                phenotypes(studyId, start, user, "HP:0005978", "HP:0001513");
                observation(studyId, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "7.4", "%", start, user);
                treatment(studyId, TreatmentKind.MEDICATION, "Metformin 1000 mg twice daily", start, null, user);
                outcome(
                        studyId,
                        new NewOutcome(VitalStatus.ALIVE, Optional.of(LocalDate.of(2024, 11, 20)), Optional.empty()),
                        user);
            }
            case 5 -> {
                diagnosis(studyId, "I42.0", start, user);
                phenotypes(studyId, start, user, "HP:0001644", "HP:0001635");
                records.addPhenotype(studyId, new NewPhenotype("HP:0001250", true, Optional.empty()), user);
                observation(studyId, "10230-1", "Left ventricular Ejection fraction", "28", "%", start, user);
                LocalDate died = start.plusYears(2);
                outcome(
                        studyId,
                        new NewOutcome(VitalStatus.DECEASED, Optional.of(died.plusDays(5)), Optional.of(died)),
                        user);
            }
            case 7 -> {
                diagnosis(studyId, "Q87.4", start, user);
                phenotypes(studyId, start, user, "HP:0001166", "HP:0001083", "HP:0002616", "HP:0000098");
                treatment(
                        studyId,
                        TreatmentKind.SURGERY,
                        "Valve-sparing aortic root replacement",
                        start.plusMonths(6),
                        start.plusMonths(6),
                        user);
            }
            case 8 -> {
                diagnosis(studyId, "C50.9", start, user);
                phenotypes(studyId, start, user, "HP:0003002");
                treatment(
                        studyId,
                        TreatmentKind.CHEMOTHERAPY,
                        "Epirubicin and cyclophosphamide",
                        start.plusMonths(1),
                        start.plusMonths(4),
                        user);
                treatment(
                        studyId,
                        TreatmentKind.RADIOTHERAPY,
                        "Whole-breast radiotherapy",
                        start.plusMonths(5),
                        start.plusMonths(6),
                        user);
                outcome(
                        studyId,
                        new NewOutcome(VitalStatus.ALIVE, Optional.of(LocalDate.of(2025, 1, 15)), Optional.empty()),
                        user);
            }
            case 9 -> {
                diagnosis(studyId, "G40.9", start, user);
                phenotypes(studyId, start, user, "HP:0001250", "HP:0002069");
                records.addObservation(
                        studyId,
                        new NewObservation(
                                LOINC,
                                "11523-8",
                                "EEG study",
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of("generalized spike-and-wave discharges"),
                                start),
                        user);
            }
            default -> {
                // no clinical history: most participants of a biobank are not patients of this kind
            }
        }
    }

    private void diagnosis(String studyId, String code, LocalDate on, CurrentUser user) {
        records.addDiagnosis(studyId, new NewDiagnosis(code, Optional.of(on)), user);
    }

    private void phenotypes(String studyId, LocalDate onset, CurrentUser user, String... terms) {
        for (String term : terms) {
            records.addPhenotype(studyId, new NewPhenotype(term, false, Optional.of(onset)), user);
        }
    }

    private void observation(
            String studyId, String code, String display, String value, String unit, LocalDate on, CurrentUser user) {
        records.addObservation(
                studyId,
                new NewObservation(
                        LOINC,
                        code,
                        display,
                        Optional.of(new BigDecimal(value)),
                        Optional.of(unit),
                        Optional.empty(),
                        on),
                user);
    }

    private void treatment(
            String studyId, TreatmentKind kind, String name, LocalDate from, LocalDate to, CurrentUser user) {
        records.addTreatment(studyId, new NewTreatment(kind, name, from, Optional.ofNullable(to)), user);
    }

    private void outcome(String studyId, NewOutcome outcome, CurrentUser user) {
        records.setOutcome(studyId, Optional.empty(), outcome, user);
    }
}
