package org.genobay.variants.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BitStreamTest {
    @Test
    void readsBackMixedGammaRiceAndRawCodes() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 200_000;
        int[] kind = new int[n];
        int[] value = new int[n];
        int[] param = new int[n];
        BitWriter w = new BitWriter();
        for (int i = 0; i < n; i++) {
            kind[i] = random.nextInt(3);
            switch (kind[i]) {
                case 0 -> {
                    value[i] = 1 + random.nextInt(random.nextBoolean() ? 4 : 100_000);
                    w.gamma(value[i]);
                }
                case 1 -> {
                    param[i] = random.nextInt(14);
                    value[i] = random.nextInt(random.nextBoolean() ? 1 << (param[i] + 1) : 6000);
                    w.rice(value[i], param[i]);
                }
                default -> {
                    param[i] = random.nextInt(33);
                    value[i] = param[i] == 0 ? 0 : (int) (random.nextLong() >>> (64 - param[i]));
                    w.bits(value[i], param[i]);
                }
            }
        }
        byte[] bytes = w.finish();
        BitReader r = new BitReader(bytes, 0, bytes.length);
        for (int i = 0; i < n; i++) {
            int got =
                    switch (kind[i]) {
                        case 0 -> r.gamma();
                        case 1 -> r.rice(param[i]);
                        default -> r.bits(param[i]);
                    };
            assertThat(got).as("code %d of kind %d", i, kind[i]).isEqualTo(value[i]);
        }
        assertThat(r.overrun()).isFalse();
        r.bits(16);
        assertThat(r.overrun()).isTrue();
    }
}
