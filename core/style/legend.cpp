#include "style/legend.h"

#include "data/vectorlayer.h"
#include "style/markers.h"

#include <QLinearGradient>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

QString Legend::formatNumber(double value, const QLocale &locale, int decimals)
{
    if (!std::isfinite(value))
        return locale.toString(value);
    decimals = std::clamp(decimals, 0, 15);
    // Digits from the C locale, then the locale's separators, grouping every three
    // digits from 1.000 on: CLDR leaves four-digit numbers ungrouped in Spanish
    // ("1234,5"), but a legend's column of ranges reads better grouped alike.
    QString digits = QString::number(std::abs(value), 'f', decimals);
    QString intPart = digits, frac;
    const qsizetype dot = digits.indexOf(u'.');
    if (dot >= 0) {
        intPart = digits.left(dot);
        frac = digits.mid(dot + 1);
    }
    QString grouped;
    const QString group = locale.groupSeparator();
    for (qsizetype i = 0; i < intPart.size(); ++i) {
        if (i > 0 && (intPart.size() - i) % 3 == 0)
            grouped += group;
        grouped += intPart[i];
    }
    bool zero = true;
    for (QChar c : digits)
        if (c.isDigit() && c != u'0')
            zero = false;
    QString out = (value < 0 && !zero) ? locale.negativeSign() + grouped : grouped;
    if (!frac.isEmpty())
        out += locale.decimalPoint() + frac;
    // Native digits when the locale has its own (Arabic...); Latin for Spanish/English.
    const QString zeroDigit = locale.zeroDigit();
    if (zeroDigit != u"0"_s && zeroDigit.size() == 1) {
        for (QChar &c : out)
            if (c >= u'0' && c <= u'9')
                c = QChar(zeroDigit[0].unicode() + (c.unicode() - u'0'));
    }
    return out;
}

QString Legend::formatRange(double lower, double upper, const QLocale &locale, int decimals)
{
    return formatNumber(lower, locale, decimals) + u" – "_s + formatNumber(upper, locale, decimals);
}

QList<LegendEntry> Legend::forVectorStyle(const VectorStyle &style, GeometryKind geometry, const QString &layerName,
                                          const LegendOptions &options)
{
    QList<LegendEntry> out;
    auto symbolEntry = [&](const Symbol &symbol, const QString &label, int role) {
        LegendEntry e;
        e.kind = LegendEntry::Kind::Symbol;
        e.symbol = symbol;
        e.geometry = geometry;
        e.label = label;
        e.role = role;
        return e;
    };
    switch (style.renderer) {
    case RendererType::SingleSymbol:
        out.append(symbolEntry(style.baseSymbol(), layerName, LegendEntry::Single));
        return out;
    case RendererType::Categorized:
        for (qsizetype i = 0; i < style.categories.size(); ++i) {
            const Category &c = style.categories[i];
            QString label = c.label;
            if (label.isEmpty()) {
                const int id = c.value.metaType().id();
                label = (id == QMetaType::Double || id == QMetaType::Float)
                            ? options.locale.toString(c.value.toDouble(), 'g', 15)
                            : c.value.toString();
            }
            out.append(symbolEntry(c.symbol, label, int(i)));
        }
        break;
    case RendererType::Graduated:
        for (qsizetype i = 0; i < style.classes.size(); ++i) {
            const GraduatedClass &c = style.classes[i];
            LegendEntry e = symbolEntry(
                c.symbol, c.label.isEmpty() ? formatRange(c.lower, c.upper, options.locale, options.decimals) : c.label,
                int(i));
            e.min = c.lower;
            e.max = c.upper;
            out.append(e);
        }
        break;
    case RendererType::Bivariate: {
        const BivariateSettings &b = style.bivariate;
        LegendEntry e;
        e.kind = LegendEntry::Kind::Bivariate;
        e.geometry = geometry;
        e.symbol = style.bivariateSymbol(0, 0);
        for (int iy = 0; iy < BivariateSettings::Classes; ++iy)
            for (int ix = 0; ix < BivariateSettings::Classes; ++ix)
                e.gridColors.append(b.color(ix, iy));
        e.xLabel = b.labelX.isEmpty() ? style.field : b.labelX;
        e.yLabel = b.labelY.isEmpty() ? b.fieldY : b.labelY;
        e.xBreaks = b.breaksX;
        e.yBreaks = b.breaksY;
        e.attribution = BivariateSettings::schemeAttribution();
        e.label = tr("%1 × %2").arg(e.xLabel, e.yLabel);
        e.role = 0;
        out.append(e);
        break;
    }
    }
    if (options.includeOther && style.drawOther)
        out.append(symbolEntry(style.baseSymbol(), tr("Other values"), LegendEntry::Other));
    if (options.includeMissing && style.drawMissing)
        out.append(symbolEntry(style.missingSymbol, tr("No data"), LegendEntry::Missing));
    return out;
}

