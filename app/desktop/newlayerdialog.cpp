#include "newlayerdialog.h"

#include "gui/crsselectorwidget.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QDir>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

const QList<FieldType> kFieldTypes{FieldType::String, FieldType::Integer, FieldType::Integer64, FieldType::Real,
                                   FieldType::Date, FieldType::DateTime, FieldType::Boolean};

QString typeLabel(FieldType type)
{
    switch (type) {
    case FieldType::String: return NewLayerDialog::tr("Text");
    case FieldType::Integer: return NewLayerDialog::tr("Whole number");
    case FieldType::Integer64: return NewLayerDialog::tr("Whole number (64 bit)");
    case FieldType::Real: return NewLayerDialog::tr("Decimal number");
    case FieldType::Date: return NewLayerDialog::tr("Date");
    case FieldType::DateTime: return NewLayerDialog::tr("Date and time");
    case FieldType::Boolean: return NewLayerDialog::tr("Boolean");
    default: return Field::typeName(type);
    }
}

enum Column { NameColumn, TypeColumn, WidthColumn, PrecisionColumn };

} // namespace

NewLayerDialog::NewLayerDialog(const Crs &defaultCrs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"newLayerDialog"_s);
    setWindowTitle(tr("New Layer"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(tr("GeoPackage"), u"GPKG"_s);
    m_format->addItem(tr("Shapefile"), u"ESRI Shapefile"_s);
    form->addRow(tr("Format:"), m_format);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"pathEdit"_s);
    auto *browse = new QToolButton(this);
    browse->setText(u"…"_s);
    browse->setToolTip(tr("Choose the file"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File:"), pathRow);
    m_table = new QLineEdit(this);
    m_table->setObjectName(u"tableEdit"_s);
    m_table->setPlaceholderText(tr("default: the file name"));
    m_tableLabel = new QLabel(tr("Table name:"), this);
    form->addRow(m_tableLabel, m_table);
    auto *geometryRow = new QHBoxLayout;
    m_geometry = new QComboBox(this);
    m_geometry->setObjectName(u"geometryCombo"_s);
    m_geometry->addItem(tr("Point"), int(GeometryKind::Point));
    m_geometry->addItem(tr("Line"), int(GeometryKind::Line));
    m_geometry->addItem(tr("Polygon"), int(GeometryKind::Polygon));
    m_geometry->addItem(tr("No geometry (table only)"), int(GeometryKind::Null));
    m_multi = new QCheckBox(tr("Multi-part"), this);
    m_multi->setObjectName(u"multiCheck"_s);
    geometryRow->addWidget(m_geometry, 1);
    geometryRow->addWidget(m_multi);
    form->addRow(tr("Geometry:"), geometryRow);
    m_crs = new CrsSelectorWidget(this);
    m_crs->setObjectName(u"crsSelector"_s);
    if (defaultCrs.isValid())
        m_crs->setCrs(defaultCrs);
    form->addRow(tr("CRS:"), m_crs);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Fields:"), this));
    m_fields = new QTableWidget(0, 4, this);
    m_fields->setObjectName(u"fieldsTable"_s);
    m_fields->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Width"), tr("Precision")});
    m_fields->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_fields->setColumnWidth(TypeColumn, 200);
    m_fields->setColumnWidth(WidthColumn, 90);
    m_fields->setColumnWidth(PrecisionColumn, 90);
    m_fields->setMinimumHeight(150);
    m_fields->verticalHeader()->hide();
    layout->addWidget(m_fields, 1);
    auto *fieldButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Field"), this);
    add->setObjectName(u"addFieldButton"_s);
    auto *remove = new QPushButton(tr("&Remove Field"), this);
    remove->setObjectName(u"removeFieldButton"_s);
    fieldButtons->addWidget(add);
    fieldButtons->addWidget(remove);
    fieldButtons->addStretch(1);
    layout->addLayout(fieldButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewLayerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, &NewLayerDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &NewLayerDialog::formatChanged);
    connect(m_geometry, &QComboBox::currentIndexChanged, this, [this] {
        const bool none = GeometryKind(m_geometry->currentData().toInt()) == GeometryKind::Null;
        m_multi->setEnabled(!none);
        m_crs->setEnabled(!none);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        addField(Field{QString(), FieldType::String, 80, 0});
        m_fields->setCurrentCell(m_fields->rowCount() - 1, NameColumn);
        m_fields->editItem(m_fields->item(m_fields->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_fields->currentRow() >= 0)
            removeField(m_fields->currentRow());
    });
    formatChanged();
    resize(640, 720);
}

void NewLayerDialog::formatChanged()
{
    const bool gpkg = m_format->currentData().toString() == u"GPKG"_s;
    m_table->setVisible(gpkg);
    m_tableLabel->setVisible(gpkg);
    // Shapefiles always have a geometry.
    const int none = m_geometry->findData(int(GeometryKind::Null));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_geometry->model()); model && none >= 0) {
        if (QStandardItem *item = model->item(none))
            item->setEnabled(gpkg);
        if (!gpkg && m_geometry->currentIndex() == none)
            m_geometry->setCurrentIndex(0);
    }
    const QString path = m_path->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QString suffix = gpkg ? u".gpkg"_s : u".shp"_s;
        if (!path.endsWith(suffix, Qt::CaseInsensitive))
            m_path->setText(info.path() + u'/' + info.completeBaseName() + suffix);
    }
}

