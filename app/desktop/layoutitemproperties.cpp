#include "layoutitemproperties.h"

#include "data/layer.h"
#include "data/vectorlayer.h"
#include "project/project.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

template<class T>
const T &as(const LayoutItem &item)
{
    return static_cast<const T &>(item);
}

template<class T>
T &as(LayoutItem &item)
{
    return static_cast<T &>(item);
}

void setComboData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i >= 0 && combo->currentIndex() != i)
        combo->setCurrentIndex(i);
}

QStringList checkedData(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void setChecked(QListWidget *list, const QStringList &ids)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *it = list->item(i);
        const Qt::CheckState state = ids.contains(it->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (it->checkState() != state)
            it->setCheckState(state);
    }
}

} // namespace

LayoutItemProperties::LayoutItemProperties(const Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(u"itemPropertiesScroll"_s);
    layout->addWidget(scroll);
    rebuild();
}

LayoutItemProperties::~LayoutItemProperties() = default;

const LayoutItem *LayoutItemProperties::item() const
{
    return m_layout && !m_id.isEmpty() ? m_layout->item(m_id) : nullptr;
}

void LayoutItemProperties::setItem(const PrintLayout *layout, const QString &id)
{
    const LayoutItem *it = layout && !id.isEmpty() ? layout->item(id) : nullptr;
    const int type = it ? int(it->type()) : -1;
    const bool same = layout == m_layout && id == m_id && type == m_type;
    m_layout = layout;
    m_id = it ? id : QString();
    m_type = type;
    if (same)
        reload();
    else
        rebuild();
}

void LayoutItemProperties::reload()
{
    const LayoutItem *it = item();
    if (!it) {
        if (m_type != -1 || !m_id.isEmpty()) {
            m_id.clear();
            m_type = -1;
            rebuild();
        }
        return;
    }
    if (int(it->type()) != m_type) {
        rebuild();
        return;
    }
    m_loading = true;
    for (const auto &load : std::as_const(m_loaders))
        load(*it);
    m_loading = false;
}

void LayoutItemProperties::edit(const QString &text, const std::function<void(LayoutItem &)> &change)
{
    if (m_loading)
        return;
    const LayoutItem *it = item();
    if (!it)
        return;
    auto copy = it->clone();
    change(*copy);
    const QJsonObject before = it->toJson({});
    const QJsonObject after = copy->toJson({});
    if (before != after)
        emit itemEdited(text, before, after);
}

void LayoutItemProperties::rebuild()
{
    m_loaders.clear();
    auto *scroll = findChild<QScrollArea *>(u"itemPropertiesScroll"_s);
    m_content = new QWidget;
    m_content->setObjectName(u"itemPropertiesContent"_s);
    auto *layout = new QVBoxLayout(m_content);
    const LayoutItem *it = item();
    if (!it) {
        auto *hint = new QLabel(tr("Select an item on the page to edit its properties, or add one with the "
                                   "toolbar."),
                                m_content);
        hint->setWordWrap(true);
        hint->setObjectName(u"noItemHint"_s);
        layout->addWidget(hint);
        layout->addStretch();
        scroll->setWidget(m_content);
        return;
    }
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(LayoutItem::displayName(it->type()).toHtmlEscaped()), m_content);
    layout->addWidget(title);
    buildCommon(layout);
    switch (it->type()) {
    case LayoutItemType::Map: buildMap(layout); break;
    case LayoutItemType::Legend: buildLegend(layout); break;
    case LayoutItemType::ScaleBar: buildScaleBar(layout); break;
    case LayoutItemType::NorthArrow: buildNorthArrow(layout); break;
    case LayoutItemType::Label: buildLabel(layout); break;
    case LayoutItemType::Picture: buildPicture(layout); break;
    case LayoutItemType::AttributeTable: buildTable(layout); break;
    case LayoutItemType::Chart: buildChart(layout); break;
    }
    layout->addStretch();
    scroll->setWidget(m_content);
    reload();
}

// ---- bound rows --------------------------------------------------------------

QWidget *LayoutItemProperties::addText(QFormLayout *form, const QString &label, const QString &objectName,
                                       const QString &commandText, Getter get, Setter set)
{
    auto *edit = new QLineEdit(m_content);
    edit->setObjectName(objectName);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, commandText, set](const QString &text) {
        this->edit(commandText, [&](LayoutItem &item) { set(item, text); });
    });
    m_loaders << [edit, get](const LayoutItem &item) {
        const QString text = get(item).toString();
        if (edit->text() != text)
            edit->setText(text);
    };
    return edit;
}

QWidget *LayoutItemProperties::addDouble(QFormLayout *form, const QString &label, const QString &objectName,
                                         const QString &commandText, double min, double max, int decimals,
                                         const QString &suffix, Getter get, Setter set,
                                         const QString &specialValueText)
{
    auto *spin = new QDoubleSpinBox(m_content);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    if (!specialValueText.isEmpty())
        spin->setSpecialValueText(specialValueText);
    form->addRow(label, spin);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, commandText, set](double v) {
        edit(commandText, [&](LayoutItem &item) { set(item, v); });
    });
    m_loaders << [spin, get](const LayoutItem &item) {
        const double v = get(item).toDouble();
        if (std::abs(spin->value() - v) > 1e-9)
            spin->setValue(v);
    };
    return spin;
}

