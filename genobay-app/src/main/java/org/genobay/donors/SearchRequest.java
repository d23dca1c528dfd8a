package org.genobay.donors;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.errors.InvalidInputException;
import org.genobay.hla.match.Locus;

/**
 * A patient search.
 *
 * @param patient the patient's label or code, as the transplant centre knows them (no names)
 * @param typing the patient's typing as a GL string
 * @param loci the loci compared: A, B, C, DRB1 for 8/8, with DQB1 for 10/10, with DPB1 for 12/12
 * @param maxMismatches 0, 1 or 2 mismatched positions over those loci
 * @param kinds donors, units or both
 * @param weightKg the patient's weight, for the cell dose of cord-blood units
 */
public record SearchRequest(
        String patient,
        String typing,
        Set<Locus> loci,
        int maxMismatches,
        Set<CandidateKind> kinds,
        Optional<BigDecimal> weightKg) {

    public SearchRequest {
        if (patient == null || patient.isBlank()) {
            throw new InvalidInputException("patient", "patient is required: the patient's label or code");
        }
        patient = patient.strip();
        if (patient.length() > 100) {
            throw new InvalidInputException(
                    "patient", "patient label has " + patient.length() + " characters; at most 100");
        }
        if (loci == null || loci.isEmpty()) {
            throw new InvalidInputException("loci", "choose the loci to compare, e.g. A, B, C, DRB1, DQB1");
        }
        loci = Set.copyOf(EnumSet.copyOf(loci));
        if (maxMismatches < 0 || maxMismatches > 2) {
            throw new InvalidInputException("maxMismatches", "maxMismatches " + maxMismatches + " is not 0, 1 or 2");
        }
        kinds = kinds == null || kinds.isEmpty() ? Set.of(CandidateKind.values()) : Set.copyOf(kinds);
        weightKg = weightKg == null ? Optional.empty() : weightKg;
        weightKg.filter(w -> w.signum() <= 0 || w.compareTo(BigDecimal.valueOf(300)) > 0)
                .ifPresent(w -> {
                    throw new InvalidInputException("weightKg", "weight " + w + " kg is not between 0 and 300");
                });
    }

    /** Loci in report order, e.g. {@code A,B,C,DRB1,DQB1}. */
    String lociText() {
        return String.join(
                ",",
                List.of(Locus.values()).stream()
                        .filter(loci::contains)
                        .map(Locus::name)
                        .toList());
    }

    static Set<Locus> loci(String text) {
        Set<Locus> loci = EnumSet.noneOf(Locus.class);
        for (String name : text.split("[,\\s]+")) {
            if (!name.isBlank()) {
                try {
                    loci.add(Locus.parse(name));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("loci", e.getMessage());
                }
            }
        }
        return loci;
    }
}
