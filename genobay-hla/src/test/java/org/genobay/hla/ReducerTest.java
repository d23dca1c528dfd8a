package org.genobay.hla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReducerTest {
    private static String reduce(String version, String typing, Reduction level) {
        HlaRelease release = SharedData.release(version);
        return new Reducer(release).reduce(new TypingParser(release).parse(typing), level);
    }

    @Test
    void theIssueExamplesOn3440() {
        assertThat(reduce("3.44.0", "A*01:01:01", Reduction.G)).isEqualTo("A*01:01:01G");
        assertThat(reduce("3.44.0", "C*02:10", Reduction.LGX)).isEqualTo("C*02:02");
        assertThat(reduce("3.44.0", "B*15:10", Reduction.S)).isEqualTo("B15/B70/B71");
    }

    @Test
    void gKeepsTheOfficialGroupNameWhileLgxNamesTheGroupByItsFirstAllele() {
        // C*02:10:01G begins with C*02:02:37: IMGT kept the name when that allele joined the group
        assertThat(reduce("3.44.0", "C*02:10:01:01", Reduction.G)).isEqualTo("C*02:10:01G");
        assertThat(reduce("3.44.0", "C*02:10:01:01", Reduction.LGX)).isEqualTo("C*02:02");
    }

    @Test
    void serologyExpandsBroadsToTheirSplitsAlleles() {
        // antigens sort as text, as py-ard's do; A3 comes from an A*24 allele whose possible serology includes A3
        assertThat(reduce("3.58.0", "A9", Reduction.S)).isEqualTo("A23/A24/A3/A9");
        assertThat(reduce("3.58.0", "A*23:01:01:01", Reduction.S)).isEqualTo("A23/A9");
    }

    @Test
    void eachPartOfAGlStringIsReducedAndListsStaySortedAndUnique() {
        assertThat(reduce("3.58.0", "A*01:01:01:01/A*01:01:01:02N/A*02:01+A*24:02^B*08:01", Reduction.LGX))
                .isEqualTo("A*01:01/A*02:01+A*24:02^B*08:01");
        assertThat(reduce("3.58.0", "HLA-A*02:01:01~HLA-B*07:02:01", Reduction.G))
                .isEqualTo("HLA-A*02:01:01G~HLA-B*07:02:01G");
        // a two-field name whose alleles are in two G groups reduces to both
        assertThat(reduce("3.58.0", "A*02:01", Reduction.G)).isEqualTo("A*02:01:01G/A*02:01:02G");
    }

    @Test
    void aGroupAsInputReducesAsItsAlleles() {
        assertThat(reduce("3.58.0", "A*01:01P", Reduction.P)).isEqualTo("A*01:01P");
        // null alleles are in no P group, so they stay themselves
        assertThat(reduce("3.58.0", "A*01:01:01G", Reduction.P))
                .startsWith("A*01:01P/A*01:01:01:02N/")
                .doesNotContain("A*01:01:01:01/");
        assertThat(reduce("3.58.0", "A*01:01:01G", Reduction.EXON)).startsWith("A*01:01:01/");
    }

    @Test
    void reducesTheSameFromManyThreads() {
        HlaRelease release = SharedData.release("3.58.0");
        Reducer reducer = new Reducer(release);
        TypingParser parser = new TypingParser(release, Optional.empty());
        List<String> typings = release.alleles().stream().limit(5_000).toList();
        List<String> sequential = typings.stream()
                .map(t -> reducer.reduce(parser.parse(t), Reduction.LGX))
                .toList();

        List<String> parallel = IntStream.range(0, typings.size())
                .parallel()
                .mapToObj(i -> reducer.reduce(parser.parse(typings.get(i)), Reduction.LGX))
                .toList();

        assertThat(parallel).isEqualTo(sequential);
    }
}
