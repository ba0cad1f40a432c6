#pragma once

// Internal to core: draws a raster layer snapshot (see LayerRenderer).
#include "render/layerrenderer.h"
#include "data/rasterlayer.h"

namespace territoria {

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
