<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AhpAlgorithm</name>
    <message>
        <source>AHP weights (pairwise comparisons)</source>
        <translation>Pesos AHP (comparações par a par)</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>Priorização</translation>
    </message>
    <message>
        <source>Weights of the criteria from a pairwise comparison matrix on Saaty&apos;s scale 1/9..9: rows separated by “;” and entries by “,”, fractions allowed (1,3,5;1/3,1,3;1/5,1/3,1 says the first criterion is moderately more important than the second and strongly more than the third). The weights are the principal eigenvector (adding up to 1, in row order); CI = (λmax − n)/(n − 1) and CR = CI/RI with Saaty&apos;s random index. A CR above 0.10 means the judgements contradict each other: the ones most at odds are listed with the value the weights suggest.</source>
        <translation>Pesos dos critérios a partir de uma matriz de comparação par a par na escala de Saaty 1/9..9: linhas separadas por “;” e entradas por “,”, frações permitidas (1,3,5;1/3,1,3;1/5,1/3,1 indica que o primeiro critério é moderadamente mais importante que o segundo e fortemente mais que o terceiro). Os pesos são o autovetor principal (somando 1, na ordem das linhas); CI = (λmax − n)/(n − 1) e CR = CI/RI com o índice aleatório de Saaty. Uma CR acima de 0.10 significa que os julgamentos se contradizem: os mais discordantes são listados com o valor que os pesos sugerem.</translation>
    </message>
    <message>
        <source>Pairwise comparison matrix (rows by “;”, entries by “,”)</source>
        <translation>Matriz de comparação par a par (linhas com “;”, entradas com “,”)</translation>
    </message>
    <message>
        <source>Names of the criteria, in row order (for the messages)</source>
        <translation>Nomes dos critérios, na ordem das linhas (para as mensagens)</translation>
    </message>
    <message>
        <source>Weights, in row order</source>
        <translation>Pesos, na ordem das linhas</translation>
    </message>
    <message>
        <source>Principal eigenvalue</source>
        <translation>Autovalor principal</translation>
    </message>
    <message>
        <source>Consistency index</source>
        <translation>Índice de consistência</translation>
    </message>
    <message>
        <source>Random index (Saaty)</source>
        <translation>Índice aleatório (Saaty)</translation>
    </message>
    <message>
        <source>Consistency ratio</source>
        <translation>Razão de consistência</translation>
    </message>
    <message>
        <source>Consistent (CR at most 0.10)</source>
        <translation>Consistente (CR no máximo 0.10)</translation>
    </message>
    <message>
        <source>Judgements most at odds with the weights</source>
        <translation>Julgamentos mais discordantes dos pesos</translation>
    </message>
    <message>
        <source>Parameter “names”: %1 names for a %2 x %2 matrix.</source>
        <translation>Parâmetro “names”: %1 nomes para uma matriz %2 x %2.</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>critério %1</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3 is outside Saaty&apos;s scale 1/9..9.</source>
        <translation>Linha %1, coluna %2: %3 está fora da escala de Saaty 1/9..9.</translation>
    </message>
    <message>
        <source>%1 vs %2 (row %3, column %4): %5 given, the weights imply %6</source>
        <translation>%1 versus %2 (linha %3, coluna %4): informado %5, os pesos implicam %6</translation>
    </message>
    <message>
        <source>The matrix is inconsistent: CR = %1 &gt; 0.10. Revise the judgements most at odds with the rest: %2.</source>
        <translation>A matriz é inconsistente: CR = %1 &gt; 0.10. Revise os julgamentos mais discordantes do restante: %2.</translation>
    </message>
</context>
<context>
    <name>Algorithm</name>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 foi cancelado.</translation>
    </message>
</context>
<context>
    <name>AlgorithmRegistry</name>
    <message>
        <source>%1 is not a Qt plugin: %2</source>
        <translation>%1 não é um plugin do Qt: %2</translation>
    </message>
    <message>
        <source>%1 is not a Territoria analysis plugin (interface %2, expected %3).</source>
        <translation>%1 não é um plugin de análise do Territoria (interface %2; esperada %3).</translation>
    </message>
    <message>
        <source>%1: plugin.json has no “id”.</source>
        <translation>%1: o plugin.json não tem “id”.</translation>
    </message>
    <message>
        <source>Cannot load the plugin %1: %2</source>
        <translation>Não foi possível carregar o plugin %1: %2</translation>
    </message>
    <message>
        <source>%1 does not implement the analysis provider interface.</source>
        <translation>%1 não implementa a interface de provedor de análise.</translation>
    </message>
    <message>
        <source>%1: plugin.json says id “%2” but the provider says “%3”.</source>
        <translation>%1: o plugin.json indica o id “%2”, mas o provedor indica “%3”.</translation>
    </message>
    <message>
        <source>algorithm id “%1” does not start with “%2”</source>
        <translation>o id de algoritmo “%1” não começa com “%2”</translation>
    </message>
    <message>
        <source>algorithm id “%1” is already registered</source>
        <translation>o id de algoritmo “%1” já está registrado</translation>
    </message>
    <message>
        <source>Provider “%1” rejected: %2.</source>
        <translation>Provedor “%1” rejeitado: %2.</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <source>Rank Stability — %1</source>
        <translation>Estabilidade da posição — %1</translation>
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
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Desenho SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>The layout “%1” has no atlas: turn the atlas on and choose a coverage layer.</source>
        <translation>O layout “%1” não tem atlas: ative o atlas e escolha uma camada de cobertura.</translation>
    </message>
    <message>
        <source>The atlas of the layout “%1” has no coverage layer.</source>
        <translation>O atlas do layout “%1” não tem camada de cobertura.</translation>
    </message>
    <message>
        <source>The coverage layer “%1” of the atlas “%2” could not be opened: %3</source>
        <translation>Não foi possível abrir a camada de cobertura “%1” do atlas “%2”: %3</translation>
    </message>
    <message>
        <source>The coverage layer of the atlas “%1” is not in the project (layer id %2).</source>
        <translation>A camada de cobertura do atlas “%1” não está no projeto (id da camada %2).</translation>
    </message>
    <message>
        <source>The coverage layer “%1” of the atlas “%2” is not a vector layer.</source>
        <translation>A camada de cobertura “%1” do atlas “%2” não é uma camada vetorial.</translation>
    </message>
    <message>
        <source>The coverage layer “%1” of the atlas “%2” has no data.</source>
        <translation>A camada de cobertura “%1” do atlas “%2” não tem dados.</translation>
    </message>
    <message>
        <source>Invalid atlas expression “%1” for %2: one expression only, without “;”.</source>
        <translation>Expressão de atlas inválida “%1” para %2: apenas uma expressão, sem “;”.</translation>
    </message>
    <message>
        <source>Cannot open the coverage layer %1: %2</source>
        <translation>Não foi possível abrir a camada de cobertura %1: %2</translation>
    </message>
    <message>
        <source>filter “%1”</source>
        <translation>filtro “%1”</translation>
    </message>
    <message>
        <source>sort “%1”</source>
        <translation>ordenação “%1”</translation>
    </message>
    <message>
        <source>page name “%1”</source>
        <translation>nome da página “%1”</translation>
    </message>
    <message>
        <source>The atlas expressions of “%1” are not valid for %2 (%3): %4</source>
        <translation>As expressões do atlas de “%1” não são válidas para %2 (%3): %4</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>The atlas of “%1” was cancelled.</source>
        <translation>O atlas de “%1” foi cancelado.</translation>
    </message>
    <message>
        <source>The atlas expressions of “%1” failed on %2: %3</source>
        <translation>As expressões do atlas de “%1” falharam em %2: %3</translation>
    </message>
    <message>
        <source>The atlas filter “%1” of “%2” keeps no feature of %3.</source>
        <translation>O filtro do atlas “%1” de “%2” não mantém nenhuma feição de %3.</translation>
    </message>
    <message>
        <source>The coverage layer %1 of the atlas “%2” has no features.</source>
        <translation>A camada de cobertura %1 do atlas “%2” não tem feições.</translation>
    </message>
    <message>
        <source>Cannot transform the coverage layer “%1” to the project CRS: %2</source>
        <translation>Não foi possível transformar a camada de cobertura “%1” para o SRC do projeto: %2</translation>
    </message>
    <message>
        <source>Cannot read feature %1 of the coverage layer %2: %3</source>
        <translation>Não foi possível ler a feição %1 da camada de cobertura %2: %3</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sem nome</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Chart exported by Territoria</source>
        <translation>Gráfico exportado pelo Territoria</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Features</source>
        <translation>Feições</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(sem valor)</translation>
    </message>
    <message>
        <source>%1: no layer chosen</source>
        <translation>%1: nenhuma camada escolhida</translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no attributes to chart</source>
        <translation>%1: a camada “%2” não tem atributos para o gráfico</translation>
    </message>
    <message>
        <source>%1: the layer «%2» is missing from the project</source>
        <translation>%1: a camada “%2” não está no projeto</translation>
    </message>
    <message>
        <source>%1: the layer «%2» cannot be read</source>
        <translation>%1: não foi possível ler a camada “%2”</translation>
    </message>
    <message>
        <source>%1: choose the field to chart</source>
        <translation>%1: escolha o campo para o gráfico</translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no field «%3»</source>
        <translation>%1: a camada “%2” não tem o campo “%3”</translation>
    </message>
    <message>
        <source>%1: the field «%2» of «%3» is not numeric</source>
        <translation>%1: o campo “%2” de “%3” não é numérico</translation>
    </message>
    <message>
        <source>%1: the atlas layer has no field «%2»</source>
        <translation>%1: a camada do atlas não tem o campo “%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n without a value</source>
        <translation>
            <numerusform>%n sem valor</numerusform>
            <numerusform>%n sem valor</numerusform>
        </translation>
    </message>
    <message>
        <source>No values to chart</source>
        <translation>Não há valores para o gráfico</translation>
    </message>
    <message>
        <source>Rank: bar from the best to the worst, dot at the mean</source>
        <translation>Posição: barra do melhor ao pior, ponto na média</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Equal interval</source>
        <translation>Intervalos iguais</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>Quantis (contagem igual)</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Quebras naturais (Jenks)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Desvio padrão</translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation>Quebras arredondadas</translation>
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
        <translation>Opção desconhecida “%1”; um comando (info, render) deve vir primeiro.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconhecido “%1”.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Tente &apos;%1&apos; para mais informações.</translation>
    </message>
    <message>
        <source>Invalid size “%1”: expected WIDTHxHEIGHT in pixels, e.g. 1600x1200.</source>
        <translation>Tamanho inválido “%1”: esperado LARGURAxALTURA em pixels, p. ex. 1600x1200.</translation>
    </message>
    <message>
        <source>Invalid size “%1”: width and height must be between 1 and %2 pixels.</source>
        <translation>Tamanho inválido “%1”: a largura e a altura devem estar entre 1 e %2 pixels.</translation>
    </message>
    <message>
        <source>Invalid extent “%1”: expected four numbers xmin,ymin,xmax,ymax.</source>
        <translation>Extensão inválida “%1”: esperados quatro números xmin,ymin,xmax,ymax.</translation>
    </message>
    <message>
        <source>Invalid extent “%1”: xmin must be less than xmax and ymin less than ymax.</source>
        <translation>Extensão inválida “%1”: xmin deve ser menor que xmax e ymin menor que ymax.</translation>
    </message>
    <message>
        <source>Invalid DPI “%1”: expected a number greater than 0 and at most 2400.</source>
        <translation>DPI inválido “%1”: esperado um número maior que 0 e no máximo 2400.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Camada: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>vetorial</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>SRC: %1</translation>
    </message>
    <message>
        <source>Extent: none</source>
        <translation>Extensão: nenhuma</translation>
    </message>
    <message>
        <source>Extent: %1, %2, %3, %4 (xmin, ymin, xmax, ymax)</source>
        <translation>Extensão: %1, %2, %3, %4 (xmin, ymin, xmax, ymax)</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Feições: %1</translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation>Geometria: %1</translation>
    </message>
    <message>
        <source>Fields: none</source>
        <translation>Campos: nenhum</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <source>Size: %1 x %2</source>
        <translation>Tamanho: %1 x %2</translation>
    </message>
    <message>
        <source>Bands: %1</source>
        <translation>Bandas: %1</translation>
    </message>
    <message>
        <source>Data type: %1</source>
        <translation>Tipo de dado: %1</translation>
    </message>
    <message>
        <source>NoData: %1</source>
        <translation>Sem dados (NoData): %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Describes every layer (all sublayers) of each PATH: kind, CRS, extent, and the features,
geometry type and fields of vectors or the size, bands, data type and nodata of rasters.</source>
        <translation>Descreve cada camada (todas as subcamadas) de cada CAMINHO: tipo, SRC, extensão e as feições,
o tipo de geometria e os campos das camadas vetoriais, ou o tamanho, as bandas, o tipo de dado e o valor sem dados dos rasters.</translation>
    </message>
    <message>
        <source>Print one JSON object {&quot;layers&quot;: [...]} instead of text.</source>
        <translation>Imprime um objeto JSON {&quot;layers&quot;: [...]} em vez de texto.</translation>
    </message>
    <message>
        <source>Files (or GDAL data sources) to describe.</source>
        <translation>Arquivos (ou fontes de dados GDAL) a descrever.</translation>
    </message>
    <message>
        <source>No PATH given.</source>
        <translation>Nenhum CAMINHO informado.</translation>
    </message>
    <message>
        <source>%1 contains no layer.</source>
        <translation>%1 não contém nenhuma camada.</translation>
    </message>
    <message>
        <source>Draws a project, or layers, into an image (PNG, JPEG, TIFF), a PDF or an SVG file.
Layers given on the command line are stacked top first: the first one is drawn on top.</source>
        <translation>Desenha um projeto, ou camadas, em uma imagem (PNG, JPEG, TIFF), um PDF ou um arquivo SVG.
As camadas informadas na linha de comando são empilhadas de cima para baixo: a primeira é desenhada por cima.</translation>
    </message>
    <message>
        <source>Output file; the format follows the extension (.png, .jpg, .tif, .pdf, .svg).</source>
        <translation>Arquivo de saída; o formato segue a extensão (.png, .jpg, .tif, .pdf, .svg).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Output size in pixels (default %1x%2).</source>
        <translation>Tamanho de saída em pixels (padrão %1x%2).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxA</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default %1).</source>
        <translation>Resolução em pontos por polegada (padrão %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Area to draw, in the output CRS (default: the project&apos;s view, else the full extent of the layers).</source>
        <translation>Área a desenhar, no SRC de saída (padrão: a vista do projeto; senão, a extensão completa das camadas).</translation>
    </message>
    <message>
        <source>xmin,ymin,xmax,ymax</source>
        <translation>xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <source>Output CRS, e.g. EPSG:32719 (default: the project&apos;s, else the first layer&apos;s).</source>
        <translation>SRC de saída, p. ex. EPSG:32719 (padrão: o do projeto; senão, o da primeira camada).</translation>
    </message>
    <message>
        <source>AUTH:CODE</source>
        <translation>AUTORIDADE:CÓDIGO</translation>
    </message>
    <message>
        <source>A project (.territoria) or one or more layer files.</source>
        <translation>Um projeto (.territoria) ou um ou mais arquivos de camadas.</translation>
    </message>
    <message>
        <source>No project or layer given.</source>
        <translation>Nenhum projeto ou camada informado.</translation>
    </message>
    <message>
        <source>A project file cannot be combined with other inputs.</source>
        <translation>Um arquivo de projeto não pode ser combinado com outras entradas.</translation>
    </message>
    <message>
        <source>Missing --out FILE.</source>
        <translation>Falta --out ARQUIVO.</translation>
    </message>
    <message>
        <source>Unsupported output format “%1” for %2: use one of %3.</source>
        <translation>Formato de saída “%1” não suportado para %2: use um de %3.</translation>
    </message>
    <message>
        <source>Invalid CRS “%1”: %2</source>
        <translation>SRC inválido “%1”: %2</translation>
    </message>
    <message>
        <source>unknown to PROJ</source>
        <translation>desconhecido pelo PROJ</translation>
    </message>
    <message>
        <source>Nothing to render: no layer could be opened.</source>
        <translation>Nada para desenhar: nenhuma camada pôde ser aberta.</translation>
    </message>
    <message>
        <source>The layers have no CRS: drawing them in their own coordinates.</source>
        <translation>As camadas não têm SRC: elas são desenhadas em suas próprias coordenadas.</translation>
    </message>
    <message>
        <source>The project&apos;s view cannot be expressed in %1; using the full extent.</source>
        <translation>A vista do projeto não pode ser expressa em %1; usando a extensão completa.</translation>
    </message>
    <message>
        <source>Cannot tell which area to draw: the layers have no extent in %1. Use --extent.</source>
        <translation>Não é possível saber qual área desenhar: as camadas não têm extensão em %1. Use --extent.</translation>
    </message>
    <message>
        <source>layer “%1” was not drawn: %2</source>
        <translation>a camada “%1” não foi desenhada: %2</translation>
    </message>
    <message>
        <source>Lists the analysis algorithms of the installed plugins.</source>
        <translation>Lista os algoritmos de análise dos plugins instalados.</translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation>Grava JSON em vez de texto.</translation>
    </message>
    <message>
        <source>Also load plugins from DIR (a folder you trust).</source>
        <translation>Carrega também plugins de DIR (uma pasta confiável).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>No algorithms: no analysis plugin was found in %1.</source>
        <translation>Nenhum algoritmo: nenhum plugin de análise foi encontrado em %1.</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parâmetros:</translation>
    </message>
    <message>
        <source>[optional]</source>
        <translation>[opcional]</translation>
    </message>
    <message>
        <source>[default: %1]</source>
        <translation>[padrão: %1]</translation>
    </message>
    <message>
        <source>(one of: %1)</source>
        <translation>(um de: %1)</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Saídas:</translation>
    </message>
    <message>
        <source>Runs an analysis algorithm, e.g.
  territoria-cli run indicators:zonal_statistics --param input=pop.tif --param zones=districts.gpkg --param output=stats.gpkg</source>
        <translation>Executa um algoritmo de análise, p. ex.
  territoria-cli run indicators:zonal_statistics --param input=pop.tif --param zones=districts.gpkg --param output=stats.gpkg</translation>
    </message>
    <message>
        <source>Algorithm id (see &apos;territoria-cli algorithms&apos;).</source>
        <translation>Id do algoritmo (veja &apos;territoria-cli algorithms&apos;).</translation>
    </message>
    <message>
        <source>A parameter value, NAME=VALUE (repeatable).</source>
        <translation>Um valor de parâmetro, NOME=VALOR (pode ser repetido).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOME=VALOR</translation>
    </message>
    <message>
        <source>Write the outputs as one JSON object.</source>
        <translation>Grava as saídas como um único objeto JSON.</translation>
    </message>
    <message>
        <source>No algorithm given.</source>
        <translation>Nenhum algoritmo informado.</translation>
    </message>
    <message>
        <source>Invalid parameter “%1”: expected NAME=VALUE.</source>
        <translation>Parâmetro inválido “%1”: esperado NOME=VALOR.</translation>
    </message>
    <message>
        <source>Parameter “%1” is given twice.</source>
        <translation>O parâmetro “%1” foi informado duas vezes.</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1”: no analysis plugin was found.</source>
        <translation>Algoritmo desconhecido “%1”: nenhum plugin de análise foi encontrado.</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1” (available: %2).</source>
        <translation>Algoritmo desconhecido “%1” (disponíveis: %2).</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>Lists the print layouts of a project, one name per line.</source>
        <translation>Lista os layouts de impressão de um projeto, um nome por linha.</translation>
    </message>
    <message>
        <source>Print JSON: name, page size in mm, items and atlas.</source>
        <translation>Imprime JSON: nome, tamanho da página em mm, itens e atlas.</translation>
    </message>
    <message>
        <source>A project file (.territoria).</source>
        <translation>Um arquivo de projeto (.territoria).</translation>
    </message>
    <message>
        <source>Give exactly one project file.</source>
        <translation>Informe exatamente um arquivo de projeto.</translation>
    </message>
    <message>
        <source>Writes a print layout of a project to PDF, SVG, PNG, TIFF or JPEG; with --atlas, one page per
feature of its coverage layer (one multi-page PDF unless --per-feature or --split-by).</source>
        <translation>Grava um layout de impressão de um projeto em PDF, SVG, PNG, TIFF ou JPEG; com --atlas, uma página por
feição da sua camada de cobertura (um único PDF de várias páginas, exceto com --per-feature ou --split-by).</translation>
    </message>
    <message>
        <source>Name of the layout (&apos;layout list&apos; shows them).</source>
        <translation>Nome do layout (&apos;layout list&apos; os mostra).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Output file; the format follows the extension (.pdf, .svg, .png, .tif, .jpg).</source>
        <translation>Arquivo de saída; o formato segue a extensão (.pdf, .svg, .png, .tif, .jpg).</translation>
    </message>
    <message>
        <source>Export the layout&apos;s atlas: one page per feature.</source>
        <translation>Exporta o atlas do layout: uma página por feição.</translation>
    </message>
    <message>
        <source>Resolution of images and raster parts (default 300).</source>
        <translation>Resolução das imagens e das partes raster (padrão 300).</translation>
    </message>
    <message>
        <source>With --atlas: one PDF per value of this field (FILE_&lt;value&gt;.pdf).</source>
        <translation>Com --atlas: um PDF por valor deste campo (ARQUIVO_&lt;valor&gt;.pdf).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>With --atlas: one file per feature (FILE_&lt;page name&gt;.pdf).</source>
        <translation>Com --atlas: um arquivo por feição (ARQUIVO_&lt;nome da página&gt;.pdf).</translation>
    </message>
    <message>
        <source>Do not write a world file (.pgw, .tfw, .jgw) beside images.</source>
        <translation>Não grava um arquivo de georreferência (world file: .pgw, .tfw, .jgw) junto às imagens.</translation>
    </message>
    <message>
        <source>Missing --layout NAME.</source>
        <translation>Falta --layout NOME.</translation>
    </message>
    <message>
        <source>--split-by and --per-feature need --atlas.</source>
        <translation>--split-by e --per-feature exigem --atlas.</translation>
    </message>
    <message>
        <source>Use either --split-by or --per-feature, not both.</source>
        <translation>Use --split-by ou --per-feature, não ambos.</translation>
    </message>
    <message>
        <source>--split-by needs a field name.</source>
        <translation>--split-by exige um nome de campo.</translation>
    </message>
    <message>
        <source>--split-by writes PDF files: use an --out ending in .pdf.</source>
        <translation>--split-by grava arquivos PDF: use um --out terminado em .pdf.</translation>
    </message>
    <message>
        <source>the project has no layouts</source>
        <translation>o projeto não tem layouts</translation>
    </message>
    <message>
        <source>its layouts are: %1</source>
        <translation>seus layouts são: %1</translation>
    </message>
    <message>
        <source>The project %1 has no layout “%2”; %3.</source>
        <translation>O projeto %1 não tem nenhum layout “%2”; %3.</translation>
    </message>
    <message>
        <source>The layout “%1” has no atlas; export it without --atlas.</source>
        <translation>O layout “%1” não tem atlas; exporte-o sem --atlas.</translation>
    </message>
    <message>
        <source>Usage: %1 layout list PROJECT [--json]
       %1 layout export PROJECT --layout NAME --out FILE [--atlas] [--dpi N]
                             [--split-by FIELD | --per-feature] [--no-world-file]
Run &apos;%1 layout export --help&apos; for the options.
</source>
        <translation>Uso: %1 layout list PROJETO [--json]
     %1 layout export PROJETO --layout NOME --out ARQUIVO [--atlas] [--dpi N]
                           [--split-by CAMPO | --per-feature] [--no-world-file]
Execute &apos;%1 layout export --help&apos; para ver as opções.
</translation>
    </message>
    <message>
        <source>Unknown layout command “%1”: use “list” or “export”.</source>
        <translation>Comando de layout desconhecido “%1”: use “list” ou “export”.</translation>
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
        <translation>Uso: %1 COMANDO [opções]

Comandos:
  info CAMINHO... [--json]     Descreve as camadas de arquivos (SRC, extensão, campos, bandas...).
  render ENTRADA... --out ARQ  Desenha um projeto (.territoria) ou camadas em PNG, PDF ou SVG.
  layout list PROJETO          Lista os layouts de impressão de um projeto.
  layout export PROJETO --layout NOME --out ARQ [--atlas]
                               Exporta um layout de impressão (ou seu atlas) para PDF, SVG ou imagens.
  algorithms [--json]          Lista os algoritmos de análise e seus parâmetros.
  run ALGORITMO --param N=V... Executa um algoritmo de análise e imprime suas saídas.
  scenario list PROJETO        Lista os cenários de um projeto (também: show, run, compare).
  scenario run PROJETO NOME    Executa as análises de um cenário (--all: todos os cenários).
  scenario compare PROJETO A B --out DIR
                               Diferenças por distrito entre dois cenários (CSV, GeoPackage).

Opções:
  -h, --help                   Mostra esta ajuda (&apos;%1 COMANDO --help&apos; para um comando).
  -v, --version                Mostra a versão.

Código de saída: 0 em caso de sucesso, 1 quando um arquivo não pode ser lido ou gravado, 2 para argumentos inválidos.
</translation>
    </message>
    <message>
        <source>the project has no scenarios</source>
        <translation>o projeto não tem cenários</translation>
    </message>
    <message>
        <source>its scenarios are: %1</source>
        <translation>seus cenários são: %1</translation>
    </message>
    <message>
        <source>The project %1 has no scenario “%2”; %3.</source>
        <translation>O projeto %1 não tem o cenário “%2”; %3.</translation>
    </message>
    <message>
        <source>Lists the scenarios of a project, one name per line.</source>
        <translation>Lista os cenários de um projeto, um nome por linha.</translation>
    </message>
    <message>
        <source>Print JSON: every scenario with its analyses.</source>
        <translation>Imprime JSON: cada cenário com suas análises.</translation>
    </message>
    <message>
        <source>Describes a scenario: description, author, and its analyses with the command line that reproduces each one.</source>
        <translation>Descreve um cenário: descrição, autor e suas análises com a linha de comando que reproduz cada uma.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation>O cenário.</translation>
    </message>
    <message>
        <source>Give a project file and a scenario name.</source>
        <translation>Informe um arquivo de projeto e um nome de cenário.</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Cenário: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descrição: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Key field: %1</source>
        <translation>Campo chave: %1</translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Pasta de saída: %1</translation>
    </message>
    <message>
        <source>Analysis %1: %2</source>
        <translation>Análise %1: %2</translation>
    </message>
    <message>
        <source>Runs the analyses of a scenario in order; the outputs go to the folder &lt;project&gt;.scenarios/&lt;name&gt;/ next to the project file.</source>
        <translation>Executa as análises de um cenário em ordem; as saídas vão para a pasta &lt;projeto&gt;.scenarios/&lt;nome&gt;/ ao lado do arquivo do projeto.</translation>
    </message>
    <message>
        <source>Run every scenario of the project, in order.</source>
        <translation>Executa todos os cenários do projeto, em ordem.</translation>
    </message>
    <message>
        <source>The scenario (not with --all).</source>
        <translation>O cenário (não com --all).</translation>
    </message>
    <message>
        <source>Give a project file.</source>
        <translation>Informe um arquivo de projeto.</translation>
    </message>
    <message>
        <source>With --all give only the project file.</source>
        <translation>Com --all informe apenas o arquivo do projeto.</translation>
    </message>
    <message>
        <source>Give a project file and a scenario name (or --all).</source>
        <translation>Informe um arquivo de projeto e um nome de cenário (ou --all).</translation>
    </message>
    <message>
        <source>The project %1 has no scenarios.</source>
        <translation>O projeto %1 não tem cenários.</translation>
    </message>
    <message>
        <source>Compares the result layers of two scenarios (each one&apos;s last vector output, after &apos;scenario run&apos;) unit by
unit: for every numeric field in both, A, B, B − A and the change in %. Writes DIR/A_vs_B.csv and
DIR/A_vs_B.gpkg (the difference map, with A&apos;s geometry) and prints a summary.</source>
        <translation>Compara as camadas de resultado de dois cenários (a última saída vetorial de cada um, após &apos;scenario run&apos;) unidade por
unidade: para cada campo numérico presente em ambos, A, B, B − A e a variação em %. Grava DIR/A_vs_B.csv e
DIR/A_vs_B.gpkg (o mapa de diferenças, com a geometria de A) e imprime um resumo.</translation>
    </message>
    <message>
        <source>Folder for the CSV table and the GeoPackage.</source>
        <translation>Pasta para a tabela CSV e o GeoPackage.</translation>
    </message>
    <message>
        <source>Key field matching the units (default: the scenario&apos;s own).</source>
        <translation>Campo chave que associa as unidades (padrão: o do próprio cenário).</translation>
    </message>
    <message>
        <source>The reference scenario.</source>
        <translation>O cenário de referência.</translation>
    </message>
    <message>
        <source>The scenario compared with it.</source>
        <translation>O cenário comparado com ele.</translation>
    </message>
    <message>
        <source>Give a project file and two scenario names.</source>
        <translation>Informe um arquivo de projeto e dois nomes de cenário.</translation>
    </message>
    <message>
        <source>Missing --out DIR.</source>
        <translation>Falta --out DIR.</translation>
    </message>
    <message>
        <source>Neither scenario names a key field: give --key FIELD (e.g. the district code).</source>
        <translation>Nenhum dos cenários indica um campo chave: informe --key CAMPO (por exemplo, o código do distrito).</translation>
    </message>
    <message>
        <source>Scenario “%1” has no results yet (%2 is missing): run &apos;%3 scenario run %4 &quot;%1&quot;&apos; first.</source>
        <translation>O cenário “%1” ainda não tem resultados (%2 não existe): execute primeiro &apos;%3 scenario run %4 &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>Usage: %1 scenario list PROJECT [--json]
       %1 scenario show PROJECT NAME [--json]
       %1 scenario run PROJECT (NAME | --all)
       %1 scenario compare PROJECT NAME_A NAME_B --out DIR [--key FIELD]
Run &apos;%1 scenario COMMAND --help&apos; for the options.
</source>
        <translation>Uso: %1 scenario list PROJETO [--json]
     %1 scenario show PROJETO NOME [--json]
     %1 scenario run PROJETO (NOME | --all)
     %1 scenario compare PROJETO NOME_A NOME_B --out DIR [--key CAMPO]
Execute &apos;%1 scenario COMANDO --help&apos; para ver as opções.
</translation>
    </message>
    <message>
        <source>Unknown scenario command “%1”: use “list”, “show”, “run” or “compare”.</source>
        <translation>Comando de cenário desconhecido “%1”: use “list”, “show”, “run” ou “compare”.</translation>
    </message>
</context>
<context>
    <name>CompositeIndexAlgorithm</name>
    <message>
        <source>Composite index</source>
        <translation>Índice composto</translation>
    </message>
    <message>
        <source>Vector indicators</source>
        <translation>Indicadores vetoriais</translation>
    </message>
    <message>
        <source>Combines several indicator fields into one index per unit. Each indicator is normalized (minmax: (x − min)/(max − min); zscore: (x − mean)/standard deviation of the population; rank: average rank / number of units), turned around when lower is better, weighted (weights are scaled to sum 1) and aggregated by a weighted arithmetic mean (contrib_&lt;field&gt; = weight × score, they add up to the index) or a weighted geometric mean (contrib_&lt;field&gt; = weight × ln(score), the index is the exponential of their sum; a score of 0 makes the index 0). Missing values: skip_unit leaves the unit out (empty index), mean_impute replaces them by the indicator&apos;s mean. index_rank is 1 for the highest index.</source>
        <translation>Combina vários campos de indicadores em um índice por unidade. Cada indicador é normalizado (minmax: (x − mín)/(máx − mín); zscore: (x − média)/desvio padrão da população; rank: posto médio / número de unidades), invertido quando menor é melhor, ponderado (os pesos são escalados para somar 1) e agregado por uma média aritmética ponderada (contrib_&lt;campo&gt; = peso × escore; somam o índice) ou uma média geométrica ponderada (contrib_&lt;campo&gt; = peso × ln(escore); o índice é a exponencial da soma; um escore 0 torna o índice 0). Valores ausentes: skip_unit deixa a unidade de fora (índice vazio), mean_impute os substitui pela média do indicador. index_rank é 1 para o maior índice.</translation>
    </message>
    <message>
        <source>Units with indicators</source>
        <translation>Unidades com indicadores</translation>
    </message>
    <message>
        <source>Indicator fields</source>
        <translation>Campos de indicadores</translation>
    </message>
    <message>
        <source>Direction of each indicator (empty: all higher is better)</source>
        <translation>Sentido de cada indicador (vazio: em todos, maior é melhor)</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalização</translation>
    </message>
    <message>
        <source>Weight of each indicator (empty: equal weights)</source>
        <translation>Peso de cada indicador (vazio: pesos iguais)</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agregação</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valores ausentes</translation>
    </message>
    <message>
        <source>Units with the index</source>
        <translation>Unidades com o índice</translation>
    </message>
    <message>
        <source>Units read</source>
        <translation>Unidades lidas</translation>
    </message>
    <message>
        <source>Units with an index</source>
        <translation>Unidades com índice</translation>
    </message>
    <message>
        <source>Units left out for missing values</source>
        <translation>Unidades excluídas por valores ausentes</translation>
    </message>
    <message>
        <source>Parameter “directions”: give one direction per field (%1 fields, %2 directions).</source>
        <translation>Parâmetro “directions”: informe um sentido por campo (%1 campos, %2 sentidos).</translation>
    </message>
    <message>
        <source>Parameter “weights”: give one weight per field (%1 fields, %2 weights).</source>
        <translation>Parâmetro “weights”: informe um peso por campo (%1 campos, %2 pesos).</translation>
    </message>
    <message>
        <source>The geometric mean needs positive scores and z-scores can be negative: use minmax or rank.</source>
        <translation>A média geométrica exige escores positivos e escores z podem ser negativos: use minmax ou rank.</translation>
    </message>
    <message>
        <source>Parameter “weights”: “%1” is not a number of zero or more.</source>
        <translation>Parâmetro “weights”: “%1” não é um número maior ou igual a zero.</translation>
    </message>
    <message>
        <source>Parameter “weights”: the weights add up to zero.</source>
        <translation>Parâmetro “weights”: os pesos somam zero.</translation>
    </message>
    <message>
        <source>Parameter “fields”: %1 has no field “%2”.</source>
        <translation>Parâmetro “fields”: %1 não tem o campo “%2”.</translation>
    </message>
    <message>
        <source>Parameter “fields”: the field “%1” of %2 is not numeric.</source>
        <translation>Parâmetro “fields”: o campo “%1” de %2 não é numérico.</translation>
    </message>
    <message>
        <source>The field “%1” of %2 has no values.</source>
        <translation>O campo “%1” de %2 não tem valores.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n missing value(s) replaced by the mean.</source>
        <translation>
            <numerusform>“%1”: %n valor ausente substituído pela média.</numerusform>
            <numerusform>“%1”: %n valores ausentes substituídos pela média.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have missing values and get no index.</source>
        <translation>
            <numerusform>%n unidade tem valores ausentes e não recebe índice.</numerusform>
            <numerusform>%n unidades têm valores ausentes e não recebem índice.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit of %1 has a value for every indicator.</source>
        <translation>Nenhuma unidade de %1 tem valor para todos os indicadores.</translation>
    </message>
    <message>
        <source>“%1” has the same value in every unit: its score is 0.5.</source>
        <translation>“%1” tem o mesmo valor em todas as unidades: seu escore é 0.5.</translation>
    </message>
    <message>
        <source>“%1” has the same value in every unit: its score is 0.</source>
        <translation>“%1” tem o mesmo valor em todas as unidades: seu escore é 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have a score of 0 in some indicator: their geometric index is 0.</source>
        <translation>
            <numerusform>%n unidade tem escore 0 em algum indicador: seu índice geométrico é 0.</numerusform>
            <numerusform>%n unidades têm escore 0 em algum indicador: seu índice geométrico é 0.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinateTransform</name>
    <message>
        <source>Cannot transform coordinates: a coordinate reference system is missing</source>
        <translation>Não foi possível transformar as coordenadas: falta um sistema de referência de coordenadas</translation>
    </message>
    <message>
        <source>no transformation (same coordinate reference system)</source>
        <translation>sem transformação (mesmo sistema de referência de coordenadas)</translation>
    </message>
    <message>
        <source>Invalid pinned coordinate operation: %1</source>
        <translation>Operação de coordenadas fixada inválida: %1</translation>
    </message>
    <message>
        <source>pinned (inverse): %1</source>
        <translation>fixada (inversa): %1</translation>
    </message>
    <message>
        <source>Cannot create the coordinate reference systems for %1 → %2</source>
        <translation>Não foi possível criar os sistemas de referência de coordenadas para %1 → %2</translation>
    </message>
    <message>
        <source>PROJ finds no way to transform from %1 to %2</source>
        <translation>O PROJ não encontra como transformar de %1 para %2</translation>
    </message>
    <message>
        <source>Cannot normalize the transformation from %1 to %2</source>
        <translation>Não foi possível normalizar a transformação de %1 para %2</translation>
    </message>
    <message>
        <source>best available: %1</source>
        <translation>a melhor disponível: %1</translation>
    </message>
    <message>
        <source>PROJ default</source>
        <translation>padrão do PROJ</translation>
    </message>
    <message>
        <source>Invalid coordinate operation: %1</source>
        <translation>Operação de coordenadas inválida: %1</translation>
    </message>
    <message>
        <source>Not a coordinate operation but a coordinate reference system: %1</source>
        <translation>Não é uma operação de coordenadas, mas um sistema de referência de coordenadas: %1</translation>
    </message>
    <message>
        <source>pinned: %1</source>
        <translation>fixada: %1</translation>
    </message>
</context>
<context>
    <name>CoverageBufferAlgorithm</name>
    <message>
        <source>Cannot convert a buffer for %1.</source>
        <translation>Não foi possível converter um buffer de %1.</translation>
    </message>
    <message>
        <source>Cannot transform a buffer back to the CRS of the input for %1.</source>
        <translation>Não foi possível transformar um buffer de volta ao SRC da entrada para %1.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>Não foi possível gravar uma feição em %1.</translation>
    </message>
    <message>
        <source>Coverage by distance (buffers)</source>
        <translation>Cobertura por distância (buffers)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <source>Buffers of a given distance (metres) around each facility, and their dissolved union as the area covered. Distances are measured in a projected CRS: the layer&apos;s own when it is projected, else the UTM zone of the layer&apos;s centre. The results are written in the layer&apos;s CRS, with their areas in square metres.</source>
        <translation>Buffers de uma distância dada (metros) ao redor de cada estabelecimento, e sua união dissolvida como área coberta. As distâncias são medidas em um SRC projetado: o da própria camada quando é projetado; caso contrário, a zona UTM do centro da camada. Os resultados são gravados no SRC da camada, com suas áreas em metros quadrados.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Estabelecimentos</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Distância (m)</translation>
    </message>
    <message>
        <source>Segments per quarter circle</source>
        <translation>Segmentos por quarto de círculo</translation>
    </message>
    <message>
        <source>Buffers per facility</source>
        <translation>Buffers por estabelecimento</translation>
    </message>
    <message>
        <source>Dissolved coverage</source>
        <translation>Cobertura dissolvida</translation>
    </message>
    <message>
        <source>Area covered (m²)</source>
        <translation>Área coberta (m²)</translation>
    </message>
    <message>
        <source>CRS of the computation</source>
        <translation>SRC do cálculo</translation>
    </message>
    <message>
        <source>Parameter “distance”: the buffer distance must be more than 0 m.</source>
        <translation>Parâmetro “distance”: a distância do buffer deve ser maior que 0 m.</translation>
    </message>
    <message>
        <source>%1 has no CRS: distances cannot be measured.</source>
        <translation>%1 não tem SRC: as distâncias não podem ser medidas.</translation>
    </message>
    <message>
        <source>%1 has no features.</source>
        <translation>%1 não tem feições.</translation>
    </message>
    <message>
        <source>Cannot transform feature %1 of %2 to %3.</source>
        <translation>Não foi possível transformar a feição %1 de %2 para %3.</translation>
    </message>
    <message>
        <source>Cannot buffer feature %1 of %2.</source>
        <translation>Não foi possível gerar o buffer da feição %1 de %2.</translation>
    </message>
    <message>
        <source>%1 has no features with a geometry.</source>
        <translation>%1 não tem feições com geometria.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>Não foi possível criar uma camada em %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2 (the facilities may have it already).</source>
        <translation>Não foi possível criar o campo %1 em %2 (os estabelecimentos talvez já o tenham).</translation>
    </message>
    <message>
        <source>Cannot merge the buffers of %1.</source>
        <translation>Não foi possível unir os buffers de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>CoverageGapAlgorithm</name>
    <message>
        <source>Population outside coverage</source>
        <translation>População fora da cobertura</translation>
    </message>
    <message>
        <source>Vector indicators</source>
        <translation>Indicadores vetoriais</translation>
    </message>
    <message>
        <source>People outside a coverage polygon layer (mobile coverage, isochrones) per zone, as a count and a share. With a population raster, a pixel belongs to the zone and to the coverage that contain its centre. With a population field instead, each zone&apos;s population is spread evenly over its area and the covered part is the area of the zone inside the coverage, measured in a Lambert azimuthal equal-area projection centred on the zones. Zones should not overlap.</source>
        <translation>Pessoas fora de uma camada de polígonos de cobertura (cobertura móvel, isócronas) por zona, como contagem e proporção. Com um raster de população, um pixel pertence à zona e à cobertura que contêm seu centro. Com um campo de população, a população de cada zona é distribuída uniformemente pela sua área e a parte coberta é a área da zona dentro da cobertura, medida em uma projeção azimutal equivalente de Lambert centrada nas zonas. As zonas não devem se sobrepor.</translation>
    </message>
    <message>
        <source>Zone polygons</source>
        <translation>Polígonos das zonas</translation>
    </message>
    <message>
        <source>Coverage polygons</source>
        <translation>Polígonos de cobertura</translation>
    </message>
    <message>
        <source>Population raster</source>
        <translation>Raster de população</translation>
    </message>
    <message>
        <source>Band of the population raster</source>
        <translation>Banda do raster de população</translation>
    </message>
    <message>
        <source>Population field of the zones (spread over their area)</source>
        <translation>Campo de população das zonas (distribuída pela área)</translation>
    </message>
    <message>
        <source>Prefix of the new field names</source>
        <translation>Prefixo dos nomes dos novos campos</translation>
    </message>
    <message>
        <source>Zones with the coverage gap</source>
        <translation>Zonas com a lacuna de cobertura</translation>
    </message>
    <message>
        <source>Population of the zones</source>
        <translation>População das zonas</translation>
    </message>
    <message>
        <source>Share of the population outside coverage (0-1)</source>
        <translation>Proporção da população fora da cobertura (0-1)</translation>
    </message>
    <message>
        <source>Give either a population raster (“population”) or a population field (“population_field”), not both.</source>
        <translation>Informe um raster de população (“population”) ou um campo de população (“population_field”), não ambos.</translation>
    </message>
    <message>
        <source>%1 must hold polygons, not %2.</source>
        <translation>%1 deve conter polígonos, não %2.</translation>
    </message>
    <message>
        <source>%1 has no CRS.</source>
        <translation>%1 não tem SRC.</translation>
    </message>
    <message>
        <source>%1 must hold polygons: feature %2 is a %3.</source>
        <translation>%1 deve conter polígonos: a feição %2 é do tipo %3.</translation>
    </message>
    <message>
        <source>Cannot compute the extent of %1.</source>
        <translation>Não foi possível calcular a extensão de %1.</translation>
    </message>
    <message>
        <source>Cannot convert the zones of %1 to longitude and latitude.</source>
        <translation>Não foi possível converter as zonas de %1 para longitude e latitude.</translation>
    </message>
    <message>
        <source>Cannot merge the coverage polygons of %1.</source>
        <translation>Não foi possível unir os polígonos de cobertura de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) have no population value: their gap is empty.</source>
        <translation>
            <numerusform>%n zona não tem valor de população: sua lacuna fica vazia.</numerusform>
            <numerusform>%n zonas não têm valor de população: sua lacuna fica vazia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1 as a raster.</source>
        <translation>Não foi possível abrir %1 como raster.</translation>
    </message>
    <message>
        <source>%1 has no band %2.</source>
        <translation>%1 não tem a banda %2.</translation>
    </message>
    <message>
        <source>%1 has no north-up georeferencing.</source>
        <translation>%1 não tem georreferenciamento orientado ao norte.</translation>
    </message>
    <message>
        <source>Cannot rasterize the zones of %1.</source>
        <translation>Não foi possível rasterizar as zonas de %1.</translation>
    </message>
    <message>
        <source>Cannot rasterize the coverage of %1.</source>
        <translation>Não foi possível rasterizar a cobertura de %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
