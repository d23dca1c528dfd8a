package org.genobay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.demo.DemoContributor;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo registry, contributed for a fresh institution as the demo seeding does (in one transaction). */
class DonorsDemoIT extends DatabaseIT {

    @Autowired
    DonorsDemo contributor;

    @Autowired
    Donors donors;

    @Autowired
    CordBloodUnits units;

    @Autowired
    DonorSearches searches;

    @Autowired
    TransactionTemplate transaction;

    @BeforeAll
    static void releaseStaged() {
        String dir = System.getProperty("genobay.hla.imgt-dir", "");
        assumeTrue(!dir.isEmpty() && Files.isDirectory(Path.of(dir)), "no IMGT/HLA release staged at '" + dir + "'");
    }

    @Test
    void theDemoRegistryHasDonorsOfEveryResolutionUnitsAndSearchesThatFindMatches() {
        var institution = institution();
        CurrentUser staff = user(institution, Role.BIOBANK_STAFF);
        CurrentUser clinician = user(institution, Role.CLINICIAN);

        transaction.executeWithoutResult(
                t -> contributor.contribute(new DemoContributor.Demo(staff, clinician, List.of())));

        Donors.DonorPage all = donors.page(Optional.empty(), Optional.empty(), 0, 1000, staff);
        assertThat(all.total()).isEqualTo(DonorsDemo.DONORS);
        Map<String, Long> methods = all.donors().stream()
                .map(d -> d.typing().orElseThrow().method().orElseThrow())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(methods).containsOnlyKeys("NGS", "SSO", "serology");
        assertThat(methods.get("NGS")).isGreaterThan(methods.get("SSO")).isGreaterThan(methods.get("serology"));
        assertThat(all.donors().stream()
                        .filter(d ->
                                d.typing().orElseThrow().method().orElseThrow().equals("serology")))
                .allMatch(d -> d.birthYear().orElseThrow() < 1975);
        assertThat(units.list(staff)).hasSize(DonorsDemo.UNITS);

        List<DonorSearches.SearchSummary> saved = searches.list(clinician);
        assertThat(saved).hasSize(3);
        DonorSearches.SearchView first = searches.get(
                saved.stream()
                        .filter(s -> s.patient().startsWith("TX-2041"))
                        .findFirst()
                        .orElseThrow()
                        .code(),
                clinician);
        assertThat(first.results()).isNotEmpty();
        assertThat(first.results().get(0).total()).startsWith("10/10");
    }
}
