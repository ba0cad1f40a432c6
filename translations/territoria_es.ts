<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AhpAlgorithm</name>
    <message>
        <source>AHP weights (pairwise comparisons)</source>
        <translation>Pesos AHP (comparaciones por pares)</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>Priorización</translation>
    </message>
    <message>
        <source>Weights of the criteria from a pairwise comparison matrix on Saaty&apos;s scale 1/9..9: rows separated by “;” and entries by “,”, fractions allowed (1,3,5;1/3,1,3;1/5,1/3,1 says the first criterion is moderately more important than the second and strongly more than the third). The weights are the principal eigenvector (adding up to 1, in row order); CI = (λmax − n)/(n − 1) and CR = CI/RI with Saaty&apos;s random index. A CR above 0.10 means the judgements contradict each other: the ones most at odds are listed with the value the weights suggest.</source>
        <translation>Pesos de los criterios a partir de una matriz de comparación por pares en la escala de Saaty 1/9..9: filas separadas por «;» y entradas por «,», se admiten fracciones (1,3,5;1/3,1,3;1/5,1/3,1 indica que el primer criterio es moderadamente más importante que el segundo y fuertemente más que el tercero). Los pesos son el vector propio principal (suman 1, en el orden de las filas); CI = (λmax − n)/(n − 1) y CR = CI/RI con el índice aleatorio de Saaty. Una CR mayor que 0.10 significa que los juicios se contradicen: se listan los más discordantes con el valor que sugieren los pesos.</translation>
    </message>
    <message>
        <source>Pairwise comparison matrix (rows by “;”, entries by “,”)</source>
        <translation>Matriz de comparación por pares (filas con «;», entradas con «,»)</translation>
    </message>
    <message>
        <source>Names of the criteria, in row order (for the messages)</source>
        <translation>Nombres de los criterios, en el orden de las filas (para los mensajes)</translation>
    </message>
    <message>
        <source>Weights, in row order</source>
        <translation>Pesos, en el orden de las filas</translation>
    </message>
    <message>
        <source>Principal eigenvalue</source>
        <translation>Valor propio principal</translation>
    </message>
    <message>
        <source>Consistency index</source>
        <translation>Índice de consistencia</translation>
    </message>
    <message>
        <source>Random index (Saaty)</source>
        <translation>Índice aleatorio (Saaty)</translation>
    </message>
    <message>
        <source>Consistency ratio</source>
        <translation>Razón de consistencia</translation>
    </message>
    <message>
        <source>Consistent (CR at most 0.10)</source>
        <translation>Consistente (CR como máximo 0.10)</translation>
    </message>
    <message>
        <source>Judgements most at odds with the weights</source>
        <translation>Juicios más discordantes con los pesos</translation>
    </message>
    <message>
        <source>Parameter “names”: %1 names for a %2 x %2 matrix.</source>
        <translation>Parámetro «names»: %1 nombres para una matriz de %2 x %2.</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>criterio %1</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3 is outside Saaty&apos;s scale 1/9..9.</source>
        <translation>Fila %1, columna %2: %3 está fuera de la escala de Saaty 1/9..9.</translation>
    </message>
    <message>
        <source>%1 vs %2 (row %3, column %4): %5 given, the weights imply %6</source>
        <translation>%1 frente a %2 (fila %3, columna %4): se indicó %5, los pesos implican %6</translation>
    </message>
    <message>
        <source>The matrix is inconsistent: CR = %1 &gt; 0.10. Revise the judgements most at odds with the rest: %2.</source>
        <translation>La matriz es inconsistente: CR = %1 &gt; 0.10. Revise los juicios más discordantes con el resto: %2.</translation>
    </message>
</context>
<context>
    <name>Algorithm</name>
    <message>
        <source>%1 was canceled.</source>
        <translation>Se canceló %1.</translation>
    </message>
</context>
<context>
    <name>AlgorithmRegistry</name>
    <message>
        <source>%1 is not a Qt plugin: %2</source>
        <translation>%1 no es un complemento de Qt: %2</translation>
    </message>
    <message>
        <source>%1 is not a Territoria analysis plugin (interface %2, expected %3).</source>
        <translation>%1 no es un complemento de análisis de Territoria (interfaz %2; se esperaba %3).</translation>
    </message>
    <message>
        <source>%1: plugin.json has no “id”.</source>
        <translation>%1: plugin.json no tiene «id».</translation>
    </message>
    <message>
        <source>Cannot load the plugin %1: %2</source>
        <translation>No se puede cargar el complemento %1: %2</translation>
    </message>
    <message>
        <source>%1 does not implement the analysis provider interface.</source>
        <translation>%1 no implementa la interfaz de proveedor de análisis.</translation>
    </message>
    <message>
        <source>%1: plugin.json says id “%2” but the provider says “%3”.</source>
        <translation>%1: plugin.json indica el id «%2», pero el proveedor indica «%3».</translation>
    </message>
    <message>
        <source>algorithm id “%1” does not start with “%2”</source>
        <translation>el id de algoritmo «%1» no empieza por «%2»</translation>
    </message>
    <message>
        <source>algorithm id “%1” is already registered</source>
        <translation>el id de algoritmo «%1» ya está registrado</translation>
    </message>
    <message>
        <source>Provider “%1” rejected: %2.</source>
        <translation>Se rechazó el proveedor «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <source>Rank Stability — %1</source>
        <translation>Estabilidad del puesto — %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>The layout “%1” has no atlas: turn the atlas on and choose a coverage layer.</source>
        <translation>El diseño «%1» no tiene atlas: active el atlas y elija una capa de cobertura.</translation>
    </message>
    <message>
        <source>The atlas of the layout “%1” has no coverage layer.</source>
        <translation>El atlas del diseño «%1» no tiene capa de cobertura.</translation>
    </message>
    <message>
        <source>The coverage layer “%1” of the atlas “%2” could not be opened: %3</source>
        <translation>No se pudo abrir la capa de cobertura «%1» del atlas «%2»: %3</translation>
    </message>
    <message>
        <source>The coverage layer of the atlas “%1” is not in the project (layer id %2).</source>
        <translation>La capa de cobertura del atlas «%1» no está en el proyecto (id de capa %2).</translation>
    </message>
    <message>
        <source>The coverage layer “%1” of the atlas “%2” is not a vector layer.</source>
        <translation>La capa de cobertura «%1» del atlas «%2» no es una capa vectorial.</translation>
    </message>
    <message>
        <source>The coverage layer “%1” of the atlas “%2” has no data.</source>
        <translation>La capa de cobertura «%1» del atlas «%2» no tiene datos.</translation>
    </message>
    <message>
        <source>Invalid atlas expression “%1” for %2: one expression only, without “;”.</source>
        <translation>Expresión de atlas no válida «%1» para %2: una sola expresión, sin «;».</translation>
    </message>
    <message>
        <source>Cannot open the coverage layer %1: %2</source>
        <translation>No se puede abrir la capa de cobertura %1: %2</translation>
    </message>
    <message>
        <source>filter “%1”</source>
        <translation>filtro «%1»</translation>
    </message>
    <message>
        <source>sort “%1”</source>
        <translation>orden «%1»</translation>
    </message>
    <message>
        <source>page name “%1”</source>
        <translation>nombre de página «%1»</translation>
    </message>
    <message>
        <source>The atlas expressions of “%1” are not valid for %2 (%3): %4</source>
        <translation>Las expresiones del atlas de «%1» no son válidas para %2 (%3): %4</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The atlas of “%1” was cancelled.</source>
        <translation>Se canceló el atlas de «%1».</translation>
    </message>
    <message>
        <source>The atlas expressions of “%1” failed on %2: %3</source>
        <translation>Las expresiones del atlas de «%1» fallaron en %2: %3</translation>
    </message>
    <message>
        <source>The atlas filter “%1” of “%2” keeps no feature of %3.</source>
        <translation>El filtro del atlas «%1» de «%2» no conserva ninguna entidad de %3.</translation>
    </message>
    <message>
        <source>The coverage layer %1 of the atlas “%2” has no features.</source>
        <translation>La capa de cobertura %1 del atlas «%2» no tiene entidades.</translation>
    </message>
    <message>
        <source>Cannot transform the coverage layer “%1” to the project CRS: %2</source>
        <translation>No se puede transformar la capa de cobertura «%1» al SRC del proyecto: %2</translation>
    </message>
    <message>
        <source>Cannot read feature %1 of the coverage layer %2: %3</source>
        <translation>No se puede leer la entidad %1 de la capa de cobertura %2: %3</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Chart exported by Territoria</source>
        <translation>Gráfico exportado por Territoria</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Features</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>%1: no layer chosen</source>
        <translation>%1: no se eligió ninguna capa</translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no attributes to chart</source>
        <translation>%1: la capa «%2» no tiene atributos para graficar</translation>
    </message>
    <message>
        <source>%1: the layer «%2» is missing from the project</source>
        <translation>%1: la capa «%2» no está en el proyecto</translation>
    </message>
    <message>
        <source>%1: the layer «%2» cannot be read</source>
        <translation>%1: no se puede leer la capa «%2»</translation>
    </message>
    <message>
        <source>%1: choose the field to chart</source>
        <translation>%1: elija el campo para graficar</translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no field «%3»</source>
        <translation>%1: la capa «%2» no tiene el campo «%3»</translation>
    </message>
    <message>
        <source>%1: the field «%2» of «%3» is not numeric</source>
        <translation>%1: el campo «%2» de «%3» no es numérico</translation>
    </message>
    <message>
        <source>%1: the atlas layer has no field «%2»</source>
        <translation>%1: la capa del atlas no tiene el campo «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n without a value</source>
        <translation>
            <numerusform>%n sin valor</numerusform>
            <numerusform>%n sin valor</numerusform>
        </translation>
    </message>
    <message>
        <source>No values to chart</source>
        <translation>No hay valores para graficar</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Equal interval</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>Cuantiles (igual número)</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Cortes naturales (Jenks)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Desviación estándar</translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation>Cortes redondeados</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
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
        <source>Lists the analysis algorithms of the installed plugins.</source>
        <translation>Lista los algoritmos de análisis de los complementos instalados.</translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation>Escribe JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Also load plugins from DIR (a folder you trust).</source>
        <translation>Carga también complementos desde DIR (una carpeta de confianza).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>No algorithms: no analysis plugin was found in %1.</source>
        <translation>No hay algoritmos: no se encontró ningún complemento de análisis en %1.</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>[optional]</source>
        <translation>[opcional]</translation>
    </message>
    <message>
        <source>[default: %1]</source>
        <translation>[por defecto: %1]</translation>
    </message>
    <message>
        <source>(one of: %1)</source>
        <translation>(uno de: %1)</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Salidas:</translation>
    </message>
    <message>
        <source>Runs an analysis algorithm, e.g.
  territoria-cli run indicators:zonal_statistics --param input=pop.tif --param zones=districts.gpkg --param output=stats.gpkg</source>
        <translation>Ejecuta un algoritmo de análisis, p. ej.
  territoria-cli run indicators:zonal_statistics --param input=pop.tif --param zones=districts.gpkg --param output=stats.gpkg</translation>
    </message>
    <message>
        <source>Algorithm id (see &apos;territoria-cli algorithms&apos;).</source>
        <translation>Id del algoritmo (vea &apos;territoria-cli algorithms&apos;).</translation>
    </message>
    <message>
        <source>A parameter value, NAME=VALUE (repeatable).</source>
        <translation>Un valor de parámetro, NOMBRE=VALOR (se puede repetir).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>Write the outputs as one JSON object.</source>
        <translation>Escribe las salidas como un único objeto JSON.</translation>
    </message>
    <message>
        <source>No algorithm given.</source>
        <translation>No se indicó ningún algoritmo.</translation>
    </message>
    <message>
        <source>Invalid parameter “%1”: expected NAME=VALUE.</source>
        <translation>Parámetro no válido «%1»: se esperaba NOMBRE=VALOR.</translation>
    </message>
    <message>
        <source>Parameter “%1” is given twice.</source>
        <translation>El parámetro «%1» se indicó dos veces.</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1”: no analysis plugin was found.</source>
        <translation>Algoritmo desconocido «%1»: no se encontró ningún complemento de análisis.</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1” (available: %2).</source>
        <translation>Algoritmo desconocido «%1» (disponibles: %2).</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
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

Options:
  -h, --help                   Show this help (&apos;%1 COMMAND --help&apos; for a command).
  -v, --version                Show the version.

Exit status: 0 on success, 1 when a file cannot be read or written, 2 on bad arguments.
</source>
        <translation>Uso: %1 COMANDO [opciones]

Comandos:
  info RUTA... [--json]        Describe las capas de los archivos (SRC, extensión, campos, bandas...).
  render ENTRADA... --out ARCHIVO  Dibuja un proyecto (.territoria) o capas en PNG, PDF o SVG.
  layout list PROYECTO         Lista los diseños de impresión de un proyecto.
  layout export PROYECTO --layout NOMBRE --out ARCHIVO [--atlas]
                               Exporta un diseño de impresión (o su atlas) a PDF, SVG o imágenes.
  algorithms [--json]          Lista los algoritmos de análisis y sus parámetros.
  run ALGORITMO --param N=V... Ejecuta un algoritmo de análisis e imprime sus salidas.

Opciones:
  -h, --help                   Muestra esta ayuda (&apos;%1 COMANDO --help&apos; para un comando).
  -v, --version                Muestra la versión.

Estado de salida: 0 si todo va bien, 1 si no se puede leer o escribir un archivo, 2 si los argumentos son incorrectos.
</translation>
    </message>
    <message>
        <source>Lists the print layouts of a project, one name per line.</source>
        <translation>Lista los diseños de impresión de un proyecto, un nombre por línea.</translation>
    </message>
    <message>
        <source>Print JSON: name, page size in mm, items and atlas.</source>
        <translation>Imprime JSON: nombre, tamaño de página en mm, elementos y atlas.</translation>
    </message>
    <message>
        <source>A project file (.territoria).</source>
        <translation>Un archivo de proyecto (.territoria).</translation>
    </message>
    <message>
        <source>Give exactly one project file.</source>
        <translation>Indique exactamente un archivo de proyecto.</translation>
    </message>
    <message>
        <source>Writes a print layout of a project to PDF, SVG, PNG, TIFF or JPEG; with --atlas, one page per
feature of its coverage layer (one multi-page PDF unless --per-feature or --split-by).</source>
        <translation>Escribe un diseño de impresión de un proyecto en PDF, SVG, PNG, TIFF o JPEG; con --atlas, una página por
entidad de su capa de cobertura (un único PDF de varias páginas, salvo con --per-feature o --split-by).</translation>
    </message>
    <message>
        <source>Name of the layout (&apos;layout list&apos; shows them).</source>
        <translation>Nombre del diseño (&apos;layout list&apos; los muestra).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Output file; the format follows the extension (.pdf, .svg, .png, .tif, .jpg).</source>
        <translation>Archivo de salida; el formato depende de la extensión (.pdf, .svg, .png, .tif, .jpg).</translation>
    </message>
    <message>
        <source>Export the layout&apos;s atlas: one page per feature.</source>
        <translation>Exporta el atlas del diseño: una página por entidad.</translation>
    </message>
    <message>
        <source>Resolution of images and raster parts (default 300).</source>
        <translation>Resolución de las imágenes y de las partes ráster (por defecto 300).</translation>
    </message>
    <message>
        <source>With --atlas: one PDF per value of this field (FILE_&lt;value&gt;.pdf).</source>
        <translation>Con --atlas: un PDF por cada valor de este campo (ARCHIVO_&lt;valor&gt;.pdf).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>With --atlas: one file per feature (FILE_&lt;page name&gt;.pdf).</source>
        <translation>Con --atlas: un archivo por entidad (ARCHIVO_&lt;nombre de página&gt;.pdf).</translation>
    </message>
    <message>
        <source>Do not write a world file (.pgw, .tfw, .jgw) beside images.</source>
        <translation>No escribe un archivo de georreferencia (world file: .pgw, .tfw, .jgw) junto a las imágenes.</translation>
    </message>
    <message>
        <source>Missing --layout NAME.</source>
        <translation>Falta --layout NOMBRE.</translation>
    </message>
    <message>
        <source>--split-by and --per-feature need --atlas.</source>
        <translation>--split-by y --per-feature requieren --atlas.</translation>
    </message>
    <message>
        <source>Use either --split-by or --per-feature, not both.</source>
        <translation>Use --split-by o --per-feature, no ambos.</translation>
    </message>
    <message>
        <source>--split-by needs a field name.</source>
        <translation>--split-by requiere un nombre de campo.</translation>
    </message>
    <message>
        <source>--split-by writes PDF files: use an --out ending in .pdf.</source>
        <translation>--split-by escribe archivos PDF: use un --out que termine en .pdf.</translation>
    </message>
    <message>
        <source>the project has no layouts</source>
        <translation>el proyecto no tiene diseños</translation>
    </message>
    <message>
        <source>its layouts are: %1</source>
        <translation>sus diseños son: %1</translation>
    </message>
    <message>
        <source>The project %1 has no layout “%2”; %3.</source>
        <translation>El proyecto %1 no tiene ningún diseño «%2»; %3.</translation>
    </message>
    <message>
        <source>The layout “%1” has no atlas; export it without --atlas.</source>
        <translation>El diseño «%1» no tiene atlas; expórtelo sin --atlas.</translation>
    </message>
    <message>
        <source>Usage: %1 layout list PROJECT [--json]
       %1 layout export PROJECT --layout NAME --out FILE [--atlas] [--dpi N]
                             [--split-by FIELD | --per-feature] [--no-world-file]
Run &apos;%1 layout export --help&apos; for the options.
</source>
        <translation>Uso: %1 layout list PROYECTO [--json]
     %1 layout export PROYECTO --layout NOMBRE --out ARCHIVO [--atlas] [--dpi N]
                           [--split-by CAMPO | --per-feature] [--no-world-file]
Ejecute &apos;%1 layout export --help&apos; para ver las opciones.
</translation>
    </message>
    <message>
        <source>Unknown layout command “%1”: use “list” or “export”.</source>
        <translation>Comando de diseño desconocido «%1»: use «list» o «export».</translation>
    </message>
