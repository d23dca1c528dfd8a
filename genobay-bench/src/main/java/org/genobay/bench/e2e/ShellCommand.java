package org.genobay.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A {@code bash -c} command line, run to completion; a non-zero exit is an error that names the command. */
public record ShellCommand(String text) {
    /** Runs it with stdout discarded and returns the wall time from start to exit, in nanoseconds. */
    public long timed() {
        long start = System.nanoTime();
        Process p = start(ProcessBuilder.Redirect.DISCARD);
        await(p);
        return System.nanoTime() - start;
    }

    /** Runs it and returns its stdout lines. */
    public List<String> lines() {
        Process p = start(ProcessBuilder.Redirect.PIPE);
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            await(p);
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the output of: " + text, e);
        }
    }

    private Process start(ProcessBuilder.Redirect stdout) {
        try {
            return new ProcessBuilder("bash", "-o", "pipefail", "-c", text)
                    .redirectOutput(stdout)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start: " + text, e);
        }
    }

    private void await(Process p) {
        try {
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("exit " + exit + " from: " + text);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + text, e);
        }
    }

    /** Single-quotes a word for bash. */
    public static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