</context>
<context>
    <name>CoverageIO</name>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>Não foi possível abrir %1 como camada vetorial.</translation>
    </message>
    <message>
        <source>%1 has no layers.</source>
        <translation>%1 não tem camadas.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 não tem a camada “%2”.</translation>
    </message>
    <message>
        <source>Parameter “%1”: cannot open %2 as a raster.</source>
        <translation>Parâmetro “%1”: não foi possível abrir %2 como raster.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no band.</source>
        <translation>Parâmetro “%1”: %2 não tem banda.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no north-up georeferencing.</source>
        <translation>Parâmetro “%1”: %2 não tem georreferenciamento orientado ao norte.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no CRS.</source>
        <translation>Parâmetro “%1”: %2 não tem SRC.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 is in a geographic CRS (degrees); travel distances need a projected CRS in metres. Reproject it first (e.g. to its UTM zone).</source>
        <translation>Parâmetro “%1”: %2 está em um SRC geográfico (graus); as distâncias de viagem exigem um SRC projetado em metros. Reprojete-o primeiro (p. ex., para sua zona UTM).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 does not have the grid of %3 (size, origin and cell size must be equal; resample it with gdalwarp first).</source>
        <translation>Parâmetro “%1”: %2 não tem a grade de %3 (tamanho, origem e tamanho de célula devem ser iguais; reamostre-o primeiro com o gdalwarp).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 is not in the CRS of %3.</source>
        <translation>Parâmetro “%1”: %2 não está no SRC de %3.</translation>
    </message>
    <message>
        <source>%1 has no CRS.</source>
        <translation>%1 não tem SRC.</translation>
    </message>
    <message>
        <source>Cannot transform %1 to the CRS of the raster.</source>
        <translation>Não foi possível transformar %1 para o SRC do raster.</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 não tem o campo “%2”.</translation>
    </message>
    <message>
        <source>%1 must hold points: feature %2 is a %3.</source>
        <translation>%1 deve conter pontos: a feição %2 é um %3.</translation>
    </message>
    <message>
        <source>Cannot transform feature %2 of %1 to the CRS of the raster.</source>
        <translation>Não foi possível transformar a feição %2 de %1 para o SRC do raster.</translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation>Não foi possível ler as feições de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no GTiff driver.</source>
        <translation>Não foi possível gravar %1: o GDAL não tem o driver GTiff.</translation>
    </message>
    <message>
        <source>Cannot write %1: rasters are written as GeoTIFF (.tif).</source>
        <translation>Não foi possível gravar %1: os rasters são gravados como GeoTIFF (.tif).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).</source>
        <translation>Não foi possível gravar %1: formato vetorial desconhecido “.%2” (use .gpkg, .geojson ou .shp).</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no %2 driver.</source>
        <translation>Não foi possível gravar %1: o GDAL não tem o driver %2.</translation>
    </message>
    <message>
        <source>Cannot convert the centre of %1 to longitude and latitude.</source>
        <translation>Não foi possível converter o centro de %1 para longitude e latitude.</translation>
    </message>
    <message>
        <source>%1 lies outside the UTM zones (latitude beyond 84°).</source>
        <translation>%1 está fora das zonas UTM (latitude além de 84°).</translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation>A saída %1 também é uma entrada: escolha outro arquivo.</translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>“%1” is not a coordinate reference system</source>
        <translation>“%1” não é um sistema de referência de coordenadas</translation>
    </message>
    <message>
        <source>PROJ cannot write “%1” as WKT</source>
        <translation>O PROJ não consegue escrever “%1” como WKT</translation>
    </message>
    <message>
        <source>Empty coordinate reference system definition</source>
        <translation>Definição vazia de sistema de referência de coordenadas</translation>
    </message>
    <message>
        <source>Not a coordinate reference system PROJ understands: “%1”</source>
        <translation>Não é um sistema de referência de coordenadas que o PROJ entenda: “%1”</translation>
    </message>
    <message>
        <source>Invalid WKT coordinate reference system: “%1”</source>
        <translation>Sistema de referência de coordenadas WKT inválido: “%1”</translation>
    </message>
    <message>
        <source>Cannot read the projection file %1: %2</source>
        <translation>Não foi possível ler o arquivo de projeção %1: %2</translation>
    </message>
    <message>
        <source>The projection file %1 is empty</source>
        <translation>O arquivo de projeção %1 está vazio</translation>
    </message>
    <message>
        <source>The projection file %1 holds no coordinate reference system PROJ understands</source>
        <translation>O arquivo de projeção %1 não contém nenhum sistema de referência de coordenadas que o PROJ entenda</translation>
    </message>
    <message>
        <source>The projection file %1: %2</source>
        <translation>O arquivo de projeção %1: %2</translation>
    </message>
</context>
<context>
    <name>DatasetPool</name>
    <message>
        <source>no GDAL driver recognizes the format</source>
        <translation>nenhum driver do GDAL reconhece o formato</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist</source>
        <translation>Não foi possível abrir “%1”: o arquivo não existe</translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation>Não foi possível abrir “%1”</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Não foi possível abrir “%1”: %2</translation>
    </message>
    <message>
        <source>the missing .shx index file was rebuilt</source>
        <translation>o arquivo de índice .shx ausente foi reconstruído</translation>
    </message>
</context>
<context>
    <name>EditableGeometry</name>
    <message>
        <source>The cutting or reshaping line must be a line.</source>
        <translation>A linha de corte ou de remodelagem deve ser uma linha.</translation>
    </message>
    <message>
        <source>The cutting or reshaping line needs at least two vertices.</source>
        <translation>A linha de corte ou de remodelagem precisa de pelo menos dois vértices.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be split.</source>
        <translation>Apenas linhas e polígonos podem ser divididos.</translation>
    </message>
    <message>
        <source>The cutting line cannot be read.</source>
        <translation>A linha de corte não pode ser lida.</translation>
    </message>
    <message>
        <source>The polygon cannot be split.</source>
        <translation>O polígono não pode ser dividido.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be reshaped.</source>
        <translation>Apenas linhas e polígonos podem ser remodelados.</translation>
    </message>
    <message>
        <source>The reshaping line must have a single part.</source>
        <translation>A linha de remodelagem deve ter uma única parte.</translation>
    </message>
    <message>
        <source>The reshaping line must cross the feature&apos;s boundary at least twice.</source>
        <translation>A linha de remodelagem deve cruzar o limite da feição pelo menos duas vezes.</translation>
    </message>
    <message>
        <source>The reshaped geometry cannot be built.</source>
        <translation>A geometria remodelada não pode ser construída.</translation>
    </message>
</context>
<context>
    <name>ExposureAlgorithm</name>
    <message>
        <source>Exposure per district and hazard level</source>
        <translation>Exposição por distrito e nível de perigo</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>What each hazard level exposes in each district: one row per district and level (very high first) with `zone`, `level`, `level_code` (4 very high … 1 low) and `count`, plus `area_m2` (building footprints), `length_m` (roads) and `people` (population raster) where they apply; a GeoPackage table, or CSV when the output ends in .csv (or with “csv_output”), and optionally the districts as a layer with a column per level (“layer_output”). The hazard is a polygon layer with a level field (muy alto, alto, medio, bajo, their English names or 1 to 4) or a raster classified by four thresholds (lower bounds of low, medium, high, very high: lahar zones, flood depth, ash thickness). A building or facility counts in the hazard zone and the district holding its centroid (the true, area-weighted centroid, not the centre of its bounding box); where districts overlap or a centroid lies on a border, the first district in the layer&apos;s order holds it. Roads are cut by the zones and districts and measured. People: the cells whose centre is in a zone and a district. Overlapping hazard zones are reported (count and feature ids); by default the highest level holds (conservative: each building, metre of road and person counts once, at the highest level); “each_zone” counts them in every zone holding them (as QGIS&apos;s count points in polygon does; people still count once, at the highest level) and “refuse” stops. Layers in another CRS than the hazard are reprojected explicitly, with a warning; a population raster in another CRS is refused.</source>
        <translation>O que cada nível de perigo expõe em cada distrito: uma linha por distrito e nível (muito alto primeiro) com `zone`, `level`, `level_code` (4 muito alto … 1 baixo) e `count`, mais `area_m2` (área construída das edificações), `length_m` (vias) e `people` (raster de população) quando se aplicam; uma tabela GeoPackage, ou CSV quando a saída termina em .csv (ou com “csv_output”), e opcionalmente os distritos como camada com uma coluna por nível (“layer_output”). O perigo é uma camada de polígonos com um campo de nível (muy alto, alto, medio, bajo, seus nomes em inglês ou 1 a 4) ou um raster classificado por quatro limiares (limites inferiores de baixo, médio, alto, muito alto: zonas de lahar, profundidade de inundação, espessura de cinzas). Uma edificação ou equipamento conta na zona de perigo e no distrito que contém seu centroide (o centroide verdadeiro, ponderado pela área, não o centro de seu retângulo envolvente); onde os distritos se sobrepõem ou um centroide fica sobre um limite, o primeiro distrito na ordem da camada o contém. As vias são cortadas pelas zonas e distritos e medidas. Pessoas: as células cujo centro está em uma zona e em um distrito. As zonas de perigo sobrepostas são informadas (quantidade e ids das feições); por padrão prevalece o nível mais alto (conservador: cada edificação, metro de via e pessoa conta uma vez, no nível mais alto); “each_zone” as conta em cada zona que as contém (como faz a contagem de pontos em polígono do QGIS; as pessoas ainda contam uma vez, no nível mais alto) e “refuse” interrompe. Camadas em um SRC diferente do perigo são reprojetadas explicitamente, com um aviso; um raster de população em outro SRC é recusado.</translation>
    </message>
    <message>
        <source>Hazard zones (polygons with a level)</source>
        <translation>Zonas de perigo (polígonos com um nível)</translation>
    </message>
    <message>
        <source>Hazard level field (empty: level)</source>
        <translation>Campo do nível de perigo (vazio: level)</translation>
    </message>
    <message>
        <source>Hazard raster instead of zones (depth, thickness, probability)</source>
        <translation>Raster de perigo em vez de zonas (profundidade, espessura, probabilidade)</translation>
    </message>
    <message>
        <source>Raster thresholds: lower bounds of low, medium, high and very high (e.g. 0.1,0.5,1,2)</source>
        <translation>Limiares do raster: limites inferiores de baixo, médio, alto e muito alto (por exemplo, 0.1,0.5,1,2)</translation>
    </message>
    <message>
        <source>Names of the raster&apos;s levels from low to very high (empty: low, medium, high, very high)</source>
        <translation>Nomes dos níveis do raster de baixo a muito alto (vazio: baixo, médio, alto, muito alto)</translation>
    </message>
    <message>
        <source>Exposed elements: buildings (polygons or points), facilities (points) or roads (lines)</source>
        <translation>Elementos expostos: edificações (polígonos ou pontos), equipamentos (pontos) ou vias (linhas)</translation>
    </message>
    <message>
        <source>Districts (polygons)</source>
        <translation>Distritos (polígonos)</translation>
    </message>
    <message>
        <source>District name or code field</source>
        <translation>Campo do nome ou código do distrito</translation>
    </message>
    <message>
        <source>Population raster (people per cell)</source>
        <translation>Raster de população (pessoas por célula)</translation>
    </message>
    <message>
        <source>Overlapping hazard zones</source>
        <translation>Zonas de perigo sobrepostas</translation>
    </message>
    <message>
        <source>Exposure table (GeoPackage, or CSV when it ends in .csv)</source>
        <translation>Tabela de exposição (GeoPackage, ou CSV quando termina em .csv)</translation>
    </message>
    <message>
        <source>Also as CSV</source>
        <translation>Também como CSV</translation>
    </message>
    <message>
        <source>Also as a layer: the districts with a column per level (count_very_high … count_low, and people_, area_m2_, length_m_ where they apply)</source>
        <translation>Também como camada: os distritos com uma coluna por nível (count_very_high … count_low, e people_, area_m2_, length_m_ quando se aplicam)</translation>
    </message>
    <message>
        <source>Exposure table</source>
        <translation>Tabela de exposição</translation>
    </message>
    <message>
        <source>Exposure table (CSV)</source>
        <translation>Tabela de exposição (CSV)</translation>
    </message>
    <message>
        <source>Districts with the exposure per level</source>
        <translation>Distritos com a exposição por nível</translation>
    </message>
    <message>
        <source>Elements in a hazard zone</source>
        <translation>Elementos em uma zona de perigo</translation>
    </message>
    <message>
        <source>Elements outside every hazard zone</source>
        <translation>Elementos fora de todas as zonas de perigo</translation>
    </message>
    <message>
        <source>Exposed elements outside every district</source>
        <translation>Elementos expostos fora de todos os distritos</translation>
    </message>
    <message>
        <source>People in a hazard zone</source>
        <translation>Pessoas em uma zona de perigo</translation>
    </message>
    <message>
        <source>Pairs of overlapping hazard zones</source>
        <translation>Pares de zonas de perigo sobrepostas</translation>
    </message>
    <message>
        <source>Elements per level, low to very high</source>
        <translation>Elementos por nível, de baixo a muito alto</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Linhas gravadas</translation>
    </message>
    <message>
        <source>Give the hazard as zones (“hazard”, polygons with a level) or as a raster (“hazard_raster” with “thresholds”), one of them.</source>
        <translation>Informe o perigo como zonas (“hazard”, polígonos com um nível) ou como raster (“hazard_raster” com “thresholds”), um dos dois.</translation>
    </message>
    <message>
        <source>Nothing to measure: give the exposed elements (“exposure”) and/or a population raster (“population”).</source>
        <translation>Nada a medir: informe os elementos expostos (“exposure”) e/ou um raster de população (“population”).</translation>
    </message>
    <message>
        <source>%1 has no hazard level field “%2” (parameter “hazard_field”): every zone needs a level (muy alto, alto, medio, bajo or 1 to 4).</source>
        <translation>%1 não tem o campo de nível de perigo “%2” (parâmetro “hazard_field”): cada zona precisa de um nível (muy alto, alto, medio, bajo ou 1 a 4).</translation>
    </message>
    <message>
        <source>The hazard zones must be polygons: %1 has %2 geometries.</source>
        <translation>As zonas de perigo devem ser polígonos: %1 tem geometrias %2.</translation>
    </message>
    <message>
        <source>%1 has no hazard zones.</source>
        <translation>%1 não tem zonas de perigo.</translation>
    </message>
    <message>
        <source>The hazard zones must be polygons: feature %1 of %2 is a %3.</source>
        <translation>As zonas de perigo devem ser polígonos: a feição %1 de %2 é um %3.</translation>
    </message>
    <message>
        <source>%1, feature %2: “%3” in field “%4” is not a hazard level (muy alto, alto, medio, bajo, very high, high, medium, low or 1 to 4, 4 the highest).</source>
        <translation>%1, feição %2: “%3” no campo “%4” não é um nível de perigo (muy alto, alto, medio, bajo, very high, high, medium, low ou 1 a 4, sendo 4 o mais alto).</translation>
    </message>
    <message>
        <source>No hazard zone of %1 has a level in field “%2”: the hazard layer has no levels.</source>
        <translation>Nenhuma zona de perigo de %1 tem um nível no campo “%2”: a camada de perigo não tem níveis.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n zone(s) without a level are left out (features %2).</source>
        <translation>
            <numerusform>%1: %n zona sem nível foi deixada de fora (feições %2).</numerusform>
            <numerusform>%1: %n zonas sem nível foram deixadas de fora (feições %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “thresholds”: a hazard raster needs four thresholds, the lower bounds of low, medium, high and very high (e.g. 0.1,0.5,1,2).</source>
        <translation>Parâmetro “thresholds”: um raster de perigo precisa de quatro limiares, os limites inferiores de baixo, médio, alto e muito alto (por exemplo, 0.1,0.5,1,2).</translation>
    </message>
    <message>
        <source>Cannot open the raster %1.</source>
        <translation>Não foi possível abrir o raster %1.</translation>
    </message>
    <message>
        <source>Cannot read the raster %1.</source>
        <translation>Não foi possível ler o raster %1.</translation>
    </message>
    <message>
        <source>Cannot classify the hazard raster %1 (not enough memory?).</source>
        <translation>Não foi possível classificar o raster de perigo %1 (memória insuficiente?).</translation>
    </message>
    <message>
        <source>Cannot turn the hazard raster %1 into zones.</source>
        <translation>Não foi possível converter o raster de perigo %1 em zonas.</translation>
    </message>
    <message>
        <source>No cell of %1 reaches the low threshold %2: there are no hazard zones.</source>
        <translation>Nenhuma célula de %1 atinge o limiar baixo %2: não há zonas de perigo.</translation>
    </message>
    <message>
        <source>%1 is in geographic coordinates: areas and lengths are left empty (reproject the layers to a projected CRS in metres).</source>
        <translation>%1 está em coordenadas geográficas: áreas e comprimentos ficam vazios (reprojete as camadas para um SRC projetado em metros).</translation>
    </message>
    <message>
        <source>%1 has no CRS: assuming the CRS of the hazard (%2).</source>
        <translation>%1 não tem SRC: assumindo o SRC do perigo (%2).</translation>
    </message>
    <message>
        <source>%1 is in another CRS than the hazard (%2) and cannot be reprojected to it.</source>
        <translation>%1 está em um SRC diferente do perigo (%2) e não pode ser reprojetado para ele.</translation>
    </message>
    <message>
        <source>%1 is in %2, the hazard in %3: reprojecting it to the hazard&apos;s CRS.</source>
        <translation>%1 está em %2, o perigo em %3: reprojetando-o para o SRC do perigo.</translation>
    </message>
    <message>
        <source>%1 has no field “%2” (parameter “zone_field”).</source>
        <translation>%1 não tem o campo “%2” (parâmetro “zone_field”).</translation>
    </message>
    <message>
        <source>%1 has no districts.</source>
        <translation>%1 não tem distritos.</translation>
    </message>
    <message>
        <source>The districts must be polygons: feature %1 of %2 is a %3.</source>
        <translation>Os distritos devem ser polígonos: a feição %1 de %2 é um %3.</translation>
    </message>
    <message>
        <source>Cannot reproject district %1 of %2 to the hazard&apos;s CRS.</source>
        <translation>Não foi possível reprojetar o distrito %1 de %2 para o SRC do perigo.</translation>
    </message>
    <message>
        <source>%1 has no district with a geometry.</source>
        <translation>%1 não tem nenhum distrito com geometria.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) of hazard zones overlap (feature ids %2). Fix the zones, or choose overlaps=highest (the highest level holds) or each_zone.</source>
        <translation>
            <numerusform>%1: %n par de zonas de perigo se sobrepõe (ids das feições %2). Corrija as zonas ou escolha overlaps=highest (prevalece o nível mais alto) ou each_zone.</numerusform>
            <numerusform>%1: %n pares de zonas de perigo se sobrepõem (ids das feições %2). Corrija as zonas ou escolha overlaps=highest (prevalece o nível mais alto) ou each_zone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) of hazard zones overlap (feature ids %2); where they do, the highest level holds.</source>
        <translation>
            <numerusform>%1: %n par de zonas de perigo se sobrepõe (ids das feições %2); onde isso ocorre, prevalece o nível mais alto.</numerusform>
            <numerusform>%1: %n pares de zonas de perigo se sobrepõem (ids das feições %2); onde isso ocorre, prevalece o nível mais alto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) of hazard zones overlap (feature ids %2); elements there count in every zone.</source>
        <translation>
            <numerusform>%1: %n par de zonas de perigo se sobrepõe (ids das feições %2); os elementos ali contam em cada zona.</numerusform>
            <numerusform>%1: %n pares de zonas de perigo se sobrepõem (ids das feições %2); os elementos ali contam em cada zona.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no features: there is nothing exposed to count.</source>
        <translation>%1 não tem feições: não há nada exposto a contar.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Não foi possível abrir %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>%1 has no usable geometries: there is nothing exposed to count.</source>
        <translation>%1 não tem geometrias utilizáveis: não há nada exposto a contar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) without a usable geometry were left out.</source>
        <translation>
            <numerusform>%1: %n feição sem geometria utilizável foi deixada de fora.</numerusform>
            <numerusform>%1: %n feições sem geometria utilizável foram deixadas de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the population raster %1.</source>
        <translation>Não foi possível abrir o raster de população %1.</translation>
    </message>
    <message>
        <source>The population raster %1 is in another CRS than the hazard (%2): warp it to the hazard&apos;s CRS first (Raster ▸ Warp); people are not resampled silently.</source>
        <translation>O raster de população %1 está em um SRC diferente do perigo (%2): reprojete-o primeiro para o SRC do perigo (Raster ▸ Reprojetar (Warp)); as pessoas não são reamostradas silenciosamente.</translation>
    </message>
    <message>
        <source>The population raster %1 is rotated; warp it to a north-up grid first.</source>
        <translation>O raster de população %1 está rotacionado; reprojete-o primeiro para uma grade orientada ao norte.</translation>
    </message>
    <message>
        <source>Cannot rasterize the hazard zones on the grid of %1.</source>
        <translation>Não foi possível rasterizar as zonas de perigo na grade de %1.</translation>
    </message>
    <message>
        <source>Cannot rasterize the districts on the grid of %1.</source>
        <translation>Não foi possível rasterizar os distritos na grade de %1.</translation>
    </message>
    <message>
        <source>Cannot read the population raster %1.</source>
        <translation>Não foi possível ler o raster de população %1.</translation>
    </message>
    <message>
        <source>One row per district and hazard level. A building or facility counts in the hazard zone and the district holding its centroid; roads by their length inside each zone and district; people by the cells whose centre is inside. Overlapping zones: %1.</source>
        <translation>Uma linha por distrito e nível de perigo. Uma edificação ou equipamento conta na zona de perigo e no distrito que contém seu centroide; as vias pelo seu comprimento dentro de cada zona e distrito; as pessoas pelas células cujo centro está dentro. Zonas sobrepostas: %1.</translation>
    </message>
    <message>
        <source>counted in every zone</source>
        <translation>contadas em cada zona</translation>
    </message>
    <message>
        <source>the highest level holds</source>
        <translation>prevalece o nível mais alto</translation>
    </message>
    <message>
        <source>The exposure table %1 must end in .gpkg or .csv.</source>
        <translation>A tabela de exposição %1 deve terminar em .gpkg ou .csv.</translation>
    </message>
    <message>
        <source>Cannot create the exposure table %1.</source>
        <translation>Não foi possível criar a tabela de exposição %1.</translation>
    </message>
    <message>
        <source>Cannot write the exposure table %1.</source>
        <translation>Não foi possível gravar a tabela de exposição %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n exposed element(s) are outside every district of %1: they are not in the table.</source>
        <translation>
            <numerusform>%n elemento exposto está fora de todos os distritos de %1: não está na tabela.</numerusform>
            <numerusform>%n elementos expostos estão fora de todos os distritos de %1: não estão na tabela.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldCalculator</name>
    <message>
        <source>Invalid expression “%1”: %2</source>
        <translation>Expressão inválida “%1”: %2</translation>
    </message>
    <message>
        <source>Choose the name of the field to calculate in %1.</source>
        <translation>Escolha o nome do campo a calcular em %1.</translation>
    </message>
    <message>
        <source>Unknown CRS “%1” for the measures of %2.</source>
        <translation>SRC desconhecido “%1” para as medidas de %2.</translation>
    </message>
    <message>
        <source>The CRS “%1” for the measures of %2 must be projected (in metres), not geographic.</source>
        <translation>O SRC “%1” para as medidas de %2 deve ser projetado (em metros), não geográfico.</translation>
    </message>
    <message>
        <source>Cannot reproject %1 for the measures.</source>
        <translation>Não foi possível reprojetar %1 para as medidas.</translation>
    </message>
    <message>
        <source>%1 has a geographic CRS: areas, lengths and coordinates in the expression are measured in %2.</source>
        <translation>%1 tem um SRC geográfico: áreas, comprimentos e coordenadas na expressão são medidos em %2.</translation>
    </message>
    <message>
        <source>The expression “%1” failed on %2: %3</source>
        <translation>A expressão “%1” falhou em %2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).</source>
        <translation>Não foi possível gravar %1: formato vetorial desconhecido “.%2” (use .gpkg, .geojson ou .shp).</translation>
    </message>
    <message>
        <source>The output %1 is also the input: choose another file.</source>
        <translation>A saída %1 também é a entrada: escolha outro arquivo.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>Não foi possível criar uma camada em %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>Não foi possível criar o campo %1 em %2.</translation>
    </message>
    <message>
        <source>The field calculation into %1 was canceled.</source>
        <translation>O cálculo de campo em %1 foi cancelado.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>Não foi possível gravar uma feição em %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>Não foi possível abrir %1 como camada vetorial.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 não tem a camada “%2”.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to memory.</source>
        <translation>Não foi possível copiar %1 para a memória.</translation>
    </message>
    <message>
        <source>The expression for %1 is empty.</source>
        <translation>A expressão para %1 está vazia.</translation>
    </message>
    <message>
        <source>Invalid expression “%1”: one expression only, without “;”.</source>
        <translation>Expressão inválida “%1”: apenas uma expressão, sem “;”.</translation>
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
        <translation>Tabelas</translation>
    </message>
    <message>
        <source>Calculates a new field, or overwrites one, from an SQLite expression over the fields and the geometry (GDAL&apos;s SQLite dialect with Spatialite functions), for example “poblacion / superficie”, “ST_Area(geometry) / 1e6” or “ST_X(ST_Centroid(geometry))”. The geometry column is called geometry. Measures are in the layer&apos;s CRS; a layer in longitude and latitude is first reprojected to the measure CRS (by default the UTM zone of its centre). An invalid expression is rejected with SQLite&apos;s reason.</source>
        <translation>Calcula um novo campo, ou sobrescreve um existente, a partir de uma expressão SQLite sobre os campos e a geometria (dialeto SQLite do GDAL com funções do Spatialite), por exemplo “poblacion / superficie”, “ST_Area(geometry) / 1e6” ou “ST_X(ST_Centroid(geometry))”. A coluna de geometria se chama geometry. As medidas ficam no SRC da camada; uma camada em longitude e latitude é primeiro reprojetada para o SRC de medida (por padrão, a zona UTM do seu centro). Uma expressão inválida é rejeitada com o motivo dado pelo SQLite.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>Field to calculate (new or existing)</source>
        <translation>Campo a calcular (novo ou existente)</translation>
    </message>
    <message>
        <source>Expression (SQLite)</source>
        <translation>Expressão (SQLite)</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Tipo de campo</translation>
    </message>
    <message>
        <source>CRS for measures of a geographic layer (e.g. the project CRS)</source>
        <translation>SRC para medidas de uma camada geográfica (p. ex. o SRC do projeto)</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Camada de saída</translation>
    </message>
    <message>
        <source>Layer with the calculated field</source>
        <translation>Camada com o campo calculado</translation>
    </message>
    <message>
        <source>Features written</source>
        <translation>Feições gravadas</translation>
    </message>
    <message>
        <source>Features where the expression is empty</source>
        <translation>Feições em que a expressão está vazia</translation>
    </message>
    <message>
        <source>CRS of the geometry measures</source>
        <translation>SRC das medidas de geometria</translation>
    </message>
    <message numerus="yes">
        <source>The expression is empty (NULL) for %n feature(s).</source>
        <translation>
            <numerusform>A expressão está vazia (NULL) para %n feição.</numerusform>
            <numerusform>A expressão está vazia (NULL) para %n feições.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Geometry</name>
    <message>
        <source>Invalid WKT geometry: “%1”</source>
        <translation>Geometria WKT inválida: “%1”</translation>
    </message>
    <message>
        <source>Cannot convert the WKT geometry “%1”</source>
        <translation>Não foi possível converter a geometria WKT “%1”</translation>
    </message>
    <message>
        <source>Null geometry</source>
        <translation>Geometria nula</translation>
    </message>
    <message>
        <source>Unreadable geometry</source>
        <translation>Geometria ilegível</translation>
    </message>
    <message>
        <source>There is no geometry to repair.</source>
        <translation>Não há geometria para reparar.</translation>
    </message>
    <message>
        <source>The geometry cannot be read, so it cannot be repaired.</source>
        <translation>A geometria não pode ser lida, portanto não pode ser reparada.</translation>
    </message>
    <message>
        <source>The geometry cannot be repaired.</source>
        <translation>A geometria não pode ser reparada.</translation>
    </message>
    <message>
        <source>Nothing remains of the geometry after repairing it.</source>
        <translation>Nada resta da geometria após repará-la.</translation>
    </message>
    <message>
        <source>Nothing remains of the geometry after repairing it (it collapsed to a lower dimension).</source>
        <translation>Nada resta da geometria após repará-la (ela colapsou para uma dimensão inferior).</translation>
    </message>
</context>
<context>
    <name>HazardAlgorithm</name>
    <message>
        <source>Hazard level (CENEPRED)</source>
        <translation>Nível de perigo (CENEPRED)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Hazard (peligrosidad) the way CENEPRED&apos;s manual computes it. Each factor (susceptibility factors and hazard parameters) has descriptors, listed from the most to the least hazardous and weighted by an AHP pairwise matrix (or a list of weights); the factors are weighted by another AHP matrix or list. The hazard value of a unit (or cell) is Σ factor weight × weight of the unit&apos;s descriptor. The factors are fields of the units (vector mode) or rasters of class codes on one grid (raster mode, written block by block). Level ranges as in the manual: the possible values v1 ≥ … ≥ v5 (every factor at its 1st, …, 5th descriptor) give low [v5, v4), medium [v4, v3), high [v3, v2) and very high [v2, v1]; values below v4 are low. Give “ranges” (lower bounds of low, medium, high and very high) and “level_names” to override them. Writes hazard_value, hazard_level (1 low to 4 very high, a stable code) and hazard_level_name.</source>
        <translation>Perigo (peligrosidad) calculado como no manual do CENEPRED. Cada fator (fatores de suscetibilidade e parâmetros do perigo) tem descritores, listados do mais ao menos perigoso e ponderados por uma matriz AHP par a par (ou uma lista de pesos); os fatores são ponderados por outra matriz AHP ou lista. O valor do perigo de uma unidade (ou célula) é Σ peso do fator × peso do descritor da unidade. Os fatores são campos das unidades (modo vetorial) ou rasters de códigos de classe em uma mesma grade (modo raster, gravado bloco a bloco). Faixas de nível como no manual: os valores possíveis v1 ≥ … ≥ v5 (todos os fatores no 1º, …, 5º descritor) dão baixo [v5, v4), médio [v4, v3), alto [v3, v2) e muito alto [v2, v1]; valores abaixo de v4 são baixos. Informe “ranges” (limites inferiores de baixo, médio, alto e muito alto) e “level_names” para substituí-los. Grava hazard_value, hazard_level (1 baixo a 4 muito alto, um código estável) e hazard_level_name.</translation>
    </message>
    <message>
        <source>Evaluation units with a descriptor field per factor (vector mode)</source>
        <translation>Unidades de avaliação com um campo de descritor por fator (modo vetorial)</translation>
    </message>
    <message>
        <source>Fields of the units holding each factor&apos;s descriptor class (vector mode)</source>
        <translation>Campos das unidades com a classe do descritor de cada fator (modo vetorial)</translation>
    </message>
    <message>
        <source>Rasters of descriptor class codes, one per factor (raster mode)</source>
        <translation>Rasters de códigos de classe dos descritores, um por fator (modo raster)</translation>
    </message>
    <message>
        <source>Descriptor weights per factor, separated by “|”: an AHP matrix (1,2,3,5,7;1/2,1,2,3,5;…) or a list, most hazardous descriptor first</source>
        <translation>Pesos dos descritores por fator, separados por “|”: uma matriz AHP (1,2,3,5,7;1/2,1,2,3,5;…) ou uma lista, o descritor mais perigoso primeiro</translation>
    </message>
    <message>
        <source>Class values of the descriptors per factor, separated by “|”, in the order of the weights (empty: 1, 2, 3, … with 1 the most hazardous)</source>
        <translation>Valores de classe dos descritores por fator, separados por “|”, na ordem dos pesos (vazio: 1, 2, 3, … sendo 1 o mais perigoso)</translation>
    </message>
    <message>
        <source>Weights of the factors: an AHP matrix (1,3;1/3,1) or a list (0.75,0.25)</source>
        <translation>Pesos dos fatores: uma matriz AHP (1,3;1/3,1) ou uma lista (0.75,0.25)</translation>
    </message>
