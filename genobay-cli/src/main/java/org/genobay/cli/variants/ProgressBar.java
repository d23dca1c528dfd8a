package org.genobay.cli.variants;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.genobay.variants.IngestListener;

/**
 * Ingest progress on one terminal line, redrawn with {@code \r} at most five times a second: file name, percent of the
 * compressed file read, records and records per second. A finished file keeps its line; {@link #close} wipes an
 * unfinished line so that what follows (an error message) starts clean.
 */
final class ProgressBar implements IngestListener, AutoCloseable {
    static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    static final int MAX_NAME = 36;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private long fileSize = -1;
    private long fileStartNanos;
    private long lastDrawNanos;
    private boolean drawn;
    private int lastWidth;

    ProgressBar(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
    }

    @Override
    public void fileStarted(Path file, long compressedBytes) {
        fileSize = compressedBytes;
        fileStartNanos = nanoClock.getAsLong();
        draw(line(file, 0, 0, fileStartNanos));
    }

    @Override
    public void progress(Path file, long compressedBytesRead, long records) {
        long now = nanoClock.getAsLong();
        if (now - lastDrawNanos >= REDRAW_NANOS) {
            draw(line(file, compressedBytesRead, records, now));
        }
    }

    @Override
    public void fileFinished(Path file, long records) {
        draw(line(file, fileSize, records, nanoClock.getAsLong()));
        endLine();
    }

    @Override
    public void merging(String contig) {
        long now = nanoClock.getAsLong();
        if (now - lastDrawNanos >= REDRAW_NANOS) {
            draw("merging files: contig " + contig);
        }
    }

    private String line(Path file, long bytesRead, long records, long now) {
        StringBuilder b = new StringBuilder(shortName(file));
        if (fileSize > 0) {
            b.append(String.format(Locale.ROOT, "  %3d%%", Math.min(100, bytesRead * 100 / fileSize)));
        }
        b.append(String.format(Locale.ROOT, "  %,d records", records));
        double seconds = (now - fileStartNanos) / 1e9;
        if (seconds > 0.05) {
            b.append(String.format(Locale.ROOT, "  %,.0f records/s", records / seconds));
        }
        return b.toString();
    }

    /** Keeps the line within 80 columns, where a wrapped line could no longer be redrawn with {@code \r}. */
    static String shortName(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.length() <= MAX_NAME ? name : "..." + name.substring(name.length() - MAX_NAME + 3);
    }

    private void draw(String text) {
        String padding = " ".repeat(Math.max(0, lastWidth - text.length()));
        err.print("\r" + text + padding);
        err.flush();
        lastWidth = text.length();
        lastDrawNanos = nanoClock.getAsLong();
        drawn = true;
    }

    private void endLine() {
        err.println();
        err.flush();
        lastWidth = 0;
        drawn = false;
    }

    /** Wipes a line left unfinished (by an error, or by merging) so the next output starts at column 0. */
    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            drawn = false;
            lastWidth = 0;
        }
    }
}
