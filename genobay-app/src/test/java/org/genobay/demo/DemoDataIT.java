package org.genobay.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class DemoDataIT extends DatabaseIT {

    @Autowired
    DemoData demo;

    @Autowired
    MockMvc mvc;

    @Test
    void the_demo_seeds_once_participants_of_1000_genomes_with_specimens_in_boxes() throws Exception {
        DemoData.Logins logins = demo.seed().orElseThrow();
        assertThat(demo.seed()).isEmpty();
        assertThat(logins.passwords()).containsOnlyKeys("tech", "manager", "clinician", "researcher");
        var tech = httpBasic("tech", logins.passwords().get("tech"));

        mvc.perform(get("/api/participants").with(tech))
                .andExpect(jsonPath("$.length()").value(100));
        mvc.perform(get("/api/participants").param("q", "HG01879").with(tech))
                .andExpect(jsonPath("$[0].genomeSampleId").value("HG01879"))
                .andExpect(jsonPath("$[0].population").value("ACB"))
                .andExpect(jsonPath("$[0].sex").value("MALE"));
        // 100 blood tubes, 100 plasma, 300 DNA (stock and two aliquots) in boxes of 81.
        mvc.perform(get("/api/storage").with(tech))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].children[0].children.length()").value(4))
                .andExpect(jsonPath("$[0].children[1].children.length()").value(4))
                .andExpect(jsonPath("$[0].children[1].children[0].used").value(81))
                .andExpect(jsonPath("$[0].children[1].children[3].used").value(300 - 3 * 81));
        mvc.perform(get("/api/participants").param("q", "FIN").with(tech))
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[*].population")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("FIN"))));
    }

    @Test
    void the_bundled_pedigree_has_100_samples_of_26_populations() {
        assertThat(DemoData.samples()).hasSize(100);
        assertThat(DemoData.samples().stream().map(DemoSample::population).distinct())
                .hasSize(26);
    }
}
