package org.genobay.variants;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory of datasets. Opening is cheap; a dataset's segments are memory-mapped when it is opened. Ingests commit by
 * switching a manifest atomically, so a reader (or a crash) never sees a half-written dataset.
 *
 * <p>Layout: {@code DIR/datasets/NAME/MANIFEST} names the committed files of dataset NAME; files in that folder that no
 * manifest names belong to an unfinished ingest and are removed by the next ingest of that dataset.
 */
public final class VariantStore implements AutoCloseable {
    private final Path root;
    private final Path datasets;

    private VariantStore(Path root) {
        this.root = root;
        this.datasets = root.resolve("datasets");
    }

    /** Opens (and creates, if missing) the store in this directory. */
    public static VariantStore open(Path directory) {
        VariantStore s = new VariantStore(directory.toAbsolutePath().normalize());
        try {
            Files.createDirectories(s.datasets);
        } catch (IOException e) {
            throw new StoreIoException("cannot create store " + directory, e);
        }
        return s;
    }

    public Path root() {
        return root;
    }

    /** Names of the committed datasets, sorted. */
    public List<String> datasets() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(datasets)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve(Manifest.FILE)))
                    .forEach(d -> names.add(d.getFileName().toString()));
        } catch (IOException e) {
            throw new StoreIoException("cannot list " + datasets, e);
        }
        names.sort(null);
        return names;
    }

    /** @throws UnknownDatasetException if no committed dataset has this name */
    public Dataset dataset(String name) {
        Path dir = datasetDir(name);
        Optional<Manifest> m = Files.isDirectory(dir) ? Manifest.read(dir) : Optional.empty();
        return new StoredDataset(dir, m.orElseThrow(() -> new UnknownDatasetException(root.toString(), name)));
    }

    private Path datasetDir(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw new UnknownDatasetException(root.toString(), name);
        }
        return datasets.resolve(name);
    }

    /**
     * Reads the files into a dataset and commits it. On any failure nothing of the new dataset stays visible (an existing
     * dataset being replaced stays as it was).
     *
     * @throws DatasetExistsException if the dataset exists and the request does not replace it
     * @throws DatasetBusyException if another ingest into the dataset is running
     */
    public IngestSummary ingest(IngestRequest request, IngestListener listener) {
        Path dir = datasets.resolve(request.dataset());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreIoException("cannot create " + dir, e);
        }
        Path lockFile = datasets.resolve(request.dataset() + ".lock");
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(ch, request.dataset())) {
            Optional<Manifest> existing = Manifest.read(dir);
            if (existing.isPresent() && !request.replace()) {
                throw new DatasetExistsException(root.toString(), request.dataset());
            }
            long generation = existing.map(Manifest::generation).orElse(0L) + 1;
            return new DatasetIngest(dir, request, listener, generation).run(existing);
        } catch (IOException e) {
            throw new StoreIoException("cannot lock " + lockFile, e);
        }
    }

    private static FileLock tryLock(FileChannel ch, String dataset) throws IOException {
        try {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw new DatasetBusyException(dataset);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new DatasetBusyException(dataset);
        }
    }

    @Override
    public void close() {}
}
