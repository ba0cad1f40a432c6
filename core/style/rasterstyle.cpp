#include "style/rasterstyle.h"

#include "style/colorbrewer.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

struct RampDef {
    const char16_t *name;
    std::initializer_list<QRgb> colors; // evenly spaced stops
};

// Stop colours, evenly spaced from 0 to 1:
//  - viridis, magma: matplotlib's perceptually uniform maps (van der Walt & Smith,
//    BIDS colormap project), sampled at 9 evenly spaced positions (as R's viridisLite gives them).
//  - spectral (11), blues (9), reds (9): ColorBrewer 2.0 (Cynthia Brewer, colorbrewer2.org).
const RampDef kEven[] = {
    {u"viridis", {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21908c, 0x27ad81, 0x5dc863, 0xaadc32, 0xfde725}},
    {u"magma", {0x000004, 0x1d1147, 0x51127c, 0x822681, 0xb63679, 0xe65164, 0xfb8861, 0xfec287, 0xfcfdbf}},
    {u"spectral",
     {0x9e0142, 0xd53e4f, 0xf46d43, 0xfdae61, 0xfee08b, 0xffffbf, 0xe6f598, 0xabdda4, 0x66c2a5, 0x3288bd,
      0x5e4fa2}},
    {u"blues", {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b}},
    {u"reds", {0xfff5f0, 0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0xa50f15, 0x67000d}},
};

QString modeName(RasterStyle::Mode m)
{
    switch (m) {
    case RasterStyle::Mode::Gray: return u"gray"_s;
    case RasterStyle::Mode::Ramp: return u"ramp"_s;
    case RasterStyle::Mode::Palette: return u"palette"_s;
    case RasterStyle::Mode::Rgb: return u"rgb"_s;
    case RasterStyle::Mode::Hillshade: return u"hillshade"_s;
    }
    return u"gray"_s;
}

} // namespace

QColor ColorRamp::colorAt(double t) const
{
    if (stops.isEmpty())
        return {};
    if (!(t == t))
        t = 0;
    t = std::clamp(t, 0.0, 1.0);
    if (t <= stops.first().first)
        return stops.first().second;
    for (qsizetype i = 1; i < stops.size(); ++i) {
        if (t <= stops[i].first) {
            const double t0 = stops[i - 1].first, t1 = stops[i].first;
            const double f = t1 > t0 ? (t - t0) / (t1 - t0) : 1.0;
            const QColor &a = stops[i - 1].second, &b = stops[i].second;
            auto mix = [f](int x, int y) { return int(x + (y - x) * f + 0.5); };
            return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()),
                          mix(a.alpha(), b.alpha()));
        }
    }
    return stops.last().second;
}

ColorRamp ColorRamp::gray()
{
    return ColorRamp{u"gray"_s, {{0.0, QColor(0, 0, 0)}, {1.0, QColor(255, 255, 255)}}};
}

ColorRamp ColorRamp::named(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"gray" || key == u"grey")
        return gray();
    if (key == u"terrain") {
        // matplotlib's "terrain" (_terrain_data in matplotlib/_cm.py): piecewise-linear stops.
        return ColorRamp{u"terrain"_s,
                         {{0.00, QColor::fromRgbF(0.2f, 0.2f, 0.6f)},
                          {0.15, QColor::fromRgbF(0.0f, 0.6f, 1.0f)},
                          {0.25, QColor::fromRgbF(0.0f, 0.8f, 0.4f)},
                          {0.50, QColor::fromRgbF(1.0f, 1.0f, 0.6f)},
                          {0.75, QColor::fromRgbF(0.5f, 0.36f, 0.33f)},
                          {1.00, QColor::fromRgbF(1.0f, 1.0f, 1.0f)}}};
    }
    for (const RampDef &def : kEven) {
        if (key == QStringView(def.name)) {
            ColorRamp r;
            r.name = QString::fromUtf16(def.name);
            const int n = int(def.colors.size());
            int i = 0;
            for (QRgb c : def.colors)
                r.stops.append({double(i++) / (n - 1), QColor::fromRgb(c)});
            return r;
        }
    }
    if (ColorBrewer::contains(key)) {
        QString exact;
        for (const QString &s : ColorBrewer::schemeNames())
            if (s.compare(key, Qt::CaseInsensitive) == 0)
                exact = s;
        const QList<QColor> colors = ColorBrewer::scheme(exact, ColorBrewer::maxClasses(exact));
        ColorRamp r;
        r.name = exact;
        for (qsizetype i = 0; i < colors.size(); ++i)
            r.stops.append({colors.size() > 1 ? double(i) / double(colors.size() - 1) : 0.0, colors[i]});
        if (!r.stops.isEmpty())
            return r;
    }
    return gray();
}

QStringList ColorRamp::names()
{
    return QStringList{u"gray"_s, u"viridis"_s, u"magma"_s, u"terrain"_s, u"spectral"_s, u"blues"_s, u"reds"_s}
           + ColorBrewer::schemeNames();
}

QList<QColor> ColorRamp::colors(int n) const
{
    QList<QColor> out;
    for (int i = 0; i < n; ++i)
        out.append(colorAt(n == 1 ? 0.5 : double(i) / (n - 1)));
    return out;
}

