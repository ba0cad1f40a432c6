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
    <message>
        <source>Rank: bar from the best to the worst, dot at the mean</source>
        <translation>Rango: barra de la mejor a la peor, punto en la media</translation>
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
        <translation>Uso: %1 COMANDO [opciones]

Comandos:
  info RUTA... [--json]        Describe las capas de los archivos (SRC, extensión, campos, bandas...).
  render ENTRADA... --out ARCHIVO
                               Dibuja un proyecto (.territoria) o capas en PNG, PDF o SVG.
  layout list PROYECTO         Lista los diseños de impresión de un proyecto.
  layout export PROYECTO --layout NOMBRE --out ARCHIVO [--atlas]
                               Exporta un diseño de impresión (o su atlas) a PDF, SVG o imágenes.
  algorithms [--json]          Lista los algoritmos de análisis y sus parámetros.
  run ALGORITMO --param N=V... Ejecuta un algoritmo de análisis e imprime sus salidas.
  scenario list PROYECTO       Lista los escenarios de un proyecto (también: show, run, compare).
  scenario run PROYECTO NOMBRE Ejecuta los análisis de un escenario (--all: todos los escenarios).
  scenario compare PROYECTO A B --out DIR
                               Diferencias por distrito entre dos escenarios (CSV, GeoPackage).

Opciones:
  -h, --help                   Muestra esta ayuda (&apos;%1 COMANDO --help&apos; para un comando).
  -v, --version                Muestra la versión.

Estado de salida: 0 si tiene éxito, 1 si no se puede leer o escribir un archivo, 2 si los argumentos son incorrectos.
</translation>
    </message>
    <message>
        <source>the project has no scenarios</source>
        <translation>el proyecto no tiene escenarios</translation>
    </message>
    <message>
        <source>its scenarios are: %1</source>
        <translation>sus escenarios son: %1</translation>
    </message>
    <message>
        <source>The project %1 has no scenario “%2”; %3.</source>
        <translation>El proyecto %1 no tiene el escenario “%2”; %3.</translation>
    </message>
    <message>
        <source>Lists the scenarios of a project, one name per line.</source>
        <translation>Lista los escenarios de un proyecto, un nombre por línea.</translation>
    </message>
    <message>
        <source>Print JSON: every scenario with its analyses.</source>
        <translation>Imprimir JSON: cada escenario con sus análisis.</translation>
    </message>
    <message>
        <source>Describes a scenario: description, author, and its analyses with the command line that reproduces each one.</source>
        <translation>Describe un escenario: descripción, autor y sus análisis con la línea de comandos que reproduce cada uno.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation>El escenario.</translation>
    </message>
    <message>
        <source>Give a project file and a scenario name.</source>
        <translation>Indique un archivo de proyecto y un nombre de escenario.</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Escenario: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Key field: %1</source>
        <translation>Campo clave: %1</translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Carpeta de salida: %1</translation>
    </message>
    <message>
        <source>Analysis %1: %2</source>
        <translation>Análisis %1: %2</translation>
    </message>
    <message>
        <source>Runs the analyses of a scenario in order; the outputs go to the folder &lt;project&gt;.scenarios/&lt;name&gt;/ next to the project file.</source>
        <translation>Ejecuta los análisis de un escenario en orden; las salidas van a la carpeta &lt;proyecto&gt;.scenarios/&lt;nombre&gt;/ junto al archivo del proyecto.</translation>
    </message>
    <message>
        <source>Run every scenario of the project, in order.</source>
        <translation>Ejecutar todos los escenarios del proyecto, en orden.</translation>
    </message>
    <message>
        <source>The scenario (not with --all).</source>
        <translation>El escenario (no con --all).</translation>
    </message>
    <message>
        <source>Give a project file.</source>
        <translation>Indique un archivo de proyecto.</translation>
    </message>
    <message>
        <source>With --all give only the project file.</source>
        <translation>Con --all indique solo el archivo de proyecto.</translation>
    </message>
    <message>
        <source>Give a project file and a scenario name (or --all).</source>
        <translation>Indique un archivo de proyecto y un nombre de escenario (o --all).</translation>
    </message>
    <message>
        <source>The project %1 has no scenarios.</source>
        <translation>El proyecto %1 no tiene escenarios.</translation>
    </message>
    <message>
        <source>Compares the result layers of two scenarios (each one&apos;s last vector output, after &apos;scenario run&apos;) unit by
unit: for every numeric field in both, A, B, B − A and the change in %. Writes DIR/A_vs_B.csv and
DIR/A_vs_B.gpkg (the difference map, with A&apos;s geometry) and prints a summary.</source>
        <translation>Compara las capas de resultados de dos escenarios (la última salida vectorial de cada uno, tras &apos;scenario run&apos;) unidad por
unidad: para cada campo numérico presente en ambas, A, B, B − A y el cambio en %. Escribe DIR/A_vs_B.csv y
DIR/A_vs_B.gpkg (el mapa de diferencias, con la geometría de A) e imprime un resumen.</translation>
    </message>
    <message>
        <source>Folder for the CSV table and the GeoPackage.</source>
        <translation>Carpeta para la tabla CSV y el GeoPackage.</translation>
    </message>
    <message>
        <source>Key field matching the units (default: the scenario&apos;s own).</source>
        <translation>Campo clave que empareja las unidades (predeterminado: el del propio escenario).</translation>
    </message>
    <message>
        <source>The reference scenario.</source>
        <translation>El escenario de referencia.</translation>
    </message>
    <message>
        <source>The scenario compared with it.</source>
        <translation>El escenario que se compara con él.</translation>
    </message>
    <message>
        <source>Give a project file and two scenario names.</source>
        <translation>Indique un archivo de proyecto y dos nombres de escenario.</translation>
    </message>
    <message>
        <source>Missing --out DIR.</source>
        <translation>Falta --out DIR.</translation>
    </message>
    <message>
        <source>Neither scenario names a key field: give --key FIELD (e.g. the district code).</source>
        <translation>Ninguno de los escenarios indica un campo clave: use --key CAMPO (p. ej., el código de distrito).</translation>
    </message>
    <message>
        <source>Scenario “%1” has no results yet (%2 is missing): run &apos;%3 scenario run %4 &quot;%1&quot;&apos; first.</source>
        <translation>El escenario “%1” aún no tiene resultados (falta %2): ejecute primero &apos;%3 scenario run %4 &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>Usage: %1 scenario list PROJECT [--json]
       %1 scenario show PROJECT NAME [--json]
       %1 scenario run PROJECT (NAME | --all)
       %1 scenario compare PROJECT NAME_A NAME_B --out DIR [--key FIELD]
Run &apos;%1 scenario COMMAND --help&apos; for the options.
</source>
        <translation>Uso: %1 scenario list PROYECTO [--json]
       %1 scenario show PROYECTO NOMBRE [--json]
       %1 scenario run PROYECTO (NOMBRE | --all)
       %1 scenario compare PROYECTO NOMBRE_A NOMBRE_B --out DIR [--key CAMPO]
Ejecute &apos;%1 scenario COMANDO --help&apos; para ver las opciones.
</translation>
    </message>
    <message>
        <source>Unknown scenario command “%1”: use “list”, “show”, “run” or “compare”.</source>
        <translation>Comando de escenario desconocido “%1”: use “list”, “show”, “run” o “compare”.</translation>
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
    <name>EditableGeometry</name>
    <message>
        <source>The cutting or reshaping line must be a line.</source>
        <translation>La línea de corte o de remodelado debe ser una línea.</translation>
    </message>
    <message>
        <source>The cutting or reshaping line needs at least two vertices.</source>
        <translation>La línea de corte o de remodelado necesita al menos dos vértices.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be split.</source>
        <translation>Solo se pueden dividir líneas y polígonos.</translation>
    </message>
    <message>
        <source>The cutting line cannot be read.</source>
        <translation>No se puede leer la línea de corte.</translation>
    </message>
    <message>
        <source>The polygon cannot be split.</source>
        <translation>No se puede dividir el polígono.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be reshaped.</source>
        <translation>Solo se pueden remodelar líneas y polígonos.</translation>
    </message>
    <message>
        <source>The reshaping line must have a single part.</source>
        <translation>La línea de remodelado debe tener una sola parte.</translation>
    </message>
    <message>
        <source>The reshaping line must cross the feature&apos;s boundary at least twice.</source>
        <translation>La línea de remodelado debe cruzar el límite de la entidad al menos dos veces.</translation>
    </message>
    <message>
        <source>The reshaped geometry cannot be built.</source>
        <translation>No se puede construir la geometría remodelada.</translation>
    </message>
