package org.genobay.clinical;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.junit.jupiter.api.Test;

class ClinicalApiIT extends ClinicalIT {

    @Test
    void a_clinician_records_every_kind_of_clinical_data_and_reads_it_back() throws Exception {
        String studyId = enrol();
        diagnose(studyId, "i21.0", "2019-03-14")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("I21.0"))
                .andExpect(jsonPath("$.title").value("Acute transmural myocardial infarction of anterior wall"));
        phenotype(studyId, "HP:0001658", false).andExpect(status().isCreated());
        phenotype(studyId, "HP:0001250", true).andExpect(status().isCreated());
        call(
                        clinician,
                        "POST",
                        "/api/clinical/participants/" + studyId + "/observations",
                        """
                {"system": "http://loinc.org", "code": "2093-3", "display": "Cholesterol", "value": 212.5,
                 "unit": "mg/dL", "effectiveOn": "2019-03-14"}""")
                .andExpect(status().isCreated());
        call(
                        clinician,
                        "POST",
                        "/api/clinical/participants/" + studyId + "/treatments",
                        """
                {"kind": "MEDICATION", "name": "Aspirin 100 mg", "startedOn": "2019-03-15"}""")
                .andExpect(status().isCreated());
        call(
                        clinician,
                        "PUT",
                        "/api/clinical/participants/" + studyId + "/outcome",
                        """
                {"vitalStatus": "DECEASED", "lastFollowUp": "2023-02-01", "diedOn": "2023-01-20"}""")
                .andExpect(status().isOk());

        call(staff, "GET", "/api/clinical/participants/" + studyId, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.diagnoses[0].diagnosedOn").value("2019-03-14"))
                .andExpect(jsonPath("$.phenotypes[*].name").value(contains("Myocardial infarction", "Seizure")))
                .andExpect(jsonPath("$.phenotypes[1].excluded").value(true))
                .andExpect(jsonPath("$.observations[0].value").value(212.5))
                .andExpect(jsonPath("$.observations[0].unit").value("mg/dL"))
                .andExpect(jsonPath("$.treatments[0].endedOn").doesNotExist())
                .andExpect(jsonPath("$.outcome.vitalStatus").value("DECEASED"))
                .andExpect(jsonPath("$.outcome.diedOn").value("2023-01-20"));
    }

    @Test
    void a_diagnosis_is_edited_and_removed() throws Exception {
        String studyId = enrol();
        String id = read(diagnose(studyId, "I21.0", "2019-03-14"), "$.id");
        String path = "/api/clinical/participants/" + studyId + "/diagnoses/" + id;

        call(clinician, "PUT", path, "{\"code\": \"I21.4\", \"diagnosedOn\": \"2019-03-15\"}", "\"0\"")
                .andExpect(jsonPath("$.code").value("I21.4"))
                .andExpect(jsonPath("$.version").value(1));
        call(clinician, "DELETE", path, null, "1").andExpect(status().isNoContent());
        call(clinician, "GET", "/api/clinical/participants/" + studyId, null)
                .andExpect(jsonPath("$.diagnoses", empty()));
        call(clinician, "DELETE", path, null, "1").andExpect(status().isNotFound());
    }

