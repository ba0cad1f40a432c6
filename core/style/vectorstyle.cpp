#include "style/vectorstyle.h"

#include "style/colorutil.h"

#include "style/colorbrewer.h"

#include <QCollator>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// ColorBrewer "Paired" (12 classes, qualitative), Cynthia Brewer, colorbrewer2.org.
constexpr QRgb kPaired[] = {0xa6cee3, 0x1f78b4, 0xb2df8a, 0x33a02c, 0xfb9a99, 0xe31a1c,
                            0xfdbf6f, 0xff7f00, 0xcab2d6, 0x6a3d9a, 0xffff99, 0xb15928};

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

namespace {

QJsonObject symbolJson(const Symbol &s, bool compact)
{
    QString pen = u"solid"_s, marker = u"circle"_s;
    for (const auto &p : kPens)
        if (p.style == s.strokeStyle)
            pen = QString::fromUtf16(p.name);
    for (const auto &m : kMarkers)
        if (m.shape == s.markerShape)
            marker = QString::fromUtf16(m.name);
    QJsonObject o{{u"fillColor"_s, colorToString(s.fillColor)},
                  {u"strokeColor"_s, colorToString(s.strokeColor)},
                  {u"strokeWidthMm"_s, s.strokeWidthMm},
                  {u"strokeStyle"_s, pen},
                  {u"markerShape"_s, marker},
                  {u"markerSizeMm"_s, s.markerSizeMm}};
    if (!compact || !s.markerSvg.isEmpty())
        o.insert(u"markerSvg"_s, s.markerSvg);
    if (!compact || s.opacity != 1.0)
        o.insert(u"opacity"_s, s.opacity);
    return o;
}

QString numberKey(double d)
{
    if (d == 0)
        d = 0; // -0 -> 0
    return u"n:"_s + QString::number(d, 'g', 17);
}

QString rendererId(RendererType t)
{
    switch (t) {
    case RendererType::SingleSymbol: return u"single"_s;
    case RendererType::Categorized: return u"categorized"_s;
    case RendererType::Graduated: return u"graduated"_s;
    }
    return u"single"_s;
}

// A number from a field value; NaN when it is NULL or not a number.
double numberOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return NAN;
    bool ok = false;
    double d = NAN;
    switch (v.metaType().id()) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Double: case QMetaType::Float: case QMetaType::Short: case QMetaType::UShort:
    case QMetaType::Long: case QMetaType::ULong: case QMetaType::Bool:
        d = v.toDouble(&ok);
        break;
    case QMetaType::QString:
        d = v.toString().trimmed().toDouble(&ok);
        break;
    default:
        break;
    }
    return ok ? d : NAN;
}

bool isMissing(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    const int id = v.metaType().id();
    if (id == QMetaType::Double || id == QMetaType::Float)
        return !std::isfinite(v.toDouble());
    return false;
}

} // namespace

QJsonObject Symbol::toJson() const
{
    return symbolJson(*this, false);
}

Symbol Symbol::fromJson(const QJsonObject &json)
{
    return fromJson(json, Symbol());
}

Symbol Symbol::fromJson(const QJsonObject &json, const Symbol &defaults)
{
    Symbol s = defaults;
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
    if (json.contains(u"markerSvg"_s))
        s.markerSvg = json.value(u"markerSvg"_s).toString();
    const double op = json.value(u"opacity"_s).toDouble(s.opacity);
    if (op >= 0 && op <= 1)
        s.opacity = op;
    return s;
}

QColor Symbol::effectiveFill() const
{
    QColor c = fillColor;
    if (opacity < 1.0)
        c.setAlphaF(float(c.alphaF() * std::clamp(opacity, 0.0, 1.0)));
    return c;
}

QColor Symbol::effectiveStroke() const
{
    QColor c = strokeColor;
    if (opacity < 1.0)
        c.setAlphaF(float(c.alphaF() * std::clamp(opacity, 0.0, 1.0)));
    return c;
}

QString Category::valueKey(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Short: case QMetaType::UShort: case QMetaType::Long: case QMetaType::ULong:
        return u"n:"_s + QString::number(value.toLongLong());
    case QMetaType::Double: case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9e15)
            return u"n:"_s + QString::number(qint64(d));
        return numberKey(d);
    }
    case QMetaType::Bool:
        return value.toBool() ? u"n:1"_s : u"n:0"_s;
    case QMetaType::QDate:
        return u"s:"_s + value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return u"s:"_s + value.toDateTime().toString(Qt::ISODateWithMs);
    default:
        return u"s:"_s + value.toString();
    }
}

