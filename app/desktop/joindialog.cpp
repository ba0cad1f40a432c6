#include "joindialog.h"

#include "data/vectorlayer.h"
#include "notifier.h"
#include "project/project.h"
#include "settings.h"
#include "tableimportdialog.h"
#include "task/feedback.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// Runs `work` on a worker thread with a progress dialog offering Cancel (through
// the Feedback); then `done` on the GUI thread, unless canceled.
void runTask(QWidget *parent, const QString &title, const QString &label, std::function<void(Feedback *)> work,
             std::function<void(bool canceled)> done)
{
    auto *feedback = new Feedback(parent);
    auto *progress = new QProgressDialog(label, JoinDialog::tr("Cancel"), 0, 0, parent);
    progress->setWindowTitle(title);
    progress->setObjectName(u"joinProgressDialog"_s);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setWindowModality(Qt::WindowModal);
    QObject::connect(progress, &QProgressDialog::canceled, feedback, &Feedback::cancel);
    QObject::connect(feedback, &Feedback::progressChanged, progress, [progress](double p) {
        if (progress->maximum() == 0)
            progress->setRange(0, 100);
        progress->setValue(int(p));
    });
    auto *watcher = new QFutureWatcher<void>(parent);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, parent, [watcher, feedback, progress, done] {
        watcher->deleteLater();
        progress->hide();
        progress->deleteLater();
        const bool canceled = feedback->isCanceled();
        feedback->deleteLater();
        done(canceled);
    });
    watcher->setFuture(QtConcurrent::run([work, feedback] { work(feedback); }));
    progress->setValue(0);
}

QString listText(const QStringList &keys, int max = 40)
{
    QStringList shown = keys.mid(0, max);
    QString text = shown.join(u", "_s);
    if (keys.size() > max)
        text += u" "_s + JoinDialog::tr("… and %n more", nullptr, int(keys.size()) - max);
    return text;
}

} // namespace

