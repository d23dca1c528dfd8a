#!/usr/bin/env bash
# HLA match probability: one patient of the WMDA validation set against 1,000 donors, median over 20 patients, with
# and without the donors' imputations cached. Writes the "match-probability" section of docs/benchmarks.md (only that
# section; the rest of the file is left as it is).
#
#   genobay-bench/run-match-probability.sh [--patients N] [--donors N] [--docs FILE]
# Environment: GENOBAY_HLA_DATA (default ../shared/data/hla: needs wmda-mvt/ and imgt/3.58.0/)
#              GENOBAY_JAVA_OPTS (JVM options)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
HLA_DATA=${GENOBAY_HLA_DATA:-$ROOT/../shared/data/hla}
[[ -d $HLA_DATA/wmda-mvt ]] || { echo "run-match-probability.sh: $HLA_DATA/wmda-mvt not found (set GENOBAY_HLA_DATA)" >&2; exit 1; }

echo "== build genobay-bench" >&2
./mvnw -o -q -B -pl genobay-bench -am package -DskipTests
CP="genobay-bench/target/classes:$(find genobay-bench/target/lib -name '*.jar' | sort | paste -sd: -)"

# shellcheck disable=SC2086
java ${GENOBAY_JAVA_OPTS:-} -cp "$CP" org.genobay.bench.probability.MatchProbabilityBenchmark \
  --data "$HLA_DATA/wmda-mvt" --release "$HLA_DATA/imgt/3.58.0" --docs docs/benchmarks.md "$@"
