package org.genobay.beacon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.biobank.ConsentScope;
import org.genobay.biobank.NewParticipant;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Sex;
import org.genobay.clinical.ClinicalRecords;
import org.genobay.clinical.NewPhenotype;
import org.genobay.omics.DatasetStatus;
import org.genobay.omics.VariantDatasets;
import org.genobay.testing.DatabaseIT;
import org.genobay.variants.BundledSample;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One owning institution with twelve participants who are the first twelve real 1000 Genomes samples of the bundled
 * chr22 VCF, their genotypes ingested once, shared as a PUBLIC and a CONTROLLED variant dataset and a REGISTERED
 * clinical dataset; a researcher of another institution without a grant (the stranger) and one with a grant on the
 * controlled dataset (the grantee). Participant 11 consented to research use only, so a grant that needs genetic
 * analysis and data sharing never reaches them. Participants 0–4 have the HPO term Seizure (HP:0001250), participant 5
 * its descendant Bilateral tonic-clonic seizure (HP:0002069).
 */
abstract class BeaconFixture extends DatabaseIT {

    static final String SEIZURE = "HP:0001250";
    static final String TONIC_CLONIC = "HP:0002069";
    static final int PARTICIPANTS = 12;

    /** Made once per JVM: the ingest is the slow part. */
    record World(
            Accounts.InstitutionView owner,
            CurrentUser staff,
            CurrentUser admin,
            List<String> studyIds,
            List<String> samples,
            long publicVariants,
            long controlledVariants,
            long registeredClinical,
            CurrentUser stranger,
            CurrentUser grantee) {}

    static World world;
    static final Set<String> withdrawn = new HashSet<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    Participants participants;

    @Autowired
    ClinicalRecords clinical;

    @Autowired
    VariantDatasets variantDatasets;

    @BeforeEach
    void theWorld() throws Exception {
        synchronized (BeaconFixture.class) {
            if (world == null) {
                world = build();
            }
        }
    }

