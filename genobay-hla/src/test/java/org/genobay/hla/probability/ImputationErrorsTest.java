package org.genobay.hla.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.genobay.hla.TypingParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImputationErrorsTest {
    private static final String TABLE = "A*01:01~B*08:01,1,0.4\nA*02:01~B*07:02,1,0.3\n";

    private static HaplotypeFrequencies parse(String text) throws IOException {
        return HaplotypeFrequencies.parse(new StringReader(text), "freqs.csv");
    }

    @Test
    void anUnknownLocusIsReportedWithItsLine() {
        assertThatThrownBy(() -> parse(TABLE + "A*03:01~XYZ*01:01,1,0.1\n"))
                .isInstanceOf(FrequencyFormatException.class)
                .hasMessageContaining("freqs.csv, line 3, field hap")
                .hasMessageContaining("unknown locus 'XYZ'");
    }

    @Test
    void lociThatChangeFromLineToLineAreReported() {
        assertThatThrownBy(() -> parse(TABLE + "A*03:01~C*07:02,1,0.1\n"))
                .isInstanceOf(FrequencyFormatException.class)
                .hasMessageContaining("line 3, field hap")
                .hasMessageContaining("differ from the first haplotype's A~B");
    }

    @Test
    void aBadFrequencyIsReportedWithItsLineAndField() {
        for (String bad : new String[] {"abc", "0", "1.5", "-0.1", "NaN"}) {
            assertThatThrownBy(() -> parse(TABLE + "A*03:01~B*07:02,1," + bad + "\n"))
                    .isInstanceOf(FrequencyFormatException.class)
                    .hasMessageContaining("line 3, field freq")
                    .hasMessageContaining("'" + bad + "' is not a frequency");
        }
    }

    @Test
    void aLineWithoutThreeFieldsOrARepeatedHaplotypeIsReported() {
        assertThatThrownBy(() -> parse(TABLE + "A*03:01~B*07:02,0.1\n"))
                .hasMessageContaining("line 3")
                .hasMessageContaining("expected 3 fields");
        assertThatThrownBy(() -> parse(TABLE + "A*01:01~B*08:01,1,0.1\n"))
                .hasMessageContaining("line 3")
                .hasMessageContaining("listed twice (first on line 1)");
        assertThatThrownBy(() -> parse("\n")).hasMessageContaining("no haplotypes");
    }

    @Test
    void plainAndGzipFilesReadTheSame(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("freqs.csv"), TABLE);
        Path gz = dir.resolve("freqs.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(TABLE.getBytes(StandardCharsets.UTF_8));
        }

        HaplotypeFrequencies a = HaplotypeFrequencies.read(plain);
        HaplotypeFrequencies b = HaplotypeFrequencies.read(gz);

        assertThat(a.loci()).containsExactly("A", "B");
        assertThat(b.size()).isEqualTo(2);
        assertThat(b.frequency(Haplotype.parse("A*02:01~B*07:02"))).contains(0.3);
    }

    @Test
    void aTypingNoHaplotypeExplainsIsAnAnswerNotAnException() throws IOException {
        HaplotypeFrequencies table = parse(TABLE);
        TypingParser parser = new TypingParser(WmdaData.release("3.58.0"));
        GenotypeImputation imputation = new GenotypeImputation(table, parser.release());

        Imputation absentAllele = imputation.impute(parser.parse("A*01:01+A*11:01^B*08:01+B*07:02"));
        Imputation neverTogether = imputation.impute(parser.parse("A*01:01+A*02:01^B*08:01+B*08:01"));

        assertThat(absentAllele).isInstanceOf(Imputation.NoConsistentGenotype.class);
        assertThat(((Imputation.NoConsistentGenotype) absentAllele).reason())
                .contains("at A, no haplotype of the frequency table carries")
                .contains("A*01:01+A*11:01");
        assertThat(neverTogether).isInstanceOf(Imputation.NoConsistentGenotype.class);
        assertThat(((Imputation.NoConsistentGenotype) neverTogether).reason()).contains("no pair of haplotypes");
    }

    @Test
    void lociTheTableLacksAreLeftOutAndNamed() throws IOException {
        HaplotypeFrequencies table = parse(TABLE);
        TypingParser parser = new TypingParser(WmdaData.release("3.58.0"));
        GenotypeImputation imputation = new GenotypeImputation(table, parser.release());

        Imputation result = imputation.impute(parser.parse("A*01:01+A*02:01^DPB1*04:01+DPB1*02:01"));

        assertThat(result).isInstanceOf(Imputation.Imputed.class);
        assertThat(((Imputation.Imputed) result).lociNotInTable()).containsExactly("DPB1");
    }
}
