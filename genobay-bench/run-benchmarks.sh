#!/usr/bin/env bash
# End-to-end benchmarks of the Genobay variant store beside bcftools, on a synthetic cohort made from real 1000 Genomes
# haplotypes. Writes docs/benchmarks.md (full mode) with the machine, the figures, the ratios and the targets.
#
#   genobay-bench/run-benchmarks.sh            # 2,504 samples x 1,000,000 records (about 20-30 minutes on 2 cores)
#   genobay-bench/run-benchmarks.sh --small    # 2,504 samples x 100,000 records, report in bench-work/results-small/
#
# Options: --samples N  --variants M  --seed S  --runs R (hyperfine runs of each ingest/convert, default 3)
#          --queries Q (random region/cohort pairs for the warm Java query, default 300)
#          --bcftools-cases K (pairs run through the bcftools pipeline and checked, default 5)
#          --steps LIST (comma-separated subset of gen,view,ingest,query,report; default all)
#          --docs FILE (where the report goes)
# Environment: GENOBAY_SOURCE_VCF (the phased panel; default ../shared/data/genomics/opencb__opencga/10k.chr22...)
#              GENOBAY_JAVA_OPTS (JVM options for ingest and queries, e.g. -Xmx8g)
# Needs: JDK 17+, bcftools, bgzip, hyperfine (falls back to a plain loop without it).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
COMMAND_LINE="genobay-bench/run-benchmarks.sh${*:+ $*}"

MODE=full
SAMPLES=2504
VARIANTS=1000000
SEED=20130502
RUNS=3
QUERIES=300
BCFTOOLS_CASES=5
STEPS=gen,view,ingest,query,report
DOCS=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --small) MODE=small; VARIANTS=100000 ;;
    --samples) SAMPLES=$2; shift ;;
    --variants) VARIANTS=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --queries) QUERIES=$2; shift ;;
    --bcftools-cases) BCFTOOLS_CASES=$2; shift ;;
    --steps) STEPS=$2; shift ;;
    --docs) DOCS=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "run-benchmarks.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

SOURCE=${GENOBAY_SOURCE_VCF:-$ROOT/../shared/data/genomics/opencb__opencga/10k.chr22.phase3_shapeit2_mvncall_integrated_v5.20130502.genotypes.vcf.gz}
JAVA_OPTS=${GENOBAY_JAVA_OPTS:-}
SUFFIX=$([[ $MODE == small ]] && echo "-small" || echo "")
WORK=bench-work
VCF=$WORK/synth$SUFFIX.vcf.gz
STORE=$WORK/store$SUFFIX
RESULTS=$WORK/results$SUFFIX
[[ -n $DOCS ]] || DOCS=$([[ $MODE == full ]] && echo docs/benchmarks.md || echo "$RESULTS/benchmarks.md")
mkdir -p "$WORK" "$RESULTS"

step() { [[ ",$STEPS," == *",$1,"* ]]; }
say() { printf '\n== %s (%s)\n' "$*" "$(date +%H:%M:%S)" >&2; }
for tool in java bcftools bgzip; do
  command -v "$tool" >/dev/null || { echo "run-benchmarks.sh: $tool is not on PATH" >&2; exit 1; }
done

# Times a command RUNS times (fresh process each), exporting hyperfine's CSV; PREPARE runs before each, untimed.
timed() {
  local csv=$1 prepare=$2 cmd=$3
  if command -v hyperfine >/dev/null; then
    hyperfine --runs "$RUNS" --prepare "$prepare" --export-csv "$csv" --style basic "$cmd" >&2
  else
    local times=()
    for ((i = 0; i < RUNS; i++)); do
      bash -c "$prepare"
      local t0 t1; t0=$(date +%s.%N); bash -c "$cmd"; t1=$(date +%s.%N)
      times+=("$(echo "$t1 - $t0" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk -v cmd="$cmd" '{ t[NR] = $1; s += $1 }
      END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            print "command,mean,stddev,median,user,system,min,max"
            printf "\"%s\",%f,0,%f,0,0,%f,%f\n", cmd, s / NR, m, t[1], t[NR] }' > "$csv"
  fi
}

