package org.genobay.variants.vcf;

/** Decompressed bytes data[0, length) and how far into the file on disk the reader was when they were read. */
record Block(byte[] data, int length, long compressedPosition) {}