QWidget *LayoutItemProperties::addInt(QFormLayout *form, const QString &label, const QString &objectName,
                                      const QString &commandText, int min, int max, Getter get, Setter set)
{
    auto *spin = new QSpinBox(m_content);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setKeyboardTracking(false);
    form->addRow(label, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, commandText, set](int v) {
        edit(commandText, [&](LayoutItem &item) { set(item, v); });
    });
    m_loaders << [spin, get](const LayoutItem &item) {
        const int v = get(item).toInt();
        if (spin->value() != v)
            spin->setValue(v);
    };
    return spin;
}

QWidget *LayoutItemProperties::addCheck(QFormLayout *form, const QString &text, const QString &objectName,
                                        const QString &commandText, Getter get, Setter set)
{
    auto *check = new QCheckBox(text, m_content);
    check->setObjectName(objectName);
    form->addRow(check);
    connect(check, &QCheckBox::toggled, this, [this, commandText, set](bool on) {
        edit(commandText, [&](LayoutItem &item) { set(item, on); });
    });
    m_loaders << [check, get](const LayoutItem &item) {
        const bool on = get(item).toBool();
        if (check->isChecked() != on)
            check->setChecked(on);
    };
    return check;
}

QWidget *LayoutItemProperties::addCombo(QFormLayout *form, const QString &label, const QString &objectName,
                                        const QString &commandText, const QList<QPair<QString, QVariant>> &options,
                                        Getter get, Setter set)
{
    auto *combo = new QComboBox(m_content);
    combo->setObjectName(objectName);
    for (const auto &[text, data] : options)
        combo->addItem(text, data);
    form->addRow(label, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, commandText, set](int) {
        const QVariant data = combo->currentData();
        edit(commandText, [&](LayoutItem &item) { set(item, data); });
    });
    m_loaders << [combo, get](const LayoutItem &item) { setComboData(combo, get(item)); };
    return combo;
}

QWidget *LayoutItemProperties::addColor(QFormLayout *form, const QString &label, const QString &objectName,
                                        const QString &commandText, Getter get, Setter set)
{
    auto *button = new QToolButton(m_content);
    button->setObjectName(objectName);
    button->setIconSize(QSize(32, 14));
    form->addRow(label, button);
    connect(button, &QToolButton::clicked, this, [this, button, label, commandText, set] {
        const QColor current = button->property("color").value<QColor>();
        const QColor chosen = QColorDialog::getColor(current, this, QString(label).remove(u':'),
                                                     QColorDialog::ShowAlphaChannel);
        if (!chosen.isValid() || chosen == current)
            return;
        edit(commandText, [&](LayoutItem &item) { set(item, chosen); });
    });
    m_loaders << [button, get](const LayoutItem &item) {
        const QColor color = get(item).value<QColor>();
        if (button->property("color").value<QColor>() == color && !button->icon().isNull())
            return;
        button->setProperty("color", color);
        QPixmap swatch(32, 14);
        swatch.fill(color);
        button->setIcon(QIcon(swatch));
        button->setToolTip(color.name(QColor::HexArgb));
    };
    return button;
}

QWidget *LayoutItemProperties::addFieldCombo(QFormLayout *form, const QString &label, const QString &objectName,
                                             const QString &commandText, bool numericOnly, const QString &noneText,
                                             std::function<QString(const LayoutItem &)> layerOf, Getter get, Setter set)
{
    auto *combo = new QComboBox(m_content);
    combo->setObjectName(objectName);
    form->addRow(label, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, commandText, set](int) {
        const QVariant data = combo->currentData();
        edit(commandText, [&](LayoutItem &item) { set(item, data); });
    });
    m_loaders << [this, combo, numericOnly, noneText, layerOf, get](const LayoutItem &item) {
        const QString layerId = layerOf(item);
        const auto *layer = m_project ? qobject_cast<const VectorLayer *>(m_project->layer(layerId)) : nullptr;
        const Fields fields = layer ? layer->fields() : Fields();
        QStringList names;
        for (const Field &f : fields) {
            const bool numeric = f.type == FieldType::Integer || f.type == FieldType::Integer64 || f.type == FieldType::Real;
            if (!numericOnly || numeric)
                names << f.name;
        }
        if (combo->property("layerId").toString() != layerId || combo->property("fields").toStringList() != names) {
            combo->clear();
            if (!noneText.isEmpty())
                combo->addItem(noneText, QString());
            for (const QString &name : std::as_const(names))
                combo->addItem(name, name);
            combo->setProperty("layerId", layerId);
            combo->setProperty("fields", names);
        }
        const QString current = get(item).toString();
        if (!current.isEmpty() && combo->findData(current) < 0)
            combo->addItem(tr("%1 (missing)").arg(current), current); // shows what the item asks for
        setComboData(combo, current);
    };
    return combo;
}

QList<QPair<QString, QVariant>> LayoutItemProperties::mapChoices() const
{
    QList<QPair<QString, QVariant>> out{{tr("First map"), QString()}};
    if (m_layout) {
        for (const MapItem *map : m_layout->mapItems())
            out.append({map->name, map->id});
    }
    return out;
}

QList<QPair<QString, QVariant>> LayoutItemProperties::vectorLayerChoices() const
{
    QList<QPair<QString, QVariant>> out{{tr("(none)"), QString()}};
    if (m_project) {
        for (Layer *layer : m_project->layers()) {
            if (layer->kind() == LayerKind::Vector)
                out.append({layer->name(), layer->id()});
        }
    }
    return out;
}

// ---- per type ----------------------------------------------------------------

