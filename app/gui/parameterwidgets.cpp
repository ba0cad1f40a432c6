#include "parameterwidgets.h"

#include "ahpmatrixwidget.h"
#include "crsselectorwidget.h"
#include "data/layer.h"
#include "data/layerloader.h"
#include "data/vectorlayer.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QUuid>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// The text an algorithm reads a project layer from: its file, plus the layer name
// for multi-layer vector sources.
QString layerSource(const Layer *layer)
{
    const QString sub = layer->sublayerName();
    if (layer->kind() == LayerKind::Vector && !sub.isEmpty())
        return layer->source() + u"|layername="_s + sub;
    return layer->source();
}

QHBoxLayout *rowLayout(QWidget *w)
{
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    return layout;
}

QToolButton *browseButton(QWidget *parent, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setText(u"…"_s);
    button->setToolTip(tip);
    button->setObjectName(u"browseButton"_s);
    return button;
}

QString rasterFilter()
{
    return QCoreApplication::translate("ParameterWidget", "Raster files (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.nc *.dem *.hgt)")
           + u";;"_s + QCoreApplication::translate("ParameterWidget", "All files (*)");
}

QString vectorFilter()
{
    return QCoreApplication::translate("ParameterWidget", "Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.tab)")
           + u";;"_s + QCoreApplication::translate("ParameterWidget", "All files (*)");
}

} // namespace

ParameterWidget::ParameterWidget(const ParameterDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
{
    setObjectName(u"param_"_s + definition.name);
}

ParameterWidget *ParameterWidget::create(const ParameterDefinition &definition, const ParameterContext &context,
                                         QWidget *parent)
{
    switch (definition.type) {
    case ParameterType::RasterLayer:
    case ParameterType::VectorLayer:
        return new LayerParameterWidget(definition, context, parent);
    case ParameterType::Field:
        return new FieldParameterWidget(definition, context, parent);
    case ParameterType::Number:
    case ParameterType::Integer:
        return new NumberParameterWidget(definition, parent);
    case ParameterType::Boolean:
        return new BooleanParameterWidget(definition, parent);
    case ParameterType::Enum:
        return new EnumParameterWidget(definition, parent);
    case ParameterType::String:
        if (AhpMatrixParameterWidget::handles(definition))
            return new AhpMatrixParameterWidget(definition, parent);
        return new StringParameterWidget(definition, parent);
    case ParameterType::StringList:
        if (definition.options.isEmpty())
            return new StringParameterWidget(definition, parent);
        return new MultipleChoiceParameterWidget(definition, parent);
    case ParameterType::FileOutput:
        return new FileOutputParameterWidget(definition, parent);
    case ParameterType::Crs:
        return new CrsParameterWidget(definition, context, parent);
    case ParameterType::Extent:
        return new ExtentParameterWidget(definition, context, parent);
    }
    return new StringParameterWidget(definition, parent);
}

// ---------------------------------------------------------------- layers

LayerParameterWidget::LayerParameterWidget(const ParameterDefinition &definition, const ParameterContext &context,
                                           QWidget *parent)
    : ParameterWidget(definition, parent)
    , m_context(context)
{
    auto *layout = rowLayout(this);
    m_combo = new QComboBox(this);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    layout->addWidget(m_combo, 1);
    auto *browse = browseButton(this, tr("Choose a file"));
    layout->addWidget(browse);

    if (definition.optional)
        m_combo->addItem(tr("(none)"), QString());
    const LayerKind wanted = definition.type == ParameterType::RasterLayer ? LayerKind::Raster : LayerKind::Vector;
    if (m_context.project) {
        for (const Layer *layer : m_context.project->layers()) {
            if (layer->kind() != wanted)
                continue;
            const QString source = layerSource(layer);
            m_combo->addItem(layer->name(), source);
            m_combo->setItemData(m_combo->count() - 1, source, Qt::ToolTipRole);
        }
    }
    connect(browse, &QToolButton::clicked, this, &LayerParameterWidget::browse);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ParameterWidget::valueChanged);
}

QVariant LayerParameterWidget::value() const
{
    const QString source = m_combo->currentData().toString();
    return source.isEmpty() ? QVariant() : QVariant(source);
}

void LayerParameterWidget::setValue(const QVariant &value)
{
    selectSource(value.toString());
}