JoinDialog::JoinDialog(Project *project, Layer *target, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setObjectName(u"joinDialog"_s);
    setWindowTitle(tr("Join a Table to a Layer"));

    m_layer = new QComboBox(this);
    m_layer->setObjectName(u"layerBox"_s);
    m_layerField = new QComboBox(this);
    m_layerField->setObjectName(u"layerFieldBox"_s);
    m_tableFile = new QLineEdit(this);
    m_tableFile->setObjectName(u"tableFileEdit"_s);
    m_tableFile->setReadOnly(true);
    m_tableFile->setPlaceholderText(tr("No table chosen"));
    m_chooseTable = new QPushButton(tr("Choose &Table…"), this);
    m_chooseTable->setObjectName(u"chooseTableButton"_s);
    m_tableInfo = new QLabel(this);
    m_tableInfo->setObjectName(u"tableInfoLabel"_s);
    m_tableInfo->setWordWrap(true);
    m_tableField = new QComboBox(this);
    m_tableField->setObjectName(u"tableFieldBox"_s);
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(u"prefixEdit"_s);
    m_prefix->setPlaceholderText(tr("e.g. inei_"));
    m_zeroPad = new QSpinBox(this);
    m_zeroPad->setObjectName(u"zeroPadBox"_s);
    m_zeroPad->setRange(0, 32);
    m_zeroPad->setSpecialValueText(tr("No padding"));
    m_zeroPad->setToolTip(tr("Left-pads digit-only keys of both sides with zeros to this width (40101 → 040101)."));
    m_columns = new QListWidget(this);
    m_columns->setObjectName(u"columnList"_s);
    m_columns->setMaximumHeight(140);

    auto *layerBox = new QGroupBox(tr("Layer"), this);
    auto *layerForm = new QFormLayout(layerBox);
    layerForm->addRow(tr("&Layer:"), m_layer);
    layerForm->addRow(tr("&Key field:"), m_layerField);
    auto *tableBox = new QGroupBox(tr("Table"), this);
    auto *tableForm = new QFormLayout(tableBox);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_tableFile, 1);
    fileRow->addWidget(m_chooseTable);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_chooseTable);
    tableForm->addRow(fileLabel, fileRow);
    tableForm->addRow(QString(), m_tableInfo);
    tableForm->addRow(tr("Key &column:"), m_tableField);
    tableForm->addRow(tr("Columns to &join:"), m_columns);
    auto *optionsRow = new QHBoxLayout;
    auto *prefixLabel = new QLabel(tr("&Prefix:"), this);
    prefixLabel->setBuddy(m_prefix);
    optionsRow->addWidget(prefixLabel);
    optionsRow->addWidget(m_prefix, 1);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(new QLabel(tr("Zero padding to width:"), this));
    optionsRow->addWidget(m_zeroPad);
    tableForm->addRow(tr("Names:"), optionsRow);

    m_check = new QPushButton(tr("C&heck"), this);
    m_check->setObjectName(u"checkButton"_s);
    m_check->setToolTip(tr("Match the keys and show the report; nothing changes yet."));
    m_reportView = new QTextBrowser(this);
    m_reportView->setObjectName(u"reportView"_s);
    m_reportView->setPlaceholderText(tr("Choose the layer, the table and their keys, then Check."));
    m_keepLive = new QPushButton(tr("&Keep Live in the Project"), this);
    m_keepLive->setObjectName(u"keepLiveButton"_s);
    m_keepLive->setToolTip(tr("The join is saved with the layer and re-run from the table file when the project "
                              "opens and on Layer ▸ Refresh Joins."));
    m_saveLayer = new QPushButton(tr("&Save to a New Layer…"), this);
    m_saveLayer->setObjectName(u"saveLayerButton"_s);
    m_saveLayer->setToolTip(tr("Writes the layer with the joined columns to a GeoPackage and adds it to the project."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepLive, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveLayer, QDialogButtonBox::ActionRole);

    m_applyPad = new QPushButton(this);
    m_applyPad->setObjectName(u"applyPaddingButton"_s);
    m_applyPad->hide();
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_applyPad);
    checkRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(layerBox);
    layout->addWidget(tableBox);
    layout->addLayout(checkRow);
    layout->addWidget(m_reportView, 1);
    layout->addWidget(buttons);

    for (Layer *l : m_project->layers())
        if (auto *vl = qobject_cast<VectorLayer *>(l))
            m_layer->addItem(vl->name(), vl->id());

    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] {
        fillLayerFields();
        invalidateReport();
    });
    connect(m_layerField, &QComboBox::currentIndexChanged, this, &JoinDialog::invalidateReport);
    connect(m_tableField, &QComboBox::currentIndexChanged, this, [this] {
        // The key column itself is not joined.
        for (int i = 0; i < m_columns->count(); ++i) {
            QListWidgetItem *item = m_columns->item(i);
            item->setHidden(item->text() == m_tableField->currentText());
        }
        invalidateReport();
    });
    connect(m_prefix, &QLineEdit::textChanged, this, &JoinDialog::invalidateReport);
    connect(m_zeroPad, &QSpinBox::valueChanged, this, &JoinDialog::invalidateReport);
    connect(m_columns, &QListWidget::itemChanged, this, &JoinDialog::invalidateReport);
    connect(m_chooseTable, &QPushButton::clicked, this, &JoinDialog::chooseTable);
    connect(m_check, &QPushButton::clicked, this, &JoinDialog::check);
    connect(m_applyPad, &QPushButton::clicked, this, [this] {
        m_zeroPad->setValue(m_applyPad->property("padWidth").toInt());
        check();
    });
    connect(m_keepLive, &QPushButton::clicked, this, &JoinDialog::keepLive);
    connect(m_saveLayer, &QPushButton::clicked, this, [this] {
        VectorLayer *layer = targetLayer();
        const QString start = QFileInfo(AppSettings::lastDirectory(u"layer"_s),
                                        (layer ? layer->name() : tr("joined")) + u"_"_s
                                            + QFileInfo(m_tableSource.path).completeBaseName() + u".gpkg"_s)
                                  .filePath();
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Joined Layer"), start,
                                                          tr("GeoPackage (*.gpkg)"));
        if (path.isEmpty())
            return;
        AppSettings::setLastDirectory(u"layer"_s, path);
        saveToNewLayer(path.endsWith(u".gpkg"_s, Qt::CaseInsensitive) ? path : path + u".gpkg"_s);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (target)
        setTargetLayer(target);
    fillLayerFields();
    invalidateReport();
    resize(720, 760);
}