</context>
<context>
    <name>IsochronesAlgorithm</name>
    <message>
        <source>Parameter “%1”: “%2” is not a positive number of minutes.</source>
        <translation>Parâmetro “%1”: “%2” não é um número positivo de minutos.</translation>
    </message>
    <message>
        <source>Parameter “%1”: give at least one threshold, e.g. 15,30,60.</source>
        <translation>Parâmetro “%1”: informe pelo menos um limiar, p. ex. 15,30,60.</translation>
    </message>
    <message>
        <source>Parameter “%1”: at most 250 thresholds.</source>
        <translation>Parâmetro “%1”: no máximo 250 limiares.</translation>
    </message>
    <message>
        <source>Isochrones</source>
        <translation>Isócronas</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <source>Polygons of the area reached within each travel-time threshold (minutes, e.g. 15,30,60) from a travel-time raster. Cumulative polygons include the shorter thresholds; bands hold only the cells between one threshold and the previous one. A cell belongs to a threshold when its time is at most the threshold.</source>
        <translation>Polígonos da área alcançada dentro de cada limiar de tempo de viagem (minutos, p. ex. 15,30,60) a partir de um raster de tempo de viagem. Os polígonos cumulativos incluem os limiares menores; as faixas contêm apenas as células entre um limiar e o anterior. Uma célula pertence a um limiar quando seu tempo é no máximo o limiar.</translation>
    </message>
    <message>
        <source>Travel time raster (minutes)</source>
        <translation>Raster de tempo de viagem (minutos)</translation>
    </message>
    <message>
        <source>Thresholds (minutes)</source>
        <translation>Limiares (minutos)</translation>
    </message>
    <message>
        <source>Cumulative polygons (otherwise bands)</source>
        <translation>Polígonos cumulativos (caso contrário, faixas)</translation>
    </message>
    <message>
        <source>Area per threshold (m²)</source>
        <translation>Área por limiar (m²)</translation>
    </message>
    <message>
        <source>Not enough memory to classify %1.</source>
        <translation>Memória insuficiente para classificar %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>Cannot classify %1.</source>
        <translation>Não foi possível classificar %1.</translation>
    </message>
    <message>
        <source>Cannot polygonize %1.</source>
        <translation>Não foi possível poligonizar %1.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>Não foi possível criar uma camada em %1.</translation>
    </message>
    <message>
        <source>Cannot convert the isochrone of %1 minutes.</source>
        <translation>Não foi possível converter a isócrona de %1 minutos.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>Não foi possível gravar uma feição em %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>JoinTableAlgorithm</name>
    <message>
        <source>Join a table to a layer</source>
        <translation>Unir uma tabela a uma camada</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabelas</translation>
    </message>
    <message>
        <source>Joins the rows of a table (CSV, XLSX or ODS; “file.xlsx|layername=Sheet” picks a sheet) to the features of a layer with the same key, one to one, into a new layer. The table&apos;s key is read as text, so codes such as the ubigeo “040101” keep their leading zero; a numeric key 40101 does not match it unless zero padding to a width is asked for. The report lists the unmatched keys of both sides and the duplicated keys of the table (the first row wins).</source>
        <translation>Une as linhas de uma tabela (CSV, XLSX ou ODS; “arquivo.xlsx|layername=Planilha” escolhe uma planilha) às feições de uma camada com a mesma chave, uma a uma, em uma nova camada. A chave da tabela é lida como texto, de modo que códigos como o ubigeo “040101” mantêm o zero à esquerda; uma chave numérica 40101 não corresponde a ele, a menos que se peça preenchimento com zeros até uma largura. O relatório lista as chaves sem correspondência dos dois lados e as chaves duplicadas da tabela (a primeira linha prevalece).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>Key field of the layer</source>
        <translation>Campo-chave da camada</translation>
    </message>
    <message>
        <source>Table (CSV, XLSX, ODS)</source>
        <translation>Tabela (CSV, XLSX, ODS)</translation>
    </message>
    <message>
        <source>Key column of the table</source>
        <translation>Coluna-chave da tabela</translation>
    </message>
    <message>
        <source>Prefix of the joined field names</source>
        <translation>Prefixo dos nomes dos campos unidos</translation>
    </message>
    <message>
        <source>Pad numeric keys with zeros to this width (0: no padding)</source>
        <translation>Preencher chaves numéricas com zeros até esta largura (0: sem preenchimento)</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>Delimitador do CSV</translation>
    </message>
    <message>
        <source>CSV encoding</source>
        <translation>Codificação do CSV</translation>
    </message>
    <message>
        <source>CSV decimal separator</source>
        <translation>Separador decimal do CSV</translation>
    </message>
    <message>
        <source>CSV thousands separator</source>
        <translation>Separador de milhares do CSV</translation>
    </message>
    <message>
        <source>Joined layer</source>
        <translation>Camada unida</translation>
    </message>
    <message>
        <source>Features joined</source>
        <translation>Feições unidas</translation>
    </message>
    <message>
        <source>Features without a table row</source>
        <translation>Feições sem linha na tabela</translation>
    </message>
    <message>
        <source>Table keys without a feature</source>
        <translation>Chaves da tabela sem feição</translation>
    </message>
    <message>
        <source>Keys on several table rows</source>
        <translation>Chaves em várias linhas da tabela</translation>
    </message>
    <message>
        <source>Problems found in the table</source>
        <translation>Problemas encontrados na tabela</translation>
    </message>
    <message>
        <source>Join report (counts, key lists, table problems)</source>
        <translation>Relatório da união (contagens, listas de chaves, problemas da tabela)</translation>
    </message>
    <message>
        <source>Parameter “table_field”: %1 has no column “%2” (columns: %3).</source>
        <translation>Parâmetro “table_field”: %1 não tem a coluna “%2” (colunas: %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No feature of %1 matched a row of %2: %3</source>
        <translation>Nenhuma feição de %1 correspondeu a uma linha de %2: %3</translation>
    </message>
    <message>
        <source>No feature of %1 matched a row of %2 (first keys: “%3” and “%4”).</source>
        <translation>Nenhuma feição de %1 correspondeu a uma linha de %2 (primeiras chaves: “%3” e “%4”).</translation>
    </message>
    <message>
        <source>%1 of %2 features joined; %3 table key(s) unused.</source>
        <translation>%1 de %2 feições unidas; %3 chave(s) da tabela não usada(s).</translation>
    </message>
</context>
<context>
    <name>LabelTextTemplate</name>
    <message>
        <source>No label text: choose a field or write a template such as {NAME}</source>
        <translation>Sem texto de rótulo: escolha um campo ou escreva um modelo como {NOME}</translation>
    </message>
    <message>
        <source>The label field “%1” does not exist</source>
        <translation>O campo de rótulo “%1” não existe</translation>
    </message>
    <message>
        <source>Unbalanced “}” at character %1 of the label template “%2”</source>
        <translation>“}” sem par no caractere %1 do modelo de rótulo “%2”</translation>
    </message>
    <message>
        <source>Unclosed “{” at character %1 of the label template “%2”</source>
        <translation>“{” não fechado no caractere %1 do modelo de rótulo “%2”</translation>
    </message>
    <message>
        <source>The label template “%1” names the field “%2”, which does not exist</source>
        <translation>O modelo de rótulo “%1” cita o campo “%2”, que não existe</translation>
    </message>
</context>
<context>
    <name>LayerChartWidget</name>
    <message>
        <source>The layer has no field “%1”.</source>
        <translation>A camada não tem nenhum campo “%1”.</translation>
    </message>
</context>
<context>
    <name>LayerLoader</name>
    <message>
        <source>GDAL cannot open it</source>
        <translation>o GDAL não consegue abri-lo</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Não é possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>No file was given</source>
        <translation>Nenhum arquivo foi indicado</translation>
    </message>
    <message>
        <source>Cannot read “%1”: the file does not exist</source>
        <translation>Não é possível ler “%1”: o arquivo não existe</translation>
    </message>
    <message>
        <source>Cannot read “%1”: permission denied</source>
        <translation>Não é possível ler “%1”: permissão negada</translation>
    </message>
    <message>
        <source>Cannot read “%1”: it holds no vector layer nor raster</source>
        <translation>Não é possível ler “%1”: não contém camada vetorial nem raster</translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”</source>
        <translation>“%1” não tem camada chamada “%2”</translation>
    </message>
    <message>
        <source>Opening “%1” was canceled</source>
        <translation>A abertura de “%1” foi cancelada</translation>
    </message>
</context>
<context>
    <name>LayoutExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The export of the layout “%1” was cancelled.</source>
        <translation>A exportação do layout “%1” foi cancelada.</translation>
    </message>
    <message>
        <source>Cannot export %1: the resolution must be between 1 and 2400 dpi.</source>
        <translation>Não foi possível exportar %1: a resolução deve estar entre 1 e 2400 dpi.</translation>
    </message>
    <message>
        <source>Cannot export %1: the page size %2 x %3 mm is not valid for PDF.</source>
        <translation>Não foi possível exportar %1: o tamanho de página %2 x %3 mm não é válido para PDF.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>Não foi possível gravar o PDF %1.</translation>
    </message>
    <message>
        <source>Cannot add page %1 to the PDF %2.</source>
        <translation>Não foi possível adicionar a página %1 ao PDF %2.</translation>
    </message>
    <message>
        <source>Cannot write the SVG %1.</source>
        <translation>Não foi possível gravar o SVG %1.</translation>
    </message>
    <message>
        <source>Cannot export %1: a page of %2 x %3 pixels does not fit in memory; lower the resolution.</source>
        <translation>Não foi possível exportar %1: uma página de %2 x %3 pixels não cabe na memória; reduza a resolução.</translation>
    </message>
    <message>
        <source>Cannot write the image %1: %2</source>
        <translation>Não foi possível gravar a imagem %1: %2</translation>
    </message>
    <message>
        <source>Made with Territoria</source>
        <translation>Feito com o Territoria</translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown format “%2” (use .pdf, .svg, .png, .tif or .jpg).</source>
        <translation>Não foi possível exportar para %1: formato desconhecido “%2” (use .pdf, .svg, .png, .tif ou .jpg).</translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>Não foi possível exportar para %1: a pasta %2 não existe.</translation>
    </message>
    <message>
        <source>Cannot split the atlas “%1” into files: choose the field to split by.</source>
        <translation>Não foi possível dividir o atlas “%1” em arquivos: escolha o campo pelo qual dividir.</translation>
    </message>
    <message>
        <source>Cannot split the atlas “%1” by “%2”: the coverage layer has no such field (it has %3).</source>
        <translation>Não foi possível dividir o atlas “%1” por “%2”: a camada de cobertura não tem esse campo (ela tem %3).</translation>
    </message>
</context>
<context>
    <name>LayoutRenderer</name>
    <message>
        <source>%1: the layer «%2» is missing from the project</source>
        <translation>%1: a camada «%2» não está no projeto</translation>
    </message>
    <message>
        <source>%1: the grid interval is too small for the map; grid not drawn</source>
        <translation>%1: o intervalo da grade é pequeno demais para o mapa; a grade não foi desenhada</translation>
    </message>
    <message>
        <source>%1: cannot draw the graticule: %2</source>
        <translation>%1: não foi possível desenhar a gratícula: %2</translation>
    </message>
    <message>
        <source>%1: cannot draw the graticule for this extent</source>
        <translation>%1: não foi possível desenhar a gratícula para esta extensão</translation>
    </message>
    <message>
        <source>%1: the map has no extent to show</source>
        <translation>%1: o mapa não tem nenhuma extensão para mostrar</translation>
    </message>
    <message>
        <source>%1: layer «%2»: %3</source>
        <translation>%1: camada «%2»: %3</translation>
    </message>
    <message>
        <source>%1: the legend has no entries</source>
        <translation>%1: a legenda não tem entradas</translation>
    </message>
    <message>
        <source>%1: there is no map to measure</source>
        <translation>%1: não há nenhum mapa para medir</translation>
    </message>
    <message>
        <source>%1: the map&apos;s scale is unknown</source>
        <translation>%1: a escala do mapa é desconhecida</translation>
    </message>
    <message>
        <source>%1: the scale bar is too narrow</source>
        <translation>%1: a barra de escala é estreita demais</translation>
    </message>
    <message>
        <source>%1: cannot show the picture %2: %3</source>
        <translation>%1: não foi possível mostrar a imagem %2: %3</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>nenhum arquivo escolhido</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>not a valid SVG file</source>
        <translation>não é um arquivo SVG válido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no attribute table</source>
        <translation>%1: a camada «%2» não tem tabela de atributos</translation>
    </message>
    <message>
        <source>%1: the layer «%2» has no field «%3»</source>
        <translation>%1: a camada «%2» não tem nenhum campo «%3»</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows do not fit the frame</source>
        <translation>%1: %2 de %3 linhas não cabem na moldura</translation>
    </message>
    <message>
        <source>None on this page.</source>
        <translation>Nenhuma nesta página.</translation>
    </message>
    <message>
        <source>No features.</source>
        <translation>Nenhuma feição.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Other values</source>
        <translation>Outros valores</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>%1 (hillshade)</source>
        <translation>%1 (sombreamento)</translation>
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
        <translation>Uma junção do projeto não tem arquivo de tabela ou campo chave; ela foi ignorada.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a whole number; the value is left empty (the text is kept).</source>
        <translation>Linha %1, coluna “%2”: “%3” não é um número inteiro; o valor fica vazio (o texto é mantido).</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a number; the value is left empty (the text is kept).</source>
        <translation>Linha %1, coluna “%2”: “%3” não é um número; o valor fica vazio (o texto é mantido).</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>Não foi possível abrir %1 como camada vetorial.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 não tem a camada “%2”.</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 não tem o campo “%2”.</translation>
    </message>
    <message>
        <source>Reading %1 was canceled.</source>
        <translation>A leitura de %1 foi cancelada.</translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation>Não foi possível ler as feições de %1.</translation>
    </message>
    <message>
        <source>No join to run for %1.</source>
        <translation>Nenhuma junção a executar para %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Não foi possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>The join into %1 was canceled.</source>
        <translation>A junção em %1 foi cancelada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no column “%2”: the join cannot be made.</source>
        <translation>%1 não tem a coluna “%2”: a junção não pode ser feita.</translation>
    </message>
    <message>
        <source>Cannot replace %1 (is it open in another program?).</source>
        <translation>Não foi possível substituir %1 (está aberto em outro programa?).</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>Cannot export the map to %1: the extent or the output size is invalid</source>
        <translation>Não foi possível exportar o mapa para %1: a extensão ou o tamanho de saída são inválidos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export of %1 was canceled</source>
        <translation>A exportação de %1 foi cancelada</translation>
    </message>
    <message>
        <source>Cannot write the image %1: %2</source>
        <translation>Não foi possível gravar a imagem %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1</source>
        <translation>Não foi possível iniciar o PDF %1</translation>
    </message>
    <message>
        <source>Cannot start the SVG %1</source>
        <translation>Não foi possível iniciar o SVG %1</translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown format “%2” (use .png, .jpg, .tif, .pdf or .svg)</source>
        <translation>Não foi possível exportar para %1: formato desconhecido “%2” (use .png, .jpg, .tif, .pdf ou .svg)</translation>
    </message>
</context>
<context>
    <name>MapRenderJob</name>
    <message>
        <source>Invalid map extent or output size</source>
        <translation>Extensão do mapa ou tamanho de saída inválidos</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Health post</source>
        <translation>Posto de saúde</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>Corpo de bombeiros</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polícia</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Abrigo</translation>
    </message>
</context>
<context>
    <name>McdaAlgorithm</name>
    <message>
        <source>Multi-criteria prioritization</source>
        <translation>Priorização multicritério</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>Priorização</translation>
    </message>
    <message>
        <source>Ranks territorial units (fields of a vector layer) or cells (aligned rasters, one per criterion) by several criteria. Each criterion is a benefit (higher is better) or a cost, normalized by minmax, zscore or vector (x/√Σx²), or by its own value function: name:direction:low:high (0 at low, 1 at high, clamped) or, for units, name:value:x1=v1:x2=v2:... (piecewise linear). Methods: wlc (weighted sum of the normalized values, costs turned around), topsis (closeness to the ideal: distance to the anti-ideal / (sum of both distances); ideal and anti-ideal reported) and owa (ordered weighted averaging with order weights). Units write score, rank (1 = highest priority), a five-class priority (quintiles of the rank) and, for TOPSIS, the distances; rasters give a Float32 score raster. Units failing the constraint (an SQL condition on the fields) or with missing values get no score.</source>
        <translation>Ordena unidades territoriais (campos de uma camada vetorial) ou células (rasters alinhados, um por critério) segundo vários critérios. Cada critério é um benefício (maior é melhor) ou um custo, normalizado por minmax, zscore ou vector (x/√Σx²), ou por sua própria função de valor: nome:sentido:baixo:alto (0 em baixo, 1 em alto, limitado) ou, para unidades, nome:value:x1=v1:x2=v2:... (linear por partes). Métodos: wlc (soma ponderada dos valores normalizados, com os custos invertidos), topsis (proximidade ao ideal: distância ao anti-ideal / (soma das duas distâncias); ideal e anti-ideal informados) e owa (média ponderada ordenada com pesos de ordem). As unidades recebem escore, posição (1 = prioridade mais alta), uma prioridade em cinco classes (quintis da posição) e, para o TOPSIS, as distâncias; os rasters geram um raster de escore Float32. As unidades que não atendem à restrição (uma condição SQL sobre os campos) ou com valores ausentes não recebem escore.</translation>
    </message>
    <message>
        <source>Units with the criteria as fields</source>
        <translation>Unidades com os critérios como campos</translation>
    </message>
    <message>
        <source>Or rasters, one per criterion in the same order (aligned)</source>
        <translation>Ou rasters, um por critério na mesma ordem (alinhados)</translation>
    </message>
    <message>
        <source>Constraint: units that satisfy it take part (SQL condition on the fields, e.g. population &gt; 1000)</source>
        <translation>Restrição: participam as unidades que a atendem (condição SQL sobre os campos, p. ex. population &gt; 1000)</translation>
    </message>
    <message>
        <source>Constraint for rasters: cells where this raster is 0 or has no data are left out</source>
        <translation>Restrição para rasters: ficam de fora as células onde este raster é 0 ou não tem dados</translation>
    </message>
    <message>
        <source>Threads for rasters (0: one per core)</source>
        <translation>Threads para rasters (0: uma por núcleo)</translation>
    </message>
    <message>
        <source>Output: units with score and rank (.gpkg ...), or a score raster (.tif)</source>
        <translation>Saída: unidades com escore e posição (.gpkg ...), ou um raster de escore (.tif)</translation>
    </message>
    <message>
        <source>Units with score and rank, or the score raster</source>
        <translation>Unidades com escore e posição, ou o raster de escore</translation>
    </message>
    <message>
        <source>Weights used (adding up to 1)</source>
        <translation>Pesos usados (somando 1)</translation>
    </message>
    <message>
        <source>Ideal: best value of each criterion</source>
        <translation>Ideal: melhor valor de cada critério</translation>
    </message>
    <message>
        <source>Anti-ideal: worst value of each criterion</source>
        <translation>Anti-ideal: pior valor de cada critério</translation>
    </message>
    <message>
        <source>TOPSIS ideal in weighted normalized values</source>
        <translation>Ideal do TOPSIS em valores normalizados ponderados</translation>
    </message>
    <message>
        <source>TOPSIS anti-ideal in weighted normalized values</source>
        <translation>Anti-ideal do TOPSIS em valores normalizados ponderados</translation>
    </message>
    <message>
        <source>Units read</source>
        <translation>Unidades lidas</translation>
    </message>
    <message>
        <source>Units with a score</source>
        <translation>Unidades com escore</translation>
    </message>
    <message>
        <source>Units left out by the constraint</source>
        <translation>Unidades excluídas pela restrição</translation>
    </message>
    <message>
        <source>Units left out for missing values</source>
        <translation>Unidades excluídas por valores ausentes</translation>
    </message>
    <message>
        <source>Cells with a score</source>
        <translation>Células com escore</translation>
    </message>
    <message>
        <source>Cells without data</source>
        <translation>Células sem dados</translation>
    </message>
    <message>
        <source>Parameter “constraint_raster” applies to rasters; for units, give “constraint” (an SQL condition on the fields).</source>
        <translation>O parâmetro “constraint_raster” se aplica a rasters; para unidades, informe “constraint” (uma condição SQL sobre os campos).</translation>
    </message>
    <message>
        <source>Give either “input” (units with the criteria as fields) or “rasters” (one per criterion), not both or neither.</source>
        <translation>Informe “input” (unidades com os critérios como campos) ou “rasters” (um por critério), não ambos nem nenhum.</translation>
    </message>
    <message>
        <source>Parameter “constraint” applies to units; for rasters, give “constraint_raster” (0 or no data where cells are left out).</source>
        <translation>O parâmetro “constraint” se aplica a unidades; para rasters, informe “constraint_raster” (0 ou sem dados onde as células ficam de fora).</translation>
    </message>
    <message>
        <source>Parameter “output”: %1: a score raster is written as GeoTIFF (.tif).</source>
        <translation>Parâmetro “output”: %1: um raster de escore é gravado como GeoTIFF (.tif).</translation>
    </message>
    <message>
        <source>“%1” has the same value in every unit: it adds nothing to the score.</source>
        <translation>“%1” tem o mesmo valor em todas as unidades: não acrescenta nada ao escore.</translation>
    </message>
    <message>
        <source>Style of the output layer: the five priority classes</source>
        <translation>Estilo da camada de saída: as cinco classes de prioridade</translation>
    </message>
</context>
<context>
    <name>NewFacilitiesAlgorithm</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>Where to build new facilities</source>
        <translation>Onde construir novos estabelecimentos</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <source>Population raster (people per cell, projected CRS)</source>
        <translation>Raster de população (pessoas por célula, SRC projetado)</translation>
    </message>
    <message>
        <source>Candidate sites (points)</source>
        <translation>Locais candidatos (pontos)</translation>
    </message>
    <message>
        <source>Suitability raster (cells above 0 are candidates; grid of the population)</source>
        <translation>Raster de aptidão (células acima de 0 são candidatas; grade da população)</translation>
    </message>
    <message>
        <source>Travel time to the existing facilities (minutes; grid of the population)</source>
        <translation>Tempo de viagem aos estabelecimentos existentes (minutos; grade da população)</translation>
    </message>
    <message>
        <source>Coverage limit of the existing travel time (minutes)</source>
        <translation>Limite de cobertura do tempo de viagem existente (minutos)</translation>
    </message>
    <message>
        <source>Number of new facilities</source>
        <translation>Número de novos estabelecimentos</translation>
    </message>
    <message>
        <source>Most raster candidates (the mask is subsampled beyond)</source>
        <translation>Máximo de candidatos raster (acima disso, a máscara é subamostrada)</translation>
    </message>
    <message>
        <source>Chosen sites</source>
        <translation>Locais escolhidos</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>Population covered by the existing facilities</source>
        <translation>População coberta pelos estabelecimentos existentes</translation>
    </message>
    <message>
        <source>Population uncovered before the new sites</source>
        <translation>População sem cobertura antes dos novos locais</translation>
    </message>
    <message>
        <source>Population covered by the new sites</source>
        <translation>População coberta pelos novos locais</translation>
    </message>
    <message>
        <source>Population covered with the new sites</source>
        <translation>População coberta com os novos locais</translation>
    </message>
    <message>
        <source>Population still uncovered</source>
        <translation>População ainda sem cobertura</translation>
    </message>
    <message>
        <source>People added by each site, in order</source>
        <translation>Pessoas acrescentadas por cada local, em ordem</translation>
    </message>
    <message>
        <source>Number of sites chosen</source>
        <translation>Número de locais escolhidos</translation>
    </message>
    <message>
        <source>Number of candidates considered</source>
        <translation>Número de candidatos considerados</translation>
    </message>
    <message>
        <source>Parameter “count”: at least 1 new facility must be asked for.</source>
        <translation>Parâmetro “count”: é preciso solicitar pelo menos 1 novo estabelecimento.</translation>
    </message>
    <message>
        <source>Give the candidate sites either as points (“candidates”) or as a suitability raster (“suitability”), one of the two.</source>
        <translation>Informe os locais candidatos como pontos (“candidates”) ou como um raster de aptidão (“suitability”), um dos dois.</translation>
    </message>
    <message>
        <source>Parameter “max_minutes”: give the coverage limit (minutes) of the existing travel-time raster.</source>
        <translation>Parâmetro “max_minutes”: informe o limite de cobertura (minutos) do raster de tempo de viagem existente.</translation>
    </message>
    <message>
        <source>Parameter “population”: %1 has more than 4 294 967 295 cells; clip or resample it first.</source>
        <translation>Parâmetro “population”: %1 tem mais de 4 294 967 295 células; recorte-o ou reamostre-o primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>Parameter “candidates”: none of the %n point(s) of %1 lies inside the population raster %2.</source>
        <translation>
            <numerusform>Parâmetro “candidates”: o único ponto (%n) de %1 não está dentro do raster de população %2.</numerusform>
            <numerusform>Parâmetro “candidates”: nenhum dos %n pontos de %1 está dentro do raster de população %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) outside the population raster are left out.</source>
        <translation>
            <numerusform>%n candidato fora do raster de população foi deixado de fora.</numerusform>
            <numerusform>%n candidatos fora do raster de população foram deixados de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “suitability”: no cell of %1 is above 0, so there is no candidate site.</source>
        <translation>Parâmetro “suitability”: nenhuma célula de %1 está acima de 0, portanto não há local candidato.</translation>
    </message>
    <message>
        <source>Parameter “max_candidates”: the subsample of the %1 suitable cells holds no cell; raise max_candidates.</source>
        <translation>Parâmetro “max_candidates”: a subamostra das %1 células aptas não contém nenhuma célula; aumente max_candidates.</translation>
    </message>
    <message>
        <source>%1 suitable cells are more than max_candidates (%2): one cell in %3 x %3 is considered, %4 candidates in all. Raise max_candidates for a finer choice.</source>
        <translation>%1 células aptas excedem max_candidates (%2): é considerada uma célula a cada %3 x %3, %4 candidatos no total. Aumente max_candidates para uma escolha mais fina.</translation>
    </message>
    <message>
        <source>Too many populated cells within radius_m of the %1 candidates (more than %2 pairs): use fewer candidates (max_candidates, or fewer points), a smaller radius or a coarser population raster.</source>
        <translation>Células povoadas demais dentro de radius_m dos %1 candidatos (mais de %2 pares): use menos candidatos (max_candidates, ou menos pontos), um raio menor ou um raster de população mais grosseiro.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n site(s) add uncovered people: the other candidates would cover nobody new.</source>
        <translation>
            <numerusform>Apenas %n local acrescenta pessoas sem cobertura: os demais candidatos não cobririam ninguém novo.</numerusform>
            <numerusform>Apenas %n locais acrescentam pessoas sem cobertura: os demais candidatos não cobririam ninguém novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>Não foi possível criar uma camada em %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>Não foi possível criar o campo %1 em %2.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>Não foi possível gravar uma feição em %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Not enough memory to read %1 (%2 x %3 cells).</source>
        <translation>Memória insuficiente para ler %1 (%2 x %3 células).</translation>
    </message>
    <message>
        <source>Chooses up to “count” new facility sites among candidate points, or among the cells of a suitability raster (cells above 0), to cover the most people not yet covered (greedy maximum coverage). A site covers cells of the population raster by one of two rules. Straight line: the cells whose centre lies within radius_m metres of it. Travel time: give a speed raster (km/h; 0 or no data is impassable) or a friction raster (seconds to cross one cell, as GRASS r.cost) on the grid of the population, and site_minutes; the site covers the cells from which people reach it within site_minutes, moving as in coverage:travel_time (8 or 16 neighbours; walking or bicycling corrected for the slope of a DEM on the same grid, mode walk or bicycle). Give radius_m or the travel-time parameters, not both. People already covered by the existing facilities (cells of the “existing” travel-time raster within max_minutes, or the cells the “existing_facilities” points cover by the same rule as the sites) are left out. Each step takes the candidate that adds the most people still uncovered (ties: the first candidate), so the gain of each site accounts for the overlap with the sites chosen before it. The population raster must be in a projected CRS (metres). Raster candidates beyond max_candidates are thinned to a regular subsample of the mask.</source>
        <translation>Escolhe até “count” locais para novos estabelecimentos entre pontos candidatos, ou entre as células de um raster de aptidão (células acima de 0), para cobrir o maior número de pessoas ainda não cobertas (cobertura máxima gulosa). Um local cobre células do raster de população por uma de duas regras. Linha reta: as células cujo centro está a até radius_m metros dele. Tempo de viagem: informe um raster de velocidade (km/h; 0 ou sem dados é intransponível) ou um raster de atrito (segundos para atravessar uma célula, como no GRASS r.cost) na grade da população, e site_minutes; o local cobre as células a partir das quais as pessoas o alcançam em até site_minutes, deslocando-se como em coverage:travel_time (8 ou 16 vizinhos; a pé ou de bicicleta com correção pela declividade de um MDE na mesma grade, modo walk ou bicycle). Informe radius_m ou os parâmetros de tempo de viagem, não ambos. As pessoas já cobertas pelos estabelecimentos existentes (células do raster de tempo de viagem “existing” dentro de max_minutes, ou as células que os pontos “existing_facilities” cobrem pela mesma regra dos locais) ficam de fora. Cada passo toma o candidato que acrescenta mais pessoas ainda sem cobertura (empates: o primeiro candidato), de modo que o ganho de cada local leva em conta a sobreposição com os locais escolhidos antes dele. O raster de população deve estar em um SRC projetado (metros). Os candidatos raster além de max_candidates são reduzidos a uma subamostra regular da máscara.</translation>
    </message>
    <message>
        <source>Existing facilities (points, covering by the rule of the new sites)</source>
        <translation>Estabelecimentos existentes (pontos, com cobertura pela regra dos novos locais)</translation>
    </message>
    <message>
        <source>Coverage radius of a site (m, straight line; not with travel time)</source>
        <translation>Raio de cobertura de um local (m, linha reta; não com tempo de viagem)</translation>
    </message>
    <message>
        <source>Speed raster for coverage by travel time (km/h; grid of the population)</source>
        <translation>Raster de velocidade para a cobertura por tempo de viagem (km/h; grade da população)</translation>
    </message>
    <message>
        <source>Friction raster for coverage by travel time (seconds to cross one cell; grid of the population)</source>
        <translation>Raster de atrito para a cobertura por tempo de viagem (segundos para atravessar uma célula; grade da população)</translation>
    </message>
    <message>
        <source>Coverage limit of a site by travel time (minutes to reach it)</source>
        <translation>Limite de cobertura de um local por tempo de viagem (minutos para alcançá-lo)</translation>
    </message>
    <message>
        <source>Neighbours of the travel-time moves (16: knight&apos;s move, more accurate)</source>
        <translation>Vizinhos dos deslocamentos do tempo de viagem (16: salto do cavalo, mais preciso)</translation>
    </message>
    <message>
        <source>Elevation raster (m; grid of the population) for walking or bicycling</source>
        <translation>Raster de elevação (m; grade da população) para deslocamento a pé ou de bicicleta</translation>
    </message>
    <message>
        <source>Travel mode (walking and bicycling are corrected for slope)</source>
        <translation>Modo de viagem (a pé e de bicicleta são corrigidos pela declividade)</translation>
    </message>
    <message>
        <source>Coverage rule of a site (straight_line or travel_time)</source>
        <translation>Regra de cobertura de um local (straight_line ou travel_time)</translation>
    </message>
    <message>
        <source>Give either a speed raster (“speed”) or a friction raster (“friction”) for coverage by travel time, not both.</source>
        <translation>Informe um raster de velocidade (“speed”) ou um raster de atrito (“friction”) para a cobertura por tempo de viagem, não ambos.</translation>
    </message>
    <message>
        <source>Give one coverage rule: either “radius_m” (straight line) or “speed”/“friction” with “site_minutes” (travel time), not both.</source>
        <translation>Informe uma regra de cobertura: “radius_m” (linha reta) ou “speed”/“friction” com “site_minutes” (tempo de viagem), não ambas.</translation>
    </message>
    <message>
        <source>Parameter “site_minutes” sets coverage by travel time: give a speed raster (“speed”) or a friction raster (“friction”) with it instead of “radius_m”, or leave it out.</source>
        <translation>O parâmetro “site_minutes” define a cobertura por tempo de viagem: informe com ele um raster de velocidade (“speed”) ou um raster de atrito (“friction”) em vez de “radius_m”, ou omita-o.</translation>
    </message>
    <message>
        <source>Parameter “site_minutes” sets coverage by travel time: give a speed raster (“speed”) or a friction raster (“friction”) with it.</source>
        <translation>O parâmetro “site_minutes” define a cobertura por tempo de viagem: informe com ele um raster de velocidade (“speed”) ou um raster de atrito (“friction”).</translation>
    </message>
    <message>
        <source>Give the coverage of a site: “radius_m” (metres, straight line), or a speed raster (“speed”) or a friction raster (“friction”) with “site_minutes” (travel time).</source>
        <translation>Informe a cobertura de um local: “radius_m” (metros, linha reta), ou um raster de velocidade (“speed”) ou um raster de atrito (“friction”) com “site_minutes” (tempo de viagem).</translation>
    </message>
    <message>
        <source>Parameter “site_minutes”: coverage by travel time needs the minutes within which people reach a site (more than 0).</source>
        <translation>Parâmetro “site_minutes”: a cobertura por tempo de viagem exige os minutos dentro dos quais as pessoas alcançam um local (mais de 0).</translation>
    </message>
    <message>
        <source>Parameter “dem” corrects travel times for slope: give “speed” or “friction” and “site_minutes” too.</source>
        <translation>O parâmetro “dem” corrige os tempos de viagem pela declividade: informe também “speed” ou “friction” e “site_minutes”.</translation>
    </message>
    <message>
        <source>Parameter “dem”: mode “%1” corrects speeds for slope and needs an elevation raster; give “dem”, or use mode=motorized.</source>
        <translation>Parâmetro “dem”: o modo “%1” corrige as velocidades pela declividade e exige um raster de elevação; informe “dem” ou use mode=motorized.</translation>
    </message>
    <message>
        <source>The DEM %1 is not used: mode “%2” ignores slope.</source>
        <translation>O MDE %1 não é usado: o modo “%2” ignora a declividade.</translation>
    </message>
    <message>
        <source>Parameter “mode” is not used: the sites cover within radius_m in a straight line.</source>
        <translation>O parâmetro “mode” não é usado: os locais cobrem até radius_m em linha reta.</translation>
    </message>
    <message>
        <source>Parameter “speed”: every cell of %1 is 0 or no data, so nobody can travel.</source>
        <translation>Parâmetro “speed”: todas as células de %1 são 0 ou sem dados, portanto ninguém consegue se deslocar.</translation>
    </message>
    <message>
        <source>Parameter “friction”: every cell of %1 is negative or no data, so nobody can travel.</source>
        <translation>Parâmetro “friction”: todas as células de %1 são negativas ou sem dados, portanto ninguém consegue se deslocar.</translation>
    </message>
    <message>
        <source>Not enough memory for a travel-time window of %1 x %2 cells; lower site_minutes.</source>
        <translation>Memória insuficiente para uma janela de tempo de viagem de %1 x %2 células; reduza site_minutes.</translation>
    </message>
    <message>
        <source>Coverage by travel time within %1 min: each site is computed on a window of %2 x %3 cells.</source>
        <translation>Cobertura por tempo de viagem em até %1 min: cada local é calculado em uma janela de %2 x %3 células.</translation>
    </message>
    <message numerus="yes">
        <source>%n existing facility(ies) of %1 lie outside the population raster: travel times are computed over its grid, so they cover nobody.</source>
        <translation>
            <numerusform>%n estabelecimento existente de %1 está fora do raster de população: os tempos de viagem são calculados sobre a grade dele, portanto não cobre ninguém.</numerusform>
            <numerusform>%n estabelecimentos existentes de %1 estão fora do raster de população: os tempos de viagem são calculados sobre a grade dele, portanto não cobrem ninguém.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many populated cells within site_minutes of the %1 candidates (more than %2 pairs): use fewer candidates (max_candidates, or fewer points), a shorter time or a coarser population raster.</source>
        <translation>Células povoadas demais dentro de site_minutes dos %1 candidatos (mais de %2 pares): use menos candidatos (max_candidates, ou menos pontos), um tempo menor ou um raster de população mais grosseiro.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) stand on impassable cells (no data, zero speed): they cover only their own cell.</source>
        <translation>
            <numerusform>%n candidato está sobre células intransponíveis (sem dados, velocidade zero): cobre apenas a própria célula.</numerusform>
            <numerusform>%n candidatos estão sobre células intransponíveis (sem dados, velocidade zero): cobrem apenas a própria célula.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParameterDefinition</name>
    <message>
        <source>Parameter “%1”: “%2” is not a boolean (use true or false).</source>
        <translation>Parâmetro “%1”: “%2” não é um booleano (use true ou false).</translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a number.</source>
        <translation>Parâmetro “%1”: “%2” não é um número.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the value is not a number.</source>
        <translation>Parâmetro “%1”: o valor não é um número.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the value must be a finite number.</source>
        <translation>Parâmetro “%1”: o valor deve ser um número finito.</translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a whole number.</source>
        <translation>Parâmetro “%1”: “%2” não é um número inteiro.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 is out of range (%3 to %4).</source>
        <translation>Parâmetro “%1”: %2 está fora do intervalo (%3 a %4).</translation>
    </message>
    <message>
        <source>Parameter “%1”: no file given.</source>
        <translation>Parâmetro “%1”: nenhum arquivo informado.</translation>
    </message>
    <message>
        <source>Parameter “%1”: file not found: %2</source>
        <translation>Parâmetro “%1”: arquivo não encontrado: %2</translation>
    </message>
    <message>
        <source>Parameter “%1”: no output file given.</source>
        <translation>Parâmetro “%1”: nenhum arquivo de saída informado.</translation>
    </message>
    <message>
        <source>Parameter “%1”: unknown value “%2” (expected one of: %3).</source>
        <translation>Parâmetro “%1”: valor desconhecido “%2” (esperado um de: %3).</translation>
    </message>
    <message>
        <source>Parameter “%1”: unknown value “%2” (expected some of: %3).</source>
        <translation>Parâmetro “%1”: valor desconhecido “%2” (esperados alguns de: %3).</translation>
    </message>
    <message>
        <source>Parameter “%1”: the list is empty.</source>
        <translation>Parâmetro “%1”: a lista está vazia.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2</source>
        <translation>Parâmetro “%1”: %2</translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not an extent (xmin,ymin,xmax,ymax).</source>
        <translation>Parâmetro “%1”: “%2” não é uma extensão (xmin,ymin,xmax,ymax).</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>Não foi possível abrir %1 como camada vetorial.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 não tem a camada “%2”.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no field “%3”.</source>
        <translation>Parâmetro “%1”: %2 não tem o campo “%3”.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” (expected: %2).</source>
        <translation>Parâmetro desconhecido “%1” (esperado: %2).</translation>
    </message>
    <message>
        <source>Missing required parameter “%1” (%2).</source>
        <translation>Falta o parâmetro obrigatório “%1” (%2).</translation>
    </message>
</context>
<context>
    <name>ParameterWidget</name>
    <message>
        <source>Raster files (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.nc *.dem *.hgt)</source>
        <translation>Arquivos raster (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.nc *.dem *.hgt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.tab)</source>
        <translation>Arquivos vetoriais (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.tab)</translation>
    </message>
