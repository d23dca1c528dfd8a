package org.genobay.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.EnumSet;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.biobank.ConsentScope;
import org.genobay.biobank.NewParticipant;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Protocols;
import org.genobay.biobank.Sex;
import org.genobay.biobank.Specimens;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo shipment, seeded from an institution of its own so that it leaves the demo institution to DemoDataIT. */
class DemoShipmentIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Participants participants;

    @Autowired
    Protocols protocols;

    @Autowired
    Specimens specimens;

    @Autowired
    Shipments shipments;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void the_demo_shipment_carries_three_tubes_of_the_protocol_one_received_damaged() throws Exception {
        CurrentUser tech = user(institution(), Role.BIOBANK_STAFF);
        for (int i = 0; i < 4; i++) {
            participants.enrol(
                    new NewParticipant(
                            unique("MRN"),
                            Sex.FEMALE,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            EnumSet.of(ConsentScope.RESEARCH_USE, ConsentScope.GENETIC_ANALYSIS)),
                    tech);
        }
        DemoShipment seeding = new DemoShipment(accounts, participants, protocols, specimens, shipments, transaction);

        String password = seeding.seed(tech).orElseThrow();
        assertThat(seeding.seed(tech)).isEmpty();

        var lab = httpBasic("lab", password);
        String json = mvc.perform(get("/api/shipments").with(lab))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("PARTIALLY_RECEIVED"))
                .andExpect(jsonPath("$[0].items.length()").value(3))
                .andExpect(jsonPath("$[0].items[1].outcome").value("DAMAGED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String received = com.jayway.jsonpath.JsonPath.read(json, "$[0].items[0].specimen");
        mvc.perform(get("/api/specimens/" + received).with(lab))
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.type").value("SALIVA"))
                .andExpect(jsonPath("$.protocol").value(DemoShipment.PROTOCOL));
    }
}
