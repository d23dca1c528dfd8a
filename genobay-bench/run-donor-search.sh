#!/usr/bin/env bash
# The HLA donor-search benchmark: indexes synthetic registries (50 k, 1 M, 5 M, 10 M donors drawn from NMDP's CAU
# haplotype frequencies), times 100 patients x 0-, 1- and 2-mismatch searches at A, B, C, DRB1, DQB1, checks 5 patients
# against an exhaustive HlaMatcher scan of the 50 k registry (preparing every typing whole costs ~1.5 ms per donor), and
# writes the donor-search section of docs/benchmarks.md.
#
#   genobay-bench/run-donor-search.sh                       # full run (about 10 minutes on 2 shared cores, 12 GB heap)
#   genobay-bench/run-donor-search.sh --sizes 100000 --check-donors 100000 --docs none   # quick run, report on stdout
#
# Options (passed to org.genobay.bench.donors.DonorSearchBenchmark): --sizes N,N,...  --patients P  --check-donors N
#   --check-patients P  --seed S  --limit L  --imgt DIR  --freqs FILE  --docs FILE|none
# Environment: GENOBAY_JAVA_OPTS (default -Xmx12g; others share the machine)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
COMMAND_LINE="genobay-bench/run-donor-search.sh${*:+ $*}"

DOCS=docs/benchmarks.md
ARGS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --docs) DOCS="$2"; shift 2 ;;
    *) ARGS+=("$1" "$2"); shift 2 ;;
  esac
done
[[ "$DOCS" == none ]] && DOCS_ARGS=() || DOCS_ARGS=(--docs "$DOCS")

./mvnw -o -q package -pl genobay-bench -am -DskipTests
java ${GENOBAY_JAVA_OPTS:--Xmx12g} -cp "genobay-bench/target/classes:genobay-bench/target/lib/*" \
  org.genobay.bench.donors.DonorSearchBenchmark ${ARGS[@]+"${ARGS[@]}"} ${DOCS_ARGS[@]+"${DOCS_ARGS[@]}"} \
  --command "$COMMAND_LINE"
