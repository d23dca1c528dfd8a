package org.genobay.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class Icd10ReaderTest {

    /** The shape of WHO's icd102019en.xml: chapter, block, category and subcategory classes with preferred labels. */
    static final String CLAML =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE ClaML SYSTEM "ClaML.dtd">
            <ClaML version="2.0.0">
              <Meta name="TopLevelSort" value="I II III"/>
              <Title name="ICD-10" version="2019">International Statistical Classification of Diseases</Title>
              <Class code="IX" kind="chapter">
                <SubClass code="I20-I25"/>
                <Rubric id="D0000001" kind="preferred">
                  <Label xml:lang="en" xml:space="default">Diseases of the circulatory system</Label>
                </Rubric>
              </Class>
              <Class code="I20-I25" kind="block">
                <SuperClass code="IX"/>
                <Rubric kind="preferred"><Label xml:lang="en">Ischaemic heart diseases</Label></Rubric>
              </Class>
              <Class code="I21" kind="category">
                <SuperClass code="I20-I25"/>
                <Rubric kind="inclusion"><Label xml:lang="en">myocardial infarction specified as acute</Label></Rubric>
                <Rubric kind="preferred"><Label xml:lang="en">Acute myocardial infarction</Label></Rubric>
              </Class>
              <Class code="I21.0" kind="category">
                <SuperClass code="I21"/>
                <Rubric kind="preferred"><Label xml:lang="en">Acute transmural myocardial infarction of anterior wall</Label></Rubric>
              </Class>
            </ClaML>
            """;

    @Test
    void reads_who_claml_classes_with_their_preferred_label_and_superclass() {
        Terminology icd10 = Icd10Reader.read("icd102019en.xml", new StringReader(CLAML));

        assertThat(icd10.size()).isEqualTo(4);
        assertThat(icd10.find("i21"))
                .hasValue(new OntologyTerm("I21", "Acute myocardial infarction", List.of("I20-I25")));
        assertThat(icd10.withDescendants("IX")).containsExactlyInAnyOrder("IX", "I20-I25", "I21", "I21.0");
    }

    @Test
    void a_claml_superclass_that_is_not_a_class_is_named_by_line() {
        String broken = CLAML.replace("<SuperClass code=\"I21\"/>", "<SuperClass code=\"I22\"/>");

        assertThatThrownBy(() -> Icd10Reader.read("icd.xml", new StringReader(broken)))
                .isInstanceOf(MalformedTerminologyException.class)
                .hasMessage("icd.xml:21: code I21.0 names parent I22, which is not in the file");
    }

    @Test
    void broken_xml_is_named_by_file_and_line() {
        String broken =
                CLAML.replace("</Rubric>\n  </Class>\n  <Class code=\"I21\"", "</Rubric>\n  <Class code=\"I21\"");

        assertThatThrownBy(() -> Icd10Reader.read("icd.xml", new StringReader(broken)))
                .hasMessageStartingWith("icd.xml:")
                .hasMessageContaining("not well-formed ClaML XML");
    }

    @Test
    void reads_a_tab_separated_list_and_infers_parents_from_the_dot_and_the_blocks() {
        String tsv = "code\ttitle\tparent\nIX\tDiseases of the circulatory system\t\n"
                + "I20-I25\tIschaemic heart diseases\tIX\nI21\tAcute myocardial infarction\n"
                + "I21.0\tAcute transmural myocardial infarction of anterior wall\n";

        Terminology icd10 = Icd10Reader.read("codes.tsv", new StringReader(tsv));

        assertThat(icd10.find("I21").orElseThrow().parents()).containsExactly("I20-I25");
        assertThat(icd10.find("I21.0").orElseThrow().parents()).containsExactly("I21");
        assertThat(icd10.find("IX").orElseThrow().parents()).isEmpty();
    }

    @Test
    void a_tab_separated_line_without_a_title_is_named_by_file_and_line() {
        assertThatThrownBy(() ->
                        Icd10Reader.read("codes.tsv", new StringReader("# codes\nI10\tEssential hypertension\nI21\n")))
                .hasMessage("codes.tsv:3: expected 'code<TAB>title' or 'code<TAB>title<TAB>parent', found 'I21'");
    }

    @Test
    void a_code_without_its_parent_in_the_file_is_refused() {
        assertThatThrownBy(() -> Icd10Reader.read("codes.tsv", new StringReader("I21.0\tAcute transmural\n")))
                .hasMessage("codes.tsv:1: code I21.0 names parent I21, which is not in the file");
    }
}
