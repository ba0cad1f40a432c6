#!/usr/bin/env bash
# Size series for the coverage:travel_time scale benchmark (issue 6 item 7), made
# with GDAL tools only from the shared Tobler friction (seconds per 30 m cell,
# 8000 x 8000, /work/shared/bench/gen-data.sh):
#
#   size  cells (rows x cols)   cell size        friction factor
#   16M    4000 x  4000 =  16 M 60 m             x 2
#   64M    8000 x  8000 =  64 M 30 m (original)  x 1
#   100M  10000 x 10000 = 100 M 24 m             x 0.8
#   150M  12248 x 12248 = 150 M 19.595 m         x 0.653167
#
# The 240 km x 240 km extent stays; only the cell size changes (bilinear
# resampling, gdal_translate -outsize). The friction is a cost per CELL (seconds
# to cross one cell), so a smaller cell must cost proportionally less: values are
# multiplied by new_cell / old_cell, which keeps travel times comparable across
# sizes (about the same mean travel time in seconds).
#
# Output: $BENCH_DATA/scale/friction_<size>.tif (tiled 256 x 256 Float32 GeoTIFF,
# uncompressed, nodata -9999) and facilities.gpkg (the same 300 facilities),
# plus MANIFEST.txt with md5 sums (the series is deterministic).
#
#   tests/benchmarks/coverage/make-scale-data.sh [SIZE ...]   (default: all four)
#   BENCH_DATA=/tmp/bench-data FORCE=1 ...                    (environment knobs)
set -euo pipefail
DATA="${BENCH_DATA:-/tmp/bench-data}"
OUT="$DATA/scale"
SRC="$DATA/friction.tif"
[[ -f "$SRC" ]] || { echo "no $SRC: run /work/shared/bench/gen-data.sh first" >&2; exit 2; }
[[ -f "$DATA/facilities.gpkg" ]] || { echo "no $DATA/facilities.gpkg: run /work/shared/bench/gen-data.sh first" >&2; exit 2; }
mkdir -p "$OUT"

# Uncompressed: the benchmark measures the engines (read, compute, write), not a
# codec; LZW gains little on noisy Float32 values while costing CPU on every
# read of both tools, and uncompressed tiles make the file size (4 bytes a cell)
# and the I/O predictable. 600 MB for 150 M cells fits classic TIFF.
CO=(-co TILED=YES -co BLOCKXSIZE=256 -co BLOCKYSIZE=256 -co COMPRESS=NONE -co BIGTIFF=IF_SAFER)

# Source geometry, read from the file rather than assumed.
read -r SRC_N SRC_CELL < <(/usr/bin/python3 - "$SRC" <<'PY'
import sys
from osgeo import gdal
ds = gdal.Open(sys.argv[1])
gt = ds.GetGeoTransform()
if ds.RasterXSize != ds.RasterYSize or abs(gt[1]) != abs(gt[5]):
    sys.exit(f"{sys.argv[1]}: expected a square raster of square cells")
print(ds.RasterXSize, repr(abs(gt[1])))
PY
)

size_n() {
    case "$1" in
        16M) echo 4000 ;; 64M) echo 8000 ;; 100M) echo 10000 ;; 150M) echo 12248 ;;
        *) echo "unknown size '$1' (16M, 64M, 100M or 150M)" >&2; return 1 ;;
    esac
}

SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(16M 64M 100M 150M)
for size in "${SIZES[@]}"; do
    n=$(size_n "$size")
    dst="$OUT/friction_$size.tif"
    if [[ -f "$dst" && -z "${FORCE:-}" ]]; then echo "$dst exists (FORCE=1 to remake)"; continue; fi
    # new cell / old cell = (extent / n) / (extent / SRC_N) = SRC_N / n
    factor=$(/usr/bin/python3 -c "print(repr($SRC_N / $n))")
    rm -f "$dst" "$dst.tmp.tif" "$OUT/resampled_$size.vrt"
    if [[ "$n" == "$SRC_N" ]]; then
        gdal_translate -q "${CO[@]}" "$SRC" "$dst.tmp.tif"
    else
        # Resample in a VRT (no copy), then scale the values block by block.
        gdal_translate -q -of VRT -outsize "$n" "$n" -r bilinear "$SRC" "$OUT/resampled_$size.vrt"
        gdal_calc.py --quiet -A "$OUT/resampled_$size.vrt" --outfile="$dst.tmp.tif" --type=Float32 \
            --NoDataValue=-9999 --format=GTiff "${CO[@]/-co/--co}" --calc="A * $factor" > /dev/null
        rm -f "$OUT/resampled_$size.vrt"
    fi
    mv "$dst.tmp.tif" "$dst"
    echo "$dst: ${n} x ${n}, cell $(/usr/bin/python3 -c "print(f'{$SRC_CELL * $SRC_N / $n:.4f}')") m, friction x $factor"
done

cp -f "$DATA/facilities.gpkg" "$OUT/facilities.gpkg"
(cd "$OUT" && md5sum friction_*.tif facilities.gpkg > MANIFEST.txt)
cat "$OUT/MANIFEST.txt"
