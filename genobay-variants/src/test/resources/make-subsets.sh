#!/usr/bin/env bash
# Cuts the real test inputs of this folder out of the staged public data (../shared/data/genomics beside the
# project's root; see /work/shared/data/genomics/MANIFEST.md) and writes the cohort lists.
# Needs bcftools/bgzip 1.16 and python3. Run from anywhere:
#   SHARED=/path/to/shared/data/genomics ./make-subsets.sh
# Every file it writes is committed; attribution is in DATA.md at the repository root.
# The hand-written files (handmade/*.vcf) are NOT made here; their .vcf.gz/.bcf copies are.
set -euo pipefail
cd "$(dirname "$0")"
SHARED=${SHARED:-../../../../../shared/data/genomics}
OPENCGA=$SHARED/opencb__opencga
SHAPEIT4=$SHARED/odelaneau__shapeit4
HTS=$SHARED/samtools__hts-specs
SUFFIX=chr22.phase3_shapeit2_mvncall_integrated_v5.20130502.genotypes.vcf.gz
export LC_ALL=C

# (a) opencga 10k chr22, 2,504 samples: five windows with multi-allelic SNVs, indels (incl. multi-allelic indels
# GT/T, GAA/G, AG/T), symbolic <CN0>,<CN2>,<CN3>,<CN4> and <CN0>, and two records at one position (16637481 A>AT, A>T).
REGIONS=22:16050075-16057593,22:16348261-16350443,22:16404051-16405204,22:16575650-16581771,22:16637417-16637561
bcftools view --no-version -t "$REGIONS" -Ov "$OPENCGA/10k.$SUFFIX" > /tmp/genobay-slice.$$.vcf
bgzip -c /tmp/genobay-slice.$$.vcf > opencga/chr22-slice.bgzf.vcf.gz          # BGZF
gzip -n -9 -c /tmp/genobay-slice.$$.vcf > opencga/chr22-slice.gzip.vcf.gz      # plain gzip, same text
bcftools view --no-version -Ob -o opencga/chr22-slice.bcf /tmp/genobay-slice.$$.vcf
rm /tmp/genobay-slice.$$.vcf

# (b) the five 1000g_batches files restricted to the same windows (different samples, overlapping sites)
for b in 1-500 501-1000 1001-1500 1501-2000 2001-2504; do
  bcftools view --no-version -t "$REGIONS" -Oz -o "batches/batch-$b.vcf.gz" "$OPENCGA/1000g_batches/$b.filtered.10k.$SUFFIX"
done

# (c) shapeit4 chr20: 300 phased reference samples and 203 other (partly unphased) samples on the same sites
SHAPEIT_REGION=20:1063123-1130514
bcftools view --no-version -r "$SHAPEIT_REGION" -Oz -o shapeit4/reference.vcf.gz "$SHAPEIT4/reference.vcf.gz"
bcftools view --no-version -r "$SHAPEIT_REGION" -Oz -o shapeit4/unphased.vcf.gz "$SHAPEIT4/unphased.vcf.gz"

# (d) hand-written files: compressed and BCF copies of the same text
for h in handmade handmade-alias; do
  bgzip -c "handmade/$h.vcf" > "handmade/$h.vcf.gz"
  bcftools view --no-version -Ob -o "handmade/$h.bcf" "handmade/$h.vcf"
done

# (e) cohorts, one sample ID per line, in the order of the VCF header
bcftools query -l opencga/chr22-slice.bgzf.vcf.gz > /tmp/genobay-all.$$.txt
# a fixed-seed "random" half: order samples by SHA-256 of "genobay-half:"+ID, keep the first half, restore file order
python3 - /tmp/genobay-all.$$.txt 1252 > cohorts/1kg-half.txt <<'PY'
import hashlib, sys
ids = open(sys.argv[1]).read().split()
keep = set(sorted(ids, key=lambda s: hashlib.sha256(("genobay-half:" + s).encode()).hexdigest())[: int(sys.argv[2])])
print("\n".join(s for s in ids if s in keep))
PY
# EUR = CEU TSI FIN GBR IBS in the official pedigree, restricted to the 2,504 samples of the VCF
awk -F'\t' 'NR==FNR { vcf[$1]=1; next } FNR>1 && ($7=="CEU"||$7=="TSI"||$7=="FIN"||$7=="GBR"||$7=="IBS") && ($2 in vcf) { eur[$2]=1 }
            END { while ((getline s < ARGV[1]) > 0) if (s in eur) print s }' /tmp/genobay-all.$$.txt "$OPENCGA/20130606_g1k.ped" > cohorts/1kg-eur.txt
# the samples of the first batch file only (a cohort wholly inside one input of the merged dataset)
bcftools query -l batches/batch-1-500.vcf.gz > cohorts/1kg-batch-1-500.txt
rm /tmp/genobay-all.$$.txt
# shapeit4: a fixed-seed half of the 503 samples of both files (mixes both inputs)
{ bcftools query -l shapeit4/reference.vcf.gz; bcftools query -l shapeit4/unphased.vcf.gz; } > /tmp/genobay-s4.$$.txt
python3 - /tmp/genobay-s4.$$.txt 251 > cohorts/shapeit4-half.txt <<'PY'
import hashlib, sys
ids = open(sys.argv[1]).read().split()
keep = set(sorted(ids, key=lambda s: hashlib.sha256(("genobay-half:" + s).encode()).hexdigest())[: int(sys.argv[2])])
print("\n".join(s for s in ids if s in keep))
PY
rm /tmp/genobay-s4.$$.txt
printf 'M2\nM3\nF2\nF4\nF5\n' > cohorts/handmade-subset.txt

# (5) hts-specs conformance files, unchanged
rm -rf hts-specs/4.1 hts-specs/4.2 hts-specs/4.3 hts-specs/4.5
mkdir -p hts-specs
for v in 4.1 4.2 4.3 4.5; do cp -r "$HTS/test/vcf/$v" hts-specs/; done
cp "$HTS/test/vcf/LICENSE" "$HTS/test/vcf/README.md" "$HTS/EXPECTATIONS.tsv" hts-specs/
chmod -R u+w hts-specs
