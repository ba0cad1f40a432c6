#include "algorithmcommands.h"

#include "analysis/algorithmregistry.h"
#include "cli.h"
#include "project/scenario.h"
#include "task/feedback.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QUuid>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria::cli {

namespace {

const QString pluginPathOption = u"plugin-path"_s;

void loadRegistry(AlgorithmRegistry &registry, const QStringList &approved, bool quiet)
{
    registry.loadPlugins(approved);
    if (quiet)
        return;
    for (const PluginInfo &p : registry.plugins()) {
        if (!p.loaded)
            printWarning(p.error);
    }
}

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return u"-"_s;
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(u',');
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &item : v.toList())
            items.append(valueText(item));
        return items.join(u',');
    }
    if (v.typeId() == QMetaType::QVariantMap) {
        QStringList items;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items.append(it.key() + u'=' + valueText(it.value()));
        return items.join(u';');
    }
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    if (v.typeId() == QMetaType::QJsonObject || v.typeId() == QMetaType::QJsonArray || v.typeId() == QMetaType::QJsonValue) {
        const QJsonValue j = v.toJsonValue();
        if (j.isObject())
            return QString::fromUtf8(QJsonDocument(j.toObject()).toJson(QJsonDocument::Compact));
        if (j.isArray())
            return QString::fromUtf8(QJsonDocument(j.toArray()).toJson(QJsonDocument::Compact));
        return j.toVariant().toString();
    }
    return v.toString();
}

QJsonValue jsonOutput(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double && !std::isfinite(v.toDouble()))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue::fromVariant(v);
}

// Every GeoPackage or GeoTIFF output records the run that made it (its metadata
// item TERRITORIA_PROVENANCE: algorithm, parameters, command line).
void recordRun(const Algorithm &algorithm, const QVariantMap &values, const QVariantMap &outputs)
{
    AnalysisRun run;
    run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.algorithmId = algorithm.id();
    run.ranAt = QDateTime::currentDateTimeUtc();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto def = algorithm.parameterDefinition(it.key());
        const bool path = def && (def->type == ParameterType::VectorLayer || def->type == ParameterType::RasterLayer
                                  || def->type == ParameterType::FileOutput);
        const QString file = path ? splitVectorSource(it.value().toString()).path : QString();
        run.parameters.insert(it.key(), file.isEmpty() ? it.value()
                                                       : QVariant(QFileInfo(file).absoluteFilePath()
                                                                  + it.value().toString().mid(file.size())));
    }
    for (const OutputDefinition &d : algorithm.outputDefinitions()) {
        if (d.type != OutputType::VectorFile && d.type != OutputType::RasterFile)
            continue;
        const QString value = outputs.value(d.name).toString();
        const QString suffix = QFileInfo(splitVectorSource(value).path).suffix().toLower();
        if (suffix == "gpkg"_L1 || suffix == "tif"_L1 || suffix == "tiff"_L1) {
            if (auto ok = writeProvenanceMetadata(value, run); !ok)
                printWarning(ok.error().message);
        }
    }
}

} // namespace