</context>
<context>
    <name>CompositeIndexAlgorithm</name>
    <message>
        <source>Composite index</source>
        <translation>Índice compuesto</translation>
    </message>
    <message>
        <source>Vector indicators</source>
        <translation>Indicadores vectoriales</translation>
    </message>
    <message>
        <source>Combines several indicator fields into one index per unit. Each indicator is normalized (minmax: (x − min)/(max − min); zscore: (x − mean)/standard deviation of the population; rank: average rank / number of units), turned around when lower is better, weighted (weights are scaled to sum 1) and aggregated by a weighted arithmetic mean (contrib_&lt;field&gt; = weight × score, they add up to the index) or a weighted geometric mean (contrib_&lt;field&gt; = weight × ln(score), the index is the exponential of their sum; a score of 0 makes the index 0). Missing values: skip_unit leaves the unit out (empty index), mean_impute replaces them by the indicator&apos;s mean. index_rank is 1 for the highest index.</source>
        <translation>Combina varios campos de indicadores en un índice por unidad. Cada indicador se normaliza (minmax: (x − mín)/(máx − mín); zscore: (x − media)/desviación estándar de la población; rank: rango promedio / número de unidades), se invierte cuando menor es mejor, se pondera (los pesos se escalan para sumar 1) y se agrega con una media aritmética ponderada (contrib_&lt;campo&gt; = peso × puntaje; suman el índice) o una media geométrica ponderada (contrib_&lt;campo&gt; = peso × ln(puntaje); el índice es la exponencial de su suma; un puntaje de 0 hace que el índice sea 0). Valores faltantes: skip_unit deja fuera la unidad (índice vacío), mean_impute los reemplaza por la media del indicador. index_rank es 1 para el índice más alto.</translation>
    </message>
    <message>
        <source>Units with indicators</source>
        <translation>Unidades con indicadores</translation>
    </message>
    <message>
        <source>Indicator fields</source>
        <translation>Campos de indicadores</translation>
    </message>
    <message>
        <source>Direction of each indicator (empty: all higher is better)</source>
        <translation>Sentido de cada indicador (vacío: en todos, mayor es mejor)</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <source>Weight of each indicator (empty: equal weights)</source>
        <translation>Peso de cada indicador (vacío: pesos iguales)</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agregación</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valores faltantes</translation>
    </message>
    <message>
        <source>Units with the index</source>
        <translation>Unidades con el índice</translation>
    </message>
    <message>
        <source>Units read</source>
        <translation>Unidades leídas</translation>
    </message>
    <message>
        <source>Units with an index</source>
        <translation>Unidades con índice</translation>
    </message>
    <message>
        <source>Units left out for missing values</source>
        <translation>Unidades excluidas por valores faltantes</translation>
    </message>
    <message>
        <source>Parameter “directions”: give one direction per field (%1 fields, %2 directions).</source>
        <translation>Parámetro «directions»: indique un sentido por campo (%1 campos, %2 sentidos).</translation>
    </message>
    <message>
        <source>Parameter “weights”: give one weight per field (%1 fields, %2 weights).</source>
        <translation>Parámetro «weights»: indique un peso por campo (%1 campos, %2 pesos).</translation>
    </message>
    <message>
        <source>The geometric mean needs positive scores and z-scores can be negative: use minmax or rank.</source>
        <translation>La media geométrica necesita puntajes positivos y los puntajes z pueden ser negativos: use minmax o rank.</translation>
    </message>
    <message>
        <source>Parameter “weights”: “%1” is not a number of zero or more.</source>
        <translation>Parámetro «weights»: «%1» no es un número mayor o igual que cero.</translation>
    </message>
    <message>
        <source>Parameter “weights”: the weights add up to zero.</source>
        <translation>Parámetro «weights»: los pesos suman cero.</translation>
    </message>
    <message>
        <source>Parameter “fields”: %1 has no field “%2”.</source>
        <translation>Parámetro «fields»: %1 no tiene el campo «%2».</translation>
    </message>
    <message>
        <source>Parameter “fields”: the field “%1” of %2 is not numeric.</source>
        <translation>Parámetro «fields»: el campo «%1» de %2 no es numérico.</translation>
    </message>
    <message>
        <source>The field “%1” of %2 has no values.</source>
        <translation>El campo «%1» de %2 no tiene valores.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n missing value(s) replaced by the mean.</source>
        <translation>
            <numerusform>«%1»: se reemplazó %n valor faltante por la media.</numerusform>
            <numerusform>«%1»: se reemplazaron %n valores faltantes por la media.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have missing values and get no index.</source>
        <translation>
            <numerusform>%n unidad tiene valores faltantes y no recibe índice.</numerusform>
            <numerusform>%n unidades tienen valores faltantes y no reciben índice.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit of %1 has a value for every indicator.</source>
        <translation>Ninguna unidad de %1 tiene valor para todos los indicadores.</translation>
    </message>
    <message>
        <source>“%1” has the same value in every unit: its score is 0.5.</source>
        <translation>«%1» tiene el mismo valor en todas las unidades: su puntaje es 0.5.</translation>
    </message>
    <message>
        <source>“%1” has the same value in every unit: its score is 0.</source>
        <translation>«%1» tiene el mismo valor en todas las unidades: su puntaje es 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have a score of 0 in some indicator: their geometric index is 0.</source>
        <translation>
            <numerusform>%n unidad tiene un puntaje de 0 en algún indicador: su índice geométrico es 0.</numerusform>
            <numerusform>%n unidades tienen un puntaje de 0 en algún indicador: su índice geométrico es 0.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinateTransform</name>
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
    <name>CoverageBufferAlgorithm</name>
    <message>
        <source>Cannot convert a buffer for %1.</source>
        <translation>No se puede convertir un buffer de %1.</translation>
    </message>
    <message>
        <source>Cannot transform a buffer back to the CRS of the input for %1.</source>
        <translation>No se puede transformar un buffer de vuelta al SRC de la entrada para %1.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>No se puede escribir una entidad en %1.</translation>
    </message>
    <message>
        <source>Coverage by distance (buffers)</source>
        <translation>Cobertura por distancia (buffers)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Buffers of a given distance (metres) around each facility, and their dissolved union as the area covered. Distances are measured in a projected CRS: the layer&apos;s own when it is projected, else the UTM zone of the layer&apos;s centre. The results are written in the layer&apos;s CRS, with their areas in square metres.</source>
        <translation>Buffers de una distancia dada (metros) alrededor de cada establecimiento, y su unión disuelta como área cubierta. Las distancias se miden en un SRC proyectado: el de la propia capa si es proyectado; si no, la zona UTM del centro de la capa. Los resultados se escriben en el SRC de la capa, con sus áreas en metros cuadrados.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Establecimientos</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Distancia (m)</translation>
    </message>
    <message>
        <source>Segments per quarter circle</source>
        <translation>Segmentos por cuarto de círculo</translation>
    </message>
    <message>
        <source>Buffers per facility</source>
        <translation>Buffers por establecimiento</translation>
    </message>
    <message>
        <source>Dissolved coverage</source>
        <translation>Cobertura disuelta</translation>
    </message>
    <message>
        <source>Area covered (m²)</source>
        <translation>Área cubierta (m²)</translation>
    </message>
    <message>
        <source>CRS of the computation</source>
        <translation>SRC del cálculo</translation>
    </message>
    <message>
        <source>Parameter “distance”: the buffer distance must be more than 0 m.</source>
        <translation>Parámetro «distance»: la distancia del buffer debe ser mayor que 0 m.</translation>
    </message>
    <message>
        <source>%1 has no CRS: distances cannot be measured.</source>
        <translation>%1 no tiene SRC: no se pueden medir distancias.</translation>
    </message>
    <message>
        <source>%1 has no features.</source>
        <translation>%1 no tiene entidades.</translation>
    </message>
    <message>
        <source>Cannot transform feature %1 of %2 to %3.</source>
        <translation>No se puede transformar la entidad %1 de %2 a %3.</translation>
    </message>
    <message>
        <source>Cannot buffer feature %1 of %2.</source>
        <translation>No se puede generar el buffer de la entidad %1 de %2.</translation>
    </message>
    <message>
        <source>%1 has no features with a geometry.</source>
        <translation>%1 no tiene entidades con geometría.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>No se puede crear una capa en %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2 (the facilities may have it already).</source>
        <translation>No se puede crear el campo %1 en %2 (puede que los establecimientos ya lo tengan).</translation>
    </message>
    <message>
        <source>Cannot merge the buffers of %1.</source>
        <translation>No se pueden unir los buffers de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>CoverageGapAlgorithm</name>
    <message>
        <source>Population outside coverage</source>
        <translation>Población fuera de cobertura</translation>
    </message>
    <message>
        <source>Vector indicators</source>
        <translation>Indicadores vectoriales</translation>
    </message>
    <message>
        <source>People outside a coverage polygon layer (mobile coverage, isochrones) per zone, as a count and a share. With a population raster, a pixel belongs to the zone and to the coverage that contain its centre. With a population field instead, each zone&apos;s population is spread evenly over its area and the covered part is the area of the zone inside the coverage, measured in a Lambert azimuthal equal-area projection centred on the zones. Zones should not overlap.</source>
        <translation>Personas fuera de una capa de polígonos de cobertura (cobertura móvil, isócronas) por zona, como cantidad y como proporción. Con un ráster de población, un píxel pertenece a la zona y a la cobertura que contienen su centro. Con un campo de población, en cambio, la población de cada zona se reparte uniformemente en su área y la parte cubierta es el área de la zona dentro de la cobertura, medida en una proyección acimutal equivalente de Lambert centrada en las zonas. Las zonas no deben superponerse.</translation>
    </message>
    <message>
        <source>Zone polygons</source>
        <translation>Polígonos de zonas</translation>
    </message>
    <message>
        <source>Coverage polygons</source>
        <translation>Polígonos de cobertura</translation>
    </message>
    <message>
        <source>Population raster</source>
        <translation>Ráster de población</translation>
    </message>
    <message>
        <source>Band of the population raster</source>
        <translation>Banda del ráster de población</translation>
    </message>
    <message>
        <source>Population field of the zones (spread over their area)</source>
        <translation>Campo de población de las zonas (repartida en su área)</translation>
    </message>
    <message>
        <source>Prefix of the new field names</source>
        <translation>Prefijo de los nombres de los campos nuevos</translation>
    </message>
    <message>
        <source>Zones with the coverage gap</source>
        <translation>Zonas con la brecha de cobertura</translation>
    </message>
    <message>
        <source>Population of the zones</source>
        <translation>Población de las zonas</translation>
    </message>
    <message>
        <source>Share of the population outside coverage (0-1)</source>
        <translation>Proporción de la población fuera de cobertura (0-1)</translation>
    </message>
    <message>
        <source>Give either a population raster (“population”) or a population field (“population_field”), not both.</source>
        <translation>Indique un ráster de población («population») o un campo de población («population_field»), no ambos.</translation>
    </message>
    <message>
        <source>%1 must hold polygons, not %2.</source>
        <translation>%1 debe contener polígonos, no %2.</translation>
    </message>
    <message>
        <source>%1 has no CRS.</source>
        <translation>%1 no tiene SRC.</translation>
    </message>
    <message>
        <source>%1 must hold polygons: feature %2 is a %3.</source>
        <translation>%1 debe contener polígonos: la entidad %2 es de tipo %3.</translation>
    </message>
    <message>
        <source>Cannot compute the extent of %1.</source>
        <translation>No se puede calcular la extensión de %1.</translation>
    </message>
    <message>
        <source>Cannot convert the zones of %1 to longitude and latitude.</source>
        <translation>No se pueden convertir las zonas de %1 a longitud y latitud.</translation>
    </message>
    <message>
        <source>Cannot merge the coverage polygons of %1.</source>
        <translation>No se pueden unir los polígonos de cobertura de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) have no population value: their gap is empty.</source>
        <translation>
            <numerusform>%n zona no tiene valor de población: su brecha queda vacía.</numerusform>
            <numerusform>%n zonas no tienen valor de población: su brecha queda vacía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1 as a raster.</source>
        <translation>No se puede abrir %1 como ráster.</translation>
    </message>
    <message>
        <source>%1 has no band %2.</source>
        <translation>%1 no tiene la banda %2.</translation>
    </message>
    <message>
        <source>%1 has no north-up georeferencing.</source>
        <translation>%1 no tiene una georreferenciación orientada al norte.</translation>
    </message>
    <message>
        <source>Cannot rasterize the zones of %1.</source>
        <translation>No se pueden rasterizar las zonas de %1.</translation>
    </message>
    <message>
        <source>Cannot rasterize the coverage of %1.</source>
        <translation>No se puede rasterizar la cobertura de %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
</context>
<context>
    <name>CoverageIO</name>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>No se puede abrir %1 como capa vectorial.</translation>
    </message>
    <message>
        <source>%1 has no layers.</source>
        <translation>%1 no tiene capas.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 no tiene la capa «%2».</translation>
    </message>
    <message>
        <source>Parameter “%1”: cannot open %2 as a raster.</source>
        <translation>Parámetro «%1»: no se puede abrir %2 como ráster.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no band.</source>
        <translation>Parámetro «%1»: %2 no tiene bandas.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no north-up georeferencing.</source>
        <translation>Parámetro «%1»: %2 no tiene una georreferenciación orientada al norte.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no CRS.</source>
        <translation>Parámetro «%1»: %2 no tiene SRC.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 is in a geographic CRS (degrees); travel distances need a projected CRS in metres. Reproject it first (e.g. to its UTM zone).</source>
        <translation>Parámetro «%1»: %2 está en un SRC geográfico (grados); las distancias de viaje requieren un SRC proyectado en metros. Reproyéctelo primero (p. ej., a su zona UTM).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 does not have the grid of %3 (size, origin and cell size must be equal; resample it with gdalwarp first).</source>
        <translation>Parámetro «%1»: %2 no tiene la cuadrícula de %3 (el tamaño, el origen y el tamaño de celda deben ser iguales; remuestréelo primero con gdalwarp).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 is not in the CRS of %3.</source>
        <translation>Parámetro «%1»: %2 no está en el SRC de %3.</translation>
    </message>
    <message>
        <source>%1 has no CRS.</source>
        <translation>%1 no tiene SRC.</translation>
    </message>
    <message>
        <source>Cannot transform %1 to the CRS of the raster.</source>
        <translation>No se puede transformar %1 al SRC del ráster.</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 no tiene el campo «%2».</translation>
    </message>
    <message>
        <source>%1 must hold points: feature %2 is a %3.</source>
        <translation>%1 debe contener puntos: la entidad %2 es un %3.</translation>
    </message>
    <message>
        <source>Cannot transform feature %2 of %1 to the CRS of the raster.</source>
        <translation>No se puede transformar la entidad %2 de %1 al SRC del ráster.</translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation>No se pueden leer las entidades de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no GTiff driver.</source>
        <translation>No se puede escribir %1: GDAL no tiene el controlador GTiff.</translation>
    </message>
    <message>
        <source>Cannot write %1: rasters are written as GeoTIFF (.tif).</source>
        <translation>No se puede escribir %1: los rásteres se escriben como GeoTIFF (.tif).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).</source>
        <translation>No se puede escribir %1: formato vectorial desconocido «.%2» (use .gpkg, .geojson o .shp).</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no %2 driver.</source>
        <translation>No se puede escribir %1: GDAL no tiene el controlador %2.</translation>
    </message>
    <message>
        <source>Cannot convert the centre of %1 to longitude and latitude.</source>
        <translation>No se puede convertir el centro de %1 a longitud y latitud.</translation>
    </message>
    <message>
        <source>%1 lies outside the UTM zones (latitude beyond 84°).</source>
        <translation>%1 está fuera de las zonas UTM (latitud mayor de 84°).</translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation>La salida %1 también es una entrada: elija otro archivo.</translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>“%1” is not a coordinate reference system</source>
        <translation>«%1» no es un sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <source>PROJ cannot write “%1” as WKT</source>
        <translation>PROJ no puede escribir «%1» como WKT</translation>
    </message>
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
        <translation>se reconstruyó el archivo de índice .shx que faltaba</translation>
    </message>
</context>
<context>
    <name>FieldCalculator</name>
    <message>
        <source>Invalid expression “%1”: %2</source>
        <translation>Expresión no válida «%1»: %2</translation>
    </message>
    <message>
        <source>Choose the name of the field to calculate in %1.</source>
        <translation>Elija el nombre del campo que se calculará en %1.</translation>
    </message>
    <message>
        <source>Unknown CRS “%1” for the measures of %2.</source>
        <translation>SRC desconocido «%1» para las medidas de %2.</translation>
    </message>
    <message>
        <source>The CRS “%1” for the measures of %2 must be projected (in metres), not geographic.</source>
        <translation>El SRC «%1» para las medidas de %2 debe ser proyectado (en metros), no geográfico.</translation>
    </message>
    <message>
        <source>Cannot reproject %1 for the measures.</source>
        <translation>No se puede reproyectar %1 para las medidas.</translation>
    </message>
    <message>
        <source>%1 has a geographic CRS: areas, lengths and coordinates in the expression are measured in %2.</source>
        <translation>%1 tiene un SRC geográfico: las áreas, longitudes y coordenadas de la expresión se miden en %2.</translation>
    </message>
    <message>
        <source>The expression “%1” failed on %2: %3</source>
        <translation>La expresión «%1» falló en %2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).</source>
        <translation>No se puede escribir %1: formato vectorial desconocido «.%2» (use .gpkg, .geojson o .shp).</translation>
    </message>
    <message>
        <source>The output %1 is also the input: choose another file.</source>
        <translation>La salida %1 es también la entrada: elija otro archivo.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>No se puede crear una capa en %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>No se puede crear el campo %1 en %2.</translation>
    </message>
    <message>
        <source>The field calculation into %1 was canceled.</source>
        <translation>Se canceló el cálculo de campo en %1.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>No se puede escribir una entidad en %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>No se puede abrir %1 como capa vectorial.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 no tiene la capa «%2».</translation>
    </message>
    <message>
        <source>Cannot copy %1 to memory.</source>
        <translation>No se puede copiar %1 a la memoria.</translation>
    </message>
    <message>
        <source>The expression for %1 is empty.</source>
        <translation>La expresión para %1 está vacía.</translation>
    </message>
    <message>
        <source>Invalid expression “%1”: one expression only, without “;”.</source>
        <translation>Expresión no válida «%1»: una sola expresión, sin «;».</translation>
    </message>
