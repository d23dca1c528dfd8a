package org.genobay.variants.vcf;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.genobay.variants.StoreIoException;
import org.genobay.variants.VcfFormatException;
import org.roaringbitmap.RoaringBitmap;

/**
 * VCF text: the header is read on open; data lines are cut into chunks of whole lines that are parsed on the executor's
 * threads and handed to the sink in file order.
 */
final class VcfTextInput implements VariantInput {
    private static final int CHUNK_BYTES = 4 << 20;

    private final String file;
    private final BlockSource source;
    private final ExecutorService executor;
    private final int threads;
    private final VcfHeader header;
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean sourceDone;
    private long compressedPosition;
    /** Data bytes that followed the #CHROM line in the chunk the header was read from. */
    private byte[] firstData;

    private int firstDataFrom;
    private int firstDataTo;

    VcfTextInput(String file, BlockSource source, ExecutorService executor, int threads) {
        this.file = file;
        this.source = source;
        this.executor = executor;
        this.threads = threads;
        this.header = readHeader();
    }

    @Override
    public VcfHeader header() {
        return header;
    }

    private VcfHeader readHeader() {
        VcfHeaderParser parser = new VcfHeaderParser(file);
        while (true) {
            Optional<Chunk> chunk = nextChunk();
            if (chunk.isEmpty()) {
                throw parser.missingColumnsLine();
            }
            byte[] d = chunk.get().data;
            int n = chunk.get().length;
            int p = 0;
            while (p < n) {
                int nl = p;
                while (nl < n && d[nl] != '\n') {
                    nl++;
                }
                int e = nl > p && d[nl - 1] == '\r' ? nl - 1 : nl;
                VcfHeader h = parser.accept(new String(d, p, e - p, StandardCharsets.UTF_8));
                p = nl + 1;
                if (h != null) {
                    firstData = d;
                    firstDataFrom = Math.min(p, n);
                    firstDataTo = n;
                    return h;
                }
            }
        }
    }

    private record Chunk(byte[] data, int length) {}

    /** Whole lines: the carried partial line plus the next block up to its last newline. */
    private Optional<Chunk> nextChunk() {
        try {
            while (!sourceDone) {
                Optional<Block> next = source.next();
                if (next.isEmpty()) {
                    sourceDone = true;
                    break;
                }
                Block b = next.get();
                compressedPosition = b.compressedPosition();
                int lastNl = b.length() - 1;
                while (lastNl >= 0 && b.data()[lastNl] != '\n') {
                    lastNl--;
                }
                if (lastNl < 0) {
                    append(b.data(), 0, b.length());
                    continue;
                }
                byte[] out;
                int outLen = carryLength + lastNl + 1;
                if (carryLength == 0) {
                    out = b.data();
                } else {
                    out = Arrays.copyOf(carry, outLen);
                    System.arraycopy(b.data(), 0, out, carryLength, lastNl + 1);
                }
                carryLength = 0;
                append(b.data(), lastNl + 1, b.length() - lastNl - 1);
                return Optional.of(new Chunk(out, outLen));
            }
        } catch (DamagedInputException | ZipException | EOFException e) {
            throw new VcfFormatException(file, 0, "", "damaged or truncated compressed input: " + e.getMessage());
        } catch (IOException e) {
            throw new StoreIoException("cannot read " + file, e);
        }
        if (carryLength > 0) {
            Chunk last = new Chunk(Arrays.copyOf(carry, carryLength), carryLength);
            carryLength = 0;
            return Optional.of(last);
        }
        return Optional.empty();
    }

    private void append(byte[] data, int from, int n) {
        if (carryLength + n > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carryLength + n, Math.max(1024, carry.length * 2)));
        }
        System.arraycopy(data, from, carry, carryLength, n);
        carryLength += n;
    }

    @Override
    public ReadSummary read(int[] columnToSample, RoaringBitmap absent, Consumer<ParsedSite> sink, Progress progress) {
        boolean sortNeeded = false;
        for (int i = 1; i < columnToSample.length; i++) {
            sortNeeded |= columnToSample[i] < columnToSample[i - 1];
        }
        boolean sort = sortNeeded;
        List<String> names = header.samples();
        ArrayDeque<Future<ParsedBatch>> inFlight = new ArrayDeque<>();
        long lineBase = header.lines();
        long records = 0;
        long genotypes = 0;
        byte[] pending = firstData;
        int pendingFrom = firstDataFrom;
        int pendingTo = firstDataTo;
        firstData = null;
        try {
            while (true) {
                if (pending == null || pendingFrom >= pendingTo) {
                    Optional<Chunk> c = nextChunk();
                    if (c.isPresent()) {
                        pending = c.get().data;
                        pendingFrom = 0;
                        pendingTo = c.get().length;
                    } else {
                        pending = null;
                    }
                }
                if (pending != null && pendingFrom < pendingTo) {
                    byte[] d = pending;
                    int from = pendingFrom;
                    int to = pendingTo;
                    inFlight.add(executor.submit(
                            () -> new VcfRecordParser(names, columnToSample, new GenotypeAccumulator(absent, sort))
                                    .parse(d, from, to)));
                    pending = null;
                }
                boolean more = pending != null || !sourceDone || carryLength > 0;
                while (!inFlight.isEmpty() && (inFlight.size() >= threads * 2 || !more)) {
                    ParsedBatch batch = await(inFlight.poll(), lineBase);
                    for (ParsedSite s : batch.sites()) {
                        sink.accept(s.atLine(lineBase + s.line()));
                    }
                    lineBase += batch.lines();
                    records += batch.sites().size();
                    genotypes += batch.genotypes();
                    progress.at(compressedPosition, records);
                }
                if (!more && inFlight.isEmpty()) {
                    return new ReadSummary(records, genotypes);
                }
            }
        } finally {
            for (Future<ParsedBatch> f : inFlight) {
                f.cancel(true);
            }
        }
    }

    private ParsedBatch await(Future<ParsedBatch> f, long lineBase) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreIoException("interrupted while reading " + file, new java.io.InterruptedIOException());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChunkParseException p) {
                throw new VcfFormatException(file, lineBase + p.lineInChunk, p.field, p.getMessage());
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new StoreIoException("cannot close " + file, e);
        }
    }
}