int runAlgorithms(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the analysis algorithms of the installed plugins."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, Cli::tr("Write JSON instead of text.")});
    parser.addOption({pluginPathOption, Cli::tr("Also load plugins from DIR (a folder you trust)."), Cli::tr("DIR")});
    if (const int code = parseArguments(parser, u"algorithms"_s, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return badArguments(u"algorithms"_s, Cli::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));

    AlgorithmRegistry registry;
    const bool json = parser.isSet(u"json"_s);
    loadRegistry(registry, parser.values(pluginPathOption), false);

    if (json) {
        QJsonArray list;
        for (const Algorithm *a : registry.algorithms()) {
            QJsonObject o;
            o.insert("id"_L1, a->id());
            o.insert("name"_L1, a->displayName());
            o.insert("group"_L1, a->group());
            o.insert("help"_L1, a->shortHelp());
            QJsonArray params, outputs;
            for (const ParameterDefinition &p : a->parameterDefinitions())
                params.append(p.toJson());
            for (const OutputDefinition &d : a->outputDefinitions())
                outputs.append(d.toJson());
            o.insert("parameters"_L1, params);
            o.insert("outputs"_L1, outputs);
            list.append(o);
        }
        QJsonArray plugins;
        for (const PluginInfo &p : registry.plugins()) {
            QJsonObject o;
            o.insert("file"_L1, p.fileName);
            o.insert("id"_L1, p.id);
            o.insert("version"_L1, p.version);
            o.insert("loaded"_L1, p.loaded);
            if (!p.loaded)
                o.insert("error"_L1, p.error);
            plugins.append(o);
        }
        QJsonObject root;
        root.insert("algorithms"_L1, list);
        root.insert("plugins"_L1, plugins);
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitSuccess;
    }

    if (registry.algorithms().isEmpty())
        out() << Cli::tr("No algorithms: no analysis plugin was found in %1.")
                     .arg(AlgorithmRegistry::defaultPluginFolders().join(", "_L1))
              << Qt::endl;
    for (const Algorithm *a : registry.algorithms()) {
        out() << a->id() << "  " << a->displayName() << " (" << a->group() << ")\n";
        out() << "    " << a->shortHelp() << '\n';
        out() << "    " << Cli::tr("Parameters:") << '\n';
        for (const ParameterDefinition &p : a->parameterDefinitions()) {
            QString line = u"      %1 (%2)"_s.arg(p.name, parameterTypeName(p.type));
            if (p.optional)
                line += u' ' + Cli::tr("[optional]");
            if (p.defaultValue.isValid())
                line += u' ' + Cli::tr("[default: %1]").arg(valueText(p.defaultValue));
            line += u"  "_s + p.description;
            if (!p.options.isEmpty())
                line += u' ' + Cli::tr("(one of: %1)").arg(p.options.join(", "_L1));
            out() << line << '\n';
        }
        out() << "    " << Cli::tr("Outputs:") << '\n';
        for (const OutputDefinition &d : a->outputDefinitions())
            out() << u"      %1 (%2)  %3"_s.arg(d.name, outputTypeName(d.type), d.description) << '\n';
        out() << '\n';
    }
    out().flush();
    return ExitSuccess;
}

int runAlgorithm(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Runs an analysis algorithm, e.g.\n"
                                             "  territoria-cli run indicators:zonal_statistics --param input=pop.tif "
                                             "--param zones=districts.gpkg --param output=stats.gpkg"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"algorithm"_s, Cli::tr("Algorithm id (see 'territoria-cli algorithms')."));
    parser.addOption({u"param"_s, Cli::tr("A parameter value, NAME=VALUE (repeatable)."), Cli::tr("NAME=VALUE")});
    parser.addOption({u"json"_s, Cli::tr("Write the outputs as one JSON object.")});
    parser.addOption({pluginPathOption, Cli::tr("Also load plugins from DIR (a folder you trust)."), Cli::tr("DIR")});
    if (const int code = parseArguments(parser, u"run"_s, arguments); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return badArguments(u"run"_s, positional.isEmpty() ? Cli::tr("No algorithm given.")
                                                           : Cli::tr("Unexpected argument “%1”.").arg(positional.at(1)));
    const QString algorithmId = positional.first();

    QVariantMap values;
    for (const QString &param : parser.values(u"param"_s)) {
        const qsizetype eq = param.indexOf(u'=');
        if (eq <= 0)
            return badArguments(u"run"_s, Cli::tr("Invalid parameter “%1”: expected NAME=VALUE.").arg(param));
        const QString name = param.left(eq).trimmed();
        if (values.contains(name))
            return badArguments(u"run"_s, Cli::tr("Parameter “%1” is given twice.").arg(name));
        values.insert(name, param.mid(eq + 1));
    }

    const bool json = parser.isSet(u"json"_s);
    AlgorithmRegistry registry;
    loadRegistry(registry, parser.values(pluginPathOption), false);
    const Algorithm *algorithm = registry.algorithm(algorithmId);
    if (!algorithm) {
        const QStringList ids = registry.algorithmIds();
        return badArguments(u"run"_s, ids.isEmpty() ? Cli::tr("Unknown algorithm “%1”: no analysis plugin was found.").arg(algorithmId)
                                                     : Cli::tr("Unknown algorithm “%1” (available: %2).").arg(algorithmId, ids.join(", "_L1)));
    }
    if (auto prepared = prepareParameters(algorithm->parameterDefinitions(), values); !prepared)
        return badArguments(u"run"_s, prepared.error().toString());

    // Progress, warnings and notes on stderr; the algorithm may report from its worker threads.
    Feedback feedback;
    reportOnStderr(feedback, algorithmId);

    const auto result = algorithm->run(values, feedback);
    if (!result) {
        printError(result.error().toString());
        return ExitFailure;
    }
    recordRun(*algorithm, values, *result);
    if (json) {
        QJsonObject outputs;
        for (auto it = result->cbegin(); it != result->cend(); ++it)
            outputs.insert(it.key(), jsonOutput(it.value()));
        QJsonObject root;
        root.insert("algorithm"_L1, algorithmId);
        root.insert("outputs"_L1, outputs);
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const OutputDefinition &d : algorithm->outputDefinitions()) {
            if (result->contains(d.name))
                out() << d.name << ": " << valueText(result->value(d.name)) << '\n';
        }
    }
    out().flush();
    return ExitSuccess;
}

} // namespace territoria::cli
