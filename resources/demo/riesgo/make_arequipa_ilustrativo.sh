#!/bin/sh
# ILUSTRATIVO: an illustrative volcanic exposure scenario for Arequipa (issue 8,
# item 7). There is no openly licensed GIS copy of INGEMMET's Misti hazard map at
# hand, so the "hazard zones" here are NOT a hazard map: four rings around El
# Misti's summit (16.2944 S, 71.4094 W) with stated radii, classified muy alto …
# bajo, only to show the method. Two scenarios (A: 8/12/16/20 km, B: 10/15/20/25 km)
# count OpenStreetMap's bus stops per district and ring level with risk:exposure
# (centroids), and are compared per district (IDDIST).
#
#   TERRITORIA_CLI=../../../build/app/cli/territoria-cli ./make_arequipa_ilustrativo.sh
#
# Writes (EPSG:32719): anillos_misti_a.gpkg, anillos_misti_b.gpkg,
# riesgo_arequipa_ilustrativo.territoria, riesgo_arequipa_ilustrativo.scenarios/,
# comparacion_arequipa/, exposicion_ilustrativa_misti.pdf
set -eu

cd "$(dirname "$0")"
CLI=${TERRITORIA_CLI:-territoria-cli}

# Circles as polygons of 256 vertices (64 per quadrant: chords at most 1.5 m inside a 20 km
# circle).
rings() { # OUT R1 R2 R3 R4 (km)
    rm -f "$1"
    ogr2ogr -f GPKG -a_srs EPSG:32719 -nln anillos -nlt MULTIPOLYGON "$1" ../distritos_arequipa.geojson \
        -dialect SQLite -sql \
        "WITH c AS (SELECT ST_Transform(MakePoint(-71.4094, -16.2944, 4326), 32719) AS p
                    FROM arequipa_provincia_distritos LIMIT 1)
         SELECT 4 AS nivel_codigo, 'muy alto' AS nivel, 0 AS desde_km, $2 AS hasta_km, 'ILUSTRATIVO' AS nota,
                ST_Buffer(p, $2 * 1000, 64) AS geometry FROM c
         UNION ALL SELECT 3, 'alto', $2, $3, 'ILUSTRATIVO', ST_Difference(ST_Buffer(p, $3 * 1000, 64), ST_Buffer(p, $2 * 1000, 64)) FROM c
         UNION ALL SELECT 2, 'medio', $3, $4, 'ILUSTRATIVO', ST_Difference(ST_Buffer(p, $4 * 1000, 64), ST_Buffer(p, $3 * 1000, 64)) FROM c
         UNION ALL SELECT 1, 'bajo', $4, $5, 'ILUSTRATIVO', ST_Difference(ST_Buffer(p, $5 * 1000, 64), ST_Buffer(p, $4 * 1000, 64)) FROM c"
}
rings anillos_misti_a.gpkg 8 12 16 20
rings anillos_misti_b.gpkg 10 15 20 25

python3 make_arequipa_ilustrativo.py
rm -rf riesgo_arequipa_ilustrativo.scenarios comparacion_arequipa
"$CLI" scenario run riesgo_arequipa_ilustrativo.territoria --all
"$CLI" scenario compare riesgo_arequipa_ilustrativo.territoria "Misti ilustrativo A" "Misti ilustrativo B" \
    --out comparacion_arequipa
"$CLI" layout export riesgo_arequipa_ilustrativo.territoria --layout "Exposición ilustrativa (Misti)" \
    --out exposicion_ilustrativa_misti.pdf
