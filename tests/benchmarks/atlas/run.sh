#!/bin/sh
# Atlas benchmark: the demo's "Atlas distrital" (29 A4 pages, one per district of
# the province of Arequipa) to one PDF at 300 dpi, by territoria-cli and by QGIS
# 3.22 (python3-qgis, qgis_atlas.py: the same layers, styles and page items).
#
#   tests/benchmarks/atlas/run.sh [BUILD_DIR] [RUNS]
#
# Prints, per tool: median wall time of RUNS runs (hyperfine when installed, else
# /usr/bin/time), peak RSS (/usr/bin/time -v, largest of the runs), pages and
# file size of the PDF. Needs poppler-utils (pdfinfo) and GNU time.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../../.." && pwd)
BUILD=${1:-$SRC/build}
RUNS=${2:-3}
CLI=$BUILD/app/cli/territoria-cli
DEMO=$SRC/resources/demo
OUT=${TMPDIR:-/tmp}/territoria-atlas-bench
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen PROJ_NETWORK=OFF

[ -x "$CLI" ] || { echo "no $CLI: build territoria-cli first" >&2; exit 1; }

territoria_cmd="'$CLI' layout export '$DEMO/arequipa.territoria' --layout 'Atlas distrital' --atlas --dpi 300 --out '$OUT/territoria.pdf'"
qgis_cmd="/usr/bin/python3 '$HERE/qgis_atlas.py' '$DEMO' '$OUT/qgis.pdf'"

measure() { # name command pdf
    name=$1 cmd=$2 pdf=$3
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --runs "$RUNS" --warmup 0 --export-json "$OUT/$name.json" "$cmd" >/dev/null 2>&1
        median=$(python3 -c "import json,sys; print('%.2f' % json.load(open(sys.argv[1]))['results'][0]['median'])" "$OUT/$name.json")
    else
        median=n/a
    fi
    rss=0
    times=""
    i=0
    while [ $i -lt "$RUNS" ]; do
        /usr/bin/time -v -o "$OUT/$name.time" sh -c "$cmd" >/dev/null 2>&1
        kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$name.time")
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$OUT/$name.time")
        times="$times $wall"
        [ "$kb" -gt "$rss" ] && rss=$kb
        i=$((i + 1))
    done
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    size=$(stat -c %s "$pdf")
    printf '%-10s median %ss (time -v:%s)  peak RSS %s MB  pages %s  PDF %s MB\n' \
        "$name" "$median" "$times" "$((rss / 1024))" "$pages" "$(python3 -c "print('%.1f' % ($size / 1e6))")"
}

measure territoria "$territoria_cmd" "$OUT/territoria.pdf"
if /usr/bin/python3 -c 'import qgis.core' 2>/dev/null; then
    measure qgis "$qgis_cmd" "$OUT/qgis.pdf"
else
    echo "qgis: python3-qgis is not installed; skipped"
fi
echo "PDFs in $OUT"
