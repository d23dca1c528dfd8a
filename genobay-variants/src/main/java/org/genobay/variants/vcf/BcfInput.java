package org.genobay.variants.vcf;

import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
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
 * BCF 2.1 and 2.2 (VCF 4.3 section 6), read natively: the header text goes through {@link VcfHeaderParser} and
 * {@link BcfDictionaries}; the records are cut into chunks of whole records by their length fields and decoded by
 * {@link BcfRecordParser} on the executor's threads, handed to the sink in file order. Errors name the file and the
 * 1-based record number (in the place of a line number).
 */
final class BcfInput implements VariantInput {
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** Larger than any record a sane BCF holds; a length beyond it is damage, not data. */
    private static final long MAX_RECORD_BYTES = 1L << 30;

    private static final int FIXED_SHARED_BYTES = 24;

    private final String file;
    private final BlockSource source;
    private final ExecutorService executor;
    private final int threads;
    private final VcfHeader header;
    private final List<String> contigsByIndex;
    private final int endKey;
    private final int gtKey;
    /** Decompressed bytes not yet handed out: buf[from, to). */
    private byte[] buf = new byte[0];

    private int from;
    private int to;
    private boolean sourceDone;
    private long compressedPosition;
    private long recordsCut;

    BcfInput(String file, BlockSource source, ExecutorService executor, int threads) {
        this.file = file;
        this.source = source;
        this.executor = executor;
        this.threads = threads;
        try {
            BcfDictionaries dictionaries = new BcfDictionaries(file);
            this.header = readHeader(dictionaries);
            this.contigsByIndex = dictionaries.contigsByIndex();
            this.endKey = dictionaries.string("END").orElse(-1);
            this.gtKey = dictionaries.string("GT").orElse(-1);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private VcfHeader readHeader(BcfDictionaries dictionaries) {
        if (!fillTo(9)) {
            throw new VcfFormatException(
                    file, 0, "header", "the BCF ends before its header (" + available() + " bytes)");
        }
        if (buf[from] != 'B' || buf[from + 1] != 'C' || buf[from + 2] != 'F') {
            throw new VcfFormatException(file, 0, "header", "not a BCF file (no BCF magic)");
        }
        int major = buf[from + 3];
        int minor = buf[from + 4];
        if (major != 2 || (minor != 1 && minor != 2)) {
            throw new VcfFormatException(
                    file, 0, "header", "BCF version " + major + "." + minor + " is not supported (2.1 and 2.2 are)");
        }
        long textLength = Integer.toUnsignedLong((int) INTS.get(buf, from + 5));
        if (textLength > MAX_RECORD_BYTES) {
            throw new VcfFormatException(file, 0, "header", "header length " + textLength + " is damaged");
        }
        if (!fillTo(9 + (int) textLength)) {
            throw new VcfFormatException(
                    file, 0, "header", "the BCF is truncated inside its header (" + textLength + " bytes announced)");
        }
        int start = from + 9;
        int end = start + (int) textLength;
        from = end;
        while (end > start && (buf[end - 1] == 0 || buf[end - 1] == '\n' || buf[end - 1] == '\r')) {
            end--;
        }
        VcfHeaderParser parser = new VcfHeaderParser(file);
        int p = start;
        while (p < end) {
            int nl = p;
            while (nl < end && buf[nl] != '\n') {
                nl++;
            }
            int e = nl > p && buf[nl - 1] == '\r' ? nl - 1 : nl;
            String line = new String(buf, p, e - p, StandardCharsets.UTF_8);
            dictionaries.accept(line);
            VcfHeader h = parser.accept(line);
            p = nl + 1;
            if (h != null) {
                if (p < end) {
                    throw new VcfFormatException(file, 0, "header", "the BCF header has text after the #CHROM line");
                }
                // Record numbers take the place of line numbers: record 1 is "line" 1.
                return new VcfHeader(h.fileformat(), h.contigs(), h.samples(), h.hasGenotypes(), 0);
            }
        }
        throw parser.missingColumnsLine();
    }

    @Override
    public VcfHeader header() {
        return header;
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
        long recordBase = 0;
        long records = 0;
        long genotypes = 0;
        try {
            while (true) {
                Optional<Chunk> chunk = nextChunk();
                if (chunk.isPresent()) {
                    Chunk c = chunk.get();
                    inFlight.add(executor.submit(() -> new BcfRecordParser(
                                    contigsByIndex,
                                    endKey,
                                    gtKey,
                                    names,
                                    columnToSample,
                                    new GenotypeAccumulator(absent, sort))
                            .parse(c.data, c.from, c.to)));
                }
                while (!inFlight.isEmpty() && (inFlight.size() >= threads * 2 || chunk.isEmpty())) {
                    ParsedBatch batch = await(inFlight.poll(), recordBase);
                    for (ParsedSite s : batch.sites()) {
                        sink.accept(s.atLine(recordBase + s.line()));
                    }
                    recordBase += batch.lines();
                    records += batch.sites().size();
                    genotypes += batch.genotypes();
                    progress.at(compressedPosition, records);
                }
                if (chunk.isEmpty()) {
                    return new ReadSummary(records, genotypes);
                }
            }
        } finally {
            for (Future<ParsedBatch> f : inFlight) {
                f.cancel(true);
            }
        }
    }

    private record Chunk(byte[] data, int from, int to) {}

    /** The whole records at hand, reading blocks until there is at least one; empty at the end of the input. */
    private Optional<Chunk> nextChunk() {
        while (true) {
            int p = from;
            while (to - p >= 8) {
                long shared = Integer.toUnsignedLong((int) INTS.get(buf, p));
                long indiv = Integer.toUnsignedLong((int) INTS.get(buf, p + 4));
                long length = 8 + shared + indiv;
                if (shared < FIXED_SHARED_BYTES || length > MAX_RECORD_BYTES) {
                    long record = recordsCut + 1;
                    throw new VcfFormatException(
                            file,
                            record,
                            "",
                            "BCF record " + record + " announces " + shared + " + " + indiv
                                    + " bytes, which no record has (damaged BCF)");
                }
                if (length > to - p) {
                    break;
                }
                p += (int) length;
                recordsCut++;
            }
            if (p > from) {
                Chunk c = new Chunk(buf, from, p);
                from = p;
                return Optional.of(c);
            }
            if (!fill()) {
                if (to > from) {
                    long record = recordsCut + 1;
                    throw new VcfFormatException(
                            file,
                            record,
                            "",
                            "the BCF is truncated: record " + record + " is cut off after " + (to - from) + " bytes");
                }
                return Optional.empty();
            }
        }
    }

    /** Reads until at least n bytes are at hand; false if the input ends first. */
    private boolean fillTo(int n) {
        while (available() < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    private int available() {
        return to - from;
    }

    /** Appends the next block to the bytes at hand; false at the end of the input. */
    private boolean fill() {
        if (sourceDone) {
            return false;
        }
        Optional<Block> next;
        try {
            next = source.next();
        } catch (DamagedInputException | ZipException | EOFException e) {
            throw new VcfFormatException(file, 0, "", "damaged or truncated compressed input: " + e.getMessage());
        } catch (IOException e) {
            throw new StoreIoException("cannot read " + file, e);
        }
        if (next.isEmpty()) {
            sourceDone = true;
            return false;
        }
        Block b = next.get();
        compressedPosition = b.compressedPosition();
        if (from == to) {
            buf = b.data();
            from = 0;
            to = b.length();
        } else {
            // The tail of the previous block may be shared with a chunk being parsed, so it is copied, never reused.
            byte[] joined = new byte[to - from + b.length()];
            System.arraycopy(buf, from, joined, 0, to - from);
            System.arraycopy(b.data(), 0, joined, to - from, b.length());
            buf = joined;
            to = joined.length;
            from = 0;
        }
        return true;
    }

    private ParsedBatch await(Future<ParsedBatch> f, long recordBase) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreIoException("interrupted while reading " + file, new java.io.InterruptedIOException());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChunkParseException p) {
                long record = recordBase + p.lineInChunk;
                throw new VcfFormatException(file, record, p.field, "BCF record " + record + ": " + p.getMessage());
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void closeQuietly() {
        try {
            source.close();
        } catch (IOException | RuntimeException e) {
            // Closing after a failure must not hide the failure.
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
