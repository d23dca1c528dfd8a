package org.genobay.variants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.genobay.variants.segment.Segment;
import org.genobay.variants.segment.SegmentFormat;
import org.genobay.variants.segment.SegmentInfo;
import org.genobay.variants.vcf.VariantInput;
import org.genobay.variants.vcf.VariantInputs;
import org.roaringbitmap.RoaringBitmap;

/**
 * One ingest: read every input's header (so the sample dictionary is known before any genotype is stored), write each
 * input's records as runs of segments, merge contigs that several inputs share, then commit the manifest. Files of
 * this generation are deleted on failure; a crash leaves them unreferenced, and the next ingest removes them.
 */
final class DatasetIngest {
    private final Path dir;
    private final IngestRequest request;
    private final IngestListener listener;
    private final long generation;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    DatasetIngest(Path dir, IngestRequest request, IngestListener listener, long generation) {
        this.dir = dir;
        this.request = request;
        this.listener = listener;
        this.generation = generation;
    }

    private String prefix() {
        return "g" + generation;
    }

    /**
     * @param committed the manifest in force, if any: files it does not name are left from a crashed ingest
     */
    IngestSummary run(java.util.Optional<Manifest> committed) {
        long started = System.nanoTime();
        Set<String> keep = new HashSet<>();
        committed.ifPresent(m -> keep.addAll(referencedFiles(m)));
        deleteMatching(name -> !keep.contains(name));
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "genobay-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            return ingest(executor, started);
        } catch (RuntimeException | Error e) {
            deleteGeneration();
            throw e;
        } finally {
            executor.shutdownNow();
        }
    }

    private IngestSummary ingest(ExecutorService executor, long started) {
        SampleDictionary dictionary = new SampleDictionary();
        ContigOrder contigs = new ContigOrder();
        List<VariantInput> inputs = new ArrayList<>();
        List<int[]> columns = new ArrayList<>();
        try {
            // Headers first, so the sample dictionary is complete before any genotype is stored; inputs are reopened
            // one at a time to read (all but standard input, which can be read only once).
            for (Path p : request.files()) {
                VariantInput in = VariantInputs.open(p, executor, threads);
                List<String> samples = in.header().samples();
                if (p.toString().equals("-")) {
                    inputs.add(in);
                } else {
                    inputs.add(null);
                    in.close();
                }
                int[] map = new int[samples.size()];
                for (int j = 0; j < map.length; j++) {
                    map[j] = dictionary.add(samples.get(j));
                }
                if (dictionary.size() > SegmentFormat.MAX_SAMPLES) {
                    throw new VcfFormatException(
                            p.toString(),
                            1,
                            "#CHROM",
                            "the dataset would have " + dictionary.size() + " samples; a dataset holds at most "
                                    + SegmentFormat.MAX_SAMPLES);
                }
                columns.add(map);
                in.header().contigs().forEach(contigs::see);
            }
            RoaringBitmap all = new RoaringBitmap();
            all.add(0L, dictionary.size());
            List<RoaringBitmap> inputSamples = new ArrayList<>();
            Map<String, List<RunPart>> runsByContig = new LinkedHashMap<>();
            long records = 0;
            long ignored = 0;
            List<String> warnings = new ArrayList<>();
            long genotypes = 0;
            for (int i = 0; i < inputs.size(); i++) {
                Path file = request.files().get(i);
                RoaringBitmap mine = RoaringBitmap.bitmapOf(columns.get(i));
                inputSamples.add(mine);
                RoaringBitmap absent =
                        request.absentAsReference() ? new RoaringBitmap() : RoaringBitmap.andNot(all, mine);
                long size = sizeOf(file);
                listener.fileStarted(file, size);
                if (inputs.get(i) == null) {
                    inputs.set(i, VariantInputs.open(file, executor, threads));
                }
                try (RunWriter writer = new RunWriter(file.toString(), dir, prefix() + "-f" + i, contigs)) {
                    VariantInput.ReadSummary read = inputs.get(i)
                            .read(columns.get(i), absent, writer, (bytes, n) -> listener.progress(file, bytes, n));
                    for (Map.Entry<String, List<List<SegmentInfo>>> e :
                            writer.finish().entrySet()) {
                        for (List<SegmentInfo> run : e.getValue()) {
                            runsByContig
                                    .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                    .add(new RunPart(i, run));
                        }
                    }
                    warnings.addAll(writer.warnings());
                    ignored += writer.ignoredRecords();
                    records += read.records();
                    genotypes += read.genotypes();
                    listener.fileFinished(file, read.records());
                } catch (IOException e) {
                    throw new StoreIoException("cannot write segments in " + dir, e);
                }
                inputs.get(i).close();
                inputs.set(i, null);
            }
            List<SegmentInfo> segments = new ArrayList<>();
            List<String> contigNames = new ArrayList<>();
            for (String canonical : contigs.canonicalNames()) {
                List<RunPart> parts = runsByContig.get(canonical);
                if (parts == null) {
                    continue;
                }
                contigNames.add(contigs.written(canonical));
                if (parts.size() == 1) {
                    segments.addAll(parts.get(0).segments());
                } else {
                    listener.merging(contigs.written(canonical));
                    segments.addAll(merge(canonical, contigs, parts, inputSamples, all, dictionary));
                }
            }
            String samplesFile = prefix() + "-samples.txt";
            writeSamples(samplesFile, dictionary);
            Manifest m = new Manifest(
                    request.dataset(),
                    generation,
                    samplesFile,
                    request.absentAsReference(),
                    contigNames,
                    segments,
                    request.files().stream().map(Path::toString).toList());
            long bytes = segments.stream().mapToLong(SegmentInfo::bytes).sum();
            long variants = segments.stream().mapToLong(SegmentInfo::variants).sum();
            m.commit(dir);
            deleteOtherGenerations(m);
            return new IngestSummary(
                    request.dataset(),
                    inputs.size(),
                    records,
                    variants,
                    dictionary.size(),
                    genotypes,
                    Duration.ofNanos(System.nanoTime() - started),
                    bytes,
                    ignored,
                    warnings);
        } finally {
            for (VariantInput in : inputs) {
                try {
                    if (in != null) {
                        in.close();
                    }
                } catch (RuntimeException e) {
                    // Closing after a failure must not hide the failure.
                }
            }
        }
    }

    /** One run of one input on a contig; a contig has several when several inputs hold it or an input is unsorted. */
    private record RunPart(int input, List<SegmentInfo> segments) {}

    private List<SegmentInfo> merge(
            String canonical,
            ContigOrder contigs,
            List<RunPart> parts,
            List<RoaringBitmap> inputSamples,
            RoaringBitmap all,
            SampleDictionary dictionary) {
        List<RunMerger.Run> runs = new ArrayList<>();
        for (RunPart p : parts) {
            List<Segment> segs = p.segments().stream()
                    .map(s -> Segment.open(dir.resolve(s.file()), s.contig()))
                    .toList();
            runs.add(new RunMerger.Run(
                    p.input(), request.files().get(p.input()).toString(), segs, inputSamples.get(p.input())));
        }
        RunMerger merger = new RunMerger(
                dir,
                prefix() + "-m" + contigs.index(canonical),
                contigs.written(canonical),
                all,
                request.absentAsReference(),
                dictionary);
        try {
            List<SegmentInfo> merged = merger.merge(runs);
            for (RunPart p : parts) {
                for (SegmentInfo s : p.segments()) {
                    Files.deleteIfExists(dir.resolve(s.file()));
                }
            }
            return merged;
        } catch (IOException e) {
            throw new StoreIoException("cannot merge contig " + canonical + " in " + dir, e);
        }
    }

    private void writeSamples(String name, SampleDictionary dictionary) {
        Path p = dir.resolve(name);
        try {
            Files.write(p, dictionary.ids(), StandardCharsets.UTF_8);
            Manifest.Durability.force(p);
        } catch (IOException e) {
            throw new StoreIoException("cannot write " + p, e);
        }
    }

    private static long sizeOf(Path p) {
        try {
            return p.toString().equals("-") ? -1 : Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private void deleteGeneration() {
        deleteMatching(name -> name.startsWith(prefix() + "-"));
    }

    /** After a commit: files of earlier generations and of crashed ingests are no longer referenced. */
    private void deleteOtherGenerations(Manifest committed) {
        Set<String> keep = referencedFiles(committed);
        deleteMatching(name -> !keep.contains(name));
    }

    private static Set<String> referencedFiles(Manifest m) {
        Set<String> keep = new HashSet<>();
        m.segments().forEach(s -> keep.add(s.file()));
        keep.add(m.samplesFile());
        keep.add(Manifest.FILE);
        return keep;
    }

    private void deleteMatching(java.util.function.Predicate<String> doomed) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (doomed.test(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // Leftovers are invisible (no manifest names them) and are removed by the next ingest.
        }
    }
}