ColorRamp ColorRamp::reversed() const
{
    ColorRamp r;
    r.name = name;
    for (qsizetype i = stops.size() - 1; i >= 0; --i)
        r.stops.append({1.0 - stops[i].first, stops[i].second});
    return r;
}

QList<RasterClass> RasterStyle::classesFromBreaks(const QList<double> &breaks, const QString &rampName, bool reversed)
{
    QList<RasterClass> out;
    if (breaks.size() < 2)
        return out;
    const int k = int(breaks.size()) - 1;
    const QList<QColor> colors = rampColors(rampName, k, reversed);
    for (int i = 0; i < k; ++i)
        out.append(RasterClass{breaks[i], breaks[i + 1], colors.value(i), QString()});
    return out;
}

int RasterStyle::classIndexFor(double value) const
{
    if (!(value == value))
        return -1;
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const RasterClass &c = classes[i];
        if (value <= c.upper && (value > c.lower || (i == 0 && value >= c.lower)))
            return int(i);
    }
    return -1;
}

ColorRamp RasterStyle::ramp() const
{
    const ColorRamp r = ColorRamp::named(rampName);
    return rampReversed ? r.reversed() : r;
}

RasterStyle RasterStyle::defaultFor(int bandCount, bool hasColorTable)
{
    RasterStyle s;
    if (hasColorTable)
        s.mode = Mode::Palette;
    else if (bandCount >= 3)
        s.mode = Mode::Rgb;
    else
        s.mode = Mode::Gray;
    s.band = 1;
    s.redBand = 1;
    s.greenBand = 2;
    s.blueBand = 3;
    return s;
}

QJsonObject RasterStyle::toJson() const
{
    QJsonObject o{{u"mode"_s, modeName(mode)},
                  {u"band"_s, band},
                  {u"rgbBands"_s, QJsonArray{redBand, greenBand, blueBand}},
                  {u"ramp"_s, rampName}};
    // NaN is not JSON: absent means "from statistics".
    if (min == min)
        o.insert(u"min"_s, min);
    if (max == max)
        o.insert(u"max"_s, max);
    // Newer keys only when set, so older styles stay byte-identical.
    if (rampReversed)
        o.insert(u"rampReversed"_s, true);
    if (classified)
        o.insert(u"classified"_s, true);
    if (!classes.isEmpty()) {
        QJsonArray arr;
        for (const RasterClass &c : classes) {
            QJsonObject co{{u"lower"_s, c.lower}, {u"upper"_s, c.upper},
                           {u"color"_s, c.color.name(c.color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb)}};
            if (!c.label.isEmpty())
                co.insert(u"label"_s, c.label);
            arr.append(co);
        }
        o.insert(u"classes"_s, arr);
    }
    if (shaded)
        o.insert(u"shaded"_s, true);
    if (mode == Mode::Hillshade || shaded) {
        o.insert(u"azimuth"_s, azimuth);
        o.insert(u"altitude"_s, altitude);
        o.insert(u"zFactor"_s, zFactor);
    }
    return o;
}

RasterStyle RasterStyle::fromJson(const QJsonObject &json)
{
    RasterStyle s;
    const QString mode = json.value(u"mode"_s).toString();
    for (Mode m : {Mode::Gray, Mode::Ramp, Mode::Palette, Mode::Rgb, Mode::Hillshade})
        if (mode == modeName(m))
            s.mode = m;
    s.band = std::max(1, json.value(u"band"_s).toInt(1));
    const QJsonArray rgb = json.value(u"rgbBands"_s).toArray();
    if (rgb.size() == 3) {
        s.redBand = std::max(1, rgb[0].toInt(1));
        s.greenBand = std::max(1, rgb[1].toInt(2));
        s.blueBand = std::max(1, rgb[2].toInt(3));
    }
    if (json.contains(u"min"_s))
        s.min = json.value(u"min"_s).toDouble(NAN);
    if (json.contains(u"max"_s))
        s.max = json.value(u"max"_s).toDouble(NAN);
    const QString ramp = json.value(u"ramp"_s).toString();
    if (!ramp.isEmpty())
        s.rampName = ramp;
    s.rampReversed = json.value(u"rampReversed"_s).toBool(false);
    s.classified = json.value(u"classified"_s).toBool(false);
    for (const QJsonValue &v : json.value(u"classes"_s).toArray()) {
        const QJsonObject co = v.toObject();
        const double lo = co.value(u"lower"_s).toDouble(NAN), hi = co.value(u"upper"_s).toDouble(NAN);
        const QColor color = QColor::fromString(co.value(u"color"_s).toString());
        if (!(lo == lo) || !(hi == hi) || !color.isValid())
            continue;
        s.classes.append(RasterClass{lo, hi, color, co.value(u"label"_s).toString()});
    }
    s.shaded = json.value(u"shaded"_s).toBool(false);
    s.azimuth = json.value(u"azimuth"_s).toDouble(s.azimuth);
    const double alt = json.value(u"altitude"_s).toDouble(s.altitude);
    if (alt >= 0 && alt <= 90)
        s.altitude = alt;
    const double z = json.value(u"zFactor"_s).toDouble(s.zFactor);
    if (z > 0 && std::isfinite(z))
        s.zFactor = z;
    return s;
}

} // namespace territoria
