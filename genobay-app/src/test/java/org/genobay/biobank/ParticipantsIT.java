package org.genobay.biobank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ParticipantsIT extends BiobankIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void enrolment_gives_a_study_id_and_stores_the_hospital_id_only_as_a_keyed_hash() throws Exception {
        String hospitalId = unique("MRN");
        String studyId = enrol(hospitalId);

        assertThat(studyId).matches("GB-[0-9A-Z]{8}");
        Map<String, Object> row = jdbc.queryForMap("select * from participant where study_id = ?", studyId);
        assertThat(row.get("hospital_id_hash").toString()).matches("[0-9a-f]{64}");
        assertThat(row.values())
                .noneMatch(value -> String.valueOf(value).toUpperCase().contains(hospitalId.toUpperCase()));
    }

    @Test
    void a_participant_is_found_by_hospital_id_whatever_its_case_and_blanks() throws Exception {
        String hospitalId = unique("mrn");
        String studyId = enrol(hospitalId);

        call(staff, "POST", "/api/participants/lookup", "{\"hospitalId\": \"  " + hospitalId.toUpperCase() + " \"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.studyId").value(studyId))
                .andExpect(jsonPath("$.hospitalId").doesNotExist());
        call(staff, "POST", "/api/participants/lookup", "{\"hospitalId\": \"" + unique("OTHER") + "\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void the_same_hospital_id_cannot_be_enrolled_twice_in_one_institution() throws Exception {
        String hospitalId = unique("MRN");
        enrol(hospitalId);
        call(staff, "POST", "/api/participants", "{\"hospitalId\": \"" + hospitalId + "\", \"sex\": \"MALE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:duplicate"));
    }

    @Test
    void a_bad_enrolment_names_the_field_at_fault() throws Exception {
        call(staff, "POST", "/api/participants", "{\"hospitalId\": \"X1\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sex"));
        call(staff, "POST", "/api/participants", "{\"hospitalId\": \"X1\", \"sex\": \"DOG\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sex"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("DOG")));
        call(staff, "POST", "/api/participants", "{\"hospitalId\": \"X1\", \"sex\": \"MALE\", \"birthYear\": 1492}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("birthYear"));
    }

    @Test
    void users_of_another_institution_get_404_for_its_participants_and_specimens() throws Exception {
        String studyId = enrol(unique("MRN"));
        String specimen = blood(studyId);
        CurrentUser stranger = user(institution(), Role.BIOBANK_STAFF);

        call(stranger, "GET", "/api/participants/" + studyId, null).andExpect(status().isNotFound());
        call(stranger, "GET", "/api/specimens/" + specimen, null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:not-found"));
        call(stranger, "GET", "/api/participants?q=" + studyId, null)
                .andExpect(jsonPath("$.length()").value(0));
        call(staff, "GET", "/api/participants?q=" + studyId, null)
                .andExpect(jsonPath("$[0].studyId").value(studyId));
    }

    @Test
    void roles_decide_who_reads_and_who_writes() throws Exception {
        String studyId = enrol(unique("MRN"));
        CurrentUser clinician = user(institution, Role.CLINICIAN);
        CurrentUser researcher = user(institution, Role.RESEARCHER);

        call(clinician, "GET", "/api/participants/" + studyId, null).andExpect(status().isOk());
        call(clinician, "POST", "/api/participants", "{\"hospitalId\": \"C1\", \"sex\": \"MALE\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"));
        call(researcher, "GET", "/api/participants/" + studyId, null).andExpect(status().isForbidden());
    }

    @Test
    void withdrawing_research_use_flags_every_specimen_and_stops_new_aliquots() throws Exception {
        String studyId = enrol(unique("MRN"));
        String blood = blood(studyId);
        String child = read(aliquot(blood, "2", "ML").andExpect(status().isCreated()), "$.code");

        call(staff, "POST", "/api/participants/" + studyId + "/consents/withdrawal", "{\"scopes\": [\"RESEARCH_USE\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawn").value(true))
                .andExpect(jsonPath("$.consents[?(@.scope == 'RESEARCH_USE')].status")
                        .value("WITHDRAWN"))
                .andExpect(jsonPath("$.consents[?(@.scope == 'GENETIC_ANALYSIS')].status")
                        .value("GIVEN"));

        for (String code : List.of(blood, child)) {
            call(staff, "GET", "/api/specimens/" + code, null)
                    .andExpect(jsonPath("$.consentWithdrawn").value(true));
            call(staff, "GET", "/api/specimens/" + code + "/custody", null)
                    .andExpect(jsonPath("$[-1].what").value("CONSENT_WITHDRAWN"));
        }
        aliquot(blood, "1", "ML")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:consent-withdrawn"));
        call(staff, "POST", "/api/specimens/" + child + "/status", "{\"status\": \"DISPOSED\"}")
                .andExpect(status().isOk());
    }

    @Test
    void withdrawing_one_scope_keeps_specimens_usable_but_records_it_in_their_custody() throws Exception {
        String studyId = enrol(unique("MRN"));
        String blood = blood(studyId);

        call(staff, "POST", "/api/participants/" + studyId + "/consents/withdrawal", "{\"scopes\": [\"DATA_SHARING\"]}")
                .andExpect(jsonPath("$.withdrawn").value(false));
        call(staff, "GET", "/api/specimens/" + blood, null)
                .andExpect(jsonPath("$.consentWithdrawn").value(false));
        call(staff, "GET", "/api/specimens/" + blood + "/custody", null)
                .andExpect(jsonPath("$[-1].detail").value("participant withdrew consent for [DATA_SHARING]"));
    }

    @Test
    void consent_is_recorded_per_scope_with_who_recorded_it() throws Exception {
        String studyId = enrol(unique("MRN"));
        call(staff, "PUT", "/api/participants/" + studyId + "/consents", "{\"scopes\": [\"RECONTACT\"]}")
                .andExpect(jsonPath("$.consents.length()").value(4))
                .andExpect(jsonPath("$.consents[?(@.scope == 'RECONTACT')].recordedBy")
                        .value(staff.username()));
    }
}