void LayoutItemProperties::buildCommon(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Item"), m_content);
    auto *form = new QFormLayout(box);
    addText(form, tr("Name:"), u"nameEdit"_s, tr("Rename item"),
            [](const LayoutItem &i) { return i.name; }, [](LayoutItem &i, const QVariant &v) { i.name = v.toString(); });
    const QString mm = tr(" mm");
    const QString moveText = tr("Move item");
    const QString resizeText = tr("Resize item");
    addDouble(form, tr("X:"), u"xSpin"_s, moveText, -10000, 10000, 1, mm,
              [](const LayoutItem &i) { return i.rectMm.x(); },
              [](LayoutItem &i, const QVariant &v) { i.rectMm.moveLeft(v.toDouble()); });
    addDouble(form, tr("Y:"), u"ySpin"_s, moveText, -10000, 10000, 1, mm,
              [](const LayoutItem &i) { return i.rectMm.y(); },
              [](LayoutItem &i, const QVariant &v) { i.rectMm.moveTop(v.toDouble()); });
    addDouble(form, tr("Width:"), u"widthSpin"_s, resizeText, 1, 10000, 1, mm,
              [](const LayoutItem &i) { return i.rectMm.width(); },
              [](LayoutItem &i, const QVariant &v) { i.rectMm.setWidth(v.toDouble()); });
    addDouble(form, tr("Height:"), u"heightSpin"_s, resizeText, 1, 10000, 1, mm,
              [](const LayoutItem &i) { return i.rectMm.height(); },
              [](LayoutItem &i, const QVariant &v) { i.rectMm.setHeight(v.toDouble()); });
    addCheck(form, tr("Frame"), u"frameCheck"_s, tr("Change frame"), [](const LayoutItem &i) { return i.frame; },
             [](LayoutItem &i, const QVariant &v) { i.frame = v.toBool(); });
    addDouble(form, tr("Frame width:"), u"frameWidthSpin"_s, tr("Change frame"), 0.05, 10, 2, mm,
              [](const LayoutItem &i) { return i.frameWidthMm; },
              [](LayoutItem &i, const QVariant &v) { i.frameWidthMm = v.toDouble(); });
    addCheck(form, tr("White background"), u"backgroundCheck"_s, tr("Change background"),
             [](const LayoutItem &i) { return i.background.alpha() > 0; },
             [](LayoutItem &i, const QVariant &v) { i.background = v.toBool() ? QColor(Qt::white) : QColor(Qt::transparent); });
    layout->addWidget(box);
}

