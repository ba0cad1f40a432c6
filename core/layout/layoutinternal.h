#pragma once

// Internal to core: what LayoutRenderer and ChartRenderer share (text and
// placeholders in page millimetres, the atlas feature's neighbours, names in
// warnings). Defined in layoutrenderer.cpp unless inline.

#include "data/feature.h"
#include "layout/layoutrenderer.h"
#include "layout/printlayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <algorithm>

namespace territoria {
class Layer;
class VectorDataProvider;
}

namespace territoria::layoutdetail {

// Features of `provider` intersecting the atlas feature, in source order; for
// the coverage layer itself, just the atlas feature. `needAttributes` false
// reads geometries only. At most `limit` features (-1: all).
QList<Feature> atlasFeatures(const Layer &layer, const VectorDataProvider &provider, const LayoutRenderContext &context,
                             bool needAttributes, qint64 limit = -1);
// The layer's name for warnings (also of a missing layer), else its id.
QString layerNameOrId(const QString &id, const LayoutRenderContext &context);
// The item's name for warnings, else its type's display name.
QString itemLabel(const LayoutItem &item);
// The text variables of this page (templates in labels, titles).
LayoutTextContext textContextFor(const PrintLayout &layout, const LayoutRenderContext &context);

inline constexpr double kMmPerPt = 25.4 / 72.0;
// Text is laid out in 1/kTextScale mm: fonts sized in a millimetre coordinate
// system would be a few "pixels" high and get poor metrics (QGIS does the same).
inline constexpr double kTextScale = 20.0;

// Fonts and metrics for text drawn in page millimetres. The text stays text on
// PDF/SVG painters (drawText, never paths).
class TextStyle
{
public:
    TextStyle(QPainter *painter, const QString &family, double sizePt, bool bold = false, bool italic = false)
        : m_painter(painter)
    {
        if (!family.isEmpty())
            m_font.setFamily(family);
        const QPaintDevice *device = painter ? painter->device() : nullptr;
        const double dpi = device && device->logicalDpiY() > 0 ? device->logicalDpiY() : 96.0;
        const double pt = std::clamp(sizePt, 0.5, 500.0);
        m_font.setPointSizeF(pt * kMmPerPt * kTextScale * 72.0 / dpi);
        m_font.setBold(bold);
        m_font.setItalic(italic);
        m_font.setHintingPreference(QFont::PreferNoHinting);
        m_metrics = device ? QFontMetricsF(m_font, device) : QFontMetricsF(m_font);
    }

    double width(const QString &text) const { return m_metrics.horizontalAdvance(text) / kTextScale; }
    double height() const { return m_metrics.height() / kTextScale; }
    double ascent() const { return m_metrics.ascent() / kTextScale; }
    // `text` cut with "…" to fit `width` mm.
    QString elided(const QString &text, double width) const
    {
        return m_metrics.elidedText(text, Qt::ElideRight, std::max(0.0, width) * kTextScale);
    }
    // Height of `text` wrapped at `width` mm.
    QSizeF wrappedSize(const QString &text, double width, int flags) const
    {
        const QRectF r = m_metrics.boundingRect(QRectF(0, 0, width * kTextScale, 1e7), flags, text);
        return r.size() / kTextScale;
    }

    void draw(const QRectF &rectMm, int flags, const QString &text, const QColor &color) const
    {
        if (!m_painter || text.isEmpty())
            return;
        m_painter->save();
        m_painter->scale(1 / kTextScale, 1 / kTextScale);
        m_painter->setFont(m_font);
        m_painter->setPen(color);
        const QRectF r(rectMm.x() * kTextScale, rectMm.y() * kTextScale, rectMm.width() * kTextScale,
                       rectMm.height() * kTextScale);
        m_painter->drawText(r, flags, text);
        m_painter->restore();
    }
    // Text with its baseline-left at `pos`.
    void drawAt(const QPointF &pos, const QString &text, const QColor &color) const
    {
        if (!m_painter || text.isEmpty())
            return;
        m_painter->save();
        m_painter->scale(1 / kTextScale, 1 / kTextScale);
        m_painter->setFont(m_font);
        m_painter->setPen(color);
        m_painter->drawText(pos * kTextScale, text);
        m_painter->restore();
    }

private:
    QPainter *m_painter = nullptr;
    QFont m_font;
    QFontMetricsF m_metrics{QFont()};
};

// A grey box with a cross: an item that cannot draw what it should (the
// warning says why).
inline void drawPlaceholder(QPainter *painter, const QRectF &rect)
{
    painter->save();
    painter->setPen(QPen(QColor(120, 120, 120), 0.3));
    painter->setBrush(QColor(225, 225, 225));
    painter->drawRect(rect);
    painter->drawLine(rect.topLeft(), rect.bottomRight());
    painter->drawLine(rect.topRight(), rect.bottomLeft());
    painter->restore();
}

} // namespace territoria::layoutdetail
