#!/usr/bin/env bash
# Hazard exposure benchmark (not part of ctest): the shared dataset's 1,000,000
# building footprints against its 191 hazard zones, per district (2,000) and
# level, by territoria-cli risk:exposure beside the fastest peer of
# ../shared/bench/baseline.md (QGIS native:centroids + native:countpointsinpolygon,
# ops.sh `expo_qgis_countpoints`), timed end to end in the same run.
#
#   tests/benchmarks/exposure/run.sh [BUILD_DIR]     (a Release build)
#
# Env: BENCH_DATA (/tmp/bench-data, made by ../shared/bench/gen-data.sh),
#      BENCH_DIR (/work/shared/bench: ops.sh of the peers), RUNS (3), WARMUP (1), PEERS (1).
# Prints hyperfine's table, the peak RSS of each tool (GNU time, one run) and
# checks that the per-level counts agree with QGIS's where the definitions match:
# QGIS counts a centroid in every zone holding it (overlapping zones count it
# twice), which is risk:exposure's overlaps=each_zone; the default (highest level
# holds, each building once) is timed too.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../../build-release}"
cli="$build/app/cli/territoria-cli"
data="${BENCH_DATA:-/tmp/bench-data}"
bench="${BENCH_DIR:-/work/shared/bench}"
runs="${RUNS:-3}"
warmup="${WARMUP:-1}"
out="$data/out"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen PROJ_NETWORK=OFF

[[ -x "$cli" ]] || { echo "no territoria-cli in $build (build it in Release)" >&2; exit 1; }
[[ -f "$data/.complete" && -f "$data/buildings.gpkg" && -f "$data/hazard.gpkg" && -f "$data/districts.gpkg" ]] \
    || { echo "benchmark data missing in $data: run $bench/gen-data.sh" >&2; exit 1; }

common="--param hazard=$data/hazard.gpkg --param hazard_field=level --param exposure=$data/buildings.gpkg \
--param zones=$data/districts.gpkg --param zone_field=ubigeo"
highest="$cli run risk:exposure $common --param output=$out/expo_territoria.gpkg"
each="$cli run risk:exposure $common --param overlaps=each_zone --param output=$out/expo_territoria_each.gpkg --json"

commands=(-n territoria_highest "$highest >/dev/null 2>&1" -n territoria_each_zone "$each >/dev/null 2>&1")
if [[ "${PEERS:-1}" == 1 ]]; then
    commands+=(-n expo_qgis_countpoints "BENCH_DATA=$data bash $bench/ops.sh expo_qgis_countpoints")
fi
hyperfine --runs "$runs" --warmup "$warmup" --style basic --export-markdown "$out/expo_bench.md" \
    --export-json "$out/expo_bench.json" "${commands[@]}"

echo "peak RSS (GNU time, one run):"
for name in highest each; do
    cmd=${!name}
    /usr/bin/time -f "  territoria_$name: %e s, %M KB" bash -c "$cmd >/dev/null 2>&1" 2>&1 | tail -1
done
if [[ "${PEERS:-1}" == 1 ]]; then
    /usr/bin/time -f "  expo_qgis_countpoints: %e s, %M KB (largest process)" \
        bash -c "BENCH_DATA=$data bash $bench/ops.sh expo_qgis_countpoints" 2>&1 | tail -1
fi

# Per-level totals: territoria (each_zone, summed over the districts, plus what
# falls outside every district) against QGIS's SUM(n) GROUP BY level.
$each > "$out/expo_territoria_each.json" 2>/dev/null
/usr/bin/python3 - "$out/expo_territoria_each.gpkg" "$out/expo_territoria_each.json" "$out/expo_qgis_cp.txt" <<'PY'
import json, re, sys
from osgeo import ogr
ds = ogr.Open(sys.argv[1])
lyr = ds.GetLayer(0)
ours = {}
for f in lyr:
    ours[f.GetField("level")] = ours.get(f.GetField("level"), 0) + f.GetField("count")
outputs = json.load(open(sys.argv[2]))
outputs = outputs.get("outputs", outputs)
print("territoria each_zone, in districts:", dict(sorted(ours.items())),
      "| outside every district:", outputs.get("outside_zones"))
per_level = outputs.get("per_level")  # low .. very high, districts + outside
names = ["bajo", "medio", "alto", "muy alto"]
total = dict(zip(names, per_level)) if per_level else ours
try:
    text = open(sys.argv[3]).read()
except OSError:
    print("no QGIS result to compare"); sys.exit(0)
qgis = {}
for level, n in re.findall(r"level \(String\) = ([^\n]+)\n\s+n \(\w+\) = (\d+)", text):
    qgis[level.strip()] = int(n)
print("qgis countpointsinpolygon:", dict(sorted(qgis.items())))
bad = [k for k in qgis if qgis[k] != total.get(k)]
print("per-level counts agree" if not bad else f"differ at {bad}: territoria {total}")
sys.exit(1 if bad else 0)
PY
cat "$out/expo_bench.md"
