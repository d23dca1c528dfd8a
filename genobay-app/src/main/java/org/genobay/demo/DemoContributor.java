package org.genobay.demo;

import java.util.List;
import org.genobay.accounts.CurrentUser;

/**
 * A feature that adds its own data to the demo (diagnoses, variant datasets…) without the demo knowing it: a Spring
 * bean called once, in the demo's seeding transaction, after the biobank part is seeded.
 */
public interface DemoContributor {

    void contribute(Demo demo);

    /** The seeded demo: its biobank technician and clinician accounts and the study IDs of its participants. */
    record Demo(CurrentUser staff, CurrentUser clinician, List<String> studyIds) {
        public Demo {
            studyIds = List.copyOf(studyIds);
        }
    }
}
