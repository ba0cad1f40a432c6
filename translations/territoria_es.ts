<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>Opción desconocida «%1»; primero debe ir un comando (info, render).</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Pruebe &apos;%1&apos; para más información.</translation>
    </message>
    <message>
        <source>Invalid size “%1”: expected WIDTHxHEIGHT in pixels, e.g. 1600x1200.</source>
        <translation>Tamaño no válido «%1»: se esperaba ANCHOxALTO en píxeles, p. ej. 1600x1200.</translation>
    </message>
    <message>
        <source>Invalid size “%1”: width and height must be between 1 and %2 pixels.</source>
        <translation>Tamaño no válido «%1»: el ancho y el alto deben estar entre 1 y %2 píxeles.</translation>
    </message>
    <message>
        <source>Invalid extent “%1”: expected four numbers xmin,ymin,xmax,ymax.</source>
        <translation>Extensión no válida «%1»: se esperaban cuatro números xmin,ymin,xmax,ymax.</translation>
    </message>
    <message>
        <source>Invalid extent “%1”: xmin must be less than xmax and ymin less than ymax.</source>
        <translation>Extensión no válida «%1»: xmin debe ser menor que xmax e ymin menor que ymax.</translation>
    </message>
    <message>
        <source>Invalid DPI “%1”: expected a number greater than 0 and at most 2400.</source>
        <translation>PPP no válido «%1»: se esperaba un número mayor que 0 y como máximo 2400.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Capa: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>ráster</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>vectorial</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>SRC: %1</translation>
    </message>
    <message>
        <source>Extent: none</source>
        <translation>Extensión: ninguna</translation>
    </message>
    <message>
        <source>Extent: %1, %2, %3, %4 (xmin, ymin, xmax, ymax)</source>
        <translation>Extensión: %1, %2, %3, %4 (xmin, ymin, xmax, ymax)</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Entidades: %1</translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation>Geometría: %1</translation>
    </message>
    <message>
        <source>Fields: none</source>
        <translation>Campos: ninguno</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <source>Size: %1 x %2</source>
        <translation>Tamaño: %1 x %2</translation>
    </message>
    <message>
        <source>Bands: %1</source>
        <translation>Bandas: %1</translation>
    </message>
    <message>
        <source>Data type: %1</source>
        <translation>Tipo de dato: %1</translation>
    </message>
    <message>
        <source>NoData: %1</source>
        <translation>Sin datos (NoData): %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Describes every layer (all sublayers) of each PATH: kind, CRS, extent, and the features,
geometry type and fields of vectors or the size, bands, data type and nodata of rasters.</source>
        <translation>Describe cada capa (todas las subcapas) de cada RUTA: tipo, SRC, extensión y las entidades,
el tipo de geometría y los campos de las capas vectoriales, o el tamaño, las bandas, el tipo de dato y el valor sin datos de los ráster.</translation>
    </message>
    <message>
        <source>Print one JSON object {&quot;layers&quot;: [...]} instead of text.</source>
        <translation>Imprime un objeto JSON {&quot;layers&quot;: [...]} en lugar de texto.</translation>
    </message>
    <message>
        <source>Files (or GDAL data sources) to describe.</source>
        <translation>Archivos (o fuentes de datos GDAL) a describir.</translation>
    </message>
    <message>
        <source>No PATH given.</source>
        <translation>No se indicó ninguna RUTA.</translation>
    </message>
    <message>
        <source>%1 contains no layer.</source>
        <translation>%1 no contiene ninguna capa.</translation>
    </message>
    <message>
        <source>Draws a project, or layers, into an image (PNG, JPEG, TIFF), a PDF or an SVG file.
Layers given on the command line are stacked top first: the first one is drawn on top.</source>
        <translation>Dibuja un proyecto, o capas, en una imagen (PNG, JPEG, TIFF), un PDF o un archivo SVG.
