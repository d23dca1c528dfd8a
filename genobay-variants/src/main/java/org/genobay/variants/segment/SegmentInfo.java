package org.genobay.variants.segment;

/** What the manifest records of one committed segment file. */
public record SegmentInfo(String file, String contig, int variants, int minPos, int maxPos, long bytes) {}
