#!/usr/bin/env bash
# Benchmark of coverage:travel_time against GRASS r.cost and r.walk (and SAGA) on the shared
# dataset (../../../../shared/bench: 8000x8000 Tobler friction in seconds per
# 30 m cell, 300 facilities), all in one run so the ratios hold on a noisy
# machine. Every command is end to end (start, read, compute, write a GeoTIFF).
#
#   tests/benchmarks/coverage/run.sh [BUILD_DIR]      (default: build)
#   RUNS=2 SKIP_SAGA=1 SKIP_RCOST=1 SKIP_RWALK=1 ...  (environment knobs)
#
# Writes timings (wall s, peak RSS MB from GNU time) and the comparison of the
# outputs (max |difference| in seconds over all cells) to $OUT/results.txt.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BUILD="${1:-$HERE/../../../build}"
CLI="$BUILD/app/cli/territoria-cli"
DATA="${BENCH_DATA:-/tmp/bench-data}"
OUT="${BENCH_OUT:-/tmp/bench-coverage}"
RUNS="${RUNS:-3}"
MEM="${GRASS_MEM:-4000}"
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
: > "$RESULTS"

[[ -x "$CLI" ]] || { echo "no $CLI: build territoria-cli and territoria_coverage first" >&2; exit 2; }
[[ -f "$DATA/friction.tif" ]] || { echo "no $DATA/friction.tif: run /work/shared/bench/gen-data.sh" >&2; exit 2; }

# time_it NAME COMMAND...: wall seconds and peak RSS (MB) of one run.
time_it() {
    local name="$1"; shift
    local log="$OUT/$name.time"
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$log" bash -c "$*" > "$OUT/$name.stdout" 2> "$OUT/$name.stderr" || { echo "$name FAILED (see $OUT/$name.stderr)" | tee -a "$RESULTS"; return 0; }
    end=$(date +%s.%N)
    local rss
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
    printf '%-28s %8.2f s  %6s MB\n' "$name" "$(echo "$end - $start" | bc)" "$rss" | tee -a "$RESULTS"
}

territoria_16() {
    "$CLI" run coverage:travel_time --param facilities="$DATA/facilities.gpkg" \
        --param friction="$DATA/friction.tif" --param neighbours=16 \
        --param output="$OUT/cost_territoria16.tif"
}
territoria_16_alloc() {
    "$CLI" run coverage:travel_time --param facilities="$DATA/facilities.gpkg" \
        --param friction="$DATA/friction.tif" --param neighbours=16 \
        --param output="$OUT/cost_territoria16a.tif" --param allocation="$OUT/alloc_territoria16.tif"
}
territoria_8() {
    "$CLI" run coverage:travel_time --param facilities="$DATA/facilities.gpkg" \
        --param friction="$DATA/friction.tif" --param neighbours=8 \
        --param output="$OUT/cost_territoria8.tif"
}
territoria_walk() {  # Tobler on the DEM, speed 5.04 km/h on the flat (= friction's flat speed)
    "$CLI" run coverage:travel_time --param facilities="$DATA/facilities.gpkg" \
        --param friction="$OUT/flat_friction.tif" --param dem="$DATA/dem.tif" --param mode=walk \
        --param neighbours=16 --param output="$OUT/cost_territoria_walk.tif"
}
rcost() {  # as /work/shared/bench/grass_ops.sh cost_rcost, in a throw-away location
    local loc="$OUT/grassdb/rcost.$$"
    rm -rf "$loc"; mkdir -p "$OUT/grassdb"
    grass -c EPSG:32719 "$loc" --exec bash -c "
        set -e; export GRASS_OVERWRITE=1 GRASS_VERBOSE=0
        r.external -o input='$DATA/friction.tif' output=friction --quiet
        g.region raster=friction
        v.in.ogr -o input='$DATA/facilities.gpkg' output=facilities --quiet
        r.cost -k input=friction output=cost start_points=facilities memory=$MEM --quiet
        r.out.gdal -c -f input=cost output='$OUT/cost_grass_rcost.tif' format=GTiff type=Float32 createopt=TILED=YES --quiet"
    rm -rf "$loc"
}
rwalk() {  # as /work/shared/bench/grass_ops.sh cost_rwalk: anisotropic walking time from the DEM
    local loc="$OUT/grassdb/rwalk.$$"
    rm -rf "$loc"; mkdir -p "$OUT/grassdb"
    grass -c EPSG:32719 "$loc" --exec bash -c "
        set -e; export GRASS_OVERWRITE=1 GRASS_VERBOSE=0
        r.external -o input='$DATA/dem.tif' output=dem --quiet
        r.external -o input='$DATA/friction.tif' output=friction --quiet
        g.region raster=dem
        v.in.ogr -o input='$DATA/facilities.gpkg' output=facilities --quiet
        r.walk -k elevation=dem friction=friction lambda=0 output=walk start_points=facilities memory=$MEM --quiet
        r.out.gdal -c -f input=walk output='$OUT/cost_grass_rwalk.tif' format=GTiff type=Float32 createopt=TILED=YES --quiet"
    rm -rf "$loc"
}
saga() {
    rm -f "$OUT"/cost_saga.*
    saga_cmd -f=q grid_analysis 0 -DEST_TYPE=0 -DEST_POINTS="$DATA/facilities.gpkg" \
        -COST="$DATA/friction.tif" -ACCUMULATED="$OUT/cost_saga.tif"
}

