package org.genobay.variants.vcf;

import java.util.List;

/** The records of one chunk of lines, in input order, with counts for the ingest summary. */
record ParsedBatch(List<ParsedSite> sites, int lines, long genotypes) {}
