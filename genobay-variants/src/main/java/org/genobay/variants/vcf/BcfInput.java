package org.genobay.variants.vcf;

import htsjdk.tribble.TribbleException;
import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
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
    private final VCFFileReader reader;
    private final VcfHeader header;

    BcfInput(Path path, String file) {
        this.file = file;
        try {
            this.reader = new VCFFileReader(path, false);
        } catch (TribbleException | htsjdk.samtools.SAMException e) {
            throw new VcfFormatException(file, 0, "header", "cannot read BCF header: " + e.getMessage());
        }
        VCFHeader h = reader.getFileHeader();
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
        try (var it = reader.iterator()) {
            while (it.hasNext()) {
                VariantContext vc = it.next();
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
        } catch (TribbleException | htsjdk.samtools.SAMException | IllegalStateException e) {
            throw new VcfFormatException(file, records + 1, "", "BCF record " + (records + 1) + ": " + e.getMessage());
        }
        return new ReadSummary(records, genotypes);
    }

    @Override
    public void close() {
        reader.close();
    }
}
