#!/usr/bin/env bash
# Scale benchmark of coverage:travel_time (issue 6 item 7): wall time and peak
# memory as the raster grows 16 M -> 64 M -> 100 M -> 150 M cells, against GRASS
# 8.2 `r.cost -k` on the same inputs, plus a cell-by-cell check of our output
# against r.cost's. Inputs: make-scale-data.sh (friction_<size>.tif, seconds per
# cell, and the 300 facilities in $BENCH_DATA/scale).
#
#   tests/benchmarks/coverage/scale.sh [BUILD_DIR]          (default: build)
#   SIZES="16M 64M"      sizes to run (default: 16M 64M 100M 150M), in that order
#   MEMORY_MB=512        pass --param memory_mb=512 (tiled engine); unset: not passed
#   SKIP_PEERS=1         skip GRASS; compare with the kept rcost_<size>.tif if present
#   SKIP_TERRITORIA=1    run only GRASS
#   GRASS_MEM=4000       r.cost memory= (MB), as grass_ops.sh
#   SCALE_OUT=/tmp/bench-scale   outputs, GNU time logs and results.md
#
# Every command is end to end (start, read, compute, write a tiled Float32
# GeoTIFF), timed with GNU time (%e wall s, %M peak RSS KB). Runs go one after
# another, never in parallel. r.cost's output (seconds) is kept in
# $BENCH_DATA/scale/rcost_<size>.tif so later runs can compare without GRASS.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BUILD="${1:-$HERE/../../../build}"
CLI="$BUILD/app/cli/territoria-cli"
DATA="${BENCH_DATA:-/tmp/bench-data}/scale"
OUT="${SCALE_OUT:-/tmp/bench-scale}"
SIZES="${SIZES:-16M 64M 100M 150M}"
GMEM="${GRASS_MEM:-4000}"
mkdir -p "$OUT"
RAW="$OUT/time-raw.txt"
RESULTS="$OUT/results.md"
: > "$RAW"
: > "$RESULTS"

if [[ -z "${SKIP_TERRITORIA:-}" && ! -x "$CLI" ]]; then
    echo "no $CLI: build territoria-cli and territoria_coverage first (or SKIP_TERRITORIA=1)" >&2; exit 2
fi
if [[ -z "${SKIP_PEERS:-}" ]] && ! command -v grass > /dev/null; then
    echo "no grass: apt-get install grass-core (or SKIP_PEERS=1)" >&2; exit 2
fi
for size in $SIZES; do
    [[ -f "$DATA/friction_$size.tif" ]] || { echo "no $DATA/friction_$size.tif: run $HERE/make-scale-data.sh" >&2; exit 2; }
done
[[ -f "$DATA/facilities.gpkg" ]] || { echo "no $DATA/facilities.gpkg: run $HERE/make-scale-data.sh" >&2; exit 2; }

cells_of() { /usr/bin/python3 -c "from osgeo import gdal; d = gdal.Open('$1'); print(f'{d.RasterXSize * d.RasterYSize:,}')"; }

ROWS=()   # Markdown rows of the timing table
# timed LABEL SIZE TOOL COMMAND...: one run under GNU time; appends the raw line and a row.
timed() {
    local label="$1" size="$2" tool="$3"; shift 3
    local log="$OUT/$label.time"
    if /usr/bin/time -f '%e %M' -o "$log" "$@" > "$OUT/$label.stdout" 2> "$OUT/$label.stderr"; then
        local line; line=$(tail -n 1 "$log")
        echo "$label: $line" >> "$RAW"
        local s kb; read -r s kb <<< "$line"
        ROWS+=("| $(cells_of "$DATA/friction_$size.tif") ($size) | $tool | $s | $(( (kb + 512) / 1024 )) |")
        echo "$label: ${s} s, $(( (kb + 512) / 1024 )) MB" >&2
    else
        echo "$label: FAILED ($(tail -n 1 "$log")) — see $OUT/$label.stderr" | tee -a "$RAW" >&2
        ROWS+=("| ($size) | $tool | failed | – |")
    fi
}

territoria() {  # SIZE
    local extra=()
    [[ -n "${MEMORY_MB:-}" ]] && extra=(--param "memory_mb=$MEMORY_MB")
    rm -f "$OUT/territoria_$1.tif"
    "$CLI" run coverage:travel_time --param facilities="$DATA/facilities.gpkg" \
        --param friction="$DATA/friction_$1.tif" --param neighbours=16 \
        --param output="$OUT/territoria_$1.tif" "${extra[@]}"
}
rcost() {  # SIZE — as /work/shared/bench/grass_ops.sh cost_rcost, in a throw-away location in /tmp
    local db="${TMPDIR:-/tmp}/bench-scale-grassdb.$$" size="$1"
    rm -rf "$db"; mkdir -p "$db"
    rm -f "$DATA/rcost_$size.tif"
    grass -c EPSG:32719 "$db/rcost" --exec bash -c "
        set -e; export GRASS_OVERWRITE=1 GRASS_VERBOSE=0
        r.external -o input='$DATA/friction_$size.tif' output=friction --quiet
        g.region raster=friction
        v.in.ogr -o input='$DATA/facilities.gpkg' output=facilities --quiet
        r.cost -k input=friction output=cost start_points=facilities memory=$GMEM --quiet
        r.out.gdal -c -f input=cost output='$DATA/rcost_$size.tif' format=GTiff type=Float32 createopt=TILED=YES --quiet"
    local rc=$?
    rm -rf "$db"
    return $rc
}
export -f territoria rcost
export CLI DATA OUT GMEM MEMORY_MB

