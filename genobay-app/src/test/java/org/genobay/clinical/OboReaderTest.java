package org.genobay.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OboReaderTest {

    /** The first stanzas of hp.obo in its published layout, cut down; one obsolete term, one Typedef. */
    static final String OBO =
            """
            format-version: 1.2
            data-version: hp/releases/2024-04-26
            default-namespace: human_phenotype
            ontology: hp

            [Term]
            id: HP:0000001
            name: All
            comment: Root of all terms in the Human Phenotype Ontology.
            xref: UMLS:C0444868

            [Term]
            id: HP:0000118
            name: Phenotypic abnormality
            def: "A phenotypic abnormality." [HPO:probinson]
            synonym: "Organ abnormality" EXACT layperson []
            is_a: HP:0000001 ! All

            [Term]
            id: HP:0001626
            name: Abnormality of the cardiovascular system
            is_a: HP:0000118 ! Phenotypic abnormality

            [Term]
            id: HP:0001627
            name: Abnormal heart morphology
            is_a: HP:0001626 {source="https://example.org"} ! Abnormality of the cardiovascular system

            [Term]
            id: HP:0000004
            name: obsolete Onset and clinical course
            is_obsolete: true

            [Typedef]
            id: part_of
            name: part of
            """;

    @Test
    void reads_terms_with_names_and_is_a_parents_and_leaves_obsolete_terms_out() {
        Terminology hpo = OboReader.read("HPO", "hp.obo", new StringReader(OBO));

        assertThat(hpo.size()).isEqualTo(4);
        assertThat(hpo.find("HP:0001627"))
                .hasValue(new OntologyTerm("HP:0001627", "Abnormal heart morphology", java.util.List.of("HP:0001626")));
        assertThat(hpo.find("HP:0000004")).isEmpty();
        assertThat(hpo.withDescendants("HP:0000118"))
                .containsExactlyInAnyOrder("HP:0000118", "HP:0001626", "HP:0001627");
    }

    @Test
    void a_line_that_is_not_tag_and_value_is_named_by_file_and_line() {
        String broken = OBO.replace("name: Phenotypic abnormality", "Phenotypic abnormality");

        assertThatThrownBy(() -> OboReader.read("HPO", "/data/hp.obo", new StringReader(broken)))
                .isInstanceOf(MalformedTerminologyException.class)
                .hasMessage("/data/hp.obo:14: expected 'tag: value', found 'Phenotypic abnormality'");
    }

    @Test
    void an_is_a_naming_no_term_of_the_file_is_named_by_its_line() {
        String broken = OBO.replace("is_a: HP:0000118 ! Phenotypic abnormality", "is_a: HP:9999999");

        assertThatThrownBy(() -> OboReader.read("HPO", "hp.obo", new StringReader(broken)))
                .hasMessage("hp.obo:22: term HP:0001626 is_a HP:9999999, which is not a term of the file");
    }

    @Test
    void a_term_without_a_name_is_named_by_the_line_of_its_stanza() {
        String broken = OBO.replace("name: Abnormal heart morphology\n", "");

        assertThatThrownBy(() -> OboReader.read("HPO", "hp.obo", new StringReader(broken)))
                .hasMessage("hp.obo:24: the [Term] starting here has no name");
    }

    @Test
    void a_file_without_terms_is_not_an_ontology() {
        assertThatThrownBy(() -> OboReader.read("HPO", "notes.txt", new StringReader("format-version: 1.2\n")))
                .hasMessageStartingWith("notes.txt: no [Term] stanza found");
    }
}
