#!/usr/bin/env python3
"""Writes riesgo_quito.territoria (JSON): layers, the scenarios Atacazo and
Cotopaxi (each three runs of indicators:field_calculator) and the print layouts.
Called by make_riesgo.sh; the thresholds come from its UMBRAL_* variables."""
import json
import os

MA = float(os.environ.get("UMBRAL_MUY_ALTO", "1.0"))
AL = float(os.environ.get("UMBRAL_ALTO", "0.1"))
ME = float(os.environ.get("UMBRAL_MEDIO", "0.0"))
if not MA > AL >= ME >= 0:
    raise SystemExit("make_proyecto.py: the thresholds must satisfy UMBRAL_MUY_ALTO > UMBRAL_ALTO >= UMBRAL_MEDIO >= 0")

def pct(v):
    return ("%g" % v).replace(".", ",")

NOW = "2026-11-22T12:00:00.000Z"
ID_ATA = "7a1c0e52-9b3d-4f61-a8e2-1d5b7c9e0a01"
ID_COT = "7a1c0e52-9b3d-4f61-a8e2-1d5b7c9e0a02"
ID_DIF = "7a1c0e52-9b3d-4f61-a8e2-1d5b7c9e0a03"
ID_IN_ATA = "7a1c0e52-9b3d-4f61-a8e2-1d5b7c9e0a04"
ID_IN_COT = "7a1c0e52-9b3d-4f61-a8e2-1d5b7c9e0a05"

COLORS = {4: "#d7191cff", 3: "#fdae61ff", 2: "#ffffbfff", 1: "#1a9641ff"}
LABELS = {
    4: "Muy alto (pérdida ≥ %s %%)" % pct(MA),
    3: "Alto (%s %% ≤ pérdida < %s %%)" % (pct(AL), pct(MA)),
    2: "Medio (%s %% < pérdida < %s %%)" % (pct(ME), pct(AL)),
    1: "Bajo (sin pérdida esperada)" if ME == 0 else "Bajo (pérdida ≤ %s %%)" % pct(ME),
}

def level_style():
    return {
        "type": "categorized", "field": "nivel",
        "fillColor": "#ccccccff", "strokeColor": "#4d4d4dff", "strokeWidthMm": 0.25,
        "strokeStyle": "solid", "markerShape": "circle", "markerSizeMm": 2.0,
        "drawOther": False, "drawMissing": False, "ramp": "", "rampReversed": False,
        "categories": [
            {"value": v, "label": LABELS[v],
             "symbol": {"fillColor": COLORS[v], "strokeColor": "#4d4d4dff", "strokeWidthMm": 0.25,
                        "strokeStyle": "solid", "markerShape": "circle", "markerSizeMm": 2.0}}
            for v in (4, 3, 2, 1)],
        "labeling": {"enabled": True, "text": "{zona}", "fontSizePt": 7.0, "bold": True, "color": "#202020ff",
                     "halo": True, "haloColor": "#ffffffff", "haloWidthMm": 0.6, "insidePolygonOnly": True},
    }

def runs(scenario, source, stem):
    """Three field-calculator runs: the loss ratio, the level code, the level name."""
    level_case = ("CASE WHEN perdida_pct >= %r THEN 4 WHEN perdida_pct >= %r THEN 3 "
                  "WHEN perdida_pct > %r THEN 2 ELSE 1 END" % (MA, AL, ME))
    name_case = ("CASE nivel WHEN 4 THEN 'muy alto' WHEN 3 THEN 'alto' WHEN 2 THEN 'medio' "
                 "ELSE 'bajo' END")
    steps = [
        ("perdida_pct", "round(100.0 * perdidas_usd / costo_usd, 4)", "real", source, "./%s_perdida.gpkg" % stem),
        ("nivel", level_case, "integer", "./%s_perdida.gpkg" % stem, "./%s_nivel.gpkg" % stem),
        ("nivel_riesgo", name_case, "text", "./%s_nivel.gpkg" % stem, "./%s.gpkg" % stem),
    ]
    out = []
    for i, (field, expr, typ, inp, outp) in enumerate(steps, 1):
        out.append({
            "id": "%s-paso-%d" % (scenario.lower(), i),
            "algorithm": "indicators:field_calculator",
            "parameters": {"input": inp, "field": field, "expression": expr, "type": typ, "output": outp},
            "ran_at": NOW, "auto_rerun": False,
        })
    return out

