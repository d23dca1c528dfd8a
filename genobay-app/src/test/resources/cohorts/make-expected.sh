#!/usr/bin/env bash
# Writes what CohortGenomicsIT expects, with bcftools 1.16, from ../omics/chr22-slice.bgzf.vcf.gz (1000 Genomes
# phase 3, chr22 slice, 2,504 samples). The test enrols one participant per sample of ../omics/GBR.txt, YRI.txt and
# CHB.txt (population as the file name) and nobody else.
#
#   cd genobay-app/src/test/resources/cohorts && ./make-expected.sh
set -euo pipefail
vcf=../omics/chr22-slice.bgzf.vcf.gz
enrolled=$(mktemp)
gbr=../omics/GBR.txt
trap 'rm -f "$enrolled"' EXIT
cat ../omics/GBR.txt ../omics/YRI.txt ../omics/CHB.txt > "$enrolled"

# Samples whose genotype holds the ALT allele of one biallelic record (after norm -m-), among the enrolled.
carriers() { # $1 = CHROM-POS-REF-ALT
  IFS=- read -r chrom pos ref alt <<< "$1"
  bcftools view -S "$enrolled" -t "$chrom:$pos" "$vcf" | bcftools norm -m- 2>/dev/null \
    | bcftools view -i "REF=\"$ref\" && ALT=\"$alt\"" | bcftools query -f '[%SAMPLE\t%GT\n]' \
    | awk '$2 ~ /1/ { print $1 }' | sort -u | paste -sd, -
}

# Carriers, among the enrolled, of any record of the region whose AF over all 2,504 samples is below the bound.
rare_carriers() { # $1 = region, $2 = AF bound
  bcftools view -t "$1" "$vcf" | bcftools norm -m- 2>/dev/null | bcftools +fill-tags -- -t AC,AN,AF \
    | bcftools view -i "AC>0 && AF<$2" | bcftools view -S "$enrolled" \
    | bcftools query -f '[%SAMPLE\t%GT\n]' | awk '$2 ~ /1/ { print $1 }' | sort -u | paste -sd, -
}

{
  echo "# criterion, argument, carriers among the enrolled (GBR, YRI, CHB samples). Made by make-expected.sh:"
  echo "# variant: bcftools view -S enrolled -t SITE | bcftools norm -m- | bcftools view -i 'REF=.. && ALT=..'"
  echo "#   | bcftools query -f '[%SAMPLE\\t%GT\\n]', samples whose GT holds allele 1"
  echo "# rare-variant: bcftools view -t REGION | norm -m- | +fill-tags -t AC,AN,AF | view -i 'AC>0 && AF<X'"
  echo "#   | view -S enrolled | query, samples whose GT holds allele 1"
  for v in 22-16051249-T-C 22-16051453-A-G 22-16050654-A-\<CN3\>; do
    printf 'variant\t%s\t%s\n' "$v" "$(carriers "$v")"
  done
  for bound in 0.01 0.05; do
    printf 'rare-variant\t22:16050000-16060000 %s\t%s\n' "$bound" "$(rare_carriers 22:16050000-16060000 "$bound")"
  done
} > expected-carriers.tsv

# Another institution's shared dataset of the same file whose participants are the GBR and CHB samples: carriers of a
# variant among them, and carriers of a record whose AF over those samples alone is below the bound (CohortSharedGenomicsIT).
partner=$(mktemp)
trap 'rm -f "$enrolled" "$partner"' EXIT
cat ../omics/GBR.txt ../omics/CHB.txt > "$partner"
shared_carriers() { # $1 = CHROM-POS-REF-ALT
  IFS=- read -r chrom pos ref alt <<< "$1"
  bcftools view -S "$partner" -t "$chrom:$pos" "$vcf" | bcftools norm -m- 2>/dev/null \
    | bcftools view -i "REF=\"$ref\" && ALT=\"$alt\"" | bcftools query -f '[%SAMPLE\t%GT\n]' \
    | awk '$2 ~ /1/ { print $1 }' | sort -u | paste -sd, -
}
shared_rare_carriers() { # $1 = region, $2 = AF bound
  bcftools view -S "$partner" -t "$1" "$vcf" | bcftools norm -m- 2>/dev/null | bcftools +fill-tags -- -t AC,AN,AF \
    | bcftools view -i "AC>0 && AF<$2" | bcftools query -f '[%SAMPLE\t%GT\n]' | awk '$2 ~ /1/ { print $1 }' \
    | sort -u | paste -sd, -
}
{
  echo "# criterion, argument, carriers among the partner's participants (GBR and CHB samples). Made by make-expected.sh:"
  echo "# variant: bcftools view -S partner -t SITE | bcftools norm -m- | bcftools view -i 'REF=.. && ALT=..'"
  echo "#   | bcftools query -f '[%SAMPLE\\t%GT\\n]', samples whose GT holds allele 1"
  echo "# rare-variant: bcftools view -S partner -t REGION | norm -m- | +fill-tags -t AC,AN,AF (AF over the partner's"
  echo "#   samples) | view -i 'AC>0 && AF<X' | query, samples whose GT holds allele 1"
  for v in 22-16051249-T-C 22-16050654-A-\<CN3\> 22-16051453-A-G; do
    printf 'variant\t%s\t%s\n' "$v" "$(shared_carriers "$v")"
  done
  for bound in 0.05 0.2; do
    printf 'rare-variant\t22:16050000-16060000 %s\t%s\n' "$bound" "$(shared_rare_carriers 22:16050000-16060000 "$bound")"
  done
} > expected-shared-carriers.tsv

# The GBR samples as a cohort against every other sample of the file, at the sites the test compares.
sites=22:16050654,22:16051249,22:16051453,22:16349650
fields='%CHROM-%POS-%REF-%ALT\t%AC\t%AN\n'
counts() { # $1 = sample file for bcftools view -S (prefix ^ to exclude)
  bcftools view -S "$1" -t "$sites" "$vcf" | bcftools norm -m- 2>/dev/null \
    | bcftools +fill-tags -- -t AC,AN | bcftools query -f "$fields"
}
{
  echo "# variant, cohort AC, AN, rest AC, AN, Fisher two-sided p; cohort GBR.txt, rest every other sample of the file."
  echo "# Made by make-expected.sh: bcftools view -S [^]GBR.txt -t $sites | bcftools norm -m- \\"
  echo "#   | bcftools +fill-tags -- -t AC,AN | bcftools query -f '$fields'; p by scipy.stats.fisher_exact (two-sided)"
  join -t $'\t' <(counts "$gbr" | sort) <(counts "^$gbr" | sort) | python3 -c '
import sys
from scipy.stats import fisher_exact
for line in sys.stdin:
    v, cac, can, rac, ran = line.split()
    cac, can, rac, ran = map(int, (cac, can, rac, ran))
    p = fisher_exact([[cac, can - cac], [rac, ran - rac]]).pvalue
    print(v, cac, can, rac, ran, repr(float(p)), sep="\t")'
} > expected-cohort-vs-rest.tsv