</context>
<context>
    <name>FieldCalculatorAlgorithm</name>
    <message>
        <source>Field calculator</source>
        <translation>Calculadora de campos</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Calculates a new field, or overwrites one, from an SQLite expression over the fields and the geometry (GDAL&apos;s SQLite dialect with Spatialite functions), for example “poblacion / superficie”, “ST_Area(geometry) / 1e6” or “ST_X(ST_Centroid(geometry))”. The geometry column is called geometry. Measures are in the layer&apos;s CRS; a layer in longitude and latitude is first reprojected to the measure CRS (by default the UTM zone of its centre). An invalid expression is rejected with SQLite&apos;s reason.</source>
        <translation>Calcula un campo nuevo, o sobrescribe uno existente, a partir de una expresión SQLite sobre los campos y la geometría (dialecto SQLite de GDAL con funciones de Spatialite), por ejemplo «poblacion / superficie», «ST_Area(geometry) / 1e6» o «ST_X(ST_Centroid(geometry))». La columna de geometría se llama geometry. Las medidas están en el SRC de la capa; una capa en longitud y latitud se reproyecta primero al SRC de medida (por defecto, la zona UTM de su centro). Una expresión no válida se rechaza con el motivo que da SQLite.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Field to calculate (new or existing)</source>
        <translation>Campo a calcular (nuevo o existente)</translation>
    </message>
    <message>
        <source>Expression (SQLite)</source>
        <translation>Expresión (SQLite)</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Tipo de campo</translation>
    </message>
    <message>
        <source>CRS for measures of a geographic layer (e.g. the project CRS)</source>
        <translation>SRC para las medidas de una capa geográfica (p. ej. el SRC del proyecto)</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Capa de salida</translation>
    </message>
    <message>
        <source>Layer with the calculated field</source>
        <translation>Capa con el campo calculado</translation>
    </message>
    <message>
        <source>Features written</source>
        <translation>Entidades escritas</translation>
    </message>
    <message>
        <source>Features where the expression is empty</source>
        <translation>Entidades en las que la expresión está vacía</translation>
    </message>
    <message>
        <source>CRS of the geometry measures</source>
        <translation>SRC de las medidas de geometría</translation>
    </message>
    <message numerus="yes">
        <source>The expression is empty (NULL) for %n feature(s).</source>
        <translation>
            <numerusform>La expresión está vacía (NULL) para %n entidad.</numerusform>
            <numerusform>La expresión está vacía (NULL) para %n entidades.</numerusform>
        </translation>
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
    <name>IsochronesAlgorithm</name>
    <message>
        <source>Parameter “%1”: “%2” is not a positive number of minutes.</source>
        <translation>Parámetro «%1»: «%2» no es un número positivo de minutos.</translation>
    </message>
    <message>
        <source>Parameter “%1”: give at least one threshold, e.g. 15,30,60.</source>
        <translation>Parámetro «%1»: indique al menos un umbral, p. ej. 15,30,60.</translation>
    </message>
    <message>
        <source>Parameter “%1”: at most 250 thresholds.</source>
        <translation>Parámetro «%1»: como máximo 250 umbrales.</translation>
    </message>
    <message>
        <source>Isochrones</source>
        <translation>Isócronas</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Polygons of the area reached within each travel-time threshold (minutes, e.g. 15,30,60) from a travel-time raster. Cumulative polygons include the shorter thresholds; bands hold only the cells between one threshold and the previous one. A cell belongs to a threshold when its time is at most the threshold.</source>
        <translation>Polígonos del área alcanzada dentro de cada umbral de tiempo de viaje (minutos, p. ej. 15,30,60) a partir de un ráster de tiempo de viaje. Los polígonos acumulados incluyen los umbrales menores; las bandas contienen solo las celdas entre un umbral y el anterior. Una celda pertenece a un umbral cuando su tiempo es como máximo el umbral.</translation>
    </message>
    <message>
        <source>Travel time raster (minutes)</source>
        <translation>Ráster de tiempo de viaje (minutos)</translation>
    </message>
    <message>
        <source>Thresholds (minutes)</source>
        <translation>Umbrales (minutos)</translation>
    </message>
    <message>
        <source>Cumulative polygons (otherwise bands)</source>
        <translation>Polígonos acumulados (si no, bandas)</translation>
    </message>
    <message>
        <source>Area per threshold (m²)</source>
        <translation>Área por umbral (m²)</translation>
    </message>
    <message>
        <source>Not enough memory to classify %1.</source>
        <translation>No hay memoria suficiente para clasificar %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot classify %1.</source>
        <translation>No se puede clasificar %1.</translation>
    </message>
    <message>
        <source>Cannot polygonize %1.</source>
        <translation>No se puede poligonizar %1.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>No se puede crear una capa en %1.</translation>
    </message>
    <message>
        <source>Cannot convert the isochrone of %1 minutes.</source>
        <translation>No se puede convertir la isócrona de %1 minutos.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>No se puede escribir una entidad en %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>JoinTableAlgorithm</name>
    <message>
        <source>Join a table to a layer</source>
        <translation>Unir una tabla a una capa</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Joins the rows of a table (CSV, XLSX or ODS; “file.xlsx|layername=Sheet” picks a sheet) to the features of a layer with the same key, one to one, into a new layer. The table&apos;s key is read as text, so codes such as the ubigeo “040101” keep their leading zero; a numeric key 40101 does not match it unless zero padding to a width is asked for. The report lists the unmatched keys of both sides and the duplicated keys of the table (the first row wins).</source>
        <translation>Une las filas de una tabla (CSV, XLSX u ODS; «archivo.xlsx|layername=Hoja» elige una hoja) a las entidades de una capa con la misma clave, uno a uno, en una capa nueva. La clave de la tabla se lee como texto, así que códigos como el ubigeo «040101» conservan su cero inicial; una clave numérica 40101 no coincide con él salvo que se pida rellenar con ceros hasta un ancho. El informe lista las claves sin pareja de ambos lados y las claves repetidas de la tabla (gana la primera fila).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Key field of the layer</source>
        <translation>Campo clave de la capa</translation>
    </message>
    <message>
        <source>Table (CSV, XLSX, ODS)</source>
        <translation>Tabla (CSV, XLSX, ODS)</translation>
    </message>
    <message>
        <source>Key column of the table</source>
        <translation>Columna clave de la tabla</translation>
    </message>
    <message>
        <source>Prefix of the joined field names</source>
        <translation>Prefijo de los nombres de los campos unidos</translation>
    </message>
    <message>
        <source>Pad numeric keys with zeros to this width (0: no padding)</source>
        <translation>Rellenar las claves numéricas con ceros hasta este ancho (0: sin relleno)</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>Delimitador CSV</translation>
    </message>
    <message>
        <source>CSV encoding</source>
        <translation>Codificación CSV</translation>
    </message>
    <message>
        <source>CSV decimal separator</source>
        <translation>Separador decimal CSV</translation>
    </message>
    <message>
        <source>CSV thousands separator</source>
        <translation>Separador de miles CSV</translation>
    </message>
    <message>
        <source>Joined layer</source>
        <translation>Capa unida</translation>
    </message>
    <message>
        <source>Features joined</source>
        <translation>Entidades unidas</translation>
    </message>
    <message>
        <source>Features without a table row</source>
        <translation>Entidades sin fila en la tabla</translation>
    </message>
    <message>
        <source>Table keys without a feature</source>
        <translation>Claves de la tabla sin entidad</translation>
    </message>
    <message>
        <source>Keys on several table rows</source>
        <translation>Claves en varias filas de la tabla</translation>
    </message>
    <message>
        <source>Problems found in the table</source>
        <translation>Problemas encontrados en la tabla</translation>
    </message>
    <message>
        <source>Join report (counts, key lists, table problems)</source>
        <translation>Informe de la unión (conteos, listas de claves, problemas de la tabla)</translation>
    </message>
    <message>
        <source>Parameter “table_field”: %1 has no column “%2” (columns: %3).</source>
        <translation>Parámetro «table_field»: %1 no tiene la columna «%2» (columnas: %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No feature of %1 matched a row of %2: %3</source>
        <translation>Ninguna entidad de %1 coincidió con una fila de %2: %3</translation>
    </message>
    <message>
        <source>No feature of %1 matched a row of %2 (first keys: “%3” and “%4”).</source>
        <translation>Ninguna entidad de %1 coincidió con una fila de %2 (primeras claves: «%3» y «%4»).</translation>
    </message>
    <message>
        <source>%1 of %2 features joined; %3 table key(s) unused.</source>
        <translation>%1 de %2 entidades unidas; %3 clave(s) de la tabla sin usar.</translation>
    </message>
</context>
<context>
    <name>LabelTextTemplate</name>
    <message>
        <source>No label text: choose a field or write a template such as {NAME}</source>
        <translation>No hay texto de etiqueta: elija un campo o escriba una plantilla como {NOMBRE}</translation>
    </message>
    <message>
        <source>The label field “%1” does not exist</source>
        <translation>El campo de etiqueta «%1» no existe</translation>
    </message>
    <message>
        <source>Unbalanced “}” at character %1 of the label template “%2”</source>
        <translation>«}» sin pareja en el carácter %1 de la plantilla de etiqueta «%2»</translation>
    </message>
    <message>
        <source>Unclosed “{” at character %1 of the label template “%2”</source>
        <translation>«{» sin cerrar en el carácter %1 de la plantilla de etiqueta «%2»</translation>
    </message>
    <message>
        <source>The label template “%1” names the field “%2”, which does not exist</source>
        <translation>La plantilla de etiqueta «%1» nombra el campo «%2», que no existe</translation>
    </message>
</context>
<context>
    <name>LayerChartWidget</name>
    <message>
        <source>The layer has no field “%1”.</source>
        <translation>La capa no tiene ningún campo «%1».</translation>
    </message>
</context>
<context>
    <name>LayerLoader</name>
    <message>
        <source>GDAL cannot open it</source>
        <translation>GDAL no puede abrirlo</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>No file was given</source>
        <translation>No se indicó ningún archivo</translation>
    </message>
    <message>
        <source>Cannot read “%1”: the file does not exist</source>
        <translation>No se puede leer «%1»: el archivo no existe</translation>
    </message>
    <message>
        <source>Cannot read “%1”: permission denied</source>
        <translation>No se puede leer «%1»: permiso denegado</translation>
    </message>
    <message>
        <source>Cannot read “%1”: it holds no vector layer nor raster</source>
        <translation>No se puede leer «%1»: no contiene ninguna capa vectorial ni ráster</translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”</source>
        <translation>«%1» no tiene ninguna capa llamada «%2»</translation>
    </message>
    <message>
        <source>Opening “%1” was canceled</source>
        <translation>Se canceló la apertura de «%1»</translation>
    </message>
</context>
<context>
    <name>LayoutExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export of the layout “%1” was cancelled.</source>
        <translation>Se canceló la exportación del diseño «%1».</translation>
    </message>
    <message>
        <source>Cannot export %1: the resolution must be between 1 and 2400 dpi.</source>
        <translation>No se puede exportar %1: la resolución debe estar entre 1 y 2400 dpi.</translation>
    </message>
    <message>
        <source>Cannot export %1: the page size %2 x %3 mm is not valid for PDF.</source>
        <translation>No se puede exportar %1: el tamaño de página %2 x %3 mm no es válido para PDF.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>No se puede escribir el PDF %1.</translation>
    </message>
    <message>
        <source>Cannot add page %1 to the PDF %2.</source>
        <translation>No se puede añadir la página %1 al PDF %2.</translation>
    </message>
    <message>
        <source>Cannot write the SVG %1.</source>
        <translation>No se puede escribir el SVG %1.</translation>
    </message>
    <message>
        <source>Cannot export %1: a page of %2 x %3 pixels does not fit in memory; lower the resolution.</source>
        <translation>No se puede exportar %1: una página de %2 x %3 píxeles no cabe en la memoria; reduzca la resolución.</translation>
    </message>
    <message>
        <source>Cannot write the image %1: %2</source>
        <translation>No se puede escribir la imagen %1: %2</translation>
    </message>
    <message>
        <source>Made with Territoria</source>
        <translation>Hecho con Territoria</translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown format “%2” (use .pdf, .svg, .png, .tif or .jpg).</source>
        <translation>No se puede exportar a %1: formato desconocido «%2» (use .pdf, .svg, .png, .tif o .jpg).</translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>No se puede exportar a %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot split the atlas “%1” into files: choose the field to split by.</source>
        <translation>No se puede dividir el atlas «%1» en archivos: elija el campo por el que dividir.</translation>
    </message>
    <message>
        <source>Cannot split the atlas “%1” by “%2”: the coverage layer has no such field (it has %3).</source>
        <translation>No se puede dividir el atlas «%1» por «%2»: la capa de cobertura no tiene ese campo (tiene %3).</translation>
    </message>
</context>
<context>
    <name>LayoutRenderer</name>
    <message>
        <source>%1: the layer «%2» is missing from the project</source>
        <translation>%1: falta la capa «%2» en el proyecto</translation>
    </message>
    <message>
        <source>%1: the grid interval is too small for the map; grid not drawn</source>
        <translation>%1: el intervalo de la cuadrícula es demasiado pequeño para el mapa; no se dibujó la cuadrícula</translation>
    </message>
    <message>
        <source>%1: cannot draw the graticule: %2</source>
        <translation>%1: no se puede dibujar la retícula geográfica: %2</translation>
    </message>
    <message>
        <source>%1: cannot draw the graticule for this extent</source>
        <translation>%1: no se puede dibujar la retícula geográfica para esta extensión</translation>
    </message>
    <message>
        <source>%1: the map has no extent to show</source>
        <translation>%1: el mapa no tiene ninguna extensión que mostrar</translation>
    </message>
    <message>
        <source>%1: layer «%2»: %3</source>
        <translation>%1: capa «%2»: %3</translation>
    </message>
    <message>
        <source>%1: the legend has no entries</source>
        <translation>%1: la leyenda no tiene entradas</translation>
    </message>
    <message>
        <source>%1: there is no map to measure</source>
        <translation>%1: no hay ningún mapa que medir</translation>
    </message>
    <message>
        <source>%1: the map&apos;s scale is unknown</source>
        <translation>%1: se desconoce la escala del mapa</translation>
    </message>
    <message>
        <source>%1: the scale bar is too narrow</source>
        <translation>%1: la barra de escala es demasiado estrecha</translation>
    </message>
    <message>
        <source>%1: cannot show the picture %2: %3</source>
        <translation>%1: no se puede mostrar la imagen %2: %3</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>no se eligió ningún archivo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>not a valid SVG file</source>
        <translation>no es un archivo SVG válido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no attribute table</source>
        <translation>%1: la capa «%2» no tiene tabla de atributos</translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no field «%3»</source>
        <translation>%1: la capa «%2» no tiene ningún campo «%3»</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows do not fit the frame</source>
        <translation>%1: %2 de %3 filas no caben en el marco</translation>
    </message>
    <message>
        <source>None on this page.</source>
        <translation>Ninguna en esta página.</translation>
    </message>
    <message>
        <source>No features.</source>
        <translation>Sin entidades.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Other values</source>
        <translation>Otros valores</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 (hillshade)</source>
        <translation>%1 (sombreado)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>LiveJoins</name>
    <message>
        <source>A join of the project has no table file or no key field; it was ignored.</source>
        <translation>Una unión del proyecto no tiene archivo de tabla o campo clave; se ignoró.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a whole number; the value is left empty (the text is kept).</source>
        <translation>Fila %1, columna «%2»: «%3» no es un número entero; el valor queda vacío (se conserva el texto).</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a number; the value is left empty (the text is kept).</source>
        <translation>Fila %1, columna «%2»: «%3» no es un número; el valor queda vacío (se conserva el texto).</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>No se puede abrir %1 como capa vectorial.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 no tiene la capa «%2».</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 no tiene el campo «%2».</translation>
    </message>
    <message>
        <source>Reading %1 was canceled.</source>
        <translation>Se canceló la lectura de %1.</translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation>No se pueden leer las entidades de %1.</translation>
    </message>
    <message>
        <source>No join to run for %1.</source>
        <translation>No hay ninguna unión que ejecutar para %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>The join into %1 was canceled.</source>
        <translation>Se canceló la unión en %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no column “%2”: the join cannot be made.</source>
        <translation>%1 no tiene la columna «%2»: no se puede hacer la unión.</translation>
    </message>
    <message>
        <source>Cannot replace %1 (is it open in another program?).</source>
        <translation>No se puede reemplazar %1 (¿está abierto en otro programa?).</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
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
</context>
<context>
    <name>MapRenderJob</name>
    <message>
        <source>Invalid map extent or output size</source>
        <translation>Extensión del mapa o tamaño de salida no válidos</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Health post</source>
        <translation>Puesto de salud</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Institución educativa</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>Compañía de bomberos</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Comisaría</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
</context>
<context>
    <name>McdaAlgorithm</name>
    <message>
        <source>Multi-criteria prioritization</source>
        <translation>Priorización multicriterio</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>Priorización</translation>
    </message>
    <message>
        <source>Ranks territorial units (fields of a vector layer) or cells (aligned rasters, one per criterion) by several criteria. Each criterion is a benefit (higher is better) or a cost, normalized by minmax, zscore or vector (x/√Σx²), or by its own value function: name:direction:low:high (0 at low, 1 at high, clamped) or, for units, name:value:x1=v1:x2=v2:... (piecewise linear). Methods: wlc (weighted sum of the normalized values, costs turned around), topsis (closeness to the ideal: distance to the anti-ideal / (sum of both distances); ideal and anti-ideal reported) and owa (ordered weighted averaging with order weights). Units write score, rank (1 = highest priority), a five-class priority (quintiles of the rank) and, for TOPSIS, the distances; rasters give a Float32 score raster. Units failing the constraint (an SQL condition on the fields) or with missing values get no score.</source>
        <translation>Ordena unidades territoriales (campos de una capa vectorial) o celdas (rásteres alineados, uno por criterio) según varios criterios. Cada criterio es un beneficio (mayor es mejor) o un costo, normalizado por minmax, zscore o vector (x/√Σx²), o por su propia función de valor: nombre:sentido:bajo:alto (0 en bajo, 1 en alto, acotado) o, para unidades, nombre:value:x1=v1:x2=v2:... (lineal por tramos). Métodos: wlc (suma ponderada de los valores normalizados, con los costos invertidos), topsis (cercanía al ideal: distancia al anti-ideal / (suma de ambas distancias); se informan el ideal y el anti-ideal) y owa (promedio ponderado ordenado con pesos de orden). Las unidades reciben puntaje, rango (1 = prioridad más alta), una prioridad en cinco clases (quintiles del rango) y, para TOPSIS, las distancias; los rásteres dan un ráster de puntaje Float32. Las unidades que no cumplen la restricción (una condición SQL sobre los campos) o con valores faltantes no reciben puntaje.</translation>
    </message>
    <message>
        <source>Units with the criteria as fields</source>
        <translation>Unidades con los criterios como campos</translation>
    </message>
    <message>
        <source>Or rasters, one per criterion in the same order (aligned)</source>
        <translation>O rásteres, uno por criterio en el mismo orden (alineados)</translation>
    </message>
    <message>
        <source>Constraint: units that satisfy it take part (SQL condition on the fields, e.g. population &gt; 1000)</source>
        <translation>Restricción: participan las unidades que la cumplen (condición SQL sobre los campos, p. ej. population &gt; 1000)</translation>
    </message>
    <message>
        <source>Constraint for rasters: cells where this raster is 0 or has no data are left out</source>
        <translation>Restricción para rásteres: se excluyen las celdas donde este ráster es 0 o no tiene datos</translation>
    </message>
    <message>
        <source>Threads for rasters (0: one per core)</source>
        <translation>Hilos para rásteres (0: uno por núcleo)</translation>
    </message>
    <message>
        <source>Output: units with score and rank (.gpkg ...), or a score raster (.tif)</source>
        <translation>Salida: unidades con puntaje y rango (.gpkg ...), o un ráster de puntaje (.tif)</translation>
    </message>
    <message>
        <source>Units with score and rank, or the score raster</source>
        <translation>Unidades con puntaje y rango, o el ráster de puntaje</translation>
    </message>
    <message>
        <source>Weights used (adding up to 1)</source>
        <translation>Pesos usados (suman 1)</translation>
    </message>
    <message>
        <source>Ideal: best value of each criterion</source>
        <translation>Ideal: mejor valor de cada criterio</translation>
    </message>
    <message>
        <source>Anti-ideal: worst value of each criterion</source>
        <translation>Anti-ideal: peor valor de cada criterio</translation>
    </message>
    <message>
        <source>TOPSIS ideal in weighted normalized values</source>
        <translation>Ideal de TOPSIS en valores normalizados ponderados</translation>
    </message>
    <message>
        <source>TOPSIS anti-ideal in weighted normalized values</source>
        <translation>Anti-ideal de TOPSIS en valores normalizados ponderados</translation>
    </message>
    <message>
        <source>Units read</source>
        <translation>Unidades leídas</translation>
    </message>
    <message>
        <source>Units with a score</source>
        <translation>Unidades con puntaje</translation>
    </message>
    <message>
        <source>Units left out by the constraint</source>
        <translation>Unidades excluidas por la restricción</translation>
    </message>
    <message>
        <source>Units left out for missing values</source>
        <translation>Unidades excluidas por valores faltantes</translation>
    </message>
    <message>
        <source>Cells with a score</source>
        <translation>Celdas con puntaje</translation>
    </message>
    <message>
        <source>Cells without data</source>
        <translation>Celdas sin datos</translation>
    </message>
    <message>
        <source>Parameter “constraint_raster” applies to rasters; for units, give “constraint” (an SQL condition on the fields).</source>
        <translation>El parámetro «constraint_raster» se aplica a rásteres; para unidades, indique «constraint» (una condición SQL sobre los campos).</translation>
    </message>
    <message>
        <source>Give either “input” (units with the criteria as fields) or “rasters” (one per criterion), not both or neither.</source>
        <translation>Indique «input» (unidades con los criterios como campos) o «rasters» (uno por criterio), no ambos ni ninguno.</translation>
    </message>
    <message>
        <source>Parameter “constraint” applies to units; for rasters, give “constraint_raster” (0 or no data where cells are left out).</source>
        <translation>El parámetro «constraint» se aplica a unidades; para rásteres, indique «constraint_raster» (0 o sin datos donde se excluyen celdas).</translation>
    </message>
    <message>
        <source>Parameter “output”: %1: a score raster is written as GeoTIFF (.tif).</source>
        <translation>Parámetro «output»: %1: un ráster de puntaje se escribe como GeoTIFF (.tif).</translation>
    </message>
    <message>
        <source>“%1” has the same value in every unit: it adds nothing to the score.</source>
        <translation>«%1» tiene el mismo valor en todas las unidades: no aporta nada al puntaje.</translation>
    </message>
</context>
<context>
    <name>NewFacilitiesAlgorithm</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Where to build new facilities</source>
        <translation>Dónde construir nuevos establecimientos</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Chooses up to “count” new facility sites among candidate points, or among the cells of a suitability raster (cells above 0), to cover the most people not yet covered (greedy maximum coverage). A site covers the cells of the population raster whose centre lies within radius_m metres (straight line) of it. People already covered by the existing facilities (cells of the “existing” travel-time raster within max_minutes, or within radius_m of the “existing_facilities” points) are left out. Each step takes the candidate that adds the most people still uncovered (ties: the first candidate), so the gain of each site accounts for the overlap with the sites chosen before it. The population raster must be in a projected CRS (metres). Raster candidates beyond max_candidates are thinned to a regular subsample of the mask.</source>
        <translation>Elige hasta «count» sitios para nuevos establecimientos entre puntos candidatos, o entre las celdas de un ráster de aptitud (celdas mayores que 0), para cubrir a la mayor cantidad de personas aún sin cobertura (cobertura máxima voraz). Un sitio cubre las celdas del ráster de población cuyo centro está a menos de radius_m metros (en línea recta) de él. Las personas ya cubiertas por los establecimientos existentes (celdas del ráster de tiempo de viaje «existing» dentro de max_minutes, o dentro de radius_m de los puntos «existing_facilities») quedan excluidas. Cada paso toma el candidato que agrega más personas aún sin cobertura (en caso de empate, el primer candidato), de modo que la ganancia de cada sitio tiene en cuenta la superposición con los sitios elegidos antes. El ráster de población debe estar en un SRC proyectado (metros). Los candidatos ráster que excedan max_candidates se reducen a una submuestra regular de la máscara.</translation>
    </message>
    <message>
        <source>Population raster (people per cell, projected CRS)</source>
        <translation>Ráster de población (personas por celda, SRC proyectado)</translation>
    </message>
    <message>
        <source>Candidate sites (points)</source>
        <translation>Sitios candidatos (puntos)</translation>
    </message>
    <message>
        <source>Suitability raster (cells above 0 are candidates; grid of the population)</source>
        <translation>Ráster de aptitud (las celdas mayores que 0 son candidatas; cuadrícula de la población)</translation>
    </message>
    <message>
        <source>Travel time to the existing facilities (minutes; grid of the population)</source>
        <translation>Tiempo de viaje a los establecimientos existentes (minutos; cuadrícula de la población)</translation>
    </message>
    <message>
        <source>Coverage limit of the existing travel time (minutes)</source>
        <translation>Límite de cobertura del tiempo de viaje existente (minutos)</translation>
    </message>
    <message>
        <source>Existing facilities (points, covering within radius_m)</source>
        <translation>Establecimientos existentes (puntos, cubren dentro de radius_m)</translation>
    </message>
    <message>
        <source>Coverage radius of a site (m, straight line)</source>
        <translation>Radio de cobertura de un sitio (m, en línea recta)</translation>
    </message>
    <message>
        <source>Number of new facilities</source>
        <translation>Número de nuevos establecimientos</translation>
    </message>
    <message>
        <source>Most raster candidates (the mask is subsampled beyond)</source>
        <translation>Máximo de candidatos ráster (por encima, la máscara se submuestrea)</translation>
    </message>
    <message>
        <source>Chosen sites</source>
        <translation>Sitios elegidos</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Population covered by the existing facilities</source>
        <translation>Población cubierta por los establecimientos existentes</translation>
    </message>
    <message>
        <source>Population uncovered before the new sites</source>
        <translation>Población sin cobertura antes de los nuevos sitios</translation>
    </message>
    <message>
        <source>Population covered by the new sites</source>
        <translation>Población cubierta por los nuevos sitios</translation>
    </message>
    <message>
        <source>Population covered with the new sites</source>
        <translation>Población cubierta con los nuevos sitios</translation>
    </message>
    <message>
        <source>Population still uncovered</source>
        <translation>Población aún sin cobertura</translation>
    </message>
    <message>
        <source>People added by each site, in order</source>
        <translation>Personas agregadas por cada sitio, en orden</translation>
    </message>
    <message>
        <source>Number of sites chosen</source>
        <translation>Número de sitios elegidos</translation>
    </message>
    <message>
        <source>Number of candidates considered</source>
        <translation>Número de candidatos considerados</translation>
    </message>
    <message>
        <source>Parameter “count”: at least 1 new facility must be asked for.</source>
        <translation>Parámetro «count»: debe solicitarse al menos 1 nuevo establecimiento.</translation>
    </message>
    <message>
        <source>Parameter “radius_m”: the coverage radius must be more than 0 m.</source>
        <translation>Parámetro «radius_m»: el radio de cobertura debe ser mayor que 0 m.</translation>
    </message>
    <message>
        <source>Give the candidate sites either as points (“candidates”) or as a suitability raster (“suitability”), one of the two.</source>
        <translation>Indique los sitios candidatos como puntos («candidates») o como un ráster de aptitud («suitability»), uno de los dos.</translation>
    </message>
    <message>
        <source>Parameter “max_minutes”: give the coverage limit (minutes) of the existing travel-time raster.</source>
        <translation>Parámetro «max_minutes»: indique el límite de cobertura (minutos) del ráster de tiempo de viaje existente.</translation>
    </message>
    <message>
        <source>Parameter “population”: %1 has more than 4 294 967 295 cells; clip or resample it first.</source>
        <translation>Parámetro «population»: %1 tiene más de 4 294 967 295 celdas; recórtelo o remuestréelo primero.</translation>
    </message>
    <message numerus="yes">
        <source>Parameter “candidates”: none of the %n point(s) of %1 lies inside the population raster %2.</source>
        <translation>
            <numerusform>Parámetro «candidates»: el único punto (%n) de %1 no está dentro del ráster de población %2.</numerusform>
            <numerusform>Parámetro «candidates»: ninguno de los %n puntos de %1 está dentro del ráster de población %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) outside the population raster are left out.</source>
        <translation>
            <numerusform>Se excluye %n candidato fuera del ráster de población.</numerusform>
            <numerusform>Se excluyen %n candidatos fuera del ráster de población.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “suitability”: no cell of %1 is above 0, so there is no candidate site.</source>
        <translation>Parámetro «suitability»: ninguna celda de %1 es mayor que 0, por lo que no hay sitios candidatos.</translation>
    </message>
    <message>
        <source>Parameter “max_candidates”: the subsample of the %1 suitable cells holds no cell; raise max_candidates.</source>
        <translation>Parámetro «max_candidates»: la submuestra de las %1 celdas aptas no contiene ninguna celda; aumente max_candidates.</translation>
    </message>
    <message>
        <source>%1 suitable cells are more than max_candidates (%2): one cell in %3 x %3 is considered, %4 candidates in all. Raise max_candidates for a finer choice.</source>
        <translation>%1 celdas aptas superan max_candidates (%2): se considera una celda de cada %3 x %3, %4 candidatos en total. Aumente max_candidates para una elección más fina.</translation>
    </message>
    <message>
        <source>Too many populated cells within radius_m of the %1 candidates (more than %2 pairs): use fewer candidates (max_candidates, or fewer points), a smaller radius or a coarser population raster.</source>
        <translation>Demasiadas celdas pobladas dentro de radius_m de los %1 candidatos (más de %2 pares): use menos candidatos (max_candidates, o menos puntos), un radio menor o un ráster de población más grueso.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n site(s) add uncovered people: the other candidates would cover nobody new.</source>
        <translation>
            <numerusform>Solo %n sitio agrega personas sin cobertura: los demás candidatos no cubrirían a nadie nuevo.</numerusform>
            <numerusform>Solo %n sitios agregan personas sin cobertura: los demás candidatos no cubrirían a nadie nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>No se puede crear una capa en %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>No se puede crear el campo %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>No se puede escribir una entidad en %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>ParameterDefinition</name>
    <message>
        <source>Parameter “%1”: “%2” is not a boolean (use true or false).</source>
        <translation>Parámetro «%1»: «%2» no es un valor booleano (use true o false).</translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a number.</source>
        <translation>Parámetro «%1»: «%2» no es un número.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the value is not a number.</source>
        <translation>Parámetro «%1»: el valor no es un número.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the value must be a finite number.</source>
        <translation>Parámetro «%1»: el valor debe ser un número finito.</translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a whole number.</source>
        <translation>Parámetro «%1»: «%2» no es un número entero.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 is out of range (%3 to %4).</source>
        <translation>Parámetro «%1»: %2 está fuera de rango (de %3 a %4).</translation>
    </message>
    <message>
        <source>Parameter “%1”: no file given.</source>
        <translation>Parámetro «%1»: no se indicó ningún archivo.</translation>
    </message>
    <message>
        <source>Parameter “%1”: file not found: %2</source>
        <translation>Parámetro «%1»: no se encontró el archivo: %2</translation>
    </message>
    <message>
        <source>Parameter “%1”: no output file given.</source>
        <translation>Parámetro «%1»: no se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>Parameter “%1”: unknown value “%2” (expected one of: %3).</source>
        <translation>Parámetro «%1»: valor desconocido «%2» (se esperaba uno de: %3).</translation>
    </message>
    <message>
        <source>Parameter “%1”: unknown value “%2” (expected some of: %3).</source>
        <translation>Parámetro «%1»: valor desconocido «%2» (se esperaban algunos de: %3).</translation>
    </message>
    <message>
        <source>Parameter “%1”: the list is empty.</source>
        <translation>Parámetro «%1»: la lista está vacía.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2</source>
        <translation>Parámetro «%1»: %2</translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not an extent (xmin,ymin,xmax,ymax).</source>
        <translation>Parámetro «%1»: «%2» no es una extensión (xmin,ymin,xmax,ymax).</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>No se puede abrir %1 como capa vectorial.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 no tiene la capa «%2».</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no field “%3”.</source>
        <translation>Parámetro «%1»: %2 no tiene el campo «%3».</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” (expected: %2).</source>
        <translation>Parámetro desconocido «%1» (se esperaba: %2).</translation>
    </message>
    <message>
        <source>Missing required parameter “%1” (%2).</source>
        <translation>Falta el parámetro obligatorio «%1» (%2).</translation>
    </message>
</context>
<context>
    <name>ParameterWidget</name>
    <message>
        <source>Raster files (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.nc *.dem *.hgt)</source>
        <translation>Archivos ráster (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.nc *.dem *.hgt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.tab)</source>
        <translation>Archivos vectoriales (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.tab)</translation>
    </message>
</context>
<context>
    <name>PointCountsAlgorithm</name>
    <message>
        <source>Point counts per zone</source>
        <translation>Conteo de puntos por zona</translation>
    </message>
    <message>
        <source>Vector indicators</source>
        <translation>Indicadores vectoriales</translation>
    </message>
    <message>
        <source>Counts the points (facilities, bus stops, antennas) in each zone and derives the count per 1,000 inhabitants (when a population field is given) and per km². Areas are geodesic, computed on the ellipsoid of the zones&apos; CRS. A point on a border between zones counts once, for the first zone.</source>
        <translation>Cuenta los puntos (establecimientos, paraderos, antenas) de cada zona y calcula el conteo por cada 1000 habitantes (si se indica un campo de población) y por km². Las áreas son geodésicas, calculadas sobre el elipsoide del SRC de las zonas. Un punto en el límite entre zonas se cuenta una sola vez, para la primera zona.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Zone polygons</source>
        <translation>Polígonos de zonas</translation>
    </message>
    <message>
        <source>Population field of the zones</source>
        <translation>Campo de población de las zonas</translation>
    </message>
    <message>
        <source>Prefix of the new field names</source>
        <translation>Prefijo de los nombres de los campos nuevos</translation>
    </message>
    <message>
        <source>Output zones with counts</source>
        <translation>Zonas de salida con conteos</translation>
    </message>
    <message>
        <source>Zones with counts</source>
        <translation>Zonas con conteos</translation>
    </message>
    <message>
        <source>Points read</source>
        <translation>Puntos leídos</translation>
    </message>
    <message>
        <source>Points outside every zone</source>
        <translation>Puntos fuera de toda zona</translation>
    </message>
    <message>
        <source>The zones must be polygons: %1 has %2 geometries.</source>
        <translation>Las zonas deben ser polígonos: %1 tiene geometrías de tipo %2.</translation>
    </message>
    <message>
        <source>The points must be points: %1 has %2 geometries.</source>
        <translation>Los puntos deben ser puntos: %1 tiene geometrías de tipo %2.</translation>
    </message>
    <message>
        <source>%1 has no CRS: the area of its zones cannot be measured.</source>
        <translation>%1 no tiene SRC: no se puede medir el área de sus zonas.</translation>
    </message>
    <message>
        <source>Cannot convert the zones of %1 to longitude and latitude.</source>
        <translation>No se pueden convertir las zonas de %1 a longitud y latitud.</translation>
    </message>
    <message>
        <source>The zones must be polygons: feature %1 of %2 is a %3.</source>
        <translation>Las zonas deben ser polígonos: la entidad %1 de %2 es de tipo %3.</translation>
    </message>
    <message>
        <source>Cannot reproject the points of %1 to the CRS of %2.</source>
        <translation>No se pueden reproyectar los puntos de %1 al SRC de %2.</translation>
    </message>
    <message>
        <source>%1 has no CRS: assuming the CRS of %2.</source>
        <translation>%1 no tiene SRC: se asume el SRC de %2.</translation>
    </message>
    <message>
        <source>The points must be points: feature %1 of %2 is a %3.</source>
        <translation>Los puntos deben ser puntos: la entidad %1 de %2 es de tipo %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) have no positive population: their rate per 1,000 inhabitants is empty.</source>
        <translation>
            <numerusform>%n zona no tiene población positiva: su tasa por cada 1000 habitantes queda vacía.</numerusform>
            <numerusform>%n zonas no tienen población positiva: su tasa por cada 1000 habitantes queda vacía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) fall outside every zone.</source>
        <translation>
            <numerusform>%n punto queda fuera de toda zona.</numerusform>
            <numerusform>%n puntos quedan fuera de toda zona.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopulationCoverageAlgorithm</name>
    <message>
        <source>Population covered</source>
        <translation>Población cubierta</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>People within each travel-time threshold (minutes), in total, per facility (with the nearest-facility allocation raster) and per district, and the people left out. Population comes from a raster on the grid of the travel-time raster, or from a population field of the districts spread evenly over their cells. Capacity-aware mode: give the facilities with a capacity field and the folder of per-facility travel-time rasters; facilities are taken in the order of the order field (or as listed) and each covers, nearest cells first, at most its capacity from the people still uncovered within max_minutes.</source>
        <translation>Personas dentro de cada umbral de tiempo de viaje (minutos), en total, por establecimiento (con el ráster de asignación al establecimiento más cercano) y por distrito, y las personas sin cobertura. La población proviene de un ráster en la cuadrícula del ráster de tiempo de viaje, o de un campo de población de los distritos repartido uniformemente entre sus celdas. Modo con capacidad: indique los establecimientos con un campo de capacidad y la carpeta de rásteres de tiempo de viaje por establecimiento; los establecimientos se toman en el orden del campo de orden (o según aparecen) y cada uno cubre, empezando por las celdas más cercanas, como máximo su capacidad entre las personas aún sin cobertura dentro de max_minutes.</translation>
    </message>
    <message>
        <source>Travel time raster (minutes)</source>
        <translation>Ráster de tiempo de viaje (minutos)</translation>
    </message>
    <message>
        <source>Population raster (same grid)</source>
        <translation>Ráster de población (misma cuadrícula)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Population field of the districts (spread over their area)</source>
        <translation>Campo de población de los distritos (repartido en su área)</translation>
    </message>
    <message>
        <source>Thresholds (minutes)</source>
        <translation>Umbrales (minutos)</translation>
    </message>
    <message>
        <source>Nearest-facility raster (same grid)</source>
        <translation>Ráster del establecimiento más cercano (misma cuadrícula)</translation>
    </message>
    <message>
        <source>Facilities (capacity-aware mode)</source>
        <translation>Establecimientos (modo con capacidad)</translation>
    </message>
    <message>
        <source>Facility id field (as given to travel_time)</source>
        <translation>Campo de id del establecimiento (el mismo dado a travel_time)</translation>
    </message>
    <message>
        <source>Capacity field (people)</source>
        <translation>Campo de capacidad (personas)</translation>
    </message>
    <message>
        <source>Order field (ascending)</source>
        <translation>Campo de orden (ascendente)</translation>
    </message>
    <message>
        <source>Folder of per-facility travel-time rasters</source>
        <translation>Carpeta de rásteres de tiempo de viaje por establecimiento</translation>
    </message>
    <message>
        <source>Coverage limit for the capacity-aware mode (minutes; 0: the largest threshold)</source>
        <translation>Límite de cobertura para el modo con capacidad (minutos; 0: el umbral mayor)</translation>
    </message>
    <message>
        <source>Table per facility</source>
        <translation>Tabla por establecimiento</translation>
    </message>
    <message>
        <source>Table per district</source>
        <translation>Tabla por distrito</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Population within each threshold</source>
        <translation>Población dentro de cada umbral</translation>
    </message>
    <message>
        <source>Population beyond the largest threshold</source>
        <translation>Población más allá del umbral mayor</translation>
    </message>
    <message>
        <source>Population covered within capacities</source>
        <translation>Población cubierta dentro de las capacidades</translation>
    </message>
    <message>
        <source>Give either a population raster (“population”) or a population field of the districts (“population_field”), not both.</source>
        <translation>Indique un ráster de población («population») o un campo de población de los distritos («population_field»), no ambos.</translation>
    </message>
    <message>
        <source>Parameter “population_field” needs the districts (“districts”).</source>
        <translation>El parámetro «population_field» requiere los distritos («districts»).</translation>
    </message>
    <message>
        <source>Parameter “districts_output” needs the districts (“districts”).</source>
        <translation>El parámetro «districts_output» requiere los distritos («districts»).</translation>
    </message>
    <message>
        <source>The capacity-aware mode (“capacity_field”) needs the facilities and the folder of per-facility travel-time rasters (“per_facility_dir”, written by coverage:travel_time).</source>
        <translation>El modo con capacidad («capacity_field») requiere los establecimientos y la carpeta de rásteres de tiempo de viaje por establecimiento («per_facility_dir», escrita por coverage:travel_time).</translation>
    </message>
    <message>
        <source>%1 has no CRS.</source>
        <translation>%1 no tiene SRC.</translation>
    </message>
    <message>
        <source>Cannot transform district %1 of %2 to the CRS of %3.</source>
        <translation>No se puede transformar el distrito %1 de %2 al SRC de %3.</translation>
    </message>
    <message>
        <source>Not enough memory to rasterize %1.</source>
        <translation>No hay memoria suficiente para rasterizar %1.</translation>
    </message>
    <message>
        <source>Cannot rasterize %1.</source>
        <translation>No se puede rasterizar %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) of %1 cover no cell centre of %2: their population is left out.</source>
        <translation>
            <numerusform>%n distrito de %1 no cubre ningún centro de celda de %2: su población queda sin contar.</numerusform>
            <numerusform>%n distritos de %1 no cubren ningún centro de celda de %2: su población queda sin contar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Parameter “per_facility_dir”: %1 is not on the grid of %2.</source>
        <translation>Parámetro «per_facility_dir»: %1 no está en la cuadrícula de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies) have no travel-time raster in %1: they cover nobody.</source>
        <translation>
            <numerusform>%n establecimiento no tiene ráster de tiempo de viaje en %1: no cubre a nadie.</numerusform>
            <numerusform>%n establecimientos no tienen ráster de tiempo de viaje en %1: no cubren a nadie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Barra de escala</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Flecha de norte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Tabla de atributos</translation>
    </message>
    <message>
        <source>Unknown layout item type “%1”.</source>
        <translation>Tipo de elemento de diseño desconocido «%1».</translation>
    </message>
    <message>
        <source>Layout item “%1”: “rect” must be four numbers (x, y, width, height in mm).</source>
        <translation>Elemento de diseño «%1»: «rect» debe tener cuatro números (x, y, ancho, alto en mm).</translation>
    </message>
    <message>
        <source>Layout item “%1”: its width and height must be positive.</source>
        <translation>Elemento de diseño «%1»: su ancho y su alto deben ser positivos.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Layout “%1”: unknown page size “%2” (expected A4, A3, A2, A1, A0, letter or custom).</source>
        <translation>Diseño «%1»: tamaño de página desconocido «%2» (se esperaba A4, A3, A2, A1, A0, letter o custom).</translation>
    </message>
    <message>
        <source>Layout “%1”: a custom page needs “custom_size”: [width, height] between 10 and 5000 mm.</source>
        <translation>Diseño «%1»: una página personalizada requiere «custom_size»: [ancho, alto] entre 10 y 5000 mm.</translation>
    </message>
    <message>
        <source>Layout “%1”: “items” must be a list.</source>
        <translation>Diseño «%1»: «items» debe ser una lista.</translation>
    </message>
    <message>
        <source>Layout “%1”: %2</source>
        <translation>Diseño «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot save the layout template %1: %2</source>
        <translation>No se puede guardar la plantilla de diseño %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the layout template %1: %2</source>
        <translation>No se puede abrir la plantilla de diseño %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid layout template: %2 at byte %3</source>
        <translation>%1 no es una plantilla de diseño válida: %2 en el byte %3</translation>
    </message>
    <message>
        <source>%1 is not a Territoria layout template.</source>
        <translation>%1 no es una plantilla de diseño de Territoria.</translation>
    </message>
    <message>
        <source>%1 is a layout template of version %2; this Territoria reads up to version %3.</source>
        <translation>%1 es una plantilla de diseño de la versión %2; esta versión de Territoria lee hasta la versión %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>PrioritizationAhp</name>
    <message>
        <source>Parameter “matrix”: the matrix is empty (write rows separated by “;” and entries by “,”, e.g. 1,3;1/3,1).</source>
        <translation>Parámetro «matrix»: la matriz está vacía (escriba las filas separadas por «;» y las entradas por «,», p. ej. 1,3;1/3,1).</translation>
    </message>
    <message>
        <source>Parameter “matrix”: %1 rows; the random index of Saaty is tabulated up to 15 criteria.</source>
        <translation>Parámetro «matrix»: %1 filas; el índice aleatorio de Saaty está tabulado hasta 15 criterios.</translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1 has %2 entries but there are %3 rows; the matrix must be square.</source>
        <translation>Parámetro «matrix»: la fila %1 tiene %2 entradas pero hay %3 filas; la matriz debe ser cuadrada.</translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1, column %2: “%3” is not a number or a fraction like 1/3.</source>
        <translation>Parámetro «matrix»: fila %1, columna %2: «%3» no es un número ni una fracción como 1/3.</translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1, column %2: “%3” must be greater than zero (Saaty&apos;s scale goes from 1/9 to 9).</source>
        <translation>Parámetro «matrix»: fila %1, columna %2: «%3» debe ser mayor que cero (la escala de Saaty va de 1/9 a 9).</translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1, column %1: a criterion compared with itself must be 1, not %2.</source>
        <translation>Parámetro «matrix»: fila %1, columna %1: un criterio comparado consigo mismo debe ser 1, no %2.</translation>
    </message>
    <message>
        <source>Parameter “matrix”: not reciprocal: row %1, column %2 is %3 but row %2, column %1 is %4 (expected %5).</source>
        <translation>Parámetro «matrix»: no es recíproca: la fila %1, columna %2 es %3 pero la fila %2, columna %1 es %4 (se esperaba %5).</translation>
    </message>
