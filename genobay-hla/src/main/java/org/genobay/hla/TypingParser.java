package org.genobay.hla;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typings as labs send them, against one release: allele names of one to four fields with or without
 * {@code HLA-} and expression suffixes, G and P groups, XX codes, NMDP allele codes (when a {@link MacDictionary} is
 * given), serological antigens, and all of these combined in GL strings ({@code ^ | + ~ /}). Every allele, group and
 * antigen is checked against the release; a deleted allele's error names its current name when IMGT gives one.
 *
 * <p>Thread-safe: it holds only immutable tables.
 */
public final class TypingParser {
    private static final Pattern XX = Pattern.compile("([A-Z][A-Z0-9]*\\*\\d{1,4}):XX");
    private static final Pattern MAC = Pattern.compile("([A-Z][A-Z0-9]*\\*\\d{1,4}):([A-Z]{2,})");
    private static final Pattern ANTIGEN = Pattern.compile("[A-Z][A-Za-z]{0,2}\\d{1,4}");
    private static final GlOperator[] LOOSEST_FIRST = GlOperator.values();

    private final HlaRelease release;
    private final Optional<MacDictionary> macs;

    public TypingParser(HlaRelease release) {
        this(release, Optional.empty());
    }

    public TypingParser(HlaRelease release, Optional<MacDictionary> macs) {
        this.release = release;
        this.macs = macs;
    }

    public HlaRelease release() {
        return release;
    }

    /** Parses a typing or GL string; throws {@link InvalidTypingException} or {@link UnknownAlleleException}. */
    public GlString parse(String typing) {
        String text = typing.strip();
        if (text.isEmpty()) {
            throw new InvalidTypingException(typing, "it is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                throw new InvalidTypingException(typing, "a GL string has no spaces (at character " + (i + 1) + ")");
            }
        }
        return parse(text, 0, typing);
    }

    private GlString parse(String text, int level, String whole) {
        if (level == LOOSEST_FIRST.length) {
            return term(text, whole);
        }
        GlOperator operator = LOOSEST_FIRST[level];
        if (text.indexOf(operator.symbol()) < 0) {
            return parse(text, level + 1, whole);
        }
        List<GlString> parts = new ArrayList<>();
        for (String part : text.split(Pattern.quote(String.valueOf(operator.symbol())), -1)) {
            if (part.isEmpty()) {
                throw new InvalidTypingException(whole, "an empty part next to '" + operator.symbol() + "'");
            }
            parts.add(parse(part, level + 1, whole));
        }
        return new GlNode(operator, parts);
    }

    /** One allele, group, code or antigen. */
    public Typing term(String text, String whole) {
        String body = text.startsWith("HLA-") ? text.substring(4) : text;
        if (body.indexOf('*') < 0) {
            return serology(text, body, whole);
        }
        Matcher xx = XX.matcher(body);
        if (xx.matches()) {
            return xxCode(text, xx.group(1));
        }
        Matcher mac = MAC.matcher(body);
        if (mac.matches()) {
            return mac(text, mac.group(1), mac.group(2), whole);
        }
        char last = body.charAt(body.length() - 1);
        if ((last == 'G' || last == 'P') && AlleleName.looksLikeAllele(body.substring(0, body.length() - 1))) {
            GroupTable groups = last == 'G' ? release.gGroups() : release.pGroups();
            if (!groups.isGroup(body)) {
                throw new UnknownAlleleException(
                        text,
                        "'" + text + "' is not a " + last + " group of IMGT/HLA " + release.version(),
                        Optional.empty());
            }
            return new Typing.Group(text, body, last);
        }
        if (!AlleleName.looksLikeAllele(body)) {
            throw new InvalidTypingException(
                    whole,
                    "'" + text + "' is not an allele name (LOCUS*FIELD[:FIELD...][N|L|S|Q|C|A]), group, code"
                            + " or antigen");
        }
        AlleleName name = AlleleName.parse(body);
        if (name.fieldCount() == 1) {
            if (release.deleted(body).isPresent()) {
                throw unknownAllele(text, body); // an old one-field name such as A*0105N
            }
            return xxCode(text, body);
        }
        if (release.isValidName(body) || release.shortNull(body).isPresent()) {
            return new Typing.Allele(text, name);
        }
        throw unknownAllele(text, body);
    }

