package org.genobay.cli.variants;

import java.util.List;
import org.genobay.variants.VariantCounts;

/**
 * The columns of {@code query} and {@code variant}: TSV {@code chrom pos ref alt ac an af het homalt}; JSON adds
 * {@code id}, {@code hemialt} and {@code missing}. AF is computed in single precision, as bcftools +fill-tags does, so
 * that the printed digits match bcftools'.
 */
final class CountsColumns {
    static final List<Column<VariantCounts>> ALL = List.of(
            Column.of("chrom", r -> r.variant().chrom()),
            Column.of("pos", r -> r.variant().pos()),
            Column.jsonOnly("id", r -> r.variant().id()),
            Column.of("ref", r -> r.variant().ref()),
            Column.of("alt", r -> r.variant().alt()),
            Column.of("ac", r -> r.counts().ac()),
            Column.of("an", r -> r.counts().an()),
            Column.of("af", r -> (float) r.counts().af()),
            Column.of("het", r -> r.counts().het()),
            Column.of("homalt", r -> r.counts().homAlt()),
            Column.jsonOnly("hemialt", r -> r.counts().hemiAlt()),
            Column.jsonOnly("missing", r -> r.counts().missing()));

    private CountsColumns() {}
}