JoinDialog::~JoinDialog() = default;

void JoinDialog::setTargetLayer(Layer *layer)
{
    if (!layer)
        return;
    const int index = m_layer->findData(layer->id());
    if (index >= 0)
        m_layer->setCurrentIndex(index);
}

VectorLayer *JoinDialog::targetLayer() const
{
    return qobject_cast<VectorLayer *>(m_project->layer(m_layer->currentData().toString()));
}

void JoinDialog::setLayerField(const QString &field)
{
    m_layerField->setCurrentIndex(m_layerField->findData(field));
}

void JoinDialog::setTableField(const QString &column)
{
    m_tableField->setCurrentIndex(m_tableField->findText(column));
}

void JoinDialog::setPrefix(const QString &prefix)
{
    m_prefix->setText(prefix);
}

void JoinDialog::setZeroPadWidth(int width)
{
    m_zeroPad->setValue(width);
}

void JoinDialog::fillLayerFields()
{
    const QString previous = m_layerField->currentText();
    m_layerField->clear();
    VectorLayer *layer = targetLayer();
    if (!layer)
        return;
    const Fields fields = layer->fields();
    int guess = -1;
    for (int i = 0; i < fields.size(); ++i) {
        const Field &f = fields.at(i);
        m_layerField->addItem(u"%1 (%2)"_s.arg(f.name, Field::typeName(f.type)), f.name);
        const QString lower = f.name.toLower();
        if (guess < 0 && f.type == FieldType::String
            && (lower.contains("ubigeo"_L1) || lower.startsWith("id"_L1) || lower.startsWith("cod"_L1)))
            guess = i;
    }
    int index = m_layerField->findData(previous);
    if (index < 0)
        index = guess >= 0 ? guess : 0;
    m_layerField->setCurrentIndex(index);
}

void JoinDialog::fillTableColumns()
{
    m_tableField->clear();
    m_columns->clear();
    if (!m_hasTable)
        return;
    int key = -1;
    const QString layerField = m_layerField->currentData().toString();
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const TableColumn &column = m_table.columns.at(c);
        m_tableField->addItem(column.name);
        auto *item = new QListWidgetItem(column.name, m_columns);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        if (key < 0 && column.name.compare(layerField, Qt::CaseInsensitive) == 0)
            key = c;
    }
    // Else the first text column (codes with leading zeros are text).
    for (int c = 0; key < 0 && c < m_table.columns.size(); ++c)
        if (m_table.columns.at(c).type == TableColumnType::Text)
            key = c;
    m_tableField->setCurrentIndex(std::max(0, key));
}

void JoinDialog::setTable(const TableSource &source, const Table &table)
{
    m_tableSource = source;
    m_table = table;
    m_hasTable = true;
    m_tableFile->setText(QDir::toNativeSeparators(source.path));
    QString info = tr("%n row(s)", nullptr, table.rowCount()) + u", "_s
        + tr("%n column(s)", nullptr, int(table.columns.size()));
    if (!table.issues.isEmpty())
        info += u"; "_s + tr("%n problem(s) in the table (see the report)", nullptr, int(table.issues.size()));
    m_tableInfo->setText(info);
    fillTableColumns();
    invalidateReport();
}

void JoinDialog::chooseTable()
{
    TableImportDialog dialog(this);
    if (m_hasTable)
        dialog.setTableSource(m_tableSource);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setTable(dialog.tableSource(), dialog.table());
}

JoinOptions JoinDialog::joinOptions() const
{
    JoinOptions options;
    options.layerField = m_layerField->currentData().toString();
    options.tableField = m_tableField->currentText();
    options.prefix = m_prefix->text().trimmed();
    options.zeroPadWidth = m_zeroPad->value();
    bool all = true;
    QStringList columns;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->text() == options.tableField)
            continue;
        if (item->checkState() == Qt::Checked)
            columns << item->text();
        else
            all = false;
    }
    if (!all)
        options.tableColumns = columns;
    return options;
}