</context>
<context>
    <name>PointCountsAlgorithm</name>
    <message>
        <source>Point counts per zone</source>
        <translation>Contagem de pontos por zona</translation>
    </message>
    <message>
        <source>Vector indicators</source>
        <translation>Indicadores vetoriais</translation>
    </message>
    <message>
        <source>Counts the points (facilities, bus stops, antennas) in each zone and derives the count per 1,000 inhabitants (when a population field is given) and per km². Areas are geodesic, computed on the ellipsoid of the zones&apos; CRS. A point on a border between zones counts once, for the first zone.</source>
        <translation>Conta os pontos (equipamentos, paradas de ônibus, antenas) em cada zona e calcula a contagem por 1.000 habitantes (quando um campo de população é informado) e por km². As áreas são geodésicas, calculadas no elipsoide do SRC das zonas. Um ponto na divisa entre zonas conta uma vez, para a primeira zona.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Zone polygons</source>
        <translation>Polígonos das zonas</translation>
    </message>
    <message>
        <source>Population field of the zones</source>
        <translation>Campo de população das zonas</translation>
    </message>
    <message>
        <source>Prefix of the new field names</source>
        <translation>Prefixo dos nomes dos novos campos</translation>
    </message>
    <message>
        <source>Output zones with counts</source>
        <translation>Zonas de saída com contagens</translation>
    </message>
    <message>
        <source>Zones with counts</source>
        <translation>Zonas com contagens</translation>
    </message>
    <message>
        <source>Points read</source>
        <translation>Pontos lidos</translation>
    </message>
    <message>
        <source>Points outside every zone</source>
        <translation>Pontos fora de todas as zonas</translation>
    </message>
    <message>
        <source>The zones must be polygons: %1 has %2 geometries.</source>
        <translation>As zonas devem ser polígonos: %1 tem geometrias do tipo %2.</translation>
    </message>
    <message>
        <source>The points must be points: %1 has %2 geometries.</source>
        <translation>Os pontos devem ser pontos: %1 tem geometrias do tipo %2.</translation>
    </message>
    <message>
        <source>%1 has no CRS: the area of its zones cannot be measured.</source>
        <translation>%1 não tem SRC: a área das suas zonas não pode ser medida.</translation>
    </message>
    <message>
        <source>Cannot convert the zones of %1 to longitude and latitude.</source>
        <translation>Não foi possível converter as zonas de %1 para longitude e latitude.</translation>
    </message>
    <message>
        <source>The zones must be polygons: feature %1 of %2 is a %3.</source>
        <translation>As zonas devem ser polígonos: a feição %1 de %2 é do tipo %3.</translation>
    </message>
    <message>
        <source>Cannot reproject the points of %1 to the CRS of %2.</source>
        <translation>Não foi possível reprojetar os pontos de %1 para o SRC de %2.</translation>
    </message>
    <message>
        <source>%1 has no CRS: assuming the CRS of %2.</source>
        <translation>%1 não tem SRC: assumindo o SRC de %2.</translation>
    </message>
    <message>
        <source>The points must be points: feature %1 of %2 is a %3.</source>
        <translation>Os pontos devem ser pontos: a feição %1 de %2 é do tipo %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) have no positive population: their rate per 1,000 inhabitants is empty.</source>
        <translation>
            <numerusform>%n zona não tem população positiva: sua taxa por 1.000 habitantes fica vazia.</numerusform>
            <numerusform>%n zonas não têm população positiva: sua taxa por 1.000 habitantes fica vazia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) fall outside every zone.</source>
        <translation>
            <numerusform>%n ponto fica fora de todas as zonas.</numerusform>
            <numerusform>%n pontos ficam fora de todas as zonas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopulationCoverageAlgorithm</name>
    <message>
        <source>Population covered</source>
        <translation>População coberta</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <source>People within each travel-time threshold (minutes), in total, per facility (with the nearest-facility allocation raster) and per district, and the people left out. Population comes from a raster on the grid of the travel-time raster, or from a population field of the districts spread evenly over their cells. Capacity-aware mode: give the facilities with a capacity field and the folder of per-facility travel-time rasters; facilities are taken in the order of the order field (or as listed) and each covers, nearest cells first, at most its capacity from the people still uncovered within max_minutes.</source>
        <translation>Pessoas dentro de cada limiar de tempo de viagem (minutos), no total, por estabelecimento (com o raster de alocação ao estabelecimento mais próximo) e por distrito, e as pessoas descobertas. A população vem de um raster na grade do raster de tempo de viagem, ou de um campo de população dos distritos distribuído uniformemente por suas células. Modo com capacidade: informe os estabelecimentos com um campo de capacidade e a pasta de rasters de tempo de viagem por estabelecimento; os estabelecimentos são tomados na ordem do campo de ordem (ou conforme listados) e cada um cobre, começando pelas células mais próximas, no máximo sua capacidade entre as pessoas ainda descobertas dentro de max_minutes.</translation>
    </message>
    <message>
        <source>Travel time raster (minutes)</source>
        <translation>Raster de tempo de viagem (minutos)</translation>
    </message>
    <message>
        <source>Population raster (same grid)</source>
        <translation>Raster de população (mesma grade)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Population field of the districts (spread over their area)</source>
        <translation>Campo de população dos distritos (distribuído por sua área)</translation>
    </message>
    <message>
        <source>Thresholds (minutes)</source>
        <translation>Limiares (minutos)</translation>
    </message>
    <message>
        <source>Nearest-facility raster (same grid)</source>
        <translation>Raster do estabelecimento mais próximo (mesma grade)</translation>
    </message>
    <message>
        <source>Facilities (capacity-aware mode)</source>
        <translation>Estabelecimentos (modo com capacidade)</translation>
    </message>
    <message>
        <source>Facility id field (as given to travel_time)</source>
        <translation>Campo de id do estabelecimento (o mesmo informado a travel_time)</translation>
    </message>
    <message>
        <source>Capacity field (people)</source>
        <translation>Campo de capacidade (pessoas)</translation>
    </message>
    <message>
        <source>Order field (ascending)</source>
        <translation>Campo de ordem (crescente)</translation>
    </message>
    <message>
        <source>Folder of per-facility travel-time rasters</source>
        <translation>Pasta de rasters de tempo de viagem por estabelecimento</translation>
    </message>
    <message>
        <source>Coverage limit for the capacity-aware mode (minutes; 0: the largest threshold)</source>
        <translation>Limite de cobertura para o modo com capacidade (minutos; 0: o maior limiar)</translation>
    </message>
    <message>
        <source>Table per facility</source>
        <translation>Tabela por estabelecimento</translation>
    </message>
    <message>
        <source>Table per district</source>
        <translation>Tabela por distrito</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>Population within each threshold</source>
        <translation>População dentro de cada limiar</translation>
    </message>
    <message>
        <source>Population beyond the largest threshold</source>
        <translation>População além do maior limiar</translation>
    </message>
    <message>
        <source>Population covered within capacities</source>
        <translation>População coberta dentro das capacidades</translation>
    </message>
    <message>
        <source>Give either a population raster (“population”) or a population field of the districts (“population_field”), not both.</source>
        <translation>Informe um raster de população (“population”) ou um campo de população dos distritos (“population_field”), não ambos.</translation>
    </message>
    <message>
        <source>Parameter “population_field” needs the districts (“districts”).</source>
        <translation>O parâmetro “population_field” exige os distritos (“districts”).</translation>
    </message>
    <message>
        <source>Parameter “districts_output” needs the districts (“districts”).</source>
        <translation>O parâmetro “districts_output” exige os distritos (“districts”).</translation>
    </message>
    <message>
        <source>The capacity-aware mode (“capacity_field”) needs the facilities and the folder of per-facility travel-time rasters (“per_facility_dir”, written by coverage:travel_time).</source>
        <translation>O modo com capacidade (“capacity_field”) exige os estabelecimentos e a pasta de rasters de tempo de viagem por estabelecimento (“per_facility_dir”, gravada por coverage:travel_time).</translation>
    </message>
    <message>
        <source>%1 has no CRS.</source>
        <translation>%1 não tem SRC.</translation>
    </message>
    <message>
        <source>Cannot transform district %1 of %2 to the CRS of %3.</source>
        <translation>Não foi possível transformar o distrito %1 de %2 para o SRC de %3.</translation>
    </message>
    <message>
        <source>Not enough memory to rasterize %1.</source>
        <translation>Memória insuficiente para rasterizar %1.</translation>
    </message>
    <message>
        <source>Cannot rasterize %1.</source>
        <translation>Não foi possível rasterizar %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) of %1 cover no cell centre of %2: their population is left out.</source>
        <translation>
            <numerusform>%n distrito de %1 não cobre nenhum centro de célula de %2: sua população fica de fora.</numerusform>
            <numerusform>%n distritos de %1 não cobrem nenhum centro de célula de %2: sua população fica de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>Parameter “per_facility_dir”: %1 is not on the grid of %2.</source>
        <translation>Parâmetro “per_facility_dir”: %1 não está na grade de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies) have no travel-time raster in %1: they cover nobody.</source>
        <translation>
            <numerusform>%n estabelecimento não tem raster de tempo de viagem em %1: não cobre ninguém.</numerusform>
            <numerusform>%n estabelecimentos não têm raster de tempo de viagem em %1: não cobrem ninguém.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
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
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Barra de escala</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Seta de norte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Tabela de atributos</translation>
    </message>
    <message>
        <source>Unknown layout item type “%1”.</source>
        <translation>Tipo de item de layout desconhecido “%1”.</translation>
    </message>
    <message>
        <source>Layout item “%1”: “rect” must be four numbers (x, y, width, height in mm).</source>
        <translation>Item de layout “%1”: “rect” deve ter quatro números (x, y, largura, altura em mm).</translation>
    </message>
    <message>
        <source>Layout item “%1”: its width and height must be positive.</source>
        <translation>Item de layout “%1”: a largura e a altura devem ser positivas.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Layout “%1”: unknown page size “%2” (expected A4, A3, A2, A1, A0, letter or custom).</source>
        <translation>Layout “%1”: tamanho de página desconhecido “%2” (esperado A4, A3, A2, A1, A0, letter ou custom).</translation>
    </message>
    <message>
        <source>Layout “%1”: a custom page needs “custom_size”: [width, height] between 10 and 5000 mm.</source>
        <translation>Layout “%1”: uma página personalizada exige “custom_size”: [largura, altura] entre 10 e 5000 mm.</translation>
    </message>
    <message>
        <source>Layout “%1”: “items” must be a list.</source>
        <translation>Layout “%1”: “items” deve ser uma lista.</translation>
    </message>
    <message>
        <source>Layout “%1”: %2</source>
        <translation>Layout “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the layout template %1: %2</source>
        <translation>Não foi possível salvar o modelo de layout %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the layout template %1: %2</source>
        <translation>Não foi possível abrir o modelo de layout %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid layout template: %2 at byte %3</source>
        <translation>%1 não é um modelo de layout válido: %2 no byte %3</translation>
    </message>
    <message>
        <source>%1 is not a Territoria layout template.</source>
        <translation>%1 não é um modelo de layout do Territoria.</translation>
    </message>
    <message>
        <source>%1 is a layout template of version %2; this Territoria reads up to version %3.</source>
        <translation>%1 é um modelo de layout da versão %2; este Territoria lê até a versão %3.</translation>
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
        <translation>Parâmetro “matrix”: a matriz está vazia (escreva as linhas separadas por “;” e as entradas por “,”, p. ex. 1,3;1/3,1).</translation>
    </message>
    <message>
        <source>Parameter “matrix”: %1 rows; the random index of Saaty is tabulated up to 15 criteria.</source>
        <translation>Parâmetro “matrix”: %1 linhas; o índice aleatório de Saaty é tabelado até 15 critérios.</translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1 has %2 entries but there are %3 rows; the matrix must be square.</source>
        <translation>Parâmetro “matrix”: a linha %1 tem %2 entradas, mas há %3 linhas; a matriz deve ser quadrada.</translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1, column %2: “%3” is not a number or a fraction like 1/3.</source>
        <translation>Parâmetro “matrix”: linha %1, coluna %2: “%3” não é um número nem uma fração como 1/3.</translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1, column %2: “%3” must be greater than zero (Saaty&apos;s scale goes from 1/9 to 9).</source>
        <translation>Parâmetro “matrix”: linha %1, coluna %2: “%3” deve ser maior que zero (a escala de Saaty vai de 1/9 a 9).</translation>
    </message>
    <message>
        <source>Parameter “matrix”: row %1, column %1: a criterion compared with itself must be 1, not %2.</source>
        <translation>Parâmetro “matrix”: linha %1, coluna %1: um critério comparado consigo mesmo deve ser 1, não %2.</translation>
    </message>
    <message>
        <source>Parameter “matrix”: not reciprocal: row %1, column %2 is %3 but row %2, column %1 is %4 (expected %5).</source>
        <translation>Parâmetro “matrix”: não é recíproca: a linha %1, coluna %2 é %3, mas a linha %2, coluna %1 é %4 (esperado %5).</translation>
    </message>
</context>
<context>
    <name>PrioritizationMcda</name>
    <message>
        <source>Parameter “criteria”: “%1” has no name (write name:benefit or name:cost).</source>
        <translation>Parâmetro “criteria”: “%1” não tem nome (escreva nome:benefit ou nome:cost).</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: “%2” is not a breakpoint x=value.</source>
        <translation>Parâmetro “criteria”: “%1”: “%2” não é um ponto de quebra x=valor.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: the breakpoints must go from the lowest x to the highest.</source>
        <translation>Parâmetro “criteria”: “%1”: os pontos de quebra devem ir do menor x ao maior.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: a value function needs at least two breakpoints, e.g. name:value:0=0:10=1.</source>
        <translation>Parâmetro “criteria”: “%1”: uma função de valor exige pelo menos dois pontos de quebra, p. ex. nome:value:0=0:10=1.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1” is given twice.</source>
        <translation>Parâmetro “criteria”: “%1” foi informado duas vezes.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: the direction must be benefit, cost or value, not “%2”.</source>
        <translation>Parâmetro “criteria”: “%1”: o sentido deve ser benefit, cost ou value, não “%2”.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: the value function needs two different numbers, name:direction:low:high.</source>
        <translation>Parâmetro “criteria”: “%1”: a função de valor exige dois números diferentes, nome:sentido:baixo:alto.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1” is not name:direction or name:direction:low:high.</source>
        <translation>Parâmetro “criteria”: “%1” não é nome:sentido nem nome:sentido:baixo:alto.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: no criteria given.</source>
        <translation>Parâmetro “criteria”: nenhum critério informado.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 weights for %3 criteria; give one weight per criterion, in the same order.</source>
        <translation>Parâmetro “%1”: %2 pesos para %3 critérios; informe um peso por critério, na mesma ordem.</translation>
    </message>
    <message>
        <source>Parameter “%1”: “%2” is not a number.</source>
        <translation>Parâmetro “%1”: “%2” não é um número.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the weight “%2” must be greater than zero (leave the criterion out instead).</source>
        <translation>Parâmetro “%1”: o peso “%2” deve ser maior que zero (em vez disso, deixe o critério de fora).</translation>
    </message>
    <message>
        <source>Parameter “%1”: the weights add up to %2; they were divided by it to add up to 1.</source>
        <translation>Parâmetro “%1”: os pesos somam %2; foram divididos por essa soma para somar 1.</translation>
    </message>
    <message>
        <source>Parameter “weights”: “%1” is not rank_sum or rank_reciprocal.</source>
        <translation>Parâmetro “weights”: “%1” não é rank_sum nem rank_reciprocal.</translation>
    </message>
    <message>
        <source>Parameter “weights”: %1 ranks for %2 criteria.</source>
        <translation>Parâmetro “weights”: %1 posições para %2 critérios.</translation>
    </message>
    <message>
        <source>Parameter “weights”: the rank “%1” must be a whole number from 1 to %2.</source>
        <translation>Parâmetro “weights”: a posição “%1” deve ser um número inteiro de 1 a %2.</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>muito alta</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>muito baixa</translation>
    </message>
    <message>
        <source>Criteria: name:benefit or name:cost, optionally with a linear value function name:cost:low:high, or name:value:x1=v1:x2=v2... (breakpoints)</source>
        <translation>Critérios: nome:benefit ou nome:cost, opcionalmente com uma função de valor linear nome:cost:baixo:alto, ou nome:value:x1=v1:x2=v2... (pontos de quebra)</translation>
    </message>
    <message>
        <source>Weights in the order of the criteria, e.g. 0.5,0.3,0.2; or rank_sum / rank_reciprocal (criteria listed from the most important; rank_sum:1,2,2 gives ranks); empty: from the AHP matrix, or equal</source>
        <translation>Pesos na ordem dos critérios, p. ex. 0.5,0.3,0.2; ou rank_sum / rank_reciprocal (critérios listados do mais importante; rank_sum:1,2,2 dá as posições); vazio: da matriz AHP, ou iguais</translation>
    </message>
    <message>
        <source>AHP pairwise comparison matrix for the weights, e.g. 1,3;1/3,1</source>
        <translation>Matriz AHP de comparação par a par para os pesos, p. ex. 1,3;1/3,1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Normalization (default: minmax; vector for TOPSIS)</source>
        <translation>Normalização (padrão: minmax; vector para TOPSIS)</translation>
    </message>
    <message>
        <source>OWA order weights, from the best value of a unit to the worst (empty: equal, i.e. WLC)</source>
        <translation>Pesos de ordem OWA, do melhor valor de uma unidade ao pior (vazio: iguais, ou seja, WLC)</translation>
    </message>
    <message>
        <source>Give either “weights” or “ahp_matrix”, not both.</source>
        <translation>Informe “weights” ou “ahp_matrix”, não ambos.</translation>
    </message>
    <message>
        <source>Parameter “ahp_matrix”: %1 rows for %2 criteria.</source>
        <translation>Parâmetro “ahp_matrix”: %1 linhas para %2 critérios.</translation>
    </message>
    <message>
        <source>The AHP matrix is inconsistent (CR = %1 &gt; 0.10); run prioritization:ahp to see the judgements most at odds.</source>
        <translation>A matriz AHP é inconsistente (CR = %1 &gt; 0.10); execute prioritization:ahp para ver os julgamentos mais discordantes.</translation>
    </message>
    <message>
        <source>No weights given: every criterion weighs the same.</source>
        <translation>Nenhum peso informado: todos os critérios têm o mesmo peso.</translation>
    </message>
    <message>
        <source>No order weights given: equal order weights make OWA a weighted linear combination.</source>
        <translation>Nenhum peso de ordem informado: com pesos de ordem iguais, o OWA é uma combinação linear ponderada.</translation>
    </message>
    <message>
        <source>Parameter “order_weights”: %1 order weights for %2 criteria.</source>
        <translation>Parâmetro “order_weights”: %1 pesos de ordem para %2 critérios.</translation>
    </message>
    <message>
        <source>Parameter “order_weights”: “%1” is not a number of zero or more.</source>
        <translation>Parâmetro “order_weights”: “%1” não é um número maior ou igual a zero.</translation>
    </message>
    <message>
        <source>Parameter “order_weights”: the order weights add up to zero.</source>
        <translation>Parâmetro “order_weights”: os pesos de ordem somam zero.</translation>
    </message>
    <message>
        <source>Parameter “order_weights” is used by the owa method only; it was ignored.</source>
        <translation>O parâmetro “order_weights” é usado apenas pelo método owa; foi ignorado.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: %1 has no field “%2”.</source>
        <translation>Parâmetro “criteria”: %1 não tem o campo “%2”.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: the field “%1” of %2 is not numeric.</source>
        <translation>Parâmetro “criteria”: o campo “%1” de %2 não é numérico.</translation>
    </message>
    <message>
        <source>Parameter “constraint”: “%1” is not a valid condition on the fields of %2.</source>
        <translation>Parâmetro “constraint”: “%1” não é uma condição válida sobre os campos de %2.</translation>
    </message>
    <message>
        <source>Parameter “constraint”: cannot evaluate “%1” on %2.</source>
        <translation>Parâmetro “constraint”: não foi possível avaliar “%1” em %2.</translation>
    </message>
    <message>
        <source>%1 of %2 units do not satisfy the constraint “%3” and get no score.</source>
        <translation>%1 de %2 unidades não atendem à restrição “%3” e não recebem escore.</translation>
    </message>
    <message>
        <source>%1 units of %2 have a missing value in some criterion and get no score.</source>
        <translation>%1 unidades de %2 têm um valor ausente em algum critério e não recebem escore.</translation>
    </message>
    <message>
        <source>No unit of %1 can be scored (every unit is excluded by the constraint or has missing values).</source>
        <translation>Nenhuma unidade de %1 pode receber escore (todas são excluídas pela restrição ou têm valores ausentes).</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Prioridade %1</translation>
    </message>
</context>
<context>
    <name>PrioritizationRaster</name>
    <message>
        <source>Cannot open %1 as a raster.</source>
        <translation>Não foi possível abrir %1 como raster.</translation>
    </message>
    <message>
        <source>Cannot read %1 (cells %2,%3).</source>
        <translation>Não foi possível ler %1 (células %2,%3).</translation>
    </message>
    <message>
        <source>%1 has no bands.</source>
        <translation>%1 não tem bandas.</translation>
    </message>
    <message>
        <source>Parameter “rasters”: %1 rasters for %2 criteria; give one criterion per raster, in the same order.</source>
        <translation>Parâmetro “rasters”: %1 rasters para %2 critérios; informe um critério por raster, na mesma ordem.</translation>
    </message>
    <message>
        <source>Parameter “criteria”: “%1”: value functions with breakpoints are for units; for rasters write %1:benefit:low:high or %1:cost:low:high.</source>
        <translation>Parâmetro “criteria”: “%1”: as funções de valor com pontos de quebra são para unidades; para rasters escreva %1:benefit:baixo:alto ou %1:cost:baixo:alto.</translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation>A saída %1 também é uma entrada: escolha outro arquivo.</translation>
    </message>
    <message>
        <source>%1 (%2 x %3 cells) is not aligned with %4 (%5 x %6 cells): the rasters must share size, origin and cell size (resample with gdalwarp first).</source>
        <translation>%1 (%2 x %3 células) não está alinhado com %4 (%5 x %6 células): os rasters devem ter o mesmo tamanho, origem e tamanho de célula (reamostre primeiro com o gdalwarp).</translation>
    </message>
    <message>
        <source>%1 and %2 have different coordinate reference systems.</source>
        <translation>%1 e %2 têm sistemas de referência de coordenadas diferentes.</translation>
    </message>
    <message>
        <source>The prioritization was canceled.</source>
        <translation>A priorização foi cancelada.</translation>
    </message>
    <message>
        <source>No cell has data in every raster and satisfies the constraint (%1).</source>
        <translation>Nenhuma célula tem dados em todos os rasters e atende à restrição (%1).</translation>
    </message>
    <message>
        <source>%1 (%2) has the same value in every cell: it adds nothing to the score.</source>
        <translation>%1 (%2) tem o mesmo valor em todas as células: não acrescenta nada ao escore.</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no GTiff driver.</source>
        <translation>Não foi possível gravar %1: o GDAL não tem o driver GTiff.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Layer “%1”: the CRS saved in the project (%2) is not valid: %3</source>
        <translation>Camada “%1”: o SRC salvo no projeto (%2) não é válido: %3</translation>
    </message>
    <message>
        <source>Layer “%1”: the file %2 does not exist (was it moved or renamed?)</source>
        <translation>Camada “%1”: o arquivo %2 não existe (foi movido ou renomeado?)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Camada “%1”: %2</translation>
    </message>
</context>
<context>
    <name>RankStabilityChart</name>
    <message>
        <source>%1 has no Monte Carlo ranks (mc_mean_rank, mc_min_rank, mc_max_rank, mc_p_top_k): run the sensitivity analysis with samples above 0.</source>
        <translation>%1 não tem posições de Monte Carlo (mc_mean_rank, mc_min_rank, mc_max_rank, mc_p_top_k): execute a análise de sensibilidade com mais de 0 amostras.</translation>
    </message>
</context>
<context>
    <name>RasterLayer</name>
    <message>
        <source>“%1” has no band %2</source>
        <translation>“%1” não tem a banda %2</translation>
    </message>
    <message>
        <source>The window %1,%2 %3×%4 is outside “%5” (%6×%7 pixels)</source>
        <translation>A janela %1,%2 %3×%4 está fora de “%5” (%6×%7 pixels)</translation>
    </message>
    <message>
        <source>Cannot read the pixels of “%1”: %2</source>
        <translation>Não é possível ler os pixels de “%1”: %2</translation>
    </message>
    <message>
        <source>The georeferencing of “%1” cannot be inverted</source>
        <translation>O georreferenciamento de “%1” não pode ser invertido</translation>
    </message>
    <message>
        <source>The point %1, %2 is outside “%3”</source>
        <translation>O ponto %1, %2 está fora de “%3”</translation>
    </message>
    <message>
        <source>Computing the statistics of “%1” was canceled</source>
        <translation>O cálculo das estatísticas de “%1” foi cancelado</translation>
    </message>
    <message>
        <source>Cannot compute statistics of “%1” band %2</source>
        <translation>Não é possível calcular as estatísticas de “%1”, banda %2</translation>
    </message>
    <message>
        <source>Cannot compute statistics of “%1” band %2: %3</source>
        <translation>Não é possível calcular as estatísticas de “%1”, banda %2: %3</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist</source>
        <translation>Não foi possível abrir “%1”: o arquivo não existe</translation>
    </message>
    <message>
        <source>“%1” has no raster bands</source>
        <translation>“%1” não tem bandas raster</translation>
    </message>
    <message>
        <source>The coordinate reference system of “%1” could not be interpreted: %2</source>
        <translation>Não foi possível interpretar o sistema de referência de coordenadas de “%1”: %2</translation>
    </message>
    <message>
        <source>GDAL, reading “%1”: %2</source>
        <translation>GDAL, ao ler “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not georeferenced: it is shown in pixel coordinates</source>
        <translation>“%1” não está georreferenciado: é exibido em coordenadas de pixel</translation>
    </message>
    <message>
        <source>“%1” does not declare a coordinate reference system: set one before using it with other layers</source>
        <translation>“%1” não declara um sistema de referência de coordenadas: defina um antes de usá-lo com outras camadas</translation>
    </message>
</context>
<context>
    <name>RasterLayerRenderer</name>
    <message>
        <source>Layer “%1” has no data source</source>
        <translation>A camada “%1” não tem fonte de dados</translation>
    </message>
    <message>
        <source>Layer “%1”: invalid map settings (extent or size)</source>
        <translation>Camada “%1”: configurações do mapa inválidas (extensão ou tamanho)</translation>
    </message>
    <message>
        <source>Layer “%1”: band %2 does not exist (the raster has %3)</source>
        <translation>Camada “%1”: a banda %2 não existe (o raster tem %3)</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot transform from %2 to %3: %4</source>
        <translation>Camada “%1”: não foi possível transformar de %2 para %3: %4</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot open %2</source>
        <translation>Camada “%1”: não foi possível abrir %2</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot select bands of %2</source>
        <translation>Camada “%1”: não foi possível selecionar as bandas de %2</translation>
    </message>
    <message>
        <source>Layer “%1”: invalid warp options</source>
        <translation>Camada “%1”: opções de reprojeção inválidas</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot warp %2 to the map</source>
        <translation>Camada “%1”: não foi possível reprojetar %2 para o mapa</translation>
    </message>
    <message>
        <source>Layer “%1”: unexpected warp output</source>
        <translation>Camada “%1”: resultado inesperado da reprojeção</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot read the warped image</source>
        <translation>Camada “%1”: não foi possível ler a imagem reprojetada</translation>
    </message>
    <message>
        <source>Layer “%1”: not enough memory for a %2×%3 image</source>
        <translation>Camada “%1”: memória insuficiente para uma imagem de %2×%3</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Camada “%1”: %2</translation>
    </message>
</context>
<context>
    <name>RiskCore</name>
    <message>
        <source>Parameter “%1”: “%2” is not a number.</source>
        <translation>Parâmetro “%1”: “%2” não é um número.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>muito alta</translation>
    </message>
    <message>
        <source>Parameter “%1” is empty: give an AHP matrix (1,3;1/3,1) or a list of weights (0.75,0.25).</source>
        <translation>O parâmetro “%1” está vazio: informe uma matriz AHP (1,3;1/3,1) ou uma lista de pesos (0.75,0.25).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2</source>
        <translation>Parâmetro “%1”: %2</translation>
    </message>
    <message>
        <source>Parameter “%1”: a %2 x %2 matrix for %3 item(s).</source>
        <translation>Parâmetro “%1”: uma matriz %2 x %2 para %3 item(ns).</translation>
    </message>
    <message>
        <source>Parameter “%1”: the AHP matrix is inconsistent (CR = %2 &gt; 0.10); run prioritization:ahp on it to see the judgements most at odds.</source>
        <translation>Parâmetro “%1”: a matriz AHP é inconsistente (CR = %2 &gt; 0.10); execute prioritization:ahp nela para ver os julgamentos mais discordantes.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 weight(s) for %3 item(s).</source>
        <translation>Parâmetro “%1”: %2 peso(s) para %3 item(ns).</translation>
    </message>
    <message>
        <source>Parameter “%1”: the weight %2 is negative.</source>
        <translation>Parâmetro “%1”: o peso %2 é negativo.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the weights add up to zero.</source>
        <translation>Parâmetro “%1”: a soma dos pesos é zero.</translation>
    </message>
    <message>
        <source>Parameter “%1”: give 4 numbers (the lower bounds of low, medium, high and very high, e.g. 0.068,0.134,0.260,0.503) or 5 (with the upper bound of very high); got %2.</source>
        <translation>Parâmetro “%1”: informe 4 números (os limites inferiores de baixo, médio, alto e muito alto, por exemplo, 0.068,0.134,0.260,0.503) ou 5 (com o limite superior de muito alto); recebidos %2.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the bounds must increase (%2 comes after %3).</source>
        <translation>Parâmetro “%1”: os limites devem ser crescentes (%2 vem depois de %3).</translation>
    </message>
    <message>
        <source>Parameter “%1”: give four names, from the lowest level to the highest (e.g. bajo,medio,alto,muy alto).</source>
        <translation>Parâmetro “%1”: informe quatro nomes, do nível mais baixo ao mais alto (por exemplo, bajo,medio,alto,muy alto).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 descriptor matrices (separated by “|”) for %3 factor(s).</source>
        <translation>Parâmetro “%1”: %2 matrizes de descritores (separadas por “|”) para %3 fator(es).</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 class lists (separated by “|”) for %3 factor(s).</source>
        <translation>Parâmetro “%1”: %2 listas de classes (separadas por “|”) para %3 fator(es).</translation>
    </message>
    <message>
        <source>Parameter “%1”: factor %2 has %3 descriptor(s); it needs at least 2.</source>
        <translation>Parâmetro “%1”: o fator %2 tem %3 descritor(es); ele precisa de pelo menos 2.</translation>
    </message>
    <message>
        <source>Parameter “%1”: factor %2 has %3 class(es) but %4 descriptor weights.</source>
        <translation>Parâmetro “%1”: o fator %2 tem %3 classe(s), mas %4 pesos de descritores.</translation>
    </message>
    <message>
        <source>No factors.</source>
        <translation>Nenhum fator.</translation>
    </message>
    <message>
        <source>The level ranges are derived from the descriptor weights only when every factor has the same number of descriptors (%1 has %2, %3 has %4): give the ranges explicitly.</source>
        <translation>As faixas de nível só são derivadas dos pesos dos descritores quando todos os fatores têm o mesmo número de descritores (%1 tem %2, %3 tem %4): informe as faixas explicitamente.</translation>
    </message>
    <message>
        <source>The manual derives the four levels from five descriptors; these factors have %1: give the ranges explicitly.</source>
        <translation>O manual deriva os quatro níveis de cinco descritores; estes fatores têm %1: informe as faixas explicitamente.</translation>
    </message>
    <message>
        <source>Two descriptor ranks give the same value (%1): the ranges cannot be derived; give them explicitly.</source>
        <translation>Duas posições de descritor dão o mesmo valor (%1): as faixas não podem ser derivadas; informe-as explicitamente.</translation>
    </message>
    <message>
        <source>Parameter “%1”: the level table needs 4 rows separated by “;” (hazard very high to low), got %2.</source>
        <translation>Parâmetro “%1”: a tabela de níveis precisa de 4 linhas separadas por “;” (perigo muito alto a baixo), recebidas %2.</translation>
    </message>
    <message>
        <source>Parameter “%1”: row %2 has %3 entries; it needs 4 (vulnerability very high to low).</source>
        <translation>Parâmetro “%1”: a linha %2 tem %3 entradas; ela precisa de 4 (vulnerabilidade muito alta a baixa).</translation>
    </message>
    <message>
        <source>Parameter “%1”: row %2, column %3: “%4” is not a level (1 to 4 or low, medium, high, very high).</source>
        <translation>Parâmetro “%1”: linha %2, coluna %3: “%4” não é um nível (1 a 4 ou low, medium, high, very high).</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 não tem o campo “%2”.</translation>
    </message>
    <message>
        <source>%1 has no features to evaluate.</source>
        <translation>%1 não tem feições para avaliar.</translation>
    </message>
    <message>
        <source>%1, feature %2: “%3” in field “%4” is not one of its descriptor classes (%5).</source>
        <translation>%1, feição %2: “%3” no campo “%4” não é uma de suas classes de descritor (%5).</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have an empty descriptor field: their value and level are empty.</source>
        <translation>
            <numerusform>%n unidade tem o campo de descritor vazio: seu valor e nível ficam vazios.</numerusform>
            <numerusform>%n unidades têm o campo de descritor vazio: seu valor e nível ficam vazios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raster %1: the class “%2” is not a number (the cells of a factor raster hold class codes).</source>
        <translation>Raster %1: a classe “%2” não é um número (as células de um raster de fator contêm códigos de classe).</translation>
    </message>
    <message>
        <source>Cannot open the raster %1.</source>
        <translation>Não foi possível abrir o raster %1.</translation>
    </message>
    <message>
        <source>The raster %1 is not on the grid of %2 (size, origin and cell size must match): align it first (Raster ▸ Warp).</source>
        <translation>O raster %1 não está na grade de %2 (tamanho, origem e tamanho de célula devem coincidir): alinhe-o primeiro (Raster ▸ Reprojetar (Warp)).</translation>
    </message>
    <message>
        <source>Cannot create the raster %1.</source>
        <translation>Não foi possível criar o raster %1.</translation>
    </message>
    <message>
        <source>Cannot read the raster %1.</source>
        <translation>Não foi possível ler o raster %1.</translation>
    </message>
    <message>
        <source>Raster %1, cell (column %2, row %3): the value %4 is not one of its descriptor classes (%5).</source>
        <translation>Raster %1, célula (coluna %2, linha %3): o valor %4 não é uma de suas classes de descritor (%5).</translation>
    </message>
    <message>
        <source>Cannot write the raster %1.</source>
        <translation>Não foi possível gravar o raster %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) have no data in a factor: left as no data.</source>
        <translation>
            <numerusform>%n célula não tem dados em um fator: deixada sem dados.</numerusform>
            <numerusform>%n células não têm dados em um fator: deixadas sem dados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Level ranges: lower bounds of low, medium, high, very high (e.g. 0.068,0.134,0.260,0.503); empty: derived from the weighted descriptor values</source>
        <translation>Faixas de nível: limites inferiores de baixo, médio, alto, muito alto (por exemplo, 0.068,0.134,0.260,0.503); vazio: derivadas dos valores ponderados dos descritores</translation>
    </message>
    <message>
        <source>Names of the levels from low to very high (empty: low, medium, high, very high)</source>
        <translation>Nomes dos níveis de baixo a muito alto (vazio: baixo, médio, alto, muito alto)</translation>
    </message>
    <message>
        <source>Output units with value and level (vector mode)</source>
        <translation>Unidades de saída com valor e nível (modo vetorial)</translation>
    </message>
    <message>
        <source>Output level raster, 1 low to 4 very high (raster mode)</source>
        <translation>Raster de nível de saída, 1 baixo a 4 muito alto (modo raster)</translation>
    </message>
    <message>
        <source>Output value raster (raster mode, optional)</source>
        <translation>Raster de valor de saída (modo raster, opcional)</translation>
    </message>
    <message>
        <source>Units with value and level</source>
        <translation>Unidades com valor e nível</translation>
    </message>
    <message>
        <source>Level raster</source>
        <translation>Raster de nível</translation>
    </message>
    <message>
        <source>Value raster</source>
        <translation>Raster de valor</translation>
    </message>
    <message>
        <source>Overall weight of each factor</source>
        <translation>Peso global de cada fator</translation>
    </message>
    <message>
        <source>Possible values (all factors at descriptor 1..n)</source>
        <translation>Valores possíveis (todos os fatores no descritor 1..n)</translation>
    </message>
    <message>
        <source>Level bounds used (low lower bound .. very high upper bound)</source>
        <translation>Limites de nível usados (limite inferior de baixo .. limite superior de muito alto)</translation>
    </message>
    <message>
        <source>Units or cells per level (low to very high)</source>
        <translation>Unidades ou células por nível (de baixo a muito alto)</translation>
    </message>
    <message>
        <source>Style of the output layer: the levels in the conventional colours</source>
        <translation>Estilo da camada de saída: os níveis nas cores convencionais</translation>
    </message>
    <message>
        <source>Give either “%1” (fields of the units) or “%2” (rasters), not both.</source>
        <translation>Informe “%1” (campos das unidades) ou “%2” (rasters), não ambos.</translation>
    </message>
    <message>
        <source>Parameter “%1”: file not found: %2</source>
        <translation>Parâmetro “%1”: arquivo não encontrado: %2</translation>
    </message>
    <message>
        <source>Parameter “level_raster”: no output file given (needed with “%1”).</source>
        <translation>Parâmetro “level_raster”: nenhum arquivo de saída informado (necessário com “%1”).</translation>
    </message>
    <message>
        <source>Give the factors: “%1” (fields of the units) or “%2” (rasters of class codes).</source>
        <translation>Informe os fatores: “%1” (campos das unidades) ou “%2” (rasters de códigos de classe).</translation>
    </message>
    <message>
        <source>Parameter “units”: no layer given (needed with “%1”).</source>
        <translation>Parâmetro “units”: nenhuma camada informada (necessária com “%1”).</translation>
    </message>
    <message>
        <source>Parameter “output”: no output file given.</source>
        <translation>Parâmetro “output”: nenhum arquivo de saída informado.</translation>
    </message>
    <message>
        <source>Level ranges: %1.</source>
        <translation>Faixas de nível: %1.</translation>
    </message>
