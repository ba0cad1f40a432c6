#pragma once

#include "geometry/geometry.h"
#include "style/rasterstyle.h"
#include "style/vectorstyle.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QVariant>

#include <functional>

class QPainter;
class QRectF;

namespace territoria {

class VectorDataProvider;

struct TERRITORIA_CORE_EXPORT LegendEntry {
    enum class Kind {
        Symbol,   // a vector symbol (`symbol`, drawn for `geometry`)
        Gradient, // a continuous raster ramp from `min` (bottom) to `max` (top)
        Color,    // a flat colour swatch (classified raster, raster palette)
        Bivariate, // the 3x3 colour grid of a bivariate style (`gridColors`, axes)
    };
    // What the entry stands for, for filtering: a category/class index, or
    // Single, Other (values in no class), Missing (NULL) or Raster.
    enum Role { Single = -1, Other = -2, Missing = -3, Raster = -4 };

    Kind kind = Kind::Symbol;
    QString label;
    Symbol symbol;
    GeometryKind geometry = GeometryKind::Polygon;
    ColorRamp ramp;
    QColor color;
    double min = 0, max = 0; // gradient: the stretch; graduated/classified: the class range
    int role = Single;       // >= 0: index into categories/classes
    // Bivariate: the 9 colours (index iy * 3 + ix, from the bottom-left cell: low
    // x, low y), the axis titles ("Poverty (%)"), the class bounds of each axis
    // and the credit of the colour scheme.
    QList<QColor> gridColors;
    QString xLabel, yLabel;
    QList<double> xBreaks, yBreaks;
    QString attribution;
};

struct LegendOptions {
    QLocale locale;              // number formatting ("1.234,5" in Spanish)
    int decimals = 1;            // digits after the decimal separator in ranges
    bool includeOther = true;    // an "Other values" entry when the style draws them
    bool includeMissing = true;  // a "No data" entry when the style draws NULLs
};

// Legend entries built from a layer's style, and the drawing of their symbols,
// shared by the layer tree, the layer properties dialog and print layouts.
class TERRITORIA_CORE_EXPORT Legend
{
    Q_DECLARE_TR_FUNCTIONS(Legend)
public:
    // Single symbol: one entry labelled `layerName`. Categorized: one per value
    // (label, else the value), graduated: one per class (label, else its range),
    // then Other / No data when the style draws them. Bivariate: one Bivariate
    // entry (the whole grid, labelled with "x × y"), then Other / No data.
    static QList<LegendEntry> forVectorStyle(const VectorStyle &style, GeometryKind geometry,
                                             const QString &layerName, const LegendOptions &options = {});
    // Gray/Ramp: a gradient entry from min to max (the style's, else `dataMin`/`dataMax`);
    // classified ramp: one colour entry per class; hillshade: a gray gradient;
    // palette: one colour per entry of `palette` (empty: nothing); RGB: none.
    static QList<LegendEntry> forRasterStyle(const RasterStyle &style, const QString &layerName, double dataMin,
                                             double dataMax, const LegendOptions &options = {},
                                             const QList<QColor> &palette = {});

    // "1.234,5 – 2.000,0" (Spanish), "1,234.5 – 2,000.0" (English).
    static QString formatRange(double lower, double upper, const QLocale &locale, int decimals);
    static QString formatNumber(double value, const QLocale &locale, int decimals);

    // Only the entries whose category/class occurs among `values` (the field
    // values of the features shown, e.g. on one atlas page). Single-symbol and
    // raster entries are kept; Other/Missing only when such a value occurs.
    // Bivariate styles keep every entry here (one value cannot place a feature on
    // the grid); the provider overload keeps the grid and drops Other / No data
    // when no feature has such a pair of values.
    static QList<LegendEntry> onlyPresent(const QList<LegendEntry> &entries, const VectorStyle &style,
                                          const QVariantList &values);
    // The same for a set of feature ids of `provider` (reads only the style's field).
    static QList<LegendEntry> onlyPresent(const QList<LegendEntry> &entries, const VectorStyle &style,
                                          const VectorDataProvider &provider, const QSet<qint64> &featureIds);

    // Draws the entry's symbol inside `rect` (logical units of the painter): a
    // marker, a line sample or a filled rectangle; a vertical gradient bar; a swatch.
    // `pixelsPerMm` converts the symbol's millimetre sizes (clamped to fit the rect).
    // Bivariate: the 3x3 grid in the largest square centred in `rect`, low-low at
    // the bottom-left.
    static void drawSymbol(QPainter *painter, const QRectF &rect, const LegendEntry &entry, double pixelsPerMm = 96 / 25.4);

    // A bivariate entry with its axes inside `rect`: the grid as a square of side
    // `gridSide` (clamped to fit), the x title under it and the y title rotated
    // along its left side, each ending with an arrow ("IDH →": more to the right
    // / the top), in the painter's current font. Returns the grid's rectangle.
    static QRectF drawBivariate(QPainter *painter, const QRectF &rect, const LegendEntry &entry, double gridSide,
                                const QColor &textColor = Qt::black);
    // The size drawBivariate() needs for a grid of side `gridSide` with the
    // painter's font (in the painter's logical units).
    static QSizeF bivariateSize(QPainter *painter, const LegendEntry &entry, double gridSide);
    // "IDH →": an axis title with the "more" arrow.
    static QString axisTitle(const QString &title);
};

} // namespace territoria
