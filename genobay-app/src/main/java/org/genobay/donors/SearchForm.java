package org.genobay.donors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genobay.errors.InvalidInputException;
import org.genobay.hla.match.Locus;

/**
 * The search page's form (public for the template only): the patient's typing one field per locus and position (friendlier than a GL string for a
 * coordinator copying a lab report), joined here into the GL string the engine reads. A pasted GL string, when given,
 * is taken as it is instead.
 *
 * @param positions field name ({@code A_1}, {@code A_2}, {@code DRB1_1}…) to what was typed
 * @param gl a whole GL string, optional
 * @param loci {@code 8}, {@code 10} or {@code 12}
 * @param kinds {@code DONOR}, {@code UNIT} or {@code BOTH}
 */
public record SearchForm(
        String patient,
        Map<String, String> positions,
        String gl,
        String loci,
        String maxMismatches,
        String kinds,
        String weightKg) {

    /** The loci the form has fields for, in report order. */
    static final List<Locus> LOCI = List.of(Locus.values());

    public SearchForm {
        positions = Map.copyOf(positions);
    }

    static SearchForm empty() {
        return new SearchForm("", Map.of(), "", "10", "1", "BOTH", "");
    }

    /** Reads the request's fields, keeping only the per-locus ones and the known others. */
    static SearchForm of(Map<String, String> params) {
        Map<String, String> positions = new LinkedHashMap<>();
        for (Locus locus : LOCI) {
            for (int p = 1; p <= 2; p++) {
                String name = field(locus, p);
                positions.put(name, params.getOrDefault(name, "").strip());
            }
        }
        return new SearchForm(
                params.getOrDefault("patient", ""),
                positions,
                params.getOrDefault("gl", "").strip(),
                params.getOrDefault("loci", "10"),
                params.getOrDefault("maxMismatches", "1"),
                params.getOrDefault("kinds", "BOTH"),
                params.getOrDefault("weightKg", "").strip());
    }

    static String field(Locus locus, int position) {
        return locus.name() + "_" + position;
    }

    /** What was typed for a locus and position, to fill the form in again. */
    public String value(Locus locus, int position) {
        return positions.getOrDefault(field(locus, position), "");
    }

    /** The request this form asks for; a problem names the form field. */
    SearchRequest request() {
        Set<Locus> chosen =
                switch (loci) {
                    case "8" -> Locus.EIGHT;
                    case "10" -> Locus.TEN;
                    case "12" -> Locus.TWELVE;
                    default -> throw new InvalidInputException("loci", "loci '" + loci + "' is not 8, 10 or 12");
                };
        int mismatches =
                switch (maxMismatches) {
                    case "0" -> 0;
                    case "1" -> 1;
                    case "2" -> 2;
                    default -> throw new InvalidInputException(
                            "maxMismatches", "maximum mismatches '" + maxMismatches + "' is not 0, 1 or 2");
                };
        Set<CandidateKind> wanted =
                switch (kinds) {
                    case "DONOR" -> EnumSet.of(CandidateKind.DONOR);
                    case "UNIT" -> EnumSet.of(CandidateKind.UNIT);
                    case "BOTH" -> EnumSet.allOf(CandidateKind.class);
                    default -> throw new InvalidInputException(
                            "kinds", "search '" + kinds + "' is not DONOR, UNIT or BOTH");
                };
        return new SearchRequest(patient, typing(), chosen, mismatches, wanted, weight());
    }

    /** The GL string: the pasted one, or the per-locus fields joined {@code A*01:01+A*02:01^B*…}. */
    String typing() {
        if (gl != null && !gl.isBlank()) {
            return gl.strip();
        }
        List<String> joined = new ArrayList<>();
        for (Locus locus : LOCI) {
            String first = name(locus, value(locus, 1));
            String second = name(locus, value(locus, 2));
            if (first.isEmpty() && second.isEmpty()) {
                continue;
            }
            if (first.isEmpty() || second.isEmpty()) {
                throw new InvalidInputException(
                        field(locus, first.isEmpty() ? 1 : 2),
                        "HLA-" + locus.name() + ": type both positions (the same allele twice for a homozygous"
                                + " patient)");
            }
            joined.add(first + "+" + second);
        }
        if (joined.isEmpty()) {
            throw new InvalidInputException(
                    "typing", "the patient's typing is required: at least HLA-A, -B and -DRB1, or a GL string");
        }
        return String.join("^", joined);
    }

    /**
     * One position as a GL name: {@code 01:01} becomes {@code A*01:01}; a name with its locus ({@code A*01:01},
     * serology such as {@code A2}) stays as it is.
     */
    private static String name(Locus locus, String value) {
        String v = value.strip().replaceFirst("^(?i)HLA-", "");
        if (v.isEmpty()) {
            return v;
        }
        return Character.isDigit(v.charAt(0)) ? locus.name() + "*" + v : v;
    }

    private Optional<BigDecimal> weight() {
        if (weightKg == null || weightKg.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(weightKg.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("weightKg", "weight '" + weightKg + "' is not a number of kg");
        }
    }
}