void LayerParameterWidget::selectSource(const QString &source)
{
    if (source.isEmpty()) {
        const int none = m_combo->findData(QString());
        m_combo->setCurrentIndex(none >= 0 ? none : -1);
        return;
    }
    int index = m_combo->findData(source);
    if (index < 0) {
        const VectorSource split = splitVectorSource(source);
        QString label = QFileInfo(split.path).fileName();
        if (!split.layerName.isEmpty())
            label += u" ["_s + split.layerName + u']';
        m_combo->addItem(label, source);
        index = m_combo->count() - 1;
        m_combo->setItemData(index, QDir::toNativeSeparators(split.path), Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(index);
}

void LayerParameterWidget::browse()
{
    const bool raster = m_definition.type == ParameterType::RasterLayer;
    const QString current = splitVectorSource(m_combo->currentData().toString()).path;
    const QString path = QFileDialog::getOpenFileName(this, m_definition.description,
                                                      current.isEmpty() ? QDir::homePath() : QFileInfo(current).path(),
                                                      raster ? rasterFilter() : vectorFilter());
    if (!path.isEmpty())
        selectSource(path);
}

// ---------------------------------------------------------------- fields

FieldParameterWidget::FieldParameterWidget(const ParameterDefinition &definition, const ParameterContext &context,
                                           QWidget *parent)
    : ParameterWidget(definition, parent)
    , m_context(context)
{
    auto *layout = rowLayout(this);
    m_combo = new QComboBox(this);
    layout->addWidget(m_combo, 1);
    setParentSource({});
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_combo->currentIndex() >= 0)
            m_wanted = m_combo->currentData().toString();
        emit valueChanged();
    });
}

QVariant FieldParameterWidget::value() const
{
    const QString name = m_combo->currentData().toString();
    return name.isEmpty() ? QVariant() : QVariant(name);
}

void FieldParameterWidget::setValue(const QVariant &value)
{
    m_wanted = value.toString();
    const int index = m_combo->findData(m_wanted);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void FieldParameterWidget::setParentSource(const QString &source)
{
    m_parentSource = source;
    const QString keep = m_wanted;
    QSignalBlocker block(m_combo);
    m_combo->clear();
    if (m_definition.optional)
        m_combo->addItem(tr("(none)"), QString());
    Fields fields;
    bool found = false;
    if (m_context.project) {
        for (const Layer *layer : m_context.project->layers()) {
            const auto *vl = qobject_cast<const VectorLayer *>(layer);
            if (vl && layerSource(vl) == source) {
                fields = vl->fields();
                found = true;
                break;
            }
        }
    }
    if (!found && !source.isEmpty()) {
        // A file chosen with "…": read its fields (the header only).
        const VectorSource split = splitVectorSource(source);
        if (auto layer = openLayer(split.path, split.layerName)) {
            if (const auto *vl = qobject_cast<const VectorLayer *>(layer->get()))
                fields = vl->fields();
        }
    }
    for (const Field &f : std::as_const(fields))
        m_combo->addItem(f.name, f.name);
    int index = keep.isEmpty() ? -1 : m_combo->findData(keep);
    if (index < 0)
        index = m_definition.optional ? 0 : (m_combo->count() > 0 ? 0 : -1);
    m_combo->setCurrentIndex(index);
    m_wanted = keep;
    block.unblock();
    emit valueChanged();
}

// ---------------------------------------------------------------- numbers

NumberParameterWidget::NumberParameterWidget(const ParameterDefinition &definition, QWidget *parent)
    : ParameterWidget(definition, parent)
{
    auto *layout = rowLayout(this);
    if (definition.type == ParameterType::Integer) {
        m_int = new QSpinBox(this);
        const double lo = std::isfinite(definition.minimum) ? std::max(definition.minimum, double(INT_MIN)) : double(INT_MIN);
        const double hi = std::isfinite(definition.maximum) ? std::min(definition.maximum, double(INT_MAX)) : double(INT_MAX);
        m_int->setRange(int(lo), int(hi));
        m_int->setValue(definition.defaultValue.isValid() ? definition.defaultValue.toInt() : std::max(0, int(lo)));
        layout->addWidget(m_int);
        connect(m_int, &QSpinBox::valueChanged, this, &ParameterWidget::valueChanged);
    } else {
        m_double = new QDoubleSpinBox(this);
        constexpr double big = 1e15;
        m_double->setDecimals(6);
        m_double->setRange(std::isfinite(definition.minimum) ? definition.minimum : -big,
                           std::isfinite(definition.maximum) ? definition.maximum : big);
        m_double->setValue(definition.defaultValue.isValid() ? definition.defaultValue.toDouble()
                                                             : std::clamp(0.0, m_double->minimum(), m_double->maximum()));
        layout->addWidget(m_double);
        connect(m_double, &QDoubleSpinBox::valueChanged, this, &ParameterWidget::valueChanged);
    }
    layout->addStretch(1);
}

QVariant NumberParameterWidget::value() const
{
    if (m_int)
        return QVariant(qlonglong(m_int->value()));
    return QVariant(m_double->value());
}

void NumberParameterWidget::setValue(const QVariant &value)
{
    if (!value.isValid())
        return;
    if (m_int)
        m_int->setValue(value.toInt());
    else
        m_double->setValue(value.toDouble());
}

// ---------------------------------------------------------------- boolean, enum, strings

BooleanParameterWidget::BooleanParameterWidget(const ParameterDefinition &definition, QWidget *parent)
    : ParameterWidget(definition, parent)
{
    auto *layout = rowLayout(this);
    m_check = new QCheckBox(definition.description, this);
    m_check->setChecked(definition.defaultValue.toBool());
    layout->addWidget(m_check, 1);
    connect(m_check, &QCheckBox::toggled, this, &ParameterWidget::valueChanged);
}

QVariant BooleanParameterWidget::value() const
{
    return m_check->isChecked();
}

void BooleanParameterWidget::setValue(const QVariant &value)
{
    if (value.isValid())
        m_check->setChecked(value.toBool());
}

EnumParameterWidget::EnumParameterWidget(const ParameterDefinition &definition, QWidget *parent)
    : ParameterWidget(definition, parent)
{
    auto *layout = rowLayout(this);
    m_combo = new QComboBox(this);
    if (definition.optional && !definition.defaultValue.isValid())
        m_combo->addItem(tr("(none)"), QString());
    for (const QString &option : definition.options)
        m_combo->addItem(option, option);
    layout->addWidget(m_combo, 1);
    setValue(definition.defaultValue);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ParameterWidget::valueChanged);
}

