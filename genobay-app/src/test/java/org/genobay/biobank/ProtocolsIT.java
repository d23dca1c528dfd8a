package org.genobay.biobank;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

class ProtocolsIT extends BiobankIT {

    @BeforeEach
    void aGeneticsProtocol() throws Exception {
        call(
                        staff,
                        "POST",
                        "/api/protocols",
                        """
                        {"code": "gen-2025", "title": "Genetics of heart disease", "specimenTypes": ["WHOLE_BLOOD", "SALIVA"],
                         "consentScopes": ["RESEARCH_USE", "GENETIC_ANALYSIS"]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("GEN-2025"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.specimenTypes[0]").value("WHOLE_BLOOD"));
    }

    ResultActions collect(String studyId, String type, String protocol) throws Exception {
        return call(
                staff,
                "POST",
                "/api/specimens",
                """
                {"participant": "%s", "type": "%s", "quantity": 2, "unit": "ML", "protocol": "%s",
                 "collectedAt": "2025-03-01T08:30:00Z", "collectionSite": "Ward 3"}"""
                        .formatted(studyId, type, protocol));
    }

    @Test
    void a_specimen_collected_under_a_protocol_carries_it() throws Exception {
        String studyId = enrol(unique("MRN"));

        String code = read(
                collect(studyId, "SALIVA", "GEN-2025")
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.protocol").value("GEN-2025")),
                "$.code");
        call(staff, "GET", "/api/specimens/" + code + "/custody", null)
                .andExpect(jsonPath("$[0].detail", containsString("under protocol GEN-2025")));
        call(staff, "GET", "/api/protocols/GEN-2025", null)
                .andExpect(jsonPath("$.specimens").value(1));
        call(staff, "DELETE", "/api/protocols/GEN-2025", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:protocol-in-use"));
    }

    @Test
    void a_type_the_protocol_does_not_collect_is_refused() throws Exception {
        collect(enrol(unique("MRN")), "SERUM", "GEN-2025")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.detail").value("protocol GEN-2025 collects [WHOLE_BLOOD, SALIVA], not SERUM"));
    }

    @Test
    void a_participant_without_the_consent_the_protocol_requires_is_refused() throws Exception {
        String studyId = read(
                call(
                        staff,
                        "POST",
                        "/api/participants",
                        "{\"hospitalId\": \"%s\", \"sex\": \"MALE\", \"consents\": [\"RESEARCH_USE\"]}"
                                .formatted(unique("MRN"))),
                "$.studyId");

        collect(studyId, "SALIVA", "GEN-2025")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:consent-missing"))
                .andExpect(jsonPath("$.detail")
                        .value("participant " + studyId
                                + " has not given consent for [GENETIC_ANALYSIS], which protocol GEN-2025 requires"));
        call(staff, "GET", "/api/participants/" + studyId + "/specimens", null)
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void an_unknown_or_retired_protocol_takes_no_specimen() throws Exception {
        String studyId = enrol(unique("MRN"));
        collect(studyId, "SALIVA", "NOPE")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("protocol"));

        String version = read(call(staff, "GET", "/api/protocols/GEN-2025", null), "$.version");
        String retire =
                """
                {"version": %s, "title": "Genetics of heart disease", "specimenTypes": ["SALIVA"], "active": false}""";
        call(staff, "PUT", "/api/protocols/GEN-2025", retire.formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        call(staff, "PUT", "/api/protocols/GEN-2025", retire.formatted(version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:concurrent-edit"));
        collect(studyId, "SALIVA", "GEN-2025")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:protocol-retired"));
        call(staff, "GET", "/api/protocols?active=true", null)
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void the_protocol_pages_list_it_and_the_participant_page_offers_it_for_a_new_specimen() throws Exception {
        String studyId = enrol(unique("MRN"));
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(staff.username()).password(PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();

        mvc.perform(get("/protocols").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Genetics of heart disease")));
        mvc.perform(get("/protocols/GEN-2025").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RESEARCH_USE, GENETIC_ANALYSIS")));
        mvc.perform(get("/participants/" + studyId).session(session))
                .andExpect(content().string(containsString("<option value=\"GEN-2025\">")));
        mvc.perform(post("/participants/" + studyId + "/specimens")
                        .param("type", "WHOLE_BLOOD")
                        .param("quantity", "5")
                        .param("unit", "ML")
                        .param("collectedAt", "2025-03-01T08:30")
                        .param("collectionSite", "Ward 3")
                        .param("protocol", "GEN-2025")
                        .session(session)
                        .with(csrf()))
                .andExpect(flash().attribute("message", "Specimen recorded."));
        call(staff, "GET", "/api/protocols/GEN-2025", null)
                .andExpect(jsonPath("$.specimens").value(1));
    }

    @Test
    void another_institution_does_not_see_the_protocol() throws Exception {
        var other = user(institution(), org.genobay.accounts.Role.BIOBANK_STAFF);
        call(other, "GET", "/api/protocols/GEN-2025", null).andExpect(status().isNotFound());
        call(other, "GET", "/api/protocols", null)
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void an_import_with_an_unknown_protocol_reports_row_and_column_and_imports_nothing() throws Exception {
        String mrn = unique("IMP");
        String csv =
                """
                hospital_id,sex,consents,specimen_type,quantity,unit,collected_at,collection_site,protocol
                %1$s,FEMALE,RESEARCH_USE;GENETIC_ANALYSIS,SALIVA,2,ML,2024-03-01 08:30,Ward 3,GEN-2025
                %1$s,,,WHOLE_BLOOD,10,ML,2024-03-01 08:30,Ward 3,CARDIO-9
                %1$s,,,SERUM,1,ML,2024-03-01 08:30,Ward 3,
                """
                        .formatted(mrn);
        mvc.perform(post("/api/imports/specimens")
                        .contentType("text/csv")
                        .content(csv)
                        .with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("1 problem in 3 rows; nothing was imported"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("protocol"))
                .andExpect(jsonPath("$.errors[0].message", containsString("'CARDIO-9'")));
        call(staff, "POST", "/api/participants/lookup", "{\"hospitalId\": \"" + mrn + "\"}")
                .andExpect(status().isNotFound());
        call(staff, "GET", "/api/protocols/GEN-2025", null)
                .andExpect(jsonPath("$.specimens").value(0));

        mvc.perform(post("/api/imports/specimens")
                        .contentType("text/csv")
                        .content(csv.replace("CARDIO-9", "gen-2025"))
                        .with(as(staff)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.specimensRecorded").value(3));
        call(staff, "GET", "/api/protocols/GEN-2025", null)
                .andExpect(jsonPath("$.specimens").value(2));
    }
}