void NewLayerDialog::browse()
{
    const bool gpkg = m_format->currentData().toString() == u"GPKG"_s;
    QString start = m_path->text();
    if (start.isEmpty())
        start = AppSettings::lastDirectory(u"layer"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Layer File"), start,
        gpkg ? tr("GeoPackage (*.gpkg)") : tr("Shapefile (*.shp)"), nullptr,
        gpkg ? QFileDialog::DontConfirmOverwrite : QFileDialog::Options()); // a GeoPackage may take another table
    if (path.isEmpty())
        return;
    setPath(path);
    AppSettings::setLastDirectory(u"layer"_s, path);
}

void NewLayerDialog::setPath(const QString &path)
{
    m_path->setText(path);
    if (path.endsWith(u".shp"_s, Qt::CaseInsensitive))
        setFormat(u"ESRI Shapefile"_s);
    else if (path.endsWith(u".gpkg"_s, Qt::CaseInsensitive))
        setFormat(u"GPKG"_s);
    formatChanged();
}

void NewLayerDialog::setFormat(const QString &driver)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(driver)));
}

void NewLayerDialog::setLayerName(const QString &name)
{
    m_table->setText(name);
}

void NewLayerDialog::setGeometryKind(GeometryKind kind, bool multi)
{
    m_geometry->setCurrentIndex(std::max(0, m_geometry->findData(int(kind))));
    m_multi->setChecked(multi);
}

void NewLayerDialog::setCrs(const Crs &crs)
{
    m_crs->setCrs(crs);
}

void NewLayerDialog::addField(const Field &field)
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setItem(row, NameColumn, new QTableWidgetItem(field.name));
    auto *type = new QComboBox(m_fields);
    for (FieldType t : kFieldTypes)
        type->addItem(typeLabel(t), int(t));
    type->setCurrentIndex(std::max(0, type->findData(int(field.type))));
    m_fields->setCellWidget(row, TypeColumn, type);
    auto *width = new QSpinBox(m_fields);
    width->setRange(0, 65535);
    width->setSpecialValueText(tr("default"));
    width->setValue(field.width);
    m_fields->setCellWidget(row, WidthColumn, width);
    auto *precision = new QSpinBox(m_fields);
    precision->setRange(0, 30);
    precision->setValue(field.precision);
    m_fields->setCellWidget(row, PrecisionColumn, precision);
    auto updateEnabled = [type, width, precision] {
        const auto t = FieldType(type->currentData().toInt());
        width->setEnabled(t == FieldType::String || t == FieldType::Integer || t == FieldType::Integer64
                          || t == FieldType::Real);
        precision->setEnabled(t == FieldType::Real);
    };
    connect(type, &QComboBox::currentIndexChanged, m_fields, updateEnabled);
    updateEnabled();
}

void NewLayerDialog::removeField(int row)
{
    if (row >= 0 && row < m_fields->rowCount())
        m_fields->removeRow(row);
}

int NewLayerDialog::fieldRowCount() const
{
    return m_fields->rowCount();
}

NewVectorLayerSpec NewLayerDialog::spec() const
{
    NewVectorLayerSpec spec;
    spec.path = m_path->text().trimmed();
    spec.driver = m_format->currentData().toString();
    if (spec.driver == u"GPKG"_s)
        spec.layerName = m_table->text().trimmed();
    spec.geometryKind = GeometryKind(m_geometry->currentData().toInt());
    spec.multi = m_multi->isChecked() && spec.geometryKind != GeometryKind::Null;
    spec.crs = m_crs->crs();
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        Field field;
        field.name = m_fields->item(row, NameColumn) ? m_fields->item(row, NameColumn)->text().trimmed() : QString();
        field.type = FieldType(static_cast<QComboBox *>(m_fields->cellWidget(row, TypeColumn))->currentData().toInt());
        auto *width = static_cast<QSpinBox *>(m_fields->cellWidget(row, WidthColumn));
        auto *precision = static_cast<QSpinBox *>(m_fields->cellWidget(row, PrecisionColumn));
        field.width = width->isEnabled() ? width->value() : 0;
        field.precision = precision->isEnabled() ? precision->value() : 0;
        spec.fields << field;
    }
    return spec;
}

QString NewLayerDialog::errorText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NewLayerDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void NewLayerDialog::accept()
{
    NewVectorLayerSpec s = spec();
    if (s.path.isEmpty()) {
        showError(tr("Choose the file of the new layer."));
        return;
    }
    const QString suffix = s.driver == u"GPKG"_s ? u".gpkg"_s : u".shp"_s;
    if (!s.path.endsWith(suffix, Qt::CaseInsensitive)) {
        s.path += suffix;
        m_path->setText(s.path);
    }
    if (s.geometryKind != GeometryKind::Null && !s.crs.isValid()) {
        showError(tr("Choose the coordinate reference system of the new layer."));
        return;
    }
    for (int i = 0; i < s.fields.size(); ++i) {
        if (s.fields.at(i).name.isEmpty()) {
            showError(tr("Field %1 has no name.").arg(i + 1));
            return;
        }
    }
    if (s.driver != u"GPKG"_s && QFileInfo::exists(s.path)) {
        showError(tr("The file %1 already exists.").arg(QDir::toNativeSeparators(s.path)));
        return;
    }
    auto created = createEmptyVectorLayer(s);
    if (!created) {
        showError(created.error().message);
        return;
    }
    m_createdPath = s.path;
    m_createdLayer = s.driver == u"GPKG"_s ? (s.layerName.isEmpty() ? QFileInfo(s.path).completeBaseName() : s.layerName)
                                           : QString();
    m_message->hide();
    QDialog::accept();
}

} // namespace territoria
