package org.genobay.omics;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With a 64 KB limit, the 83 KB chr22 slice is refused before anything is stored or registered. */
@TestPropertySource(properties = "genobay.omics.max-upload-size=64KB")
class OmicsUploadLimitIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    @Test
    void an_upload_over_the_limit_is_refused_with_413_and_registers_nothing() throws Exception {
        CurrentUser researcher = user(institution(), Role.RESEARCHER);

        mvc.perform(multipart("/api/omics/datasets")
                        .file(new MockMultipartFile("files", OmicsIT.SLICE, null, OmicsIT.resource(OmicsIT.SLICE)))
                        .param("name", "too-big")
                        .with(as(researcher)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:payload-too-large"))
                .andExpect(jsonPath("$.detail").value(containsString(OmicsIT.SLICE + " has 83126 bytes")))
                .andExpect(jsonPath("$.detail").value(containsString("genobay.omics.max-upload-size")));
        mvc.perform(get("/api/omics/datasets").with(as(researcher)))
                .andExpect(jsonPath("$.length()").value(0));
    }
}
