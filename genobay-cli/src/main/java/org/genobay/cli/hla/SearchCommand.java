package org.genobay.cli.hla;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.TypingParser;
import org.genobay.hla.match.HlaMatcher;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchTotal;
import org.genobay.hla.match.PositionMatch;
import org.genobay.hla.search.Candidate;
import org.genobay.hla.search.DonorIndex;
import org.genobay.hla.search.DonorKind;
import org.genobay.hla.search.DonorSearch;
import org.genobay.hla.search.SearchRequest;
import org.genobay.hla.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code genobay hla search}: a patient's donors in a GL-string donor file, through a {@link DonorIndex}. */
@Command(
        name = "search",
        description = {
            "Search a donor file (one donor per line, REGISTRY_ID%GLSTRING, as WMDA and NMDP files are; plain or"
                    + " gzip) for a patient's donors with at most k mismatched positions at the chosen loci.",
            "Prints the candidates ranked by fewest mismatches, fewest untyped loci, then the better grades and"
                    + " confidences: the total (9/10 mismatched at DQB1), the mismatched loci and each locus's two"
                    + " position grades. A line that cannot be read or typed stops the search with its line number."
        })
public final class SearchCommand implements Callable<Integer> {
    enum Format {
        TSV,
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ReleaseOptions release;

    @Option(
            names = "--donors",
            required = true,
            paramLabel = "FILE",
            description = "Donor file, REGISTRY_ID%GLSTRING per line (plain or gzip).")
    Path donors;

    @Option(names = "--patient", required = true, paramLabel = "GLSTRING", description = "The patient's typing.")
    String patient;

    @Option(
            names = "--loci",
            split = ",",
            paramLabel = "LOCUS",
            converter = MatchCommand.LocusConverter.class,
            description = "Loci compared and counted (default: A,B,C,DRB1,DQB1, a 10/10 search).")
    List<Locus> loci;

    @Option(
            names = "--mismatches",
            paramLabel = "K",
            defaultValue = "1",
            description =
                    "At most this many mismatched positions over the loci: 0, 1 or 2 (default: ${DEFAULT-VALUE}).")
    int mismatches;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "Print at most this many candidates (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "tsv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (mismatches < 0 || mismatches > 2) {
            throw new ParameterException(spec.commandLine(), "--mismatches " + mismatches + " is not 0, 1 or 2");
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit " + limit + " is not positive");
        }
        Set<Locus> chosen = loci == null || loci.isEmpty() ? Locus.TEN : EnumSet.copyOf(loci);
        HlaRelease loaded = release.load();
        TypingParser parser = new TypingParser(loaded, release.macs());
        HlaMatcher matcher = new HlaMatcher(loaded);
        // the patient first: a bad typing is reported before a large file is read
        var prepared = matcher.prepare(parser.parse(patient));
        DonorFile file = DonorFile.read(donors, DonorIndex.builder(matcher, parser));
        SearchResult result = new DonorSearch(file.index())
                .search(new SearchRequest(prepared, chosen, mismatches, EnumSet.of(DonorKind.DONOR), limit));
        PrintWriter out = spec.commandLine().getOut();
        List<Locus> ordered =
                List.of(Locus.values()).stream().filter(chosen::contains).toList();
        if (format == Format.JSON) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json(loaded.version(), file, result, chosen)));
        } else {
            tsv(out, file, result, chosen, ordered);
            PrintWriter err = spec.commandLine().getErr();
            err.println(result.qualifying() + " of " + file.index().size() + " donors have at most " + mismatches
                    + " mismatch" + (mismatches == 1 ? "" : "es") + " at " + names(ordered) + "; "
                    + result.candidates().size() + " shown");
            err.flush();
        }
        out.flush();
        return 0;
    }

    private static void tsv(
            PrintWriter out, DonorFile file, SearchResult result, Set<Locus> chosen, List<Locus> ordered) {
        out.println("rank\tdonor\tmismatches\ttotal\tmismatched_loci\t"
                + ordered.stream().map(Locus::name).collect(Collectors.joining("\t")));
        int rank = 0;
        for (Candidate c : result.candidates()) {
            MatchTotal total = c.match().total(chosen);
            StringBuilder line = new StringBuilder()
                    .append(++rank)
                    .append('\t')
                    .append(file.registryIds().get((int) c.donorId()))
                    .append('\t')
                    .append(c.mismatches())
                    .append('\t')
                    .append(total.text())
                    .append('\t')
                    .append(names(total.mismatches().keySet()));
            for (LocusMatch locus : c.match().loci()) {
                line.append('\t').append(cell(locus));
            }
            out.println(line);
        }
    }

    /** {@code protein+allele}: the two positions' grades, or {@code untyped in donor}. */
    private static String cell(LocusMatch locus) {
        if (locus instanceof LocusMatch.Untyped u) {
            return "untyped in " + u.untypedIn();
        }
        return ((LocusMatch.Compared) locus)
                .positions().stream().map(p -> p.grade().label()).collect(Collectors.joining("+"));
    }

    private Map<String, Object> json(String version, DonorFile file, SearchResult result, Set<Locus> chosen) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("release", version);
        root.put("patient", patient);
        root.put("loci", names(chosen));
        root.put("maxMismatches", mismatches);
        root.put("donors", file.index().size());
        root.put("qualifying", result.qualifying());
        List<Map<String, Object>> candidates = new ArrayList<>();
        int rank = 0;
        for (Candidate c : result.candidates()) {
            MatchTotal total = c.match().total(chosen);
            Map<String, Object> candidate = new LinkedHashMap<>();
            candidate.put("rank", ++rank);
            candidate.put("donor", file.registryIds().get((int) c.donorId()));
            candidate.put("mismatches", c.mismatches());
            candidate.put("total", total.text());
            candidate.put(
                    "mismatchedLoci",
                    total.mismatches().keySet().stream().map(Locus::name).toList());
            Map<String, Object> byLocus = new LinkedHashMap<>();
            for (LocusMatch locus : c.match().loci()) {
                byLocus.put(locus.locus().name(), json(locus));
            }
            candidate.put("loci", byLocus);
            candidates.add(candidate);
        }
        root.put("candidates", candidates);
        return root;
    }

    private static Map<String, Object> json(LocusMatch locus) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (locus instanceof LocusMatch.Untyped u) {
            out.put("untyped", u.untypedIn());
            return out;
        }
        LocusMatch.Compared c = (LocusMatch.Compared) locus;
        out.put("count", c.count());
        out.put("grades", c.positions().stream().map(p -> p.grade().label()).toList());
        out.put(
                "confidences",
                c.positions().stream()
                        .map(PositionMatch::confidence)
                        .map(m -> m.label())
                        .toList());
        c.dpb1().ifPresent(d -> out.put("dpb1", d.label()));
        return out;
    }

    private static String names(java.util.Collection<Locus> loci) {
        return loci.stream().sorted().map(Locus::name).collect(Collectors.joining(","));
    }
}