QVariant EnumParameterWidget::value() const
{
    const QString v = m_combo->currentData().toString();
    return v.isEmpty() ? QVariant() : QVariant(v);
}

void EnumParameterWidget::setValue(const QVariant &value)
{
    if (!value.isValid())
        return;
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i).toString().compare(value.toString(), Qt::CaseInsensitive) == 0) {
            m_combo->setCurrentIndex(i);
            return;
        }
    }
}

StringParameterWidget::StringParameterWidget(const ParameterDefinition &definition, QWidget *parent)
    : ParameterWidget(definition, parent)
{
    auto *layout = rowLayout(this);
    m_edit = new QLineEdit(this);
    if (definition.type == ParameterType::StringList)
        m_edit->setPlaceholderText(tr("Values separated by commas"));
    layout->addWidget(m_edit, 1);
    setValue(definition.defaultValue);
    connect(m_edit, &QLineEdit::textChanged, this, &ParameterWidget::valueChanged);
}

QVariant StringParameterWidget::value() const
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return {};
    if (m_definition.type == ParameterType::StringList)
        return text.split(u',', Qt::SkipEmptyParts);
    return text;
}

void StringParameterWidget::setValue(const QVariant &value)
{
    if (!value.isValid())
        return;
    m_edit->setText(value.typeId() == QMetaType::QStringList ? value.toStringList().join(u", "_s) : value.toString());
}

MultipleChoiceParameterWidget::MultipleChoiceParameterWidget(const ParameterDefinition &definition, QWidget *parent)
    : ParameterWidget(definition, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    for (const QString &option : definition.options) {
        auto *item = new QListWidgetItem(option, m_list);
        item->setData(Qt::UserRole, option);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // Tall enough for a few rows, scroll for the rest.
    const int row = std::max(m_list->sizeHintForRow(0), fontMetrics().lineSpacing() + 3);
    m_list->setFixedHeight(row * int(std::min<qsizetype>(definition.options.size(), 6)) + 2 * m_list->frameWidth() + 2);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto *all = new QPushButton(tr("Select All"), this);
    auto *none = new QPushButton(tr("Clear"), this);
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setValue(definition.defaultValue);
    connect(m_list, &QListWidget::itemChanged, this, &ParameterWidget::valueChanged);
    connect(all, &QPushButton::clicked, this, [this] { setValue(m_definition.options); });
    connect(none, &QPushButton::clicked, this, [this] { setValue(QStringList()); });
}

QStringList MultipleChoiceParameterWidget::checkedItems() const
{
    QStringList items;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            items << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return items;
}

QVariant MultipleChoiceParameterWidget::value() const
{
    // Nothing checked is an empty list (not "use the default"): prepareParameters()
    // then says the list is empty.
    return QVariant(checkedItems());
}

void MultipleChoiceParameterWidget::setValue(const QVariant &value)
{
    if (!value.isValid())
        return;
    const QStringList wanted = value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                                        : value.toString().split(u',', Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool on = wanted.contains(item->data(Qt::UserRole).toString(), Qt::CaseInsensitive);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

// ---------------------------------------------------------------- output files

FileOutputParameterWidget::FileOutputParameterWidget(const ParameterDefinition &definition, QWidget *parent)
    : ParameterWidget(definition, parent)
{
    auto *layout = rowLayout(this);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("[Save to a temporary file]"));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit, 1);
    auto *browse = browseButton(this, tr("Choose where to save"));
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, &FileOutputParameterWidget::browse);
    connect(m_edit, &QLineEdit::textChanged, this, &ParameterWidget::valueChanged);
}

