#!/usr/bin/env bash
# Zonal statistics benchmark (not part of ctest): count/sum/mean of the 64 Mpx
# population raster over 2,000 districts, territoria-cli beside GRASS r.univar,
# GRASS v.rast.stats, QGIS native:zonalstatisticsfb and the GDAL+numpy reference,
# each timed end to end with hyperfine in the same run (see ../shared/bench).
#
#   tests/benchmarks/zonal/run.sh [BUILD_DIR]        (a Release build: -DCMAKE_BUILD_TYPE=Release)
#
# Env: BENCH_DATA (default /tmp/bench-data, made by ../shared/bench/gen-data.sh),
#      BENCH_DIR (default /work/shared/bench: ops.sh of the peers), RUNS (3), PEERS (1: time the peers too).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../../build-release}"
cli="$build/app/cli/territoria-cli"
data="${BENCH_DATA:-/tmp/bench-data}"
bench="${BENCH_DIR:-/work/shared/bench}"
runs="${RUNS:-3}"
out="$data/out"
mkdir -p "$out"

[[ -x "$cli" ]] || { echo "no territoria-cli in $build (build it in Release)" >&2; exit 1; }
[[ -f "$data/.complete" && -f "$data/pop.tif" && -f "$data/districts.gpkg" ]] \
    || { echo "benchmark data missing in $data: run $bench/gen-data.sh" >&2; exit 1; }

territoria="$cli run indicators:zonal_statistics --param input=$data/pop.tif --param zones=$data/districts.gpkg \
--param statistics=count,sum,mean --param prefix=pop_ --param output=$out/zonal_territoria.gpkg"

commands=(-n territoria "$territoria 2>/dev/null >/dev/null")
if [[ "${PEERS:-1}" == 1 ]]; then
    for op in zonal_grass_univar zonal_gdal_numpy zonal_qgis; do
        commands+=(-n "$op" "BENCH_DATA=$data bash $bench/ops.sh $op")
    done
fi
hyperfine --runs "$runs" --warmup 1 --style basic --export-markdown "$out/zonal_bench.md" "${commands[@]}"

# The results must agree with the GDAL+numpy reference (pixel-centre rule).
if [[ -f "$out/zonal_numpy.csv" ]]; then
    /usr/bin/python3 - "$out/zonal_territoria.gpkg" "$out/zonal_numpy.csv" <<'PY'
import csv, sys
from osgeo import ogr
ref = {int(r["id"]): r for r in csv.DictReader(open(sys.argv[2]))}
dataset = ogr.Open(sys.argv[1])
layer = dataset.GetLayer(0)
bad = 0
for f in layer:
    r = ref[f.GetField("id")]
    if int(r["count"]) != f.GetField("pop_count") or abs(float(r["sum"]) - f.GetField("pop_sum")) > 1e-6 * max(1.0, abs(float(r["sum"]))):
        bad += 1
print(f"territoria vs numpy reference: {layer.GetFeatureCount()} districts, {bad} differ")
sys.exit(1 if bad else 0)
PY
fi
cat "$out/zonal_bench.md"