Symbol VectorStyle::defaultMissingSymbol()
{
    Symbol s;
    s.fillColor = QColor(0xbd, 0xbd, 0xbd);
    s.strokeColor = QColor(0x73, 0x73, 0x73);
    s.strokeStyle = Qt::DashLine;
    return s;
}

int VectorStyle::classIndexFor(const QVariant &value) const
{
    switch (renderer) {
    case RendererType::SingleSymbol:
        return 0;
    case RendererType::Categorized: {
        if (isMissing(value))
            return -2;
        const QString key = Category::valueKey(value);
        for (qsizetype i = 0; i < categories.size(); ++i)
            if (Category::valueKey(categories[i].value) == key)
                return int(i);
        return -1;
    }
    case RendererType::Graduated: {
        const double d = numberOf(value);
        if (!std::isfinite(d))
            return -2;
        for (qsizetype i = 0; i < classes.size(); ++i) {
            const GraduatedClass &c = classes[i];
            if (d <= c.upper && (d > c.lower || (i == 0 && d >= c.lower)))
                return int(i);
        }
        return -1;
    }
    }
    return -1;
}

const Symbol *VectorStyle::symbolFor(const QVariant &value) const
{
    const int i = classIndexFor(value);
    if (renderer == RendererType::SingleSymbol)
        return this;
    if (i == -2)
        return drawMissing ? &missingSymbol : nullptr;
    if (i == -1)
        return drawOther ? static_cast<const Symbol *>(this) : nullptr;
    return renderer == RendererType::Categorized ? &categories[i].symbol : &classes[i].symbol;
}

VectorStyle VectorStyle::categorized(const VectorStyle &base, const QString &field, const QVariantList &values,
                                     const QString &rampName)
{
    VectorStyle s = base;
    s.renderer = RendererType::Categorized;
    s.field = field;
    s.rampName = rampName;
    s.categories.clear();
    // Distinct values, numbers sorted by value, text with a collator (Spanish "ñ").
    QList<QVariant> numbers, texts;
    QSet<QString> seen;
    for (const QVariant &v : values) {
        if (isMissing(v))
            continue;
        const QString key = Category::valueKey(v);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        (key.startsWith(u"n:") ? numbers : texts).append(v);
    }
    std::sort(numbers.begin(), numbers.end(),
              [](const QVariant &a, const QVariant &b) { return a.toDouble() < b.toDouble(); });
    QCollator collator{QLocale()};
    collator.setNumericMode(true);
    std::sort(texts.begin(), texts.end(),
              [&](const QVariant &a, const QVariant &b) { return collator.compare(a.toString(), b.toString()) < 0; });
    const QList<QVariant> all = numbers + texts;
    const QList<QColor> colors = rampColors(rampName, int(all.size()), base.rampReversed);
    for (qsizetype i = 0; i < all.size(); ++i) {
        Category c;
        c.value = all[i];
        c.symbol = base.baseSymbol();
        c.symbol.fillColor = colors.value(i);
        if (base.fillColor.alpha() == 0) // lines: colour the stroke
            c.symbol.strokeColor = colors.value(i);
        s.categories.append(c);
    }
    return s;
}

VectorStyle VectorStyle::graduated(const VectorStyle &base, const QString &field, const QList<double> &values,
                                   ClassificationMethod method, int classCount, const QString &rampName, bool reversed,
                                   const QList<double> &manualBreaks)
{
    VectorStyle s = base;
    s.renderer = RendererType::Graduated;
    s.field = field;
    s.method = method;
    s.classCount = classCount;
    s.rampName = rampName;
    s.rampReversed = reversed;
    s.classes.clear();
    const QList<double> b = Classification::breaks(method, values, classCount, manualBreaks);
    if (b.size() < 2)
        return s;
    const int k = int(b.size()) - 1;
    const QList<QColor> colors = rampColors(rampName, k, reversed);
    for (int i = 0; i < k; ++i) {
        GraduatedClass c;
        c.lower = b[i];
        c.upper = b[i + 1];
        c.symbol = base.baseSymbol();
        c.symbol.fillColor = colors.value(i);
        if (base.fillColor.alpha() == 0)
            c.symbol.strokeColor = colors.value(i);
        s.classes.append(c);
    }
    return s;
}

