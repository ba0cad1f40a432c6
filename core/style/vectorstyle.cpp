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
    case RendererType::Bivariate: return u"bivariate"_s;
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
    case RendererType::Bivariate:
        return BivariateSettings::classOf(value, bivariate.breaksX);
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
    if (renderer == RendererType::Bivariate) // one value cannot pick a cell
        return nullptr;
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

namespace {

// Joshua Stevens' 3x3 bivariate schemes, "Bivariate Choropleth Maps: A How-to
// Guide" (2015), https://www.joshuastevens.net/cartography/make-a-bivariate-choropleth-map/.
// Hex values and order as in the R package pals (Kevin Wright, stevens.pinkblue,
// stevens.bluered, stevens.greenblue, stevens.purplegold): row-major from the
// bottom-left cell, index = iy * 3 + ix (x grows to the right, y upwards).
struct BivariateScheme {
    const char16_t *id;
    const char *title;
    QRgb colors[9];
};
constexpr BivariateScheme kBivariateSchemes[] = {
    {u"pinkblue", QT_TRANSLATE_NOOP("VectorStyle", "Pink–blue (J. Stevens)"),
     {0xe8e8e8, 0xace4e4, 0x5ac8c8, 0xdfb0d6, 0xa5add3, 0x5698b9, 0xbe64ac, 0x8c62aa, 0x3b4994}},
    {u"bluered", QT_TRANSLATE_NOOP("VectorStyle", "Teal–red (J. Stevens)"),
     {0xe8e8e8, 0xe4acac, 0xc85a5a, 0xb0d5df, 0xad9ea5, 0x985356, 0x64acbe, 0x627f8c, 0x574249}},
    {u"greenblue", QT_TRANSLATE_NOOP("VectorStyle", "Green–blue (J. Stevens)"),
     {0xe8e8e8, 0xb5c0da, 0x6c83b5, 0xb8d6be, 0x90b2b3, 0x567994, 0x73ae80, 0x5a9178, 0x2a5a5b}},
    {u"purplegold", QT_TRANSLATE_NOOP("VectorStyle", "Purple–gold (J. Stevens)"),
     {0xe8e8e8, 0xe4d9ac, 0xc8b35a, 0xcbb8d7, 0xc8ada0, 0xaf8e53, 0x9972af, 0x976b82, 0x804d36}},
};

const BivariateScheme *findScheme(const QString &name)
{
    for (const BivariateScheme &s : kBivariateSchemes)
        if (name.compare(QStringView(s.id), Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

} // namespace

QStringList BivariateSettings::schemeNames()
{
    QStringList out;
    for (const BivariateScheme &s : kBivariateSchemes)
        out.append(QString::fromUtf16(s.id));
    return out;
}

QList<QColor> BivariateSettings::schemeColors(const QString &name)
{
    QList<QColor> out;
    if (const BivariateScheme *s = findScheme(name))
        for (QRgb c : s->colors)
            out.append(QColor::fromRgb(c));
    return out;
}

QString BivariateSettings::schemeTitle(const QString &name)
{
    const BivariateScheme *s = findScheme(name);
    return s ? QCoreApplication::translate("VectorStyle", s->title) : name;
}

QString BivariateSettings::schemeAttribution()
{
    return QCoreApplication::translate("VectorStyle", "Bivariate colours: Joshua Stevens (joshuastevens.net)");
}

QColor BivariateSettings::color(int ix, int iy) const
{
    const int i = iy * Classes + ix;
    if (ix < 0 || iy < 0 || ix >= Classes || iy >= Classes)
        return QColor(0xbd, 0xbd, 0xbd);
    if (colors.size() == Classes * Classes)
        return colors[i];
    const QList<QColor> scheme = schemeColors(this->scheme);
    return scheme.size() == Classes * Classes ? scheme[i] : QColor(0xbd, 0xbd, 0xbd);
}

int BivariateSettings::classOf(const QVariant &value, const QList<double> &breaks)
{
    const double d = numberOf(value);
    if (!std::isfinite(d))
        return -2;
    const qsizetype k = std::min<qsizetype>(breaks.size() - 1, Classes);
    for (qsizetype i = 0; i < k; ++i)
        if (d <= breaks[i + 1] && (d > breaks[i] || (i == 0 && d >= breaks[i])))
            return int(i);
    return -1;
}

std::pair<int, int> VectorStyle::bivariateClassFor(const QVariant &x, const QVariant &y) const
{
    const int ix = BivariateSettings::classOf(x, bivariate.breaksX);
    const int iy = BivariateSettings::classOf(y, bivariate.breaksY);
    if (ix == -2 || iy == -2)
        return {-2, -2};
    if (ix < 0 || iy < 0)
        return {-1, -1};
    return {ix, iy};
}

int VectorStyle::bivariateCellFor(const QVariant &x, const QVariant &y) const
{
    const auto [ix, iy] = bivariateClassFor(x, y);
    return ix < 0 ? ix : iy * BivariateSettings::Classes + ix;
}

Symbol VectorStyle::bivariateSymbol(int ix, int iy) const
{
    Symbol s = baseSymbol();
    const QColor c = bivariate.color(ix, iy);
    if (fillColor.alpha() == 0) // lines: colour the stroke
        s.strokeColor = c;
    else
        s.fillColor = c;
    return s;
}

VectorStyle VectorStyle::bivariateStyle(const VectorStyle &base, const QString &fieldX, const QList<double> &valuesX,
                                        const QString &fieldY, const QList<double> &valuesY,
                                        ClassificationMethod method, const QString &scheme,
                                        const QList<double> &manualX, const QList<double> &manualY)
{
    VectorStyle s = base;
    s.renderer = RendererType::Bivariate;
    s.field = fieldX;
    s.method = method;
    s.bivariate.fieldY = fieldY;
    s.bivariate.scheme = scheme;
    s.bivariate.colors = BivariateSettings::schemeColors(scheme);
    auto axis = [&](const QList<double> &values, const QList<double> &manual) {
        QList<double> b = Classification::breaks(method, values, BivariateSettings::Classes, manual);
        if (b.size() > BivariateSettings::Classes + 1)
            b.resize(BivariateSettings::Classes + 1);
        return b;
    };
    s.bivariate.breaksX = axis(valuesX, manualX);
    s.bivariate.breaksY = axis(valuesY, manualY);
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
    } else if (renderer == RendererType::Bivariate) {
        o.insert(u"method"_s, Classification::methodId(method));
        auto numbers = [](const QList<double> &list) {
            QJsonArray a;
            for (double d : list)
                a.append(d);
            return a;
        };
        QJsonObject b{{u"fieldY"_s, bivariate.fieldY},
                      {u"scheme"_s, bivariate.scheme},
                      {u"breaksX"_s, numbers(bivariate.breaksX)},
                      {u"breaksY"_s, numbers(bivariate.breaksY)}};
        if (!bivariate.labelX.isEmpty())
            b.insert(u"labelX"_s, bivariate.labelX);
        if (!bivariate.labelY.isEmpty())
            b.insert(u"labelY"_s, bivariate.labelY);
        // The colours are saved only when they are not the scheme's.
        if (!bivariate.colors.isEmpty() && bivariate.colors != BivariateSettings::schemeColors(bivariate.scheme)) {
            QJsonArray colors;
            for (const QColor &c : bivariate.colors)
                colors.append(colorToString(c));
            b.insert(u"colors"_s, colors);
        }
        o.insert(u"bivariate"_s, b);
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
    for (RendererType t : {RendererType::SingleSymbol, RendererType::Categorized, RendererType::Graduated,
                           RendererType::Bivariate})
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
    } else if (s.renderer == RendererType::Bivariate) {
        s.method = Classification::methodFromId(json.value(u"method"_s).toString(), ClassificationMethod::Quantile);
        const QJsonObject b = json.value(u"bivariate"_s).toObject();
        BivariateSettings &bv = s.bivariate;
        bv.fieldY = b.value(u"fieldY"_s).toString();
        bv.labelX = b.value(u"labelX"_s).toString();
        bv.labelY = b.value(u"labelY"_s).toString();
        const QString scheme = b.value(u"scheme"_s).toString();
        if (!scheme.isEmpty())
            bv.scheme = scheme;
        auto numbers = [](const QJsonValue &v) {
            QList<double> out;
            for (const QJsonValue &x : v.toArray())
                if (x.isDouble() && std::isfinite(x.toDouble()))
                    out.append(x.toDouble());
            std::sort(out.begin(), out.end());
            if (out.size() > BivariateSettings::Classes + 1)
                out.resize(BivariateSettings::Classes + 1);
            return out;
        };
        bv.breaksX = numbers(b.value(u"breaksX"_s));
        bv.breaksY = numbers(b.value(u"breaksY"_s));
        const QJsonArray colors = b.value(u"colors"_s).toArray();
        if (colors.size() == BivariateSettings::Classes * BivariateSettings::Classes) {
            for (const QJsonValue &c : colors)
                bv.colors.append(colorFromString(c.toString(), QColor(0xbd, 0xbd, 0xbd)));
        } else {
            bv.colors = BivariateSettings::schemeColors(bv.scheme);
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