mode="in-memory engine"
[[ -n "${MEMORY_MB:-}" ]] && mode="memory_mb=$MEMORY_MB"
[[ -n "${SKIP_TERRITORIA:-}" ]] && mode="skipped"
[[ -n "${SKIP_PEERS:-}" ]] && GMEM="skipped"
echo "# $(date -u +%FT%TZ), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; territoria: $mode; r.cost memory=$GMEM" | tee -a "$RAW" >&2
for size in $SIZES; do
    [[ -n "${SKIP_TERRITORIA:-}" ]] || timed "territoria_$size" "$size" "territoria travel_time, 16 n. ($mode)" bash -c "territoria $size"
    [[ -n "${SKIP_PEERS:-}" ]] || timed "rcost_$size" "$size" "GRASS 8.2 \`r.cost -k\` (memory=$GMEM)" bash -c "rcost $size"
done

{
    echo "$(head -n 1 "$RAW")"
    echo
    echo "| cells | tool | seconds | peak RSS MB |"
    echo "| ---: | --- | ---: | ---: |"
    printf '%s\n' "${ROWS[@]}"
    echo
} | tee -a "$RESULTS"

# Cell-by-cell comparison, read one row of tiles at a time (bounded memory even
# at 150 M cells). Territoria writes minutes, r.cost seconds.
if [[ -z "${SKIP_TERRITORIA:-}" ]]; then
    /usr/bin/python3 - "$OUT" "$DATA" $SIZES <<'PY' | tee -a "$RESULTS"
import os, sys, numpy as np
from osgeo import gdal
gdal.UseExceptions()
out, data, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]
print("| cells | reached by both | reached by one only | max abs diff s | mean abs diff s | max rel diff | mean time s (r.cost / territoria) |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    mine_path, rc_path = f"{out}/territoria_{size}.tif", f"{data}/rcost_{size}.tif"
    if not (os.path.exists(mine_path) and os.path.exists(rc_path)):
        print(f"| ({size}) | no {'territoria' if not os.path.exists(mine_path) else 'r.cost'} output | | | | | |")
        continue
    a, b = gdal.Open(mine_path), gdal.Open(rc_path)
    if (a.RasterXSize, a.RasterYSize) != (b.RasterXSize, b.RasterYSize):
        print(f"| ({size}) | grids differ: {a.RasterXSize}x{a.RasterYSize} vs {b.RasterXSize}x{b.RasterYSize} | | | | | |")
        continue
    ba, bb = a.GetRasterBand(1), b.GetRasterBand(1)
    nda, ndb = ba.GetNoDataValue(), bb.GetNoDataValue()
    step = max(ba.GetBlockSize()[1], 256)
    n = one = 0; dmax = rmax = 0.0; dsum = 0.0; sa = sb = 0.0
    for y in range(0, a.RasterYSize, step):
        h = min(step, a.RasterYSize - y)
        m = ba.ReadAsArray(0, y, a.RasterXSize, h).astype(np.float64)
        r = bb.ReadAsArray(0, y, a.RasterXSize, h).astype(np.float64)
        vm = ~np.isnan(m) if nda is None else (~np.isnan(m) & (m != nda))
        vr = ~np.isnan(r) if ndb is None else (~np.isnan(r) & (r != ndb))
        one += int((vm != vr).sum())
        both = vm & vr
        if not both.any():
            continue
        mm, rr = m[both] * 60.0, r[both]
        d = np.abs(mm - rr)
        n += int(both.sum()); dsum += d.sum(); sa += rr.sum(); sb += mm.sum()
        dmax = max(dmax, float(d.max()))
        rmax = max(rmax, float((d / np.maximum(rr, 1.0)).max()))
    if n == 0:
        print(f"| ({size}) | 0 | {one} | | | | |")
        continue
    print(f"| {a.RasterXSize * a.RasterYSize:,} ({size}) | {n:,} | {one:,} | {dmax:.4f} | {dsum / n:.2e} | {rmax:.2e} | {sa / n:.1f} / {sb / n:.1f} |")
PY
fi
echo "raw GNU time lines: $RAW; tables: $RESULTS" >&2
