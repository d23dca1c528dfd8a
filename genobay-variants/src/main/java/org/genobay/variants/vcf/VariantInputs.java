package org.genobay.variants.vcf;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.genobay.variants.StoreIoException;
import org.genobay.variants.VcfFormatException;

/** Opens an input by looking at its bytes, not its name: BGZF, plain gzip, BCF (compressed or not), or VCF text. */
public final class VariantInputs {
    private VariantInputs() {}

    /**
     * @param path a file, or {@code -} for standard input (VCF text, plain or gzip)
     * @param threads how many executor threads may inflate and parse at once
     */
    public static VariantInput open(Path path, ExecutorService executor, int threads) {
        String name = path.toString();
        boolean stdin = name.equals("-");
        try {
            if (stdin) {
                return openStream(System.in, name, executor, threads);
            }
            byte[] head = new byte[18];
            int n;
            try (InputStream in = Files.newInputStream(path)) {
                n = in.readNBytes(head, 0, head.length);
            }
            boolean gzip = n >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b;
            if (isBcf(path, gzip)) {
                return new BcfInput(name, bcfSource(path, name, head, n, gzip, executor, threads), executor, threads);
            }
            if (gzip && BgzfBlockSource.isBgzf(head, n) && Files.isRegularFile(path)) {
                FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
                return new VcfTextInput(name, new BgzfBlockSource(ch, name, executor, threads), executor, threads);
            }
            return openStream(Files.newInputStream(path), name, executor, threads);
        } catch (NoSuchFileException e) {
            throw new StoreIoException("no such file " + name, e);
        } catch (IOException e) {
            throw new StoreIoException("cannot open " + name, e);
        }
    }

    /** BGZF (as bcftools writes BCF) inflates in parallel; plain gzip and uncompressed BCF are read as a stream. */
    private static BlockSource bcfSource(
            Path path, String name, byte[] head, int n, boolean gzip, ExecutorService executor, int threads)
            throws IOException {
        if (gzip && BgzfBlockSource.isBgzf(head, n)) {
            return new BgzfBlockSource(FileChannel.open(path, StandardOpenOption.READ), name, executor, threads);
        }
        CountingStream counted = new CountingStream(Files.newInputStream(path));
        InputStream in = gzip ? new GZIPInputStream(counted, 1 << 16) : counted;
        return new StreamBlockSource(in, counted.count::get, name);
    }

    private static boolean isBcf(Path path, boolean gzip) throws IOException {
        try (InputStream raw = Files.newInputStream(path);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] m = in.readNBytes(3);
            return m.length == 3 && m[0] == 'B' && m[1] == 'C' && m[2] == 'F';
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new VcfFormatException(path.toString(), 0, "", "damaged gzip data: " + e.getMessage());
        }
    }

    private static VariantInput openStream(InputStream raw, String name, ExecutorService executor, int threads)
            throws IOException {
        CountingStream counted = new CountingStream(raw);
        BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        InputStream text = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
        return new VcfTextInput(name, new StreamBlockSource(text, counted.count::get, name), executor, threads);
    }

    private static final class CountingStream extends FilterInputStream {
        final AtomicLong count = new AtomicLong();

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