void LayoutItemProperties::buildMap(QVBoxLayout *layout)
{
    auto *layersBox = new QGroupBox(tr("Layers"), m_content);
    auto *layersLayout = new QVBoxLayout(layersBox);
    auto *hint = new QLabel(tr("None checked: the map follows the project's visible layers."), layersBox);
    hint->setWordWrap(true);
    layersLayout->addWidget(hint);
    auto *list = new QListWidget(layersBox);
    list->setObjectName(u"mapLayersList"_s);
    list->setMaximumHeight(140);
    if (m_project) {
        for (Layer *layer : m_project->layers()) {
            auto *it = new QListWidgetItem(layer->name(), list);
            it->setData(Qt::UserRole, layer->id());
            it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            it->setCheckState(Qt::Unchecked);
        }
    }
    layersLayout->addWidget(list);
    connect(list, &QListWidget::itemChanged, this, [this, list] {
        const QStringList ids = checkedData(list);
        edit(tr("Change map layers"), [&](LayoutItem &i) { as<MapItem>(i).layerIds = ids; });
    });
    m_loaders << [list](const LayoutItem &i) { setChecked(list, as<MapItem>(i).layerIds); };
    layout->addWidget(layersBox);

    auto *extentBox = new QGroupBox(tr("Extent"), m_content);
    auto *form = new QFormLayout(extentBox);
    auto *extentLabel = new QLabel(extentBox);
    extentLabel->setObjectName(u"extentLabel"_s);
    extentLabel->setWordWrap(true);
    extentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(extentLabel);
    m_loaders << [extentLabel](const LayoutItem &i) {
        const Extent e = as<MapItem>(i).extent;
        const QLocale locale;
        extentLabel->setText(e.isNull() ? tr("Not set: the map shows all its layers.")
                                        : tr("X %1 – %2\nY %3 – %4")
                                              .arg(locale.toString(e.xMin(), 'f', 0), locale.toString(e.xMax(), 'f', 0),
                                                   locale.toString(e.yMin(), 'f', 0), locale.toString(e.yMax(), 'f', 0)));
    };
    auto *buttons = new QHBoxLayout;
    auto *fromCanvas = new QPushButton(tr("From Main Map"), extentBox);
    fromCanvas->setObjectName(u"extentFromCanvasButton"_s);
    fromCanvas->setToolTip(tr("Show what the main window's map shows now"));
    fromCanvas->setEnabled(bool(m_mapExtent));
    auto *fit = new QPushButton(tr("Fit to Layers"), extentBox);
    fit->setObjectName(u"extentFitButton"_s);
    buttons->addWidget(fromCanvas);
    buttons->addWidget(fit);
    form->addRow(buttons);
    connect(fromCanvas, &QPushButton::clicked, this, [this] {
        if (!m_mapExtent)
            return;
        const Extent e = m_mapExtent();
        if (!e.isNull() && !e.isEmpty())
            edit(tr("Set map extent"), [&](LayoutItem &i) { as<MapItem>(i).extent = e; });
    });
    connect(fit, &QPushButton::clicked, this, [this] {
        if (!m_project)
            return;
        const Extent e = m_project->fullExtent();
        if (!e.isNull() && !e.isEmpty())
            edit(tr("Set map extent"), [&](LayoutItem &i) { as<MapItem>(i).extent = e.scaled(1.02); });
    });
    addDouble(form, tr("Fixed scale 1:"), u"fixedScaleSpin"_s, tr("Change map scale"), 0, 1e9, 0, {},
              [](const LayoutItem &i) { return as<MapItem>(i).fixedScale; },
              [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).fixedScale = v.toDouble(); }, tr("None"));
    layout->addWidget(extentBox);

    auto *atlasBox = new QGroupBox(tr("Atlas"), m_content);
    auto *atlasForm = new QFormLayout(atlasBox);
    addCheck(atlasForm, tr("Follow the atlas feature"), u"followAtlasCheck"_s, tr("Change atlas behaviour"),
             [](const LayoutItem &i) { return as<MapItem>(i).followAtlas; },
             [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).followAtlas = v.toBool(); });
    addDouble(atlasForm, tr("Margin:"), u"atlasMarginSpin"_s, tr("Change atlas margin"), 0, 500, 0, tr(" %"),
              [](const LayoutItem &i) { return as<MapItem>(i).atlasMarginPercent; },
              [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).atlasMarginPercent = v.toDouble(); });
    addDouble(atlasForm, tr("Veil on other features:"), u"veilSpin"_s, tr("Change atlas veil"), 0, 100, 0, tr(" %"),
              [](const LayoutItem &i) { return as<MapItem>(i).dimOthersOpacity * 100; },
              [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).dimOthersOpacity = v.toDouble() / 100; });
    layout->addWidget(atlasBox);

    auto *gridBox = new QGroupBox(tr("Grid"), m_content);
    auto *gridForm = new QFormLayout(gridBox);
    const QString gridText = tr("Change map grid");
    addCheck(gridForm, tr("Draw a grid"), u"gridCheck"_s, gridText,
             [](const LayoutItem &i) { return as<MapItem>(i).grid.enabled; },
             [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).grid.enabled = v.toBool(); });
    addCombo(gridForm, tr("Style:"), u"gridStyleCombo"_s, gridText,
             {{tr("Lines"), int(MapGrid::Style::Lines)},
              {tr("Crosses"), int(MapGrid::Style::Crosses)},
              {tr("Frame ticks"), int(MapGrid::Style::FrameTicks)}},
             [](const LayoutItem &i) { return int(as<MapItem>(i).grid.style); },
             [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).grid.style = MapGrid::Style(v.toInt()); });
    addCombo(gridForm, tr("Units:"), u"gridUnitsCombo"_s, gridText,
             {{tr("Map units"), int(MapGrid::Units::MapUnits)}, {tr("Degrees (WGS 84)"), int(MapGrid::Units::Degrees)}},
             [](const LayoutItem &i) { return int(as<MapItem>(i).grid.units); },
             [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).grid.units = MapGrid::Units(v.toInt()); });
    addDouble(gridForm, tr("Interval:"), u"gridIntervalSpin"_s, gridText, 0, 1e7, 4, {},
              [](const LayoutItem &i) { return as<MapItem>(i).grid.interval; },
              [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).grid.interval = v.toDouble(); }, tr("Automatic"));
    addCheck(gridForm, tr("Coordinate labels"), u"gridLabelsCheck"_s, gridText,
             [](const LayoutItem &i) { return as<MapItem>(i).grid.labels; },
             [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).grid.labels = v.toBool(); });
    addDouble(gridForm, tr("Label size:"), u"gridFontSpin"_s, gridText, 3, 30, 1, tr(" pt"),
              [](const LayoutItem &i) { return as<MapItem>(i).grid.fontSizePt; },
              [](LayoutItem &i, const QVariant &v) { as<MapItem>(i).grid.fontSizePt = v.toDouble(); });
    layout->addWidget(gridBox);
}

void LayoutItemProperties::buildLegend(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Legend"), m_content);
    auto *form = new QFormLayout(box);
    const QString text = tr("Change legend");
    addText(form, tr("Title:"), u"legendTitleEdit"_s, tr("Change legend title"),
            [](const LayoutItem &i) { return as<LegendItem>(i).title; },
            [](LayoutItem &i, const QVariant &v) { as<LegendItem>(i).title = v.toString(); });
    addCombo(form, tr("Map:"), u"legendMapCombo"_s, text, mapChoices(),
             [](const LayoutItem &i) { return as<LegendItem>(i).mapItemId; },
             [](LayoutItem &i, const QVariant &v) { as<LegendItem>(i).mapItemId = v.toString(); });
    addCheck(form, tr("Only the classes present on the page"), u"onlyPresentCheck"_s, text,
             [](const LayoutItem &i) { return as<LegendItem>(i).onlyPresentClasses; },
             [](LayoutItem &i, const QVariant &v) { as<LegendItem>(i).onlyPresentClasses = v.toBool(); });
    const QString pt = tr(" pt");
    addDouble(form, tr("Title size:"), u"legendTitleSizeSpin"_s, text, 4, 72, 1, pt,
              [](const LayoutItem &i) { return as<LegendItem>(i).titleSizePt; },
              [](LayoutItem &i, const QVariant &v) { as<LegendItem>(i).titleSizePt = v.toDouble(); });
    addDouble(form, tr("Layer name size:"), u"legendLayerSizeSpin"_s, text, 4, 72, 1, pt,
              [](const LayoutItem &i) { return as<LegendItem>(i).layerSizePt; },
              [](LayoutItem &i, const QVariant &v) { as<LegendItem>(i).layerSizePt = v.toDouble(); });
    addDouble(form, tr("Class size:"), u"legendItemSizeSpin"_s, text, 4, 72, 1, pt,
              [](const LayoutItem &i) { return as<LegendItem>(i).itemSizePt; },
              [](LayoutItem &i, const QVariant &v) { as<LegendItem>(i).itemSizePt = v.toDouble(); });
    addInt(form, tr("Columns:"), u"legendColumnsSpin"_s, text, 1, 6,
           [](const LayoutItem &i) { return as<LegendItem>(i).columns; },
           [](LayoutItem &i, const QVariant &v) { as<LegendItem>(i).columns = v.toInt(); });
    addInt(form, tr("Decimals:"), u"legendDecimalsSpin"_s, text, 0, 6,
           [](const LayoutItem &i) { return as<LegendItem>(i).decimals; },
           [](LayoutItem &i, const QVariant &v) { as<LegendItem>(i).decimals = v.toInt(); });
    layout->addWidget(box);
}

