#pragma once

#include "territoria_core_export.h"

#include <QJsonArray>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <limits>

namespace territoria {

// An axis-aligned rectangle in map units (x = easting/longitude, y = northing/latitude).
// A default-constructed Extent is null (contains nothing) and grows with combine().
class TERRITORIA_CORE_EXPORT Extent
{
public:
    Extent() = default;
    Extent(double xMin, double yMin, double xMax, double yMax);
    static Extent fromPoint(double x, double y) { return Extent(x, y, x, y); }
    static Extent fromRect(const QRectF &r) { return Extent(r.left(), r.top(), r.right(), r.bottom()); }

    double xMin() const { return m_xMin; }
    double yMin() const { return m_yMin; }
    double xMax() const { return m_xMax; }
    double yMax() const { return m_yMax; }
    double width() const { return isNull() ? 0.0 : m_xMax - m_xMin; }
    double height() const { return isNull() ? 0.0 : m_yMax - m_yMin; }
    QPointF center() const { return {(m_xMin + m_xMax) / 2, (m_yMin + m_yMax) / 2}; }

    // Null: nothing was ever added. Empty: null or zero area (a single point is not null).
    bool isNull() const { return !(m_xMin <= m_xMax && m_yMin <= m_yMax); }
    bool isEmpty() const { return isNull() || m_xMin == m_xMax || m_yMin == m_yMax; }
    bool isFinite() const;

    void combine(double x, double y);
    void combine(const Extent &other);
    bool intersects(const Extent &other) const;
    bool contains(double x, double y) const;
    bool contains(const Extent &other) const;
    Extent intersected(const Extent &other) const;
    // Grows by `factor` around the center (1.1 = 10% bigger), keeping the center.
    Extent scaled(double factor) const;
    Extent buffered(double distance) const;
    // Same center, grown on one axis so that width/height == aspect (for a viewport).
    Extent withAspectRatio(double aspect) const;

    QRectF toRectF() const { return QRectF(m_xMin, m_yMin, width(), height()); }
    QString toString(int precision = 6) const; // "xmin,ymin,xmax,ymax"
    static Extent fromString(const QString &text, bool *ok = nullptr);
    QJsonArray toJson() const; // [xmin, ymin, xmax, ymax]
    static Extent fromJson(const QJsonArray &array);

    bool operator==(const Extent &o) const = default;

private:
    double m_xMin = std::numeric_limits<double>::infinity();
    double m_yMin = std::numeric_limits<double>::infinity();
    double m_xMax = -std::numeric_limits<double>::infinity();
    double m_yMax = -std::numeric_limits<double>::infinity();
};

} // namespace territoria
