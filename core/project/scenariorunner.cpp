#include "project/scenariorunner.h"

#include "project/sourcepath.h"

#include "analysis/algorithmregistry.h"
#include "task/feedback.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

using sourcepath::PathParts;
using sourcepath::splitPath;

QString normalized(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// `value` (a path, maybe with "|layername=x") moved when it names a key of `moved`.
QString redirect(const QString &value, const QHash<QString, QString> &moved)
{
    const PathParts parts = splitPath(value);
    if (parts.path.isEmpty() || !QDir::isAbsolutePath(parts.path))
        return value;
    const auto it = moved.constFind(normalized(parts.path));
    return it == moved.cend() ? value : QString(*it + parts.suffix);
}

bool isRasterFile(const QString &path)
{
    static const QStringList rasters{u"tif"_s, u"tiff"_s, u"vrt"_s, u"img"_s, u"asc"_s, u"nc"_s};
    return rasters.contains(QFileInfo(splitPath(path).path).suffix().toLower());
}

} // namespace

QStringList ScenarioResult::layerFiles() const
{
    QStringList files;
    for (const ScenarioRunOutput &r : runs)
        files << r.vectorFiles << r.rasterFiles;
    return files;
}

Result<QList<AnalysisRun>> ScenarioRunner::plan(const Scenario &scenario, const QString &projectFileName,
                                                const AlgorithmRegistry &registry)
{
    if (projectFileName.isEmpty())
        return fail(tr("Scenario “%1”: save the project first; the scenario's outputs go next to the project file.")
                        .arg(scenario.name));
    if (scenario.runs.isEmpty())
        return fail(tr("Scenario “%1” has no analyses to run.").arg(scenario.name));
    const QString folder = Scenario::outputFolder(projectFileName, scenario.name);
    QHash<QString, QString> moved; // original output path -> path in the scenario folder
    QSet<QString> taken;           // file names used in the folder
    QList<AnalysisRun> planned;
    for (qsizetype i = 0; i < scenario.runs.size(); ++i) {
        AnalysisRun run = scenario.runs[i];
        const Algorithm *algorithm = registry.algorithm(run.algorithmId);
        if (!algorithm)
            return fail(tr("Scenario “%1”, analysis %2: the algorithm “%3” is not available (is its plugin installed?).")
                            .arg(scenario.name)
                            .arg(i + 1)
                            .arg(run.algorithmId));
        QSet<QString> outputNames;
        for (const ParameterDefinition &def : algorithm->parameterDefinitions())
            if (def.type == ParameterType::FileOutput)
                outputNames.insert(def.name);
        // Inputs first: they may name an earlier run's output.
        for (auto it = run.parameters.begin(); it != run.parameters.end(); ++it) {
            if (outputNames.contains(it.key()))
                continue;
            if (it->typeId() == QMetaType::QString) {
                *it = redirect(it->toString(), moved);
            } else if (it->typeId() == QMetaType::QStringList
                       || (it->typeId() == QMetaType::QVariantList && !it->toList().isEmpty()
                           && it->toList().first().typeId() == QMetaType::QString)) {
                QStringList list = it->toStringList();
                for (QString &s : list)
                    s = redirect(s, moved);
                *it = list;
            }
        }
        for (const ParameterDefinition &def : algorithm->parameterDefinitions()) {
            if (def.type != ParameterType::FileOutput)
                continue;
            const QString original = run.parameters.value(def.name).toString().trimmed();
            if (original.isEmpty() && def.optional)
                continue;
            const PathParts parts = splitPath(original);
            QString fileName = parts.path.isEmpty() ? QString() : QFileInfo(parts.path).fileName();
            if (fileName.isEmpty())
                fileName = def.name + u'.' + (def.defaultExtension.isEmpty() ? u"gpkg"_s : def.defaultExtension);
            if (taken.contains(fileName))
                fileName = u"%1_%2"_s.arg(i + 1).arg(fileName);
            taken.insert(fileName);
            const QString target = QDir(folder).filePath(fileName);
            if (!parts.path.isEmpty())
                moved.insert(normalized(parts.path), target);
            run.parameters.insert(def.name, QString(target + parts.suffix));
        }
        planned << run;
    }
    return planned;
}

