#!/usr/bin/python3
"""The demo's "Atlas distrital" made with QGIS 3.22 (python3-qgis), for comparison.

qgis_atlas.py DEMO_DIR OUT.pdf

Same data and styles as resources/demo/arequipa.territoria: the 29 districts as the
atlas coverage (sorted by NOMBDIST, page name NOMBDIST), hospitals, bus stops and
routes; an A4 portrait page with the map following the district (12 % margin,
the other districts veiled by a rule-based renderer), title "Distrito de ...",
subtitle, legend filtered to the map and the atlas feature, scale bar, north
arrow, a table of the district's hospitals, sources and "Página n / N".
Exported with QgsLayoutExporter.exportToPdf(atlas, ...) at 300 dpi, one file.
"""
import os
import sys
import time

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFillSymbol, QgsLayoutExporter,
                       QgsLayoutFrame, QgsLayoutItemAttributeTable, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMapGrid, QgsRectangle,
                       QgsLayoutItemMap, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutMeasurement,
                       QgsLayoutPoint, QgsLayoutSize, QgsLayoutTableColumn, QgsScaleBarSettings, QgsLineSymbol, QgsMarkerSymbol,
                       QgsPrintLayout, QgsProject, QgsRuleBasedRenderer, QgsSingleSymbolRenderer,
                       QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor, QFont

demo, out_path = sys.argv[1:3]
t0 = time.perf_counter()
app = QgsApplication([], False)
app.initQgis()
project = QgsProject.instance()
project.setCrs(QgsCoordinateReferenceSystem("EPSG:32719"))
project.setTitle("Arequipa — provincia")
MM = QgsUnitTypes.LayoutMillimeters


def vector(path, name, title):
    layer = QgsVectorLayer(os.path.join(demo, path) + ("|layername=" + name if name else ""), title, "ogr")
    assert layer.isValid(), path
    return layer


hospitals = vector("hospitales_arequipa.gpkg", "hospitales", "Hospitales (MINSA)")
hospitals.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
    {"name": "diamond", "color": "227,26,28", "outline_color": "255,255,255", "outline_width": "0.4", "size": "4"})))
stops = vector("paraderos_arequipa.gpkg", "paraderos", "Paraderos de bus")
stops.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
    {"name": "circle", "color": "31,120,180,153", "outline_style": "no", "size": "0.6"})))
routes = vector("rutas_arequipa.gpkg", "rutas", "Rutas de bus")
routes.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"line_color": "255,127,0", "line_width": "1.0"})))
districts = vector("distritos_arequipa.geojson", None, "Distritos de la provincia")
# The page's district as styled; the others veiled (55 % page white over them).
root = QgsRuleBasedRenderer.Rule(None)
root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
    {"color": "244,236,216", "outline_color": "140,109,70", "outline_width": "0.3"}),
    filterExp="@atlas_featureid = $id", label="Distritos de la provincia"))
root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
    {"color": "250,247,240", "outline_color": "204,192,176", "outline_width": "0.3"}),
    filterExp="ELSE", label="Otros distritos"))
districts.setRenderer(QgsRuleBasedRenderer(root))
layers = [hospitals, stops, routes, districts]
for layer in reversed(layers):
    project.addMapLayer(layer)

layout = QgsPrintLayout(project)
layout.initializeDefaults()  # one A4 page
layout.pageCollection().page(0).setPageSize("A4", 0)  # portrait
layout.setName("Atlas distrital")
project.layoutManager().addLayout(layout)

map_item = QgsLayoutItemMap(layout)
map_item.attemptMove(QgsLayoutPoint(10, 28, MM))
map_item.attemptResize(QgsLayoutSize(190, 160, MM))
map_item.setId("mapa")
map_item.setCrs(project.crs())
map_item.zoomToExtent(QgsRectangle(146000, 8134000, 311000, 8244000))  # keeps the frame size
map_item.setLayers(layers)
map_item.setFrameEnabled(True)
map_item.setAtlasDriven(True)
map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
map_item.setAtlasMargin(0.12)
grid = map_item.grid()
grid.setEnabled(True)
grid.setStyle(grid.FrameAnnotationsOnly)
grid.setIntervalX(2000)
grid.setIntervalY(2000)
grid.setAnnotationEnabled(True)
grid.setAnnotationFont(QFont("DejaVu Sans", 5))
grid.setAnnotationPrecision(0)
for side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right, QgsLayoutItemMapGrid.Top,
             QgsLayoutItemMapGrid.Bottom):
    grid.setAnnotationPosition(QgsLayoutItemMapGrid.InsideMapFrame, side)
