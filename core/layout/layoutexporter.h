#pragma once

#include "error.h"
#include "layout/printlayout.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QStringList>

namespace territoria {

class Feedback;
class Project;

struct LayoutExportOptions {
    double dpi = 300;               // raster output resolution; PDF/SVG: raster parts
    // PNG/TIFF/JPEG of a page holding a single map item: also write a world file
    // (.pgw/.tfw/.jgw) placing the whole page image in the project CRS.
    bool worldFile = true;
    // Atlas exports; ignored for a single page.
    AtlasSettings::Output atlasOutput = AtlasSettings::Output::SingleFile;
    QString splitByField;           // AtlasSettings::Output::FilePerValue
    QLocale locale;
    QDateTime now;                  // invalid: current time
};

struct LayoutExportResult {
    QStringList files;              // written, in order
    int pages = 0;
    QStringList warnings;           // from rendering (missing layers...), de-duplicated
};

// Writes a layout to files. The format comes from the extension: .pdf (vector
// layers stay vectors, text selectable; several pages in one file), .svg, .png,
// .tif/.tiff, .jpg. Every file is written atomically (QSaveFile): a failed or
// cancelled export never leaves a half-written file behind.
// Same threading rule as LayoutRenderer.
class TERRITORIA_CORE_EXPORT LayoutExporter
{
    Q_DECLARE_TR_FUNCTIONS(LayoutExporter)
public:
    // One page (the layout without its atlas).
    static Result<LayoutExportResult> exportPage(const PrintLayout &layout, const Project &project,
                                                 const QString &path, const LayoutExportOptions &options = {},
                                                 Feedback *feedback = nullptr);

    // One page per atlas feature. `path` names the output: for SingleFile PDF the
    // file itself; otherwise the pattern's folder and stem: "out/atlas.pdf" with
    // FilePerFeature -> "out/atlas_Cayma.pdf", "out/atlas_Yura.pdf"...; with
    // FilePerValue on PROVINCIA -> "out/atlas_AREQUIPA.pdf"... PNG/SVG/TIFF are
    // always one file per page (FilePerFeature). Page numbers run through the
    // whole atlas ("{@page}" of "{@pages}"), also when split by value.
    static Result<LayoutExportResult> exportAtlas(const PrintLayout &layout, const Project &project,
                                                  const QString &path, const LayoutExportOptions &options = {},
                                                  Feedback *feedback = nullptr);
};

} // namespace territoria