QVariant FileOutputParameterWidget::value() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void FileOutputParameterWidget::setValue(const QVariant &value)
{
    m_edit->setText(value.toString());
}

QString FileOutputParameterWidget::temporaryPath() const
{
    QDir dir(QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    dir.mkpath(u"territoria-processing"_s);
    dir.cd(u"territoria-processing"_s);
    const QString ext = m_definition.defaultExtension.isEmpty() ? u"dat"_s : m_definition.defaultExtension;
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString unique = QUuid::createUuid().toString(QUuid::Id128).left(6);
    return dir.filePath(u"%1_%2_%3.%4"_s.arg(m_definition.name, stamp, unique, ext));
}

QString FileOutputParameterWidget::fileFilter() const
{
    const QString ext = m_definition.defaultExtension;
    QString first;
    if (ext == u"gpkg"_s)
        first = tr("GeoPackage (*.gpkg)");
    else if (ext == u"tif"_s || ext == u"tiff"_s)
        first = tr("GeoTIFF (*.tif *.tiff)");
    else if (ext == u"csv"_s)
        first = tr("CSV table (*.csv)");
    else if (ext == u"geojson"_s)
        first = tr("GeoJSON (*.geojson)");
    else if (ext == u"shp"_s)
        first = tr("Shapefile (*.shp)");
    else if (!ext.isEmpty())
        first = tr("%1 files (*.%2)").arg(ext.toUpper(), ext);
    return first.isEmpty() ? tr("All files (*)") : first + u";;"_s + tr("All files (*)");
}

void FileOutputParameterWidget::browse()
{
    const QString current = m_edit->text().trimmed();
    QString path = QFileDialog::getSaveFileName(this, m_definition.description,
                                                current.isEmpty() ? QDir::homePath() : current, fileFilter());
    if (path.isEmpty())
        return;
    if (!m_definition.defaultExtension.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + m_definition.defaultExtension;
    m_edit->setText(QDir::toNativeSeparators(path));
}

// ---------------------------------------------------------------- CRS and extent

CrsParameterWidget::CrsParameterWidget(const ParameterDefinition &definition, const ParameterContext &context,
                                       QWidget *parent)
    : ParameterWidget(definition, parent)
{
    auto *layout = rowLayout(this);
    m_selector = new CrsSelectorWidget(this);
    layout->addWidget(m_selector, 1);
    if (definition.defaultValue.isValid())
        setValue(definition.defaultValue);
    else if (context.project && context.project->crs().isValid() && !definition.optional)
        m_selector->setCrs(context.project->crs());
    connect(m_selector, &CrsSelectorWidget::crsChanged, this, &ParameterWidget::valueChanged);
}

QVariant CrsParameterWidget::value() const
{
    const Crs crs = m_selector->crs();
    return crs.isValid() ? QVariant(crs.toUserString()) : QVariant();
}

void CrsParameterWidget::setValue(const QVariant &value)
{
    if (!value.isValid() || value.toString().isEmpty())
        return;
    if (auto crs = Crs::fromUserInput(value.toString()))
        m_selector->setCrs(*crs);
}

ExtentParameterWidget::ExtentParameterWidget(const ParameterDefinition &definition, const ParameterContext &context,
                                             QWidget *parent)
    : ParameterWidget(definition, parent)
    , m_context(context)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList labels{tr("West (x min)"), tr("South (y min)"), tr("East (x max)"), tr("North (y max)")};
    const QStringList names{u"xmin"_s, u"ymin"_s, u"xmax"_s, u"ymax"_s};
    for (int i = 0; i < 4; ++i) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(names.at(i));
        box->setRange(-1e12, 1e12);
        box->setDecimals(6);
        box->setGroupSeparatorShown(false);
        auto *label = new QLabel(labels.at(i), this);
        label->setBuddy(box);
        grid->addWidget(label, i / 2, (i % 2) * 2);
        grid->addWidget(box, i / 2, (i % 2) * 2 + 1);
        m_boxes << box;
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            m_set = true;
            emit valueChanged();
        });
    }
    auto *useMap = new QPushButton(tr("Use Map Extent"), this);
    useMap->setObjectName(u"useMapExtent"_s);
    useMap->setEnabled(static_cast<bool>(m_context.mapExtent));
    grid->addWidget(useMap, 2, 0, 1, 4, Qt::AlignLeft);
    connect(useMap, &QPushButton::clicked, this, [this] {
        if (m_context.mapExtent)
            setExtent(m_context.mapExtent());
    });
    setValue(definition.defaultValue);
}

