#pragma once

// Internal to core: draws a raster layer snapshot (see LayerRenderer).
#include "render/layerrenderer.h"
#include "data/rasterlayer.h"

#include <vector>

namespace territoria {

// Hillshade of a w × h block of heights (row-major, north up) as gdaldem hillshade
// computes it (Horn's method; formula in the .cpp): 1..255, 0 where `valid` (may
// be null) is 0 or the height is not finite. `ewres`/`nsres`: pixel size in the
// units of the heights (both positive).
TERRITORIA_CORE_EXPORT std::vector<quint8> hillshade(const float *dem, const quint8 *valid, int w, int h, double ewres,
                                                     double nsres, double azimuth, double altitude, double zFactor);

class RasterLayerRenderer : public LayerRenderer
{
public:
    RasterLayerRenderer(const RasterLayer &layer, const MapSettings &settings);
    Result<void> render(RenderContext &context) override;

private:
    std::shared_ptr<const RasterDataProvider> m_provider;
    RasterStyle m_style;
    Crs m_layerCrs;
};

} // namespace territoria
