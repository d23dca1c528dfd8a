package org.genobay.variants;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genobay.variants.segment.SegmentInfo;

/**
 * The commit point of a dataset: which files make it up. Written to a temporary file, forced to disk and renamed over
 * the old one, so a reader or a crash sees either the old or the new dataset, never a mix.
 *
 * @param contigs contigs as written in the inputs, in dataset order
 * @param inputs the files the dataset was ingested from
 */
record Manifest(
        String name,
        long generation,
        String samplesFile,
        boolean absentAsReference,
        List<String> contigs,
        List<SegmentInfo> segments,
        List<String> inputs) {
    static final String FILE = "MANIFEST";
    private static final String MAGIC = "genobay-dataset 1";

    Manifest {
        contigs = List.copyOf(contigs);
        segments = List.copyOf(segments);
        inputs = List.copyOf(inputs);
    }

    static Optional<Manifest> read(Path datasetDir) {
        Path file = datasetDir.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreIoException("cannot read " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
            throw new StoreCorruptedException(file.toString(), "not a Genobay dataset manifest");
        }
        String name = null;
        long generation = -1;
        String samples = null;
        boolean absentAsRef = false;
        List<String> contigs = new ArrayList<>();
        List<SegmentInfo> segments = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        try {
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split("\t", -1);
                switch (f[0]) {
                    case "name" -> name = f[1];
                    case "generation" -> generation = Long.parseLong(f[1]);
                    case "samples" -> samples = f[1];
                    case "absent-as-reference" -> absentAsRef = Boolean.parseBoolean(f[1]);
                    case "contig" -> contigs.add(f[1]);
                    case "segment" -> segments.add(new SegmentInfo(
                            f[1],
                            f[2],
                            Integer.parseInt(f[3]),
                            Integer.parseInt(f[4]),
                            Integer.parseInt(f[5]),
                            Long.parseLong(f[6])));
                    case "input" -> inputs.add(f[1]);
                    case "end" -> {
                        if (name == null || samples == null || generation < 0) {
                            throw new StoreCorruptedException(
                                    file.toString(), "manifest lacks name, generation or samples");
                        }
                        return Optional.of(
                                new Manifest(name, generation, samples, absentAsRef, contigs, segments, inputs));
                    }
                    default -> throw new StoreCorruptedException(
                            file.toString(), "line " + (i + 1) + ": unknown key " + f[0]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            throw new StoreCorruptedException(file.toString(), "malformed manifest line", e);
        }
        throw new StoreCorruptedException(file.toString(), "manifest has no end line (truncated)");
    }

    /** Writes and commits this manifest atomically. */
    void commit(Path datasetDir) {
        StringBuilder b = new StringBuilder(MAGIC).append('\n');
        b.append("name\t").append(name).append('\n');
        b.append("generation\t").append(generation).append('\n');
        b.append("samples\t").append(samplesFile).append('\n');
        b.append("absent-as-reference\t").append(absentAsReference).append('\n');
        contigs.forEach(c -> b.append("contig\t").append(c).append('\n'));
        for (SegmentInfo s : segments) {
            b.append("segment\t")
                    .append(s.file())
                    .append('\t')
                    .append(s.contig())
                    .append('\t')
                    .append(s.variants())
                    .append('\t')
                    .append(s.minPos())
                    .append('\t')
                    .append(s.maxPos())
                    .append('\t')
                    .append(s.bytes())
                    .append('\n');
        }
        inputs.forEach(i -> b.append("input\t")
                .append(i.replace('\t', ' ').replace('\n', ' '))
                .append('\n'));
        b.append("end\n");
        Path tmp = datasetDir.resolve(FILE + ".tmp");
        try {
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Durability.force(tmp);
            Files.move(
                    tmp, datasetDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Durability.force(datasetDir);
        } catch (IOException e) {
            throw new StoreIoException("cannot commit " + datasetDir.resolve(FILE), e);
        }
    }

    /** fsync of files and directories. */
    static final class Durability {
        private Durability() {}

        static void force(Path p) throws IOException {
            if (Files.isDirectory(p)) {
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                    ch.force(true);
                } catch (IOException e) {
                    // Some file systems cannot open a directory for syncing; the rename is still atomic there.
                }
                return;
            }
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
    }
}
