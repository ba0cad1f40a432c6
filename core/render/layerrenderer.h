#pragma once

#include "error.h"
#include "render/mapsettings.h"
#include "territoria_core_export.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <atomic>

class QPainter;

namespace territoria {

class LabelEngine;

// What a layer renderer draws with, on the worker thread.
struct RenderContext {
    QPainter *painter = nullptr;  // device coordinates (pixels of MapSettings::outputSize)
    MapSettings settings;
    const std::atomic<bool> *canceled = nullptr;
    bool isCanceled() const { return canceled && canceled->load(std::memory_order_relaxed); }
    QStringList warnings;         // non-fatal problems (features skipped, transform failures)
    // Labels: when set, renderers of labelled layers add their features here (in
    // pixels of the whole map: this context's pixels plus `labelOffset`, which is
    // non-zero for a tile); MapRenderJob places and draws them after all layers.
    LabelEngine *labels = nullptr;
    int layerOrder = 0;           // the layer's position, bottom 0 (higher: labels placed first)
    QPointF labelOffset;
};

// A snapshot of one layer with everything needed to draw it: created on the GUI
// thread by Layer::createRenderer(), then render() runs on a worker without
// touching the Layer or the Project.
class TERRITORIA_CORE_EXPORT LayerRenderer
{
public:
    LayerRenderer(QString layerId, QString layerName, double opacity)
        : m_layerId(std::move(layerId)), m_layerName(std::move(layerName)), m_opacity(opacity) {}
    virtual ~LayerRenderer();

    QString layerId() const { return m_layerId; }
    QString layerName() const { return m_layerName; }
    double opacity() const { return m_opacity; }

    // Draws into context.painter; an error names the layer and the problem.
    virtual Result<void> render(RenderContext &context) = 0;

private:
    QString m_layerId;
    QString m_layerName;
    double m_opacity = 1.0;
};

} // namespace territoria
