#!/bin/sh
# Regenerates the coverage layers of the Arequipa demo (see COBERTURA.md) with
# Territoria's own algorithms and the GDAL command-line tools (GDAL >= 3.6):
#
#   tiempo_hospitales.tif        minutes to the nearest hospital of the province
#   isocronas_hospitales.gpkg    15 / 30 / 60 min isochrones (cumulative)
#   cobertura_paraderos.gpkg     400 m around each of the 6,711 bus stops, dissolved
#
#   TERRITORIA_CLI=../../build/app/cli/territoria-cli ./make_cobertura.sh
#   TERRITORIA_CLI=... DEM=/path/to/arequipa_dem.tif ./make_cobertura.sh
#
# TERRITORIA_CLI: the territoria-cli executable (default: territoria-cli on PATH).
# DEM: optional elevation raster (metres, any CRS and resolution). When set, it is
#      warped onto the 100 m grid below and the off-road walk is corrected for
#      slope (Tobler's hiking function, mode=walk; the bus routes stay motorized,
#      road_mode=motorized). When unset, slope is ignored
#      (uniform 4.5 km/h) because no openly licensed DEM of Arequipa is at hand.
# WALK_KMH, BUS_KMH: the speeds (default 4.5 and 15 km/h; assumptions, see COBERTURA.md).
set -eu

cd "$(dirname "$0")"
CLI=${TERRITORIA_CLI:-territoria-cli}
DEM=${DEM:-}
WALK_KMH=${WALK_KMH:-4.5}
BUS_KMH=${BUS_KMH:-15}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# 1. Land-cover stand-in: the districts in WGS 84 / UTM 19S rasterized at 100 m
#    (class 1 "suelo" inside the province, 0 = no data outside: impassable).
#    -tap aligns the grid on multiples of 100 m over the districts' extent.
ogr2ogr -f GPKG -t_srs EPSG:32719 -nln distritos "$TMP/distritos.gpkg" distritos_arequipa.geojson
gdal_rasterize -q -burn 1 -a_nodata 0 -ot Byte -tr 100 100 -tap -l distritos \
    -co COMPRESS=DEFLATE "$TMP/distritos.gpkg" "$TMP/suelo.tif"

# 2. Hospitals: only those inside the province's districts (6 of 11). The other
#    five (Camaná, Mollendo, Majes, Aplao...) lie outside the land cover, where
#    nobody can walk in this model, and the algorithm refuses facilities outside
#    the raster; we clip them rather than widen the grid.
ogr2ogr -f GPKG -nln hospitales -clipsrc distritos_arequipa.geojson \
    -dialect sqlite -sql 'SELECT geom, CAST(fid AS INTEGER) + 0 AS hosp_id, "Nombre del establecimiento" AS nombre FROM hospitales' \
    "$TMP/hospitales.gpkg" hospitales_arequipa.gpkg

# 3. Bus routes with a speed field (temporary copy; the source stays untouched).
ogr2ogr -f GPKG -nln rutas -dialect sqlite \
    -sql "SELECT geom, ref, name, CAST($BUS_KMH AS REAL) AS kmh FROM rutas" \
    "$TMP/rutas.gpkg" rutas_arequipa.gpkg

# 4. Travel time (minutes) over the merged speed surface: walking off-road on
#    class 1, the three bus routes burned over it (all cells they touch).
set -- --param facilities="$TMP/hospitales.gpkg" --param facility_id_field=hosp_id \
    --param landcover="$TMP/suelo.tif" --param speed_table="1:$WALK_KMH" \
    --param roads="$TMP/rutas.gpkg" --param road_speed_field=kmh \
    --param stack_order=landcover,roads,barriers --param neighbours=16
if [ -n "$DEM" ]; then
    # The DEM on exactly the same grid (extent, 100 m, EPSG:32719).
    eval "$(gdalinfo -json "$TMP/suelo.tif" | python3 -c '
import json, sys
g = json.load(sys.stdin); c = g["cornerCoordinates"]
print("TE=\"%s %s %s %s\"" % (c["lowerLeft"][0], c["lowerLeft"][1], c["upperRight"][0], c["upperRight"][1]))')"
    # shellcheck disable=SC2086
    gdalwarp -q -t_srs EPSG:32719 -te $TE -tr 100 100 -r bilinear -ot Float32 \
        -co COMPRESS=DEFLATE -co PREDICTOR=3 "$DEM" "$TMP/dem.tif"
    # Walking cells follow Tobler; the bus cells are motorized (no slope).
    set -- "$@" --param dem="$TMP/dem.tif" --param mode=walk --param road_mode=motorized
else
    set -- "$@" --param mode=motorized   # no slope: a uniform speed per cell
fi
rm -f tiempo_hospitales.tif
"$CLI" run coverage:travel_time "$@" --param output="$TMP/tiempo.tif" \
    --param allocation="$TMP/asignacion.tif"
# Recompressed small (Float32, DEFLATE + floating-point predictor).
gdal_translate -q -co COMPRESS=DEFLATE -co PREDICTOR=3 "$TMP/tiempo.tif" tiempo_hospitales.tif

# 5. Isochrones 15 / 30 / 60 min (cumulative).
rm -f isocronas_hospitales.gpkg
"$CLI" run coverage:isochrones --param travel_time=tiempo_hospitales.tif \
    --param thresholds=15,30,60 --param cumulative=true \
    --param output=isocronas_hospitales.gpkg

# 6. Bus-stop coverage: 400 m around each stop, dissolved (straight-line
#    buffer as a proxy of a 400 m walk).
rm -f cobertura_paraderos.gpkg
"$CLI" run coverage:buffer --param facilities=paraderos_arequipa.gpkg \
    --param distance=400 --param output="$TMP/buffers.gpkg" \
    --param dissolved=cobertura_paraderos.gpkg
ls -l tiempo_hospitales.tif isocronas_hospitales.gpkg cobertura_paraderos.gpkg
