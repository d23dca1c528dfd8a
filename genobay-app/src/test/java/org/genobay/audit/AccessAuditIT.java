package org.genobay.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class AccessAuditIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    @Test
    void reads_and_hospital_id_look_ups_are_logged_for_the_institutions_administrators_only() throws Exception {
        Accounts.InstitutionView institution = institution();
        CurrentUser staff = user(institution, Role.BIOBANK_STAFF);
        CurrentUser admin = user(institution, Role.ADMINISTRATOR);
        CurrentUser otherAdmin = user(institution(), Role.ADMINISTRATOR);
        String studyId = JsonPath.read(
                mvc.perform(post("/api/participants")
                                .with(as(staff))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"hospitalId\": \"AUDIT-1\", \"sex\": \"MALE\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.studyId");

        mvc.perform(get("/api/participants/" + studyId).with(as(staff))).andExpect(status().isOk());
        mvc.perform(post("/api/participants/lookup")
                        .with(as(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hospitalId\": \"audit-1\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/audit/access").param("subject", studyId).with(as(admin)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].action").value("LOOKUP_BY_HOSPITAL_ID"))
                .andExpect(jsonPath("$[1].action").value("READ_PARTICIPANT"))
                .andExpect(jsonPath("$[1].who").value(staff.username()));
        mvc.perform(get("/api/audit/access").param("subject", studyId).with(as(otherAdmin)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/audit/access").with(as(staff))).andExpect(status().isForbidden());
    }
}