</context>
<context>
    <name>ExposureAlgorithm</name>
    <message>
        <source>Exposure per district and hazard level</source>
        <translation>Exposición por distrito y nivel de peligro</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>What each hazard level exposes in each district: one row per district and level (very high first) with `zone`, `level`, `level_code` (4 very high … 1 low) and `count`, plus `area_m2` (building footprints), `length_m` (roads) and `people` (population raster) where they apply; a GeoPackage table, or CSV when the output ends in .csv (or with “csv_output”), and optionally the districts as a layer with a column per level (“layer_output”). The hazard is a polygon layer with a level field (muy alto, alto, medio, bajo, their English names or 1 to 4) or a raster classified by four thresholds (lower bounds of low, medium, high, very high: lahar zones, flood depth, ash thickness). A building or facility counts in the hazard zone and the district holding its centroid (the true, area-weighted centroid, not the centre of its bounding box); where districts overlap or a centroid lies on a border, the first district in the layer&apos;s order holds it. Roads are cut by the zones and districts and measured. People: the cells whose centre is in a zone and a district. Overlapping hazard zones are reported (count and feature ids); by default the highest level holds (conservative: each building, metre of road and person counts once, at the highest level); “each_zone” counts them in every zone holding them (as QGIS&apos;s count points in polygon does; people still count once, at the highest level) and “refuse” stops. Layers in another CRS than the hazard are reprojected explicitly, with a warning; a population raster in another CRS is refused.</source>
        <translation>Lo que cada nivel de peligro expone en cada distrito: una fila por distrito y nivel (muy alto primero) con `zone`, `level`, `level_code` (4 muy alto … 1 bajo) y `count`, además de `area_m2` (huellas de edificaciones), `length_m` (vías) y `people` (ráster de población) cuando corresponda; una tabla GeoPackage, o CSV cuando la salida termina en .csv (o con “csv_output”), y opcionalmente los distritos como capa con una columna por nivel (“layer_output”). El peligro es una capa de polígonos con un campo de nivel (muy alto, alto, medio, bajo, sus nombres en inglés o 1 a 4) o un ráster clasificado por cuatro umbrales (límites inferiores de bajo, medio, alto y muy alto: zonas de lahar, profundidad de inundación, espesor de ceniza). Una edificación o instalación se cuenta en la zona de peligro y el distrito que contienen su centroide (el centroide real, ponderado por área, no el centro de su rectángulo envolvente); donde los distritos se superponen o un centroide cae en un límite, lo contiene el primer distrito según el orden de la capa. Las vías se cortan por las zonas y distritos y se miden. Personas: las celdas cuyo centro está en una zona y un distrito. Se informan las zonas de peligro superpuestas (cantidad e identificadores de entidad); de forma predeterminada prevalece el nivel más alto (conservador: cada edificación, metro de vía y persona cuenta una vez, en el nivel más alto); “each_zone” los cuenta en cada zona que los contiene (como hace el conteo de puntos en polígono de QGIS; las personas siguen contando una vez, en el nivel más alto) y “refuse” detiene el proceso. Las capas en un SRC distinto al del peligro se reproyectan explícitamente, con una advertencia; un ráster de población en otro SRC se rechaza.</translation>
    </message>
    <message>
        <source>Hazard zones (polygons with a level)</source>
        <translation>Zonas de peligro (polígonos con un nivel)</translation>
    </message>
    <message>
        <source>Hazard level field (empty: level)</source>
        <translation>Campo de nivel de peligro (vacío: level)</translation>
    </message>
    <message>
        <source>Hazard raster instead of zones (depth, thickness, probability)</source>
        <translation>Ráster de peligro en lugar de zonas (profundidad, espesor, probabilidad)</translation>
    </message>
    <message>
        <source>Raster thresholds: lower bounds of low, medium, high and very high (e.g. 0.1,0.5,1,2)</source>
        <translation>Umbrales del ráster: límites inferiores de bajo, medio, alto y muy alto (p. ej., 0.1,0.5,1,2)</translation>
    </message>
    <message>
        <source>Names of the raster&apos;s levels from low to very high (empty: low, medium, high, very high)</source>
        <translation>Nombres de los niveles del ráster de bajo a muy alto (vacío: bajo, medio, alto, muy alto)</translation>
    </message>
    <message>
        <source>Exposed elements: buildings (polygons or points), facilities (points) or roads (lines)</source>
        <translation>Elementos expuestos: edificaciones (polígonos o puntos), instalaciones (puntos) o vías (líneas)</translation>
    </message>
    <message>
        <source>Districts (polygons)</source>
        <translation>Distritos (polígonos)</translation>
    </message>
    <message>
        <source>District name or code field</source>
        <translation>Campo de nombre o código del distrito</translation>
    </message>
    <message>
        <source>Population raster (people per cell)</source>
        <translation>Ráster de población (personas por celda)</translation>
    </message>
    <message>
        <source>Overlapping hazard zones</source>
        <translation>Zonas de peligro superpuestas</translation>
    </message>
    <message>
        <source>Exposure table (GeoPackage, or CSV when it ends in .csv)</source>
        <translation>Tabla de exposición (GeoPackage, o CSV cuando termina en .csv)</translation>
    </message>
    <message>
        <source>Also as CSV</source>
        <translation>También como CSV</translation>
    </message>
    <message>
        <source>Also as a layer: the districts with a column per level (count_very_high … count_low, and people_, area_m2_, length_m_ where they apply)</source>
        <translation>También como capa: los distritos con una columna por nivel (count_very_high … count_low, y people_, area_m2_, length_m_ cuando corresponda)</translation>
    </message>
    <message>
        <source>Exposure table</source>
        <translation>Tabla de exposición</translation>
    </message>
    <message>
        <source>Exposure table (CSV)</source>
        <translation>Tabla de exposición (CSV)</translation>
    </message>
    <message>
        <source>Districts with the exposure per level</source>
        <translation>Distritos con la exposición por nivel</translation>
    </message>
    <message>
        <source>Elements in a hazard zone</source>
        <translation>Elementos en una zona de peligro</translation>
    </message>
    <message>
        <source>Elements outside every hazard zone</source>
        <translation>Elementos fuera de toda zona de peligro</translation>
    </message>
    <message>
        <source>Exposed elements outside every district</source>
        <translation>Elementos expuestos fuera de todo distrito</translation>
    </message>
    <message>
        <source>People in a hazard zone</source>
        <translation>Personas en una zona de peligro</translation>
    </message>
    <message>
        <source>Pairs of overlapping hazard zones</source>
        <translation>Pares de zonas de peligro superpuestas</translation>
    </message>
    <message>
        <source>Elements per level, low to very high</source>
        <translation>Elementos por nivel, de bajo a muy alto</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Filas escritas</translation>
    </message>
    <message>
        <source>Give the hazard as zones (“hazard”, polygons with a level) or as a raster (“hazard_raster” with “thresholds”), one of them.</source>
        <translation>Indique el peligro como zonas (“hazard”, polígonos con un nivel) o como ráster (“hazard_raster” con “thresholds”), uno de los dos.</translation>
    </message>
    <message>
        <source>Nothing to measure: give the exposed elements (“exposure”) and/or a population raster (“population”).</source>
        <translation>Nada que medir: indique los elementos expuestos (“exposure”) y/o un ráster de población (“population”).</translation>
    </message>
    <message>
        <source>%1 has no hazard level field “%2” (parameter “hazard_field”): every zone needs a level (muy alto, alto, medio, bajo or 1 to 4).</source>
        <translation>%1 no tiene el campo de nivel de peligro “%2” (parámetro “hazard_field”): cada zona necesita un nivel (muy alto, alto, medio, bajo o 1 a 4).</translation>
    </message>
    <message>
        <source>The hazard zones must be polygons: %1 has %2 geometries.</source>
        <translation>Las zonas de peligro deben ser polígonos: %1 tiene geometrías de tipo %2.</translation>
    </message>
    <message>
        <source>%1 has no hazard zones.</source>
        <translation>%1 no tiene zonas de peligro.</translation>
    </message>
    <message>
        <source>The hazard zones must be polygons: feature %1 of %2 is a %3.</source>
        <translation>Las zonas de peligro deben ser polígonos: la entidad %1 de %2 es de tipo %3.</translation>
    </message>
    <message>
        <source>%1, feature %2: “%3” in field “%4” is not a hazard level (muy alto, alto, medio, bajo, very high, high, medium, low or 1 to 4, 4 the highest).</source>
        <translation>%1, entidad %2: “%3” en el campo “%4” no es un nivel de peligro (muy alto, alto, medio, bajo, very high, high, medium, low o 1 a 4, siendo 4 el más alto).</translation>
    </message>
    <message>
        <source>No hazard zone of %1 has a level in field “%2”: the hazard layer has no levels.</source>
        <translation>Ninguna zona de peligro de %1 tiene un nivel en el campo “%2”: la capa de peligro no tiene niveles.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n zone(s) without a level are left out (features %2).</source>
        <translation>
            <numerusform>%1: se omite %n zona sin nivel (entidades %2).</numerusform>
            <numerusform>%1: se omiten %n zonas sin nivel (entidades %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “thresholds”: a hazard raster needs four thresholds, the lower bounds of low, medium, high and very high (e.g. 0.1,0.5,1,2).</source>
        <translation>Parámetro “thresholds”: un ráster de peligro necesita cuatro umbrales, los límites inferiores de bajo, medio, alto y muy alto (p. ej., 0.1,0.5,1,2).</translation>
    </message>
    <message>
        <source>Cannot open the raster %1.</source>
        <translation>No se puede abrir el ráster %1.</translation>
    </message>
    <message>
        <source>Cannot read the raster %1.</source>
        <translation>No se puede leer el ráster %1.</translation>
    </message>
    <message>
        <source>Cannot classify the hazard raster %1 (not enough memory?).</source>
        <translation>No se puede clasificar el ráster de peligro %1 (¿memoria insuficiente?).</translation>
    </message>
    <message>
        <source>Cannot turn the hazard raster %1 into zones.</source>
        <translation>No se puede convertir el ráster de peligro %1 en zonas.</translation>
    </message>
    <message>
        <source>No cell of %1 reaches the low threshold %2: there are no hazard zones.</source>
        <translation>Ninguna celda de %1 alcanza el umbral bajo %2: no hay zonas de peligro.</translation>
    </message>
    <message>
        <source>%1 is in geographic coordinates: areas and lengths are left empty (reproject the layers to a projected CRS in metres).</source>
        <translation>%1 está en coordenadas geográficas: las áreas y longitudes quedan vacías (reproyecte las capas a un SRC proyectado en metros).</translation>
    </message>
    <message>
        <source>%1 has no CRS: assuming the CRS of the hazard (%2).</source>
        <translation>%1 no tiene SRC: se asume el SRC del peligro (%2).</translation>
    </message>
    <message>
        <source>%1 is in another CRS than the hazard (%2) and cannot be reprojected to it.</source>
        <translation>%1 está en un SRC distinto al del peligro (%2) y no se puede reproyectar a él.</translation>
    </message>
    <message>
        <source>%1 is in %2, the hazard in %3: reprojecting it to the hazard&apos;s CRS.</source>
        <translation>%1 está en %2 y el peligro en %3: se reproyecta al SRC del peligro.</translation>
    </message>
    <message>
        <source>%1 has no field “%2” (parameter “zone_field”).</source>
        <translation>%1 no tiene el campo “%2” (parámetro “zone_field”).</translation>
    </message>
    <message>
        <source>%1 has no districts.</source>
        <translation>%1 no tiene distritos.</translation>
    </message>
    <message>
        <source>The districts must be polygons: feature %1 of %2 is a %3.</source>
        <translation>Los distritos deben ser polígonos: la entidad %1 de %2 es de tipo %3.</translation>
    </message>
    <message>
        <source>Cannot reproject district %1 of %2 to the hazard&apos;s CRS.</source>
        <translation>No se puede reproyectar el distrito %1 de %2 al SRC del peligro.</translation>
    </message>
    <message>
        <source>%1 has no district with a geometry.</source>
        <translation>%1 no tiene ningún distrito con geometría.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) of hazard zones overlap (feature ids %2). Fix the zones, or choose overlaps=highest (the highest level holds) or each_zone.</source>
        <translation>
            <numerusform>%1: %n par de zonas de peligro se superpone (identificadores de entidad %2). Corrija las zonas o elija overlaps=highest (prevalece el nivel más alto) o each_zone.</numerusform>
            <numerusform>%1: %n pares de zonas de peligro se superponen (identificadores de entidad %2). Corrija las zonas o elija overlaps=highest (prevalece el nivel más alto) o each_zone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) of hazard zones overlap (feature ids %2); where they do, the highest level holds.</source>
        <translation>
            <numerusform>%1: %n par de zonas de peligro se superpone (identificadores de entidad %2); donde ocurre, prevalece el nivel más alto.</numerusform>
            <numerusform>%1: %n pares de zonas de peligro se superponen (identificadores de entidad %2); donde ocurre, prevalece el nivel más alto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) of hazard zones overlap (feature ids %2); elements there count in every zone.</source>
        <translation>
            <numerusform>%1: %n par de zonas de peligro se superpone (identificadores de entidad %2); los elementos allí cuentan en cada zona.</numerusform>
            <numerusform>%1: %n pares de zonas de peligro se superponen (identificadores de entidad %2); los elementos allí cuentan en cada zona.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no features: there is nothing exposed to count.</source>
        <translation>%1 no tiene entidades: no hay elementos expuestos que contar.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 has no usable geometries: there is nothing exposed to count.</source>
        <translation>%1 no tiene geometrías utilizables: no hay elementos expuestos que contar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) without a usable geometry were left out.</source>
        <translation>
            <numerusform>%1: se omitió %n entidad sin geometría utilizable.</numerusform>
            <numerusform>%1: se omitieron %n entidades sin geometría utilizable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the population raster %1.</source>
        <translation>No se puede abrir el ráster de población %1.</translation>
    </message>
    <message>
        <source>The population raster %1 is in another CRS than the hazard (%2): warp it to the hazard&apos;s CRS first (Raster ▸ Warp); people are not resampled silently.</source>
        <translation>El ráster de población %1 está en un SRC distinto al del peligro (%2): reprojéctelo primero al SRC del peligro (Ráster ▸ Reproyectar); las personas no se remuestrean en silencio.</translation>
    </message>
    <message>
        <source>The population raster %1 is rotated; warp it to a north-up grid first.</source>
        <translation>El ráster de población %1 está rotado; reprojéctelo primero a una malla orientada al norte.</translation>
    </message>
    <message>
        <source>Cannot rasterize the hazard zones on the grid of %1.</source>
        <translation>No se pueden rasterizar las zonas de peligro en la malla de %1.</translation>
    </message>
    <message>
        <source>Cannot rasterize the districts on the grid of %1.</source>
        <translation>No se pueden rasterizar los distritos en la malla de %1.</translation>
    </message>
    <message>
        <source>Cannot read the population raster %1.</source>
        <translation>No se puede leer el ráster de población %1.</translation>
    </message>
    <message>
        <source>One row per district and hazard level. A building or facility counts in the hazard zone and the district holding its centroid; roads by their length inside each zone and district; people by the cells whose centre is inside. Overlapping zones: %1.</source>
        <translation>Una fila por distrito y nivel de peligro. Una edificación o instalación se cuenta en la zona de peligro y el distrito que contienen su centroide; las vías por su longitud dentro de cada zona y distrito; las personas por las celdas cuyo centro está dentro. Zonas superpuestas: %1.</translation>
    </message>
    <message>
        <source>counted in every zone</source>
        <translation>se cuentan en cada zona</translation>
    </message>
    <message>
        <source>the highest level holds</source>
        <translation>prevalece el nivel más alto</translation>
    </message>
    <message>
        <source>The exposure table %1 must end in .gpkg or .csv.</source>
        <translation>La tabla de exposición %1 debe terminar en .gpkg o .csv.</translation>
    </message>
    <message>
        <source>Cannot create the exposure table %1.</source>
        <translation>No se puede crear la tabla de exposición %1.</translation>
    </message>
    <message>
        <source>Cannot write the exposure table %1.</source>
        <translation>No se puede escribir la tabla de exposición %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n exposed element(s) are outside every district of %1: they are not in the table.</source>
        <translation>
            <numerusform>%n elemento expuesto está fuera de todo distrito de %1: no figura en la tabla.</numerusform>
            <numerusform>%n elementos expuestos están fuera de todo distrito de %1: no figuran en la tabla.</numerusform>
        </translation>
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
    <message>
        <source>There is no geometry to repair.</source>
        <translation>No hay geometría que reparar.</translation>
    </message>
    <message>
        <source>The geometry cannot be read, so it cannot be repaired.</source>
        <translation>No se puede leer la geometría, por lo que no se puede reparar.</translation>
    </message>
    <message>
        <source>The geometry cannot be repaired.</source>
        <translation>No se puede reparar la geometría.</translation>
    </message>
    <message>
        <source>Nothing remains of the geometry after repairing it.</source>
        <translation>No queda nada de la geometría después de repararla.</translation>
    </message>
    <message>
        <source>Nothing remains of the geometry after repairing it (it collapsed to a lower dimension).</source>
        <translation>No queda nada de la geometría después de repararla (colapsó a una dimensión inferior).</translation>
    </message>
