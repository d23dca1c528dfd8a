package org.genobay.variants.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.genobay.variants.StoreCorruptedException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roaringbitmap.RoaringBitmap;

/** Writes random genotypes in linkage-like runs and reads every carrier class and count back. */
class SegmentRoundTripTest {
    @TempDir
    Path dir;

    private record Row(
            int pos,
            RoaringBitmap het,
            RoaringBitmap hom,
            RoaringBitmap hemi,
            RoaringBitmap copies3,
            RoaringBitmap missing) {}

    @ParameterizedTest(name = "{0} samples from {1}, codes {2}, up to 1/{3} of them changed per variant")
    @CsvSource({
        "2504, 0, 'het,hom', 20",
        "300, 1000, 'het,hom,hemi', 20",
        "70, 0, hemi, 20",
        "9000, 5000, 'het', 20",
        "2504, 0, 'het,hom', 1",
        "200, 64, 'het,hom,hemi', 1"
    })
    void readsBackEveryCarrierClassAndCount(int samples, int firstSample, String classes, int churn)
            throws IOException {
        SplittableRandom random = new SplittableRandom(samples);
        boolean het = classes.contains("het");
        boolean hom = classes.contains("hom");
        boolean hemi = classes.contains("hemi");
        List<Row> rows = new ArrayList<>();
        int[] state = new int[samples];
        int pos = 100;
        for (int i = 0; i < 3000; i++) {
            // mostly small changes of the previous variant's codes, sometimes a fresh rare variant
            if (random.nextInt(10) == 0) {
                java.util.Arrays.fill(state, 0);
            }
            for (int k = random.nextInt(1 + samples / churn); k > 0; k--) {
                int s = random.nextInt(samples);
                int code = random.nextInt(4);
                state[s] = (code == 1 && !het) || (code == 2 && !hom) || (code == 3 && !hemi) ? 0 : code;
            }
            Row r = new Row(
                    pos,
                    new RoaringBitmap(),
                    new RoaringBitmap(),
                    new RoaringBitmap(),
                    new RoaringBitmap(),
                    new RoaringBitmap());
            for (int s = 0; s < samples; s++) {
                switch (state[s]) {
                    case 1 -> r.het.add(firstSample + s);
                    case 2 -> r.hom.add(firstSample + s);
                    case 3 -> r.hemi.add(firstSample + s);
                    default -> {}
                }
            }
            if (i % 97 == 0) {
                r.copies3.add(firstSample + samples + 1);
                r.missing.add(firstSample + random.nextInt(samples));
            }
            rows.add(r);
            pos += random.nextInt(3);
        }
        Path file = dir.resolve("s.seg");
        try (SegmentWriter w = new SegmentWriter(file, "22")) {
            for (Row r : rows) {
                int site = w.placeSite(GenotypeEntries.encodeSite(r.missing, new RoaringBitmap(), new TreeMap<>()));
                TreeMap<Integer, RoaringBitmap> copies = new TreeMap<>();
                if (!r.copies3.isEmpty()) {
                    copies.put(3, r.copies3);
                }
                w.addVariant(
                        r.pos,
                        r.pos + 1,
                        "rs" + r.pos,
                        "AC",
                        "A",
                        site,
                        GenotypeEntries.encodeAllele(r.het, r.hom, r.hemi, copies));
            }
            w.finish();
        }
        Segment s = Segment.open(file, "22");
        assertThat(s.size()).isEqualTo(rows.size());
        if (churn == 1) {
            assertThat(s.denseRows())
                    .as("variants that no earlier one predicts are dense rows")
                    .isPositive();
        }
        RoaringBitmap cohortBits = new RoaringBitmap();
        for (int i = 0; i < firstSample + samples + 2; i += 2) {
            cohortBits.add(i);
        }
        CohortBits cohort = CohortBits.of(cohortBits.toMutableRoaringBitmap(), firstSample + samples + 2);
        for (int i = rows.size() - 1; i >= 0; i--) { // backwards: every block decoded from cold
            Row r = rows.get(i);
            assertThat(s.pos(i)).isEqualTo(r.pos);
            assertThat(s.end(i)).isEqualTo(r.pos + 1);
            assertThat(s.id(i)).isEqualTo("rs" + r.pos);
            RoaringBitmap[] got = {new RoaringBitmap(), new RoaringBitmap(), new RoaringBitmap(), new RoaringBitmap()};
            s.visitAllele(i, (tag, bits) -> got[tag == 19 ? 0 : tag].or(bits.toRoaringBitmap()));
            assertThat(got[1]).as("het of %d", i).isEqualTo(r.het);
            assertThat(got[2]).as("hom of %d", i).isEqualTo(r.hom);
            assertThat(got[3]).as("hemi of %d", i).isEqualTo(r.hemi);
            assertThat(got[0]).as("copies of %d", i).isEqualTo(r.copies3);
            int[] counts = new int[32];
            s.countAllele(i, cohort, (tag, n) -> counts[tag] += n);
            assertThat(counts[1]).isEqualTo(RoaringBitmap.and(r.het, cohortBits).getCardinality());
            assertThat(counts[2]).isEqualTo(RoaringBitmap.and(r.hom, cohortBits).getCardinality());
            assertThat(counts[3])
                    .isEqualTo(RoaringBitmap.and(r.hemi, cohortBits).getCardinality());
            RoaringBitmap missing = new RoaringBitmap();
            s.visitSite(s.siteOffset(i), (tag, bits) -> missing.or(bits.toRoaringBitmap()));
            assertThat(missing).isEqualTo(r.missing);
        }
        assertThat(s.lowerBound(rows.get(1500).pos)).isLessThanOrEqualTo(1500);
    }

