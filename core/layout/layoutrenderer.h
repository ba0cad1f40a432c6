#pragma once

#include "data/feature.h"
#include "data/field.h"
#include "error.h"
#include "geometry/geometry.h"
#include "layout/printlayout.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QStringList>

#include <optional>

class QPainter;

namespace territoria {

class Feedback;
class Project;

// The feature an atlas page is about (see Atlas).
struct AtlasFeature {
    QString layerId;             // the coverage layer
    qint64 fid = -1;
    Geometry geometry;           // in the coverage layer's CRS
    Geometry projectGeometry;    // in the project CRS (what map frames use)
    Fields fields;
    QVariantList attributes;
    QString pageName;
};

struct LayoutRenderContext {
    const Project *project = nullptr; // layers by id, CRS, transforms, title
    int page = 1;
    int pageCount = 1;
    std::optional<AtlasFeature> atlasFeature;
    QLocale locale;                    // numbers and dates
    QDateTime now;                     // invalid: current time (tests pin it)
    // Resolution of raster parts (raster layers, hillshades, pictures that are not
    // SVG) in dots per inch. Vector parts stay vectors on PDF/SVG painters.
    double dpi = 300;
    // Drawing for the designer's screen: map frames may come from `mapCache`.
    bool preview = false;
    Feedback *feedback = nullptr;      // cancel between items and layers
};

struct LayoutRenderResult {
    QStringList warnings;              // "Mapa 1: la capa «Ríos» falta en el proyecto" ...
    bool canceled = false;
};

// Draws a PrintLayout page with the same renderers as the map canvas: map frames
// through MapRenderJob (vector layers stay vectors on a PDF/SVG painter), the
// legend from Legend entries, scale bars from the map's real scale.
//
// Threading: the layers' renderer snapshots are taken inside render(); call it on
// the GUI thread, or on a worker while the GUI keeps the project unchanged (the
// desktop exports behind a modal progress dialog; the CLI has no GUI thread).
class TERRITORIA_CORE_EXPORT LayoutRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LayoutRenderer)
public:
    // Draws the whole page onto `painter`, whose current transform must map page
    // millimetres to the device (the exporter does painter->scale(dpmm, dpmm)).
    // Fills the page background. Missing layers, bad pictures and empty legends
    // are warnings, never failures.
    static LayoutRenderResult render(const PrintLayout &layout, QPainter *painter, const LayoutRenderContext &context);

    // Draws one item into its rectMm (same painter convention).
    static void renderItem(const PrintLayout &layout, const LayoutItem &item, QPainter *painter,
                           const LayoutRenderContext &context, LayoutRenderResult &result);

    // The extent (project CRS) `map` shows on this page: its extent or the atlas
    // feature's box plus the margin, grown to the frame's aspect ratio, or its
    // fixed scale around the centre.
    static Extent visibleExtent(const MapItem &map, const LayoutRenderContext &context);
    // The scale denominator of `map` on this page (1:N), from its visible extent
    // and the frame's width in millimetres (geographic CRS: at the centre latitude).
    static double scale(const MapItem &map, const LayoutRenderContext &context);

    // A page image at `dpi` (previews, tests, PNG export).
    static QImage renderToImage(const PrintLayout &layout, const LayoutRenderContext &context, double dpi,
                                LayoutRenderResult *result = nullptr);
};

} // namespace territoria