    private UnknownAlleleException unknownAllele(String text, String name) {
        Optional<DeletedAllele> deleted = release.deleted(name);
        if (deleted.isEmpty()) {
            return new UnknownAlleleException(
                    text, "'" + text + "' is not an allele of IMGT/HLA " + release.version(), Optional.empty());
        }
        Optional<String> current = release.currentName(name);
        DeletedAllele d = deleted.get();
        String message = "'" + text + "' was deleted from IMGT/HLA on " + d.deletedOn()
                + (d.reason().isEmpty() ? "" : " (" + d.reason() + ")")
                + current.map(c -> "; its current name is " + c).orElse("; hla_nom.txt gives no current name");
        return new UnknownAlleleException(text, message, current);
    }

    private Typing xxCode(String text, String locusAndFirstField) {
        if (release.xxCode(locusAndFirstField).isEmpty()) {
            throw new UnknownAlleleException(
                    text,
                    "'" + text + "': IMGT/HLA " + release.version() + " has no allele " + locusAndFirstField + ":*",
                    Optional.empty());
        }
        return new Typing.Xx(text, locusAndFirstField);
    }

    private Typing mac(String text, String locusAndFirstField, String code, String whole) {
        MacDictionary dictionary = macs.orElseThrow(() -> new InvalidTypingException(
                whole, "'" + text + "' is an NMDP allele code; give a MAC file to expand it"));
        List<String> values = dictionary
                .expansion(code)
                .orElseThrow(() -> new UnknownAlleleException(
                        text, "'" + text + "': " + code + " is not in the MAC file", Optional.empty()));
        String locus = NameText.locus(locusAndFirstField);
        String firstField = locusAndFirstField.substring(locus.length() + 1);
        boolean allelic = values.stream().anyMatch(v -> v.indexOf(':') >= 0);
        if (allelic) {
            String expected = mostCommonFirstField(values);
            if (!Integer.valueOf(Integer.parseInt(expected)).equals(Integer.parseInt(firstField))) {
                throw new UnknownAlleleException(
                        text,
                        "'" + text + "': the allele-specific code " + code + " is written " + locus + "*" + expected
                                + ":" + code + " (its alleles are " + String.join("/", values) + ")",
                        Optional.empty());
            }
        }
        List<String> alleles = new ArrayList<>();
        for (String value : values) {
            String allele = allelic ? locus + "*" + value : locusAndFirstField + ":" + value;
            if (release.isValidName(allele)) {
                alleles.add(allele);
            }
        }
        if (alleles.isEmpty()) {
            throw new UnknownAlleleException(
                    text,
                    "'" + text + "': none of the alleles of " + code + " (" + String.join("/", values)
                            + ") is in IMGT/HLA " + release.version(),
                    Optional.empty());
        }
        return new Typing.Mac(text, locusAndFirstField, code, alleles);
    }

    /** NMDP's rule: the first field most of the code's alleles share, the lowest on a tie. */
    private static String mostCommonFirstField(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String value : values) {
            String first = value.substring(0, Math.max(0, value.indexOf(':')));
            int count = counts.merge(first, 1, Integer::sum);
            if (best == null
                    || count > counts.get(best)
                    || (count == counts.get(best) && Integer.parseInt(first) < Integer.parseInt(best))) {
                best = first;
            }
        }
        return best;
    }

    private Typing serology(String text, String antigen, String whole) {
        if (release.isAntigen(antigen)) {
            return new Typing.Serology(text, antigen);
        }
        if (ANTIGEN.matcher(antigen).matches()) {
            throw new UnknownAlleleException(
                    text,
                    "'" + text + "' is not a serological antigen of IMGT/HLA " + release.version(),
                    Optional.empty());
        }
        throw new InvalidTypingException(
                whole, "'" + text + "' is neither an allele name (it has no '*') nor a serological antigen");
    }
}
