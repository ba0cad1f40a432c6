#pragma once

#include "crs/coordinatetransform.h"
#include "crs/crs.h"
#include "geometry/extent.h"
#include "geometry/geometry.h"
#include "render/maprenderjob.h"
#include "render/mapsettings.h"
#include "render/snapping.h"
#include "maptool.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace territoria {

class Layer;
class MapTool;

// Shows the last image rendered by a MapRenderJob for the current view and
// re-renders (after a short debounce) whenever the view changes. While a new
// image renders, the previous one is drawn panned/scaled to the new view.
//
// The view is a center and a resolution (map units per pixel) in the
// destination CRS, so resizing keeps the scale. Pan by dragging, wheel zoom
// around the cursor, keyboard +/-/arrows; a click (no drag) emits mapClicked().
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // Layers top first, as in the layer panel. The canvas watches them for repaints.
    void setLayers(const QList<Layer *> &layers);
    QList<Layer *> layers() const;

    Crs destinationCrs() const { return m_crs; }
    void setDestinationCrs(const Crs &crs);
    TransformContext transformContext() const { return m_transformContext; }
    void setTransformContext(const TransformContext &context);
    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &color);

    // The visible extent (the widget's aspect ratio).
    Extent extent() const;
    // Shows at least `extent`, centered. Recorded in the extent history unless
    // `addToHistory` is false.
    void setExtent(const Extent &extent, bool addToHistory = true);
    QPointF center() const { return m_center; }
    double mapUnitsPerPixel() const { return m_mupp; }
    double scale() const; // 1:N at the center
    // Settings describing the current view at the widget's size.
    MapSettings mapSettings() const;

    QPointF toMapCoordinates(const QPointF &pixel) const;
    QPointF toPixel(const QPointF &mapPoint) const;

    // Zoom by `factor` (< 1 zooms in) keeping `mapPoint` at the same pixel.
    void zoomByFactor(double factor, const QPointF &mapPoint);
    void zoomByFactor(double factor) { zoomByFactor(factor, m_center); }
    void panByPixels(const QPointF &delta); // moves the map content by delta pixels

    bool canZoomPrevious() const { return m_historyIndex > 0; }
    bool canZoomNext() const { return m_historyIndex >= 0 && m_historyIndex < m_history.size() - 1; }

    // The last finished render (null before the first).
    QImage renderedImage() const { return m_image; }
    bool isRendering() const;
    // Selected features of visible vector layers are drawn over the map image in
    // this colour (their geometries are read when the selection changes).
    QColor selectionColor() const { return m_selectionColor; }
    void setSelectionColor(const QColor &color);
    int highlightedFeatureCount() const;
    // The active interaction tool (null = pan/zoom/click). The canvas does not own
    // it; setting null or another tool deactivates the previous one.
    void setMapTool(MapTool *tool);
    MapTool *mapTool() const { return m_tool; }

    // Snapping for the tools: layers, tolerance in pixels, on/off. The canvas
    // keeps a SnappingIndex prepared for the current view and re-prepares it when
    // the view, the layers' data (editsChanged) or the settings change.
    void setSnapping(const QList<SnapLayerSetting> &layers, double tolerancePixels, bool enabled);
    bool isSnappingEnabled() const { return m_snapEnabled; }
    double snappingTolerancePixels() const { return m_snapTolerancePx; }
    // The snapped map point for a widget pixel (type None: no snap, `point` is the
    // plain map coordinate). Features in `exclude` are ignored.
    SnapMatch snap(const QPointF &pixel, const QList<QPair<const VectorLayer *, qint64>> &exclude = {}) const;
    // Draws the conventional snap marker (square = vertex, cross-on-line = segment).
    static void drawSnapMarker(QPainter &painter, const QPointF &pixel, SnapType type);

    int renderDelayMs() const { return m_renderTimer.interval(); }
    void setRenderDelayMs(int ms) { m_renderTimer.setInterval(ms); }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFullExtent();
    void zoomToLayer(territoria::Layer *layer);
    void zoomPrevious();
    void zoomNext();
    // Schedules a new render (debounced).
    void refresh();
    // Starts rendering now (cancels a running one).
    void renderNow();

Q_SIGNALS:
    void extentChanged();
    void scaleChanged(double scale);
    void historyChanged();
    void cursorMoved(const QPointF &mapPoint);
    void mapClicked(const QPointF &mapPoint, Qt::MouseButton button);
    void mapToolChanged(territoria::MapTool *tool);
    void renderStarted();
    void renderFinished();
    void renderErrors(const QList<territoria::LayerRenderError> &errors, const QStringList &warnings);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setView(const QPointF &center, double mupp, bool addToHistory);
    void pushHistory();
    void onJobFinished();
    Extent fullExtent() const;
    void updateSelectionHighlight();
    void drawSelection(QPainter &painter) const;

    QList<QPointer<Layer>> m_layers;
    QList<QMetaObject::Connection> m_layerConnections;
    Crs m_crs;
    TransformContext m_transformContext;
    QColor m_background{Qt::white};

    QPointF m_center{0, 0};
    double m_mupp = 1.0;
    bool m_hasView = false;

    QList<Extent> m_history;
    qsizetype m_historyIndex = -1;

    // The image on screen and the view it was rendered for.
    QImage m_image;
    QPointF m_imageCenter;
    double m_imageMupp = 0;
    double m_renderPixelRatio = 1.0; // device pixels per logical pixel of the running job

    struct SelectionHighlight {
        QPointer<Layer> layer;
        QList<Geometry> geometries; // in the destination CRS
    };
    QList<SelectionHighlight> m_selection;
    QColor m_selectionColor{255, 214, 0};

    QPointer<MapTool> m_tool;
    mutable SnappingIndex m_snapIndex;
    bool m_snapEnabled = false;
    double m_snapTolerancePx = 12;
    mutable bool m_snapIndexDirty = true;
    mutable Extent m_snapIndexExtent; // the extent the index was prepared for
    QList<QMetaObject::Connection> m_snapConnections;
    void invalidateSnapIndex() { m_snapIndexDirty = true; }
    void updateToolCursor();

    QPointer<MapRenderJob> m_job;
    QTimer m_renderTimer;

    bool m_dragging = false;
    bool m_pressed = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
};

} // namespace territoria
