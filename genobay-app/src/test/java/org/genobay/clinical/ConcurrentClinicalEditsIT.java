package org.genobay.clinical;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two clinicians editing the same clinical record: the second change, made on an old version, is refused. */
class ConcurrentClinicalEditsIT extends ClinicalIT {

    private static final String VERSION_REQUIRED = "urn:genobay:problem:version-required";
    private static final String CONCURRENT_EDIT = "urn:genobay:problem:concurrent-edit";

    CurrentUser colleague;
    String studyId;

    @BeforeEach
    void aSecondClinicianAndAParticipant() throws Exception {
        colleague = user(institution, Role.CLINICIAN);
        studyId = enrol();
    }

    private String record() {
        return "/api/clinical/participants/" + studyId;
    }

    @Test
    void two_clinicians_edit_the_same_diagnosis_and_the_second_gets_409_naming_who_changed_it_and_when()
            throws Exception {
        String id = read(diagnose(studyId, "I21.0", "2019-03-14"), "$.id");
        String path = record() + "/diagnoses/" + id;
        String mine = read(call(clinician, "GET", record(), null), "$.diagnoses[0].version");
        String theirs = read(call(colleague, "GET", record(), null), "$.diagnoses[0].version");

        call(clinician, "PUT", path, "{\"code\": \"I21.4\", \"diagnosedOn\": \"2019-03-14\"}", "\"" + mine + "\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(Integer.parseInt(mine) + 1))
                .andExpect(jsonPath("$.recordedBy").value(clinician.username()));
        call(colleague, "PUT", path, "{\"code\": \"I10\", \"diagnosedOn\": \"2019-03-14\"}", "\"" + theirs + "\"")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(CONCURRENT_EDIT))
                .andExpect(jsonPath("$.title").value("Changed by someone else"))
                .andExpect(jsonPath("$.detail")
                        .value(startsWith("diagnosis " + id + " of " + studyId + " was changed by "
                                + clinician.username() + " at ")))
                .andExpect(jsonPath("$.detail").value(containsString("your change was made on version " + theirs)));

        call(colleague, "GET", record(), null)
                .andExpect(jsonPath("$.diagnoses[0].code").value("I21.4"))
                .andExpect(jsonPath("$.diagnoses[0].recordedBy").value(clinician.username()));
    }

