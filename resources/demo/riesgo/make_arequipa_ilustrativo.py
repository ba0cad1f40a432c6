#!/usr/bin/env python3
"""Writes riesgo_arequipa_ilustrativo.territoria: an ILLUSTRATIVE volcanic exposure
scenario for Arequipa (issue 8, item 7). The hazard zones are NOT a hazard map:
they are rings around El Misti's summit with stated radii (make_arequipa_ilustrativo.sh)."""
import json

NOW = "2026-11-22T12:00:00.000Z"
ID_RA, ID_RB, ID_EA, ID_EB, ID_DIF, ID_STOPS = (
    "9c2e4a61-0d7b-4e3f-b5a8-6f1d2c3e4a%02d" % i for i in range(1, 7))
COLORS = {4: "#d7191cff", 3: "#fdae61ff", 2: "#ffffbfff", 1: "#1a9641ff"}
NAMES = {4: "muy alto", 3: "alto", 2: "medio", 1: "bajo"}

def sym(fill, stroke="#4d4d4dff", width=0.25):
    return {"fillColor": fill, "strokeColor": stroke, "strokeWidthMm": width, "strokeStyle": "solid",
            "markerShape": "circle", "markerSizeMm": 2.0}

def ring_style(radii):
    return dict(sym("#ccccccff"), type="categorized", field="nivel_codigo", drawOther=False, drawMissing=False,
                ramp="", rampReversed=False,
                categories=[{"value": v, "label": "%s (ilustrativo, %s–%s km)" % (NAMES[v], lo, hi),
                             "symbol": sym(COLORS[v][:7] + "b0")}
                            for v, (lo, hi) in zip((4, 3, 2, 1), radii)])

RADII_A = [(0, 8), (8, 12), (12, 16), (16, 20)]
RADII_B = [(0, 10), (10, 15), (15, 20), (20, 25)]

def scenario(name, rings, out, desc):
    return {"name": name, "author": "Territoria (demo ilustrativa)", "description": desc,
            "created": NOW, "modified": NOW, "compare_field": "IDDIST",
            "runs": [{"id": name.lower().replace(" ", "-") + "-exposicion", "algorithm": "risk:exposure",
                      "parameters": {"hazard": rings, "hazard_field": "nivel",
                                     "exposure": "../paraderos_arequipa.gpkg",
                                     "zones": "../distritos_arequipa.geojson", "zone_field": "NOMBDIST",
                                     "overlaps": "highest", "output": "./%s.csv" % out,
                                     "layer_output": "./%s.gpkg" % out},
                      "ran_at": NOW, "auto_rerun": False}]}

DESC = ("ILUSTRATIVO: no es un mapa de peligro. Anillos alrededor de la cumbre del Misti (%s km) clasificados "
        "en cuatro niveles, frente a los 6.711 paraderos de bus de OpenStreetMap por distrito (risk:exposure). "
        "Sirve solo para mostrar el método; el mapa de peligros del Misti es del INGEMMET.")
SCENARIOS = [
    scenario("Misti ilustrativo A", "./anillos_misti_a.gpkg", "exposicion_paraderos_a",
             DESC % "8 / 12 / 16 / 20"),
    scenario("Misti ilustrativo B", "./anillos_misti_b.gpkg", "exposicion_paraderos_b",
             DESC % "10 / 15 / 20 / 25"),
]

def graduated(field, classes):
    return dict(sym("#ccccccff"), type="graduated", field=field, method="manual", classCount=len(classes),
                drawOther=False, drawMissing=False, ramp="", rampReversed=False,
                classes=[{"lower": lo, "upper": hi, "label": lab, "symbol": sym(col)} for lo, hi, col, lab in classes])

LAYERS = [
    {"id": ID_STOPS, "name": "Paraderos de bus (OSM)", "kind": "vector", "source": "../paraderos_arequipa.gpkg",
     "visible": True, "opacity": 1.0,
     "style": dict(sym("#303030ff", "#303030ff", 0.0), type="single", markerSizeMm=0.6)},
    {"id": ID_RA, "name": "Anillos del Misti A — ILUSTRATIVO", "kind": "vector", "source": "./anillos_misti_a.gpkg",
     "visible": True, "opacity": 1.0, "style": ring_style(RADII_A)},
    {"id": ID_RB, "name": "Anillos del Misti B — ILUSTRATIVO", "kind": "vector", "source": "./anillos_misti_b.gpkg",
     "visible": False, "opacity": 1.0, "style": ring_style(RADII_B)},
    {"id": ID_DIF, "name": "Paraderos en nivel medio: B − A (ilustrativo)", "kind": "vector",
     "source": "./comparacion_arequipa/Misti_ilustrativo_A_vs_Misti_ilustrativo_B.gpkg", "visible": False,
     "opacity": 1.0,
     "style": graduated("count_medium_diff", [(-1e9, -0.5, "#2166acff", "Menos en B"),
                                              (-0.5, 0.5, "#f7f7f7ff", "Igual"),
                                              (0.5, 500, "#f4a582ff", "1–500 más en B"),
                                              (500, 1e9, "#b2182bff", "Más de 500 más en B")])},
    {"id": ID_EA, "name": "Distritos: paraderos por nivel, A (ilustrativo)", "kind": "vector",
     "source": "./riesgo_arequipa_ilustrativo.scenarios/Misti ilustrativo A/exposicion_paraderos_a.gpkg",
     "visible": True, "opacity": 1.0,
     "style": dict(sym("#00000000", "#8c6d46ff", 0.3), type="single")},
    {"id": ID_EB, "name": "Distritos: paraderos por nivel, B (ilustrativo)", "kind": "vector",
     "source": "./riesgo_arequipa_ilustrativo.scenarios/Misti ilustrativo B/exposicion_paraderos_b.gpkg",
     "visible": False, "opacity": 1.0,
     "style": dict(sym("#00000000", "#8c6d46ff", 0.3), type="single")},
]