QJsonObject VectorStyle::toJson() const
{
    // Single symbol keeps the original flat layout (type + the symbol's keys).
    QJsonObject o = symbolJson(*this, true);
    o.insert(u"type"_s, rendererId(renderer));
    if (labeling != LabelSettings())
        o.insert(u"labeling"_s, labeling.toJson());
    if (renderer == RendererType::SingleSymbol)
        return o;
    o.insert(u"field"_s, field);
    o.insert(u"drawOther"_s, drawOther);
    o.insert(u"drawMissing"_s, drawMissing);
    o.insert(u"missingSymbol"_s, missingSymbol.toJson());
    o.insert(u"ramp"_s, rampName);
    o.insert(u"rampReversed"_s, rampReversed);
    if (renderer == RendererType::Categorized) {
        QJsonArray arr;
        for (const Category &c : categories) {
            QJsonObject co{{u"value"_s, QJsonValue::fromVariant(c.value)}, {u"symbol"_s, c.symbol.toJson()}};
            if (c.value.metaType().id() == QMetaType::QDate || c.value.metaType().id() == QMetaType::QDateTime)
                co.insert(u"value"_s, c.value.toString());
            if (!c.label.isEmpty())
                co.insert(u"label"_s, c.label);
            arr.append(co);
        }
        o.insert(u"categories"_s, arr);
    } else {
        o.insert(u"method"_s, Classification::methodId(method));
        o.insert(u"classCount"_s, classCount);
        QJsonArray arr;
        for (const GraduatedClass &c : classes) {
            QJsonObject co{{u"lower"_s, c.lower}, {u"upper"_s, c.upper}, {u"symbol"_s, c.symbol.toJson()}};
            if (!c.label.isEmpty())
                co.insert(u"label"_s, c.label);
            arr.append(co);
        }
        o.insert(u"classes"_s, arr);
    }
    return o;
}

VectorStyle VectorStyle::fromJson(const QJsonObject &json)
{
    VectorStyle s;
    static_cast<Symbol &>(s) = Symbol::fromJson(json, s.baseSymbol());
    const QString type = json.value(u"type"_s).toString(u"single"_s);
    for (RendererType t : {RendererType::SingleSymbol, RendererType::Categorized, RendererType::Graduated})
        if (type == rendererId(t))
            s.renderer = t;
    if (json.value(u"labeling"_s).isObject())
        s.labeling = LabelSettings::fromJson(json.value(u"labeling"_s).toObject());
    if (s.renderer == RendererType::SingleSymbol)
        return s;
    s.field = json.value(u"field"_s).toString();
    s.drawOther = json.value(u"drawOther"_s).toBool(true);
    s.drawMissing = json.value(u"drawMissing"_s).toBool(true);
    if (json.value(u"missingSymbol"_s).isObject())
        s.missingSymbol = Symbol::fromJson(json.value(u"missingSymbol"_s).toObject(), s.missingSymbol);
    const QString ramp = json.value(u"ramp"_s).toString();
    if (!ramp.isEmpty())
        s.rampName = ramp;
    s.rampReversed = json.value(u"rampReversed"_s).toBool(false);
    const Symbol base = s.baseSymbol();
    if (s.renderer == RendererType::Categorized) {
        for (const QJsonValue &v : json.value(u"categories"_s).toArray()) {
            const QJsonObject co = v.toObject();
            Category c;
            const QJsonValue value = co.value(u"value"_s);
            if (value.isDouble()) {
                const double d = value.toDouble();
                c.value = (d == std::trunc(d) && std::abs(d) < 9e15) ? QVariant(qint64(d)) : QVariant(d);
            } else {
                c.value = value.toVariant();
            }
            c.label = co.value(u"label"_s).toString();
            c.symbol = Symbol::fromJson(co.value(u"symbol"_s).toObject(), base);
            s.categories.append(c);
        }
    } else {
        s.method = Classification::methodFromId(json.value(u"method"_s).toString(), s.method);
        s.classCount = std::clamp(json.value(u"classCount"_s).toInt(s.classCount), 1, 100);
        for (const QJsonValue &v : json.value(u"classes"_s).toArray()) {
            const QJsonObject co = v.toObject();
            GraduatedClass c;
            c.lower = co.value(u"lower"_s).toDouble(NAN);
            c.upper = co.value(u"upper"_s).toDouble(NAN);
            if (!std::isfinite(c.lower) || !std::isfinite(c.upper))
                continue;
            c.label = co.value(u"label"_s).toString();
            c.symbol = Symbol::fromJson(co.value(u"symbol"_s).toObject(), base);
            s.classes.append(c);
        }
    }
    return s;
}

} // namespace territoria