    @Test
    void an_edit_or_removal_without_if_match_gets_428_saying_what_to_send_and_changes_nothing() throws Exception {
        String diagnosis = record() + "/diagnoses/" + read(diagnose(studyId, "I21.0", "2019-03-14"), "$.id");
        String treatment = record() + "/treatments/"
                + read(
                        call(
                                clinician,
                                "POST",
                                record() + "/treatments",
                                "{\"kind\": \"SURGERY\", \"name\": \"PCI\", \"startedOn\": \"2019-03-14\"}"),
                        "$.id");

        call(clinician, "PUT", diagnosis, "{\"code\": \"I10\"}")
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value(VERSION_REQUIRED))
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        call(clinician, "PUT", treatment, "{\"kind\": \"SURGERY\", \"name\": \"CABG\", \"startedOn\": \"2019-03-14\"}")
                .andExpect(status().isPreconditionRequired());
        call(clinician, "DELETE", treatment, null).andExpect(status().isPreconditionRequired());
        call(clinician, "PUT", diagnosis, "{\"code\": \"I10\"}", "three")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));

        call(clinician, "GET", record(), null)
                .andExpect(jsonPath("$.diagnoses[0].code").value("I21.0"))
                .andExpect(jsonPath("$.treatments[0].name").value("PCI"));
        // the version quoted, as an entity tag, or plain
        call(clinician, "PUT", diagnosis, "{\"code\": \"I10\"}", "W/\"0\"").andExpect(status().isOk());
        call(
                        clinician,
                        "PUT",
                        treatment,
                        "{\"kind\": \"SURGERY\", \"name\": \"CABG\", \"startedOn\": \"2019-03-14\"}",
                        "0")
                .andExpect(jsonPath("$.name").value("CABG"));
    }

    @Test
    void phenotypes_and_observations_are_edited_on_the_version_last_read() throws Exception {
        String phenotype = record() + "/phenotypes/" + read(phenotype(studyId, "HP:0001658", false), "$.id");
        String observation = record() + "/observations/"
                + read(
                        call(
                                clinician,
                                "POST",
                                record() + "/observations",
                                """
                        {"system": "http://loinc.org", "code": "4548-4", "display": "HbA1c", "value": 7.1,
                         "unit": "%", "effectiveOn": "2020-01-01"}"""),
                        "$.id");
        String hba1c =
                """
                {"system": "http://loinc.org", "code": "4548-4", "display": "HbA1c", "value": %s, "unit": "%%",
                 "effectiveOn": "2020-01-01"}""";

        call(clinician, "PUT", phenotype, "{\"termId\": \"HP:0001658\", \"excluded\": true}", "\"0\"")
                .andExpect(jsonPath("$.excluded").value(true));
        call(colleague, "PUT", phenotype, "{\"termId\": \"HP:0001658\", \"excluded\": false}", "\"0\"")
                .andExpect(status().isConflict());
        call(clinician, "PUT", observation, hba1c.formatted("7.4"), "\"0\"").andExpect(status().isOk());
        call(colleague, "PUT", observation, hba1c.formatted("9.9"), "\"0\"").andExpect(status().isConflict());

        call(clinician, "GET", record(), null)
                .andExpect(jsonPath("$.phenotypes[0].excluded").value(true))
                .andExpect(jsonPath("$.observations[0].value").value(7.4));
    }

    @Test
    void a_removal_made_on_an_old_version_is_refused_and_removes_nothing() throws Exception {
        String path = record() + "/diagnoses/" + read(diagnose(studyId, "I21.0", "2019-03-14"), "$.id");
        call(clinician, "PUT", path, "{\"code\": \"I21.4\"}", "0").andExpect(status().isOk());

        call(colleague, "DELETE", path, null, "\"0\"")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(CONCURRENT_EDIT));
        call(colleague, "GET", record(), null).andExpect(jsonPath("$.diagnoses", hasSize(1)));

        call(colleague, "DELETE", path, null, "\"1\"").andExpect(status().isNoContent());
        call(colleague, "GET", record(), null).andExpect(jsonPath("$.diagnoses", empty()));
    }

    @Test
    void the_first_outcome_needs_no_version_and_replacing_or_removing_it_needs_the_current_one() throws Exception {
        String outcome = record() + "/outcome";
        call(clinician, "PUT", outcome, "{\"vitalStatus\": \"ALIVE\", \"lastFollowUp\": \"2024-01-01\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));

        call(colleague, "PUT", outcome, "{\"vitalStatus\": \"UNKNOWN\"}")
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail").value(startsWith("the outcome of " + studyId + " exists")));
        call(clinician, "PUT", outcome, "{\"vitalStatus\": \"ALIVE\", \"lastFollowUp\": \"2025-01-01\"}", "\"0\"")
                .andExpect(jsonPath("$.version").value(1));
        call(colleague, "PUT", outcome, "{\"vitalStatus\": \"UNKNOWN\"}", "\"0\"")
                .andExpect(status().isConflict());
        call(colleague, "DELETE", outcome, null).andExpect(status().isPreconditionRequired());
        call(colleague, "DELETE", outcome, null, "\"0\"").andExpect(status().isConflict());

        call(colleague, "GET", record(), null)
                .andExpect(jsonPath("$.outcome.lastFollowUp").value("2025-01-01"));
        call(colleague, "DELETE", outcome, null, "\"1\"").andExpect(status().isNoContent());
        call(colleague, "GET", record(), null).andExpect(jsonPath("$.outcome").doesNotExist());
        // an outcome replaced on a version that someone has removed since is not silently recorded again
        call(clinician, "PUT", outcome, "{\"vitalStatus\": \"UNKNOWN\"}", "\"1\"")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("was removed by someone else")));
    }
}
