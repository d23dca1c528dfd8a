package org.genobay.hla.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.genobay.hla.GlString;
import org.genobay.hla.HlaException;
import org.genobay.hla.TypingParser;
import org.genobay.hla.match.HlaMatcher;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.PreparedTyping;
import org.roaringbitmap.RoaringBitmap;

/**
 * An immutable index of donors and cord-blood units with their HLA typings, for {@link DonorSearch}. Built with
 * {@link #builder}; safe to search from any number of threads.
 *
 * <p>Per locus it holds each distinct locus typing once (a single-locus view prepared by the index's
 * {@link HlaMatcher}), the number of each donor's typing there, and per distinct typing a compressed bitmap of its
 * donors. Donors are numbered in ascending donor id, so bitmap order is id order. Memory: about 8 bytes (id) plus 4
 * bytes per locus (6 loci) plus the bitmaps (1 to 3 bytes per donor and locus) per donor; {@link #bitmapBytes()} and
 * {@link #columnBytes()} state it.
 */
public final class DonorIndex {
    private final HlaMatcher matcher;
    private final long[] ids;
    private final RoaringBitmap cordBloodUnits;
    private final RoaringBitmap all;
    private final LocusColumn[] loci;

    private DonorIndex(HlaMatcher matcher, long[] ids, RoaringBitmap cordBloodUnits, LocusColumn[] loci) {
        this.matcher = matcher;
        this.ids = ids;
        this.cordBloodUnits = cordBloodUnits;
        this.loci = loci;
        this.all = new RoaringBitmap();
        all.add(0L, ids.length);
    }

    /**
     * A builder whose typings are prepared by {@code matcher} (patients must be prepared by the same one) and, when
     * given as text, parsed by {@code parser}.
     */
    public static Builder builder(HlaMatcher matcher, TypingParser parser) {
        return new Builder(matcher, parser);
    }

    public HlaMatcher matcher() {
        return matcher;
    }

    /** Number of entries (donors and cord-blood units). */
    public int size() {
        return ids.length;
    }

    /** Number of distinct typings the index holds at a locus (each compared once per search). */
    public int distinctTypings(Locus locus) {
        return loci[locus.ordinal()].typings.length;
    }

    /** Bytes held by the per-locus donor bitmaps. */
    public long bitmapBytes() {
        long bytes = cordBloodUnits.getLongSizeInBytes();
        for (LocusColumn column : loci) {
            bytes += column.bitmapBytes();
        }
        return bytes;
    }

    /** Bytes held by the per-donor columns: ids (8 bytes) and one typing number per locus (4 bytes each). */
    public long columnBytes() {
        return (long) ids.length * (Long.BYTES + Integer.BYTES * loci.length);
    }

    long id(int donor) {
        return ids[donor];
    }

    DonorKind kind(int donor) {
        return cordBloodUnits.contains(donor) ? DonorKind.CORD_BLOOD_UNIT : DonorKind.DONOR;
    }

    RoaringBitmap cordBloodUnits() {
        return cordBloodUnits;
    }

    RoaringBitmap all() {
        return all;
    }

    LocusColumn column(Locus locus) {
        return loci[locus.ordinal()];
    }

    /**
     * Collects entries; not thread-safe. A typing given as text is split at its top-level {@code ^} and each locus part
     * is parsed and prepared once for all donors that share it, so building from millions of GL strings costs a few
     * hash lookups per donor.
     */
    public static final class Builder {
        private static final int[] NO_LOCUS = {-1, -1};
        private static final Locus[] LOCI = Locus.values();

        private final HlaMatcher matcher;
        private final TypingParser parser;
        private final Map<String, int[]> parts = new HashMap<>();
        private final List<Map<String, Integer>> numbers;
        private final List<ArrayList<PreparedTyping>> typings;
        private long[] ids = new long[1024];
        private int[][] typingOf = new int[LOCI.length][1024];
        private final RoaringBitmap cordBloodUnits = new RoaringBitmap();
        private int size;
        private boolean built;

        private Builder(HlaMatcher matcher, TypingParser parser) {
            this.matcher = Objects.requireNonNull(matcher, "matcher");
            this.parser = Objects.requireNonNull(parser, "parser");
            this.numbers = Arrays.stream(LOCI)
                    .map(l -> (Map<String, Integer>) new HashMap<String, Integer>())
                    .toList();
            this.typings = Arrays.stream(LOCI)
                    .map(l -> new ArrayList<PreparedTyping>())
                    .toList();
        }

        /** Adds an entry typed as a GL string; throws {@link InvalidDonorEntryException} naming the donor. */
        public Builder add(long donorId, DonorKind kind, String typing) {
            Objects.requireNonNull(typing, "typing");
            int[] numbersByLocus;
            try {
                numbersByLocus = fromText(typing);
            } catch (HlaException e) {
                throw new InvalidDonorEntryException(describe(donorId) + ": " + e.getMessage(), e);
            }
            return append(donorId, kind, numbersByLocus);
        }

        /** Adds an entry typed as a parsed GL string. */
        public Builder add(long donorId, DonorKind kind, GlString typing) {
            return add(donorId, kind, typing.text());
        }

        /** Adds an entry whose typing the index's matcher has prepared. */
        public Builder add(long donorId, DonorKind kind, PreparedTyping typing) {
            try {
                matcher.match(typing, typing, Set.of());
            } catch (IllegalArgumentException e) {
                throw new InvalidDonorEntryException(
                        describe(donorId) + ": its typing was prepared by another HlaMatcher than the index's", e);
            }
            return append(donorId, kind, fromPrepared(typing));
        }

