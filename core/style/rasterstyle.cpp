#include "style/rasterstyle.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

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
    return gray();
}

QStringList ColorRamp::names()
{
    return {u"gray"_s, u"viridis"_s, u"magma"_s, u"terrain"_s, u"spectral"_s, u"blues"_s, u"reds"_s};
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
    return o;
}

RasterStyle RasterStyle::fromJson(const QJsonObject &json)
{
    RasterStyle s;
    const QString mode = json.value(u"mode"_s).toString();
    for (Mode m : {Mode::Gray, Mode::Ramp, Mode::Palette, Mode::Rgb})
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
    return s;
}

} // namespace territoria
