#include "rendercommand.h"

#include "cli.h"
#include "crs/coordinatetransform.h"
#include "data/layerloader.h"
#include "project/project.h"
#include "render/mapexport.h"
#include "render/mapsettings.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace territoria::cli {

namespace {

constexpr int DefaultWidth = 1600;
constexpr int DefaultHeight = 1200;
constexpr double DefaultDpi = 96.0;

const QStringList &outputFormats()
{
    static const QStringList formats{u"png"_s, u"jpg"_s, u"jpeg"_s, u"tif"_s, u"tiff"_s, u"pdf"_s, u"svg"_s};
    return formats;
}

bool isProjectFile(const QString &path)
{
    return path.endsWith(".territoria"_L1, Qt::CaseInsensitive);
}

// A map needs an area: a single point (or a line along an axis) gets some room.
Extent withRoom(const Extent &extent, const Crs &crs)
{
    if (extent.isNull() || !extent.isEmpty())
        return extent;
    const double pad = crs.isValid() && crs.isGeographic() ? 0.01 : 1000.0;
    const double side = std::max(extent.width(), extent.height());
    return extent.buffered(side > 0 ? side * 0.05 : pad);
}

} // namespace

int runRender(const QStringList &arguments)
{
    const QString command = u"render"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Draws a project, or layers, into an image (PNG, JPEG, TIFF), a PDF or an SVG file.\n"
                "Layers given on the command line are stacked top first: the first one is drawn on top."));
    parser.addHelpOption();
    const QCommandLineOption outOption({u"o"_s, u"out"_s},
                                       Cli::tr("Output file; the format follows the extension (.png, .jpg, .tif, .pdf, .svg)."),
                                       Cli::tr("FILE"));
    const QCommandLineOption sizeOption(u"size"_s,
                                        Cli::tr("Output size in pixels (default %1x%2).").arg(DefaultWidth).arg(DefaultHeight),
                                        Cli::tr("WxH"));
    const QCommandLineOption dpiOption(u"dpi"_s, Cli::tr("Resolution in dots per inch (default %1).").arg(DefaultDpi),
                                       Cli::tr("N"));
    const QCommandLineOption extentOption(
        u"extent"_s,
        Cli::tr("Area to draw, in the output CRS (default: the project's view, else the full extent of the layers)."),
        Cli::tr("xmin,ymin,xmax,ymax"));
    const QCommandLineOption crsOption(u"crs"_s,
                                       Cli::tr("Output CRS, e.g. EPSG:32719 (default: the project's, else the first layer's)."),
                                       Cli::tr("AUTH:CODE"));
    parser.addOptions({outOption, sizeOption, dpiOption, extentOption, crsOption});
    parser.addPositionalArgument(u"INPUT"_s, Cli::tr("A project (.territoria) or one or more layer files."),
                                 u"(PROJECT.territoria | LAYER...)"_s);
    if (const int rc = parseArguments(parser, command, arguments); rc >= 0)
        return rc;

    // Everything about the arguments is checked before any file is opened.
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return badArguments(command, Cli::tr("No project or layer given."));
    const bool hasProject = std::any_of(inputs.cbegin(), inputs.cend(), isProjectFile);
    if (hasProject && inputs.size() > 1)
        return badArguments(command, Cli::tr("A project file cannot be combined with other inputs."));
    if (!parser.isSet(outOption))
        return badArguments(command, Cli::tr("Missing --out FILE."));
    const QString outPath = parser.value(outOption);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (!outputFormats().contains(suffix))
        return badArguments(command, Cli::tr("Unsupported output format “%1” for %2: use one of %3.")
                                         .arg(suffix, outPath, outputFormats().join(u", "_s)));

    QSize size(DefaultWidth, DefaultHeight);
    if (parser.isSet(sizeOption)) {
        auto parsed = parseSize(parser.value(sizeOption));
        if (!parsed)
            return badArguments(command, parsed.error().message);
        size = *parsed;
    }
    double dpi = DefaultDpi;
    if (parser.isSet(dpiOption)) {
        auto parsed = parseDpi(parser.value(dpiOption));
        if (!parsed)
            return badArguments(command, parsed.error().message);
        dpi = *parsed;
    }
    Extent requestedExtent;
    if (parser.isSet(extentOption)) {
        auto parsed = parseExtent(parser.value(extentOption));
        if (!parsed)
            return badArguments(command, parsed.error().message);
        requestedExtent = *parsed;
    }
    Crs requestedCrs;
    if (parser.isSet(crsOption)) {
        auto parsed = Crs::fromUserInput(parser.value(crsOption));
        if (!parsed || !parsed->isValid())
            return badArguments(command, Cli::tr("Invalid CRS “%1”: %2")
                                             .arg(parser.value(crsOption),
                                                  parsed ? Cli::tr("unknown to PROJ") : parsed.error().toString()));
        requestedCrs = *parsed;
    }

    Project project;
    if (hasProject) {
        auto report = project.load(inputs.first());
        if (!report) {
            printError(errorText(inputs.first(), report.error()));
            return ExitFailure;
        }
        for (const MissingLayer &missing : report->missingLayers)
            printWarning(missing.error.toString());
        for (const QString &warning : report->warnings)
            printWarning(warning);
    } else {
        for (const QString &path : inputs) {
            auto layers = openLayers(path);
            if (!layers) {
                printError(errorText(path, layers.error()));
                return ExitFailure;
            }
            for (auto &layer : *layers) {
                for (const QString &warning : layer->warnings())
                    printWarning(Cli::tr("%1: %2").arg(layer->name(), warning));
                project.addLayer(std::move(layer), project.layerCount());
            }
        }
    }
    if (project.layerCount() == 0) {
        printError(Cli::tr("Nothing to render: no layer could be opened."));
        return ExitFailure;
    }

    const Crs projectCrs = project.crs();
    const Crs outputCrs = requestedCrs.isValid() ? requestedCrs : projectCrs;
    if (!outputCrs.isValid()) {
        printWarning(Cli::tr("The layers have no CRS: drawing them in their own coordinates."));
    }

    Extent extent = requestedExtent;
    if (extent.isNull() && !project.viewExtent().isNull()) {
        extent = project.viewExtent();
        if (outputCrs.isValid() && projectCrs.isValid() && !(outputCrs == projectCrs)) {
            auto ct = CoordinateTransform::create(projectCrs, outputCrs, project.transformContext());
            extent = ct ? ct->transformExtent(extent) : Extent();
            if (extent.isNull())
                printWarning(Cli::tr("The project's view cannot be expressed in %1; using the full extent.")
                                 .arg(crsText(outputCrs)));
        }
    }
    if (extent.isNull()) {
        if (outputCrs.isValid())
            project.setCrs(outputCrs); // fullExtent() is in the project CRS
        extent = project.fullExtent();
        if (!extent.isNull())
            extent = withRoom(extent, outputCrs).scaled(1.05);
    }
    if (extent.isNull() || !extent.isFinite()) {
        printError(Cli::tr("Cannot tell which area to draw: the layers have no extent in %1. Use --extent.")
                       .arg(crsText(outputCrs)));
        return ExitFailure;
    }

    MapSettings settings;
    settings.setOutputSize(size);
    settings.setDpi(dpi);
    settings.setDestinationCrs(outputCrs);
    settings.setTransformContext(project.transformContext());
    settings.setExtent(extent);

    auto result = exportMap(settings, project.layers(), outPath);
    if (!result) {
        printError(errorText(outPath, result.error()));
        return ExitFailure;
    }
    for (const LayerRenderError &layerError : result->layerErrors)
        printWarning(Cli::tr("layer “%1” was not drawn: %2").arg(layerError.layerName, layerError.error.toString()));
    for (const QString &warning : result->warnings)
        printWarning(warning);
    out() << QFileInfo(result->path.isEmpty() ? outPath : result->path).absoluteFilePath() << Qt::endl;
    return ExitSuccess;
}

} // namespace territoria::cli