void LayoutItemProperties::buildScaleBar(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Scale bar"), m_content);
    auto *form = new QFormLayout(box);
    const QString text = tr("Change scale bar");
    addCombo(form, tr("Map:"), u"scaleBarMapCombo"_s, text, mapChoices(),
             [](const LayoutItem &i) { return as<ScaleBarItem>(i).mapItemId; },
             [](LayoutItem &i, const QVariant &v) { as<ScaleBarItem>(i).mapItemId = v.toString(); });
    addCombo(form, tr("Style:"), u"scaleBarStyleCombo"_s, text,
             {{tr("Single box"), int(ScaleBarItem::Style::SingleBox)},
              {tr("Double box"), int(ScaleBarItem::Style::DoubleBox)},
              {tr("Line with ticks"), int(ScaleBarItem::Style::LineTicks)},
              {tr("Numeric (1:25 000)"), int(ScaleBarItem::Style::Numeric)}},
             [](const LayoutItem &i) { return int(as<ScaleBarItem>(i).style); },
             [](LayoutItem &i, const QVariant &v) { as<ScaleBarItem>(i).style = ScaleBarItem::Style(v.toInt()); });
    addCombo(form, tr("Units:"), u"scaleBarUnitsCombo"_s, text,
             {{tr("Automatic"), int(ScaleBarItem::Units::Auto)},
              {tr("Meters"), int(ScaleBarItem::Units::Meters)},
              {tr("Kilometers"), int(ScaleBarItem::Units::Kilometers)}},
             [](const LayoutItem &i) { return int(as<ScaleBarItem>(i).units); },
             [](LayoutItem &i, const QVariant &v) { as<ScaleBarItem>(i).units = ScaleBarItem::Units(v.toInt()); });
    addInt(form, tr("Segments:"), u"scaleBarSegmentsSpin"_s, text, 1, 10,
           [](const LayoutItem &i) { return as<ScaleBarItem>(i).segments; },
           [](LayoutItem &i, const QVariant &v) { as<ScaleBarItem>(i).segments = v.toInt(); });
    addDouble(form, tr("Font size:"), u"scaleBarFontSpin"_s, text, 4, 48, 1, tr(" pt"),
              [](const LayoutItem &i) { return as<ScaleBarItem>(i).fontSizePt; },
              [](LayoutItem &i, const QVariant &v) { as<ScaleBarItem>(i).fontSizePt = v.toDouble(); });
    layout->addWidget(box);
}

void LayoutItemProperties::buildNorthArrow(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("North arrow"), m_content);
    auto *form = new QFormLayout(box);
    addCombo(form, tr("Style:"), u"northArrowStyleCombo"_s, tr("Change north arrow"),
             {{tr("Arrow"), int(NorthArrowItem::Style::Arrow)}, {tr("Compass rose"), int(NorthArrowItem::Style::Compass)}},
             [](const LayoutItem &i) { return int(as<NorthArrowItem>(i).style); },
             [](LayoutItem &i, const QVariant &v) { as<NorthArrowItem>(i).style = NorthArrowItem::Style(v.toInt()); });
    layout->addWidget(box);
}

