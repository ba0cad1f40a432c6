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

#include <QDialog>
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
        }
    });
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
    if (task->algorithm()) {
        for (const OutputDefinition &d : task->algorithm()->outputDefinitions()) {
            if (!outputs.contains(d.name))
                continue;
            const QVariant v = outputs.value(d.name);
            if (d.type == OutputType::RasterFile || d.type == OutputType::VectorFile) {
                const QString path = v.toString();
                const QString file = splitVectorSource(path).path;
                if (QFileInfo::exists(file)) {
                    layers << path;
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

} // namespace territoria
