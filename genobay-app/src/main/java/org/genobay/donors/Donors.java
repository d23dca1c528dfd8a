package org.genobay.donors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Sex;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, reads, edits and retypes an institution's donors. Every typing is checked with the IMGT/HLA release
 * before anything is saved; a new typing supersedes the current one and the old ones stay as history.
 */
@Service
@Transactional
public class Donors {

    private final DonorRepository donors;
    private final HlaTypingRepository typings;
    private final HlaTypings hla;
    private final DonorSearchEngine engine;
    private final Clock clock;

    Donors(DonorRepository donors, HlaTypingRepository typings, HlaTypings hla, DonorSearchEngine engine, Clock clock) {
        this.donors = donors;
        this.typings = typings;
        this.hla = hla;
        this.engine = engine;
        this.clock = clock;
    }

    public record TypingView(
            long id,
            String gl,
            Optional<String> lab,
            Optional<String> method,
            Optional<LocalDate> typedOn,
            Instant recordedAt,
            String recordedBy) {}

    public record DonorView(
            String registryId,
            Sex sex,
            Optional<Integer> birthYear,
            Optional<String> abo,
            Optional<String> cmv,
            DonorStatus status,
            Optional<LocalDate> unavailableUntil,
            Optional<TypingView> typing,
            List<TypingView> history,
            Instant changedAt,
            String changedBy,
            long version) {}

    public DonorView register(String registryId, DonorDetails details, TypingSource typing, CurrentUser user) {
        DonorRoles.requireWrite(user, "register donors");
        String id = registryId(registryId);
        hla.prepare("typing", typing.gl());
        if (donors.findByInstitutionIdAndRegistryId(user.institutionId(), id).isPresent()) {
            throw new ConflictException("duplicate-donor", "donor " + id + " is already registered");
        }
        Instant now = clock.instant();
        Donor donor = donors.save(new Donor(user.institutionId(), id, details, now, user.username()));
        typings.save(HlaTyping.ofDonor(donor, typing.gl().strip(), typing, now, user.username()));
        engine.changed(user.institutionId());
        return view(donor);
    }

    @Transactional(readOnly = true)
    public DonorView get(String registryId, CurrentUser user) {
        DonorRoles.requireRead(user, "read donors");
        return view(find(registryId, user));
    }

    /** The institution's donors whose registry ID contains the text (all when it is blank), by registry ID. */
    @Transactional(readOnly = true)
    public List<DonorView> list(Optional<String> text, CurrentUser user) {
        DonorRoles.requireRead(user, "read donors");
        String wanted = text.map(t -> t.strip().toUpperCase(Locale.ROOT)).orElse("");
        return donors.findByInstitutionIdOrderByRegistryId(user.institutionId()).stream()
                .filter(d -> d.registryId().toUpperCase(Locale.ROOT).contains(wanted))
                .map(this::view)
                .toList();
    }

    /** One page of a list, 0-based, with how many there are in all. */
    public record DonorPage(List<DonorView> donors, int page, int pages, long total) {}

    /**
     * A page of the institution's donors by registry ID, filtered by part of the registry ID and by status; only the
     * page's donors are read with their typings, so a list of thousands stays quick.
     */
    @Transactional(readOnly = true)
    public DonorPage page(Optional<String> text, Optional<DonorStatus> status, int page, int size, CurrentUser user) {
        DonorRoles.requireRead(user, "read donors");
        String wanted = text.map(t -> t.strip().toUpperCase(Locale.ROOT)).orElse("");
        List<Donor> matching = donors.findByInstitutionIdOrderByRegistryId(user.institutionId()).stream()
                .filter(d -> d.registryId().toUpperCase(Locale.ROOT).contains(wanted))
                .filter(d -> status.isEmpty() || d.details().status() == status.get())
                .toList();
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<DonorView> shown =
                matching.subList(current * size, Math.min(matching.size(), (current + 1) * size)).stream()
                        .map(this::view)
                        .toList();
        return new DonorPage(shown, current, pages, matching.size());
    }

    public DonorView edit(String registryId, Optional<Long> version, DonorDetails details, CurrentUser user) {
        DonorRoles.requireWrite(user, "edit donors");
        Donor donor = find(registryId, user);
        Versions.require("donor " + donor.registryId(), donor.version(), donor.changedAt(), donor.changedBy(), version);
        donor.update(details, clock.instant(), user.username());
        donors.saveAndFlush(donor);
        engine.changed(user.institutionId());
        return view(donor);
    }

    /** Records a new typing, which becomes the current one; the donor's version moves on too. */
    public DonorView retype(String registryId, Optional<Long> version, TypingSource typing, CurrentUser user) {
        DonorRoles.requireWrite(user, "retype donors");
        Donor donor = find(registryId, user);
        Versions.require("donor " + donor.registryId(), donor.version(), donor.changedAt(), donor.changedBy(), version);
        hla.prepare("typing", typing.gl());
        Instant now = clock.instant();
        donor.update(donor.details(), now, user.username());
        donors.saveAndFlush(donor);
        typings.save(HlaTyping.ofDonor(donor, typing.gl().strip(), typing, now, user.username()));
        engine.changed(user.institutionId());
        return view(donor);
    }

    static String registryId(String registryId) {
        if (registryId == null || registryId.isBlank()) {
            throw new InvalidInputException("registryId", "registryId is required");
        }
        String id = registryId.strip();
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidInputException(
                    "registryId",
                    "registry ID '" + id + "' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a"
                            + " letter or digit");
        }
        return id;
    }

    private Donor find(String registryId, CurrentUser user) {
        return donors.findByInstitutionIdAndRegistryId(user.institutionId(), registryId)
                .orElseThrow(() -> new NotFoundException("donor", registryId));
    }

    private DonorView view(Donor donor) {
        List<TypingView> history = donor.id() == null
                ? List.of()
                : typings.findByDonorIdOrderByIdDesc(donor.id()).stream()
                        .map(HlaTyping::view)
                        .toList();
        DonorDetails d = donor.details();
        return new DonorView(
                donor.registryId(),
                d.sex(),
                d.birthYear(),
                d.abo(),
                d.cmv(),
                d.status(),
                d.unavailableUntil(),
                history.stream().findFirst(),
                history,
                donor.changedAt(),
                donor.changedBy(),
                donor.version());
    }
}