void LayoutItemProperties::buildLabel(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Text"), m_content);
    auto *form = new QFormLayout(box);
    auto *text = new QPlainTextEdit(box);
    text->setObjectName(u"labelTextEdit"_s);
    text->setTabChangesFocus(true);
    text->setMaximumHeight(110);
    form->addRow(text);
    connect(text, &QPlainTextEdit::textChanged, this, [this, text] {
        const QString value = text->toPlainText();
        edit(tr("Edit text"), [&](LayoutItem &i) { as<LabelItem>(i).text = value; });
    });
    m_loaders << [text](const LayoutItem &i) {
        const QString value = as<LabelItem>(i).text;
        if (text->toPlainText() != value)
            text->setPlainText(value);
    };
    auto *insert = new QToolButton(box);
    insert->setObjectName(u"insertVariableButton"_s);
    insert->setText(tr("Insert Variable"));
    insert->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(insert);
    insert->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu, text] {
        menu->clear();
        const QList<QPair<QString, QString>> variables{
            {tr("Page number"), u"{@page}"_s},       {tr("Page count"), u"{@pages}"_s},
            {tr("Date"), u"{@date}"_s},              {tr("Time"), u"{@time}"_s},
            {tr("Project title"), u"{@project_title}"_s}, {tr("Layout name"), u"{@layout_name}"_s},
            {tr("Atlas page name"), u"{@atlas_pagename}"_s}, {tr("Map scale"), u"{@scale}"_s}};
        for (const auto &[name, variable] : variables) {
            QAction *a = menu->addAction(u"%1  %2"_s.arg(name, variable));
            connect(a, &QAction::triggered, text, [text, variable] { text->insertPlainText(variable); });
        }
        // The atlas coverage layer's fields.
        const VectorLayer *coverage = nullptr;
        if (m_project && m_layout && !m_layout->atlas().coverageLayerId.isEmpty())
            coverage = qobject_cast<const VectorLayer *>(m_project->layer(m_layout->atlas().coverageLayerId));
        QMenu *fields = menu->addMenu(tr("Atlas Fields"));
        fields->setEnabled(coverage);
        if (coverage) {
            for (const QString &name : coverage->fields().names()) {
                const QString variable = u"{"_s + name + u"}"_s;
                QAction *a = fields->addAction(variable);
                connect(a, &QAction::triggered, text, [text, variable] { text->insertPlainText(variable); });
            }
        }
    });
    form->addRow(insert);

    const QString fontText = tr("Change font");
    auto *font = new QFontComboBox(box);
    font->setObjectName(u"labelFontCombo"_s);
    form->addRow(tr("Font:"), font);
    connect(font, &QFontComboBox::currentFontChanged, this, [this, fontText](const QFont &f) {
        edit(fontText, [&](LayoutItem &i) { as<LabelItem>(i).fontFamily = f.family(); });
    });
    m_loaders << [font](const LayoutItem &i) {
        const QString family = as<LabelItem>(i).fontFamily.isEmpty() ? QFont().family() : as<LabelItem>(i).fontFamily;
        if (font->currentFont().family() != family)
            font->setCurrentFont(QFont(family));
    };
    addDouble(form, tr("Size:"), u"labelSizeSpin"_s, fontText, 2, 400, 1, tr(" pt"),
              [](const LayoutItem &i) { return as<LabelItem>(i).fontSizePt; },
              [](LayoutItem &i, const QVariant &v) { as<LabelItem>(i).fontSizePt = v.toDouble(); });
    addCheck(form, tr("Bold"), u"labelBoldCheck"_s, fontText, [](const LayoutItem &i) { return as<LabelItem>(i).bold; },
             [](LayoutItem &i, const QVariant &v) { as<LabelItem>(i).bold = v.toBool(); });
    addCheck(form, tr("Italic"), u"labelItalicCheck"_s, fontText,
             [](const LayoutItem &i) { return as<LabelItem>(i).italic; },
             [](LayoutItem &i, const QVariant &v) { as<LabelItem>(i).italic = v.toBool(); });
    const QString alignText = tr("Change alignment");
    addCombo(form, tr("Horizontal:"), u"labelHAlignCombo"_s, alignText,
             {{tr("Left"), int(Qt::AlignLeft)}, {tr("Center"), int(Qt::AlignHCenter)}, {tr("Right"), int(Qt::AlignRight)}},
             [](const LayoutItem &i) { return int(as<LabelItem>(i).alignment & Qt::AlignHorizontal_Mask); },
             [](LayoutItem &i, const QVariant &v) {
                 auto &l = as<LabelItem>(i);
                 l.alignment = Qt::Alignment(v.toInt()) | (l.alignment & Qt::AlignVertical_Mask);
             });
    addCombo(form, tr("Vertical:"), u"labelVAlignCombo"_s, alignText,
             {{tr("Top"), int(Qt::AlignTop)}, {tr("Middle"), int(Qt::AlignVCenter)}, {tr("Bottom"), int(Qt::AlignBottom)}},
             [](const LayoutItem &i) { return int(as<LabelItem>(i).alignment & Qt::AlignVertical_Mask); },
             [](LayoutItem &i, const QVariant &v) {
                 auto &l = as<LabelItem>(i);
                 l.alignment = Qt::Alignment(v.toInt()) | (l.alignment & Qt::AlignHorizontal_Mask);
             });
    layout->addWidget(box);
}

void LayoutItemProperties::buildPicture(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Picture"), m_content);
    auto *form = new QFormLayout(box);
    auto *row = new QHBoxLayout;
    auto *path = new QLineEdit(box);
    path->setObjectName(u"picturePathEdit"_s);
    auto *browse = new QToolButton(box);
    browse->setObjectName(u"pictureBrowseButton"_s);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a picture file"));
    row->addWidget(path, 1);
    row->addWidget(browse);
    form->addRow(tr("File:"), row);
    const QString text = tr("Change picture");
    connect(path, &QLineEdit::editingFinished, this, [this, path, text] {
        const QString value = path->text().trimmed();
        edit(text, [&](LayoutItem &i) { as<PictureItem>(i).path = value; });
    });
    connect(browse, &QToolButton::clicked, this, [this, path, text] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose Picture"), QFileInfo(path->text()).absolutePath(),
                                                          tr("Pictures (*.svg *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"));
        if (file.isEmpty())
            return;
        path->setText(file);
        edit(text, [&](LayoutItem &i) { as<PictureItem>(i).path = file; });
    });
    m_loaders << [path](const LayoutItem &i) {
        if (path->text() != as<PictureItem>(i).path)
            path->setText(as<PictureItem>(i).path);
    };
    addCheck(form, tr("Keep aspect ratio"), u"pictureAspectCheck"_s, text,
             [](const LayoutItem &i) { return as<PictureItem>(i).keepAspectRatio; },
             [](LayoutItem &i, const QVariant &v) { as<PictureItem>(i).keepAspectRatio = v.toBool(); });
    layout->addWidget(box);
}

