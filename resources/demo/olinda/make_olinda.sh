#!/bin/sh
# Regenerates the slope-aware walking example of Olinda (Pernambuco, Brazil; issue 6,
# item 8) with Territoria's coverage plugin over the real ~90 m DEM and the census
# tracts of the city. See OLINDA.md for the method and the numbers, SOURCES.md for
# the data.
#
#   TERRITORIA_CLI=../../../build/app/cli/territoria-cli ./make_olinda.sh
#
# Needs the GDAL command-line tools (>= 3.6) and python3 (only to read the DEM's
# corners from gdalinfo -json).
#
# Writes (all EPSG:31985, SIRGAS 2000 / UTM 25S):
#   dem_olinda.tif               the DEM with its CRS named (values untouched)
#   setores_olinda.gpkg          the 470 census tracts, reprojected
#   pontos_ilustrativos.gpkg     two ILLUSTRATIVE points (not real facilities)
#   tempo_ate_ponto.tif          minutes walking TO the nearest point
#   tempo_desde_ponto.tif        minutes walking FROM the nearest point
#   isocronas_olinda.gpkg        10 / 20 / 30 min isochrones (cumulative) of tempo_ate_ponto.tif
#   populacao_por_ponto.csv      people within 10 / 20 / 30 min, per point
#   populacao_por_setor.csv      the same per census tract
#   populacao_desde_ponto.csv    people within 10 / 20 / 30 min of tempo_desde_ponto.tif
set -eu

cd "$(dirname "$0")"
CLI=${TERRITORIA_CLI:-territoria-cli}
WALK_KMH=${WALK_KMH:-5.0}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# 1. CRS. The DEM says "UTM zone 25S on GRS80, unnamed datum, +towgs84=0": the
#    parameters of SIRGAS 2000 / UTM 25S (EPSG:31985), which is named here without
#    touching a value. The tracts are geographic on GRS80 with an unnamed datum:
#    SIRGAS 2000 (EPSG:4674) is assigned, then they are projected to EPSG:31985.
rm -f dem_olinda.tif setores_olinda.gpkg
gdal_translate -q -a_srs EPSG:31985 -co COMPRESS=DEFLATE -co PREDICTOR=3 olinda_dem_utm25s.tif dem_olinda.tif
ogr2ogr -f GPKG -s_srs EPSG:4674 -t_srs EPSG:31985 -nln setores -nlt MULTIPOLYGON \
    setores_olinda.gpkg olinda1.shp

# 2. Walkable land: the census tracts rasterized on the DEM's own grid (111 x 111
#    cells of 89.994 m; a cell is walkable when its centre lies in a tract). The
#    sea, the river mouths and the neighbouring cities (Recife, Paulista) are no
#    data, i.e. impassable: the walk stays inside Olinda.
eval "$(gdalinfo -json dem_olinda.tif | python3 -c '
import json, sys
g = json.load(sys.stdin); c = g["cornerCoordinates"]; s = g["size"]
print("TE=\"%r %r %r %r\"; TS=\"%d %d\"" % (c["lowerLeft"][0], c["lowerLeft"][1], c["upperRight"][0],
                                        c["upperRight"][1], s[0], s[1]))')"
# shellcheck disable=SC2086
gdal_rasterize -q -burn 1 -a_nodata 0 -ot Byte -te $TE -ts $TS -l setores \
    setores_olinda.gpkg "$TMP/terreno.tif"

# 3. Two ILLUSTRATIVE points. There is no open list of Olinda's health posts at
#    hand, so no real facility is shown and none is invented: by a stated rule,
#    point 1 is a point inside (ST_PointOnSurface) the most populous tract (V014),
#    point 2 the same for the most populous tract whose inner point lies at least
#    3 km from point 1.
rm -f pontos_ilustrativos.gpkg
ogr2ogr -f GPKG -nln pontos -dialect SQLite -sql \
    "SELECT 1 AS id, 'Ponto ilustrativo 1' AS nome, CD_GEOCODI AS setor, NM_BAIR AS bairro, V014 AS pessoas_setor,
            ST_PointOnSurface(geom) AS geom
     FROM setores ORDER BY V014 DESC LIMIT 1" \
    pontos_ilustrativos.gpkg setores_olinda.gpkg
ogr2ogr -f GPKG -append -nln pontos -dialect SQLite -sql \
    "SELECT 2 AS id, 'Ponto ilustrativo 2' AS nome, CD_GEOCODI AS setor, NM_BAIR AS bairro, V014 AS pessoas_setor,
            ST_PointOnSurface(geom) AS geom
     FROM setores
     WHERE ST_Distance(ST_PointOnSurface(geom),
                       (SELECT ST_PointOnSurface(geom) FROM setores ORDER BY V014 DESC LIMIT 1)) >= 3000
     ORDER BY V014 DESC LIMIT 1" \
    pontos_ilustrativos.gpkg setores_olinda.gpkg

