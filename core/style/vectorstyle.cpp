#include "style/vectorstyle.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// ColorBrewer "Paired" (12 classes, qualitative), Cynthia Brewer, colorbrewer2.org.
constexpr QRgb kPaired[] = {0xa6cee3, 0x1f78b4, 0xb2df8a, 0x33a02c, 0xfb9a99, 0xe31a1c,
                            0xfdbf6f, 0xff7f00, 0xcab2d6, 0x6a3d9a, 0xffff99, 0xb15928};

QString colorToString(const QColor &c)
{
    return QString::asprintf("#%02x%02x%02x%02x", c.red(), c.green(), c.blue(), c.alpha());
}

QColor colorFromString(const QString &text, const QColor &fallback)
{
    const QString s = text.trimmed();
    if (s.size() == 9 && s.startsWith(u'#')) { // #rrggbbaa
        bool ok = false;
        const uint v = s.mid(1).toUInt(&ok, 16);
        if (ok)
            return QColor((v >> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
        return fallback;
    }
    QColor c = QColor::fromString(s);
    return c.isValid() ? c : fallback;
}

struct PenName { Qt::PenStyle style; const char16_t *name; };
constexpr PenName kPens[] = {{Qt::NoPen, u"none"}, {Qt::SolidLine, u"solid"}, {Qt::DashLine, u"dash"},
                             {Qt::DotLine, u"dot"}, {Qt::DashDotLine, u"dashdot"}, {Qt::DashDotDotLine, u"dashdotdot"}};
struct MarkerName { MarkerShape shape; const char16_t *name; };
constexpr MarkerName kMarkers[] = {{MarkerShape::Circle, u"circle"},     {MarkerShape::Square, u"square"},
                                   {MarkerShape::Triangle, u"triangle"}, {MarkerShape::Diamond, u"diamond"},
                                   {MarkerShape::Cross, u"cross"},       {MarkerShape::Star, u"star"}};

} // namespace

VectorStyle VectorStyle::defaultFor(GeometryKind kind, int seed)
{
    constexpr int n = int(sizeof(kPaired) / sizeof(kPaired[0]));
    const QColor color = QColor::fromRgb(kPaired[((seed % n) + n) % n]);
    VectorStyle s;
    switch (kind) {
    case GeometryKind::Line:
        s.fillColor = Qt::transparent;
        s.strokeColor = color.darker(110);
        s.strokeWidthMm = 0.5;
        break;
    case GeometryKind::Point:
        s.fillColor = color;
        s.strokeColor = color.darker(180);
        s.strokeWidthMm = 0.2;
        s.markerShape = MarkerShape::Circle;
        s.markerSizeMm = 2.5;
        break;
    default: // polygons, mixed, null: a fill with a darker outline
        s.fillColor = color;
        s.strokeColor = color.darker(160);
        s.strokeWidthMm = 0.26;
        break;
    }
    return s;
}

QJsonObject VectorStyle::toJson() const
{
    QString pen = u"solid"_s, marker = u"circle"_s;
    for (const auto &p : kPens)
        if (p.style == strokeStyle)
            pen = QString::fromUtf16(p.name);
    for (const auto &m : kMarkers)
        if (m.shape == markerShape)
            marker = QString::fromUtf16(m.name);
    return QJsonObject{{u"type"_s, u"single"_s},
                       {u"fillColor"_s, colorToString(fillColor)},
                       {u"strokeColor"_s, colorToString(strokeColor)},
                       {u"strokeWidthMm"_s, strokeWidthMm},
                       {u"strokeStyle"_s, pen},
                       {u"markerShape"_s, marker},
                       {u"markerSizeMm"_s, markerSizeMm}};
}

VectorStyle VectorStyle::fromJson(const QJsonObject &json)
{
    VectorStyle s;
    s.fillColor = colorFromString(json.value(u"fillColor"_s).toString(), s.fillColor);
    s.strokeColor = colorFromString(json.value(u"strokeColor"_s).toString(), s.strokeColor);
    const double w = json.value(u"strokeWidthMm"_s).toDouble(s.strokeWidthMm);
    if (w >= 0 && w < 1000)
        s.strokeWidthMm = w;
    const QString pen = json.value(u"strokeStyle"_s).toString();
    for (const auto &p : kPens)
        if (pen == QStringView(p.name))
            s.strokeStyle = p.style;
    const QString marker = json.value(u"markerShape"_s).toString();
    for (const auto &m : kMarkers)
        if (marker == QStringView(m.name))
            s.markerShape = m.shape;
    const double size = json.value(u"markerSizeMm"_s).toDouble(s.markerSizeMm);
    if (size > 0 && size < 1000)
        s.markerSizeMm = size;
    return s;
}

} // namespace territoria
