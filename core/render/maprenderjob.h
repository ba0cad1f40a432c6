#pragma once

#include "render/labelengine.h"
#include "render/layerrenderer.h"
#include "render/mapsettings.h"
#include "territoria_core_export.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;

namespace territoria {

class Layer;

struct LayerRenderError {
    QString layerId;
    QString layerName;
    Error error;
};

// Draws layers (bottom first) in the destination CRS. Created on the GUI thread
// from the visible layers (snapshots are taken in the constructor), then either
// started asynchronously into a QImage (layers drawn in parallel into their own
// images, then composited in order) or run synchronously onto any painter (PDF,
// SVG: vectors stay vectors). A failing layer is reported and the others are drawn.
// Labels of all layers are placed together (LabelEngine) and drawn on top of the
// last layer, as text.
class TERRITORIA_CORE_EXPORT MapRenderJob : public QObject
{
    Q_OBJECT
public:
    // Which of the given layers are drawn.
    enum class LayerFilter {
        VisibleOnly, // skip layers hidden in the layer panel
        All,         // draw every given layer (print layouts with a fixed layer list)
    };

    // `layers` top first, as in the layer panel; invisible layers are skipped.
    MapRenderJob(const MapSettings &settings, const QList<Layer *> &layers, QObject *parent = nullptr);
    MapRenderJob(const MapSettings &settings, const QList<Layer *> &layers, LayerFilter filter,
                 QObject *parent = nullptr);
    ~MapRenderJob() override; // cancels and waits

    const MapSettings &settings() const { return m_settings; }

    // Asynchronous render into an image of settings().outputSize(); emits finished().
    void start();
    void cancel();
    void waitForFinished();
    bool isActive() const;
    bool isCanceled() const { return m_canceled.load(); }
    QImage renderedImage() const; // valid after finished()
    qint64 renderTimeMs() const { return m_renderTimeMs; }

    // Synchronous render onto `painter` (which covers settings().outputSize() in
    // device pixels); for PDF/SVG/printing and the CLI. Fills the background.
    void renderSynchronously(QPainter *painter);
    // Convenience: synchronous render into a new ARGB32-premultiplied image.
    QImage renderToImage();

    // The labels of the last render (see LabelEngine), in map pixels; empty when
    // no visible layer has labels at this scale.
    QList<PlacedLabel> placedLabels() const { return m_placedLabels; }

    QList<LayerRenderError> errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void finished();

private:
    void runAll(QPainter *painter, bool parallel);

    MapSettings m_settings;
    std::vector<std::unique_ptr<LayerRenderer>> m_renderers; // bottom first
    std::atomic<bool> m_canceled{false};
    QFutureWatcher<void> m_watcher;
    QImage m_image;
    QList<LayerRenderError> m_errors;
    QStringList m_warnings;
    QList<PlacedLabel> m_placedLabels;
    qint64 m_renderTimeMs = 0;
};

} // namespace territoria
