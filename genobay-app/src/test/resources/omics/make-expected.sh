#!/usr/bin/env bash
# Writes the allele counts that OmicsIT expects, with bcftools 1.16, from chr22-slice.bgzf.vcf.gz (a copy of
# genobay-variants/src/test/resources/opencga/chr22-slice.bgzf.vcf.gz: 1000 Genomes phase 3, 2,504 samples).
#
# The test enrols participants whose genome sample IDs are the samples of GBR.txt, YRI.txt and CHB.txt (population as
# the file name) and of unknown.txt (no population); every other sample of the file is "unlinked".
#
# For the consent withdrawal test, expected-withdrawn-*.tsv are the same counts without the samples of withdrawn.txt
# (HG00097 of GBR, who withdraws all consent, and NA18528 of CHB, who withdraws consent to genetic analysis only).
#
#   cd genobay-app/src/test/resources/omics && ./make-expected.sh
set -euo pipefail
vcf=chr22-slice.bgzf.vcf.gz
# Sites of the variants the test looks up (five ALTs at three multi-allelic sites among them).
sites=22:16050654,22:16050994,22:16051249,22:16051453,22:16349650
fields='%CHROM-%POS-%REF-%ALT\t%AC\t%AN\t%AC_Het\t%AC_Hom\n'

unlinked=$(mktemp)
trap 'rm -f "$unlinked"' EXIT
bcftools query -l "$vcf" | grep -vxF -f <(cat GBR.txt YRI.txt CHB.txt unknown.txt) > "$unlinked"

{
  echo "# group, variant, AC, AN, het, homalt (= AC_Hom / 2). Made by make-expected.sh: for each group file G.txt"
  echo "# bcftools view -S G.txt -t $sites $vcf | bcftools norm -m- | bcftools +fill-tags -- -t AC,AN,AC_Het,AC_Hom \\"
  echo "#   | bcftools query -f '$fields'"
  echo "# and for 'all' the same without -S."
  for group in all GBR YRI CHB unknown unlinked; do
    samples=()
    case $group in
      all) ;;
      unlinked) samples=(-S "$unlinked") ;;
      *) samples=(-S "$group.txt") ;;
    esac
    bcftools view "${samples[@]}" -t "$sites" "$vcf" | bcftools norm -m- 2>/dev/null \
      | bcftools +fill-tags -- -t AC,AN,AC_Het,AC_Hom | bcftools query -f "$fields" \
      | awk -v g="$group" 'BEGIN { OFS = "\t" } { print g, $1, $2, $3, $4, $5 / 2 }'
  done
} > expected-populations.tsv

{
  echo "# variant, AC, AN, het, homalt over all samples, for the region 22:16050075-16050700. Made by make-expected.sh:"
  echo "# bcftools norm -m- $vcf | bcftools +fill-tags -- -t AC,AN,AC_Het,AC_Hom \\"
  echo "#   | bcftools query -i 'POS>=16050075 && POS<=16050700' -f '$fields'"
  bcftools norm -m- "$vcf" 2>/dev/null | bcftools +fill-tags -- -t AC,AN,AC_Het,AC_Hom \
    | bcftools query -i 'POS>=16050075 && POS<=16050700' -f "$fields" \
    | awk 'BEGIN { OFS = "\t" } { print $1, $2, $3, $4, $5 / 2 }'
} > expected-region.tsv

# The same without the samples of the participants who withdrew: every group file minus withdrawn.txt.
tmp=$(mktemp -d)
trap 'rm -rf "$unlinked" "$tmp"' EXIT
{
  echo "# group, variant, AC, AN, het, homalt (= AC_Hom / 2) without the samples of withdrawn.txt. Made by"
  echo "# make-expected.sh: as expected-populations.tsv, each -S file (and 'all', as -S of every sample) minus withdrawn.txt."
  for group in all GBR YRI CHB unknown unlinked; do
    case $group in
      all) bcftools query -l "$vcf" > "$tmp/$group" ;;
      unlinked) cp "$unlinked" "$tmp/$group" ;;
      *) cp "$group.txt" "$tmp/$group" ;;
    esac
    grep -vxF -f withdrawn.txt "$tmp/$group" > "$tmp/$group.kept" || true
    bcftools view -S "$tmp/$group.kept" -t "$sites" "$vcf" | bcftools norm -m- 2>/dev/null \
      | bcftools +fill-tags -- -t AC,AN,AC_Het,AC_Hom | bcftools query -f "$fields" \
      | awk -v g="$group" 'BEGIN { OFS = "\t" } { print g, $1, $2, $3, $4, $5 / 2 }'
  done
} > expected-withdrawn-populations.tsv

{
  echo "# variant, AC, AN, het, homalt over all samples but those of withdrawn.txt, for the region 22:16050075-16050700."
  echo "# Made by make-expected.sh: bcftools view -S ^withdrawn.txt $vcf | bcftools norm -m- | bcftools +fill-tags \\"
  echo "#   -- -t AC,AN,AC_Het,AC_Hom | bcftools query -i 'POS>=16050075 && POS<=16050700' -f '$fields'"
  bcftools view -S ^withdrawn.txt "$vcf" | bcftools norm -m- 2>/dev/null | bcftools +fill-tags -- -t AC,AN,AC_Het,AC_Hom \
    | bcftools query -i 'POS>=16050075 && POS<=16050700' -f "$fields" \
    | awk 'BEGIN { OFS = "\t" } { print $1, $2, $3, $4, $5 / 2 }'
} > expected-withdrawn-region.tsv
