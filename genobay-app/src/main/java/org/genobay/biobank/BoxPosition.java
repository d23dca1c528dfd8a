package org.genobay.biobank;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genobay.errors.InvalidInputException;

/** A place in a box: row letter and column number, as on the box lid ("A1" is the top left). */
public record BoxPosition(int row, int column) {

    private static final Pattern LABEL = Pattern.compile("([A-Za-z])\\s*(\\d{1,2})");

    public BoxPosition {
        if (row < 1 || row > 26 || column < 1 || column > 99) {
            throw new InvalidInputException(
                    "position", "position row " + row + ", column " + column + " is outside A1 to Z99");
        }
    }

    public static BoxPosition parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label.strip());
        if (m == null || !m.matches()) {
            throw new InvalidInputException(
                    "position", "position '" + label + "' must be a row letter and a column number, like B7");
        }
        return new BoxPosition(Character.toUpperCase(m.group(1).charAt(0)) - 'A' + 1, Integer.parseInt(m.group(2)));
    }

    public String label() {
        return String.valueOf((char) ('A' + row - 1)) + column;
    }

    @Override
    public String toString() {
        return label();
    }
}
