#pragma once

#include "gui/maptools/maptooledit.h"

#include <QHash>
#include <QPointF>

namespace territoria {

// Moves features by dragging: press on a feature (selected ones are searched
// first) and drag; when the pressed feature is selected all selected features
// move. One undo command per move. Esc during a drag cancels it.
class MapToolMoveFeature : public MapToolEdit
{
    Q_OBJECT
public:
    explicit MapToolMoveFeature(MapCanvas *canvas);
    ~MapToolMoveFeature() override;

    QString name() const override;
    QCursor cursor() const override { return Qt::SizeAllCursor; }
    // Pick radius in pixels (default 4).
    int pickTolerancePixels() const { return m_tolerance; }
    void setPickTolerancePixels(int pixels) { m_tolerance = pixels; }

    void activate() override;
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(const QKeyEvent *event) const override;
    void paint(QPainter &painter) override;

Q_SIGNALS:
    void featuresMoved(territoria::VectorLayer *layer, const QSet<qint64> &fids);

protected:
    void reset() override;

private:
    int m_tolerance = 4;
    bool m_moving = false;
    QPointF m_startMap;  // canvas CRS
    QPointF m_currentMap;
    QHash<qint64, Geometry> m_mapGeometries; // fid -> original geometry, canvas CRS (for drawing)
    QHash<qint64, Geometry> m_originals;         // fid -> original geometry, layer CRS
};

} // namespace territoria
