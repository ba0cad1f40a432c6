#pragma once

#include "error.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace territoria {

class LayerChartWidget;
class Project;
class VectorLayer;

// A dock with a chart of one vector layer linked to its selection (see
// LayerChartWidget): pick the layer, the chart type and its fields; export the
// chart as PNG (twice the screen size) or SVG. The last choice is remembered.
class ChartsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ChartsDock(Project *project, QWidget *parent = nullptr);

    LayerChartWidget *chartWidget() const { return m_chart; }
    VectorLayer *currentLayer() const;
    void setCurrentLayer(VectorLayer *layer);
    // Writes the chart to `path` (PNG or SVG by the suffix).
    Result<void> exportChart(const QString &path) const;

public Q_SLOTS:
    void exportWithDialog();

private:
    void refillLayers();
    void refillFields();
    void apply();
    void saveChoice() const;

    Project *m_project;
    QComboBox *m_layerCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_xCombo = nullptr;
    QComboBox *m_yCombo = nullptr;
    QComboBox *m_labelCombo = nullptr;
    QComboBox *m_orderCombo = nullptr;
    QSpinBox *m_countSpin = nullptr;
    QLabel *m_yLabel = nullptr;
    QLabel *m_labelLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_exportButton = nullptr;
    LayerChartWidget *m_chart = nullptr;
    bool m_filling = false;
    bool m_restored = false;
    bool m_pending = false;
};

} // namespace territoria
