<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AhpAlgorithm</name>
    <message>
        <source>AHP weights (pairwise comparisons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the criteria from a pairwise comparison matrix on Saaty&apos;s scale 1/9..9: rows separated by “;” and entries by “,”, fractions allowed (1,3,5;1/3,1,3;1/5,1/3,1 says the first criterion is moderately more important than the second and strongly more than the third). The weights are the principal eigenvector (adding up to 1, in row order); CI = (λmax − n)/(n − 1) and CR = CI/RI with Saaty&apos;s random index. A CR above 0.10 means the judgements contradict each other: the ones most at odds are listed with the value the weights suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise comparison matrix (rows by “;”, entries by “,”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the criteria, in row order (for the messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights, in row order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal eigenvalue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random index (Saaty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent (CR at most 0.10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgements most at odds with the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “names”: %1 names for a %2 x %2 matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3 is outside Saaty&apos;s scale 1/9..9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2 (row %3, column %4): %5 given, the weights imply %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix is inconsistent: CR = %1 &gt; 0.10. Revise the judgements most at odds with the rest: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AnalysisController</name>
    <message>
        <source>Rank Stability — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>The layout “%1” has no atlas: turn the atlas on and choose a coverage layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas of the layout “%1” has no coverage layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage layer “%1” of the atlas “%2” could not be opened: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage layer of the atlas “%1” is not in the project (layer id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage layer “%1” of the atlas “%2” is not a vector layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage layer “%1” of the atlas “%2” has no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid atlas expression “%1” for %2: one expression only, without “;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the coverage layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page name “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas expressions of “%1” are not valid for %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas of “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas expressions of “%1” failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas filter “%1” of “%2” keeps no feature of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage layer %1 of the atlas “%2” has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot transform the coverage layer “%1” to the project CRS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read feature %1 of the coverage layer %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported by Territoria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no layer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no attributes to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer «%2» is missing from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer «%2» cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the field to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no field «%3»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field «%2» of «%3» is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the atlas layer has no field «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n without a value</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No values to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank: bar from the best to the worst, dot at the mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Equal interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
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
    <message>
        <source>Lists the print layouts of a project, one name per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: name, page size in mm, items and atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file (.territoria).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a print layout of a project to PDF, SVG, PNG, TIFF or JPEG; with --atlas, one page per
feature of its coverage layer (one multi-page PDF unless --per-feature or --split-by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the layout (&apos;layout list&apos; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file; the format follows the extension (.pdf, .svg, .png, .tif, .jpg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the layout&apos;s atlas: one page per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of images and raster parts (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --atlas: one PDF per value of this field (FILE_&lt;value&gt;.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --atlas: one file per feature (FILE_&lt;page name&gt;.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write a world file (.pgw, .tfw, .jgw) beside images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --layout NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split-by and --per-feature need --atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --split-by or --per-feature, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split-by needs a field name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split-by writes PDF files: use an --out ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its layouts are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 has no layout “%2”; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout “%1” has no atlas; export it without --atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 layout list PROJECT [--json]
       %1 layout export PROJECT --layout NAME --out FILE [--atlas] [--dpi N]
                             [--split-by FIELD | --per-feature] [--no-world-file]
Run &apos;%1 layout export --help&apos; for the options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown layout command “%1”: use “list” or “export”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]

Commands:
  info PATH... [--json]        Describe the layers of files (CRS, extent, fields, bands...).
  render INPUT... --out FILE   Draw a project (.territoria) or layers to PNG, PDF or SVG.
  layout list PROJECT          List the print layouts of a project.
  layout export PROJECT --layout NAME --out FILE [--atlas]
                               Export a print layout (or its atlas) to PDF, SVG or images.
  algorithms [--json]          List the analysis algorithms and their parameters.
  run ALGORITHM --param N=V... Run an analysis algorithm and print its outputs.
  scenario list PROJECT        List the scenarios of a project (also: show, run, compare).
  scenario run PROJECT NAME    Run a scenario&apos;s analyses (--all: every scenario).
  scenario compare PROJECT A B --out DIR
                               Differences per district between two scenarios (CSV, GeoPackage).

Options:
  -h, --help                   Show this help (&apos;%1 COMMAND --help&apos; for a command).
  -v, --version                Show the version.

Exit status: 0 on success, 1 when a file cannot be read or written, 2 on bad arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its scenarios are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 has no scenario “%2”; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the scenarios of a project, one name per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: every scenario with its analyses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describes a scenario: description, author, and its analyses with the command line that reproduces each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a project file and a scenario name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the analyses of a scenario in order; the outputs go to the folder &lt;project&gt;.scenarios/&lt;name&gt;/ next to the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every scenario of the project, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario (not with --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all give only the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a project file and a scenario name (or --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 has no scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the result layers of two scenarios (each one&apos;s last vector output, after &apos;scenario run&apos;) unit by
unit: for every numeric field in both, A, B, B − A and the change in %. Writes DIR/A_vs_B.csv and
DIR/A_vs_B.gpkg (the difference map, with A&apos;s geometry) and prints a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the CSV table and the GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key field matching the units (default: the scenario&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a project file and two scenario names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither scenario names a key field: give --key FIELD (e.g. the district code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1” has no results yet (%2 is missing): run &apos;%3 scenario run %4 &quot;%1&quot;&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 scenario list PROJECT [--json]
       %1 scenario show PROJECT NAME [--json]
       %1 scenario run PROJECT (NAME | --all)
       %1 scenario compare PROJECT NAME_A NAME_B --out DIR [--key FIELD]
Run &apos;%1 scenario COMMAND --help&apos; for the options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scenario command “%1”: use “list”, “show”, “run” or “compare”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositeIndexAlgorithm</name>
    <message>
        <source>Composite index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combines several indicator fields into one index per unit. Each indicator is normalized (minmax: (x − min)/(max − min); zscore: (x − mean)/standard deviation of the population; rank: average rank / number of units), turned around when lower is better, weighted (weights are scaled to sum 1) and aggregated by a weighted arithmetic mean (contrib_&lt;field&gt; = weight × score, they add up to the index) or a weighted geometric mean (contrib_&lt;field&gt; = weight × ln(score), the index is the exponential of their sum; a score of 0 makes the index 0). Missing values: skip_unit leaves the unit out (empty index), mean_impute replaces them by the indicator&apos;s mean. index_rank is 1 for the highest index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of each indicator (empty: all higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of each indicator (empty: equal weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units left out for missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “directions”: give one direction per field (%1 fields, %2 directions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “weights”: give one weight per field (%1 fields, %2 weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometric mean needs positive scores and z-scores can be negative: use minmax or rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “weights”: “%1” is not a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “weights”: the weights add up to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “fields”: %1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “fields”: the field “%1” of %2 is not numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” of %2 has no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n missing value(s) replaced by the mean.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have missing values and get no index.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No unit of %1 has a value for every indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same value in every unit: its score is 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same value in every unit: its score is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have a score of 0 in some indicator: their geometric index is 0.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinateTransform</name>
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
    <name>CoverageBufferAlgorithm</name>
    <message>
        <source>Cannot convert a buffer for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot transform a buffer back to the CRS of the input for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by distance (buffers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers of a given distance (metres) around each facility, and their dissolved union as the area covered. Distances are measured in a projected CRS: the layer&apos;s own when it is projected, else the UTM zone of the layer&apos;s centre. The results are written in the layer&apos;s CRS, with their areas in square metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments per quarter circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers per facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area covered (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS of the computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “distance”: the buffer distance must be more than 0 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CRS: distances cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot transform feature %1 of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot buffer feature %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no features with a geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2 (the facilities may have it already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the buffers of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageGapAlgorithm</name>
    <message>
        <source>Population outside coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People outside a coverage polygon layer (mobile coverage, isochrones) per zone, as a count and a share. With a population raster, a pixel belongs to the zone and to the coverage that contain its centre. With a population field instead, each zone&apos;s population is spread evenly over its area and the covered part is the area of the zone inside the coverage, measured in a Lambert azimuthal equal-area projection centred on the zones. Zones should not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band of the population raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population field of the zones (spread over their area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of the new field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones with the coverage gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population of the zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the population outside coverage (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a population raster (“population”) or a population field (“population_field”), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold polygons, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold polygons: feature %2 is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the extent of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert the zones of %1 to longitude and latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the coverage polygons of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) have no population value: their gap is empty.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1 as a raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no band %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no north-up georeferencing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rasterize the zones of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rasterize the coverage of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageIO</name>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: cannot open %2 as a raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no north-up georeferencing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 is in a geographic CRS (degrees); travel distances need a projected CRS in metres. Reproject it first (e.g. to its UTM zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 does not have the grid of %3 (size, origin and cell size must be equal; resample it with gdalwarp first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 is not in the CRS of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot transform %1 to the CRS of the raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold points: feature %2 is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot transform feature %2 of %1 to the CRS of the raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no GTiff driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: rasters are written as GeoTIFF (.tif).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no %2 driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert the centre of %1 to longitude and latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside the UTM zones (latitude beyond 84°).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>“%1” is not a coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ cannot write “%1” as WKT</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>EditableGeometry</name>
    <message>
        <source>The cutting or reshaping line must be a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cutting or reshaping line needs at least two vertices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines and polygons can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cutting line cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polygon cannot be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines and polygons can be reshaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reshaping line must have a single part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reshaping line must cross the feature&apos;s boundary at least twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reshaped geometry cannot be built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposureAlgorithm</name>
    <message>
        <source>Exposure per district and hazard level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each hazard level exposes in each district: one row per district and level (very high first) with `zone`, `level`, `level_code` (4 very high … 1 low) and `count`, plus `area_m2` (building footprints), `length_m` (roads) and `people` (population raster) where they apply; a GeoPackage table, or CSV when the output ends in .csv (or with “csv_output”), and optionally the districts as a layer with a column per level (“layer_output”). The hazard is a polygon layer with a level field (muy alto, alto, medio, bajo, their English names or 1 to 4) or a raster classified by four thresholds (lower bounds of low, medium, high, very high: lahar zones, flood depth, ash thickness). A building or facility counts in the hazard zone and the district holding its centroid (the true, area-weighted centroid, not the centre of its bounding box); where districts overlap or a centroid lies on a border, the first district in the layer&apos;s order holds it. Roads are cut by the zones and districts and measured. People: the cells whose centre is in a zone and a district. Overlapping hazard zones are reported (count and feature ids); by default the highest level holds (conservative: each building, metre of road and person counts once, at the highest level); “each_zone” counts them in every zone holding them (as QGIS&apos;s count points in polygon does; people still count once, at the highest level) and “refuse” stops. Layers in another CRS than the hazard are reprojected explicitly, with a warning; a population raster in another CRS is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard zones (polygons with a level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard level field (empty: level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard raster instead of zones (depth, thickness, probability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster thresholds: lower bounds of low, medium, high and very high (e.g. 0.1,0.5,1,2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the raster&apos;s levels from low to very high (empty: low, medium, high, very high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed elements: buildings (polygons or points), facilities (points) or roads (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District name or code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population raster (people per cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping hazard zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure table (GeoPackage, or CSV when it ends in .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also as a layer: the districts with a column per level (count_very_high … count_low, and people_, area_m2_, length_m_ where they apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts with the exposure per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements in a hazard zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements outside every hazard zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed elements outside every district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in a hazard zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of overlapping hazard zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements per level, low to very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hazard as zones (“hazard”, polygons with a level) or as a raster (“hazard_raster” with “thresholds”), one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to measure: give the exposed elements (“exposure”) and/or a population raster (“population”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no hazard level field “%2” (parameter “hazard_field”): every zone needs a level (muy alto, alto, medio, bajo or 1 to 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hazard zones must be polygons: %1 has %2 geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no hazard zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hazard zones must be polygons: feature %1 of %2 is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, feature %2: “%3” in field “%4” is not a hazard level (muy alto, alto, medio, bajo, very high, high, medium, low or 1 to 4, 4 the highest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hazard zone of %1 has a level in field “%2”: the hazard layer has no levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n zone(s) without a level are left out (features %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “thresholds”: a hazard raster needs four thresholds, the lower bounds of low, medium, high and very high (e.g. 0.1,0.5,1,2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot classify the hazard raster %1 (not enough memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot turn the hazard raster %1 into zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell of %1 reaches the low threshold %2: there are no hazard zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in geographic coordinates: areas and lengths are left empty (reproject the layers to a projected CRS in metres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CRS: assuming the CRS of the hazard (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in another CRS than the hazard (%2) and cannot be reprojected to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2, the hazard in %3: reprojecting it to the hazard&apos;s CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field “%2” (parameter “zone_field”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The districts must be polygons: feature %1 of %2 is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reproject district %1 of %2 to the hazard&apos;s CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no district with a geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) of hazard zones overlap (feature ids %2). Fix the zones, or choose overlaps=highest (the highest level holds) or each_zone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) of hazard zones overlap (feature ids %2); where they do, the highest level holds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) of hazard zones overlap (feature ids %2); elements there count in every zone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no features: there is nothing exposed to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable geometries: there is nothing exposed to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) without a usable geometry were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the population raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population raster %1 is in another CRS than the hazard (%2): warp it to the hazard&apos;s CRS first (Raster ▸ Warp); people are not resampled silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population raster %1 is rotated; warp it to a north-up grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rasterize the hazard zones on the grid of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rasterize the districts on the grid of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the population raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per district and hazard level. A building or facility counts in the hazard zone and the district holding its centroid; roads by their length inside each zone and district; people by the cells whose centre is inside. Overlapping zones: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted in every zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest level holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exposure table %1 must end in .gpkg or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the exposure table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the exposure table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exposed element(s) are outside every district of %1: they are not in the table.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldCalculator</name>
    <message>
        <source>Invalid expression “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the name of the field to calculate in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown CRS “%1” for the measures of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRS “%1” for the measures of %2 must be projected (in metres), not geographic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reproject %1 for the measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a geographic CRS: areas, lengths and coordinates in the expression are measured in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression “%1” failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output %1 is also the input: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field calculation into %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
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
        <source>Cannot copy %1 to memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression for %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid expression “%1”: one expression only, without “;”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCalculatorAlgorithm</name>
    <message>
        <source>Field calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculates a new field, or overwrites one, from an SQLite expression over the fields and the geometry (GDAL&apos;s SQLite dialect with Spatialite functions), for example “poblacion / superficie”, “ST_Area(geometry) / 1e6” or “ST_X(ST_Centroid(geometry))”. The geometry column is called geometry. Measures are in the layer&apos;s CRS; a layer in longitude and latitude is first reprojected to the measure CRS (by default the UTM zone of its centre). An invalid expression is rejected with SQLite&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field to calculate (new or existing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS for measures of a geographic layer (e.g. the project CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer with the calculated field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features where the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS of the geometry measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The expression is empty (NULL) for %n feature(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>There is no geometry to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry cannot be read, so it cannot be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry cannot be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing remains of the geometry after repairing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing remains of the geometry after repairing it (it collapsed to a lower dimension).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardAlgorithm</name>
    <message>
        <source>Hazard level (CENEPRED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard (peligrosidad) the way CENEPRED&apos;s manual computes it. Each factor (susceptibility factors and hazard parameters) has descriptors, listed from the most to the least hazardous and weighted by an AHP pairwise matrix (or a list of weights); the factors are weighted by another AHP matrix or list. The hazard value of a unit (or cell) is Σ factor weight × weight of the unit&apos;s descriptor. The factors are fields of the units (vector mode) or rasters of class codes on one grid (raster mode, written block by block). Level ranges as in the manual: the possible values v1 ≥ … ≥ v5 (every factor at its 1st, …, 5th descriptor) give low [v5, v4), medium [v4, v3), high [v3, v2) and very high [v2, v1]; values below v4 are low. Give “ranges” (lower bounds of low, medium, high and very high) and “level_names” to override them. Writes hazard_value, hazard_level (1 low to 4 very high, a stable code) and hazard_level_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation units with a descriptor field per factor (vector mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the units holding each factor&apos;s descriptor class (vector mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasters of descriptor class codes, one per factor (raster mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptor weights per factor, separated by “|”: an AHP matrix (1,2,3,5,7;1/2,1,2,3,5;…) or a list, most hazardous descriptor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class values of the descriptors per factor, separated by “|”, in the order of the weights (empty: 1, 2, 3, … with 1 the most hazardous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the factors: an AHP matrix (1,3;1/3,1) or a list (0.75,0.25)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsochronesAlgorithm</name>
    <message>
        <source>Parameter “%1”: “%2” is not a positive number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: give at least one threshold, e.g. 15,30,60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: at most 250 thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isochrones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygons of the area reached within each travel-time threshold (minutes, e.g. 15,30,60) from a travel-time raster. Cumulative polygons include the shorter thresholds; bands hold only the cells between one threshold and the previous one. A cell belongs to a threshold when its time is at most the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time raster (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative polygons (otherwise bands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area per threshold (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to classify %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot classify %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot polygonize %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert the isochrone of %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinTableAlgorithm</name>
    <message>
        <source>Join a table to a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the rows of a table (CSV, XLSX or ODS; “file.xlsx|layername=Sheet” picks a sheet) to the features of a layer with the same key, one to one, into a new layer. The table&apos;s key is read as text, so codes such as the ubigeo “040101” keep their leading zero; a numeric key 40101 does not match it unless zero padding to a width is asked for. The report lists the unmatched keys of both sides and the duplicated keys of the table (the first row wins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key field of the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table (CSV, XLSX, ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key column of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of the joined field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad numeric keys with zeros to this width (0: no padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features without a table row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table keys without a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on several table rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join report (counts, key lists, table problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “table_field”: %1 has no column “%2” (columns: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature of %1 matched a row of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature of %1 matched a row of %2 (first keys: “%3” and “%4”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 features joined; %3 table key(s) unused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelTextTemplate</name>
    <message>
        <source>No label text: choose a field or write a template such as {NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label field “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced “}” at character %1 of the label template “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclosed “{” at character %1 of the label template “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label template “%1” names the field “%2”, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerChartWidget</name>
    <message>
        <source>The layer has no field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerLoader</name>
    <message>
        <source>GDAL cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: it holds no vector layer nor raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1” was canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of the layout “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: the resolution must be between 1 and 2400 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: the page size %2 x %3 mm is not valid for PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add page %1 to the PDF %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the SVG %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: a page of %2 x %3 pixels does not fit in memory; lower the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown format “%2” (use .pdf, .svg, .png, .tif or .jpg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split the atlas “%1” into files: choose the field to split by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split the atlas “%1” by “%2”: the coverage layer has no such field (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutRenderer</name>
    <message>
        <source>%1: the layer «%2» is missing from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the grid interval is too small for the map; grid not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot draw the graticule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot draw the graticule for this extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the map has no extent to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: layer «%2»: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the legend has no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no map to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the map&apos;s scale is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the scale bar is too narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot show the picture %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no field «%3»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows do not fit the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No features.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hillshade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveJoins</name>
    <message>
        <source>A join of the project has no table file or no key field; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a whole number; the value is left empty (the text is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a number; the value is left empty (the text is kept).</source>
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
        <source>%1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No join to run for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join into %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column “%2”: the join cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1 (is it open in another program?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExport</name>
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
</context>
<context>
    <name>MapRenderJob</name>
    <message>
        <source>Invalid map extent or output size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Health post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McdaAlgorithm</name>
    <message>
        <source>Multi-criteria prioritization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks territorial units (fields of a vector layer) or cells (aligned rasters, one per criterion) by several criteria. Each criterion is a benefit (higher is better) or a cost, normalized by minmax, zscore or vector (x/√Σx²), or by its own value function: name:direction:low:high (0 at low, 1 at high, clamped) or, for units, name:value:x1=v1:x2=v2:... (piecewise linear). Methods: wlc (weighted sum of the normalized values, costs turned around), topsis (closeness to the ideal: distance to the anti-ideal / (sum of both distances); ideal and anti-ideal reported) and owa (ordered weighted averaging with order weights). Units write score, rank (1 = highest priority), a five-class priority (quintiles of the rank) and, for TOPSIS, the distances; rasters give a Float32 score raster. Units failing the constraint (an SQL condition on the fields) or with missing values get no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with the criteria as fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or rasters, one per criterion in the same order (aligned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint: units that satisfy it take part (SQL condition on the fields, e.g. population &gt; 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint for rasters: cells where this raster is 0 or has no data are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads for rasters (0: one per core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: units with score and rank (.gpkg ...), or a score raster (.tif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with score and rank, or the score raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights used (adding up to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal: best value of each criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-ideal: worst value of each criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS ideal in weighted normalized values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS anti-ideal in weighted normalized values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units left out by the constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units left out for missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells with a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “constraint_raster” applies to rasters; for units, give “constraint” (an SQL condition on the fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either “input” (units with the criteria as fields) or “rasters” (one per criterion), not both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “constraint” applies to units; for rasters, give “constraint_raster” (0 or no data where cells are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “output”: %1: a score raster is written as GeoTIFF (.tif).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same value in every unit: it adds nothing to the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style of the output layer: the five priority classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFacilitiesAlgorithm</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to build new facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population raster (people per cell, projected CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate sites (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability raster (cells above 0 are candidates; grid of the population)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time to the existing facilities (minutes; grid of the population)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage limit of the existing travel time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of new facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most raster candidates (the mask is subsampled beyond)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population covered by the existing facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population uncovered before the new sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population covered by the new sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population covered with the new sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population still uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People added by each site, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sites chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of candidates considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “count”: at least 1 new facility must be asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the candidate sites either as points (“candidates”) or as a suitability raster (“suitability”), one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “max_minutes”: give the coverage limit (minutes) of the existing travel-time raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “population”: %1 has more than 4 294 967 295 cells; clip or resample it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parameter “candidates”: none of the %n point(s) of %1 lies inside the population raster %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) outside the population raster are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “suitability”: no cell of %1 is above 0, so there is no candidate site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “max_candidates”: the subsample of the %1 suitable cells holds no cell; raise max_candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suitable cells are more than max_candidates (%2): one cell in %3 x %3 is considered, %4 candidates in all. Raise max_candidates for a finer choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many populated cells within radius_m of the %1 candidates (more than %2 pairs): use fewer candidates (max_candidates, or fewer points), a smaller radius or a coarser population raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n site(s) add uncovered people: the other candidates would cover nobody new.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to read %1 (%2 x %3 cells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses up to “count” new facility sites among candidate points, or among the cells of a suitability raster (cells above 0), to cover the most people not yet covered (greedy maximum coverage). A site covers cells of the population raster by one of two rules. Straight line: the cells whose centre lies within radius_m metres of it. Travel time: give a speed raster (km/h; 0 or no data is impassable) or a friction raster (seconds to cross one cell, as GRASS r.cost) on the grid of the population, and site_minutes; the site covers the cells from which people reach it within site_minutes, moving as in coverage:travel_time (8 or 16 neighbours; walking or bicycling corrected for the slope of a DEM on the same grid, mode walk or bicycle). Give radius_m or the travel-time parameters, not both. People already covered by the existing facilities (cells of the “existing” travel-time raster within max_minutes, or the cells the “existing_facilities” points cover by the same rule as the sites) are left out. Each step takes the candidate that adds the most people still uncovered (ties: the first candidate), so the gain of each site accounts for the overlap with the sites chosen before it. The population raster must be in a projected CRS (metres). Raster candidates beyond max_candidates are thinned to a regular subsample of the mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing facilities (points, covering by the rule of the new sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage radius of a site (m, straight line; not with travel time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed raster for coverage by travel time (km/h; grid of the population)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction raster for coverage by travel time (seconds to cross one cell; grid of the population)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage limit of a site by travel time (minutes to reach it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours of the travel-time moves (16: knight&apos;s move, more accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation raster (m; grid of the population) for walking or bicycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel mode (walking and bicycling are corrected for slope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage rule of a site (straight_line or travel_time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a speed raster (“speed”) or a friction raster (“friction”) for coverage by travel time, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one coverage rule: either “radius_m” (straight line) or “speed”/“friction” with “site_minutes” (travel time), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “site_minutes” sets coverage by travel time: give a speed raster (“speed”) or a friction raster (“friction”) with it instead of “radius_m”, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “site_minutes” sets coverage by travel time: give a speed raster (“speed”) or a friction raster (“friction”) with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the coverage of a site: “radius_m” (metres, straight line), or a speed raster (“speed”) or a friction raster (“friction”) with “site_minutes” (travel time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “site_minutes”: coverage by travel time needs the minutes within which people reach a site (more than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “dem” corrects travel times for slope: give “speed” or “friction” and “site_minutes” too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “dem”: mode “%1” corrects speeds for slope and needs an elevation raster; give “dem”, or use mode=motorized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DEM %1 is not used: mode “%2” ignores slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “mode” is not used: the sites cover within radius_m in a straight line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “speed”: every cell of %1 is 0 or no data, so nobody can travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “friction”: every cell of %1 is negative or no data, so nobody can travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a travel-time window of %1 x %2 cells; lower site_minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by travel time within %1 min: each site is computed on a window of %2 x %3 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n existing facility(ies) of %1 lie outside the population raster: travel times are computed over its grid, so they cover nobody.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many populated cells within site_minutes of the %1 candidates (more than %2 pairs): use fewer candidates (max_candidates, or fewer points), a shorter time or a coarser population raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) stand on impassable cells (no data, zero speed): they cover only their own cell.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParameterDefinition</name>
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
    <name>ParameterWidget</name>
    <message>
        <source>Raster files (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.nc *.dem *.hgt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.tab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointCountsAlgorithm</name>
    <message>
        <source>Point counts per zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the points (facilities, bus stops, antennas) in each zone and derives the count per 1,000 inhabitants (when a population field is given) and per km². Areas are geodesic, computed on the ellipsoid of the zones&apos; CRS. A point on a border between zones counts once, for the first zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population field of the zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of the new field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output zones with counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones with counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points outside every zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zones must be polygons: %1 has %2 geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points must be points: %1 has %2 geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CRS: the area of its zones cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert the zones of %1 to longitude and latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zones must be polygons: feature %1 of %2 is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reproject the points of %1 to the CRS of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CRS: assuming the CRS of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points must be points: feature %1 of %2 is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) have no positive population: their rate per 1,000 inhabitants is empty.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) fall outside every zone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopulationCoverageAlgorithm</name>
    <message>
        <source>Population covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People within each travel-time threshold (minutes), in total, per facility (with the nearest-facility allocation raster) and per district, and the people left out. Population comes from a raster on the grid of the travel-time raster, or from a population field of the districts spread evenly over their cells. Capacity-aware mode: give the facilities with a capacity field and the folder of per-facility travel-time rasters; facilities are taken in the order of the order field (or as listed) and each covers, nearest cells first, at most its capacity from the people still uncovered within max_minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time raster (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population raster (same grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population field of the districts (spread over their area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest-facility raster (same grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities (capacity-aware mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility id field (as given to travel_time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity field (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order field (ascending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of per-facility travel-time rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage limit for the capacity-aware mode (minutes; 0: the largest threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table per facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population within each threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population beyond the largest threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population covered within capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a population raster (“population”) or a population field of the districts (“population_field”), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “population_field” needs the districts (“districts”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “districts_output” needs the districts (“districts”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity-aware mode (“capacity_field”) needs the facilities and the folder of per-facility travel-time rasters (“per_facility_dir”, written by coverage:travel_time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot transform district %1 of %2 to the CRS of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to rasterize %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rasterize %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) of %1 cover no cell centre of %2: their population is left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “per_facility_dir”: %1 is not on the grid of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies) have no travel-time raster in %1: they cover nobody.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown layout item type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout item “%1”: “rect” must be four numbers (x, y, width, height in mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout item “%1”: its width and height must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout “%1”: unknown page size “%2” (expected A4, A3, A2, A1, A0, letter or custom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout “%1”: a custom page needs “custom_size”: [width, height] between 10 and 5000 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout “%1”: “items” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the layout template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the layout template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid layout template: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Territoria layout template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a layout template of version %2; this Territoria reads up to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritizationAhp</name>
    <message>
        <source>Parameter “matrix”: the matrix is empty (write rows separated by “;” and entries by “,”, e.g. 1,3;1/3,1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “matrix”: %1 rows; the random index of Saaty is tabulated up to 15 criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1 has %2 entries but there are %3 rows; the matrix must be square.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1, column %2: “%3” is not a number or a fraction like 1/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1, column %2: “%3” must be greater than zero (Saaty&apos;s scale goes from 1/9 to 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1, column %1: a criterion compared with itself must be 1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “matrix”: not reciprocal: row %1, column %2 is %3 but row %2, column %1 is %4 (expected %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritizationMcda</name>
    <message>
        <source>Parameter “criteria”: “%1” has no name (write name:benefit or name:cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: “%2” is not a breakpoint x=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: the breakpoints must go from the lowest x to the highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: a value function needs at least two breakpoints, e.g. name:value:0=0:10=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: the direction must be benefit, cost or value, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: the value function needs two different numbers, name:direction:low:high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1” is not name:direction or name:direction:low:high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: no criteria given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 weights for %3 criteria; give one weight per criterion, in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the weight “%2” must be greater than zero (leave the criterion out instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the weights add up to %2; they were divided by it to add up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “weights”: “%1” is not rank_sum or rank_reciprocal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “weights”: %1 ranks for %2 criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “weights”: the rank “%1” must be a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria: name:benefit or name:cost, optionally with a linear value function name:cost:low:high, or name:value:x1=v1:x2=v2... (breakpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights in the order of the criteria, e.g. 0.5,0.3,0.2; or rank_sum / rank_reciprocal (criteria listed from the most important; rank_sum:1,2,2 gives ranks); empty: from the AHP matrix, or equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHP pairwise comparison matrix for the weights, e.g. 1,3;1/3,1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalization (default: minmax; vector for TOPSIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWA order weights, from the best value of a unit to the worst (empty: equal, i.e. WLC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either “weights” or “ahp_matrix”, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “ahp_matrix”: %1 rows for %2 criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AHP matrix is inconsistent (CR = %1 &gt; 0.10); run prioritization:ahp to see the judgements most at odds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weights given: every criterion weighs the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order weights given: equal order weights make OWA a weighted linear combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “order_weights”: %1 order weights for %2 criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “order_weights”: “%1” is not a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “order_weights”: the order weights add up to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “order_weights” is used by the owa method only; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: %1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: the field “%1” of %2 is not numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “constraint”: “%1” is not a valid condition on the fields of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “constraint”: cannot evaluate “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units do not satisfy the constraint “%3” and get no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units of %2 have a missing value in some criterion and get no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit of %1 can be scored (every unit is excluded by the constraint or has missing values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritizationRaster</name>
    <message>
        <source>Cannot open %1 as a raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (cells %2,%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “rasters”: %1 rasters for %2 criteria; give one criterion per raster, in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: value functions with breakpoints are for units; for rasters write %1:benefit:low:high or %1:cost:low:high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 x %3 cells) is not aligned with %4 (%5 x %6 cells): the rasters must share size, origin and cell size (resample with gdalwarp first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have different coordinate reference systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prioritization was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell has data in every raster and satisfies the constraint (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has the same value in every cell: it adds nothing to the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no GTiff driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankStabilityChart</name>
    <message>
        <source>%1 has no Monte Carlo ranks (mc_mean_rank, mc_min_rank, mc_max_rank, mc_p_top_k): run the sensitivity analysis with samples above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RasterLayer</name>
    <message>
        <source>“%1” has no band %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window %1,%2 %3×%4 is outside “%5” (%6×%7 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the pixels of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The georeferencing of “%1” cannot be inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point %1, %2 is outside “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the statistics of “%1” was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute statistics of “%1” band %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute statistics of “%1” band %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no raster bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate reference system of “%1” could not be interpreted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL, reading “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not georeferenced: it is shown in pixel coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not declare a coordinate reference system: set one before using it with other layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RasterLayerRenderer</name>
    <message>
        <source>Layer “%1” has no data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: invalid map settings (extent or size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: band %2 does not exist (the raster has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: cannot transform from %2 to %3: %4</source>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskCore</name>
    <message>
        <source>Parameter “%1”: “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1” is empty: give an AHP matrix (1,3;1/3,1) or a list of weights (0.75,0.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: a %2 x %2 matrix for %3 item(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the AHP matrix is inconsistent (CR = %2 &gt; 0.10); run prioritization:ahp on it to see the judgements most at odds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 weight(s) for %3 item(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the weight %2 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the weights add up to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: give 4 numbers (the lower bounds of low, medium, high and very high, e.g. 0.068,0.134,0.260,0.503) or 5 (with the upper bound of very high); got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the bounds must increase (%2 comes after %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: give four names, from the lowest level to the highest (e.g. bajo,medio,alto,muy alto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 descriptor matrices (separated by “|”) for %3 factor(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 class lists (separated by “|”) for %3 factor(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: factor %2 has %3 descriptor(s); it needs at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: factor %2 has %3 class(es) but %4 descriptor weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No factors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level ranges are derived from the descriptor weights only when every factor has the same number of descriptors (%1 has %2, %3 has %4): give the ranges explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual derives the four levels from five descriptors; these factors have %1: give the ranges explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two descriptor ranks give the same value (%1): the ranges cannot be derived; give them explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: the level table needs 4 rows separated by “;” (hazard very high to low), got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: row %2 has %3 entries; it needs 4 (vulnerability very high to low).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: row %2, column %3: “%4” is not a level (1 to 4 or low, medium, high, very high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no features to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, feature %2: “%3” in field “%4” is not one of its descriptor classes (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have an empty descriptor field: their value and level are empty.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Raster %1: the class “%2” is not a number (the cells of a factor raster hold class codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raster %1 is not on the grid of %2 (size, origin and cell size must match): align it first (Raster ▸ Warp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster %1, cell (column %2, row %3): the value %4 is not one of its descriptor classes (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) have no data in a factor: left as no data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Level ranges: lower bounds of low, medium, high, very high (e.g. 0.068,0.134,0.260,0.503); empty: derived from the weighted descriptor values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the levels from low to very high (empty: low, medium, high, very high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output units with value and level (vector mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output level raster, 1 low to 4 very high (raster mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output value raster (raster mode, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with value and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall weight of each factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible values (all factors at descriptor 1..n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level bounds used (low lower bound .. very high upper bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units or cells per level (low to very high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style of the output layer: the levels in the conventional colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either “%1” (fields of the units) or “%2” (rasters), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: file not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “level_raster”: no output file given (needed with “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the factors: “%1” (fields of the units) or “%2” (rasters of class codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “units”: no layer given (needed with “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “output”: no output file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level ranges: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskLevelAlgorithm</name>
    <message>
        <source>Risk level (hazard × vulnerability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk from the hazard and the vulnerability of each unit (or cell) into four levels: very high (red #d7191c), high (orange #fdae61), medium (yellow #ffffbf) and low (green #1a9641). Method “table”: a 4 × 4 table of levels, rows for hazard very high, high, medium, low and columns for vulnerability very high … low (default 4,4,3,3;4,3,3,2;3,3,2,2;3,2,2,1, 4 = very high); the level fields hold 1..4 or the names (muy alto, alto, medio, bajo). Method “product”: CENEPRED&apos;s matrix of values, R = P × V, with the risk ranges the products of the hazard and vulnerability range bounds (the “ranges” output of risk:hazard and risk:vulnerability). Writes risk_level (1 low to 4 very high, a stable code), risk_level_name, risk_color (the conventional colour, for the style) and, with “product”, risk_value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with hazard and vulnerability (vector mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard level field (table) or hazard value field (product); empty: hazard_level or hazard_value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability level field (table) or value field (product); empty: vulnerability_level or vulnerability_value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard level raster, 1..4 (or value raster with “product”; raster mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability level raster on the same grid (raster mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level table: rows hazard very high..low, columns vulnerability very high..low (4 = very high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard range bounds, low lower bound .. very high upper bound (product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability range bounds, low lower bound .. very high upper bound (product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the levels from low to very high (empty: low, medium, high, very high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output units with the risk level (vector mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output risk level raster (raster mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with the risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk range bounds (product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units or cells per level (low to very high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of each level (low to very high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style of the output layer: the levels in the conventional colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method “product” needs “hazard_ranges” and “vulnerability_ranges” (the “ranges” outputs of risk:hazard and risk:vulnerability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method “product” needs non-negative range bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either “units” or “hazard_raster” and “vulnerability_raster”, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “output”: no output file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no hazard field “%2” (parameter “hazard_field”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no vulnerability field “%2” (parameter “vulnerability_field”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have an empty or unknown hazard or vulnerability (not 1 to 4 nor a level name): their risk is empty.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the “units” (with hazard and vulnerability fields) or both “hazard_raster” and “vulnerability_raster”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “level_raster”: no output file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raster %1 is not on the grid of %2 (size, origin and cell size must match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the raster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) hold a hazard or vulnerability that is not a level 1 to 4: left as no data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>An analysis run has no algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of %1 is damaged: &quot;parameters&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1” is damaged: &quot;runs&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1”: run %2 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1”, run %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the analysis parameters in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the analysis parameters in %1: the format keeps no metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records no analysis parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recorded analysis parameters are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioCompare</name>
    <message>
        <source>%1: a unit has no value in the key field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key field “%2” is not unique: “%3” appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no GeoPackage driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: it may be open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units in both “%2” (A) and “%3” (B), matched on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) only in A: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) only in B: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: total A %2, B %3, mean B − A %4; %5 up, %6 down, %7 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest rise %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest fall %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key field given to match the units of the two scenarios (e.g. the district code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share no numeric field to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit of %1 matches one of %2 on “%3” (are they the same districts?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario “%1”: save the project first; the scenario&apos;s outputs go next to the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1” has no analyses to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1”, analysis %2: the algorithm “%3” is not available (is its plugin installed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1” has no analysis that writes a vector layer to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1”: cannot create the output folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1” was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1”: analysis %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1”, analysis %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitivityAlgorithm</name>
    <message>
        <source>Sensitivity of a prioritization to the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stable the ranking of prioritization:mcda is. One at a time: each weight is raised and lowered by change_percent (the weights are then scaled back to add up to 1) and the rank of every unit under each change is written (oat_&lt;criterion&gt;_plus/_minus) with the largest rank shift. Monte Carlo: `samples` weight vectors, each weight multiplied by a uniform factor between 1 − change_percent and 1 + change_percent (seeded, repeatable), give each unit&apos;s mean, lowest and highest rank and the probability of being among the top_k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with the criteria as fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint: units that satisfy it take part (SQL condition on the fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight change, in percent (±)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo samples (0: one at a time only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top K: units counted as prioritized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with the rank stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights used (adding up to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One at a time: units whose rank changes, per weight change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest rank change of any unit, one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in the top K in every Monte Carlo sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “top_k”: %1 is more than the %2 units with a score; every unit is in the top K.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedSurface</name>
    <message>
        <source>Parameter “%1”: %2 has no CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: cannot transform %2 to the CRS of the land cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no field “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) of %1 have no speed (NULL or negative “%2”) and are skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) of %1 cannot be transformed to the CRS of the land cover and are skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot rasterize %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “speed_table” is empty: give a CSV file (class,kmh[,mode] per line) or “class:kmh[:mode];...”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “speed_table”: cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “speed_table”: %1 is neither a readable CSV file nor “class:kmh[:mode];...”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed table %1, %2 (“%3”): expected class%4km/h[%4mode].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed table %1, %2: the class “%3” is not an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed table %1, %2: the speed “%3” is not a number of km/h ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed table %1, %2: unknown mode “%3” (walk, bicycle or motorized).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed table %1, %2: class %3 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed table %1 has no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “stack_order”: unknown layer “%1” (landcover, roads, barriers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “stack_order”: “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “stack_order” (“%1”) leaves out “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “road_speed_field”: give the field of %1 with the speed of each road (km/h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 speed grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “speed_table”: the land cover %1 has classes that the table does not give: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “road_mode”: unknown mode “%1” (walk, bicycle or motorized).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel modes per cell (%1): the slope correction follows each cell&apos;s mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the temporary speed surface %1 (disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1 for the %2 x %3 speed surface: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed surface of %1 x %2 cells (%3 MB) beyond half the memory budget: built in temporary files in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the temporary speed surface %1 (%2 x %3 cells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the speed surface %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>Cannot open %1 as a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: the name “%2” is used twice; renamed “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has %2 cells instead of %3: the missing cells are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has %2 cells instead of %3: the extra cells are kept in new columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a number; the value is left empty (the text is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: unknown encoding “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is not valid UTF-8 (read as ISO-8859-1: “%3”); choose the file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableJoin</name>
    <message>
        <source>The key “%1” is on several rows of %2: the first row is joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) differ only by leading zeros (the layer&apos;s keys are %1, the table&apos;s are %2, e.g. “%3” and “%4”): ask for zero padding to width %5 to match them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>%1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the layer has a field “%2” already; choose another prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join into %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelTimeAlgorithm</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time to facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility id field (integer; default: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed raster (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction raster (seconds to cross one cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation raster (m), same grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore slope (walking or bicycling on flat ground)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours (16: knight&apos;s move, more accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum travel time (minutes; 0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for one travel-time raster per facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the per-facility rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities inside the raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest travel time reached (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “dem”: mode “%1” corrects speeds for slope and needs an elevation raster; give “dem”, or set ignore_slope=true, or use mode=motorized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DEM %1 is not used: mode “%2” ignores slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation raster %1 must differ from the travel-time raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility %1 of %2 has an id that does not fit a 32-bit integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facility of %1 lies inside the extent of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies) of %1 lie outside %2 and are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 grid (%3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies) stand on impassable cells of %1 (no data or zero speed): they reach nothing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory for the travel times of a %1 x %2 grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “per_facility_dir”: cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land-cover raster (integer classes; instead of speed or friction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed table of the land cover: a CSV file (class,kmh[,mode] per line) or inline “class:kmh[:mode];...”; mode walk, bicycle or motorized (default: the travel mode); 0 km/h is impassable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roads (lines burned over the land cover; reprojected if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road speed field (km/h; NULL: road skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers (impassable polygons; reprojected if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacking order of the speed layers (later ones override earlier ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of a speed raster (“speed”, km/h), a friction raster (“friction”, seconds per cell) or a land-cover raster with a speed table (“landcover”, “speed_table”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters “roads” and “barriers” are merged over a land cover: give “landcover” and “speed_table”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “speed_table”: a land cover needs a speed table (class:kmh[:mode];... or a CSV file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel mode on the roads (slope correction; “same”: the travel mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DEM %1 is not used: ignore_slope is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “dem”: the speed table or the roads give walking or bicycling cells, whose speeds are corrected for slope; give “dem”, or set ignore_slope=true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tiled travel-time engine failed on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiled engine: %1 tiles, %2 of them in memory at a time, the rest in a temporary file in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiled engine: %1 tile runs over %2 tiles reached; %3 cell expansions (%4 per cell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of travel from (or to) the nearest facility over a speed raster (km/h; 0 or no data is impassable) or a friction raster (seconds to cross one cell, as GRASS r.cost), or a speed surface merged from a land-cover raster and a speed table, roads burned over it (all cells they touch; the fastest road wins) and barrier polygons (impassable), stacked in the order given (later layers override earlier ones; roads and barriers in another CRS are reprojected); on 8 neighbours or 16 (knight&apos;s move). Each move costs its length times the mean cost of the cells it crosses, exactly as r.cost, so without slope the result equals r.cost&apos;s. Walking (Tobler&apos;s hiking function) and bicycling speeds are corrected for the slope of each move from a DEM on the same grid, uphill and downhill differently; motorized travel ignores slope. Over a land cover, each cell follows its own mode: its class&apos;s in the speed table (class:kmh:mode; default: the travel mode) and road_mode on the roads. Also writes the nearest-facility allocation raster and, on request, one raster per facility. The raster must be in a projected CRS; facilities are reprojected to it. Rasters above a million cells (or beyond memory_mb) are solved in tiles of 256 x 256 cells with memory bounded by memory_mb, the tiles beyond it waiting in a temporary file; the times are the same as in one grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine (auto: tiles above a million cells or beyond memory_mb, else one grid in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory for the engine (MB; the tiles beyond it wait in a temporary file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorEdits</name>
    <message>
        <source>The saved edits are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a geometry is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a geometry is not hexadecimal WKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an added feature has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an added field has no name or an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the edit journal “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an edit journal (invalid JSON: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an edit journal of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorIO</name>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson, .shp or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no %2 driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the zones have a field “%2” already; choose another prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorLayer</name>
    <message>
        <source>Layer “%1” not found in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 not found in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the features of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no vector layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL, reading “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate columns of “%1” hold no readable numbers; it was opened as a table without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not declare its text encoding (no .cpg file nor language driver) and is not UTF-8: it was read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text: it was read as ISO-8859-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate reference system of “%1” could not be interpreted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1” was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not declare a coordinate reference system: set one before using it with other layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values given for the %2 fields of “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value “%1” does not fit the field “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a field named “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field name “%1” is too long for a shapefile (at most 10 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“fid” is the GeoPackage&apos;s feature id column; choose another field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of “%1” cannot store fields of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no field number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits add a feature with the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits delete the field “%1”, which “%2” does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk error (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the edits to “%1”: %2 failed%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packing the shapefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a local file and cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GDAL driver can write “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read as %2 text, which cannot be written back; open it as UTF-8 to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes its geometries from text columns, which cannot be edited as geometries; save it as a GeoPackage to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 format of “%2” cannot be written by GDAL; save it as a GeoPackage to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 driver cannot write features to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilding the spatial index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits were saved to “%1”, but it could not be read again: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorLayerFactory</name>
    <message>
        <source>No file name was given for the new layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New layers can be GeoPackages or shapefiles, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shapefile&apos;s name must end in .shp: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GeoPackage&apos;s name must end in .gpkg: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shapefile holds one kind of geometry: choose point, line or polygon for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a coordinate reference system for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of “%1” has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field name “%1” is used twice in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field name “%1” is too long for a shapefile (at most 10 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a reserved column of the GeoPackage; choose another field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shapefile cannot store the %1 field “%2”: use Date or String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” has a type that cannot be created (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL does not understand its coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exists and is not a GeoPackage that can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a layer named “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” could not be added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied features cannot be reprojected to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields with no match in “%1” were left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) did not fit the destination field&apos;s type and were left empty</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) with another kind of geometry were skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multi-part feature(s) do not fit a single-part layer and were skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) could not be reprojected and were skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Layer “%1”: the style&apos;s field “%2” does not exist; features drawn as missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: no labels: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: cannot transform from %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: %2 vertices could not be transformed to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorStyle</name>
    <message>
        <source>Pink–blue (J. Stevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal–red (J. Stevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green–blue (J. Stevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple–gold (J. Stevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bivariate colours: Joshua Stevens (joshuastevens.net)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VulnerabilityAlgorithm</name>
    <message>
        <source>Vulnerability level (CENEPRED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability the way CENEPRED&apos;s manual computes it, on blocks, buildings or districts (or raster cells). Each parameter (a field of the units, or a raster of class codes) belongs to a dimension (social, economic, environmental) and a component (exposure, fragility, resilience); its descriptors, most vulnerable first, are weighted by AHP. The weight of a parameter is the weight of its dimension × the weight of its component (renormalized over the components the dimension has) × its weight within that group; each level accepts an AHP matrix or a list, and defaults to equal weights. V = Σ parameter weight × descriptor weight. Levels as for the hazard: the possible values v1 ≥ … ≥ v5 give low [v5, v4), medium [v4, v3), high [v3, v2) and very high [v2, v1], or the given “ranges”. Writes vulnerability_value, vulnerability_level (1 low to 4 very high) and vulnerability_level_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation units (blocks, buildings or districts) with a field per parameter (vector mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the units holding each parameter&apos;s descriptor class (vector mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasters of descriptor class codes, one per parameter (raster mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension of each parameter: social, economic or environmental (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component of each parameter: exposure, fragility or resilience (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptor weights per parameter, separated by “|”: an AHP matrix or a list, most vulnerable descriptor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class values of the descriptors per parameter, separated by “|” (empty: 1, 2, 3, … with 1 the most vulnerable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the dimensions present, in the order social, economic, environmental: AHP matrix or list (empty: equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of exposure, fragility and resilience (those present): AHP matrix or list (empty: equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the parameters within each dimension and component, one AHP matrix or list per group separated by “|”, groups in order of first appearance (empty: equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “dimensions”: %1 dimension(s) for %2 parameter(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “components”: %1 component(s) for %2 parameter(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “dimensions”: “%1” is not social, economic or environmental.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “components”: “%1” is not exposure, fragility or resilience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “parameter_weights”: %1 group(s) separated by “|” but the parameters form %2 (dimension, component) group(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonalStatisticsAlgorithm</name>
    <message>
        <source>Zonal statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics of a raster band (count, sum, mean, min, max, stddev, median, majority, minority, variety) inside each zone polygon, appended to the zones as new fields. A pixel belongs to a zone when its centre is inside; with “exact”, count, sum and mean weight each boundary pixel by the share of its area inside the polygon. Nodata pixels are ignored. Zones in another CRS are reprojected to the raster&apos;s CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of the new field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight boundary pixels by the share covered (count, sum, mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output zones with statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones with statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid pixels counted in some zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 as a raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Band %1 does not exist: %2 has %n band(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no georeferencing (geotransform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rotated; zonal statistics need a north-up raster (warp it first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zones must be polygons: %1 has %2 geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reproject the zones of %1 to the CRS of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one of %1 and %2 has a CRS: assuming both use the same one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zones must be polygons: feature %1 of %2 is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) of %1 could not be reprojected to the raster&apos;s CRS and get no pixels.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pixels are not square; coverage fractions are shares of each pixel&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot allocate a zone strip of %1x%2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rasterize the zones of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many distinct values in %1 for median, majority, minority or variety (more than %2); classify or round the raster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read rows %1 to %2 of %3.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: es, en or pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Arequipa demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window after the first map render and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project (.territoria) or layer files to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project has no layout “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::AhpMatrixParameterWidget</name>
    <message>
        <source>Weights from a pairwise comparison matrix (AHP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::AhpMatrixWidget</name>
    <message>
        <source>Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row criterion compared with each column criterion: 9 = extremely more important, 5 = strongly, 3 = moderately, 1 = equally, 1/3 … 1/9 = less important.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reciprocal of row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2: %3 given, the weights imply %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λmax = %1    CI = %2    CR = %3 (RI = %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgements contradict each other: CR = %1 &gt; 0.10. Revise the ones most at odds with the rest: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::AlgorithmDialog</name>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [optional]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line: territoria-cli run %1 --param NAME=VALUE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis cannot run now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::AlgorithmToolbox</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::AnalysisController</name>
    <message>
        <source>Analysis Toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown algorithm “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis plugin not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Analysis: %n algorithm(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n plugin(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output file %2 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: output %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyses running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n analysis/analyses still running: %1. Cancel and quit?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Analyses and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edits of layer “%1” were saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-run %1: the algorithm is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-running %1 because %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-run of %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-run of %1 (because %2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was re-run because %2; updated: %3.</source>
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
    <message>
        <source>Field “%1”: “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: %2 is outside the range of a 32-bit integer (−2147483648 to 2147483647).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: %2 has more than %3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: %2 does not fit in %3 digits with %4 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: the text has %2 characters; the field holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a date and time (use YYYY-MM-DD HH:MM:SS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a time (use HH:MM:SS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” (%2) cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” is not in edit mode: turn on editing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change field “%1” of feature %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::AttributeTableWindow</name>
    <message>
        <source>Attribute Table — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading features…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show selected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Toggle &amp;Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop editing this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field to the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a field of the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edits of layer “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value (empty = NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to &amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer cannot be edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on editing to add fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on editing to delete fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on editing to change values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the features to change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set “%1” on %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” set on %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Field — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number (64 bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field to delete:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::ChoroplethDialog</name>
    <message>
        <source>Choropleth Map — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours the polygons by a numeric field: 5 classes by natural breaks (Jenks), yellow to red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer has no numeric field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::CoverageProvider</name>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::CrsSelectorWidget</name>
    <message>
        <source>EPSG code, WKT or PROJ string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EPSG:32719</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common in Peru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRS selected.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US survey feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::EditableGeometry</name>
    <message>
        <source>The feature has no geometry to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry cannot be read (malformed WKB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only point, line and polygon geometries (single or multi) can be edited, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::EditingController</name>
    <message>
        <source>Toggle &amp;Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop editing the current layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Layer Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the edits of the current layer to its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved edits of the current layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitize a new point, line or polygon: click vertices, right click or Enter finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Feature(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a feature (or the selected features) to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertex Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move vertices by dragging, double click a segment to add one, Delete removes the selected vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line across lines or polygons to split them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected features of the current layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected features of the current layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the copied features into the current layer (reprojected, fields matched by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by &amp;Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature to select it; Shift adds, Ctrl removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by &amp;Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle to select features; Shift adds, Ctrl removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by &amp;Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the vertices of a polygon, right click to select the features in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by E&amp;xpression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select features with an SQL condition on their attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invert Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure a distance on the map, planar and on the ellipsoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure A&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure an area on the map, planar and on the ellipsoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty GeoPackage or Shapefile layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to vertices and segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop all unsaved edits of layer “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;elect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection and Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a vector layer in the layer panel to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” cannot be edited: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the journal folder %1: edits of “%2” are not protected against a crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the edits of layer “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edits of layer “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” has unsaved edits. Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Feature — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new feature was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry of feature %1 of “%2” is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix (make valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on editing of layer “%1” to fix its geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the geometry of feature %1 of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed the geometry of feature %1 (undo with Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on editing of layer “%1” to delete features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the selected features of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n feature(s) (undo with Ctrl+Z).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n feature(s) of “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on editing of layer “%1” to paste features into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n feature(s) into “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Created layer “%1”; it is in edit mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved edits of %1 could not be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” already has unsaved edits: the journal %2 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved edits of “%1” (%2). Save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::EnumParameterWidget</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::ExtentParameterWidget</name>
    <message>
        <source>West (x min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South (y min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East (x max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North (y max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Map Extent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::FeatureForm</name>
    <message>
        <source>Feature Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value (NULL) for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>number, %n decimal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 values cannot be edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer has no attribute fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::FieldParameterWidget</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::FileOutputParameterWidget</name>
    <message>
        <source>[Save to a temporary file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapefile (*.shp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::HistogramWidget</name>
    <message>
        <source>No numeric values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::Identifier</name>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::IdentifyDock</name>
    <message>
        <source>Identify Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map with the identify tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::IndicatorsProvider</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::JoinDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Join a Table to a Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. inei_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-pads digit-only keys of both sides with zeros to this width (40101 → 040101).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to &amp;join:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero padding to width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the keys and show the report; nothing changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the layer, the table and their keys, then Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Live in the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join is saved with the layer and re-run from the table file when the project opens and on Layer ▸ Refresh Joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to a New Layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the layer with the joined columns to a GeoPackage and adds it to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Joined Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the table (see the report)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The options changed: Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching the keys of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 features matched a table row (%3 rows in the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer keys without a table row (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their joined fields stay empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table keys without a feature (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on several table rows (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row is joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the table (%1), no data dropped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad Keys to %1 Digits and Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining %1 to “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layer of the project has a live join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-running the joins of %n layer(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layer “%1” keeps its previous joined data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The joins of %n layer(s) were re-run from their tables.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Join Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a table (CSV, XLSX, ODS) to a layer by key, with a report of the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vector layer first: the table is joined to its features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table joined to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh Joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run the live joins of the project from the current table files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::JournalRestoreDialog</name>
    <message numerus="yes">
        <source>%n new feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Edits Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from a previous session were found (the program was closed without saving them). Restore them to continue editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
    %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the checked journals: their changes are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the journals and ask again on the next start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::LayerChartWidget</name>
    <message>
        <source>Click a bar to select its features; drag across bars to select a range.
Shift adds to the selection, Ctrl removes from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vector layer and a numeric field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no numeric field to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) drawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) without a value</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choropleth Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the polygons by a numeric field (5 classes, natural breaks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join Table…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::LayerParameterWidget</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::LayerPropertiesDialog</name>
    <message>
        <source>Layer Properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source does not declare a CRS. Choose the one the data was made in; until then it is drawn as if it were in the project CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::LayerTreeModel</name>
    <message>
        <source>No CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::LayoutDesigner</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {@date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1 mm, y %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Layout Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected items (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the item above the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lower Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the item below the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the layout or its atlas to PDF, SVG, PNG or TIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the layout as a template file (.ttlayout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to a 5 mm grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to &amp;Items and Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to the page and to other items&apos; edges and centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Scale Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;North Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Attribute &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: draw its rectangle on the page, or click for the default size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page of an atlas feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page and Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per feature of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. POBLACION &gt; 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NOMBDIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per value of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split by field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the coverage layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;tlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resize item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Raise item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Layout Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout templates (*.ttlayout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::LayoutExportDialog</name>
    <message>
        <source>Export Layout — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (vector, several pages in one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoTIFF / TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a world file (georeferenced image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for images of a page holding a single map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the atlas (one page per feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per value of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split by field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector layers and text stay vectors; rasters and pictures use the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole page becomes an image at this resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas writes one file per page next to the name given (name_page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF (*.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::LayoutItemProperties</name>
    <message>
        <source>Select an item on the page to edit its properties, or add one with the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: the map follows the project&apos;s visible layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change map layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the map shows all its layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X %1 – %2
Y %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Main Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the main window&apos;s map shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set map extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed scale 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change map scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the atlas feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change atlas behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change atlas margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veil on other features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change atlas veil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change map grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees (WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change legend title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the classes present on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer name size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line with ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric (1:25 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilometers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change north arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas page name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.svg *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: all fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(source order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas: only features on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chart fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chart bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chart style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chart layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chart type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (x):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change histogram bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Sturges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bars, from the top of the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chart title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables such as {@atlas_pagename} and atlas fields such as {NOMBDIST} are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chart atlas settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the page&apos;s feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the chart shows the atlas layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the features whose value in this field equals the atlas feature&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(same name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only features on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank range (sensitivity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::LayoutManagerDialog</name>
    <message>
        <source>Layout name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a layout called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Layout from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout templates (*.ttlayout);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the layout “%1” from the project? Its designer closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Layout from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &amp;Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no layouts in this project)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::LogDock</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Add layers with Ctrl+Shift+A or by dropping files on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vector or raster layers from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan the map by dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map to see the attributes of the features under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to all layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward to the next extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;CRS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate reference system and datum transformations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Territoria %1&lt;/h3&gt;&lt;p&gt;Desktop GIS for municipal planning and disaster-risk management.&lt;/p&gt;&lt;p&gt;Built on Qt %2, GDAL, PROJ and GEOS.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” has no coordinate reference system. It is drawn as if it were in the project CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set CRS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MapToolCapture</name>
    <message>
        <source>Add point feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add polygon feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitizing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map to add a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add vertices; right click or Enter finishes, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vertices. Click to add more; Backspace removes the last one; right click or Enter finishes, Esc cancels.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; has no point, line or polygon geometry to digitize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vector layer to edit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current layer cannot take digitized features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line needs at least 2 vertices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map coordinates cannot be transformed to the CRS of the layer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vertex lies outside the area where the CRS of the layer &quot;%1&quot; is defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digitized geometry could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MapToolEdit</name>
    <message>
        <source>Choose a vector layer to edit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; is not in edit mode: toggle editing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry of feature %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MapToolLineEdit</name>
    <message>
        <source>The line leaves the area where the CRS of the layer &quot;%1&quot; is defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line of at least 2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line crosses no feature of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MapToolMeasure</name>
    <message>
        <source>Measure distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to start a new measurement; Esc clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the points of the path to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the vertices of the area to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add points; right click finishes, Esc starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 square degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no CRS: no ellipsoidal measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planar (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipsoidal (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ellipsoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: %1%2 (%3%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MapToolMoveFeature</name>
    <message>
        <source>Move features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press on a feature and drag it; selected features move together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to the new place and release; Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) moved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MapToolReshape</name>
    <message>
        <source>Reshape features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line that crosses the boundary twice; right click or Enter reshapes, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line does not reshape any feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reshape %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) reshaped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::MapToolSelect</name>
    <message>
        <source>Select features by click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select features by rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select features by polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on a feature or drag a rectangle to select; Shift adds, Ctrl removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the vertices of a polygon to select with; Shift adds, Ctrl removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add vertices; right click, Enter or a double click selects, Backspace removes the last vertex, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vector layer to select in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection shape cannot be used with the CRS of the layer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected in &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A selection polygon needs at least 3 vertices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MapToolSplit</name>
    <message>
        <source>Split features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line across the features to split; right click or Enter splits, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line does not cut any feature through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Split %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) split.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::MapToolVertex</name>
    <message>
        <source>Vertex tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a feature to see its vertices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the vertex to move it; Delete removes it; double click on a segment adds a vertex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a vertex to move it, click to select it; double click on a segment adds a vertex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry of feature %1 could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vertex cannot be removed: the geometry would have too few vertices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vertex cannot be placed there: outside the area of the layer&apos;s CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::Measurer</name>
    <message>
        <source>Measuring needs a valid coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate reference system “%1” cannot be used for measuring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate reference system “%1” has no ellipsoid to measure on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate reference system “%1” has no geographic CRS to measure on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vertex cannot be converted to geographic coordinates for the ellipsoidal measurement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::Measurer::Private</name>
    <message>
        <source>A vertex cannot be converted to geographic coordinates for the ellipsoidal measurement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MissingLayersDialog</name>
    <message>
        <source>Missing Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::MultipleChoiceParameterWidget</name>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::NewLayerDialog</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number (64 bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No geometry (table only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Layer File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapefile (*.shp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file of the new layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coordinate reference system of the new layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::Notifier</name>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::PrioritizationProvider</name>
    <message>
        <source>Prioritization</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;layouts&quot; is not a list; the print layouts were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print layout %1 of %2 is not an object; it was kept as it is but cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print layout %1 cannot be read and is kept unchanged in the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1” is shown without its joined table: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Layer “%1”: the joined table has %n problem(s); the first: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no layer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”: its analysis record cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;scenarios&quot; is not a list; the scenarios were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 of %2 cannot be read and is kept unchanged in the file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::ProjectController</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoria projects (*.territoria);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of the project could not be opened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoria projects (*.territoria)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::ProjectCrsDialog</name>
    <message>
        <source>Project CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate reference system of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum transformations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From layer CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use selected operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use default</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let PROJ choose the best available operation for each point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use (default here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (accuracy %2 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: PROJ chooses the most accurate operation for each point. Where the map is, that is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: PROJ chooses the most accurate operation for each point. In the middle of the layer CRS&apos;s area of use, that is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: PROJ chooses the most accurate operation for each point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::RankStabilityChart</name>
    <message>
        <source>P(top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(top K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank stability (Monte Carlo weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), from the best mean rank down. Bars: lowest to highest rank; points: mean rank.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No units with Monte Carlo ranks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank (1 = highest priority)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::RiskProvider</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::ScenarioComparisonDialog</name>
    <message>
        <source>“%1” compared with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B − A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::ScenarioDock</name>
    <message>
        <source>Scenario “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the analyses of a scenario in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis algorithms are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scenario from the analyses recorded in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, description, author, key field and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the scenario, to change its parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the scenario (its output files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected scenario in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every scenario in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scenarios being run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences per unit (B − A) of the two scenarios&apos; results: a table and a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (reference):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n analysis/analyses</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no recorded analyses yet: run one from the Analysis menu, then make a scenario of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the scenario “%1”? Its output files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project first: a scenario&apos;s outputs go next to the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different scenarios to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1” has no results yet: run it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the key field (e.g. the district code) in the properties of scenario “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference %1 − %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::ScenarioEditDialog</name>
    <message>
        <source>Scenario “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ubigeo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field that identifies a unit (the district code) in the results, to compare scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyses, run in this order (unchecked ones are left out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the scenario a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm “%1” is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::SelectByExpressionDialog</name>
    <message>
        <source>Write an expression to select features of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid expression “%1”: one expression only, without “;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL&apos;s Memory driver is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create an in-memory copy of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression “%1” is not valid for “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression “%1” failed on “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by Expression — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE (SQLite SQL; the feature id is “rowid”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;POBLACION&quot; &gt; 10000 AND &quot;NOMBDIST&quot; LIKE &apos;CAY%&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (double-click to insert):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select within current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer has unsaved edits: the expression is evaluated on an in-memory copy of the edited data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) match; %1 selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::SnappingIndex</name>
    <message>
        <source>Snapping cannot read the layer(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::SnappingSettingsWidget</name>
    <message>
        <source>Snap while digitizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All visible vector layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertices and segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::StatusBarController</name>
    <message>
        <source>Cursor coordinates in the project CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor position as latitude/longitude (WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current map scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project CRS: %1 (click to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected features of the current layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected in “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::StringParameterWidget</name>
    <message>
        <source>Values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::StyleEditor</name>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renderer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour ramp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a symbol to change its colour; edit labels in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a symbol to change its colour. Editing a bound switches to manual classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of the field; drag a class break to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the values of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 distinct values: only the first %3 get a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(not every feature was read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bivariate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours each feature by two numeric fields at once, each split into 3 classes: the 9 colours cross low, middle and high of both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal field (→):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical field (↑):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method (3 classes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class bounds of each axis. Editing a bound switches to manual classes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoria::TableImportDialog</name>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” has replacement characters (�): the file is probably not in %4; try another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” looks like UTF-8 text read as %4: choose UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, TXT, XLSX or ODS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields in double quotes may hold the delimiter and line breaks; &quot;&quot; is a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal &amp;comma (3,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point ( 1.234 )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( 1,234 )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ( 1 234 )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds the column &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.ods);;Text files (*.csv *.txt *.tsv);;Spreadsheets (*.xlsx *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of “%1”: codes with leading zeros (ubigeo 040101) are text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the table</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: they are listed below and marked in the preview; no data is dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Types are inferred from these rows; the whole file is checked on import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
