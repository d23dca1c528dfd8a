package org.genobay.biobank;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an institution collects under a protocol: the specimen types, and the consent scopes a participant must have
 * given before collection. A retired protocol stays on the specimens collected under it but takes no new ones.
 */
@Entity
class CollectionProtocol {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;
    private String code;
    private String title;
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collection_protocol_type", joinColumns = @JoinColumn(name = "protocol_id"))
    @Column(name = "specimen_type")
    @Enumerated(EnumType.STRING)
    private Set<SpecimenType> specimenTypes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collection_protocol_consent", joinColumns = @JoinColumn(name = "protocol_id"))
    @Column(name = "scope")
    @Enumerated(EnumType.STRING)
    private Set<ConsentScope> consentScopes = new HashSet<>();

    private boolean active;
    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected CollectionProtocol() {}

    CollectionProtocol(long institutionId, NewProtocol details, Instant createdAt, String createdBy) {
        this.institutionId = institutionId;
        this.code = details.code();
        this.active = true;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        describe(details);
    }

    long id() {
        return id;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    Optional<String> description() {
        return Optional.ofNullable(description);
    }

    Set<SpecimenType> specimenTypes() {
        return specimenTypes.isEmpty() ? Set.of() : EnumSet.copyOf(specimenTypes);
    }

    Set<ConsentScope> consentScopes() {
        return consentScopes.isEmpty() ? Set.of() : EnumSet.copyOf(consentScopes);
    }

    boolean active() {
        return active;
    }

    void active(boolean active) {
        this.active = active;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    long version() {
        return version;
    }

    /** Takes the title, description, types and scopes of the details; the code never changes. */
    void describe(NewProtocol details) {
        this.title = details.title();
        this.description = details.description().orElse(null);
        this.specimenTypes.clear();
        this.specimenTypes.addAll(details.specimenTypes());
        this.consentScopes.clear();
        this.consentScopes.addAll(details.consentScopes());
    }
}