</context>
<context>
    <name>PrioritizationMcda</name>
    <message>
        <source>Parameter “criteria”: “%1” has no name (write name:benefit or name:cost).</source>
        <translation>Parámetro «criteria»: «%1» no tiene nombre (escriba nombre:benefit o nombre:cost).</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: “%2” is not a breakpoint x=value.</source>
        <translation>Parámetro «criteria»: «%1»: «%2» no es un punto de quiebre x=valor.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: the breakpoints must go from the lowest x to the highest.</source>
        <translation>Parámetro «criteria»: «%1»: los puntos de quiebre deben ir del x menor al mayor.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: a value function needs at least two breakpoints, e.g. name:value:0=0:10=1.</source>
        <translation>Parámetro «criteria»: «%1»: una función de valor requiere al menos dos puntos de quiebre, p. ej. nombre:value:0=0:10=1.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1” is given twice.</source>
        <translation>Parámetro «criteria»: «%1» se indicó dos veces.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: the direction must be benefit, cost or value, not “%2”.</source>
        <translation>Parámetro «criteria»: «%1»: el sentido debe ser benefit, cost o value, no «%2».</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: the value function needs two different numbers, name:direction:low:high.</source>
        <translation>Parámetro «criteria»: «%1»: la función de valor requiere dos números distintos, nombre:sentido:bajo:alto.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1” is not name:direction or name:direction:low:high.</source>
        <translation>Parámetro «criteria»: «%1» no es nombre:sentido ni nombre:sentido:bajo:alto.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: no criteria given.</source>
        <translation>Parámetro «criteria»: no se indicó ningún criterio.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 weights for %3 criteria; give one weight per criterion, in the same order.</source>
        <translation>Parámetro «%1»: %2 pesos para %3 criterios; indique un peso por criterio, en el mismo orden.</translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a number.</source>
        <translation>Parámetro «%1»: «%2» no es un número.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the weight “%2” must be greater than zero (leave the criterion out instead).</source>
        <translation>Parámetro «%1»: el peso «%2» debe ser mayor que cero (en su lugar, omita el criterio).</translation>
    </message>
    <message>
        <source>Parameter “%1”: the weights add up to %2; they were divided by it to add up to 1.</source>
        <translation>Parámetro «%1»: los pesos suman %2; se dividieron entre esa suma para que sumen 1.</translation>
    </message>
    <message>
        <source>Parameter “weights”: “%1” is not rank_sum or rank_reciprocal.</source>
        <translation>Parámetro «weights»: «%1» no es rank_sum ni rank_reciprocal.</translation>
    </message>
    <message>
        <source>Parameter “weights”: %1 ranks for %2 criteria.</source>
        <translation>Parámetro «weights»: %1 rangos para %2 criterios.</translation>
    </message>
    <message>
        <source>Parameter “weights”: the rank “%1” must be a whole number from 1 to %2.</source>
        <translation>Parámetro «weights»: el rango «%1» debe ser un número entero de 1 a %2.</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>muy alta</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>muy baja</translation>
    </message>
    <message>
        <source>Criteria: name:benefit or name:cost, optionally with a linear value function name:cost:low:high, or name:value:x1=v1:x2=v2... (breakpoints)</source>
        <translation>Criterios: nombre:benefit o nombre:cost, opcionalmente con una función de valor lineal nombre:cost:bajo:alto, o nombre:value:x1=v1:x2=v2... (puntos de quiebre)</translation>
    </message>
    <message>
        <source>Weights in the order of the criteria, e.g. 0.5,0.3,0.2; or rank_sum / rank_reciprocal (criteria listed from the most important; rank_sum:1,2,2 gives ranks); empty: from the AHP matrix, or equal</source>
        <translation>Pesos en el orden de los criterios, p. ej. 0.5,0.3,0.2; o rank_sum / rank_reciprocal (criterios listados del más importante; rank_sum:1,2,2 da los rangos); vacío: de la matriz AHP, o iguales</translation>
    </message>
    <message>
        <source>AHP pairwise comparison matrix for the weights, e.g. 1,3;1/3,1</source>
        <translation>Matriz AHP de comparación por pares para los pesos, p. ej. 1,3;1/3,1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Normalization (default: minmax; vector for TOPSIS)</source>
        <translation>Normalización (por defecto: minmax; vector para TOPSIS)</translation>
    </message>
    <message>
        <source>OWA order weights, from the best value of a unit to the worst (empty: equal, i.e. WLC)</source>
        <translation>Pesos de orden OWA, del mejor valor de una unidad al peor (vacío: iguales, es decir, WLC)</translation>
    </message>
    <message>
        <source>Give either “weights” or “ahp_matrix”, not both.</source>
        <translation>Indique «weights» o «ahp_matrix», no ambos.</translation>
    </message>
    <message>
        <source>Parameter “ahp_matrix”: %1 rows for %2 criteria.</source>
        <translation>Parámetro «ahp_matrix»: %1 filas para %2 criterios.</translation>
    </message>
    <message>
        <source>The AHP matrix is inconsistent (CR = %1 &gt; 0.10); run prioritization:ahp to see the judgements most at odds.</source>
        <translation>La matriz AHP es inconsistente (CR = %1 &gt; 0.10); ejecute prioritization:ahp para ver los juicios más discordantes.</translation>
    </message>
    <message>
        <source>No weights given: every criterion weighs the same.</source>
        <translation>No se indicaron pesos: todos los criterios pesan lo mismo.</translation>
    </message>
    <message>
        <source>No order weights given: equal order weights make OWA a weighted linear combination.</source>
        <translation>No se indicaron pesos de orden: con pesos de orden iguales, OWA es una combinación lineal ponderada.</translation>
    </message>
    <message>
        <source>Parameter “order_weights”: %1 order weights for %2 criteria.</source>
        <translation>Parámetro «order_weights»: %1 pesos de orden para %2 criterios.</translation>
    </message>
    <message>
        <source>Parameter “order_weights”: “%1” is not a number of zero or more.</source>
        <translation>Parámetro «order_weights»: «%1» no es un número mayor o igual que cero.</translation>
    </message>
    <message>
        <source>Parameter “order_weights”: the order weights add up to zero.</source>
        <translation>Parámetro «order_weights»: los pesos de orden suman cero.</translation>
    </message>
    <message>
        <source>Parameter “order_weights” is used by the owa method only; it was ignored.</source>
        <translation>El parámetro «order_weights» solo lo usa el método owa; se ignoró.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: %1 has no field “%2”.</source>
        <translation>Parámetro «criteria»: %1 no tiene el campo «%2».</translation>
    </message>
    <message>
        <source>Parameter “criteria”: the field “%1” of %2 is not numeric.</source>
        <translation>Parámetro «criteria»: el campo «%1» de %2 no es numérico.</translation>
    </message>
    <message>
        <source>Parameter “constraint”: “%1” is not a valid condition on the fields of %2.</source>
        <translation>Parámetro «constraint»: «%1» no es una condición válida sobre los campos de %2.</translation>
    </message>
    <message>
        <source>Parameter “constraint”: cannot evaluate “%1” on %2.</source>
        <translation>Parámetro «constraint»: no se puede evaluar «%1» en %2.</translation>
    </message>
    <message>
        <source>%1 of %2 units do not satisfy the constraint “%3” and get no score.</source>
        <translation>%1 de %2 unidades no cumplen la restricción «%3» y no reciben puntaje.</translation>
    </message>
    <message>
        <source>%1 units of %2 have a missing value in some criterion and get no score.</source>
        <translation>%1 unidades de %2 tienen un valor faltante en algún criterio y no reciben puntaje.</translation>
    </message>
    <message>
        <source>No unit of %1 can be scored (every unit is excluded by the constraint or has missing values).</source>
        <translation>Ninguna unidad de %1 puede recibir puntaje (todas están excluidas por la restricción o tienen valores faltantes).</translation>
    </message>