</context>
<context>
    <name>RiskLevelAlgorithm</name>
    <message>
        <source>Risk level (hazard × vulnerability)</source>
        <translation>Nível de risco (perigo × vulnerabilidade)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Risk from the hazard and the vulnerability of each unit (or cell) into four levels: very high (red #d7191c), high (orange #fdae61), medium (yellow #ffffbf) and low (green #1a9641). Method “table”: a 4 × 4 table of levels, rows for hazard very high, high, medium, low and columns for vulnerability very high … low (default 4,4,3,3;4,3,3,2;3,3,2,2;3,2,2,1, 4 = very high); the level fields hold 1..4 or the names (muy alto, alto, medio, bajo). Method “product”: CENEPRED&apos;s matrix of values, R = P × V, with the risk ranges the products of the hazard and vulnerability range bounds (the “ranges” output of risk:hazard and risk:vulnerability). Writes risk_level (1 low to 4 very high, a stable code), risk_level_name, risk_color (the conventional colour, for the style) and, with “product”, risk_value.</source>
        <translation>Risco a partir do perigo e da vulnerabilidade de cada unidade (ou célula) em quatro níveis: muito alto (vermelho #d7191c), alto (laranja #fdae61), médio (amarelo #ffffbf) e baixo (verde #1a9641). Método “table”: uma tabela 4 × 4 de níveis, linhas para perigo muito alto, alto, médio, baixo e colunas para vulnerabilidade muito alta … baixa (padrão 4,4,3,3;4,3,3,2;3,3,2,2;3,2,2,1, 4 = muito alto); os campos de nível contêm 1..4 ou os nomes (muy alto, alto, medio, bajo). Método “product”: a matriz de valores do CENEPRED, R = P × V, com as faixas de risco sendo os produtos dos limites das faixas de perigo e de vulnerabilidade (a saída “ranges” de risk:hazard e risk:vulnerability). Grava risk_level (1 baixo a 4 muito alto, um código estável), risk_level_name, risk_color (a cor convencional, para o estilo) e, com “product”, risk_value.</translation>
    </message>
    <message>
        <source>Units with hazard and vulnerability (vector mode)</source>
        <translation>Unidades com perigo e vulnerabilidade (modo vetorial)</translation>
    </message>
    <message>
        <source>Hazard level field (table) or hazard value field (product); empty: hazard_level or hazard_value</source>
        <translation>Campo do nível de perigo (table) ou do valor de perigo (product); vazio: hazard_level ou hazard_value</translation>
    </message>
    <message>
        <source>Vulnerability level field (table) or value field (product); empty: vulnerability_level or vulnerability_value</source>
        <translation>Campo do nível de vulnerabilidade (table) ou do valor (product); vazio: vulnerability_level ou vulnerability_value</translation>
    </message>
    <message>
        <source>Hazard level raster, 1..4 (or value raster with “product”; raster mode)</source>
        <translation>Raster de nível de perigo, 1..4 (ou raster de valor com “product”; modo raster)</translation>
    </message>
    <message>
        <source>Vulnerability level raster on the same grid (raster mode)</source>
        <translation>Raster de nível de vulnerabilidade na mesma grade (modo raster)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Level table: rows hazard very high..low, columns vulnerability very high..low (4 = very high)</source>
        <translation>Tabela de níveis: linhas perigo muito alto..baixo, colunas vulnerabilidade muito alta..baixa (4 = muito alto)</translation>
    </message>
    <message>
        <source>Hazard range bounds, low lower bound .. very high upper bound (product)</source>
        <translation>Limites das faixas de perigo, limite inferior de baixo .. limite superior de muito alto (product)</translation>
    </message>
    <message>
        <source>Vulnerability range bounds, low lower bound .. very high upper bound (product)</source>
        <translation>Limites das faixas de vulnerabilidade, limite inferior de baixo .. limite superior de muito alto (product)</translation>
    </message>
    <message>
        <source>Names of the levels from low to very high (empty: low, medium, high, very high)</source>
        <translation>Nomes dos níveis de baixo a muito alto (vazio: baixo, médio, alto, muito alto)</translation>
    </message>
    <message>
        <source>Output units with the risk level (vector mode)</source>
        <translation>Unidades de saída com o nível de risco (modo vetorial)</translation>
    </message>
    <message>
        <source>Output risk level raster (raster mode)</source>
        <translation>Raster de nível de risco de saída (modo raster)</translation>
    </message>
    <message>
        <source>Units with the risk level</source>
        <translation>Unidades com o nível de risco</translation>
    </message>
    <message>
        <source>Risk level raster</source>
        <translation>Raster de nível de risco</translation>
    </message>
    <message>
        <source>Risk range bounds (product)</source>
        <translation>Limites das faixas de risco (product)</translation>
    </message>
    <message>
        <source>Units or cells per level (low to very high)</source>
        <translation>Unidades ou células por nível (de baixo a muito alto)</translation>
    </message>
    <message>
        <source>Colour of each level (low to very high)</source>
        <translation>Cor de cada nível (de baixo a muito alto)</translation>
    </message>
    <message>
        <source>Style of the output layer: the levels in the conventional colours</source>
        <translation>Estilo da camada de saída: os níveis nas cores convencionais</translation>
    </message>
    <message>
        <source>The method “product” needs “hazard_ranges” and “vulnerability_ranges” (the “ranges” outputs of risk:hazard and risk:vulnerability).</source>
        <translation>O método “product” precisa de “hazard_ranges” e “vulnerability_ranges” (as saídas “ranges” de risk:hazard e risk:vulnerability).</translation>
    </message>
    <message>
        <source>The method “product” needs non-negative range bounds.</source>
        <translation>O método “product” precisa de limites de faixa não negativos.</translation>
    </message>
    <message>
        <source>Give either “units” or “hazard_raster” and “vulnerability_raster”, not both.</source>
        <translation>Informe “units” ou “hazard_raster” e “vulnerability_raster”, não ambos.</translation>
    </message>
    <message>
        <source>Parameter “output”: no output file given.</source>
        <translation>Parâmetro “output”: nenhum arquivo de saída informado.</translation>
    </message>
    <message>
        <source>%1 has no hazard field “%2” (parameter “hazard_field”).</source>
        <translation>%1 não tem o campo de perigo “%2” (parâmetro “hazard_field”).</translation>
    </message>
    <message>
        <source>%1 has no vulnerability field “%2” (parameter “vulnerability_field”).</source>
        <translation>%1 não tem o campo de vulnerabilidade “%2” (parâmetro “vulnerability_field”).</translation>
    </message>
    <message>
        <source>%1 has no features.</source>
        <translation>%1 não tem feições.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have an empty or unknown hazard or vulnerability (not 1 to 4 nor a level name): their risk is empty.</source>
        <translation>
            <numerusform>%n unidade tem perigo ou vulnerabilidade vazio ou desconhecido (nem 1 a 4 nem um nome de nível): seu risco fica vazio.</numerusform>
            <numerusform>%n unidades têm perigo ou vulnerabilidade vazio ou desconhecido (nem 1 a 4 nem um nome de nível): seu risco fica vazio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the “units” (with hazard and vulnerability fields) or both “hazard_raster” and “vulnerability_raster”.</source>
        <translation>Informe as “units” (com campos de perigo e vulnerabilidade) ou ambos “hazard_raster” e “vulnerability_raster”.</translation>
    </message>
    <message>
        <source>Parameter “level_raster”: no output file given.</source>
        <translation>Parâmetro “level_raster”: nenhum arquivo de saída informado.</translation>
    </message>
    <message>
        <source>Cannot open the raster %1.</source>
        <translation>Não foi possível abrir o raster %1.</translation>
    </message>
    <message>
        <source>The raster %1 is not on the grid of %2 (size, origin and cell size must match).</source>
        <translation>O raster %1 não está na grade de %2 (tamanho, origem e tamanho de célula devem coincidir).</translation>
    </message>
    <message>
        <source>Cannot create the raster %1.</source>
        <translation>Não foi possível criar o raster %1.</translation>
    </message>
    <message>
        <source>Cannot read the raster %1.</source>
        <translation>Não foi possível ler o raster %1.</translation>
    </message>
    <message>
        <source>Cannot write the raster %1.</source>
        <translation>Não foi possível gravar o raster %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) hold a hazard or vulnerability that is not a level 1 to 4: left as no data.</source>
        <translation>
            <numerusform>%n célula contém um perigo ou vulnerabilidade que não é um nível de 1 a 4: deixada sem dados.</numerusform>
            <numerusform>%n células contêm um perigo ou vulnerabilidade que não é um nível de 1 a 4: deixadas sem dados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>An analysis run has no algorithm.</source>
        <translation>Uma execução de análise não tem algoritmo.</translation>
    </message>
    <message>
        <source>The run of %1 is damaged: &quot;parameters&quot; is not an object.</source>
        <translation>A execução de %1 está danificada: &quot;parameters&quot; não é um objeto.</translation>
    </message>
    <message>
        <source>A scenario has no name.</source>
        <translation>Um cenário não tem nome.</translation>
    </message>
    <message>
        <source>Scenario “%1” is damaged: &quot;runs&quot; is not a list.</source>
        <translation>O cenário “%1” está danificado: &quot;runs&quot; não é uma lista.</translation>
    </message>
    <message>
        <source>Scenario “%1”: run %2 is not an object.</source>
        <translation>Cenário “%1”: a execução %2 não é um objeto.</translation>
    </message>
    <message>
        <source>Scenario “%1”, run %2: %3</source>
        <translation>Cenário “%1”, execução %2: %3</translation>
    </message>
    <message>
        <source>Cannot record the analysis parameters in %1: %2</source>
        <translation>Não foi possível registrar os parâmetros da análise em %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the analysis parameters in %1: the format keeps no metadata.</source>
        <translation>Não foi possível registrar os parâmetros da análise em %1: o formato não guarda metadados.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Não foi possível abrir %1.</translation>
    </message>
    <message>
        <source>%1 records no analysis parameters.</source>
        <translation>%1 não registra parâmetros de análise.</translation>
    </message>
    <message>
        <source>%1: the recorded analysis parameters are damaged.</source>
        <translation>%1: os parâmetros de análise registrados estão danificados.</translation>
    </message>
</context>
<context>
    <name>ScenarioCompare</name>
    <message>
        <source>%1: a unit has no value in the key field “%2”.</source>
        <translation>%1: uma unidade não tem valor no campo chave “%2”.</translation>
    </message>
    <message>
        <source>%1: the key field “%2” is not unique: “%3” appears more than once.</source>
        <translation>%1: o campo chave “%2” não é único: “%3” aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no GeoPackage driver.</source>
        <translation>Não foi possível gravar %1: o GDAL não tem driver GeoPackage.</translation>
    </message>
    <message>
        <source>Cannot replace %1: it may be open in another program.</source>
        <translation>Não foi possível substituir %1: ele pode estar aberto em outro programa.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>Não foi possível criar o campo %1 em %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Não foi possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>%1 units in both “%2” (A) and “%3” (B), matched on %4.</source>
        <translation>%1 unidades em ambos “%2” (A) e “%3” (B), associadas por %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) only in A: %1</source>
        <translation>
            <numerusform>%n unidade apenas em A: %1</numerusform>
            <numerusform>%n unidades apenas em A: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) only in B: %1</source>
        <translation>
            <numerusform>%n unidade apenas em B: %1</numerusform>
            <numerusform>%n unidades apenas em B: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: total A %2, B %3, mean B − A %4; %5 up, %6 down, %7 unchanged</source>
        <translation>%1: total A %2, B %3, média B − A %4; %5 subiram, %6 desceram, %7 sem alteração</translation>
    </message>
    <message>
        <source>largest rise %1 (%2)</source>
        <translation>maior aumento %1 (%2)</translation>
    </message>
    <message>
        <source>largest fall %1 (%2)</source>
        <translation>maior queda %1 (%2)</translation>
    </message>
    <message>
        <source>No key field given to match the units of the two scenarios (e.g. the district code).</source>
        <translation>Nenhum campo chave informado para associar as unidades dos dois cenários (por exemplo, o código do distrito).</translation>
    </message>
    <message>
        <source>%1 has no key field “%2”.</source>
        <translation>%1 não tem o campo chave “%2”.</translation>
    </message>
    <message>
        <source>%1 and %2 share no numeric field to compare.</source>
        <translation>%1 e %2 não têm nenhum campo numérico em comum para comparar.</translation>
    </message>
    <message>
        <source>The comparison was canceled.</source>
        <translation>A comparação foi cancelada.</translation>
    </message>
    <message>
        <source>No unit of %1 matches one of %2 on “%3” (are they the same districts?).</source>
        <translation>Nenhuma unidade de %1 corresponde a uma de %2 em “%3” (são os mesmos distritos?).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario “%1”: save the project first; the scenario&apos;s outputs go next to the project file.</source>
        <translation>Cenário “%1”: salve o projeto primeiro; as saídas do cenário vão para o lado do arquivo do projeto.</translation>
    </message>
    <message>
        <source>Scenario “%1” has no analyses to run.</source>
        <translation>O cenário “%1” não tem análises para executar.</translation>
    </message>
    <message>
        <source>Scenario “%1”, analysis %2: the algorithm “%3” is not available (is its plugin installed?).</source>
        <translation>Cenário “%1”, análise %2: o algoritmo “%3” não está disponível (seu plugin está instalado?).</translation>
    </message>
    <message>
        <source>Scenario “%1” has no analysis that writes a vector layer to compare.</source>
        <translation>O cenário “%1” não tem nenhuma análise que grave uma camada vetorial para comparar.</translation>
    </message>
    <message>
        <source>Scenario “%1”: cannot create the output folder %2.</source>
        <translation>Cenário “%1”: não foi possível criar a pasta de saída %2.</translation>
    </message>
    <message>
        <source>Scenario “%1” was canceled.</source>
        <translation>O cenário “%1” foi cancelado.</translation>
    </message>
    <message>
        <source>Scenario “%1”: analysis %2 of %3: %4</source>
        <translation>Cenário “%1”: análise %2 de %3: %4</translation>
    </message>
    <message>
        <source>Scenario “%1”, analysis %2 (%3) failed: %4</source>
        <translation>Cenário “%1”, a análise %2 (%3) falhou: %4</translation>
    </message>
</context>
<context>
    <name>SensitivityAlgorithm</name>
    <message>
        <source>Sensitivity of a prioritization to the weights</source>
        <translation>Sensibilidade de uma priorização aos pesos</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>Priorização</translation>
    </message>
    <message>
        <source>How stable the ranking of prioritization:mcda is. One at a time: each weight is raised and lowered by change_percent (the weights are then scaled back to add up to 1) and the rank of every unit under each change is written (oat_&lt;criterion&gt;_plus/_minus) with the largest rank shift. Monte Carlo: `samples` weight vectors, each weight multiplied by a uniform factor between 1 − change_percent and 1 + change_percent (seeded, repeatable), give each unit&apos;s mean, lowest and highest rank and the probability of being among the top_k.</source>
        <translation>Quão estável é a classificação de prioritization:mcda. Um de cada vez: cada peso é aumentado e diminuído em change_percent (depois os pesos são reescalados para somar 1) e a posição de cada unidade em cada mudança é gravada (oat_&lt;critério&gt;_plus/_minus) com o maior deslocamento de posição. Monte Carlo: `samples` vetores de pesos, cada peso multiplicado por um fator uniforme entre 1 − change_percent e 1 + change_percent (com semente, repetível), dão a posição média, mínima e máxima de cada unidade e a probabilidade de estar entre os top_k.</translation>
    </message>
    <message>
        <source>Units with the criteria as fields</source>
        <translation>Unidades com os critérios como campos</translation>
    </message>
    <message>
        <source>Constraint: units that satisfy it take part (SQL condition on the fields)</source>
        <translation>Restrição: participam as unidades que a atendem (condição SQL sobre os campos)</translation>
    </message>
    <message>
        <source>Weight change, in percent (±)</source>
        <translation>Mudança de peso, em porcentagem (±)</translation>
    </message>
    <message>
        <source>Monte Carlo samples (0: one at a time only)</source>
        <translation>Amostras de Monte Carlo (0: apenas um de cada vez)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semente aleatória</translation>
    </message>
    <message>
        <source>Top K: units counted as prioritized</source>
        <translation>Top K: unidades contadas como priorizadas</translation>
    </message>
    <message>
        <source>Units with the rank stability</source>
        <translation>Unidades com a estabilidade da posição</translation>
    </message>
    <message>
        <source>Weights used (adding up to 1)</source>
        <translation>Pesos usados (somando 1)</translation>
    </message>
    <message>
        <source>One at a time: units whose rank changes, per weight change</source>
        <translation>Um de cada vez: unidades cuja posição muda, por mudança de peso</translation>
    </message>
    <message>
        <source>Largest rank change of any unit, one at a time</source>
        <translation>Maior mudança de posição de qualquer unidade, um de cada vez</translation>
    </message>
    <message>
        <source>Units in the top K in every Monte Carlo sample</source>
        <translation>Unidades no top K em todas as amostras de Monte Carlo</translation>
    </message>
    <message>
        <source>Units with a score</source>
        <translation>Unidades com escore</translation>
    </message>
    <message>
        <source>Parameter “top_k”: %1 is more than the %2 units with a score; every unit is in the top K.</source>
        <translation>Parâmetro “top_k”: %1 é mais que as %2 unidades com escore; todas as unidades estão no top K.</translation>
    </message>
</context>
<context>
    <name>SpeedSurface</name>
    <message>
        <source>Parameter “%1”: %2 has no CRS.</source>
        <translation>Parâmetro “%1”: %2 não tem SRC.</translation>
    </message>
    <message>
        <source>Parameter “%1”: cannot transform %2 to the CRS of the land cover.</source>
        <translation>Parâmetro “%1”: não foi possível transformar %2 para o SRC da cobertura do solo.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2 has no field “%3”.</source>
        <translation>Parâmetro “%1”: %2 não tem o campo “%3”.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) of %1 have no speed (NULL or negative “%2”) and are skipped.</source>
        <translation>
            <numerusform>%n feição de %1 não tem velocidade (“%2” NULL ou negativo) e é ignorada.</numerusform>
            <numerusform>%n feições de %1 não têm velocidade (“%2” NULL ou negativo) e são ignoradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) of %1 cannot be transformed to the CRS of the land cover and are skipped.</source>
        <translation>
            <numerusform>%n feição de %1 não pode ser transformada para o SRC da cobertura do solo e é ignorada.</numerusform>
            <numerusform>%n feições de %1 não podem ser transformadas para o SRC da cobertura do solo e são ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot rasterize %1.</source>
        <translation>Não foi possível rasterizar %1.</translation>
    </message>
    <message>
        <source>Parameter “speed_table” is empty: give a CSV file (class,kmh[,mode] per line) or “class:kmh[:mode];...”.</source>
        <translation>O parâmetro “speed_table” está vazio: informe um arquivo CSV (class,kmh[,mode] por linha) ou “class:kmh[:mode];...”.</translation>
    </message>
    <message>
        <source>Parameter “speed_table”: cannot read %1.</source>
        <translation>Parâmetro “speed_table”: não foi possível ler %1.</translation>
    </message>
    <message>
        <source>Parameter “speed_table”: %1 is neither a readable CSV file nor “class:kmh[:mode];...”.</source>
        <translation>Parâmetro “speed_table”: %1 não é um arquivo CSV legível nem “class:kmh[:mode];...”.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>Speed table %1, %2 (“%3”): expected class%4km/h[%4mode].</source>
        <translation>Tabela de velocidades %1, %2 (“%3”): esperado class%4km/h[%4mode].</translation>
    </message>
    <message>
        <source>Speed table %1, %2: the class “%3” is not an integer.</source>
        <translation>Tabela de velocidades %1, %2: a classe “%3” não é um número inteiro.</translation>
    </message>
    <message>
        <source>Speed table %1, %2: the speed “%3” is not a number of km/h ≥ 0.</source>
        <translation>Tabela de velocidades %1, %2: a velocidade “%3” não é um número de km/h ≥ 0.</translation>
    </message>
    <message>
        <source>Speed table %1, %2: unknown mode “%3” (walk, bicycle or motorized).</source>
        <translation>Tabela de velocidades %1, %2: modo desconhecido “%3” (walk, bicycle ou motorized).</translation>
    </message>
    <message>
        <source>Speed table %1, %2: class %3 is given twice.</source>
        <translation>Tabela de velocidades %1, %2: a classe %3 foi informada duas vezes.</translation>
    </message>
    <message>
        <source>Speed table %1 has no records.</source>
        <translation>A tabela de velocidades %1 não tem registros.</translation>
    </message>
    <message>
        <source>Parameter “stack_order”: unknown layer “%1” (landcover, roads, barriers).</source>
        <translation>Parâmetro “stack_order”: camada desconhecida “%1” (landcover, roads, barriers).</translation>
    </message>
    <message>
        <source>Parameter “stack_order”: “%1” is listed twice.</source>
        <translation>Parâmetro “stack_order”: “%1” aparece duas vezes.</translation>
    </message>
    <message>
        <source>Parameter “stack_order” (“%1”) leaves out “%2”.</source>
        <translation>O parâmetro “stack_order” (“%1”) omite “%2”.</translation>
    </message>
    <message>
        <source>Parameter “road_speed_field”: give the field of %1 with the speed of each road (km/h).</source>
        <translation>Parâmetro “road_speed_field”: informe o campo de %1 com a velocidade de cada via (km/h).</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 speed grid.</source>
        <translation>Memória insuficiente para uma grade de velocidades de %1 x %2.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (mais %n)</numerusform>
            <numerusform>… (mais %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “speed_table”: the land cover %1 has classes that the table does not give: %2.</source>
        <translation>Parâmetro “speed_table”: a cobertura do solo %1 tem classes que a tabela não informa: %2.</translation>
    </message>
    <message>
        <source>Parameter “road_mode”: unknown mode “%1” (walk, bicycle or motorized).</source>
        <translation>Parâmetro “road_mode”: modo desconhecido “%1” (walk, bicycle ou motorized).</translation>
    </message>
    <message>
        <source>Travel modes per cell (%1): the slope correction follows each cell&apos;s mode.</source>
        <translation>Modos de deslocamento por célula (%1): a correção pela declividade segue o modo de cada célula.</translation>
    </message>
    <message>
        <source>Cannot write the temporary speed surface %1 (disk full?).</source>
        <translation>Não foi possível gravar a superfície de velocidade temporária %1 (disco cheio?).</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1 for the %2 x %3 speed surface: %4.</source>
        <translation>Não foi possível criar uma pasta temporária em %1 para a superfície de velocidade de %2 x %3: %4.</translation>
    </message>
    <message>
        <source>Speed surface of %1 x %2 cells (%3 MB) beyond half the memory budget: built in temporary files in %4.</source>
        <translation>Superfície de velocidade de %1 x %2 células (%3 MB) acima da metade do orçamento de memória: construída em arquivos temporários em %4.</translation>
    </message>
    <message>
        <source>Cannot create the temporary speed surface %1 (%2 x %3 cells).</source>
        <translation>Não foi possível criar a superfície de velocidade temporária %1 (%2 x %3 células).</translation>
    </message>
    <message>
        <source>Cannot read the speed surface %1.</source>
        <translation>Não foi possível ler a superfície de velocidade %1.</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>Cannot open %1 as a spreadsheet.</source>
        <translation>Não foi possível abrir %1 como planilha.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>Não foi possível abrir %1: o arquivo não existe.</translation>
    </message>
    <message>
        <source>Column %1: the name “%2” is used twice; renamed “%3”.</source>
        <translation>Coluna %1: o nome “%2” está repetido; renomeada para “%3”.</translation>
    </message>
    <message>
        <source>Row %1 has %2 cells instead of %3: the missing cells are empty.</source>
        <translation>A linha %1 tem %2 células em vez de %3: as células ausentes ficam vazias.</translation>
    </message>
    <message>
        <source>Row %1 has %2 cells instead of %3: the extra cells are kept in new columns.</source>
        <translation>A linha %1 tem %2 células em vez de %3: as células extras são mantidas em novas colunas.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a number; the value is left empty (the text is kept).</source>
        <translation>Linha %1, coluna “%2”: “%3” não é um número; o valor fica vazio (o texto é mantido).</translation>
    </message>
    <message>
        <source>Cannot read %1: unknown encoding “%2”.</source>
        <translation>Não foi possível ler %1: codificação desconhecida “%2”.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Não foi possível abrir %1.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is not valid UTF-8 (read as ISO-8859-1: “%3”); choose the file&apos;s encoding.</source>
        <translation>Linha %1, coluna %2: o texto não é UTF-8 válido (lido como ISO-8859-1: “%3”); escolha a codificação do arquivo.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 não tem planilhas.</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”.</source>
        <translation>%1 não tem a planilha “%2”.</translation>
    </message>
</context>
<context>
    <name>TableJoin</name>
    <message>
        <source>The key “%1” is on several rows of %2: the first row is joined.</source>
        <translation>A chave “%1” aparece em várias linhas de %2: a primeira linha é unida.</translation>
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
            <numerusform>%n chave difere apenas por zeros à esquerda (as chaves da camada são %1 e as da tabela são %2, p. ex. “%3” e “%4”): peça preenchimento com zeros até a largura %5 para que coincidam.</numerusform>
            <numerusform>%n chaves diferem apenas por zeros à esquerda (as chaves da camada são %1 e as da tabela são %2, p. ex. “%3” e “%4”): peça preenchimento com zeros até a largura %5 para que coincidam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector layer.</source>
        <translation>Não foi possível abrir %1 como camada vetorial.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 não tem a camada “%2”.</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 não tem o campo “%2”.</translation>
    </message>
    <message>
        <source>%1 has no column “%2”.</source>
        <translation>%1 não tem a coluna “%2”.</translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation>Não foi possível ler as feições de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).</source>
        <translation>Não foi possível gravar %1: formato vetorial desconhecido “.%2” (use .gpkg, .geojson ou .shp).</translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation>A saída %1 também é uma entrada: escolha outro arquivo.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>Não foi possível criar uma camada em %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>Não foi possível criar o campo %1 em %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the layer has a field “%2” already; choose another prefix.</source>
        <translation>Não foi possível gravar %1: a camada já tem um campo “%2”; escolha outro prefixo.</translation>
    </message>
    <message>
        <source>The join into %1 was canceled.</source>
        <translation>A união em %1 foi cancelada.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>Não foi possível gravar uma feição em %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>TravelTimeAlgorithm</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Travel time to facilities</source>
        <translation>Tempo de viagem até estabelecimentos</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <source>Facilities (points)</source>
        <translation>Estabelecimentos (pontos)</translation>
    </message>
    <message>
        <source>Facility id field (integer; default: feature id)</source>
        <translation>Campo de id do estabelecimento (inteiro; padrão: id da feição)</translation>
    </message>
    <message>
        <source>Speed raster (km/h)</source>
        <translation>Raster de velocidade (km/h)</translation>
    </message>
    <message>
        <source>Friction raster (seconds to cross one cell)</source>
        <translation>Raster de atrito (segundos para atravessar uma célula)</translation>
    </message>
    <message>
        <source>Elevation raster (m), same grid</source>
        <translation>Raster de elevação (m), mesma grade</translation>
    </message>
    <message>
        <source>Travel mode</source>
        <translation>Modo de viagem</translation>
    </message>
    <message>
        <source>Ignore slope (walking or bicycling on flat ground)</source>
        <translation>Ignorar a declividade (a pé ou de bicicleta em terreno plano)</translation>
    </message>
    <message>
        <source>Neighbours (16: knight&apos;s move, more accurate)</source>
        <translation>Vizinhos (16: salto do cavalo, mais preciso)</translation>
    </message>
    <message>
        <source>Direction of travel</source>
        <translation>Sentido da viagem</translation>
    </message>
    <message>
        <source>Maximum travel time (minutes; 0: no limit)</source>
        <translation>Tempo de viagem máximo (minutos; 0: sem limite)</translation>
    </message>
    <message>
        <source>Travel time (minutes)</source>
        <translation>Tempo de viagem (minutos)</translation>
    </message>
    <message>
        <source>Nearest facility</source>
        <translation>Estabelecimento mais próximo</translation>
    </message>
    <message>
        <source>Folder for one travel-time raster per facility</source>
        <translation>Pasta para um raster de tempo de viagem por estabelecimento</translation>
    </message>
    <message>
        <source>Folder of the per-facility rasters</source>
        <translation>Pasta dos rasters por estabelecimento</translation>
    </message>
    <message>
        <source>Facilities inside the raster</source>
        <translation>Estabelecimentos dentro do raster</translation>
    </message>
    <message>
        <source>Cells reached</source>
        <translation>Células alcançadas</translation>
    </message>
    <message>
        <source>Longest travel time reached (minutes)</source>
        <translation>Maior tempo de viagem alcançado (minutos)</translation>
    </message>
    <message>
        <source>Parameter “dem”: mode “%1” corrects speeds for slope and needs an elevation raster; give “dem”, or set ignore_slope=true, or use mode=motorized.</source>
        <translation>Parâmetro “dem”: o modo “%1” corrige as velocidades pela declividade e exige um raster de elevação; informe “dem”, ou defina ignore_slope=true, ou use mode=motorized.</translation>
    </message>
    <message>
        <source>The DEM %1 is not used: mode “%2” ignores slope.</source>
        <translation>O MDE %1 não é usado: o modo “%2” ignora a declividade.</translation>
    </message>
    <message>
        <source>The allocation raster %1 must differ from the travel-time raster.</source>
        <translation>O raster de alocação %1 deve ser diferente do raster de tempo de viagem.</translation>
    </message>
    <message>
        <source>Facility %1 of %2 has an id that does not fit a 32-bit integer.</source>
        <translation>O estabelecimento %1 de %2 tem um id que não cabe em um inteiro de 32 bits.</translation>
    </message>
    <message>
        <source>No facility of %1 lies inside the extent of %2.</source>
        <translation>Nenhum estabelecimento de %1 está dentro da extensão de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies) of %1 lie outside %2 and are left out.</source>
        <translation>
            <numerusform>%n estabelecimento de %1 está fora de %2 e fica de fora.</numerusform>
            <numerusform>%n estabelecimentos de %1 estão fora de %2 e ficam de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 grid (%3 MB).</source>
        <translation>Memória insuficiente para uma grade de %1 x %2 (%3 MB).</translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies) stand on impassable cells of %1 (no data or zero speed): they reach nothing.</source>
        <translation>
            <numerusform>%n estabelecimento está sobre células intransponíveis de %1 (sem dados ou velocidade zero): não alcança nada.</numerusform>
            <numerusform>%n estabelecimentos estão sobre células intransponíveis de %1 (sem dados ou velocidade zero): não alcançam nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory for the travel times of a %1 x %2 grid.</source>
        <translation>Memória insuficiente para os tempos de viagem de uma grade de %1 x %2.</translation>
    </message>
    <message>
        <source>Parameter “per_facility_dir”: cannot create the folder %1.</source>
        <translation>Parâmetro “per_facility_dir”: não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Land-cover raster (integer classes; instead of speed or friction)</source>
        <translation>Raster de cobertura do solo (classes inteiras; em vez de velocidade ou atrito)</translation>
    </message>
    <message>
        <source>Speed table of the land cover: a CSV file (class,kmh[,mode] per line) or inline “class:kmh[:mode];...”; mode walk, bicycle or motorized (default: the travel mode); 0 km/h is impassable</source>
        <translation>Tabela de velocidades da cobertura do solo: um arquivo CSV (class,kmh[,mode] por linha) ou em linha “class:kmh[:mode];...”; modo walk, bicycle ou motorized (padrão: o modo de viagem); 0 km/h é intransponível</translation>
    </message>
    <message>
        <source>Roads (lines burned over the land cover; reprojected if needed)</source>
        <translation>Vias (linhas gravadas sobre a cobertura do solo; reprojetadas se necessário)</translation>
    </message>
    <message>
        <source>Road speed field (km/h; NULL: road skipped)</source>
        <translation>Campo de velocidade das vias (km/h; NULL: via ignorada)</translation>
    </message>
    <message>
        <source>Barriers (impassable polygons; reprojected if needed)</source>
        <translation>Barreiras (polígonos intransponíveis; reprojetadas se necessário)</translation>
    </message>
    <message>
        <source>Stacking order of the speed layers (later ones override earlier ones)</source>
        <translation>Ordem de empilhamento das camadas de velocidade (as posteriores substituem as anteriores)</translation>
    </message>
    <message>
        <source>Give exactly one of a speed raster (“speed”, km/h), a friction raster (“friction”, seconds per cell) or a land-cover raster with a speed table (“landcover”, “speed_table”).</source>
        <translation>Informe exatamente um destes: um raster de velocidade (“speed”, km/h), um raster de atrito (“friction”, segundos por célula) ou um raster de cobertura do solo com uma tabela de velocidades (“landcover”, “speed_table”).</translation>
    </message>
    <message>
        <source>Parameters “roads” and “barriers” are merged over a land cover: give “landcover” and “speed_table”.</source>
        <translation>Os parâmetros “roads” e “barriers” são combinados sobre uma cobertura do solo: informe “landcover” e “speed_table”.</translation>
    </message>
    <message>
        <source>Parameter “speed_table”: a land cover needs a speed table (class:kmh[:mode];... or a CSV file).</source>
        <translation>Parâmetro “speed_table”: uma cobertura do solo precisa de uma tabela de velocidades (class:kmh[:mode];... ou um arquivo CSV).</translation>
    </message>
    <message>
        <source>Travel mode on the roads (slope correction; “same”: the travel mode)</source>
        <translation>Modo de deslocamento nas vias (correção pela declividade; “same”: o modo de deslocamento)</translation>
    </message>
    <message>
        <source>The DEM %1 is not used: ignore_slope is set.</source>
        <translation>O MDE %1 não é usado: ignore_slope está definido.</translation>
    </message>
    <message>
        <source>Parameter “dem”: the speed table or the roads give walking or bicycling cells, whose speeds are corrected for slope; give “dem”, or set ignore_slope=true.</source>
        <translation>Parâmetro “dem”: a tabela de velocidades ou as vias geram células a pé ou de bicicleta, cujas velocidades são corrigidas pela declividade; informe “dem” ou defina ignore_slope=true.</translation>
    </message>
    <message>
        <source>The tiled travel-time engine failed on %1: %2.</source>
        <translation>O motor de tempo de viagem por blocos falhou em %1: %2.</translation>
    </message>
    <message>
        <source>Tiled engine: %1 tiles, %2 of them in memory at a time, the rest in a temporary file in %3.</source>
        <translation>Motor por blocos: %1 blocos, %2 deles na memória por vez, o restante em um arquivo temporário em %3.</translation>
    </message>
    <message>
        <source>Tiled engine: %1 tile runs over %2 tiles reached; %3 cell expansions (%4 per cell).</source>
        <translation>Motor por blocos: %1 execuções de bloco sobre %2 blocos alcançados; %3 expansões de célula (%4 por célula).</translation>
    </message>
    <message>
        <source>Minutes of travel from (or to) the nearest facility over a speed raster (km/h; 0 or no data is impassable) or a friction raster (seconds to cross one cell, as GRASS r.cost), or a speed surface merged from a land-cover raster and a speed table, roads burned over it (all cells they touch; the fastest road wins) and barrier polygons (impassable), stacked in the order given (later layers override earlier ones; roads and barriers in another CRS are reprojected); on 8 neighbours or 16 (knight&apos;s move). Each move costs its length times the mean cost of the cells it crosses, exactly as r.cost, so without slope the result equals r.cost&apos;s. Walking (Tobler&apos;s hiking function) and bicycling speeds are corrected for the slope of each move from a DEM on the same grid, uphill and downhill differently; motorized travel ignores slope. Over a land cover, each cell follows its own mode: its class&apos;s in the speed table (class:kmh:mode; default: the travel mode) and road_mode on the roads. Also writes the nearest-facility allocation raster and, on request, one raster per facility. The raster must be in a projected CRS; facilities are reprojected to it. Rasters above a million cells (or beyond memory_mb) are solved in tiles of 256 x 256 cells with memory bounded by memory_mb, the tiles beyond it waiting in a temporary file; the times are the same as in one grid.</source>
        <translation>Minutos de viagem a partir do (ou até o) estabelecimento mais próximo sobre um raster de velocidade (km/h; 0 ou sem dados é intransponível) ou um raster de atrito (segundos para atravessar uma célula, como no GRASS r.cost), ou sobre uma superfície de velocidade combinada a partir de um raster de cobertura do solo e uma tabela de velocidades, com as vias gravadas sobre ela (todas as células que tocam; prevalece a via mais rápida) e polígonos de barreira (intransponíveis), sobrepostos na ordem informada (as camadas posteriores substituem as anteriores; vias e barreiras em outro SRC são reprojetadas); com 8 vizinhos ou 16 (salto do cavalo). Cada deslocamento custa seu comprimento vezes o custo médio das células que atravessa, exatamente como no r.cost, de modo que sem declividade o resultado é igual ao do r.cost. As velocidades a pé (função de caminhada de Tobler) e de bicicleta são corrigidas pela declividade de cada deslocamento a partir de um MDE na mesma grade, de forma diferente em subida e em descida; o deslocamento motorizado ignora a declividade. Sobre uma cobertura do solo, cada célula segue seu próprio modo: o de sua classe na tabela de velocidades (class:kmh:mode; padrão: o modo de viagem) e road_mode nas vias. Também grava o raster de alocação ao estabelecimento mais próximo e, se solicitado, um raster por estabelecimento. O raster deve estar em um SRC projetado; os estabelecimentos são reprojetados para ele. Rasters com mais de um milhão de células (ou acima de memory_mb) são resolvidos em blocos de 256 x 256 células com a memória limitada por memory_mb, e os blocos que excedem esse limite aguardam em um arquivo temporário; os tempos são os mesmos que em uma única grade.</translation>
    </message>
    <message>
        <source>Engine (auto: tiles above a million cells or beyond memory_mb, else one grid in memory)</source>
        <translation>Motor (auto: blocos acima de um milhão de células ou além de memory_mb; caso contrário, uma única grade na memória)</translation>
    </message>
    <message>
        <source>Memory for the engine (MB; the tiles beyond it wait in a temporary file)</source>
        <translation>Memória para o motor (MB; os blocos que a excedem aguardam em um arquivo temporário)</translation>
    </message>
