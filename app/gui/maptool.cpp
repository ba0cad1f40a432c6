#include "maptool.h"

#include "mapcanvas.h"

namespace territoria {

MapTool::MapTool(MapCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{
}

MapTool::~MapTool() = default;

} // namespace territoria
