#pragma once

#include "error.h"
#include "layout/layoutrenderer.h"
#include "layout/printlayout.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QList>

namespace territoria {

class Feedback;
class Project;

// The pages of an atlas: the coverage layer's features that pass the filter, in
// the sort order, each with its page name (AtlasSettings' SQLite expressions,
// run by GDAL's SQLite dialect over the layer's source) and its geometry in the
// project CRS.
class TERRITORIA_CORE_EXPORT Atlas
{
    Q_DECLARE_TR_FUNCTIONS(Atlas)
public:
    // Fails with a clear message when the layout has no atlas, the coverage layer
    // is not in the project (or is missing), is not a vector layer, or an
    // expression is wrong (SQLite's reason and the expression). An empty result
    // (the filter keeps nothing) is an error too: "the filter keeps no feature".
    static Result<QList<AtlasFeature>> features(const PrintLayout &layout, const Project &project,
                                                Feedback *feedback = nullptr);

    // A file name from a page name or field value: characters not allowed in file
    // names (/\:*?"<>| and control characters) become '_', trimmed; accents kept;
    // empty -> "unnamed" (translated: "sin_nombre").
    static QString safeFileName(const QString &text);
};

} // namespace territoria
