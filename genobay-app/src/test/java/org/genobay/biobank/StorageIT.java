package org.genobay.biobank;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

class StorageIT extends BiobankIT {

    @Autowired
    JdbcTemplate jdbc;

    String box;
    String otherBox;

    @BeforeEach
    void freezerWithARackOfTwoBoxes() throws Exception {
        String freezer = read(
                call(
                                staff,
                                "POST",
                                "/api/storage",
                                "{\"kind\": \"FREEZER\", \"name\": \"Freezer A\", \"temperature\": \"-80 °C\"}")
                        .andExpect(status().isCreated()),
                "$.id");
        String rack = read(
                call(
                        staff,
                        "POST",
                        "/api/storage",
                        "{\"kind\": \"RACK\", \"name\": \"Rack 1\", \"parentId\": " + freezer + "}"),
                "$.id");
        String newBox =
                "{\"kind\": \"BOX\", \"name\": \"%s\", \"parentId\": " + rack + ", \"rows\": 2, \"columns\": 3}";
        box = read(call(staff, "POST", "/api/storage", newBox.formatted("Box 1")), "$.id");
        otherBox = read(call(staff, "POST", "/api/storage", newBox.formatted("Box 2")), "$.id");
    }

    @Test
    void storage_nests_freezer_rack_box_and_refuses_other_nesting() throws Exception {
        call(staff, "GET", "/api/storage", null)
                .andExpect(jsonPath("$[0].name").value("Freezer A"))
                .andExpect(jsonPath("$[0].children[0].children[1].path").value("Freezer A › Rack 1 › Box 2"));
        call(staff, "POST", "/api/storage", "{\"kind\": \"RACK\", \"name\": \"R\", \"parentId\": " + box + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        call(staff, "POST", "/api/storage", "{\"kind\": \"BOX\", \"name\": \"B\", \"rows\": 30, \"columns\": 3}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows"));
    }

    @Test
    void a_position_holds_one_specimen_and_the_box_grid_shows_free_and_used_positions() throws Exception {
        String studyId = enrol(unique("MRN"));
        String first = blood(studyId);
        String second = blood(studyId);

        place(first, box, "B2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.location.path").value("Freezer A › Rack 1 › Box 1"))
                .andExpect(jsonPath("$.location.position").value("B2"));
        place(second, box, "b2")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:position-occupied"))
                .andExpect(jsonPath("$.detail").value("position B2 of box Box 1 holds specimen " + first));
        place(second, box, "C1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("position"));

        call(staff, "GET", "/api/storage/boxes/" + box, null)
                .andExpect(jsonPath("$.box.used").value(1))
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].length()").value(3))
                .andExpect(jsonPath("$.rows[1][1].position").value("B2"))
                .andExpect(jsonPath("$.rows[1][1].specimen.code").value(first))
                .andExpect(jsonPath("$.rows[0][0].specimen").isEmpty());
    }

    @Test
    void the_database_itself_refuses_two_specimens_in_one_position() throws Exception {
        String studyId = enrol(unique("MRN"));
        String first = blood(studyId);
        String second = blood(studyId);
        place(first, box, "A1").andExpect(status().isOk());

        assertThatThrownBy(() -> jdbc.update(
                        "update specimen set box_id = ?, box_row = 1, box_column = 1 where code = ?",
                        Long.parseLong(box),
                        second))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void moves_are_kept_in_the_custody_chain_and_leaving_the_biobank_frees_the_position() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        place(blood, box, "A1");
        place(blood, otherBox, "A3").andExpect(jsonPath("$.location.path").value("Freezer A › Rack 1 › Box 2"));
        call(
                        staff,
                        "POST",
                        "/api/specimens/" + blood + "/status",
                        "{\"status\": \"DISPOSED\", \"reason\": \"haemolysed\"}")
                .andExpect(jsonPath("$.location").isEmpty());

        call(staff, "GET", "/api/specimens/" + blood + "/custody", null)
                .andExpect(jsonPath("$[1].what").value("STORED"))
                .andExpect(jsonPath("$[1].where").value("Freezer A › Rack 1 › Box 1 › A1"))
                .andExpect(jsonPath("$[2].what").value("MOVED"))
                .andExpect(jsonPath("$[2].detail").value("moved from Freezer A › Rack 1 › Box 1 › A1"))
                .andExpect(jsonPath("$[2].where").value("Freezer A › Rack 1 › Box 2 › A3"))
                .andExpect(jsonPath("$[3].detail").value("AVAILABLE → DISPOSED: haemolysed"))
                .andExpect(jsonPath("$[4].what").value("REMOVED_FROM_STORAGE"));
        call(staff, "GET", "/api/storage/boxes/" + otherBox, null)
                .andExpect(jsonPath("$.box.used").value(0));
    }

    private org.springframework.test.web.servlet.ResultActions place(String code, String boxId, String position)
            throws Exception {
        return call(
                staff,
                "PUT",
                "/api/specimens/" + code + "/location",
                "{\"boxId\": " + boxId + ", \"position\": \"" + position + "\"}");
    }
}