</context>
<context>
    <name>HazardAlgorithm</name>
    <message>
        <source>Hazard level (CENEPRED)</source>
        <translation>Nivel de peligro (CENEPRED)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Hazard (peligrosidad) the way CENEPRED&apos;s manual computes it. Each factor (susceptibility factors and hazard parameters) has descriptors, listed from the most to the least hazardous and weighted by an AHP pairwise matrix (or a list of weights); the factors are weighted by another AHP matrix or list. The hazard value of a unit (or cell) is Σ factor weight × weight of the unit&apos;s descriptor. The factors are fields of the units (vector mode) or rasters of class codes on one grid (raster mode, written block by block). Level ranges as in the manual: the possible values v1 ≥ … ≥ v5 (every factor at its 1st, …, 5th descriptor) give low [v5, v4), medium [v4, v3), high [v3, v2) and very high [v2, v1]; values below v4 are low. Give “ranges” (lower bounds of low, medium, high and very high) and “level_names” to override them. Writes hazard_value, hazard_level (1 low to 4 very high, a stable code) and hazard_level_name.</source>
        <translation>Peligrosidad tal como la calcula el manual del CENEPRED. Cada factor (factores de susceptibilidad y parámetros de evaluación del peligro) tiene descriptores, listados del más al menos peligroso y ponderados por una matriz de comparación por pares AHP (o una lista de pesos); los factores se ponderan con otra matriz AHP o lista. El valor de peligro de una unidad (o celda) es Σ peso del factor × peso del descriptor de la unidad. Los factores son campos de las unidades (modo vectorial) o rásteres de códigos de clase sobre una misma malla (modo ráster, escrito bloque por bloque). Rangos de niveles como en el manual: los valores posibles v1 ≥ … ≥ v5 (todos los factores en su 1.er, …, 5.º descriptor) dan bajo [v5, v4), medio [v4, v3), alto [v3, v2) y muy alto [v2, v1]; los valores menores que v4 son bajo. Indique “ranges” (límites inferiores de bajo, medio, alto y muy alto) y “level_names” para reemplazarlos. Escribe hazard_value, hazard_level (1 bajo a 4 muy alto, un código estable) y hazard_level_name.</translation>
    </message>
    <message>
        <source>Evaluation units with a descriptor field per factor (vector mode)</source>
        <translation>Unidades de evaluación con un campo de descriptor por factor (modo vectorial)</translation>
    </message>
    <message>
        <source>Fields of the units holding each factor&apos;s descriptor class (vector mode)</source>
        <translation>Campos de las unidades que contienen la clase de descriptor de cada factor (modo vectorial)</translation>
    </message>
    <message>
        <source>Rasters of descriptor class codes, one per factor (raster mode)</source>
        <translation>Rásteres de códigos de clase de descriptor, uno por factor (modo ráster)</translation>
    </message>
    <message>
        <source>Descriptor weights per factor, separated by “|”: an AHP matrix (1,2,3,5,7;1/2,1,2,3,5;…) or a list, most hazardous descriptor first</source>
        <translation>Pesos de los descriptores por factor, separados por “|”: una matriz AHP (1,2,3,5,7;1/2,1,2,3,5;…) o una lista, el descriptor más peligroso primero</translation>
    </message>
    <message>
        <source>Class values of the descriptors per factor, separated by “|”, in the order of the weights (empty: 1, 2, 3, … with 1 the most hazardous)</source>
        <translation>Valores de clase de los descriptores por factor, separados por “|”, en el orden de los pesos (vacío: 1, 2, 3, … siendo 1 el más peligroso)</translation>
    </message>
    <message>
        <source>Weights of the factors: an AHP matrix (1,3;1/3,1) or a list (0.75,0.25)</source>
        <translation>Pesos de los factores: una matriz AHP (1,3;1/3,1) o una lista (0.75,0.25)</translation>
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
    <message>
        <source>Style of the output layer: the five priority classes</source>
        <translation>Estilo de la capa de salida: las cinco clases de prioridad</translation>
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
    <message>
        <source>Not enough memory to read %1 (%2 x %3 cells).</source>
        <translation>No hay memoria suficiente para leer %1 (%2 x %3 celdas).</translation>
    </message>
    <message>
        <source>Chooses up to “count” new facility sites among candidate points, or among the cells of a suitability raster (cells above 0), to cover the most people not yet covered (greedy maximum coverage). A site covers cells of the population raster by one of two rules. Straight line: the cells whose centre lies within radius_m metres of it. Travel time: give a speed raster (km/h; 0 or no data is impassable) or a friction raster (seconds to cross one cell, as GRASS r.cost) on the grid of the population, and site_minutes; the site covers the cells from which people reach it within site_minutes, moving as in coverage:travel_time (8 or 16 neighbours; walking or bicycling corrected for the slope of a DEM on the same grid, mode walk or bicycle). Give radius_m or the travel-time parameters, not both. People already covered by the existing facilities (cells of the “existing” travel-time raster within max_minutes, or the cells the “existing_facilities” points cover by the same rule as the sites) are left out. Each step takes the candidate that adds the most people still uncovered (ties: the first candidate), so the gain of each site accounts for the overlap with the sites chosen before it. The population raster must be in a projected CRS (metres). Raster candidates beyond max_candidates are thinned to a regular subsample of the mask.</source>
        <translation>Elige hasta “count” sitios para nuevos establecimientos entre puntos candidatos, o entre las celdas de un ráster de aptitud (celdas mayores que 0), para cubrir a la mayor cantidad de personas aún sin cobertura (cobertura máxima voraz). Un sitio cubre celdas del ráster de población según una de dos reglas. Línea recta: las celdas cuyo centro está a no más de radius_m metros de él. Tiempo de viaje: indique un ráster de velocidad (km/h; 0 o sin datos es intransitable) o un ráster de fricción (segundos para cruzar una celda, como en GRASS r.cost) en la cuadrícula de la población, y site_minutes; el sitio cubre las celdas desde las que las personas llegan a él en site_minutes o menos, desplazándose como en coverage:travel_time (8 o 16 vecinos; a pie o en bicicleta con corrección por la pendiente de un MDE en la misma cuadrícula, modo walk o bicycle). Indique radius_m o los parámetros de tiempo de viaje, no ambos. Se excluyen las personas ya cubiertas por los establecimientos existentes (celdas del ráster de tiempo de viaje “existing” dentro de max_minutes, o las celdas que cubren los puntos “existing_facilities” con la misma regla que los sitios). En cada paso se toma el candidato que añade más personas aún sin cobertura (en caso de empate, el primer candidato), de modo que la ganancia de cada sitio tiene en cuenta la superposición con los sitios elegidos antes. El ráster de población debe estar en un SRC proyectado (metros). Los candidatos ráster que superan max_candidates se reducen a una submuestra regular de la máscara.</translation>
    </message>
    <message>
        <source>Existing facilities (points, covering by the rule of the new sites)</source>
        <translation>Establecimientos existentes (puntos; cubren según la regla de los nuevos sitios)</translation>
    </message>
    <message>
        <source>Coverage radius of a site (m, straight line; not with travel time)</source>
        <translation>Radio de cobertura de un sitio (m, en línea recta; no junto con tiempo de viaje)</translation>
    </message>
    <message>
        <source>Speed raster for coverage by travel time (km/h; grid of the population)</source>
        <translation>Ráster de velocidad para la cobertura por tiempo de viaje (km/h; cuadrícula de la población)</translation>
    </message>
    <message>
        <source>Friction raster for coverage by travel time (seconds to cross one cell; grid of the population)</source>
        <translation>Ráster de fricción para la cobertura por tiempo de viaje (segundos para cruzar una celda; cuadrícula de la población)</translation>
    </message>
    <message>
        <source>Coverage limit of a site by travel time (minutes to reach it)</source>
        <translation>Límite de cobertura de un sitio por tiempo de viaje (minutos para llegar a él)</translation>
    </message>
    <message>
        <source>Neighbours of the travel-time moves (16: knight&apos;s move, more accurate)</source>
        <translation>Vecinos de los desplazamientos del tiempo de viaje (16: salto de caballo, más preciso)</translation>
    </message>
    <message>
        <source>Elevation raster (m; grid of the population) for walking or bicycling</source>
        <translation>Ráster de elevación (m; cuadrícula de la población) para desplazamiento a pie o en bicicleta</translation>
    </message>
    <message>
        <source>Travel mode (walking and bicycling are corrected for slope)</source>
        <translation>Modo de viaje (a pie y en bicicleta se corrigen por pendiente)</translation>
    </message>
    <message>
        <source>Coverage rule of a site (straight_line or travel_time)</source>
        <translation>Regla de cobertura de un sitio (straight_line o travel_time)</translation>
    </message>
    <message>
        <source>Give either a speed raster (“speed”) or a friction raster (“friction”) for coverage by travel time, not both.</source>
        <translation>Indique un ráster de velocidad (“speed”) o un ráster de fricción (“friction”) para la cobertura por tiempo de viaje, no ambos.</translation>
    </message>
    <message>
        <source>Give one coverage rule: either “radius_m” (straight line) or “speed”/“friction” with “site_minutes” (travel time), not both.</source>
        <translation>Indique una sola regla de cobertura: “radius_m” (línea recta) o “speed”/“friction” con “site_minutes” (tiempo de viaje), no ambas.</translation>
    </message>
    <message>
        <source>Parameter “site_minutes” sets coverage by travel time: give a speed raster (“speed”) or a friction raster (“friction”) with it instead of “radius_m”, or leave it out.</source>
        <translation>El parámetro “site_minutes” establece la cobertura por tiempo de viaje: indique con él un ráster de velocidad (“speed”) o un ráster de fricción (“friction”) en lugar de “radius_m”, u omítalo.</translation>
    </message>
    <message>
        <source>Parameter “site_minutes” sets coverage by travel time: give a speed raster (“speed”) or a friction raster (“friction”) with it.</source>
        <translation>El parámetro “site_minutes” establece la cobertura por tiempo de viaje: indique con él un ráster de velocidad (“speed”) o un ráster de fricción (“friction”).</translation>
    </message>
    <message>
        <source>Give the coverage of a site: “radius_m” (metres, straight line), or a speed raster (“speed”) or a friction raster (“friction”) with “site_minutes” (travel time).</source>
        <translation>Indique la cobertura de un sitio: “radius_m” (metros, línea recta), o un ráster de velocidad (“speed”) o un ráster de fricción (“friction”) con “site_minutes” (tiempo de viaje).</translation>
    </message>
    <message>
        <source>Parameter “site_minutes”: coverage by travel time needs the minutes within which people reach a site (more than 0).</source>
        <translation>Parámetro “site_minutes”: la cobertura por tiempo de viaje requiere los minutos dentro de los cuales las personas llegan a un sitio (más de 0).</translation>
    </message>
    <message>
        <source>Parameter “dem” corrects travel times for slope: give “speed” or “friction” and “site_minutes” too.</source>
        <translation>El parámetro “dem” corrige los tiempos de viaje según la pendiente: indique también “speed” o “friction” y “site_minutes”.</translation>
    </message>
    <message>
        <source>Parameter “dem”: mode “%1” corrects speeds for slope and needs an elevation raster; give “dem”, or use mode=motorized.</source>
        <translation>Parámetro “dem”: el modo “%1” corrige las velocidades según la pendiente y requiere un ráster de elevación; indique “dem” o use mode=motorized.</translation>
    </message>
    <message>
        <source>The DEM %1 is not used: mode “%2” ignores slope.</source>
        <translation>No se usa el MDE %1: el modo “%2” ignora la pendiente.</translation>
    </message>
    <message>
        <source>Parameter “mode” is not used: the sites cover within radius_m in a straight line.</source>
        <translation>No se usa el parámetro “mode”: los sitios cubren dentro de radius_m en línea recta.</translation>
    </message>
    <message>
        <source>Parameter “speed”: every cell of %1 is 0 or no data, so nobody can travel.</source>
        <translation>Parámetro “speed”: todas las celdas de %1 son 0 o sin datos, por lo que nadie puede desplazarse.</translation>
    </message>
    <message>
        <source>Parameter “friction”: every cell of %1 is negative or no data, so nobody can travel.</source>
        <translation>Parámetro “friction”: todas las celdas de %1 son negativas o sin datos, por lo que nadie puede desplazarse.</translation>
    </message>
    <message>
        <source>Not enough memory for a travel-time window of %1 x %2 cells; lower site_minutes.</source>
        <translation>No hay memoria suficiente para una ventana de tiempo de viaje de %1 x %2 celdas; reduzca site_minutes.</translation>
    </message>
    <message>
        <source>Coverage by travel time within %1 min: each site is computed on a window of %2 x %3 cells.</source>
        <translation>Cobertura por tiempo de viaje dentro de %1 min: cada sitio se calcula en una ventana de %2 x %3 celdas.</translation>
    </message>
    <message numerus="yes">
        <source>%n existing facility(ies) of %1 lie outside the population raster: travel times are computed over its grid, so they cover nobody.</source>
        <translation>
            <numerusform>%n establecimiento existente de %1 está fuera del ráster de población: los tiempos de viaje se calculan sobre su cuadrícula, por lo que no cubre a nadie.</numerusform>
            <numerusform>%n establecimientos existentes de %1 están fuera del ráster de población: los tiempos de viaje se calculan sobre su cuadrícula, por lo que no cubren a nadie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many populated cells within site_minutes of the %1 candidates (more than %2 pairs): use fewer candidates (max_candidates, or fewer points), a shorter time or a coarser population raster.</source>
        <translation>Demasiadas celdas pobladas dentro de site_minutes de los %1 candidatos (más de %2 pares): use menos candidatos (max_candidates, o menos puntos), un tiempo menor o un ráster de población más grueso.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) stand on impassable cells (no data, zero speed): they cover only their own cell.</source>
        <translation>
            <numerusform>%n candidato está sobre celdas intransitables (sin datos, velocidad cero): solo cubre su propia celda.</numerusform>
            <numerusform>%n candidatos están sobre celdas intransitables (sin datos, velocidad cero): solo cubren su propia celda.</numerusform>
        </translation>
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
    <message>
        <source>Priority %1</source>
        <translation>Prioridad %1</translation>
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
    <name>RiskCore</name>
    <message>
        <source>Parameter “%1”: “%2” is not a number.</source>
        <translation>Parámetro “%1”: “%2” no es un número.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>muy alto</translation>
    </message>
    <message>
        <source>Parameter “%1” is empty: give an AHP matrix (1,3;1/3,1) or a list of weights (0.75,0.25).</source>
        <translation>El parámetro “%1” está vacío: indique una matriz AHP (1,3;1/3,1) o una lista de pesos (0.75,0.25).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2</source>
        <translation>Parámetro “%1”: %2</translation>
    </message>
    <message>
        <source>Parameter “%1”: a %2 x %2 matrix for %3 item(s).</source>
        <translation>Parámetro “%1”: una matriz de %2 x %2 para %3 elemento(s).</translation>
    </message>
    <message>
        <source>Parameter “%1”: the AHP matrix is inconsistent (CR = %2 &gt; 0.10); run prioritization:ahp on it to see the judgements most at odds.</source>
        <translation>Parámetro “%1”: la matriz AHP es inconsistente (CR = %2 &gt; 0.10); ejecute prioritization:ahp sobre ella para ver los juicios más discordantes.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 weight(s) for %3 item(s).</source>
        <translation>Parámetro “%1”: %2 peso(s) para %3 elemento(s).</translation>
    </message>
    <message>
        <source>Parameter “%1”: the weight %2 is negative.</source>
        <translation>Parámetro “%1”: el peso %2 es negativo.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the weights add up to zero.</source>
        <translation>Parámetro “%1”: los pesos suman cero.</translation>
    </message>
    <message>
        <source>Parameter “%1”: give 4 numbers (the lower bounds of low, medium, high and very high, e.g. 0.068,0.134,0.260,0.503) or 5 (with the upper bound of very high); got %2.</source>
        <translation>Parámetro “%1”: indique 4 números (los límites inferiores de bajo, medio, alto y muy alto, p. ej., 0.068,0.134,0.260,0.503) o 5 (con el límite superior de muy alto); se recibieron %2.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the bounds must increase (%2 comes after %3).</source>
        <translation>Parámetro “%1”: los límites deben ser crecientes (%2 viene después de %3).</translation>
    </message>
    <message>
        <source>Parameter “%1”: give four names, from the lowest level to the highest (e.g. bajo,medio,alto,muy alto).</source>
        <translation>Parámetro “%1”: indique cuatro nombres, del nivel más bajo al más alto (p. ej., bajo,medio,alto,muy alto).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 descriptor matrices (separated by “|”) for %3 factor(s).</source>
        <translation>Parámetro “%1”: %2 matrices de descriptores (separadas por “|”) para %3 factor(es).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 class lists (separated by “|”) for %3 factor(s).</source>
        <translation>Parámetro “%1”: %2 listas de clases (separadas por “|”) para %3 factor(es).</translation>
    </message>
    <message>
        <source>Parameter “%1”: factor %2 has %3 descriptor(s); it needs at least 2.</source>
        <translation>Parámetro “%1”: el factor %2 tiene %3 descriptor(es); necesita al menos 2.</translation>
    </message>
    <message>
        <source>Parameter “%1”: factor %2 has %3 class(es) but %4 descriptor weights.</source>
        <translation>Parámetro “%1”: el factor %2 tiene %3 clase(s) pero %4 pesos de descriptores.</translation>
    </message>
    <message>
        <source>No factors.</source>
        <translation>No hay factores.</translation>
    </message>
    <message>
        <source>The level ranges are derived from the descriptor weights only when every factor has the same number of descriptors (%1 has %2, %3 has %4): give the ranges explicitly.</source>
        <translation>Los rangos de niveles se derivan de los pesos de los descriptores solo cuando todos los factores tienen el mismo número de descriptores (%1 tiene %2, %3 tiene %4): indique los rangos explícitamente.</translation>
    </message>
    <message>
        <source>The manual derives the four levels from five descriptors; these factors have %1: give the ranges explicitly.</source>
        <translation>El manual deriva los cuatro niveles de cinco descriptores; estos factores tienen %1: indique los rangos explícitamente.</translation>
    </message>
    <message>
        <source>Two descriptor ranks give the same value (%1): the ranges cannot be derived; give them explicitly.</source>
        <translation>Dos rangos de descriptores dan el mismo valor (%1): no se pueden derivar los rangos; indíquelos explícitamente.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the level table needs 4 rows separated by “;” (hazard very high to low), got %2.</source>
        <translation>Parámetro “%1”: la tabla de niveles necesita 4 filas separadas por “;” (peligro muy alto a bajo); se recibieron %2.</translation>
    </message>
    <message>
        <source>Parameter “%1”: row %2 has %3 entries; it needs 4 (vulnerability very high to low).</source>
        <translation>Parámetro “%1”: la fila %2 tiene %3 entradas; necesita 4 (vulnerabilidad muy alta a baja).</translation>
    </message>
    <message>
        <source>Parameter “%1”: row %2, column %3: “%4” is not a level (1 to 4 or low, medium, high, very high).</source>
        <translation>Parámetro “%1”: fila %2, columna %3: “%4” no es un nivel (1 a 4 o bajo, medio, alto, muy alto).</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 no tiene el campo “%2”.</translation>
    </message>
    <message>
        <source>%1 has no features to evaluate.</source>
        <translation>%1 no tiene entidades que evaluar.</translation>
    </message>
    <message>
        <source>%1, feature %2: “%3” in field “%4” is not one of its descriptor classes (%5).</source>
        <translation>%1, entidad %2: “%3” en el campo “%4” no es una de sus clases de descriptor (%5).</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have an empty descriptor field: their value and level are empty.</source>
        <translation>
            <numerusform>%n unidad tiene un campo de descriptor vacío: su valor y nivel quedan vacíos.</numerusform>
            <numerusform>%n unidades tienen un campo de descriptor vacío: su valor y nivel quedan vacíos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raster %1: the class “%2” is not a number (the cells of a factor raster hold class codes).</source>
        <translation>Ráster %1: la clase “%2” no es un número (las celdas de un ráster de factor contienen códigos de clase).</translation>
    </message>
    <message>
        <source>Cannot open the raster %1.</source>
        <translation>No se puede abrir el ráster %1.</translation>
    </message>
    <message>
        <source>The raster %1 is not on the grid of %2 (size, origin and cell size must match): align it first (Raster ▸ Warp).</source>
        <translation>El ráster %1 no está en la malla de %2 (el tamaño, el origen y el tamaño de celda deben coincidir): alinéelo primero (Ráster ▸ Reproyectar).</translation>
    </message>
    <message>
        <source>Cannot create the raster %1.</source>
        <translation>No se puede crear el ráster %1.</translation>
    </message>
    <message>
        <source>Cannot read the raster %1.</source>
        <translation>No se puede leer el ráster %1.</translation>
    </message>
    <message>
        <source>Raster %1, cell (column %2, row %3): the value %4 is not one of its descriptor classes (%5).</source>
        <translation>Ráster %1, celda (columna %2, fila %3): el valor %4 no es una de sus clases de descriptor (%5).</translation>
    </message>
    <message>
        <source>Cannot write the raster %1.</source>
        <translation>No se puede escribir el ráster %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) have no data in a factor: left as no data.</source>
        <translation>
            <numerusform>%n celda no tiene datos en un factor: se deja sin datos.</numerusform>
            <numerusform>%n celdas no tienen datos en un factor: se dejan sin datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Level ranges: lower bounds of low, medium, high, very high (e.g. 0.068,0.134,0.260,0.503); empty: derived from the weighted descriptor values</source>
        <translation>Rangos de niveles: límites inferiores de bajo, medio, alto, muy alto (p. ej., 0.068,0.134,0.260,0.503); vacío: derivados de los valores ponderados de los descriptores</translation>
    </message>
    <message>
        <source>Names of the levels from low to very high (empty: low, medium, high, very high)</source>
        <translation>Nombres de los niveles de bajo a muy alto (vacío: bajo, medio, alto, muy alto)</translation>
    </message>
    <message>
        <source>Output units with value and level (vector mode)</source>
        <translation>Unidades de salida con valor y nivel (modo vectorial)</translation>
    </message>
    <message>
        <source>Output level raster, 1 low to 4 very high (raster mode)</source>
        <translation>Ráster de nivel de salida, 1 bajo a 4 muy alto (modo ráster)</translation>
    </message>
    <message>
        <source>Output value raster (raster mode, optional)</source>
        <translation>Ráster de valor de salida (modo ráster, opcional)</translation>
    </message>
    <message>
        <source>Units with value and level</source>
        <translation>Unidades con valor y nivel</translation>
    </message>
    <message>
        <source>Level raster</source>
        <translation>Ráster de niveles</translation>
    </message>
    <message>
        <source>Value raster</source>
        <translation>Ráster de valores</translation>
    </message>
    <message>
        <source>Overall weight of each factor</source>
        <translation>Peso global de cada factor</translation>
    </message>
    <message>
        <source>Possible values (all factors at descriptor 1..n)</source>
        <translation>Valores posibles (todos los factores en el descriptor 1..n)</translation>
    </message>
    <message>
        <source>Level bounds used (low lower bound .. very high upper bound)</source>
        <translation>Límites de nivel usados (límite inferior de bajo .. límite superior de muy alto)</translation>
    </message>
    <message>
        <source>Units or cells per level (low to very high)</source>
        <translation>Unidades o celdas por nivel (de bajo a muy alto)</translation>
    </message>
    <message>
        <source>Style of the output layer: the levels in the conventional colours</source>
        <translation>Estilo de la capa de salida: los niveles en los colores convencionales</translation>
    </message>
    <message>
        <source>Give either “%1” (fields of the units) or “%2” (rasters), not both.</source>
        <translation>Indique “%1” (campos de las unidades) o “%2” (rásteres), no ambos.</translation>
    </message>
    <message>
        <source>Parameter “%1”: file not found: %2</source>
        <translation>Parámetro “%1”: no se encontró el archivo: %2</translation>
    </message>
    <message>
        <source>Parameter “level_raster”: no output file given (needed with “%1”).</source>
        <translation>Parámetro “level_raster”: no se indicó ningún archivo de salida (necesario con “%1”).</translation>
    </message>
    <message>
        <source>Give the factors: “%1” (fields of the units) or “%2” (rasters of class codes).</source>
        <translation>Indique los factores: “%1” (campos de las unidades) o “%2” (rásteres de códigos de clase).</translation>
    </message>
    <message>
        <source>Parameter “units”: no layer given (needed with “%1”).</source>
        <translation>Parámetro “units”: no se indicó ninguna capa (necesaria con “%1”).</translation>
    </message>
    <message>
        <source>Parameter “output”: no output file given.</source>
        <translation>Parámetro “output”: no se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>Level ranges: %1.</source>
        <translation>Rangos de niveles: %1.</translation>
    </message>
