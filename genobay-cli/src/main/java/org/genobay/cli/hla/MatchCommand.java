package org.genobay.cli.hla;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.TypingParser;
import org.genobay.hla.match.HlaMatcher;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchResult;
import org.genobay.hla.match.MatchTotal;
import org.genobay.hla.match.PositionMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code genobay hla match}: a patient's typing against a donor's, per locus and position, as JSON. */
@Command(
        name = "match",
        description = {
            "Match a patient's HLA typing against a donor's: per locus (A, B, C, DRB1, DQB1, DPB1) the match count,"
                    + " each position's grade and confidence, DPB1 permissiveness by TCE groups, and the 6/6, 8/8,"
                    + " 10/10 and 12/12 totals.",
            "Typings are GL strings (^ between loci, + between positions, / for alternatives). Prints JSON."
        })
public final class MatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReleaseOptions release;

    @Option(names = "--patient", required = true, paramLabel = "GLSTRING", description = "The patient's typing.")
    String patient;

    @Option(names = "--donor", required = true, paramLabel = "GLSTRING", description = "The donor's typing.")
    String donor;

    @Option(
            names = "--loci",
            split = ",",
            paramLabel = "LOCUS",
            converter = LocusConverter.class,
            description = "Loci to compare (default: A,B,C,DRB1,DQB1,DPB1).")
    List<Locus> loci;

    @Override
    public Integer call() throws Exception {
        HlaRelease loaded = release.load();
        TypingParser parser = new TypingParser(loaded, release.macs());
        HlaMatcher matcher = new HlaMatcher(loaded);
        Set<Locus> chosen = loci == null || loci.isEmpty() ? Locus.TWELVE : EnumSet.copyOf(loci);
        MatchResult result =
                matcher.match(matcher.prepare(parser.parse(patient)), matcher.prepare(parser.parse(donor)), chosen);
        PrintWriter out = spec.commandLine().getOut();
        out.println(new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(json(loaded.version(), result)));
        out.flush();
        return 0;
    }

    private Map<String, Object> json(String version, MatchResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("release", version);
        root.put("patient", patient);
        root.put("donor", donor);
        Map<String, Object> byLocus = new LinkedHashMap<>();
        for (LocusMatch locus : result.loci()) {
            byLocus.put(locus.locus().name(), json(locus));
        }
        root.put("loci", byLocus);
        Map<String, Object> totals = new LinkedHashMap<>();
        for (MatchTotal total : result.totals()) {
            totals.put(total.name(), total.text());
        }
        root.put("totals", totals);
        return root;
    }

    private static Map<String, Object> json(LocusMatch locus) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (locus instanceof LocusMatch.Untyped u) {
            out.put("typed", false);
            out.put("untyped", u.untypedIn());
            return out;
        }
        LocusMatch.Compared c = (LocusMatch.Compared) locus;
        out.put("count", c.count());
        List<Map<String, Object>> positions = new ArrayList<>();
        for (PositionMatch p : c.positions()) {
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("grade", p.grade().label());
            position.put("confidence", p.confidence().label());
            positions.add(position);
        }
        out.put("positions", positions);
        out.put("confidence", c.confidence().label());
        c.dpb1().ifPresent(d -> out.put("dpb1", d.label()));
        return out;
    }

    static final class LocusConverter implements ITypeConverter<Locus> {
        @Override
        public Locus convert(String value) {
            try {
                return Locus.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
