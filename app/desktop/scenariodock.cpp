#include "scenariodock.h"

#include "analysis/algorithm.h"
#include "analysis/algorithmregistry.h"
#include "analysiscontroller.h"
#include "data/layerloader.h"
#include "data/vectorlayer.h"
#include "gui/taskmanager.h"
#include "gui/algorithmdialog.h"
#include "gui/taskmanager.h"
#include "notifier.h"
#include "project/project.h"
#include "project/scenariorunner.h"
#include "style/vectorstyle.h"
#include "task/feedback.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// A scenario run as an Algorithm, so that the TaskManager runs it like any other
// analysis (worker thread, progress, cancel, the log).
class ScenarioTaskAlgorithm final : public Algorithm
{
public:
    ScenarioTaskAlgorithm(Scenario scenario, QString projectFile, const AlgorithmRegistry *registry)
        : m_scenario(std::move(scenario))
        , m_projectFile(std::move(projectFile))
        , m_registry(registry)
    {
    }
    QString id() const override { return u"scenario:run"_s; }
    QString displayName() const override { return ScenarioDock::tr("Scenario “%1”").arg(m_scenario.name); }
    QString group() const override { return ScenarioDock::tr("Scenarios"); }
    QString shortHelp() const override { return ScenarioDock::tr("Runs the analyses of a scenario in order."); }
    QList<ParameterDefinition> parameterDefinitions() const override { return {}; }
    QList<OutputDefinition> outputDefinitions() const override { return {}; }

protected:
    Result<QVariantMap> processAlgorithm(const QVariantMap &, Feedback &feedback) const override
    {
        if (!m_registry)
            return fail(ScenarioDock::tr("No analysis algorithms are loaded."));
        auto result = ScenarioRunner::run(m_scenario, m_projectFile, *m_registry, feedback);
        if (!result)
            return std::unexpected(result.error());
        QVariantList layers;
        for (const ScenarioRunOutput &r : result->runs) {
            for (const QString &file : r.vectorFiles + r.rasterFiles)
                layers << QVariantMap{{u"file"_s, file}, {u"run"_s, r.run.toJson({}).toVariantMap()}};
        }
        return QVariantMap{{u"layers"_s, layers}, {u"folder"_s, result->outputFolder}};
    }

private:
    Scenario m_scenario;
    QString m_projectFile;
    const AlgorithmRegistry *m_registry;
};

QString safeName(const QString &name)
{
    QString s = name;
    static const QRegularExpression reserved(u"[/\\\\:*?\"<>|\\s]+"_s);
    s.replace(reserved, u"_"_s);
    return s;
}

QString absoluteFile(const QString &source)
{
    const QString file = splitVectorSource(source).path;
    return file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
}

Layer *layerWithFile(Project *project, const QString &file)
{
    const QString wanted = absoluteFile(file);
    for (Layer *l : project->layers()) {
        if (absoluteFile(l->source()) == wanted)
            return l;
    }
    return nullptr;
}

QString runLabel(const AnalysisRun &run, const AlgorithmRegistry *registry, int index)
{
    const Algorithm *algorithm = registry ? registry->algorithm(run.algorithmId) : nullptr;
    const QString name = algorithm ? algorithm->displayName() : run.algorithmId;
    const QString output = QFileInfo(splitVectorSource(run.parameters.value(u"output"_s).toString()).path).fileName();
    return output.isEmpty() ? u"%1. %2"_s.arg(index + 1).arg(name) : u"%1. %2 → %3"_s.arg(index + 1).arg(name, output);
}

} // namespace

// ---- ScenarioEditDialog ------------------------------------------------------

