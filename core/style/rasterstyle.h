#pragma once

#include "territoria_core_export.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cmath>

namespace territoria {

// A colour ramp: stops at positions 0..1, interpolated linearly in RGB.
struct TERRITORIA_CORE_EXPORT ColorRamp {
    QString name;
    QList<QPair<double, QColor>> stops;
    QColor colorAt(double t) const; // t clamped to 0..1
    // `n` evenly spaced colours, the ends included (n == 1: the middle colour).
    QList<QColor> colors(int n) const;
    ColorRamp reversed() const;     // stops mirrored (t -> 1 - t)
    static ColorRamp gray();        // black -> white
    // "viridis", "terrain", "spectral", "gray"... and every ColorBrewer scheme
    // ("YlOrRd", "RdBu"...: its largest size as evenly spaced stops). Unknown: gray.
    static ColorRamp named(const QString &name);
    static QStringList names();     // the continuous ramps, then the ColorBrewer schemes
};

// One class of a classified pseudocolour raster: lower < v <= upper (the first
// class also includes its lower bound) is drawn in `color`.
struct TERRITORIA_CORE_EXPORT RasterClass {
    double lower = 0;
    double upper = 0;
    QColor color;
    QString label; // empty: the range formatted by the legend
    bool operator==(const RasterClass &) const = default;
};

// How a raster is drawn: gray or a colour ramp stretched between min and max on
// one band (NaN min/max: the band's approximate statistics), a palette for
// paletted rasters, RGB for 3+ band images. Nodata is always transparent.
//
// Ramp (pseudocolour) is continuous, or classified when `classified` is set: each
// value takes the colour of the class it falls in (`classes`), values in no class
// are transparent. Hillshade draws the band as a DEM lit from `azimuth` (degrees
// clockwise from north) and `altitude` (degrees above the horizon), as gdaldem
// hillshade does (Horn's method); `zFactor` scales heights (with a geographic map
// CRS, metres per degree are also accounted for, as gdaldem -s 111120). With
// `shaded` set, Gray and Ramp colours are multiplied by that hillshade (the
// coloured DEM over its relief).
struct TERRITORIA_CORE_EXPORT RasterStyle {
    enum class Mode { Gray, Ramp, Palette, Rgb, Hillshade };
    Mode mode = Mode::Gray;
    int band = 1;
    int redBand = 1, greenBand = 2, blueBand = 3;
    double min = NAN;
    double max = NAN;
    QString rampName = QStringLiteral("viridis");
    bool rampReversed = false;
    bool classified = false;
    QList<RasterClass> classes;
    bool shaded = false;
    double azimuth = 315.0;
    double altitude = 45.0;
    double zFactor = 1.0;

    // Classes for a classified ramp: bounds b0 < ... < bk (see Classification)
    // with colours from rampColors(rampName, k, rampReversed).
    static QList<RasterClass> classesFromBreaks(const QList<double> &breaks, const QString &rampName,
                                                bool reversed = false);
    // Index of the class `value` falls in, -1 when none.
    int classIndexFor(double value) const;
    ColorRamp ramp() const; // ColorRamp::named(rampName), reversed when asked

    // Gray for one band, Palette when the band has a colour table, Rgb for 3+ bands.
    static RasterStyle defaultFor(int bandCount, bool hasColorTable);

    QJsonObject toJson() const;
    static RasterStyle fromJson(const QJsonObject &json);
};

} // namespace territoria