layout.addLayoutItem(map_item)


def label(text, x, y, w, h, size, bold=False):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    item.setFont(font)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(item)
    return item


label('Distrito de [% "NOMBDIST" %]', 10, 8, 170, 11, 16, True)
label('Provincia de [% "NOMBPROV" %], [% "NOMBDEP" %] — capital: [% "NOM_CAP" %] — ubigeo [% "IDDIST" %]',
      10, 19, 170, 7, 9)
logo = QgsLayoutItemPicture(layout)
logo.setPicturePath(os.path.join(demo, "..", "icons", "territoria.svg"))
logo.attemptMove(QgsLayoutPoint(184, 7, MM))
logo.attemptResize(QgsLayoutSize(16, 16, MM))
layout.addLayoutItem(logo)

legend = QgsLayoutItemLegend(layout)
legend.setTitle("Leyenda")
legend.setLinkedMap(map_item)
legend.setLegendFilterByMapEnabled(True)
legend.setLegendFilterOutAtlas(True)
legend.attemptMove(QgsLayoutPoint(10, 192, MM))
layout.addLayoutItem(legend)

scalebar = QgsLayoutItemScaleBar(layout)
scalebar.setStyle("Single Box")
scalebar.setLinkedMap(map_item)
scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
scalebar.setUnitLabel("km")
scalebar.setNumberOfSegments(4)
scalebar.setNumberOfSegmentsLeft(0)
scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
scalebar.setMinimumBarWidth(50)
scalebar.setMaximumBarWidth(78)
scalebar.attemptMove(QgsLayoutPoint(96, 194, MM))
layout.addLayoutItem(scalebar)
label("Escala 1:[% format_number(map_get(item_variables('" + map_item.id() + "'), 'map_scale'), 0) %]",
      96, 208, 78, 5, 8)

north = QgsLayoutItemPicture(layout)
north.setPicturePath(os.path.join(QgsApplication.pkgDataPath(), "svg", "arrows", "NorthArrow_02.svg"))
north.attemptMove(QgsLayoutPoint(182, 192, MM))
north.attemptResize(QgsLayoutSize(16, 22, MM))
north.setLinkedMap(map_item)
layout.addLayoutItem(north)

table = QgsLayoutItemAttributeTable.create(layout)
table.setVectorLayer(hospitals)
table.setFilterToAtlasFeature(True)
table.setMaximumNumberOfFeatures(4)
columns = []
for field in ("Nombre del establecimiento", "Categoría", "Distrito"):
    column = QgsLayoutTableColumn()
    column.setAttribute('"%s"' % field)
    column.setHeading(field)
    columns.append(column)
table.setColumns(columns)
frame = QgsLayoutFrame(layout, table)
frame.attemptMove(QgsLayoutPoint(10, 254, MM))
frame.attemptResize(QgsLayoutSize(190, 26, MM))
table.addFrame(frame)

label("Fuentes: MINSA (IPRESS/RENIPRESS); © colaboradores de OpenStreetMap, ODbL 1.0; "
      "INEI (límites, vía peru-geojson). EPSG:32719. [% format_date(now(), 'dd/MM/yyyy') %]", 10, 282, 150, 10, 6)
label("Página [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]", 160, 284, 40, 6, 8)

atlas = layout.atlas()
atlas.setCoverageLayer(districts)
atlas.setEnabled(True)
atlas.setSortFeatures(True)
atlas.setSortExpression('"NOMBDIST"')
atlas.setSortAscending(True)
atlas.setPageNameExpression('"NOMBDIST"')
t1 = time.perf_counter()

settings = QgsLayoutExporter.PdfExportSettings()
settings.dpi = 300
settings.rasterizeWholeImage = False
result, error = QgsLayoutExporter.exportToPdf(atlas, out_path, settings)
assert result == QgsLayoutExporter.Success, f"export failed: {result} {error}"
t2 = time.perf_counter()
print(f"setup {t1 - t0:.2f}s export {t2 - t1:.2f}s", file=sys.stderr)
project.clear()
app.exitQgis()
