package org.genobay.bench.storesize;

import java.util.Arrays;

/** Most-significant-first bit writing and reading with the store's codes (gamma, Rice with unary ones then a zero). */
final class BitStream {
    private BitStream() {}

    static final class Writer {
        private byte[] bytes = new byte[4096];
        private int size;
        private long acc;
        private int pending;

        void bits(long value, int n) {
            if (n > 56) {
                bits(value >>> 32, n - 32);
                bits(value & 0xFFFFFFFFL, 32);
                return;
            }
            if (n == 0) {
                return;
            }
            acc = (acc << n) | (value & ((1L << n) - 1));
            pending += n;
            while (pending >= 8) {
                pending -= 8;
                if (size == bytes.length) {
                    bytes = Arrays.copyOf(bytes, size * 2);
                }
                bytes[size++] = (byte) (acc >>> pending);
            }
        }

        void gamma(long v) {
            int n = 64 - Long.numberOfLeadingZeros(v);
            bits(0, n - 1);
            bits(v, n);
        }

        void rice(long v, int k) {
            long q = v >>> k;
            while (q >= 32) {
                bits(0xFFFFFFFFL, 32);
                q -= 32;
            }
            bits(((1L << q) - 1) << 1, (int) q + 1);
            bits(v, k);
        }

        /** The bytes, the last one padded with zeros, and 8 more zero bytes so that a reader may peek a long. */
        byte[] finish() {
            if (pending > 0) {
                bits(0, 8 - pending);
            }
            return Arrays.copyOf(bytes, size + 8);
        }
    }

    static final class Reader {
        private final byte[] b;
        private final long limitBits;
        private long at;

        /** {@code b} as {@link Writer#finish} returns it (8 bytes of padding). */
        Reader(byte[] b) {
            this.b = b;
            this.limitBits = 8L * (b.length - 8);
        }

        /** The next 57 bits or more, left-aligned. */
        private long peek() {
            int i = (int) (at >>> 3);
            long w = (b[i] & 0xFFL) << 56
                    | (b[i + 1] & 0xFFL) << 48
                    | (b[i + 2] & 0xFFL) << 40
                    | (b[i + 3] & 0xFFL) << 32
                    | (b[i + 4] & 0xFFL) << 24
                    | (b[i + 5] & 0xFFL) << 16
                    | (b[i + 6] & 0xFFL) << 8
                    | (b[i + 7] & 0xFFL);
            return w << (at & 7);
        }

        long bits(int n) {
            if (n == 0) {
                return 0;
            }
            long v = peek() >>> (64 - n);
            at += n;
            return v;
        }

        boolean bit() {
            return bits(1) != 0;
        }

        long gamma() {
            int zeros = Long.numberOfLeadingZeros(peek());
            if (zeros > 31) {
                throw new IllegalStateException("damaged gamma code at bit " + at);
            }
            at += zeros;
            return bits(zeros + 1);
        }

        long rice(int k) {
            long q = 0;
            int ones;
            while ((ones = Long.numberOfLeadingZeros(~peek())) >= 56) {
                at += ones;
                q += ones;
                if (at > limitBits) {
                    throw new IllegalStateException("damaged Rice code at bit " + at);
                }
            }
            at += ones + 1;
            q += ones;
            return (q << k) | bits(k);
        }

        boolean overrun() {
            return at > limitBits;
        }
    }
}