    @Test
    void unknown_codes_and_impossible_dates_are_refused_naming_the_field_and_nothing_is_saved() throws Exception {
        String studyId = enrol();
        diagnose(studyId, "X99.9", "2019-03-14")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.detail").value("unknown ICD-10 code X99.9"));
        diagnose(studyId, "I10", "1969-12-31")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("diagnosedOn 1969-12-31 is before the participant's birth year 1970"));
        phenotype(studyId, "HP:0000000", false).andExpect(jsonPath("$.detail").value("unknown HPO code HP:0000000"));
        call(
                        clinician,
                        "POST",
                        "/api/clinical/participants/" + studyId + "/treatments",
                        """
                {"kind": "SURGERY", "name": "PCI", "startedOn": "2019-03-15", "endedOn": "2019-03-14"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endedOn"));
        call(clinician, "PUT", "/api/clinical/participants/" + studyId + "/outcome", "{\"vitalStatus\": \"DECEASED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("diedOn"));

        call(clinician, "GET", "/api/clinical/participants/" + studyId, null)
                .andExpect(jsonPath("$.diagnoses", empty()))
                .andExpect(jsonPath("$.phenotypes", empty()))
                .andExpect(jsonPath("$.treatments", empty()))
                .andExpect(jsonPath("$.outcome").doesNotExist());
    }

    @Test
    void no_diagnosis_phenotype_observation_or_treatment_is_dated_after_the_recorded_date_of_death() throws Exception {
        String studyId = enrol();
        String path = "/api/clinical/participants/" + studyId;
        call(
                        clinician,
                        "PUT",
                        path + "/outcome",
                        "{\"vitalStatus\": \"DECEASED\", \"lastFollowUp\": \"2023-02-01\", \"diedOn\": \"2023-01-20\"}")
                .andExpect(status().isOk());

        diagnose(studyId, "I10", "2023-01-21")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("diagnosedOn"))
                .andExpect(jsonPath("$.detail")
                        .value("diagnosedOn 2023-01-21 is after the participant's date of death 2023-01-20"));
        call(clinician, "POST", path + "/phenotypes", "{\"termId\": \"HP:0001250\", \"onset\": \"2023-02-01\"}")
                .andExpect(jsonPath("$.errors[0].field").value("onset"));
        call(
                        clinician,
                        "POST",
                        path + "/observations",
                        """
                {"system": "http://loinc.org", "code": "4548-4", "display": "HbA1c", "value": 7.1,
                 "effectiveOn": "2023-01-25"}""")
                .andExpect(jsonPath("$.errors[0].field").value("effectiveOn"));
        call(
                        clinician,
                        "POST",
                        path + "/treatments",
                        """
                {"kind": "MEDICATION", "name": "Aspirin", "startedOn": "2023-01-01", "endedOn": "2023-01-21"}""")
                .andExpect(jsonPath("$.errors[0].field").value("endedOn"));
        String id = read(diagnose(studyId, "I21.0", "2023-01-20").andExpect(status().isCreated()), "$.id");
        call(clinician, "PUT", path + "/diagnoses/" + id, "{\"code\": \"I21.0\", \"diagnosedOn\": \"2023-01-22\"}", "0")
                .andExpect(status().isBadRequest());

        call(clinician, "GET", path, null)
                .andExpect(jsonPath("$.diagnoses", hasSize(1)))
                .andExpect(jsonPath("$.diagnoses[0].diagnosedOn").value("2023-01-20"))
                .andExpect(jsonPath("$.phenotypes", empty()))
                .andExpect(jsonPath("$.observations", empty()))
                .andExpect(jsonPath("$.treatments", empty()));
    }

    @Test
    void a_date_of_death_before_a_recorded_date_is_refused_naming_the_record() throws Exception {
        String studyId = enrol();
        String path = "/api/clinical/participants/" + studyId;
        diagnose(studyId, "I21.0", "2019-03-14");
        String treatment = read(
                call(
                        clinician,
                        "POST",
                        path + "/treatments",
                        """
                {"kind": "MEDICATION", "name": "Aspirin 100 mg", "startedOn": "2019-03-15", "endedOn": "2021-06-30"}"""),
                "$.id");
        String death = "{\"vitalStatus\": \"DECEASED\", \"diedOn\": \"%s\"}";

        call(clinician, "PUT", path + "/outcome", death.formatted("2019-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("diedOn"))
                .andExpect(jsonPath("$.detail")
                        .value("diedOn 2019-01-01 is before treatment " + treatment + " of " + studyId
                                + " (Aspirin 100 mg), ended on 2021-06-30 (and 2 more dated after it): correct that"
                                + " record or the date of death"));
        call(clinician, "GET", path, null).andExpect(jsonPath("$.outcome").doesNotExist());

        call(clinician, "PUT", path + "/outcome", death.formatted("2021-06-30")).andExpect(status().isOk());
    }

    @Test
    void participants_are_found_by_an_hpo_term_with_its_descendants_and_an_icd10_code_with_its_children()
            throws Exception {
        String infarction = enrol();
        String cardiomyopathy = enrol();
        String excluded = enrol();
        diagnose(infarction, "I21.0", "2019-03-14");
        phenotype(infarction, "HP:0001658", false);
        phenotype(cardiomyopathy, "HP:0001644", false);
        diagnose(cardiomyopathy, "I42.0", "2019-03-14");
        phenotype(excluded, "HP:0001638", true);

        String abnormalHeart = "/api/clinical/participants?hpo=HP:0001627";
        call(clinician, "GET", abnormalHeart, null)
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$", org.hamcrest.Matchers.containsInAnyOrder(infarction, cardiomyopathy)));
        call(clinician, "GET", abnormalHeart + "&descendants=false", null).andExpect(jsonPath("$", empty()));
        call(clinician, "GET", "/api/clinical/participants?icd10=I21", null)
                .andExpect(jsonPath("$", contains(infarction)));
        call(clinician, "GET", "/api/clinical/participants?icd10=I21&children=false", null)
                .andExpect(jsonPath("$", empty()));
        call(clinician, "GET", "/api/clinical/participants?icd10=IX", null).andExpect(jsonPath("$", hasSize(2)));
        call(clinician, "GET", "/api/clinical/participants?icd10=X99", null).andExpect(status().isBadRequest());
    }

    @Test
    void another_institution_neither_sees_nor_changes_a_participants_clinical_data() throws Exception {
        String studyId = enrol();
        String id = read(diagnose(studyId, "I21.0", "2019-03-14"), "$.id");
        Accounts.InstitutionView other = institution();
        CurrentUser stranger = user(other, Role.CLINICIAN, Role.ADMINISTRATOR);

        call(stranger, "GET", "/api/clinical/participants/" + studyId, null).andExpect(status().isNotFound());
        call(stranger, "POST", "/api/clinical/participants/" + studyId + "/diagnoses", "{\"code\": \"I10\"}")
                .andExpect(status().isNotFound());
        call(stranger, "DELETE", "/api/clinical/participants/" + studyId + "/diagnoses/" + id, null, "0")
                .andExpect(status().isNotFound());
        call(stranger, "GET", "/api/clinical/participants?icd10=I21", null).andExpect(jsonPath("$", empty()));
        call(stranger, "GET", "/api/clinical/participants/" + studyId + "/fhir", null)
                .andExpect(status().isNotFound());
        call(clinician, "GET", "/api/clinical/participants/" + studyId, null)
                .andExpect(jsonPath("$.diagnoses", hasSize(1)));
    }

    @Test
    void biobank_staff_read_clinical_data_but_do_not_change_it() throws Exception {
        String studyId = enrol();
        call(staff, "POST", "/api/clinical/participants/" + studyId + "/diagnoses", "{\"code\": \"I10\"}")
                .andExpect(status().isForbidden());
        call(staff, "GET", "/api/clinical/participants/" + studyId, null).andExpect(status().isOk());
    }

    @Test
    void terms_are_searched_by_name_and_listed_with_their_descendants() throws Exception {
        call(clinician, "GET", "/api/clinical/terminologies/hpo?q=dilated", null)
                .andExpect(jsonPath("$[0].id").value("HP:0001644"))
                .andExpect(jsonPath("$[0].parents[0]").value("HP:0001638"));
        call(clinician, "GET", "/api/clinical/terminologies/icd10/I21/descendants", null)
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[0]").value("I21"));
    }
}
