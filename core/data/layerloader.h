#pragma once

#include "data/layer.h"
#include "error.h"
#include "territoria_core_export.h"

#include <memory>
#include <vector>

namespace territoria {

class Feedback;

struct SublayerInfo {
    QString name;            // OGR layer name (vector) or file base name (raster)
    LayerKind kind = LayerKind::Vector;
    qint64 featureCount = -1; // vectors; -1 when unknown without a full read
    QString geometryType;    // vectors, as ogrinfo names it
};

// What a path holds: every vector layer (GeoPackage tables, KML folders, OSM
// layers) and/or the raster. An error names the file and says why GDAL can't read it.
TERRITORIA_CORE_EXPORT Result<QList<SublayerInfo>> listSublayers(const QString &path);

// Opens the raster, or the named vector sublayer (empty: the only/first one).
TERRITORIA_CORE_EXPORT Result<std::unique_ptr<Layer>> openLayer(const QString &path, const QString &sublayer = {},
                                                                 Feedback *feedback = nullptr);

// Every layer of the path (one per sublayer), as "add layer" does.
TERRITORIA_CORE_EXPORT Result<std::vector<std::unique_ptr<Layer>>> openLayers(const QString &path,
                                                                              Feedback *feedback = nullptr);

} // namespace territoria
