package org.genobay.biobank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.genobay.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void converts_between_units_of_one_dimension() {
        assertThat(Quantity.of("1.5", Unit.ML).in(Unit.UL)).isEqualTo(Quantity.of("1500", Unit.UL));
        assertThat(Quantity.of("250", Unit.NG).in(Unit.UG)).isEqualTo(Quantity.of("0.25", Unit.UG));
    }

    @Test
    void subtracts_in_its_own_unit() {
        assertThat(Quantity.of("10", Unit.ML).minus(Quantity.of("2500", Unit.UL)))
                .isEqualTo(Quantity.of("7.5", Unit.ML));
        assertThat(Quantity.of("1", Unit.ML).isLessThan(Quantity.of("1001", Unit.UL)))
                .isTrue();
    }

    @Test
    void refuses_a_volume_as_a_mass() {
        assertThatThrownBy(() -> Quantity.of("1", Unit.ML).in(Unit.MG))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("cannot convert 1 mL to mg: one is a volume, the other a mass");
    }

    @Test
    void refuses_negative_amounts_and_more_than_three_decimals_naming_the_value() {
        assertThatThrownBy(() -> new Quantity(new BigDecimal("-1"), Unit.ML)).hasMessageContaining("-1");
        assertThatThrownBy(() -> Quantity.of("0.0001", Unit.ML))
                .hasMessage("quantity 0.0001 mL has more than 3 decimals");
        assertThatThrownBy(() -> Quantity.of("0.5", Unit.UL).in(Unit.ML)).hasMessageContaining("more than 3 decimals");
    }

    @Test
    void prints_without_trailing_zeros() {
        assertThat(Quantity.of("2.500", Unit.UG)).hasToString("2.5 µg");
    }
}
