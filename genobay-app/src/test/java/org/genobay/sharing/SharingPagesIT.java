package org.genobay.sharing;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.genobay.accounts.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** The pages: a researcher asks on the dataset's page, a committee member approves in the queue, both see the grant. */
class SharingPagesIT extends SharingFixture {

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user.username()).password(PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    }

    @Test
    void request_approve_and_see_the_grant_in_the_pages() throws Exception {
        long dataset = dataset("CONTROLLED", true);
        MockHttpSession asResearcher = signIn(researcher);
        mvc.perform(get("/sharing").session(asResearcher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/sharing/datasets/" + dataset)));
        mvc.perform(get("/sharing/datasets/" + dataset).session(asResearcher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Request access")));
        mvc.perform(post("/sharing/datasets/" + dataset + "/requests")
                        .session(asResearcher)
                        .with(csrf())
                        .param("purpose", "short")
                        .param("durationDays", "30"))
                .andExpect(redirectedUrl("/sharing/datasets/" + dataset))
                .andExpect(flash().attribute("error", containsString("purpose must be 20 to 2000 characters")));
        mvc.perform(post("/sharing/datasets/" + dataset + "/requests")
                        .session(asResearcher)
                        .with(csrf())
                        .param("purpose", "Replication of a published association")
                        .param("scopes", "GENETIC_ANALYSIS")
                        .param("durationDays", "30"))
                .andExpect(redirectedUrl("/sharing/grants"));

        MockHttpSession asDac = signIn(dac);
        String queue = mvc.perform(get("/sharing/dac").session(asDac))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Replication of a published association")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String request = queue.replaceAll("(?s).*/sharing/requests/(\\d+)/approval.*", "$1");
        mvc.perform(post("/sharing/requests/" + request + "/approval")
                        .session(asDac)
                        .with(csrf()))
                .andExpect(redirectedUrl("/sharing/dac"))
                .andExpect(flash().attribute("message", containsString("approved")));
        mvc.perform(get("/sharing/grants").session(asResearcher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ACTIVE")));

        MockHttpSession asOwner = signIn(ownerAdmin);
        mvc.perform(get("/sharing/datasets/" + dataset).session(asOwner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HGR filings")));
        mvc.perform(post("/sharing/datasets/" + dataset + "/releases")
                        .session(asOwner)
                        .with(csrf())
                        .param("recipient", "Broad Institute")
                        .param("country", "US")
                        .param("purpose", "joint meta-analysis"))
                .andExpect(flash().attribute("error", containsString("human genetic resource")));
        mvc.perform(get("/sharing/filings").session(asOwner)).andExpect(status().isOk());
    }
}