void JoinDialog::invalidateReport()
{
    ++m_generation;
    const bool had = m_hasReport;
    m_hasReport = false;
    m_applyPad->hide();
    updateButtons();
    if (had || !m_reportView->toPlainText().isEmpty())
        m_reportView->setHtml(u"<p style='color:gray'>%1</p>"_s.arg(tr("The options changed: Check again.").toHtmlEscaped()));
}

void JoinDialog::updateButtons()
{
    const bool ready = targetLayer() && m_hasTable && !m_layerField->currentData().toString().isEmpty()
        && m_table.columnIndex(m_tableField->currentText()) >= 0;
    m_check->setEnabled(ready && !m_busy);
    const bool usable = m_hasReport && m_report.matchedCount > 0 && !m_busy;
    m_keepLive->setEnabled(usable);
    m_saveLayer->setEnabled(usable);
}

void JoinDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_layer, m_layerField, m_chooseTable, m_tableField, m_prefix,
                                                        m_zeroPad, m_columns})
        w->setEnabled(!busy);
    updateButtons();
}

void JoinDialog::showError(const QString &message)
{
    m_reportView->setHtml(u"<p style='color:#b00020'><b>%1</b></p>"_s.arg(message.toHtmlEscaped()));
    Q_EMIT failed(message);
}

