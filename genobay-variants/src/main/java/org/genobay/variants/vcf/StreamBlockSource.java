package org.genobay.variants.vcf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongSupplier;

/**
 * Reads a stream (plain text, or gzip through {@link java.util.zip.GZIPInputStream}) on a thread of its own, so that
 * inflating a non-BGZF file overlaps with parsing it.
 */
final class StreamBlockSource implements BlockSource {
    private static final int BLOCK = 4 << 20;
    private static final Block END = new Block(new byte[0], 0, -1);

    private final InputStream in;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
    private final Thread reader;
    private boolean finished;

    StreamBlockSource(InputStream in, LongSupplier compressedPosition, String name) {
        this.in = in;
        this.reader = new Thread(() -> readAll(compressedPosition), "genobay-read-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll(LongSupplier compressedPosition) {
        try {
            while (true) {
                byte[] b = new byte[BLOCK];
                int n = in.readNBytes(b, 0, BLOCK);
                if (n > 0) {
                    queue.put(new Block(b, n, compressedPosition.getAsLong()));
                }
                if (n < BLOCK) {
                    queue.put(END);
                    return;
                }
            }
        } catch (IOException e) {
            putQuietly(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            putQuietly(new IOException(e.getMessage(), e));
        }
    }

    private void putQuietly(IOException e) {
        try {
            queue.put(e);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Optional<Block> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
        if (o instanceof IOException e) {
            finished = true;
            throw e;
        }
        if (o == END) {
            finished = true;
            return Optional.empty();
        }
        return Optional.of((Block) o);
    }

    @Override
    public void close() throws IOException {
        reader.interrupt();
        in.close();
    }
}
