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
    static ColorRamp gray();        // black -> white
    static ColorRamp named(const QString &name); // "viridis", "terrain", "spectral", "gray"...
    static QStringList names();
};

// How a raster is drawn: gray or a colour ramp stretched between min and max on
// one band (NaN min/max: the band's approximate statistics), a palette for
// paletted rasters, RGB for 3+ band images. Nodata is always transparent.
struct TERRITORIA_CORE_EXPORT RasterStyle {
    enum class Mode { Gray, Ramp, Palette, Rgb };
    Mode mode = Mode::Gray;
    int band = 1;
    int redBand = 1, greenBand = 2, blueBand = 3;
    double min = NAN;
    double max = NAN;
    QString rampName = QStringLiteral("viridis");

    // Gray for one band, Palette when the band has a colour table, Rgb for 3+ bands.
    static RasterStyle defaultFor(int bandCount, bool hasColorTable);

    QJsonObject toJson() const;
    static RasterStyle fromJson(const QJsonObject &json);
};

} // namespace territoria