</context>
<context>
    <name>VectorEdits</name>
    <message>
        <source>The saved edits are damaged: %1</source>
        <translation>As edições salvas estão danificadas: %1</translation>
    </message>
    <message>
        <source>unreadable value %1</source>
        <translation>valor ilegível %1</translation>
    </message>
    <message>
        <source>a geometry is missing</source>
        <translation>falta uma geometria</translation>
    </message>
    <message>
        <source>a geometry is not hexadecimal WKB</source>
        <translation>uma geometria não está em WKB hexadecimal</translation>
    </message>
    <message>
        <source>a feature id is not a number</source>
        <translation>um id de feição não é um número</translation>
    </message>
    <message>
        <source>an added feature has the id %1</source>
        <translation>uma feição adicionada tem o id %1</translation>
    </message>
    <message>
        <source>an added field has no name or an unknown type</source>
        <translation>um campo adicionado não tem nome ou tem um tipo desconhecido</translation>
    </message>
    <message>
        <source>Cannot read the edit journal “%1”: %2</source>
        <translation>Não foi possível ler o diário de edição “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not an edit journal (invalid JSON: %2)</source>
        <translation>“%1” não é um diário de edição (JSON inválido: %2)</translation>
    </message>
    <message>
        <source>“%1” is not an edit journal of this version</source>
        <translation>“%1” não é um diário de edição desta versão</translation>
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
        <translation>Não foi possível abrir %1 como camada vetorial.</translation>
    </message>
    <message>
        <source>%1 has no layers.</source>
        <translation>%1 não tem camadas.</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”.</source>
        <translation>%1 não tem a camada “%2”.</translation>
    </message>
    <message>
        <source>The output %1 is also an input: choose another file.</source>
        <translation>A saída %1 também é uma entrada: escolha outro arquivo.</translation>
    </message>
    <message>
        <source>Cannot read the features of %1.</source>
        <translation>Não foi possível ler as feições de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson, .shp or .csv).</source>
        <translation>Não foi possível gravar %1: formato vetorial desconhecido “.%2” (use .gpkg, .geojson, .shp ou .csv).</translation>
    </message>
    <message>
        <source>Cannot write %1: GDAL has no %2 driver.</source>
        <translation>Não foi possível gravar %1: o GDAL não tem o driver %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the zones have a field “%2” already; choose another prefix.</source>
        <translation>Não foi possível gravar %1: as zonas já têm um campo “%2”; escolha outro prefixo.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <source>Cannot create a layer in %1.</source>
        <translation>Não foi possível criar uma camada em %1.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>Não foi possível criar o campo %1 em %2.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1.</source>
        <translation>Não foi possível gravar uma feição em %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>VectorLayer</name>
    <message>
        <source>Layer “%1” not found in “%2”</source>
        <translation>A camada “%1” não foi encontrada em “%2”</translation>
    </message>
    <message>
        <source>Feature %1 not found in “%2”</source>
        <translation>A feição %1 não foi encontrada em “%2”</translation>
    </message>
    <message>
        <source>Reading “%1” was canceled</source>
        <translation>A leitura de “%1” foi cancelada</translation>
    </message>
    <message>
        <source>Cannot read the features of “%1”</source>
        <translation>Não é possível ler as feições de “%1”</translation>
    </message>
    <message>
        <source>“%1” has no vector layers</source>
        <translation>“%1” não tem camadas vetoriais</translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”</source>
        <translation>“%1” não tem camada chamada “%2”</translation>
    </message>
    <message>
        <source>GDAL, reading “%1”: %2</source>
        <translation>GDAL, ao ler “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the file does not exist</source>
        <translation>Não foi possível abrir “%1”: o arquivo não existe</translation>
    </message>
    <message>
        <source>The coordinate columns of “%1” hold no readable numbers; it was opened as a table without geometry</source>
        <translation>As colunas de coordenadas de “%1” não contêm números legíveis; foi aberto como tabela sem geometria</translation>
    </message>
    <message>
        <source>“%1” does not declare its text encoding (no .cpg file nor language driver) and is not UTF-8: it was read as %2</source>
        <translation>“%1” não declara a codificação do texto (nem arquivo .cpg nem driver de idioma) e não é UTF-8: foi lido como %2</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text: it was read as ISO-8859-1</source>
        <translation>“%1” não é texto UTF-8: foi lido como ISO-8859-1</translation>
    </message>
    <message>
        <source>The coordinate reference system of “%1” could not be interpreted: %2</source>
        <translation>Não foi possível interpretar o sistema de referência de coordenadas de “%1”: %2</translation>
    </message>
    <message>
        <source>Opening “%1” was canceled</source>
        <translation>A abertura de “%1” foi cancelada</translation>
    </message>
    <message>
        <source>“%1” does not declare a coordinate reference system: set one before using it with other layers</source>
        <translation>“%1” não declara um sistema de referência de coordenadas: defina um antes de usá-lo com outras camadas</translation>
    </message>
    <message>
        <source>“%1” is not being edited</source>
        <translation>“%1” não está sendo editada</translation>
    </message>
    <message>
        <source>%1 values given for the %2 fields of “%3”</source>
        <translation>%1 valores informados para os %2 campos de “%3”</translation>
    </message>
    <message>
        <source>The value “%1” does not fit the field “%2” (%3)</source>
        <translation>O valor “%1” não cabe no campo “%2” (%3)</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Adicionar feição</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>Excluir %n feição</numerusform>
            <numerusform>Excluir %n feições</numerusform>
        </translation>
    </message>
    <message>
        <source>Change geometry</source>
        <translation>Alterar geometria</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Alterar “%1”</translation>
    </message>
    <message>
        <source>A field needs a name</source>
        <translation>Um campo precisa de um nome</translation>
    </message>
    <message>
        <source>“%1” already has a field named “%2”</source>
        <translation>“%1” já tem um campo chamado “%2”</translation>
    </message>
    <message>
        <source>The field name “%1” is too long for a shapefile (at most 10 characters)</source>
        <translation>O nome de campo “%1” é longo demais para um shapefile (no máximo 10 caracteres)</translation>
    </message>
    <message>
        <source>“fid” is the GeoPackage&apos;s feature id column; choose another field name</source>
        <translation>“fid” é a coluna de id de feição do GeoPackage; escolha outro nome de campo</translation>
    </message>
    <message>
        <source>The format of “%1” cannot store fields of type %2</source>
        <translation>O formato de “%1” não pode armazenar campos do tipo %2</translation>
    </message>
    <message>
        <source>Add field “%1”</source>
        <translation>Adicionar campo “%1”</translation>
    </message>
    <message>
        <source>“%1” has no field number %2</source>
        <translation>“%1” não tem o campo número %2</translation>
    </message>
    <message>
        <source>Delete field “%1”</source>
        <translation>Excluir campo “%1”</translation>
    </message>
    <message>
        <source>The edits add a feature with the id %1</source>
        <translation>As edições adicionam uma feição com o id %1</translation>
    </message>
    <message>
        <source>The edits delete the field “%1”, which “%2” does not have</source>
        <translation>As edições excluem o campo “%1”, que “%2” não tem</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>disk error (simulated)</source>
        <translation>erro de disco (simulado)</translation>
    </message>
    <message>
        <source>Cannot save the edits to “%1”: %2 failed%3</source>
        <translation>Não foi possível salvar as edições em “%1”: %2 falhou%3</translation>
    </message>
    <message>
        <source>deleting the field “%1”</source>
        <translation>excluindo o campo “%1”</translation>
    </message>
    <message>
        <source>the field does not exist</source>
        <translation>o campo não existe</translation>
    </message>
    <message>
        <source>adding the field “%1”</source>
        <translation>adicionando o campo “%1”</translation>
    </message>
    <message>
        <source>the field “%1” does not exist</source>
        <translation>o campo “%1” não existe</translation>
    </message>
    <message>
        <source>changing feature %1</source>
        <translation>alterando a feição %1</translation>
    </message>
    <message>
        <source>the feature does not exist</source>
        <translation>a feição não existe</translation>
    </message>
    <message>
        <source>adding a feature</source>
        <translation>adicionando uma feição</translation>
    </message>
    <message>
        <source>deleting feature %1</source>
        <translation>excluindo a feição %1</translation>
    </message>
    <message>
        <source>packing the shapefile</source>
        <translation>compactando o shapefile</translation>
    </message>
    <message>
        <source>“%1” is not a local file and cannot be edited</source>
        <translation>“%1” não é um arquivo local e não pode ser editado</translation>
    </message>
    <message>
        <source>“%1” or its folder is read-only</source>
        <translation>“%1” ou sua pasta é somente leitura</translation>
    </message>
    <message>
        <source>No GDAL driver can write “%1”</source>
        <translation>Nenhum driver GDAL pode gravar “%1”</translation>
    </message>
    <message>
        <source>“%1” is read as %2 text, which cannot be written back; open it as UTF-8 to edit it</source>
        <translation>“%1” é lido como texto %2, que não pode ser gravado de volta; abra-o como UTF-8 para editá-lo</translation>
    </message>
    <message>
        <source>“%1” takes its geometries from text columns, which cannot be edited as geometries; save it as a GeoPackage to edit it</source>
        <translation>“%1” obtém suas geometrias de colunas de texto, que não podem ser editadas como geometrias; salve-o como GeoPackage para editá-lo</translation>
    </message>
    <message>
        <source>The %1 format of “%2” cannot be written by GDAL; save it as a GeoPackage to edit it</source>
        <translation>O formato %1 de “%2” não pode ser gravado pelo GDAL; salve-o como GeoPackage para editá-lo</translation>
    </message>
    <message>
        <source>The %1 driver cannot write features to “%2”</source>
        <translation>O driver %1 não pode gravar feições em “%2”</translation>
    </message>
    <message>
        <source>opening for writing</source>
        <translation>abrindo para gravação</translation>
    </message>
    <message>
        <source>the layer is gone</source>
        <translation>a camada não existe mais</translation>
    </message>
    <message>
        <source>starting the transaction</source>
        <translation>iniciando a transação</translation>
    </message>
    <message>
        <source>committing the transaction</source>
        <translation>confirmando a transação</translation>
    </message>
    <message>
        <source>closing the file</source>
        <translation>fechando o arquivo</translation>
    </message>
    <message>
        <source>copying “%1”</source>
        <translation>copiando “%1”</translation>
    </message>
    <message>
        <source>cannot write in the folder</source>
        <translation>não é possível gravar na pasta</translation>
    </message>
    <message>
        <source>opening the copy</source>
        <translation>abrindo a cópia</translation>
    </message>
    <message>
        <source>rebuilding the spatial index</source>
        <translation>reconstruindo o índice espacial</translation>
    </message>
    <message>
        <source>writing the copy</source>
        <translation>gravando a cópia</translation>
    </message>
    <message>
        <source>replacing the files</source>
        <translation>substituindo os arquivos</translation>
    </message>
    <message>
        <source>replacing “%1”</source>
        <translation>substituindo “%1”</translation>
    </message>
    <message>
        <source>cannot rename “%1”</source>
        <translation>não é possível renomear “%1”</translation>
    </message>
    <message>
        <source>The edits were saved to “%1”, but it could not be read again: %2</source>
        <translation>As edições foram salvas em “%1”, mas não foi possível lê-lo novamente: %2</translation>
    </message>
</context>
<context>
    <name>VectorLayerFactory</name>
    <message>
        <source>No file name was given for the new layer</source>
        <translation>Nenhum nome de arquivo foi informado para a nova camada</translation>
    </message>
    <message>
        <source>New layers can be GeoPackages or shapefiles, not %1</source>
        <translation>Novas camadas podem ser GeoPackages ou shapefiles, não %1</translation>
    </message>
    <message>
        <source>A shapefile&apos;s name must end in .shp: “%1”</source>
        <translation>O nome de um shapefile deve terminar em .shp: “%1”</translation>
    </message>
    <message>
        <source>A GeoPackage&apos;s name must end in .gpkg: “%1”</source>
        <translation>O nome de um GeoPackage deve terminar em .gpkg: “%1”</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist</source>
        <translation>A pasta de “%1” não existe</translation>
    </message>
    <message>
        <source>A shapefile holds one kind of geometry: choose point, line or polygon for “%1”</source>
        <translation>Um shapefile contém um único tipo de geometria: escolha ponto, linha ou polígono para “%1”</translation>
    </message>
    <message>
        <source>Choose a coordinate reference system for “%1”</source>
        <translation>Escolha um sistema de referência de coordenadas para “%1”</translation>
    </message>
    <message>
        <source>A field of “%1” has no name</source>
        <translation>Um campo de “%1” não tem nome</translation>
    </message>
    <message>
        <source>The field name “%1” is used twice in “%2”</source>
        <translation>O nome de campo “%1” é usado duas vezes em “%2”</translation>
    </message>
    <message>
        <source>The field name “%1” is too long for a shapefile (at most 10 characters)</source>
        <translation>O nome de campo “%1” é longo demais para um shapefile (no máximo 10 caracteres)</translation>
    </message>
    <message>
        <source>“%1” is a reserved column of the GeoPackage; choose another field name</source>
        <translation>“%1” é uma coluna reservada do GeoPackage; escolha outro nome de campo</translation>
    </message>
    <message>
        <source>A shapefile cannot store the %1 field “%2”: use Date or String</source>
        <translation>Um shapefile não pode armazenar o campo %1 “%2”: use Data ou Texto</translation>
    </message>
    <message>
        <source>The field “%1” has a type that cannot be created (%2)</source>
        <translation>O campo “%1” tem um tipo que não pode ser criado (%2)</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>O GDAL não tem o driver %1</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Não foi possível criar “%1”: %2</translation>
    </message>
    <message>
        <source>GDAL does not understand its coordinate reference system</source>
        <translation>o GDAL não entende seu sistema de referência de coordenadas</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>“%1” já existe</translation>
    </message>
    <message>
        <source>it exists and is not a GeoPackage that can be written</source>
        <translation>ele existe e não é um GeoPackage que possa ser gravado</translation>
    </message>
    <message>
        <source>“%1” already has a layer named “%2”</source>
        <translation>“%1” já tem uma camada chamada “%2”</translation>
    </message>
    <message>
        <source>the field “%1” could not be added (%2)</source>
        <translation>não foi possível adicionar o campo “%1” (%2)</translation>
    </message>
    <message>
        <source>The copied features cannot be reprojected to “%1”: %2</source>
        <translation>As feições copiadas não podem ser reprojetadas para “%1”: %2</translation>
    </message>
    <message>
        <source>Fields with no match in “%1” were left out: %2</source>
        <translation>Os campos sem correspondência em “%1” foram deixados de fora: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) did not fit the destination field&apos;s type and were left empty</source>
        <translation>
            <numerusform>%n valor não coube no tipo do campo de destino e foi deixado vazio</numerusform>
            <numerusform>%n valores não couberam no tipo do campo de destino e foram deixados vazios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) with another kind of geometry were skipped</source>
        <translation>
            <numerusform>%n feição com outro tipo de geometria foi ignorada</numerusform>
            <numerusform>%n feições com outro tipo de geometria foram ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multi-part feature(s) do not fit a single-part layer and were skipped</source>
        <translation>
            <numerusform>%n feição multipartes não cabe em uma camada de parte única e foi ignorada</numerusform>
            <numerusform>%n feições multipartes não cabem em uma camada de parte única e foram ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) could not be reprojected and were skipped</source>
        <translation>
            <numerusform>%n feição não pôde ser reprojetada e foi ignorada</numerusform>
            <numerusform>%n feições não puderam ser reprojetadas e foram ignoradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VectorLayerRenderer</name>
    <message numerus="yes">
        <source>Layer “%1”: %n feature(s) with unreadable geometry skipped</source>
        <translation>
            <numerusform>Camada “%1”: %n feição com geometria ilegível ignorada</numerusform>
            <numerusform>Camada “%1”: %n feições com geometria ilegível ignoradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer “%1” has no data source</source>
        <translation>A camada “%1” não tem fonte de dados</translation>
    </message>
    <message>
        <source>Layer “%1”: nothing to draw on</source>
        <translation>Camada “%1”: não há onde desenhar</translation>
    </message>
    <message>
        <source>Layer “%1”: invalid map settings (extent or size)</source>
        <translation>Camada “%1”: configurações do mapa inválidas (extensão ou tamanho)</translation>
    </message>
    <message>
        <source>Layer “%1”: the style&apos;s field “%2” does not exist; features drawn as missing values</source>
        <translation>Camada “%1”: o campo “%2” do estilo não existe; as feições são desenhadas como valores ausentes</translation>
    </message>
    <message>
        <source>Layer “%1”: no labels: %2</source>
        <translation>Camada “%1”: sem rótulos: %2</translation>
    </message>
    <message>
        <source>Layer “%1”: cannot transform from %2 to %3: %4</source>
        <translation>Camada “%1”: não foi possível transformar de %2 para %3: %4</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Camada “%1”: %2</translation>
    </message>
    <message>
        <source>Layer “%1”: %2 vertices could not be transformed to %3</source>
        <translation>Camada “%1”: %2 vértices não puderam ser transformados para %3</translation>
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
        <translation>Verde-azulado–vermelho (J. Stevens)</translation>
    </message>
    <message>
        <source>Green–blue (J. Stevens)</source>
        <translation>Verde–azul (J. Stevens)</translation>
    </message>
    <message>
        <source>Purple–gold (J. Stevens)</source>
        <translation>Roxo–dourado (J. Stevens)</translation>
    </message>
    <message>
        <source>Bivariate colours: Joshua Stevens (joshuastevens.net)</source>
        <translation>Cores bivariadas: Joshua Stevens (joshuastevens.net)</translation>
    </message>
</context>
<context>
    <name>VulnerabilityAlgorithm</name>
    <message>
        <source>Vulnerability level (CENEPRED)</source>
        <translation>Nível de vulnerabilidade (CENEPRED)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Vulnerability the way CENEPRED&apos;s manual computes it, on blocks, buildings or districts (or raster cells). Each parameter (a field of the units, or a raster of class codes) belongs to a dimension (social, economic, environmental) and a component (exposure, fragility, resilience); its descriptors, most vulnerable first, are weighted by AHP. The weight of a parameter is the weight of its dimension × the weight of its component (renormalized over the components the dimension has) × its weight within that group; each level accepts an AHP matrix or a list, and defaults to equal weights. V = Σ parameter weight × descriptor weight. Levels as for the hazard: the possible values v1 ≥ … ≥ v5 give low [v5, v4), medium [v4, v3), high [v3, v2) and very high [v2, v1], or the given “ranges”. Writes vulnerability_value, vulnerability_level (1 low to 4 very high) and vulnerability_level_name.</source>
        <translation>Vulnerabilidade calculada como no manual do CENEPRED, em quadras, edificações ou distritos (ou células raster). Cada parâmetro (um campo das unidades ou um raster de códigos de classe) pertence a uma dimensão (social, econômica, ambiental) e a um componente (exposição, fragilidade, resiliência); seus descritores, o mais vulnerável primeiro, são ponderados por AHP. O peso de um parâmetro é o peso de sua dimensão × o peso de seu componente (renormalizado sobre os componentes que a dimensão tem) × seu peso dentro desse grupo; cada nível aceita uma matriz AHP ou uma lista e, por padrão, usa pesos iguais. V = Σ peso do parâmetro × peso do descritor. Níveis como para o perigo: os valores possíveis v1 ≥ … ≥ v5 dão baixo [v5, v4), médio [v4, v3), alto [v3, v2) e muito alto [v2, v1], ou as “ranges” informadas. Grava vulnerability_value, vulnerability_level (1 baixo a 4 muito alto) e vulnerability_level_name.</translation>
    </message>
    <message>
        <source>Evaluation units (blocks, buildings or districts) with a field per parameter (vector mode)</source>
        <translation>Unidades de avaliação (quadras, edificações ou distritos) com um campo por parâmetro (modo vetorial)</translation>
    </message>
    <message>
        <source>Fields of the units holding each parameter&apos;s descriptor class (vector mode)</source>
        <translation>Campos das unidades com a classe do descritor de cada parâmetro (modo vetorial)</translation>
    </message>
    <message>
        <source>Rasters of descriptor class codes, one per parameter (raster mode)</source>
        <translation>Rasters de códigos de classe dos descritores, um por parâmetro (modo raster)</translation>
    </message>
    <message>
        <source>Dimension of each parameter: social, economic or environmental (comma separated)</source>
        <translation>Dimensão de cada parâmetro: social, economic ou environmental (separadas por vírgula)</translation>
    </message>
    <message>
        <source>Component of each parameter: exposure, fragility or resilience (comma separated)</source>
        <translation>Componente de cada parâmetro: exposure, fragility ou resilience (separados por vírgula)</translation>
    </message>
    <message>
        <source>Descriptor weights per parameter, separated by “|”: an AHP matrix or a list, most vulnerable descriptor first</source>
        <translation>Pesos dos descritores por parâmetro, separados por “|”: uma matriz AHP ou uma lista, o descritor mais vulnerável primeiro</translation>
    </message>
    <message>
        <source>Class values of the descriptors per parameter, separated by “|” (empty: 1, 2, 3, … with 1 the most vulnerable)</source>
        <translation>Valores de classe dos descritores por parâmetro, separados por “|” (vazio: 1, 2, 3, … sendo 1 o mais vulnerável)</translation>
    </message>
    <message>
        <source>Weights of the dimensions present, in the order social, economic, environmental: AHP matrix or list (empty: equal)</source>
        <translation>Pesos das dimensões presentes, na ordem social, econômica, ambiental: matriz AHP ou lista (vazio: iguais)</translation>
    </message>
    <message>
        <source>Weights of exposure, fragility and resilience (those present): AHP matrix or list (empty: equal)</source>
        <translation>Pesos de exposição, fragilidade e resiliência (os presentes): matriz AHP ou lista (vazio: iguais)</translation>
    </message>
    <message>
        <source>Weights of the parameters within each dimension and component, one AHP matrix or list per group separated by “|”, groups in order of first appearance (empty: equal)</source>
        <translation>Pesos dos parâmetros dentro de cada dimensão e componente, uma matriz AHP ou lista por grupo separadas por “|”, grupos na ordem em que aparecem pela primeira vez (vazio: iguais)</translation>
    </message>
    <message>
        <source>Parameter “dimensions”: %1 dimension(s) for %2 parameter(s).</source>
        <translation>Parâmetro “dimensions”: %1 dimensão(ões) para %2 parâmetro(s).</translation>
    </message>
    <message>
        <source>Parameter “components”: %1 component(s) for %2 parameter(s).</source>
        <translation>Parâmetro “components”: %1 componente(s) para %2 parâmetro(s).</translation>
    </message>
    <message>
        <source>Parameter “dimensions”: “%1” is not social, economic or environmental.</source>
        <translation>Parâmetro “dimensions”: “%1” não é social, economic nem environmental.</translation>
    </message>
    <message>
        <source>Parameter “components”: “%1” is not exposure, fragility or resilience.</source>
        <translation>Parâmetro “components”: “%1” não é exposure, fragility nem resilience.</translation>
    </message>
    <message>
        <source>Parameter “parameter_weights”: %1 group(s) separated by “|” but the parameters form %2 (dimension, component) group(s).</source>
        <translation>Parâmetro “parameter_weights”: %1 grupo(s) separados por “|”, mas os parâmetros formam %2 grupo(s) (dimensão, componente).</translation>
    </message>
</context>
<context>
    <name>ZonalStatisticsAlgorithm</name>
    <message>
        <source>Zonal statistics</source>
        <translation>Estatísticas zonais</translation>
    </message>
    <message>
        <source>Raster indicators</source>
        <translation>Indicadores raster</translation>
    </message>
    <message>
        <source>Statistics of a raster band (count, sum, mean, min, max, stddev, median, majority, minority, variety) inside each zone polygon, appended to the zones as new fields. A pixel belongs to a zone when its centre is inside; with “exact”, count, sum and mean weight each boundary pixel by the share of its area inside the polygon. Nodata pixels are ignored. Zones in another CRS are reprojected to the raster&apos;s CRS.</source>
        <translation>Estatísticas de uma banda raster (count, sum, mean, min, max, stddev, median, majority, minority, variety) dentro de cada polígono de zona, acrescentadas às zonas como novos campos. Um pixel pertence a uma zona quando seu centro está dentro dela; com “exact”, count, sum e mean ponderam cada pixel da borda pela fração da sua área dentro do polígono. Pixels sem dados são ignorados. Zonas em outro SRC são reprojetadas para o SRC do raster.</translation>
    </message>
    <message>
        <source>Input raster</source>
        <translation>Raster de entrada</translation>
    </message>
    <message>
        <source>Band number</source>
        <translation>Número da banda</translation>
    </message>
    <message>
        <source>Zone polygons</source>
        <translation>Polígonos das zonas</translation>
    </message>
    <message>
        <source>Statistics to compute</source>
        <translation>Estatísticas a calcular</translation>
    </message>
    <message>
        <source>Prefix of the new field names</source>
        <translation>Prefixo dos nomes dos novos campos</translation>
    </message>
    <message>
        <source>Weight boundary pixels by the share covered (count, sum, mean)</source>
        <translation>Ponderar os pixels da borda pela fração coberta (count, sum, mean)</translation>
    </message>
    <message>
        <source>Output zones with statistics</source>
        <translation>Zonas de saída com estatísticas</translation>
    </message>
    <message>
        <source>Zones with statistics</source>
        <translation>Zonas com estatísticas</translation>
    </message>
    <message>
        <source>Number of zones</source>
        <translation>Número de zonas</translation>
    </message>
    <message>
        <source>Valid pixels counted in some zone</source>
        <translation>Pixels válidos contados em alguma zona</translation>
    </message>
    <message>
        <source>Cannot open %1 as a raster.</source>
        <translation>Não foi possível abrir %1 como raster.</translation>
    </message>
    <message numerus="yes">
        <source>Band %1 does not exist: %2 has %n band(s).</source>
        <translation>
            <numerusform>A banda %1 não existe: %2 tem %n banda.</numerusform>
            <numerusform>A banda %1 não existe: %2 tem %n bandas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no georeferencing (geotransform).</source>
        <translation>%1 não tem georreferenciamento (geotransformação).</translation>
    </message>
    <message>
        <source>%1 is rotated; zonal statistics need a north-up raster (warp it first).</source>
        <translation>%1 está rotacionado; as estatísticas zonais exigem um raster orientado ao norte (reprojete-o antes).</translation>
    </message>
    <message>
        <source>The zones must be polygons: %1 has %2 geometries.</source>
        <translation>As zonas devem ser polígonos: %1 tem geometrias do tipo %2.</translation>
    </message>
    <message>
        <source>Cannot reproject the zones of %1 to the CRS of %2.</source>
        <translation>Não foi possível reprojetar as zonas de %1 para o SRC de %2.</translation>
    </message>
    <message>
        <source>Only one of %1 and %2 has a CRS: assuming both use the same one.</source>
        <translation>Apenas um entre %1 e %2 tem SRC: assumindo que ambos usam o mesmo.</translation>
    </message>
    <message>
        <source>The zones must be polygons: feature %1 of %2 is a %3.</source>
        <translation>As zonas devem ser polígonos: a feição %1 de %2 é do tipo %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) of %1 could not be reprojected to the raster&apos;s CRS and get no pixels.</source>
        <translation>
            <numerusform>%n zona de %1 não pôde ser reprojetada para o SRC do raster e não recebe pixels.</numerusform>
            <numerusform>%n zonas de %1 não puderam ser reprojetadas para o SRC do raster e não recebem pixels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixels are not square; coverage fractions are shares of each pixel&apos;s area.</source>
        <translation>Os pixels não são quadrados; as frações de cobertura são proporções da área de cada pixel.</translation>
    </message>
    <message>
        <source>Cannot allocate a zone strip of %1x%2 pixels.</source>
        <translation>Não foi possível alocar uma faixa de zonas de %1x%2 pixels.</translation>
    </message>
    <message>
        <source>Cannot rasterize the zones of %1.</source>
        <translation>Não foi possível rasterizar as zonas de %1.</translation>
    </message>
    <message>
        <source>Too many distinct values in %1 for median, majority, minority or variety (more than %2); classify or round the raster first.</source>
        <translation>Valores distintos demais em %1 para median, majority, minority ou variety (mais de %2); classifique ou arredonde o raster antes.</translation>
    </message>
    <message>
        <source>Cannot read rows %1 to %2 of %3.</source>
        <translation>Não foi possível ler as linhas %1 a %2 de %3.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Missing layer %1: %2</source>
        <translation>Camada ausente %1: %2</translation>
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
        <translation>Salva uma imagem da janela após o primeiro desenho do mapa e sai.</translation>
    </message>
    <message>
        <source>A project (.territoria) or layer files to open.</source>
        <translation>Um projeto (.territoria) ou arquivos de camadas para abrir.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation>[arquivos...]</translation>
    </message>
    <message>
        <source>The demo project has no layout “%1”.</source>
        <translation>O projeto de demonstração não tem nenhum layout “%1”.</translation>
    </message>
</context>
<context>
    <name>territoria::AhpMatrixParameterWidget</name>
    <message>
        <source>Weights from a pairwise comparison matrix (AHP)</source>
        <translation>Pesos a partir de uma matriz de comparação par a par (AHP)</translation>
    </message>
</context>
<context>
    <name>territoria::AhpMatrixWidget</name>
    <message>
        <source>Criteria:</source>
        <translation>Critérios:</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Nomes separados por vírgulas</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Each row criterion compared with each column criterion: 9 = extremely more important, 5 = strongly, 3 = moderately, 1 = equally, 1/3 … 1/9 = less important.</source>
        <translation>Cada critério da linha comparado com cada critério da coluna: 9 = extremamente mais importante, 5 = fortemente, 3 = moderadamente, 1 = igualmente, 1/3 … 1/9 = menos importante.</translation>
    </message>
    <message>
        <source>The reciprocal of row %1, column %2</source>
        <translation>O recíproco da linha %1, coluna %2</translation>
    </message>
    <message>
        <source>%1 vs %2: %3 given, the weights imply %4</source>
        <translation>%1 versus %2: informado %3, os pesos implicam %4</translation>
    </message>
    <message>
        <source>λmax = %1    CI = %2    CR = %3 (RI = %4)</source>
        <translation>λmax = %1    CI = %2    CR = %3 (RI = %4)</translation>
    </message>
    <message>
        <source>The judgements contradict each other: CR = %1 &gt; 0.10. Revise the ones most at odds with the rest: %2.</source>
        <translation>Os julgamentos se contradizem: CR = %1 &gt; 0.10. Revise os mais discordantes do restante: %2.</translation>
    </message>
</context>
<context>
    <name>territoria::AlgorithmDialog</name>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
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
        <translation>Executar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Saídas</translation>
    </message>
    <message>
        <source>Command line: territoria-cli run %1 --param NAME=VALUE …</source>
        <translation>Linha de comando: territoria-cli run %1 --param NOME=VALOR …</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <source>The analysis cannot run now.</source>
        <translation>A análise não pode ser executada agora.</translation>
    </message>
    <message>
        <source>Running %1 (%2)…</source>
        <translation>Executando %1 (%2)…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>territoria::AlgorithmToolbox</name>
    <message>
        <source>Search…</source>
        <translation>Pesquisar…</translation>
    </message>
