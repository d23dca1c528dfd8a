package org.genobay.shipments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.List;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A sender, a receiver and a third institution, each with a staff member, calling the API. */
class ShipmentsIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    Accounts.InstitutionView senderInstitution;
    Accounts.InstitutionView receiverInstitution;
    CurrentUser sender;
    CurrentUser receiver;
    CurrentUser third;
    String studyId;

    @BeforeEach
    void threeInstitutions() throws Exception {
        senderInstitution = institution();
        receiverInstitution = institution();
        sender = user(senderInstitution, Role.BIOBANK_STAFF);
        receiver = user(receiverInstitution, Role.BIOBANK_STAFF);
        third = user(institution(), Role.BIOBANK_STAFF);
        studyId = read(
                call(
                        sender,
                        post("/api/participants"),
                        """
                        {"hospitalId": "%s", "sex": "MALE", "consents": ["RESEARCH_USE", "DATA_SHARING"]}"""
                                .formatted(unique("MRN"))),
                "$.studyId");
    }

    @Test
    void prepared_dispatched_and_received_with_a_damaged_item() throws Exception {
        String blood = specimen("WHOLE_BLOOD", "10", "ML");
        String plasma = specimen("PLASMA", "1.5", "ML");
        String box = box(sender);
        call(sender, put("/api/specimens/" + blood + "/location"), "{\"boxId\": " + box + ", \"position\": \"A1\"}")
                .andExpect(status().isOk());

        String code = read(
                call(
                                sender,
                                post("/api/shipments"),
                                """
                                {"to": "%s", "specimens": ["%s", "%s"], "courier": "World Courier", "tracking": "WC-1"}"""
                                        .formatted(receiverInstitution.code(), blood, plasma))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("PREPARED"))
                        .andExpect(jsonPath("$.from.code").value(senderInstitution.code()))
                        .andExpect(jsonPath("$.items[1].type").value("PLASMA")),
                "$.code");
        specimenStatus(sender, blood).andExpect(jsonPath("$.status").value("RESERVED"));
        // The receiver sees nothing of a shipment that has not left.
        call(receiver, get("/api/shipments/" + code), null).andExpect(status().isNotFound());

        call(sender, post("/api/shipments/" + code + "/dispatch"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPATCHED"));
        specimenStatus(sender, blood)
                .andExpect(jsonPath("$.status").value("SHIPPED"))
                .andExpect(jsonPath("$.location").doesNotExist());
        call(sender, get("/api/specimens/" + blood + "/custody"), null)
                .andExpect(jsonPath("$[*].what", hasItem("DISPATCHED")))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("by World Courier, tracking WC-1"))));

        call(receiver, get("/api/shipments?direction=INCOMING"), null)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value(code))
                .andExpect(jsonPath("$[0].incoming").value(true));
        call(
                        receiver,
                        post("/api/shipments/" + code + "/receipt"),
                        """
                        {"receivedAt": "%s", "items": [{"specimen": "%s", "outcome": "OK"},
                          {"specimen": "%s", "outcome": "DAMAGED", "note": "tube cracked, thawed"}]}"""
                                .formatted(java.time.Instant.now(), blood, plasma))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PARTIALLY_RECEIVED"))
                .andExpect(jsonPath("$.received.by").value(receiver.username()))
                .andExpect(jsonPath("$.items[0].outcome").value("OK"))
                .andExpect(jsonPath("$.items[1].note").value("tube cracked, thawed"));

        // The accepted tube is the receiver's now, available there; the sender no longer reaches it.
        specimenStatus(receiver, blood)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.participant").value(studyId));
        specimenStatus(sender, blood).andExpect(status().isNotFound());
        call(receiver, get("/api/specimens/" + blood + "/custody"), null)
                .andExpect(jsonPath("$[-1].what").value("RECEIVED"))
                .andExpect(jsonPath("$[-1].who").value(receiver.username()))
                .andExpect(jsonPath("$[*].what", hasItem("DISPATCHED")));
        call(receiver, get("/api/participants/" + studyId), null).andExpect(status().isNotFound());
        call(sender, get("/api/participants/" + studyId + "/specimens"), null)
                .andExpect(jsonPath("$[*].specimen.code", not(hasItem(blood))))
                .andExpect(jsonPath("$[*].specimen.code", hasItem(plasma)));

        // The damaged tube stays on the sender's books, shipped, with the receiver's note.
        specimenStatus(receiver, plasma).andExpect(status().isNotFound());
        specimenStatus(sender, plasma).andExpect(jsonPath("$.status").value("SHIPPED"));
        call(sender, get("/api/specimens/" + plasma + "/custody"), null)
                .andExpect(jsonPath("$[-1].what").value("RECEIPT_PROBLEM"))
                .andExpect(jsonPath("$[-1].who").value(receiver.username()))
                .andExpect(jsonPath("$[-1].detail", containsString("received damaged")))
                .andExpect(jsonPath("$[-1].detail", containsString("tube cracked, thawed")));

        // Both keep the shipment record and its manifest.
        String manifest =
                """
                shipment,from,to,status,line,specimen,participant,type,quantity,unit,outcome,note
                %1$s,%2$s,%3$s,PARTIALLY_RECEIVED,1,%4$s,%6$s,WHOLE_BLOOD,10,mL,OK,
                %1$s,%2$s,%3$s,PARTIALLY_RECEIVED,2,%5$s,%6$s,PLASMA,1.5,mL,DAMAGED,"tube cracked, thawed"
                """
                        .formatted(code, senderInstitution.code(), receiverInstitution.code(), blood, plasma, studyId);
        for (CurrentUser party : List.of(sender, receiver)) {
            call(party, get("/api/shipments/" + code + "/manifest.csv"), null)
                    .andExpect(status().isOk())
                    .andExpect(content().string(manifest));
        }
    }

    @Test
    void a_third_institution_sees_no_shipment_of_others() throws Exception {
        String dna = specimen("DNA", "20", "UG");
        String code = prepare(dna);
        call(sender, post("/api/shipments/" + code + "/dispatch"), null).andExpect(status().isOk());

        call(third, get("/api/shipments"), null)
                .andExpect(jsonPath("$.length()").value(0));
        call(third, get("/api/shipments/" + code), null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("shipment " + code + " not found"));
        call(third, get("/api/shipments/" + code + "/manifest.csv"), null).andExpect(status().isNotFound());
        call(
                        third,
                        post("/api/shipments/" + code + "/receipt"),
                        "{\"items\": [{\"specimen\": \"" + dna + "\", \"outcome\": \"OK\"}]}")
                .andExpect(status().isNotFound());
        call(third, post("/api/shipments/" + code + "/cancellation"), null).andExpect(status().isNotFound());
    }

    @Test
    void illegal_transitions_are_refused_with_409_and_change_nothing() throws Exception {
        String dna = specimen("DNA", "20", "UG");
        String code = prepare(dna);

        call(receiver, post("/api/shipments/" + code + "/dispatch"), null).andExpect(status().isNotFound());
        call(sender, post("/api/shipments/" + code + "/dispatch"), null).andExpect(status().isOk());
        call(sender, post("/api/shipments/" + code + "/dispatch"), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:invalid-transition"));
        call(sender, post("/api/shipments/" + code + "/cancellation"), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("shipment " + code + " is DISPATCHED and cannot become CANCELLED; allowed: "
                                + "[RECEIVED, PARTIALLY_RECEIVED]"));
        call(
                        sender,
                        post("/api/shipments/" + code + "/receipt"),
                        "{\"items\": [{\"specimen\": \"" + dna + "\", \"outcome\": \"OK\"}]}")
                .andExpect(status().isForbidden());
        call(
                        receiver,
                        post("/api/shipments/" + code + "/receipt"),
                        "{\"items\": [{\"specimen\": \"SP-NOTINIT\", \"outcome\": \"OK\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
        call(
                        receiver,
                        post("/api/shipments/" + code + "/receipt"),
                        "{\"items\": [{\"specimen\": \"" + dna
                                + "\", \"outcome\": \"MISSING\", \"note\": \"not in box\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PARTIALLY_RECEIVED"));
        call(
                        receiver,
                        post("/api/shipments/" + code + "/receipt"),
                        "{\"items\": [{\"specimen\": \"" + dna + "\", \"outcome\": \"OK\"}]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:invalid-transition"));
        specimenStatus(sender, dna).andExpect(jsonPath("$.status").value("SHIPPED"));
    }

    @Test
    void a_cancelled_shipment_makes_its_specimens_available_again() throws Exception {
        String dna = specimen("DNA", "20", "UG");
        String code = prepare(dna);
        long version = Long.parseLong(read(call(sender, get("/api/shipments/" + code), null), "$.version"));

        call(sender, put("/api/shipments/" + code), "{\"version\": %d, \"courier\": \"DHL\"}".formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.courier").value("DHL"));
        call(sender, post("/api/shipments/" + code + "/cancellation"), "{\"version\": %d}".formatted(version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:concurrent-edit"));
        call(sender, post("/api/shipments/" + code + "/cancellation"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));

        specimenStatus(sender, dna).andExpect(jsonPath("$.status").value("AVAILABLE"));
        call(receiver, get("/api/shipments"), null)
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void only_available_specimens_of_ones_own_institution_are_packed_and_a_refusal_prepares_nothing() throws Exception {
        String available = specimen("DNA", "20", "UG");
        String reserved = specimen("DNA", "20", "UG");
        call(sender, post("/api/specimens/" + reserved + "/status"), "{\"status\": \"RESERVED\"}")
                .andExpect(status().isOk());

        call(
                        sender,
                        post("/api/shipments"),
                        "{\"to\": \"%s\", \"specimens\": [\"%s\", \"%s\"]}"
                                .formatted(receiverInstitution.code(), available, reserved))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:invalid-status"))
                .andExpect(jsonPath("$.detail", containsString(reserved)));
        specimenStatus(sender, available).andExpect(jsonPath("$.status").value("AVAILABLE"));
        call(sender, get("/api/shipments"), null)
                .andExpect(jsonPath("$.length()").value(0));

        call(
                        sender,
                        post("/api/shipments"),
                        "{\"to\": \"%s\", \"specimens\": [\"%s\"]}".formatted(senderInstitution.code(), available))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));

        call(sender, post("/api/participants/" + studyId + "/consents/withdrawal"), "{\"scopes\": []}")
                .andExpect(status().isOk());
        call(
                        sender,
                        post("/api/shipments"),
                        "{\"to\": \"%s\", \"specimens\": [\"%s\"]}".formatted(receiverInstitution.code(), available))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:consent-withdrawn"));
        call(
                        third,
                        post("/api/shipments"),
                        "{\"to\": \"%s\", \"specimens\": [\"%s\"]}".formatted(receiverInstitution.code(), available))
                .andExpect(status().isNotFound());
    }

    @Test
    void on_the_pages_the_sender_prints_the_manifest_and_dispatches_and_the_receiver_records_the_receipt()
            throws Exception {
        String dna = specimen("DNA", "20", "UG");
        String code = prepare(dna);
        MockHttpSession senderSession = signIn(sender);

        mvc.perform(get("/shipments/" + code + "/manifest").session(senderSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(dna)))
                .andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
        mvc.perform(get("/shipments").session(senderSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        mvc.perform(post("/shipments/" + code + "/dispatch")
                        .param("version", "0")
                        .session(senderSession)
                        .with(csrf()))
                .andExpect(redirectedUrl("/shipments/" + code))
                .andExpect(flash().attribute("message", "Dispatched: its specimens are SHIPPED."));

        MockHttpSession receiverSession = signIn(receiver);
        mvc.perform(get("/shipments/" + code).session(receiverSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the receipt")));
        String version = read(call(receiver, get("/api/shipments/" + code), null), "$.version");
        mvc.perform(post("/shipments/" + code + "/receipt")
                        .param("version", version)
                        .param("receivedAt", LocalDateTime.now().withSecond(0).toString())
                        .param("specimen", dna)
                        .param("outcome", "DAMAGED")
                        .param("note", "cracked, leaking")
                        .session(receiverSession)
                        .with(csrf()))
                .andExpect(flash().attribute("message", "Receipt recorded."));

        call(receiver, get("/api/shipments/" + code), null)
                .andExpect(jsonPath("$.status").value("PARTIALLY_RECEIVED"))
                .andExpect(jsonPath("$.items[0].note").value("cracked, leaking"));
    }

    @Test
    void the_receivers_specimen_page_names_the_senders_participant_without_a_link_the_senders_page_links_it()
            throws Exception {
        String dna = specimen("DNA", "20", "UG");
        String code = prepare(dna);
        call(sender, post("/api/shipments/" + code + "/dispatch"), null).andExpect(status().isOk());
        call(
                        receiver,
                        post("/api/shipments/" + code + "/receipt"),
                        "{\"receivedAt\": \"%s\", \"items\": [{\"specimen\": \"%s\", \"outcome\": \"OK\"}]}"
                                .formatted(java.time.Instant.now(), dna))
                .andExpect(status().isOk());
        String participantLink = "href=\"/participants/" + studyId + "\"";

        // The participant is the sender's: a link would answer 404 to the receiver.
        mvc.perform(get("/specimens/" + dna).session(signIn(receiver)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(studyId)))
                .andExpect(content().string(containsString("enrolled at another institution")))
                .andExpect(content().string(not(containsString(participantLink))));
        mvc.perform(get("/participants/" + studyId).session(signIn(receiver))).andExpect(status().isNotFound());

        String kept = specimen("PLASMA", "1", "ML");
        mvc.perform(get("/specimens/" + kept).session(signIn(sender)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(participantLink)))
                .andExpect(content().string(not(containsString("enrolled at another institution"))));
    }

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user.username()).password(PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    }

    private String specimen(String type, String amount, String unit) throws Exception {
        return read(
                call(
                                sender,
                                post("/api/specimens"),
                                """
                                {"participant": "%s", "type": "%s", "quantity": %s, "unit": "%s",
                                 "collectedAt": "2025-03-01T08:30:00Z", "collectionSite": "Ward 3"}"""
                                        .formatted(studyId, type, amount, unit))
                        .andExpect(status().isCreated()),
                "$.code");
    }

    private String box(CurrentUser user) throws Exception {
        String freezer = read(call(user, post("/api/storage"), "{\"kind\": \"FREEZER\", \"name\": \"F\"}"), "$.id");
        return read(
                call(
                        user,
                        post("/api/storage"),
                        "{\"kind\": \"BOX\", \"name\": \"B\", \"parentId\": " + freezer
                                + ", \"rows\": 2, \"columns\": 2}"),
                "$.id");
    }

    private String prepare(String... specimens) throws Exception {
        String list = String.join("\", \"", specimens);
        return read(
                call(
                                sender,
                                post("/api/shipments"),
                                "{\"to\": \"%s\", \"specimens\": [\"%s\"]}".formatted(receiverInstitution.code(), list))
                        .andExpect(status().isCreated()),
                "$.code");
    }

    private ResultActions specimenStatus(CurrentUser user, String code) throws Exception {
        return call(user, get("/api/specimens/" + code), null);
    }

    private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(as(user)));
    }

    private static String read(ResultActions result, String path) throws Exception {
        Object value = JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
        return String.valueOf(value);
    }
}
