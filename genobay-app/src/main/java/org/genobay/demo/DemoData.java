package org.genobay.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.NewAccount;
import org.genobay.accounts.Passwords;
import org.genobay.accounts.Role;
import org.genobay.biobank.BoxPosition;
import org.genobay.biobank.ConsentScope;
import org.genobay.biobank.NewDerivative;
import org.genobay.biobank.NewParticipant;
import org.genobay.biobank.NewSpecimen;
import org.genobay.biobank.NewStorageUnit;
import org.genobay.biobank.Participants;
import org.genobay.biobank.QcMeasure;
import org.genobay.biobank.QualityControl;
import org.genobay.biobank.Quantity;
import org.genobay.biobank.SpecimenStatus;
import org.genobay.biobank.SpecimenType;
import org.genobay.biobank.Specimens;
import org.genobay.biobank.Storage;
import org.genobay.biobank.Unit;
import org.genobay.omics.VariantDatasets;
import org.genobay.variants.BundledSample;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo institution in one transaction: all of it or, if anything fails, nothing. Seeds only once: when the
 * demo institution exists, it leaves the database alone. The variant dataset of the bundled 1000 Genomes sample is
 * registered in the same transaction and ingested in the background after it commits.
 */
@Component
public class DemoData {

    public static final String INSTITUTION = "NUH";
    static final String DATASET = "1kg-chr22";
    private static final int BOX_SIDE = 9;

    private final Accounts accounts;
    private final Participants participants;
    private final Specimens specimens;
    private final Storage storage;
    private final QualityControl qc;
    private final VariantDatasets variantDatasets;
    private final TransactionTemplate transaction;
    private final List<DemoContributor> contributors;

    DemoData(
            Accounts accounts,
            Participants participants,
            Specimens specimens,
            Storage storage,
            QualityControl qc,
            VariantDatasets variantDatasets,
            TransactionTemplate transaction,
            List<DemoContributor> contributors) {
        this.accounts = accounts;
        this.participants = participants;
        this.specimens = specimens;
        this.storage = storage;
        this.qc = qc;
        this.variantDatasets = variantDatasets;
        this.transaction = transaction;
        this.contributors = List.copyOf(contributors);
    }

    /** The demo's accounts and their passwords, to print once. */
    public record Logins(String institution, Map<String, String> passwords) {}