Result<QString> ScenarioRunner::resultLayer(const Scenario &scenario, const QString &projectFileName,
                                            const AlgorithmRegistry &registry)
{
    auto planned = plan(scenario, projectFileName, registry);
    if (!planned)
        return std::unexpected(planned.error());
    for (qsizetype i = planned->size() - 1; i >= 0; --i) {
        const AnalysisRun &run = planned->at(i);
        const Algorithm *algorithm = registry.algorithm(run.algorithmId);
        for (const ParameterDefinition &def : algorithm->parameterDefinitions()) {
            if (def.type != ParameterType::FileOutput || def.fileKind != FileKind::Vector)
                continue;
            const QString value = run.parameters.value(def.name).toString();
            if (!value.isEmpty() && !isRasterFile(value))
                return value;
        }
    }
    return fail(tr("Scenario “%1” has no analysis that writes a vector layer to compare.").arg(scenario.name));
}

Result<ScenarioResult> ScenarioRunner::run(const Scenario &scenario, const QString &projectFileName,
                                           const AlgorithmRegistry &registry, Feedback &feedback)
{
    auto planned = plan(scenario, projectFileName, registry);
    if (!planned)
        return std::unexpected(planned.error());
    ScenarioResult result;
    result.scenarioName = scenario.name;
    result.outputFolder = Scenario::outputFolder(projectFileName, scenario.name);
    if (!QDir().mkpath(result.outputFolder))
        return fail(tr("Scenario “%1”: cannot create the output folder %2.")
                        .arg(scenario.name, QDir::toNativeSeparators(result.outputFolder)),
                    result.outputFolder);

    const int count = int(planned->size());
    for (int i = 0; i < count; ++i) {
        if (feedback.isCanceled())
            return fail(tr("Scenario “%1” was canceled.").arg(scenario.name));
        AnalysisRun run = planned->at(i);
        const Algorithm *algorithm = registry.algorithm(run.algorithmId);
        feedback.pushInfo(tr("Scenario “%1”: analysis %2 of %3: %4").arg(scenario.name).arg(i + 1).arg(count).arg(algorithm->displayName()));

        // A Feedback per run: its progress is a slice of the whole, its messages
        // are passed on, and canceling the whole cancels it. Shared with the
        // cancel link, which may fire on another thread while this run ends.
        auto step = std::make_shared<Feedback>();
        const QString lead = u"[%1/%2] "_s.arg(i + 1).arg(count);
        QObject::connect(step.get(), &Feedback::progressChanged, step.get(),
                         [&feedback, i, count](double p) { feedback.setProgress((i + p / 100.0) * 100.0 / count); },
                         Qt::DirectConnection);
        QObject::connect(step.get(), &Feedback::infoPushed, step.get(),
                         [&feedback, lead](const QString &m) { feedback.pushInfo(lead + m); }, Qt::DirectConnection);
        QObject::connect(step.get(), &Feedback::warningPushed, step.get(),
                         [&feedback, lead](const QString &m) { feedback.pushWarning(lead + m); }, Qt::DirectConnection);
        const QMetaObject::Connection cancelLink = QObject::connect(&feedback, &Feedback::canceled, [step] { step->cancel(); });
        if (feedback.isCanceled())
            step->cancel();

        run.ranAt = QDateTime::currentDateTimeUtc();
        auto outputs = algorithm->run(run.parameters, *step);
        QObject::disconnect(cancelLink);
        if (!outputs) {
            if (feedback.isCanceled())
                return fail(tr("Scenario “%1” was canceled.").arg(scenario.name));
            const Error &e = outputs.error();
            return fail(tr("Scenario “%1”, analysis %2 (%3) failed: %4").arg(scenario.name).arg(i + 1).arg(run.algorithmId, e.message),
                        e.source, e.detail);
        }
        ScenarioRunOutput done;
        done.run = run;
        done.outputs = *outputs;
        for (const OutputDefinition &d : algorithm->outputDefinitions()) {
            if (d.type != OutputType::VectorFile && d.type != OutputType::RasterFile)
                continue;
            const QString value = outputs->value(d.name).toString();
            const QString file = splitPath(value).path;
            if (value.isEmpty() || !QFileInfo::exists(file))
                continue;
            // mcda's "output" is a vector file for units and a raster for cells.
            const bool raster = d.type == OutputType::RasterFile || isRasterFile(file);
            (raster ? done.rasterFiles : done.vectorFiles) << value;
            // Best effort: formats without metadata (GeoJSON, Shapefile) keep none.
            const QString suffix = QFileInfo(file).suffix().toLower();
            if (suffix == "gpkg"_L1 || suffix == "tif"_L1 || suffix == "tiff"_L1) {
                if (auto ok = writeProvenanceMetadata(value, run); !ok)
                    feedback.pushWarning(ok.error().message);
            }
        }
        result.runs << done;
        feedback.setProgress((i + 1) * 100.0 / count);
    }
    return result;
}

} // namespace territoria
