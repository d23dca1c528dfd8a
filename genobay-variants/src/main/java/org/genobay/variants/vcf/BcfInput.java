package org.genobay.variants.vcf;

import htsjdk.samtools.util.BlockCompressedInputStream;
import htsjdk.tribble.TribbleException;
import htsjdk.tribble.readers.PositionalBufferedStream;
import htsjdk.variant.bcf2.BCF2Codec;
import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFHeader;
import htsjdk.variant.vcf.VCFHeaderVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import org.genobay.variants.DuplicateSampleException;
import org.genobay.variants.VcfFormatException;
import org.roaringbitmap.RoaringBitmap;

/** BCF through htsjdk's codec: slower than the text path, but BCF is rare as an exchange format. */
final class BcfInput implements VariantInput {
    private final String file;
    private final PositionalBufferedStream stream;
    private final BCF2Codec codec = new BCF2Codec();
    private final VcfHeader header;

    /** @param compressed whether the BCF is BGZF-compressed (as bcftools writes it by default) */
    BcfInput(Path path, String file, boolean compressed) {
        this.file = file;
        VCFHeader h;
        try {
            java.io.InputStream raw = java.nio.file.Files.newInputStream(path);
            java.io.InputStream in = compressed ? new BlockCompressedInputStream(raw) : raw;
            this.stream = new PositionalBufferedStream(new MinorVersionPatch(in));
            h = (VCFHeader) codec.readHeader(stream).getHeaderValue();
        } catch (java.io.IOException e) {
            throw new org.genobay.variants.StoreIoException("cannot read " + file, e);
        } catch (TribbleException | htsjdk.samtools.SAMException e) {
            throw new VcfFormatException(file, 0, "header", "cannot read BCF header: " + e.getMessage());
        }
        List<String> contigs = new ArrayList<>();
        h.getContigLines().forEach(c -> contigs.add(c.getID()));
        List<String> samples = h.getGenotypeSamples();
        var seen = new HashSet<String>();
        for (String s : samples) {
            if (!seen.add(s)) {
                throw new DuplicateSampleException(file + " (BCF header)", s);
            }
        }
        VCFHeaderVersion version = h.getVCFHeaderVersion();
        this.header = new VcfHeader(
                version == null ? "VCFv4.2" : version.getVersionString(), contigs, samples, !samples.isEmpty(), 0);
    }

    /**
     * htsjdk's codec reads BCF 2.1 only, and refuses the 2.2 that bcftools writes. 2.2 adds IDX numbering of the header
     * dictionary, which the codec's 2.1 reading reproduces when the IDX order is the header order, as bcftools writes
     * it; AlleleCountsMatchBcftoolsTest checks bcftools-written BCF against bcftools' own counts.
     */
    private static final class MinorVersionPatch extends java.io.FilterInputStream {
        private long position;

        MinorVersionPatch(java.io.InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0 && position++ == 4 && b == 2) {
                return 1;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            if (n > 0 && position <= 4 && position + n > 4 && b[off + (int) (4 - position)] == 2) {
                b[off + (int) (4 - position)] = 1;
            }
            position += Math.max(n, 0);
            return n;
        }
    }

    @Override
    public VcfHeader header() {
        return header;
    }

    @Override
    public ReadSummary read(int[] columnToSample, RoaringBitmap absent, Consumer<ParsedSite> sink, Progress progress) {
        boolean sort = false;
        for (int i = 1; i < columnToSample.length; i++) {
            sort |= columnToSample[i] < columnToSample[i - 1];
        }
        GenotypeAccumulator acc = new GenotypeAccumulator(absent, sort);
        int[] alleles = new int[org.genobay.variants.segment.SegmentFormat.MAX_PLOIDY + 1];
        long records = 0;
        long genotypes = 0;
        try {
            while (!stream.isDone()) {
                VariantContext vc = codec.decode(stream);
                records++;
                List<String> alts = new ArrayList<>();
                for (Allele a : vc.getAlternateAlleles()) {
                    alts.add(a.getDisplayString());
                }
                acc.start(alts.size());
                for (int j = 0; j < columnToSample.length; j++) {
                    Genotype g = vc.getGenotype(j);
                    List<Allele> gt = g.getAlleles();
                    int called = 0;
                    for (Allele a : gt) {
                        if (!a.isNoCall()) {
                            alleles[called++] = vc.getAlleleIndex(a);
                        }
                    }
                    if (gt.size() == 2 && called == 2) {
                        acc.diploid(columnToSample[j], alleles[0], alleles[1]);
                    } else {
                        acc.general(columnToSample[j], gt.size(), alleles, called);
                    }
                }
                genotypes += columnToSample.length;
                String id = vc.hasID() ? vc.getID() : ".";
                byte[] site = acc.encodeSite();
                sink.accept(new ParsedSite(
                        vc.getContig(),
                        vc.getStart(),
                        vc.getEnd(),
                        id,
                        vc.getReference().getDisplayString(),
                        List.copyOf(alts),
                        site,
                        alts.isEmpty() ? List.of() : acc.encodeAlleles(),
                        records));
                if ((records & 1023) == 0) {
                    progress.at(-1, records);
                }
            }
        } catch (java.io.IOException e) {
            throw new org.genobay.variants.StoreIoException("cannot read " + file, e);
        } catch (TribbleException | htsjdk.samtools.SAMException | IllegalStateException e) {
            throw new VcfFormatException(file, records + 1, "", "BCF record " + (records + 1) + ": " + e.getMessage());
        } catch (IndexOutOfBoundsException e) {
            // htsjdk's BCF 2.1 genotype decoder fails on some 2.2 encodings (mixed ploidy with vector-end padding).
            throw new VcfFormatException(
                    file,
                    records + 1,
                    "GT",
                    "BCF record " + (records + 1)
                            + ": genotypes in this BCF encoding cannot be decoded yet; convert with bcftools view -Oz and "
                            + "ingest the VCF.gz");
        }
        return new ReadSummary(records, genotypes);
    }

    @Override
    public void close() {
        stream.close();
    }
}
