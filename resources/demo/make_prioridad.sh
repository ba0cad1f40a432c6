#!/bin/sh
# Regenerates prioridad_distritos.gpkg: the 29 districts of Arequipa province ranked
# for a new health post (issue 7) with Territoria's prioritization plugin, and the
# stability of that ranking. See prioridad_distritos.md.
#
#   TERRITORIA_CLI=../../build/app/cli/territoria-cli ./make_prioridad.sh
#
# Inputs: distritos_indicadores.gpkg (INDICADORES.md) and hospitales_arequipa.gpkg.
set -eu

cd "$(dirname "$0")"
CLI=${TERRITORIA_CLI:-territoria-cli}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# 1. Distance from each district to the nearest hospital, km: from a point inside
#    the district (ST_PointOnSurface) to the hospitals, in UTM 19S. A stand-in for
#    the travel time of the coverage plugin (straight line, not along roads).
ogr2ogr -f GPKG -t_srs EPSG:32719 -nln hospitales "$TMP/work.gpkg" hospitales_arequipa.gpkg
ogr2ogr -f GPKG -append -nln distritos "$TMP/work.gpkg" distritos_indicadores.gpkg
ogr2ogr -f GPKG -nln distritos_dist -dialect SQLite \
    -sql "SELECT d.*, (SELECT MIN(ST_Distance(ST_PointOnSurface(d.geom), h.geom)) / 1000.0
                       FROM hospitales h) AS dist_hospital_km
          FROM distritos d ORDER BY d.ubigeo" \
    "$TMP/dist.gpkg" "$TMP/work.gpkg"

# 2. Weights by AHP. Order: poverty, density, HDI, distance to a hospital.
#    Poverty and distance weigh the same, each moderately more than HDI (2) and more
#    than density (3); HDI a little more than density (2).
MATRIX="1,3,2,1; 1/3,1,1/2,1/3; 1/2,2,1,1/2; 1,3,2,1"
"$CLI" run prioritization:ahp --param "matrix=$MATRIX" \
    --param names=pobreza,densidad,idh,distancia_hospital --json > "$TMP/ahp.json"

# 3. TOPSIS: poverty, density and distance are benefits (more need, more people
#    served, farther from care), HDI a cost (a high HDI lowers the priority).
CRITERIA=pct_pobreza_total:benefit,pob_densidad_2020:benefit,idh_2019:cost,dist_hospital_km:benefit
"$CLI" run prioritization:mcda --param input="$TMP/dist.gpkg" --param criteria=$CRITERIA \
    --param "ahp_matrix=$MATRIX" --param method=topsis --param output="$TMP/mcda.gpkg" --json > "$TMP/mcda.json"

# 4. Rank stability: every weight ±20 % one at a time, and 2,000 Monte Carlo weight
#    vectors (each weight times a uniform factor in 0.8..1.2, seed 2026): mean rank,
#    range and the probability of being among the 5 first.
"$CLI" run prioritization:sensitivity --param input="$TMP/mcda.gpkg" --param criteria=$CRITERIA \
    --param "ahp_matrix=$MATRIX" --param method=topsis --param change_percent=20 \
    --param samples=2000 --param seed=2026 --param top_k=5 --param output="$TMP/sens.gpkg" --json > "$TMP/sens.json"

# 5. The layer of the demo, with the class in Spanish (prioridad).
rm -f prioridad_distritos.gpkg
ogr2ogr -f GPKG -nln prioridad_distritos -nlt MULTIPOLYGON -dialect SQLite \
    -sql "SELECT geom, ubigeo, distrito, pct_pobreza_total, pob_densidad_2020, idh_2019,
                 ROUND(dist_hospital_km, 2) AS dist_hospital_km, score, rank, priority,
                 CASE priority WHEN 1 THEN 'muy alta' WHEN 2 THEN 'alta' WHEN 3 THEN 'media'
                               WHEN 4 THEN 'baja' ELSE 'muy baja' END AS prioridad,
                 d_ideal, d_anti_ideal, oat_max_shift, mc_mean_rank, mc_min_rank, mc_max_rank,
                 mc_p_top_k AS prob_top5
          FROM sens ORDER BY rank" \
    prioridad_distritos.gpkg "$TMP/sens.gpkg"

cat "$TMP/ahp.json"
ogrinfo -q -sql "SELECT rank, distrito, ROUND(score, 3) AS score, prioridad, mc_min_rank, mc_max_rank,
                        ROUND(prob_top5, 3) AS prob_top5 FROM prioridad_distritos ORDER BY rank LIMIT 10" \
    prioridad_distritos.gpkg | grep -E "=" | paste - - - - - - - | sed 's/  */ /g'
