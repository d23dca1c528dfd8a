package org.genobay.biobank;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Optional;

/** A freezer, a rack in a freezer, or a box with rows × columns of positions. */
@Entity
class StorageUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;

    @Enumerated(EnumType.STRING)
    private StorageKind kind;

    private String name;
    private Long parentId;
    private Integer boxRows;
    private Integer boxColumns;
    private String temperature;

    protected StorageUnit() {}

    StorageUnit(long institutionId, NewStorageUnit unit) {
        this.institutionId = institutionId;
        this.kind = unit.kind();
        this.name = unit.name();
        this.parentId = unit.parentId().orElse(null);
        this.boxRows = unit.rows().orElse(null);
        this.boxColumns = unit.columns().orElse(null);
        this.temperature = unit.temperature().orElse(null);
    }

    long id() {
        return id;
    }

    StorageKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    int rows() {
        return boxRows == null ? 0 : boxRows;
    }

    int columns() {
        return boxColumns == null ? 0 : boxColumns;
    }

    Optional<String> temperature() {
        return Optional.ofNullable(temperature);
    }

    boolean contains(BoxPosition position) {
        return position.row() <= rows() && position.column() <= columns();
    }
}