</context>
<context>
    <name>territoria::AnalysisController</name>
    <message>
        <source>Analysis Toolbox</source>
        <translation>Caixa de ferramentas de análise</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1”.</source>
        <translation>Algoritmo desconhecido “%1”.</translation>
    </message>
    <message>
        <source>Analysis plugin not loaded: %1</source>
        <translation>Plugin de análise não carregado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Analysis: %n algorithm(s)</source>
        <translation>
            <numerusform>Análise: %n algoritmo</numerusform>
            <numerusform>Análise: %n algoritmos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n plugin(s).</source>
        <translation>
            <numerusform>de %n plugin.</numerusform>
            <numerusform>de %n plugins.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 started.</source>
        <translation>%1 iniciado.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: aviso: %2</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 foi cancelado.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>%1: the output file %2 was not written.</source>
        <translation>%1: o arquivo de saída %2 não foi gravado.</translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 concluído.</translation>
    </message>
    <message>
        <source>%1: output %2</source>
        <translation>%1: saída %2</translation>
    </message>
    <message>
        <source>Analyses running</source>
        <translation>Análises em execução</translation>
    </message>
    <message numerus="yes">
        <source>%n analysis/analyses still running: %1. Cancel and quit?</source>
        <translation>
            <numerusform>%n análise ainda em execução: %1. Cancelar e sair?</numerusform>
            <numerusform>%n análises ainda em execução: %1. Cancelar e sair?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Analyses and Quit</source>
        <translation>Cancelar as análises e sair</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Continuar executando</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 foi alterado</translation>
    </message>
    <message>
        <source>the edits of layer “%1” were saved</source>
        <translation>as edições da camada “%1” foram salvas</translation>
    </message>
    <message>
        <source>Cannot re-run %1: the algorithm is not available.</source>
        <translation>Não foi possível executar %1 novamente: o algoritmo não está disponível.</translation>
    </message>
    <message>
        <source>Re-running %1 because %2.</source>
        <translation>Executando %1 novamente porque %2.</translation>
    </message>
    <message>
        <source>The re-run of %1 was canceled.</source>
        <translation>A nova execução de %1 foi cancelada.</translation>
    </message>
    <message>
        <source>The re-run of %1 (because %2) failed: %3</source>
        <translation>A nova execução de %1 (porque %2) falhou: %3</translation>
    </message>
    <message>
        <source>%1 was re-run because %2; updated: %3.</source>
        <translation>%1 foi executado novamente porque %2; atualizado: %3.</translation>
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
        <translation>Campo “%1”: “%2” não é um número inteiro.</translation>
    </message>
    <message>
        <source>Field “%1”: %2 is outside the range of a 32-bit integer (−2147483648 to 2147483647).</source>
        <translation>Campo “%1”: %2 está fora do intervalo de um inteiro de 32 bits (−2147483648 a 2147483647).</translation>
    </message>
    <message>
        <source>Field “%1”: %2 has more than %3 digits.</source>
        <translation>Campo “%1”: %2 tem mais de %3 dígitos.</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a number.</source>
        <translation>Campo “%1”: “%2” não é um número.</translation>
    </message>
    <message>
        <source>Field “%1”: %2 does not fit in %3 digits with %4 decimals.</source>
        <translation>Campo “%1”: %2 não cabe em %3 dígitos com %4 decimais.</translation>
    </message>
    <message>
        <source>Field “%1”: the text has %2 characters; the field holds at most %3.</source>
        <translation>Campo “%1”: o texto tem %2 caracteres; o campo comporta no máximo %3.</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a date (use YYYY-MM-DD).</source>
        <translation>Campo “%1”: “%2” não é uma data (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a date and time (use YYYY-MM-DD HH:MM:SS).</source>
        <translation>Campo “%1”: “%2” não é uma data e hora (use AAAA-MM-DD HH:MM:SS).</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not a time (use HH:MM:SS).</source>
        <translation>Campo “%1”: “%2” não é uma hora (use HH:MM:SS).</translation>
    </message>
    <message>
        <source>Field “%1”: “%2” is not true or false.</source>
        <translation>Campo “%1”: “%2” não é verdadeiro nem falso.</translation>
    </message>
    <message>
        <source>Field “%1” (%2) cannot be edited here.</source>
        <translation>O campo “%1” (%2) não pode ser editado aqui.</translation>
    </message>
    <message>
        <source>Layer “%1” is not in edit mode: turn on editing first.</source>
        <translation>A camada “%1” não está em modo de edição: ative a edição primeiro.</translation>
    </message>
    <message>
        <source>Could not change field “%1” of feature %2.</source>
        <translation>Não foi possível alterar o campo “%1” da feição %2.</translation>
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
    <message>
        <source>Show selected only</source>
        <translation>Mostrar apenas a seleção</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selecionada</numerusform>
            <numerusform>%Ln selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Toggle &amp;Editing</source>
        <translation>Alternar &amp;edição</translation>
    </message>
    <message>
        <source>Start or stop editing this layer</source>
        <translation>Iniciar ou parar a edição desta camada</translation>
    </message>
    <message>
        <source>&amp;Save Edits</source>
        <translation>&amp;Salvar edições</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Features</source>
        <translation>&amp;Excluir feições selecionadas</translation>
    </message>
    <message>
        <source>Add &amp;Field…</source>
        <translation>Adicionar &amp;campo…</translation>
    </message>
    <message>
        <source>Add a field to the layer</source>
        <translation>Adicionar um campo à camada</translation>
    </message>
    <message>
        <source>De&amp;lete Field…</source>
        <translation>E&amp;xcluir campo…</translation>
    </message>
    <message>
        <source>Delete a field of the layer</source>
        <translation>Excluir um campo da camada</translation>
    </message>
    <message>
        <source>Stop Editing</source>
        <translation>Parar edição</translation>
    </message>
    <message>
        <source>Save the edits of layer “%1”?</source>
        <translation>Salvar as edições da camada “%1”?</translation>
    </message>
    <message>
        <source>value (empty = NULL)</source>
        <translation>valor (vazio = NULL)</translation>
    </message>
    <message>
        <source>Apply to &amp;Selected</source>
        <translation>Aplicar às &amp;selecionadas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This layer cannot be edited: %1</source>
        <translation>Esta camada não pode ser editada: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Desfazer %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refazer %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Turn on editing to add fields.</source>
        <translation>Ative a edição para adicionar campos.</translation>
    </message>
    <message>
        <source>Turn on editing to delete fields.</source>
        <translation>Ative a edição para excluir campos.</translation>
    </message>
    <message>
        <source>Turn on editing to change values.</source>
        <translation>Ative a edição para alterar valores.</translation>
    </message>
    <message>
        <source>Select the features to change first.</source>
        <translation>Selecione primeiro as feições a alterar.</translation>
    </message>
    <message numerus="yes">
        <source>Set “%1” on %n feature(s)</source>
        <translation>
            <numerusform>Definir “%1” em %n feição</numerusform>
            <numerusform>Definir “%1” em %n feições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” set on %n feature(s)</source>
        <translation>
            <numerusform>“%1” definido em %n feição</numerusform>
            <numerusform>“%1” definido em %n feições</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Field — %1</source>
        <translation>Adicionar campo — %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Número inteiro</translation>
    </message>
    <message>
        <source>Whole number (64 bit)</source>
        <translation>Número inteiro (64 bits)</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Número decimal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largura:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precisão:</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Dê um nome ao campo.</translation>
    </message>
    <message>
        <source>Delete Field</source>
        <translation>Excluir campo</translation>
    </message>
    <message>
        <source>Field to delete:</source>
        <translation>Campo a excluir:</translation>
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
        <translation>Gráfico de dispersão</translation>
    </message>
    <message>
        <source>Ranked bars</source>
        <translation>Barras ordenadas</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Maiores</translation>
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
        <translation>Salvar o gráfico como imagem PNG ou desenho SVG</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Camada:</translation>
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
        <translation>Nomes de:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>(feature id)</source>
        <translation>(id da feição)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Desenho SVG (*.svg)</translation>
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
        <translation>Colore os polígonos por um campo numérico: 5 classes por quebras naturais (Jenks), de amarelo a vermelho.</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Cores:</translation>
    </message>
    <message>
        <source>The layer has no numeric field.</source>
        <translation>A camada não tem nenhum campo numérico.</translation>
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
        <translation>Geográfico, unidades: %1</translation>
    </message>
    <message>
        <source>Projected, units: %1</source>
        <translation>Projetado, unidades: %1</translation>
    </message>
    <message>
        <source>Area of use: %1° to %2° longitude, %3° to %4° latitude</source>
        <translation>Área de uso: de %1° a %2° de longitude, de %3° a %4° de latitude</translation>
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
    <name>territoria::EditableGeometry</name>
    <message>
        <source>The feature has no geometry to edit.</source>
        <translation>A feição não tem geometria para editar.</translation>
    </message>
    <message>
        <source>The geometry cannot be read (malformed WKB).</source>
        <translation>A geometria não pode ser lida (WKB malformado).</translation>
    </message>
    <message>
        <source>Only point, line and polygon geometries (single or multi) can be edited, not %1.</source>
        <translation>Apenas geometrias de ponto, linha e polígono (simples ou múltiplas) podem ser editadas, não %1.</translation>
    </message>
</context>
<context>
    <name>territoria::EditingController</name>
    <message>
        <source>Toggle &amp;Editing</source>
        <translation>Alternar &amp;edição</translation>
    </message>
    <message>
        <source>Start or stop editing the current layer</source>
        <translation>Iniciar ou parar a edição da camada atual</translation>
    </message>
    <message>
        <source>&amp;Save Layer Edits</source>
        <translation>&amp;Salvar edições da camada</translation>
    </message>
    <message>
        <source>Write the edits of the current layer to its file</source>
        <translation>Gravar as edições da camada atual em seu arquivo</translation>
    </message>
    <message>
        <source>&amp;Roll Back Edits</source>
        <translation>&amp;Reverter edições</translation>
    </message>
    <message>
        <source>Drop the unsaved edits of the current layer</source>
        <translation>Descartar as edições não salvas da camada atual</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Add Feature</source>
        <translation>&amp;Adicionar feição</translation>
    </message>
    <message>
        <source>Digitize a new point, line or polygon: click vertices, right click or Enter finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation>Digitalizar um novo ponto, linha ou polígono: clique nos vértices; clique direito ou Enter finaliza, Backspace remove o último vértice, Esc cancela</translation>
    </message>
    <message>
        <source>&amp;Move Feature(s)</source>
        <translation>&amp;Mover feição(ões)</translation>
    </message>
    <message>
        <source>Drag a feature (or the selected features) to move it</source>
        <translation>Arrastar uma feição (ou as feições selecionadas) para movê-la</translation>
    </message>
    <message>
        <source>&amp;Vertex Tool</source>
        <translation>Ferramenta de &amp;vértices</translation>
    </message>
    <message>
        <source>Move vertices by dragging, double click a segment to add one, Delete removes the selected vertex</source>
        <translation>Mover vértices arrastando; clique duplo em um segmento para adicionar um, Delete remove o vértice selecionado</translation>
    </message>
    <message>
        <source>S&amp;plit Features</source>
        <translation>&amp;Dividir feições</translation>
    </message>
    <message>
        <source>Draw a line across lines or polygons to split them</source>
        <translation>Desenhar uma linha atravessando linhas ou polígonos para dividi-los</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>E&amp;xcluir selecionadas</translation>
    </message>
    <message>
        <source>Delete the selected features of the current layer</source>
        <translation>Excluir as feições selecionadas da camada atual</translation>
    </message>
    <message>
        <source>&amp;Copy Features</source>
        <translation>&amp;Copiar feições</translation>
    </message>
    <message>
        <source>Copy the selected features of the current layer</source>
        <translation>Copiar as feições selecionadas da camada atual</translation>
    </message>
    <message>
        <source>&amp;Paste Features</source>
        <translation>Co&amp;lar feições</translation>
    </message>
    <message>
        <source>Paste the copied features into the current layer (reprojected, fields matched by name)</source>
        <translation>Colar as feições copiadas na camada atual (reprojetadas, campos associados pelo nome)</translation>
    </message>
    <message>
        <source>Select by &amp;Click</source>
        <translation>Selecionar por &amp;clique</translation>
    </message>
    <message>
        <source>Click a feature to select it; Shift adds, Ctrl removes</source>
        <translation>Clique em uma feição para selecioná-la; Shift adiciona, Ctrl remove</translation>
    </message>
    <message>
        <source>Select by &amp;Rectangle</source>
        <translation>Selecionar por &amp;retângulo</translation>
    </message>
    <message>
        <source>Drag a rectangle to select features; Shift adds, Ctrl removes</source>
        <translation>Arraste um retângulo para selecionar feições; Shift adiciona, Ctrl remove</translation>
    </message>
    <message>
        <source>Select by &amp;Polygon</source>
        <translation>Selecionar por &amp;polígono</translation>
    </message>
    <message>
        <source>Click the vertices of a polygon, right click to select the features in it</source>
        <translation>Clique nos vértices de um polígono; clique direito para selecionar as feições dentro dele</translation>
    </message>
    <message>
        <source>Select by E&amp;xpression…</source>
        <translation>Selecionar por e&amp;xpressão…</translation>
    </message>
    <message>
        <source>Select features with an SQL condition on their attributes</source>
        <translation>Selecionar feições com uma condição SQL sobre seus atributos</translation>
    </message>
    <message>
        <source>&amp;Invert Selection</source>
        <translation>&amp;Inverter seleção</translation>
    </message>
    <message>
        <source>Clear Se&amp;lection</source>
        <translation>&amp;Limpar seleção</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>&amp;Zoom para a seleção</translation>
    </message>
    <message>
        <source>Measure &amp;Distance</source>
        <translation>Medir &amp;distância</translation>
    </message>
    <message>
        <source>Measure a distance on the map, planar and on the ellipsoid</source>
        <translation>Medir uma distância no mapa, planar e no elipsoide</translation>
    </message>
    <message>
        <source>Measure A&amp;rea</source>
        <translation>Medir á&amp;rea</translation>
    </message>
    <message>
        <source>Measure an area on the map, planar and on the ellipsoid</source>
        <translation>Medir uma área no mapa, planar e no elipsoide</translation>
    </message>
    <message>
        <source>&amp;New Layer…</source>
        <translation>&amp;Nova camada…</translation>
    </message>
    <message>
        <source>Create an empty GeoPackage or Shapefile layer</source>
        <translation>Criar uma camada GeoPackage ou Shapefile vazia</translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation>&amp;Aderência</translation>
    </message>
    <message>
        <source>Snap to vertices and segments</source>
        <translation>Aderir a vértices e segmentos</translation>
    </message>
    <message>
        <source>Roll Back Edits</source>
        <translation>Reverter edições</translation>
    </message>
    <message>
        <source>Drop all unsaved edits of layer “%1”? This cannot be undone.</source>
        <translation>Descartar todas as edições não salvas da camada “%1”? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>S&amp;elect</source>
        <translation>S&amp;elecionar</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Selection and Measure</source>
        <translation>Seleção e medição</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <source>Select a vector layer in the layer panel to edit it</source>
        <translation>Selecione uma camada vetorial no painel de camadas para editá-la</translation>
    </message>
    <message>
        <source>Layer “%1” cannot be edited: %2</source>
        <translation>A camada “%1” não pode ser editada: %2</translation>
    </message>
    <message>
        <source>Cannot create the journal folder %1: edits of “%2” are not protected against a crash.</source>
        <translation>Não foi possível criar a pasta do diário %1: as edições de “%2” não estão protegidas contra uma falha.</translation>
    </message>
    <message>
        <source>Saved the edits of layer “%1”.</source>
        <translation>As edições da camada “%1” foram salvas.</translation>
    </message>
    <message>
        <source>Stop Editing</source>
        <translation>Parar edição</translation>
    </message>
    <message>
        <source>Save the edits of layer “%1”?</source>
        <translation>Salvar as edições da camada “%1”?</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Edições não salvas</translation>
    </message>
    <message>
        <source>Layer “%1” has unsaved edits. Do you want to save them?</source>
        <translation>A camada “%1” tem edições não salvas. Deseja salvá-las?</translation>
    </message>
    <message>
        <source>New Feature — %1</source>
        <translation>Nova feição — %1</translation>
    </message>
    <message>
        <source>The new feature was discarded.</source>
        <translation>A nova feição foi descartada.</translation>
    </message>
    <message>
        <source>The geometry of feature %1 of “%2” is not valid: %3</source>
        <translation>A geometria da feição %1 de “%2” não é válida: %3</translation>
    </message>
    <message>
        <source>Fix (make valid)</source>
        <translation>Corrigir (tornar válida)</translation>
    </message>
    <message>
        <source>Turn on editing of layer “%1” to fix its geometry.</source>
        <translation>Ative a edição da camada “%1” para corrigir sua geometria.</translation>
    </message>
    <message>
        <source>Could not change the geometry of feature %1 of “%2”.</source>
        <translation>Não foi possível alterar a geometria da feição %1 de “%2”.</translation>
    </message>
    <message>
        <source>Fixed the geometry of feature %1 (undo with Ctrl+Z).</source>
        <translation>A geometria da feição %1 foi corrigida (desfaça com Ctrl+Z).</translation>
    </message>
    <message>
        <source>Turn on editing of layer “%1” to delete features.</source>
        <translation>Ative a edição da camada “%1” para excluir feições.</translation>
    </message>
    <message>
        <source>Could not delete the selected features of “%1”.</source>
        <translation>Não foi possível excluir as feições selecionadas de “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n feature(s) (undo with Ctrl+Z).</source>
        <translation>
            <numerusform>%n feição excluída (desfaça com Ctrl+Z).</numerusform>
            <numerusform>%n feições excluídas (desfaça com Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n feature(s) of “%1”.</source>
        <translation>
            <numerusform>%n feição de “%1” copiada.</numerusform>
            <numerusform>%n feições de “%1” copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on editing of layer “%1” to paste features into it.</source>
        <translation>Ative a edição da camada “%1” para colar feições nela.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n feature(s)</source>
        <translation>
            <numerusform>Colar %n feição</numerusform>
            <numerusform>Colar %n feições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n feature(s) into “%1”.</source>
        <translation>
            <numerusform>%n feição colada em “%1”.</numerusform>
            <numerusform>%n feições coladas em “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created layer “%1”; it is in edit mode.</source>
        <translation>A camada “%1” foi criada; ela está em modo de edição.</translation>
    </message>
    <message>
        <source>The unsaved edits of %1 could not be restored: %2</source>
        <translation>Não foi possível restaurar as edições não salvas de %1: %2</translation>
    </message>
    <message>
        <source>Layer “%1” already has unsaved edits: the journal %2 was kept.</source>
        <translation>A camada “%1” já tem edições não salvas: o diário %2 foi mantido.</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Restaurar edições não salvas</translation>
    </message>
    <message>
        <source>Restored the unsaved edits of “%1” (%2). Save them to keep them.</source>
        <translation>As edições não salvas de “%1” foram restauradas (%2). Salve-as para mantê-las.</translation>
    </message>
    <message>
        <source>Could not delete the journal %1.</source>
        <translation>Não foi possível excluir o diário %1.</translation>
    </message>
</context>
<context>
    <name>territoria::EnumParameterWidget</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
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
        <translation>Sul (y mín.)</translation>
    </message>
    <message>
        <source>East (x max)</source>
        <translation>Leste (x máx.)</translation>
    </message>
    <message>
        <source>North (y max)</source>
        <translation>Norte (y máx.)</translation>
    </message>
    <message>
        <source>Use Map Extent</source>
        <translation>Usar a extensão do mapa</translation>
    </message>
</context>
<context>
    <name>territoria::FeatureForm</name>
    <message>
        <source>Feature Attributes</source>
        <translation>Atributos da feição</translation>
    </message>
    <message>
        <source>No value (NULL) for “%1”</source>
        <translation>Sem valor (NULL) para “%1”</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número inteiro</translation>
    </message>
    <message numerus="yes">
        <source>number, %n decimal(s)</source>
        <translation>
            <numerusform>número, %n decimal</numerusform>
            <numerusform>número, %n decimais</numerusform>
        </translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>(%1 values cannot be edited)</source>
        <translation>(valores %1 não podem ser editados)</translation>
    </message>
    <message>
        <source>This layer has no attribute fields.</source>
        <translation>Esta camada não tem campos de atributos.</translation>
    </message>
</context>
<context>
    <name>territoria::FieldParameterWidget</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>territoria::FileOutputParameterWidget</name>
    <message>
        <source>[Save to a temporary file]</source>
        <translation>[Salvar em um arquivo temporário]</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Escolha onde salvar</translation>
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
        <translation>Tabela CSV (*.csv)</translation>
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
        <translation>Arquivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>territoria::HistogramWidget</name>
    <message>
        <source>No numeric values</source>
        <translation>Sem valores numéricos</translation>
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
        <translation>Nada encontrado em %1; %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) at %1, %2 (%3).</source>
        <translation>
            <numerusform>%n resultado em %1; %2 (%3).</numerusform>
            <numerusform>%n resultados em %1; %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Feição %1</translation>
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
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Join a Table to a Layer</source>
        <translation>Unir uma tabela a uma camada</translation>
    </message>
    <message>
        <source>No table chosen</source>
        <translation>Nenhuma tabela escolhida</translation>
    </message>
    <message>
        <source>Choose &amp;Table…</source>
        <translation>Escolher &amp;tabela…</translation>
    </message>
    <message>
        <source>e.g. inei_</source>
        <translation>p. ex. inei_</translation>
    </message>
    <message>
        <source>No padding</source>
        <translation>Sem preenchimento</translation>
    </message>
    <message>
        <source>Left-pads digit-only keys of both sides with zeros to this width (40101 → 040101).</source>
        <translation>Preenche com zeros à esquerda as chaves formadas só por dígitos, dos dois lados, até esta largura (40101 → 040101).</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Camada:</translation>
    </message>
    <message>
        <source>&amp;Key field:</source>
        <translation>Campo c&amp;have:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Key &amp;column:</source>
        <translation>Coluna cha&amp;ve:</translation>
    </message>
    <message>
        <source>Columns to &amp;join:</source>
        <translation>Colunas a &amp;unir:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefixo:</translation>
    </message>
    <message>
        <source>Zero padding to width:</source>
        <translation>Preencher com zeros até a largura:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nomes:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>V&amp;erificar</translation>
    </message>
    <message>
        <source>Match the keys and show the report; nothing changes yet.</source>
        <translation>Compara as chaves e mostra o relatório; nada muda ainda.</translation>
    </message>
    <message>
        <source>Choose the layer, the table and their keys, then Check.</source>
        <translation>Escolha a camada, a tabela e suas chaves e, em seguida, clique em Verificar.</translation>
    </message>
    <message>
        <source>&amp;Keep Live in the Project</source>
        <translation>&amp;Manter dinâmica no projeto</translation>
    </message>
    <message>
        <source>The join is saved with the layer and re-run from the table file when the project opens and on Layer ▸ Refresh Joins.</source>
        <translation>A junção é salva com a camada e executada novamente a partir do arquivo da tabela quando o projeto é aberto e em Camada ▸ Atualizar junções.</translation>
    </message>
    <message>
        <source>&amp;Save to a New Layer…</source>
        <translation>&amp;Salvar em uma nova camada…</translation>
    </message>
    <message>
        <source>Writes the layer with the joined columns to a GeoPackage and adds it to the project.</source>
        <translation>Grava a camada com as colunas unidas em um GeoPackage e a adiciona ao projeto.</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>unida</translation>
    </message>
    <message>
        <source>Save the Joined Layer</source>
        <translation>Salvar a camada unida</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n coluna</numerusform>
            <numerusform>%n colunas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the table (see the report)</source>
        <translation>
            <numerusform>%n problema na tabela (veja o relatório)</numerusform>
            <numerusform>%n problemas na tabela (veja o relatório)</numerusform>
        </translation>
    </message>
    <message>
        <source>The options changed: Check again.</source>
        <translation>As opções mudaram: verifique novamente.</translation>
    </message>
    <message>
        <source>Check the Join</source>
        <translation>Verificar a junção</translation>
    </message>
    <message>
        <source>Matching the keys of “%1”…</source>
        <translation>Comparando as chaves de “%1”…</translation>
    </message>
    <message>
        <source>%1 of %2 features matched a table row (%3 rows in the table).</source>
        <translation>%1 de %2 feições corresponderam a uma linha da tabela (%3 linhas na tabela).</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Dica:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Layer keys without a table row (%1):</source>
        <translation>Chaves da camada sem linha na tabela (%1):</translation>
    </message>
    <message>
        <source>their joined fields stay empty</source>
        <translation>seus campos unidos ficam vazios</translation>
    </message>
    <message>
        <source>Table keys without a feature (%1):</source>
        <translation>Chaves da tabela sem feição (%1):</translation>
    </message>
    <message>
        <source>Keys on several table rows (%1):</source>
        <translation>Chaves em várias linhas da tabela (%1):</translation>
    </message>
    <message>
        <source>the first row is joined</source>
        <translation>a primeira linha é unida</translation>
    </message>
    <message>
        <source>Problems in the table (%1), no data dropped:</source>
        <translation>Problemas na tabela (%1), nenhum dado descartado:</translation>
    </message>
    <message>
        <source>Pad Keys to %1 Digits and Check Again</source>
        <translation>Preencher as chaves com %1 dígitos e verificar novamente</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>Joining %1 to “%2”…</source>
        <translation>Unindo %1 a “%2”…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>Refresh Joins</source>
        <translation>Atualizar junções</translation>
    </message>
    <message>
        <source>No layer of the project has a live join.</source>
        <translation>Nenhuma camada do projeto tem uma junção dinâmica.</translation>
    </message>
    <message numerus="yes">
        <source>Re-running the joins of %n layer(s)…</source>
        <translation>
            <numerusform>Executando novamente as junções de %n camada…</numerusform>
            <numerusform>Executando novamente as junções de %n camadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer “%1” keeps its previous joined data: %2</source>
        <translation>A camada “%1” mantém seus dados unidos anteriores: %2</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Camada “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>The joins of %n layer(s) were re-run from their tables.</source>
        <translation>
            <numerusform>As junções de %n camada foram executadas novamente a partir das suas tabelas.</numerusform>
            <numerusform>As junções de %n camadas foram executadas novamente a partir das suas tabelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Join Table…</source>
        <translation>&amp;Unir tabela…</translation>
    </message>
    <message>
        <source>Join a table (CSV, XLSX, ODS) to a layer by key, with a report of the keys</source>
        <translation>Une uma tabela (CSV, XLSX, ODS) a uma camada por chave, com um relatório das chaves</translation>
    </message>
    <message>
        <source>Join Table</source>
        <translation>Unir tabela</translation>
    </message>
    <message>
        <source>Add a vector layer first: the table is joined to its features.</source>
        <translation>Adicione primeiro uma camada vetorial: a tabela é unida às suas feições.</translation>
    </message>
    <message>
        <source>Table joined to “%1”.</source>
        <translation>Tabela unida a “%1”.</translation>
    </message>
    <message>
        <source>Re&amp;fresh Joins</source>
        <translation>Atuali&amp;zar junções</translation>
    </message>
    <message>
        <source>Re-run the live joins of the project from the current table files</source>
        <translation>Executa novamente as junções dinâmicas do projeto a partir dos arquivos de tabela atuais</translation>
    </message>
</context>
<context>
    <name>territoria::JournalRestoreDialog</name>
    <message numerus="yes">
        <source>%n new feature(s)</source>
        <translation>
            <numerusform>%n feição nova</numerusform>
            <numerusform>%n feições novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed feature(s)</source>
        <translation>
            <numerusform>%n feição alterada</numerusform>
            <numerusform>%n feições alteradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted feature(s)</source>
        <translation>
            <numerusform>%n feição excluída</numerusform>
            <numerusform>%n feições excluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new field(s)</source>
        <translation>
            <numerusform>%n campo novo</numerusform>
            <numerusform>%n campos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted field(s)</source>
        <translation>
            <numerusform>%n campo excluído</numerusform>
            <numerusform>%n campos excluídos</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>nenhuma alteração</translation>
    </message>
    <message>
        <source>Unsaved Edits Found</source>
        <translation>Edições não salvas encontradas</translation>
    </message>
    <message>
        <source>Unsaved changes from a previous session were found (the program was closed without saving them). Restore them to continue editing?</source>
        <translation>Foram encontradas alterações não salvas de uma sessão anterior (o programa foi fechado sem salvá-las). Restaurá-las para continuar editando?</translation>
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
        <translation>Excluir os diários marcados: suas alterações serão perdidas</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>Keep the journals and ask again on the next start</source>
        <translation>Manter os diários e perguntar novamente na próxima inicialização</translation>
    </message>
</context>
<context>
    <name>territoria::LayerChartWidget</name>
    <message>
        <source>Click a bar to select its features; drag across bars to select a range.
Shift adds to the selection, Ctrl removes from it.</source>
        <translation>Clique em uma barra para selecionar suas feições; arraste sobre as barras para selecionar um intervalo.
Shift adiciona à seleção, Ctrl remove dela.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lendo “%1”…</translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation>%1: %2 e %3</translation>
    </message>
    <message>
        <source>Bottom %1 by %2</source>
        <translation>Os %1 menores por %2</translation>
    </message>
    <message>
        <source>Top %1 by %2</source>
        <translation>Os %1 maiores por %2</translation>
    </message>
    <message>
        <source>Choose a vector layer and a numeric field.</source>
        <translation>Escolha uma camada vetorial e um campo numérico.</translation>
    </message>
    <message>
        <source>“%1” has no numeric field to chart.</source>
        <translation>“%1” não tem nenhum campo numérico para o gráfico.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) drawn</source>
        <translation>
            <numerusform>%n feição desenhada</numerusform>
            <numerusform>%n feições desenhadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) without a value</source>
        <translation>
            <numerusform>%n feição sem valor</numerusform>
            <numerusform>%n feições sem valor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selecionada</numerusform>
            <numerusform>%n selecionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::LayerOpener</name>
    <message>
        <source>All supported files (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf *.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</source>
        <translation>Todos os arquivos suportados (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf *.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf)</source>
        <translation>Arquivos vetoriais (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb *.gpx *.dxf)</translation>
    </message>
    <message>
        <source>Raster files (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</source>
        <translation>Arquivos raster (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)</translation>
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
        <translation>
            <numerusform>Abrindo %n arquivo…</numerusform>
            <numerusform>Abrindo %n arquivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding layers was canceled.</source>
        <translation>A adição de camadas foi cancelada.</translation>
    </message>
    <message>
        <source>Layer “%1” has no coordinate reference system (%2). It is drawn as if it were in the project CRS; set its CRS so that it lines up with the other layers.</source>
        <translation>A camada “%1” não tem sistema de referência de coordenadas (%2). Ela é desenhada como se estivesse no SRC do projeto; defina o SRC dela para que se alinhe com as outras camadas.</translation>
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
    <message>
        <source>&amp;Choropleth Map…</source>
        <translation>Mapa &amp;coroplético…</translation>
    </message>
    <message>
        <source>Colour the polygons by a numeric field (5 classes, natural breaks)</source>
        <translation>Colorir os polígonos por um campo numérico (5 classes, quebras naturais)</translation>
    </message>
    <message>
        <source>&amp;Join Table…</source>
        <translation>&amp;Unir tabela…</translation>
    </message>
</context>
<context>
    <name>territoria::LayerParameterWidget</name>
    <message>
        <source>Choose a file</source>
        <translation>Escolha um arquivo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
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
        <translation>
            <numerusform>%1 × %2 pixels, %n banda</numerusform>
            <numerusform>%1 × %2 pixels, %n bandas</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <translation>Sistema de referência de coordenadas</translation>
    </message>
    <message>
        <source>The source does not declare a CRS. Choose the one the data was made in; until then it is drawn as if it were in the project CRS.</source>
        <translation>A fonte não declara um SRC. Escolha aquele em que os dados foram produzidos; até lá, ela é desenhada como se estivesse no SRC do projeto.</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Renderização</translation>
    </message>
    <message>
        <source>Layer opacity:</source>
        <translation>Opacidade da camada:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>Simbologia</translation>
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
    <name>territoria::LayoutDesigner</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date: {@date}</source>
        <translation>Data: {@date}</translation>
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
        <translation>%1 — Designer de layout</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Delete Items</source>
        <translation>&amp;Excluir itens</translation>
    </message>
    <message>
        <source>Delete the selected items (Delete key)</source>
        <translation>Excluir os itens selecionados (tecla Delete)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>&amp;Raise Item</source>
        <translation>A&amp;vançar item</translation>
    </message>
    <message>
        <source>Draw the item above the next one</source>
        <translation>Desenhar o item acima do seguinte</translation>
    </message>
    <message>
        <source>&amp;Lower Item</source>
        <translation>Rec&amp;uar item</translation>
    </message>
    <message>
        <source>Draw the item below the previous one</source>
        <translation>Desenhar o item abaixo do anterior</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the layout or its atlas to PDF, SVG, PNG or TIFF</source>
        <translation>Exportar o layout ou seu atlas para PDF, SVG, PNG ou TIFF</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Salvar como &amp;modelo…</translation>
    </message>
    <message>
        <source>Save the layout as a template file (.ttlayout)</source>
        <translation>Salvar o layout como arquivo de modelo (.ttlayout)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Zoom to &amp;Page</source>
        <translation>Zoom na &amp;página</translation>
    </message>
    <message>
        <source>Zoom to &amp;100 %</source>
        <translation>Zoom em &amp;100 %</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Redesenhar</translation>
    </message>
    <message>
        <source>Draw the page again</source>
        <translation>Desenhar a página novamente</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Aderir à &amp;grade</translation>
    </message>
    <message>
        <source>Snap to a 5 mm grid</source>
        <translation>Aderir a uma grade de 5 mm</translation>
    </message>
    <message>
        <source>Snap to &amp;Items and Page</source>
        <translation>Aderir a &amp;itens e à página</translation>
    </message>
    <message>
        <source>Snap to the page and to other items&apos; edges and centres</source>
        <translation>Aderir à página e às bordas e centros dos outros itens</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>&amp;Selecionar e mover</translation>
    </message>
    <message>
        <source>Add &amp;Map</source>
        <translation>Adicionar &amp;mapa</translation>
    </message>
    <message>
        <source>Add &amp;Legend</source>
        <translation>Adicionar &amp;legenda</translation>
    </message>
    <message>
        <source>Add &amp;Scale Bar</source>
        <translation>Adicionar &amp;barra de escala</translation>
    </message>
    <message>
        <source>Add &amp;North Arrow</source>
        <translation>Adicionar seta de &amp;norte</translation>
    </message>
    <message>
        <source>Add &amp;Text</source>
        <translation>Adicionar &amp;texto</translation>
    </message>
    <message>
        <source>Add &amp;Picture</source>
        <translation>Adicionar &amp;imagem</translation>
    </message>
    <message>
        <source>Add Attribute &amp;Table</source>
        <translation>Adicionar tabela de &amp;atributos</translation>
    </message>
    <message>
        <source>%1: draw its rectangle on the page, or click for the default size</source>
        <translation>%1: desenhe o retângulo na página ou clique para usar o tamanho padrão</translation>
    </message>
    <message>
        <source>&amp;Preview Atlas</source>
        <translation>&amp;Pré-visualizar atlas</translation>
    </message>
    <message>
        <source>Show the page of an atlas feature</source>
        <translation>Mostrar a página de uma feição do atlas</translation>
    </message>
    <message>
        <source>&amp;First Feature</source>
        <translation>P&amp;rimeira feição</translation>
    </message>
    <message>
        <source>P&amp;revious Feature</source>
        <translation>Feição &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Feature</source>
        <translation>Feição &amp;seguinte</translation>
    </message>
    <message>
        <source>&amp;Last Feature</source>
        <translation>Ú&amp;ltima feição</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visível</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;aberto&gt;</translation>
    </message>
    <message>
        <source>Item Properties</source>
        <translation>Propriedades do item</translation>
    </message>
    <message>
        <source>Page and Atlas</source>
        <translation>Página e atlas</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paisagem</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientação:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largura:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Altura:</translation>
    </message>
    <message>
        <source>Change page</source>
        <translation>Alterar página</translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <source>One page per feature of a layer</source>
        <translation>Uma página por feição de uma camada</translation>
    </message>
    <message>
        <source>Coverage layer:</source>
        <translation>Camada de cobertura:</translation>
    </message>
    <message>
        <source>e.g. POBLACION &gt; 10000</source>
        <translation>p. ex. POBLACION &gt; 10000</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>e.g. NOMBDIST</source>
        <translation>p. ex. NOMBDIST</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>Ordenar por:</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Crescente</translation>
    </message>
    <message>
        <source>Page name:</source>
        <translation>Nome da página:</translation>
    </message>
    <message>
        <source>A single file</source>
        <translation>Um único arquivo</translation>
    </message>
    <message>
        <source>One file per feature</source>
        <translation>Um arquivo por feição</translation>
    </message>
    <message>
        <source>One file per value of a field</source>
        <translation>Um arquivo por valor de um campo</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Saída:</translation>
    </message>
    <message>
        <source>Split by field:</source>
        <translation>Dividir pelo campo:</translation>
    </message>
    <message>
        <source>Hide the coverage layer</source>
        <translation>Ocultar a camada de cobertura</translation>
    </message>
    <message>
        <source>Change atlas</source>
        <translation>Alterar atlas</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>A&amp;tlas</source>
        <translation>A&amp;tlas</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Add Items</source>
        <translation>Adicionar itens</translation>
    </message>
    <message>
        <source>(choose a layer)</source>
        <translation>(escolha uma camada)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Mover %n item</numerusform>
            <numerusform>Mover %n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize item</source>
        <translation>Redimensionar item</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>Deslocar %n item</numerusform>
            <numerusform>Deslocar %n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>Show item</source>
        <translation>Mostrar item</translation>
    </message>
    <message>
        <source>Hide item</source>
        <translation>Ocultar item</translation>
    </message>
    <message>
        <source>Lock item</source>
        <translation>Bloquear item</translation>
    </message>
    <message>
        <source>Unlock item</source>
        <translation>Desbloquear item</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Excluir %n item</numerusform>
            <numerusform>Excluir %n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise item</source>
        <translation>Avançar item</translation>
    </message>
    <message>
        <source>Lower item</source>
        <translation>Recuar item</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>Página %1 de %2: %3</translation>
    </message>
    <message>
        <source>Save Layout Template</source>
        <translation>Salvar modelo de layout</translation>
    </message>
    <message>
        <source>Layout templates (*.ttlayout)</source>
        <translation>Modelos de layout (*.ttlayout)</translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation>Modelo salvo em %1</translation>
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
        <translation>Exportar layout</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled.</source>
        <translation>A exportação de %1 foi cancelada.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Não foi possível exportar para %1.</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Exportação concluída</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n arquivo gravado em %1.</numerusform>
            <numerusform>%n arquivos gravados em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n warning(s).</source>
        <translation>
            <numerusform>Com %n aviso.</numerusform>
            <numerusform>Com %n avisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Add C&amp;hart</source>
        <translation>Adicionar &amp;gráfico</translation>
    </message>
</context>
<context>
    <name>territoria::LayoutExportDialog</name>
    <message>
        <source>Export Layout — %1</source>
        <translation>Exportar layout — %1</translation>
    </message>
    <message>
        <source>PDF (vector, several pages in one file)</source>
        <translation>PDF (vetorial, várias páginas em um arquivo)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vetorial)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagem PNG</translation>
    </message>
    <message>
        <source>GeoTIFF / TIFF image</source>
        <translation>Imagem GeoTIFF / TIFF</translation>
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
        <translation>Resolução:</translation>
    </message>
    <message>
        <source>Write a world file (georeferenced image)</source>
        <translation>Gravar um arquivo de georreferência (world file) para georreferenciar a imagem</translation>
    </message>
    <message>
        <source>Only for images of a page holding a single map.</source>
        <translation>Apenas para imagens de uma página que contenha um único mapa.</translation>
    </message>
    <message>
        <source>Export the atlas (one page per feature)</source>
        <translation>Exportar o atlas (uma página por feição)</translation>
    </message>
    <message>
        <source>A single file</source>
        <translation>Um único arquivo</translation>
    </message>
    <message>
        <source>One file per feature</source>
        <translation>Um arquivo por feição</translation>
    </message>
    <message>
        <source>One file per value of a field</source>
        <translation>Um arquivo por valor de um campo</translation>
    </message>
    <message>
        <source>Atlas output:</source>
        <translation>Saída do atlas:</translation>
    </message>
    <message>
        <source>Split by field:</source>
        <translation>Dividir pelo campo:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Escolher o arquivo de saída</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Salvar em:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Vector layers and text stay vectors; rasters and pictures use the resolution.</source>
        <translation>As camadas vetoriais e os textos continuam vetoriais; os rasters e as imagens usam a resolução.</translation>
    </message>
    <message>
        <source>The whole page becomes an image at this resolution.</source>
        <translation>A página inteira se torna uma imagem nesta resolução.</translation>
    </message>
    <message>
        <source>The atlas writes one file per page next to the name given (name_page).</source>
        <translation>O atlas grava um arquivo por página ao lado do nome informado (nome_página).</translation>
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
        <translation>Exportar layout</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Escolha onde salvar a exportação.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
</context>
<context>
    <name>territoria::LayoutItemProperties</name>
    <message>
        <source>Select an item on the page to edit its properties, or add one with the toolbar.</source>
        <translation>Selecione um item na página para editar suas propriedades ou adicione um com a barra de ferramentas.</translation>
    </message>
    <message>
        <source>First map</source>
        <translation>Primeiro mapa</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Renomear item</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Mover item</translation>
    </message>
    <message>
        <source>Resize item</source>
        <translation>Redimensionar item</translation>
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
        <translation>Largura:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Altura:</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Moldura</translation>
    </message>
    <message>
        <source>Change frame</source>
        <translation>Alterar moldura</translation>
    </message>
    <message>
        <source>Frame width:</source>
        <translation>Espessura da moldura:</translation>
    </message>
    <message>
        <source>White background</source>
        <translation>Fundo branco</translation>
    </message>
    <message>
        <source>Change background</source>
        <translation>Alterar fundo</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>None checked: the map follows the project&apos;s visible layers.</source>
        <translation>Nenhuma marcada: o mapa segue as camadas visíveis do projeto.</translation>
    </message>
    <message>
        <source>Change map layers</source>
        <translation>Alterar camadas do mapa</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <source>Not set: the map shows all its layers.</source>
        <translation>Não definida: o mapa mostra todas as suas camadas.</translation>
    </message>
    <message>
        <source>X %1 – %2
Y %3 – %4</source>
        <translation>X %1 – %2
Y %3 – %4</translation>
    </message>
    <message>
        <source>From Main Map</source>
        <translation>Do mapa principal</translation>
    </message>
    <message>
        <source>Show what the main window&apos;s map shows now</source>
        <translation>Mostrar o que o mapa da janela principal mostra agora</translation>
    </message>
    <message>
        <source>Fit to Layers</source>
        <translation>Ajustar às camadas</translation>
    </message>
    <message>
        <source>Set map extent</source>
        <translation>Definir extensão do mapa</translation>
    </message>
    <message>
        <source>Fixed scale 1:</source>
        <translation>Escala fixa 1:</translation>
    </message>
    <message>
        <source>Change map scale</source>
        <translation>Alterar escala do mapa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <source>Follow the atlas feature</source>
        <translation>Seguir a feição do atlas</translation>
    </message>
    <message>
        <source>Change atlas behaviour</source>
        <translation>Alterar comportamento do atlas</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Margem:</translation>
    </message>
    <message>
        <source>Change atlas margin</source>
        <translation>Alterar margem do atlas</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Veil on other features:</source>
        <translation>Véu sobre as outras feições:</translation>
    </message>
    <message>
        <source>Change atlas veil</source>
        <translation>Alterar véu do atlas</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Change map grid</source>
        <translation>Alterar grade do mapa</translation>
    </message>
    <message>
        <source>Draw a grid</source>
        <translation>Desenhar uma grade</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation>Cruzes</translation>
    </message>
    <message>
        <source>Frame ticks</source>
        <translation>Marcas na moldura</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unidades:</translation>
    </message>
    <message>
        <source>Map units</source>
        <translation>Unidades do mapa</translation>
    </message>
    <message>
        <source>Degrees (WGS 84)</source>
        <translation>Graus (WGS 84)</translation>
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
        <translation>Rótulos de coordenadas</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Tamanho do rótulo:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Change legend</source>
        <translation>Alterar legenda</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Change legend title</source>
        <translation>Alterar título da legenda</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Mapa:</translation>
    </message>
    <message>
        <source>Only the classes present on the page</source>
        <translation>Apenas as classes presentes na página</translation>
    </message>
    <message>
        <source>Title size:</source>
        <translation>Tamanho do título:</translation>
    </message>
    <message>
        <source>Layer name size:</source>
        <translation>Tamanho do nome da camada:</translation>
    </message>
    <message>
        <source>Class size:</source>
        <translation>Tamanho das classes:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colunas:</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Decimais:</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Barra de escala</translation>
    </message>
    <message>
        <source>Change scale bar</source>
        <translation>Alterar barra de escala</translation>
    </message>
    <message>
        <source>Single box</source>
        <translation>Caixa simples</translation>
    </message>
    <message>
        <source>Double box</source>
        <translation>Caixa dupla</translation>
    </message>
    <message>
        <source>Line with ticks</source>
        <translation>Linha com marcas</translation>
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
        <translation>Quilômetros</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmentos:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Tamanho da fonte:</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Seta de norte</translation>
    </message>
    <message>
        <source>Change north arrow</source>
        <translation>Alterar seta de norte</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Seta</translation>
    </message>
    <message>
        <source>Compass rose</source>
        <translation>Rosa dos ventos</translation>
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
        <translation>Inserir variável</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número da página</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Total de páginas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Título do projeto</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>Nome do layout</translation>
    </message>
    <message>
        <source>Atlas page name</source>
        <translation>Nome da página do atlas</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Escala do mapa</translation>
    </message>
    <message>
        <source>Atlas Fields</source>
        <translation>Campos do atlas</translation>
    </message>
    <message>
        <source>Change font</source>
        <translation>Alterar fonte</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Itálico</translation>
    </message>
    <message>
        <source>Change alignment</source>
        <translation>Alterar alinhamento</translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <translation>Horizontal:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direita</translation>
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
        <translation>Imagem</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>Escolher um arquivo de imagem</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Change picture</source>
        <translation>Alterar imagem</translation>
    </message>
    <message>
        <source>Choose Picture</source>
        <translation>Escolher imagem</translation>
    </message>
    <message>
        <source>Pictures (*.svg *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Imagens (*.svg *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>Keep aspect ratio</source>
        <translation>Manter a proporção</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Tabela de atributos</translation>
    </message>
    <message>
        <source>Change table</source>
        <translation>Alterar tabela</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Camada:</translation>
    </message>
    <message>
        <source>None checked: all fields</source>
        <translation>Nenhum marcado: todos os campos</translation>
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
        <translation>(ordem de origem)</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Crescente</translation>
    </message>
    <message>
        <source>Maximum rows:</source>
        <translation>Máximo de linhas:</translation>
    </message>
    <message>
        <source>Atlas: only features on the page</source>
        <translation>Atlas: apenas as feições da página</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (ausente)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Change chart fields</source>
        <translation>Alterar os campos do gráfico</translation>
    </message>
    <message>
        <source>Change chart bars</source>
        <translation>Alterar as barras do gráfico</translation>
    </message>
    <message>
        <source>Change chart style</source>
        <translation>Alterar o estilo do gráfico</translation>
    </message>
    <message>
        <source>Change chart layer</source>
        <translation>Alterar a camada do gráfico</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Change chart type</source>
        <translation>Alterar o tipo de gráfico</translation>
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
        <translation>Gráfico de dispersão</translation>
    </message>
    <message>
        <source>Value (x):</source>
        <translation>Valor (x):</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(escolha um campo)</translation>
    </message>
    <message>
        <source>Bar labels:</source>
        <translation>Rótulos das barras:</translation>
    </message>
    <message>
        <source>(feature id)</source>
        <translation>(id da feição)</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <source>Change histogram bins</source>
        <translation>Alterar os intervalos do histograma</translation>
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
        <translation>Quantas barras, a partir do topo da classificação</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Maior primeiro</translation>
    </message>
    <message>
        <source>Change chart title</source>
        <translation>Alterar o título do gráfico</translation>
    </message>
    <message>
        <source>Variables such as {@atlas_pagename} and atlas fields such as {NOMBDIST} are replaced</source>
        <translation>Variáveis como {@atlas_pagename} e campos do atlas como {NOMBDIST} são substituídos</translation>
    </message>
    <message>
        <source>Color:</source>
        <translation>Cor:</translation>
    </message>
    <message>
        <source>Change chart atlas settings</source>
        <translation>Alterar as configurações de atlas do gráfico</translation>
    </message>
    <message>
        <source>Highlight the page&apos;s feature</source>
        <translation>Destacar a feição da página</translation>
    </message>
    <message>
        <source>Highlight color:</source>
        <translation>Cor de destaque:</translation>
    </message>
    <message>
        <source>Link field:</source>
        <translation>Campo de ligação:</translation>
    </message>
    <message>
        <source>(the chart shows the atlas layer)</source>
        <translation>(o gráfico mostra a camada do atlas)</translation>
    </message>
    <message>
        <source>Highlight the features whose value in this field equals the atlas feature&apos;s value</source>
        <translation>Destaca as feições cujo valor neste campo é igual ao valor da feição do atlas</translation>
    </message>
    <message>
        <source>Atlas field:</source>
        <translation>Campo do atlas:</translation>
    </message>
    <message>
        <source>(same name)</source>
        <translation>(mesmo nome)</translation>
    </message>
    <message>
        <source>Only features on the page</source>
        <translation>Apenas as feições da página</translation>
    </message>
    <message>
        <source>Rank range (sensitivity)</source>
        <translation>Intervalo de posições (sensibilidade)</translation>
    </message>
</context>
<context>
    <name>territoria::LayoutManagerDialog</name>
    <message>
        <source>Layout name:</source>
        <translation>Nome do layout:</translation>
    </message>
    <message>
        <source>There is already a layout called “%1”.</source>
        <translation>Já existe um layout chamado “%1”.</translation>
    </message>
    <message>
        <source>New Layout from Template</source>
        <translation>Novo layout a partir de modelo</translation>
    </message>
    <message>
        <source>Layout templates (*.ttlayout);;All files (*)</source>
        <translation>Modelos de layout (*.ttlayout);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Layout Manager</source>
        <translation>Gerenciador de layouts</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Novo a partir de &amp;modelo…</translation>
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
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>New Layout</source>
        <translation>Novo layout</translation>
    </message>
    <message>
        <source>Duplicate Layout</source>
        <translation>Duplicar layout</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>Rename Layout</source>
        <translation>Renomear layout</translation>
    </message>
    <message>
        <source>Remove Layout</source>
        <translation>Remover layout</translation>
    </message>
    <message>
        <source>Remove the layout “%1” from the project? Its designer closes.</source>
        <translation>Remover o layout “%1” do projeto? O designer dele será fechado.</translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation>Layout %1</translation>
    </message>
    <message>
        <source>Print &amp;Layouts</source>
        <translation>&amp;Layouts de impressão</translation>
    </message>
    <message>
        <source>&amp;New Layout…</source>
        <translation>&amp;Novo layout…</translation>
    </message>
    <message>
        <source>New Layout from &amp;Template…</source>
        <translation>Novo layout a partir de &amp;modelo…</translation>
    </message>
    <message>
        <source>Layout &amp;Manager…</source>
        <translation>&amp;Gerenciador de layouts…</translation>
    </message>
    <message>
        <source>(no layouts in this project)</source>
        <translation>(nenhum layout neste projeto)</translation>
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
        <translation>ERRO</translation>
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
        <translation>Sa&amp;ir</translation>
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
        <translation>SRC do &amp;projeto…</translation>
    </message>
    <message>
        <source>Coordinate reference system and datum transformations</source>
        <translation>Sistema de referência de coordenadas e transformações de datum</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Abrir &amp;tabela de atributos</translation>
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
        <translation>&lt;h3&gt;Territoria %1&lt;/h3&gt;&lt;p&gt;SIG desktop para planejamento municipal e gestão de risco de desastres.&lt;/p&gt;&lt;p&gt;Feito com Qt %2, GDAL, PROJ e GEOS.&lt;/p&gt;</translation>
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
        <translation>A camada “%1” não tem sistema de referência de coordenadas. Ela é desenhada como se estivesse no SRC do projeto.</translation>
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
    <name>territoria::MapToolCapture</name>
    <message>
        <source>Add point feature</source>
        <translation>Adicionar feição de ponto</translation>
    </message>
    <message>
        <source>Add line feature</source>
        <translation>Adicionar feição de linha</translation>
    </message>
    <message>
        <source>Add polygon feature</source>
        <translation>Adicionar feição de polígono</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Adicionar feição</translation>
    </message>
    <message>
        <source>Digitizing cancelled.</source>
        <translation>Digitalização cancelada.</translation>
    </message>
    <message>
        <source>Click on the map to add a point.</source>
        <translation>Clique no mapa para adicionar um ponto.</translation>
    </message>
    <message>
        <source>Click to add vertices; right click or Enter finishes, Esc cancels.</source>
        <translation>Clique para adicionar vértices; clique direito ou Enter finaliza, Esc cancela.</translation>
    </message>
    <message numerus="yes">
        <source>%n vertices. Click to add more; Backspace removes the last one; right click or Enter finishes, Esc cancels.</source>
        <translation>
            <numerusform>%n vértice. Clique para adicionar mais; Backspace remove o último; clique direito ou Enter finaliza, Esc cancela.</numerusform>
            <numerusform>%n vértices. Clique para adicionar mais; Backspace remove o último; clique direito ou Enter finaliza, Esc cancela.</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; has no point, line or polygon geometry to digitize.</source>
        <translation>A camada &quot;%1&quot; não tem geometria de ponto, linha ou polígono para digitalizar.</translation>
    </message>
    <message>
        <source>Choose a vector layer to edit first.</source>
        <translation>Escolha primeiro uma camada vetorial para editar.</translation>
    </message>
    <message>
        <source>The current layer cannot take digitized features.</source>
        <translation>A camada atual não aceita feições digitalizadas.</translation>
    </message>
    <message>
        <source>A line needs at least 2 vertices.</source>
        <translation>Uma linha precisa de pelo menos 2 vértices.</translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices.</source>
        <translation>Um polígono precisa de pelo menos 3 vértices.</translation>
    </message>
    <message>
        <source>The map coordinates cannot be transformed to the CRS of the layer &quot;%1&quot;.</source>
        <translation>As coordenadas do mapa não podem ser transformadas para o SRC da camada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A vertex lies outside the area where the CRS of the layer &quot;%1&quot; is defined.</source>
        <translation>Um vértice está fora da área em que o SRC da camada &quot;%1&quot; é definido.</translation>
    </message>
    <message>
        <source>The digitized geometry could not be built.</source>
        <translation>Não foi possível construir a geometria digitalizada.</translation>
    </message>
    <message>
        <source>Feature added.</source>
        <translation>Feição adicionada.</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolEdit</name>
    <message>
        <source>Choose a vector layer to edit first.</source>
        <translation>Escolha primeiro uma camada vetorial para editar.</translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; is not in edit mode: toggle editing first.</source>
        <translation>A camada &quot;%1&quot; não está em modo de edição: alterne a edição primeiro.</translation>
    </message>
    <message>
        <source>The geometry of feature %1 is not valid: %2</source>
        <translation>A geometria da feição %1 não é válida: %2</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolLineEdit</name>
    <message>
        <source>The line leaves the area where the CRS of the layer &quot;%1&quot; is defined.</source>
        <translation>A linha sai da área em que o SRC da camada &quot;%1&quot; é definido.</translation>
    </message>
    <message>
        <source>Draw a line of at least 2 points.</source>
        <translation>Desenhe uma linha de pelo menos 2 pontos.</translation>
    </message>
    <message>
        <source>The line crosses no feature of &quot;%1&quot;.</source>
        <translation>A linha não cruza nenhuma feição de &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolMeasure</name>
    <message>
        <source>Measure distance</source>
        <translation>Medir distância</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>Medir área</translation>
    </message>
    <message>
        <source>Click to start a new measurement; Esc clears it.</source>
        <translation>Clique para iniciar uma nova medição; Esc a limpa.</translation>
    </message>
    <message>
        <source>Click the points of the path to measure.</source>
        <translation>Clique nos pontos do trajeto a medir.</translation>
    </message>
    <message>
        <source>Click the vertices of the area to measure.</source>
        <translation>Clique nos vértices da área a medir.</translation>
    </message>
    <message>
        <source>Click to add points; right click finishes, Esc starts again.</source>
        <translation>Clique para adicionar pontos; clique direito finaliza, Esc recomeça.</translation>
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
        <translation>%1 graus quadrados</translation>
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
        <translation>O mapa não tem SRC: sem medida elipsoidal.</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>sem SRC</translation>
    </message>
    <message>
        <source>Planar (%1): %2</source>
        <translation>Planar (%1): %2</translation>
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
        <translation>Diferença: %1%2 (%3%4 %)</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolMoveFeature</name>
    <message>
        <source>Move features</source>
        <translation>Mover feições</translation>
    </message>
    <message>
        <source>Press on a feature and drag it; selected features move together.</source>
        <translation>Pressione sobre uma feição e arraste-a; as feições selecionadas se movem juntas.</translation>
    </message>
    <message>
        <source>Drag to the new place and release; Esc cancels.</source>
        <translation>Arraste para o novo local e solte; Esc cancela.</translation>
    </message>
    <message>
        <source>The features could not be moved.</source>
        <translation>Não foi possível mover as feições.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n feature(s)</source>
        <translation>
            <numerusform>Mover %n feição</numerusform>
            <numerusform>Mover %n feições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) moved.</source>
        <translation>
            <numerusform>%n feição movida.</numerusform>
            <numerusform>%n feições movidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Movimento cancelado.</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolReshape</name>
    <message>
        <source>Reshape features</source>
        <translation>Remodelar feições</translation>
    </message>
    <message>
        <source>Draw a line that crosses the boundary twice; right click or Enter reshapes, Esc cancels.</source>
        <translation>Desenhe uma linha que cruze o limite duas vezes; clique direito ou Enter remodela, Esc cancela.</translation>
    </message>
    <message>
        <source>The line does not reshape any feature.</source>
        <translation>A linha não remodela nenhuma feição.</translation>
    </message>
    <message numerus="yes">
        <source>Reshape %n feature(s)</source>
        <translation>
            <numerusform>Remodelar %n feição</numerusform>
            <numerusform>Remodelar %n feições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) reshaped.</source>
        <translation>
            <numerusform>%n feição remodelada.</numerusform>
            <numerusform>%n feições remodeladas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::MapToolSelect</name>
    <message>
        <source>Select features by click</source>
        <translation>Selecionar feições por clique</translation>
    </message>
    <message>
        <source>Select features by rectangle</source>
        <translation>Selecionar feições por retângulo</translation>
    </message>
    <message>
        <source>Select features by polygon</source>
        <translation>Selecionar feições por polígono</translation>
    </message>
    <message>
        <source>Click on a feature or drag a rectangle to select; Shift adds, Ctrl removes.</source>
        <translation>Clique em uma feição ou arraste um retângulo para selecionar; Shift adiciona, Ctrl remove.</translation>
    </message>
    <message>
        <source>Click the vertices of a polygon to select with; Shift adds, Ctrl removes.</source>
        <translation>Clique nos vértices de um polígono para selecionar com ele; Shift adiciona, Ctrl remove.</translation>
    </message>
    <message>
        <source>Click to add vertices; right click, Enter or a double click selects, Backspace removes the last vertex, Esc cancels.</source>
        <translation>Clique para adicionar vértices; clique direito, Enter ou clique duplo seleciona, Backspace remove o último vértice, Esc cancela.</translation>
    </message>
    <message>
        <source>Choose a vector layer to select in first.</source>
        <translation>Escolha primeiro uma camada vetorial na qual selecionar.</translation>
    </message>
    <message>
        <source>The selection shape cannot be used with the CRS of the layer &quot;%1&quot;.</source>
        <translation>A forma de seleção não pode ser usada com o SRC da camada &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected in &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n feição selecionada em &quot;%1&quot;.</numerusform>
            <numerusform>%n feições selecionadas em &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selection polygon needs at least 3 vertices.</source>
        <translation>Um polígono de seleção precisa de pelo menos 3 vértices.</translation>
    </message>
</context>
<context>
    <name>territoria::MapToolSplit</name>
    <message>
        <source>Split features</source>
        <translation>Dividir feições</translation>
    </message>
    <message>
        <source>Draw a line across the features to split; right click or Enter splits, Esc cancels.</source>
        <translation>Desenhe uma linha atravessando as feições a dividir; clique direito ou Enter divide, Esc cancela.</translation>
    </message>
    <message>
        <source>The line does not cut any feature through.</source>
        <translation>A linha não atravessa completamente nenhuma feição.</translation>
    </message>
    <message numerus="yes">
        <source>Split %n feature(s)</source>
        <translation>
            <numerusform>Dividir %n feição</numerusform>
            <numerusform>Dividir %n feições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) split.</source>
        <translation>
            <numerusform>%n feição dividida.</numerusform>
            <numerusform>%n feições divididas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::MapToolVertex</name>
    <message>
        <source>Vertex tool</source>
        <translation>Ferramenta de vértices</translation>
    </message>
    <message>
        <source>Point at a feature to see its vertices.</source>
        <translation>Aponte para uma feição para ver seus vértices.</translation>
    </message>
    <message>
        <source>Drag the vertex to move it; Delete removes it; double click on a segment adds a vertex.</source>
        <translation>Arraste o vértice para movê-lo; Delete o remove; clique duplo em um segmento adiciona um vértice.</translation>
    </message>
    <message>
        <source>Drag a vertex to move it, click to select it; double click on a segment adds a vertex.</source>
        <translation>Arraste um vértice para movê-lo, clique para selecioná-lo; clique duplo em um segmento adiciona um vértice.</translation>
    </message>
    <message>
        <source>The geometry of feature %1 could not be changed.</source>
        <translation>Não foi possível alterar a geometria da feição %1.</translation>
    </message>
    <message>
        <source>This vertex cannot be removed: the geometry would have too few vertices.</source>
        <translation>Este vértice não pode ser removido: a geometria ficaria com vértices de menos.</translation>
    </message>
    <message>
        <source>The vertex cannot be placed there: outside the area of the layer&apos;s CRS.</source>
        <translation>O vértice não pode ser colocado ali: fora da área do SRC da camada.</translation>
    </message>
    <message>
        <source>Vertex added.</source>
        <translation>Vértice adicionado.</translation>
    </message>
