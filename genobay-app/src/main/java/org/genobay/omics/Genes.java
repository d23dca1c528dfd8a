package org.genobay.omics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.genobay.variants.Region;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gene symbols and Ensembl gene ids to their region: Beacon gene queries ({@code geneId}), and a gene name wherever a
 * region is asked for (region search, cohort criteria). The bundled table holds the genes of GRCh37 chromosome 22
 * (Ensembl release 75), the assembly and chromosome of the demo's 1000 Genomes data; a symbol held by several loci
 * (small RNAs) spans them all.
 */
@Component
public class Genes {

    static final String RESOURCE = "org/genobay/omics/genes-grch37-chr22.tsv";

    private final Map<String, Region> genes;

    public Genes() {
        this.genes = read(RESOURCE);
    }

    /** The region of a gene symbol or Ensembl gene id, case-insensitive. */
    public Optional<Region> region(String gene) {
        return Optional.ofNullable(genes.get(gene.toUpperCase(Locale.ROOT)));
    }

    public int size() {
        return genes.size();
    }

    private static Map<String, Region> read(String resource) {
        Map<String, Region> genes = new HashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 5) {
                    throw new IllegalStateException(resource + " line " + number + ": expected 5 or more columns");
                }
                Region region = new Region(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                genes.merge(f[0].toUpperCase(Locale.ROOT), region, Genes::span);
                genes.merge(f[4].toUpperCase(Locale.ROOT), region, Genes::span);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Map.copyOf(genes);
    }

    private static Region span(Region a, Region b) {
        return new Region(a.contig(), Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }
}
