package org.genobay.cli.hla;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.Reducer;
import org.genobay.hla.Reduction;
import org.genobay.hla.TypingParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code genobay hla reduce}: each typing (an allele, code, antigen or GL string) reduced to one level, a line each. */
@Command(
        name = "reduce",
        description = {
            "Reduce HLA typings to G, P, lg, lgx, exon, W, U2 or S (serology), as py-ard does. Each typing may be an"
                    + " allele (1 to 4 fields, with or without HLA-), a G or P group, an XX code, a MAC (with"
                    + " --mac-file), a serological antigen, or a GL string of these (^ | + ~ /).",
            "Prints one reduced typing per line."
        })
public final class ReduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReleaseOptions release;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "LEVEL",
            converter = LevelConverter.class,
            description = "G, P, lg, lgx, exon, W, U2 or S.")
    Reduction level;

    @Option(
            names = "--ping",
            description = "At lg, lgx and U2, reduce alleles in a P group but no G group to the P group's two fields"
                    + " (py-ard's ping option).")
    boolean ping;

    @Parameters(paramLabel = "TYPING", arity = "1..*", description = "Typings or GL strings, e.g. 'A*01:01:01'.")
    List<String> typings;

    @Override
    public Integer call() {
        HlaRelease loaded = release.load();
        TypingParser parser = new TypingParser(loaded, release.macs());
        Reducer reducer = new Reducer(loaded, ping);
        // parse every typing before printing any, so a bad one leaves no partial output
        List<String> reduced = typings.stream()
                .map(t -> reducer.reduce(parser.parse(t), level))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        reduced.forEach(out::println);
        out.flush();
        return 0;
    }

    static final class LevelConverter implements ITypeConverter<Reduction> {
        @Override
        public Reduction convert(String value) {
            try {
                return Reduction.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
