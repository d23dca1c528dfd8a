package org.genobay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class DonorImportIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void releaseStaged() {
        String dir = System.getProperty("genobay.hla.imgt-dir", "");
        assumeTrue(!dir.isEmpty() && Files.isDirectory(Path.of(dir)), "no IMGT/HLA release staged at '" + dir + "'");
    }

    private static final String HEADER = "registry_id,sex,birth_year,status,typing_gl,typing_source,typing_date\n";
    private static final String GOOD =
            "D-100,FEMALE,1985,AVAILABLE,A*01:01+A*02:01^B*07:02+B*08:01^DRB1*15:01+DRB1*03:01,"
                    + "Northfield HLA lab,2023-05-04\n";

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesEveryProblem() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);
        String csv = HEADER + GOOD
                + "D-101,MALE,1990,AVAILABLE,A*01:01+A*02:9999^B*07:02+B*08:01,lab,2023-05-04\n"
                + "D-102,ALIEN,1990,AVAILABLE,A*01:01+A*02:01,lab,2023-05-04\n";

        mvc.perform(post("/api/donors/import")
                        .contentType("text/csv")
                        .content(csv)
                        .with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("2 problems in 3 rows; nothing was imported"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("typing_gl"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("A*02:9999")))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].column").value("sex"));
        mvc.perform(get("/api/donors/D-100").with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void aGoodFileRegistersEveryDonor() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);
        String csv = HEADER + GOOD + GOOD.replace("D-100", "D-103");

        mvc.perform(post("/api/donors/import")
                        .contentType("text/csv")
                        .content(csv)
                        .with(as(staff)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.donorsRegistered").value(2));
        String body = mvc.perform(get("/api/donors/D-103").with(as(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("Northfield HLA lab", "2023-05-04");
    }

    @Test
    void aGlStringFileRegistersEveryDonorAvailableWithItsTyping() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);
        String file = resource("donors.gl.txt");

        mvc.perform(post("/api/donors/import")
                        .param("format", "gl")
                        .contentType("text/plain")
                        .content(file)
                        .with(as(staff)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.donorsRegistered").value(3));
        String line2 = file.lines().toList().get(1);
        mvc.perform(get("/api/donors/GL-002").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.typing.gl").value(line2.substring(line2.indexOf('%') + 1)));
    }

    @Test
    void aGlStringFileWithAnUnknownAlleleOnLine3ImportsNothingAndNamesTheLine() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);

        mvc.perform(post("/api/donors/import")
                        .param("format", "gl")
                        .contentType("text/plain")
                        .content(resource("donors-unknown-allele.gl.txt"))
                        .with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("1 problem in 3 rows; nothing was imported"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("typing_gl"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("A*24:9999")));
        mvc.perform(get("/api/donors/GX-001").with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/api/donors/GX-004").with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void aGlLineWithoutPercentAndAnUnknownFormatAreNamed() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);

        mvc.perform(post("/api/donors/import")
                        .param("format", "gl")
                        .contentType("text/plain")
                        .content("GL-9%A*01:01+A*02:01\nGL-10 A*01:01+A*02:01\n")
                        .with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("line 2 is not REGISTRY_ID%GLSTRING: it has no '%'"));
        mvc.perform(post("/api/donors/import")
                        .param("format", "vcf")
                        .contentType("text/plain")
                        .content("GL-9%A*01:01+A*02:01\n")
                        .with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("format 'vcf' is not csv or gl"));
        mvc.perform(get("/api/donors/GL-9").with(as(staff))).andExpect(status().isNotFound());
    }

    private static String resource(String name) throws Exception {
        try (var in = DonorImportIT.class.getResourceAsStream("/donors/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
