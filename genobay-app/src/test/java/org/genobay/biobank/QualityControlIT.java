package org.genobay.biobank;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class QualityControlIT extends BiobankIT {

    ResultActions measure(String code, String measure, String value) throws Exception {
        return call(
                staff,
                "POST",
                "/api/specimens/" + code + "/qc",
                "{\"measure\": \"%s\", \"value\": %s}".formatted(measure, value));
    }

    String dna() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        return read(
                call(
                        staff,
                        "POST",
                        "/api/specimens/" + blood + "/children",
                        "{\"type\": \"DNA\", \"quantity\": 50, \"unit\": \"UG\", \"takenQuantity\": 2, \"takenUnit\": \"ML\"}"),
                "$.code");
    }

    @Test
    void measurements_are_judged_by_the_rules_of_the_specimen_type() throws Exception {
        String dna = dna();
        measure(dna, "A260_280", "1.85")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("PASS"))
                .andExpect(jsonPath("$.acceptedRange").value("1.7–2.0"));
        measure(dna, "A260_280", "1.52").andExpect(jsonPath("$.outcome").value("FAIL"));
        measure(dna, "CONCENTRATION", "9.5").andExpect(jsonPath("$.outcome").value("FAIL"));
        measure(dna, "RIN", "8").andExpect(jsonPath("$.outcome").value("NO_RULE"));

        call(staff, "GET", "/api/specimens/" + dna + "/qc", null)
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[1].recordedBy").value(staff.username()));
        call(staff, "GET", "/api/specimens/" + dna + "/custody", null)
                .andExpect(jsonPath("$[-1].what").value("QC_RECORDED"))
                .andExpect(jsonPath("$[-1].detail").value("RIN 8: NO_RULE"));
    }

    @Test
    void an_impossible_value_is_refused_as_a_typing_error() throws Exception {
        measure(dna(), "RIN", "11")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.detail").value("RIN value 11 is outside 1 to 10 (1–10)"));
    }
}