</context>
<context>
    <name>RiskLevelAlgorithm</name>
    <message>
        <source>Risk level (hazard × vulnerability)</source>
        <translation>Nivel de riesgo (peligro × vulnerabilidad)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Risk from the hazard and the vulnerability of each unit (or cell) into four levels: very high (red #d7191c), high (orange #fdae61), medium (yellow #ffffbf) and low (green #1a9641). Method “table”: a 4 × 4 table of levels, rows for hazard very high, high, medium, low and columns for vulnerability very high … low (default 4,4,3,3;4,3,3,2;3,3,2,2;3,2,2,1, 4 = very high); the level fields hold 1..4 or the names (muy alto, alto, medio, bajo). Method “product”: CENEPRED&apos;s matrix of values, R = P × V, with the risk ranges the products of the hazard and vulnerability range bounds (the “ranges” output of risk:hazard and risk:vulnerability). Writes risk_level (1 low to 4 very high, a stable code), risk_level_name, risk_color (the conventional colour, for the style) and, with “product”, risk_value.</source>
        <translation>Riesgo a partir del peligro y la vulnerabilidad de cada unidad (o celda) en cuatro niveles: muy alto (rojo #d7191c), alto (naranja #fdae61), medio (amarillo #ffffbf) y bajo (verde #1a9641). Método “table”: una tabla de niveles de 4 × 4, con filas para peligro muy alto, alto, medio, bajo y columnas para vulnerabilidad muy alta … baja (predeterminada 4,4,3,3;4,3,3,2;3,3,2,2;3,2,2,1, 4 = muy alto); los campos de nivel contienen 1..4 o los nombres (muy alto, alto, medio, bajo). Método “product”: la matriz de valores del CENEPRED, R = P × V, con los rangos de riesgo como productos de los límites de los rangos de peligro y vulnerabilidad (la salida “ranges” de risk:hazard y risk:vulnerability). Escribe risk_level (1 bajo a 4 muy alto, un código estable), risk_level_name, risk_color (el color convencional, para el estilo) y, con “product”, risk_value.</translation>
    </message>
    <message>
        <source>Units with hazard and vulnerability (vector mode)</source>
        <translation>Unidades con peligro y vulnerabilidad (modo vectorial)</translation>
    </message>
    <message>
        <source>Hazard level field (table) or hazard value field (product); empty: hazard_level or hazard_value</source>
        <translation>Campo de nivel de peligro (table) o campo de valor de peligro (product); vacío: hazard_level o hazard_value</translation>
    </message>
    <message>
        <source>Vulnerability level field (table) or value field (product); empty: vulnerability_level or vulnerability_value</source>
        <translation>Campo de nivel de vulnerabilidad (table) o campo de valor (product); vacío: vulnerability_level o vulnerability_value</translation>
    </message>
    <message>
        <source>Hazard level raster, 1..4 (or value raster with “product”; raster mode)</source>
        <translation>Ráster de nivel de peligro, 1..4 (o ráster de valores con “product”; modo ráster)</translation>
    </message>
    <message>
        <source>Vulnerability level raster on the same grid (raster mode)</source>
        <translation>Ráster de nivel de vulnerabilidad en la misma malla (modo ráster)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Level table: rows hazard very high..low, columns vulnerability very high..low (4 = very high)</source>
        <translation>Tabla de niveles: filas peligro muy alto..bajo, columnas vulnerabilidad muy alta..baja (4 = muy alto)</translation>
    </message>
    <message>
        <source>Hazard range bounds, low lower bound .. very high upper bound (product)</source>
        <translation>Límites de los rangos de peligro, límite inferior de bajo .. límite superior de muy alto (product)</translation>
    </message>
    <message>
        <source>Vulnerability range bounds, low lower bound .. very high upper bound (product)</source>
        <translation>Límites de los rangos de vulnerabilidad, límite inferior de baja .. límite superior de muy alta (product)</translation>
    </message>
    <message>
        <source>Names of the levels from low to very high (empty: low, medium, high, very high)</source>
        <translation>Nombres de los niveles de bajo a muy alto (vacío: bajo, medio, alto, muy alto)</translation>
    </message>
    <message>
        <source>Output units with the risk level (vector mode)</source>
        <translation>Unidades de salida con el nivel de riesgo (modo vectorial)</translation>
    </message>
    <message>
        <source>Output risk level raster (raster mode)</source>
        <translation>Ráster de nivel de riesgo de salida (modo ráster)</translation>
    </message>
    <message>
        <source>Units with the risk level</source>
        <translation>Unidades con el nivel de riesgo</translation>
    </message>
    <message>
        <source>Risk level raster</source>
        <translation>Ráster de nivel de riesgo</translation>
    </message>
    <message>
        <source>Risk range bounds (product)</source>
        <translation>Límites de los rangos de riesgo (product)</translation>
    </message>
    <message>
        <source>Units or cells per level (low to very high)</source>
        <translation>Unidades o celdas por nivel (de bajo a muy alto)</translation>
    </message>
    <message>
        <source>Colour of each level (low to very high)</source>
        <translation>Color de cada nivel (de bajo a muy alto)</translation>
    </message>
    <message>
        <source>Style of the output layer: the levels in the conventional colours</source>
        <translation>Estilo de la capa de salida: los niveles en los colores convencionales</translation>
    </message>
    <message>
        <source>The method “product” needs “hazard_ranges” and “vulnerability_ranges” (the “ranges” outputs of risk:hazard and risk:vulnerability).</source>
        <translation>El método “product” necesita “hazard_ranges” y “vulnerability_ranges” (las salidas “ranges” de risk:hazard y risk:vulnerability).</translation>
    </message>
    <message>
        <source>The method “product” needs non-negative range bounds.</source>
        <translation>El método “product” necesita límites de rango no negativos.</translation>
    </message>
    <message>
        <source>Give either “units” or “hazard_raster” and “vulnerability_raster”, not both.</source>
        <translation>Indique “units” o bien “hazard_raster” y “vulnerability_raster”, no ambos.</translation>
    </message>
    <message>
        <source>Parameter “output”: no output file given.</source>
        <translation>Parámetro “output”: no se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>%1 has no hazard field “%2” (parameter “hazard_field”).</source>
        <translation>%1 no tiene el campo de peligro “%2” (parámetro “hazard_field”).</translation>
    </message>
    <message>
        <source>%1 has no vulnerability field “%2” (parameter “vulnerability_field”).</source>
        <translation>%1 no tiene el campo de vulnerabilidad “%2” (parámetro “vulnerability_field”).</translation>
    </message>
    <message>
        <source>%1 has no features.</source>
        <translation>%1 no tiene entidades.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have an empty or unknown hazard or vulnerability (not 1 to 4 nor a level name): their risk is empty.</source>
        <translation>
            <numerusform>%n unidad tiene un peligro o una vulnerabilidad vacíos o desconocidos (ni 1 a 4 ni un nombre de nivel): su riesgo queda vacío.</numerusform>
            <numerusform>%n unidades tienen un peligro o una vulnerabilidad vacíos o desconocidos (ni 1 a 4 ni un nombre de nivel): su riesgo queda vacío.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the “units” (with hazard and vulnerability fields) or both “hazard_raster” and “vulnerability_raster”.</source>
        <translation>Indique las “units” (con campos de peligro y vulnerabilidad) o bien “hazard_raster” y “vulnerability_raster”.</translation>
    </message>
    <message>
        <source>Parameter “level_raster”: no output file given.</source>
        <translation>Parámetro “level_raster”: no se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>Cannot open the raster %1.</source>
        <translation>No se puede abrir el ráster %1.</translation>
    </message>
    <message>
        <source>The raster %1 is not on the grid of %2 (size, origin and cell size must match).</source>
        <translation>El ráster %1 no está en la malla de %2 (el tamaño, el origen y el tamaño de celda deben coincidir).</translation>
    </message>
    <message>
        <source>Cannot create the raster %1.</source>
        <translation>No se puede crear el ráster %1.</translation>
    </message>
    <message>
        <source>Cannot read the raster %1.</source>
        <translation>No se puede leer el ráster %1.</translation>
    </message>
    <message>
        <source>Cannot write the raster %1.</source>
        <translation>No se puede escribir el ráster %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) hold a hazard or vulnerability that is not a level 1 to 4: left as no data.</source>
        <translation>
            <numerusform>%n celda contiene un peligro o una vulnerabilidad que no es un nivel de 1 a 4: se deja sin datos.</numerusform>
            <numerusform>%n celdas contienen un peligro o una vulnerabilidad que no es un nivel de 1 a 4: se dejan sin datos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>An analysis run has no algorithm.</source>
        <translation>Una ejecución de análisis no tiene algoritmo.</translation>
    </message>
    <message>
        <source>The run of %1 is damaged: &quot;parameters&quot; is not an object.</source>
        <translation>La ejecución de %1 está dañada: &quot;parameters&quot; no es un objeto.</translation>
    </message>
    <message>
        <source>A scenario has no name.</source>
        <translation>Un escenario no tiene nombre.</translation>
    </message>
    <message>
        <source>Scenario “%1” is damaged: &quot;runs&quot; is not a list.</source>
        <translation>El escenario “%1” está dañado: &quot;runs&quot; no es una lista.</translation>
    </message>
    <message>
        <source>Scenario “%1”: run %2 is not an object.</source>
        <translation>Escenario “%1”: la ejecución %2 no es un objeto.</translation>
    </message>
    <message>
        <source>Scenario “%1”, run %2: %3</source>
        <translation>Escenario “%1”, ejecución %2: %3</translation>
    </message>
    <message>
        <source>Cannot record the analysis parameters in %1: %2</source>
        <translation>No se pueden registrar los parámetros del análisis en %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the analysis parameters in %1: the format keeps no metadata.</source>
        <translation>No se pueden registrar los parámetros del análisis en %1: el formato no guarda metadatos.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>%1 records no analysis parameters.</source>
        <translation>%1 no registra parámetros de análisis.</translation>
    </message>
    <message>
        <source>%1: the recorded analysis parameters are damaged.</source>
        <translation>%1: los parámetros de análisis registrados están dañados.</translation>
    </message>
</context>
<context>
    <name>ScenarioCompare</name>
    <message>
        <source>%1: a unit has no value in the key field “%2”.</source>
        <translation>%1: una unidad no tiene valor en el campo clave “%2”.</translation>
    </message>
    <message>
        <source>%1: the key field “%2” is not unique: “%3” appears more than once.</source>
        <translation>%1: el campo clave “%2” no es único: “%3” aparece más de una vez.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no GeoPackage driver.</source>
        <translation>No se puede escribir %1: GDAL no tiene controlador GeoPackage.</translation>
    </message>
    <message>
        <source>Cannot replace %1: it may be open in another program.</source>
        <translation>No se puede reemplazar %1: puede estar abierto en otro programa.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>No se puede crear el campo %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>%1 units in both “%2” (A) and “%3” (B), matched on %4.</source>
        <translation>%1 unidades en “%2” (A) y en “%3” (B), emparejadas por %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) only in A: %1</source>
        <translation>
            <numerusform>%n unidad solo en A: %1</numerusform>
            <numerusform>%n unidades solo en A: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) only in B: %1</source>
        <translation>
            <numerusform>%n unidad solo en B: %1</numerusform>
            <numerusform>%n unidades solo en B: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: total A %2, B %3, mean B − A %4; %5 up, %6 down, %7 unchanged</source>
        <translation>%1: total A %2, B %3, media B − A %4; %5 suben, %6 bajan, %7 sin cambios</translation>
    </message>
    <message>
        <source>largest rise %1 (%2)</source>
        <translation>mayor aumento %1 (%2)</translation>
    </message>
    <message>
        <source>largest fall %1 (%2)</source>
        <translation>mayor disminución %1 (%2)</translation>
    </message>
    <message>
        <source>No key field given to match the units of the two scenarios (e.g. the district code).</source>
        <translation>No se indicó ningún campo clave para emparejar las unidades de los dos escenarios (p. ej., el código de distrito).</translation>
    </message>
    <message>
        <source>%1 has no key field “%2”.</source>
        <translation>%1 no tiene el campo clave “%2”.</translation>
    </message>
    <message>
        <source>%1 and %2 share no numeric field to compare.</source>
        <translation>%1 y %2 no comparten ningún campo numérico que comparar.</translation>
    </message>
    <message>
        <source>The comparison was canceled.</source>
        <translation>Se canceló la comparación.</translation>
    </message>
    <message>
        <source>No unit of %1 matches one of %2 on “%3” (are they the same districts?).</source>
        <translation>Ninguna unidad de %1 coincide con alguna de %2 en “%3” (¿son los mismos distritos?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario “%1”: save the project first; the scenario&apos;s outputs go next to the project file.</source>
        <translation>Escenario “%1”: guarde primero el proyecto; las salidas del escenario van junto al archivo del proyecto.</translation>
    </message>
    <message>
        <source>Scenario “%1” has no analyses to run.</source>
        <translation>El escenario “%1” no tiene análisis que ejecutar.</translation>
    </message>
    <message>
        <source>Scenario “%1”, analysis %2: the algorithm “%3” is not available (is its plugin installed?).</source>
        <translation>Escenario “%1”, análisis %2: el algoritmo “%3” no está disponible (¿está instalado su complemento?).</translation>
    </message>
    <message>
        <source>Scenario “%1” has no analysis that writes a vector layer to compare.</source>
        <translation>El escenario “%1” no tiene ningún análisis que escriba una capa vectorial para comparar.</translation>
    </message>
    <message>
        <source>Scenario “%1”: cannot create the output folder %2.</source>
        <translation>Escenario “%1”: no se puede crear la carpeta de salida %2.</translation>
    </message>
    <message>
        <source>Scenario “%1” was canceled.</source>
        <translation>Se canceló el escenario “%1”.</translation>
    </message>
    <message>
        <source>Scenario “%1”: analysis %2 of %3: %4</source>
        <translation>Escenario “%1”: análisis %2 de %3: %4</translation>
    </message>
    <message>
        <source>Scenario “%1”, analysis %2 (%3) failed: %4</source>
        <translation>Escenario “%1”, falló el análisis %2 (%3): %4</translation>
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
    <message>
        <source>Parameter “road_mode”: unknown mode “%1” (walk, bicycle or motorized).</source>
        <translation>Parámetro “road_mode”: modo desconocido “%1” (walk, bicycle o motorized).</translation>
    </message>
    <message>
        <source>Travel modes per cell (%1): the slope correction follows each cell&apos;s mode.</source>
        <translation>Modos de desplazamiento por celda (%1): la corrección por pendiente sigue el modo de cada celda.</translation>
    </message>
    <message>
        <source>Cannot write the temporary speed surface %1 (disk full?).</source>
        <translation>No se puede escribir la superficie de velocidad temporal %1 (¿disco lleno?).</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1 for the %2 x %3 speed surface: %4.</source>
        <translation>No se puede crear una carpeta temporal en %1 para la superficie de velocidad de %2 x %3: %4.</translation>
    </message>
    <message>
        <source>Speed surface of %1 x %2 cells (%3 MB) beyond half the memory budget: built in temporary files in %4.</source>
        <translation>Superficie de velocidad de %1 x %2 celdas (%3 MB) por encima de la mitad del presupuesto de memoria: se construye en archivos temporales en %4.</translation>
    </message>
    <message>
        <source>Cannot create the temporary speed surface %1 (%2 x %3 cells).</source>
        <translation>No se puede crear la superficie de velocidad temporal %1 (%2 x %3 celdas).</translation>
    </message>
    <message>
        <source>Cannot read the speed surface %1.</source>
        <translation>No se puede leer la superficie de velocidad %1.</translation>
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
    <message>
        <source>Travel mode on the roads (slope correction; “same”: the travel mode)</source>
        <translation>Modo de desplazamiento en las vías (corrección por pendiente; “same”: el modo de desplazamiento)</translation>
    </message>
    <message>
        <source>The DEM %1 is not used: ignore_slope is set.</source>
        <translation>No se usa el MDE %1: ignore_slope está activado.</translation>
    </message>
    <message>
        <source>Parameter “dem”: the speed table or the roads give walking or bicycling cells, whose speeds are corrected for slope; give “dem”, or set ignore_slope=true.</source>
        <translation>Parámetro “dem”: la tabla de velocidades o las vías dan celdas a pie o en bicicleta, cuyas velocidades se corrigen por pendiente; indique “dem” o establezca ignore_slope=true.</translation>
    </message>
    <message>
        <source>The tiled travel-time engine failed on %1: %2.</source>
        <translation>El motor de tiempo de viaje por teselas falló en %1: %2.</translation>
    </message>
    <message>
        <source>Tiled engine: %1 tiles, %2 of them in memory at a time, the rest in a temporary file in %3.</source>
        <translation>Motor por teselas: %1 teselas, %2 de ellas en memoria a la vez, el resto en un archivo temporal en %3.</translation>
    </message>
    <message>
        <source>Tiled engine: %1 tile runs over %2 tiles reached; %3 cell expansions (%4 per cell).</source>
        <translation>Motor por teselas: %1 pasadas de tesela sobre %2 teselas alcanzadas; %3 expansiones de celda (%4 por celda).</translation>
    </message>
    <message>
        <source>Minutes of travel from (or to) the nearest facility over a speed raster (km/h; 0 or no data is impassable) or a friction raster (seconds to cross one cell, as GRASS r.cost), or a speed surface merged from a land-cover raster and a speed table, roads burned over it (all cells they touch; the fastest road wins) and barrier polygons (impassable), stacked in the order given (later layers override earlier ones; roads and barriers in another CRS are reprojected); on 8 neighbours or 16 (knight&apos;s move). Each move costs its length times the mean cost of the cells it crosses, exactly as r.cost, so without slope the result equals r.cost&apos;s. Walking (Tobler&apos;s hiking function) and bicycling speeds are corrected for the slope of each move from a DEM on the same grid, uphill and downhill differently; motorized travel ignores slope. Over a land cover, each cell follows its own mode: its class&apos;s in the speed table (class:kmh:mode; default: the travel mode) and road_mode on the roads. Also writes the nearest-facility allocation raster and, on request, one raster per facility. The raster must be in a projected CRS; facilities are reprojected to it. Rasters above a million cells (or beyond memory_mb) are solved in tiles of 256 x 256 cells with memory bounded by memory_mb, the tiles beyond it waiting in a temporary file; the times are the same as in one grid.</source>
        <translation>Minutos de viaje desde (o hacia) el establecimiento más cercano sobre un ráster de velocidad (km/h; 0 o sin datos es intransitable) o un ráster de fricción (segundos para cruzar una celda, como en GRASS r.cost), o sobre una superficie de velocidad combinada a partir de un ráster de cobertura del suelo y una tabla de velocidades, con las vías grabadas encima (todas las celdas que tocan; prevalece la vía más rápida) y polígonos de barrera (intransitables), superpuestos en el orden indicado (las capas posteriores reemplazan a las anteriores; las vías y barreras en otro SRC se reproyectan); con 8 vecinos o 16 (salto de caballo). Cada desplazamiento cuesta su longitud por el costo medio de las celdas que cruza, exactamente como en r.cost, por lo que sin pendiente el resultado es igual al de r.cost. Las velocidades a pie (función de marcha de Tobler) y en bicicleta se corrigen según la pendiente de cada desplazamiento a partir de un MDE en la misma cuadrícula, de forma distinta cuesta arriba y cuesta abajo; el desplazamiento motorizado ignora la pendiente. Sobre una cobertura del suelo, cada celda sigue su propio modo: el de su clase en la tabla de velocidades (class:kmh:mode; predeterminado: el modo de viaje) y road_mode en las vías. También escribe el ráster de asignación al establecimiento más cercano y, si se solicita, un ráster por establecimiento. El ráster debe estar en un SRC proyectado; los establecimientos se reproyectan a él. Los rásteres de más de un millón de celdas (o que superan memory_mb) se resuelven en teselas de 256 x 256 celdas con la memoria limitada por memory_mb, y las teselas que exceden ese límite esperan en un archivo temporal; los tiempos son los mismos que en una sola cuadrícula.</translation>
    </message>
    <message>
        <source>Engine (auto: tiles above a million cells or beyond memory_mb, else one grid in memory)</source>
        <translation>Motor (auto: teselas por encima de un millón de celdas o más allá de memory_mb; si no, una sola cuadrícula en memoria)</translation>
    </message>
    <message>
        <source>Memory for the engine (MB; the tiles beyond it wait in a temporary file)</source>
        <translation>Memoria para el motor (MB; las teselas que la exceden esperan en un archivo temporal)</translation>
    </message>
</context>
<context>
    <name>VectorEdits</name>
    <message>
        <source>The saved edits are damaged: %1</source>
        <translation>Las ediciones guardadas están dañadas: %1</translation>
    </message>
    <message>
        <source>unreadable value %1</source>
        <translation>valor ilegible %1</translation>
    </message>
    <message>
        <source>a geometry is missing</source>
        <translation>falta una geometría</translation>
    </message>
    <message>
        <source>a geometry is not hexadecimal WKB</source>
        <translation>una geometría no está en WKB hexadecimal</translation>
    </message>
    <message>
        <source>a feature id is not a number</source>
        <translation>un identificador de entidad no es un número</translation>
    </message>
    <message>
        <source>an added feature has the id %1</source>
        <translation>una entidad añadida tiene el identificador %1</translation>
    </message>
    <message>
        <source>an added field has no name or an unknown type</source>
        <translation>un campo añadido no tiene nombre o tiene un tipo desconocido</translation>
    </message>
    <message>
        <source>Cannot read the edit journal “%1”: %2</source>
        <translation>No se puede leer el diario de ediciones “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not an edit journal (invalid JSON: %2)</source>
        <translation>“%1” no es un diario de ediciones (JSON no válido: %2)</translation>
    </message>
    <message>
        <source>“%1” is not an edit journal of this version</source>
        <translation>“%1” no es un diario de ediciones de esta versión</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
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
    <message>
        <source>“%1” is not being edited</source>
        <translation>“%1” no está en edición</translation>
    </message>
    <message>
        <source>%1 values given for the %2 fields of “%3”</source>
        <translation>Se dieron %1 valores para los %2 campos de “%3”</translation>
    </message>
    <message>
        <source>The value “%1” does not fit the field “%2” (%3)</source>
        <translation>El valor “%1” no cabe en el campo “%2” (%3)</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Añadir entidad</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>Eliminar %n entidad</numerusform>
            <numerusform>Eliminar %n entidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Change geometry</source>
        <translation>Cambiar geometría</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Cambiar “%1”</translation>
    </message>
    <message>
        <source>A field needs a name</source>
        <translation>Un campo necesita un nombre</translation>
    </message>
    <message>
        <source>“%1” already has a field named “%2”</source>
        <translation>“%1” ya tiene un campo llamado “%2”</translation>
    </message>
    <message>
        <source>The field name “%1” is too long for a shapefile (at most 10 characters)</source>
        <translation>El nombre de campo “%1” es demasiado largo para un shapefile (10 caracteres como máximo)</translation>
    </message>
    <message>
        <source>“fid” is the GeoPackage&apos;s feature id column; choose another field name</source>
        <translation>“fid” es la columna de identificador de entidad del GeoPackage; elija otro nombre de campo</translation>
    </message>
    <message>
        <source>The format of “%1” cannot store fields of type %2</source>
        <translation>El formato de “%1” no puede almacenar campos de tipo %2</translation>
    </message>
    <message>
        <source>Add field “%1”</source>
        <translation>Añadir el campo “%1”</translation>
    </message>
    <message>
        <source>“%1” has no field number %2</source>
        <translation>“%1” no tiene el campo número %2</translation>
    </message>
    <message>
        <source>Delete field “%1”</source>
        <translation>Eliminar el campo “%1”</translation>
    </message>
    <message>
        <source>The edits add a feature with the id %1</source>
        <translation>Las ediciones añaden una entidad con el identificador %1</translation>
    </message>
    <message>
        <source>The edits delete the field “%1”, which “%2” does not have</source>
        <translation>Las ediciones eliminan el campo “%1”, que “%2” no tiene</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>disk error (simulated)</source>
        <translation>error de disco (simulado)</translation>
    </message>
    <message>
        <source>Cannot save the edits to “%1”: %2 failed%3</source>
        <translation>No se pueden guardar las ediciones en “%1”: falló %2%3</translation>
    </message>
    <message>
        <source>deleting the field “%1”</source>
        <translation>la eliminación del campo “%1”</translation>
    </message>
    <message>
        <source>the field does not exist</source>
        <translation>el campo no existe</translation>
    </message>
    <message>
        <source>adding the field “%1”</source>
        <translation>la adición del campo “%1”</translation>
    </message>
    <message>
        <source>the field “%1” does not exist</source>
        <translation>el campo “%1” no existe</translation>
    </message>
    <message>
        <source>changing feature %1</source>
        <translation>el cambio de la entidad %1</translation>
    </message>
    <message>
        <source>the feature does not exist</source>
        <translation>la entidad no existe</translation>
    </message>
    <message>
        <source>adding a feature</source>
        <translation>la adición de una entidad</translation>
    </message>
    <message>
        <source>deleting feature %1</source>
        <translation>la eliminación de la entidad %1</translation>
    </message>
    <message>
        <source>packing the shapefile</source>
        <translation>la compactación del shapefile</translation>
    </message>
    <message>
        <source>“%1” is not a local file and cannot be edited</source>
        <translation>“%1” no es un archivo local y no se puede editar</translation>
    </message>
    <message>
        <source>“%1” or its folder is read-only</source>
        <translation>“%1” o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>No GDAL driver can write “%1”</source>
        <translation>Ningún controlador de GDAL puede escribir “%1”</translation>
    </message>
    <message>
        <source>“%1” is read as %2 text, which cannot be written back; open it as UTF-8 to edit it</source>
        <translation>“%1” se lee como texto %2, que no se puede volver a escribir; ábralo como UTF-8 para editarlo</translation>
    </message>
    <message>
        <source>“%1” takes its geometries from text columns, which cannot be edited as geometries; save it as a GeoPackage to edit it</source>
        <translation>“%1” toma sus geometrías de columnas de texto, que no se pueden editar como geometrías; guárdelo como GeoPackage para editarlo</translation>
    </message>
    <message>
        <source>The %1 format of “%2” cannot be written by GDAL; save it as a GeoPackage to edit it</source>
        <translation>GDAL no puede escribir el formato %1 de “%2”; guárdelo como GeoPackage para editarlo</translation>
    </message>
    <message>
        <source>The %1 driver cannot write features to “%2”</source>
        <translation>El controlador %1 no puede escribir entidades en “%2”</translation>
    </message>
    <message>
        <source>opening for writing</source>
        <translation>la apertura para escritura</translation>
    </message>
    <message>
        <source>the layer is gone</source>
        <translation>la capa ya no existe</translation>
    </message>
    <message>
        <source>starting the transaction</source>
        <translation>el inicio de la transacción</translation>
    </message>
    <message>
        <source>committing the transaction</source>
        <translation>la confirmación de la transacción</translation>
    </message>
    <message>
        <source>closing the file</source>
        <translation>el cierre del archivo</translation>
    </message>
    <message>
        <source>copying “%1”</source>
        <translation>la copia de “%1”</translation>
    </message>
    <message>
        <source>cannot write in the folder</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <source>opening the copy</source>
        <translation>la apertura de la copia</translation>
    </message>
    <message>
        <source>rebuilding the spatial index</source>
        <translation>la reconstrucción del índice espacial</translation>
    </message>
    <message>
        <source>writing the copy</source>
        <translation>la escritura de la copia</translation>
    </message>
    <message>
        <source>replacing the files</source>
        <translation>el reemplazo de los archivos</translation>
    </message>
    <message>
        <source>replacing “%1”</source>
        <translation>el reemplazo de “%1”</translation>
    </message>
    <message>
        <source>cannot rename “%1”</source>
        <translation>no se puede renombrar “%1”</translation>
    </message>
    <message>
        <source>The edits were saved to “%1”, but it could not be read again: %2</source>
        <translation>Las ediciones se guardaron en “%1”, pero no se pudo volver a leer: %2</translation>
    </message>
</context>
<context>
    <name>VectorLayerFactory</name>
    <message>
        <source>No file name was given for the new layer</source>
        <translation>No se indicó ningún nombre de archivo para la capa nueva</translation>
    </message>
    <message>
        <source>New layers can be GeoPackages or shapefiles, not %1</source>
        <translation>Las capas nuevas pueden ser GeoPackages o shapefiles, no %1</translation>
    </message>
    <message>
        <source>A shapefile&apos;s name must end in .shp: “%1”</source>
        <translation>El nombre de un shapefile debe terminar en .shp: “%1”</translation>
    </message>
    <message>
        <source>A GeoPackage&apos;s name must end in .gpkg: “%1”</source>
        <translation>El nombre de un GeoPackage debe terminar en .gpkg: “%1”</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist</source>
        <translation>La carpeta de “%1” no existe</translation>
    </message>
    <message>
        <source>A shapefile holds one kind of geometry: choose point, line or polygon for “%1”</source>
        <translation>Un shapefile contiene un solo tipo de geometría: elija punto, línea o polígono para “%1”</translation>
    </message>
    <message>
        <source>Choose a coordinate reference system for “%1”</source>
        <translation>Elija un sistema de referencia de coordenadas para “%1”</translation>
    </message>
    <message>
        <source>A field of “%1” has no name</source>
        <translation>Un campo de “%1” no tiene nombre</translation>
    </message>
    <message>
        <source>The field name “%1” is used twice in “%2”</source>
        <translation>El nombre de campo “%1” se usa dos veces en “%2”</translation>
    </message>
    <message>
        <source>The field name “%1” is too long for a shapefile (at most 10 characters)</source>
        <translation>El nombre de campo “%1” es demasiado largo para un shapefile (10 caracteres como máximo)</translation>
    </message>
    <message>
        <source>“%1” is a reserved column of the GeoPackage; choose another field name</source>
        <translation>“%1” es una columna reservada del GeoPackage; elija otro nombre de campo</translation>
    </message>
    <message>
        <source>A shapefile cannot store the %1 field “%2”: use Date or String</source>
        <translation>Un shapefile no puede almacenar el campo %1 “%2”: use Fecha o Texto</translation>
    </message>
    <message>
        <source>The field “%1” has a type that cannot be created (%2)</source>
        <translation>El campo “%1” tiene un tipo que no se puede crear (%2)</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL no tiene el controlador %1</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>No se puede crear “%1”: %2</translation>
    </message>
    <message>
        <source>GDAL does not understand its coordinate reference system</source>
        <translation>GDAL no entiende su sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>“%1” ya existe</translation>
    </message>
    <message>
        <source>it exists and is not a GeoPackage that can be written</source>
        <translation>existe y no es un GeoPackage en el que se pueda escribir</translation>
    </message>
    <message>
        <source>“%1” already has a layer named “%2”</source>
        <translation>“%1” ya tiene una capa llamada “%2”</translation>
    </message>
    <message>
        <source>the field “%1” could not be added (%2)</source>
        <translation>no se pudo añadir el campo “%1” (%2)</translation>
    </message>
    <message>
        <source>The copied features cannot be reprojected to “%1”: %2</source>
        <translation>Las entidades copiadas no se pueden reproyectar a “%1”: %2</translation>
    </message>
    <message>
        <source>Fields with no match in “%1” were left out: %2</source>
        <translation>Se omitieron los campos sin correspondencia en “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) did not fit the destination field&apos;s type and were left empty</source>
        <translation>
            <numerusform>%n valor no cabía en el tipo del campo de destino y se dejó vacío</numerusform>
            <numerusform>%n valores no cabían en el tipo del campo de destino y se dejaron vacíos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) with another kind of geometry were skipped</source>
        <translation>
            <numerusform>Se omitió %n entidad con otro tipo de geometría</numerusform>
            <numerusform>Se omitieron %n entidades con otro tipo de geometría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multi-part feature(s) do not fit a single-part layer and were skipped</source>
        <translation>
            <numerusform>%n entidad multiparte no cabe en una capa de una sola parte y se omitió</numerusform>
            <numerusform>%n entidades multiparte no caben en una capa de una sola parte y se omitieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) could not be reprojected and were skipped</source>
        <translation>
            <numerusform>%n entidad no se pudo reproyectar y se omitió</numerusform>
            <numerusform>%n entidades no se pudieron reproyectar y se omitieron</numerusform>
        </translation>
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
    <name>VulnerabilityAlgorithm</name>
    <message>
        <source>Vulnerability level (CENEPRED)</source>
        <translation>Nivel de vulnerabilidad (CENEPRED)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Vulnerability the way CENEPRED&apos;s manual computes it, on blocks, buildings or districts (or raster cells). Each parameter (a field of the units, or a raster of class codes) belongs to a dimension (social, economic, environmental) and a component (exposure, fragility, resilience); its descriptors, most vulnerable first, are weighted by AHP. The weight of a parameter is the weight of its dimension × the weight of its component (renormalized over the components the dimension has) × its weight within that group; each level accepts an AHP matrix or a list, and defaults to equal weights. V = Σ parameter weight × descriptor weight. Levels as for the hazard: the possible values v1 ≥ … ≥ v5 give low [v5, v4), medium [v4, v3), high [v3, v2) and very high [v2, v1], or the given “ranges”. Writes vulnerability_value, vulnerability_level (1 low to 4 very high) and vulnerability_level_name.</source>
        <translation>Vulnerabilidad tal como la calcula el manual del CENEPRED, sobre manzanas, edificaciones o distritos (o celdas ráster). Cada parámetro (un campo de las unidades o un ráster de códigos de clase) pertenece a una dimensión (social, económica, ambiental) y a un factor (exposición, fragilidad, resiliencia); sus descriptores, el más vulnerable primero, se ponderan por AHP. El peso de un parámetro es el peso de su dimensión × el peso de su factor (renormalizado sobre los factores que tiene la dimensión) × su peso dentro de ese grupo; cada nivel acepta una matriz AHP o una lista, y por defecto usa pesos iguales. V = Σ peso del parámetro × peso del descriptor. Niveles como para el peligro: los valores posibles v1 ≥ … ≥ v5 dan baja [v5, v4), media [v4, v3), alta [v3, v2) y muy alta [v2, v1], o los “ranges” indicados. Escribe vulnerability_value, vulnerability_level (1 baja a 4 muy alta) y vulnerability_level_name.</translation>
    </message>
    <message>
        <source>Evaluation units (blocks, buildings or districts) with a field per parameter (vector mode)</source>
        <translation>Unidades de evaluación (manzanas, edificaciones o distritos) con un campo por parámetro (modo vectorial)</translation>
    </message>
    <message>
        <source>Fields of the units holding each parameter&apos;s descriptor class (vector mode)</source>
        <translation>Campos de las unidades que contienen la clase de descriptor de cada parámetro (modo vectorial)</translation>
    </message>
    <message>
        <source>Rasters of descriptor class codes, one per parameter (raster mode)</source>
        <translation>Rásteres de códigos de clase de descriptor, uno por parámetro (modo ráster)</translation>
    </message>
    <message>
        <source>Dimension of each parameter: social, economic or environmental (comma separated)</source>
        <translation>Dimensión de cada parámetro: social, economic o environmental (separados por comas)</translation>
    </message>
    <message>
        <source>Component of each parameter: exposure, fragility or resilience (comma separated)</source>
        <translation>Factor de cada parámetro: exposure, fragility o resilience (separados por comas)</translation>
    </message>
    <message>
        <source>Descriptor weights per parameter, separated by “|”: an AHP matrix or a list, most vulnerable descriptor first</source>
        <translation>Pesos de los descriptores por parámetro, separados por “|”: una matriz AHP o una lista, el descriptor más vulnerable primero</translation>
    </message>
    <message>
        <source>Class values of the descriptors per parameter, separated by “|” (empty: 1, 2, 3, … with 1 the most vulnerable)</source>
        <translation>Valores de clase de los descriptores por parámetro, separados por “|” (vacío: 1, 2, 3, … siendo 1 el más vulnerable)</translation>
    </message>
    <message>
        <source>Weights of the dimensions present, in the order social, economic, environmental: AHP matrix or list (empty: equal)</source>
        <translation>Pesos de las dimensiones presentes, en el orden social, económica, ambiental: matriz AHP o lista (vacío: iguales)</translation>
    </message>
    <message>
        <source>Weights of exposure, fragility and resilience (those present): AHP matrix or list (empty: equal)</source>
        <translation>Pesos de exposición, fragilidad y resiliencia (los presentes): matriz AHP o lista (vacío: iguales)</translation>
    </message>
    <message>
        <source>Weights of the parameters within each dimension and component, one AHP matrix or list per group separated by “|”, groups in order of first appearance (empty: equal)</source>
        <translation>Pesos de los parámetros dentro de cada dimensión y factor, una matriz AHP o lista por grupo separadas por “|”, los grupos en el orden de su primera aparición (vacío: iguales)</translation>
    </message>
    <message>
        <source>Parameter “dimensions”: %1 dimension(s) for %2 parameter(s).</source>
        <translation>Parámetro “dimensions”: %1 dimensión(es) para %2 parámetro(s).</translation>
    </message>
    <message>
        <source>Parameter “components”: %1 component(s) for %2 parameter(s).</source>
        <translation>Parámetro “components”: %1 factor(es) para %2 parámetro(s).</translation>
    </message>
    <message>
        <source>Parameter “dimensions”: “%1” is not social, economic or environmental.</source>
        <translation>Parámetro “dimensions”: “%1” no es social, economic ni environmental.</translation>
    </message>
    <message>
        <source>Parameter “components”: “%1” is not exposure, fragility or resilience.</source>
        <translation>Parámetro “components”: “%1” no es exposure, fragility ni resilience.</translation>
    </message>
    <message>
        <source>Parameter “parameter_weights”: %1 group(s) separated by “|” but the parameters form %2 (dimension, component) group(s).</source>
        <translation>Parámetro “parameter_weights”: %1 grupo(s) separados por “|”, pero los parámetros forman %2 grupo(s) (dimensión, factor).</translation>
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
    <message>
        <source>%1 changed</source>
        <translation>%1 cambió</translation>
    </message>
    <message>
        <source>the edits of layer “%1” were saved</source>
        <translation>se guardaron las ediciones de la capa “%1”</translation>
    </message>
    <message>
        <source>Cannot re-run %1: the algorithm is not available.</source>
        <translation>No se puede volver a ejecutar %1: el algoritmo no está disponible.</translation>
    </message>
    <message>
        <source>Re-running %1 because %2.</source>
        <translation>Volviendo a ejecutar %1 porque %2.</translation>
    </message>
    <message>
        <source>The re-run of %1 was canceled.</source>
        <translation>Se canceló la nueva ejecución de %1.</translation>
    </message>
    <message>
        <source>The re-run of %1 (because %2) failed: %3</source>
        <translation>Falló la nueva ejecución de %1 (porque %2): %3</translation>
    </message>
    <message>
        <source>%1 was re-run because %2; updated: %3.</source>
        <translation>%1 se volvió a ejecutar porque %2; actualizado: %3.</translation>
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
    <message>
        <source>Field “%1”: “%2” is not a whole number.</source>
        <translation>Campo “%1”: “%2” no es un número entero.</translation>
    </message>
    <message>
        <source>Field “%1”: %2 is outside the range of a 32-bit integer (−2147483648 to 2147483647).</source>
        <translation>Campo “%1”: %2 está fuera del rango de un entero de 32 bits (−2147483648 a 2147483647).</translation>
    </message>
    <message>
        <source>Field “%1”: %2 has more than %3 digits.</source>
        <translation>Campo “%1”: %2 tiene más de %3 dígitos.</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a number.</source>
        <translation>Campo “%1”: “%2” no es un número.</translation>
    </message>
    <message>
        <source>Field “%1”: %2 does not fit in %3 digits with %4 decimals.</source>
        <translation>Campo “%1”: %2 no cabe en %3 dígitos con %4 decimales.</translation>
    </message>
    <message>
        <source>Field “%1”: the text has %2 characters; the field holds at most %3.</source>
        <translation>Campo “%1”: el texto tiene %2 caracteres; el campo admite como máximo %3.</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a date (use YYYY-MM-DD).</source>
        <translation>Campo “%1”: “%2” no es una fecha (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a date and time (use YYYY-MM-DD HH:MM:SS).</source>
        <translation>Campo “%1”: “%2” no es una fecha y hora (use AAAA-MM-DD HH:MM:SS).</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a time (use HH:MM:SS).</source>
        <translation>Campo “%1”: “%2” no es una hora (use HH:MM:SS).</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not true or false.</source>
        <translation>Campo “%1”: “%2” no es verdadero ni falso.</translation>
    </message>
    <message>
        <source>Field “%1” (%2) cannot be edited here.</source>
        <translation>El campo “%1” (%2) no se puede editar aquí.</translation>
    </message>
    <message>
        <source>Layer “%1” is not in edit mode: turn on editing first.</source>
        <translation>La capa “%1” no está en modo de edición: active primero la edición.</translation>
    </message>
    <message>
        <source>Could not change field “%1” of feature %2.</source>
        <translation>No se pudo cambiar el campo “%1” de la entidad %2.</translation>
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
    <message>
        <source>Toggle &amp;Editing</source>
        <translation>Conmutar &amp;edición</translation>
    </message>
    <message>
        <source>Start or stop editing this layer</source>
        <translation>Iniciar o detener la edición de esta capa</translation>
    </message>
    <message>
        <source>&amp;Save Edits</source>
        <translation>&amp;Guardar ediciones</translation>
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
        <source>&amp;Delete Selected Features</source>
        <translation>&amp;Eliminar entidades seleccionadas</translation>
    </message>
    <message>
        <source>Add &amp;Field…</source>
        <translation>Añadir &amp;campo…</translation>
    </message>
    <message>
        <source>Add a field to the layer</source>
        <translation>Añadir un campo a la capa</translation>
    </message>
    <message>
        <source>De&amp;lete Field…</source>
        <translation>E&amp;liminar campo…</translation>
    </message>
    <message>
        <source>Delete a field of the layer</source>
        <translation>Eliminar un campo de la capa</translation>
    </message>
    <message>
        <source>Stop Editing</source>
        <translation>Detener la edición</translation>
    </message>
    <message>
        <source>Save the edits of layer “%1”?</source>
        <translation>¿Guardar las ediciones de la capa “%1”?</translation>
    </message>
    <message>
        <source>value (empty = NULL)</source>
        <translation>valor (vacío = NULL)</translation>
    </message>
    <message>
        <source>Apply to &amp;Selected</source>
        <translation>Aplicar a la &amp;selección</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This layer cannot be edited: %1</source>
        <translation>Esta capa no se puede editar: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Turn on editing to add fields.</source>
        <translation>Active la edición para añadir campos.</translation>
    </message>
    <message>
        <source>Turn on editing to delete fields.</source>
        <translation>Active la edición para eliminar campos.</translation>
    </message>
    <message>
        <source>Turn on editing to change values.</source>
        <translation>Active la edición para cambiar valores.</translation>
    </message>
    <message>
        <source>Select the features to change first.</source>
        <translation>Seleccione primero las entidades que desea cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>Set “%1” on %n feature(s)</source>
        <translation>
            <numerusform>Establecer “%1” en %n entidad</numerusform>
            <numerusform>Establecer “%1” en %n entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” set on %n feature(s)</source>
        <translation>
            <numerusform>“%1” establecido en %n entidad</numerusform>
            <numerusform>“%1” establecido en %n entidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Field — %1</source>
        <translation>Añadir campo — %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <source>Whole number (64 bit)</source>
        <translation>Número entero (64 bits)</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Número decimal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precisión:</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Asigne un nombre al campo.</translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation>Eliminar campo</translation>
    </message>
    <message>
        <source>Field to delete:</source>
        <translation>Campo a eliminar:</translation>
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
    <name>territoria::EditableGeometry</name>
    <message>
        <source>The feature has no geometry to edit.</source>
        <translation>La entidad no tiene geometría que editar.</translation>
    </message>
    <message>
        <source>The geometry cannot be read (malformed WKB).</source>
        <translation>No se puede leer la geometría (WKB mal formado).</translation>
    </message>
    <message>
        <source>Only point, line and polygon geometries (single or multi) can be edited, not %1.</source>
        <translation>Solo se pueden editar geometrías de punto, línea y polígono (simples o múltiples), no %1.</translation>
    </message>
</context>
<context>
    <name>territoria::EditingController</name>
    <message>
        <source>Toggle &amp;Editing</source>
        <translation>Conmutar &amp;edición</translation>
    </message>
    <message>
        <source>Start or stop editing the current layer</source>
        <translation>Iniciar o detener la edición de la capa actual</translation>
    </message>
    <message>
        <source>&amp;Save Layer Edits</source>
        <translation>&amp;Guardar ediciones de la capa</translation>
    </message>
    <message>
        <source>Write the edits of the current layer to its file</source>
        <translation>Escribir las ediciones de la capa actual en su archivo</translation>
    </message>
    <message>
        <source>&amp;Roll Back Edits</source>
        <translation>&amp;Revertir ediciones</translation>
    </message>
    <message>
        <source>Drop the unsaved edits of the current layer</source>
        <translation>Descartar las ediciones no guardadas de la capa actual</translation>
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
        <source>&amp;Add Feature</source>
        <translation>&amp;Añadir entidad</translation>
    </message>
    <message>
        <source>Digitize a new point, line or polygon: click vertices, right click or Enter finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation>Digitalizar un nuevo punto, línea o polígono: haga clic en los vértices; clic derecho o Intro termina, Retroceso quita el último vértice, Esc cancela</translation>
    </message>
    <message>
        <source>&amp;Move Feature(s)</source>
        <translation>&amp;Mover entidad(es)</translation>
    </message>
    <message>
        <source>Drag a feature (or the selected features) to move it</source>
        <translation>Arrastrar una entidad (o las entidades seleccionadas) para moverla</translation>
    </message>
    <message>
        <source>&amp;Vertex Tool</source>
        <translation>Herramienta de &amp;vértices</translation>
    </message>
    <message>
        <source>Move vertices by dragging, double click a segment to add one, Delete removes the selected vertex</source>
        <translation>Mover vértices arrastrándolos, doble clic en un segmento para añadir uno, Supr elimina el vértice seleccionado</translation>
    </message>
    <message>
        <source>S&amp;plit Features</source>
        <translation>&amp;Dividir entidades</translation>
    </message>
    <message>
        <source>Draw a line across lines or polygons to split them</source>
        <translation>Dibujar una línea a través de líneas o polígonos para dividirlos</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>&amp;Eliminar seleccionadas</translation>
    </message>
    <message>
        <source>Delete the selected features of the current layer</source>
        <translation>Eliminar las entidades seleccionadas de la capa actual</translation>
    </message>
    <message>
        <source>&amp;Copy Features</source>
        <translation>&amp;Copiar entidades</translation>
    </message>
    <message>
        <source>Copy the selected features of the current layer</source>
        <translation>Copiar las entidades seleccionadas de la capa actual</translation>
    </message>
    <message>
        <source>&amp;Paste Features</source>
        <translation>&amp;Pegar entidades</translation>
    </message>
    <message>
        <source>Paste the copied features into the current layer (reprojected, fields matched by name)</source>
        <translation>Pegar las entidades copiadas en la capa actual (reproyectadas, campos emparejados por nombre)</translation>
    </message>
    <message>
        <source>Select by &amp;Click</source>
        <translation>Seleccionar con &amp;clic</translation>
    </message>
    <message>
        <source>Click a feature to select it; Shift adds, Ctrl removes</source>
        <translation>Haga clic en una entidad para seleccionarla; Mayús añade, Ctrl quita</translation>
    </message>
    <message>
        <source>Select by &amp;Rectangle</source>
        <translation>Seleccionar con &amp;rectángulo</translation>
    </message>
    <message>
        <source>Drag a rectangle to select features; Shift adds, Ctrl removes</source>
        <translation>Arrastre un rectángulo para seleccionar entidades; Mayús añade, Ctrl quita</translation>
    </message>
    <message>
        <source>Select by &amp;Polygon</source>
        <translation>Seleccionar con &amp;polígono</translation>
    </message>
    <message>
        <source>Click the vertices of a polygon, right click to select the features in it</source>
        <translation>Haga clic en los vértices de un polígono; clic derecho para seleccionar las entidades que contiene</translation>
    </message>
    <message>
        <source>Select by E&amp;xpression…</source>
        <translation>Seleccionar por e&amp;xpresión…</translation>
    </message>
    <message>
        <source>Select features with an SQL condition on their attributes</source>
        <translation>Seleccionar entidades con una condición SQL sobre sus atributos</translation>
    </message>
    <message>
        <source>&amp;Invert Selection</source>
        <translation>&amp;Invertir selección</translation>
    </message>
    <message>
        <source>Clear Se&amp;lection</source>
        <translation>&amp;Limpiar selección</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>&amp;Zoom a la selección</translation>
    </message>
    <message>
        <source>Measure &amp;Distance</source>
        <translation>Medir &amp;distancia</translation>
    </message>
    <message>
        <source>Measure a distance on the map, planar and on the ellipsoid</source>
        <translation>Medir una distancia en el mapa, plana y sobre el elipsoide</translation>
    </message>
    <message>
        <source>Measure A&amp;rea</source>
        <translation>Medir á&amp;rea</translation>
    </message>
    <message>
        <source>Measure an area on the map, planar and on the ellipsoid</source>
        <translation>Medir un área en el mapa, plana y sobre el elipsoide</translation>
    </message>
    <message>
        <source>&amp;New Layer…</source>
        <translation>&amp;Nueva capa…</translation>
    </message>
    <message>
        <source>Create an empty GeoPackage or Shapefile layer</source>
        <translation>Crear una capa GeoPackage o Shapefile vacía</translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation>Auto&amp;ensamblado</translation>
    </message>
    <message>
        <source>Snap to vertices and segments</source>
        <translation>Autoensamblar a vértices y segmentos</translation>
    </message>
    <message>
        <source>Roll Back Edits</source>
        <translation>Revertir ediciones</translation>
    </message>
    <message>
        <source>Drop all unsaved edits of layer “%1”? This cannot be undone.</source>
        <translation>¿Descartar todas las ediciones no guardadas de la capa “%1”? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>S&amp;elect</source>
        <translation>&amp;Selección</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Selection and Measure</source>
        <translation>Selección y medición</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Select a vector layer in the layer panel to edit it</source>
        <translation>Seleccione una capa vectorial en el panel de capas para editarla</translation>
    </message>
    <message>
        <source>Layer “%1” cannot be edited: %2</source>
        <translation>La capa “%1” no se puede editar: %2</translation>
    </message>
    <message>
        <source>Cannot create the journal folder %1: edits of “%2” are not protected against a crash.</source>
        <translation>No se puede crear la carpeta del diario %1: las ediciones de “%2” no están protegidas contra un cierre inesperado.</translation>
    </message>
    <message>
        <source>Saved the edits of layer “%1”.</source>
        <translation>Se guardaron las ediciones de la capa “%1”.</translation>
    </message>
    <message>
        <source>Stop Editing</source>
        <translation>Detener la edición</translation>
    </message>
    <message>
        <source>Save the edits of layer “%1”?</source>
        <translation>¿Guardar las ediciones de la capa “%1”?</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Ediciones no guardadas</translation>
    </message>
    <message>
        <source>Layer “%1” has unsaved edits. Do you want to save them?</source>
        <translation>La capa “%1” tiene ediciones no guardadas. ¿Desea guardarlas?</translation>
    </message>
    <message>
        <source>New Feature — %1</source>
        <translation>Nueva entidad — %1</translation>
    </message>
    <message>
        <source>The new feature was discarded.</source>
        <translation>Se descartó la nueva entidad.</translation>
    </message>
    <message>
        <source>The geometry of feature %1 of “%2” is not valid: %3</source>
        <translation>La geometría de la entidad %1 de “%2” no es válida: %3</translation>
    </message>
    <message>
        <source>Fix (make valid)</source>
        <translation>Corregir (hacer válida)</translation>
    </message>
    <message>
        <source>Turn on editing of layer “%1” to fix its geometry.</source>
        <translation>Active la edición de la capa “%1” para corregir su geometría.</translation>
    </message>
    <message>
        <source>Could not change the geometry of feature %1 of “%2”.</source>
        <translation>No se pudo cambiar la geometría de la entidad %1 de “%2”.</translation>
    </message>
    <message>
        <source>Fixed the geometry of feature %1 (undo with Ctrl+Z).</source>
        <translation>Se corrigió la geometría de la entidad %1 (deshacer con Ctrl+Z).</translation>
    </message>
    <message>
        <source>Turn on editing of layer “%1” to delete features.</source>
        <translation>Active la edición de la capa “%1” para eliminar entidades.</translation>
    </message>
    <message>
        <source>Could not delete the selected features of “%1”.</source>
        <translation>No se pudieron eliminar las entidades seleccionadas de “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n feature(s) (undo with Ctrl+Z).</source>
        <translation>
            <numerusform>Se eliminó %n entidad (deshacer con Ctrl+Z).</numerusform>
            <numerusform>Se eliminaron %n entidades (deshacer con Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n feature(s) of “%1”.</source>
        <translation>
            <numerusform>Se copió %n entidad de “%1”.</numerusform>
            <numerusform>Se copiaron %n entidades de “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on editing of layer “%1” to paste features into it.</source>
        <translation>Active la edición de la capa “%1” para pegar entidades en ella.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n feature(s)</source>
        <translation>
            <numerusform>Pegar %n entidad</numerusform>
            <numerusform>Pegar %n entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n feature(s) into “%1”.</source>
        <translation>
            <numerusform>Se pegó %n entidad en “%1”.</numerusform>
            <numerusform>Se pegaron %n entidades en “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created layer “%1”; it is in edit mode.</source>
        <translation>Se creó la capa “%1”; está en modo de edición.</translation>
    </message>
    <message>
        <source>The unsaved edits of %1 could not be restored: %2</source>
        <translation>No se pudieron restaurar las ediciones no guardadas de %1: %2</translation>
    </message>
    <message>
        <source>Layer “%1” already has unsaved edits: the journal %2 was kept.</source>
        <translation>La capa “%1” ya tiene ediciones no guardadas: se conservó el diario %2.</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Restaurar ediciones no guardadas</translation>
    </message>
    <message>
        <source>Restored the unsaved edits of “%1” (%2). Save them to keep them.</source>
        <translation>Se restauraron las ediciones no guardadas de “%1” (%2). Guárdelas para conservarlas.</translation>
    </message>
    <message>
        <source>Could not delete the journal %1.</source>
        <translation>No se pudo eliminar el diario %1.</translation>
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
    <name>territoria::FeatureForm</name>
    <message>
        <source>Feature Attributes</source>
        <translation>Atributos de la entidad</translation>
    </message>
    <message>
        <source>No value (NULL) for “%1”</source>
        <translation>Sin valor (NULL) para “%1”</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message numerus="yes">
        <source>number, %n decimal(s)</source>
        <translation>
            <numerusform>número, %n decimal</numerusform>
            <numerusform>número, %n decimales</numerusform>
        </translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>(%1 values cannot be edited)</source>
        <translation>(los valores %1 no se pueden editar)</translation>
    </message>
    <message>
        <source>This layer has no attribute fields.</source>
        <translation>Esta capa no tiene campos de atributos.</translation>
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
    <name>territoria::JournalRestoreDialog</name>
    <message numerus="yes">
        <source>%n new feature(s)</source>
        <translation>
            <numerusform>%n entidad nueva</numerusform>
            <numerusform>%n entidades nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed feature(s)</source>
        <translation>
            <numerusform>%n entidad modificada</numerusform>
            <numerusform>%n entidades modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted feature(s)</source>
        <translation>
            <numerusform>%n entidad eliminada</numerusform>
            <numerusform>%n entidades eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new field(s)</source>
        <translation>
            <numerusform>%n campo nuevo</numerusform>
            <numerusform>%n campos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted field(s)</source>
        <translation>
            <numerusform>%n campo eliminado</numerusform>
            <numerusform>%n campos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Unsaved Edits Found</source>
        <translation>Se encontraron ediciones no guardadas</translation>
    </message>
    <message>
        <source>Unsaved changes from a previous session were found (the program was closed without saving them). Restore them to continue editing?</source>
        <translation>Se encontraron cambios no guardados de una sesión anterior (el programa se cerró sin guardarlos). ¿Restaurarlos para seguir editando?</translation>
    </message>
    <message>
        <source>%1
    %2 · %3</source>
        <translation>%1
    %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Delete the checked journals: their changes are lost</source>
        <translation>Eliminar los diarios marcados: sus cambios se pierden</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Keep the journals and ask again on the next start</source>
        <translation>Conservar los diarios y volver a preguntar en el próximo inicio</translation>
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
    <message>
        <source>Rank range (sensitivity)</source>
        <translation>Intervalo de rangos (sensibilidad)</translation>
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
    <name>territoria::MapToolCapture</name>
    <message>
        <source>Add point feature</source>
        <translation>Añadir entidad de punto</translation>
    </message>
    <message>
        <source>Add line feature</source>
        <translation>Añadir entidad de línea</translation>
    </message>
    <message>
        <source>Add polygon feature</source>
        <translation>Añadir entidad de polígono</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Añadir entidad</translation>
    </message>
    <message>
        <source>Digitizing cancelled.</source>
        <translation>Digitalización cancelada.</translation>
    </message>
    <message>
        <source>Click on the map to add a point.</source>
        <translation>Haga clic en el mapa para añadir un punto.</translation>
    </message>
    <message>
        <source>Click to add vertices; right click or Enter finishes, Esc cancels.</source>
        <translation>Haga clic para añadir vértices; clic derecho o Intro termina, Esc cancela.</translation>
    </message>
    <message numerus="yes">
        <source>%n vertices. Click to add more; Backspace removes the last one; right click or Enter finishes, Esc cancels.</source>
        <translation>
            <numerusform>%n vértice. Haga clic para añadir más; Retroceso quita el último; clic derecho o Intro termina, Esc cancela.</numerusform>
            <numerusform>%n vértices. Haga clic para añadir más; Retroceso quita el último; clic derecho o Intro termina, Esc cancela.</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; has no point, line or polygon geometry to digitize.</source>
        <translation>La capa &quot;%1&quot; no tiene geometría de punto, línea o polígono que digitalizar.</translation>
    </message>
    <message>
        <source>Choose a vector layer to edit first.</source>
        <translation>Elija primero una capa vectorial para editar.</translation>
    </message>
    <message>
        <source>The current layer cannot take digitized features.</source>
        <translation>La capa actual no admite entidades digitalizadas.</translation>
    </message>
    <message>
        <source>A line needs at least 2 vertices.</source>
        <translation>Una línea necesita al menos 2 vértices.</translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices.</source>
        <translation>Un polígono necesita al menos 3 vértices.</translation>
    </message>
    <message>
        <source>The map coordinates cannot be transformed to the CRS of the layer &quot;%1&quot;.</source>
        <translation>Las coordenadas del mapa no se pueden transformar al SRC de la capa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A vertex lies outside the area where the CRS of the layer &quot;%1&quot; is defined.</source>
        <translation>Un vértice está fuera del área en la que está definido el SRC de la capa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The digitized geometry could not be built.</source>
        <translation>No se pudo construir la geometría digitalizada.</translation>
    </message>
    <message>
        <source>Feature added.</source>
        <translation>Entidad añadida.</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolEdit</name>
    <message>
        <source>Choose a vector layer to edit first.</source>
        <translation>Elija primero una capa vectorial para editar.</translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; is not in edit mode: toggle editing first.</source>
        <translation>La capa &quot;%1&quot; no está en modo de edición: active primero la edición.</translation>
    </message>
    <message>
        <source>The geometry of feature %1 is not valid: %2</source>
        <translation>La geometría de la entidad %1 no es válida: %2</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolLineEdit</name>
    <message>
        <source>The line leaves the area where the CRS of the layer &quot;%1&quot; is defined.</source>
        <translation>La línea sale del área en la que está definido el SRC de la capa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Draw a line of at least 2 points.</source>
        <translation>Dibuje una línea de al menos 2 puntos.</translation>
    </message>
    <message>
        <source>The line crosses no feature of &quot;%1&quot;.</source>
        <translation>La línea no cruza ninguna entidad de &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolMeasure</name>
    <message>
        <source>Measure distance</source>
        <translation>Medir distancia</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>Medir área</translation>
    </message>
    <message>
        <source>Click to start a new measurement; Esc clears it.</source>
        <translation>Haga clic para iniciar una nueva medición; Esc la borra.</translation>
    </message>
    <message>
        <source>Click the points of the path to measure.</source>
        <translation>Haga clic en los puntos del recorrido que desea medir.</translation>
    </message>
    <message>
        <source>Click the vertices of the area to measure.</source>
        <translation>Haga clic en los vértices del área que desea medir.</translation>
    </message>
    <message>
        <source>Click to add points; right click finishes, Esc starts again.</source>
        <translation>Haga clic para añadir puntos; clic derecho termina, Esc vuelve a empezar.</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 square degrees</source>
        <translation>%1 grados cuadrados</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>The map has no CRS: no ellipsoidal measure.</source>
        <translation>El mapa no tiene SRC: no hay medida elipsoidal.</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>sin SRC</translation>
    </message>
    <message>
        <source>Planar (%1): %2</source>
        <translation>Plana (%1): %2</translation>
    </message>
    <message>
        <source>Ellipsoidal (%1): %2</source>
        <translation>Elipsoidal (%1): %2</translation>
    </message>
    <message>
        <source>ellipsoid</source>
        <translation>elipsoide</translation>
    </message>
    <message>
        <source>Difference: %1%2 (%3%4 %)</source>
        <translation>Diferencia: %1%2 (%3%4 %)</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolMoveFeature</name>
    <message>
        <source>Move features</source>
        <translation>Mover entidades</translation>
    </message>
    <message>
        <source>Press on a feature and drag it; selected features move together.</source>
        <translation>Presione sobre una entidad y arrástrela; las entidades seleccionadas se mueven juntas.</translation>
    </message>
    <message>
        <source>Drag to the new place and release; Esc cancels.</source>
        <translation>Arrastre hasta el nuevo lugar y suelte; Esc cancela.</translation>
    </message>
    <message>
        <source>The features could not be moved.</source>
        <translation>No se pudieron mover las entidades.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n feature(s)</source>
        <translation>
            <numerusform>Mover %n entidad</numerusform>
            <numerusform>Mover %n entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) moved.</source>
        <translation>
            <numerusform>%n entidad movida.</numerusform>
            <numerusform>%n entidades movidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Movimiento cancelado.</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolReshape</name>
    <message>
        <source>Reshape features</source>
        <translation>Remodelar entidades</translation>
    </message>
    <message>
        <source>Draw a line that crosses the boundary twice; right click or Enter reshapes, Esc cancels.</source>
        <translation>Dibuje una línea que cruce el límite dos veces; clic derecho o Intro remodela, Esc cancela.</translation>
    </message>
    <message>
        <source>The line does not reshape any feature.</source>
        <translation>La línea no remodela ninguna entidad.</translation>
    </message>
    <message numerus="yes">
        <source>Reshape %n feature(s)</source>
        <translation>
            <numerusform>Remodelar %n entidad</numerusform>
            <numerusform>Remodelar %n entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) reshaped.</source>
        <translation>
            <numerusform>%n entidad remodelada.</numerusform>
            <numerusform>%n entidades remodeladas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::MapToolSelect</name>
    <message>
        <source>Select features by click</source>
        <translation>Seleccionar entidades con clic</translation>
    </message>
    <message>
        <source>Select features by rectangle</source>
        <translation>Seleccionar entidades con rectángulo</translation>
    </message>
    <message>
        <source>Select features by polygon</source>
        <translation>Seleccionar entidades con polígono</translation>
    </message>
    <message>
        <source>Click on a feature or drag a rectangle to select; Shift adds, Ctrl removes.</source>
        <translation>Haga clic en una entidad o arrastre un rectángulo para seleccionar; Mayús añade, Ctrl quita.</translation>
    </message>
    <message>
        <source>Click the vertices of a polygon to select with; Shift adds, Ctrl removes.</source>
        <translation>Haga clic en los vértices de un polígono con el que seleccionar; Mayús añade, Ctrl quita.</translation>
    </message>
    <message>
        <source>Click to add vertices; right click, Enter or a double click selects, Backspace removes the last vertex, Esc cancels.</source>
        <translation>Haga clic para añadir vértices; clic derecho, Intro o doble clic selecciona, Retroceso quita el último vértice, Esc cancela.</translation>
    </message>
    <message>
        <source>Choose a vector layer to select in first.</source>
        <translation>Elija primero una capa vectorial en la que seleccionar.</translation>
    </message>
    <message>
        <source>The selection shape cannot be used with the CRS of the layer &quot;%1&quot;.</source>
        <translation>La forma de selección no se puede usar con el SRC de la capa &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected in &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n entidad seleccionada en &quot;%1&quot;.</numerusform>
            <numerusform>%n entidades seleccionadas en &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selection polygon needs at least 3 vertices.</source>
        <translation>Un polígono de selección necesita al menos 3 vértices.</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolSplit</name>
    <message>
        <source>Split features</source>
        <translation>Dividir entidades</translation>
    </message>
    <message>
        <source>Draw a line across the features to split; right click or Enter splits, Esc cancels.</source>
        <translation>Dibuje una línea a través de las entidades que desea dividir; clic derecho o Intro divide, Esc cancela.</translation>
    </message>
    <message>
        <source>The line does not cut any feature through.</source>
        <translation>La línea no atraviesa por completo ninguna entidad.</translation>
    </message>
    <message numerus="yes">
        <source>Split %n feature(s)</source>
        <translation>
            <numerusform>Dividir %n entidad</numerusform>
            <numerusform>Dividir %n entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) split.</source>
        <translation>
            <numerusform>%n entidad dividida.</numerusform>
            <numerusform>%n entidades divididas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::MapToolVertex</name>
    <message>
        <source>Vertex tool</source>
        <translation>Herramienta de vértices</translation>
    </message>
    <message>
        <source>Point at a feature to see its vertices.</source>
        <translation>Señale una entidad para ver sus vértices.</translation>
    </message>
    <message>
        <source>Drag the vertex to move it; Delete removes it; double click on a segment adds a vertex.</source>
        <translation>Arrastre el vértice para moverlo; Supr lo elimina; doble clic en un segmento añade un vértice.</translation>
    </message>
    <message>
        <source>Drag a vertex to move it, click to select it; double click on a segment adds a vertex.</source>
        <translation>Arrastre un vértice para moverlo, haga clic para seleccionarlo; doble clic en un segmento añade un vértice.</translation>
    </message>
    <message>
        <source>The geometry of feature %1 could not be changed.</source>
        <translation>No se pudo cambiar la geometría de la entidad %1.</translation>
    </message>
    <message>
        <source>This vertex cannot be removed: the geometry would have too few vertices.</source>
        <translation>Este vértice no se puede eliminar: la geometría quedaría con muy pocos vértices.</translation>
    </message>
    <message>
        <source>The vertex cannot be placed there: outside the area of the layer&apos;s CRS.</source>
        <translation>El vértice no se puede colocar ahí: está fuera del área del SRC de la capa.</translation>
    </message>
    <message>
        <source>Vertex added.</source>
        <translation>Vértice añadido.</translation>
    </message>
