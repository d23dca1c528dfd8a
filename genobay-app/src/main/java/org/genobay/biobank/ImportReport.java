package org.genobay.biobank;

import java.util.List;

/** The outcome of an import: what it added, or, when any row had a problem, every problem and nothing added. */
public record ImportReport(int rows, int participantsEnrolled, int specimensRecorded, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }

    /** "2 problems in 6 rows; nothing was imported", or what was imported. */
    public String summary() {
        if (imported()) {
            return plural(rows, "row") + " imported: " + plural(participantsEnrolled, "participant") + " enrolled, "
                    + plural(specimensRecorded, "specimen") + " recorded";
        }
        return plural(problems.size(), "problem") + " in " + plural(rows, "row") + "; nothing was imported";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
