package org.genobay.sharing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "sharing_project")
class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;
    private String name;
    private String description;
    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected Project() {}

    Project(long institutionId, String name, String description, Instant createdAt, String createdBy) {
        this.institutionId = institutionId;
        this.name = name;
        this.description = description;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    long id() {
        return id;
    }

    long institutionId() {
        return institutionId;
    }

    ProjectView view(Owner owner) {
        return new ProjectView(id, name, description, owner, createdAt);
    }
}
