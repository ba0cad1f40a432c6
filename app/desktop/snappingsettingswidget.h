#pragma once

#include "render/snapping.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace territoria {

// Snapping options for the digitizing tools: on/off, which layers (the current
// layer or every visible vector layer), what to snap to (vertices, segments or
// both) and the tolerance in pixels. Remembered in QSettings ("snapping/...").
class SnappingSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    enum class LayerMode { CurrentLayer, AllVisibleLayers };
    Q_ENUM(LayerMode)

    explicit SnappingSettingsWidget(QWidget *parent = nullptr);

    bool isSnappingEnabled() const;
    void setSnappingEnabled(bool enabled);
    LayerMode layerMode() const;
    void setLayerMode(LayerMode mode);
    SnapType snapType() const;
    void setSnapType(SnapType type);
    int tolerancePixels() const;
    void setTolerancePixels(int pixels);

    void readSettings();
    void writeSettings() const;

Q_SIGNALS:
    // Any option changed (already written to QSettings).
    void settingsChanged();

private:
    void emitChanged();
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_layers = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_tolerance = nullptr;
    bool m_reading = false;
};

} // namespace territoria