QList<LegendEntry> Legend::forRasterStyle(const RasterStyle &style, const QString &layerName, double dataMin,
                                          double dataMax, const LegendOptions &options, const QList<QColor> &palette)
{
    QList<LegendEntry> out;
    const double mn = style.min == style.min ? style.min : dataMin;
    const double mx = style.max == style.max ? style.max : dataMax;
    auto gradient = [&](const ColorRamp &ramp) {
        LegendEntry e;
        e.kind = LegendEntry::Kind::Gradient;
        e.ramp = ramp;
        e.min = mn;
        e.max = mx;
        e.role = LegendEntry::Raster;
        e.label = layerName;
        out.append(e);
    };
    switch (style.mode) {
    case RasterStyle::Mode::Gray:
        gradient(ColorRamp::gray());
        break;
    case RasterStyle::Mode::Hillshade:
        gradient(ColorRamp::gray());
        out.last().label = tr("%1 (hillshade)").arg(layerName);
        break;
    case RasterStyle::Mode::Ramp:
        if (style.classified) {
            for (qsizetype i = 0; i < style.classes.size(); ++i) {
                const RasterClass &c = style.classes[i];
                LegendEntry e;
                e.kind = LegendEntry::Kind::Color;
                e.color = c.color;
                e.min = c.lower;
                e.max = c.upper;
                e.role = int(i);
                e.label = c.label.isEmpty() ? formatRange(c.lower, c.upper, options.locale, options.decimals) : c.label;
                out.append(e);
            }
        } else {
            gradient(style.ramp());
        }
        break;
    case RasterStyle::Mode::Palette:
        for (qsizetype i = 0; i < palette.size(); ++i) {
            if (palette[i].alpha() == 0)
                continue;
            LegendEntry e;
            e.kind = LegendEntry::Kind::Color;
            e.color = palette[i];
            e.min = e.max = double(i);
            e.role = int(i);
            e.label = options.locale.toString(qlonglong(i));
            out.append(e);
        }
        break;
    case RasterStyle::Mode::Rgb:
        break;
    }
    return out;
}

QList<LegendEntry> Legend::onlyPresent(const QList<LegendEntry> &entries, const VectorStyle &style,
                                       const QVariantList &values)
{
    if (style.renderer == RendererType::Bivariate)
        return entries; // one value per feature cannot place it on the grid
    QSet<int> present;
    for (const QVariant &v : values) {
        const int i = style.classIndexFor(v);
        present.insert(i == -2 ? LegendEntry::Missing : i == -1 ? LegendEntry::Other : i);
    }
    QList<LegendEntry> out;
    for (const LegendEntry &e : entries) {
        const bool keep = style.renderer == RendererType::SingleSymbol || e.role == LegendEntry::Single
                          || e.role == LegendEntry::Raster || present.contains(e.role);
        if (keep)
            out.append(e);
    }
    return out;
}

