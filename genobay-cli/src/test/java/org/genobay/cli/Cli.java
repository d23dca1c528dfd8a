package org.genobay.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code genobay} in-process, as {@link Genobay#main} does but with stdout and stderr captured. */
public final class Cli {
    public record Result(int exitCode, String out, String err) {}

    private Cli() {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Genobay.newCommandLine()
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
