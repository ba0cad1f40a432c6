#include "extent.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

Extent::Extent(double xMin, double yMin, double xMax, double yMax)
    : m_xMin(std::min(xMin, xMax))
    , m_yMin(std::min(yMin, yMax))
    , m_xMax(std::max(xMin, xMax))
    , m_yMax(std::max(yMin, yMax))
{
}

bool Extent::isFinite() const
{
    return std::isfinite(m_xMin) && std::isfinite(m_yMin) && std::isfinite(m_xMax) && std::isfinite(m_yMax);
}

void Extent::combine(double x, double y)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    m_xMin = std::min(m_xMin, x);
    m_yMin = std::min(m_yMin, y);
    m_xMax = std::max(m_xMax, x);
    m_yMax = std::max(m_yMax, y);
}

void Extent::combine(const Extent &other)
{
    if (other.isNull())
        return;
    combine(other.m_xMin, other.m_yMin);
    combine(other.m_xMax, other.m_yMax);
}

bool Extent::intersects(const Extent &o) const
{
    if (isNull() || o.isNull())
        return false;
    return m_xMin <= o.m_xMax && o.m_xMin <= m_xMax && m_yMin <= o.m_yMax && o.m_yMin <= m_yMax;
}

bool Extent::contains(double x, double y) const
{
    return !isNull() && x >= m_xMin && x <= m_xMax && y >= m_yMin && y <= m_yMax;
}

bool Extent::contains(const Extent &o) const
{
    return !isNull() && !o.isNull() && o.m_xMin >= m_xMin && o.m_xMax <= m_xMax && o.m_yMin >= m_yMin
        && o.m_yMax <= m_yMax;
}

Extent Extent::intersected(const Extent &o) const
{
    if (!intersects(o))
        return {};
    return Extent(std::max(m_xMin, o.m_xMin), std::max(m_yMin, o.m_yMin), std::min(m_xMax, o.m_xMax),
                  std::min(m_yMax, o.m_yMax));
}

Extent Extent::scaled(double factor) const
{
    if (isNull())
        return {};
    const QPointF c = center();
    const double hw = width() * factor / 2, hh = height() * factor / 2;
    return Extent(c.x() - hw, c.y() - hh, c.x() + hw, c.y() + hh);
}

Extent Extent::buffered(double d) const
{
    if (isNull())
        return {};
    return Extent(m_xMin - d, m_yMin - d, m_xMax + d, m_yMax + d);
}

Extent Extent::withAspectRatio(double aspect) const
{
    if (isNull() || !(aspect > 0))
        return *this;
    double w = width(), h = height();
    if (w <= 0 && h <= 0)
        return *this;
    if (h > 0 && (w <= 0 || w / h < aspect))
        w = h * aspect; // too narrow (or a vertical segment): widen
    else
        h = w / aspect; // too wide (or a horizontal segment): heighten
    const QPointF c = center();
    return Extent(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2);
}

QString Extent::toString(int precision) const
{
    return u"%1,%2,%3,%4"_s.arg(m_xMin, 0, 'f', precision)
        .arg(m_yMin, 0, 'f', precision)
        .arg(m_xMax, 0, 'f', precision)
        .arg(m_yMax, 0, 'f', precision);
}

Extent Extent::fromString(const QString &text, bool *ok)
{
    const QStringList parts = text.split(u',');
    double v[4];
    bool good = parts.size() == 4;
    for (int i = 0; good && i < 4; ++i)
        v[i] = parts[i].trimmed().toDouble(&good);
    if (ok)
        *ok = good && v[0] < v[2] && v[1] < v[3];
    return good ? Extent(v[0], v[1], v[2], v[3]) : Extent();
}

QJsonArray Extent::toJson() const
{
    if (isNull())
        return {};
    return QJsonArray{m_xMin, m_yMin, m_xMax, m_yMax};
}

Extent Extent::fromJson(const QJsonArray &a)
{
    if (a.size() != 4)
        return {};
    return Extent(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble());
}

} // namespace territoria