void JoinDialog::check()
{
    VectorLayer *layer = targetLayer();
    if (!layer || !m_hasTable || m_busy)
        return;
    const JoinOptions options = joinOptions();
    if (m_table.columnIndex(options.tableField) < 0)
        return;
    const QString source = LiveJoins::layerSource(layer->source(), layer->sublayerName());
    const Table table = m_table;
    struct Outcome {
        JoinReport report;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const int generation = m_generation;
    setBusy(true);
    runTask(this, tr("Check the Join"), tr("Matching the keys of “%1”…").arg(layer->name()),
            [outcome, source, table, options](Feedback *feedback) {
                bool numbers = false;
                auto keys = LiveJoins::readLayerKeys(source, options.layerField, &numbers, feedback);
                if (!keys) {
                    outcome->error = keys.error().message;
                    return;
                }
                TableJoin::match(*keys, numbers, table, options, outcome->report);
            },
            [this, outcome, generation](bool canceled) {
                setBusy(false);
                if (canceled || generation != m_generation)
                    return;
                if (!outcome->error.isEmpty()) {
                    showError(outcome->error);
                    return;
                }
                m_report = outcome->report;
                m_hasReport = true;
                const JoinReport &r = m_report;
                QString html;
                auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
                const bool good = r.matchedCount == r.layerFeatureCount && r.layerFeatureCount > 0;
                html += u"<p style='font-size:large'><b style='color:%1'>%2</b></p>"_s.arg(
                    good ? u"#1b7a1b"_s : (r.matchedCount == 0 ? u"#b00020"_s : u"#a05a00"_s),
                    esc(tr("%1 of %2 features matched a table row (%3 rows in the table).")
                            .arg(r.matchedCount)
                            .arg(r.layerFeatureCount)
                            .arg(r.tableRowCount)));
                if (r.typeMismatch)
                    html += u"<p style='color:#a05a00'><b>%1</b> %2</p>"_s.arg(esc(tr("Hint:")), esc(r.hint));
                auto section = [&](const QString &title, const QStringList &keys, const QString &note) {
                    html += u"<p><b>%1</b>"_s.arg(esc(title));
                    if (!note.isEmpty())
                        html += u" <i>%1</i>"_s.arg(esc(note));
                    html += keys.isEmpty() ? u"<br>%1</p>"_s.arg(esc(tr("none")))
                                           : u"<br><tt>%1</tt></p>"_s.arg(esc(listText(keys)));
                };
                section(tr("Layer keys without a table row (%1):").arg(r.unmatchedLayerKeys.size()), r.unmatchedLayerKeys,
                        r.unmatchedLayerKeys.isEmpty() ? QString() : tr("their joined fields stay empty"));
                section(tr("Table keys without a feature (%1):").arg(r.unmatchedTableKeys.size()), r.unmatchedTableKeys,
                        QString());
                section(tr("Keys on several table rows (%1):").arg(r.duplicateTableKeys.size()), r.duplicateTableKeys,
                        r.duplicateTableKeys.isEmpty() ? QString() : tr("the first row is joined"));
                if (!m_table.issues.isEmpty()) {
                    QStringList problems;
                    for (qsizetype i = 0; i < m_table.issues.size() && i < 10; ++i)
                        problems << esc(m_table.issues.at(i).message);
                    if (m_table.issues.size() > 10)
                        problems << esc(tr("… and %n more", nullptr, int(m_table.issues.size() - 10)));
                    html += u"<p><b>%1</b><br>%2</p>"_s.arg(
                        esc(tr("Problems in the table (%1), no data dropped:").arg(m_table.issues.size())),
                        problems.join(u"<br>"_s));
                }
                m_reportView->setHtml(html);
                if (r.typeMismatch && m_zeroPad->value() == 0) {
                    // The width join.cpp suggests: the longest unmatched key.
                    int width = 0;
                    for (const QStringList *keys : {&r.unmatchedLayerKeys, &r.unmatchedTableKeys})
                        for (const QString &k : *keys)
                            width = std::max(width, int(k.size()));
                    m_applyPad->setText(tr("Pad Keys to %1 Digits and Check Again").arg(width));
                    m_applyPad->setProperty("padWidth", width);
                    m_applyPad->show();
                }
                updateButtons();
                Q_EMIT checked();
            });
}

QString JoinDialog::reportText() const
{
    return m_reportView->toPlainText();
}

void JoinDialog::keepLive()
{
    VectorLayer *layer = targetLayer();
    if (!layer || !m_hasReport || m_busy)
        return;
    LiveJoin join;
    join.table = m_tableSource;
    join.join = joinOptions();
    QList<LiveJoin> joins = m_project->liveJoins(layer->id());
    joins << join;
    const LiveJoinJob job = m_project->liveJoinJob(layer->id(), joins);
    auto error = std::make_shared<QString>();
    setBusy(true);
    runTask(this, tr("Join"), tr("Joining %1 to “%2”…").arg(QFileInfo(m_tableSource.path).fileName(), layer->name()),
            [job, error](Feedback *feedback) {
                auto ran = LiveJoins::run(job.layerSource(), job.joins, job.cachePath, feedback);
                if (!ran)
                    *error = ran.error().message;
            },
            [this, job, error](bool canceled) {
                setBusy(false);
                if (canceled)
                    return;
                if (!error->isEmpty()) {
                    showError(*error);
                    return;
                }
                auto applied = m_project->applyLiveJoin(job);
                if (!applied) {
                    showError(applied.error().message);
                    return;
                }
                Q_EMIT committed(*applied);
                accept();
            });
}

void JoinDialog::saveToNewLayer(const QString &outputPath)
{
    VectorLayer *layer = targetLayer();
    if (!layer || !m_hasReport || m_busy)
        return;
    const QString source = LiveJoins::layerSource(layer->source(), layer->sublayerName());
    const Table table = m_table;
    const JoinOptions options = joinOptions();
    const int index = m_project->indexOf(layer);
    struct Outcome {
        std::unique_ptr<VectorLayer> layer;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread *guiThread = thread();
    setBusy(true);
    runTask(this, tr("Join"), tr("Writing %1…").arg(QFileInfo(outputPath).fileName()),
            [outcome, source, table, options, outputPath, guiThread](Feedback *feedback) {
                auto report = TableJoin::joinToFile(source, table, options, outputPath, feedback);
                if (!report) {
                    outcome->error = report.error().message;
                    return;
                }
                auto opened = VectorLayer::open(outputPath);
                if (!opened) {
                    outcome->error = opened.error().message;
                    return;
                }
                (*opened)->moveToThread(guiThread);
                outcome->layer = std::move(*opened);
            },
            [this, outcome, index](bool canceled) {
                setBusy(false);
                if (canceled)
                    return;
                if (!outcome->layer) {
                    showError(outcome->error);
                    return;
                }
                Layer *added = m_project->addLayer(std::move(outcome->layer), std::max(0, index));
                Q_EMIT committed(added);
                accept();
            });
}

void JoinDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void refreshLiveJoins(Project *project, Notifier *notifier, QWidget *parent)
{
    const QList<LiveJoinJob> jobs = project->liveJoinJobs();
    auto say = [notifier, parent](const QString &text, bool problem) {
        if (notifier)
            problem ? notifier->warning(text) : notifier->info(text);
        else if (problem)
            QMessageBox::warning(parent, JoinDialog::tr("Refresh Joins"), text);
        else
            QMessageBox::information(parent, JoinDialog::tr("Refresh Joins"), text);
    };
    if (jobs.isEmpty()) {
        say(JoinDialog::tr("No layer of the project has a live join."), false);
        return;
    }
    auto errors = std::make_shared<QList<QString>>(jobs.size());
    runTask(parent, JoinDialog::tr("Refresh Joins"), JoinDialog::tr("Re-running the joins of %n layer(s)…", nullptr, int(jobs.size())),
            [jobs, errors](Feedback *feedback) {
                for (qsizetype i = 0; i < jobs.size() && !feedback->isCanceled(); ++i) {
                    auto ran = LiveJoins::run(jobs.at(i).layerSource(), jobs.at(i).joins, jobs.at(i).cachePath, feedback);
                    if (!ran)
                        (*errors)[i] = ran.error().message;
                }
            },
            [project = QPointer<Project>(project), jobs, errors, say](bool canceled) {
                if (!project || canceled)
                    return;
                int done = 0;
                QStringList problems;
                for (qsizetype i = 0; i < jobs.size(); ++i) {
                    const LiveJoinJob &job = jobs.at(i);
                    if (!errors->at(i).isEmpty()) {
                        problems << JoinDialog::tr("Layer “%1” keeps its previous joined data: %2").arg(job.layerName, errors->at(i));
                        continue;
                    }
                    if (!project->layer(job.layerId))
                        continue; // removed meanwhile
                    auto applied = project->applyLiveJoin(job);
                    if (applied)
                        ++done;
                    else
                        problems << JoinDialog::tr("Layer “%1”: %2").arg(job.layerName, applied.error().message);
                }
                if (done > 0)
                    say(JoinDialog::tr("The joins of %n layer(s) were re-run from their tables.", nullptr, done), false);
                for (const QString &p : std::as_const(problems))
                    say(p, true);
            });
}

void addJoinActions(QMenu *menu, Project *project, std::function<Layer *()> currentLayer, Notifier *notifier, QWidget *parent)
{
    QAction *join = menu->addAction(JoinDialog::tr("&Join Table…"));
    join->setObjectName(u"joinTableAction"_s);
    join->setStatusTip(JoinDialog::tr("Join a table (CSV, XLSX, ODS) to a layer by key, with a report of the keys"));
    QObject::connect(join, &QAction::triggered, parent, [project, currentLayer, notifier, parent] {
        bool hasVector = false;
        for (Layer *l : project->layers())
            hasVector = hasVector || qobject_cast<VectorLayer *>(l);
        if (!hasVector) {
            QMessageBox::information(parent, JoinDialog::tr("Join Table"),
                                     JoinDialog::tr("Add a vector layer first: the table is joined to its features."));
            return;
        }
        auto *dialog = new JoinDialog(project, currentLayer ? currentLayer() : nullptr, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (notifier)
            QObject::connect(dialog, &JoinDialog::committed, notifier, [notifier](Layer *layer) {
                notifier->success(JoinDialog::tr("Table joined to “%1”.").arg(layer->name()));
            });
        dialog->show();
    });
    QAction *refresh = menu->addAction(JoinDialog::tr("Re&fresh Joins"));
    refresh->setObjectName(u"refreshJoinsAction"_s);
    refresh->setStatusTip(JoinDialog::tr("Re-run the live joins of the project from the current table files"));
    QObject::connect(refresh, &QAction::triggered, parent, [project, notifier, parent] { refreshLiveJoins(project, notifier, parent); });
}

} // namespace territoria
