package org.genobay.variants.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.buffer.MutableRoaringBitmap;

/** The hand-written counting path against RoaringBitmap's own AND-cardinality, on random sets of every container kind. */
class SerializedBitmapsTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void countsCohortMembersExactlyAsRoaringBitmapDoes(int seed) {
        Random r = new Random(seed);
        int samples = 1 + r.nextInt(300_000);
        for (int trial = 0; trial < 200; trial++) {
            RoaringBitmap carriers = randomSet(r, samples);
            if (r.nextBoolean()) {
                carriers.runOptimize();
            }
            MutableRoaringBitmap cohort = new MutableRoaringBitmap();
            RoaringBitmap cohortRef = r.nextInt(5) == 0 ? everyone(samples) : randomSet(r, samples);
            cohortRef.forEach((int i) -> cohort.add(i));

            ByteBuffer b =
                    ByteBuffer.allocate(carriers.serializedSizeInBytes() + 16).order(ByteOrder.LITTLE_ENDIAN);
            b.position(7);
            carriers.serialize(b);
            long result = SerializedBitmaps.count(b, 7, CohortBits.of(cohort, samples), "test");

            assertThat((int) result).isEqualTo(RoaringBitmap.andCardinality(carriers, cohortRef));
            assertThat((int) (result >>> 32)).isEqualTo(carriers.serializedSizeInBytes());
        }
    }

    private static RoaringBitmap everyone(int samples) {
        RoaringBitmap all = new RoaringBitmap();
        all.add(0L, samples);
        return all;
    }

    /** Sparse, dense and run-shaped sets, so array, bitmap and run containers all occur. */
    private static RoaringBitmap randomSet(Random r, int samples) {
        RoaringBitmap b = new RoaringBitmap();
        switch (r.nextInt(4)) {
            case 0 -> {
                int n = r.nextInt(50);
                for (int i = 0; i < n; i++) {
                    b.add(r.nextInt(samples));
                }
            }
            case 1 -> {
                double p = r.nextDouble();
                for (int i = 0; i < samples; i++) {
                    if (r.nextDouble() < p) {
                        b.add(i);
                    }
                }
            }
            case 2 -> {
                int runs = 1 + r.nextInt(20);
                for (int k = 0; k < runs; k++) {
                    int start = r.nextInt(samples);
                    b.add((long) start, Math.min(samples, start + 1 + r.nextInt(70_000)));
                }
            }
            default -> {
                // empty
            }
        }
        return b;
    }
}