</context>
<context>
    <name>PrioritizationRaster</name>
    <message>
        <source>Cannot open %1 as a raster.</source>
        <translation>No se puede abrir %1 como ráster.</translation>
    </message>
    <message>
        <source>Cannot read %1 (cells %2,%3).</source>
        <translation>No se puede leer %1 (celdas %2,%3).</translation>
    </message>
    <message>
        <source>%1 has no bands.</source>
        <translation>%1 no tiene bandas.</translation>
    </message>
    <message>
        <source>Parameter “rasters”: %1 rasters for %2 criteria; give one criterion per raster, in the same order.</source>
        <translation>Parámetro «rasters»: %1 rásteres para %2 criterios; indique un criterio por ráster, en el mismo orden.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: value functions with breakpoints are for units; for rasters write %1:benefit:low:high or %1:cost:low:high.</source>
        <translation>Parámetro «criteria»: «%1»: las funciones de valor con puntos de quiebre son para unidades; para rásteres escriba %1:benefit:bajo:alto o %1:cost:bajo:alto.</translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation>La salida %1 también es una entrada: elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 (%2 x %3 cells) is not aligned with %4 (%5 x %6 cells): the rasters must share size, origin and cell size (resample with gdalwarp first).</source>
        <translation>%1 (%2 x %3 celdas) no está alineado con %4 (%5 x %6 celdas): los rásteres deben compartir tamaño, origen y tamaño de celda (remuestree primero con gdalwarp).</translation>
    </message>
    <message>
        <source>%1 and %2 have different coordinate reference systems.</source>
        <translation>%1 y %2 tienen sistemas de referencia de coordenadas distintos.</translation>
    </message>
    <message>
        <source>The prioritization was canceled.</source>
        <translation>Se canceló la priorización.</translation>
    </message>
    <message>
        <source>No cell has data in every raster and satisfies the constraint (%1).</source>
        <translation>Ninguna celda tiene datos en todos los rásteres y cumple la restricción (%1).</translation>
    </message>
    <message>
        <source>%1 (%2) has the same value in every cell: it adds nothing to the score.</source>
        <translation>%1 (%2) tiene el mismo valor en todas las celdas: no aporta nada al puntaje.</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no GTiff driver.</source>
        <translation>No se puede escribir %1: GDAL no tiene el controlador GTiff.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
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
    <name>RankStabilityChart</name>
    <message>
        <source>%1 has no Monte Carlo ranks (mc_mean_rank, mc_min_rank, mc_max_rank, mc_p_top_k): run the sensitivity analysis with samples above 0.</source>
        <translation>%1 no tiene puestos de Monte Carlo (mc_mean_rank, mc_min_rank, mc_max_rank, mc_p_top_k): ejecute el análisis de sensibilidad con más de 0 muestras.</translation>
    </message>
</context>
<context>
    <name>RasterLayer</name>
    <message>
        <source>“%1” has no band %2</source>
        <translation>«%1» no tiene la banda %2</translation>
    </message>
    <message>
        <source>The window %1,%2 %3×%4 is outside “%5” (%6×%7 pixels)</source>
        <translation>La ventana %1,%2 %3×%4 está fuera de «%5» (%6×%7 píxeles)</translation>
    </message>
    <message>
        <source>Cannot read the pixels of “%1”: %2</source>
        <translation>No se pueden leer los píxeles de «%1»: %2</translation>
    </message>
    <message>
        <source>The georeferencing of “%1” cannot be inverted</source>
        <translation>La georreferenciación de «%1» no se puede invertir</translation>
    </message>
    <message>
        <source>The point %1, %2 is outside “%3”</source>
        <translation>El punto %1, %2 está fuera de «%3»</translation>
    </message>
    <message>
        <source>Computing the statistics of “%1” was canceled</source>
        <translation>Se canceló el cálculo de las estadísticas de «%1»</translation>
    </message>
    <message>
        <source>Cannot compute statistics of “%1” band %2</source>
        <translation>No se pueden calcular las estadísticas de «%1», banda %2</translation>
    </message>
    <message>
        <source>Cannot compute statistics of “%1” band %2: %3</source>
        <translation>No se pueden calcular las estadísticas de «%1», banda %2: %3</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist</source>
        <translation>No se puede abrir «%1»: el archivo no existe</translation>
    </message>
    <message>
        <source>“%1” has no raster bands</source>
        <translation>«%1» no tiene bandas ráster</translation>
    </message>
    <message>
        <source>The coordinate reference system of “%1” could not be interpreted: %2</source>
        <translation>No se pudo interpretar el sistema de referencia de coordenadas de «%1»: %2</translation>
    </message>
    <message>
        <source>GDAL, reading “%1”: %2</source>
        <translation>GDAL, al leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not georeferenced: it is shown in pixel coordinates</source>
        <translation>«%1» no está georreferenciado: se muestra en coordenadas de píxel</translation>
    </message>
    <message>
        <source>“%1” does not declare a coordinate reference system: set one before using it with other layers</source>
        <translation>«%1» no declara un sistema de referencia de coordenadas: asígnele uno antes de usarlo con otras capas</translation>
    </message>
</context>
<context>
    <name>RasterLayerRenderer</name>
    <message>
        <source>Layer “%1” has no data source</source>
        <translation>La capa «%1» no tiene fuente de datos</translation>
    </message>
    <message>
        <source>Layer “%1”: invalid map settings (extent or size)</source>
        <translation>Capa «%1»: configuración del mapa no válida (extensión o tamaño)</translation>
    </message>
    <message>
        <source>Layer “%1”: band %2 does not exist (the raster has %3)</source>
        <translation>Capa «%1»: la banda %2 no existe (el ráster tiene %3)</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot transform from %2 to %3: %4</source>
        <translation>Capa «%1»: no se puede transformar de %2 a %3: %4</translation>
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
    <name>SensitivityAlgorithm</name>
    <message>
        <source>Sensitivity of a prioritization to the weights</source>
        <translation>Sensibilidad de una priorización a los pesos</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>Priorización</translation>
    </message>
    <message>
        <source>How stable the ranking of prioritization:mcda is. One at a time: each weight is raised and lowered by change_percent (the weights are then scaled back to add up to 1) and the rank of every unit under each change is written (oat_&lt;criterion&gt;_plus/_minus) with the largest rank shift. Monte Carlo: `samples` weight vectors, each weight multiplied by a uniform factor between 1 − change_percent and 1 + change_percent (seeded, repeatable), give each unit&apos;s mean, lowest and highest rank and the probability of being among the top_k.</source>
        <translation>Qué tan estable es la clasificación de prioritization:mcda. Uno a la vez: cada peso se sube y se baja en change_percent (luego los pesos se reescalan para sumar 1) y se escribe el rango de cada unidad con cada cambio (oat_&lt;criterio&gt;_plus/_minus) junto con el mayor desplazamiento de rango. Monte Carlo: `samples` vectores de pesos, cada peso multiplicado por un factor uniforme entre 1 − change_percent y 1 + change_percent (con semilla, repetible), dan el rango medio, mínimo y máximo de cada unidad y la probabilidad de estar entre los top_k.</translation>
    </message>
    <message>
        <source>Units with the criteria as fields</source>
        <translation>Unidades con los criterios como campos</translation>
    </message>
    <message>
        <source>Constraint: units that satisfy it take part (SQL condition on the fields)</source>
        <translation>Restricción: participan las unidades que la cumplen (condición SQL sobre los campos)</translation>
    </message>
    <message>
        <source>Weight change, in percent (±)</source>
        <translation>Cambio de peso, en porcentaje (±)</translation>
    </message>
    <message>
        <source>Monte Carlo samples (0: one at a time only)</source>
        <translation>Muestras de Monte Carlo (0: solo uno a la vez)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Top K: units counted as prioritized</source>
        <translation>Top K: unidades contadas como priorizadas</translation>
    </message>
    <message>
        <source>Units with the rank stability</source>
        <translation>Unidades con la estabilidad del rango</translation>
    </message>
    <message>
        <source>Weights used (adding up to 1)</source>
        <translation>Pesos usados (suman 1)</translation>
    </message>
    <message>
        <source>One at a time: units whose rank changes, per weight change</source>
        <translation>Uno a la vez: unidades cuyo rango cambia, por cambio de peso</translation>
    </message>
    <message>
        <source>Largest rank change of any unit, one at a time</source>
        <translation>Mayor cambio de rango de cualquier unidad, uno a la vez</translation>
    </message>
    <message>
        <source>Units in the top K in every Monte Carlo sample</source>
        <translation>Unidades en el top K en todas las muestras de Monte Carlo</translation>
    </message>
    <message>
        <source>Units with a score</source>
        <translation>Unidades con puntaje</translation>
    </message>
    <message>
        <source>Parameter “top_k”: %1 is more than the %2 units with a score; every unit is in the top K.</source>
        <translation>Parámetro «top_k»: %1 es más que las %2 unidades con puntaje; todas las unidades están en el top K.</translation>
    </message>
