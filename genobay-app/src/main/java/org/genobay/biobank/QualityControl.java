package org.genobay.biobank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records processing and QC measurements (concentration, purity ratios, RIN) and judges them by the type's rules. */
@Service
@Transactional
public class QualityControl {

    private final QcResultRepository results;
    private final Specimens specimens;
    private final Custody custody;
    private final Clock clock;

    QualityControl(QcResultRepository results, Specimens specimens, Custody custody, Clock clock) {
        this.results = results;
        this.specimens = specimens;
        this.custody = custody;
        this.clock = clock;
    }

    /** A measurement: its value, PASS/FAIL against the accepted range, or NO_RULE when the type has none. */
    public record ResultView(
            QcMeasure measure,
            BigDecimal value,
            String unit,
            String outcome,
            String acceptedRange,
            Instant recordedAt,
            String recordedBy) {}

    public ResultView record(String code, QcMeasure measure, BigDecimal value, CurrentUser user) {
        BiobankRoles.requireWrite(user, "record QC results");
        if (measure == null) {
            throw new InvalidInputException("measure", "measure is required: one of " + List.of(QcMeasure.values()));
        }
        BigDecimal checked = measure.check(value).setScale(3, RoundingMode.HALF_UP);
        Specimen specimen = specimens.find(code, user);
        Optional<QcRule> rule = QcRule.of(specimen.type(), measure);
        QcResult.Outcome outcome = rule.map(r -> r.passes(checked) ? QcResult.Outcome.PASS : QcResult.Outcome.FAIL)
                .orElse(QcResult.Outcome.NO_RULE);
        String range = rule.map(QcRule::range).orElse("");
        QcResult result = results.save(
                new QcResult(specimen.id(), measure, checked, outcome, range, clock.instant(), user.username()));
        custody.record(
                specimen,
                CustodyEvent.Kind.QC_RECORDED,
                measure + " " + checked.stripTrailingZeros().toPlainString() + ": " + outcome
                        + (range.isEmpty() ? "" : " (accepted " + range + ")"),
                user);
        return result.view();
    }

    @Transactional(readOnly = true)
    public List<ResultView> results(String code, CurrentUser user) {
        BiobankRoles.requireRead(user, "see QC results");
        return results.findBySpecimenIdOrderByIdAsc(specimens.find(code, user).id()).stream()
                .map(QcResult::view)
                .toList();
    }
}