Las capas indicadas en la línea de comandos se apilan de arriba hacia abajo: la primera se dibuja encima.</translation>
    </message>
    <message>
        <source>Output file; the format follows the extension (.png, .jpg, .tif, .pdf, .svg).</source>
        <translation>Archivo de salida; el formato depende de la extensión (.png, .jpg, .tif, .pdf, .svg).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Output size in pixels (default %1x%2).</source>
        <translation>Tamaño de salida en píxeles (por defecto %1x%2).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>AxH</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default %1).</source>
        <translation>Resolución en puntos por pulgada (por defecto %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Area to draw, in the output CRS (default: the project&apos;s view, else the full extent of the layers).</source>
        <translation>Área a dibujar, en el SRC de salida (por defecto: la vista del proyecto; si no, la extensión completa de las capas).</translation>
    </message>
    <message>
        <source>xmin,ymin,xmax,ymax</source>
        <translation>xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <source>Output CRS, e.g. EPSG:32719 (default: the project&apos;s, else the first layer&apos;s).</source>
        <translation>SRC de salida, p. ej. EPSG:32719 (por defecto: el del proyecto; si no, el de la primera capa).</translation>
    </message>
    <message>
        <source>AUTH:CODE</source>
        <translation>AUTORIDAD:CÓDIGO</translation>
    </message>
    <message>
        <source>A project (.territoria) or one or more layer files.</source>
        <translation>Un proyecto (.territoria) o uno o más archivos de capas.</translation>
    </message>
    <message>
        <source>No project or layer given.</source>
        <translation>No se indicó ningún proyecto ni capa.</translation>
    </message>
    <message>
        <source>A project file cannot be combined with other inputs.</source>
        <translation>Un archivo de proyecto no se puede combinar con otras entradas.</translation>
    </message>
    <message>
        <source>Missing --out FILE.</source>
        <translation>Falta --out ARCHIVO.</translation>
    </message>
    <message>
        <source>Unsupported output format “%1” for %2: use one of %3.</source>
        <translation>Formato de salida «%1» no admitido para %2: use uno de %3.</translation>
    </message>
    <message>
        <source>Invalid CRS “%1”: %2</source>
        <translation>SRC no válido «%1»: %2</translation>
    </message>
    <message>
        <source>unknown to PROJ</source>
        <translation>PROJ no lo conoce</translation>
    </message>
    <message>
        <source>Nothing to render: no layer could be opened.</source>
        <translation>Nada que dibujar: no se pudo abrir ninguna capa.</translation>
    </message>
    <message>
        <source>The layers have no CRS: drawing them in their own coordinates.</source>
        <translation>Las capas no tienen SRC: se dibujan en sus propias coordenadas.</translation>
    </message>
    <message>
        <source>The project&apos;s view cannot be expressed in %1; using the full extent.</source>
        <translation>La vista del proyecto no se puede expresar en %1; se usa la extensión completa.</translation>
    </message>
    <message>
        <source>Cannot tell which area to draw: the layers have no extent in %1. Use --extent.</source>
        <translation>No se puede saber qué área dibujar: las capas no tienen extensión en %1. Use --extent.</translation>
    </message>
    <message>
        <source>layer “%1” was not drawn: %2</source>
        <translation>la capa «%1» no se dibujó: %2</translation>
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
        <translation type="unfinished">%1: %2% {1:?}</translation>
    </message>
</context>
<context>
    <name>DatasetPool</name>
    <message>
        <source>no GDAL driver recognizes the format</source>
        <translation>ningún controlador de GDAL reconoce el formato</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist</source>
        <translation>No se puede abrir «%1»: el archivo no existe</translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation>No se puede abrir «%1»</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
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
        <translation>Geometría WKT no válida: «%1»</translation>
    </message>
    <message>
        <source>Cannot convert the WKT geometry “%1”</source>
        <translation>No se puede convertir la geometría WKT «%1»</translation>
    </message>
    <message>
        <source>Null geometry</source>
        <translation>Geometría nula</translation>
    </message>
    <message>
        <source>Unreadable geometry</source>
        <translation>Geometría ilegible</translation>
    </message>
</context>
<context>
    <name>MapRenderJob</name>
    <message>
        <source>Invalid map extent or output size</source>
        <translation>Extensión del mapa o tamaño de salida no válidos</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Layer “%1”: the CRS saved in the project (%2) is not valid: %3</source>
        <translation>Capa «%1»: el SRC guardado en el proyecto (%2) no es válido: %3</translation>
    </message>
    <message>
        <source>Layer “%1”: the file %2 does not exist (was it moved or renamed?)</source>
        <translation>Capa «%1»: el archivo %2 no existe (¿se movió o se le cambió el nombre?)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Capa «%1»: %2</translation>
    </message>
</context>
<context>
    <name>VectorLayerRenderer</name>
    <message numerus="yes">
        <source>Layer “%1”: %n feature(s) with unreadable geometry skipped</source>
        <translation>
            <numerusform>Capa «%1»: se omitió %n entidad con geometría ilegible</numerusform>
            <numerusform>Capa «%1»: se omitieron %n entidades con geometría ilegible</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Missing layer %1: %2</source>
        <translation>Capa faltante %1: %2</translation>
    </message>
    <message>
        <source>Desktop GIS for municipal planning and disaster-risk management</source>
        <translation>SIG de escritorio para la planificación municipal y la gestión del riesgo de desastres</translation>
    </message>
    <message>
        <source>Interface language: es, en or pt.</source>
        <translation>Idioma de la interfaz: es, en o pt.</translation>
    </message>
    <message>
        <source>Open the Arequipa demo project.</source>
        <translation>Abre el proyecto de demostración de Arequipa.</translation>
    </message>
    <message>
        <source>Save a picture of the window after the first map render and quit.</source>
        <translation>Guarda una imagen de la ventana después del primer dibujado del mapa y sale.</translation>
    </message>
    <message>
        <source>A project (.territoria) or layer files to open.</source>
        <translation>Un proyecto (.territoria) o archivos de capas para abrir.</translation>
    </message>
</context>
<context>
    <name>territoria</name>
    <message>
        <source>Cannot export the map to %1: the extent or the output size is invalid</source>
        <translation>No se puede exportar el mapa a %1: la extensión o el tamaño de salida no son válidos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export of %1 was canceled</source>
        <translation>Se canceló la exportación de %1</translation>
    </message>
    <message>
        <source>Cannot write the image %1: %2</source>
        <translation>No se puede escribir la imagen %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1</source>
        <translation>No se puede iniciar el PDF %1</translation>
    </message>
    <message>
        <source>Cannot start the SVG %1</source>
        <translation>No se puede iniciar el SVG %1</translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown format “%2” (use .png, .jpg, .tif, .pdf or .svg)</source>
        <translation>No se puede exportar a %1: formato desconocido «%2» (use .png, .jpg, .tif, .pdf o .svg)</translation>
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
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::AttributeTableWindow</name>
    <message>
        <source>Attribute Table — %1</source>
        <translation>Tabla de atributos — %1</translation>
    </message>
    <message>
        <source>sorting…</source>
        <translation>ordenando…</translation>
    </message>
    <message>
        <source>Reading features…</source>
        <translation>Leyendo entidades…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln entidad</numerusform>
            <numerusform>%Ln entidades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::CoordinateTransform</name>
    <message>
        <source>Cannot transform coordinates: a coordinate reference system is missing</source>
        <translation>No se pueden transformar las coordenadas: falta un sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <source>no transformation (same coordinate reference system)</source>
        <translation>sin transformación (mismo sistema de referencia de coordenadas)</translation>
    </message>
    <message>
        <source>Invalid pinned coordinate operation: %1</source>
        <translation>La operación de coordenadas fijada no es válida: %1</translation>
    </message>
    <message>
        <source>pinned (inverse): %1</source>
        <translation>fijada (inversa): %1</translation>
    </message>
    <message>
        <source>Cannot create the coordinate reference systems for %1 → %2</source>
        <translation>No se pueden crear los sistemas de referencia de coordenadas para %1 → %2</translation>
    </message>
    <message>
        <source>PROJ finds no way to transform from %1 to %2</source>
        <translation>PROJ no encuentra cómo transformar de %1 a %2</translation>
    </message>
    <message>
        <source>Cannot normalize the transformation from %1 to %2</source>
        <translation>No se puede normalizar la transformación de %1 a %2</translation>
    </message>
    <message>
        <source>best available: %1</source>
        <translation>la mejor disponible: %1</translation>
    </message>
    <message>
        <source>PROJ default</source>
        <translation>predeterminada de PROJ</translation>
    </message>
    <message>
        <source>Invalid coordinate operation: %1</source>
        <translation>Operación de coordenadas no válida: %1</translation>
    </message>
    <message>
        <source>Not a coordinate operation but a coordinate reference system: %1</source>
        <translation>No es una operación de coordenadas sino un sistema de referencia de coordenadas: %1</translation>
    </message>
    <message>
        <source>pinned: %1</source>
        <translation>fijada: %1</translation>
    </message>
</context>
<context>
    <name>territoria::Crs</name>
    <message>
        <source>Empty coordinate reference system definition</source>
        <translation>Definición vacía del sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <source>Not a coordinate reference system PROJ understands: “%1”</source>
        <translation>No es un sistema de referencia de coordenadas que PROJ entienda: «%1»</translation>
    </message>
    <message>
        <source>Invalid WKT coordinate reference system: “%1”</source>
        <translation>Sistema de referencia de coordenadas WKT no válido: «%1»</translation>
    </message>
    <message>
        <source>Cannot read the projection file %1: %2</source>
        <translation>No se puede leer el archivo de proyección %1: %2</translation>
    </message>
    <message>
        <source>The projection file %1 is empty</source>
        <translation>El archivo de proyección %1 está vacío</translation>
    </message>
    <message>
        <source>The projection file %1 holds no coordinate reference system PROJ understands</source>
        <translation>El archivo de proyección %1 no contiene ningún sistema de referencia de coordenadas que PROJ entienda</translation>
    </message>
    <message>
        <source>The projection file %1: %2</source>
        <translation>El archivo de proyección %1: %2</translation>
    </message>
</context>
<context>
    <name>territoria::CrsBuilder</name>
    <message>
        <source>“%1” is not a coordinate reference system</source>
        <translation>«%1» no es un sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <source>PROJ cannot write “%1” as WKT</source>
        <translation>PROJ no puede escribir «%1» como WKT</translation>
    </message>
</context>
<context>
    <name>territoria::CrsSelectorWidget</name>
    <message>
        <source>EPSG code, WKT or PROJ string:</source>
        <translation>Código EPSG, WKT o cadena PROJ:</translation>
    </message>
    <message>
        <source>e.g. EPSG:32719</source>
        <translation>p. ej. EPSG:32719</translation>
    </message>
    <message>
        <source>Common in Peru:</source>
        <translation>Usados en el Perú:</translation>
    </message>
    <message>
        <source>No CRS selected.</source>
        <translation>No se ha elegido ningún SRC.</translation>
    </message>
    <message>
        <source>Geographic, units: %1</source>
        <translation>Geográfico, unidades: %1</translation>
    </message>
    <message>
        <source>Projected, units: %1</source>
        <translation>Proyectado, unidades: %1</translation>
    </message>
    <message>
        <source>Area of use: %1° to %2° longitude, %3° to %4° latitude</source>
        <translation>Área de uso: de %1° a %2° de longitud, de %3° a %4° de latitud</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>metros</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>grados</translation>
    </message>
    <message>
        <source>US survey feet</source>
        <translation>pies topográficos de EE. UU.</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>pies</translation>
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
        <translation>Resultados de la identificación</translation>
    </message>
    <message>
        <source>Click on the map with the identify tool.</source>
        <translation>Haga clic en el mapa con la herramienta Identificar.</translation>
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
        <translation>No se encontró nada en %1; %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) at %1, %2 (%3).</source>
        <translation>
            <numerusform>%n resultado en %1; %2 (%3).</numerusform>
            <numerusform>%n resultados en %1; %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Entidad %1</translation>
    </message>