SCENARIOS = [
    {"name": "Atacazo", "author": "Territoria (demo, datos GEM TREQ)",
     "description": "Erupción del complejo Atacazo-Ninahuilca (escenario N4, ~5.440 años AP): envolvente de "
                    "caída de ceniza, flujos piroclásticos y lahares (cálculo volcánico de OpenQuake, GEM TREQ, "
                    "escenario 90). Nivel de riesgo por zona según la razón de pérdida perdidas_usd / costo_usd.",
     "created": NOW, "modified": NOW, "compare_field": "ID_ZONA",
     "runs": runs("Atacazo", "./zonas_atacazo.gpkg", "riesgo_atacazo")},
    {"name": "Cotopaxi", "author": "Territoria (demo, datos GEM TREQ)",
     "description": "Lahares del Cotopaxi como en la erupción de 1877 (cálculo volcánico de OpenQuake, GEM TREQ, "
                    "escenario 78). Nivel de riesgo por zona según la razón de pérdida perdidas_usd / costo_usd.",
     "created": NOW, "modified": NOW, "compare_field": "ID_ZONA",
     "runs": runs("Cotopaxi", "./zonas_cotopaxi.gpkg", "riesgo_cotopaxi")},
]

def diff_style():
    classes = [
        (-1e12, -1e6, "#2166acff", "Menor en Cotopaxi (más de 1 M USD)"),
        (-1e6, 1e6, "#f7f7f7ff", "Casi igual (± 1 M USD)"),
        (1e6, 1e8, "#f4a582ff", "Mayor en Cotopaxi (1–100 M USD)"),
        (1e8, 1e12, "#b2182bff", "Mayor en Cotopaxi (más de 100 M USD)"),
    ]
    return {
        "type": "graduated", "field": DIFF_FIELD, "method": "manual", "classCount": len(classes),
        "fillColor": "#ccccccff", "strokeColor": "#4d4d4dff", "strokeWidthMm": 0.25, "strokeStyle": "solid",
        "markerShape": "circle", "markerSizeMm": 2.0, "drawOther": False, "drawMissing": False,
        "ramp": "", "rampReversed": False,
        "classes": [{"lower": lo, "upper": hi, "label": lab,
                     "symbol": {"fillColor": col, "strokeColor": "#4d4d4dff", "strokeWidthMm": 0.25,
                                "strokeStyle": "solid", "markerShape": "circle", "markerSizeMm": 2.0}}
                    for lo, hi, col, lab in classes],
    }

DIFF_FIELD = os.environ.get("DIFF_FIELD", "perdidas_usd_diff")

LAYERS = [
    {"id": ID_ATA, "name": "Riesgo — Atacazo-Ninahuilca", "kind": "vector",
     "source": "./riesgo_quito.scenarios/Atacazo/riesgo_atacazo.gpkg", "visible": True, "opacity": 1.0,
     "style": level_style()},
    {"id": ID_COT, "name": "Riesgo — Cotopaxi 1877 (lahares)", "kind": "vector",
     "source": "./riesgo_quito.scenarios/Cotopaxi/riesgo_cotopaxi.gpkg", "visible": False, "opacity": 1.0,
     "style": level_style()},
    {"id": ID_DIF, "name": "Pérdidas: Cotopaxi − Atacazo (USD)", "kind": "vector",
     "source": "./comparacion/Atacazo_vs_Cotopaxi.gpkg", "visible": False, "opacity": 1.0,
     "style": diff_style()},
    {"id": ID_IN_ATA, "name": "Zonas — datos GEM, Atacazo (entrada)", "kind": "vector",
     "source": "./zonas_atacazo.gpkg", "visible": False, "opacity": 1.0,
     "style": {"type": "single", "fillColor": "#00000000", "strokeColor": "#606060ff", "strokeWidthMm": 0.3,
               "strokeStyle": "solid", "markerShape": "circle", "markerSizeMm": 2.0}},
    {"id": ID_IN_COT, "name": "Zonas — datos GEM, Cotopaxi (entrada)", "kind": "vector",
     "source": "./zonas_cotopaxi.gpkg", "visible": False, "opacity": 1.0,
     "style": {"type": "single", "fillColor": "#00000000", "strokeColor": "#606060ff", "strokeWidthMm": 0.3,
               "strokeStyle": "solid", "markerShape": "circle", "markerSizeMm": 2.0}},
]

