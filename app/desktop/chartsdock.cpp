#include "chartsdock.h"

#include "data/vectorlayer.h"
#include "gui/layercharts.h"
#include "project/project.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {
bool isNumeric(FieldType t)
{
    return t == FieldType::Integer || t == FieldType::Integer64 || t == FieldType::Real;
}

// Identifiers and bookkeeping fields make poor defaults for a chart.
bool looksLikeId(const QString &name)
{
    const QString n = name.toUpper();
    return n == u"FID"_s || n == u"ID"_s || n == u"OBJECTID"_s || n.startsWith(u"SHAPE_"_s) || n.startsWith(u"ID"_s);
}
} // namespace

ChartsDock::ChartsDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Charts"), parent)
    , m_project(project)
{
    setObjectName(u"chartsDock"_s);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layerCombo = new QComboBox(body);
    m_layerCombo->setObjectName(u"chartLayerCombo"_s);
    m_typeCombo = new QComboBox(body);
    m_typeCombo->setObjectName(u"chartTypeCombo"_s);
    m_typeCombo->addItem(tr("Histogram"), int(ChartType::Histogram));
    m_typeCombo->addItem(tr("Scatter plot"), int(ChartType::Scatter));
    m_typeCombo->addItem(tr("Ranked bars"), int(ChartType::RankedBars));
    m_xCombo = new QComboBox(body);
    m_xCombo->setObjectName(u"chartXFieldCombo"_s);
    m_yCombo = new QComboBox(body);
    m_yCombo->setObjectName(u"chartYFieldCombo"_s);
    m_labelCombo = new QComboBox(body);
    m_labelCombo->setObjectName(u"chartLabelFieldCombo"_s);
    m_orderCombo = new QComboBox(body);
    m_orderCombo->setObjectName(u"chartOrderCombo"_s);
    m_orderCombo->addItem(tr("Largest"), false);
    m_orderCombo->addItem(tr("Smallest"), true);
    m_countSpin = new QSpinBox(body);
    m_countSpin->setObjectName(u"chartCountSpin"_s);
    m_countSpin->setRange(1, 100);
    m_countSpin->setValue(10);
    auto *rankRow = new QHBoxLayout;
    rankRow->addWidget(m_orderCombo, 1);
    rankRow->addWidget(m_countSpin);
    m_exportButton = new QToolButton(body);
    m_exportButton->setObjectName(u"chartExportButton"_s);
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the chart as a PNG image or an SVG drawing"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_layerCombo, 1);
    top->addWidget(m_exportButton);
    form->addRow(tr("Layer:"), top);
    form->addRow(tr("Chart:"), m_typeCombo);
    form->addRow(tr("Field:"), m_xCombo);
    m_yLabel = new QLabel(tr("Y field:"), body);
    form->addRow(m_yLabel, m_yCombo);
    m_labelLabel = new QLabel(tr("Names from:"), body);
    form->addRow(m_labelLabel, m_labelCombo);
    m_countLabel = new QLabel(tr("Show:"), body);
    form->addRow(m_countLabel, rankRow);
    layout->addLayout(form);
    m_chart = new LayerChartWidget(body);
    m_chart->setObjectName(u"layerChart"_s);
    m_chart->setMinimumHeight(240);
    body->setMinimumWidth(380); // room for the names of ranked bars
    layout->addWidget(m_chart, 1);
    setWidget(body);

    QSettings settings;
    if (!settings.value(u"charts/visible"_s, false).toBool())
        hide();
    connect(toggleViewAction(), &QAction::triggered, this,
            [](bool checked) { QSettings().setValue(u"charts/visible"_s, checked); });
    if (const int i = m_typeCombo->findData(settings.value(u"charts/type"_s, 0).toInt()); i >= 0)
        m_typeCombo->setCurrentIndex(i);
    m_countSpin->setValue(settings.value(u"charts/count"_s, 10).toInt());
    m_orderCombo->setCurrentIndex(settings.value(u"charts/bottom"_s, false).toBool() ? 1 : 0);

    connect(m_exportButton, &QToolButton::clicked, this, &ChartsDock::exportWithDialog);
    // Only the user's own choices are remembered, not the defaults filled in.
    connect(m_layerCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_restored = true;
        refillFields();
        saveChoice();
    });
    for (QComboBox *c : {m_typeCombo, m_xCombo, m_yCombo, m_labelCombo, m_orderCombo})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            apply();
            saveChoice();
        });
    connect(m_countSpin, &QSpinBox::valueChanged, this, [this] {
        if (m_filling)
            return;
        apply();
        saveChoice();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_pending)
            apply();
    });
    connect(m_project, &Project::layerAdded, this, &ChartsDock::refillLayers);
    connect(m_project, &Project::layerRemoved, this, &ChartsDock::refillLayers);
    connect(m_project, &Project::cleared, this, &ChartsDock::refillLayers);
    refillLayers();
}

VectorLayer *ChartsDock::currentLayer() const
{
    const QString id = m_layerCombo->currentData().toString();
    for (Layer *layer : m_project->layers())
        if (layer->id() == id)
            return qobject_cast<VectorLayer *>(layer);
    return nullptr;
}

void ChartsDock::setCurrentLayer(VectorLayer *layer)
{
    if (const int i = layer ? m_layerCombo->findData(layer->id()) : -1; i >= 0)
        m_layerCombo->setCurrentIndex(i);
}

