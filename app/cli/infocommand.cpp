#include "infocommand.h"

#include "cli.h"
#include "data/layerloader.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria::cli {

namespace {

QString number(double v)
{
    if (std::isnan(v))
        return u"nan"_s;
    if (std::isinf(v))
        return v > 0 ? u"inf"_s : u"-inf"_s;
    return QString::number(v, 'g', 17);
}

QString coordinate(double v)
{
    return QString::number(v, 'f', 6);
}

// NaN/infinite nodata values have no JSON number: they are written as text.
QJsonValue jsonNumber(double v)
{
    if (std::isfinite(v))
        return v;
    return number(v);
}

QJsonObject describeJson(const Layer &layer, const QString &source)
{
    QJsonObject o;
    o.insert("source"_L1, source);
    o.insert("name"_L1, layer.name());
    o.insert("kind"_L1, layer.kind() == LayerKind::Raster ? u"raster"_s : u"vector"_s);
    const Crs crs = layer.crs();
    o.insert("crs"_L1, crs.isValid() ? QJsonValue(crsText(crs)) : QJsonValue(QJsonValue::Null));
    const Extent extent = layer.extent();
    if (!extent.isNull())
        o.insert("extent"_L1, extent.toJson());

    if (layer.kind() == LayerKind::Vector) {
        const auto &vector = static_cast<const VectorLayer &>(layer);
        const auto provider = vector.dataProvider();
        o.insert("feature_count"_L1, provider->featureCount());
        o.insert("geometry_type"_L1, provider->geometryTypeName());
        QJsonArray fields;
        for (const Field &field : provider->fields())
            fields.append(QJsonObject{{"name"_L1, field.name}, {"type"_L1, Field::typeName(field.type)}});
        o.insert("fields"_L1, fields);
    } else {
        const auto &raster = static_cast<const RasterLayer &>(layer);
        const auto provider = raster.dataProvider();
        o.insert("width"_L1, provider->width());
        o.insert("height"_L1, provider->height());
        o.insert("bands"_L1, provider->bandCount());
        if (provider->bandCount() > 0) {
            const RasterBandInfo band = provider->band(1);
            o.insert("data_type"_L1, band.dataType);
            o.insert("nodata"_L1, band.hasNoData ? jsonNumber(band.noData) : QJsonValue(QJsonValue::Null));
        }
    }
    return o;
}

void describeText(QTextStream &s, const Layer &layer)
{
    s << "  " << Cli::tr("Layer: %1").arg(layer.name()) << '\n';
    s << "    " << Cli::tr("Kind: %1").arg(layer.kind() == LayerKind::Raster ? Cli::tr("raster") : Cli::tr("vector")) << '\n';
    const Crs crs = layer.crs();
    QString crsLine = crsText(crs);
    if (crs.isValid() && !crs.authId().isEmpty() && !crs.name().isEmpty())
        crsLine += u" ("_s + crs.name() + u')';
    else if (crs.isValid())
        crsLine = u"\n      "_s + crsLine.replace(u'\n', "\n      "_L1);
    s << "    " << Cli::tr("CRS: %1").arg(crsLine) << '\n';
    const Extent e = layer.extent();
    if (e.isNull())
        s << "    " << Cli::tr("Extent: none") << '\n';
    else
        s << "    "
          << Cli::tr("Extent: %1, %2, %3, %4 (xmin, ymin, xmax, ymax)")
                 .arg(coordinate(e.xMin()), coordinate(e.yMin()), coordinate(e.xMax()), coordinate(e.yMax()))
          << '\n';

    if (layer.kind() == LayerKind::Vector) {
        const auto provider = static_cast<const VectorLayer &>(layer).dataProvider();
        s << "    " << Cli::tr("Features: %1").arg(provider->featureCount()) << '\n';
        s << "    " << Cli::tr("Geometry: %1").arg(provider->geometryTypeName()) << '\n';
        const Fields fields = provider->fields();
        if (fields.isEmpty()) {
            s << "    " << Cli::tr("Fields: none") << '\n';
        } else {
            s << "    " << Cli::tr("Fields:") << '\n';
            for (const Field &field : fields)
                s << "      " << field.name << ": " << Field::typeName(field.type) << '\n';
        }
    } else {
        const auto provider = static_cast<const RasterLayer &>(layer).dataProvider();
        s << "    " << Cli::tr("Size: %1 x %2").arg(provider->width()).arg(provider->height()) << '\n';
        s << "    " << Cli::tr("Bands: %1").arg(provider->bandCount()) << '\n';
        if (provider->bandCount() > 0) {
            const RasterBandInfo band = provider->band(1);
            s << "    " << Cli::tr("Data type: %1").arg(band.dataType) << '\n';
            s << "    " << Cli::tr("NoData: %1").arg(band.hasNoData ? number(band.noData) : Cli::tr("none")) << '\n';
        }
    }
    const QStringList warnings = layer.warnings();
    for (const QString &warning : warnings)
        s << "    " << Cli::tr("Warning: %1").arg(warning) << '\n';
}

} // namespace

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Describes every layer (all sublayers) of each PATH: kind, CRS, extent, and the features,\n"
           "geometry type and fields of vectors or the size, bands, data type and nodata of rasters."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(u"json"_s, Cli::tr("Print one JSON object {\"layers\": [...]} instead of text.")));
    parser.addPositionalArgument(u"PATH"_s, Cli::tr("Files (or GDAL data sources) to describe."), u"PATH..."_s);
    if (const int rc = parseArguments(parser, u"info"_s, arguments); rc >= 0)
        return rc;

    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return badArguments(u"info"_s, Cli::tr("No PATH given."));
    const bool json = parser.isSet(u"json"_s);

    int exitCode = ExitSuccess;
    QJsonArray layersJson;
    QString text;
    QTextStream textStream(&text);

    for (const QString &path : paths) {
        const QFileInfo fileInfo(path);
        // Local files are shown by absolute path; GDAL connection strings as given.
        const QString source = fileInfo.exists() ? fileInfo.absoluteFilePath() : path;
        auto sublayers = listSublayers(path);
        if (!sublayers) {
            printError(errorText(path, sublayers.error()));
            exitCode = ExitFailure;
            continue;
        }
        if (sublayers->isEmpty()) {
            printError(Cli::tr("%1 contains no layer.").arg(path));
            exitCode = ExitFailure;
            continue;
        }
        if (!json)
            textStream << source << '\n';
        for (const SublayerInfo &info : *sublayers) {
            auto layer = openLayer(path, info.kind == LayerKind::Vector ? info.name : QString());
            if (!layer) {
                printError(errorText(path, layer.error()));
                exitCode = ExitFailure;
                continue;
            }
            if (json)
                layersJson.append(describeJson(**layer, source));
            else
                describeText(textStream, **layer);
        }
    }

    textStream.flush();
    if (json)
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{"layers"_L1, layersJson}}).toJson(QJsonDocument::Indented));
    else
        out() << text;
    out().flush();
    return exitCode;
}

} // namespace territoria::cli