</context>
<context>
    <name>SpeedSurface</name>
    <message>
        <source>Parameter “%1”: %2 has no CRS.</source>
        <translation>Parámetro «%1»: %2 no tiene SRC.</translation>
    </message>
    <message>
        <source>Parameter “%1”: cannot transform %2 to the CRS of the land cover.</source>
        <translation>Parámetro «%1»: no se puede transformar %2 al SRC de la cobertura del suelo.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no field “%3”.</source>
        <translation>Parámetro «%1»: %2 no tiene el campo «%3».</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) of %1 have no speed (NULL or negative “%2”) and are skipped.</source>
        <translation>
            <numerusform>%n entidad de %1 no tiene velocidad («%2» NULL o negativo) y se omite.</numerusform>
            <numerusform>%n entidades de %1 no tienen velocidad («%2» NULL o negativo) y se omiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) of %1 cannot be transformed to the CRS of the land cover and are skipped.</source>
        <translation>
            <numerusform>%n entidad de %1 no se puede transformar al SRC de la cobertura del suelo y se omite.</numerusform>
            <numerusform>%n entidades de %1 no se pueden transformar al SRC de la cobertura del suelo y se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot rasterize %1.</source>
        <translation>No se puede rasterizar %1.</translation>
    </message>
    <message>
        <source>Parameter “speed_table” is empty: give a CSV file (class,kmh[,mode] per line) or “class:kmh[:mode];...”.</source>
        <translation>El parámetro «speed_table» está vacío: indique un archivo CSV (class,kmh[,mode] por línea) o «class:kmh[:mode];...».</translation>
    </message>
    <message>
        <source>Parameter “speed_table”: cannot read %1.</source>
        <translation>Parámetro «speed_table»: no se puede leer %1.</translation>
    </message>
    <message>
        <source>Parameter “speed_table”: %1 is neither a readable CSV file nor “class:kmh[:mode];...”.</source>
        <translation>Parámetro «speed_table»: %1 no es un archivo CSV legible ni «class:kmh[:mode];...».</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>Speed table %1, %2 (“%3”): expected class%4km/h[%4mode].</source>
        <translation>Tabla de velocidades %1, %2 («%3»): se esperaba class%4km/h[%4mode].</translation>
    </message>
    <message>
        <source>Speed table %1, %2: the class “%3” is not an integer.</source>
        <translation>Tabla de velocidades %1, %2: la clase «%3» no es un número entero.</translation>
    </message>
    <message>
        <source>Speed table %1, %2: the speed “%3” is not a number of km/h ≥ 0.</source>
        <translation>Tabla de velocidades %1, %2: la velocidad «%3» no es un número de km/h ≥ 0.</translation>
    </message>
    <message>
        <source>Speed table %1, %2: unknown mode “%3” (walk, bicycle or motorized).</source>
        <translation>Tabla de velocidades %1, %2: modo desconocido «%3» (walk, bicycle o motorized).</translation>
    </message>
    <message>
        <source>Speed table %1, %2: class %3 is given twice.</source>
        <translation>Tabla de velocidades %1, %2: la clase %3 se indica dos veces.</translation>
    </message>
    <message>
        <source>Speed table %1 has no records.</source>
        <translation>La tabla de velocidades %1 no tiene registros.</translation>
    </message>
    <message>
        <source>Parameter “stack_order”: unknown layer “%1” (landcover, roads, barriers).</source>
        <translation>Parámetro «stack_order»: capa desconocida «%1» (landcover, roads, barriers).</translation>
    </message>
    <message>
        <source>Parameter “stack_order”: “%1” is listed twice.</source>
        <translation>Parámetro «stack_order»: «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>Parameter “stack_order” (“%1”) leaves out “%2”.</source>
        <translation>El parámetro «stack_order» («%1») omite «%2».</translation>
    </message>
    <message>
        <source>Parameter “road_speed_field”: give the field of %1 with the speed of each road (km/h).</source>
        <translation>Parámetro «road_speed_field»: indique el campo de %1 con la velocidad de cada vía (km/h).</translation>
    </message>
    <message>
        <source>The speed table gives modes per class, but the slope correction follows the mode “%1” on every cell.</source>
        <translation>La tabla de velocidades indica modos por clase, pero la corrección por pendiente sigue el modo «%1» en todas las celdas.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 speed grid.</source>
        <translation>No hay memoria suficiente para una cuadrícula de velocidades de %1 x %2.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (%n más)</numerusform>
            <numerusform>… (%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “speed_table”: the land cover %1 has classes that the table does not give: %2.</source>
        <translation>Parámetro «speed_table»: la cobertura del suelo %1 tiene clases que la tabla no indica: %2.</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>Cannot open %1 as a spreadsheet.</source>
        <translation>No se puede abrir %1 como hoja de cálculo.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>No se puede abrir %1: el archivo no existe.</translation>
    </message>
    <message>
        <source>Column %1: the name “%2” is used twice; renamed “%3”.</source>
        <translation>Columna %1: el nombre «%2» está repetido; se cambió a «%3».</translation>
    </message>
    <message>
        <source>Row %1 has %2 cells instead of %3: the missing cells are empty.</source>
        <translation>La fila %1 tiene %2 celdas en lugar de %3: las celdas que faltan quedan vacías.</translation>
    </message>
    <message>
        <source>Row %1 has %2 cells instead of %3: the extra cells are kept in new columns.</source>
        <translation>La fila %1 tiene %2 celdas en lugar de %3: las celdas sobrantes se conservan en columnas nuevas.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a number; the value is left empty (the text is kept).</source>
        <translation>Fila %1, columna «%2»: «%3» no es un número; el valor queda vacío (se conserva el texto).</translation>
    </message>
    <message>
        <source>Cannot read %1: unknown encoding “%2”.</source>
        <translation>No se puede leer %1: codificación desconocida «%2».</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is not valid UTF-8 (read as ISO-8859-1: “%3”); choose the file&apos;s encoding.</source>
        <translation>Fila %1, columna %2: el texto no es UTF-8 válido (se leyó como ISO-8859-1: «%3»); elija la codificación del archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 no tiene hojas.</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”.</source>
        <translation>%1 no tiene la hoja «%2».</translation>
    </message>
</context>
<context>
    <name>TableJoin</name>
    <message>
        <source>The key “%1” is on several rows of %2: the first row is joined.</source>
        <translation>La clave «%1» aparece en varias filas de %2: se une la primera fila.</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) differ only by leading zeros (the layer&apos;s keys are %1, the table&apos;s are %2, e.g. “%3” and “%4”): ask for zero padding to width %5 to match them.</source>
        <translation>
            <numerusform>%n clave solo difiere por los ceros a la izquierda (las claves de la capa son %1 y las de la tabla son %2, p. ej. «%3» y «%4»): pida rellenar con ceros hasta un ancho de %5 para que coincidan.</numerusform>
            <numerusform>%n claves solo difieren por los ceros a la izquierda (las claves de la capa son %1 y las de la tabla son %2, p. ej. «%3» y «%4»): pida rellenar con ceros hasta un ancho de %5 para que coincidan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>No se puede abrir %1 como capa vectorial.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 no tiene la capa «%2».</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 no tiene el campo «%2».</translation>
    </message>
    <message>
        <source>%1 has no column “%2”.</source>
        <translation>%1 no tiene la columna «%2».</translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation>No se pueden leer las entidades de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).</source>
        <translation>No se puede escribir %1: formato vectorial desconocido «.%2» (use .gpkg, .geojson o .shp).</translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation>La salida %1 es también una entrada: elija otro archivo.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>No se puede crear una capa en %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>No se puede crear el campo %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the layer has a field “%2” already; choose another prefix.</source>
        <translation>No se puede escribir %1: la capa ya tiene un campo «%2»; elija otro prefijo.</translation>
    </message>
    <message>
        <source>The join into %1 was canceled.</source>
        <translation>Se canceló la unión en %1.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>No se puede escribir una entidad en %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>TravelTimeAlgorithm</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Travel time to facilities</source>
        <translation>Tiempo de viaje a establecimientos</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Facilities (points)</source>
        <translation>Establecimientos (puntos)</translation>
    </message>
    <message>
        <source>Facility id field (integer; default: feature id)</source>
        <translation>Campo de id del establecimiento (entero; por defecto: id de la entidad)</translation>
    </message>
    <message>
        <source>Speed raster (km/h)</source>
        <translation>Ráster de velocidad (km/h)</translation>
    </message>
    <message>
        <source>Friction raster (seconds to cross one cell)</source>
        <translation>Ráster de fricción (segundos para cruzar una celda)</translation>
    </message>
    <message>
        <source>Elevation raster (m), same grid</source>
        <translation>Ráster de elevación (m), misma cuadrícula</translation>
    </message>
    <message>
        <source>Travel mode</source>
        <translation>Modo de viaje</translation>
    </message>
    <message>
        <source>Ignore slope (walking or bicycling on flat ground)</source>
        <translation>Ignorar la pendiente (a pie o en bicicleta en terreno plano)</translation>
    </message>
    <message>
        <source>Neighbours (16: knight&apos;s move, more accurate)</source>
        <translation>Vecinos (16: salto de caballo, más preciso)</translation>
    </message>
    <message>
        <source>Direction of travel</source>
        <translation>Sentido del viaje</translation>
    </message>
    <message>
        <source>Maximum travel time (minutes; 0: no limit)</source>
        <translation>Tiempo de viaje máximo (minutos; 0: sin límite)</translation>
    </message>
    <message>
        <source>Travel time (minutes)</source>
        <translation>Tiempo de viaje (minutos)</translation>
    </message>
    <message>
        <source>Nearest facility</source>
        <translation>Establecimiento más cercano</translation>
    </message>
    <message>
        <source>Folder for one travel-time raster per facility</source>
        <translation>Carpeta para un ráster de tiempo de viaje por establecimiento</translation>
    </message>
    <message>
        <source>Folder of the per-facility rasters</source>
        <translation>Carpeta de los rásteres por establecimiento</translation>
    </message>
    <message>
        <source>Facilities inside the raster</source>
        <translation>Establecimientos dentro del ráster</translation>
    </message>
    <message>
        <source>Cells reached</source>
        <translation>Celdas alcanzadas</translation>
    </message>
    <message>
        <source>Longest travel time reached (minutes)</source>
        <translation>Mayor tiempo de viaje alcanzado (minutos)</translation>
    </message>
    <message>
        <source>Parameter “dem”: mode “%1” corrects speeds for slope and needs an elevation raster; give “dem”, or set ignore_slope=true, or use mode=motorized.</source>
        <translation>Parámetro «dem»: el modo «%1» corrige las velocidades según la pendiente y requiere un ráster de elevación; indique «dem», o establezca ignore_slope=true, o use mode=motorized.</translation>
    </message>
    <message>
        <source>The DEM %1 is not used: mode “%2” ignores slope.</source>
        <translation>No se usa el MDE %1: el modo «%2» ignora la pendiente.</translation>
    </message>
    <message>
        <source>The allocation raster %1 must differ from the travel-time raster.</source>
        <translation>El ráster de asignación %1 debe ser distinto del ráster de tiempo de viaje.</translation>
    </message>
    <message>
        <source>Facility %1 of %2 has an id that does not fit a 32-bit integer.</source>
        <translation>El establecimiento %1 de %2 tiene un id que no cabe en un entero de 32 bits.</translation>
    </message>
    <message>
        <source>No facility of %1 lies inside the extent of %2.</source>
        <translation>Ningún establecimiento de %1 está dentro de la extensión de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies) of %1 lie outside %2 and are left out.</source>
        <translation>
            <numerusform>%n establecimiento de %1 está fuera de %2 y queda excluido.</numerusform>
            <numerusform>%n establecimientos de %1 están fuera de %2 y quedan excluidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 grid (%3 MB).</source>
        <translation>No hay memoria suficiente para una cuadrícula de %1 x %2 (%3 MB).</translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies) stand on impassable cells of %1 (no data or zero speed): they reach nothing.</source>
        <translation>
            <numerusform>%n establecimiento está sobre celdas intransitables de %1 (sin datos o velocidad cero): no alcanza nada.</numerusform>
            <numerusform>%n establecimientos están sobre celdas intransitables de %1 (sin datos o velocidad cero): no alcanzan nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory for the travel times of a %1 x %2 grid.</source>
        <translation>No hay memoria suficiente para los tiempos de viaje de una cuadrícula de %1 x %2.</translation>
    </message>
    <message>
        <source>Parameter “per_facility_dir”: cannot create the folder %1.</source>
        <translation>Parámetro «per_facility_dir»: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Minutes of travel from (or to) the nearest facility over a speed raster (km/h; 0 or no data is impassable) or a friction raster (seconds to cross one cell, as GRASS r.cost), or a speed surface merged from a land-cover raster and a speed table, roads burned over it (all cells they touch; the fastest road wins) and barrier polygons (impassable), stacked in the order given (later layers override earlier ones; roads and barriers in another CRS are reprojected); on 8 neighbours or 16 (knight&apos;s move). Each move costs its length times the mean cost of the cells it crosses, exactly as r.cost, so without slope the result equals r.cost&apos;s. Walking (Tobler&apos;s hiking function) and bicycling speeds are corrected for the slope of each move from a DEM on the same grid, uphill and downhill differently; motorized travel ignores slope. Also writes the nearest-facility allocation raster and, on request, one raster per facility. The raster must be in a projected CRS; facilities are reprojected to it.</source>
        <translation>Minutos de viaje desde (o hacia) el establecimiento más cercano sobre un ráster de velocidad (km/h; 0 o sin datos es intransitable) o un ráster de fricción (segundos para cruzar una celda, como en GRASS r.cost), o sobre una superficie de velocidad combinada a partir de un ráster de cobertura del suelo y una tabla de velocidades, con las vías grabadas encima (todas las celdas que tocan; gana la vía más rápida) y polígonos de barrera (intransitables), apilados en el orden indicado (las capas posteriores sustituyen a las anteriores; las vías y barreras en otro SRC se reproyectan); con 8 vecinos o 16 (salto de caballo). Cada movimiento cuesta su longitud por el costo medio de las celdas que cruza, exactamente como r.cost, de modo que sin pendiente el resultado es igual al de r.cost. Las velocidades a pie (función de senderismo de Tobler) y en bicicleta se corrigen según la pendiente de cada movimiento a partir de un MDE en la misma cuadrícula, de forma distinta cuesta arriba y cuesta abajo; el viaje motorizado ignora la pendiente. También escribe el ráster de asignación al establecimiento más cercano y, si se solicita, un ráster por establecimiento. El ráster debe estar en un SRC proyectado; los establecimientos se reproyectan a él.</translation>
    </message>
    <message>
        <source>Land-cover raster (integer classes; instead of speed or friction)</source>
        <translation>Ráster de cobertura del suelo (clases enteras; en lugar de velocidad o fricción)</translation>
    </message>
    <message>
        <source>Speed table of the land cover: a CSV file (class,kmh[,mode] per line) or inline “class:kmh[:mode];...”; mode walk, bicycle or motorized (default: the travel mode); 0 km/h is impassable</source>
        <translation>Tabla de velocidades de la cobertura del suelo: un archivo CSV (class,kmh[,mode] por línea) o en línea «class:kmh[:mode];...»; modo walk, bicycle o motorized (predeterminado: el modo de viaje); 0 km/h es intransitable</translation>
    </message>
    <message>
        <source>Roads (lines burned over the land cover; reprojected if needed)</source>
        <translation>Vías (líneas grabadas sobre la cobertura del suelo; se reproyectan si es necesario)</translation>
    </message>
    <message>
        <source>Road speed field (km/h; NULL: road skipped)</source>
        <translation>Campo de velocidad de las vías (km/h; NULL: se omite la vía)</translation>
    </message>
    <message>
        <source>Barriers (impassable polygons; reprojected if needed)</source>
        <translation>Barreras (polígonos intransitables; se reproyectan si es necesario)</translation>
    </message>
    <message>
        <source>Stacking order of the speed layers (later ones override earlier ones)</source>
        <translation>Orden de apilamiento de las capas de velocidad (las posteriores sustituyen a las anteriores)</translation>
    </message>
    <message>
        <source>Give exactly one of a speed raster (“speed”, km/h), a friction raster (“friction”, seconds per cell) or a land-cover raster with a speed table (“landcover”, “speed_table”).</source>
        <translation>Indique exactamente uno de estos: un ráster de velocidad («speed», km/h), un ráster de fricción («friction», segundos por celda) o un ráster de cobertura del suelo con una tabla de velocidades («landcover», «speed_table»).</translation>
    </message>
    <message>
        <source>Parameters “roads” and “barriers” are merged over a land cover: give “landcover” and “speed_table”.</source>
        <translation>Los parámetros «roads» y «barriers» se combinan sobre una cobertura del suelo: indique «landcover» y «speed_table».</translation>
    </message>
    <message>
        <source>Parameter “speed_table”: a land cover needs a speed table (class:kmh[:mode];... or a CSV file).</source>
        <translation>Parámetro «speed_table»: una cobertura del suelo necesita una tabla de velocidades (class:kmh[:mode];... o un archivo CSV).</translation>
    </message>
</context>
<context>
    <name>VectorIO</name>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>No se puede abrir %1 como capa vectorial.</translation>
    </message>
    <message>
        <source>%1 has no layers.</source>
        <translation>%1 no tiene capas.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 no tiene la capa «%2».</translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation>La salida %1 es también una entrada: elija otro archivo.</translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation>No se pueden leer las entidades de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson, .shp or .csv).</source>
        <translation>No se puede escribir %1: formato vectorial desconocido «.%2» (use .gpkg, .geojson, .shp o .csv).</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no %2 driver.</source>
        <translation>No se puede escribir %1: GDAL no tiene el controlador %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the zones have a field “%2” already; choose another prefix.</source>
        <translation>No se puede escribir %1: las zonas ya tienen un campo «%2»; elija otro prefijo.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>No se puede crear una capa en %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>No se puede crear el campo %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>No se puede escribir una entidad en %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>VectorLayer</name>
    <message>
        <source>Layer “%1” not found in “%2”</source>
        <translation>No se encontró la capa «%1» en «%2»</translation>
    </message>
    <message>
        <source>Feature %1 not found in “%2”</source>
        <translation>No se encontró la entidad %1 en «%2»</translation>
    </message>
    <message>
        <source>Reading “%1” was canceled</source>
        <translation>Se canceló la lectura de «%1»</translation>
    </message>
    <message>
        <source>Cannot read the features of “%1”</source>
        <translation>No se pueden leer las entidades de «%1»</translation>
    </message>
    <message>
        <source>“%1” has no vector layers</source>
        <translation>«%1» no tiene capas vectoriales</translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”</source>
        <translation>«%1» no tiene ninguna capa llamada «%2»</translation>
    </message>
    <message>
        <source>GDAL, reading “%1”: %2</source>
        <translation>GDAL, al leer «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist</source>
        <translation>No se puede abrir «%1»: el archivo no existe</translation>
    </message>
    <message>
        <source>The coordinate columns of “%1” hold no readable numbers; it was opened as a table without geometry</source>
        <translation>Las columnas de coordenadas de «%1» no contienen números legibles; se abrió como una tabla sin geometría</translation>
    </message>
    <message>
        <source>“%1” does not declare its text encoding (no .cpg file nor language driver) and is not UTF-8: it was read as %2</source>
        <translation>«%1» no declara la codificación de su texto (ni archivo .cpg ni controlador de idioma) y no es UTF-8: se leyó como %2</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text: it was read as ISO-8859-1</source>
        <translation>«%1» no es texto UTF-8: se leyó como ISO-8859-1</translation>
    </message>
    <message>
        <source>The coordinate reference system of “%1” could not be interpreted: %2</source>
        <translation>No se pudo interpretar el sistema de referencia de coordenadas de «%1»: %2</translation>
    </message>
    <message>
        <source>Opening “%1” was canceled</source>
        <translation>Se canceló la apertura de «%1»</translation>
    </message>
    <message>
        <source>“%1” does not declare a coordinate reference system: set one before using it with other layers</source>
        <translation>«%1» no declara un sistema de referencia de coordenadas: asígnele uno antes de usarlo con otras capas</translation>
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
        <source>Layer “%1”: the style&apos;s field “%2” does not exist; features drawn as missing values</source>
        <translation>Capa «%1»: el campo «%2» del estilo no existe; las entidades se dibujan como valores faltantes</translation>
    </message>
    <message>
        <source>Layer “%1”: no labels: %2</source>
        <translation>Capa «%1»: sin etiquetas: %2</translation>
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
<context>
    <name>VectorStyle</name>
    <message>
        <source>Pink–blue (J. Stevens)</source>
        <translation>Rosa–azul (J. Stevens)</translation>
    </message>
    <message>
        <source>Teal–red (J. Stevens)</source>
        <translation>Verde azulado–rojo (J. Stevens)</translation>
    </message>
    <message>
        <source>Green–blue (J. Stevens)</source>
        <translation>Verde–azul (J. Stevens)</translation>
    </message>
    <message>
        <source>Purple–gold (J. Stevens)</source>
        <translation>Morado–dorado (J. Stevens)</translation>
    </message>
    <message>
        <source>Bivariate colours: Joshua Stevens (joshuastevens.net)</source>
        <translation>Colores bivariados: Joshua Stevens (joshuastevens.net)</translation>
    </message>
</context>
<context>
    <name>ZonalStatisticsAlgorithm</name>
    <message>
        <source>Zonal statistics</source>
        <translation>Estadísticas zonales</translation>
    </message>
    <message>
        <source>Raster indicators</source>
        <translation>Indicadores ráster</translation>
    </message>
    <message>
        <source>Statistics of a raster band (count, sum, mean, min, max, stddev, median, majority, minority, variety) inside each zone polygon, appended to the zones as new fields. A pixel belongs to a zone when its centre is inside; with “exact”, count, sum and mean weight each boundary pixel by the share of its area inside the polygon. Nodata pixels are ignored. Zones in another CRS are reprojected to the raster&apos;s CRS.</source>
        <translation>Estadísticas de una banda ráster (count, sum, mean, min, max, stddev, median, majority, minority, variety) dentro de cada polígono de zona, añadidas a las zonas como campos nuevos. Un píxel pertenece a una zona cuando su centro está dentro; con «exact», count, sum y mean ponderan cada píxel del borde por la proporción de su área dentro del polígono. Se ignoran los píxeles sin datos. Las zonas en otro SRC se reproyectan al SRC del ráster.</translation>
    </message>
    <message>
        <source>Input raster</source>
        <translation>Ráster de entrada</translation>
    </message>
    <message>
        <source>Band number</source>
        <translation>Número de banda</translation>
    </message>
    <message>
        <source>Zone polygons</source>
        <translation>Polígonos de zonas</translation>
    </message>
    <message>
        <source>Statistics to compute</source>
        <translation>Estadísticas a calcular</translation>
    </message>
    <message>
        <source>Prefix of the new field names</source>
        <translation>Prefijo de los nombres de los campos nuevos</translation>
    </message>
    <message>
        <source>Weight boundary pixels by the share covered (count, sum, mean)</source>
        <translation>Ponderar los píxeles del borde por la proporción cubierta (count, sum, mean)</translation>
    </message>
    <message>
        <source>Output zones with statistics</source>
        <translation>Zonas de salida con estadísticas</translation>
    </message>
    <message>
        <source>Zones with statistics</source>
        <translation>Zonas con estadísticas</translation>
    </message>
    <message>
        <source>Number of zones</source>
        <translation>Número de zonas</translation>
    </message>
    <message>
        <source>Valid pixels counted in some zone</source>
        <translation>Píxeles válidos contados en alguna zona</translation>
    </message>
    <message>
        <source>Cannot open %1 as a raster.</source>
        <translation>No se puede abrir %1 como ráster.</translation>
    </message>
    <message numerus="yes">
        <source>Band %1 does not exist: %2 has %n band(s).</source>
        <translation>
            <numerusform>La banda %1 no existe: %2 tiene %n banda.</numerusform>
            <numerusform>La banda %1 no existe: %2 tiene %n bandas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no georeferencing (geotransform).</source>
        <translation>%1 no tiene georreferenciación (geotransformación).</translation>
    </message>
    <message>
        <source>%1 is rotated; zonal statistics need a north-up raster (warp it first).</source>
        <translation>%1 está rotado; las estadísticas zonales necesitan un ráster orientado al norte (reproyéctelo primero).</translation>
    </message>
    <message>
        <source>The zones must be polygons: %1 has %2 geometries.</source>
        <translation>Las zonas deben ser polígonos: %1 tiene geometrías de tipo %2.</translation>
    </message>
    <message>
        <source>Cannot reproject the zones of %1 to the CRS of %2.</source>
        <translation>No se pueden reproyectar las zonas de %1 al SRC de %2.</translation>
    </message>
    <message>
        <source>Only one of %1 and %2 has a CRS: assuming both use the same one.</source>
        <translation>Solo uno de %1 y %2 tiene SRC: se asume que ambos usan el mismo.</translation>
    </message>
    <message>
        <source>The zones must be polygons: feature %1 of %2 is a %3.</source>
        <translation>Las zonas deben ser polígonos: la entidad %1 de %2 es de tipo %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) of %1 could not be reprojected to the raster&apos;s CRS and get no pixels.</source>
        <translation>
            <numerusform>%n zona de %1 no se pudo reproyectar al SRC del ráster y no recibe píxeles.</numerusform>
            <numerusform>%n zonas de %1 no se pudieron reproyectar al SRC del ráster y no reciben píxeles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixels are not square; coverage fractions are shares of each pixel&apos;s area.</source>
        <translation>Los píxeles no son cuadrados; las fracciones de cobertura son proporciones del área de cada píxel.</translation>
    </message>
    <message>
        <source>Cannot allocate a zone strip of %1x%2 pixels.</source>
        <translation>No se puede reservar una franja de zonas de %1x%2 píxeles.</translation>
    </message>
    <message>
        <source>Cannot rasterize the zones of %1.</source>
        <translation>No se pueden rasterizar las zonas de %1.</translation>
    </message>
    <message>
        <source>Too many distinct values in %1 for median, majority, minority or variety (more than %2); classify or round the raster first.</source>
        <translation>Demasiados valores distintos en %1 para median, majority, minority o variety (más de %2); clasifique o redondee el ráster primero.</translation>
    </message>
    <message>
        <source>Cannot read rows %1 to %2 of %3.</source>
        <translation>No se pueden leer las filas %1 a %2 de %3.</translation>
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
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation>[archivos...]</translation>
    </message>
    <message>
        <source>The demo project has no layout “%1”.</source>
        <translation>El proyecto de demostración no tiene ningún diseño «%1».</translation>
    </message>
</context>
<context>
    <name>territoria::AhpMatrixParameterWidget</name>
    <message>
        <source>Weights from a pairwise comparison matrix (AHP)</source>
        <translation>Pesos a partir de una matriz de comparación por pares (AHP)</translation>
    </message>
</context>
<context>
    <name>territoria::AhpMatrixWidget</name>
    <message>
        <source>Criteria:</source>
        <translation>Criterios:</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Nombres separados por comas</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Each row criterion compared with each column criterion: 9 = extremely more important, 5 = strongly, 3 = moderately, 1 = equally, 1/3 … 1/9 = less important.</source>
        <translation>Cada criterio de fila comparado con cada criterio de columna: 9 = extremadamente más importante, 5 = fuertemente, 3 = moderadamente, 1 = igual, 1/3 … 1/9 = menos importante.</translation>
    </message>
    <message>
        <source>The reciprocal of row %1, column %2</source>
        <translation>El recíproco de la fila %1, columna %2</translation>
    </message>
    <message>
        <source>%1 vs %2: %3 given, the weights imply %4</source>
        <translation>%1 frente a %2: se indicó %3, los pesos implican %4</translation>
    </message>
    <message>
        <source>λmax = %1    CI = %2    CR = %3 (RI = %4)</source>
        <translation>λmax = %1    CI = %2    CR = %3 (RI = %4)</translation>
    </message>
    <message>
        <source>The judgements contradict each other: CR = %1 &gt; 0.10. Revise the ones most at odds with the rest: %2.</source>
        <translation>Los juicios se contradicen: CR = %1 &gt; 0.10. Revise los más discordantes con el resto: %2.</translation>
    </message>