    private World build() throws Exception {
        Accounts.InstitutionView owner = institution();
        CurrentUser admin = user(owner, Role.ADMINISTRATOR);
        CurrentUser staff = user(owner, Role.BIOBANK_STAFF, Role.RESEARCHER);
        CurrentUser clinician = user(owner, Role.CLINICIAN);
        CurrentUser dac = user(owner, Role.DAC_MEMBER);
        List<String> samples = vcfSamples().subList(0, PARTICIPANTS);
        List<String> studyIds = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            Set<ConsentScope> consents = i == 11
                    ? Set.of(ConsentScope.RESEARCH_USE)
                    : Set.of(ConsentScope.RESEARCH_USE, ConsentScope.GENETIC_ANALYSIS, ConsentScope.DATA_SHARING);
            studyIds.add(participants
                    .enrol(
                            new NewParticipant(
                                    unique("MRN"),
                                    i % 2 == 0 ? Sex.FEMALE : Sex.MALE,
                                    Optional.of(1960 + i),
                                    Optional.of("GBR"),
                                    Optional.of(samples.get(i)),
                                    consents),
                            staff)
                    .studyId());
        }
        for (int i = 0; i < 5; i++) {
            clinical.addPhenotype(studyIds.get(i), new NewPhenotype(SEIZURE, false, Optional.empty()), clinician);
        }
        clinical.addPhenotype(studyIds.get(5), new NewPhenotype(TONIC_CLONIC, false, Optional.empty()), clinician);
        long omics = variantDatasets
                .upload(
                        unique("kg"),
                        List.of(new ClassPathResource("org/genobay/variants/sample/" + BundledSample.VCF)),
                        staff)
                .id();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (variantDatasets.get(omics, staff).status() != DatasetStatus.READY) {
            assertThat(variantDatasets.get(omics, staff).status()).isNotEqualTo(DatasetStatus.FAILED);
            assertThat(System.nanoTime()).as("ingest still running").isLessThan(deadline);
            Thread.sleep(100);
        }
        long publicVariants = share(admin, "VARIANT", omics, "PUBLIC");
        long controlledVariants = share(admin, "VARIANT", omics, "CONTROLLED");
        long registeredClinical = share(admin, "CLINICAL", null, "REGISTERED");
        Accounts.InstitutionView elsewhere = institution();
        CurrentUser stranger = user(elsewhere, Role.RESEARCHER);
        CurrentUser grantee = user(elsewhere, Role.RESEARCHER);
        long request = Long.parseLong(read(
                call(
                                grantee,
                                post("/api/sharing/datasets/" + controlledVariants + "/requests"),
                                """
                                {"purpose": "Beacon tests: variant carriers among participants with seizures",
                                 "scopes": ["GENETIC_ANALYSIS", "DATA_SHARING"], "durationDays": 30}""")
                        .andExpect(status().isCreated()),
                "$.id"));
        call(dac, post("/api/sharing/requests/" + request + "/approval"), "{\"reason\": \"sound protocol\"}")
                .andExpect(status().isOk());
        return new World(
                owner,
                staff,
                admin,
                List.copyOf(studyIds),
                List.copyOf(samples),
                publicVariants,
                controlledVariants,
                registeredClinical,
                stranger,
                grantee);
    }

    private long share(CurrentUser admin, String kind, Long omics, String level) throws Exception {
        String body =
                """
                {"name": "%s", "description": "Beacon test data", "kind": "%s", "omicsDatasetId": %s,
                 "securityLevel": "%s", "hgr": false}"""
                        .formatted(unique(kind.toLowerCase()), kind, omics, level);
        return Long.parseLong(
                read(call(admin, post("/api/sharing/datasets"), body).andExpect(status().isCreated()), "$.id"));
    }

    ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(user == null ? request : request.with(as(user)));
    }

    /** A GET of the Beacon, as the user (null: anonymous), with query parameters "name=value&…". */
    String beacon(CurrentUser user, String path, int expectedStatus) throws Exception {
        return call(user, get("/api/beacon" + path), null)
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String beaconPost(CurrentUser user, String path, String body, int expectedStatus) throws Exception {
        return call(user, post("/api/beacon" + path), body)
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static String read(ResultActions result, String path) throws Exception {
        return String.valueOf(
                (Object) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path));
    }

    static <T> T json(String document, String path) {
        return JsonPath.read(document, path);
    }

    /** The samples of the fixture's participants who have not withdrawn. */
    static Set<String> activeSamples() {
        Set<String> active = new HashSet<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            if (!withdrawn.contains(world.studyIds().get(i))) {
                active.add(world.samples().get(i));
            }
        }
        return active;
    }

    static List<String> vcfSamples() throws IOException {
        try (VCFFileReader reader = new VCFFileReader(bundledVcf(), false)) {
            return reader.getFileHeader().getGenotypeSamples();
        }
    }

    /**
     * The reference answer, read straight from the VCF with htsjdk and not through the store: every alternate allele
     * (multi-allelic records split) at a 1-based position in [from, to] that one of the samples carries, keyed
     * CHROM-POS-REF-ALT, with its carriers.
     */
    static Map<String, Set<String>> carriedInVcf(int from, int to, Set<String> samples) throws IOException {
        Map<String, Set<String>> carried = new LinkedHashMap<>();
        try (VCFFileReader reader = new VCFFileReader(bundledVcf(), false)) {
            for (VariantContext vc : reader) {
                if (vc.getStart() < from || vc.getStart() > to) {
                    continue;
                }
                for (Allele alt : vc.getAlternateAlleles()) {
                    Set<String> carriers = new HashSet<>();
                    for (String sample : samples) {
                        Genotype gt = vc.getGenotype(sample);
                        if (gt.getAlleles().contains(alt)) {
                            carriers.add(sample);
                        }
                    }
                    if (!carriers.isEmpty()) {
                        carried.put(
                                vc.getContig() + "-" + vc.getStart() + "-"
                                        + vc.getReference().getDisplayString() + "-" + alt.getDisplayString(),
                                carriers);
                    }
                }
            }
        }
        return carried;
    }

    private static Path vcf;

    private static synchronized Path bundledVcf() throws IOException {
        if (vcf == null) {
            vcf = Files.createTempFile("beacon-1kg", ".vcf.gz");
            try (InputStream in =
                    new ClassPathResource("org/genobay/variants/sample/" + BundledSample.VCF).getInputStream()) {
                Files.copy(in, vcf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            vcf.toFile().deleteOnExit();
        }
        return vcf;
    }
}
