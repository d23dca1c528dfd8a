package org.genobay.hla.match;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The result at one locus: compared, or not comparable because a side is untyped there. */
public sealed interface LocusMatch permits LocusMatch.Compared, LocusMatch.Untyped {
    Locus locus();

    /**
     * Both sides typed at the locus.
     *
     * @param count matched positions, 0 to 2, with the two positions paired the best way (direct or crossed)
     * @param positions the two patient positions, in the patient's order, each against the donor position paired
     *     with it
     * @param confidence the lower of the two positions' confidences
     * @param dpb1 at DPB1 only, the TCE classification
     */
    record Compared(
            Locus locus,
            int count,
            List<PositionMatch> positions,
            MatchConfidence confidence,
            Optional<Dpb1Permissiveness> dpb1)
            implements LocusMatch {
        public Compared {
            Objects.requireNonNull(locus, "locus");
            positions = List.copyOf(positions);
            if (positions.size() != 2) {
                throw new IllegalArgumentException("a locus has two positions, not " + positions.size());
            }
            if (count < 0 || count > 2) {
                throw new IllegalArgumentException("match count " + count + " at " + locus + " is not 0, 1 or 2");
            }
            Objects.requireNonNull(dpb1, "dpb1");
        }

        public int mismatches() {
            return 2 - count;
        }
    }

    /** The patient, the donor or both have no typing at the locus; not a match and not a mismatch. */
    record Untyped(Locus locus, boolean patientTyped, boolean donorTyped) implements LocusMatch {
        public Untyped {
            Objects.requireNonNull(locus, "locus");
            if (patientTyped && donorTyped) {
                throw new IllegalArgumentException(locus + " is typed on both sides");
            }
        }

        /** {@code patient}, {@code donor} or {@code patient and donor}. */
        public String untypedIn() {
            if (!patientTyped && !donorTyped) {
                return "patient and donor";
            }
            return patientTyped ? "donor" : "patient";
        }
    }
}
