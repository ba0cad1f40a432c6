#!/bin/sh
# Regenerates prioridad_distritos.gpkg: the 29 districts of Arequipa province ranked
# for a new health post (issue 7) with Territoria's prioritization plugin, and the
# stability of that ranking. See prioridad_distritos.md.
#
#   TERRITORIA_CLI=../../build/app/cli/territoria-cli ./make_prioridad.sh
#
# Inputs: distritos_indicadores.gpkg (INDICADORES.md) and tiempo_hospitales.tif
# (minutes to the nearest hospital, made by make_cobertura.sh with the coverage
# plugin; COBERTURA.md).
set -eu

cd "$(dirname "$0")"
CLI=${TERRITORIA_CLI:-territoria-cli}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# 1. Travel time to the nearest hospital per district, minutes: Territoria's zonal
#    statistics of tiempo_hospitales.tif (100 m cells whose centre lies in the
#    district; both in EPSG:32719). The criterion is the MEDIAN: half of the
#    district's land is farther than it from a hospital. With no population grid
#    neither the mean nor the median is weighted by people; the median is not
#    dragged by the few remote, empty cells of the large rural districts (volcano
#    slopes, puna) the way the mean is. The mean, min and max are kept for reference.
"$CLI" run indicators:zonal_statistics --param input=tiempo_hospitales.tif \
    --param zones=distritos_indicadores.gpkg --param statistics=count,median,mean,min,max \
    --param prefix=tiempo_ --param output="$TMP/tiempo.gpkg" --json > "$TMP/zonal.json"
ogr2ogr -f GPKG -nln distritos_tiempo -dialect SQLite \
    -sql "SELECT *, tiempo_median AS tiempo_hospital_min FROM tiempo ORDER BY ubigeo" \
    "$TMP/dist.gpkg" "$TMP/tiempo.gpkg"

# 2. Weights by AHP. Order: poverty, density, HDI, travel time to a hospital.
#    Poverty and travel time weigh the same, each moderately more than HDI (2) and more
#    than density (3); HDI a little more than density (2).
MATRIX="1,3,2,1; 1/3,1,1/2,1/3; 1/2,2,1,1/2; 1,3,2,1"
"$CLI" run prioritization:ahp --param "matrix=$MATRIX" \
    --param names=pobreza,densidad,idh,tiempo_hospital --json > "$TMP/ahp.json"

# 3. TOPSIS: poverty, density and travel time are benefits (more need, more
#    people served, farther from care), HDI a cost (a high HDI lowers the priority).
CRITERIA=pct_pobreza_total:benefit,pob_densidad_2020:benefit,idh_2019:cost,tiempo_hospital_min:benefit
"$CLI" run prioritization:mcda --param input="$TMP/dist.gpkg" --param criteria=$CRITERIA \
    --param "ahp_matrix=$MATRIX" --param method=topsis --param output="$TMP/mcda.gpkg" --json > "$TMP/mcda.json"

# 4. Rank stability: every weight ±20 % one at a time, and 2,000 Monte Carlo weight
#    vectors (each weight times a uniform factor in 0.8..1.2, seed 2026): mean rank,
#    range and the probability of being among the 5 first.
"$CLI" run prioritization:sensitivity --param input="$TMP/mcda.gpkg" --param criteria=$CRITERIA \
    --param "ahp_matrix=$MATRIX" --param method=topsis --param change_percent=20 \
    --param samples=2000 --param seed=2026 --param top_k=5 --param output="$TMP/sens.gpkg" --json > "$TMP/sens.json"

# 5. The layer of the demo, with the class in Spanish (prioridad); numbers rounded
#    for the layout's table (score to 4 decimals, the mean rank to 2).
rm -f prioridad_distritos.gpkg
ogr2ogr -f GPKG -nln prioridad_distritos -nlt MULTIPOLYGON -dialect SQLite \
    -sql "SELECT geom, ubigeo, distrito, pct_pobreza_total, pob_densidad_2020, idh_2019,
                 ROUND(tiempo_hospital_min, 1) AS tiempo_hospital_min,
                 ROUND(tiempo_mean, 1) AS tiempo_medio_min, ROUND(score, 4) AS score, rank, priority,
                 CASE priority WHEN 1 THEN 'muy alta' WHEN 2 THEN 'alta' WHEN 3 THEN 'media'
                               WHEN 4 THEN 'baja' ELSE 'muy baja' END AS prioridad,
                 ROUND(d_ideal, 4) AS d_ideal, ROUND(d_anti_ideal, 4) AS d_anti_ideal, oat_max_shift,
                 ROUND(mc_mean_rank, 2) AS mc_mean_rank, mc_min_rank, mc_max_rank, mc_p_top_k AS prob_top5
          FROM sens ORDER BY rank" \
    prioridad_distritos.gpkg "$TMP/sens.gpkg"

cat "$TMP/ahp.json"
ogrinfo -q -sql "SELECT rank, distrito, ROUND(score, 3) AS score, prioridad, tiempo_hospital_min, mc_min_rank,
                        mc_max_rank, ROUND(mc_mean_rank, 2) AS mc_mean_rank, ROUND(prob_top5, 3) AS prob_top5,
                        oat_max_shift FROM prioridad_distritos ORDER BY rank LIMIT 10" \
    prioridad_distritos.gpkg | grep -E "=" | paste - - - - - - - - - - | sed 's/  */ /g'
