#!/usr/bin/env bash
# Makes the BCF copies of this folder from committed VCF text with bcftools 1.16 (BCF 2.2; needs nothing else).
# Deterministic: run it again and `git diff` shows nothing. Run from anywhere: ./make-bcf.sh
set -euo pipefail
cd "$(dirname "$0")"
# mixed ploidy 1-4, half-missing calls, int16 GT (70 ALTs), BGZF-compressed as bcftools writes BCF by default
bcftools view --no-version -Ob -o ploidy.bcf ploidy.vcf
# GT second in FORMAT: the text parser refuses it, and so must the BCF reader
sed 's/\tGT:DP\t0\/1:12\t1\/1:3\t0\/0:.\t0\/1\t.:.\t0|1:7\t1|0:9\t.\/.:0$/\tDP:GT\t12:0\/1\t3:1\/1\t.:0\/0\t.:0\/1\t.:.\t7:0|1\t9:1|0\t0:.\/./' \
    ../handmade/handmade.vcf | bcftools view --no-version -Ob -o gt-not-first.bcf
bcftools view --no-version -H gt-not-first.bcf | grep -q 'DP:GT' || { echo "gt-not-first.bcf lacks DP:GT" >&2; exit 1; }
cmp -s <(bcftools view --no-version ploidy.vcf) <(bcftools view --no-version ploidy.bcf) \
    || { echo "ploidy.bcf differs from ploidy.vcf" >&2; exit 1; }