</context>
<context>
    <name>territoria::Measurer</name>
    <message>
        <source>Measuring needs a valid coordinate reference system.</source>
        <translation>Para medir se necesita un sistema de referencia de coordenadas válido.</translation>
    </message>
    <message>
        <source>The coordinate reference system “%1” cannot be used for measuring.</source>
        <translation>El sistema de referencia de coordenadas “%1” no se puede usar para medir.</translation>
    </message>
    <message>
        <source>The coordinate reference system “%1” has no ellipsoid to measure on.</source>
        <translation>El sistema de referencia de coordenadas “%1” no tiene un elipsoide sobre el que medir.</translation>
    </message>
    <message>
        <source>The coordinate reference system “%1” has no geographic CRS to measure on.</source>
        <translation>El sistema de referencia de coordenadas “%1” no tiene un SRC geográfico sobre el que medir.</translation>
    </message>
    <message>
        <source>A vertex cannot be converted to geographic coordinates for the ellipsoidal measurement.</source>
        <translation>Un vértice no se puede convertir a coordenadas geográficas para la medición elipsoidal.</translation>
    </message>
</context>
<context>
    <name>territoria::Measurer::Private</name>
    <message>
        <source>A vertex cannot be converted to geographic coordinates for the ellipsoidal measurement.</source>
        <translation>Un vértice no se puede convertir a coordenadas geográficas para la medición elipsoidal.</translation>
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
    <name>territoria::NewLayerDialog</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <source>Whole number (64 bit)</source>
        <translation>Número entero (64 bits)</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Número decimal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>New Layer</source>
        <translation>Nueva capa</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>default: the file name</source>
        <translation>predeterminado: el nombre del archivo</translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation>Nombre de la tabla:</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <source>No geometry (table only)</source>
        <translation>Sin geometría (solo tabla)</translation>
    </message>
    <message>
        <source>Multi-part</source>
        <translation>Multiparte</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>Geometría:</translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation>SRC:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>New Layer File</source>
        <translation>Archivo de la nueva capa</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Shapefile (*.shp)</source>
        <translation>Shapefile (*.shp)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Choose the file of the new layer.</source>
        <translation>Elija el archivo de la nueva capa.</translation>
    </message>
    <message>
        <source>Choose the coordinate reference system of the new layer.</source>
        <translation>Elija el sistema de referencia de coordenadas de la nueva capa.</translation>
    </message>
    <message>
        <source>Field %1 has no name.</source>
        <translation>El campo %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>El archivo %1 ya existe.</translation>
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
    <message>
        <source>Layer “%1”: its analysis record cannot be read: %2</source>
        <translation>Capa “%1”: no se puede leer su registro de análisis: %2</translation>
    </message>
    <message>
        <source>%1: &quot;scenarios&quot; is not a list; the scenarios were not read.</source>
        <translation>%1: &quot;scenarios&quot; no es una lista; no se leyeron los escenarios.</translation>
    </message>
    <message>
        <source>Scenario %1 of %2 cannot be read and is kept unchanged in the file: %3</source>
        <translation>El escenario %1 de %2 no se puede leer y se conserva sin cambios en el archivo: %3</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
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
    <name>territoria::RiskProvider</name>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