ScenarioEditDialog::ScenarioEditDialog(const Scenario &scenario, AnalysisController *analysis, Project *project,
                                       QWidget *parent)
    : QDialog(parent)
    , m_scenario(scenario)
    , m_analysis(analysis)
    , m_project(project)
{
    setObjectName(u"scenarioEditDialog"_s);
    setWindowTitle(tr("Scenario “%1”").arg(scenario.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(scenario.name, this);
    m_name->setObjectName(u"nameEdit"_s);
    m_description = new QPlainTextEdit(scenario.description, this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setMaximumHeight(80);
    m_author = new QLineEdit(scenario.author, this);
    m_author->setObjectName(u"authorEdit"_s);
    m_key = new QLineEdit(scenario.compareField, this);
    m_key->setObjectName(u"keyEdit"_s);
    m_key->setPlaceholderText(tr("e.g. ubigeo"));
    m_key->setToolTip(tr("The field that identifies a unit (the district code) in the results, to compare scenarios."));
    // Offer the fields of the first vector input as keys; a district code
    // ("ubigeo") is taken when no key was set yet.
    for (const AnalysisRun &run : m_scenario.runs) {
        const QString input = run.parameters.value(u"input"_s).toString();
        const VectorSource split = splitVectorSource(input);
        if (split.path.isEmpty() || !QFileInfo::exists(split.path))
            continue;
        VectorLayerOptions options;
        options.layerName = split.layerName;
        auto layer = VectorLayer::open(split.path, options);
        if (!layer)
            continue;
        const QStringList names = (*layer)->fields().names();
        m_key->setCompleter(new QCompleter(names, m_key));
        if (m_key->text().isEmpty()) {
            for (const QString &n : names)
                if (n.compare(u"ubigeo"_s, Qt::CaseInsensitive) == 0)
                    m_key->setText(n);
        }
        break;
    }
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Key field:"), m_key);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Analyses, run in this order (unchecked ones are left out):"), this));
    m_runs = new QListWidget(this);
    m_runs->setObjectName(u"runList"_s);
    layout->addWidget(m_runs, 1);
    for (int i = 0; i < m_scenario.runs.size(); ++i) {
        auto *item = new QListWidgetItem(m_runs);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        refreshRunItem(i);
    }
    if (m_runs->count() > 0)
        m_runs->setCurrentRow(0);
    auto *editParams = new QPushButton(tr("Edit &Parameters…"), this);
    editParams->setObjectName(u"editParametersButton"_s);
    editParams->setEnabled(m_runs->count() > 0);
    connect(editParams, &QPushButton::clicked, this, &ScenarioEditDialog::editParameters);
    connect(m_runs, &QListWidget::itemDoubleClicked, this, &ScenarioEditDialog::editParameters);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(editParams, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_name->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Give the scenario a name."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 460);
}

Scenario ScenarioEditDialog::scenario() const
{
    Scenario s = m_scenario;
    s.name = m_name->text().trimmed();
    s.description = m_description->toPlainText();
    s.author = m_author->text().trimmed();
    s.compareField = m_key->text().trimmed();
    s.runs.clear();
    for (int i = 0; i < m_scenario.runs.size() && i < m_runs->count(); ++i) {
        if (m_runs->item(i)->checkState() == Qt::Checked)
            s.runs << m_scenario.runs[i];
    }
    return s;
}

void ScenarioEditDialog::setRunParameters(int index, const QVariantMap &parameters)
{
    if (index < 0 || index >= m_scenario.runs.size())
        return;
    m_scenario.runs[index].parameters = parameters;
    refreshRunItem(index);
}

void ScenarioEditDialog::refreshRunItem(int index)
{
    QListWidgetItem *item = m_runs->item(index);
    if (!item)
        return;
    const AnalysisRun &run = m_scenario.runs[index];
    item->setText(runLabel(run, m_analysis ? m_analysis->registry() : nullptr, index));
    item->setToolTip(run.commandLine());
}

void ScenarioEditDialog::editParameters()
{
    const int index = m_runs->currentRow();
    if (index < 0 || index >= m_scenario.runs.size() || !m_analysis || !m_analysis->registry())
        return;
    const AnalysisRun &run = m_scenario.runs[index];
    const Algorithm *algorithm = m_analysis->registry()->algorithm(run.algorithmId);
    if (!algorithm) {
        QMessageBox::warning(this, windowTitle(), tr("The algorithm “%1” is not available.").arg(run.algorithmId));
        return;
    }
    ParameterContext context;
    context.project = m_project;
    // The algorithm's own dialog, without a task manager: "OK" keeps the values.
    AlgorithmDialog dialog(algorithm, nullptr, context, this);
    dialog.setObjectName(u"scenarioParametersDialog"_s);
    for (const ParameterDefinition &def : algorithm->parameterDefinitions())
        dialog.setParameterValue(def.name, run.parameters.value(def.name));
    QPushButton *ok = dialog.runButton();
    ok->setText(tr("OK"));
    disconnect(ok, nullptr, &dialog, nullptr);
    connect(ok, &QPushButton::clicked, &dialog, [this, &dialog, algorithm, index] {
        const QVariantMap values = dialog.parameterValues();
        if (auto prepared = prepareParameters(algorithm->parameterDefinitions(), values); !prepared) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), prepared.error().message);
            return;
        }
        setRunParameters(index, values);
        dialog.accept();
    });
    dialog.exec();
}

