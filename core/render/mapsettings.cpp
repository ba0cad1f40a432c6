#include "render/mapsettings.h"

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace territoria {

bool MapSettings::isValid() const
{
    return !m_extent.isNull() && m_extent.isFinite() && (m_extent.width() > 0 || m_extent.height() > 0)
           && m_outputSize.width() > 0 && m_outputSize.height() > 0 && m_dpi > 0;
}

Extent MapSettings::visibleExtent() const
{
    if (m_extent.isNull() || m_outputSize.isEmpty())
        return m_extent;
    Extent e = m_extent;
    if (e.width() <= 0 && e.height() <= 0) // a single point: one map unit around it
        e = e.buffered(0.5);
    return e.withAspectRatio(double(m_outputSize.width()) / m_outputSize.height());
}

double MapSettings::mapUnitsPerPixel() const
{
    if (m_outputSize.isEmpty())
        return 0;
    const Extent v = visibleExtent();
    return v.width() / m_outputSize.width();
}

QTransform MapSettings::mapToPixel() const
{
    const double mupp = mapUnitsPerPixel();
    if (!(mupp > 0))
        return {};
    const Extent v = visibleExtent();
    return QTransform(1.0 / mupp, 0, 0, -1.0 / mupp, -v.xMin() / mupp, v.yMax() / mupp);
}

QPointF MapSettings::pixelToMap(const QPointF &pixel) const
{
    const double mupp = mapUnitsPerPixel();
    const Extent v = visibleExtent();
    return {v.xMin() + pixel.x() * mupp, v.yMax() - pixel.y() * mupp};
}

double MapSettings::scale() const
{
    const double mupp = mapUnitsPerPixel();
    if (!(mupp > 0) || !(m_dpi > 0))
        return 0;
    double metresPerUnit = 1.0;
    if (m_crs.isGeographic()) {
        // Length of one degree of longitude at the center latitude on the WGS 84 ellipsoid.
        constexpr double a = 6378137.0, f = 1 / 298.257223563, e2 = f * (2 - f);
        const double phi = visibleExtent().center().y() * std::numbers::pi / 180;
        const double s = std::sin(phi);
        metresPerUnit = std::numbers::pi / 180 * a * std::cos(phi) / std::sqrt(1 - e2 * s * s);
    } else {
        const QString units = m_crs.mapUnits().toLower();
        if (units.contains(u"us survey foot"_s))
            metresPerUnit = 1200.0 / 3937.0;
        else if (units.contains(u"foot"_s))
            metresPerUnit = 0.3048;
        else if (units.contains(u"kilometre"_s))
            metresPerUnit = 1000.0;
    }
    const double metresPerPixel = mupp * metresPerUnit;
    return metresPerPixel * m_dpi / 0.0254;
}

} // namespace territoria