</context>
<context>
    <name>territoria::Measurer</name>
    <message>
        <source>Measuring needs a valid coordinate reference system.</source>
        <translation>A medição precisa de um sistema de referência de coordenadas válido.</translation>
    </message>
    <message>
        <source>The coordinate reference system “%1” cannot be used for measuring.</source>
        <translation>O sistema de referência de coordenadas “%1” não pode ser usado para medir.</translation>
    </message>
    <message>
        <source>The coordinate reference system “%1” has no ellipsoid to measure on.</source>
        <translation>O sistema de referência de coordenadas “%1” não tem elipsoide sobre o qual medir.</translation>
    </message>
    <message>
        <source>The coordinate reference system “%1” has no geographic CRS to measure on.</source>
        <translation>O sistema de referência de coordenadas “%1” não tem SRC geográfico sobre o qual medir.</translation>
    </message>
    <message>
        <source>A vertex cannot be converted to geographic coordinates for the ellipsoidal measurement.</source>
        <translation>Um vértice não pode ser convertido em coordenadas geográficas para a medição elipsoidal.</translation>
    </message>
</context>
<context>
    <name>territoria::Measurer::Private</name>
    <message>
        <source>A vertex cannot be converted to geographic coordinates for the ellipsoidal measurement.</source>
        <translation>Um vértice não pode ser convertido em coordenadas geográficas para a medição elipsoidal.</translation>
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
        <translation>
            <numerusform>Não foi possível abrir %n camada deste projeto. Ela é mantida no projeto; use “Localizar…” para indicar o novo local do arquivo.</numerusform>
            <numerusform>Não foi possível abrir %n camadas deste projeto. Elas são mantidas no projeto; use “Localizar…” para indicar o novo local dos arquivos.</numerusform>
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
    <name>territoria::MultipleChoiceParameterWidget</name>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
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
        <translation>Número inteiro</translation>
    </message>
    <message>
        <source>Whole number (64 bit)</source>
        <translation>Número inteiro (64 bits)</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Número decimal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>New Layer</source>
        <translation>Nova camada</translation>
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
        <translation>Escolha o arquivo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>default: the file name</source>
        <translation>padrão: o nome do arquivo</translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation>Nome da tabela:</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <source>No geometry (table only)</source>
        <translation>Sem geometria (apenas tabela)</translation>
    </message>
    <message>
        <source>Multi-part</source>
        <translation>Multipartes</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>Geometria:</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largura</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Adicionar campo</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Remover campo</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>New Layer File</source>
        <translation>Arquivo da nova camada</translation>
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
        <translation>padrão</translation>
    </message>
    <message>
        <source>Choose the file of the new layer.</source>
        <translation>Escolha o arquivo da nova camada.</translation>
    </message>
    <message>
        <source>Choose the coordinate reference system of the new layer.</source>
        <translation>Escolha o sistema de referência de coordenadas da nova camada.</translation>
    </message>
    <message>
        <source>Field %1 has no name.</source>
        <translation>O campo %1 não tem nome.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>O arquivo %1 já existe.</translation>
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
    <name>territoria::PrioritizationProvider</name>
    <message>
        <source>Prioritization</source>
        <translation>Priorização</translation>
    </message>
</context>
<context>
    <name>territoria::Project</name>
    <message>
        <source>The project has no missing layer with id %1.</source>
        <translation>O projeto não tem nenhuma camada ausente com o id %1.</translation>
    </message>
    <message>
        <source>Cannot save the project: no file name given.</source>
        <translation>Não foi possível salvar o projeto: nenhum nome de arquivo informado.</translation>
    </message>
    <message>
        <source>Cannot save the project to %1: %2</source>
        <translation>Não foi possível salvar o projeto em %1: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>apenas %1 de %2 bytes puderam ser gravados (o disco está cheio?)</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>Não foi possível abrir o projeto %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Territoria project: it is not valid JSON (%2 at byte %3).</source>
        <translation>%1 não é um projeto do Territoria: não é um JSON válido (%2 no byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Territoria project: the JSON document is not an object.</source>
        <translation>%1 não é um projeto do Territoria: o documento JSON não é um objeto.</translation>
    </message>
    <message>
        <source>%1 is not a Territoria project (its &quot;format&quot; is not &quot;%2&quot;).</source>
        <translation>%1 não é um projeto do Territoria (seu &quot;format&quot; não é &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 has an invalid project format version.</source>
        <translation>%1 tem uma versão de formato de projeto inválida.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Territoria (project format version %2); this version reads format %3 or older. Please update Territoria to open it.</source>
        <translation>%1 foi salvo por uma versão mais recente do Territoria (formato de projeto versão %2); esta versão lê o formato %3 ou anteriores. Atualize o Territoria para abri-lo.</translation>
    </message>
    <message>
        <source>%1 is damaged: &quot;layers&quot; is not a list.</source>
        <translation>%1 está danificado: &quot;layers&quot; não é uma lista.</translation>
    </message>
    <message>
        <source>The project CRS (%1) is not valid: %2</source>
        <translation>O SRC do projeto (%1) não é válido: %2</translation>
    </message>
    <message>
        <source>Opening %1 was canceled.</source>
        <translation>A abertura de %1 foi cancelada.</translation>
    </message>
    <message>
        <source>Layer entry %1 of %2 is not an object; it was skipped.</source>
        <translation>A entrada de camada %1 de %2 não é um objeto; ela foi ignorada.</translation>
    </message>
    <message>
        <source>Layer “%1” has no source in the project.</source>
        <translation>A camada “%1” não tem fonte no projeto.</translation>
    </message>
    <message>
        <source>Layer “%1”: %2</source>
        <translation>Camada “%1”: %2</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>%1: &quot;layouts&quot; is not a list; the print layouts were not read.</source>
        <translation>%1: &quot;layouts&quot; não é uma lista; os layouts de impressão não foram lidos.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <source>Print layout %1 of %2 is not an object; it was kept as it is but cannot be used.</source>
        <translation>O layout de impressão %1 de %2 não é um objeto; ele foi mantido como está, mas não pode ser usado.</translation>
    </message>
    <message>
        <source>Print layout %1 cannot be read and is kept unchanged in the file: %2</source>
        <translation>Não foi possível ler o layout de impressão %1; ele é mantido sem alterações no arquivo: %2</translation>
    </message>
    <message>
        <source>Layer “%1” is shown without its joined table: %2</source>
        <translation>A camada “%1” é exibida sem sua tabela unida: %2</translation>
    </message>
    <message numerus="yes">
        <source>Layer “%1”: the joined table has %n problem(s); the first: %2</source>
        <translation>
            <numerusform>Camada “%1”: a tabela unida tem %n problema; o primeiro: %2</numerusform>
            <numerusform>Camada “%1”: a tabela unida tem %n problemas; o primeiro: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no layer with id %1.</source>
        <translation>O projeto não tem nenhuma camada com id %1.</translation>
    </message>
    <message>
        <source>Layer “%1”: its analysis record cannot be read: %2</source>
        <translation>Camada “%1”: seu registro de análise não pode ser lido: %2</translation>
    </message>
    <message>
        <source>%1: &quot;scenarios&quot; is not a list; the scenarios were not read.</source>
        <translation>%1: &quot;scenarios&quot; não é uma lista; os cenários não foram lidos.</translation>
    </message>
    <message>
        <source>Scenario %1 of %2 cannot be read and is kept unchanged in the file: %3</source>
        <translation>O cenário %1 de %2 não pode ser lido e é mantido sem alterações no arquivo: %3</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
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
        <translation>O projeto não tem camadas com SRC.</translation>
    </message>
    <message>
        <source>Choose a project CRS to see the transformations.</source>
        <translation>Escolha um SRC para o projeto para ver as transformações.</translation>
    </message>
    <message>
        <source>This layer is already in the project CRS: no transformation is needed.</source>
        <translation>Esta camada já está no SRC do projeto: nenhuma transformação é necessária.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>needs a grid that is not installed</source>
        <translation>requer uma grade que não está instalada</translation>
    </message>
    <message>
        <source>ballpark (no datum shift)</source>
        <translation>aproximada (sem mudança de datum)</translation>
    </message>
    <message>
        <source>in use (pinned)</source>
        <translation>em uso (fixada)</translation>
    </message>
    <message>
        <source>Pinned in the project: %1</source>
        <translation>Fixada no projeto: %1</translation>
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
    <name>territoria::RankStabilityChart</name>
    <message>
        <source>P(top %1)</source>
        <translation>P(entre os %1 primeiros)</translation>
    </message>
    <message>
        <source>P(top K)</source>
        <translation>P(entre os K primeiros)</translation>
    </message>
    <message>
        <source>%1 · %2 %3 %</source>
        <translation>%1 · %2 %3 %</translation>
    </message>
    <message>
        <source>Rank stability (Monte Carlo weights)</source>
        <translation>Estabilidade da posição (pesos de Monte Carlo)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), from the best mean rank down. Bars: lowest to highest rank; points: mean rank.</source>
        <translation>
            <numerusform>%n unidade, da melhor posição média para baixo. Barras: da menor à maior posição; pontos: posição média.</numerusform>
            <numerusform>%n unidades, da melhor posição média para baixo. Barras: da menor à maior posição; pontos: posição média.</numerusform>
        </translation>
    </message>
    <message>
        <source>No units with Monte Carlo ranks.</source>
        <translation>Não há unidades com posições de Monte Carlo.</translation>
    </message>
    <message>
        <source>Range of ranks</source>
        <translation>Intervalo de posições</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Posição média</translation>
    </message>
    <message>
        <source>Rank (1 = highest priority)</source>
        <translation>Posição (1 = prioridade mais alta)</translation>
    </message>
</context>
<context>
    <name>territoria::RiskProvider</name>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
</context>
<context>
    <name>territoria::ScenarioComparisonDialog</name>
    <message>
        <source>“%1” compared with “%2”</source>
        <translation>“%1” comparado com “%2”</translation>
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
        <translation>Gravado em %1 e %2.</translation>
    </message>
</context>
<context>
    <name>territoria::ScenarioDock</name>
    <message>
        <source>Scenario “%1”</source>
        <translation>Cenário “%1”</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <source>Runs the analyses of a scenario in order.</source>
        <translation>Executa as análises de um cenário em ordem.</translation>
    </message>
    <message>
        <source>No analysis algorithms are loaded.</source>
        <translation>Nenhum algoritmo de análise está carregado.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <source>A new scenario from the analyses recorded in the project</source>
        <translation>Um novo cenário a partir das análises registradas no projeto</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Name, description, author, key field and parameters</source>
        <translation>Nome, descrição, autor, campo chave e parâmetros</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>A copy of the scenario, to change its parameters</source>
        <translation>Uma cópia do cenário, para alterar seus parâmetros</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the scenario (its output files stay)</source>
        <translation>Remover o cenário (seus arquivos de saída permanecem)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Run the selected scenario in the background</source>
        <translation>Executar o cenário selecionado em segundo plano</translation>
    </message>
    <message>
        <source>Run All</source>
        <translation>Executar todos</translation>
    </message>
    <message>
        <source>Run every scenario in the background</source>
        <translation>Executar todos os cenários em segundo plano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the scenarios being run</source>
        <translation>Parar os cenários em execução</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Differences per unit (B − A) of the two scenarios&apos; results: a table and a map</source>
        <translation>Diferenças por unidade (B − A) dos resultados dos dois cenários: uma tabela e um mapa</translation>
    </message>
    <message>
        <source>A (reference):</source>
        <translation>A (referência):</translation>
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
            <numerusform>%n análise</numerusform>
            <numerusform>%n análises</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no recorded analyses yet: run one from the Analysis menu, then make a scenario of it.</source>
        <translation>O projeto ainda não tem análises registradas: execute uma a partir do menu Análise e depois crie um cenário com ela.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Cenário %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Remover cenário</translation>
    </message>
    <message>
        <source>Remove the scenario “%1”? Its output files are kept.</source>
        <translation>Remover o cenário “%1”? Seus arquivos de saída são mantidos.</translation>
    </message>
    <message>
        <source>Save the project first: a scenario&apos;s outputs go next to the project file.</source>
        <translation>Salve o projeto primeiro: as saídas de um cenário vão para o lado do arquivo do projeto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose two different scenarios to compare.</source>
        <translation>Escolha dois cenários diferentes para comparar.</translation>
    </message>
    <message>
        <source>Scenario “%1” has no results yet: run it first.</source>
        <translation>O cenário “%1” ainda não tem resultados: execute-o primeiro.</translation>
    </message>
    <message>
        <source>Set the key field (e.g. the district code) in the properties of scenario “%1”.</source>
        <translation>Defina o campo chave (por exemplo, o código do distrito) nas propriedades do cenário “%1”.</translation>
    </message>
    <message>
        <source>Difference %1 − %2: %3</source>
        <translation>Diferença %1 − %2: %3</translation>
    </message>
</context>
<context>
    <name>territoria::ScenarioEditDialog</name>
    <message>
        <source>Scenario “%1”</source>
        <translation>Cenário “%1”</translation>
    </message>
    <message>
        <source>e.g. ubigeo</source>
        <translation>por exemplo, ubigeo</translation>
    </message>
    <message>
        <source>The field that identifies a unit (the district code) in the results, to compare scenarios.</source>
        <translation>O campo que identifica uma unidade (o código do distrito) nos resultados, para comparar cenários.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Key field:</source>
        <translation>Campo c&amp;have:</translation>
    </message>
    <message>
        <source>Analyses, run in this order (unchecked ones are left out):</source>
        <translation>Análises, executadas nesta ordem (as desmarcadas ficam de fora):</translation>
    </message>
    <message>
        <source>Edit &amp;Parameters…</source>
        <translation>Editar &amp;parâmetros…</translation>
    </message>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Dê um nome ao cenário.</translation>
    </message>
    <message>
        <source>The algorithm “%1” is not available.</source>
        <translation>O algoritmo “%1” não está disponível.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>territoria::SelectByExpressionDialog</name>
    <message>
        <source>Write an expression to select features of “%1”.</source>
        <translation>Escreva uma expressão para selecionar feições de “%1”.</translation>
    </message>
    <message>
        <source>Invalid expression “%1”: one expression only, without “;”.</source>
        <translation>Expressão inválida “%1”: apenas uma expressão, sem “;”.</translation>
    </message>
    <message>
        <source>GDAL&apos;s Memory driver is not available.</source>
        <translation>O driver Memory do GDAL não está disponível.</translation>
    </message>
    <message>
        <source>Could not create an in-memory copy of “%1”: %2</source>
        <translation>Não foi possível criar uma cópia em memória de “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>The expression “%1” is not valid for “%2”: %3</source>
        <translation>A expressão “%1” não é válida para “%2”: %3</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>The expression “%1” failed on “%2”: %3</source>
        <translation>A expressão “%1” falhou em “%2”: %3</translation>
    </message>
    <message>
        <source>Select by Expression — %1</source>
        <translation>Selecionar por expressão — %1</translation>
    </message>
    <message>
        <source>WHERE (SQLite SQL; the feature id is “rowid”):</source>
        <translation>WHERE (SQL do SQLite; o id da feição é “rowid”):</translation>
    </message>
    <message>
        <source>e.g. &quot;POBLACION&quot; &gt; 10000 AND &quot;NOMBDIST&quot; LIKE &apos;CAY%&apos;</source>
        <translation>por exemplo, &quot;POBLACION&quot; &gt; 10000 AND &quot;NOMBDIST&quot; LIKE &apos;CAY%&apos;</translation>
    </message>
    <message>
        <source>Fields (double-click to insert):</source>
        <translation>Campos (clique duplo para inserir):</translation>
    </message>
    <message>
        <source>Create new selection</source>
        <translation>Criar nova seleção</translation>
    </message>
    <message>
        <source>Add to current selection</source>
        <translation>Adicionar à seleção atual</translation>
    </message>
    <message>
        <source>Remove from current selection</source>
        <translation>Remover da seleção atual</translation>
    </message>
    <message>
        <source>Select within current selection</source>
        <translation>Selecionar dentro da seleção atual</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>The layer has unsaved edits: the expression is evaluated on an in-memory copy of the edited data.</source>
        <translation>A camada tem edições não salvas: a expressão é avaliada em uma cópia em memória dos dados editados.</translation>
    </message>
    <message>
        <source>&amp;Select Features</source>
        <translation>&amp;Selecionar feições</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) match; %1 selected.</source>
        <translation>
            <numerusform>%n feição corresponde; %1 selecionada(s).</numerusform>
            <numerusform>%n feições correspondem; %1 selecionada(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::SnappingIndex</name>
    <message>
        <source>Snapping cannot read the layer(s) %1.</source>
        <translation>A aderência não consegue ler a(s) camada(s) %1.</translation>
    </message>
</context>
<context>
    <name>territoria::SnappingSettingsWidget</name>
    <message>
        <source>Snap while digitizing</source>
        <translation>Aderência durante a digitalização</translation>
    </message>
    <message>
        <source>Current layer</source>
        <translation>Camada atual</translation>
    </message>
    <message>
        <source>All visible vector layers</source>
        <translation>Todas as camadas vetoriais visíveis</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Camadas:</translation>
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
        <translation>Vértices e segmentos</translation>
    </message>
    <message>
        <source>Snap to:</source>
        <translation>Aderir a:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolerância:</translation>
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
        <translation>SRC do projeto: %1 (clique para alterar)</translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation>Sem SRC</translation>
    </message>
    <message>
        <source>outside the CRS</source>
        <translation>fora do SRC</translation>
    </message>
    <message>
        <source>Selected features of the current layer</source>
        <translation>Feições selecionadas da camada atual</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected in “%1”</source>
        <translation>
            <numerusform>%Ln selecionada em “%1”</numerusform>
            <numerusform>%Ln selecionadas em “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoria::StringParameterWidget</name>
    <message>
        <source>Values separated by commas</source>
        <translation>Valores separados por vírgulas</translation>
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
        <translation>Quadrado</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triângulo</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Losango</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Cruz</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrela</translation>
    </message>
    <message>
        <source>Renderer:</source>
        <translation>Renderizador:</translation>
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
        <source>Line width:</source>
        <translation>Espessura da linha:</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>Espessura do contorno:</translation>
    </message>
    <message>
        <source>Marker:</source>
        <translation>Marcador:</translation>
    </message>
    <message>
        <source>Marker size:</source>
        <translation>Tamanho do marcador:</translation>
    </message>
    <message>
        <source>Symbol opacity:</source>
        <translation>Opacidade do símbolo:</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Cor de preenchimento</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>Cor do contorno</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Colour ramp:</source>
        <translation>Rampa de cores:</translation>
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
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Double-click a symbol to change its colour; edit labels in place.</source>
        <translation>Clique duas vezes em um símbolo para mudar sua cor; edite os rótulos no próprio lugar.</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Classificar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Delete &amp;All</source>
        <translation>Excluir &amp;tudo</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classes:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Double-click a symbol to change its colour. Editing a bound switches to manual classes.</source>
        <translation>Clique duas vezes em um símbolo para mudar sua cor. Editar um limite muda para classes manuais.</translation>
    </message>
    <message>
        <source>Distribution of the field; drag a class break to move it.</source>
        <translation>Distribuição do campo; arraste uma quebra de classe para movê-la.</translation>
    </message>
    <message>
        <source>Reading the values of %1…</source>
        <translation>Lendo os valores de %1…</translation>
    </message>
    <message>
        <source>%1 has %2 distinct values: only the first %3 get a category.</source>
        <translation>%1 tem %2 valores distintos: apenas os primeiros %3 recebem uma categoria.</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n categoria</numerusform>
            <numerusform>%n categorias</numerusform>
        </translation>
    </message>
    <message>
        <source>(not every feature was read)</source>
        <translation>(nem todas as feições foram lidas)</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Cor da categoria</translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation>Cor da classe</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pré-visualização:</translation>
    </message>
    <message>
        <source>Bivariate</source>
        <translation>Bivariado</translation>
    </message>
    <message>
        <source>Colours each feature by two numeric fields at once, each split into 3 classes: the 9 colours cross low, middle and high of both.</source>
        <translation>Colore cada feição por dois campos numéricos ao mesmo tempo, cada um dividido em 3 classes: as 9 cores cruzam os valores baixo, médio e alto de ambos.</translation>
    </message>
    <message>
        <source>Legend title:</source>
        <translation>Título da legenda:</translation>
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
        <translation>Método (3 classes):</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Cores:</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Break 1</source>
        <translation>Quebra 1</translation>
    </message>
    <message>
        <source>Break 2</source>
        <translation>Quebra 2</translation>
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
        <translation>Limites de classe de cada eixo. Editar um limite muda para classes manuais.</translation>
    </message>
</context>
<context>
    <name>territoria::TableImportDialog</name>
    <message>
        <source>integer</source>
        <translation>inteiro</translation>
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
        <translation>Linha %1, coluna “%2”: “%3” tem caracteres de substituição (�): o arquivo provavelmente não está em %4; tente outra codificação.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” looks like UTF-8 text read as %4: choose UTF-8.</source>
        <translation>Linha %1, coluna “%2”: “%3” parece texto UTF-8 lido como %4: escolha UTF-8.</translation>
    </message>
    <message>
        <source>Import Table</source>
        <translation>Importar tabela</translation>
    </message>
    <message>
        <source>A CSV, TXT, XLSX or ODS file</source>
        <translation>Um arquivo CSV, TXT, XLSX ou ODS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>Aspas duplas ( &quot; )</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Fields in double quotes may hold the delimiter and line breaks; &quot;&quot; is a quote.</source>
        <translation>Os campos entre aspas duplas podem conter o delimitador e quebras de linha; &quot;&quot; é uma aspa.</translation>
    </message>
    <message>
        <source>Decimal &amp;comma (3,5)</source>
        <translation>&amp;Vírgula decimal (3,5)</translation>
    </message>
    <message>
        <source>Point ( 1.234 )</source>
        <translation>Ponto ( 1.234 )</translation>
    </message>
    <message>
        <source>Comma ( 1,234 )</source>
        <translation>Vírgula ( 1,234 )</translation>
    </message>
    <message>
        <source>Space ( 1 234 )</source>
        <translation>Espaço ( 1 234 )</translation>
    </message>
    <message>
        <source>First row holds the column &amp;names</source>
        <translation>A primeira linha contém os &amp;nomes das colunas</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>Aspas:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificação:</translation>
    </message>
    <message>
        <source>Text file:</source>
        <translation>Arquivo de texto:</translation>
    </message>
    <message>
        <source>Thousands separator:</source>
        <translation>Separador de milhares:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Planilha:</translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation>Estrutura:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a Table</source>
        <translation>Escolher uma tabela</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.ods);;Text files (*.csv *.txt *.tsv);;Spreadsheets (*.xlsx *.ods);;All files (*)</source>
        <translation>Tabelas (*.csv *.txt *.tsv *.xlsx *.ods);;Arquivos de texto (*.csv *.txt *.tsv);;Planilhas (*.xlsx *.ods);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a table file.</source>
        <translation>Escolha um arquivo de tabela.</translation>
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
        <translation>Inteiro</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Type of “%1”: codes with leading zeros (ubigeo 040101) are text.</source>
        <translation>Tipo de “%1”: códigos com zeros à esquerda (ubigeo 040101) são texto.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… e mais %n problema.</numerusform>
            <numerusform>… e mais %n problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the table</source>
        <translation>
            <numerusform>%n primeira linha da tabela</numerusform>
            <numerusform>As %n primeiras linhas da tabela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n coluna</numerusform>
            <numerusform>%n colunas</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>planilha “%1”</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: they are listed below and marked in the preview; no data is dropped.</source>
        <translation>
            <numerusform>%n problema encontrado: ele está listado abaixo e marcado na pré-visualização; nenhum dado é descartado.</numerusform>
            <numerusform>%n problemas encontrados: eles estão listados abaixo e marcados na pré-visualização; nenhum dado é descartado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Types are inferred from these rows; the whole file is checked on import.</source>
        <translation>Os tipos são inferidos a partir destas linhas; o arquivo inteiro é verificado na importação.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