// ---- ScenarioComparisonDialog -----------------------------------------------

ScenarioComparisonDialog::ScenarioComparisonDialog(const ScenarioComparison &c, const QString &nameA,
                                                   const QString &nameB, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"scenarioComparisonDialog"_s);
    setWindowTitle(tr("“%1” compared with “%2”").arg(nameB, nameA));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(c.summaryText(nameA, nameB), this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *model = new QStandardItemModel(this);
    QStringList headers{c.keyField};
    for (const QString &f : c.fields) {
        headers << tr("%1 (A)").arg(f) << tr("%1 (B)").arg(f) << tr("%1 B − A").arg(f) << tr("%1 %").arg(f);
    }
    model->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (const ScenarioComparison::Row &row : c.rows) {
        QList<QStandardItem *> items{new QStandardItem(row.key)};
        for (int i = 0; i < c.fields.size(); ++i) {
            for (double v : {row.a[i], row.b[i], row.difference(i), row.percent(i)}) {
                auto *item = new QStandardItem(std::isfinite(v) ? locale.toString(v, 'g', 8) : QString());
                if (std::isfinite(v))
                    item->setData(v, Qt::UserRole);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                items << item;
            }
        }
        model->appendRow(items);
    }
    model->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"differenceTable"_s);
    m_table->setModel(model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    auto *files = new QLabel(tr("Written to %1 and %2.").arg(QDir::toNativeSeparators(c.csvPath), QDir::toNativeSeparators(c.gpkgPath)),
                             this);
    files->setWordWrap(true);
    files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(files);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(820, 520);
}

QString ScenarioComparisonDialog::summary() const
{
    return m_summary->text();
}

// ---- ScenarioDock --------------------------------------------------------------

