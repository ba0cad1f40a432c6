#!/bin/bash
# Times Territoria against QGIS 3.22 rendering the 1,000,000 building polygons of the
# shared benchmark dataset to a 4000x3000 PNG, in the same run (hyperfine for time,
# GNU time for peak RSS), and prints the ratio.
#
#   tests/benchmarks/run-render-bench.sh [BUILD_DIR]
# Env: BENCH_DATA (default /tmp/bench-data, made by /work/shared/bench/gen-data.sh),
#      BENCH_RESULTS (default /tmp/territoria-render-bench), RUNS (default 5),
#      TERRITORIA_CMD (default: territoria-cli render if built, else render_bench).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
data="${BENCH_DATA:-/tmp/bench-data}"
out="${BENCH_RESULTS:-/tmp/territoria-render-bench}"
runs="${RUNS:-5}"
py=/usr/bin/python3   # Debian python with the qgis module
qgis_script=/work/shared/bench/render_qgis.py
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

layer="$data/buildings.gpkg"
[ -f "$layer" ] || { echo "no $layer: run /work/shared/bench/gen-data.sh first" >&2; exit 1; }

if [ -z "${TERRITORIA_CMD:-}" ]; then
    cli="$(find "$build" -name territoria-cli -type f -perm -u+x 2>/dev/null | head -1)"
    bench="$(find "$build" -name render_bench -type f -perm -u+x 2>/dev/null | head -1)"
    if [ -n "$cli" ]; then
        TERRITORIA_CMD="$cli render $layer --out $out/territoria.png --size 4000x3000"
    elif [ -n "$bench" ]; then
        TERRITORIA_CMD="$bench $layer --out $out/territoria.png --size 4000x3000"
    else
        echo "build render_bench (-DTERRITORIA_BUILD_BENCHMARKS=ON) or territoria-cli in $build" >&2
        exit 1
    fi
fi
QGIS_CMD="$py $qgis_script sequential $layer $out/qgis.png"
QGIS_PAR_CMD="$py $qgis_script parallel $layer $out/qgis_parallel.png"

echo "== time (hyperfine, $runs runs)"
hyperfine --warmup 1 --runs "$runs" --export-json "$out/hyperfine.json" \
    -n territoria "$TERRITORIA_CMD" -n qgis_sequential "$QGIS_CMD" -n qgis_parallel "$QGIS_PAR_CMD"

echo "== peak memory (GNU time, one run each)"
for name in territoria qgis_sequential; do
    cmd="$TERRITORIA_CMD"; [ "$name" = territoria ] || cmd="$QGIS_CMD"
    /usr/bin/time -f "%M" -o "$out/$name.rss" $cmd 2> "$out/$name.stderr" >/dev/null || true
    echo "$name: $(tail -1 "$out/$name.rss") KB peak RSS; $(grep -E 'render|open|init' "$out/$name.stderr" | tail -1)"
done

"$py" - "$out/hyperfine.json" <<'PYEOF'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
t = r["territoria"]["mean"]
for peer in ("qgis_sequential", "qgis_parallel"):
    q = r[peer]["mean"]
    print(f"{peer}: {q:.3f} s  territoria: {t:.3f} s  ratio {q / t:.2f}x faster")
PYEOF
