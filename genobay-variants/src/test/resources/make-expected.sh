#!/usr/bin/env bash
# Regenerates every expected/*.tsv from the committed inputs of this folder, with bcftools 1.16 as the oracle:
#
#   [bcftools merge [-0] FILES |] bcftools norm -m- | bcftools view -S COHORT | bcftools +fill-tags -t AC,AN,AC_Het,AC_Hom,AC_Hemi
#
# and checks each row against an independent count from the genotypes themselves (awk over the split GTs; see
# README.md). Needs only bcftools (bgzip/tabix not needed) and awk. Run: ./make-expected.sh  (from anywhere)
# Output per file: header "chrom pos ref alt ac an het homalt hemialt", one row per ALT after splitting, in
# bcftools' order. homalt = AC_Hom/2 (fill-tags counts alleles, two per homozygous sample).
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

cat > "$T/check.awk" <<'AWK'
# Input: CHROM POS REF ALT AC AN AC_Het AC_Hom AC_Hemi GT... (one biallelic record after norm -m-).
BEGIN { FS = OFS = "\t"; print "chrom", "pos", "ref", "alt", "ac", "an", "het", "homalt", "hemialt" }
{
    ac = an = het = hom = hemi = 0
    for (i = 10; i <= NF; i++) {
        n = split($i, a, /[\/|]/); called = alt = 0
        for (j = 1; j <= n; j++) {
            if (a[j] == ".") continue
            if (a[j] !~ /^[01]$/) { print "unexpected allele after norm -m-: " $i " at " $1 ":" $2 > "/dev/stderr"; exit 2 }
            called++; alt += a[j]
        }
        an += called; ac += alt
        if (n == 2 && called == 2) { if (alt == 1) het++; else if (alt == 2) hom++ }
        else if (alt == 1) hemi++          # haploid "1", or half-missing "1/." "./1" "1|."
        else if (n > 2) { print "polyploid genotype " $i " at " $1 ":" $2 > "/dev/stderr"; exit 2 }
    }
    if ($5 != ac || $6 != an || $7 != het || $8 != 2 * hom || $9 != hemi) {
        printf "fill-tags and GT count disagree at %s:%s %s>%s: fill-tags AC=%s AN=%s AC_Het=%s AC_Hom=%s AC_Hemi=%s, GT count ac=%d an=%d het=%d homalt=%d hemialt=%d\n", \
            $1, $2, $3, $4, $5, $6, $7, $8, $9, ac, an, het, hom, hemi > "/dev/stderr"
        exit 3
    }
    print $1, $2, $3, $4, ac, an, het, hom, hemi
}
AWK

# counts OUT  (reads VCF/BCF on stdin; COHORT in $COHORT, empty for all samples)
counts() {
    local out=$1
    bcftools norm --no-version -m- -Ou - 2> "$T/norm.log" \
        | if [[ -n "${COHORT:-}" ]]; then bcftools view --no-version -S "$COHORT" -Ou; else cat; fi \
        | bcftools +fill-tags --no-version -Ou -- -t AC,AN,AC_Het,AC_Hom,AC_Hemi \
        | bcftools query -f '%CHROM\t%POS\t%REF\t%ALT\t%AC\t%AN\t%AC_Het\t%AC_Hom\t%AC_Hemi[\t%GT]\n' \
        | awk -f "$T/check.awk" > "$out"
    echo "$out: $(($(wc -l < "$out") - 1)) rows"
}

# expected NAME COHORT-FILE-OR-all : writes expected/NAME.COHORT.tsv from the stream made by $SOURCE
expected() {
    local name=$1 cohort=$2
    if [[ $cohort == all ]]; then COHORT=; else COHORT=cohorts/$cohort.txt; fi
    eval "$SOURCE" | counts "expected/$name.$cohort.tsv"
}

mkdir -p expected
rm -f expected/*.tsv

# (a) opencga chr22 slice: one expected set for all four forms (BGZF, plain gzip, BCF, and the uncompressed text the
# test writes by gunzipping the plain-gzip file); first prove that the forms hold the same records.
for form in opencga/chr22-slice.gzip.vcf.gz opencga/chr22-slice.bcf; do
    cmp -s <(bcftools view --no-version opencga/chr22-slice.bgzf.vcf.gz) <(bcftools view --no-version "$form") \
        || { echo "$form differs from opencga/chr22-slice.bgzf.vcf.gz" >&2; exit 1; }
done
SOURCE='cat opencga/chr22-slice.bgzf.vcf.gz'
for c in all 1kg-half 1kg-eur; do expected opencga-slice "$c"; done

# (b) the five batches merged in sample order; absent = missing (bcftools merge) and absent = 0/0 (merge -0)
BATCHES=""
for b in 1-500 501-1000 1001-1500 1501-2000 2001-2504; do
    cp "batches/batch-$b.vcf.gz" "$T/" && bcftools index "$T/batch-$b.vcf.gz"
    BATCHES="$BATCHES $T/batch-$b.vcf.gz"
done
SOURCE='bcftools merge --no-version -Ou $BATCHES'
for c in all 1kg-half 1kg-eur 1kg-batch-1-500; do expected batches-merge "$c"; done
SOURCE='bcftools merge --no-version -0 -Ou $BATCHES'
for c in all 1kg-half 1kg-eur 1kg-batch-1-500; do expected batches-merge-0 "$c"; done

# (c) shapeit4: two disjoint sample sets on the same sites
cp shapeit4/reference.vcf.gz shapeit4/unphased.vcf.gz "$T/"
bcftools index "$T/reference.vcf.gz" && bcftools index "$T/unphased.vcf.gz"
SOURCE='bcftools merge --no-version -Ou "$T/reference.vcf.gz" "$T/unphased.vcf.gz"'
for c in all shapeit4-half; do expected shapeit4-merge "$c"; done

# (d) hand-written file (same expected for .vcf, .vcf.gz and .bcf), and its merge with handmade-alias.vcf, whose
# contigs are named the other way: bcftools does not treat chrX and X as one contig, so both files are renamed to the
# store's canonical names (22, X, Y, MT) before merging; these expected rows carry the canonical names.
for form in handmade/handmade.vcf.gz handmade/handmade.bcf; do
    cmp -s <(bcftools view --no-version handmade/handmade.vcf) <(bcftools view --no-version "$form") \
        || { echo "$form differs from handmade/handmade.vcf" >&2; exit 1; }
done
SOURCE='cat handmade/handmade.vcf'
for c in all handmade-subset; do expected handmade "$c"; done
printf 'chr22\t22\nchrX\tX\nchrY\tY\nchrM\tMT\n' > "$T/canonical.txt"
for h in handmade handmade-alias; do
    bcftools annotate --no-version --rename-chrs "$T/canonical.txt" -Oz -o "$T/$h.vcf.gz" "handmade/$h.vcf"
    bcftools index "$T/$h.vcf.gz"
done
SOURCE='bcftools merge --no-version -Ou "$T/handmade.vcf.gz" "$T/handmade-alias.vcf.gz"'
expected handmade-alias-merge all
SOURCE='bcftools merge --no-version -0 -Ou "$T/handmade.vcf.gz" "$T/handmade-alias.vcf.gz"'
expected handmade-alias-merge-0 all