QVariant ExtentParameterWidget::value() const
{
    if (!m_set)
        return {};
    return u"%1,%2,%3,%4"_s.arg(m_boxes[0]->value(), 0, 'g', 17)
        .arg(m_boxes[1]->value(), 0, 'g', 17)
        .arg(m_boxes[2]->value(), 0, 'g', 17)
        .arg(m_boxes[3]->value(), 0, 'g', 17);
}

void ExtentParameterWidget::setValue(const QVariant &value)
{
    if (!value.isValid() || value.toString().isEmpty())
        return;
    bool ok = false;
    const Extent e = Extent::fromString(value.toString(), &ok);
    if (ok)
        setExtent(e);
}

void ExtentParameterWidget::setExtent(const Extent &extent)
{
    if (extent.isNull())
        return;
    m_boxes[0]->setValue(extent.xMin());
    m_boxes[1]->setValue(extent.yMin());
    m_boxes[2]->setValue(extent.xMax());
    m_boxes[3]->setValue(extent.yMax());
    m_set = true;
    emit valueChanged();
}

// ---------------------------------------------------------------- AHP matrix

bool AhpMatrixParameterWidget::handles(const ParameterDefinition &definition)
{
    return definition.type == ParameterType::String
           && (definition.name == u"matrix"_s || definition.name == u"ahp_matrix"_s);
}

AhpMatrixParameterWidget::AhpMatrixParameterWidget(const ParameterDefinition &definition, QWidget *parent)
    : ParameterWidget(definition, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (definition.optional) {
        m_enabled = new QCheckBox(tr("Weights from a pairwise comparison matrix (AHP)"), this);
        m_enabled->setObjectName(u"ahpEnabled"_s);
        layout->addWidget(m_enabled);
    }
    m_matrix = new AhpMatrixWidget(this);
    layout->addWidget(m_matrix);
    if (m_enabled) {
        m_matrix->setVisible(false);
        connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
            m_matrix->setVisible(on);
            emit valueChanged();
        });
    }
    setValue(definition.defaultValue);
    connect(m_matrix, &AhpMatrixWidget::matrixChanged, this, &ParameterWidget::valueChanged);
}

QVariant AhpMatrixParameterWidget::value() const
{
    if (m_enabled && !m_enabled->isChecked())
        return {};
    return m_matrix->text();
}

void AhpMatrixParameterWidget::setValue(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (!value.isValid() || text.isEmpty()) {
        if (m_enabled && value.isValid())
            m_enabled->setChecked(false);
        return;
    }
    if (m_matrix->setText(text) && m_enabled)
        m_enabled->setChecked(true);
}

void AhpMatrixParameterWidget::showEvent(QShowEvent *event)
{
    ParameterWidget::showEvent(event);
    if (!m_linked) {
        m_linked = true;
        followSiblingNames();
    }
}

void AhpMatrixParameterWidget::followSiblingNames()
{
    // The dialog puts all parameter widgets ("param_<name>") in one page.
    QWidget *page = parentWidget();
    if (!page)
        return;
    for (const QString &name : {u"criteria"_s, u"names"_s}) {
        auto *sibling = page->findChild<ParameterWidget *>(u"param_"_s + name, Qt::FindDirectChildrenOnly);
        if (!sibling || sibling == this)
            continue;
        auto apply = [this, sibling] {
            const QVariant v = sibling->value();
            const QStringList items = v.typeId() == QMetaType::QStringList ? v.toStringList()
                                                                            : v.toString().split(u',', Qt::SkipEmptyParts);
            QStringList names;
            for (const QString &item : items) {
                const QString n = item.section(u':', 0, 0).trimmed();
                if (!n.isEmpty())
                    names << n;
            }
            if (names.size() >= AhpMatrixWidget::kMinimumSize && names != m_matrix->criteriaNames())
                m_matrix->setCriteriaNames(names);
        };
        connect(sibling, &ParameterWidget::valueChanged, this, apply);
        apply();
        return;
    }
}

} // namespace territoria