</context>
<context>
    <name>territoria::LayerOpener</name>
    <message>
        <source>All supported files (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf *.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</source>
        <translation>Todos los archivos admitidos (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf *.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf)</source>
        <translation>Archivos vectoriales (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf)</translation>
    </message>
    <message>
        <source>Raster files (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</source>
        <translation>Archivos ráster (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Adding layers</source>
        <translation>Añadiendo capas</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n file(s)…</source>
        <translation>
            <numerusform>Abriendo %n archivo…</numerusform>
            <numerusform>Abriendo %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding layers was canceled.</source>
        <translation>Se canceló la carga de capas.</translation>
    </message>
    <message>
        <source>Layer “%1” has no coordinate reference system (%2). It is drawn as if it were in the project CRS; set its CRS so that it lines up with the other layers.</source>
        <translation>La capa «%1» no tiene sistema de referencia de coordenadas (%2). Se dibuja como si estuviera en el SRC del proyecto; asígnele su SRC para que coincida con las demás capas.</translation>
    </message>
    <message>
        <source>Set CRS…</source>
        <translation>Asignar SRC…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s).</source>
        <translation>
            <numerusform>Se añadió %n capa.</numerusform>
            <numerusform>Se añadieron %n capas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Zoom a la capa</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Abrir tabla de &amp;atributos</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Quitar capa</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propiedades…</translation>
    </message>
</context>
<context>
    <name>territoria::LayerPropertiesDialog</name>
    <message>
        <source>Layer Properties — %1</source>
        <translation>Propiedades de la capa — %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Entidades:</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>Geometría:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>%1 × %2 píxeles, %n banda</numerusform>
            <numerusform>%1 × %2 píxeles, %n bandas</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <translation>Sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <source>The source does not declare a CRS. Choose the one the data was made in; until then it is drawn as if it were in the project CRS.</source>
        <translation>La fuente no declara un SRC. Elija aquel en el que se elaboraron los datos; mientras tanto se dibuja como si estuviera en el SRC del proyecto.</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Representación</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation>Color de relleno:</translation>
    </message>
    <message>
        <source>Line colour:</source>
        <translation>Color de línea:</translation>
    </message>
    <message>
        <source>Outline colour:</source>
        <translation>Color de contorno:</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Color de relleno</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>Color de contorno</translation>
    </message>
</context>
<context>
    <name>territoria::LayerTreeModel</name>
    <message>
        <source>No CRS</source>
        <translation>Sin SRC</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n entidad</numerusform>
            <numerusform>%n entidades</numerusform>
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
        <translation>INFO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
</context>
<context>
    <name>territoria::MainWindow</name>
    <message>
        <source>Layer “%1” could not be drawn: %2</source>
        <translation>No se pudo dibujar la capa «%1»: %2</translation>
    </message>
    <message>
        <source>Ready. Add layers with Ctrl+Shift+A or by dropping files on the window.</source>
        <translation>Listo. Añada capas con Ctrl+Mayús+A o arrastrando archivos a la ventana.</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Guardar proyecto &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Add Layer…</source>
        <translation>&amp;Añadir capa…</translation>
    </message>
    <message>
        <source>Add vector or raster layers from files</source>
        <translation>Añadir capas vectoriales o ráster desde archivos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Desplazar</translation>
    </message>
    <message>
        <source>Pan the map by dragging</source>
        <translation>Desplazar el mapa arrastrando</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>&amp;Identificar entidades</translation>
    </message>
    <message>
        <source>Click on the map to see the attributes of the features under the cursor</source>
        <translation>Haga clic en el mapa para ver los atributos de las entidades bajo el cursor</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom &amp;Full</source>
        <translation>Zoom &amp;total</translation>
    </message>
    <message>
        <source>Zoom to all layers</source>
        <translation>Zoom a todas las capas</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>Zoom a la &amp;capa</translation>
    </message>
    <message>
        <source>Zoom to the selected layer</source>
        <translation>Zoom a la capa seleccionada</translation>
    </message>
    <message>
        <source>Zoom &amp;Last</source>
        <translation>Zoom a&amp;nterior</translation>
    </message>
    <message>
        <source>Go back to the previous extent</source>
        <translation>Volver a la extensión anterior</translation>
    </message>
    <message>
        <source>Zoom &amp;Next</source>
        <translation>Zoom &amp;siguiente</translation>
    </message>
    <message>
        <source>Go forward to the next extent</source>
        <translation>Ir a la extensión siguiente</translation>
    </message>
    <message>
        <source>Project &amp;CRS…</source>
        <translation>&amp;SRC del proyecto…</translation>
    </message>
    <message>
        <source>Coordinate reference system and datum transformations</source>
        <translation>Sistema de referencia de coordenadas y transformaciones de datum</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Abrir tabla de &amp;atributos</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Quitar capa</translation>
    </message>
    <message>
        <source>Layer &amp;Properties…</source>
        <translation>&amp;Propiedades de la capa…</translation>
    </message>
    <message>
        <source>&amp;About Territoria</source>
        <translation>&amp;Acerca de Territoria</translation>
    </message>
    <message>
        <source>About Territoria</source>
        <translation>Acerca de Territoria</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Territoria %1&lt;/h3&gt;&lt;p&gt;Desktop GIS for municipal planning and disaster-risk management.&lt;/p&gt;&lt;p&gt;Built on Qt %2, GDAL, PROJ and GEOS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Territoria %1&lt;/h3&gt;&lt;p&gt;SIG de escritorio para la planificación municipal y la gestión del riesgo de desastres.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2, GDAL, PROJ y GEOS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Capa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Navegación del mapa</translation>
    </message>
    <message>
        <source>Layer “%1” has no coordinate reference system. It is drawn as if it were in the project CRS.</source>
        <translation>La capa «%1» no tiene sistema de referencia de coordenadas. Se dibuja como si estuviera en el SRC del proyecto.</translation>
    </message>
    <message>
        <source>Set CRS…</source>
        <translation>Asignar SRC…</translation>
    </message>
    <message>
        <source>Add Layers</source>
        <translation>Añadir capas</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>sin SRC</translation>
    </message>
</context>
<context>
    <name>territoria::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>territoria::MissingLayersDialog</name>
    <message>
        <source>Missing Layers</source>
        <translation>Capas faltantes</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of this project could not be opened. They are kept in the project; use “Locate…” to point to the file&apos;s new place.</source>
        <translation>
            <numerusform>No se pudo abrir %n capa de este proyecto. Se conserva en el proyecto; use «Ubicar…» para indicar dónde está ahora el archivo.</numerusform>
            <numerusform>No se pudieron abrir %n capas de este proyecto. Se conservan en el proyecto; use «Ubicar…» para indicar dónde están ahora los archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Ubicar…</translation>
    </message>
    <message>
        <source>Locate “%1”</source>
        <translation>Ubicar «%1»</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restaurada desde %1</translation>
    </message>
</context>
<context>
    <name>territoria::Notifier</name>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
</context>
<context>
    <name>territoria::Project</name>
    <message>
        <source>The project has no missing layer with id %1.</source>
        <translation>El proyecto no tiene ninguna capa faltante con el identificador %1.</translation>
    </message>
    <message>
        <source>Cannot save the project: no file name given.</source>
        <translation>No se puede guardar el proyecto: no se indicó un nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot save the project to %1: %2</source>
        <translation>No se puede guardar el proyecto en %1: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>solo se pudieron escribir %1 de %2 bytes (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>No se puede abrir el proyecto %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Territoria project: it is not valid JSON (%2 at byte %3).</source>
        <translation>%1 no es un proyecto de Territoria: no es un JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Territoria project: the JSON document is not an object.</source>
        <translation>%1 no es un proyecto de Territoria: el documento JSON no es un objeto.</translation>
    </message>
    <message>
        <source>%1 is not a Territoria project (its &quot;format&quot; is not &quot;%2&quot;).</source>
        <translation>%1 no es un proyecto de Territoria (su &quot;format&quot; no es &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 has an invalid project format version.</source>
        <translation>%1 tiene una versión de formato de proyecto no válida.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Territoria (project format version %2); this version reads format %3 or older. Please update Territoria to open it.</source>
        <translation>%1 se guardó con una versión más reciente de Territoria (formato de proyecto versión %2); esta versión lee el formato %3 o anteriores. Actualice Territoria para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is damaged: &quot;layers&quot; is not a list.</source>
        <translation>%1 está dañado: &quot;layers&quot; no es una lista.</translation>
    </message>
    <message>
        <source>The project CRS (%1) is not valid: %2</source>
        <translation>El SRC del proyecto (%1) no es válido: %2</translation>
    </message>
    <message>
        <source>Opening %1 was canceled.</source>
        <translation>Se canceló la apertura de %1.</translation>
    </message>
    <message>
        <source>Layer entry %1 of %2 is not an object; it was skipped.</source>
        <translation>La entrada de capa %1 de %2 no es un objeto; se omitió.</translation>
    </message>
    <message>
        <source>Layer “%1” has no source in the project.</source>
        <translation>La capa «%1» no tiene fuente en el proyecto.</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Capa «%1»: %2</translation>
    </message>
</context>
<context>
    <name>territoria::ProjectController</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — Territoria</source>
        <translation>%1[*] — Territoria</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(no hay proyectos recientes)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Do you want to save them?</source>
        <translation>El proyecto «%1» tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Territoria projects (*.territoria);;All files (*)</source>
        <translation>Proyectos de Territoria (*.territoria);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of the project could not be opened.</source>
        <translation>
            <numerusform>No se pudo abrir %n capa del proyecto.</numerusform>
            <numerusform>No se pudieron abrir %n capas del proyecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened project %1.</source>
        <translation>Se abrió el proyecto %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Territoria projects (*.territoria)</source>
        <translation>Proyectos de Territoria (*.territoria)</translation>
    </message>
</context>
<context>
    <name>territoria::ProjectCrsDialog</name>
    <message>
        <source>Project CRS</source>
        <translation>SRC del proyecto</translation>
    </message>
    <message>
        <source>Coordinate reference system of the map</source>
        <translation>Sistema de referencia de coordenadas del mapa</translation>
    </message>
    <message>
        <source>Datum transformations</source>
        <translation>Transformaciones de datum</translation>
    </message>
    <message>
        <source>From layer CRS:</source>
        <translation>Desde el SRC de la capa:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
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
        <translation>Usar la operación seleccionada</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Usar la predeterminada</translation>
    </message>
    <message>
        <source>The project has no layers with a CRS.</source>
        <translation>El proyecto no tiene capas con SRC.</translation>
    </message>
    <message>
        <source>Choose a project CRS to see the transformations.</source>
        <translation>Elija un SRC para el proyecto para ver las transformaciones.</translation>
    </message>
    <message>
        <source>This layer is already in the project CRS: no transformation is needed.</source>
        <translation>Esta capa ya está en el SRC del proyecto: no hace falta ninguna transformación.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>needs a grid that is not installed</source>
        <translation>requiere una rejilla que no está instalada</translation>
    </message>
    <message>
        <source>ballpark (no datum shift)</source>
        <translation>aproximada (sin cambio de datum)</translation>
    </message>
    <message>
        <source>in use (pinned)</source>
        <translation>en uso (fijada)</translation>
    </message>
    <message>
        <source>Pinned in the project: %1</source>
        <translation>Fijada en el proyecto: %1</translation>
    </message>
    <message>
        <source>Always use the selected operation for this pair of CRSs in this project</source>
        <translation>Usar siempre la operación seleccionada para este par de SRC en este proyecto</translation>
    </message>
    <message>
        <source>Let PROJ choose the best available operation for each point</source>
        <translation>Dejar que PROJ elija la mejor operación disponible para cada punto</translation>
    </message>
    <message>
        <source>in use (default here)</source>
        <translation>en uso (predeterminada aquí)</translation>
    </message>
    <message>
        <source>default here</source>
        <translation>predeterminada aquí</translation>
    </message>
    <message>
        <source>%1 (accuracy %2 m)</source>
        <translation>%1 (precisión %2 m)</translation>
    </message>
    <message>
        <source>Default: PROJ chooses the most accurate operation for each point. Where the map is, that is %1.</source>
        <translation>Predeterminado: PROJ elige la operación más precisa para cada punto. Donde está el mapa, es %1.</translation>
    </message>
    <message>
        <source>Default: PROJ chooses the most accurate operation for each point. In the middle of the layer CRS&apos;s area of use, that is %1.</source>
        <translation>Predeterminado: PROJ elige la operación más precisa para cada punto. En el centro del área de uso del SRC de la capa, es %1.</translation>
    </message>
    <message>
        <source>Default: PROJ chooses the most accurate operation for each point.</source>
        <translation>Predeterminado: PROJ elige la operación más precisa para cada punto.</translation>
    </message>
</context>
<context>
    <name>territoria::RasterLayerRenderer</name>
    <message>
        <source>Layer “%1” has no data source</source>
        <translation>La capa «%1» no tiene fuente de datos</translation>
    </message>
    <message>
        <source>Layer “%1”: invalid map settings (extent or size)</source>
        <translation>Capa «%1»: configuración del mapa no válida (extensión o tamaño)</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot transform from %2 to %3: %4</source>
        <translation>Capa «%1»: no se puede transformar de %2 a %3: %4</translation>
    </message>
    <message>
        <source>Layer “%1”: band %2 does not exist (the raster has %3)</source>
        <translation>Capa «%1»: la banda %2 no existe (el ráster tiene %3)</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot open %2</source>
        <translation>Capa «%1»: no se puede abrir %2</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot select bands of %2</source>
        <translation>Capa «%1»: no se pueden seleccionar las bandas de %2</translation>
    </message>
    <message>
        <source>Layer “%1”: invalid warp options</source>
        <translation>Capa «%1»: opciones de reproyección no válidas</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot warp %2 to the map</source>
        <translation>Capa «%1»: no se puede reproyectar %2 al mapa</translation>
    </message>
    <message>
        <source>Layer “%1”: unexpected warp output</source>
        <translation>Capa «%1»: resultado inesperado de la reproyección</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot read the warped image</source>
        <translation>Capa «%1»: no se puede leer la imagen reproyectada</translation>
    </message>
    <message>
        <source>Layer “%1”: not enough memory for a %2×%3 image</source>
        <translation>Capa «%1»: no hay memoria suficiente para una imagen de %2×%3</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Capa «%1»: %2</translation>
    </message>
</context>
<context>
    <name>territoria::StatusBarController</name>
    <message>
        <source>Cursor coordinates in the project CRS</source>
        <translation>Coordenadas del cursor en el SRC del proyecto</translation>
    </message>
    <message>
        <source>Cursor position as latitude/longitude (WGS 84)</source>
        <translation>Posición del cursor en latitud/longitud (WGS 84)</translation>
    </message>
    <message>
        <source>Current map scale</source>
        <translation>Escala actual del mapa</translation>
    </message>
    <message>
        <source>Project coordinate reference system</source>
        <translation>Sistema de referencia de coordenadas del proyecto</translation>
    </message>
    <message>
        <source>Project CRS: %1 (click to change)</source>
        <translation>SRC del proyecto: %1 (clic para cambiarlo)</translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation>Sin SRC</translation>
    </message>
    <message>
        <source>outside the CRS</source>
        <translation>fuera del SRC</translation>
    </message>
</context>
<context>
    <name>territoria::VectorLayerRenderer</name>
    <message>
        <source>Layer “%1” has no data source</source>
        <translation>La capa «%1» no tiene fuente de datos</translation>
    </message>
    <message>
        <source>Layer “%1”: nothing to draw on</source>
        <translation>Capa «%1»: no hay dónde dibujar</translation>
    </message>
    <message>
        <source>Layer “%1”: invalid map settings (extent or size)</source>
        <translation>Capa «%1»: configuración del mapa no válida (extensión o tamaño)</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot transform from %2 to %3: %4</source>
        <translation>Capa «%1»: no se puede transformar de %2 a %3: %4</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Capa «%1»: %2</translation>
    </message>
    <message>
        <source>Layer “%1”: %2 vertices could not be transformed to %3</source>
        <translation>Capa «%1»: %2 vértices no se pudieron transformar a %3</translation>
    </message>
</context>
</TS>