</context>
<context>
    <name>territoria::AlgorithmDialog</name>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 [optional]</source>
        <translation>%1 [opcional]</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Command line: territoria-cli run %1 --param NAME=VALUE …</source>
        <translation>Línea de comandos: territoria-cli run %1 --param NOMBRE=VALOR …</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>The analysis cannot run now.</source>
        <translation>El análisis no se puede ejecutar ahora.</translation>
    </message>
    <message>
        <source>Running %1 (%2)…</source>
        <translation>Ejecutando %1 (%2)…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
</context>
<context>
    <name>territoria::AlgorithmToolbox</name>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
</context>
<context>
    <name>territoria::AnalysisController</name>
    <message>
        <source>Analysis Toolbox</source>
        <translation>Caja de herramientas de análisis</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1”.</source>
        <translation>Algoritmo desconocido «%1».</translation>
    </message>
    <message>
        <source>Analysis plugin not loaded: %1</source>
        <translation>No se cargó el complemento de análisis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Analysis: %n algorithm(s)</source>
        <translation>
            <numerusform>Análisis: %n algoritmo</numerusform>
            <numerusform>Análisis: %n algoritmos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n plugin(s).</source>
        <translation>
            <numerusform>de %n complemento.</numerusform>
            <numerusform>de %n complementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 started.</source>
        <translation>Se inició %1.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: advertencia: %2</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>Se canceló %1.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1: the output file %2 was not written.</source>
        <translation>%1: no se escribió el archivo de salida %2.</translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 terminó.</translation>
    </message>
    <message>
        <source>%1: output %2</source>
        <translation>%1: salida %2</translation>
    </message>
    <message>
        <source>Analyses running</source>
        <translation>Análisis en curso</translation>
    </message>
    <message numerus="yes">
        <source>%n analysis/analyses still running: %1. Cancel and quit?</source>
        <translation>
            <numerusform>%n análisis sigue en curso: %1. ¿Cancelar y salir?</numerusform>
            <numerusform>%n análisis siguen en curso: %1. ¿Cancelar y salir?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Analyses and Quit</source>
        <translation>Cancelar los análisis y salir</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Seguir ejecutando</translation>
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
    <message>
        <source>Show selected only</source>
        <translation>Mostrar solo la selección</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionada</numerusform>
            <numerusform>%Ln seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histograma</translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation>Diagrama de dispersión</translation>
    </message>
    <message>
        <source>Ranked bars</source>
        <translation>Barras ordenadas</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Mayores</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Menores</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Guardar el gráfico como imagen PNG o dibujo SVG</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Y field:</source>
        <translation>Campo Y:</translation>
    </message>
    <message>
        <source>Names from:</source>
        <translation>Nombres desde:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>(feature id)</source>
        <translation>(id de entidad)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>territoria::ChoroplethDialog</name>
    <message>
        <source>Choropleth Map — %1</source>
        <translation>Mapa coroplético — %1</translation>
    </message>
    <message>
        <source>Colours the polygons by a numeric field: 5 classes by natural breaks (Jenks), yellow to red.</source>
        <translation>Colorea los polígonos según un campo numérico: 5 clases por cortes naturales (Jenks), de amarillo a rojo.</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>The layer has no numeric field.</source>
        <translation>La capa no tiene ningún campo numérico.</translation>
    </message>
</context>
<context>
    <name>territoria::CoverageProvider</name>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
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
    <name>territoria::EnumParameterWidget</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>territoria::ExtentParameterWidget</name>
    <message>
        <source>West (x min)</source>
        <translation>Oeste (x mín.)</translation>
    </message>
    <message>
        <source>South (y min)</source>
        <translation>Sur (y mín.)</translation>
    </message>
    <message>
        <source>East (x max)</source>
        <translation>Este (x máx.)</translation>
    </message>
    <message>
        <source>North (y max)</source>
        <translation>Norte (y máx.)</translation>
    </message>
    <message>
        <source>Use Map Extent</source>
        <translation>Usar la extensión del mapa</translation>
    </message>
</context>
<context>
    <name>territoria::FieldParameterWidget</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>territoria::FileOutputParameterWidget</name>
    <message>
        <source>[Save to a temporary file]</source>
        <translation>[Guardar en un archivo temporal]</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elija dónde guardar</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Shapefile (*.shp)</source>
        <translation>Shapefile (*.shp)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>territoria::HistogramWidget</name>
    <message>
        <source>No numeric values</source>
        <translation>Sin valores numéricos</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
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
    <name>territoria::IndicatorsProvider</name>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>territoria::JoinDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Join a Table to a Layer</source>
        <translation>Unir una tabla a una capa</translation>
    </message>
    <message>
        <source>No table chosen</source>
        <translation>No se eligió ninguna tabla</translation>
    </message>
    <message>
        <source>Choose &amp;Table…</source>
        <translation>Elegir &amp;tabla…</translation>
    </message>
    <message>
        <source>e.g. inei_</source>
        <translation>p. ej. inei_</translation>
    </message>
    <message>
        <source>No padding</source>
        <translation>Sin relleno</translation>
    </message>
    <message>
        <source>Left-pads digit-only keys of both sides with zeros to this width (40101 → 040101).</source>
        <translation>Rellena con ceros a la izquierda las claves formadas solo por dígitos, de ambos lados, hasta este ancho (40101 → 040101).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Capa:</translation>
    </message>
    <message>
        <source>&amp;Key field:</source>
        <translation>Campo c&amp;lave:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Key &amp;column:</source>
        <translation>Columna cla&amp;ve:</translation>
    </message>
    <message>
        <source>Columns to &amp;join:</source>
        <translation>Columnas a &amp;unir:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefijo:</translation>
    </message>
    <message>
        <source>Zero padding to width:</source>
        <translation>Rellenar con ceros hasta el ancho:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;omprobar</translation>
    </message>
    <message>
        <source>Match the keys and show the report; nothing changes yet.</source>
        <translation>Empareja las claves y muestra el informe; todavía no cambia nada.</translation>
    </message>
    <message>
        <source>Choose the layer, the table and their keys, then Check.</source>
        <translation>Elija la capa, la tabla y sus claves, y luego haga clic en Comprobar.</translation>
    </message>
    <message>
        <source>&amp;Keep Live in the Project</source>
        <translation>&amp;Mantener dinámica en el proyecto</translation>
    </message>
    <message>
        <source>The join is saved with the layer and re-run from the table file when the project opens and on Layer ▸ Refresh Joins.</source>
        <translation>La unión se guarda con la capa y se vuelve a ejecutar desde el archivo de la tabla al abrir el proyecto y con Capa ▸ Actualizar uniones.</translation>
    </message>
    <message>
        <source>&amp;Save to a New Layer…</source>
        <translation>&amp;Guardar en una capa nueva…</translation>
    </message>
    <message>
        <source>Writes the layer with the joined columns to a GeoPackage and adds it to the project.</source>
        <translation>Escribe la capa con las columnas unidas en un GeoPackage y la añade al proyecto.</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>unida</translation>
    </message>
    <message>
        <source>Save the Joined Layer</source>
        <translation>Guardar la capa unida</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the table (see the report)</source>
        <translation>
            <numerusform>%n problema en la tabla (vea el informe)</numerusform>
            <numerusform>%n problemas en la tabla (vea el informe)</numerusform>
        </translation>
    </message>
    <message>
        <source>The options changed: Check again.</source>
        <translation>Las opciones cambiaron: vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Check the Join</source>
        <translation>Comprobar la unión</translation>
    </message>
    <message>
        <source>Matching the keys of “%1”…</source>
        <translation>Emparejando las claves de «%1»…</translation>
    </message>
    <message>
        <source>%1 of %2 features matched a table row (%3 rows in the table).</source>
        <translation>%1 de %2 entidades coincidieron con una fila de la tabla (%3 filas en la tabla).</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Sugerencia:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Layer keys without a table row (%1):</source>
        <translation>Claves de la capa sin fila en la tabla (%1):</translation>
    </message>
    <message>
        <source>their joined fields stay empty</source>
        <translation>sus campos unidos quedan vacíos</translation>
    </message>
    <message>
        <source>Table keys without a feature (%1):</source>
        <translation>Claves de la tabla sin entidad (%1):</translation>
    </message>
    <message>
        <source>Keys on several table rows (%1):</source>
        <translation>Claves en varias filas de la tabla (%1):</translation>
    </message>
    <message>
        <source>the first row is joined</source>
        <translation>se une la primera fila</translation>
    </message>
    <message>
        <source>Problems in the table (%1), no data dropped:</source>
        <translation>Problemas en la tabla (%1), no se descartó ningún dato:</translation>
    </message>
    <message>
        <source>Pad Keys to %1 Digits and Check Again</source>
        <translation>Rellenar las claves a %1 dígitos y volver a comprobar</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>Joining %1 to “%2”…</source>
        <translation>Uniendo %1 a «%2»…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Refresh Joins</source>
        <translation>Actualizar uniones</translation>
    </message>
    <message>
        <source>No layer of the project has a live join.</source>
        <translation>Ninguna capa del proyecto tiene una unión dinámica.</translation>
    </message>
    <message numerus="yes">
        <source>Re-running the joins of %n layer(s)…</source>
        <translation>
            <numerusform>Volviendo a ejecutar las uniones de %n capa…</numerusform>
            <numerusform>Volviendo a ejecutar las uniones de %n capas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer “%1” keeps its previous joined data: %2</source>
        <translation>La capa «%1» conserva sus datos unidos anteriores: %2</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Capa «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>The joins of %n layer(s) were re-run from their tables.</source>
        <translation>
            <numerusform>Las uniones de %n capa se volvieron a ejecutar desde sus tablas.</numerusform>
            <numerusform>Las uniones de %n capas se volvieron a ejecutar desde sus tablas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Join Table…</source>
        <translation>&amp;Unir tabla…</translation>
    </message>
    <message>
        <source>Join a table (CSV, XLSX, ODS) to a layer by key, with a report of the keys</source>
        <translation>Une una tabla (CSV, XLSX, ODS) a una capa por clave, con un informe de las claves</translation>
    </message>
    <message>
        <source>Join Table</source>
        <translation>Unir tabla</translation>
    </message>
    <message>
        <source>Add a vector layer first: the table is joined to its features.</source>
        <translation>Primero añada una capa vectorial: la tabla se une a sus entidades.</translation>
    </message>
    <message>
        <source>Table joined to “%1”.</source>
        <translation>Tabla unida a «%1».</translation>
    </message>
    <message>
        <source>Re&amp;fresh Joins</source>
        <translation>Actualizar u&amp;niones</translation>
    </message>
    <message>
        <source>Re-run the live joins of the project from the current table files</source>
        <translation>Vuelve a ejecutar las uniones dinámicas del proyecto desde los archivos de tabla actuales</translation>
    </message>
</context>
<context>
    <name>territoria::LayerChartWidget</name>
    <message>
        <source>Click a bar to select its features; drag across bars to select a range.
Shift adds to the selection, Ctrl removes from it.</source>
        <translation>Haga clic en una barra para seleccionar sus entidades; arrastre sobre varias barras para seleccionar un rango.
Mayús añade a la selección; Ctrl quita de ella.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation>%1: %2 y %3</translation>
    </message>
    <message>
        <source>Bottom %1 by %2</source>
        <translation>Los %1 menores según %2</translation>
    </message>
    <message>
        <source>Top %1 by %2</source>
        <translation>Los %1 mayores según %2</translation>
    </message>
    <message>
        <source>Choose a vector layer and a numeric field.</source>
        <translation>Elija una capa vectorial y un campo numérico.</translation>
    </message>
    <message>
        <source>“%1” has no numeric field to chart.</source>
        <translation>«%1» no tiene ningún campo numérico que graficar.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) drawn</source>
        <translation>
            <numerusform>%n entidad dibujada</numerusform>
            <numerusform>%n entidades dibujadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) without a value</source>
        <translation>
            <numerusform>%n entidad sin valor</numerusform>
            <numerusform>%n entidades sin valor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
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
    <message>
        <source>&amp;Choropleth Map…</source>
        <translation>Mapa &amp;coroplético…</translation>
    </message>
    <message>
        <source>Colour the polygons by a numeric field (5 classes, natural breaks)</source>
        <translation>Colorear los polígonos según un campo numérico (5 clases, cortes naturales)</translation>
    </message>
    <message>
        <source>&amp;Join Table…</source>
        <translation>&amp;Unir tabla…</translation>
    </message>
</context>
<context>
    <name>territoria::LayerParameterWidget</name>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <source>Layer opacity:</source>
        <translation>Opacidad de la capa:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>Simbología</translation>
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
    <name>territoria::LayoutDesigner</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date: {@date}</source>
        <translation>Fecha: {@date}</translation>
    </message>
    <message>
        <source>x %1 mm, y %2 mm</source>
        <translation>x %1 mm, y %2 mm</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>%1 — Layout Designer</source>
        <translation>%1 — Diseñador de diseños de impresión</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete Items</source>
        <translation>&amp;Eliminar elementos</translation>
    </message>
    <message>
        <source>Delete the selected items (Delete key)</source>
        <translation>Eliminar los elementos seleccionados (tecla Supr)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Raise Item</source>
        <translation>&amp;Subir elemento</translation>
    </message>
    <message>
        <source>Draw the item above the next one</source>
        <translation>Dibujar el elemento por encima del siguiente</translation>
    </message>
    <message>
        <source>&amp;Lower Item</source>
        <translation>&amp;Bajar elemento</translation>
    </message>
    <message>
        <source>Draw the item below the previous one</source>
        <translation>Dibujar el elemento por debajo del anterior</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the layout or its atlas to PDF, SVG, PNG or TIFF</source>
        <translation>Exportar el diseño o su atlas a PDF, SVG, PNG o TIFF</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <source>Save the layout as a template file (.ttlayout)</source>
        <translation>Guardar el diseño como archivo de plantilla (.ttlayout)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Zoom to &amp;Page</source>
        <translation>Zoom a la &amp;página</translation>
    </message>
    <message>
        <source>Zoom to &amp;100 %</source>
        <translation>Zoom al &amp;100 %</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Redibujar</translation>
    </message>
    <message>
        <source>Draw the page again</source>
        <translation>Dibujar la página de nuevo</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Ajustar a la &amp;cuadrícula</translation>
    </message>
    <message>
        <source>Snap to a 5 mm grid</source>
        <translation>Ajustar a una cuadrícula de 5 mm</translation>
    </message>
    <message>
        <source>Snap to &amp;Items and Page</source>
        <translation>Ajustar a &amp;elementos y página</translation>
    </message>
    <message>
        <source>Snap to the page and to other items&apos; edges and centres</source>
        <translation>Ajustar a la página y a los bordes y centros de los demás elementos</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>&amp;Seleccionar y mover</translation>
    </message>
    <message>
        <source>Add &amp;Map</source>
        <translation>Añadir &amp;mapa</translation>
    </message>
    <message>
        <source>Add &amp;Legend</source>
        <translation>Añadir &amp;leyenda</translation>
    </message>
    <message>
        <source>Add &amp;Scale Bar</source>
        <translation>Añadir &amp;barra de escala</translation>
    </message>
    <message>
        <source>Add &amp;North Arrow</source>
        <translation>Añadir &amp;flecha de norte</translation>
    </message>
    <message>
        <source>Add &amp;Text</source>
        <translation>Añadir &amp;texto</translation>
    </message>
    <message>
        <source>Add &amp;Picture</source>
        <translation>Añadir &amp;imagen</translation>
    </message>
    <message>
        <source>Add Attribute &amp;Table</source>
        <translation>Añadir tabla de &amp;atributos</translation>
    </message>
    <message>
        <source>%1: draw its rectangle on the page, or click for the default size</source>
        <translation>%1: dibuje su rectángulo en la página o haga clic para usar el tamaño por defecto</translation>
    </message>
    <message>
        <source>&amp;Preview Atlas</source>
        <translation>&amp;Vista previa del atlas</translation>
    </message>
    <message>
        <source>Show the page of an atlas feature</source>
        <translation>Mostrar la página de una entidad del atlas</translation>
    </message>
    <message>
        <source>&amp;First Feature</source>
        <translation>&amp;Primera entidad</translation>
    </message>
    <message>
        <source>P&amp;revious Feature</source>
        <translation>Entidad &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Feature</source>
        <translation>Entidad &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Last Feature</source>
        <translation>Ú&amp;ltima entidad</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>Item Properties</source>
        <translation>Propiedades del elemento</translation>
    </message>
    <message>
        <source>Page and Atlas</source>
        <translation>Página y atlas</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientación:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <source>Change page</source>
        <translation>Cambiar página</translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <source>One page per feature of a layer</source>
        <translation>Una página por cada entidad de una capa</translation>
    </message>
    <message>
        <source>Coverage layer:</source>
        <translation>Capa de cobertura:</translation>
    </message>
    <message>
        <source>e.g. POBLACION &gt; 10000</source>
        <translation>p. ej. POBLACION &gt; 10000</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>e.g. NOMBDIST</source>
        <translation>p. ej. NOMBDIST</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>Ordenar por:</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Ascendente</translation>
    </message>
    <message>
        <source>Page name:</source>
        <translation>Nombre de página:</translation>
    </message>
    <message>
        <source>A single file</source>
        <translation>Un solo archivo</translation>
    </message>
    <message>
        <source>One file per feature</source>
        <translation>Un archivo por entidad</translation>
    </message>
    <message>
        <source>One file per value of a field</source>
        <translation>Un archivo por valor de un campo</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <source>Split by field:</source>
        <translation>Dividir por el campo:</translation>
    </message>
    <message>
        <source>Hide the coverage layer</source>
        <translation>Ocultar la capa de cobertura</translation>
    </message>
    <message>
        <source>Change atlas</source>
        <translation>Cambiar atlas</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Diseño</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
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
        <source>A&amp;tlas</source>
        <translation>A&amp;tlas</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Add Items</source>
        <translation>Añadir elementos</translation>
    </message>
    <message>
        <source>(choose a layer)</source>
        <translation>(elija una capa)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Mover %n elemento</numerusform>
            <numerusform>Mover %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize item</source>
        <translation>Cambiar el tamaño del elemento</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>Desplazar %n elemento</numerusform>
            <numerusform>Desplazar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Show item</source>
        <translation>Mostrar elemento</translation>
    </message>
    <message>
        <source>Hide item</source>
        <translation>Ocultar elemento</translation>
    </message>
    <message>
        <source>Lock item</source>
        <translation>Bloquear elemento</translation>
    </message>
    <message>
        <source>Unlock item</source>
        <translation>Desbloquear elemento</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise item</source>
        <translation>Subir elemento</translation>
    </message>
    <message>
        <source>Lower item</source>
        <translation>Bajar elemento</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>Página %1 de %2: %3</translation>
    </message>
    <message>
        <source>Save Layout Template</source>
        <translation>Guardar plantilla de diseño</translation>
    </message>
    <message>
        <source>Layout templates (*.ttlayout)</source>
        <translation>Plantillas de diseño (*.ttlayout)</translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation>Plantilla guardada en %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export Layout</source>
        <translation>Exportar diseño</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled.</source>
        <translation>Se canceló la exportación de %1.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>No se pudo exportar a %1.</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Exportación finalizada</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>Se escribió %n archivo en %1.</numerusform>
            <numerusform>Se escribieron %n archivos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n warning(s).</source>
        <translation>
            <numerusform>Con %n advertencia.</numerusform>
            <numerusform>Con %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Add C&amp;hart</source>
        <translation>Añadir &amp;gráfico</translation>
    </message>
