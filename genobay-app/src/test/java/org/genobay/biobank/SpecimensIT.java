package org.genobay.biobank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

class SpecimensIT extends BiobankIT {

    @Autowired
    SpecimenRepository specimens;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aliquots_take_their_quantity_from_the_parent_and_no_more_than_it_has() throws Exception {
        String blood = blood(enrol(unique("MRN")));

        aliquot(blood, "4", "ML")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ALIQUOT"));
        aliquot(blood, "4000", "UL")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parent").value(blood));
        aliquot(blood, "4", "ML")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:insufficient-quantity"))
                .andExpect(jsonPath("$.detail")
                        .value("specimen " + blood + " has 2 mL left; the new specimen needs 4 mL"));

        call(staff, "GET", "/api/specimens/" + blood, null)
                .andExpect(jsonPath("$.quantity.amount").value(2.0))
                .andExpect(jsonPath("$.initialQuantity.amount").value(10.0))
                .andExpect(jsonPath("$.status").value("AVAILABLE"));
    }

    @Test
    void a_derivative_says_how_much_of_the_parent_it_used_and_using_all_of_it_consumes_the_parent() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        String dna = "{\"type\": \"DNA\", \"quantity\": 40, \"unit\": \"UG\"%s}";

        call(staff, "POST", "/api/specimens/" + blood + "/children", dna.formatted(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("takenQuantity"));
        call(
                        staff,
                        "POST",
                        "/api/specimens/" + blood + "/children",
                        dna.formatted(", \"takenQuantity\": 10, \"takenUnit\": \"ML\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("DERIVATIVE"))
                .andExpect(jsonPath("$.type").value("DNA"))
                .andExpect(jsonPath("$.quantity.unit").value("UG"));

        call(staff, "GET", "/api/specimens/" + blood, null)
                .andExpect(jsonPath("$.status").value("CONSUMED"))
                .andExpect(jsonPath("$.quantity.amount").value(0.0));
    }

    @Test
    void the_specimen_tree_shows_aliquots_and_derivatives_under_their_parent() throws Exception {
        String studyId = enrol(unique("MRN"));
        String blood = blood(studyId);
        String plasma = read(
                call(
                        staff,
                        "POST",
                        "/api/specimens/" + blood + "/children",
                        "{\"type\": \"PLASMA\", \"quantity\": 4, \"unit\": \"ML\", \"takenQuantity\": 8, \"takenUnit\": \"ML\"}"),
                "$.code");
        aliquot(plasma, "1", "ML").andExpect(status().isCreated());

        call(staff, "GET", "/api/participants/" + studyId + "/specimens", null)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].specimen.code").value(blood))
                .andExpect(jsonPath("$[0].children[0].specimen.code").value(plasma))
                .andExpect(
                        jsonPath("$[0].children[0].children[0].specimen.kind").value("ALIQUOT"));
    }

    @Test
    void status_changes_follow_the_allowed_transitions() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        String path = "/api/specimens/" + blood + "/status";

        call(staff, "POST", path, "{\"status\": \"RESERVED\", \"reason\": \"study 42\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESERVED"));
        call(staff, "POST", path, "{\"status\": \"SHIPPED\"}").andExpect(status().isOk());
        call(staff, "POST", path, "{\"status\": \"AVAILABLE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:invalid-transition"))
                .andExpect(jsonPath("$.detail")
                        .value("specimen " + blood + " is SHIPPED and cannot become AVAILABLE; allowed: []"));
        aliquot(blood, "1", "ML").andExpect(status().isConflict());
    }

    @Test
    void the_second_of_two_edits_made_on_the_same_version_gets_409_and_changes_nothing() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        long version = Long.parseLong(read(call(staff, "GET", "/api/specimens/" + blood, null), "$.version"));
        String edit = "{\"version\": %d, \"collectedAt\": \"2025-03-01T08:30:00Z\", \"collectionSite\": \"%s\"}";

        call(staff, "PUT", "/api/specimens/" + blood, edit.formatted(version, "Ward 4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1));
        call(staff, "PUT", "/api/specimens/" + blood, edit.formatted(version, "Ward 5"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:concurrent-edit"))
                .andExpect(jsonPath("$.title").value("Changed by someone else"));

        call(staff, "GET", "/api/specimens/" + blood, null)
                .andExpect(jsonPath("$.collectionSite").value("Ward 4"));
    }

    @Test
    void two_transactions_saving_the_same_specimen_at_once_cannot_both_commit() throws Exception {
        String code = blood(enrol(unique("MRN")));
        long id = specimens
                .findByCodeAndInstitutionId(code, institution.id())
                .orElseThrow()
                .id();
        CyclicBarrier bothRead = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> edits = new ArrayList<>();
        for (String site : List.of("Ward 8", "Ward 9")) {
            edits.add(threads.submit(() -> transactions.executeWithoutResult(tx -> {
                Specimen specimen = specimens.findById(id).orElseThrow();
                await(bothRead);
                specimen.edit(specimen.collectedAt(), site, specimen.notes());
            })));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> edit : edits) {
            try {
                edit.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        threads.shutdown();

        assertThat(failures).singleElement().isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(specimens.findById(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void every_change_leaves_a_custody_event_saying_who_what_and_where() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        aliquot(blood, "1", "ML");
        call(staff, "POST", "/api/specimens/" + blood + "/status", "{\"status\": \"RESERVED\"}");

        call(staff, "GET", "/api/specimens/" + blood + "/custody", null)
                .andExpect(jsonPath("$[*].what")
                        .value(org.hamcrest.Matchers.contains("COLLECTED", "MATERIAL_TAKEN", "STATUS_CHANGED")))
                .andExpect(jsonPath("$[0].who").value(staff.username()))
                .andExpect(jsonPath("$[0].where").value(institution.name() + " (not in storage)"))
                .andExpect(jsonPath("$[1].detail", org.hamcrest.Matchers.endsWith("9 mL left")))
                .andExpect(jsonPath("$[2].detail").value("AVAILABLE → RESERVED"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
