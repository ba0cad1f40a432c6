#!/usr/bin/env bash
# MCDA weighted overlay benchmark (issue 7): territoria-cli prioritization:mcda against
# the shared peers (/work/shared/bench ops.sh mcda_*) in the same hyperfine run, on the
# shared dataset (gen-data.sh: slope.tif, pop.tif, dist.tif, 8000 x 8000 Float32).
#
#   tests/benchmarks/mcda/run.sh                      # vs gdal_calc.py (the fastest peer)
#   BENCH_PEERS="gdal_calc grass qgis" tests/benchmarks/mcda/run.sh
#
# Env: BENCH_DATA (default /tmp/bench-data), BENCH_SHARED (default ../shared/bench of the
# repo, else /work/shared/bench), TERRITORIA_CLI (default build/app/cli/territoria-cli),
# BENCH_RUNS (default 5), BENCH_RESULTS (default /tmp/mcda-bench-results).
#
# The formula is the peers' one: 0.3 (1 - min(slope, 45)/45) + 0.4 min(pop, 20)/20
# + 0.3 min(dist, 20000)/20000, i.e. value functions slope:cost:0:45, pop:benefit:0:20,
# dist:benefit:0:20000 with weights 0.3, 0.4, 0.3; no data (-9999) where an input has none.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
DATA="${BENCH_DATA:-/tmp/bench-data}"
SHARED="${BENCH_SHARED:-}"
if [[ -z "$SHARED" ]]; then
    if [[ -f "$repo/../shared/bench/ops.sh" ]]; then SHARED="$repo/../shared/bench"; else SHARED=/work/shared/bench; fi
fi
CLI="${TERRITORIA_CLI:-$repo/build/app/cli/territoria-cli}"
RUNS="${BENCH_RUNS:-5}"
RESULTS="${BENCH_RESULTS:-/tmp/mcda-bench-results}"
PEERS="${BENCH_PEERS:-gdal_calc}"
mkdir -p "$RESULTS" "$DATA/out"
for f in slope pop dist; do
    [[ -f "$DATA/$f.tif" ]] || { echo "missing $DATA/$f.tif: run $SHARED/gen-data.sh" >&2; exit 1; }
done
[[ -x "$CLI" ]] || { echo "no territoria-cli at $CLI (set TERRITORIA_CLI)" >&2; exit 1; }
export GDAL_CACHEMAX="${GDAL_CACHEMAX:-1024}"   # as ops.sh sets for the peers

ours="$CLI run prioritization:mcda \
--param rasters=$DATA/slope.tif,$DATA/pop.tif,$DATA/dist.tif \
--param criteria=slope:cost:0:45,pop:benefit:0:20,dist:benefit:0:20000 \
--param weights=0.3,0.4,0.3 --param output=$DATA/out/mcda_territoria.tif"

commands=(-n territoria "$ours")
for peer in $PEERS; do
    commands+=(-n "$peer" "BENCH_DATA=$DATA bash $SHARED/ops.sh mcda_$peer")
done
hyperfine --style basic -w 1 -r "$RUNS" --export-markdown "$RESULTS/mcda.md" --export-json "$RESULTS/mcda.json" \
    "${commands[@]}" 2>&1 | grep -vE "^prioritization:mcda: [0-9]+%$" || true
cat "$RESULTS/mcda.md"

# Equal results: the gdal_calc output against ours.
if [[ -f "$DATA/out/mcda_gdal.tif" ]]; then
    echo "territoria vs gdal_calc: $(/usr/bin/python3 "$here/compare.py" "$DATA/out/mcda_territoria.tif" "$DATA/out/mcda_gdal.tif")"
fi
