package org.genobay.biobank;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class SpecimenImportIT extends BiobankIT {

    String box;

    @BeforeEach
    void aBox() throws Exception {
        String freezer = read(call(staff, "POST", "/api/storage", "{\"kind\": \"FREEZER\", \"name\": \"F\"}"), "$.id");
        box = read(
                call(
                        staff,
                        "POST",
                        "/api/storage",
                        "{\"kind\": \"BOX\", \"name\": \"B\", \"parentId\": " + freezer
                                + ", \"rows\": 3, \"columns\": 3}"),
                "$.id");
    }

    ResultActions importCsv(String csv) throws Exception {
        return mvc.perform(post("/api/imports/specimens")
                .contentType("text/csv")
                .content(csv)
                .with(as(staff)));
    }

    @Test
    void a_valid_file_enrols_participants_and_stores_their_specimens() throws Exception {
        String mrn = unique("IMP");
        importCsv(
                        """
                        hospital_id,sex,birth_year,population,consents,specimen_type,quantity,unit,collected_at,collection_site,box_id,position
                        %1$s,FEMALE,1970,GBR,RESEARCH_USE;GENETIC_ANALYSIS,WHOLE_BLOOD,10,ML,2024-03-01 08:30,Ward 3,%2$s,A1
                        %1$s,,,,,SERUM,2.5,ML,2024-03-01T08:35:00Z,"Ward 3, bed 2",%2$s,A2
                        """
                                .formatted(mrn, box))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.summary").doesNotExist())
                .andExpect(jsonPath("$.participantsEnrolled").value(1))
                .andExpect(jsonPath("$.specimensRecorded").value(2));

        String studyId =
                read(call(staff, "POST", "/api/participants/lookup", "{\"hospitalId\": \"" + mrn + "\"}"), "$.studyId");
        call(staff, "GET", "/api/participants/" + studyId + "/specimens", null)
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].specimen.collectionSite").value("Ward 3, bed 2"))
                .andExpect(jsonPath("$[1].specimen.location.position").value("A2"));
    }

    @Test
    void a_file_with_problems_is_reported_row_by_row_and_nothing_is_imported() throws Exception {
        String first = unique("IMP");
        String second = unique("IMP");
        importCsv(
                        """
                        hospital_id,sex,specimen_type,quantity,unit,collected_at,collection_site,box_id,position
                        %1$s,FEMALE,WHOLE_BLOOD,10,ML,2024-03-01 08:30,Ward 3,%3$s,B2
                        %2$s,,WHOLE_BLOOD,10,ML,2024-03-01 08:30,Ward 3,,
                        %1$s,FEMALE,BLOOD,10,ML,2024-03-01 08:30,Ward 3,,
                        %1$s,FEMALE,SERUM,ten,ML,2024-03-01 08:30,Ward 3,,
                        %1$s,FEMALE,SERUM,1,ML,yesterday,Ward 3,,
                        %1$s,FEMALE,SERUM,1,ML,2024-03-01 08:30,Ward 3,%3$s,B2
                        """
                                .formatted(first, second, box))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:invalid-import"))
                .andExpect(jsonPath("$.detail").value("5 problems in 6 rows; nothing was imported"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("sex"))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].column").value("specimen_type"))
                .andExpect(jsonPath("$.errors[1].message", containsString("'BLOOD' is not one of")))
                .andExpect(jsonPath("$.errors[2].column").value("quantity"))
                .andExpect(jsonPath("$.errors[3].column").value("collected_at"))
                .andExpect(jsonPath("$.errors[4].row").value(6))
                .andExpect(jsonPath("$.errors[4].column").value("position"));

        call(staff, "POST", "/api/participants/lookup", "{\"hospitalId\": \"" + first + "\"}")
                .andExpect(status().isNotFound());
        call(staff, "GET", "/api/storage/boxes/" + box, null)
                .andExpect(jsonPath("$.box.used").value(0));
    }

    @Test
    void an_unknown_column_is_refused_before_any_row() throws Exception {
        importCsv("hospital_id,colour\nX1,red\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("header"))
                .andExpect(jsonPath("$.detail", containsString("unknown columns [colour]")));
    }

    @Test
    void the_import_page_shows_the_problems_of_an_uploaded_file() throws Exception {
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(staff.username()).password(PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                "hospital_id,sex\nX-1,DOG\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        mvc.perform(multipart("/import").file(file).session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 problem in 1 row; nothing was imported.")))
                .andExpect(content().string(containsString("sex &#39;DOG&#39; is not one of")));
    }
}
