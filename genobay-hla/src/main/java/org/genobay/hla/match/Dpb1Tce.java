package org.genobay.hla.match;

/**
 * DPB1 permissiveness from TCE groups (see {@link Dpb1Permissiveness}): each side's most immunogenic group is the
 * lowest group number among its two compared positions; equal is permissive, the patient's lower is GvH, the donor's
 * lower is HvG. Ambiguous positions are tried in every combination of their groups, and the class holds only if all
 * combinations agree.
 */
final class Dpb1Tce {
    private Dpb1Tce() {}

    static Dpb1Permissiveness classify(PreparedGenotype patient, PreparedGenotype donor) {
        if (patient.unexpressed || donor.unexpressed) {
            return Dpb1Permissiveness.UNKNOWN;
        }
        int p1 = known(patient.comparedFirst.tce);
        int p2 = known(patient.comparedSecond.tce);
        int d1 = known(donor.comparedFirst.tce);
        int d2 = known(donor.comparedSecond.tce);
        if (p1 == 0 || p2 == 0 || d1 == 0 || d2 == 0) {
            return Dpb1Permissiveness.UNKNOWN;
        }
        Dpb1Permissiveness agreed = null;
        for (int a = 1; a <= 3; a++) {
            for (int b = 1; b <= 3; b++) {
                for (int c = 1; c <= 3; c++) {
                    for (int e = 1; e <= 3; e++) {
                        if ((p1 & 1 << a) == 0 || (p2 & 1 << b) == 0 || (d1 & 1 << c) == 0 || (d2 & 1 << e) == 0) {
                            continue;
                        }
                        Dpb1Permissiveness one = classify(Math.min(a, b), Math.min(c, e));
                        if (agreed != null && agreed != one) {
                            return Dpb1Permissiveness.UNKNOWN;
                        }
                        agreed = one;
                    }
                }
            }
        }
        return agreed == null ? Dpb1Permissiveness.UNKNOWN : agreed;
    }

    static Dpb1Permissiveness classify(int patientMostImmunogenic, int donorMostImmunogenic) {
        if (patientMostImmunogenic == donorMostImmunogenic) {
            return Dpb1Permissiveness.PERMISSIVE;
        }
        return patientMostImmunogenic < donorMostImmunogenic
                ? Dpb1Permissiveness.NON_PERMISSIVE_GVH
                : Dpb1Permissiveness.NON_PERMISSIVE_HVG;
    }

    /** The known groups of a position (bits 1 to 3); 0 when it has alternatives without a group, or none at all. */
    private static int known(int tce) {
        if ((tce & PositionProfile.TCE_UNKNOWN) != 0) {
            return 0;
        }
        return tce & 0b1110;
    }
}