</context>
<context>
    <name>territoria::ScenarioComparisonDialog</name>
    <message>
        <source>“%1” compared with “%2”</source>
        <translation>“%1” comparado con “%2”</translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation>%1 (A)</translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
    <message>
        <source>%1 B − A</source>
        <translation>%1 B − A</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Written to %1 and %2.</source>
        <translation>Escrito en %1 y %2.</translation>
    </message>
</context>
<context>
    <name>territoria::ScenarioDock</name>
    <message>
        <source>Scenario “%1”</source>
        <translation>Escenario “%1”</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Runs the analyses of a scenario in order.</source>
        <translation>Ejecuta los análisis de un escenario en orden.</translation>
    </message>
    <message>
        <source>No analysis algorithms are loaded.</source>
        <translation>No hay algoritmos de análisis cargados.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>A new scenario from the analyses recorded in the project</source>
        <translation>Un nuevo escenario a partir de los análisis registrados en el proyecto</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Name, description, author, key field and parameters</source>
        <translation>Nombre, descripción, autor, campo clave y parámetros</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>A copy of the scenario, to change its parameters</source>
        <translation>Una copia del escenario, para cambiar sus parámetros</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the scenario (its output files stay)</source>
        <translation>Quitar el escenario (sus archivos de salida se conservan)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run the selected scenario in the background</source>
        <translation>Ejecutar el escenario seleccionado en segundo plano</translation>
    </message>
    <message>
        <source>Run All</source>
        <translation>Ejecutar todos</translation>
    </message>
    <message>
        <source>Run every scenario in the background</source>
        <translation>Ejecutar todos los escenarios en segundo plano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the scenarios being run</source>
        <translation>Detener los escenarios en ejecución</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Differences per unit (B − A) of the two scenarios&apos; results: a table and a map</source>
        <translation>Diferencias por unidad (B − A) de los resultados de los dos escenarios: una tabla y un mapa</translation>
    </message>
    <message>
        <source>A (reference):</source>
        <translation>A (referencia):</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n analysis/analyses</source>
        <translation>
            <numerusform>%n análisis</numerusform>
            <numerusform>%n análisis</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no recorded analyses yet: run one from the Analysis menu, then make a scenario of it.</source>
        <translation>El proyecto aún no tiene análisis registrados: ejecute uno desde el menú Análisis y luego cree un escenario con él.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Escenario %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Quitar escenario</translation>
    </message>
    <message>
        <source>Remove the scenario “%1”? Its output files are kept.</source>
        <translation>¿Quitar el escenario “%1”? Sus archivos de salida se conservan.</translation>
    </message>
    <message>
        <source>Save the project first: a scenario&apos;s outputs go next to the project file.</source>
        <translation>Guarde primero el proyecto: las salidas de un escenario van junto al archivo del proyecto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose two different scenarios to compare.</source>
        <translation>Elija dos escenarios distintos para comparar.</translation>
    </message>
    <message>
        <source>Scenario “%1” has no results yet: run it first.</source>
        <translation>El escenario “%1” aún no tiene resultados: ejecútelo primero.</translation>
    </message>
    <message>
        <source>Set the key field (e.g. the district code) in the properties of scenario “%1”.</source>
        <translation>Establezca el campo clave (p. ej., el código de distrito) en las propiedades del escenario “%1”.</translation>
    </message>
    <message>
        <source>Difference %1 − %2: %3</source>
        <translation>Diferencia %1 − %2: %3</translation>
    </message>
