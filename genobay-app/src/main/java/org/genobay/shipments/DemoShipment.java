package org.genobay.shipments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.NewAccount;
import org.genobay.accounts.Passwords;
import org.genobay.accounts.Role;
import org.genobay.biobank.ConsentScope;
import org.genobay.biobank.NewProtocol;
import org.genobay.biobank.NewSpecimen;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Protocols;
import org.genobay.biobank.Quantity;
import org.genobay.biobank.SpecimenType;
import org.genobay.biobank.Specimens;
import org.genobay.biobank.Unit;
import org.genobay.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the demo biobank is seeded, adds a collection protocol and one shipment: three saliva tubes collected under
 * the protocol, sent to a second institution (a genomics laboratory with the account {@code lab}), which received two
 * in order and one damaged. One transaction, once: when the laboratory exists, it leaves the database alone.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("genobay.demo")
class DemoShipment implements ApplicationRunner {

    static final String LAB = "RGL";
    static final String PROTOCOL = "NUH-GEN-2024";
    private static final Logger log = LoggerFactory.getLogger(DemoShipment.class);

    private final Accounts accounts;
    private final Participants participants;
    private final Protocols protocols;
    private final Specimens specimens;
    private final Shipments shipments;
    private final TransactionTemplate transaction;

    DemoShipment(
            Accounts accounts,
            Participants participants,
            Protocols protocols,
            Specimens specimens,
            Shipments shipments,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.participants = participants;
        this.protocols = protocols;
        this.specimens = specimens;
        this.shipments = shipments;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed().ifPresent(password -> log.warn(
                "\n\nDemo shipment: 3 saliva tubes sent to the Regional Genomics Laboratory (see Shipments)."
                        + "\nSign in there as (password printed only this once):\n    lab         {}\n",
                password));
    }

    /** Seeds the protocol and the shipment when the demo biobank is there and the laboratory is not; the password. */
    Optional<String> seed() {
        if (accounts.institutionByCode(DemoData.INSTITUTION).isEmpty()) {
            return Optional.empty();
        }
        return accounts.user("tech").flatMap(this::seed);
    }

    /** Seeds the protocol and the shipment of the sender's institution, unless the laboratory exists. */
    Optional<String> seed(CurrentUser sender) {
        if (accounts.institutionByCode(LAB).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(transaction.execute(status -> seedAll(sender)));
    }

    private String seedAll(CurrentUser tech) {
        Accounts.InstitutionView lab = accounts.createInstitution(LAB, "Regional Genomics Laboratory");
        String password = Passwords.generate(14);
        CurrentUser labStaff = accounts.createAccount(
                new NewAccount("lab", "Laboratory Technician", password, lab.id(), Set.of(Role.BIOBANK_STAFF)));
        protocols.create(
                new NewProtocol(
                        PROTOCOL,
                        "Northfield genome cohort",
                        Optional.of("Blood and saliva for whole-genome sequencing at the regional laboratory."),
                        EnumSet.of(SpecimenType.WHOLE_BLOOD, SpecimenType.SALIVA),
                        EnumSet.of(ConsentScope.RESEARCH_USE, ConsentScope.GENETIC_ANALYSIS)),
                tech);
        List<String> tubes = new ArrayList<>();
        Instant collected = Instant.parse("2024-06-03T09:00:00Z");
        for (Participants.ParticipantView participant : participants.search("", tech)) {
            boolean genetic = participant.consents().stream()
                    .anyMatch(c -> c.scope() == ConsentScope.GENETIC_ANALYSIS
                            && c.status().equals("GIVEN"));
            if (participant.withdrawn() || !genetic) {
                continue;
            }
            NewSpecimen saliva = new NewSpecimen(
                    participant.studyId(),
                    SpecimenType.SALIVA,
                    Quantity.of("2", Unit.ML),
                    collected.plus(tubes.size() * 20L, ChronoUnit.MINUTES),
                    "Northfield genome clinic",
                    Optional.empty(),
                    Optional.of(PROTOCOL));
            tubes.add(specimens.collect(saliva, tech).code());
            if (tubes.size() == 3) {
                break;
            }
        }
        String code = shipments
                .prepare(
                        new NewShipment(
                                LAB,
                                tubes,
                                new NewShipment.Transport(
                                        Optional.of("Northfield Medical Courier"),
                                        Optional.of("NMC-2024-0117"),
                                        Optional.of("Saliva for sequencing, ambient temperature"))),
                        tech)
                .code();
        shipments.dispatch(code, Optional.empty(), tech);
        List<Receipt.Item> items = new ArrayList<>();
        for (int i = 0; i < tubes.size(); i++) {
            items.add(
                    i == 1
                            ? new Receipt.Item(
                                    tubes.get(i), ItemOutcome.DAMAGED, Optional.of("cap loose, sample leaked"))
                            : new Receipt.Item(tubes.get(i), ItemOutcome.OK, Optional.empty()));
        }
        shipments.receive(code, new Receipt(Instant.now(), items), Optional.empty(), labStaff);
        return password;
    }
}
