package org.genobay.cli.variants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest then query through the real command line, on a VCF small enough to count by hand. */
class VariantsCliTest {
    private static final String VCF = String.join(
            "\n",
            "##fileformat=VCFv4.2",
            "##contig=<ID=22,length=51304566>",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\tS3\tS4",
            "22\t100\trs1\tA\tG\t.\tPASS\t.\tGT\t0|1\t1|1\t0|0\t./.",
            "22\t200\t.\tC\tT,G\t.\tPASS\t.\tGT\t0/1\t0/2\t1/2\t0/0",
            "22\t300\t.\tG\tA\t.\tPASS\t.\tGT\t./.\t./.\t./.\t./.",
            "");

    @TempDir
    Path dir;

    private String store;

    @BeforeEach
    void ingestTinyDataset() throws IOException {
        store = dir.resolve("store").toString();
        Path vcf = Files.writeString(dir.resolve("tiny.vcf"), VCF);
        Cli.Result r = Cli.run("variants", "ingest", "--store", store, "--dataset", "tiny", vcf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("tiny: 4 variants, 4 samples, 12 genotypes from 1 file (3 records) in ");
    }

    @Test
    void queryPrintsTheHeaderThenOneRowPerAlternateAllele() {
        Cli.Result r = Cli.run("variants", "query", "--store", store, "--dataset", "tiny", "--region", "22:1-1000");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .isEqualTo(String.join(
                        "\n",
                        "chrom\tpos\tref\talt\tac\tan\taf\thet\thomalt",
                        "22\t100\tA\tG\t3\t6\t0.5\t1\t1",
                        "22\t200\tC\tT\t2\t8\t0.25\t2\t0",
                        "22\t200\tC\tG\t2\t8\t0.25\t2\t0",
                        "22\t300\tG\tA\t0\t0\t.\t0\t0",
                        ""));
    }

    @Test
    void queryCountsOnlyTheListedSamples() throws IOException {
        Path samples = Files.writeString(dir.resolve("samples.txt"), "# two of them\n\nS1\nS2\n");

        Cli.Result r = Cli.run(
                "variants",
                "query",
                "--store",
                store,
                "--dataset",
                "tiny",
                "--region",
                "22:100",
                "--samples",
                samples.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).endsWith("\n22\t100\tA\tG\t3\t4\t0.75\t1\t1\n");
    }

    @Test
    void jsonOutputParsesAndCarriesIdHemiAltAndMissing() throws IOException {
        Cli.Result r = Cli.run(
                "variants",
                "query",
                "--store",
                store,
                "--dataset",
                "tiny",
                "--region",
                "22:1-1000",
                "--format",
                "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(4);
        JsonNode first = rows.get(0);
        assertThat(first.get("id").asText()).isEqualTo("rs1");
        assertThat(first.get("ac").asInt()).isEqualTo(3);
        assertThat(first.get("an").asInt()).isEqualTo(6);
        assertThat(first.get("af").asDouble()).isEqualTo(0.5);
        assertThat(first.get("hemialt").asInt()).isZero();
        assertThat(first.get("missing").asInt()).isEqualTo(1);
        assertThat(rows.get(3).get("af").isNull()).isTrue();
    }

    @Test
    void anUnknownSampleInTheSampleFileIsAUsageErrorNamingFileAndLine() throws IOException {
        Path samples = Files.writeString(dir.resolve("samples.txt"), "# cohort\n\nS1\nNOPE\n");

        Cli.Result r = Cli.run(
                "variants",
                "query",
                "--store",
                store,
                "--dataset",
                "tiny",
                "--region",
                "22:1-1000",
                "--samples",
                samples.toString());

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).isEqualTo("genobay: " + samples + ", line 4: sample 'NOPE' is not in dataset 'tiny'\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aDuplicateSampleInTheSampleFileIsAUsageErrorNamingBothLines() throws IOException {
        Path samples = Files.writeString(dir.resolve("samples.txt"), "S1\nS2\nS1\n");

        Cli.Result r = Cli.run(
                "variants",
                "variant",
                "--store",
                store,
                "--dataset",
                "tiny",
                "--variant",
                "rs1",
                "--samples",
                samples.toString());

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains(samples + ", line 3: sample 'S1' is listed twice (first on line 1)");
    }

    @Test
    void aRecordThatCannotBeStoredIsSkippedWithAWarningNamingFileAndLine() throws IOException {
        // ALT '.' (no alternate allele) yet a call of allele 1: nothing to store, the rest of the file is kept
        Path odd = Files.writeString(
                dir.resolve("odd.vcf"),
                VCF.replace("22\t300\t.\tG\tA\t", "22\t300\t.\tG\t.\t")
                        .replace("GT\t./.\t./.\t./.\t./.", "GT\t0|1\t./.\t./.\t./."));

        Cli.Result r = Cli.run("variants", "ingest", "--store", store, "--dataset", "odd", odd.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("genobay: warning: " + odd)
                .contains("line 7")
                .contains("1 record(s) not stored");
        assertThat(r.out()).startsWith("odd: 3 variants");
    }

    @Test
    void aBadVcfExitsWith65NamingFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.vcf"), VCF.replace("22\t200\t", "22\tabc\t"));

        Cli.Result r = Cli.run("variants", "ingest", "--store", store, "--dataset", "broken", bad.toString());

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err())
                .startsWith("genobay: " + bad + ", line 6")
                .contains("POS")
                .doesNotContain("\tat ");
        assertThat(Cli.run("variants", "datasets", "--store", store).out()).doesNotContain("broken");
    }

    @Test
    void variantFindsByIdOrByAllelesInAnyContigSpelling() {
        Cli.Result byId = Cli.run("variants", "variant", "--store", store, "--dataset", "tiny", "--variant", "rs1");
        Cli.Result byAlleles =
                Cli.run("variants", "variant", "--store", store, "--dataset", "tiny", "--variant", "chr22:200:C:G");

        assertThat(byId.out()).endsWith("\n22\t100\tA\tG\t3\t6\t0.5\t1\t1\n");
        assertThat(byAlleles.out()).endsWith("\n22\t200\tC\tG\t2\t8\t0.25\t2\t0\n");
    }

    @Test
    void aVariantThatIsNotThereIsAUsageError() {
        Cli.Result r = Cli.run("variants", "variant", "--store", store, "--dataset", "tiny", "--variant", "22-1-A-T");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("dataset 'tiny' has no variant 22-1-A-T");
    }

    @Test
    void carriersListsSamplesWithZygosityInDatasetOrder() {
        Cli.Result r =
                Cli.run("variants", "carriers", "--store", store, "--dataset", "tiny", "--variant", "22-200-C-T");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .isEqualTo("chrom\tpos\tref\talt\tsample\tzygosity\n"
                        + "22\t200\tC\tT\tS1\thet\n"
                        + "22\t200\tC\tT\tS3\thet\n");
    }

    @Test
    void caseControlPrintsTheAllelicTableOddsRatioAndFisherP() throws IOException {
        Path cases = Files.writeString(dir.resolve("cases.txt"), "S1\nS2\n");
        Path controls = Files.writeString(dir.resolve("controls.txt"), "S3\nS4\n");

        Cli.Result r = Cli.run(
                "variants",
                "case-control",
                "--store",
                store,
                "--dataset",
                "tiny",
                "--cases",
                cases.toString(),
                "--controls",
                controls.toString(),
                "--variant",
                "rs1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .isEqualTo("chrom\tpos\tref\talt\tcase_alt\tcase_ref\tcontrol_alt\tcontrol_ref\todds_ratio\tfisher_p\n"
                        + "22\t100\tA\tG\t3\t1\t0\t2\tinf\t0.4\n");
    }

    @Test
    void caseControlRefusesASampleThatIsBothCaseAndControl() throws IOException {
        Path cases = Files.writeString(dir.resolve("cases.txt"), "S1\nS2\n");
        Path controls = Files.writeString(dir.resolve("controls.txt"), "S3\nS2\n");

        Cli.Result r = Cli.run(
                "variants",
                "case-control",
                "--store",
                store,
                "--dataset",
                "tiny",
                "--cases",
                cases.toString(),
                "--controls",
                controls.toString(),
                "--region",
                "22:1-1000");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains(controls + ", line 2: sample 'S2' is also a case in " + cases);
    }

    @Test
    void datasetsListsSampleAndVariantCounts() {
        Cli.Result r = Cli.run("variants", "datasets", "--store", store);

        assertThat(r.out()).isEqualTo("dataset\tsamples\tvariants\ntiny\t4\t4\n");
    }

    @Test
    void ingestingAnExistingDatasetNeedsReplace() {
        String vcf = dir.resolve("tiny.vcf").toString();

        Cli.Result again = Cli.run("variants", "ingest", "--store", store, "--dataset", "tiny", vcf);
        Cli.Result replaced = Cli.run("variants", "ingest", "--store", store, "--dataset", "tiny", "--replace", vcf);

        assertThat(again.exitCode()).isEqualTo(73);
        assertThat(again.err()).contains("already has a dataset 'tiny'");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
    }

    @Test
    void anUnknownDatasetExitsWith66() {
        Cli.Result r = Cli.run("variants", "query", "--store", store, "--dataset", "nope", "--region", "22");

        assertThat(r.exitCode()).isEqualTo(66);
        assertThat(r.err()).contains("has no dataset 'nope'");
    }
}
