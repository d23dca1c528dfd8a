package org.genobay.variants;

import java.nio.file.Path;
import java.util.List;

/** Runs one ingest in its own JVM, so {@link IngestCrashIT} can kill it with SIGKILL mid-way. */
public final class IngestProcess {
    private IngestProcess() {}

    /** Arguments: store directory, dataset, replace (true/false), input ('-' for standard input). */
    public static void main(String[] args) {
        VariantStore store = VariantStore.open(Path.of(args[0]));
        IngestRequest r = IngestRequest.of(args[1], List.of(Path.of(args[3])));
        store.ingest(Boolean.parseBoolean(args[2]) ? r.replacing() : r, new IngestListener() {
            @Override
            public void progress(Path file, long bytes, long records) {
                System.out.println("records " + records);
                System.out.flush();
            }
        });
        System.out.println("committed");
    }
}