    @org.junit.jupiter.api.Test
    void rejectsASegmentWithDamagedGenotypes() throws IOException {
        Path file = dir.resolve("d.seg");
        try (SegmentWriter w = new SegmentWriter(file, "1")) {
            for (int i = 0; i < 50; i++) {
                RoaringBitmap het = RoaringBitmap.bitmapOf(i, i + 100, i + 300);
                int site = w.placeSite(
                        GenotypeEntries.encodeSite(new RoaringBitmap(), new RoaringBitmap(), new TreeMap<>()));
                w.addVariant(
                        10 + i,
                        10 + i,
                        ".",
                        "A",
                        "G",
                        site,
                        GenotypeEntries.encodeAllele(het, new RoaringBitmap(), new RoaringBitmap(), new TreeMap<>()));
            }
            w.finish();
        }
        // the genotype bits are the last bytes of the only block, just before its index entry
        long size = Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 0, 0, 0, 0, 0}), size - SegmentFormat.BLOCK_INDEX_BYTES - 40);
        }
        Segment s = Segment.open(file, "1");
        assertThatThrownBy(() -> {
                    for (int i = 0; i < s.size(); i++) {
                        s.visitAllele(i, (tag, bits) -> {});
                    }
                })
                .isInstanceOf(StoreCorruptedException.class)
                .hasMessageContaining("d.seg")
                .hasMessageContaining("damaged");
    }

    @org.junit.jupiter.api.Test
    void regionStartSkipsBlocksWhoseVariantsAllEndBeforeIt() throws IOException {
        Path file = dir.resolve("span.seg");
        int rows = 5 * SegmentFormat.MAX_BLOCK_ROWS;
        try (SegmentWriter w = new SegmentWriter(file, "1")) {
            for (int i = 0; i < rows; i++) {
                int pos = 1000 + 10 * i;
                // one 20 kb deletion in the first block, SNVs elsewhere
                int end = i == 3 ? pos + 20_000 : pos;
                int site = w.placeSite(
                        GenotypeEntries.encodeSite(new RoaringBitmap(), new RoaringBitmap(), new TreeMap<>()));
                w.addVariant(
                        pos,
                        end,
                        ".",
                        "A",
                        "G",
                        site,
                        GenotypeEntries.encodeAllele(
                                RoaringBitmap.bitmapOf(i % 7),
                                new RoaringBitmap(),
                                new RoaringBitmap(),
                                new TreeMap<>()));
            }
            w.finish();
        }
        Segment s = Segment.open(file, "1");
        assertThat(s.maxSpan()).isEqualTo(20_000);
        // the deletion (row 3, ending at 21,030) reaches 15,000: the scan must start at it
        assertThat(s.firstRowReaching(15_000)).isEqualTo(s.lowerBound(15_000 - 20_000));
        // nothing before row 3,000 (position 31,000) reaches 31,000 once the deletion has ended
        int start = 1000 + 10 * 3000;
        int from = s.firstRowReaching(start);
        assertThat(from).isGreaterThan(s.lowerBound(start - 20_000)).isLessThanOrEqualTo(3000);
        assertThat(from).isEqualTo(2 * SegmentFormat.MAX_BLOCK_ROWS);
    }
}
