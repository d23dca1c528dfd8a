package org.genobay.variants.vcf;

import java.io.IOException;
import java.util.Optional;

/** Decompressed bytes of an input in order, in blocks of any size. */
interface BlockSource extends AutoCloseable {
    /** The next block, or empty at the end of the input. */
    Optional<Block> next() throws IOException;

    @Override
    void close() throws IOException;
}
