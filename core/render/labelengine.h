#pragma once

// Label placement across layers for one map render (see MapRenderJob).
//
// Layer renderers add their labelled features during the layer pass, in map
// pixel space (the device pixels of MapSettings::outputSize()), from any thread.
// After every layer is drawn, run() places the labels greedily: higher layers
// first (larger `layerOrder`), within a layer polygons by decreasing area, then
// in feature order; each label takes the first of its candidate boxes that is
// wholly inside the map and overlaps no label placed before it, and is dropped
// when none is free. draw() then paints the placed labels as text (vector and
// selectable in PDF/SVG), each over a halo stroked from the text's outline.
//
// Candidates: points, 8 boxes around the marker starting at its upper right
// (upper right, upper left, lower right, lower left, right, left, above, below);
// lines, a horizontal box centred on the point halfway along the longest part,
// then at 35/65/20/80 % of its length, each also just above and below the line;
// polygons, a box centred on the pole of inaccessibility (the centre of GEOS's
// maximum inscribed circle; GEOSPointOnSurface when that fails), then boxes
// shifted around it. Polygon candidates whose box lies inside the polygon (GEOS
// contains, in pixel space) are tried first; the others follow unless
// LabelSettings::insidePolygonOnly is set.
#include "geometry/geometry.h"
#include "style/labeling.h"
#include "territoria_core_export.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QMutex>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QSize>

#include <vector>

class QPainter;

namespace territoria {

class MapSettings;

// How a label looks, resolved for one map's DPI.
struct TERRITORIA_CORE_EXPORT LabelAppearance {
    QFont font;             // pixel-sized for the map's DPI
    QColor color{Qt::black};
    QColor haloColor{Qt::white};
    double haloPx = 0;      // 0: no halo
    bool insidePolygonOnly = false;

    static LabelAppearance fromSettings(const LabelSettings &settings, const MapSettings &map);
};

// One labelled feature, its geometry in map pixels.
struct TERRITORIA_CORE_EXPORT LabelFeature {
    int layerOrder = 0; // higher layers have larger values and are placed first
    qint64 featureId = -1;
    QString text;
    GeometryKind kind = GeometryKind::Point;
    // Points: the marker centres (the first is labelled); lines: the parts;
    // polygons: rings, each polygon an outer ring followed by its holes.
    QList<QPolygonF> parts;
    QList<bool> isHole;          // polygons: one flag per entry of `parts`
    double markerRadiusPx = 0;   // points: the gap kept around the anchor
};

struct TERRITORIA_CORE_EXPORT PlacedLabel {
    int layerOrder = 0;
    qint64 featureId = -1;
    QString text;
    QRectF box;                  // what the label covers (text and halo), map pixels
    QPointF baseline;            // where the text's baseline starts
    bool insidePolygon = false;  // polygons: the box lies inside the polygon
};

class TERRITORIA_CORE_EXPORT LabelEngine
{
public:
    explicit LabelEngine(const QSize &outputSize);
    ~LabelEngine();

    // Thread-safe. Computes the feature's candidate anchors in the calling thread.
    // A feature already added for the same (layerOrder, featureId) is ignored
    // (tiles of one layer may report a feature twice); featureId -1 is never
    // deduplicated. Returns false when the geometry gives no anchor.
    bool addFeature(const LabelFeature &feature, const LabelAppearance &appearance);
    qsizetype featureCount() const;

    // Places the labels (see above); replaces an earlier result.
    void run();
    QList<PlacedLabel> placedLabels() const;
    // Paints what run() placed; `painter` in map pixels.
    void draw(QPainter *painter) const;

    struct Entry;

private:
    QSize m_size;
    mutable QMutex m_mutex;
    std::vector<Entry> m_entries;
    QSet<QPair<int, qint64>> m_keys; // (layerOrder, featureId) added
    QList<PlacedLabel> m_placed;
    std::vector<int> m_placedEntry; // entry of each placed label
};

} // namespace territoria