</context>
<context>
    <name>territoria::LayoutExportDialog</name>
    <message>
        <source>Export Layout — %1</source>
        <translation>Exportar diseño — %1</translation>
    </message>
    <message>
        <source>PDF (vector, several pages in one file)</source>
        <translation>PDF (vectorial, varias páginas en un archivo)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectorial)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>GeoTIFF / TIFF image</source>
        <translation>Imagen GeoTIFF / TIFF</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <source>Write a world file (georeferenced image)</source>
        <translation>Escribir un archivo de georreferencia (world file) para georreferenciar la imagen</translation>
    </message>
    <message>
        <source>Only for images of a page holding a single map.</source>
        <translation>Solo para imágenes de una página que contenga un único mapa.</translation>
    </message>
    <message>
        <source>Export the atlas (one page per feature)</source>
        <translation>Exportar el atlas (una página por entidad)</translation>
    </message>
    <message>
        <source>A single file</source>
        <translation>Un solo archivo</translation>
    </message>
    <message>
        <source>One file per feature</source>
        <translation>Un archivo por entidad</translation>
    </message>
    <message>
        <source>One file per value of a field</source>
        <translation>Un archivo por valor de un campo</translation>
    </message>
    <message>
        <source>Atlas output:</source>
        <translation>Salida del atlas:</translation>
    </message>
    <message>
        <source>Split by field:</source>
        <translation>Dividir por el campo:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Elegir el archivo de salida</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Vector layers and text stay vectors; rasters and pictures use the resolution.</source>
        <translation>Las capas vectoriales y los textos siguen siendo vectoriales; los ráster y las imágenes usan la resolución.</translation>
    </message>
    <message>
        <source>The whole page becomes an image at this resolution.</source>
        <translation>Toda la página se convierte en una imagen con esta resolución.</translation>
    </message>
    <message>
        <source>The atlas writes one file per page next to the name given (name_page).</source>
        <translation>El atlas escribe un archivo por página junto al nombre indicado (nombre_página).</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>TIFF (*.tif *.tiff)</source>
        <translation>TIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Export Layout</source>
        <translation>Exportar diseño</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>territoria::LayoutItemProperties</name>
    <message>
        <source>Select an item on the page to edit its properties, or add one with the toolbar.</source>
        <translation>Seleccione un elemento en la página para editar sus propiedades o añada uno con la barra de herramientas.</translation>
    </message>
    <message>
        <source>First map</source>
        <translation>Primer mapa</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Cambiar nombre del elemento</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Mover elemento</translation>
    </message>
    <message>
        <source>Resize item</source>
        <translation>Cambiar el tamaño del elemento</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Change frame</source>
        <translation>Cambiar marco</translation>
    </message>
    <message>
        <source>Frame width:</source>
        <translation>Grosor del marco:</translation>
    </message>
    <message>
        <source>White background</source>
        <translation>Fondo blanco</translation>
    </message>
    <message>
        <source>Change background</source>
        <translation>Cambiar fondo</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>None checked: the map follows the project&apos;s visible layers.</source>
        <translation>Ninguna marcada: el mapa sigue las capas visibles del proyecto.</translation>
    </message>
    <message>
        <source>Change map layers</source>
        <translation>Cambiar capas del mapa</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Not set: the map shows all its layers.</source>
        <translation>Sin definir: el mapa muestra todas sus capas.</translation>
    </message>
    <message>
        <source>X %1 – %2
Y %3 – %4</source>
        <translation>X %1 – %2
Y %3 – %4</translation>
    </message>
    <message>
        <source>From Main Map</source>
        <translation>Desde el mapa principal</translation>
    </message>
    <message>
        <source>Show what the main window&apos;s map shows now</source>
        <translation>Mostrar lo que muestra ahora el mapa de la ventana principal</translation>
    </message>
    <message>
        <source>Fit to Layers</source>
        <translation>Ajustar a las capas</translation>
    </message>
    <message>
        <source>Set map extent</source>
        <translation>Definir extensión del mapa</translation>
    </message>
    <message>
        <source>Fixed scale 1:</source>
        <translation>Escala fija 1:</translation>
    </message>
    <message>
        <source>Change map scale</source>
        <translation>Cambiar escala del mapa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <source>Follow the atlas feature</source>
        <translation>Seguir la entidad del atlas</translation>
    </message>
    <message>
        <source>Change atlas behaviour</source>
        <translation>Cambiar comportamiento del atlas</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Margen:</translation>
    </message>
    <message>
        <source>Change atlas margin</source>
        <translation>Cambiar margen del atlas</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Veil on other features:</source>
        <translation>Velo sobre las demás entidades:</translation>
    </message>
    <message>
        <source>Change atlas veil</source>
        <translation>Cambiar velo del atlas</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Change map grid</source>
        <translation>Cambiar cuadrícula del mapa</translation>
    </message>
    <message>
        <source>Draw a grid</source>
        <translation>Dibujar una cuadrícula</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation>Cruces</translation>
    </message>
    <message>
        <source>Frame ticks</source>
        <translation>Marcas en el marco</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unidades:</translation>
    </message>
    <message>
        <source>Map units</source>
        <translation>Unidades del mapa</translation>
    </message>
    <message>
        <source>Degrees (WGS 84)</source>
        <translation>Grados (WGS 84)</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Coordinate labels</source>
        <translation>Etiquetas de coordenadas</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Tamaño de etiqueta:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Change legend</source>
        <translation>Cambiar leyenda</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Change legend title</source>
        <translation>Cambiar título de la leyenda</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Mapa:</translation>
    </message>
    <message>
        <source>Only the classes present on the page</source>
        <translation>Solo las clases presentes en la página</translation>
    </message>
    <message>
        <source>Title size:</source>
        <translation>Tamaño del título:</translation>
    </message>
    <message>
        <source>Layer name size:</source>
        <translation>Tamaño del nombre de capa:</translation>
    </message>
    <message>
        <source>Class size:</source>
        <translation>Tamaño de las clases:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Decimales:</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Barra de escala</translation>
    </message>
    <message>
        <source>Change scale bar</source>
        <translation>Cambiar barra de escala</translation>
    </message>
    <message>
        <source>Single box</source>
        <translation>Caja simple</translation>
    </message>
    <message>
        <source>Double box</source>
        <translation>Caja doble</translation>
    </message>
    <message>
        <source>Line with ticks</source>
        <translation>Línea con marcas</translation>
    </message>
    <message>
        <source>Numeric (1:25 000)</source>
        <translation>Numérica (1:25 000)</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Metros</translation>
    </message>
    <message>
        <source>Kilometers</source>
        <translation>Kilómetros</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmentos:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Tamaño de fuente:</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Flecha de norte</translation>
    </message>
    <message>
        <source>Change north arrow</source>
        <translation>Cambiar flecha de norte</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flecha</translation>
    </message>
    <message>
        <source>Compass rose</source>
        <translation>Rosa de los vientos</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Insert Variable</source>
        <translation>Insertar variable</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Total de páginas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Título del proyecto</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>Nombre del diseño</translation>
    </message>
    <message>
        <source>Atlas page name</source>
        <translation>Nombre de página del atlas</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Escala del mapa</translation>
    </message>
    <message>
        <source>Atlas Fields</source>
        <translation>Campos del atlas</translation>
    </message>
    <message>
        <source>Change font</source>
        <translation>Cambiar fuente</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Change alignment</source>
        <translation>Cambiar alineación</translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <translation>Horizontal:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Vertical:</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Inferior</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>Elegir un archivo de imagen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Change picture</source>
        <translation>Cambiar imagen</translation>
    </message>
    <message>
        <source>Choose Picture</source>
        <translation>Elegir imagen</translation>
    </message>
    <message>
        <source>Pictures (*.svg *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Imágenes (*.svg *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>Keep aspect ratio</source>
        <translation>Mantener la relación de aspecto</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Tabla de atributos</translation>
    </message>
    <message>
        <source>Change table</source>
        <translation>Cambiar tabla</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <source>None checked: all fields</source>
        <translation>Ninguno marcado: todos los campos</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>Ordenar por:</translation>
    </message>
    <message>
        <source>(source order)</source>
        <translation>(orden de origen)</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Ascendente</translation>
    </message>
    <message>
        <source>Maximum rows:</source>
        <translation>Máximo de filas:</translation>
    </message>
    <message>
        <source>Atlas: only features on the page</source>
        <translation>Atlas: solo las entidades de la página</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no encontrada)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Change chart fields</source>
        <translation>Cambiar los campos del gráfico</translation>
    </message>
    <message>
        <source>Change chart bars</source>
        <translation>Cambiar las barras del gráfico</translation>
    </message>
    <message>
        <source>Change chart style</source>
        <translation>Cambiar el estilo del gráfico</translation>
    </message>
    <message>
        <source>Change chart layer</source>
        <translation>Cambiar la capa del gráfico</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Change chart type</source>
        <translation>Cambiar el tipo de gráfico</translation>
    </message>
    <message>
        <source>Ranked bars</source>
        <translation>Barras ordenadas</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histograma</translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation>Diagrama de dispersión</translation>
    </message>
    <message>
        <source>Value (x):</source>
        <translation>Valor (x):</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(elija un campo)</translation>
    </message>
    <message>
        <source>Bar labels:</source>
        <translation>Etiquetas de las barras:</translation>
    </message>
    <message>
        <source>(feature id)</source>
        <translation>(id de la entidad)</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <source>Change histogram bins</source>
        <translation>Cambiar los intervalos del histograma</translation>
    </message>
    <message>
        <source>Automatic (Sturges)</source>
        <translation>Automático (Sturges)</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>Barras:</translation>
    </message>
    <message>
        <source>How many bars, from the top of the ranking</source>
        <translation>Cuántas barras, desde el primer puesto del ranking</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Mayor primero</translation>
    </message>
    <message>
        <source>Change chart title</source>
        <translation>Cambiar el título del gráfico</translation>
    </message>
    <message>
        <source>Variables such as {@atlas_pagename} and atlas fields such as {NOMBDIST} are replaced</source>
        <translation>Se reemplazan variables como {@atlas_pagename} y campos del atlas como {NOMBDIST}</translation>
    </message>
    <message>
        <source>Color:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Change chart atlas settings</source>
        <translation>Cambiar la configuración de atlas del gráfico</translation>
    </message>
    <message>
        <source>Highlight the page&apos;s feature</source>
        <translation>Resaltar la entidad de la página</translation>
    </message>
    <message>
        <source>Highlight color:</source>
        <translation>Color de resaltado:</translation>
    </message>
    <message>
        <source>Link field:</source>
        <translation>Campo de enlace:</translation>
    </message>
    <message>
        <source>(the chart shows the atlas layer)</source>
        <translation>(el gráfico muestra la capa del atlas)</translation>
    </message>
    <message>
        <source>Highlight the features whose value in this field equals the atlas feature&apos;s value</source>
        <translation>Resalta las entidades cuyo valor en este campo es igual al valor de la entidad del atlas</translation>
    </message>
    <message>
        <source>Atlas field:</source>
        <translation>Campo del atlas:</translation>
    </message>
    <message>
        <source>(same name)</source>
        <translation>(mismo nombre)</translation>
    </message>
    <message>
        <source>Only features on the page</source>
        <translation>Solo las entidades de la página</translation>
    </message>
</context>
<context>
    <name>territoria::LayoutManagerDialog</name>
    <message>
        <source>Layout name:</source>
        <translation>Nombre del diseño:</translation>
    </message>
    <message>
        <source>There is already a layout called “%1”.</source>
        <translation>Ya existe un diseño llamado «%1».</translation>
    </message>
    <message>
        <source>New Layout from Template</source>
        <translation>Nuevo diseño desde plantilla</translation>
    </message>
    <message>
        <source>Layout templates (*.ttlayout);;All files (*)</source>
        <translation>Plantillas de diseño (*.ttlayout);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Layout Manager</source>
        <translation>Gestor de diseños</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nuevo desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>New Layout</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>Duplicate Layout</source>
        <translation>Duplicar diseño</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Rename Layout</source>
        <translation>Cambiar nombre del diseño</translation>
    </message>
    <message>
        <source>Remove Layout</source>
        <translation>Quitar diseño</translation>
    </message>
    <message>
        <source>Remove the layout “%1” from the project? Its designer closes.</source>
        <translation>¿Quitar el diseño «%1» del proyecto? Su diseñador se cerrará.</translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation>Diseño %1</translation>
    </message>
    <message>
        <source>Print &amp;Layouts</source>
        <translation>Diseños de &amp;impresión</translation>
    </message>
    <message>
        <source>&amp;New Layout…</source>
        <translation>&amp;Nuevo diseño…</translation>
    </message>
    <message>
        <source>New Layout from &amp;Template…</source>
        <translation>Nuevo diseño desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>Layout &amp;Manager…</source>
        <translation>&amp;Gestor de diseños…</translation>
    </message>
    <message>
        <source>(no layouts in this project)</source>
        <translation>(no hay diseños en este proyecto)</translation>
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
        <translation>SRC del &amp;proyecto…</translation>
    </message>
    <message>
        <source>Coordinate reference system and datum transformations</source>
        <translation>Sistema de referencia de coordenadas y transformaciones de datum</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Abrir &amp;tabla de atributos</translation>
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
    <name>territoria::MultipleChoiceParameterWidget</name>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
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
    <name>territoria::PrioritizationProvider</name>
    <message>
        <source>Prioritization</source>
        <translation>Priorización</translation>
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
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>%1: &quot;layouts&quot; is not a list; the print layouts were not read.</source>
        <translation>%1: &quot;layouts&quot; no es una lista; no se leyeron los diseños de impresión.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <source>Print layout %1 of %2 is not an object; it was kept as it is but cannot be used.</source>
        <translation>El diseño de impresión %1 de %2 no es un objeto; se conservó tal cual, pero no se puede usar.</translation>
    </message>
    <message>
        <source>Print layout %1 cannot be read and is kept unchanged in the file: %2</source>
        <translation>No se puede leer el diseño de impresión %1; se conserva sin cambios en el archivo: %2</translation>
    </message>
    <message>
        <source>Layer “%1” is shown without its joined table: %2</source>
        <translation>La capa «%1» se muestra sin su tabla unida: %2</translation>
    </message>
    <message numerus="yes">
        <source>Layer “%1”: the joined table has %n problem(s); the first: %2</source>
        <translation>
            <numerusform>Capa «%1»: la tabla unida tiene %n problema; el primero: %2</numerusform>
            <numerusform>Capa «%1»: la tabla unida tiene %n problemas; el primero: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no layer with id %1.</source>
        <translation>El proyecto no tiene ninguna capa con id %1.</translation>
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
    <name>territoria::RankStabilityChart</name>
    <message>
        <source>P(top %1)</source>
        <translation>P(entre los %1 primeros)</translation>
    </message>
    <message>
        <source>P(top K)</source>
        <translation>P(entre los K primeros)</translation>
    </message>
    <message>
        <source>%1 · %2 %3 %</source>
        <translation>%1 · %2 %3 %</translation>
    </message>
    <message>
        <source>Rank stability (Monte Carlo weights)</source>
        <translation>Estabilidad del puesto (pesos de Monte Carlo)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), from the best mean rank down. Bars: lowest to highest rank; points: mean rank.</source>
        <translation>
            <numerusform>%n unidad, del mejor puesto medio hacia abajo. Barras: del puesto más bajo al más alto; puntos: puesto medio.</numerusform>
            <numerusform>%n unidades, del mejor puesto medio hacia abajo. Barras: del puesto más bajo al más alto; puntos: puesto medio.</numerusform>
        </translation>
    </message>
    <message>
        <source>No units with Monte Carlo ranks.</source>
        <translation>No hay unidades con puestos de Monte Carlo.</translation>
    </message>
    <message>
        <source>Range of ranks</source>
        <translation>Rango de puestos</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Puesto medio</translation>
    </message>
    <message>
        <source>Rank (1 = highest priority)</source>
        <translation>Puesto (1 = prioridad más alta)</translation>
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
    <name>territoria::StringParameterWidget</name>
    <message>
        <source>Values separated by commas</source>
        <translation>Valores separados por comas</translation>
    </message>
</context>
<context>
    <name>territoria::StyleEditor</name>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triángulo</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Rombo</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Cruz</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <source>Renderer:</source>
        <translation>Representación:</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Símbolo único</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Categorizado</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Graduado</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
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
        <source>Line width:</source>
        <translation>Grosor de línea:</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>Grosor del contorno:</translation>
    </message>
    <message>
        <source>Marker:</source>
        <translation>Marcador:</translation>
    </message>
    <message>
        <source>Marker size:</source>
        <translation>Tamaño del marcador:</translation>
    </message>
    <message>
        <source>Symbol opacity:</source>
        <translation>Opacidad del símbolo:</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Color de relleno</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>Color de contorno</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Colour ramp:</source>
        <translation>Rampa de colores:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Double-click a symbol to change its colour; edit labels in place.</source>
        <translation>Haga doble clic en un símbolo para cambiar su color; edite las etiquetas en su lugar.</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Clasificar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete &amp;All</source>
        <translation>Eliminar &amp;todo</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Clases:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Double-click a symbol to change its colour. Editing a bound switches to manual classes.</source>
        <translation>Haga doble clic en un símbolo para cambiar su color. Al editar un límite se pasa a clases manuales.</translation>
    </message>
    <message>
        <source>Distribution of the field; drag a class break to move it.</source>
        <translation>Distribución del campo; arrastre un corte de clase para moverlo.</translation>
    </message>
    <message>
        <source>Reading the values of %1…</source>
        <translation>Leyendo los valores de %1…</translation>
    </message>
    <message>
        <source>%1 has %2 distinct values: only the first %3 get a category.</source>
        <translation>%1 tiene %2 valores distintos: solo los primeros %3 reciben una categoría.</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n categoría</numerusform>
            <numerusform>%n categorías</numerusform>
        </translation>
    </message>
    <message>
        <source>(not every feature was read)</source>
        <translation>(no se leyeron todas las entidades)</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Color de la categoría</translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation>Color de la clase</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Bivariate</source>
        <translation>Bivariado</translation>
    </message>
    <message>
        <source>Colours each feature by two numeric fields at once, each split into 3 classes: the 9 colours cross low, middle and high of both.</source>
        <translation>Colorea cada entidad según dos campos numéricos a la vez, cada uno dividido en 3 clases: los 9 colores cruzan los valores bajo, medio y alto de ambos.</translation>
    </message>
    <message>
        <source>Legend title:</source>
        <translation>Título de la leyenda:</translation>
    </message>
    <message>
        <source>Horizontal field (→):</source>
        <translation>Campo horizontal (→):</translation>
    </message>
    <message>
        <source>Vertical field (↑):</source>
        <translation>Campo vertical (↑):</translation>
    </message>
    <message>
        <source>Method (3 classes):</source>
        <translation>Método (3 clases):</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Break 1</source>
        <translation>Corte 1</translation>
    </message>
    <message>
        <source>Break 2</source>
        <translation>Corte 2</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Class bounds of each axis. Editing a bound switches to manual classes.</source>
        <translation>Límites de clase de cada eje. Al editar un límite se pasa a clases manuales.</translation>
    </message>
</context>
<context>
    <name>territoria::TableImportDialog</name>
    <message>
        <source>integer</source>
        <translation>entero</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” has replacement characters (�): the file is probably not in %4; try another encoding.</source>
        <translation>Fila %1, columna «%2»: «%3» tiene caracteres de reemplazo (�): probablemente el archivo no está en %4; pruebe otra codificación.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” looks like UTF-8 text read as %4: choose UTF-8.</source>
        <translation>Fila %1, columna «%2»: «%3» parece texto UTF-8 leído como %4: elija UTF-8.</translation>
    </message>
    <message>
        <source>Import Table</source>
        <translation>Importar tabla</translation>
    </message>
    <message>
        <source>A CSV, TXT, XLSX or ODS file</source>
        <translation>Un archivo CSV, TXT, XLSX u ODS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>Comillas dobles ( &quot; )</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Fields in double quotes may hold the delimiter and line breaks; &quot;&quot; is a quote.</source>
        <translation>Los campos entre comillas dobles pueden contener el delimitador y saltos de línea; &quot;&quot; es una comilla.</translation>
    </message>
    <message>
        <source>Decimal &amp;comma (3,5)</source>
        <translation>&amp;Coma decimal (3,5)</translation>
    </message>
    <message>
        <source>Point ( 1.234 )</source>
        <translation>Punto ( 1.234 )</translation>
    </message>
    <message>
        <source>Comma ( 1,234 )</source>
        <translation>Coma ( 1,234 )</translation>
    </message>
    <message>
        <source>Space ( 1 234 )</source>
        <translation>Espacio ( 1 234 )</translation>
    </message>
    <message>
        <source>First row holds the column &amp;names</source>
        <translation>La primera fila contiene los &amp;nombres de las columnas</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>Comillas:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Text file:</source>
        <translation>Archivo de texto:</translation>
    </message>
    <message>
        <source>Thousands separator:</source>
        <translation>Separador de miles:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation>Estructura:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a Table</source>
        <translation>Elegir una tabla</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.ods);;Text files (*.csv *.txt *.tsv);;Spreadsheets (*.xlsx *.ods);;All files (*)</source>
        <translation>Tablas (*.csv *.txt *.tsv *.xlsx *.ods);;Archivos de texto (*.csv *.txt *.tsv);;Hojas de cálculo (*.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a table file.</source>
        <translation>Elija un archivo de tabla.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <translation>Auto: %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Entero</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Type of “%1”: codes with leading zeros (ubigeo 040101) are text.</source>
        <translation>Tipo de «%1»: los códigos con ceros a la izquierda (ubigeo 040101) son texto.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the table</source>
        <translation>
            <numerusform>%n primera fila de la tabla</numerusform>
            <numerusform>Las %n primeras filas de la tabla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>hoja «%1»</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: they are listed below and marked in the preview; no data is dropped.</source>
        <translation>
            <numerusform>Se encontró %n problema: se lista abajo y se marca en la vista previa; no se descarta ningún dato.</numerusform>
            <numerusform>Se encontraron %n problemas: se listan abajo y se marcan en la vista previa; no se descarta ningún dato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Types are inferred from these rows; the whole file is checked on import.</source>
        <translation>Los tipos se infieren de estas filas; el archivo completo se comprueba al importar.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
