package org.genobay.donors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchGrade;
import org.genobay.hla.match.PositionMatch;

/**
 * One locus of a search result, as the result grid draws it: two cells colored by grade.
 *
 * @param count matched positions; empty when untyped on either side
 * @param grades the two positions' grades ({@link MatchGrade}), patient order; empty when untyped
 * @param confidence the locus's confidence; {@code untyped in donor} etc. when not compared
 */
public record LocusGrades(Locus locus, Optional<Integer> count, List<MatchGrade> grades, String confidence) {

    public LocusGrades {
        grades = List.copyOf(grades);
    }

    static LocusGrades of(LocusMatch match) {
        if (match instanceof LocusMatch.Compared c) {
            return new LocusGrades(
                    c.locus(),
                    Optional.of(c.count()),
                    c.positions().stream().map(PositionMatch::grade).toList(),
                    c.confidence().label());
        }
        LocusMatch.Untyped u = (LocusMatch.Untyped) match;
        return new LocusGrades(u.locus(), Optional.empty(), List.of(), "untyped in " + u.untypedIn());
    }

    /** The CSS class of a grade's cell: match levels and mismatches apart. */
    public static String css(MatchGrade grade) {
        return "grade-" + grade.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Stored form: {@code A=2,PROTEIN,PROTEIN,exact}; several joined by {@code ;}. */
    static String encode(List<LocusGrades> loci) {
        List<String> parts = new ArrayList<>();
        for (LocusGrades l : loci) {
            StringBuilder s = new StringBuilder(l.locus().name()).append('=');
            s.append(l.count().map(String::valueOf).orElse("-"));
            l.grades().forEach(g -> s.append(',').append(g.name()));
            s.append(',').append(l.confidence());
            parts.add(s.toString());
        }
        return String.join(";", parts);
    }

    static List<LocusGrades> decode(String text) {
        List<LocusGrades> loci = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String[] fields = part.substring(eq + 1).split(",");
            Optional<Integer> count =
                    fields[0].equals("-") ? Optional.empty() : Optional.of(Integer.parseInt(fields[0]));
            List<MatchGrade> grades = new ArrayList<>();
            for (int i = 1; i < fields.length - 1; i++) {
                grades.add(MatchGrade.valueOf(fields[i]));
            }
            loci.add(new LocusGrades(Locus.valueOf(part.substring(0, eq)), count, grades, fields[fields.length - 1]));
        }
        return loci;
    }
}
