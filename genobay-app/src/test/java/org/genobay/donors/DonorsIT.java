package org.genobay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.hla.ImgtReleaseReader;
import org.genobay.hla.TypingParser;
import org.genobay.hla.match.HlaMatcher;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.MatchResult;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Donors, units and searches through the API, with the staged IMGT/HLA release (skipped without it). */
class DonorsIT extends DatabaseIT {

    static final String PATIENT =
            "A*01:01+A*02:01^B*07:02+B*08:01^C*07:01+C*07:02^DRB1*15:01+DRB1*03:01" + "^DQB1*06:02+DQB1*02:01";

    @Autowired
    MockMvc mvc;

    CurrentUser staff;
    CurrentUser coordinator;

    @BeforeAll
    static void releaseStaged() {
        String dir = System.getProperty("genobay.hla.imgt-dir", "");
        assumeTrue(
                !dir.isEmpty() && Files.isDirectory(Path.of(dir)),
                "no IMGT/HLA release staged at '" + dir + "' (CC BY-ND, not in the repository)");
    }

    @BeforeEach
    void bank() {
        var institution = institution();
        staff = user(institution, Role.BIOBANK_STAFF);
        coordinator = user(institution, Role.CLINICIAN);
    }

    @Test
    void aDonorIsRegisteredReadEditedAndRetypedWithHistory() throws Exception {
        donor(staff, "D-1", PATIENT)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0));

        call(staff, get("/api/donors/D-1"), null)
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.typing.gl").value(PATIENT))
                .andExpect(jsonPath("$.typing.lab").value("Northfield HLA lab"));
        call(
                        staff,
                        put("/api/donors/D-1").header("If-Match", "\"0\""),
                        """
                {"sex": "FEMALE", "status": "TEMPORARILY_UNAVAILABLE", "unavailableUntil": "2031-01-01"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TEMPORARILY_UNAVAILABLE"))
                .andExpect(jsonPath("$.version").value(1));
        String retyped = PATIENT.replace("A*02:01", "A*02:01:01:01");
        call(staff, post("/api/donors/D-1/typings").header("If-Match", "1"), "{\"gl\": \"" + retyped + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.typing.gl").value(retyped))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[1].gl").value(PATIENT));
    }

    @Test
    void anUnknownAlleleIsRefusedNamingTheFieldAndTheAllele() throws Exception {
        donor(staff, "D-BAD", PATIENT.replace("A*02:01", "A*02:9999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("typing"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("A*02:9999")));
        call(staff, get("/api/donors/D-BAD"), null).andExpect(status().isNotFound());
    }

    @Test
    void aChangeWithoutOrWithAStaleVersionIsRefused() throws Exception {
        donor(staff, "D-2", PATIENT).andExpect(status().isCreated());
        String edit = "{\"sex\": \"MALE\", \"status\": \"RETIRED\"}";
        call(staff, put("/api/donors/D-2"), edit).andExpect(status().isPreconditionRequired());
        call(staff, put("/api/donors/D-2").header("If-Match", "0"), edit).andExpect(status().isOk());
        call(staff, put("/api/donors/D-2").header("If-Match", "0"), edit)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(staff.username())));
    }

    @Test
    void cliniciansSearchButCannotRegister() throws Exception {
        donor(coordinator, "D-3", PATIENT).andExpect(status().isForbidden());
    }

    @Test
    void theIdenticalDonorRanksFirstAndAOneMismatchDonorNeedsKOne() throws Exception {
        String oneMismatch = PATIENT.replace("DQB1*06:02", "DQB1*06:03");
        donor(staff, "D-ONE-MM", oneMismatch).andExpect(status().isCreated());
        donor(staff, "D-SAME", PATIENT).andExpect(status().isCreated());
        donor(staff, "D-FAR", PATIENT.replace("A*01:01+A*02:01", "A*03:01+A*11:01"))
                .andExpect(status().isCreated());
        donor(staff, "D-RETIRED", PATIENT).andExpect(status().isCreated());
        call(
                        staff,
                        put("/api/donors/D-RETIRED").header("If-Match", "0"),
                        "{\"sex\": \"MALE\", \"status\": \"RETIRED\"}")
                .andExpect(status().isOk());

        String k1 = search(coordinator, 1, "[\"DONOR\"]", null);
        assertThat(JsonPath.<List<String>>read(k1, "$.results[*].id")).containsExactly("D-SAME", "D-ONE-MM");
        assertThat(JsonPath.<String>read(k1, "$.results[0].total")).isEqualTo("10/10");
        assertThat(JsonPath.<String>read(k1, "$.results[1].total")).isEqualTo("9/10 mismatched at DQB1");
        // the same comparison as the engine makes on its own
        assertThat(JsonPath.<String>read(k1, "$.results[1].total")).isEqualTo(reference(PATIENT, oneMismatch));
        assertThat(JsonPath.<List<String>>read(k1, "$.results[1].loci[4].grades"))
                .contains("MISMATCH");

        String k0 = search(coordinator, 0, "[\"DONOR\"]", null);
        assertThat(JsonPath.<List<String>>read(k0, "$.results[*].id")).containsExactly("D-SAME");
    }

    @Test
    void unitsAreRankedByCordRulesAndCellDoseAndLowDosesFlagged() throws Exception {
        // A*02:05 is antigen A2 like A*02:01: a mismatch for the 10/10 count, a match for the cord-blood count
        unit(staff, "CB-ANTIGEN", PATIENT.replace("A*02:01", "A*02:05"), "150", "RELEASED")
                .andExpect(status().isCreated());
        unit(staff, "CB-DRB1", PATIENT.replace("DRB1*15:01", "DRB1*15:02"), "300", "RELEASED")
                .andExpect(status().isCreated());
        unit(staff, "CB-QUARANTINE", PATIENT, "300", "QUARANTINE").andExpect(status().isCreated());

        String result = search(coordinator, 1, "[\"UNIT\"]", "40");

        assertThat(JsonPath.<List<String>>read(result, "$.results[*].id")).containsExactly("CB-ANTIGEN", "CB-DRB1");
        assertThat(JsonPath.<String>read(result, "$.results[0].cord")).isEqualTo("6/6");
        assertThat(JsonPath.<String>read(result, "$.results[1].cord")).isEqualTo("5/6 mismatched at DRB1");
        // 150 ×10^7 / 40 kg = 3.75 ×10^7/kg; 300 ×10^7 / 40 kg = 7.5
        assertThat(JsonPath.<Double>read(result, "$.results[0].tncPerKg")).isEqualTo(3.75);
        assertThat(JsonPath.<Double>read(result, "$.results[1].tncPerKg")).isEqualTo(7.5);
        assertThat(JsonPath.<Boolean>read(result, "$.results[0].belowDose")).isFalse();

        String heavy = search(coordinator, 1, "[\"UNIT\"]", "80");
        // 150 / 80 = 1.875 < 2.5: flagged, still listed
        assertThat(JsonPath.<Boolean>read(heavy, "$.results[0].belowDose")).isTrue();
        assertThat(JsonPath.<Double>read(heavy, "$.results[0].cd34PerKg")).isEqualTo(0.625);
    }

    @Test
    void anotherInstitutionsDonorsNeverAppear() throws Exception {
        CurrentUser other = user(institution(), Role.BIOBANK_STAFF);
        donor(other, "D-ELSEWHERE", PATIENT).andExpect(status().isCreated());
        donor(staff, "D-HOME", PATIENT).andExpect(status().isCreated());

        String result = search(coordinator, 2, null, null);

        assertThat(JsonPath.<List<String>>read(result, "$.results[*].id")).containsExactly("D-HOME");
        call(staff, get("/api/donors/D-ELSEWHERE"), null).andExpect(status().isNotFound());
    }

    @Test
    void aSavedSearchSaysTypingsChangedAndARerunUpdatesIt() throws Exception {
        donor(staff, "D-R", PATIENT.replace("DQB1*06:02", "DQB1*06:03")).andExpect(status().isCreated());
        String first = search(coordinator, 0, null, null);
        String code = JsonPath.read(first, "$.code");
        assertThat(JsonPath.<List<String>>read(first, "$.results")).isEmpty();
        assertThat(JsonPath.<Boolean>read(first, "$.typingsChangedSince")).isFalse();

        Thread.sleep(5);
        call(staff, post("/api/donors/D-R/typings").header("If-Match", "0"), "{\"gl\": \"" + PATIENT + "\"}")
                .andExpect(status().isOk());

        call(coordinator, get("/api/donor-searches/" + code), null)
                .andExpect(jsonPath("$.typingsChangedSince").value(true))
                .andExpect(jsonPath("$.results.length()").value(0));
        call(coordinator, get("/api/donor-searches"), null)
                .andExpect(jsonPath("$[0].code").value(code))
                .andExpect(jsonPath("$[0].typingsChangedSince").value(true));
        call(coordinator, post("/api/donor-searches/" + code + "/rerun"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.typingsChangedSince").value(false))
                .andExpect(jsonPath("$.results[0].id").value("D-R"))
                .andExpect(jsonPath("$.results[0].total").value("10/10"));
    }

    private String reference(String patient, String donor) {
        var release = ImgtReleaseReader.read(ImgtReleaseReader.locate(
                Path.of(System.getProperty("genobay.hla.imgt-dir")), java.util.Optional.empty()));
        TypingParser parser = new TypingParser(release);
        HlaMatcher matcher = new HlaMatcher(release);
        MatchResult result =
                matcher.match(matcher.prepare(parser.parse(patient)), matcher.prepare(parser.parse(donor)));
        return result.total(Locus.TEN).text();
    }

    private String search(CurrentUser user, int k, String kinds, String weight) throws Exception {
        String body =
                """
                {"patient": "P-17", "typing": "%s", "maxMismatches": %d, "kinds": %s, "weightKg": %s}"""
                        .formatted(PATIENT, k, kinds, weight);
        return call(user, post("/api/donor-searches"), body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private ResultActions donor(CurrentUser user, String id, String gl) throws Exception {
        return call(
                user,
                post("/api/donors"),
                """
                {"registryId": "%s", "sex": "MALE", "birthYear": 1990,
                 "typing": {"gl": "%s", "lab": "Northfield HLA lab", "method": "NGS", "typedOn": "2024-03-01"}}"""
                        .formatted(id, gl));
    }

    private ResultActions unit(CurrentUser user, String id, String gl, String tnc, String status) throws Exception {
        return call(
                user,
                post("/api/cord-blood-units"),
                """
                {"unitId": "%s", "volumeMl": 25, "tnc": %s, "cd34": 5, "viability": 92.5, "status": "%s",
                 "tests": {"HIV-1/2": "NEGATIVE", "HBsAg": "NEGATIVE"}, "typing": {"gl": "%s"}}"""
                        .formatted(id, tnc, status, gl));
    }

    private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request, String body) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request.with(as(user)));
    }
}
