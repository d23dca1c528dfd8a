package org.genobay.biobank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.genobay.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class BoxPositionTest {

    @Test
    void reads_the_label_on_the_box_lid() {
        assertThat(BoxPosition.parse("A1")).isEqualTo(new BoxPosition(1, 1));
        assertThat(BoxPosition.parse(" h12 ")).isEqualTo(new BoxPosition(8, 12));
        assertThat(new BoxPosition(26, 99).label()).isEqualTo("Z99");
    }

    @Test
    void names_a_bad_label() {
        assertThatThrownBy(() -> BoxPosition.parse("12A"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("position '12A' must be a row letter and a column number, like B7");
        assertThatThrownBy(() -> BoxPosition.parse("A0")).hasMessageContaining("column 0");
    }
}
