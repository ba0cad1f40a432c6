<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Algorithm</name>
    <message>
        <source>%1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlgorithmRegistry</name>
    <message>
        <source>%1 is not a Qt plugin: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Territoria analysis plugin (interface %2, expected %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plugin.json has no “id”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the plugin %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not implement the analysis provider interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plugin.json says id “%2” but the provider says “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm id “%1” does not start with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm id “%1” is already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1” rejected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown option “%1”; a command (info, render) must come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid size “%1”: expected WIDTHxHEIGHT in pixels, e.g. 1600x1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid size “%1”: width and height must be between 1 and %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid extent “%1”: expected four numbers xmin,ymin,xmax,ymax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid extent “%1”: xmin must be less than xmax and ymin less than ymax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid DPI “%1”: expected a number greater than 0 and at most 2400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent: %1, %2, %3, %4 (xmin, ymin, xmax, ymax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NoData: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describes every layer (all sublayers) of each PATH: kind, CRS, extent, and the features,
geometry type and fields of vectors or the size, bands, data type and nodata of rasters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object {&quot;layers&quot;: [...]} instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (or GDAL data sources) to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PATH given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws a project, or layers, into an image (PNG, JPEG, TIFF), a PDF or an SVG file.
Layers given on the command line are stacked top first: the first one is drawn on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file; the format follows the extension (.png, .jpg, .tif, .pdf, .svg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size in pixels (default %1x%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to draw, in the output CRS (default: the project&apos;s view, else the full extent of the layers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xmin,ymin,xmax,ymax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output CRS, e.g. EPSG:32719 (default: the project&apos;s, else the first layer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH:CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project (.territoria) or one or more layer files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project or layer given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file cannot be combined with other inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported output format “%1” for %2: use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid CRS “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown to PROJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to render: no layer could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers have no CRS: drawing them in their own coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s view cannot be expressed in %1; using the full extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which area to draw: the layers have no extent in %1. Use --extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer “%1” was not drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]

Commands:
  info PATH... [--json]        Describe the layers of files (CRS, extent, fields, bands...).
  render INPUT... --out FILE   Draw a project (.territoria) or layers to PNG, PDF or SVG.
  algorithms [--json]          List the analysis algorithms and their parameters.
  run ALGORITHM --param N=V... Run an analysis algorithm and print its outputs.

Options:
  -h, --help                   Show this help (&apos;%1 COMMAND --help&apos; for a command).
  -v, --version                Show the version.

Exit status: 0 on success, 1 when a file cannot be read or written, 2 on bad arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the analysis algorithms of the installed plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also load plugins from DIR (a folder you trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No algorithms: no analysis plugin was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[optional]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[default: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs an analysis algorithm, e.g.
  territoria-cli run indicators:zonal_statistics --param input=pop.tif --param zones=districts.gpkg --param output=stats.gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm id (see &apos;territoria-cli algorithms&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter value, NAME=VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outputs as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No algorithm given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameter “%1”: expected NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown algorithm “%1”: no analysis plugin was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown algorithm “%1” (available: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPool</name>
    <message>
        <source>no GDAL driver recognizes the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the missing .shx index file was rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Geometry</name>
    <message>
        <source>Invalid WKT geometry: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert the WKT geometry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable geometry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapRenderJob</name>
    <message>
        <source>Invalid map extent or output size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Layer “%1”: the CRS saved in the project (%2) is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: the file %2 does not exist (was it moved or renamed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Camada “%1”: %2</translation>
    </message>
</context>
<context>
    <name>VectorLayerRenderer</name>
    <message numerus="yes">
        <source>Layer “%1”: %n feature(s) with unreadable geometry skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Missing layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop GIS for municipal planning and disaster-risk management</source>
        <translation>SIG desktop para planejamento municipal e gestão de risco de desastres</translation>
    </message>
    <message>
        <source>Interface language: es, en or pt.</source>
        <translation>Idioma da interface: es, en ou pt.</translation>
    </message>
    <message>
        <source>Open the Arequipa demo project.</source>
        <translation>Abre o projeto de demonstração de Arequipa.</translation>
    </message>
    <message>
        <source>Save a picture of the window after the first map render and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project (.territoria) or layer files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria</name>
    <message>
        <source>Cannot export the map to %1: the extent or the output size is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of %1 was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the SVG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown format “%2” (use .png, .jpg, .tif, .pdf or .svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a boolean (use true or false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the value is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the value must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 is out of range (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: no file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: file not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: no output file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: unknown value “%2” (expected one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: unknown value “%2” (expected some of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not an extent (xmin,ymin,xmax,ymax).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no field “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter “%1” (expected: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required parameter “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::AttributeTableModel</name>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::AttributeTableWindow</name>
    <message>
        <source>Attribute Table — %1</source>
        <translation>Tabela de atributos — %1</translation>
    </message>
    <message>
        <source>sorting…</source>
        <translation>ordenando…</translation>
    </message>
    <message>
        <source>Reading features…</source>
        <translation>Lendo feições…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln feição</numerusform>
            <numerusform>%Ln feições</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::CoordinateTransform</name>
    <message>
        <source>Cannot transform coordinates: a coordinate reference system is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transformation (same coordinate reference system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pinned coordinate operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned (inverse): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the coordinate reference systems for %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ finds no way to transform from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot normalize the transformation from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid coordinate operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a coordinate operation but a coordinate reference system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::Crs</name>
    <message>
        <source>Empty coordinate reference system definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a coordinate reference system PROJ understands: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid WKT coordinate reference system: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the projection file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projection file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projection file %1 holds no coordinate reference system PROJ understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projection file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::CrsBuilder</name>
    <message>
        <source>“%1” is not a coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ cannot write “%1” as WKT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::CrsSelectorWidget</name>
    <message>
        <source>EPSG code, WKT or PROJ string:</source>
        <translation>Código EPSG, WKT ou string PROJ:</translation>
    </message>
    <message>
        <source>e.g. EPSG:32719</source>
        <translation>p. ex. EPSG:32719</translation>
    </message>
    <message>
        <source>Common in Peru:</source>
        <translation>Comuns no Peru:</translation>
    </message>
    <message>
        <source>No CRS selected.</source>
        <translation>Nenhum SRC selecionado.</translation>
    </message>
    <message>
        <source>Geographic, units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected, units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of use: %1° to %2° longitude, %3° to %4° latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres</source>
        <translation>metros</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>graus</translation>
    </message>
    <message>
        <source>US survey feet</source>
        <translation>pés topográficos dos EUA</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>pés</translation>
    </message>
</context>
<context>
    <name>territoria::Identifier</name>
    <message>
        <source>Band %1</source>
        <translation>Banda %1</translation>
    </message>
</context>
<context>
    <name>territoria::IdentifyDock</name>
    <message>
        <source>Identify Results</source>
        <translation>Resultados da identificação</translation>
    </message>
    <message>
        <source>Click on the map with the identify tool.</source>
        <translation>Clique no mapa com a ferramenta Identificar.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Nothing found at %1, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) at %1, %2 (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Feição %1</translation>
    </message>
</context>
<context>
    <name>territoria::LayerOpener</name>
    <message>
        <source>All supported files (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf *.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster files (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Adding layers</source>
        <translation>Adicionando camadas</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Adding layers was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” has no coordinate reference system (%2). It is drawn as if it were in the project CRS; set its CRS so that it lines up with the other layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set CRS…</source>
        <translation>Definir SRC…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s).</source>
        <translation>
            <numerusform>%n camada adicionada.</numerusform>
            <numerusform>%n camadas adicionadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Zoom para a camada</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Abrir tabela de &amp;atributos</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nomear</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Remover camada</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriedades…</translation>
    </message>
</context>
<context>
    <name>territoria::LayerPropertiesDialog</name>
    <message>
        <source>Layer Properties — %1</source>
        <translation>Propriedades da camada — %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Feições:</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>Geometria:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 pixels, %n band(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <translation>Sistema de referência de coordenadas</translation>
    </message>
    <message>
        <source>The source does not declare a CRS. Choose the one the data was made in; until then it is drawn as if it were in the project CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Renderização</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacidade:</translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation>Cor de preenchimento:</translation>
    </message>
    <message>
        <source>Line colour:</source>
        <translation>Cor da linha:</translation>
    </message>
    <message>
        <source>Outline colour:</source>
        <translation>Cor do contorno:</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Cor de preenchimento</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>Cor do contorno</translation>
    </message>
</context>
<context>
    <name>territoria::LayerTreeModel</name>
    <message>
        <source>No CRS</source>
        <translation>Sem SRC</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feição</numerusform>
            <numerusform>%n feições</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MainWindow</name>
    <message>
        <source>Layer “%1” could not be drawn: %2</source>
        <translation>Não foi possível desenhar a camada “%1”: %2</translation>
    </message>
    <message>
        <source>Ready. Add layers with Ctrl+Shift+A or by dropping files on the window.</source>
        <translation>Pronto. Adicione camadas com Ctrl+Shift+A ou arrastando arquivos para a janela.</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Novo projeto</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Salvar projeto</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Salvar projeto &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Add Layer…</source>
        <translation>&amp;Adicionar camada…</translation>
    </message>
    <message>
        <source>Add vector or raster layers from files</source>
        <translation>Adicionar camadas vetoriais ou raster de arquivos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Pan the map by dragging</source>
        <translation>Mover o mapa arrastando</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>&amp;Identificar feições</translation>
    </message>
    <message>
        <source>Click on the map to see the attributes of the features under the cursor</source>
        <translation>Clique no mapa para ver os atributos das feições sob o cursor</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aproximar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;fastar</translation>
    </message>
    <message>
        <source>Zoom &amp;Full</source>
        <translation>Zoom &amp;total</translation>
    </message>
    <message>
        <source>Zoom to all layers</source>
        <translation>Zoom para todas as camadas</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>Zoom para a &amp;camada</translation>
    </message>
    <message>
        <source>Zoom to the selected layer</source>
        <translation>Zoom para a camada selecionada</translation>
    </message>
    <message>
        <source>Zoom &amp;Last</source>
        <translation>Zoom a&amp;nterior</translation>
    </message>
    <message>
        <source>Go back to the previous extent</source>
        <translation>Voltar à extensão anterior</translation>
    </message>
    <message>
        <source>Zoom &amp;Next</source>
        <translation>Zoom &amp;seguinte</translation>
    </message>
    <message>
        <source>Go forward to the next extent</source>
        <translation>Ir para a extensão seguinte</translation>
    </message>
    <message>
        <source>Project &amp;CRS…</source>
        <translation>&amp;SRC do projeto…</translation>
    </message>
    <message>
        <source>Coordinate reference system and datum transformations</source>
        <translation>Sistema de referência de coordenadas e transformações de datum</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Abrir tabela de &amp;atributos</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Remover camada</translation>
    </message>
    <message>
        <source>Layer &amp;Properties…</source>
        <translation>&amp;Propriedades da camada…</translation>
    </message>
    <message>
        <source>&amp;About Territoria</source>
        <translation>&amp;Sobre o Territoria</translation>
    </message>
    <message>
        <source>About Territoria</source>
        <translation>Sobre o Territoria</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Territoria %1&lt;/h3&gt;&lt;p&gt;Desktop GIS for municipal planning and disaster-risk management.&lt;/p&gt;&lt;p&gt;Built on Qt %2, GDAL, PROJ and GEOS.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Camada</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Navegação do mapa</translation>
    </message>
    <message>
        <source>Layer “%1” has no coordinate reference system. It is drawn as if it were in the project CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set CRS…</source>
        <translation>Definir SRC…</translation>
    </message>
    <message>
        <source>Add Layers</source>
        <translation>Adicionar camadas</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>sem SRC</translation>
    </message>
</context>
<context>
    <name>territoria::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>territoria::MissingLayersDialog</name>
    <message>
        <source>Missing Layers</source>
        <translation>Camadas ausentes</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of this project could not be opened. They are kept in the project; use “Locate…” to point to the file&apos;s new place.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>Locate “%1”</source>
        <translation>Localizar “%1”</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restaurada de %1</translation>
    </message>
</context>
<context>
    <name>territoria::Notifier</name>
    <message>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erro:</translation>
    </message>
</context>
<context>
    <name>territoria::Project</name>
    <message>
        <source>The project has no missing layer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project: no file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Territoria project: it is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Territoria project: the JSON document is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Territoria project (its &quot;format&quot; is not &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid project format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer Territoria (project format version %2); this version reads format %3 or older. Please update Territoria to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: &quot;layers&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project CRS (%1) is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer entry %1 of %2 is not an object; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” has no source in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Camada “%1”: %2</translation>
    </message>
</context>
<context>
    <name>territoria::ProjectController</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>%1[*] — Territoria</source>
        <translation>%1[*] — Territoria</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(nenhum projeto recente)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar lista</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Do you want to save them?</source>
        <translation>O projeto “%1” tem alterações não salvas. Deseja salvá-las?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>Territoria projects (*.territoria);;All files (*)</source>
        <translation>Projetos do Territoria (*.territoria);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of the project could not be opened.</source>
        <translation>
            <numerusform>Não foi possível abrir %n camada do projeto.</numerusform>
            <numerusform>Não foi possível abrir %n camadas do projeto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened project %1.</source>
        <translation>Projeto %1 aberto.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Salvar projeto como</translation>
    </message>
    <message>
        <source>Territoria projects (*.territoria)</source>
        <translation>Projetos do Territoria (*.territoria)</translation>
    </message>
</context>
<context>
    <name>territoria::ProjectCrsDialog</name>
    <message>
        <source>Project CRS</source>
        <translation>SRC do projeto</translation>
    </message>
    <message>
        <source>Coordinate reference system of the map</source>
        <translation>Sistema de referência de coordenadas do mapa</translation>
    </message>
    <message>
        <source>Datum transformations</source>
        <translation>Transformações de datum</translation>
    </message>
    <message>
        <source>From layer CRS:</source>
        <translation>Do SRC da camada:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Area of use</source>
        <translation>Área de uso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Use selected operation</source>
        <translation>Usar a operação selecionada</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Usar a padrão</translation>
    </message>
    <message>
        <source>The project has no layers with a CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project CRS to see the transformations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer is already in the project CRS: no transformation is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>needs a grid that is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballpark (no datum shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned in the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use the selected operation for this pair of CRSs in this project</source>
        <translation>Usar sempre a operação selecionada para este par de SRC neste projeto</translation>
    </message>
    <message>
        <source>Let PROJ choose the best available operation for each point</source>
        <translation>Deixar o PROJ escolher a melhor operação disponível para cada ponto</translation>
    </message>
    <message>
        <source>in use (default here)</source>
        <translation>em uso (padrão aqui)</translation>
    </message>
    <message>
        <source>default here</source>
        <translation>padrão aqui</translation>
    </message>
    <message>
        <source>%1 (accuracy %2 m)</source>
        <translation>%1 (precisão %2 m)</translation>
    </message>
    <message>
        <source>Default: PROJ chooses the most accurate operation for each point. Where the map is, that is %1.</source>
        <translation>Padrão: o PROJ escolhe a operação mais precisa para cada ponto. Onde o mapa está, é %1.</translation>
    </message>
    <message>
        <source>Default: PROJ chooses the most accurate operation for each point. In the middle of the layer CRS&apos;s area of use, that is %1.</source>
        <translation>Padrão: o PROJ escolhe a operação mais precisa para cada ponto. No centro da área de uso do SRC da camada, é %1.</translation>
    </message>
    <message>
        <source>Default: PROJ chooses the most accurate operation for each point.</source>
        <translation>Padrão: o PROJ escolhe a operação mais precisa para cada ponto.</translation>
    </message>
</context>
<context>
    <name>territoria::RasterLayerRenderer</name>
    <message>
        <source>Layer “%1” has no data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: invalid map settings (extent or size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: cannot transform from %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: band %2 does not exist (the raster has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: cannot open %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: cannot select bands of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: invalid warp options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: cannot warp %2 to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: unexpected warp output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: cannot read the warped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: not enough memory for a %2×%3 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Camada “%1”: %2</translation>
    </message>
</context>
<context>
    <name>territoria::StatusBarController</name>
    <message>
        <source>Cursor coordinates in the project CRS</source>
        <translation>Coordenadas do cursor no SRC do projeto</translation>
    </message>
    <message>
        <source>Cursor position as latitude/longitude (WGS 84)</source>
        <translation>Posição do cursor em latitude/longitude (WGS 84)</translation>
    </message>
    <message>
        <source>Current map scale</source>
        <translation>Escala atual do mapa</translation>
    </message>
    <message>
        <source>Project coordinate reference system</source>
        <translation>Sistema de referência de coordenadas do projeto</translation>
    </message>
    <message>
        <source>Project CRS: %1 (click to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation>Sem SRC</translation>
    </message>
    <message>
        <source>outside the CRS</source>
        <translation>fora do SRC</translation>
    </message>
</context>
<context>
    <name>territoria::VectorLayerRenderer</name>
    <message>
        <source>Layer “%1” has no data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: nothing to draw on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: invalid map settings (extent or size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: cannot transform from %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Camada “%1”: %2</translation>
    </message>
    <message>
        <source>Layer “%1”: %2 vertices could not be transformed to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
