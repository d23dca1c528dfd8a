package org.genobay.donors;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Specimens;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Banks, reads, edits and retypes an institution's cord-blood units. A unit may name the biobank specimen it is
 * stored as; that specimen must be one of the institution's (asked of the biobank's public API).
 */
@Service
@Transactional
public class CordBloodUnits {

    private final CordBloodUnitRepository units;
    private final HlaTypingRepository typings;
    private final HlaTypings hla;
    private final DonorSearchEngine engine;
    private final Specimens specimens;
    private final Clock clock;

    CordBloodUnits(
            CordBloodUnitRepository units,
            HlaTypingRepository typings,
            HlaTypings hla,
            DonorSearchEngine engine,
            Specimens specimens,
            Clock clock) {
        this.units = units;
        this.typings = typings;
        this.hla = hla;
        this.engine = engine;
        this.specimens = specimens;
        this.clock = clock;
    }

    public record UnitView(
            String unitId,
            Optional<String> specimen,
            Optional<LocalDate> collectedOn,
            BigDecimal volumeMl,
            BigDecimal tnc,
            BigDecimal cd34,
            Optional<BigDecimal> viability,
            Map<String, String> tests,
            UnitStatus status,
            Optional<Donors.TypingView> typing,
            List<Donors.TypingView> history,
            Instant changedAt,
            String changedBy,
            long version) {}

    public UnitView bank(String unitId, UnitDetails details, TypingSource typing, CurrentUser user) {
        DonorRoles.requireWrite(user, "bank cord-blood units");
        String id = unitId(unitId);
        hla.prepare("typing", typing.gl());
        checkSpecimen(details, user);
        if (units.findByInstitutionIdAndUnitId(user.institutionId(), id).isPresent()) {
            throw new ConflictException("duplicate-unit", "cord-blood unit " + id + " is already banked");
        }
        Instant now = clock.instant();
        CordBloodUnit unit = units.save(new CordBloodUnit(user.institutionId(), id, details, now, user.username()));
        typings.save(HlaTyping.ofUnit(unit, typing.gl().strip(), typing, now, user.username()));
        engine.changed(user.institutionId());
        return view(unit);
    }

    @Transactional(readOnly = true)
    public UnitView get(String unitId, CurrentUser user) {
        DonorRoles.requireRead(user, "read cord-blood units");
        return view(find(unitId, user));
    }

    @Transactional(readOnly = true)
    public List<UnitView> list(CurrentUser user) {
        DonorRoles.requireRead(user, "read cord-blood units");
        return units.findByInstitutionIdOrderByUnitId(user.institutionId()).stream()
                .map(this::view)
                .toList();
    }

    public UnitView edit(String unitId, Optional<Long> version, UnitDetails details, CurrentUser user) {
        DonorRoles.requireWrite(user, "edit cord-blood units");
        CordBloodUnit unit = find(unitId, user);
        Versions.require("unit " + unit.unitId(), unit.version(), unit.changedAt(), unit.changedBy(), version);
        checkSpecimen(details, user);
        unit.update(details, clock.instant(), user.username());
        units.saveAndFlush(unit);
        engine.changed(user.institutionId());
        return view(unit);
    }

    public UnitView retype(String unitId, Optional<Long> version, TypingSource typing, CurrentUser user) {
        DonorRoles.requireWrite(user, "retype cord-blood units");
        CordBloodUnit unit = find(unitId, user);
        Versions.require("unit " + unit.unitId(), unit.version(), unit.changedAt(), unit.changedBy(), version);
        hla.prepare("typing", typing.gl());
        Instant now = clock.instant();
        unit.update(unit.details(), now, user.username());
        units.saveAndFlush(unit);
        typings.save(HlaTyping.ofUnit(unit, typing.gl().strip(), typing, now, user.username()));
        engine.changed(user.institutionId());
        return view(unit);
    }

    private void checkSpecimen(UnitDetails details, CurrentUser user) {
        details.specimen().ifPresent(code -> {
            try {
                specimens.get(code, user);
            } catch (NotFoundException e) {
                throw new InvalidInputException("specimen", "specimen " + code + " is not one of your biobank's");
            }
        });
    }

    private static String unitId(String unitId) {
        if (unitId == null || unitId.isBlank()) {
            throw new InvalidInputException("unitId", "unitId is required");
        }
        String id = unitId.strip();
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidInputException(
                    "unitId", "unit ID '" + id + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return id;
    }

    private CordBloodUnit find(String unitId, CurrentUser user) {
        return units.findByInstitutionIdAndUnitId(user.institutionId(), unitId)
                .orElseThrow(() -> new NotFoundException("cord-blood unit", unitId));
    }

    private UnitView view(CordBloodUnit unit) {
        List<Donors.TypingView> history = typings.findByUnitIdOrderByIdDesc(unit.id()).stream()
                .map(HlaTyping::view)
                .toList();
        UnitDetails d = unit.details();
        return new UnitView(
                unit.unitId(),
                d.specimen(),
                d.collectedOn(),
                d.volumeMl(),
                d.tnc(),
                d.cd34(),
                d.viability(),
                d.tests(),
                d.status(),
                history.stream().findFirst(),
                history,
                unit.changedAt(),
                unit.changedBy(),
                unit.version());
    }
}
