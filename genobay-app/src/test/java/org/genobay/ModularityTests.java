package org.genobay;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modules_use_each_other_only_through_their_public_types_and_without_cycles() {
        ApplicationModules.of(GenobayApplication.class).verify();
    }
}
