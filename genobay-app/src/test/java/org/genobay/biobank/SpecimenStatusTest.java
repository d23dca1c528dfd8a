package org.genobay.biobank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecimenStatusTest {

    @Test
    void a_held_specimen_can_be_reserved_released_and_leave() {
        assertThat(SpecimenStatus.AVAILABLE.canBecome(SpecimenStatus.RESERVED)).isTrue();
        assertThat(SpecimenStatus.RESERVED.canBecome(SpecimenStatus.AVAILABLE)).isTrue();
        assertThat(SpecimenStatus.RESERVED.canBecome(SpecimenStatus.SHIPPED)).isTrue();
    }

    @Test
    void nothing_comes_back_from_shipped_or_disposed_and_a_consumed_tube_can_only_be_disposed() {
        for (SpecimenStatus next : SpecimenStatus.values()) {
            assertThat(SpecimenStatus.SHIPPED.canBecome(next)).isFalse();
            assertThat(SpecimenStatus.DISPOSED.canBecome(next)).isFalse();
            assertThat(SpecimenStatus.CONSUMED.canBecome(next)).isEqualTo(next == SpecimenStatus.DISPOSED);
        }
    }

    @Test
    void no_status_becomes_itself() {
        for (SpecimenStatus status : SpecimenStatus.values()) {
            assertThat(status.canBecome(status)).isFalse();
        }
    }
}