ScenarioDock::ScenarioDock(AnalysisController *analysis, Project *project, QWidget *parent)
    : QDockWidget(tr("Scenarios"), parent)
    , m_analysis(analysis)
    , m_project(project)
{
    setObjectName(u"scenarioDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_list = new QListWidget(content);
    m_list->setObjectName(u"scenarioList"_s);
    layout->addWidget(m_list, 1);
    m_details = new QLabel(content);
    m_details->setObjectName(u"scenarioDetails"_s);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    auto button = [content](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, content);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        return b;
    };
    m_new = button(tr("New…"), "newButton", tr("A new scenario from the analyses recorded in the project"));
    m_edit = button(tr("Edit…"), "editButton", tr("Name, description, author, key field and parameters"));
    m_duplicate = button(tr("Duplicate"), "duplicateButton", tr("A copy of the scenario, to change its parameters"));
    m_remove = button(tr("Remove"), "removeButton", tr("Remove the scenario (its output files stay)"));
    auto *row1 = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_duplicate, m_remove})
        row1->addWidget(b);
    layout->addLayout(row1);
    m_run = button(tr("Run"), "runButton", tr("Run the selected scenario in the background"));
    m_runAll = button(tr("Run All"), "runAllButton", tr("Run every scenario in the background"));
    m_cancel = button(tr("Cancel"), "cancelButton", tr("Stop the scenarios being run"));
    auto *row2 = new QHBoxLayout;
    for (QPushButton *b : {m_run, m_runAll, m_cancel})
        row2->addWidget(b);
    layout->addLayout(row2);
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto *compareBox = new QGroupBox(tr("Compare"), content);
    auto *compareForm = new QFormLayout(compareBox);
    m_compareA = new QComboBox(compareBox);
    m_compareA->setObjectName(u"compareA"_s);
    m_compareB = new QComboBox(compareBox);
    m_compareB->setObjectName(u"compareB"_s);
    m_compare = button(tr("Compare"), "compareButton",
                       tr("Differences per unit (B − A) of the two scenarios' results: a table and a map"));
    compareForm->addRow(tr("A (reference):"), m_compareA);
    compareForm->addRow(tr("B:"), m_compareB);
    compareForm->addRow(m_compare);
    layout->addWidget(compareBox);
    setWidget(content);

    connect(m_list, &QListWidget::currentRowChanged, this, &ScenarioDock::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ScenarioDock::editScenario);
    connect(m_new, &QPushButton::clicked, this, &ScenarioDock::newScenario);
    connect(m_edit, &QPushButton::clicked, this, &ScenarioDock::editScenario);
    connect(m_duplicate, &QPushButton::clicked, this, &ScenarioDock::duplicateScenario);
    connect(m_remove, &QPushButton::clicked, this, &ScenarioDock::removeScenario);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (!currentScenario().isEmpty())
            runScenarios({currentScenario()});
    });
    connect(m_runAll, &QPushButton::clicked, this, [this] {
        if (m_project)
            runScenarios(m_project->scenarioNames());
    });
    connect(m_cancel, &QPushButton::clicked, this, &ScenarioDock::cancel);
    connect(m_compare, &QPushButton::clicked, this, [this] { compare(m_compareA->currentText(), m_compareB->currentText()); });
    if (m_project) {
        connect(m_project, &Project::scenariosChanged, this, &ScenarioDock::refresh);
        connect(m_project, &Project::analysisRunsChanged, this, &ScenarioDock::updateButtons);
    }
    refresh();
}

ScenarioDock::~ScenarioDock()
{
    // Tasks point at the runner algorithms owned here.
    for (const QPointer<AlgorithmTask> &t : std::as_const(m_tasks))
        if (t)
            t->cancel();
    if (m_analysis && !m_tasks.isEmpty())
        m_analysis->taskManager()->waitForAll(30000);
}