void ChartsDock::refillLayers()
{
    const QString current = m_layerCombo->currentData().toString();
    m_filling = true;
    m_layerCombo->clear();
    const QString saved = QSettings().value(u"charts/layer"_s).toString();
    int restore = -1;
    for (Layer *layer : m_project->layers()) {
        if (layer->kind() != LayerKind::Vector)
            continue;
        m_layerCombo->addItem(layer->name(), layer->id());
        if (!m_restored && layer->name() == saved)
            restore = m_layerCombo->count() - 1;
    }
    // The remembered layer wins over the default first one until it shows up.
    int index = m_layerCombo->findData(current);
    if (restore >= 0) {
        index = restore;
        m_restored = true;
    }
    m_layerCombo->setCurrentIndex(index >= 0 ? index : (m_layerCombo->count() ? 0 : -1));
    m_filling = false;
    refillFields();
}

void ChartsDock::refillFields()
{
    VectorLayer *layer = currentLayer();
    QSettings settings;
    auto keep = [](QComboBox *c, const QString &saved) {
        const QString now = c->currentData().toString();
        return now.isEmpty() ? saved : now;
    };
    const bool sameLayer = layer && m_chart->layer() == layer;
    const QString x = sameLayer ? keep(m_xCombo, {}) : settings.value(u"charts/xField"_s).toString();
    const QString y = sameLayer ? keep(m_yCombo, {}) : settings.value(u"charts/yField"_s).toString();
    const QString label = sameLayer ? keep(m_labelCombo, {}) : settings.value(u"charts/labelField"_s).toString();
    m_filling = true;
    m_xCombo->clear();
    m_yCombo->clear();
    m_labelCombo->clear();
    m_labelCombo->addItem(tr("(feature id)"), QString());
    int firstMeasure = -1, firstText = -1;
    if (layer) {
        for (const Field &f : layer->fields()) {
            m_labelCombo->addItem(f.name, f.name);
            if (firstText < 0 && f.type == FieldType::String && !looksLikeId(f.name))
                firstText = m_labelCombo->count() - 1;
            if (!isNumeric(f.type))
                continue;
            m_xCombo->addItem(f.name, f.name);
            m_yCombo->addItem(f.name, f.name);
            if (firstMeasure < 0 && !looksLikeId(f.name))
                firstMeasure = m_xCombo->count() - 1;
        }
    }
    auto choose = [](QComboBox *c, const QString &name, int fallback) {
        const int i = c->findData(name);
        c->setCurrentIndex(i >= 0 ? i : (fallback >= 0 ? fallback : (c->count() ? 0 : -1)));
    };
    choose(m_xCombo, x, firstMeasure);
    // A second measure for the y axis, different from x when there is one.
    int yFallback = -1;
    for (int i = 0; i < m_yCombo->count(); ++i)
        if (i != m_xCombo->currentIndex()) {
            yFallback = i;
            if (!looksLikeId(m_yCombo->itemData(i).toString()))
                break;
        }
    choose(m_yCombo, y, yFallback);
    choose(m_labelCombo, label, firstText);
    m_filling = false;
    apply();
}

void ChartsDock::apply()
{
    const auto type = ChartType(m_typeCombo->currentData().toInt());
    auto *form = static_cast<QFormLayout *>(static_cast<QVBoxLayout *>(widget()->layout())->itemAt(0)->layout());
    form->setRowVisible(m_yLabel, type == ChartType::Scatter);
    form->setRowVisible(m_labelLabel, type == ChartType::RankedBars);
    form->setRowVisible(m_countLabel, type == ChartType::RankedBars);
    // A hidden dock reads nothing: the chart catches up when it is shown.
    m_pending = !isVisible();
    if (m_pending)
        return;
    ChartRequest request;
    request.type = type;
    request.xField = m_xCombo->currentData().toString();
    request.yField = m_yCombo->currentData().toString();
    request.labelField = m_labelCombo->currentData().toString();
    request.topCount = m_countSpin->value();
    request.bottom = m_orderCombo->currentData().toBool();
    m_chart->setLayer(currentLayer());
    m_chart->setRequest(request);
    m_exportButton->setEnabled(currentLayer() != nullptr);
}

void ChartsDock::saveChoice() const
{
    VectorLayer *layer = currentLayer();
    if (!layer)
        return;
    QSettings settings;
    settings.setValue(u"charts/layer"_s, layer->name());
    settings.setValue(u"charts/type"_s, m_typeCombo->currentData().toInt());
    settings.setValue(u"charts/xField"_s, m_xCombo->currentData().toString());
    settings.setValue(u"charts/yField"_s, m_yCombo->currentData().toString());
    settings.setValue(u"charts/labelField"_s, m_labelCombo->currentData().toString());
    settings.setValue(u"charts/count"_s, m_countSpin->value());
    settings.setValue(u"charts/bottom"_s, m_orderCombo->currentData().toBool());
}

Result<void> ChartsDock::exportChart(const QString &path) const
{
    return m_chart->exportTo(path, 2.0);
}

void ChartsDock::exportWithDialog()
{
    QSettings settings;
    const QString dir = settings.value(u"charts/exportDir"_s, QDir::homePath()).toString();
    const QString base = currentLayer() ? currentLayer()->name() : tr("chart");
    QString selectedFilter;
    const QString pngFilter = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QDir(dir).filePath(base + u".png"_s),
                                                pngFilter + u";;"_s + svgFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == svgFilter ? u".svg"_s : u".png"_s;
    settings.setValue(u"charts/exportDir"_s, QFileInfo(path).absolutePath());
    if (auto r = exportChart(path); !r)
        QMessageBox::warning(this, tr("Export Chart"), r.error().message);
}

} // namespace territoria