EXTENT = [726000.0, 9932000.0, 817000.0, 10031000.0]
SOURCES_TEXT = ("Fuente: GEM Foundation, proyecto TREQ (Training and Communication for Earthquake Risk Assessment), "
                "resultados de OpenQuake por administración zonal del DMQ — github.com/gem/treq-riesgo-urbano "
                "@ 8b67035, licencia CC BY-SA 4.0. Nivel de riesgo calculado con Territoria (calculadora de campos) "
                "a partir de la razón de pérdida = pérdidas / costo de reposición: muy alto ≥ %s %%, alto ≥ %s %%, "
                "medio > %s %%, bajo sin pérdida esperada (umbrales editables en los escenarios). "
                "Proyección WGS 84 / UTM 17S (EPSG:32717). Elaborado con Territoria el {@date}."
                % (pct(MA), pct(AL), pct(ME)))
TABLE_FIELDS = ["zona", "edificios", "ocupantes_noche", "colapsados", "perdidas_usd", "perdida_pct", "nivel_riesgo"]

def report(name, layer, title, subtitle, prefix):
    return {
        "name": name,
        "page": {"size": "A3", "orientation": "landscape", "background": "#ffffffff"},
        "atlas": {"enabled": False},
        "items": [
            {"type": "label", "id": prefix + "-titulo", "name": "Título", "rect": [10, 7, 380, 13],
             "text": title, "font_size": 22, "bold": True},
            {"type": "label", "id": prefix + "-subtitulo", "name": "Subtítulo", "rect": [10, 20, 380, 8],
             "text": subtitle, "font_size": 12, "color": "#404040ff"},
            {"type": "picture", "id": prefix + "-logo", "name": "Logotipo", "rect": [394, 6, 16, 16],
             "path": "../../icons/territoria.svg", "keep_aspect": True},
            {"type": "map", "id": prefix + "-mapa", "name": "Mapa de riesgo", "rect": [10, 30, 190, 210],
             "frame": True, "frame_width": 0.4, "layers": [layer], "extent": EXTENT,
             "grid": {"enabled": True, "style": "lines", "units": "map", "interval": 20000, "labels": True,
                      "font_size": 6, "color": "#50505080", "line_width": 0.1}},
            {"type": "legend", "id": prefix + "-leyenda", "name": "Leyenda", "rect": [10, 243, 110, 44],
             "title": "Nivel de riesgo", "map": prefix + "-mapa", "layers": [layer], "only_present": False,
             "frame": True, "frame_width": 0.2, "background": "#ffffffff"},
            {"type": "scalebar", "id": prefix + "-escala", "name": "Barra de escala", "rect": [124, 245, 60, 14],
             "map": prefix + "-mapa", "style": "single_box", "units": "km", "segments": 4, "font_size": 7},
            {"type": "northarrow", "id": prefix + "-norte", "name": "Norte", "rect": [186, 243, 14, 20],
             "style": "arrow"},
            {"type": "label", "id": prefix + "-escala-texto", "name": "Escala numérica", "rect": [124, 262, 60, 5],
             "text": "Escala {@scale}", "font_size": 8},
            {"type": "chart", "id": prefix + "-grafico", "name": "Pérdidas por zona", "rect": [208, 30, 202, 110],
             "chart_type": "bars", "layer": layer, "value_field": "perdidas_usd", "label_field": "zona",
             "top_n": 11, "descending": True, "title": "Pérdidas esperadas por zona (USD)",
             "color": "#d7191cff", "highlight_color": "#7f0000ff", "font_size": 7,
             "atlas_highlight": False, "atlas_filter": False},
            {"type": "table", "id": prefix + "-tabla", "name": "Zonas", "rect": [208, 146, 202, 100],
             "layer": layer, "fields": TABLE_FIELDS, "sort_field": "perdidas_usd", "ascending": False,
             "max_rows": 11, "atlas_filter": False, "font_size": 7.5, "header_size": 8},
            {"type": "label", "id": prefix + "-fuentes", "name": "Fuentes", "rect": [208, 250, 202, 37],
             "text": "edificios: número de edificaciones; ocupantes_noche: ocupantes de noche; colapsados: "
                     "edificaciones colapsadas esperadas; perdidas_usd: pérdida económica esperada (USD); "
                     "perdida_pct: pérdidas / costo de reposición (%); nivel_riesgo: nivel por perdida_pct.\n"
                     + SOURCES_TEXT,
             "font_size": 7, "color": "#303030ff"},
        ],
    }