QString ScenarioDock::currentScenario() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ScenarioDock::refresh()
{
    const QString current = currentScenario();
    const QString a = m_compareA->currentText(), b = m_compareB->currentText();
    m_list->clear();
    m_compareA->clear();
    m_compareB->clear();
    if (m_project) {
        for (const Scenario &s : m_project->scenarios()) {
            auto *item = new QListWidgetItem(s.name, m_list);
            item->setData(Qt::UserRole, s.name);
            QStringList tip;
            if (!s.description.isEmpty())
                tip << s.description;
            if (!s.author.isEmpty())
                tip << tr("Author: %1").arg(s.author);
            tip << tr("%n analysis/analyses", nullptr, int(s.runs.size()));
            item->setToolTip(tip.join(u'\n'));
            if (s.name == current)
                m_list->setCurrentItem(item);
            m_compareA->addItem(s.name);
            m_compareB->addItem(s.name);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (const int i = m_compareA->findText(a); i >= 0)
        m_compareA->setCurrentIndex(i);
    if (const int i = m_compareB->findText(b); i >= 0)
        m_compareB->setCurrentIndex(i);
    else if (m_compareB->count() > 1)
        m_compareB->setCurrentIndex(1);
    updateButtons();
}

void ScenarioDock::updateButtons()
{
    const bool selected = !currentScenario().isEmpty();
    const bool running = isRunning();
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_remove->setEnabled(selected && !running);
    m_run->setEnabled(selected && !running);
    m_runAll->setEnabled(m_list->count() > 0 && !running);
    m_cancel->setEnabled(running);
    m_compare->setEnabled(m_compareA->count() > 1);
    QString details;
    if (m_project && selected) {
        if (const Scenario *s = m_project->scenario(currentScenario())) {
            QStringList lines;
            if (!s->description.isEmpty())
                lines << s->description.toHtmlEscaped();
            if (!s->author.isEmpty())
                lines << tr("Author: %1").arg(s->author.toHtmlEscaped());
            for (int i = 0; i < s->runs.size(); ++i)
                lines << runLabel(s->runs[i], m_analysis ? m_analysis->registry() : nullptr, i).toHtmlEscaped();
            details = lines.join(u"<br>"_s);
        }
    }
    m_details->setText(details);
}

bool ScenarioDock::isRunning() const
{
    for (const QPointer<AlgorithmTask> &t : m_tasks)
        if (t && t->isRunning())
            return true;
    return false;
}

void ScenarioDock::cancel()
{
    for (const QPointer<AlgorithmTask> &t : std::as_const(m_tasks))
        if (t)
            t->cancel();
}

QString ScenarioDock::createFromRecordedRuns(const QString &name, const QStringList &runIds)
{
    if (!m_project)
        return {};
    Scenario s;
    s.name = name;
    for (AnalysisRun run : m_project->analysisRuns()) {
        if (!runIds.isEmpty() && !runIds.contains(run.id))
            continue;
        run.outputLayerIds.clear();
        run.autoRerun = false;
        s.runs << run;
    }
    if (s.runs.isEmpty())
        return {};
    return m_project->addScenario(s);
}

void ScenarioDock::newScenario()
{
    if (!m_project)
        return;
    const QList<AnalysisRun> recorded = m_project->analysisRuns();
    if (recorded.isEmpty()) {
        if (m_analysis)
            m_analysis->notifier()->info(
                tr("The project has no recorded analyses yet: run one from the Analysis menu, then make a scenario of it."));
        return;
    }
    Scenario s;
    s.name = tr("Scenario %1").arg(m_project->scenarios().size() + 1);
    for (AnalysisRun run : recorded) {
        run.outputLayerIds.clear();
        run.autoRerun = false;
        s.runs << run;
    }
    ScenarioEditDialog dialog(s, m_analysis, m_project, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = m_project->addScenario(dialog.scenario());
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
}

void ScenarioDock::editScenario()
{
    const QString name = currentScenario();
    const Scenario *s = m_project ? m_project->scenario(name) : nullptr;
    if (!s)
        return;
    ScenarioEditDialog dialog(*s, m_analysis, m_project, this);
    if (dialog.exec() == QDialog::Accepted && m_project)
        m_project->replaceScenario(name, dialog.scenario());
}

void ScenarioDock::duplicateScenario()
{
    const Scenario *s = m_project ? m_project->scenario(currentScenario()) : nullptr;
    if (!s)
        return;
    Scenario copy = *s;
    copy.name = tr("%1 (copy)").arg(s->name);
    copy.created = copy.modified = QDateTime();
    const QString name = m_project->addScenario(copy);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
}

void ScenarioDock::removeScenario()
{
    const QString name = currentScenario();
    if (name.isEmpty() || !m_project)
        return;
    if (QMessageBox::question(this, tr("Remove Scenario"),
                              tr("Remove the scenario “%1”? Its output files are kept.").arg(name))
        != QMessageBox::Yes)
        return;
    m_project->removeScenario(name);
}

QList<AlgorithmTask *> ScenarioDock::runScenarios(const QStringList &names)
{
    QList<AlgorithmTask *> started;
    if (!m_project || !m_analysis)
        return started;
    if (m_project->fileName().isEmpty()) {
        m_analysis->notifier()->warning(tr("Save the project first: a scenario's outputs go next to the project file."));
        return started;
    }
    for (const QString &name : names) {
        const Scenario *s = m_project->scenario(name);
        if (!s)
            continue;
        m_runners.push_back(std::make_unique<ScenarioTaskAlgorithm>(*s, m_project->fileName(), m_analysis->registry()));
        AlgorithmTask *task = m_analysis->taskManager()->run(m_runners.back().get(), {});
        m_tasks.removeAll(nullptr);
        m_tasks << task;
        connect(task, &AlgorithmTask::progressChanged, this, [this] {
            double sum = 0;
            int n = 0;
            for (const QPointer<AlgorithmTask> &t : std::as_const(m_tasks)) {
                if (t && t->isRunning()) {
                    sum += t->progress();
                    ++n;
                }
            }
            m_progress->setValue(n > 0 ? int(sum / n) : 100);
        });
        connect(task, &AlgorithmTask::finished, this, [this, name](AlgorithmTask *t) { onTaskFinished(t, name); });
        started << task;
    }
    if (!started.isEmpty()) {
        m_progress->setValue(0);
        m_progress->setVisible(true);
    }
    updateButtons();
    return started;
}

void ScenarioDock::onTaskFinished(AlgorithmTask *task, const QString &name)
{
    m_tasks.removeAll(task);
    m_tasks.removeAll(nullptr);
    QStringList layerIds;
    const bool ok = task->state() == AlgorithmTask::State::Succeeded;
    if (ok)
        layerIds = addOutputs(name, task->outputs());
    // Failures and cancels are reported by the AnalysisController like any task.
    if (!isRunning())
        m_progress->setVisible(false);
    updateButtons();
    emit scenarioFinished(name, ok, layerIds);
}

QStringList ScenarioDock::addOutputs(const QString &scenario, const QVariantMap &outputs)
{
    QStringList ids;
    if (!m_project)
        return ids;
    for (const QVariant &entry : outputs.value(u"layers"_s).toList()) {
        const QVariantMap map = entry.toMap();
        const QString file = map.value(u"file"_s).toString();
        auto run = AnalysisRun::fromJson(QJsonObject::fromVariantMap(map.value(u"run"_s).toMap()), {});
        Layer *layer = layerWithFile(m_project, file);
        if (layer) {
            // Run again: the layer shows the new data with its style.
            auto replaced = m_project->replaceLayerSource(layer->id(), file);
            if (!replaced) {
                m_analysis->notifier()->error(replaced.error());
                continue;
            }
            layer = *replaced;
        } else {
            const VectorSource split = splitVectorSource(file);
            auto opened = openLayer(split.path, split.layerName);
            if (!opened) {
                m_analysis->notifier()->error(opened.error());
                continue;
            }
            (*opened)->setName(tr("%1: %2").arg(scenario, QFileInfo(split.path).completeBaseName()));
            layer = m_project->addLayer(std::move(*opened));
        }
        if (run) {
            run->outputLayerIds.clear();
            m_project->setProvenance(layer->id(), *run);
        }
        ids << layer->id();
    }
    return ids;
}

bool ScenarioDock::compare(const QString &nameA, const QString &nameB)
{
    if (!m_project || !m_analysis || !m_analysis->registry())
        return false;
    Notifier *notifier = m_analysis->notifier();
    const Scenario *a = m_project->scenario(nameA);
    const Scenario *b = m_project->scenario(nameB);
    if (!a || !b || nameA == nameB) {
        notifier->warning(tr("Choose two different scenarios to compare."));
        return false;
    }
    QStringList layers;
    for (const Scenario *s : {a, b}) {
        auto layer = ScenarioRunner::resultLayer(*s, m_project->fileName(), *m_analysis->registry());
        if (!layer) {
            notifier->warning(layer.error().message);
            return false;
        }
        if (!QFileInfo::exists(splitVectorSource(*layer).path)) {
            notifier->warning(tr("Scenario “%1” has no results yet: run it first.").arg(s->name));
            return false;
        }
        layers << *layer;
    }
    const QString key = !a->compareField.isEmpty() ? a->compareField : b->compareField;
    if (key.isEmpty()) {
        notifier->warning(tr("Set the key field (e.g. the district code) in the properties of scenario “%1”.").arg(a->name));
        return false;
    }
    const QFileInfo projectInfo(m_project->fileName());
    const QString dir = QDir(projectInfo.absolutePath()).filePath(projectInfo.completeBaseName() + u".scenarios/_comparisons"_s);
    const QString base = safeName(nameA) + u"_vs_"_s + safeName(nameB);
    auto result = std::make_shared<Result<ScenarioComparison>>(fail(QString()));
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result, nameA, nameB] {
        watcher->deleteLater();
        if (!*result) {
            if (m_analysis)
                m_analysis->notifier()->error(result->error());
            emit comparisonFinished({});
            return;
        }
        emit comparisonFinished(showComparison(**result, nameA, nameB));
    });
    const QString layerA = layers.at(0), layerB = layers.at(1);
    watcher->setFuture(QtConcurrent::run([result, layerA, layerB, key, dir, base] {
        *result = ScenarioCompare::compare(layerA, layerB, key, dir, base, nullptr);
    }));
    return true;
}

QString ScenarioDock::showComparison(const ScenarioComparison &c, const QString &nameA, const QString &nameB)
{
    if (m_comparisonDialog)
        m_comparisonDialog->close();
    m_comparisonDialog = new ScenarioComparisonDialog(c, nameA, nameB, window());
    m_comparisonDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_comparisonDialog->show();
    if (m_analysis)
        m_analysis->notifier()->log(c.summaryText(nameA, nameB));
    if (!m_project)
        return {};

    // The difference map: B − A of the score when there is one, else of the first field.
    const int field = c.fields.contains(u"score"_s) ? int(c.fields.indexOf(u"score"_s)) : 0;
    QList<double> values;
    double extreme = 0;
    for (const ScenarioComparison::Row &row : c.rows) {
        const double d = row.difference(field);
        if (std::isfinite(d)) {
            values << d;
            extreme = std::max(extreme, std::abs(d));
        }
    }
    if (extreme == 0)
        extreme = 1;
    Layer *layer = layerWithFile(m_project, c.gpkgPath);
    if (layer) {
        auto replaced = m_project->replaceLayerSource(layer->id(), c.gpkgPath);
        if (!replaced) {
            m_analysis->notifier()->error(replaced.error());
            return {};
        }
        layer = *replaced;
    } else {
        auto opened = openLayer(c.gpkgPath, u"difference"_s);
        if (!opened) {
            m_analysis->notifier()->error(opened.error());
            return {};
        }
        (*opened)->setName(tr("Difference %1 − %2: %3").arg(nameB, nameA, c.fields.value(field)));
        layer = m_project->addLayer(std::move(*opened));
    }
    if (auto *vector = qobject_cast<VectorLayer *>(layer)) {
        // Diverging: symmetric classes around 0, red for falls, blue for rises.
        const QList<double> breaks{-extreme, -0.6 * extreme, -0.2 * extreme, 0.2 * extreme, 0.6 * extreme, extreme};
        vector->setStyle(VectorStyle::graduated(vector->style(), ScenarioComparison::columnNames(c.fields.value(field)).at(2),
                                                values, ClassificationMethod::Manual, 5, u"RdBu"_s, false, breaks));
    }
    return layer->id();
}

} // namespace territoria