        /** The index; the builder cannot be used afterwards. Throws if a donor id was added twice. */
        public DonorIndex build() {
            if (built) {
                throw new IllegalStateException("this builder has already built its index");
            }
            built = true;
            long[] sortedIds = Arrays.copyOf(ids, size);
            int[] order = idOrder(sortedIds);
            RoaringBitmap cord = new RoaringBitmap();
            LocusColumn[] columns = new LocusColumn[LOCI.length];
            for (int l = 0; l < LOCI.length; l++) {
                int[] column = new int[size];
                for (int i = 0; i < size; i++) {
                    column[i] = typingOf[l][order == null ? i : order[i]];
                }
                typingOf[l] = null;
                columns[l] = LocusColumn.of(typings.get(l).toArray(PreparedTyping[]::new), column);
            }
            for (int i = 0; i < size; i++) {
                if (cordBloodUnits.contains(order == null ? i : order[i])) {
                    cord.add(i);
                }
            }
            cord.runOptimize();
            return new DonorIndex(matcher, sortedIds, cord, columns);
        }

        /** Sorts the ids in place; returns, per sorted position, the entry it came from (null: already in order). */
        private static int[] idOrder(long[] idsInEntryOrder) {
            boolean ascending = true;
            for (int i = 1; i < idsInEntryOrder.length && ascending; i++) {
                ascending = idsInEntryOrder[i - 1] < idsInEntryOrder[i];
            }
            if (ascending) {
                return null;
            }
            long[] original = idsInEntryOrder.clone();
            Arrays.sort(idsInEntryOrder);
            for (int i = 1; i < idsInEntryOrder.length; i++) {
                if (idsInEntryOrder[i - 1] == idsInEntryOrder[i]) {
                    throw new InvalidDonorEntryException("donor id " + idsInEntryOrder[i] + " was added twice");
                }
            }
            int[] order = new int[original.length];
            for (int entry = 0; entry < original.length; entry++) {
                order[Arrays.binarySearch(idsInEntryOrder, original[entry])] = entry;
            }
            return order;
        }

        private Builder append(long donorId, DonorKind kind, int[] numbersByLocus) {
            Objects.requireNonNull(kind, "kind");
            if (built) {
                throw new IllegalStateException("this builder has already built its index");
            }
            if (size == ids.length) {
                int capacity = Math.max(1024, (int) Math.min(Integer.MAX_VALUE - 8, size * 3L / 2));
                if (capacity == size) {
                    throw new InvalidDonorEntryException("an index holds at most " + size + " entries");
                }
                ids = Arrays.copyOf(ids, capacity);
                for (int l = 0; l < LOCI.length; l++) {
                    typingOf[l] = Arrays.copyOf(typingOf[l], capacity);
                }
            }
            ids[size] = donorId;
            for (int l = 0; l < LOCI.length; l++) {
                typingOf[l][size] = numbersByLocus[l];
            }
            if (kind == DonorKind.CORD_BLOOD_UNIT) {
                cordBloodUnits.add(size);
            }
            size++;
            return this;
        }

        /** Per locus, the typing's number there or -1; every part is parsed and prepared once for all donors. */
        private int[] fromText(String typing) {
            int[] byLocus = new int[LOCI.length];
            Arrays.fill(byLocus, -1);
            if (typing.indexOf('~') >= 0) {
                return fromPrepared(matcher.prepare(parser.parse(typing)));
            }
            int start = 0;
            while (start <= typing.length()) {
                int end = typing.indexOf('^', start);
                end = end < 0 ? typing.length() : end;
                int[] part = part(typing.substring(start, end));
                if (part == null || (part[0] >= 0 && byLocus[part[0]] >= 0)) {
                    // a part over several loci, or a locus twice: the matcher's own split decides (and names errors)
                    return fromPrepared(matcher.prepare(parser.parse(typing)));
                }
                if (part[0] >= 0) {
                    byLocus[part[0]] = part[1];
                }
                start = end + 1;
            }
            return byLocus;
        }

        /** {locus ordinal, typing number}, NO_LOCUS for a locus matching leaves out, null for several loci. */
        private int[] part(String text) {
            int[] known = parts.get(text);
            if (known != null) {
                return known;
            }
            PreparedTyping prepared = matcher.prepare(parser.parse(text));
            int[] found = NO_LOCUS;
            for (Locus locus : prepared.typedLoci()) {
                if (found != NO_LOCUS) {
                    return null;
                }
                found = new int[] {
                    locus.ordinal(), number(locus, prepared.locus(locus).orElseThrow())
                };
            }
            parts.put(text, found);
            return found;
        }

        private int[] fromPrepared(PreparedTyping typing) {
            int[] byLocus = new int[LOCI.length];
            for (Locus locus : LOCI) {
                Optional<PreparedTyping> view = typing.locus(locus);
                byLocus[locus.ordinal()] = view.isPresent() ? number(locus, view.get()) : -1;
            }
            return byLocus;
        }

        private int number(Locus locus, PreparedTyping view) {
            return numbers.get(locus.ordinal()).computeIfAbsent(view.text(), text -> {
                List<PreparedTyping> known = typings.get(locus.ordinal());
                known.add(view);
                return known.size() - 1;
            });
        }

        private static String describe(long donorId) {
            return "donor " + donorId;
        }
    }
}