EXTENT = [210000.0, 8163000.0, 265000.0, 8219000.0]
LAYOUT = {
    "name": "Exposición ilustrativa (Misti)",
    "page": {"size": "A4", "orientation": "landscape", "background": "#ffffffff"},
    "atlas": {"enabled": False},
    "items": [
        {"type": "label", "id": "aqp-titulo", "name": "Título", "rect": [10, 7, 250, 10],
         "text": "ILUSTRATIVO — Paraderos de bus por distrito y nivel en anillos alrededor del Misti",
         "font_size": 15, "bold": True, "color": "#b2182bff"},
        {"type": "label", "id": "aqp-subtitulo", "name": "Subtítulo", "rect": [10, 17, 258, 8],
         "text": "No es un mapa de peligro: anillos de 8, 12, 16 y 20 km desde la cumbre (escenario A), elegidos para "
                 "mostrar el método risk:exposure. El mapa oficial de peligros del Misti es del INGEMMET.",
         "font_size": 8.5, "color": "#404040ff"},
        {"type": "picture", "id": "aqp-logo", "name": "Logotipo", "rect": [271, 6, 16, 16],
         "path": "../../icons/territoria.svg", "keep_aspect": True},
        {"type": "map", "id": "aqp-mapa", "name": "Mapa", "rect": [10, 27, 135, 135], "frame": True,
         "frame_width": 0.35, "layers": [ID_EA, ID_STOPS, ID_RA], "extent": EXTENT,
         "grid": {"enabled": True, "style": "ticks", "units": "map", "interval": 10000, "labels": True,
                  "font_size": 5.5, "color": "#404040c0", "line_width": 0.15}},
        {"type": "legend", "id": "aqp-leyenda", "name": "Leyenda", "rect": [10, 165, 95, 38],
         "title": "Leyenda (ilustrativa)", "map": "aqp-mapa", "layers": [ID_RA, ID_STOPS], "only_present": False},
        {"type": "scalebar", "id": "aqp-escala", "name": "Barra de escala", "rect": [108, 166, 37, 12],
         "map": "aqp-mapa", "style": "single_box", "units": "km", "segments": 2, "font_size": 6.5},
        {"type": "northarrow", "id": "aqp-norte", "name": "Norte", "rect": [130, 180, 12, 16], "style": "arrow"},
        {"type": "chart", "id": "aqp-grafico", "name": "Paraderos en nivel medio", "rect": [152, 27, 135, 80],
         "chart_type": "bars", "layer": ID_EA, "value_field": "count_medium", "label_field": "NOMBDIST",
         "top_n": 10, "descending": True, "title": "Paraderos en el anillo medio (12–16 km), A — ilustrativo",
         "color": "#fdae61ff", "highlight_color": "#d7191cff", "font_size": 6, "atlas_highlight": False,
         "atlas_filter": False},
        {"type": "table", "id": "aqp-tabla", "name": "Distritos", "rect": [152, 111, 135, 70], "layer": ID_EA,
         "fields": ["NOMBDIST", "count_very_high", "count_high", "count_medium", "count_low"],
         "sort_field": "count_low", "ascending": False, "max_rows": 10, "atlas_filter": False,
         "font_size": 6.5, "header_size": 7},
        {"type": "label", "id": "aqp-fuentes", "name": "Fuentes", "rect": [152, 184, 135, 20],
         "text": "ILUSTRATIVO. Paraderos: © colaboradores de OpenStreetMap, ODbL 1.0; límites distritales: INEI "
                 "(vía juaneladio/peru-geojson). Cumbre del Misti 16,2944 °S 71,4094 °O. Conteo por centroide "
                 "(risk:exposure). EPSG:32719. Elaborado con Territoria el {@date}.",
         "font_size": 6.5, "color": "#404040ff"},
    ],
}

PROJECT = {"format": "territoria-project", "version": 1,
           "title": "Arequipa — exposición ILUSTRATIVA a anillos del Misti", "crs": "EPSG:32719",
           "view_extent": EXTENT, "layers": LAYERS, "layouts": [LAYOUT], "scenarios": SCENARIOS}

with open("riesgo_arequipa_ilustrativo.territoria", "w", encoding="utf-8") as f:
    json.dump(PROJECT, f, ensure_ascii=False, indent=1)
    f.write("\n")