export -f territoria_16 territoria_16_alloc territoria_8 territoria_walk rcost rwalk saga
export CLI DATA OUT MEM

# The flat speed of Tobler's function (6 exp(-0.175) km/h) as seconds per 30 m cell.
if [[ ! -f "$OUT/flat_friction.tif" ]]; then
    gdal_calc.py --quiet -A "$DATA/friction.tif" --outfile="$OUT/flat_friction.tif" --type=Float32 \
        --NoDataValue=-9999 --co TILED=YES --calc="A * 0 + 30.0 * 3.6 / (6.0 * exp(-0.175))" > /dev/null
fi

echo "# $(date -u +%FT%TZ) $(nproc) cores; runs interleaved: territoria, r.cost, SAGA" | tee -a "$RESULTS"
for run in $(seq 1 "$RUNS"); do
    time_it territoria_16 territoria_16
    time_it territoria_16_alloc territoria_16_alloc
    time_it territoria_8 territoria_8
    if [[ -z "${SKIP_RCOST:-}" && ( "$run" == 1 || -n "${RCOST_EVERY_RUN:-}" ) ]]; then time_it grass_rcost_k rcost; fi
    if [[ -z "${SKIP_SAGA:-}" && ( "$run" == 1 || -n "${SAGA_EVERY_RUN:-}" ) ]]; then time_it saga_accumulated_cost saga; fi
    if [[ -z "${SKIP_WALK:-}" ]]; then time_it territoria_walk16 territoria_walk; fi
    if [[ -z "${SKIP_WALK:-}" && -z "${SKIP_RWALK:-}" && ( "$run" == 1 || -n "${RCOST_EVERY_RUN:-}" ) ]]; then time_it grass_rwalk_k rwalk; fi
done

# Output comparison (r.cost: seconds; Territoria: minutes).
/usr/bin/python3 - "$OUT" <<'PY' | tee -a "$RESULTS"
import sys, numpy as np
from osgeo import gdal
out = sys.argv[1]
def read(name):
    ds = gdal.Open(f"{out}/{name}")
    if ds is None: return None
    b = ds.GetRasterBand(1); a = b.ReadAsArray().astype(np.float64); nd = b.GetNoDataValue()
    return np.where(a == nd, np.nan, a) if nd is not None else a
mine, rc = read("cost_territoria16.tif"), read("cost_grass_rcost.tif")
if mine is not None and rc is not None:
    mine = mine * 60.0
    both = ~np.isnan(mine) & ~np.isnan(rc)
    d = np.abs(mine[both] - rc[both])
    rel = d / np.maximum(rc[both], 1.0)
    print(f"r.cost -k vs territoria 16: cells {both.sum()}, only-one-null {int((np.isnan(mine) != np.isnan(rc)).sum())}, "
          f"max |diff| {d.max():.4f} s, mean |diff| {d.mean():.2e} s, max rel {rel.max():.2e}, "
          f"cells > 1e-4 rel {int((rel > 1e-4).sum())}, mean time {np.nanmean(rc):.1f} s vs {np.nanmean(mine):.1f} s")
saga = read("cost_saga.tif"); m8 = read("cost_territoria8.tif")
if saga is not None and m8 is not None:
    m8 = m8 * 60.0
    both = ~np.isnan(m8) & ~np.isnan(saga)
    d = np.abs(m8[both] - saga[both])
    print(f"SAGA (8 dirs) vs territoria 8: max |diff| {d.max():.2f} s, mean |diff| {d.mean():.3f} s, "
          f"mean time {np.nanmean(saga):.1f} s vs {np.nanmean(m8):.1f} s")
PY
