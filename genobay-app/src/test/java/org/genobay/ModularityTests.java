package org.genobay;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modules_use_each_other_only_through_their_public_types_and_without_cycles() {
        // genobay-hla is a plain library beside the application (its packages only share the org.genobay root), not an
        // application module: the donors module uses its matching package org.genobay.hla.match directly.
        ApplicationModules.of(GenobayApplication.class, JavaClass.Predicates.resideInAPackage("org.genobay.hla.."))
                .verify();
    }
}
