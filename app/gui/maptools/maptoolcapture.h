#pragma once

#include "gui/maptools/maptooledit.h"

#include "render/snapping.h"

#include <QList>
#include <QPointF>

#include <functional>

namespace territoria {

// Digitizes a new feature in the current layer: point, line or polygon following
// the layer's geometryKind() (single or multi after its declared type). Clicks add
// vertices (snapped through MapCanvas::snap()), a rubber band follows the mouse,
// Backspace removes the last vertex, right click or Enter finishes, Esc cancels.
// The geometry is built in the layer's CRS. Then the feature creator is called if
// set (the desktop opens the attribute form), otherwise layer()->addFeature().
class MapToolCapture : public MapToolVertexDrawing
{
    Q_OBJECT
public:
    using FeatureCreator = std::function<void(VectorLayer *layer, const Geometry &geometry)>;

    explicit MapToolCapture(MapCanvas *canvas);
    ~MapToolCapture() override;

    QString name() const override;

    void setFeatureCreator(FeatureCreator creator) { m_creator = std::move(creator); }

    // What the tool digitizes for the current layer (Null when it cannot).
    GeometryKind captureKind() const;
    // Vertices were clicked (points(), in the canvas CRS).
    bool isCapturing() const { return !m_points.isEmpty(); }

    // The actions behind the keys, for menus and tests.
    void removeLastVertex();
    void cancel();
    // Builds the geometry and hands it over. False (with a statusMessage) when
    // there are not enough vertices or the layer cannot take it.
    bool finish() override;

    // The geometry of `mapPoints` (canvas CRS) in the layer's CRS and type.
    Result<Geometry> buildGeometry(const QList<QPointF> &mapPoints) const;

    void activate() override;
    bool mousePress(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;

Q_SIGNALS:
    // The tool added `fid` itself (no feature creator set).
    void featureAdded(territoria::VectorLayer *layer, qint64 fid);

private:
    void updateStatus();

    FeatureCreator m_creator;
};

} // namespace territoria
