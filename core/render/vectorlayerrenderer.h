#pragma once

// Internal to core: draws a vector layer snapshot (see LayerRenderer).
#include "render/layerrenderer.h"
#include "data/vectorlayer.h"

namespace territoria {

class VectorLayerRenderer : public LayerRenderer
{
public:
    VectorLayerRenderer(const VectorLayer &layer, const MapSettings &settings);
    Result<void> render(RenderContext &context) override;

private:
    std::shared_ptr<const VectorDataProvider> m_provider;
    VectorStyle m_style;
    Crs m_layerCrs;
    GeometryKind m_kind;
};

} // namespace territoria
