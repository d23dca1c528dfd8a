package org.genobay.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Counts of the user's own participants, criterion by criterion and combined, against hand-made records. */
class CohortCountIT extends CohortFixture {

    @Test
    void an_icd10_code_counts_participants_diagnosed_with_it_or_a_code_below_it() throws Exception {
        String dilated = participant(staff, "FEMALE", 1980, "GBR", null);
        String cardiomyopathy = participant(staff, "MALE", 1970, "GBR", null);
        String infarction = participant(staff, "MALE", 1960, "CHB", null);
        diagnosis(clinician, dilated, "I42.0");
        diagnosis(clinician, cardiomyopathy, "I42");
        diagnosis(clinician, infarction, "I21");

        assertThat(own(researcher, "{\"type\": \"diagnosis\", \"code\": \"I42\"}"))
                .isEqualTo(2);
        assertThat(own(researcher, "{\"type\": \"diagnosis\", \"code\": \"i42.0\"}"))
                .isEqualTo(1);
        assertThat(own(researcher, "{\"type\": \"diagnosis\", \"code\": \"I21\"}"))
                .isEqualTo(1);
    }

    @Test
    void an_hpo_term_counts_participants_with_it_or_a_descendant_but_not_an_excluded_one() throws Exception {
        String dilated = participant(staff, "FEMALE", 1980, "GBR", null);
        String cardiomyopathy = participant(staff, "MALE", 1970, "GBR", null);
        String excluded = participant(staff, "MALE", 1960, "CHB", null);
        phenotype(clinician, dilated, "HP:0001644", false); // Dilated cardiomyopathy, below Cardiomyopathy
        phenotype(clinician, cardiomyopathy, "HP:0001638", false);
        phenotype(clinician, excluded, "HP:0001639", true);

        assertThat(own(researcher, "{\"type\": \"phenotype\", \"term\": \"HP:0001638\"}"))
                .isEqualTo(2);
        assertThat(own(researcher, "{\"type\": \"phenotype\", \"term\": \"HP:0001637\"}"))
                .isEqualTo(2);
        assertThat(own(researcher, "{\"type\": \"phenotype\", \"term\": \"HP:0001644\"}"))
                .isEqualTo(1);
        assertThat(own(researcher, "{\"type\": \"phenotype\", \"term\": \"HP:0001639\"}"))
                .isZero();
    }

    record Person(String studyId, String sex, int birthYear, String population, boolean dna) {}

    @Test
    void criteria_combine_so_that_every_one_must_hold() throws Exception {
        int year = Year.now().getValue();
        List<Person> people = List.of(
                new Person(null, "FEMALE", year - 30, "GBR", true),
                new Person(null, "FEMALE", year - 50, "GBR", true),
                new Person(null, "FEMALE", year - 30, "CHB", false),
                new Person(null, "MALE", year - 30, "GBR", true),
                new Person(null, "FEMALE", year - 18, "GBR", false),
                new Person(null, "FEMALE", year - 65, "gbr", true));
        List<Person> enrolled = new java.util.ArrayList<>();
        for (Person p : people) {
            String id = participant(staff, p.sex(), p.birthYear(), p.population(), null);
            specimen(staff, id, p.dna() ? "DNA" : "PLASMA");
            enrolled.add(new Person(id, p.sex(), p.birthYear(), p.population(), p.dna()));
        }

        // The same conditions, applied here to the list the records were made from.
        Predicate<Person> female = p -> p.sex().equals("FEMALE");
        Predicate<Person> adult = p -> year - p.birthYear() >= 18 && year - p.birthYear() <= 64;
        Predicate<Person> british = p -> p.population().equalsIgnoreCase("GBR");
        Predicate<Person> dna = Person::dna;
        String sex = "{\"type\": \"sex\", \"sex\": \"FEMALE\"}";
        String age = "{\"type\": \"age\", \"min\": 18, \"max\": 64}";
        String population = "{\"type\": \"population\", \"code\": \"GBR\"}";
        String specimen = "{\"type\": \"specimen\", \"specimenType\": \"DNA\"}";

        assertThat(own(researcher, sex)).isEqualTo(matching(enrolled, female));
        assertThat(own(researcher, age)).isEqualTo(matching(enrolled, adult));
        assertThat(own(researcher, population)).isEqualTo(matching(enrolled, british));
        assertThat(own(researcher, specimen)).isEqualTo(matching(enrolled, dna));
        assertThat(own(researcher, String.join(",", sex, age, population, specimen)))
                .isEqualTo(matching(enrolled, female.and(adult).and(british).and(dna)))
                .isEqualTo(2);
        assertThat(own(researcher, "")).isEqualTo(people.size());
    }

    @Test
    void a_participant_who_withdraws_drops_out_of_the_next_count() throws Exception {
        String first = participant(staff, "FEMALE", 1980, "GBR", null);
        String second = participant(staff, "FEMALE", 1981, "GBR", null);
        diagnosis(clinician, first, "I42.1");
        diagnosis(clinician, second, "I42.2");
        specimen(staff, first, "DNA");
        String criteria = "{\"type\": \"diagnosis\", \"code\": \"I42\"}";
        assertThat(own(researcher, criteria)).isEqualTo(2);

        withdraw(staff, first);

        assertThat(own(researcher, criteria)).isEqualTo(1);
        assertThat(own(researcher, "{\"type\": \"specimen\", \"specimenType\": \"DNA\"}"))
                .isZero();
    }

    @Test
    void another_institutions_participants_are_not_counted_as_ones_own() throws Exception {
        participant(staff, "FEMALE", 1980, "GBR", null);
        var elsewhere = institution();
        var theirStaff = user(elsewhere, org.genobay.accounts.Role.BIOBANK_STAFF);
        String theirs = participant(theirStaff, "FEMALE", 1980, "GBR", null);

        // Other tests' shared datasets may be in the catalogue; no dataset of this institution is.
        String answer = count(researcher, "")
                .andExpect(jsonPath("$.own").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).doesNotContain(theirs, elsewhere.name());
    }

    @Test
    void an_unknown_term_or_code_is_invalid_input_naming_the_field_and_value() throws Exception {
        count(
                        researcher,
                        "{\"type\": \"sex\", \"sex\": \"FEMALE\"}, {\"type\": \"phenotype\", \"term\": \"HP:9999999\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("invalid-input")))
                .andExpect(jsonPath("$.errors[0].field").value("all[1].term"))
                .andExpect(jsonPath("$.detail").value("unknown HPO code HP:9999999"));
        count(researcher, "{\"type\": \"diagnosis\", \"code\": \"Z99.99\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("all[0].code"));
        count(researcher, "{\"type\": \"height\", \"cm\": 180}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("all[0].type"));
        count(researcher, "{\"type\": \"age\", \"min\": 70, \"max\": 20}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("all[0]: min 70 is above max 20"));
    }

    @Test
    void malformed_criteria_json_is_invalid_input() throws Exception {
        call(
                        researcher,
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/cohorts/count"),
                        "{\"all\": [{\"type\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("invalid-input")));
        call(
                        researcher,
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/cohorts/count"),
                        "{\"all\": {\"type\": \"sex\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("all"));
    }

    private static long matching(List<Person> people, Predicate<Person> condition) {
        return people.stream().filter(condition).count();
    }
}