QList<LegendEntry> Legend::onlyPresent(const QList<LegendEntry> &entries, const VectorStyle &style,
                                       const VectorDataProvider &provider, const QSet<qint64> &featureIds)
{
    if (style.renderer == RendererType::SingleSymbol)
        return entries;
    if (style.renderer == RendererType::Bivariate) {
        // The grid is read as a whole and always kept; Other and No data only
        // when some feature has such a pair of values.
        const int fx = provider.fields().indexOf(style.field);
        const int fy = provider.fields().indexOf(style.bivariate.fieldY);
        bool other = false, missing = false;
        if (fx >= 0 && fy >= 0 && !featureIds.isEmpty()) {
            FeatureRequest request;
            request.noGeometry = true;
            request.attributes = {fx, fy};
            (void)provider.forEachFeature(request, [&](Feature &&f) {
                if (featureIds.contains(f.id)) {
                    const int cell = style.bivariateCellFor(f.attributes.value(fx), f.attributes.value(fy));
                    other = other || cell == -1;
                    missing = missing || cell == -2;
                }
                return !(other && missing);
            });
        } else {
            missing = !featureIds.isEmpty(); // a field is gone: every value is missing
        }
        QList<LegendEntry> out;
        for (const LegendEntry &e : entries)
            if ((e.role != LegendEntry::Other || other) && (e.role != LegendEntry::Missing || missing))
                out.append(e);
        return out;
    }
    const int field = provider.fields().indexOf(style.field);
    QVariantList values;
    if (field >= 0 && !featureIds.isEmpty()) {
        FeatureRequest request;
        request.noGeometry = true;
        request.attributes = {field};
        (void)provider.forEachFeature(request, [&](Feature &&f) {
            if (featureIds.contains(f.id))
                values.append(f.attributes.value(field));
            return true;
        });
    } else if (field < 0) {
        for (qsizetype i = 0; i < featureIds.size(); ++i)
            values.append(QVariant()); // the field is gone: every value is missing
    }
    return onlyPresent(entries, style, values);
}

void Legend::drawSymbol(QPainter *painter, const QRectF &rect, const LegendEntry &entry, double pixelsPerMm)
{
    if (!painter || rect.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (entry.kind) {
    case LegendEntry::Kind::Gradient: {
        QLinearGradient g(rect.bottomLeft(), rect.topLeft()); // min at the bottom
        for (const auto &stop : entry.ramp.stops)
            g.setColorAt(std::clamp(stop.first, 0.0, 1.0), stop.second);
        painter->setPen(QPen(QColor(0x55, 0x55, 0x55), 0));
        painter->setBrush(g);
        painter->drawRect(rect);
        break;
    }
    case LegendEntry::Kind::Color:
        painter->setPen(QPen(QColor(0x55, 0x55, 0x55), 0));
        painter->setBrush(entry.color);
        painter->drawRect(rect);
        break;
    case LegendEntry::Kind::Bivariate: {
        constexpr int n = BivariateSettings::Classes;
        const double side = std::min(rect.width(), rect.height());
        const QRectF square(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
        const double cell = side / n;
        // Cells edge to edge without antialiasing seams; the frame on top.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        for (int iy = 0; iy < n; ++iy) {
            for (int ix = 0; ix < n; ++ix) {
                const QColor c = entry.gridColors.value(iy * n + ix, QColor(0xbd, 0xbd, 0xbd));
                // Row iy = 0 (low y) at the bottom.
                const QRectF r(square.left() + ix * cell, square.bottom() - (iy + 1) * cell, cell, cell);
                painter->fillRect(r.adjusted(0, 0, ix + 1 < n ? 0.5 : 0, iy > 0 ? 0.5 : 0), c);
            }
        }
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0x55, 0x55, 0x55), 0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(square);
        break;
    }
    case LegendEntry::Kind::Symbol: {
        const Symbol &s = entry.symbol;
        const double maxStroke = std::min(rect.width(), rect.height()) / 3;
        const double strokePx = std::min(maxStroke, std::max(0.0, s.strokeWidthMm * pixelsPerMm));
        const QColor fill = s.effectiveFill(), stroke = s.effectiveStroke();
        const bool hasStroke = s.strokeStyle != Qt::NoPen && stroke.alpha() > 0 && strokePx > 0;
        const QPen pen = hasStroke ? QPen(stroke, std::max(strokePx, 0.5), s.strokeStyle, Qt::RoundCap, Qt::RoundJoin)
                                   : QPen(Qt::NoPen);
        switch (entry.geometry) {
        case GeometryKind::Point: {
            const double size = std::min({s.markerSizeMm * pixelsPerMm, rect.width(), rect.height()});
            Markers::draw(painter, s, rect.center(), std::max(1.0, size), strokePx);
            break;
        }
        case GeometryKind::Line: {
            QPen p = pen;
            if (!hasStroke) // a line layer without a stroke still needs a sample
                p = QPen(fill, std::max(1.0, strokePx));
            painter->setPen(p);
            QPainterPath path;
            const double m = std::max(1.0, p.widthF() / 2);
            path.moveTo(rect.left() + m, rect.center().y() + rect.height() * 0.2);
            path.cubicTo(rect.left() + rect.width() * 0.35, rect.top() - rect.height() * 0.1,
                         rect.left() + rect.width() * 0.65, rect.bottom() + rect.height() * 0.1,
                         rect.right() - m, rect.center().y() - rect.height() * 0.2);
            painter->drawPath(path);
            break;
        }
        default: {
            painter->setPen(pen);
            painter->setBrush(fill.alpha() > 0 ? QBrush(fill) : QBrush(Qt::NoBrush));
            const double m = hasStroke ? pen.widthF() / 2 : 0;
            painter->drawRect(rect.adjusted(m, m, -m, -m));
            break;
        }
        }
        break;
    }
    }
    painter->restore();
}