void LayoutItemProperties::buildTable(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Attribute table"), m_content);
    auto *form = new QFormLayout(box);
    const QString text = tr("Change table");
    auto *layerCombo = static_cast<QComboBox *>(
        addCombo(form, tr("Layer:"), u"tableLayerCombo"_s, text, vectorLayerChoices(),
                 [](const LayoutItem &i) { return as<AttributeTableItem>(i).layerId; },
                 [](LayoutItem &i, const QVariant &v) {
                     auto &t = as<AttributeTableItem>(i);
                     if (t.layerId != v.toString()) {
                         t.layerId = v.toString();
                         t.fields.clear();
                         t.sortField.clear();
                     }
                 }));
    Q_UNUSED(layerCombo);
    auto *fields = new QListWidget(box);
    fields->setObjectName(u"tableFieldsList"_s);
    fields->setMaximumHeight(140);
    fields->setToolTip(tr("None checked: all fields"));
    form->addRow(tr("Fields:"), fields);
    auto *sort = new QComboBox(box);
    sort->setObjectName(u"tableSortCombo"_s);
    form->addRow(tr("Sort by:"), sort);
    // Both lists depend on the layer: refilled on load when it changes.
    auto fieldNames = [this](const QString &layerId) {
        const auto *vl = m_project ? qobject_cast<const VectorLayer *>(m_project->layer(layerId)) : nullptr;
        return vl ? vl->fields().names() : QStringList();
    };
    m_loaders << [fields, sort, fieldNames](const LayoutItem &i) {
        const auto &t = as<AttributeTableItem>(i);
        const QStringList names = fieldNames(t.layerId);
        if (fields->property("layerId").toString() != t.layerId || fields->count() != names.size()) {
            fields->clear();
            for (const QString &name : names) {
                auto *it = new QListWidgetItem(name, fields);
                it->setData(Qt::UserRole, name);
                it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                it->setCheckState(Qt::Unchecked);
            }
            sort->clear();
            sort->addItem(tr("(source order)"), QString());
            for (const QString &name : names)
                sort->addItem(name, name);
            fields->setProperty("layerId", t.layerId);
        }
        setChecked(fields, t.fields);
        setComboData(sort, t.sortField);
    };
    connect(fields, &QListWidget::itemChanged, this, [this, fields, text] {
        const QStringList checked = checkedData(fields);
        edit(text, [&](LayoutItem &i) { as<AttributeTableItem>(i).fields = checked; });
    });
    connect(sort, &QComboBox::currentIndexChanged, this, [this, sort, text] {
        const QString field = sort->currentData().toString();
        edit(text, [&](LayoutItem &i) { as<AttributeTableItem>(i).sortField = field; });
    });
    addCheck(form, tr("Ascending"), u"tableAscendingCheck"_s, text,
             [](const LayoutItem &i) { return as<AttributeTableItem>(i).ascending; },
             [](LayoutItem &i, const QVariant &v) { as<AttributeTableItem>(i).ascending = v.toBool(); });
    addInt(form, tr("Maximum rows:"), u"tableMaxRowsSpin"_s, text, 1, 1000,
           [](const LayoutItem &i) { return as<AttributeTableItem>(i).maxRows; },
           [](LayoutItem &i, const QVariant &v) { as<AttributeTableItem>(i).maxRows = v.toInt(); });
    addCheck(form, tr("Atlas: only features on the page"), u"tableAtlasCheck"_s, text,
             [](const LayoutItem &i) { return as<AttributeTableItem>(i).filterToAtlasFeature; },
             [](LayoutItem &i, const QVariant &v) { as<AttributeTableItem>(i).filterToAtlasFeature = v.toBool(); });
    addDouble(form, tr("Font size:"), u"tableFontSpin"_s, text, 3, 48, 1, tr(" pt"),
              [](const LayoutItem &i) { return as<AttributeTableItem>(i).fontSizePt; },
              [](LayoutItem &i, const QVariant &v) { as<AttributeTableItem>(i).fontSizePt = v.toDouble(); });
    layout->addWidget(box);
}

