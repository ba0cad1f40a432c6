#include "snappingsettingswidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace territoria {

SnappingSettingsWidget::SnappingSettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"snappingSettings"_s);
    auto *form = new QFormLayout(this);
    m_enabled = new QCheckBox(tr("Snap while digitizing"), this);
    m_enabled->setObjectName(u"snappingEnabled"_s);
    form->addRow(m_enabled);
    m_layers = new QComboBox(this);
    m_layers->setObjectName(u"snappingLayers"_s);
    m_layers->addItem(tr("Current layer"), int(LayerMode::CurrentLayer));
    m_layers->addItem(tr("All visible vector layers"), int(LayerMode::AllVisibleLayers));
    form->addRow(tr("Layers:"), m_layers);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"snappingType"_s);
    m_type->addItem(tr("Vertices"), int(SnapType::Vertex));
    m_type->addItem(tr("Segments"), int(SnapType::Segment));
    m_type->addItem(tr("Vertices and segments"), int(SnapType::VertexAndSegment));
    form->addRow(tr("Snap to:"), m_type);
    m_tolerance = new QSpinBox(this);
    m_tolerance->setObjectName(u"snappingTolerance"_s);
    m_tolerance->setRange(1, 100);
    m_tolerance->setSuffix(tr(" px"));
    form->addRow(tr("Tolerance:"), m_tolerance);
    readSettings();
    connect(m_enabled, &QCheckBox::toggled, this, &SnappingSettingsWidget::emitChanged);
    connect(m_layers, &QComboBox::currentIndexChanged, this, &SnappingSettingsWidget::emitChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SnappingSettingsWidget::emitChanged);
    connect(m_tolerance, &QSpinBox::valueChanged, this, &SnappingSettingsWidget::emitChanged);
    auto enable = [this](bool on) {
        m_layers->setEnabled(on);
        m_type->setEnabled(on);
        m_tolerance->setEnabled(on);
    };
    connect(m_enabled, &QCheckBox::toggled, this, enable);
    enable(m_enabled->isChecked());
}

void SnappingSettingsWidget::emitChanged()
{
    if (m_reading)
        return;
    writeSettings();
    emit settingsChanged();
}

bool SnappingSettingsWidget::isSnappingEnabled() const { return m_enabled->isChecked(); }
void SnappingSettingsWidget::setSnappingEnabled(bool enabled) { m_enabled->setChecked(enabled); }

SnappingSettingsWidget::LayerMode SnappingSettingsWidget::layerMode() const
{
    return LayerMode(m_layers->currentData().toInt());
}

void SnappingSettingsWidget::setLayerMode(LayerMode mode)
{
    m_layers->setCurrentIndex(std::max(0, m_layers->findData(int(mode))));
}

SnapType SnappingSettingsWidget::snapType() const
{
    return SnapType(m_type->currentData().toInt());
}

void SnappingSettingsWidget::setSnapType(SnapType type)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(type))));
}

int SnappingSettingsWidget::tolerancePixels() const { return m_tolerance->value(); }
void SnappingSettingsWidget::setTolerancePixels(int pixels) { m_tolerance->setValue(pixels); }

void SnappingSettingsWidget::readSettings()
{
    m_reading = true;
    QSettings settings;
    m_enabled->setChecked(settings.value(u"snapping/enabled"_s, false).toBool());
    setLayerMode(settings.value(u"snapping/layers"_s, u"current"_s).toString() == u"all"_s ? LayerMode::AllVisibleLayers
                                                                                          : LayerMode::CurrentLayer);
    const QString type = settings.value(u"snapping/type"_s, u"both"_s).toString();
    setSnapType(type == u"vertex"_s ? SnapType::Vertex : type == u"segment"_s ? SnapType::Segment
                                                                             : SnapType::VertexAndSegment);
    m_tolerance->setValue(settings.value(u"snapping/tolerancePx"_s, 12).toInt());
    m_reading = false;
}

void SnappingSettingsWidget::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"snapping/enabled"_s, isSnappingEnabled());
    settings.setValue(u"snapping/layers"_s, layerMode() == LayerMode::AllVisibleLayers ? u"all"_s : u"current"_s);
    const SnapType type = snapType();
    settings.setValue(u"snapping/type"_s, type == SnapType::Vertex ? u"vertex"_s
                                          : type == SnapType::Segment ? u"segment"_s
                                                                      : u"both"_s);
    settings.setValue(u"snapping/tolerancePx"_s, tolerancePixels());
}

} // namespace territoria
