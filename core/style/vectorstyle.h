#pragma once

#include "geometry/geometry.h"
#include "territoria_core_export.h"

#include <QColor>
#include <QJsonObject>

namespace territoria {

enum class MarkerShape { Circle, Square, Triangle, Diamond, Cross, Star };

// Single-symbol style for a vector layer (the cartography issue adds categorized
// and graduated renderers on top of this). Sizes in millimetres, so they print
// the same at any DPI.
struct TERRITORIA_CORE_EXPORT VectorStyle {
    QColor fillColor{QColor(0xa6, 0xce, 0xe3)};
    QColor strokeColor{QColor(0x33, 0x33, 0x33)};
    double strokeWidthMm = 0.26;
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    MarkerShape markerShape = MarkerShape::Circle;
    double markerSizeMm = 2.0;

    // A pleasant default for a newly added layer; `seed` picks the fill colour
    // from a qualitative palette so successive layers differ.
    static VectorStyle defaultFor(GeometryKind kind, int seed);

    QJsonObject toJson() const;
    static VectorStyle fromJson(const QJsonObject &json);
    bool operator==(const VectorStyle &) const = default;
};

} // namespace territoria