# 4. Walking time over the DEM: Tobler's hiking function (mode=walk; the speed on
#    flat ground, WALK_KMH = 5.0 km/h, times exp(-3.5 |s + 0.05| + 0.175) for the
#    slope s of each move, so uphill and downhill differ), 16 neighbours (knight's
#    moves). Twice: walking TO the nearest point (a person going to the post) and
#    FROM it (the way back, or an outreach team); the difference is the slope.
for DIR in to from; do
    case $DIR in to) OUT=tempo_ate_ponto.tif ;; from) OUT=tempo_desde_ponto.tif ;; esac
    rm -f "$OUT"
    "$CLI" run coverage:travel_time --param facilities=pontos_ilustrativos.gpkg --param facility_id_field=id \
        --param landcover="$TMP/terreno.tif" --param speed_table="1:$WALK_KMH:walk" --param mode=walk \
        --param dem=dem_olinda.tif --param neighbours=16 --param direction=$DIR \
        --param output="$TMP/tempo_$DIR.tif" --param allocation="$TMP/alocacao_$DIR.tif" --json > "$TMP/tempo_$DIR.json"
    gdal_translate -q -co COMPRESS=DEFLATE -co PREDICTOR=3 "$TMP/tempo_$DIR.tif" "$OUT"
done

# 5. Isochrones 10 / 20 / 30 min (cumulative: the 30 min polygon holds the 20 and
#    10 min ones) of the walk to the points.
rm -f isocronas_olinda.gpkg
"$CLI" run coverage:isochrones --param travel_time=tempo_ate_ponto.tif \
    --param thresholds=10,20,30 --param cumulative=true --param output=isocronas_olinda.gpkg --json > "$TMP/iso.json"

# 6. People within 10 / 20 / 30 min: each tract's V014 (residents, census 2010)
#    spread evenly over the walkable cells whose centre lies in it; per point (by
#    the nearest-point allocation) and per tract. Then the same for the walk back.
rm -f populacao_por_ponto.csv populacao_por_setor.csv populacao_desde_ponto.csv
"$CLI" run coverage:population --param travel_time=tempo_ate_ponto.tif \
    --param districts=setores_olinda.gpkg --param population_field=V014 --param thresholds=10,20,30 \
    --param allocation="$TMP/alocacao_to.tif" --param output=populacao_por_ponto.csv \
    --param districts_output=populacao_por_setor.csv --json > "$TMP/pop_to.json"
"$CLI" run coverage:population --param travel_time=tempo_desde_ponto.tif \
    --param districts=setores_olinda.gpkg --param population_field=V014 --param thresholds=10,20,30 \
    --param allocation="$TMP/alocacao_from.tif" --param output=populacao_desde_ponto.csv --json > "$TMP/pop_from.json"

# 6b. For comparison only (not kept): the same walk TO the points on flat ground
#     (ignore_slope=true, 5.0 km/h everywhere), to see what the slope changes.
"$CLI" run coverage:travel_time --param facilities=pontos_ilustrativos.gpkg --param facility_id_field=id \
    --param landcover="$TMP/terreno.tif" --param speed_table="1:$WALK_KMH:walk" --param mode=walk \
    --param ignore_slope=true --param neighbours=16 --param direction=to \
    --param output="$TMP/tempo_plano.tif" --json > "$TMP/tempo_plano.json"
"$CLI" run coverage:population --param travel_time="$TMP/tempo_plano.tif" \
    --param districts=setores_olinda.gpkg --param population_field=V014 --param thresholds=10,20,30 \
    --param output="$TMP/pop_plano.csv" --json > "$TMP/pop_plano.json"

echo "== walking TO the points"; cat "$TMP/tempo_to.json"; cat "$TMP/pop_to.json"
echo "== flat ground, no slope (comparison)"; cat "$TMP/tempo_plano.json"; cat "$TMP/pop_plano.json"
echo "== walking FROM the points"; cat "$TMP/tempo_from.json"; cat "$TMP/pop_from.json"

# 7. Uphill/downhill asymmetry, cell by cell: minutes TO minus minutes FROM.
gdal_translate -q -of XYZ tempo_ate_ponto.tif "$TMP/to.xyz"
gdal_translate -q -of XYZ tempo_desde_ponto.tif "$TMP/from.xyz"
paste -d' ' "$TMP/to.xyz" "$TMP/from.xyz" | awk '
    $3 != -9999 && $6 != -9999 {
        n++; d = $3 - $6; s += d; a = d < 0 ? -d : d; sa += a
        if (a > m) { m = a; mt = $3; mf = $6 }
        if (d > 0.05) up++; else if (d < -0.05) down++
    }
    END {
        printf "cells %d; mean(to - from) %.2f min; mean |to - from| %.2f min; largest |to - from| %.2f min (to %.1f, from %.1f)\n",
               n, s / n, sa / n, m, mt, mf
        printf "cells where going to the point takes longer: %d; shorter: %d\n", up, down
    }'
ls -l dem_olinda.tif setores_olinda.gpkg pontos_ilustrativos.gpkg tempo_ate_ponto.tif tempo_desde_ponto.tif \
    isocronas_olinda.gpkg populacao_por_ponto.csv populacao_por_setor.csv populacao_desde_ponto.csv
