package org.genobay.biobank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Freezers, racks and boxes, and the placing of specimens in box positions (one specimen per position). */
@Service
@Transactional
public class Storage {

    private final StorageRepository units;
    private final SpecimenRepository specimens;
    private final Specimens specimenService;
    private final Custody custody;

    Storage(StorageRepository units, SpecimenRepository specimens, Specimens specimenService, Custody custody) {
        this.units = units;
        this.specimens = specimens;
        this.specimenService = specimenService;
        this.custody = custody;
    }

    public record UnitView(
            long id,
            StorageKind kind,
            String name,
            String path,
            Optional<String> temperature,
            int rows,
            int columns,
            long used,
            List<UnitView> children) {}

    /** A box drawn as its grid: one cell per position, with the specimen it holds if any. */
    public record BoxView(UnitView box, List<List<Cell>> rows) {}

    public record Cell(String position, Optional<Specimens.SpecimenView> specimen) {}

    public UnitView create(NewStorageUnit unit, CurrentUser user) {
        BiobankRoles.requireWrite(user, "create storage");
        Optional<StorageUnit> parent = unit.parentId().map(id -> find(id, user));
        StorageKind parentKind = parent.map(StorageUnit::kind).orElse(null);
        if (parentKind == null
                ? !unit.kind().allowedParents().isEmpty()
                : !unit.kind().allowedParents().contains(parentKind)) {
            throw new InvalidInputException(
                    "parentId",
                    "a " + unit.kind() + " goes in one of " + unit.kind().allowedParents() + ", not in "
                            + (parentKind == null ? "nothing" : "a " + parentKind));
        }
        return view(units.save(new StorageUnit(user.institutionId(), unit)), List.of());
    }

    /** All freezers with their racks and boxes. */
    @Transactional(readOnly = true)
    public List<UnitView> tree(CurrentUser user) {
        BiobankRoles.requireRead(user, "see storage");
        List<StorageUnit> all = units.findByInstitutionIdOrderByName(user.institutionId());
        Map<Long, List<StorageUnit>> byParent = all.stream()
                .filter(u -> u.parentId().isPresent())
                .collect(Collectors.groupingBy(u -> u.parentId().orElseThrow()));
        return all.stream()
                .filter(u -> u.parentId().isEmpty())
                .map(u -> node(u, byParent))
                .toList();
    }

    @Transactional(readOnly = true)
    public BoxView box(long id, CurrentUser user) {
        BiobankRoles.requireRead(user, "see storage");
        StorageUnit box = find(id, user);
        if (box.kind() != StorageKind.BOX) {
            throw new NotFoundException("box", id);
        }
        Map<BoxPosition, Specimen> held = specimens.findByBoxId(id).stream()
                .collect(Collectors.toMap(s -> s.position().orElseThrow(), s -> s));
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 1; r <= box.rows(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 1; c <= box.columns(); c++) {
                BoxPosition position = new BoxPosition(r, c);
                row.add(new Cell(
                        position.label(),
                        Optional.ofNullable(held.get(position)).map(specimenService::view)));
            }
            rows.add(List.copyOf(row));
        }
        return new BoxView(view(box, List.of()), List.copyOf(rows));
    }

    /** Puts a specimen into a free position of a box, or moves it there from where it was. */
    public Specimens.SpecimenView place(String code, long boxId, BoxPosition position, CurrentUser user) {
        BiobankRoles.requireWrite(user, "store specimens");
        Specimen specimen = specimenService.find(code, user);
        if (!specimen.status().isHeld()) {
            throw new ConflictException(
                    "invalid-status", "specimen " + code + " is " + specimen.status() + " and cannot be stored");
        }
        StorageUnit box = find(boxId, user);
        if (box.kind() != StorageKind.BOX) {
            throw new InvalidInputException("boxId", "storage unit " + boxId + " is a " + box.kind() + ", not a box");
        }
        if (!box.contains(position)) {
            throw new InvalidInputException(
                    "position",
                    "position " + position + " is outside box " + box.name() + " (" + box.rows() + " rows × "
                            + box.columns() + " columns)");
        }
        Optional<Specimen> occupant =
                specimens.findByBoxIdAndBoxRowAndBoxColumn(boxId, position.row(), position.column());
        if (occupant.isPresent() && occupant.get().id() != specimen.id()) {
            throw new ConflictException(
                    "position-occupied",
                    "position " + position + " of box " + box.name() + " holds specimen "
                            + occupant.get().code());
        }
        if (occupant.isPresent()) {
            return specimenService.view(specimen);
        }
        Optional<String> from = specimen.boxId()
                .map(b -> custody.path(b) + " › " + specimen.position().orElseThrow());
        specimen.place(boxId, position);
        custody.record(
                specimen,
                from.isPresent() ? CustodyEvent.Kind.MOVED : CustodyEvent.Kind.STORED,
                from.map(f -> "moved from " + f).orElse("stored"),
                user);
        return specimenService.saved(specimen);
    }

    public Specimens.SpecimenView remove(String code, CurrentUser user) {
        BiobankRoles.requireWrite(user, "take specimens out of storage");
        Specimen specimen = specimenService.find(code, user);
        if (specimen.boxId().isEmpty()) {
            throw new ConflictException("not-stored", "specimen " + code + " is not in storage");
        }
        String from = custody.path(specimen.boxId().orElseThrow()) + " › "
                + specimen.position().orElseThrow();
        specimen.unplace();
        custody.record(specimen, CustodyEvent.Kind.REMOVED_FROM_STORAGE, "taken out of " + from, user);
        return specimenService.saved(specimen);
    }

    private StorageUnit find(long id, CurrentUser user) {
        return units.findByIdAndInstitutionId(id, user.institutionId())
                .orElseThrow(() -> new NotFoundException("storage unit", id));
    }

    private UnitView node(StorageUnit unit, Map<Long, List<StorageUnit>> byParent) {
        List<UnitView> children = byParent.getOrDefault(unit.id(), List.of()).stream()
                .map(child -> node(child, byParent))
                .toList();
        return view(unit, children);
    }

    private UnitView view(StorageUnit unit, List<UnitView> children) {
        long used = unit.kind() == StorageKind.BOX ? specimens.countByBoxId(unit.id()) : 0;
        return new UnitView(
                unit.id(),
                unit.kind(),
                unit.name(),
                custody.path(unit.id()),
                unit.temperature(),
                unit.rows(),
                unit.columns(),
                used,
                children);
    }
}
