package org.genobay.hla.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.TypingParser;

/**
 * Random GL strings over the six matched loci in every form the matcher reads: full alleles, two-field names, allele
 * lists, XX codes, G groups, serology, null alleles, one-position (homozygous) loci, genotype lists ({@code |}),
 * haplotypes ({@code ~}) and untyped loci. Names come from a small pool of common alleles per locus so that matches,
 * partial matches and mismatches all occur often.
 */
final class RandomTypings {
    private static final String[][] COMMON = {
        {"A*01:01", "A*02:01", "A*02:05", "A*03:01", "A*11:01", "A*23:01", "A*24:02", "A*26:01", "A*68:01"},
        {"B*07:02", "B*08:01", "B*15:01", "B*35:01", "B*44:02", "B*44:03", "B*51:01", "B*52:01", "B*57:01"},
        {"C*01:02", "C*03:03", "C*03:04", "C*04:01", "C*06:02", "C*07:01", "C*07:02", "C*02:52N"},
        {"DRB1*01:01", "DRB1*03:01", "DRB1*04:01", "DRB1*07:01", "DRB1*11:01", "DRB1*13:01", "DRB1*15:01"},
        {"DQB1*02:01", "DQB1*03:01", "DQB1*03:02", "DQB1*05:01", "DQB1*06:02", "DQB1*06:03"},
        {"DPB1*01:01", "DPB1*02:01", "DPB1*03:01", "DPB1*04:01", "DPB1*04:02", "DPB1*09:01"}
    };

    private final HlaRelease release;
    private final TypingParser parser;
    private final Random random;

    RandomTypings(HlaRelease release, long seed) {
        this.release = release;
        this.parser = new TypingParser(release);
        this.random = new Random(seed);
    }

    String typing() {
        if (random.nextInt(40) == 0) {
            // haplotypes over A and B: the index falls back to preparing the whole typing
            return name(0) + "~" + name(1) + "+" + name(0) + "~" + name(1) + "^" + locus(2) + "^" + locus(3);
        }
        List<String> loci = new ArrayList<>();
        for (int l = 0; l < COMMON.length; l++) {
            if (l >= 2 && random.nextInt(8) == 0) {
                continue; // untyped
            }
            loci.add(random.nextInt(60) == 0 ? locus(l) + "|" + locus(l) : locus(l));
        }
        if (loci.isEmpty()) {
            loci.add(locus(0));
        }
        return String.join("^", loci);
    }

    private String locus(int l) {
        if (random.nextInt(15) == 0) {
            return position(l); // one position: homozygous
        }
        return position(l) + "+" + position(l);
    }

    private String position(int l) {
        String name = name(l);
        int form = random.nextInt(20);
        if (form < 7 || name.endsWith("N")) {
            return name;
        }
        if (form < 10) {
            return release.fullAllelesOf(name).get(0);
        }
        if (form < 13) {
            return name + "/" + name(l);
        }
        if (form < 15) {
            return name.substring(0, name.indexOf(':')) + ":XX";
        }
        if (form < 17) {
            return release.gGroupOf(release.fullAllelesOf(name).get(0)).orElse(name);
        }
        for (String antigen : release.antigensOf(release.fullAllelesOf(name).get(0))) {
            if (random.nextBoolean() && parses(antigen)) {
                return antigen;
            }
        }
        return name;
    }

    private String name(int l) {
        return COMMON[l][random.nextInt(COMMON[l].length)];
    }

    private boolean parses(String antigen) {
        try {
            parser.parse(antigen);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
