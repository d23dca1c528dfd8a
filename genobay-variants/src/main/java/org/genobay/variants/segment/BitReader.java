package org.genobay.variants.segment;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads what {@link BitWriter} wrote. Each read peeks at a big-endian 64-bit word at the bit position, so a code of
 * up to 57 bits costs one load and a shift; the bytes are copied with 8 bytes of zero padding so that peeks near the
 * end stay inside the array. Reading past the end yields zero bits, which {@link #overrun()} reports.
 */
final class BitReader {
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] bytes;
    private final long totalBits;
    private long position;

    BitReader(byte[] source, int from, int to) {
        this(Arrays.copyOfRange(source, from, to + Long.BYTES), to - from);
    }

    /** Reads the first {@code length} bytes of {@code padded}, which has at least 8 more, in place. */
    static BitReader ofPadded(byte[] padded, int length) {
        if (padded.length < length + Long.BYTES) {
            throw new IllegalArgumentException(
                    "needs " + Long.BYTES + " bytes of padding, has " + (padded.length - length));
        }
        return new BitReader(padded, length);
    }

    private BitReader(byte[] padded, int length) {
        this.bytes = padded;
        this.totalBits = 8L * length;
    }

    private long peek() {
        return peekAt(position);
    }

    /** The 64 bits from bit {@code bit} on, of which at least the first 57 are the stream's (zeros past its end). */
    long peekAt(long bit) {
        int at = (int) (bit >>> 3);
        if (at > bytes.length - Long.BYTES) {
            return 0;
        }
        return (long) LONG_BE.get(bytes, at) << (bit & 7);
    }

    void seek(long bit) {
        position = bit;
    }

    /** The next {@code n ≤ 32} bits as an unsigned value. */
    int bits(int n) {
        if (n == 0) {
            return 0;
        }
        int v = (int) (peek() >>> (64 - n));
        position += n;
        return v;
    }

    boolean bit() {
        boolean b = peek() < 0;
        position++;
        return b;
    }

    int unary() {
        int q = 0;
        while (true) {
            int ones = Long.numberOfLeadingZeros(~peek());
            if (ones < 57) {
                position += ones + 1;
                return q + ones;
            }
            q += 56;
            position += 56;
            if (position > totalBits) {
                return q;
            }
        }
    }

    /** Elias gamma; -1 for a code longer than 31 bits (damaged input). */
    int gamma() {
        long w = peek();
        int zeros = Long.numberOfLeadingZeros(w);
        if (zeros > 28) {
            if (zeros > 31 || position + 2L * zeros + 1 > totalBits) {
                position += zeros;
                return -1;
            }
            position += zeros;
            return (1 << zeros) | bitsAfterOne(zeros);
        }
        int length = 2 * zeros + 1;
        position += length;
        return (int) (w >>> (64 - length));
    }

    private int bitsAfterOne(int n) {
        position++;
        return bits(n);
    }

    int rice(int k) {
        int q = unary();
        return (q << k) | bits(k);
    }

    /**
     * A Rice code with parameter {@code k} followed by a prefix code {@code 0}, {@code 10} or {@code 11}.
     *
     * @return the Rice value shifted left by two, or'ed with 0, 1 or 2 for the prefix code
     */
    int riceThenPrefix(int k) {
        long w = peek();
        int ones = Long.numberOfLeadingZeros(~w);
        if (ones + k + 3 <= 57) {
            long rest = w << ones << 1;
            int value = (ones << k) | (k == 0 ? 0 : (int) (rest >>> (64 - k)));
            long code = rest << k;
            int prefix = code >= 0 ? 0 : (code << 1) >= 0 ? 1 : 2;
            position += ones + 1 + k + (prefix == 0 ? 1 : 2);
            return (value << 2) | prefix;
        }
        int value = rice(k);
        int prefix = !bit() ? 0 : !bit() ? 1 : 2;
        return (value << 2) | prefix;
    }

    long position() {
        return position;
    }

    /** Moves past {@code n} bits that the caller decoded from its own peek. */
    void skip(int n) {
        position += n;
    }

    /** True once more bits were read than the stream holds. */
    boolean overrun() {
        return position > totalBits;
    }
}