void LayoutItemProperties::buildChart(QVBoxLayout *layout)
{
    using Type = ChartItem::ChartType;
    auto *box = new QGroupBox(tr("Chart"), m_content);
    auto *form = new QFormLayout(box);
    // One command text per kind of change: edits of the same kind merge.
    const QString fieldsText = tr("Change chart fields");
    const QString barsText = tr("Change chart bars");
    const QString styleText = tr("Change chart style");
    addCombo(form, tr("Layer:"), u"chartLayerCombo"_s, tr("Change chart layer"), vectorLayerChoices(),
             [](const LayoutItem &i) { return as<ChartItem>(i).layerId; },
             [](LayoutItem &i, const QVariant &v) {
                 auto &c = as<ChartItem>(i);
                 if (c.layerId != v.toString()) {
                     c.layerId = v.toString();
                     c.valueField.clear();
                     c.labelField.clear();
                     c.yField.clear();
                     c.atlasLinkField.clear();
                 }
             });
    auto *type = addCombo(form, tr("Type:"), u"chartTypeCombo"_s, tr("Change chart type"),
                          {{tr("Ranked bars"), int(Type::Bars)},
                           {tr("Histogram"), int(Type::Histogram)},
                           {tr("Scatter plot"), int(Type::Scatter)},
                           {tr("Rank range (sensitivity)"), int(Type::RankRange)}},
                          [](const LayoutItem &i) { return int(as<ChartItem>(i).chartType); },
                          [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).chartType = Type(v.toInt()); });
    Q_UNUSED(type);
    auto layerOf = [](const LayoutItem &i) { return as<ChartItem>(i).layerId; };
    addFieldCombo(form, tr("Value (x):"), u"chartValueCombo"_s, fieldsText, true, tr("(choose a field)"), layerOf,
                  [](const LayoutItem &i) { return as<ChartItem>(i).valueField; },
                  [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).valueField = v.toString(); });
    auto *label = addFieldCombo(form, tr("Bar labels:"), u"chartLabelCombo"_s, fieldsText, false, tr("(feature id)"), layerOf,
                                [](const LayoutItem &i) { return as<ChartItem>(i).labelField; },
                                [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).labelField = v.toString(); });
    auto *y = addFieldCombo(form, tr("Y:"), u"chartYCombo"_s, fieldsText, true, tr("(choose a field)"), layerOf,
                            [](const LayoutItem &i) { return as<ChartItem>(i).yField; },
                            [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).yField = v.toString(); });
    auto *bins = static_cast<QSpinBox *>(
        addInt(form, tr("Bins:"), u"chartBinsSpin"_s, tr("Change histogram bins"), 0, 200,
               [](const LayoutItem &i) { return as<ChartItem>(i).bins; },
               [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).bins = v.toInt(); }));
    bins->setSpecialValueText(tr("Automatic (Sturges)"));
    auto *topN = addInt(form, tr("Bars:"), u"chartTopNSpin"_s, barsText, 1, 500,
                        [](const LayoutItem &i) { return as<ChartItem>(i).topN; },
                        [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).topN = v.toInt(); });
    topN->setToolTip(tr("How many bars, from the top of the ranking"));
    auto *descending = addCheck(form, tr("Largest first"), u"chartDescendingCheck"_s, barsText,
                                [](const LayoutItem &i) { return as<ChartItem>(i).descending; },
                                [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).descending = v.toBool(); });
    auto *title = addText(form, tr("Title:"), u"chartTitleEdit"_s, tr("Change chart title"),
                          [](const LayoutItem &i) { return as<ChartItem>(i).title; },
                          [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).title = v.toString(); });
    title->setToolTip(tr("Variables such as {@atlas_pagename} and atlas fields such as {NOMBDIST} are replaced"));
    addColor(form, tr("Color:"), u"chartColorButton"_s, styleText, [](const LayoutItem &i) { return as<ChartItem>(i).color; },
             [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).color = v.value<QColor>(); });
    addDouble(form, tr("Font size:"), u"chartFontSpin"_s, styleText, 3, 48, 1, tr(" pt"),
              [](const LayoutItem &i) { return as<ChartItem>(i).fontSizePt; },
              [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).fontSizePt = v.toDouble(); });
    // Only what the chart type uses is enabled.
    m_loaders << [label, y, bins, topN, descending](const LayoutItem &i) {
        const Type t = as<ChartItem>(i).chartType;
        label->setEnabled(t == Type::Bars || t == Type::RankRange);
        topN->setEnabled(t == Type::Bars || t == Type::RankRange);
        descending->setEnabled(t == Type::Bars);
        y->setEnabled(t == Type::Scatter);
        bins->setEnabled(t == Type::Histogram);
    };
    layout->addWidget(box);

    auto *atlasBox = new QGroupBox(tr("Atlas"), m_content);
    auto *atlasForm = new QFormLayout(atlasBox);
    const QString atlasText = tr("Change chart atlas settings");
    addCheck(atlasForm, tr("Highlight the page's feature"), u"chartHighlightCheck"_s, atlasText,
             [](const LayoutItem &i) { return as<ChartItem>(i).highlightAtlasFeature; },
             [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).highlightAtlasFeature = v.toBool(); });
    addColor(atlasForm, tr("Highlight color:"), u"chartHighlightColorButton"_s, atlasText,
             [](const LayoutItem &i) { return as<ChartItem>(i).highlightColor; },
             [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).highlightColor = v.value<QColor>(); });
    auto *link = addFieldCombo(atlasForm, tr("Link field:"), u"chartLinkCombo"_s, atlasText, false,
                               tr("(the chart shows the atlas layer)"), layerOf,
                               [](const LayoutItem &i) { return as<ChartItem>(i).atlasLinkField; },
                               [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).atlasLinkField = v.toString(); });
    link->setToolTip(tr("Highlight the features whose value in this field equals the atlas feature's value"));
    addFieldCombo(atlasForm, tr("Atlas field:"), u"chartCoverageFieldCombo"_s, atlasText, false, tr("(same name)"),
                  [this](const LayoutItem &) { return m_layout ? m_layout->atlas().coverageLayerId : QString(); },
                  [](const LayoutItem &i) { return as<ChartItem>(i).atlasCoverageField; },
                  [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).atlasCoverageField = v.toString(); });
    addCheck(atlasForm, tr("Only features on the page"), u"chartAtlasFilterCheck"_s, atlasText,
             [](const LayoutItem &i) { return as<ChartItem>(i).filterToAtlasFeature; },
             [](LayoutItem &i, const QVariant &v) { as<ChartItem>(i).filterToAtlasFeature = v.toBool(); });
    layout->addWidget(atlasBox);
}

} // namespace territoria
