#!/bin/sh
# Regenerates the volcanic risk worked example of Quito (issue 8, items 6 and 7)
# from GEM's real OpenQuake results (TREQ project, CC BY-SA 4.0; see SOURCES.md)
# with Territoria's command-line tool. RIESGO.md has the method and the numbers.
#
#   TERRITORIA_CLI=../../../build/app/cli/territoria-cli ./make_riesgo.sh
#
# Needs the GDAL command-line tools (>= 3.6, with the SQLite/Spatialite dialect)
# and python3 (only to write the project file, which is JSON).
#
# The risk level of a zone is computed by Territoria (indicators:field_calculator,
# run as the two scenarios saved in the project) from one stated indicator, the
# expected loss ratio of the buildings
#     perdida_pct = 100 × perdidas_usd / costo_usd     (% of the replacement cost, 4 decimals)
# with these editable thresholds (also editable in the project's Scenarios panel):
#     muy alto  perdida_pct >= UMBRAL_MUY_ALTO   (1 %)
#     alto      perdida_pct >= UMBRAL_ALTO       (0.1 %)
#     medio     perdida_pct >  UMBRAL_MEDIO      (0 %: any expected loss)
#     bajo      otherwise (no expected loss)
#
# Writes (all EPSG:32717, WGS 84 / UTM 17S):
#   zonas_atacazo.gpkg, zonas_cotopaxi.gpkg   the 11 zones with GEM's results per scenario
#   riesgo_quito.territoria                   the project: layers, 2 scenarios, 3 layouts
#   riesgo_quito.scenarios/<scenario>/        the scenario outputs (riesgo_*.gpkg)
#   comparacion/Atacazo_vs_Cotopaxi.{csv,gpkg} the comparison zone by zone
#   reporte_riesgo_atacazo.pdf, reporte_riesgo_cotopaxi.pdf, reporte_riesgo_por_zona.pdf,
#   comparacion_atacazo_cotopaxi.pdf          the print layouts exported
#   resumen.csv                               levels and numbers per scenario and zone
set -eu

cd "$(dirname "$0")"
CLI=${TERRITORIA_CLI:-territoria-cli}
SRC=${HAZARD_DATA:-../../../../shared/data/hazard/quito_volcanic}
UMBRAL_MUY_ALTO=${UMBRAL_MUY_ALTO:-1.0}
UMBRAL_ALTO=${UMBRAL_ALTO:-0.1}
UMBRAL_MEDIO=${UMBRAL_MEDIO:-0.0}
export UMBRAL_MUY_ALTO UMBRAL_ALTO UMBRAL_MEDIO

# 1. The two scenario results of GEM (11 "administraciones zonales" of the Distrito
#    Metropolitano de Quito), projected to UTM 17S and simplified to 10 m (topology
#    kept) so the GeoPackages stay small. Fields renamed to Spanish; values untouched
#    (number -> edificios, rc_usd -> costo_usd, night -> ocupantes_noche,
#    fatalities -> fallecidos, collapsed -> colapsados, losses -> perdidas_usd).
for PAIR in "90 atacazo" "78 cotopaxi"; do
    # shellcheck disable=SC2086
    set -- $PAIR
    rm -f "zonas_$2.gpkg"
    ogr2ogr -f GPKG -a_srs EPSG:32717 -nln "zonas_$2" -nlt MULTIPOLYGON -dialect SQLite -sql \
        "SELECT CAST(ID_ZONA AS INTEGER) AS ID_ZONA, NM_ZONA AS zona, CAST(number AS INTEGER) AS edificios,
                rc_usd AS costo_usd, night AS ocupantes_noche, fatalities AS fallecidos,
                collapsed AS colapsados, losses AS perdidas_usd,
                ST_SimplifyPreserveTopology(ST_Transform(geometry, 32717), 10) AS geometry
         FROM zonas_asset_risk_$1 ORDER BY ID_ZONA" \
        "zonas_$2.gpkg" "$SRC/zonas_asset_risk_$1.shp"
done

# 2. The project: layers, the two scenarios (three field-calculator runs each) and
#    the four print layouts. Written by make_proyecto.py.
python3 make_proyecto.py

# 3. Territoria runs both scenarios (outputs in riesgo_quito.scenarios/) and compares
#    them zone by zone on ID_ZONA (B − A and % change of every numeric field).
#    While the outputs do not exist yet the CLI warns that the project's result
#    layers are missing; the run creates them.
rm -rf riesgo_quito.scenarios comparacion
"$CLI" scenario run riesgo_quito.territoria --all
"$CLI" scenario compare riesgo_quito.territoria Atacazo Cotopaxi --out comparacion

# 4. The risk reports (A3 landscape, one per scenario) and the atlas (A4 landscape,
#    one page per zone).
"$CLI" layout export riesgo_quito.territoria --layout "Reporte de riesgo" --out reporte_riesgo_atacazo.pdf
"$CLI" layout export riesgo_quito.territoria --layout "Reporte de riesgo (Cotopaxi)" --out reporte_riesgo_cotopaxi.pdf
"$CLI" layout export riesgo_quito.territoria --layout "Reporte de riesgo por zona" --atlas --out reporte_riesgo_por_zona.pdf
"$CLI" layout export riesgo_quito.territoria --layout "Comparación Atacazo – Cotopaxi" --out comparacion_atacazo_cotopaxi.pdf

# 5. The numbers quoted in RIESGO.md (resumen.csv: one row per scenario and zone).
rm -f riesgo_quito.scenarios/*/*_perdida.gpkg riesgo_quito.scenarios/*/*_nivel.gpkg  # intermediate steps
rm -f resumen.csv
for PAIR in "Atacazo atacazo" "Cotopaxi cotopaxi"; do
    # shellcheck disable=SC2086
    set -- $PAIR
    S=$2
    APPEND="-lco STRING_QUOTING=IF_NEEDED"; [ -f resumen.csv ] && APPEND=-append
    # shellcheck disable=SC2086
    ogr2ogr -f CSV $APPEND resumen.csv "riesgo_quito.scenarios/$1/riesgo_$S.gpkg" -nln resumen -dialect SQLite -sql \
        "SELECT '$S' AS escenario, ID_ZONA, zona, edificios, costo_usd, ocupantes_noche, colapsados, fallecidos,
                perdidas_usd, round(perdida_pct, 4) AS perdida_pct, nivel, nivel_riesgo FROM riesgo_$S"
done
cat resumen.csv