ATLAS = {
    "name": "Reporte de riesgo por zona",
    "page": {"size": "A4", "orientation": "landscape", "background": "#ffffffff"},
    "atlas": {"enabled": True, "coverage": ID_ATA, "filter": "", "sort": "ID_ZONA", "ascending": True,
              "page_name": "zona", "output": "single", "split_by": "", "hide_coverage": False},
    "items": [
        {"type": "label", "id": "zona-titulo", "name": "Título", "rect": [10, 7, 250, 10],
         "text": "Riesgo volcánico — administración zonal {zona} (Quito)", "font_size": 16, "bold": True},
        {"type": "label", "id": "zona-subtitulo", "name": "Subtítulo", "rect": [10, 17, 250, 7],
         "text": "Atacazo-Ninahuilca: nivel {nivel_riesgo}, pérdida {perdida_pct} % del costo de reposición, "
                 "{colapsados} edificaciones colapsadas de {edificios}",
         "font_size": 9.5, "color": "#404040ff"},
        {"type": "picture", "id": "zona-logo", "name": "Logotipo", "rect": [271, 6, 16, 16],
         "path": "../../icons/territoria.svg", "keep_aspect": True},
        {"type": "map", "id": "zona-mapa", "name": "Mapa", "rect": [10, 27, 130, 120], "frame": True,
         "frame_width": 0.35, "layers": [ID_ATA], "follow_atlas": True, "atlas_margin": 15, "dim_others": 0.55,
         "grid": {"enabled": True, "style": "ticks", "units": "map", "interval": 0, "labels": True,
                  "font_size": 5.5, "color": "#404040c0", "line_width": 0.15}},
        {"type": "chart", "id": "zona-grafico-ata", "name": "Pérdidas Atacazo", "rect": [146, 27, 141, 58],
         "chart_type": "bars", "layer": ID_ATA, "value_field": "perdidas_usd", "label_field": "zona", "top_n": 11,
         "descending": True, "title": "Pérdidas por zona (USD) — Atacazo-Ninahuilca", "color": "#9db4c8ff",
         "highlight_color": "#d7191cff", "font_size": 5.5, "atlas_highlight": True, "atlas_filter": False},
        {"type": "chart", "id": "zona-grafico-cot", "name": "Pérdidas Cotopaxi", "rect": [146, 89, 141, 58],
         "chart_type": "bars", "layer": ID_COT, "value_field": "perdidas_usd", "label_field": "zona", "top_n": 11,
         "descending": True, "title": "Pérdidas por zona (USD) — lahares del Cotopaxi 1877", "color": "#9db4c8ff",
         "highlight_color": "#d7191cff", "font_size": 5.5, "atlas_highlight": True,
         "atlas_link_field": "ID_ZONA", "atlas_coverage_field": "ID_ZONA", "atlas_filter": False},
        {"type": "legend", "id": "zona-leyenda", "name": "Leyenda", "rect": [10, 150, 80, 30],
         "title": "Nivel de riesgo", "map": "zona-mapa", "layers": [ID_ATA], "only_present": False},
        {"type": "scalebar", "id": "zona-escala", "name": "Barra de escala", "rect": [94, 152, 46, 12],
         "map": "zona-mapa", "style": "single_box", "units": "auto", "segments": 3, "font_size": 6.5},
        {"type": "northarrow", "id": "zona-norte", "name": "Norte", "rect": [126, 166, 12, 16], "style": "arrow"},
        {"type": "table", "id": "zona-tabla", "name": "Ficha de la zona", "rect": [146, 151, 141, 14],
         "layer": ID_ATA, "fields": TABLE_FIELDS, "max_rows": 1, "atlas_filter": True, "font_size": 6.5,
         "header_size": 7},
        {"type": "label", "id": "zona-cotopaxi", "name": "Cotopaxi", "rect": [146, 167, 141, 12],
         "text": "En el escenario de lahares del Cotopaxi (1877) la misma zona tiene sus pérdidas resaltadas en el "
                 "segundo gráfico; la comparación completa está en comparacion/Atacazo_vs_Cotopaxi.csv.",
         "font_size": 7, "color": "#303030ff"},
        {"type": "label", "id": "zona-fuentes", "name": "Fuentes", "rect": [10, 183, 240, 22],
         "text": SOURCES_TEXT, "font_size": 6.5, "color": "#404040ff"},
        {"type": "label", "id": "zona-pagina", "name": "Página", "rect": [250, 198, 37, 6],
         "text": "Página {@page} / {@pages}", "font_size": 8, "alignment": 130},
    ],
}

