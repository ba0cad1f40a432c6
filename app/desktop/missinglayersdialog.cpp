#include "missinglayersdialog.h"

#include "project/project.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {
enum Column { NameColumn, SourceColumn, StatusColumn, ButtonColumn };
}

MissingLayersDialog::MissingLayersDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setWindowTitle(tr("Missing Layers"));
    setObjectName(u"missingLayersDialog"_s);
    resize(820, 320);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Layer"), tr("File"), tr("Problem"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(box);
    populate();
}

void MissingLayersDialog::populate()
{
    const QList<MissingLayer> missing = m_project->missingLayers();
    m_summary->setText(tr("%n layer(s) of this project could not be opened. They are kept in the project; "
                          "use “Locate…” to point to the file's new place.",
                          nullptr, int(missing.size())));
    m_table->setRowCount(int(missing.size()));
    for (int row = 0; row < missing.size(); ++row) {
        const MissingLayer &m = missing.at(row);
        auto *name = new QTableWidgetItem(m.name);
        name->setData(Qt::UserRole, m.id);
        m_table->setItem(row, NameColumn, name);
        auto *source = new QTableWidgetItem(m.source);
        source->setToolTip(m.source);
        m_table->setItem(row, SourceColumn, source);
        auto *status = new QTableWidgetItem(m.error.message);
        status->setToolTip(m.error.toString());
        m_table->setItem(row, StatusColumn, status);
        auto *button = new QPushButton(tr("Locate…"), m_table);
        const QString id = m.id;
        connect(button, &QPushButton::clicked, this, [this, id] { browse(id); });
        m_table->setCellWidget(row, ButtonColumn, button);
    }
    m_table->resizeColumnToContents(NameColumn);
    m_table->resizeColumnToContents(ButtonColumn);
}

int MissingLayersDialog::rowCount() const
{
    return m_table->rowCount();
}

QString MissingLayersDialog::layerName(int row) const
{
    auto *item = m_table->item(row, NameColumn);
    return item ? item->text() : QString();
}

QString MissingLayersDialog::layerId(int row) const
{
    auto *item = m_table->item(row, NameColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString MissingLayersDialog::status(int row) const
{
    auto *item = m_table->item(row, StatusColumn);
    return item ? item->text() : QString();
}

int MissingLayersDialog::rowOf(const QString &layerId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (this->layerId(row) == layerId)
            return row;
    }
    return -1;
}

void MissingLayersDialog::browse(const QString &layerId)
{
    const int row = rowOf(layerId);
    if (row < 0)
        return;
    const QString oldSource = m_table->item(row, SourceColumn)->text();
    QString dir = QFileInfo(oldSource).absolutePath();
    if (!QFileInfo(dir).isDir())
        dir = AppSettings::lastDirectory(u"layer"_s);
    const QString path = QFileDialog::getOpenFileName(this, tr("Locate “%1”").arg(layerName(row)), dir);
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(u"layer"_s, path);
    locate(layerId, path);
}

bool MissingLayersDialog::locate(const QString &layerId, const QString &newPath)
{
    const int row = rowOf(layerId);
    if (row < 0)
        return false;
    auto restored = m_project->restoreLayer(layerId, newPath);
    auto *status = m_table->item(row, StatusColumn);
    if (!restored) {
        status->setText(restored.error().message);
        status->setForeground(QColor(0xb0, 0x00, 0x20));
        return false;
    }
    m_project->setDirty();
    status->setText(tr("Restored from %1").arg(newPath));
    status->setForeground(QColor(0x1b, 0x7a, 0x1b));
    m_table->item(row, SourceColumn)->setText(newPath);
    if (auto *button = m_table->cellWidget(row, ButtonColumn))
        button->setEnabled(false);
    emit layerRestored(*restored);
    return true;
}

} // namespace territoria
