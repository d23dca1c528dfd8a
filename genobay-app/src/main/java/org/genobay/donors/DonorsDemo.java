package org.genobay.donors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Sex;
import org.genobay.demo.DemoContributor;
import org.genobay.errors.ConflictException;
import org.genobay.hla.match.Locus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A demo registry: 300 donors and 40 cord-blood units with typings made from common haplotypes ({@link
 * DemoTypings}), and three saved searches. Skipped, with a log line, when no IMGT/HLA release is configured: every
 * typing is checked with one.
 */
@Component
class DonorsDemo implements DemoContributor {

    static final int DONORS = 300;
    static final int UNITS = 40;
    private static final Logger LOG = LoggerFactory.getLogger(DonorsDemo.class);
    private static final List<String> ABO = List.of("O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-");
    private static final int[] ABO_WEIGHTS = {37, 36, 9, 3, 7, 6, 1, 1};

    private final Donors donors;
    private final CordBloodUnits units;
    private final DonorSearches searches;
    private final HlaTypings hla;

    DonorsDemo(Donors donors, CordBloodUnits units, DonorSearches searches, HlaTypings hla) {
        this.donors = donors;
        this.units = units;
        this.searches = searches;
        this.hla = hla;
    }

    @Override
    public void contribute(Demo demo) {
        String release;
        try {
            release = hla.releaseVersion();
        } catch (ConflictException e) {
            LOG.info("demo: no donors or cord-blood units, {}", e.getMessage());
            return;
        }
        DemoTypings typings = new DemoTypings(20_240_301L);
        for (int i = 1; i <= DONORS; i++) {
            donor(i, typings, demo.staff());
        }
        for (int i = 1; i <= UNITS; i++) {
            unit(i, typings, demo.staff());
        }
        search(
                demo.clinician(),
                "TX-2041 (AML, 34 y)",
                DemoTypings.typing(
                        List.of(DemoTypings.HAPLOTYPES.get(0), DemoTypings.HAPLOTYPES.get(1)),
                        DemoTypings.Resolution.HIGH),
                Locus.TEN,
                Optional.empty());
        search(
                demo.clinician(),
                "TX-2057 (ALL, child)",
                DemoTypings.typing(
                        List.of(DemoTypings.HAPLOTYPES.get(14), DemoTypings.HAPLOTYPES.get(0)),
                        DemoTypings.Resolution.HIGH),
                Locus.EIGHT,
                Optional.of(new BigDecimal("24")));
        search(
                demo.clinician(),
                "TX-2063 (MDS, 61 y)",
                DemoTypings.typing(
                        List.of(DemoTypings.HAPLOTYPES.get(2), DemoTypings.HAPLOTYPES.get(3)),
                        DemoTypings.Resolution.HIGH),
                Locus.TEN,
                Optional.empty());
        LOG.info(
                "demo: {} donors, {} cord-blood units and 3 saved searches, typings checked with IMGT/HLA {}",
                DONORS,
                UNITS,
                release);
    }

    private void donor(int i, DemoTypings typings, CurrentUser staff) {
        int birthYear = 1960 + typings.nextInt(46);
        // donors recruited long ago were typed by serology at A, B and DR; the rest by SSO or NGS
        int draw = typings.nextInt(100);
        DemoTypings.Resolution resolution = birthYear < 1975 && draw < 50
                ? DemoTypings.Resolution.SEROLOGY
                : draw < 25 ? DemoTypings.Resolution.INTERMEDIATE : DemoTypings.Resolution.HIGH;
        int status = typings.nextInt(100);
        DonorDetails details = new DonorDetails(
                typings.nextInt(2) == 0 ? Sex.FEMALE : Sex.MALE,
                Optional.of(birthYear),
                Optional.of(abo(typings)),
                Optional.of(typings.nextInt(100) < 45 ? "POSITIVE" : "NEGATIVE"),
                status < 88
                        ? DonorStatus.AVAILABLE
                        : status < 95 ? DonorStatus.TEMPORARILY_UNAVAILABLE : DonorStatus.RETIRED,
                Optional.empty());
        String method =
                switch (resolution) {
                    case HIGH -> "NGS";
                    case INTERMEDIATE -> "SSO";
                    case SEROLOGY -> "serology";
                };
        donors.register(
                "DN-%05d".formatted(i),
                details,
                new TypingSource(
                        DemoTypings.typing(typings.person(), resolution),
                        Optional.of("Northfield HLA laboratory"),
                        Optional.of(method),
                        Optional.of(LocalDate.of(
                                Math.min(birthYear + 20 + typings.nextInt(10), 2025), 1 + i % 12, 1 + i % 28))),
                staff);
    }

    private void unit(int i, DemoTypings typings, CurrentUser staff) {
        DemoTypings.Resolution resolution =
                typings.nextInt(100) < 70 ? DemoTypings.Resolution.HIGH : DemoTypings.Resolution.INTERMEDIATE;
        int status = typings.nextInt(100);
        UnitDetails details = new UnitDetails(
                Optional.empty(),
                Optional.of(LocalDate.of(2012 + i % 13, 1 + i % 12, 1 + i % 28)),
                BigDecimal.valueOf(20 + typings.nextInt(110), 1).add(BigDecimal.valueOf(15)),
                BigDecimal.valueOf(60 + typings.nextInt(200)),
                BigDecimal.valueOf(15 + typings.nextInt(80), 1),
                Optional.of(BigDecimal.valueOf(850 + typings.nextInt(140), 1)),
                Map.of("HIV-1/2", "NEGATIVE", "HBsAg", "NEGATIVE", "HCV", "NEGATIVE", "Syphilis", "NEGATIVE"),
                status < 80 ? UnitStatus.RELEASED : status < 90 ? UnitStatus.QUARANTINE : UnitStatus.RESERVED);
        units.bank(
                "CB-%04d".formatted(i),
                details,
                new TypingSource(
                        DemoTypings.typing(typings.person(), resolution),
                        Optional.of("Northfield HLA laboratory"),
                        Optional.of(resolution == DemoTypings.Resolution.HIGH ? "NGS" : "SSO"),
                        Optional.empty()),
                staff);
    }

    private void search(
            CurrentUser clinician,
            String patient,
            String typing,
            java.util.Set<Locus> loci,
            Optional<BigDecimal> weight) {
        searches.search(
                new SearchRequest(patient, typing, loci, 2, EnumSet.allOf(CandidateKind.class), weight), clinician);
    }

    private static String abo(DemoTypings typings) {
        int r = typings.nextInt(100);
        for (int i = 0; i < ABO.size(); i++) {
            r -= ABO_WEIGHTS[i];
            if (r < 0) {
                return ABO.get(i);
            }
        }
        return ABO.get(0);
    }
}
