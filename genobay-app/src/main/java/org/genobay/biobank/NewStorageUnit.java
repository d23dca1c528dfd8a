package org.genobay.biobank;

import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** A freezer, rack or box to create; only boxes have rows and columns, and they must have both. */
public record NewStorageUnit(
        StorageKind kind,
        String name,
        Optional<Long> parentId,
        Optional<Integer> rows,
        Optional<Integer> columns,
        Optional<String> temperature) {

    public NewStorageUnit {
        if (kind == null) {
            throw new InvalidInputException("kind", "kind is required: one of FREEZER, RACK, BOX");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "name must be 1 to 100 characters");
        }
        name = name.strip();
        parentId = parentId == null ? Optional.empty() : parentId;
        rows = rows == null ? Optional.empty() : rows;
        columns = columns == null ? Optional.empty() : columns;
        temperature = temperature == null
                ? Optional.empty()
                : temperature.map(String::strip).filter(t -> !t.isEmpty());
        if (kind == StorageKind.BOX) {
            int r = rows.orElse(0);
            int c = columns.orElse(0);
            if (r < 1 || r > 26) {
                throw new InvalidInputException("rows", "a box needs 1 to 26 rows (A to Z), not " + rows.orElse(null));
            }
            if (c < 1 || c > 99) {
                throw new InvalidInputException("columns", "a box needs 1 to 99 columns, not " + columns.orElse(null));
            }
        } else if (rows.isPresent() || columns.isPresent()) {
            throw new InvalidInputException("rows", "only a box has rows and columns, not a " + kind);
        }
    }

    public static NewStorageUnit freezer(String name, String temperature) {
        return new NewStorageUnit(
                StorageKind.FREEZER,
                name,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(temperature));
    }

    public static NewStorageUnit rack(String name, long freezerId) {
        return new NewStorageUnit(
                StorageKind.RACK, name, Optional.of(freezerId), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static NewStorageUnit box(String name, long parentId, int rows, int columns) {
        return new NewStorageUnit(
                StorageKind.BOX,
                name,
                Optional.of(parentId),
                Optional.of(rows),
                Optional.of(columns),
                Optional.empty());
    }
}
