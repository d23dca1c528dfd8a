package org.genobay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Match probability in searches, with a hand-made four-haplotype table (test resources) whose answers are worked out
 * below by hand: priors {@code 2 f1 f2} for two different haplotypes, posteriors the priors over their sum.
 */
class DonorMatchProbabilityIT extends DatabaseIT {

    // H1 A*01:01~C*07:01~B*08:01~DRB1*03:01~DQB1*02:01 0.4   H2 A*02:01~C*07:02~B*07:02~DRB1*15:01~DQB1*06:02 0.3
    // H3 A*02:01~C*07:01~B*08:01~DRB1*03:01~DQB1*02:01 0.2   H4 A*03:01~C*07:02~B*07:02~DRB1*15:01~DQB1*06:02 0.1
    static final String PATIENT = DonorsIT.PATIENT; // H1/H2: the other phase's haplotypes are not in the table

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void releaseStaged() {
        String dir = System.getProperty("genobay.hla.imgt-dir", "");
        assumeTrue(!dir.isEmpty() && Files.isDirectory(Path.of(dir)), "no IMGT/HLA release staged at '" + dir + "'");
    }

    @DynamicPropertySource
    static void frequencies(DynamicPropertyRegistry registry) throws URISyntaxException {
        Path table = Path.of(DonorMatchProbabilityIT.class
                .getResource("/donors/haplotype-frequencies.csv")
                .toURI());
        registry.add("genobay.hla.frequencies", table::toString);
    }

    @Test
    void eachResultCarriesTheProbabilityOfNoneAndAtMostOneMismatch() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);
        register(staff, "SAME", PATIENT);
        // A*02:01 or A*03:01: H1/H2 (prior 2 × 0.4 × 0.3 = 0.24) or H1/H4 (2 × 0.4 × 0.1 = 0.08), so 0.75 : 0.25
        register(staff, "AMBIGUOUS", PATIENT.replace("A*02:01", "A*02:01/A*03:01"));
        // A*11:01 is on no haplotype of the table: no genotype explains it, so no probability
        register(staff, "UNEXPLAINED", PATIENT.replace("A*02:01", "A*11:01"));

        String json = search(staff, "[\"A\",\"B\",\"C\",\"DRB1\",\"DQB1\"]");

        assertThat(JsonPath.<String>read(json, "$.probabilityNote"))
                .contains("haplotype-frequencies.csv (4 haplotypes of A~C~B~DRB1~DQB1)")
                .contains("at A, C, B, DRB1, DQB1");
        assertThat(odds(json, "SAME", "none")).isCloseTo(1, within(1e-12));
        assertThat(odds(json, "SAME", "atMostOne")).isCloseTo(1, within(1e-12));
        assertThat(odds(json, "AMBIGUOUS", "none")).isCloseTo(0.24 / (0.24 + 0.08), within(1e-12));
        assertThat(odds(json, "AMBIGUOUS", "atMostOne")).isCloseTo(1, within(1e-12));
        List<Object> unexplained = JsonPath.read(json, "$.results[?(@.id == 'UNEXPLAINED')].probability");
        assertThat(unexplained).containsExactly((Object) null);

        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(staff.username()).password(PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
        String page = mvc.perform(
                        get("/donor-searches/" + JsonPath.read(json, "$.code")).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("P(0 mm)")
                .contains("P(≤1 mm)")
                .contains(">75.0%<")
                .contains(">—<");
    }

    @Test
    void at12LociTheProbabilityIsOverTheLociTheTableHasAndSaysSo() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);
        register(staff, "AMBIGUOUS", PATIENT.replace("A*02:01", "A*02:01/A*03:01"));

        String json = search(staff, "[\"A\",\"B\",\"C\",\"DRB1\",\"DQB1\",\"DPB1\"]");

        assertThat(JsonPath.<String>read(json, "$.probabilityNote")).contains("(DPB1 not in the table)");
        assertThat(odds(json, "AMBIGUOUS", "none")).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aPatientTheTableCannotExplainGetsNoProbabilityAndTheReason() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);
        register(staff, "SAME", PATIENT.replace("B*07:02", "B*44:02"));

        String json = search(staff, "[\"A\",\"B\",\"C\",\"DRB1\",\"DQB1\"]", PATIENT.replace("B*07:02", "B*44:02"));

        assertThat(JsonPath.<String>read(json, "$.probabilityNote")).contains("explains the patient's typing");
        List<Object> odds = JsonPath.read(json, "$.results[*].probability");
        assertThat(odds).containsExactly((Object) null);
    }

    private double odds(String json, String id, String which) {
        List<Double> values = JsonPath.read(json, "$.results[?(@.id == '" + id + "')].probability." + which);
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    private String search(CurrentUser user, String loci) throws Exception {
        return search(user, loci, PATIENT);
    }

    private String search(CurrentUser user, String loci, String patient) throws Exception {
        return mvc.perform(post("/api/donor-searches")
                        .with(as(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"patient": "P-1", "typing": "%s", "loci": %s, "maxMismatches": 2}"""
                                        .formatted(patient, loci)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void register(CurrentUser user, String id, String gl) throws Exception {
        mvc.perform(post("/api/donors")
                        .with(as(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"registryId": "%s", "sex": "FEMALE", "typing": {"gl": "%s"}}"""
                                        .formatted(id, gl)))
                .andExpect(status().isCreated());
    }
}
