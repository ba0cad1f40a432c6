#!/bin/sh
# Regenerates distritos_indicadores.gpkg (see INDICADORES.md) with Territoria's
# own algorithms and GDAL's ogr2ogr (GDAL >= 3.6).
#
#   TERRITORIA_CLI=../../build/app/cli/territoria-cli D=/work/shared/data ./make_indicadores.sh
#
# TERRITORIA_CLI: the territoria-cli executable (default: territoria-cli on PATH).
# D: the folder that holds peru/ubigeo_distrito.csv (ubigeo-peru-aumentado @ a783fa66).
set -eu

cd "$(dirname "$0")"
CLI=${TERRITORIA_CLI:-territoria-cli}
D=${D:-/work/shared/data}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# 1. The INEI indicators of each district, joined by ubigeo (text, leading zero
#    kept: "040101"). All 29 districts match.
"$CLI" run indicators:join_table \
    --param input=distritos_arequipa.geojson --param input_field=IDDIST \
    --param table="$D/peru/ubigeo_distrito.csv" --param table_field=inei \
    --param output="$TMP/joined.gpkg"

# 2. Bus stops per district and per km² (geodesic area of the polygon).
"$CLI" run indicators:point_counts \
    --param points=paraderos_arequipa.gpkg --param zones="$TMP/joined.gpkg" \
    --param prefix=paraderos_ --param output="$TMP/counts.gpkg"

# 3. The fields the demo needs, in the project's CRS (WGS 84 / UTM 19S).
rm -f distritos_indicadores.gpkg
ogr2ogr -f GPKG -t_srs EPSG:32719 -nln distritos_indicadores -nlt MULTIPOLYGON \
    -sql "SELECT geom, IDDIST AS ubigeo, NOMBDIST AS distrito, idh_2019, pct_pobreza_total,
                 pct_pobreza_extrema, pob_densidad_2020, superficie,
                 paraderos_count AS paraderos, paraderos_per_km2 AS paraderos_km2,
                 paraderos_area_km2 AS area_km2
          FROM counts ORDER BY IDDIST" \
    distritos_indicadores.gpkg "$TMP/counts.gpkg"
echo "distritos_indicadores.gpkg: $(ogrinfo -q -sql 'SELECT COUNT(*) AS n FROM distritos_indicadores' \
    distritos_indicadores.gpkg | sed -n 's/.*n (Integer) = //p') districts"
