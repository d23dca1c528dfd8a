package org.genobay.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClinicalRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    @Test
    void a_deceased_participant_needs_a_date_of_death() {
        assertThatThrownBy(() -> new NewOutcome(VitalStatus.DECEASED, Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("diedOn (the date of death) is required when DECEASED");
    }

    @Test
    void a_living_participant_has_no_date_of_death() {
        assertThatThrownBy(() -> new NewOutcome(VitalStatus.ALIVE, Optional.empty(), Optional.of(TODAY)))
                .hasMessage("diedOn 2026-01-10 is given, but vitalStatus is ALIVE");
    }

    @Test
    void death_is_not_after_the_last_follow_up() {
        assertThatThrownBy(() -> new NewOutcome(
                        VitalStatus.DECEASED,
                        Optional.of(LocalDate.of(2024, 1, 1)),
                        Optional.of(LocalDate.of(2024, 3, 1))))
                .hasMessageStartingWith("diedOn 2024-03-01 is after the last follow-up 2024-01-01");
        assertThatCode(() -> new NewOutcome(
                        VitalStatus.DECEASED,
                        Optional.of(LocalDate.of(2024, 3, 5)),
                        Optional.of(LocalDate.of(2024, 3, 1))))
                .doesNotThrowAnyException();
    }

    @Test
    void a_treatment_does_not_end_before_it_starts() {
        assertThatThrownBy(() -> new NewTreatment(
                        TreatmentKind.MEDICATION,
                        "metformin",
                        LocalDate.of(2024, 5, 2),
                        Optional.of(LocalDate.of(2024, 5, 1))))
                .hasMessage("endedOn 2024-05-01 is before startedOn 2024-05-02");
        assertThatCode(() -> new NewTreatment(
                        TreatmentKind.SURGERY, "PCI", LocalDate.of(2024, 5, 2), Optional.of(LocalDate.of(2024, 5, 2))))
                .doesNotThrowAnyException();
    }

    @Test
    void an_observation_has_a_value_or_a_text_but_not_both() {
        assertThatThrownBy(() -> observation(Optional.of(BigDecimal.ONE), Optional.empty(), Optional.of("high")))
                .hasMessageStartingWith("give either a value")
                .hasMessageEndingWith("not both");
        assertThatThrownBy(() -> observation(Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageEndingWith("not neither");
        assertThatThrownBy(() -> observation(Optional.empty(), Optional.of("mg/dL"), Optional.of("high")))
                .hasMessage("unit mg/dL needs a numeric value");
        assertThat(observation(Optional.of(new BigDecimal("7.4")), Optional.of("%"), Optional.of(" "))
                        .text())
                .isEmpty();
    }

    @Test
    void clinical_dates_are_neither_in_the_future_nor_before_the_birth_year() {
        ClinicalDates bornIn1980 = new ClinicalDates(Optional.of(1980), Optional.empty(), TODAY);
        assertThatThrownBy(() -> bornIn1980.check("onset", LocalDate.of(1979, 12, 31)))
                .hasMessage("onset 1979-12-31 is before the participant's birth year 1980");
        assertThatThrownBy(() -> bornIn1980.check("onset", TODAY.plusDays(1))).hasMessageEndingWith("is in the future");
        assertThatCode(() -> bornIn1980.check("onset", LocalDate.of(1980, 1, 1)))
                .doesNotThrowAnyException();
        assertThatCode(() -> new ClinicalDates(Optional.empty(), Optional.empty(), TODAY)
                        .check("onset", LocalDate.of(1900, 1, 1)))
                .doesNotThrowAnyException();
    }

    @Test
    void no_clinical_date_is_after_the_date_of_death_and_no_death_is_before_a_recorded_date() {
        LocalDate death = LocalDate.of(2020, 6, 1);
        ClinicalDates died = new ClinicalDates(Optional.of(1950), Optional.of(death), TODAY);
        assertThatThrownBy(() -> died.check("startedOn", death.plusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("startedOn 2020-06-02 is after the participant's date of death 2020-06-01");
        assertThatCode(() -> died.check("endedOn", death)).doesNotThrowAnyException();

        List<ClinicalDates.Dated> recorded = List.of(
                new ClinicalDates.Dated("diagnosis 1 of GB-1 (I21.0), diagnosed on", LocalDate.of(2019, 1, 1)),
                new ClinicalDates.Dated("treatment 2 of GB-1 (PCI), ended on", LocalDate.of(2020, 7, 1)),
                new ClinicalDates.Dated("observation 3 of GB-1 (HbA1c), made on", LocalDate.of(2020, 6, 15)));
        assertThatThrownBy(() -> ClinicalDates.noneAfterDeath(death, recorded))
                .hasMessage("diedOn 2020-06-01 is before treatment 2 of GB-1 (PCI), ended on 2020-07-01 (and 1 more"
                        + " dated after it): correct that record or the date of death");
        assertThatCode(() -> ClinicalDates.noneAfterDeath(LocalDate.of(2020, 7, 1), recorded))
                .doesNotThrowAnyException();
    }

    @Test
    void codes_are_required_and_normalized() {
        assertThat(new NewDiagnosis(" i21.0 ", Optional.empty()).code()).isEqualTo("I21.0");
        assertThat(new NewPhenotype("hp:0001627", false, Optional.empty()).termId())
                .isEqualTo("HP:0001627");
        assertThatThrownBy(() -> new NewDiagnosis("", Optional.empty())).hasMessageStartingWith("code is required");
    }

    private static NewObservation observation(
            Optional<BigDecimal> value, Optional<String> unit, Optional<String> text) {
        return new NewObservation("http://loinc.org", "4548-4", "HbA1c", value, unit, text, LocalDate.of(2024, 1, 1));
    }
}
