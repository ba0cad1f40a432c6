#pragma once

#include "error.h"
#include "render/maprenderjob.h"
#include "territoria_core_export.h"

#include <QString>

namespace territoria {

struct MapExportResult {
    QString path;
    QList<LayerRenderError> layerErrors; // layers that failed (the others were drawn)
    QStringList warnings;
};

// Renders `layers` (top first) with `settings` into `path`, by extension:
// .png/.jpg/.tif (raster, settings' size and DPI stored in the file), .pdf (vector,
// page sized to the output size at the DPI, text selectable) or .svg. Written
// atomically (QSaveFile). Fails when nothing could be written; per-layer problems
// are in the result.
TERRITORIA_CORE_EXPORT Result<MapExportResult> exportMap(const MapSettings &settings, const QList<Layer *> &layers,
                                                         const QString &path);

} // namespace territoria
