package org.genobay.clinical;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.genobay.accounts.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class ClinicalPagesIT extends ClinicalIT {

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user.username()).password(PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    }

    @Test
    void a_clinician_adds_a_phenotype_picked_by_name_and_a_diagnosis_and_sees_them_on_the_participant_page()
            throws Exception {
        String studyId = enrol();
        MockHttpSession session = signIn(clinician);
        String page = "/participants/" + studyId;

        mvc.perform(post(page + "/clinical/phenotypes")
                        .session(session)
                        .with(csrf())
                        .param("term", "dilated cardiomyopathy")
                        .param("onset", "2018-05-01"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("message", "Phenotype recorded."));
        mvc.perform(post(page + "/clinical/diagnoses")
                        .session(session)
                        .with(csrf())
                        .param("code", "I42.0 Dilated cardiomyopathy")
                        .param("diagnosedOn", "2018-05-02"))
                .andExpect(flash().attribute("message", "Diagnosis recorded."));
        mvc.perform(post(page + "/clinical/outcome")
                        .session(session)
                        .with(csrf())
                        .param("vitalStatus", "ALIVE")
                        .param("lastFollowUp", "2024-01-05"))
                .andExpect(flash().attribute("message", "Outcome saved."));

        mvc.perform(get(page).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HP:0001644")))
                .andExpect(content().string(containsString("Dilated cardiomyopathy")))
                .andExpect(content().string(containsString("I42.0")))
                .andExpect(content().string(containsString("2024-01-05")))
                .andExpect(content().string(containsString("Add treatment")));
    }

    @Test
    void a_refused_form_comes_back_with_the_reason_and_saves_nothing() throws Exception {
        String studyId = enrol();
        MockHttpSession session = signIn(clinician);
        String page = "/participants/" + studyId;

        mvc.perform(post(page + "/clinical/treatments")
                        .session(session)
                        .with(csrf())
                        .param("kind", "SURGERY")
                        .param("name", "PCI")
                        .param("startedOn", "2020-02-02")
                        .param("endedOn", "2020-02-01"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", "endedOn 2020-02-01 is before startedOn 2020-02-02"));
        mvc.perform(post(page + "/clinical/outcome")
                        .session(session)
                        .with(csrf())
                        .param("vitalStatus", "DECEASED"))
                .andExpect(flash().attribute("error", "diedOn (the date of death) is required when DECEASED"));
        mvc.perform(post(page + "/clinical/diagnoses")
                        .session(session)
                        .with(csrf())
                        .param("code", "X99.9"))
                .andExpect(flash().attribute("error", "unknown ICD-10 code X99.9"));

        mvc.perform(get(page).session(session))
                .andExpect(content().string(containsString("No treatment recorded.")))
                .andExpect(content().string(containsString("No outcome recorded.")))
                .andExpect(content().string(containsString("No diagnosis recorded.")));
    }

    @Test
    void a_form_made_on_an_old_version_comes_back_with_the_reason_and_saves_nothing() throws Exception {
        String studyId = enrol();
        String id = read(diagnose(studyId, "I21.0", "2019-03-14"), "$.id");
        MockHttpSession session = signIn(clinician);
        String page = "/participants/" + studyId;
        mvc.perform(get(page).session(session))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"version\" value=\"0\">")));
        CurrentUser colleague = user(institution, org.genobay.accounts.Role.CLINICIAN);
        call(
                        colleague,
                        "PUT",
                        "/api/clinical/participants/" + studyId + "/diagnoses/" + id,
                        "{\"code\": \"I21.4\"}",
                        "0")
                .andExpect(status().isOk());

        mvc.perform(post(page + "/clinical/diagnoses/" + id)
                        .session(session)
                        .with(csrf())
                        .param("code", "I10")
                        .param("diagnosedOn", "2019-03-14")
                        .param("version", "0"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute(
                                "error",
                                startsWith("diagnosis " + id + " of " + studyId + " was changed by "
                                        + colleague.username() + " at ")));
        mvc.perform(post(page + "/clinical/diagnoses/" + id + "/deletion")
                        .session(session)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attribute("error", containsString("your change was made on version 0")));
        mvc.perform(get(page).session(session)).andExpect(content().string(containsString("I21.4")));

        mvc.perform(post(page + "/clinical/diagnoses/" + id + "/deletion")
                        .session(session)
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(flash().attribute("message", "Removed."));
    }

    @Test
    void the_outcome_form_refuses_a_date_of_death_before_a_recorded_diagnosis() throws Exception {
        String studyId = enrol();
        String id = read(diagnose(studyId, "I21.0", "2019-03-14"), "$.id");
        String page = "/participants/" + studyId;

        mvc.perform(post(page + "/clinical/outcome")
                        .session(signIn(clinician))
                        .with(csrf())
                        .param("vitalStatus", "DECEASED")
                        .param("diedOn", "2019-03-01"))
                .andExpect(flash().attribute(
                                "error",
                                "diedOn 2019-03-01 is before diagnosis " + id + " of " + studyId
                                        + " (I21.0), diagnosed on 2019-03-14: correct that record or the date of"
                                        + " death"));
    }

    @Test
    void biobank_staff_see_the_clinical_section_without_its_forms() throws Exception {
        String studyId = enrol();
        diagnose(studyId, "I10", "2019-01-01");

        mvc.perform(get("/participants/" + studyId).session(signIn(staff)))
                .andExpect(content().string(containsString("Essential (primary) hypertension")))
                .andExpect(content().string(not(containsString("Add diagnosis"))));
    }

    @Test
    void the_clinical_page_finds_participants_by_term_and_imports_a_bundle_reporting_its_problems() throws Exception {
        String studyId = enrol();
        phenotype(studyId, "HP:0001644", false);
        MockHttpSession session = signIn(clinician);

        mvc.perform(get("/clinical").param("hpo", "HP:0001627").session(session))
                .andExpect(content().string(containsString("Abnormal heart morphology and its descendants")))
                .andExpect(content().string(containsString(studyId)));
        mvc.perform(multipart("/clinical/import")
                        .session(session)
                        .with(csrf())
                        .param(
                                "bundle",
                                """
                        {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
                          "resourceType": "Condition", "subject": {"reference": "Patient/%s"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "X99.9"}]}}}]}"""
                                        .formatted(studyId)))
                .andExpect(content().string(containsString("1 problem; nothing was imported")))
                .andExpect(content().string(containsString("Bundle.entry[0].resource.code.coding[0].code")));
        mvc.perform(get("/clinical/terms/hpo").param("q", "HP:000164").session(session))
                .andExpect(jsonPath("$[0].id").value("HP:0001644"));
    }
}