    /** Seeds the demo unless it is there already; returns the logins when it seeded. */
    public Optional<Logins> seed() {
        if (accounts.institutionByCode(INSTITUTION).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(transaction.execute(status -> seedAll()));
    }

    private Logins seedAll() {
        Accounts.InstitutionView institution =
                accounts.createInstitution(INSTITUTION, "Northfield University Hospital Biobank");
        Map<String, String> passwords = new LinkedHashMap<>();
        CurrentUser tech = account(institution, "tech", "Biobank Technician", Role.BIOBANK_STAFF, passwords);
        account(institution, "manager", "Biobank Manager", Role.ADMINISTRATOR, passwords);
        CurrentUser clinician = account(institution, "clinician", "Clinical Geneticist", Role.CLINICIAN, passwords);
        account(institution, "researcher", "Researcher", Role.RESEARCHER, passwords);

        long freezer = storage.create(NewStorageUnit.freezer("Freezer A", "-80 °C"), tech)
                .id();
        long rack1 =
                storage.create(NewStorageUnit.rack("Rack 1", freezer), tech).id();
        long rack2 =
                storage.create(NewStorageUnit.rack("Rack 2", freezer), tech).id();
        Boxes blood = new Boxes("Whole blood", rack1, tech);
        Boxes plasma = new Boxes("Plasma", rack1, tech);
        Boxes dna = new Boxes("DNA", rack2, tech);

        Random random = new Random(1000);
        Instant start = Instant.parse("2024-01-08T08:00:00Z");
        List<DemoSample> samples = samples();
        List<String> studyIds = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            DemoSample sample = samples.get(i);
            Set<ConsentScope> scopes = EnumSet.allOf(ConsentScope.class);
            if (i % 7 == 3) {
                scopes.remove(ConsentScope.EXPORT_ABROAD);
            }
            if (i % 11 == 5) {
                scopes.remove(ConsentScope.RECONTACT);
            }
            String studyId = participants
                    .enrol(
                            new NewParticipant(
                                    "NUH-%06d".formatted(104_729 + i * 37),
                                    sample.sex(),
                                    Optional.of(1940 + random.nextInt(60)),
                                    Optional.of(sample.population()),
                                    Optional.of(sample.sampleId()),
                                    scopes),
                            tech)
                    .studyId();
            studyIds.add(studyId);
            Instant collected = start.plus(i * 3L, ChronoUnit.DAYS).plus(random.nextInt(480), ChronoUnit.MINUTES);
            String tube = specimens
                    .collect(
                            new NewSpecimen(
                                    studyId,
                                    SpecimenType.WHOLE_BLOOD,
                                    Quantity.of("10", Unit.ML),
                                    collected,
                                    "Northfield phlebotomy, ward " + (1 + random.nextInt(6)),
                                    Optional.empty()),
                            tech)
                    .code();
            String dnaStock = specimens
                    .derive(
                            tube,
                            NewDerivative.derived(
                                    SpecimenType.DNA,
                                    Quantity.of(String.valueOf(120 + random.nextInt(120)), Unit.UG),
                                    Quantity.of("4", Unit.ML)),
                            tech)
                    .code();
            String plasmaTube = specimens
                    .derive(
                            tube,
                            NewDerivative.derived(
                                    SpecimenType.PLASMA, Quantity.of("2", Unit.ML), Quantity.of("4", Unit.ML)),
                            tech)
                    .code();
            // Purity mostly within 1.7–2.0, a few contaminated extractions below it.
            BigDecimal purity = BigDecimal.valueOf(1.62 + random.nextInt(36) / 100.0);
            qc.record(dnaStock, QcMeasure.A260_280, purity, tech);
            qc.record(dnaStock, QcMeasure.CONCENTRATION, BigDecimal.valueOf(15 + random.nextInt(120)), tech);
            blood.put(tube);
            plasma.put(plasmaTube);
            dna.put(dnaStock);
            for (int a = 0; a < 2; a++) {
                String aliquot = specimens
                        .derive(dnaStock, NewDerivative.aliquot(Quantity.of("20", Unit.UG)), tech)
                        .code();
                dna.put(aliquot);
                if (i % 9 == 0 && a == 1) {
                    specimens.changeStatus(
                            aliquot, SpecimenStatus.RESERVED, Optional.of("replication study NUH-2024-07"), tech);
                }
            }
            if (i == 17 || i == 62) {
                participants.withdrawConsent(studyId, Set.of(), tech);
            }
        }
        // The real 1000 Genomes genotypes of these participants' samples (and 2,404 more): ingested in the background
        // once this transaction commits, so the start stays fast.
        variantDatasets.upload(
                DATASET, List.of(new ClassPathResource("org/genobay/variants/sample/" + BundledSample.VCF)), tech);
        DemoContributor.Demo demo = new DemoContributor.Demo(tech, clinician, studyIds);
        contributors.forEach(contributor -> contributor.contribute(demo));
        return new Logins(institution.name(), Map.copyOf(passwords));
    }

    private CurrentUser account(
            Accounts.InstitutionView institution,
            String username,
            String name,
            Role role,
            Map<String, String> passwords) {
        String password = Passwords.generate(14);
        passwords.put(username, password);
        return accounts.createAccount(new NewAccount(username, name, password, institution.id(), Set.of(role)));
    }

    static List<DemoSample> samples() {
        ClassPathResource resource = new ClassPathResource("demo/1000genomes-participants.ped");
        try (InputStream in = resource.getInputStream()) {
            List<DemoSample> samples = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                if (!lines[n].isBlank() && !lines[n].startsWith("#")) {
                    samples.add(DemoSample.parse(lines[n], n + 1));
                }
            }
            return List.copyOf(samples);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled demo pedigree " + resource.getPath(), e);
        }
    }

    /** Fills boxes of one kind position by position, opening the next box when one is full. */
    private final class Boxes {

        private final String name;
        private final long rack;
        private final CurrentUser user;
        private long box;
        private int used = BOX_SIDE * BOX_SIDE;
        private int count;

        Boxes(String name, long rack, CurrentUser user) {
            this.name = name;
            this.rack = rack;
            this.user = user;
        }

        void put(String code) {
            if (used == BOX_SIDE * BOX_SIDE) {
                count++;
                box = storage.create(NewStorageUnit.box(name + " " + count, rack, BOX_SIDE, BOX_SIDE), user)
                        .id();
                used = 0;
            }
            storage.place(code, box, new BoxPosition(used / BOX_SIDE + 1, used % BOX_SIDE + 1), user);
            used++;
        }
    }
}
