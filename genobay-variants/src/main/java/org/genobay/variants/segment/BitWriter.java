package org.genobay.variants.segment;

import java.util.Arrays;

/** Appends bits most-significant first; the genotype diffs of a block are written with it. */
final class BitWriter {
    private byte[] bytes = new byte[4096];
    private int size;
    private long acc;
    private int pending;

    void bits(long value, int n) {
        if (n == 0) {
            return;
        }
        if (n > 56) {
            bits(value >>> 32, n - 32);
            bits(value & 0xFFFFFFFFL, 32);
            return;
        }
        acc = (acc << n) | (value & ((1L << n) - 1));
        pending += n;
        while (pending >= 8) {
            pending -= 8;
            put((byte) (acc >>> pending));
        }
    }

    /** {@code q} one-bits then a zero. */
    void unary(int q) {
        while (q >= 32) {
            bits(0xFFFFFFFFL, 32);
            q -= 32;
        }
        bits(((1L << q) - 1) << 1, q + 1);
    }

    /** Elias gamma code of {@code v ≥ 1}. */
    void gamma(int v) {
        int n = 32 - Integer.numberOfLeadingZeros(v);
        bits(0, n - 1);
        bits(v, n);
    }

    /** Rice code of {@code v ≥ 0} with parameter {@code k}. */
    void rice(int v, int k) {
        unary(v >>> k);
        bits(v, k);
    }

    private void put(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = b;
    }

    /** Pads the last byte with zeros and returns the bytes. */
    byte[] finish() {
        if (pending > 0) {
            bits(0, 8 - pending);
        }
        return Arrays.copyOf(bytes, size);
    }
}
