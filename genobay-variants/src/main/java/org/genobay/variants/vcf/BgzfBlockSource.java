package org.genobay.variants.vcf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates a BGZF file on several threads: BGZF blocks are independent deflate streams, so groups of them are
 * decompressed in parallel and handed out in file order. This is what lets ingest outrun a single-threaded reader.
 */
final class BgzfBlockSource implements BlockSource {
    private static final int GROUP_BYTES = 4 << 20;
    private static final int READ_BYTES = 8 << 20;
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    private final FileChannel channel;
    private final String file;
    private final ExecutorService executor;
    private final int maxInFlight;
    private final ArrayDeque<Future<Block>> inFlight = new ArrayDeque<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(READ_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private long bufferFileOffset;
    private boolean eof;

    BgzfBlockSource(FileChannel channel, String file, ExecutorService executor, int threads) throws IOException {
        this.channel = channel;
        this.file = file;
        this.executor = executor;
        this.maxInFlight = threads * 2 + 1;
        readBuffer.limit(0);
        fill();
    }

    /** True when the bytes at the channel's start are a BGZF block header. */
    static boolean isBgzf(byte[] head, int n) {
        return n >= 18
                && (head[0] & 0xFF) == 0x1f
                && (head[1] & 0xFF) == 0x8b
                && head[2] == 8
                && (head[3] & 4) != 0
                && head[12] == 'B'
                && head[13] == 'C'
                && head[14] == 2
                && head[15] == 0;
    }

    @Override
    public Optional<Block> next() throws IOException {
        while (inFlight.size() < maxInFlight && !eof) {
            submitGroup();
        }
        Future<Block> f = inFlight.poll();
        if (f == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Cuts whole blocks from the read buffer until their inflated size reaches GROUP_BYTES. */
    private void submitGroup() throws IOException {
        int[] starts = new int[64];
        int[] sizes = new int[64];
        int blocks = 0;
        long inflated = 0;
        ByteBuffer group = ByteBuffer.allocate(0);
        int groupLen = 0;
        while (inflated < GROUP_BYTES) {
            if (readBuffer.remaining() < 18) {
                if (!fill() && readBuffer.remaining() == 0) {
                    eof = true;
                    break;
                }
                if (readBuffer.remaining() < 18) {
                    throw truncated();
                }
            }
            int at = readBuffer.position();
            int blockSize = blockSize(at);
            if (readBuffer.remaining() < blockSize) {
                if (!fill() || readBuffer.remaining() < blockSize) {
                    throw truncated();
                }
                at = readBuffer.position();
            }
            int isize = readBuffer.getInt(at + blockSize - 4);
            if (isize < 0 || isize > 65536) {
                throw damaged("block at byte " + (bufferFileOffset + at) + " claims " + isize + " inflated bytes");
            }
            if (blocks == starts.length) {
                starts = Arrays.copyOf(starts, blocks * 2);
                sizes = Arrays.copyOf(sizes, blocks * 2);
            }
            if (group.capacity() < groupLen + blockSize) {
                group = ByteBuffer.wrap(
                        Arrays.copyOf(group.array(), Math.max(groupLen + blockSize, group.capacity() * 2)));
            }
            readBuffer.get(at, group.array(), groupLen, blockSize);
            readBuffer.position(at + blockSize);
            starts[blocks] = groupLen;
            sizes[blocks++] = blockSize;
            groupLen += blockSize;
            inflated += isize;
        }
        if (blocks == 0) {
            return;
        }
        byte[] compressed = group.array();
        int[] s = starts;
        int[] z = sizes;
        int n = blocks;
        int total = (int) inflated;
        long position = bufferFileOffset + readBuffer.position();
        inFlight.add(executor.submit(() -> inflate(compressed, s, z, n, total, position)));
    }

    private int blockSize(int at) throws IOException {
        ByteBuffer b = readBuffer;
        if ((b.get(at) & 0xFF) != 0x1f
                || (b.get(at + 1) & 0xFF) != 0x8b
                || b.get(at + 2) != 8
                || (b.get(at + 3) & 4) == 0) {
            throw damaged("no BGZF block header at byte " + (bufferFileOffset + at));
        }
        int xlen = b.getShort(at + 10) & 0xFFFF;
        int p = at + 12;
        int end = p + xlen;
        while (p + 4 <= end) {
            int slen = b.getShort(p + 2) & 0xFFFF;
            if (b.get(p) == 'B' && b.get(p + 1) == 'C' && slen == 2) {
                return (b.getShort(p + 4) & 0xFFFF) + 1;
            }
            p += 4 + slen;
        }
        throw damaged("gzip member at byte " + (bufferFileOffset + at) + " has no BGZF block size");
    }

    private Block inflate(byte[] compressed, int[] starts, int[] sizes, int blocks, int total, long position)
            throws IOException {
        byte[] out = new byte[total];
        Inflater inf = INFLATERS.get();
        CRC32 crc = new CRC32();
        int o = 0;
        for (int i = 0; i < blocks; i++) {
            int at = starts[i];
            int xlen = ((compressed[at + 10] & 0xFF) | (compressed[at + 11] & 0xFF) << 8);
            int dataStart = at + 12 + xlen;
            int dataLen = sizes[i] - 12 - xlen - 8;
            int isize = readInt(compressed, at + sizes[i] - 4);
            int expectedCrc = readInt(compressed, at + sizes[i] - 8);
            inf.reset();
            inf.setInput(compressed, dataStart, dataLen);
            try {
                int n = 0;
                while (n < isize) {
                    int k = inf.inflate(out, o + n, isize - n);
                    if (k == 0 && (inf.finished() || inf.needsInput())) {
                        break;
                    }
                    n += k;
                }
                if (n != isize) {
                    throw damaged("a block inflates to " + n + " bytes, its header says " + isize);
                }
            } catch (DataFormatException e) {
                throw damaged("corrupt deflate data: " + e.getMessage());
            }
            crc.reset();
            crc.update(out, o, isize);
            if ((int) crc.getValue() != expectedCrc) {
                throw damaged("a block's CRC32 does not match its data");
            }
            o += isize;
        }
        return new Block(out, total, position);
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    /** Moves unread bytes to the front and reads more; false at end of file. */
    private boolean fill() throws IOException {
        bufferFileOffset += readBuffer.position();
        readBuffer.compact();
        int total = 0;
        while (readBuffer.hasRemaining()) {
            int n = channel.read(readBuffer);
            if (n < 0) {
                break;
            }
            total += n;
        }
        readBuffer.flip();
        return total > 0;
    }

    private IOException truncated() {
        return new DamagedInputException(file + ": the BGZF file is truncated (a block is cut off at the end)");
    }

    private IOException damaged(String what) {
        return new DamagedInputException(file + ": damaged BGZF data: " + what);
    }

    @Override
    public void close() throws IOException {
        for (Future<Block> f : inFlight) {
            f.cancel(true);
        }
        channel.close();
    }
}
