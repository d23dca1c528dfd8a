package org.genobay.biobank;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An institution's collection protocols, and the check that a specimen collected under one is of a type the protocol
 * collects, from a participant who gave the consent it requires.
 */
@Service
@Transactional
public class Protocols {

    private final CollectionProtocolRepository protocols;
    private final ConsentRepository consents;
    private final SpecimenRepository specimens;
    private final Clock clock;

    Protocols(
            CollectionProtocolRepository protocols,
            ConsentRepository consents,
            SpecimenRepository specimens,
            Clock clock) {
        this.protocols = protocols;
        this.consents = consents;
        this.specimens = specimens;
        this.clock = clock;
    }

    public record ProtocolView(
            String code,
            String title,
            Optional<String> description,
            List<SpecimenType> specimenTypes,
            List<ConsentScope> consentScopes,
            boolean active,
            long specimens,
            Instant createdAt,
            String createdBy,
            long version) {}

    public ProtocolView create(NewProtocol details, CurrentUser user) {
        BiobankRoles.requireWrite(user, "define collection protocols");
        if (protocols
                .findByCodeAndInstitutionId(details.code(), user.institutionId())
                .isPresent()) {
            throw new ConflictException("duplicate", "a protocol with code " + details.code() + " exists already");
        }
        return saved(protocols.save(
                new CollectionProtocol(user.institutionId(), details, clock.instant(), user.username())));
    }

    @Transactional(readOnly = true)
    public List<ProtocolView> list(boolean activeOnly, CurrentUser user) {
        BiobankRoles.requireRead(user, "see collection protocols");
        return protocols.findByInstitutionIdOrderByCode(user.institutionId()).stream()
                .filter(p -> !activeOnly || p.active())
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public ProtocolView get(String code, CurrentUser user) {
        BiobankRoles.requireRead(user, "see collection protocols");
        return view(find(code, user));
    }

    /**
     * Saves the new description and whether the protocol is active, only when made on the current version. Specimens
     * already collected keep their protocol; the change applies to the next collections.
     */
    public ProtocolView update(String code, long version, NewProtocol details, boolean active, CurrentUser user) {
        BiobankRoles.requireWrite(user, "edit collection protocols");
        CollectionProtocol protocol = find(code, user);
        if (!details.code().equals(protocol.code())) {
            throw new InvalidInputException("code", "a protocol's code cannot change (" + protocol.code() + ")");
        }
        if (protocol.version() != version) {
            throw new ConflictException(
                    ConflictException.CONCURRENT_EDIT,
                    "protocol " + code + " was changed by someone else (it is at version " + protocol.version()
                            + ", your edit was made on version " + version + "); reload it and edit again");
        }
        protocol.describe(details);
        protocol.active(active);
        return saved(protocol);
    }

    /** Deletes a protocol no specimen was collected under; one in use can only be retired. */
    public void delete(String code, CurrentUser user) {
        BiobankRoles.requireWrite(user, "delete collection protocols");
        CollectionProtocol protocol = find(code, user);
        long used = specimens.countByProtocolId(protocol.id());
        if (used > 0) {
            throw new ConflictException(
                    "protocol-in-use",
                    "protocol " + code + " has " + used + " specimen" + (used == 1 ? "" : "s")
                            + " collected under it; retire it instead");
        }
        protocols.delete(protocol);
    }

    /**
     * The protocol a specimen is collected under, after checking that it is active, collects the type, and that the
     * participant gave every consent scope it requires.
     */
    CollectionProtocol requireFor(String code, SpecimenType type, Participant participant, CurrentUser user) {
        CollectionProtocol protocol = protocols
                .findByCodeAndInstitutionId(code.strip().toUpperCase(Locale.ROOT), user.institutionId())
                .orElseThrow(() -> new InvalidInputException(
                        "protocol",
                        "protocol '" + code + "' is not one of " + user.institutionName() + "'s protocols"));
        if (!protocol.active()) {
            throw new ConflictException(
                    "protocol-retired",
                    "protocol " + protocol.code() + " is retired: no specimen is collected under it");
        }
        if (!protocol.specimenTypes().contains(type)) {
            throw new InvalidInputException(
                    "type",
                    "protocol " + protocol.code() + " collects " + sorted(protocol.specimenTypes()) + ", not " + type);
        }
        Set<ConsentScope> missing = EnumSet.noneOf(ConsentScope.class);
        missing.addAll(protocol.consentScopes());
        consents.findByParticipantIdOrderByScope(participant.id()).stream()
                .filter(c -> c.status() == Consent.Status.GIVEN)
                .forEach(c -> missing.remove(c.scope()));
        if (!missing.isEmpty()) {
            throw new ConflictException(
                    "consent-missing",
                    "participant " + participant.studyId() + " has not given consent for " + sorted(missing)
                            + ", which protocol " + protocol.code() + " requires");
        }
        return protocol;
    }

    Optional<String> codeOf(Long protocolId) {
        return Optional.ofNullable(protocolId).flatMap(protocols::findById).map(CollectionProtocol::code);
    }

    private CollectionProtocol find(String code, CurrentUser user) {
        return protocols
                .findByCodeAndInstitutionId(code, user.institutionId())
                .orElseThrow(() -> new NotFoundException("protocol", code));
    }

    private ProtocolView saved(CollectionProtocol protocol) {
        protocols.flush();
        return view(protocol);
    }

    private ProtocolView view(CollectionProtocol p) {
        return new ProtocolView(
                p.code(),
                p.title(),
                p.description(),
                sorted(p.specimenTypes()),
                sorted(p.consentScopes()),
                p.active(),
                specimens.countByProtocolId(p.id()),
                p.createdAt(),
                p.createdBy(),
                p.version());
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
        return values.stream().sorted().toList();
    }
}
