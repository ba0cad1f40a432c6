#include "analysiscontroller.h"

#include "analysis/algorithmregistry.h"
#include "gui/algorithmdialog.h"
#include "gui/algorithmtoolbox.h"
#include "gui/rankstabilitychart.h"
#include "gui/taskmanager.h"
#include "layeropener.h"
#include "logdock.h"
#include "notifier.h"
#include "project/project.h"

#include <QAction>
#include <QApplication>
#include "data/layer.h"
#include "data/vectorlayer.h"

#include <QDateTime>
#include <QDialog>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QUuid>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QVBoxLayout>
#include <QDockWidget>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// Output files the dialog put in the temporary folder have made-up names: their
// layers are named after the output instead.
bool isTemporaryOutput(const QString &path)
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(u"territoria-processing"_s);
    return QFileInfo(path).absolutePath() == QFileInfo(dir).absoluteFilePath();
}

QString scalarText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return std::isfinite(d) ? QLocale().toString(d, 'g', 12) : QString::number(d);
    }
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QLocale().toString(v.toLongLong());
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(u", "_s);
    return v.toString();
}

// After prioritization:sensitivity: the rank-stability chart of its output in a
// non-modal dialog. Nothing is shown for a run without Monte Carlo samples (its
// output has no mc_* fields).
void showRankStability(const QString &source, int topK, QWidget *window, Notifier *notifier)
{
    const VectorSource split = splitVectorSource(source);
    VectorLayerOptions options;
    options.layerName = split.layerName;
    auto layer = VectorLayer::open(split.path, options);
    if (!layer) {
        notifier->warning(layer.error().message);
        return;
    }
    auto entries = readRankStability(*(*layer)->dataProvider());
    if (!entries || entries->isEmpty())
        return;
    auto *dialog = new QDialog(window);
    dialog->setObjectName(u"rankStabilityDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("AnalysisController", "Rank Stability — %1")
                               .arg(QFileInfo(split.path).completeBaseName()));
    auto *layout = new QVBoxLayout(dialog);
    auto *chart = new RankStabilityChart(dialog);
    chart->setTopK(topK);
    chart->setEntries(*entries);
    layout->addWidget(chart, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *exportButton = buttons->addButton(QCoreApplication::translate("AnalysisController", "Export…"),
                                                   QDialogButtonBox::ActionRole);
    exportButton->setObjectName(u"exportButton"_s);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    QObject::connect(exportButton, &QPushButton::clicked, dialog, [dialog, chart, notifier] {
        QString path = QFileDialog::getSaveFileName(
            dialog, QCoreApplication::translate("AnalysisController", "Export Chart"), QDir::homePath(),
            QCoreApplication::translate("AnalysisController", "PNG image (*.png)") + u";;"_s
                + QCoreApplication::translate("AnalysisController", "SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += u".png"_s;
        if (auto ok = chart->exportTo(path); !ok)
            notifier->error(ok.error());
    });
    dialog->resize(760, std::min(900, 200 + 24 * int(entries->size())));
    dialog->show();
}

} // namespace

AnalysisController::AnalysisController(const AlgorithmRegistry *registry, Project *project, Notifier *notifier,
                                       LayerOpener *opener, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_project(project)
    , m_notifier(notifier)
    , m_opener(opener)
    , m_window(window)
{
    m_tasks = new TaskManager(this);
    connect(m_tasks, &TaskManager::taskStarted, this, &AnalysisController::onTaskStarted);
    connect(m_tasks, &TaskManager::taskFinished, this, &AnalysisController::onTaskFinished);

    m_dock = new QDockWidget(tr("Analysis Toolbox"), window);
    m_dock->setObjectName(u"analysisToolboxDock"_s);
    m_toolbox = new AlgorithmToolbox(registry, m_dock);
    m_dock->setWidget(m_toolbox);
    connect(m_toolbox, &AlgorithmToolbox::algorithmActivated, this, [this](const QString &id) { openDialog(id); });
    buildMenu();
    connect(m_opener, &LayerOpener::layersAdded, this, [this](const QList<Layer *> &layers) {
        for (Layer *layer : layers) {
            const QString key = QFileInfo(layer->source()).absoluteFilePath();
            const auto it = m_outputNames.constFind(key);
            if (it != m_outputNames.cend()) {
                layer->setName(*it);
                m_outputNames.erase(it);
            }
            const auto style = m_outputStyles.constFind(key);
            if (style != m_outputStyles.cend()) {
                if (layer->kind() == LayerKind::Vector)
                    layer->setStyleFromJson(*style);
                m_outputStyles.erase(style);
            }
            const auto run = m_pendingRuns.constFind(key);
            if (run != m_pendingRuns.cend() && m_project) {
                m_project->setProvenance(layer->id(), *run);
                m_pendingRuns.erase(run);
            }
        }
    });

    // Auto re-runs: input files on disk and saved edits of input layers.
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &AnalysisController::onInputChanged);
    m_rerunTimer = new QTimer(this);
    m_rerunTimer->setSingleShot(true);
    m_rerunTimer->setInterval(400);
    connect(m_rerunTimer, &QTimer::timeout, this, &AnalysisController::runPendingReruns);
    if (m_project) {
        connect(m_project, &Project::analysisRunsChanged, this, &AnalysisController::updateWatches);
        connect(m_project, &Project::loaded, this, &AnalysisController::updateWatches);
        auto watchCommits = [this](Layer *layer) {
            if (auto *vector = qobject_cast<VectorLayer *>(layer))
                connect(vector, &VectorLayer::committed, this, [this, vector] { onLayerCommitted(vector); });
        };
        connect(m_project, &Project::layerAdded, this, [watchCommits](Layer *layer, int) { watchCommits(layer); });
        for (Layer *layer : m_project->layers())
            watchCommits(layer);
        updateWatches();
    }
}

AnalysisController::~AnalysisController()
{
    // Dialogs refer to the task manager: close them first.
    for (const QPointer<AlgorithmDialog> &d : std::as_const(m_dialogs))
        delete d.data();
}

void AnalysisController::buildMenu()
{
    m_menu = new QMenu(tr("A&nalysis"), m_window);
    m_menu->setObjectName(u"analysisMenu"_s);
    QAction *toolbox = m_dock->toggleViewAction();
    toolbox->setShortcut(QKeySequence(u"Ctrl+Alt+T"_s));
    m_menu->addAction(toolbox);
    if (!m_registry)
        return;
    QMap<QString, QList<const Algorithm *>> groups;
    for (const Algorithm *a : m_registry->algorithms())
        groups[a->group()] << a;
    if (!groups.isEmpty())
        m_menu->addSeparator();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QMenu *sub = m_menu->addMenu(it.key());
        for (const Algorithm *a : it.value()) {
            QAction *action = sub->addAction(a->displayName() + u"…"_s);
            action->setToolTip(a->shortHelp());
            action->setStatusTip(a->shortHelp());
            action->setData(a->id());
            const QString id = a->id();
            connect(action, &QAction::triggered, this, [this, id] { openDialog(id); });
        }
        sub->setToolTipsVisible(true);
    }
}

AlgorithmDialog *AnalysisController::openDialog(const QString &algorithmId)
{
    const Algorithm *algorithm = m_registry ? m_registry->algorithm(algorithmId) : nullptr;
    if (!algorithm) {
        m_notifier->error(tr("Unknown algorithm “%1”.").arg(algorithmId));
        return nullptr;
    }
    ParameterContext context;
    context.project = m_project;
    context.mapExtent = m_mapExtent;
    auto *dialog = new AlgorithmDialog(algorithm, m_tasks, context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs << dialog;
    dialog->show();
    return dialog;
}

QList<AlgorithmDialog *> AnalysisController::dialogs() const
{
    QList<AlgorithmDialog *> list;
    for (const QPointer<AlgorithmDialog> &d : m_dialogs) {
        if (d)
            list << d.data();
    }
    return list;
}

void AnalysisController::logPluginStatus(LogDock *log) const
{
    if (!log || !m_registry)
        return;
    int loaded = 0;
    for (const PluginInfo &p : m_registry->plugins()) {
        if (p.loaded)
            ++loaded;
        else
            log->append(LogDock::Level::Warning, tr("Analysis plugin not loaded: %1").arg(p.error));
    }
    log->append(LogDock::Level::Info, tr("Analysis: %n algorithm(s)", nullptr, int(m_registry->algorithms().size()))
                                          + u' '
                                          + tr("from %n plugin(s).", nullptr, loaded));
}

void AnalysisController::onTaskStarted(AlgorithmTask *task)
{
    const QString name = task->displayName();
    m_notifier->log(tr("%1 started.").arg(name));
    connect(task, &AlgorithmTask::logged, this, [this, name](const QString &message, bool warning) {
        m_notifier->log(warning ? tr("%1: warning: %2").arg(name, message) : u"%1: %2"_s.arg(name, message));
    });
}

void AnalysisController::onTaskFinished(AlgorithmTask *task)
{
    if (m_reruns.contains(task)) {
        finishRerun(task);
        return;
    }
    const QString name = task->displayName();
    if (task->state() == AlgorithmTask::State::Canceled) {
        m_notifier->info(tr("%1 was canceled.").arg(name));
        return;
    }
    if (task->state() != AlgorithmTask::State::Succeeded) {
        const Error e = task->error().value_or(Error{tr("unknown error"), {}, {}});
        m_notifier->error(Error{tr("%1 failed: %2").arg(name, e.message), e.source, e.detail});
        emit taskFailed(task);
        return;
    }
    const QVariantMap outputs = task->outputs();
    QStringList layers;
    QStringList scalars;
    // A "style" output (a VectorStyle as JSON) styles the vector layers the task wrote.
    const QVariant styleValue = outputs.value(u"style"_s);
    const QJsonObject outputStyle = styleValue.typeId() == QMetaType::QVariantMap
                                        ? QJsonObject::fromVariantMap(styleValue.toMap())
                                        : styleValue.toJsonObject();
    if (task->algorithm()) {
        for (const OutputDefinition &d : task->algorithm()->outputDefinitions()) {
            if (!outputs.contains(d.name))
                continue;
            const QVariant v = outputs.value(d.name);
            if (d.name == u"style"_s && d.type == OutputType::Json)
                continue;
            if (d.type == OutputType::RasterFile || d.type == OutputType::VectorFile) {
                const QString path = v.toString();
                const QString file = splitVectorSource(path).path;
                if (QFileInfo::exists(file)) {
                    layers << path;
                    if (d.type == OutputType::VectorFile && !outputStyle.isEmpty())
                        m_outputStyles.insert(QFileInfo(file).absoluteFilePath(), outputStyle);
                    if (isTemporaryOutput(file))
                        m_outputNames.insert(QFileInfo(file).absoluteFilePath(), d.description);
                }
                else
                    m_notifier->warning(tr("%1: the output file %2 was not written.").arg(name, path));
            } else if (d.type == OutputType::TableFile) {
                scalars << u"%1: %2"_s.arg(d.description, v.toString());
            } else {
                scalars << u"%1: %2"_s.arg(d.description, scalarText(v));
            }
        }
    }
    QString message = tr("%1 finished.").arg(name);
    if (!scalars.isEmpty())
        message += u' ' + scalars.join(u"; "_s) + u'.';
    m_notifier->success(message, 0);
    for (const QString &path : std::as_const(layers))
        m_notifier->log(tr("%1: output %2").arg(name, path));
    recordOutputs(task, layers);
    if (!layers.isEmpty())
        m_opener->open(layers);
    if (task->algorithm() && task->algorithm()->id() == u"prioritization:sensitivity"_s
        && QFileInfo::exists(splitVectorSource(outputs.value(u"output"_s).toString()).path))
        showRankStability(outputs.value(u"output"_s).toString(), task->parameters().value(u"top_k"_s).toInt(), m_window,
                          m_notifier);
    emit taskSucceeded(task, layers);
}

bool AnalysisController::confirmCancelRunningTasks()
{
    const QList<AlgorithmTask *> running = m_tasks->activeTasks();
    if (running.isEmpty())
        return true;
    QStringList names;
    for (const AlgorithmTask *t : running)
        names << t->displayName();
    QMessageBox box(QMessageBox::Question, tr("Analyses running"),
                    tr("%n analysis/analyses still running: %1. Cancel and quit?", nullptr, int(running.size()))
                        .arg(names.join(u", "_s)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(u"cancelTasksBox"_s);
    QPushButton *quit = box.addButton(tr("Cancel Analyses and Quit"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == quit;
}

void AnalysisController::cancelAllAndWait()
{
    if (m_tasks->activeCount() == 0)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_tasks->cancelAll();
    m_tasks->waitForAll();
    QApplication::restoreOverrideCursor();
}

// ---- provenance and auto re-runs -------------------------------------------

namespace {

bool keepsMetadata(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return suffix == "gpkg"_L1 || suffix == "tif"_L1 || suffix == "tiff"_L1;
}

QString absoluteFile(const QString &source)
{
    const QString file = splitVectorSource(source).path;
    return file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
}

// The output file of a re-run: "x.gpkg" <-> "x.rerun.gpkg", so that the file the
// layer shows is never overwritten while it is open.
QString alternateOutput(const QString &file)
{
    const QFileInfo info(file);
    QString base = info.completeBaseName();
    if (base.endsWith(".rerun"_L1))
        base.chop(6);
    else
        base += u".rerun"_s;
    const QString suffix = info.suffix();
    return info.dir().filePath(suffix.isEmpty() ? base : base + u'.' + suffix);
}

} // namespace

bool AnalysisController::autoRerunByDefault(const QString &algorithmId)
{
    return algorithmId == u"prioritization:mcda"_s;
}

void AnalysisController::setRerunDelay(int msecs)
{
    m_rerunTimer->setInterval(std::max(0, msecs));
}

QStringList AnalysisController::watchedFiles() const
{
    return m_watcher->files();
}

void AnalysisController::recordOutputs(AlgorithmTask *task, const QStringList &layerPaths)
{
    if (layerPaths.isEmpty())
        return;
    AnalysisRun run;
    run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.algorithmId = task->algorithmId();
    run.parameters = task->parameters();
    run.ranAt = QDateTime::currentDateTimeUtc();
    run.autoRerun = autoRerunByDefault(run.algorithmId);
    for (const QString &path : layerPaths) {
        const QString file = absoluteFile(path);
        if (keepsMetadata(file)) {
            if (auto ok = writeProvenanceMetadata(path, run); !ok)
                m_notifier->log(ok.error().message);
        }
        m_pendingRuns.insert(file, run);
    }
}

namespace {

// The files a run reads: its file parameters that are not outputs (FileOutput
// parameters, or the files of its own output layers).
QStringList runInputs(const AnalysisRun &run, const AlgorithmRegistry *registry, const Project *project)
{
    QSet<QString> outputs;
    if (const Algorithm *algorithm = registry ? registry->algorithm(run.algorithmId) : nullptr) {
        for (const ParameterDefinition &def : algorithm->parameterDefinitions()) {
            if (def.type == ParameterType::FileOutput && run.parameters.contains(def.name))
                outputs.insert(absoluteFile(run.parameters.value(def.name).toString()));
        }
    }
    for (const QString &id : run.outputLayerIds) {
        if (const Layer *layer = project->layer(id))
            outputs.insert(absoluteFile(layer->source()));
    }
    QStringList inputs;
    for (const QString &file : run.filePaths()) {
        if (!outputs.contains(file))
            inputs << file;
    }
    return inputs;
}

} // namespace

void AnalysisController::updateWatches()
{
    QSet<QString> wanted;
    if (m_project) {
        for (const AnalysisRun &run : m_project->analysisRuns()) {
            if (!run.autoRerun)
                continue;
            for (const QString &file : runInputs(run, m_registry, m_project))
                if (QFileInfo::exists(file))
                    wanted.insert(file);
        }
    }
    const QStringList current = m_watcher->files();
    QStringList stale;
    for (const QString &file : current)
        if (!wanted.contains(file))
            stale << file;
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);
    QStringList fresh;
    for (const QString &file : std::as_const(wanted))
        if (!current.contains(file))
            fresh << file;
    if (!fresh.isEmpty())
        m_watcher->addPaths(fresh);
}

void AnalysisController::onInputChanged(const QString &path)
{
    if (!m_project)
        return;
    const QString file = QFileInfo(path).absoluteFilePath();
    for (const AnalysisRun &run : m_project->analysisRuns()) {
        // A saved edit (onLayerCommitted) also changes the file: its reason stays.
        if (run.autoRerun && !m_pendingReasons.contains(run.id) && runInputs(run, m_registry, m_project).contains(file))
            m_pendingReasons.insert(run.id, tr("%1 changed").arg(QDir::toNativeSeparators(file)));
    }
    // Editors often replace a file (the watch is lost): watched again after the delay.
    m_rerunTimer->start();
}

void AnalysisController::onLayerCommitted(Layer *layer)
{
    if (!m_project || !layer)
        return;
    const QString file = absoluteFile(layer->source());
    for (const AnalysisRun &run : m_project->analysisRuns()) {
        if (run.autoRerun && runInputs(run, m_registry, m_project).contains(file))
            m_pendingReasons.insert(run.id, tr("the edits of layer “%1” were saved").arg(layer->name()));
    }
    if (!m_pendingReasons.isEmpty())
        m_rerunTimer->start();
}

void AnalysisController::runPendingReruns()
{
    updateWatches();
    if (!m_project)
        return;
    const QHash<QString, QString> pending = std::exchange(m_pendingReasons, {});
    const QList<AnalysisRun> runs = m_project->analysisRuns();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const auto run = std::find_if(runs.cbegin(), runs.cend(), [&](const AnalysisRun &r) { return r.id == it.key(); });
        if (run == runs.cend())
            continue;
        const bool running = std::any_of(m_reruns.cbegin(), m_reruns.cend(), [&](const Rerun &r) { return r.run.id == it.key(); });
        if (running)
            m_queuedAgain.insert(it.key());
        else
            startRerun(*run, it.value());
    }
}

bool AnalysisController::rerun(const QString &layerId, const QString &reason)
{
    if (!m_project)
        return false;
    const auto run = m_project->provenance(layerId);
    if (!run)
        return false;
    // Merged with the other layers of the same run.
    for (const AnalysisRun &r : m_project->analysisRuns())
        if (r.id == run->id)
            return startRerun(r, reason);
    return startRerun(*run, reason);
}

bool AnalysisController::startRerun(const AnalysisRun &run, const QString &reason)
{
    const Algorithm *algorithm = m_registry ? m_registry->algorithm(run.algorithmId) : nullptr;
    if (!algorithm || !m_project) {
        m_notifier->warning(tr("Cannot re-run %1: the algorithm is not available.").arg(run.algorithmId));
        return false;
    }
    Rerun rerun;
    rerun.run = run;
    rerun.reason = reason;
    for (const ParameterDefinition &def : algorithm->parameterDefinitions()) {
        if (def.type != ParameterType::FileOutput)
            continue;
        const QString value = run.parameters.value(def.name).toString();
        if (value.isEmpty())
            continue;
        const QString file = absoluteFile(value);
        const QString next = alternateOutput(file);
        rerun.run.parameters.insert(def.name, next);
        for (const QString &id : run.outputLayerIds) {
            if (const Layer *layer = m_project->layer(id); layer && absoluteFile(layer->source()) == file)
                rerun.newSources.insert(id, next);
        }
    }
    AlgorithmTask *task = m_tasks->run(algorithm, rerun.run.parameters);
    m_reruns.insert(task, rerun);
    m_notifier->log(tr("Re-running %1 because %2.").arg(algorithm->displayName(), reason));
    emit rerunStarted(run.id, reason);
    return true;
}

void AnalysisController::finishRerun(AlgorithmTask *task)
{
    Rerun rerun = m_reruns.take(task);
    const QString name = task->displayName();
    const QString id = rerun.run.id;
    bool ok = false;
    if (task->state() == AlgorithmTask::State::Canceled) {
        m_notifier->info(tr("The re-run of %1 was canceled.").arg(name));
    } else if (task->state() != AlgorithmTask::State::Succeeded) {
        const Error e = task->error().value_or(Error{tr("unknown error"), {}, {}});
        m_notifier->error(Error{tr("The re-run of %1 (because %2) failed: %3").arg(name, rerun.reason, e.message), e.source,
                                e.detail});
    } else if (m_project) {
        rerun.run.ranAt = QDateTime::currentDateTimeUtc();
        QStringList updated;
        for (auto it = rerun.newSources.cbegin(); it != rerun.newSources.cend(); ++it) {
            if (keepsMetadata(it.value())) {
                if (auto written = writeProvenanceMetadata(it.value(), rerun.run); !written)
                    m_notifier->log(written.error().message);
            }
            auto replaced = m_project->replaceLayerSource(it.key(), it.value());
            if (!replaced) {
                m_notifier->error(replaced.error());
                continue;
            }
            updated << (*replaced)->name();
            m_project->setProvenance(it.key(), rerun.run);
        }
        ok = !updated.isEmpty();
        if (ok) {
            const QString text = tr("%1 was re-run because %2; updated: %3.")
                                     .arg(name, rerun.reason, u"“"_s + updated.join(u"”, “"_s) + u"”"_s);
            m_notifier->info(text);
            m_notifier->log(text);
        }
    }
    emit rerunFinished(id, ok);
    if (m_queuedAgain.remove(id)) {
        m_pendingReasons.insert(id, rerun.reason);
        m_rerunTimer->start();
    }
}

} // namespace territoria
