package org.genobay.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Specimens are human genetic resource material: a shipment to an institution in another country is an export, which
 * leaves only under the sender's HGR filing for material export in force that day and is recorded as a release.
 */
class SpecimenExportIT extends DatabaseIT {

    /** Filing dates are Chinese administrative dates. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    Accounts.InstitutionView senderInstitution;
    CurrentUser sender;
    CurrentUser senderAdmin;
    String studyId;

    @BeforeEach
    void aSenderInChinaWithAParticipant() throws Exception {
        senderInstitution = institution();
        sender = user(senderInstitution, Role.BIOBANK_STAFF);
        senderAdmin = user(senderInstitution, Role.ADMINISTRATOR);
        studyId = read(
                call(
                        sender,
                        post("/api/participants"),
                        """
                        {"hospitalId": "%s", "sex": "FEMALE", "consents": ["RESEARCH_USE", "EXPORT_ABROAD"]}"""
                                .formatted(unique("MRN"))),
                "$.studyId");
    }

    @Test
    void a_shipment_within_the_country_is_dispatched_without_a_filing_and_is_no_export() throws Exception {
        String code = prepare(institution(), specimen(), specimen());

        dispatch(code).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISPATCHED"));
        assertThat(materialReleases()).isEmpty();
    }

    @Test
    void a_shipment_abroad_without_a_filing_is_refused_naming_it_and_nothing_changes() throws Exception {
        String blood = specimen();
        String code = prepare(foreign("DE"), blood);

        dispatch(code)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:hgr-filing-required"))
                .andExpect(jsonPath("$.detail", containsString("HGR filing for material export")))
                .andExpect(jsonPath("$.detail", containsString(code)))
                .andExpect(jsonPath("$.detail", containsString(" in DE")));

        call(sender, get("/api/shipments/" + code), null)
                .andExpect(jsonPath("$.status").value("PREPARED"))
                .andExpect(jsonPath("$.dispatched").doesNotExist());
        call(sender, get("/api/specimens/" + blood), null)
                .andExpect(jsonPath("$.status").value("RESERVED"));
        call(sender, get("/api/specimens/" + blood + "/custody"), null)
                .andExpect(jsonPath("$[*].what", not(hasItem("DISPATCHED"))));
        assertThat(materialReleases()).isEmpty();
    }

    @Test
    void a_shipment_abroad_under_a_filing_in_force_is_dispatched_and_recorded_as_a_release() throws Exception {
        String number = filing(TODAY.minusDays(30), TODAY.plusDays(30));
        String blood = specimen();
        String plasma = specimen();
        Accounts.InstitutionView abroad = foreign("US");
        String code = prepare(abroad, blood, plasma);

        dispatch(code).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISPATCHED"));

        call(sender, get("/api/specimens/" + blood), null)
                .andExpect(jsonPath("$.status").value("SHIPPED"));
        List<Map<String, Object>> releases = materialReleases();
        assertThat(releases).hasSize(1);
        Map<String, Object> release = releases.get(0);
        assertThat(release.get("who")).isEqualTo(sender.username());
        assertThat(release.get("detail").toString())
                .contains("shipment " + code + " (2 specimens)")
                .contains(abroad.name() + " (" + abroad.code() + ") (US)")
                .contains("under HGR filing " + number)
                .endsWith("why: specimen export");
    }

    @Test
    void a_shipment_abroad_under_an_expired_filing_is_refused_naming_the_expiry() throws Exception {
        String number = filing(TODAY.minusDays(400), TODAY.minusDays(2));
        String code = prepare(foreign("GB"), specimen());

        dispatch(code)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:hgr-filing-required"))
                .andExpect(jsonPath("$.detail", containsString(number + " expired on " + TODAY.minusDays(2))));
        call(sender, get("/api/shipments/" + code), null)
                .andExpect(jsonPath("$.status").value("PREPARED"));
        assertThat(materialReleases()).isEmpty();
        call(senderAdmin, get("/api/sharing/material-export-filings"), null)
                .andExpect(jsonPath("$[0].number").value(number))
                .andExpect(jsonPath("$[0].inForce").value(false));
    }

    @Test
    void only_administrators_record_material_export_filings() throws Exception {
        call(
                        sender,
                        post("/api/sharing/material-export-filings"),
                        filingJson(unique("HGR-M"), TODAY, TODAY.plusDays(1)))
                .andExpect(status().isForbidden());
    }

    // --- helpers

    private Accounts.InstitutionView foreign(String country) {
        String code = unique("ABROAD").toUpperCase();
        return accounts.createInstitution(code, "Partner " + code, country);
    }

    private String filing(LocalDate issuedOn, LocalDate expiresOn) throws Exception {
        String number = unique("HGR-M");
        call(senderAdmin, post("/api/sharing/material-export-filings"), filingJson(number, issuedOn, expiresOn))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(number));
        return number;
    }

    private static String filingJson(String number, LocalDate issuedOn, LocalDate expiresOn) {
        return """
                {"number": "%s", "scope": "export of blood and plasma for a joint biomarker study",
                 "issuedOn": "%s", "expiresOn": "%s"}"""
                .formatted(number, issuedOn, expiresOn);
    }

    /** The sender's access-log entries of material releases. */
    private List<Map<String, Object>> materialReleases() throws Exception {
        String json = call(senderAdmin, get("/api/audit/access"), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> entries = JsonPath.read(json, "$");
        return entries.stream()
                .filter(e -> "RELEASE_MATERIAL".equals(e.get("action")))
                .toList();
    }

    private String specimen() throws Exception {
        return read(
                call(
                                sender,
                                post("/api/specimens"),
                                """
                                {"participant": "%s", "type": "WHOLE_BLOOD", "quantity": 5, "unit": "ML",
                                 "collectedAt": "2025-03-01T08:30:00Z", "collectionSite": "Ward 3"}"""
                                        .formatted(studyId))
                        .andExpect(status().isCreated()),
                "$.code");
    }

    private String prepare(Accounts.InstitutionView to, String... specimens) throws Exception {
        String list = String.join("\", \"", specimens);
        return read(
                call(
                                sender,
                                post("/api/shipments"),
                                "{\"to\": \"%s\", \"specimens\": [\"%s\"]}".formatted(to.code(), list))
                        .andExpect(status().isCreated()),
                "$.code");
    }

    private ResultActions dispatch(String code) throws Exception {
        return call(sender, post("/api/shipments/" + code + "/dispatch"), null);
    }

    private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(as(user)));
    }

    private static String read(ResultActions result, String path) throws Exception {
        return String.valueOf(
                JsonPath.<Object>read(result.andReturn().getResponse().getContentAsString(), path));
    }
}