</context>
<context>
    <name>territoria::ScenarioEditDialog</name>
    <message>
        <source>Scenario “%1”</source>
        <translation>Escenario “%1”</translation>
    </message>
    <message>
        <source>e.g. ubigeo</source>
        <translation>p. ej., ubigeo</translation>
    </message>
    <message>
        <source>The field that identifies a unit (the district code) in the results, to compare scenarios.</source>
        <translation>El campo que identifica una unidad (el código de distrito) en los resultados, para comparar escenarios.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Key field:</source>
        <translation>Campo c&amp;lave:</translation>
    </message>
    <message>
        <source>Analyses, run in this order (unchecked ones are left out):</source>
        <translation>Análisis, ejecutados en este orden (los no marcados se omiten):</translation>
    </message>
    <message>
        <source>Edit &amp;Parameters…</source>
        <translation>Editar &amp;parámetros…</translation>
    </message>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Asigne un nombre al escenario.</translation>
    </message>
    <message>
        <source>The algorithm “%1” is not available.</source>
        <translation>El algoritmo “%1” no está disponible.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>territoria::SelectByExpressionDialog</name>
    <message>
        <source>Write an expression to select features of “%1”.</source>
        <translation>Escriba una expresión para seleccionar entidades de “%1”.</translation>
    </message>
    <message>
        <source>Invalid expression “%1”: one expression only, without “;”.</source>
        <translation>Expresión no válida “%1”: una sola expresión, sin “;”.</translation>
    </message>
    <message>
        <source>GDAL&apos;s Memory driver is not available.</source>
        <translation>El controlador Memory de GDAL no está disponible.</translation>
    </message>
    <message>
        <source>Could not create an in-memory copy of “%1”: %2</source>
        <translation>No se pudo crear una copia en memoria de “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>The expression “%1” is not valid for “%2”: %3</source>
        <translation>La expresión “%1” no es válida para “%2”: %3</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The expression “%1” failed on “%2”: %3</source>
        <translation>La expresión “%1” falló en “%2”: %3</translation>
    </message>
    <message>
        <source>Select by Expression — %1</source>
        <translation>Seleccionar por expresión — %1</translation>
    </message>
    <message>
        <source>WHERE (SQLite SQL; the feature id is “rowid”):</source>
        <translation>WHERE (SQL de SQLite; el identificador de entidad es “rowid”):</translation>
    </message>
    <message>
        <source>e.g. &quot;POBLACION&quot; &gt; 10000 AND &quot;NOMBDIST&quot; LIKE &apos;CAY%&apos;</source>
        <translation>p. ej., &quot;POBLACION&quot; &gt; 10000 AND &quot;NOMBDIST&quot; LIKE &apos;CAY%&apos;</translation>
    </message>
    <message>
        <source>Fields (double-click to insert):</source>
        <translation>Campos (doble clic para insertar):</translation>
    </message>
    <message>
        <source>Create new selection</source>
        <translation>Crear nueva selección</translation>
    </message>
    <message>
        <source>Add to current selection</source>
        <translation>Añadir a la selección actual</translation>
    </message>
    <message>
        <source>Remove from current selection</source>
        <translation>Quitar de la selección actual</translation>
    </message>
    <message>
        <source>Select within current selection</source>
        <translation>Seleccionar dentro de la selección actual</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>The layer has unsaved edits: the expression is evaluated on an in-memory copy of the edited data.</source>
        <translation>La capa tiene ediciones no guardadas: la expresión se evalúa sobre una copia en memoria de los datos editados.</translation>
    </message>
    <message>
        <source>&amp;Select Features</source>
        <translation>&amp;Seleccionar entidades</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) match; %1 selected.</source>
        <translation>
            <numerusform>%n entidad coincide; %1 seleccionadas.</numerusform>
            <numerusform>%n entidades coinciden; %1 seleccionadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::SnappingIndex</name>
    <message>
        <source>Snapping cannot read the layer(s) %1.</source>
        <translation>El autoensamblado no puede leer la(s) capa(s) %1.</translation>
    </message>
</context>
<context>
    <name>territoria::SnappingSettingsWidget</name>
    <message>
        <source>Snap while digitizing</source>
        <translation>Autoensamblar al digitalizar</translation>
    </message>
    <message>
        <source>Current layer</source>
        <translation>Capa actual</translation>
    </message>
    <message>
        <source>All visible vector layers</source>
        <translation>Todas las capas vectoriales visibles</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Capas:</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Vértices</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Vertices and segments</source>
        <translation>Vértices y segmentos</translation>
    </message>
    <message>
        <source>Snap to:</source>
        <translation>Autoensamblar a:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolerancia:</translation>
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
    <message>
        <source>Selected features of the current layer</source>
        <translation>Entidades seleccionadas de la capa actual</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected in “%1”</source>
        <translation>
            <numerusform>%Ln seleccionada en “%1”</numerusform>
            <numerusform>%Ln seleccionadas en “%1”</numerusform>
        </translation>
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
