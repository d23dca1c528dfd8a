package org.genobay.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class FhirIT extends ClinicalIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ResultActions importBundle(CurrentUser user, String bundle) throws Exception {
        return mvc.perform(post("/api/clinical/fhir/import")
                .contentType("application/fhir+json")
                .content(bundle)
                .with(as(user)));
    }

    /** A participant with a specimen and every kind of clinical record. */
    String fullRecord() throws Exception {
        String studyId = enrol();
        call(
                        staff,
                        "POST",
                        "/api/specimens",
                        """
                {"participant": "%s", "type": "WHOLE_BLOOD", "quantity": 10, "unit": "ML",
                 "collectedAt": "2025-03-01T08:30:00Z", "collectionSite": "Ward 3", "notes": "fasting"}"""
                                .formatted(studyId))
                .andExpect(status().isCreated());
        diagnose(studyId, "I21.0", "2019-03-14").andExpect(status().isCreated());
        call(clinician, "POST", "/api/clinical/participants/" + studyId + "/diagnoses", "{\"code\": \"I10\"}")
                .andExpect(status().isCreated());
        phenotype(studyId, "HP:0001658", false).andExpect(status().isCreated());
        phenotype(studyId, "HP:0001250", true).andExpect(status().isCreated());
        String observations = "/api/clinical/participants/" + studyId + "/observations";
        call(
                        clinician,
                        "POST",
                        observations,
                        """
                {"system": "http://loinc.org", "code": "2093-3", "display": "Cholesterol", "value": 212.5,
                 "unit": "mg/dL", "effectiveOn": "2019-03-14"}""")
                .andExpect(status().isCreated());
        call(
                        clinician,
                        "POST",
                        observations,
                        """
                {"system": "http://loinc.org", "code": "11523-8", "display": "EEG study",
                 "text": "normal", "effectiveOn": "2019-04-01"}""")
                .andExpect(status().isCreated());
        String treatments = "/api/clinical/participants/" + studyId + "/treatments";
        call(
                        clinician,
                        "POST",
                        treatments,
                        """
                {"kind": "SURGERY", "name": "PCI", "startedOn": "2019-03-14", "endedOn": "2019-03-14"}""")
                .andExpect(status().isCreated());
        call(
                        clinician,
                        "POST",
                        treatments,
                        """
                {"kind": "MEDICATION", "name": "Aspirin 100 mg", "startedOn": "2019-03-15"}""")
                .andExpect(status().isCreated());
        call(
                        clinician,
                        "PUT",
                        "/api/clinical/participants/" + studyId + "/outcome",
                        """
                {"vitalStatus": "DECEASED", "lastFollowUp": "2023-02-01", "diedOn": "2023-01-20"}""")
                .andExpect(status().isOk());
        return studyId;
    }

    @Test
    void a_participant_exported_and_imported_into_another_institution_keeps_every_field_of_the_model()
            throws Exception {
        String studyId = fullRecord();
        String exported = call(staff, "GET", "/api/clinical/participants/" + studyId + "/fhir", null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Accounts.InstitutionView other = institution();
        CurrentUser importer = user(other, Role.BIOBANK_STAFF, Role.CLINICIAN);

        ResultActions imported = importBundle(importer, exported)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.participantsEnrolled").value(1))
                .andExpect(jsonPath("$.specimens").value(1))
                .andExpect(jsonPath("$.diagnoses").value(2))
                .andExpect(jsonPath("$.phenotypes").value(2))
                .andExpect(jsonPath("$.observations").value(2))
                .andExpect(jsonPath("$.treatments").value(2))
                .andExpect(jsonPath("$.outcomes").value(1));
        String copy = read(imported, "$.participants[0]");
        assertThat(copy).isNotEqualTo(studyId);

        JsonNode original = normalized(call(clinician, "GET", "/api/clinical/participants/" + studyId, null));
        assertThat(original.get("diagnoses")).hasSize(2);
        assertThat(original.at("/diagnoses/0/code").asString()).isEqualTo("I21.0");
        assertThat(normalized(call(importer, "GET", "/api/clinical/participants/" + copy, null)))
                .isEqualTo(original);
        assertThat(participant(importer, copy)).isEqualTo(participant(staff, studyId));
        assertThat(specimens(call(importer, "GET", "/api/participants/" + copy + "/specimens", null)))
                .isEqualTo(specimens(call(staff, "GET", "/api/participants/" + studyId + "/specimens", null)));

        String again = call(importer, "GET", "/api/clinical/participants/" + copy + "/fhir", null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(resources(again)).isEqualTo(resources(exported));
    }

    @Test
    void importing_the_same_patient_again_adds_to_the_participant_it_already_is() throws Exception {
        String studyId = enrol();
        diagnose(studyId, "I10", "2019-03-14");
        String exported = call(clinician, "GET", "/api/clinical/participants/" + studyId + "/fhir", null)
                .andReturn()
                .getResponse()
                .getContentAsString();

        importBundle(clinician, exported)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.participantsEnrolled").value(0))
                .andExpect(jsonPath("$.participants[0]").value(studyId));
        call(clinician, "GET", "/api/clinical/participants/" + studyId, null)
                .andExpect(jsonPath("$.diagnoses[*].code").value(containsInAnyOrder("I10", "I10")));
    }

    @Test
    void a_bad_bundle_gets_every_problem_with_its_location_and_nothing_is_saved() throws Exception {
        CurrentUser importer = user(institution, Role.BIOBANK_STAFF, Role.CLINICIAN);
        String bundle =
                """
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                  {"fullUrl": "urn:uuid:p1", "resource": {"resourceType": "Patient",
                    "identifier": [{"system": "urn:oid:1.2.3", "value": "%s"}], "gender": "male",
                    "birthDate": "1975-04-02"}},
                  {"fullUrl": "urn:uuid:c1", "resource": {"resourceType": "Condition",
                    "subject": {"reference": "urn:uuid:p1"},
                    "code": {"coding": [{"system": "http://human-phenotype-ontology.org", "code": "HP_0001627"}]}}},
                  {"fullUrl": "urn:uuid:c2", "resource": {"resourceType": "Condition",
                    "subject": {"reference": "urn:uuid:p1"},
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "X99.9"}]}}},
                  {"fullUrl": "urn:uuid:c3", "resource": {"resourceType": "Condition",
                    "subject": {"reference": "urn:uuid:p1"}, "onsetDateTime": "1960-01-01",
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "I10"}]}}},
                  {"fullUrl": "urn:uuid:o1", "resource": {"resourceType": "Observation", "status": "final",
                    "subject": {"reference": "Patient/GB-NOSUCH"},
                    "code": {"coding": [{"system": "http://loinc.org", "code": "2093-3"}]},
                    "valueString": "high", "effectiveDateTime": "2020-01-01"}},
                  {"fullUrl": "urn:uuid:e1", "resource": {"resourceType": "Encounter", "status": "finished",
                    "class": {"code": "AMB"}}}
                ]}"""
                        .formatted(unique("MRN"));

        importBundle(importer, bundle)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:invalid-fhir"))
                .andExpect(jsonPath("$.detail").value("3 problems; nothing was imported"))
                .andExpect(jsonPath("$.errors[0].location").value("Bundle.entry[2].resource.code.coding[0].code"))
                .andExpect(jsonPath("$.errors[0].message").value("unknown ICD-10 code X99.9"))
                .andExpect(jsonPath("$.errors[1].location").value("Bundle.entry[3].resource.onsetDateTime"))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("diagnosedOn 1960-01-01 is before the participant's birth year 1975"))
                .andExpect(jsonPath("$.errors[2].location").value("Bundle.entry[4].resource.subject"));

        call(importer, "GET", "/api/participants", null).andExpect(jsonPath("$", empty()));
        call(importer, "GET", "/api/clinical/participants?hpo=HP:0000001", null).andExpect(jsonPath("$", empty()));
    }

    @Test
    void an_imported_record_dated_after_the_patients_death_is_a_problem_at_its_date() throws Exception {
        CurrentUser importer = user(institution, Role.BIOBANK_STAFF, Role.CLINICIAN);
        String bundle =
                """
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                  {"fullUrl": "urn:uuid:p1", "resource": {"resourceType": "Patient",
                    "identifier": [{"system": "urn:oid:1.2.3", "value": "%s"}], "gender": "female",
                    "birthDate": "1950-04-02", "deceasedDateTime": "2020-01-01"}},
                  {"fullUrl": "urn:uuid:c1", "resource": {"resourceType": "Condition",
                    "subject": {"reference": "urn:uuid:p1"}, "onsetDateTime": "2021-01-01",
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "I10"}]}}}
                ]}"""
                        .formatted(unique("MRN"));

        importBundle(importer, bundle)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("Bundle.entry[1].resource.onsetDateTime"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("diagnosedOn 2021-01-01 is after the participant's date of death 2020-01-01"));
        call(importer, "GET", "/api/participants", null).andExpect(jsonPath("$", empty()));
    }

    @Test
    void a_body_that_is_not_a_fhir_bundle_is_refused_at_the_bundle() throws Exception {
        importBundle(
                        clinician,
                        "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\":"
                                + " {\"resourceType\": \"Patient\", \"birthDate\": \"not-a-date\"}}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("Bundle"));
        importBundle(clinician, "{\"resourceType\": \"Bundle\", \"type\": \"searchset\"}")
                .andExpect(jsonPath("$.errors[0].location").value("Bundle.type"));
        importBundle(clinician, "[1, 2")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].location").value(hasItem("Bundle")));
    }

    /** The clinical record without what differs between two copies by design: IDs, who recorded it and when. */
    private static JsonNode normalized(ResultActions result) throws Exception {
        return stripped(result, List.of("id", "recordedAt", "recordedBy", "studyId"));
    }

    /** The specimen tree without the generated specimen codes and the custody state that is not imported. */
    private static JsonNode specimens(ResultActions result) throws Exception {
        return stripped(result, List.of("code", "participant", "version", "location", "status", "consentWithdrawn"));
    }

    private static JsonNode stripped(ResultActions result, List<String> fields) throws Exception {
        JsonNode node = JSON.readTree(result.andReturn().getResponse().getContentAsString());
        strip(node, fields);
        return node;
    }

    private static void strip(JsonNode node, List<String> fields) {
        if (node instanceof ObjectNode object) {
            object.remove(fields);
        }
        node.forEach(child -> strip(child, fields));
    }

    private JsonNode participant(CurrentUser user, String studyId) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(call(user, "GET", "/api/participants/" + studyId, null)
                .andReturn()
                .getResponse()
                .getContentAsString());
        return node.retain("sex", "birthYear", "population", "genomeSampleId");
    }

    private static List<String> resources(String bundle) throws Exception {
        List<String> types = new java.util.ArrayList<>();
        JSON.readTree(bundle)
                .get("entry")
                .forEach(e -> types.add(e.get("resource").get("resourceType").asString()));
        return types;
    }
}