QString Legend::axisTitle(const QString &title)
{
    return title.isEmpty() ? u"→"_s : title + u" →"_s;
}

QSizeF Legend::bivariateSize(QPainter *painter, const LegendEntry &entry, double gridSide)
{
    if (!painter)
        return {};
    const QFontMetricsF fm(painter->font(), painter->device());
    const double h = fm.height();
    const double xw = fm.horizontalAdvance(axisTitle(entry.xLabel));
    const double yw = fm.horizontalAdvance(axisTitle(entry.yLabel));
    // y title rotated on the left, x title under the grid; each may be wider
    // than the grid (it then runs past its end).
    const double width = h * 1.3 + std::max(gridSide, xw);
    const double height = std::max(gridSide, yw) + h * 1.3;
    return {width, height};
}

QRectF Legend::drawBivariate(QPainter *painter, const QRectF &rect, const LegendEntry &entry, double gridSide,
                             const QColor &textColor)
{
    if (!painter || rect.isEmpty())
        return {};
    const QFontMetricsF fm(painter->font(), painter->device());
    const double h = fm.height();
    const double gap = h * 0.3;
    const double side = std::max(0.0, std::min({gridSide, rect.width() - h - gap, rect.height() - h - gap}));
    const QRectF grid(rect.left() + h + gap, rect.top(), side, side);
    drawSymbol(painter, grid, entry);
    painter->save();
    painter->setPen(textColor);
    // x: under the grid, from its left edge.
    const QString xTitle = fm.elidedText(axisTitle(entry.xLabel), Qt::ElideMiddle, rect.right() - grid.left());
    painter->drawText(QRectF(grid.left(), grid.bottom() + gap, rect.right() - grid.left(), h),
                      Qt::AlignLeft | Qt::AlignVCenter, xTitle);
    // y: rotated a quarter turn counter-clockwise along the left side, reading
    // upwards from the bottom of the grid.
    const double length = std::max(side, std::min(rect.height(), grid.bottom() - rect.top()));
    const QString yTitle = fm.elidedText(axisTitle(entry.yLabel), Qt::ElideMiddle, length);
    painter->translate(rect.left(), grid.bottom());
    painter->rotate(-90);
    painter->drawText(QRectF(0, 0, length, h), Qt::AlignLeft | Qt::AlignVCenter, yTitle);
    painter->restore();
    return grid;
}

} // namespace territoria
