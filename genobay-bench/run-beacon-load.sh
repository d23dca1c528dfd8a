#!/usr/bin/env bash
# Load test of the Beacon v2 g_variants endpoint on loopback: starts `./genobay serve --demo` on a free port in a
# scratch directory, waits until the demo's variant dataset answers, runs wrk (Debian's package) with
# beacon-load.lua, and writes throughput and latency (p50, p99) into docs/benchmarks.md between the lines
# `<!-- section: beacon-load -->` and `<!-- end section: beacon-load -->` (replaced if present, appended if not; the
# rest of the file is left alone).
#
#   genobay-bench/run-beacon-load.sh                 # 30 s, 2 threads, 32 connections
#   DURATION=60s THREADS=4 CONNECTIONS=64 genobay-bench/run-beacon-load.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
duration=${DURATION:-30s}
threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
wrk=${WRK:-wrk}
command -v "$wrk" >/dev/null || { echo "run-beacon-load: wrk not found (apt-get install wrk)" >&2; exit 69; }

work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work" && exec "$root/genobay" serve --demo --port "$port") >"$work/serve.log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

base=http://127.0.0.1:$port
probe="$base/api/beacon/g_variants?referenceName=22&start=16050074&end=16060000&requestedGranularity=count"
echo "waiting for the demo on $base (its variant dataset is ingested in the background)…" >&2
for _ in $(seq 1 600); do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "run-beacon-load: the server stopped; its log:" >&2
    tail -50 "$work/serve.log" >&2
    exit 1
  fi
  if curl -sf "$probe" 2>/dev/null | grep -q '"exists":true'; then
    break
  fi
  sleep 1
done
curl -sf "$probe" | grep -q '"exists":true' || { echo "run-beacon-load: the demo dataset never answered" >&2; exit 1; }

# Warm-up (JIT, caches), then the measured run; the load average says how busy the machine was with other work.
load=$(cut -d' ' -f1-3 /proc/loadavg)
"$wrk" -t"$threads" -c"$connections" -d5s -s "$root/genobay-bench/beacon-load.lua" "$base" >/dev/null
out=$("$wrk" -t"$threads" -c"$connections" -d"$duration" --latency -s "$root/genobay-bench/beacon-load.lua" "$base")
echo "$out"

errors=$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $NF}')
[ -z "$errors" ] || { echo "run-beacon-load: $errors responses were errors" >&2; exit 1; }

WRK_OUT=$out WRK_BIN=$wrk LOAD=$load python3 - "$root/docs/benchmarks.md" "$duration" "$threads" "$connections" <<'PY'
import datetime, os, platform, re, subprocess, sys
path, duration, threads, connections = sys.argv[1:5]
out = os.environ["WRK_OUT"]
def grab(pattern):
    m = re.search(pattern, out, re.M)
    if not m:
        sys.exit("run-beacon-load: wrk output lacks " + pattern)
    return m.group(1)
rps = grab(r"^Requests/sec:\s+([0-9.]+)")
p50 = grab(r"^\s+50%\s+([0-9.]+\w+)")
p99 = grab(r"^\s+99%\s+([0-9.]+\w+)")
total = grab(r"^\s+([0-9]+) requests in")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
wrkv = subprocess.run([os.environ["WRK_BIN"], "--version"], capture_output=True, text=True).stdout.splitlines()[0]
section = f"""<!-- section: beacon-load -->
## Beacon v2: g_variants under load

`genobay-bench/run-beacon-load.sh` ({datetime.date.today()}): `./genobay serve --demo` on loopback (H2, the demo's
1000 Genomes chr22 dataset shared as PUBLIC), and {wrkv.split(' [')[0]} with {threads} threads and {connections}
connections for {duration} after a 5 s warm-up, cycling through five anonymous count queries of
`/api/beacon/g_variants` (three sequence queries, a 10 kb range, the gene NBEAP3). Each request asks the sharing
catalogue for the caller's access, reads the owner's consenting participants and looks the variants up in the store.
Client and server share the machine: {cpu}, {cores} cores, load average {os.environ["LOAD"]} before the run (other
work on the machine included); {java}.

| requests | throughput | latency p50 | latency p99 |
|---:|---:|---:|---:|
| {total} | {float(rps):,.0f} requests/s | {p50} | {p99} |

Reproduce: `genobay-bench/run-beacon-load.sh` (`DURATION`, `THREADS`, `CONNECTIONS` change the run).
<!-- end section: beacon-load -->
"""
text = open(path).read() if os.path.exists(path) else ""
pattern = re.compile(r"<!-- section: beacon-load -->.*?<!-- end section: beacon-load -->\n?", re.S)
if pattern.search(text):
    text = pattern.sub(lambda m: section, text)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
print("wrote the beacon-load section of", path)
PY
