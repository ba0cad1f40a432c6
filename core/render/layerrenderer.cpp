#include "render/layerrenderer.h"

namespace territoria {

LayerRenderer::~LayerRenderer() = default;

} // namespace territoria
