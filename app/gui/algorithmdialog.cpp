#include "algorithmdialog.h"

#include "analysis/algorithm.h"
#include "taskmanager.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

QString outputText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return std::isfinite(d) ? QLocale().toString(d, 'g', 15) : QString::number(d);
    }
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(u", "_s);
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QLocale().toString(v.toLongLong());
    return v.toString();
}

} // namespace

AlgorithmDialog::AlgorithmDialog(const Algorithm *algorithm, TaskManager *tasks, const ParameterContext &context,
                                 QWidget *parent)
    : QDialog(parent)
    , m_algorithm(algorithm)
    , m_tasks(tasks)
    , m_context(context)
{
    Q_ASSERT(algorithm);
    setObjectName(u"algorithmDialog"_s);
    setWindowTitle(algorithm->displayName());
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tabs = new QTabWidget(splitter);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    buildForm(page);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, tr("Parameters"));
    m_log = new QPlainTextEdit(m_tabs);
    m_log->setObjectName(u"algorithmLog"_s);
    m_log->setReadOnly(true);
    m_tabs->addTab(m_log, tr("Log"));

    m_help = new QTextBrowser(splitter);
    m_help->setObjectName(u"algorithmHelp"_s);
    m_help->setOpenExternalLinks(false);
    m_help->setHtml(helpHtml());
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_help);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 340});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { color: #a4000f; background: #fde7e9; border: 1px solid #f1a7ae; "
                           "border-radius: 3px; padding: 6px; }"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto *bottom = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    bottom->addWidget(m_progress, 1);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setEnabled(false);
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(u"runButton"_s);
    m_runButton->setDefault(true);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(u"closeButton"_s);
    bottom->addWidget(m_cancelButton);
    bottom->addWidget(m_runButton);
    bottom->addWidget(m_closeButton);
    layout->addLayout(bottom);

    connect(m_runButton, &QPushButton::clicked, this, &AlgorithmDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &AlgorithmDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);

    restoreSettings();
    resize(900, 560);
}

AlgorithmDialog::~AlgorithmDialog() = default;

void AlgorithmDialog::buildForm(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // extra height below the last parameter, not between rows
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QList<ParameterDefinition> definitions = m_algorithm->parameterDefinitions();
    for (const ParameterDefinition &def : definitions) {
        ParameterWidget *w = ParameterWidget::create(def, m_context, page);
        w->setToolTip(def.name);
        m_widgets.insert(def.name, w);
        m_ordered << w;
        if (def.type == ParameterType::Boolean) {
            form->addRow(QString(), w);
            continue;
        }
        QString label = def.description;
        if (def.optional)
            label = tr("%1 [optional]").arg(label);
        auto *l = new QLabel(label, page);
        l->setWordWrap(true);
        l->setBuddy(w);
        form->addRow(l, w);
    }
    // Field lists follow their parent layer.
    for (ParameterWidget *w : std::as_const(m_ordered)) {
        auto *field = qobject_cast<FieldParameterWidget *>(w);
        if (!field)
            continue;
        ParameterWidget *parent = m_widgets.value(w->definition().parentParameter);
        if (!parent)
            continue;
        connect(parent, &ParameterWidget::valueChanged, field,
                [field, parent] { field->setParentSource(parent->value().toString()); });
        field->setParentSource(parent->value().toString());
    }
}

QString AlgorithmDialog::helpHtml() const
{
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(m_algorithm->displayName().toHtmlEscaped(),
                                               m_algorithm->shortHelp().toHtmlEscaped());
    html += u"<h4>%1</h4><ul>"_s.arg(tr("Parameters").toHtmlEscaped());
    for (const ParameterDefinition &d : m_algorithm->parameterDefinitions()) {
        QString line = u"<li><b>%1</b>"_s.arg(d.description.toHtmlEscaped());
        if (d.optional)
            line += u" <i>(%1)</i>"_s.arg(tr("optional").toHtmlEscaped());
        line += u" <tt>%1</tt></li>"_s.arg(d.name);
        html += line;
    }
    html += u"</ul><h4>%1</h4><ul>"_s.arg(tr("Outputs").toHtmlEscaped());
    for (const OutputDefinition &d : m_algorithm->outputDefinitions())
        html += u"<li>%1 <tt>%2</tt></li>"_s.arg(d.description.toHtmlEscaped(), d.name);
    html += u"</ul><p style=\"color:#666\">%1</p>"_s.arg(
        tr("Command line: territoria-cli run %1 --param NAME=VALUE …").arg(m_algorithm->id()).toHtmlEscaped());
    return html;
}

QList<ParameterWidget *> AlgorithmDialog::parameterWidgets() const
{
    return m_ordered;
}

QVariantMap AlgorithmDialog::parameterValues() const
{
    QVariantMap values;
    for (const ParameterWidget *w : m_ordered) {
        const QVariant v = w->value();
        if (v.isValid())
            values.insert(w->definition().name, v);
    }
    return values;
}

void AlgorithmDialog::setParameterValue(const QString &name, const QVariant &value)
{
    if (ParameterWidget *w = m_widgets.value(name))
        w->setValue(value);
}

QString AlgorithmDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

QString AlgorithmDialog::logText() const
{
    return m_log->toPlainText();
}

QString AlgorithmDialog::settingsKey(const QString &algorithmId, const QString &parameter)
{
    QString id = algorithmId;
    id.replace(u':', u'/');
    return u"algorithms/"_s + id + u'/' + parameter;
}

void AlgorithmDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AlgorithmDialog::appendLog(const QString &text, bool warning)
{
    const QString stamp = QTime::currentTime().toString(u"HH:mm:ss"_s);
    if (warning)
        m_log->appendPlainText(u"%1  %2 %3"_s.arg(stamp, tr("Warning:"), text));
    else
        m_log->appendPlainText(u"%1  %2"_s.arg(stamp, text));
}

bool AlgorithmDialog::run()
{
    if (m_task && m_task->isRunning())
        return false;
    if (!m_tasks) {
        showError(tr("The analysis cannot run now."));
        return false;
    }
    QVariantMap values = parameterValues();
    // Output files left empty are written to the temporary folder.
    for (const ParameterWidget *w : std::as_const(m_ordered)) {
        const ParameterDefinition &def = w->definition();
        if (def.type == ParameterType::FileOutput && !values.contains(def.name) && !def.optional)
            values.insert(def.name, static_cast<const FileOutputParameterWidget *>(w)->temporaryPath());
    }
    // The same checks as the command line.
    if (auto prepared = prepareParameters(m_algorithm->parameterDefinitions(), values); !prepared) {
        showError(prepared.error().message);
        return false;
    }
    m_error->hide();
    m_error->clear();
    saveSettings(values);

    m_task = m_tasks->run(m_algorithm, values);
    AlgorithmTask *task = m_task;
    connect(task, &AlgorithmTask::progressChanged, m_progress, [this](double p) { m_progress->setValue(int(p)); });
    connect(task, &AlgorithmTask::logged, this, &AlgorithmDialog::appendLog);
    connect(task, &AlgorithmTask::finished, this, &AlgorithmDialog::onTaskFinished);
    m_progress->setValue(0);
    m_log->clear();
    appendLog(tr("Running %1 (%2)…").arg(m_algorithm->displayName(), m_algorithm->id()));
    // In declaration order, then the same run as a command line.
    QStringList command{u"territoria-cli run "_s + m_algorithm->id()};
    for (const ParameterWidget *w : std::as_const(m_ordered)) {
        const QString name = w->definition().name;
        if (!values.contains(name))
            continue;
        appendLog(u"  %1 = %2"_s.arg(name, outputText(values.value(name))));
        const QVariant v = values.value(name);
        QString text = v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString();
        if (v.typeId() == QMetaType::Double)
            text = QString::number(v.toDouble(), 'g', 17);
        if (text.contains(u' ') || text.contains(u'|') || text.contains(u'\''))
            text = u'\'' + text.replace(u"'"_s, u"'\\''"_s) + u'\'';
        command << u"--param %1=%2"_s.arg(name, text);
    }
    appendLog(command.join(u' '));
    m_tabs->setCurrentWidget(m_log);
    setRunning(true);
    emit taskStarted(task);
    return true;
}

void AlgorithmDialog::cancel()
{
    if (m_task && m_task->isRunning()) {
        m_task->cancel();
        m_cancelButton->setEnabled(false);
        appendLog(tr("Canceling…"));
    }
}

void AlgorithmDialog::onTaskFinished(AlgorithmTask *task)
{
    setRunning(false);
    switch (task->state()) {
    case AlgorithmTask::State::Succeeded: {
        m_progress->setValue(100);
        appendLog(tr("Finished."));
        const QVariantMap outputs = task->outputs();
        for (const OutputDefinition &d : m_algorithm->outputDefinitions()) {
            if (outputs.contains(d.name))
                appendLog(u"  %1: %2"_s.arg(d.description, outputText(outputs.value(d.name))));
        }
        break;
    }
    case AlgorithmTask::State::Canceled:
        m_progress->setValue(0);
        appendLog(tr("Canceled."));
        break;
    case AlgorithmTask::State::Failed:
    case AlgorithmTask::State::Running:
        m_progress->setValue(0);
        if (task->error()) {
            appendLog(task->error()->toString(), true);
            showError(tr("%1 failed: %2").arg(m_algorithm->displayName(), task->error()->message));
        }
        break;
    }
}

void AlgorithmDialog::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_tabs->widget(0)->setEnabled(!running);
}

void AlgorithmDialog::closeEvent(QCloseEvent *event)
{
    // A run goes on in the background (its results still arrive); the dialog just hides.
    QDialog::closeEvent(event);
}

void AlgorithmDialog::restoreSettings()
{
    QSettings settings;
    for (ParameterWidget *w : std::as_const(m_ordered)) {
        const ParameterDefinition &def = w->definition();
        if (def.type == ParameterType::FileOutput)
            continue;
        const QString key = settingsKey(m_algorithm->id(), def.name);
        if (!settings.contains(key))
            continue;
        const QVariant value = settings.value(key);
        // A remembered layer file that is gone: keep the project's layer instead.
        if ((def.type == ParameterType::RasterLayer || def.type == ParameterType::VectorLayer)
            && !QFileInfo::exists(splitVectorSource(value.toString()).path))
            continue;
        w->setValue(value);
    }
}

void AlgorithmDialog::saveSettings(const QVariantMap &values) const
{
    QSettings settings;
    for (const ParameterWidget *w : m_ordered) {
        const ParameterDefinition &def = w->definition();
        if (def.type == ParameterType::FileOutput)
            continue;
        const QString key = settingsKey(m_algorithm->id(), def.name);
        if (values.contains(def.name))
            settings.setValue(key, values.value(def.name));
        else
            settings.remove(key);
    }
}

} // namespace territoria