say "build genobay-bench"
./mvnw -q -B -pl genobay-bench -am package -DskipTests
CP="genobay-bench/target/classes:$(find genobay-bench/target/lib -name '*.jar' | sort | paste -sd: -)"

GENERATOR_ARGS=(--source "$SOURCE" --out "$VCF" --samples "$SAMPLES" --variants "$VARIANTS" --seed "$SEED")
if step gen; then
  say "synthetic cohort $SAMPLES x $VARIANTS -> $VCF"
  [[ -f $SOURCE ]] || { echo "run-benchmarks.sh: source panel $SOURCE not found (set GENOBAY_SOURCE_VCF)" >&2; exit 1; }
  java -cp "$CP" org.genobay.bench.synth.SyntheticCohort "${GENERATOR_ARGS[@]}" --reuse
fi
[[ -f $VCF ]] || { echo "run-benchmarks.sh: $VCF missing; run with the gen step" >&2; exit 1; }
cat "$VCF" > /dev/null # page cache warm for every tool alike

{
  echo "run.mode=$MODE"
  echo "run.command=$COMMAND_LINE"
  echo "run.commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo '+dirty')"
  echo "run.generator=$(bcftools view -h "$VCF" | sed -n 's/^##genobaySyntheticCohort=//p')"
  echo "run.samples=$SAMPLES"
  echo "run.records=$VARIANTS"
  echo "runs.bcftools.view=$RUNS"
  echo "runs.bcftools.viewThreads=$RUNS"
  echo "runs.genobay.ingest=$RUNS"
} > "$RESULTS/run.properties"

if step view; then
  say "bcftools view -Ob (reference), then --threads 2"
  timed "$RESULTS/bcftools-view.csv" "rm -f $WORK/x.bcf" "bcftools view -Ob -o $WORK/x.bcf $VCF"
  timed "$RESULTS/bcftools-view-threads.csv" "rm -f $WORK/x.bcf" "bcftools view -Ob --threads 2 -o $WORK/x.bcf $VCF"
  echo "bcf.bytes=$(stat -c %s "$WORK/x.bcf")" > "$RESULTS/bcf.properties"
fi

# The CLI's ingest once it is on this branch, else the same Java API call from IngestBenchmark.
if [[ -x ./genobay ]] && ./genobay variants ingest --help >/dev/null 2>&1; then
  INGEST="./genobay variants ingest --store $STORE --dataset synth $VCF"
else
  INGEST="java $JAVA_OPTS -cp $CP org.genobay.bench.e2e.IngestBenchmark --store $STORE --dataset synth --vcf $VCF --out $RESULTS/ingest.properties"
fi
echo "run.ingestCommand=\`${INGEST//$CP/\$CP}\`" >> "$RESULTS/run.properties"
if step ingest; then
  say "ingest: $INGEST"
  timed "$RESULTS/ingest.csv" "rm -rf $STORE" "$INGEST"
  echo "store.datasetBytes=$(find "$STORE/datasets/synth" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')" \
    > "$RESULTS/store.properties"
fi

if step query; then
  say "queries: warm Java, bcftools pipeline, correctness, whole dataset, cold"
  java $JAVA_OPTS -cp "$CP" org.genobay.bench.e2e.QueryBenchmark --store "$STORE" --dataset synth --vcf "$VCF" \
    --work "$WORK/work$SUFFIX" --out "$RESULTS/query.properties" --queries "$QUERIES" \
    --bcftools-cases "$BCFTOOLS_CASES" --cold-cases 5 --whole-runs 5 --bcftools-whole-runs 1 --seed 42
fi

if step report; then
  say "report -> $DOCS"
  java -cp "$CP" org.genobay.bench.e2e.BenchmarkReport --results "$RESULTS" --vcf "$VCF" --out "$DOCS" \
    --notes genobay-bench/benchmark-notes.md
fi
