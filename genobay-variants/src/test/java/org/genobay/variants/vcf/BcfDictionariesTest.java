package org.genobay.variants.vcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.OptionalInt;
import org.genobay.variants.VcfFormatException;
import org.junit.jupiter.api.Test;

class BcfDictionariesTest {
    @Test
    void numbersIdsInHeaderOrderWithPassFirstAndOneNumberPerId() {
        BcfDictionaries d = dictionaries(
                "##fileformat=VCFv4.2",
                "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth, total\">",
                "##FILTER=<ID=q10,Description=\"Low\">",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
                "##contig=<ID=1>",
                "##contig=<ID=2>");
        assertThat(d.string("PASS")).isEqualTo(OptionalInt.of(0));
        assertThat(d.string("DP")).isEqualTo(OptionalInt.of(1));
        assertThat(d.string("q10")).isEqualTo(OptionalInt.of(2));
        assertThat(d.string("GT")).isEqualTo(OptionalInt.of(3));
        assertThat(d.string("END")).isEmpty();
        assertThat(d.contigsByIndex()).containsExactly("1", "2");
    }

    @Test
    void idxFieldsOfBcf22OverrideHeaderOrder() {
        BcfDictionaries d = dictionaries(
                "##FILTER=<ID=PASS,Description=\"All filters passed\",IDX=0>",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\",IDX=7>",
                "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\",IDX=2>",
                "##contig=<ID=chrB,IDX=1>",
                "##contig=<ID=chrA,IDX=0>",
                "##contig=<ID=chrD,IDX=3>");
        assertThat(d.string("GT")).isEqualTo(OptionalInt.of(7));
        assertThat(d.string("END")).isEqualTo(OptionalInt.of(2));
        assertThat(d.contigsByIndex()).containsExactly("chrA", "chrB", null, "chrD");
    }

    @Test
    void refusesTwoContigsWithOneIdx() {
        assertThatThrownBy(() -> dictionaries("##contig=<ID=a,IDX=0>", "##contig=<ID=b,IDX=0>"))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining("test.bcf, line 2")
                .hasMessageContaining("IDX=0 is given to contigs a and b");
    }

    private static BcfDictionaries dictionaries(String... lines) {
        BcfDictionaries d = new BcfDictionaries("test.bcf");
        Arrays.stream(lines).forEach(d::accept);
        return d;
    }
}
