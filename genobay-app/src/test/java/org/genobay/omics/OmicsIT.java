package org.genobay.omics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.biobank.ConsentScope;
import org.genobay.biobank.NewParticipant;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Sex;
import org.genobay.testing.DatabaseIT;
import org.genobay.variants.VariantStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Variant datasets through the API and the pages, on real files, a real store and the real database. The expected
 * counts were computed by bcftools; the commands are in {@code src/test/resources/omics/make-expected.sh} and in the
 * header of each expected file.
 */
class OmicsIT extends DatabaseIT {

    static final String SLICE = "chr22-slice.bgzf.vcf.gz";

    @Autowired
    MockMvc mvc;

    @Autowired
    Participants participants;

    @Autowired
    OmicsProperties properties;

    @Autowired
    VariantStore store;

    @Autowired
    VariantDatasetRepository datasets;

    Accounts.InstitutionView institution;
    CurrentUser researcher;
    CurrentUser staff;

    @BeforeEach
    void peopleOfANewInstitution() {
        institution = institution();
        researcher = user(institution, Role.RESEARCHER);
        staff = user(institution, Role.BIOBANK_STAFF);
    }

    @Test
    void a_file_under_an_import_directory_is_registered_by_its_path_and_ingested_until_ready() throws Exception {
        String folder = unique("import");
        Path file = copyToImports(folder);

        // A relative path is read from the first import directory.
        ResultActions registered = register(researcher, "chr22", folder + "/" + SLICE)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.name").value("chr22"))
                .andExpect(jsonPath("$.source").value("PATH"))
                .andExpect(jsonPath("$.files[0]").value(file.toRealPath().toString()));
        long id = id(registered);

        awaitEnd(researcher, id)
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.variants").value(561))
                .andExpect(jsonPath("$.samples").value(2504))
                .andExpect(jsonPath("$.progress.records").value(550))
                .andExpect(jsonPath("$.progress.percent").value(100));
        mvc.perform(get("/api/omics/datasets").with(as(researcher)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void an_uploaded_file_is_ingested_until_ready_and_the_upload_is_not_kept() throws Exception {
        long id = upload(researcher, "uploaded", SLICE, resource(SLICE));

        awaitEnd(researcher, id)
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.source").value("UPLOAD"))
                .andExpect(jsonPath("$.files[0]").value(SLICE))
                .andExpect(jsonPath("$.variants").value(561));
        assertThat(leftUploads()).isEmpty();
    }

    @Test
    void a_broken_vcf_ends_failed_naming_file_line_and_field_and_the_store_holds_nothing_of_it() throws Exception {
        byte[] broken =
                """
                ##fileformat=VCFv4.2
                ##contig=<ID=22>
                #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2
                22\t100\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\t0/0
                22\t1x\t.\tC\tT\t.\tPASS\t.\tGT\t1/1\t0/1
                """
                        .getBytes(StandardCharsets.UTF_8);

        long id = upload(researcher, "broken", "broken.vcf", broken);

        awaitEnd(researcher, id)
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(
                        jsonPath("$.error").value("broken.vcf, line 5, field POS: '1x' is not a non-negative integer"));
        String storeName = datasets.findById(id).orElseThrow().storeName();
        assertThat(store.datasets()).doesNotContain(storeName);
        assertThat(leftUploads()).isEmpty();
        mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "22:1-1000")
                        .with(as(researcher)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:dataset-not-ready"));
    }

    @Test
    void a_path_outside_the_import_directories_is_refused_and_nothing_is_registered() throws Exception {
        Path outside = Files.createTempFile("outside", ".vcf");
        Files.write(outside, resource(SLICE));
        for (String path :
                List.of(outside.toString(), "../../pom.xml", "/etc/hostname", unique("missing") + "/none.vcf.gz")) {
            register(researcher, "outside", path)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("paths"))
                    .andExpect(jsonPath("$.detail").value(containsString(path)));
        }
        // A symbolic link inside an import directory that points outside is refused too.
        Path folder = Files.createDirectories(properties.importDirs().get(0).resolve(unique("links")));
        Path link = Files.createSymbolicLink(folder.resolve("escape.vcf"), outside);
        register(researcher, "outside", link.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("outside the import directories")));
        mvc.perform(get("/api/omics/datasets").with(as(researcher)))
                .andExpect(jsonPath("$.length()").value(0));
        Files.delete(outside);
    }

    @Test
    void names_are_checked_and_unique_within_an_institution_but_not_across() throws Exception {
        register(researcher, "bad name!", copyToImports(unique("import")).toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        long id = upload(researcher, "same", SLICE, resource(SLICE));
        awaitEnd(researcher, id);
        mvc.perform(multipart("/api/omics/datasets")
                        .file(new MockMultipartFile("files", SLICE, null, resource(SLICE)))
                        .param("name", "same")
                        .with(as(researcher)))
                .andExpect(status().isConflict());

        CurrentUser elsewhere = user(institution(), Role.RESEARCHER);
        long theirs = upload(elsewhere, "same", SLICE, resource(SLICE));
        awaitEnd(elsewhere, theirs).andExpect(jsonPath("$.status").value("READY"));
    }

    @Test
    void no_one_sees_the_datasets_of_another_institution() throws Exception {
        long id = readyDataset();
        CurrentUser other = user(institution(), Role.RESEARCHER, Role.ADMINISTRATOR);

        mvc.perform(get("/api/omics/datasets").with(as(other)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/omics/datasets/" + id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "22:16050075-16050700")
                        .with(as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/omics/datasets/" + id + "/variants/rs7288968").with(as(other)))
                .andExpect(status().isNotFound());
        MockHttpSession session = signIn(other);
        mvc.perform(get("/variants/datasets/" + id).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/variants").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No variant dataset yet")));
    }

    @Test
    void region_counts_equal_bcftools() throws Exception {
        long id = readyDataset();
        List<String> expected = expected("expected-region.tsv");

        String json = mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "22:16,050,075-16050700")
                        .with(as(researcher)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(expected.size()))
                .andExpect(jsonPath("$.truncated").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(json, "$.variants");
        List<String> actual = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> all = (Map<String, Object>) row.get("all");
            actual.add(String.join(
                    "\t",
                    row.get("key").toString(),
                    str(all.get("ac")),
                    str(all.get("an")),
                    str(all.get("het")),
                    str(all.get("homAlt"))));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void counts_by_population_of_the_linked_participants_equal_bcftools() throws Exception {
        enrolSamples();
        long id = readyDataset();
        Map<String, List<String>> byVariant = new LinkedHashMap<>();
        for (String line : expected("expected-populations.tsv")) {
            String[] f = line.split("\t", 3);
            byVariant.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0] + "\t" + f[2]);
        }

        for (var entry : byVariant.entrySet()) {
            String json = mvc.perform(get("/api/omics/datasets/{id}/variants/{key}", id, entry.getKey())
                            .with(as(researcher)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(JsonPath.<Integer>read(json, "$.length()")).isEqualTo(1);
            List<String> actual = new ArrayList<>();
            actual.add(counts("all", JsonPath.read(json, "$[0].variant.all")));
            List<Map<String, Object>> groups = JsonPath.read(json, "$[0].populations");
            groups.forEach(g -> actual.add(counts(g.get("group").toString(), g)));
            // The API lists populations alphabetically, then "unknown", then "unlinked"; bcftools' file by group.
            assertThat(actual).as(entry.getKey()).containsExactlyInAnyOrderElementsOf(entry.getValue());
            assertThat(groups.stream().map(g -> g.get("group")))
                    .containsExactly("CHB", "GBR", "YRI", VariantQueries.UNKNOWN, VariantQueries.UNLINKED);
            assertThat(JsonPath.<Integer>read(json, "$[0].linkedSamples")).isEqualTo(33);
        }
        // An rsID of a multi-allelic record names one variant per alternate allele.
        mvc.perform(get("/api/omics/datasets/{id}/variants/rs143503259", id).with(as(researcher)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].variant.key").value("22-16051453-A-C"))
                .andExpect(jsonPath("$[1].variant.key").value("22-16051453-A-G"));
    }

    @Test
    void a_region_may_be_given_as_a_gene_of_the_bundled_gene_table() throws Exception {
        long id = readyDataset();
        // ZNF72P is 22:16634898-16651926 in Ensembl 75 (GRCh37); bcftools finds 7 variants of the slice there:
        // bcftools norm -m- -t 22:16634898-16651926 chr22-slice.bgzf.vcf.gz | bcftools view -H | wc -l
        String byGene = mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "znf72p")
                        .with(as(researcher)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String byRegion = mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "22:16634898-16651926")
                        .with(as(researcher)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<Object>>read(byGene, "$.variants"))
                .isEqualTo(JsonPath.<List<Object>>read(byRegion, "$.variants"));
        mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "NOSUCHGENE")
                        .with(as(researcher)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.detail")
                        .value(containsString("'NOSUCHGENE' is neither CHROM:START-END nor a gene")));
    }

    @Test
    void a_bad_region_or_variant_key_is_a_problem_naming_the_field() throws Exception {
        long id = readyDataset();
        mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "22:200-100")
                        .with(as(researcher)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.detail").value("region: region 22:200-100 ends before it starts"));
        mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "22:x-1")
                        .with(as(researcher)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
        mvc.perform(get("/api/omics/datasets/" + id + "/variants/22-1x-A-G").with(as(researcher)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        mvc.perform(get("/api/omics/datasets/" + id + "/variants/22-16050075-A-T")
                        .with(as(researcher)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("22-16050075-A-T")));
        mvc.perform(get("/api/omics/datasets/999999999").with(as(researcher))).andExpect(status().isNotFound());
    }

    @Test
    void the_pages_register_search_a_region_and_draw_a_variant_by_population() throws Exception {
        enrolSamples();
        MockHttpSession session = signIn(researcher);
        mvc.perform(
                        multipart("/variants/datasets/upload")
                                .file(new MockMultipartFile("files", SLICE, null, resource(SLICE)))
                                .param("name", "paged")
                                .session(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        long id = JsonPath.<Integer>read(
                        mvc.perform(get("/api/omics/datasets").with(as(researcher)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$[0].id")
                .longValue();
        awaitEnd(researcher, id).andExpect(jsonPath("$.status").value("READY"));

        mvc.perform(get("/variants").session(session))
                .andExpect(content().string(containsString("paged")))
                .andExpect(header().doesNotExist("Refresh"));
        mvc.perform(get("/variants/datasets/" + id)
                        .param("region", "22:16050075-16050700")
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Refresh"))
                .andExpect(content().string(containsString("17 variants in 22:16050075-16050700")))
                .andExpect(content().string(containsString("0.000199681")));
        mvc.perform(get("/variants/datasets/" + id).param("region", "22:9-1").session(session))
                .andExpect(content().string(containsString("ends before it starts")));
        mvc.perform(get("/variants/datasets/" + id + "/variant")
                        .param("key", "rs7288968")
                        .session(session))
                .andExpect(redirectedUrl("/variants/datasets/" + id + "/variants/rs7288968"));
        mvc.perform(get("/variants/datasets/" + id + "/variants/22-16051249-T-C")
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString(">GBR</text>")))
                .andExpect(content().string(containsString(">unlinked</text>")))
                .andExpect(content().string(containsString("33 of them linked")));
    }

    @Test
    void the_participant_page_shows_the_datasets_holding_the_participants_sample() throws Exception {
        long id = readyDataset();
        String genotyped =
                participants.enrol(participant("HG00096", "GBR"), staff).studyId();
        String notGenotyped =
                participants.enrol(participant("NA99999", "GBR"), staff).studyId();
        MockHttpSession session = signIn(staff);

        mvc.perform(get("/participants/" + genotyped).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Genotyped samples")))
                .andExpect(content().string(containsString("href=\"/variants/datasets/" + id + "\"")));
        mvc.perform(get("/participants/" + notGenotyped).session(session))
                .andExpect(content().string(containsString("Sample NA99999 is in no variant dataset yet.")));
    }

    @Test
    void from_a_consent_withdrawal_on_the_participants_genotypes_are_left_out_of_every_count() throws Exception {
        Map<String, String> studyIds = enrolSamples();
        long id = readyDataset();
        Map<String, List<String>> before = expectedByVariant("expected-populations.tsv");
        Map<String, List<String>> after = expectedByVariant("expected-withdrawn-populations.tsv");
        Map<String, List<String>> counted = countsByVariant(id, before.keySet());
        for (var entry : before.entrySet()) {
            assertThat(counted.get(entry.getKey()))
                    .as("before the withdrawal: " + entry.getKey())
                    .containsExactlyInAnyOrderElementsOf(entry.getValue());
        }

        // withdrawn.txt: HG00097 (GBR, a carrier of 22-16051249-T-C and 22-16051453-A-C) withdraws everything;
        // NA18528 (CHB, 3|3 at 22-16050654) withdraws consent to genetic analysis only and stays enrolled.
        List<String> withdrawn = lines("omics/withdrawn.txt");
        participants.withdrawConsent(studyIds.get(withdrawn.get(0)), Set.of(), staff);
        participants.withdrawConsent(studyIds.get(withdrawn.get(1)), Set.of(ConsentScope.GENETIC_ANALYSIS), staff);

        Map<String, List<String>> actual = countsByVariant(id, after.keySet());
        for (var entry : after.entrySet()) {
            assertThat(actual.get(entry.getKey()))
                    .as(entry.getKey())
                    .containsExactlyInAnyOrderElementsOf(entry.getValue());
        }
        mvc.perform(get("/api/omics/datasets/{id}/variants/22-16051249-T-C", id).with(as(researcher)))
                .andExpect(jsonPath("$[0].linkedSamples").value(33 - 2))
                .andExpect(jsonPath("$[0].excludedSamples").value(2));
        assertThat(regionCounts(id, "22:16050075-16050700"))
                .containsExactlyElementsOf(expected("expected-withdrawn-region.tsv"));
        mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "22:16050075-16050700")
                        .with(as(researcher)))
                .andExpect(jsonPath("$.excludedSamples").value(2));

        // The pages say so.
        MockHttpSession session = signIn(researcher);
        mvc.perform(get("/variants/datasets/" + id)
                        .param("region", "22:16050075-16050700")
                        .session(session))
                .andExpect(content().string(containsString("2 samples are excluded from the counts")));
        mvc.perform(get("/variants/datasets/{id}/variants/{key}", id, "22-16050654-A-<CN3>")
                        .session(session))
                .andExpect(content().string(containsString("2 samples are excluded")))
                .andExpect(content().string(containsString("31 of them linked")));
    }

    @Test
    void every_region_and_variant_query_is_one_access_log_entry_saying_who_what_and_why() throws Exception {
        long id = readyDataset();
        CurrentUser administrator = user(institution, Role.ADMINISTRATOR);
        String subject = VariantQueries.auditSubject(id);

        mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "22:16050075-16050700")
                        .with(as(researcher)))
                .andExpect(jsonPath("$.total").value(17));
        mvc.perform(get("/api/omics/datasets/{id}/variants/rs143503259", id).with(as(researcher)))
                .andExpect(jsonPath("$.length()").value(2));
        // A refused query reads nothing and is not an entry.
        mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", "22:9-1")
                        .with(as(researcher)))
                .andExpect(status().isBadRequest());
        // The look-up form checks the key, then the variant page makes the one query.
        MockHttpSession session = signIn(researcher);
        mvc.perform(get("/variants/datasets/" + id + "/variant")
                        .param("key", "rs7288968")
                        .session(session))
                .andExpect(redirectedUrl("/variants/datasets/" + id + "/variants/rs7288968"));
        mvc.perform(get("/variants/datasets/" + id + "/variants/rs7288968").session(session))
                .andExpect(status().isOk());

        String log = mvc.perform(
                        get("/api/audit/access").param("subject", subject).with(as(administrator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> entries = JsonPath.read(log, "$");
        assertThat(entries).hasSize(3);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("who")).isEqualTo(researcher.username());
            assertThat(e.get("action")).isEqualTo(VariantQueries.AUDIT_ACTION);
            assertThat(e.get("subject")).isEqualTo(subject);
            assertThat(e.get("at")).isNotNull();
            assertThat(e.get("detail").toString()).endsWith("why: variant query");
        });
        // Newest first.
        assertThat(entries.get(2).get("detail").toString()).startsWith("region 22:16050075-16050700: 17 variants");
        assertThat(entries.get(1).get("detail").toString()).startsWith("variant rs143503259: 2 found");
        assertThat(entries.get(0).get("detail").toString()).startsWith("variant rs7288968: 1 found");
    }

    // --- helpers

    /**
     * Participants of the test's institution for the samples of GBR.txt, YRI.txt, CHB.txt and unknown.txt.
     *
     * @return their study IDs by genome sample ID
     */
    private Map<String, String> enrolSamples() throws IOException {
        Map<String, String> studyIds = new LinkedHashMap<>();
        for (String group : List.of("GBR", "YRI", "CHB", "unknown")) {
            for (String sample : lines("omics/" + group + ".txt")) {
                studyIds.put(
                        sample,
                        participants
                                .enrol(participant(sample, group.equals("unknown") ? null : group), staff)
                                .studyId());
            }
        }
        return studyIds;
    }

    /** Each variant's counts, all and by group, as in the expected files: "group\tAC\tAN\thet\thomalt". */
    private Map<String, List<String>> countsByVariant(long id, java.util.Collection<String> variants) throws Exception {
        Map<String, List<String>> byVariant = new LinkedHashMap<>();
        for (String variant : variants) {
            String json = mvc.perform(get("/api/omics/datasets/{id}/variants/{key}", id, variant)
                            .with(as(researcher)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<String> actual = new ArrayList<>();
            actual.add(counts("all", JsonPath.read(json, "$[0].variant.all")));
            List<Map<String, Object>> groups = JsonPath.read(json, "$[0].populations");
            groups.forEach(g -> actual.add(counts(g.get("group").toString(), g)));
            byVariant.put(variant, actual);
        }
        return byVariant;
    }

    private static Map<String, List<String>> expectedByVariant(String file) throws IOException {
        Map<String, List<String>> byVariant = new LinkedHashMap<>();
        for (String line : expected(file)) {
            String[] f = line.split("\t", 3);
            byVariant.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0] + "\t" + f[2]);
        }
        return byVariant;
    }

    private List<String> regionCounts(long id, String region) throws Exception {
        String json = mvc.perform(get("/api/omics/datasets/" + id + "/region")
                        .param("region", region)
                        .with(as(researcher)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(json, "$.variants");
        List<String> actual = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> all = (Map<String, Object>) row.get("all");
            actual.add(String.join(
                    "\t",
                    row.get("key").toString(),
                    str(all.get("ac")),
                    str(all.get("an")),
                    str(all.get("het")),
                    str(all.get("homAlt"))));
        }
        return actual;
    }

    private static NewParticipant participant(String sample, String population) {
        return new NewParticipant(
                unique("MRN"),
                Sex.UNKNOWN,
                Optional.empty(),
                Optional.ofNullable(population),
                Optional.of(sample),
                Set.of(ConsentScope.RESEARCH_USE, ConsentScope.GENETIC_ANALYSIS));
    }

    private long readyDataset() throws Exception {
        long id = upload(researcher, unique("slice"), SLICE, resource(SLICE));
        awaitEnd(researcher, id).andExpect(jsonPath("$.status").value("READY"));
        return id;
    }

    private ResultActions register(CurrentUser user, String name, String path) throws Exception {
        return mvc.perform(post("/api/omics/datasets")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"%s\", \"paths\": [\"%s\"]}".formatted(name, path))
                .with(as(user)));
    }

    private long upload(CurrentUser user, String name, String fileName, byte[] content) throws Exception {
        return id(mvc.perform(multipart("/api/omics/datasets")
                        .file(new MockMultipartFile("files", fileName, "application/octet-stream", content))
                        .param("name", name)
                        .with(as(user)))
                .andExpect(status().isAccepted()));
    }

    /** Polls the dataset until its ingest has ended (READY or FAILED). */
    private ResultActions awaitEnd(CurrentUser user, long id) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            ResultActions result =
                    mvc.perform(get("/api/omics/datasets/" + id).with(as(user))).andExpect(status().isOk());
            String status = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.status");
            if (status.equals("READY") || status.equals("FAILED")) {
                return result;
            }
            assertThat(System.nanoTime()).as("dataset %d still %s", id, status).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long id(ResultActions result) throws Exception {
        return JsonPath.<Number>read(result.andReturn().getResponse().getContentAsString(), "$.id")
                .longValue();
    }

    private Path copyToImports(String folder) throws IOException {
        Path dir = Files.createDirectories(properties.importDirs().get(0).resolve(folder));
        return Files.write(dir.resolve(SLICE), resource(SLICE));
    }

    private List<Path> leftUploads() throws IOException {
        Path uploads = properties.uploadDir();
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(uploads)) {
            return children.toList();
        }
    }

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user.username()).password(PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = new ClassPathResource("omics/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static List<String> lines(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    private static List<String> expected(String name) throws IOException {
        return lines("omics/" + name);
    }

    private static String counts(String group, Map<String, Object> f) {
        return String.join("\t", group, str(f.get("ac")), str(f.get("an")), str(f.get("het")), str(f.get("homAlt")));
    }

    private static String str(Object value) {
        return String.valueOf(value);
    }
}
