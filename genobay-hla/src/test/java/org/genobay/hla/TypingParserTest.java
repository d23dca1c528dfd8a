package org.genobay.hla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TypingParserTest {
    private static TypingParser parser;
    private static TypingParser withoutMacs;

    @BeforeAll
    static void load() {
        HlaRelease release = SharedData.release("3.44.0");
        parser = new TypingParser(release, Optional.of(MacDictionary.read(SharedData.atlasMacFile())));
        withoutMacs = new TypingParser(release);
    }

    @Test
    void readsAlleleNamesOfOneToFourFieldsWithOrWithoutPrefix() {
        assertThat(parser.parse("A*01:01:01:01")).isInstanceOf(Typing.Allele.class);
        assertThat(parser.parse("HLA-A*01:01"))
                .isEqualTo(new Typing.Allele("HLA-A*01:01", AlleleName.parse("A*01:01")));
        assertThat(parser.parse("A*01:01:38L")).isInstanceOf(Typing.Allele.class);
        assertThat(parser.parse("DRB4*01:03N")).isInstanceOf(Typing.Allele.class);
        assertThat(parser.parse("A*01")).isEqualTo(new Typing.Xx("A*01", "A*01"));
    }

    @Test
    void readsGroupsCodesAndAntigens() {
        assertThat(parser.parse("A*01:01:01G")).isEqualTo(new Typing.Group("A*01:01:01G", "A*01:01:01G", 'G'));
        assertThat(parser.parse("A*01:01P")).isEqualTo(new Typing.Group("A*01:01P", "A*01:01P", 'P'));
        assertThat(parser.parse("B*40:XX")).isEqualTo(new Typing.Xx("B*40:XX", "B*40"));
        assertThat(parser.parse("A*01:AB"))
                .isEqualTo(new Typing.Mac("A*01:AB", "A*01", "AB", List.of("A*01:01", "A*01:02")));
        assertThat(parser.parse("A9")).isEqualTo(new Typing.Serology("A9", "A9"));
        assertThat(parser.parse("B62")).isEqualTo(new Typing.Serology("B62", "B62"));
        assertThat(parser.parse("Cw10")).isEqualTo(new Typing.Serology("Cw10", "Cw10"));
        assertThat(parser.parse("A203")).isEqualTo(new Typing.Serology("A203", "A203"));
    }

    @Test
    void readsGlStringsWithTheOperatorsBindingFromCaretToSlash() {
        GlString gl = parser.parse("A*01:01/A*01:02+A*02:01^B*07:02~C*07:02|B*08:01~C*07:01");

        assertThat(gl).isInstanceOf(GlNode.class);
        GlNode loci = (GlNode) gl;
        assertThat(loci.operator()).isEqualTo(GlOperator.LOCI);
        GlNode genotype = (GlNode) loci.parts().get(0);
        assertThat(genotype.operator()).isEqualTo(GlOperator.GENOTYPE);
        assertThat(((GlNode) genotype.parts().get(0)).operator()).isEqualTo(GlOperator.ALLELES);
        assertThat(((GlNode) loci.parts().get(1)).operator()).isEqualTo(GlOperator.GENOTYPES);
        assertThat(gl.text()).isEqualTo("A*01:01/A*01:02+A*02:01^B*07:02~C*07:02|B*08:01~C*07:01");
    }

    @Test
    void aDeletedAlleleIsRefusedWithItsCurrentName() {
        assertThatThrownBy(() -> parser.parse("A*01:01+A*01:34N"))
                .isInstanceOf(UnknownAlleleException.class)
                .hasMessage("'A*01:34N' was deleted from IMGT/HLA on 20110325 (Shown to be expressed at low levels);"
                        + " its current name is A*01:01:38L")
                .satisfies(e ->
                        assertThat(((UnknownAlleleException) e).currentName()).contains("A*01:01:38L"));
    }

    @Test
    void anOldStyleDeletedNameIsRefusedWithItsCurrentName() {
        assertThatThrownBy(() -> parser.parse("A*0105N"))
                .isInstanceOf(UnknownAlleleException.class)
                .hasMessage("'A*0105N' was deleted from IMGT/HLA on 20010717 (Sequence identical);"
                        + " its current name is A*01:04:01:01N");
    }

    @Test
    void anUnknownAlleleGroupOrAntigenIsNamed() {
        assertThatThrownBy(() -> parser.parse("A*01:01/A*01:9999"))
                .isInstanceOf(UnknownAlleleException.class)
                .hasMessage("'A*01:9999' is not an allele of IMGT/HLA 3.44.0");
        assertThatThrownBy(() -> parser.parse("A*01:02:01G"))
                .hasMessage("'A*01:02:01G' is not a G group of IMGT/HLA 3.44.0");
        assertThatThrownBy(() -> parser.parse("A100"))
                .hasMessage("'A100' is not a serological antigen of IMGT/HLA 3.44.0");
        assertThatThrownBy(() -> parser.parse("A*99:XX")).hasMessageContaining("has no allele A*99:*");
    }

    @Test
    void badSyntaxSaysWhereItIs() {
        assertThatThrownBy(() -> parser.parse("A*01:01++A*02:01"))
                .isInstanceOf(InvalidTypingException.class)
                .hasMessage("typing 'A*01:01++A*02:01': an empty part next to '+'");
        assertThatThrownBy(() -> parser.parse("A*01:01 + A*02:01")).hasMessageContaining("no spaces (at character 8)");
        assertThatThrownBy(() -> parser.parse("A*0.123")).isInstanceOf(InvalidTypingException.class);
        assertThatThrownBy(() -> parser.parse("A*")).isInstanceOf(InvalidTypingException.class);
        assertThatThrownBy(() -> parser.parse("")).hasMessage("typing '': it is empty");
    }

    @Test
    void macCodesNeedTheFileAndFollowItsRules() {
        assertThatThrownBy(() -> withoutMacs.parse("A*01:AB")).hasMessageContaining("give a MAC file");
        // the Atlas file's fake codes: DEF is allele-specific (02:01/03:01), so it is written A*02:DEF
        assertThat(parser.parse("A*02:DEF"))
                .isEqualTo(new Typing.Mac("A*02:DEF", "A*02", "DEF", List.of("A*02:01", "A*03:01")));
        assertThatThrownBy(() -> parser.parse("A*03:DEF")).hasMessageContaining("is written A*02:DEF");
        assertThatThrownBy(() -> parser.parse("A*9999:YYY"))
                .hasMessageContaining("none of the alleles of YYY (9999:9999)");
        assertThatThrownBy(() -> parser.parse("A*01:QQQQQ")).hasMessage("'A*01:QQQQQ': QQQQQ is not in the MAC file");
    }
}