COMPARISON = {
    "name": "Comparación Atacazo – Cotopaxi",
    "page": {"size": "A4", "orientation": "landscape", "background": "#ffffffff"},
    "atlas": {"enabled": False},
    "items": [
        {"type": "label", "id": "cmp-titulo", "name": "Título", "rect": [10, 7, 250, 10],
         "text": "Quito: lahares del Cotopaxi (1877) frente a la erupción del Atacazo-Ninahuilca",
         "font_size": 15, "bold": True},
        {"type": "label", "id": "cmp-subtitulo", "name": "Subtítulo", "rect": [10, 17, 250, 7],
         "text": "Diferencia de pérdidas esperadas por zona, B − A (B = Cotopaxi, A = Atacazo), de "
                 "territoria-cli scenario compare sobre ID_ZONA",
         "font_size": 9.5, "color": "#404040ff"},
        {"type": "picture", "id": "cmp-logo", "name": "Logotipo", "rect": [271, 6, 16, 16],
         "path": "../../icons/territoria.svg", "keep_aspect": True},
        {"type": "map", "id": "cmp-mapa", "name": "Mapa de diferencias", "rect": [10, 27, 120, 130], "frame": True,
         "frame_width": 0.35, "layers": [ID_DIF], "extent": EXTENT,
         "grid": {"enabled": True, "style": "ticks", "units": "map", "interval": 20000, "labels": True,
                  "font_size": 5.5, "color": "#404040c0", "line_width": 0.15}},
        {"type": "legend", "id": "cmp-leyenda", "name": "Leyenda", "rect": [10, 160, 80, 28],
         "title": "Diferencia de pérdidas", "map": "cmp-mapa", "layers": [ID_DIF], "only_present": False},
        {"type": "scalebar", "id": "cmp-escala", "name": "Barra de escala", "rect": [94, 160, 36, 12],
         "map": "cmp-mapa", "style": "single_box", "units": "km", "segments": 2, "font_size": 6.5},
        {"type": "northarrow", "id": "cmp-norte", "name": "Norte", "rect": [118, 174, 12, 16], "style": "arrow"},
        {"type": "chart", "id": "cmp-grafico", "name": "Diferencia por zona", "rect": [138, 27, 149, 70],
         "chart_type": "bars", "layer": ID_DIF, "value_field": "perdidas_usd_diff", "label_field": "ID_ZONA",
         "top_n": 11, "descending": True, "title": "Pérdidas Cotopaxi − Atacazo por zona (USD; zona por ID_ZONA)",
         "color": "#b2182bff", "highlight_color": "#2166acff", "font_size": 6, "atlas_highlight": False,
         "atlas_filter": False},
        {"type": "table", "id": "cmp-tabla", "name": "Comparación", "rect": [138, 101, 149, 70],
         "layer": ID_DIF, "fields": ["ID_ZONA", "perdidas_usd_a", "perdidas_usd_b", "perdidas_usd_diff",
                                      "colapsados_a", "colapsados_b", "nivel_a", "nivel_b"],
         "sort_field": "ID_ZONA", "max_rows": 11, "atlas_filter": False, "font_size": 6.5, "header_size": 7},
        {"type": "label", "id": "cmp-fuentes", "name": "Fuentes", "rect": [10, 190, 277, 16],
         "text": "ID_ZONA: 1 Eloy Alfaro, 2 La Delicia, 3 Aeropuerto, 4 Centro, 5 Chillos, 6 Norcentral, 7 Norte, "
                 "8 Quitumbe, 9 Tumbaco, 10 Noroccidente, 11 Calderón. nivel: 4 muy alto, 3 alto, 2 medio, 1 bajo.\n"
                 + SOURCES_TEXT, "font_size": 6.5, "color": "#404040ff"},
    ],
}

PROJECT = {
    "format": "territoria-project", "version": 1,
    "title": "Quito — riesgo volcánico por zona (GEM TREQ)",
    "crs": "EPSG:32717", "view_extent": EXTENT,
    "layers": LAYERS,
    "layouts": [
        report("Reporte de riesgo", ID_ATA,
               "Riesgo volcánico por zona — Quito: erupción del Atacazo-Ninahuilca",
               "Escenario N4 (~5.440 años AP): caída de ceniza, flujos piroclásticos y lahares. "
               "11 administraciones zonales del Distrito Metropolitano de Quito; resultados de OpenQuake (GEM TREQ).",
               "ata"),
        report("Reporte de riesgo (Cotopaxi)", ID_COT,
               "Riesgo volcánico por zona — Quito: lahares del Cotopaxi (1877)",
               "Lahares como los de la erupción de 1877. 11 administraciones zonales del Distrito Metropolitano "
               "de Quito; resultados de OpenQuake (GEM TREQ).",
               "cot"),
        ATLAS,
        COMPARISON,
    ],
    "scenarios": SCENARIOS,
}

with open("riesgo_quito.territoria", "w", encoding="utf-8") as f:
    json.dump(PROJECT, f, ensure_ascii=False, indent=1)
    f.write("\n")
