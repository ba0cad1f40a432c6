#pragma once

#include "crs/coordinatetransform.h"
#include "crs/crs.h"
#include "geometry/extent.h"
#include "territoria_core_export.h"

#include <QColor>
#include <QSize>
#include <QTransform>

namespace territoria {

// What a map render draws: where (extent in destinationCrs), how big (output size
// in device pixels, DPI) and how (CRS, pinned transforms, background). A value type.
class TERRITORIA_CORE_EXPORT MapSettings
{
public:
    Extent extent() const { return m_extent; }
    void setExtent(const Extent &e) { m_extent = e; }
    QSize outputSize() const { return m_outputSize; }
    void setOutputSize(const QSize &s) { m_outputSize = s; }
    double dpi() const { return m_dpi; }
    void setDpi(double dpi) { m_dpi = dpi; }
    Crs destinationCrs() const { return m_crs; }
    void setDestinationCrs(const Crs &crs) { m_crs = crs; }
    TransformContext transformContext() const { return m_transformContext; }
    void setTransformContext(const TransformContext &c) { m_transformContext = c; }
    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &c) { m_background = c; }

    bool isValid() const;
    // The requested extent grown to the output's aspect ratio, centered: what is
    // actually drawn.
    Extent visibleExtent() const;
    double mapUnitsPerPixel() const;
    // Map coordinates -> device pixels (y down) for visibleExtent().
    QTransform mapToPixel() const;
    QPointF pixelToMap(const QPointF &pixel) const;
    // Scale denominator (1:N) at the extent's center, using the DPI; geographic
    // CRSs use the length of a degree at the center latitude.
    double scale() const;
    // Millimetres to device pixels at this DPI.
    double mmToPixels(double mm) const { return mm * m_dpi / 25.4; }

private:
    Extent m_extent;
    QSize m_outputSize{800, 600};
    double m_dpi = 96.0;
    Crs m_crs;
    TransformContext m_transformContext;
    QColor m_background{Qt::white};
};

} // namespace territoria
