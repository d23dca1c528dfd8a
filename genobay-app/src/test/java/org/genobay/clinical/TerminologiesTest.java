package org.genobay.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.genobay.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class TerminologiesTest {

    static final Terminologies BUNDLED = Terminologies.bundled();

    @Test
    void an_hpo_term_with_descendants_reaches_every_level_below_it_and_nothing_beside_it() {
        assertThat(BUNDLED.hpoWithDescendants("HP:0001627"))
                .contains("HP:0001627", "HP:0001637", "HP:0001638", "HP:0001644", "HP:0001639", "HP:0001658")
                .doesNotContain("HP:0001626", "HP:0000822", "HP:0002616");
        assertThat(BUNDLED.hpoWithDescendants("HP:0001644")).containsExactly("HP:0001644");
    }

    @Test
    void an_icd10_code_with_children_has_its_subcategories_and_a_chapter_has_all_its_codes() {
        assertThat(BUNDLED.icd10WithChildren("I21"))
                .containsExactlyInAnyOrder("I21", "I21.0", "I21.1", "I21.2", "I21.3", "I21.4", "I21.9");
        assertThat(BUNDLED.icd10WithChildren("IX"))
                .contains("I10-I15", "I10", "I21.0", "I42.0", "I50.9")
                .doesNotContain("E11", "C50.9");
    }

    @Test
    void every_bundled_term_descends_from_the_root() {
        assertThat(BUNDLED.hpoWithDescendants("HP:0000001"))
                .hasSize(BUNDLED.hpo().size());
    }

    @Test
    void terms_are_found_by_name_or_identifier_prefix() {
        assertThat(BUNDLED.hpo().search("cardiomyopathy", 5))
                .extracting(OntologyTerm::id)
                .startsWith("HP:0001638")
                .contains("HP:0001644", "HP:0001639");
        assertThat(BUNDLED.icd10().search("I21.0", 5))
                .extracting(OntologyTerm::id)
                .startsWith("I21.0");
    }

    @Test
    void an_unknown_code_is_invalid_input_naming_it() {
        assertThatThrownBy(() -> BUNDLED.icd10().require("code", "X99.9"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unknown ICD-10 code X99.9");
        assertThatThrownBy(() -> BUNDLED.hpoWithDescendants("HP:9999999")).hasMessage("unknown HPO code HP:9999999");
    }
}
