package org.genobay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The donor pages through MockMvc with a signed-in session, with the staged IMGT/HLA release (skipped without it). */
class DonorPagesIT extends DatabaseIT {

    static final String PATIENT = DonorsIT.PATIENT;

    @Autowired
    MockMvc mvc;

    @Autowired
    Donors donors;

    CurrentUser staff;
    MockHttpSession session;

    @BeforeAll
    static void releaseStaged() {
        String dir = System.getProperty("genobay.hla.imgt-dir", "");
        assumeTrue(!dir.isEmpty() && Files.isDirectory(Path.of(dir)), "no IMGT/HLA release staged at '" + dir + "'");
    }

    @BeforeEach
    void signIn() throws Exception {
        staff = user(institution(), Role.BIOBANK_STAFF);
        session =
                (MockHttpSession) mvc.perform(formLogin().user(staff.username()).password(PASSWORD))
                        .andExpect(redirectedUrl("/"))
                        .andReturn()
                        .getRequest()
                        .getSession();
    }

    @Test
    void theSearchFormJoinsTheLocusFieldsAndTheResultIsDrawnAsAGrid() throws Exception {
        registerDonor("D-SAME", PATIENT);
        registerDonor("D-DQ", PATIENT.replace("DQB1*02:01", "DQB1*03:01"));

        String page = mvc.perform(form(post("/donor-searches"))
                        .param("patient", "P-17")
                        .param("A_1", "01:01")
                        .param("A_2", "A*02:01")
                        .param("B_1", "07:02")
                        .param("B_2", "08:01")
                        .param("C_1", "07:01")
                        .param("C_2", "07:02")
                        .param("DRB1_1", "15:01")
                        .param("DRB1_2", "03:01")
                        .param("DQB1_1", "06:02")
                        .param("DQB1_2", "02:01")
                        .param("loci", "10")
                        .param("maxMismatches", "1")
                        .param("kinds", "BOTH"))
                .andExpect(redirectedUrlPattern("/donor-searches/DS-*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String html = mvc.perform(get(page).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 candidates")))
                .andExpect(content().string(containsString("no haplotype frequency file configured")))
                .andExpect(content().string(not(containsString("P(0 mm)"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the identical donor first, ten cells all matched; the other with one mismatched DQB1 cell
        assertThat(html.indexOf("data-candidate=\"D-SAME\""))
                .isPositive()
                .isLessThan(html.indexOf("data-candidate=\"D-DQ\""));
        String first =
                html.substring(html.indexOf("data-candidate=\"D-SAME\""), html.indexOf("data-candidate=\"D-DQ\""));
        assertThat(first).contains("10/10");
        assertThat(count(first, "class=\"cell ")).isEqualTo(10);
        assertThat(first).doesNotContain("grade-mismatch");
        String second = html.substring(html.indexOf("data-candidate=\"D-DQ\""));
        assertThat(second).contains("9/10").contains("DQB1");
        assertThat(count(second, "data-locus=\"DQB1\" data-grade=\"MISMATCH\"")).isEqualTo(1);
    }

    @Test
    void aSearchFormWithAPositionMissingComesBackFilledInWithTheProblem() throws Exception {
        mvc.perform(form(post("/donor-searches"))
                        .param("patient", "P-18")
                        .param("A_1", "01:01")
                        .param("B_1", "07:02")
                        .param("B_2", "08:01")
                        .param("loci", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HLA-A: type both positions")))
                .andExpect(content().string(containsString("value=\"P-18\"")))
                .andExpect(content().string(containsString("value=\"07:02\"")));
        mvc.perform(form(post("/donor-searches"))
                        .param("patient", "P-18")
                        .param("A_1", "A*01:01")
                        .param("A_2", "A*99:99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A*99:99")))
                .andExpect(content().string(containsString("role=\"alert\"")));
        mvc.perform(get("/donor-searches").session(session))
                .andExpect(content().string(containsString("No search yet.")));
    }

    @Test
    void theDonorListFiltersByIdAndStatusAndPages() throws Exception {
        for (int i = 0; i < DonorPages.PAGE_SIZE + 2; i++) {
            registerDonor("L-%03d".formatted(i), PATIENT);
        }
        registerDonor("OTHER-1", PATIENT);

        mvc.perform(get("/donors").session(session))
                .andExpect(content().string(containsString("page 1 of 2")))
                .andExpect(content().string(containsString("L-000")))
                .andExpect(content().string(not(containsString("L-051"))));
        mvc.perform(get("/donors").param("page", "1").session(session))
                .andExpect(content().string(containsString("L-051")))
                .andExpect(content().string(not(containsString(">L-000<"))));
        mvc.perform(get("/donors").param("q", "other").session(session))
                .andExpect(content().string(containsString("OTHER-1")))
                .andExpect(content().string(not(containsString("L-000"))));
        mvc.perform(get("/donors").param("status", "RETIRED").session(session))
                .andExpect(content().string(containsString("No donor matches.")));
    }

    @Test
    void theDonorPageChangesStatusOnlyFromTheVersionItShowed() throws Exception {
        registerDonor("D-S", PATIENT);
        mvc.perform(get("/donors/D-S").session(session))
                .andExpect(content().string(containsString("Northfield HLA lab")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(form(post("/donors/D-S/status")).param("version", "0").param("status", "RETIRED"))
                .andExpect(redirectedUrl("/donors/D-S"))
                .andExpect(flash().attribute("message", "Status changed."));
        mvc.perform(form(post("/donors/D-S/status")).param("version", "0").param("status", "AVAILABLE"))
                .andExpect(redirectedUrl("/donors/D-S"))
                .andExpect(flash().attribute("error", containsString("was changed by " + staff.username())));
        mvc.perform(form(post("/donors/D-S/typings")).param("version", "1").param("gl", "A*01:01+A*99:99"))
                .andExpect(flash().attribute("error", containsString("A*99:99")));
        mvc.perform(form(post("/donors/D-S/typings"))
                        .param("version", "1")
                        .param("gl", PATIENT.replace("A*02:01", "A*02:01:01:01")))
                .andExpect(flash().attribute("message", containsString("New typing recorded")));
        assertThat(donors.get("D-S", staff).status()).isEqualTo(DonorStatus.RETIRED);
        assertThat(donors.get("D-S", staff).history()).hasSize(2);
    }

    @Test
    void theImportPageTakesAGzippedGlStringFile() throws Exception {
        String gl = "P-GL-1%" + PATIENT + "\nP-GL-2%A*01:01+A*99:99\n";
        mvc.perform(multipartForm().file(gz(gl)).param("format", "gl"))
                .andExpect(content().string(containsString("1 problem in 2 rows; nothing was imported")))
                .andExpect(content().string(containsString("Rows are line numbers.")))
                .andExpect(content().string(containsString("<td>2</td><td>typing_gl</td>")));

        mvc.perform(multipartForm()
                        .file(gz(gl.replace("A*01:01+A*99:99", PATIENT)))
                        .param("format", "gl"))
                .andExpect(content().string(containsString("2 rows imported: 2 donors registered")));
        assertThat(donors.get("P-GL-2", staff).typing().orElseThrow().gl()).isEqualTo(PATIENT);
    }

    private static org.springframework.mock.web.MockMultipartFile gz(String text) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return new org.springframework.mock.web.MockMultipartFile(
                "file", "donors.gl.txt.gz", "application/gzip", bytes.toByteArray());
    }

    @Test
    void theImportPageReportsEveryProblemByRowAndColumnAndImportsNothing() throws Exception {
        String bad = "registry_id,sex,typing_gl\nI-1,FEMALE," + PATIENT + "\nI-2,FEMALE,A*01:01+A*99:99\n";
        mvc.perform(multipartForm().param("text", bad))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 problem in 2 rows; nothing was imported")))
                .andExpect(content().string(containsString("<td>2</td><td>typing_gl</td>")));
        mvc.perform(get("/donors").param("q", "I-").session(session))
                .andExpect(content().string(containsString("No donor matches.")));

        mvc.perform(multipartForm().param("text", bad.replace("A*01:01+A*99:99", PATIENT)))
                .andExpect(content().string(containsString("2 rows imported: 2 donors registered")));
        assertThat(donors.get("I-2", staff).typing().orElseThrow().gl()).isEqualTo(PATIENT);
    }

    @Test
    void theUnitPageShowsCountsTestsAndChangesTheReleaseStatus() throws Exception {
        mvc.perform(post("/api/cord-blood-units")
                        .with(as(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"unitId": "CB-P", "volumeMl": 25, "tnc": 150, "cd34": 5, "viability": 92.5,
                                 "status": "QUARANTINE", "tests": {"HIV-1/2": "NEGATIVE"}, "typing": {"gl": "%s"}}"""
                                        .formatted(PATIENT)))
                .andExpect(status().isCreated());
        mvc.perform(get("/cord-blood-units").param("status", "QUARANTINE").session(session))
                .andExpect(content().string(containsString("CB-P")));
        mvc.perform(get("/cord-blood-units/CB-P").session(session))
                .andExpect(content().string(containsString("150 ×10⁷ cells")))
                .andExpect(content().string(containsString("HIV-1/2")));
        mvc.perform(form(post("/cord-blood-units/CB-P/status"))
                        .param("version", "0")
                        .param("status", "RELEASED"))
                .andExpect(flash().attribute("message", "Release status changed."));
        mvc.perform(get("/cord-blood-units").param("status", "RELEASED").session(session))
                .andExpect(content().string(containsString("CB-P")));
    }

    @Test
    void aSavedSearchSaysWhenTypingsChangedAndRunsAgain() throws Exception {
        registerDonor("D-R", PATIENT);
        String page = mvc.perform(
                        form(post("/donor-searches")).param("patient", "P-19").param("gl", PATIENT))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(page).session(session))
                .andExpect(content().string(not(containsString("Typings changed since"))));

        registerDonor("D-R2", PATIENT);
        mvc.perform(get("/donor-searches").session(session))
                .andExpect(content().string(containsString("typings changed since")));
        mvc.perform(get(page).session(session))
                .andExpect(content().string(containsString("Typings changed since this search ran")))
                .andExpect(content().string(containsString("1 candidate<")));
        mvc.perform(form(post(page + "/rerun"))).andExpect(redirectedUrl(page));
        mvc.perform(get(page).session(session))
                .andExpect(content().string(containsString("2 candidates")))
                .andExpect(content().string(not(containsString("Typings changed since"))));
    }

    private void registerDonor(String id, String gl) throws Exception {
        mvc.perform(post("/api/donors")
                        .with(as(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"registryId": "%s", "sex": "MALE", "birthYear": 1990,
                                 "typing": {"gl": "%s", "lab": "Northfield HLA lab", "method": "NGS"}}"""
                                        .formatted(id, gl)))
                .andExpect(status().isCreated());
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.session(session).with(csrf());
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder multipartForm() {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/donors/import");
        request.session(session).with(csrf());
        return request;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
