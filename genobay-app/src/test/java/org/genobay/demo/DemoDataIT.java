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
    void the_demo_seeds_once_participants_of_1000_genomes_with_specimens_in_boxes_and_their_variant_dataset()
            throws Exception {
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

        // The bundled 1000 Genomes sample is ingested in the background; its variant page has the participants'
        // populations. Expected counts from bcftools 1.16 on the bundled VCF:
        //   bcftools view [-S gbr.txt] -i 'ID=="rs148779243"' 1kg.chr22.sample.vcf.gz | bcftools +fill-tags -- -t AC,AN
        // where gbr.txt holds the 4 GBR samples of demo/1000genomes-participants.ped, and "all" leaves out the samples
        // of
        // the two participants the demo withdraws (-s ^NA06989,NA18941: NA06989 is 1|1, NA18941 0|0; 2133/5008 with
        // them).
        long dataset = awaitReady(tech);
        mvc.perform(get("/api/omics/datasets/" + dataset).with(tech))
                .andExpect(jsonPath("$.name").value("1kg-chr22"))
                .andExpect(jsonPath("$.variants").value(2014))
                .andExpect(jsonPath("$.samples").value(2504));
        mvc.perform(get("/api/omics/datasets/" + dataset + "/variants/rs148779243")
                        .with(tech))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].variant.all.ac").value(2131))
                .andExpect(jsonPath("$[0].variant.all.an").value(5004))
                .andExpect(jsonPath("$[0].linkedSamples").value(98))
                .andExpect(jsonPath("$[0].excludedSamples").value(2))
                .andExpect(jsonPath("$[0].populations.length()").value(27))
                .andExpect(jsonPath("$[0].populations[?(@.group == 'GBR')].ac").value(5))
                .andExpect(jsonPath("$[0].populations[?(@.group == 'GBR')].an").value(8))
                .andExpect(jsonPath("$[0].populations[26].group").value("unlinked"))
                .andExpect(jsonPath("$[0].populations[26].samples").value(2404));
    }

    private long awaitReady(org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            String json = mvc.perform(get("/api/omics/datasets").with(user))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String status = com.jayway.jsonpath.JsonPath.read(json, "$[0].status");
            assertThat(status).isNotEqualTo("FAILED");
            if (status.equals("READY")) {
                return com.jayway.jsonpath.JsonPath.<Number>read(json, "$[0].id")
                        .longValue();
            }
            assertThat(System.nanoTime()).as("demo dataset still " + status).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void the_bundled_pedigree_has_100_samples_of_26_populations() {
        assertThat(DemoData.samples()).hasSize(100);
        assertThat(DemoData.samples().stream().map(DemoSample::population).distinct())
                .hasSize(26);
    }
}
