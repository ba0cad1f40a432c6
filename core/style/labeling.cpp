#include "style/labeling.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

QString colorText(const QColor &c)
{
    return QString::asprintf("#%02x%02x%02x%02x", c.red(), c.green(), c.blue(), c.alpha());
}

QColor colorFrom(const QJsonValue &value, const QColor &fallback)
{
    const QString s = value.toString().trimmed();
    if (s.size() == 9 && s.startsWith(u'#')) { // #rrggbbaa
        bool ok = false;
        const uint v = s.mid(1).toUInt(&ok, 16);
        return ok ? QColor((v >> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff) : fallback;
    }
    const QColor c = QColor::fromString(s);
    return c.isValid() ? c : fallback;
}

double number(const QJsonObject &json, const QString &key, double fallback, double lo, double hi)
{
    const double v = json.value(key).toDouble(fallback);
    return std::isfinite(v) && v >= lo && v <= hi ? v : fallback;
}

} // namespace

bool LabelSettings::isVisibleAtScale(double scaleDenominator) const
{
    if (!std::isfinite(scaleDenominator) || scaleDenominator <= 0)
        return minScaleDenominator <= 0 && maxScaleDenominator <= 0;
    if (minScaleDenominator > 0 && scaleDenominator < minScaleDenominator)
        return false;
    if (maxScaleDenominator > 0 && scaleDenominator > maxScaleDenominator)
        return false;
    return true;
}

QJsonObject LabelSettings::toJson() const
{
    return QJsonObject{{u"enabled"_s, enabled},
                       {u"text"_s, text},
                       {u"fontFamily"_s, fontFamily},
                       {u"fontSizePt"_s, fontSizePt},
                       {u"bold"_s, bold},
                       {u"italic"_s, italic},
                       {u"color"_s, colorText(color)},
                       {u"halo"_s, haloEnabled},
                       {u"haloColor"_s, colorText(haloColor)},
                       {u"haloWidthMm"_s, haloWidthMm},
                       {u"minScale"_s, minScaleDenominator},
                       {u"maxScale"_s, maxScaleDenominator},
                       {u"insidePolygonOnly"_s, insidePolygonOnly}};
}

LabelSettings LabelSettings::fromJson(const QJsonObject &json)
{
    LabelSettings s;
    s.enabled = json.value(u"enabled"_s).toBool(s.enabled);
    s.text = json.value(u"text"_s).toString(s.text);
    s.fontFamily = json.value(u"fontFamily"_s).toString(s.fontFamily);
    s.fontSizePt = number(json, u"fontSizePt"_s, s.fontSizePt, 0.5, 500);
    s.bold = json.value(u"bold"_s).toBool(s.bold);
    s.italic = json.value(u"italic"_s).toBool(s.italic);
    s.color = colorFrom(json.value(u"color"_s), s.color);
    s.haloEnabled = json.value(u"halo"_s).toBool(s.haloEnabled);
    s.haloColor = colorFrom(json.value(u"haloColor"_s), s.haloColor);
    s.haloWidthMm = number(json, u"haloWidthMm"_s, s.haloWidthMm, 0, 100);
    s.minScaleDenominator = number(json, u"minScale"_s, s.minScaleDenominator, 0, 1e12);
    s.maxScaleDenominator = number(json, u"maxScale"_s, s.maxScaleDenominator, 0, 1e12);
    s.insidePolygonOnly = json.value(u"insidePolygonOnly"_s).toBool(s.insidePolygonOnly);
    return s;
}

LabelTextTemplate::LabelTextTemplate(const QString &expression, const Fields &fields)
{
    const QString expr = expression.trimmed();
    if (expr.isEmpty()) {
        m_error = tr("No label text: choose a field or write a template such as {NAME}");
        return;
    }
    if (!expr.contains(u'{') && !expr.contains(u'}')) {
        const int index = fields.indexOf(expr);
        if (index < 0) {
            m_error = tr("The label field “%1” does not exist").arg(expr);
            return;
        }
        m_pieces.append(Piece{QString(), index});
        return;
    }
    QString literal;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        const QChar next = i + 1 < expression.size() ? expression.at(i + 1) : QChar();
        if ((c == u'{' && next == u'{') || (c == u'}' && next == u'}')) {
            literal += c;
            ++i;
        } else if (c == u'}') {
            m_error = tr("Unbalanced “}” at character %1 of the label template “%2”").arg(i + 1).arg(expression);
            return;
        } else if (c == u'{') {
            const qsizetype close = expression.indexOf(u'}', i + 1);
            if (close < 0) {
                m_error = tr("Unclosed “{” at character %1 of the label template “%2”").arg(i + 1).arg(expression);
                return;
            }
            const QString name = expression.mid(i + 1, close - i - 1).trimmed();
            const int index = fields.indexOf(name);
            if (index < 0) {
                m_error = tr("The label template “%1” names the field “%2”, which does not exist").arg(expression, name);
                return;
            }
            if (!literal.isEmpty())
                m_pieces.append(Piece{literal, -1});
            literal.clear();
            m_pieces.append(Piece{QString(), index});
            i = close;
        } else {
            literal += c;
        }
    }
    if (!literal.isEmpty())
        m_pieces.append(Piece{literal, -1});
}

QList<int> LabelTextTemplate::fieldIndexes() const
{
    QList<int> out;
    for (const Piece &p : m_pieces)
        if (p.field >= 0 && !out.contains(p.field))
            out.append(p.field);
    std::sort(out.begin(), out.end());
    return out;
}

QString LabelTextTemplate::evaluate(const QVariantList &attributes) const
{
    QString out;
    for (const Piece &p : m_pieces) {
        if (p.field < 0) {
            out += p.literal;
            continue;
        }
        const QVariant v = attributes.value(p.field);
        if (!v.isValid() || v.isNull())
            continue;
        if (v.metaType().id() == QMetaType::Double) {
            const double d = v.toDouble();
            if (std::isfinite(d))
                out += QString::number(d, 'g', 15);
            continue;
        }
        out += v.toString();
    }
    out.replace(u"\r\n"_s, u" "_s);
    out.replace(u'\n', u' ');
    out.replace(u'\r', u' ');
    out.replace(u'\t', u' ');
    return out.trimmed().isEmpty() ? QString() : out.trimmed();
}

} // namespace territoria
