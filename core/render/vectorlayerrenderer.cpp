#include "render/vectorlayerrenderer.h"

#include "crs/coordinatetransform.h"
#include "geometry/wkbreader.h"
#include "render/labelengine.h"
#include "style/markers.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

std::unique_ptr<LayerRenderer> VectorLayer::createRenderer(const MapSettings &settings) const
{
    return std::make_unique<VectorLayerRenderer>(*this, settings);
}

VectorLayerRenderer::VectorLayerRenderer(const VectorLayer &layer, const MapSettings &settings)
    : LayerRenderer(layer.id(), layer.name(), layer.opacity())
    , m_provider(layer.dataProvider())
    , m_style(layer.style())
    , m_layerCrs(layer.crs())
    , m_kind(layer.geometryKind())
{
    Q_UNUSED(settings);
}

namespace {


// Writes single pixels straight into an ARGB32_Premultiplied image (source-over),
// for features smaller than a pixel: far cheaper than a QPainter call each.
class DotWriter
{
public:
    DotWriter(QPainter *painter, const QColor &color)
        : m_painter(painter)
    {
        m_color = color;
        QPaintDevice *dev = painter->device();
        if (dev && dev->devType() == QInternal::Image && painter->transform().isIdentity()
            && !painter->hasClipping() && painter->opacity() == 1.0
            && painter->compositionMode() == QPainter::CompositionMode_SourceOver) {
            auto *image = static_cast<QImage *>(dev);
            if (image->format() == QImage::Format_ARGB32_Premultiplied) {
                m_image = image;
                m_bits = image->bits(); // the painter holds the image: no detach happens here
                m_bpl = image->bytesPerLine();
                m_w = image->width();
                m_h = image->height();
            }
        }
        const int a = color.alpha();
        m_premul = qPremultiply(color.rgba());
        m_inv = 255 - a;
    }

    void dot(double x, double y)
    {
        const int ix = int(std::floor(x)), iy = int(std::floor(y));
        if (m_bits) {
            if (ix < 0 || iy < 0 || ix >= m_w || iy >= m_h)
                return;
            auto *px = reinterpret_cast<QRgb *>(m_bits + qsizetype(iy) * m_bpl) + ix;
            if (m_inv == 0) {
                *px = m_premul;
            } else {
                const QRgb d = *px;
                auto blend = [&](int shift) {
                    const uint s = (m_premul >> shift) & 0xff, dv = (d >> shift) & 0xff;
                    return (s + (dv * m_inv + 127) / 255) << shift;
                };
                *px = blend(24) | blend(16) | blend(8) | blend(0);
            }
        } else {
            m_painter->fillRect(QRectF(ix, iy, 1, 1), m_color);
        }
    }

private:
    QPainter *m_painter;
    QColor m_color;
    QImage *m_image = nullptr;
    uchar *m_bits = nullptr;
    qsizetype m_bpl = 0;
    int m_w = 0, m_h = 0;
    QRgb m_premul = 0;
    int m_inv = 0;
};

struct Item {
    Geometry geometry;
    int sym;
};

struct Part {
    WkbPart kind;
    quint32 start; // index of the first vertex in the batch
    quint32 count;
    int sym;       // index into Drawer's symbols
};

// One symbol ready to draw: pens, brushes and pixel sizes for the map's DPI.
struct SymbolPaint {
    SymbolPaint(QPainter *painter, const MapSettings &ms, const Symbol &symbol)
        : fill(symbol.effectiveFill())
        , stroke(symbol.effectiveStroke())
        , dotFill(painter, fill.alpha() > 0 ? fill : stroke)
        , dotStroke(painter, symbol.strokeStyle != Qt::NoPen && stroke.alpha() > 0 ? stroke : fill)
        , shape(symbol.markerShape)
    {
        const double strokePx = std::max(0.0, ms.mmToPixels(symbol.strokeWidthMm));
        hasStroke = symbol.strokeStyle != Qt::NoPen && stroke.alpha() > 0 && strokePx > 0;
        pen = hasStroke ? QPen(stroke, strokePx, symbol.strokeStyle, Qt::RoundCap, Qt::RoundJoin) : QPen(Qt::NoPen);
        hasFill = fill.alpha() > 0;
        brush = hasFill ? QBrush(fill) : QBrush(Qt::NoBrush);
        markerPx = std::max(1.0, ms.mmToPixels(symbol.markerSizeMm));
        crossPen = hasStroke ? pen : QPen(fill, std::max(1.0, markerPx / 6));
        margin = strokePx + markerPx + 2;
        if (!symbol.markerSvg.isEmpty())
            svg = Markers::svgImage(symbol.markerSvg, fill, markerPx);
    }
    QColor fill, stroke;
    DotWriter dotFill;
    DotWriter dotStroke;
    MarkerShape shape;
    bool hasStroke = false, hasFill = false;
    QPen pen, crossPen;
    QBrush brush;
    double markerPx = 4;
    double margin = 2;
    QImage svg; // pre-rendered SVG marker, when the symbol has one
};

class Drawer
{
public:
    Drawer(RenderContext &context, const QList<Symbol> &symbols, const CoordinateTransform *ct)
        : m_ctx(context)
        , m_painter(context.painter)
        , m_ct(ct)
    {
        const MapSettings &ms = context.settings;
        const Extent v = ms.visibleExtent();
        const double mupp = ms.mapUnitsPerPixel();
        m_scale = mupp > 0 ? 1.0 / mupp : 0.0;
        m_x0 = v.xMin();
        m_y1 = v.yMax();
        const QSize size = ms.outputSize();
        m_width = size.width();
        m_height = size.height();

        m_syms.reserve(size_t(symbols.size()));
        for (const Symbol &symbol : symbols) {
            m_syms.emplace_back(context.painter, ms, symbol);
            m_margin = std::max(m_margin, m_syms.back().margin);
        }
        m_path.setFillRule(Qt::OddEvenFill);

        m_xy.reserve(2 * BatchVertices + 1024);
        m_x.reserve(BatchVertices + 1024);
        m_y.reserve(BatchVertices + 1024);
    }

    static constexpr size_t BatchVertices = 16384;

    // Queues one feature's WKB; returns false when it was malformed (skipped).
    bool add(const QByteArray &wkb, int sym = 0)
    {
        const size_t partsBefore = m_parts.size(), verticesBefore = m_x.size();
        const bool ok = visitWkb(wkb, m_xy, [this, sym](WkbPart kind, const double *xy, size_t n) {
            m_parts.push_back(Part{kind, quint32(m_x.size()), quint32(n), sym});
            for (size_t i = 0; i < n; ++i) {
                m_x.push_back(xy[2 * i]);
                m_y.push_back(xy[2 * i + 1]);
            }
        });
        if (!ok) {
            m_parts.resize(partsBefore);
            m_x.resize(verticesBefore);
            m_y.resize(verticesBefore);
            return false;
        }
        if (m_x.size() >= BatchVertices)
            flush();
        return true;
    }

    void flush()
    {
        if (m_parts.empty()) {
            m_x.clear();
            m_y.clear();
            return;
        }
        if (m_ct && !m_ct->isIdentity()) {
            const size_t failed = m_ct->transformInPlace(m_x.data(), m_y.data(), m_x.size());
            m_failedVertices += failed;
        }
        // Map to device pixels in place.
        const double s = m_scale, x0 = m_x0, y1 = m_y1;
        for (size_t i = 0, n = m_x.size(); i < n; ++i) {
            m_x[i] = (m_x[i] - x0) * s;
            m_y[i] = (y1 - m_y[i]) * s;
        }
        for (size_t i = 0; i < m_parts.size();) {
            const Part &p = m_parts[i];
            switch (p.kind) {
            case WkbPart::Point:
                drawPoint(m_syms[size_t(p.sym)], m_x[p.start], m_y[p.start]);
                ++i;
                break;
            case WkbPart::LineString:
                drawLine(p);
                ++i;
                break;
            case WkbPart::OuterRing: {
                size_t j = i + 1;
                while (j < m_parts.size() && m_parts[j].kind == WkbPart::InnerRing)
                    ++j;
                drawPolygon(i, j);
                i = j;
                break;
            }
            case WkbPart::InnerRing: // orphan hole: ignore
                ++i;
                break;
            }
        }
        m_parts.clear();
        m_x.clear();
        m_y.clear();
    }

    size_t failedVertices() const { return m_failedVertices; }

private:
    // Pixel bounding box of a run; false when it holds no finite vertex.
    bool bounds(const Part &p, double &minX, double &minY, double &maxX, double &maxY) const
    {
        minX = minY = std::numeric_limits<double>::infinity();
        maxX = maxY = -std::numeric_limits<double>::infinity();
        const double *xs = m_x.data() + p.start, *ys = m_y.data() + p.start;
        for (quint32 k = 0; k < p.count; ++k) {
            const double x = xs[k], y = ys[k];
            if (!(x == x) || !(y == y))
                continue;
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
        }
        return minX <= maxX;
    }

    bool outside(double minX, double minY, double maxX, double maxY) const
    {
        return maxX < -m_margin || maxY < -m_margin || minX > m_width + m_margin || minY > m_height + m_margin;
    }

    // Copies a run into m_points, dropping vertices that fall within half a pixel
    // of the previous kept one (and failed vertices).
    void simplified(const Part &p, bool closed)
    {
        m_points.clear();
        const double *xs = m_x.data() + p.start, *ys = m_y.data() + p.start;
        double lx = 0, ly = 0;
        bool have = false;
        for (quint32 k = 0; k < p.count; ++k) {
            const double x = xs[k], y = ys[k];
            if (!(x == x) || !(y == y))
                continue;
            if (have && std::abs(x - lx) < 0.5 && std::abs(y - ly) < 0.5 && k + 1 != p.count)
                continue;
            // keep the exact last vertex of the run
            if (have && k + 1 == p.count && std::abs(x - lx) < 0.5 && std::abs(y - ly) < 0.5 && !closed
                && m_points.size() > 1)
                m_points.back() = QPointF(x, y);
            else
                m_points.emplace_back(x, y);
            lx = x;
            ly = y;
            have = true;
        }
    }

    void drawPoint(const SymbolPaint &sp, double x, double y)
    {
        if (!(x == x) || !(y == y) || outside(x, y, x, y))
            return;
        if (!sp.svg.isNull()) {
            m_painter->drawImage(QPointF(x - sp.svg.width() / 2.0, y - sp.svg.height() / 2.0), sp.svg);
            return;
        }
        m_painter->setPen(sp.pen);
        m_painter->setBrush(sp.hasFill ? sp.brush : QBrush(Qt::NoBrush));
        Markers::drawShape(m_painter, sp.shape, x, y, sp.markerPx / 2, sp.crossPen);
    }

    void drawLine(const Part &p)
    {
        SymbolPaint &sp = m_syms[size_t(p.sym)];
        double minX, minY, maxX, maxY;
        if (!bounds(p, minX, minY, maxX, maxY) || outside(minX, minY, maxX, maxY))
            return;
        if (maxX - minX < 1 && maxY - minY < 1) {
            sp.dotStroke.dot((minX + maxX) / 2, (minY + maxY) / 2);
            return;
        }
        simplified(p, false);
        if (m_points.size() < 2 || !sp.hasStroke)
            return;
        m_painter->setPen(sp.pen);
        m_painter->drawPolyline(m_points.data(), int(m_points.size()));
    }

    void drawPolygon(size_t first, size_t end)
    {
        const Part &outer = m_parts[first];
        SymbolPaint &sp = m_syms[size_t(outer.sym)];
        double minX, minY, maxX, maxY;
        if (!bounds(outer, minX, minY, maxX, maxY) || outside(minX, minY, maxX, maxY))
            return;
        if (maxX - minX < 1 && maxY - minY < 1) {
            // Smaller than a pixel: one pixel in the fill colour.
            sp.dotFill.dot((minX + maxX) / 2, (minY + maxY) / 2);
            return;
        }
        m_painter->setPen(sp.pen);
        m_painter->setBrush(sp.brush);
        if (end == first + 1) {
            simplified(outer, true);
            if (m_points.size() >= 3)
                m_painter->drawPolygon(m_points.data(), int(m_points.size()), Qt::OddEvenFill);
            else if (!m_points.empty())
                sp.dotFill.dot(m_points.front().x(), m_points.front().y());
            return;
        }
        m_path.clear();
        m_path.setFillRule(Qt::OddEvenFill);
        for (size_t r = first; r < end; ++r) {
            simplified(m_parts[r], true);
            if (m_points.size() < 3)
                continue;
            m_path.moveTo(m_points[0]);
            for (size_t k = 1; k < m_points.size(); ++k)
                m_path.lineTo(m_points[k]);
            m_path.closeSubpath();
        }
        m_painter->drawPath(m_path);
    }

    RenderContext &m_ctx;
    QPainter *m_painter;
    const CoordinateTransform *m_ct;
    std::vector<SymbolPaint> m_syms;
    double m_scale = 1, m_x0 = 0, m_y1 = 0;
    int m_width = 0, m_height = 0;
    double m_margin = 2;
    QPainterPath m_path;

    std::vector<double> m_xy;
    std::vector<double> m_x, m_y;
    std::vector<Part> m_parts;
    std::vector<QPointF> m_points;
    size_t m_failedVertices = 0;
};

// A feature to label, kept by the reading thread.
struct LabelItem {
    qint64 id;
    Geometry geometry;
    QString text;
};

// The runs of `wkb` in the map's pixels (through `ct` when set, then the view of
// `ms`, plus `offset`) as a LabelFeature: its polygons when it has any, else its
// lines, else its points. False when the WKB is malformed or has nothing.
bool toLabelFeature(const QByteArray &wkb, const CoordinateTransform *ct, const MapSettings &ms, QPointF offset,
                    std::vector<double> &xy, LabelFeature &out)
{
    QList<QPolygonF> points, lines, rings;
    QList<bool> holes;
    const Extent v = ms.visibleExtent();
    const double mupp = ms.mapUnitsPerPixel();
    const double s = mupp > 0 ? 1.0 / mupp : 0.0, x0 = v.xMin(), y1 = v.yMax();
    std::vector<double> xs, ys;
    const bool ok = visitWkb(wkb, xy, [&](WkbPart kind, const double *c, size_t n) {
        xs.resize(n);
        ys.resize(n);
        for (size_t i = 0; i < n; ++i) {
            xs[i] = c[2 * i];
            ys[i] = c[2 * i + 1];
        }
        if (ct && !ct->isIdentity())
            ct->transformInPlace(xs.data(), ys.data(), n);
        QPolygonF run;
        run.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i)
            if (std::isfinite(xs[i]) && std::isfinite(ys[i]))
                run.append(QPointF((xs[i] - x0) * s + offset.x(), (y1 - ys[i]) * s + offset.y()));
        switch (kind) {
        case WkbPart::Point:
            points.append(run);
            break;
        case WkbPart::LineString:
            lines.append(run);
            break;
        case WkbPart::OuterRing:
        case WkbPart::InnerRing:
            rings.append(run);
            holes.append(kind == WkbPart::InnerRing);
            break;
        }
    });
    if (!ok)
        return false;
    if (!rings.isEmpty()) {
        out.kind = GeometryKind::Polygon;
        out.parts = rings;
        out.isHole = holes;
    } else if (!lines.isEmpty()) {
        out.kind = GeometryKind::Line;
        out.parts = lines;
    } else if (!points.isEmpty()) {
        out.kind = GeometryKind::Point;
        out.parts = points;
    } else {
        return false;
    }
    return true;
}

} // namespace

Result<void> VectorLayerRenderer::render(RenderContext &context)
{
    if (!m_provider)
        return fail(QCoreApplication::translate("VectorLayerRenderer", "Layer “%1” has no data source").arg(layerName()));
    if (!context.painter)
        return fail(QCoreApplication::translate("VectorLayerRenderer", "Layer “%1”: nothing to draw on").arg(layerName()));
    const MapSettings &ms = context.settings;
    if (!ms.isValid())
        return fail(QCoreApplication::translate("VectorLayerRenderer", "Layer “%1”: invalid map settings (extent or size)").arg(layerName()));
    if (m_kind == GeometryKind::Null)
        return {};

    const Extent visible = ms.visibleExtent();
    const double mupp = ms.mapUnitsPerPixel();
    // A few pixels around the view so that strokes and markers of features just
    // outside still show.
    // The symbols in drawing order: single symbol: the base symbol; categorized /
    // graduated: one per category/class (bivariate: the 9 cells), then "other"
    // (the base), then "missing".
    QList<Symbol> symbols;
    const bool classify = m_style.renderer != RendererType::SingleSymbol;
    int fieldIndex = -1, fieldIndexY = -1; // Y: the second field of a bivariate style
    int otherSym = -1, missingSym = -1;
    QHash<QString, int> categoryIndex;
    if (!classify) {
        symbols.append(m_style.baseSymbol());
    } else {
        if (m_style.renderer == RendererType::Categorized) {
            for (qsizetype i = 0; i < m_style.categories.size(); ++i) {
                symbols.append(m_style.categories[i].symbol);
                categoryIndex.insert(Category::valueKey(m_style.categories[i].value), int(i)); // first wins
            }
        } else if (m_style.renderer == RendererType::Bivariate) {
            // Symbol index iy * 3 + ix, the order of BivariateSettings::colors.
            for (int iy = 0; iy < BivariateSettings::Classes; ++iy)
                for (int ix = 0; ix < BivariateSettings::Classes; ++ix)
                    symbols.append(m_style.bivariateSymbol(ix, iy));
        } else {
            for (const GraduatedClass &c : m_style.classes)
                symbols.append(c.symbol);
        }
        if (m_style.drawOther) {
            otherSym = int(symbols.size());
            symbols.append(m_style.baseSymbol());
        }
        if (m_style.drawMissing) {
            missingSym = int(symbols.size());
            symbols.append(m_style.missingSymbol);
        }
        fieldIndex = m_provider->fields().indexOf(m_style.field);
        if (fieldIndex < 0)
            context.warnings.append(QCoreApplication::translate("VectorLayerRenderer", "Layer “%1”: the style's field “%2” does not exist; features drawn as missing values")
                                        .arg(layerName(), m_style.field));
        if (m_style.renderer == RendererType::Bivariate) {
            fieldIndexY = m_provider->fields().indexOf(m_style.bivariate.fieldY);
            if (fieldIndexY < 0)
                context.warnings.append(QCoreApplication::translate("VectorLayerRenderer", "Layer “%1”: the style's field “%2” does not exist; features drawn as missing values")
                                            .arg(layerName(), m_style.bivariate.fieldY));
        }
    }
    double maxSymbolMm = 0, maxMarkerMm = 0;
    for (const Symbol &sym : symbols) {
        maxSymbolMm = std::max({maxSymbolMm, sym.markerSizeMm, sym.strokeWidthMm});
        maxMarkerMm = std::max(maxMarkerMm, sym.markerSizeMm + sym.strokeWidthMm);
    }
    // Labels: only with an engine to collect them, inside the scale range, and
    // with a text that names existing fields.
    std::optional<LabelTextTemplate> labelText;
    const LabelSettings &labeling = m_style.labeling;
    if (context.labels && labeling.enabled && labeling.isVisibleAtScale(ms.scale())) {
        LabelTextTemplate t(labeling.text, m_provider->fields());
        if (t.isValid())
            labelText = std::move(t);
        else
            context.warnings.append(QCoreApplication::translate("VectorLayerRenderer", "Layer “%1”: no labels: %2").arg(layerName(), t.errorMessage()));
    }
    const double marginPx = ms.mmToPixels(maxSymbolMm) + 2;
    const Extent viewWithMargin = visible.buffered(marginPx * mupp);

    CoordinateTransform ct;
    Extent filter;
    const Crs dest = ms.destinationCrs();
    const bool transform = m_layerCrs.isValid() && dest.isValid() && !(m_layerCrs == dest);
    if (transform) {
        auto created = CoordinateTransform::create(m_layerCrs, dest, ms.transformContext());
        if (!created)
            return fail(QCoreApplication::translate("VectorLayerRenderer", "Layer “%1”: cannot transform from %2 to %3: %4")
                            .arg(layerName(), m_layerCrs.name(), dest.name(), created.error().message),
                        m_provider->source(), created.error().detail);
        ct = std::move(*created);
        filter = ct.transformExtent(viewWithMargin, CoordinateTransform::Direction::Inverse);
        if (!filter.isNull())
            filter = filter.scaled(1.02);
    } else {
        filter = viewWithMargin;
    }
    if (context.isCanceled())
        return {};

    // Nothing to read when the view misses the layer.
    const Extent layerExtent = m_provider->extent();
    if (!filter.isNull() && !layerExtent.isNull() && !filter.intersects(layerExtent))
        return {};

    QPainter *painter = context.painter;
    painter->save();
    Drawer drawer(context, symbols, transform ? &ct : nullptr);

    FeatureRequest request;
    // A view that holds the whole layer reads it sequentially: a spatial filter
    // would only add index lookups (with GeoPackage, one R-tree join per feature).
    if (!layerExtent.isNull() && !filter.isNull() && filter.contains(layerExtent))
        filter = Extent();
    request.filterExtent = filter;
    if (classify && fieldIndex >= 0)
        request.attributes = {fieldIndex}; // only the field(s) the style needs
    if (classify && fieldIndexY >= 0 && !request.attributes.contains(fieldIndexY))
        request.attributes.append(fieldIndexY);
    if (labelText)
        for (int i : labelText->fieldIndexes())
            if (!request.attributes.contains(i))
                request.attributes.append(i);
    if (request.attributes.isEmpty())
        request.noAttributes = true;
    std::vector<LabelItem> labelItems; // filled by the reading thread, read after it joined
    // Symbol index for a feature's value; -1: not drawn.
    const VectorStyle &style = m_style;
    auto symbolIndex = [&](const QVariant &value) -> int {
        int i;
        if (style.renderer == RendererType::Categorized) {
            const QString key = Category::valueKey(value);
            i = key.isEmpty() || (value.metaType().id() == QMetaType::Double && !std::isfinite(value.toDouble()))
                    ? -2
                    : categoryIndex.value(key, -1);
        } else {
            i = style.classIndexFor(value);
        }
        return i >= 0 ? i : i == -2 ? missingSym : otherSym;
    };
    qint64 malformed = 0;
    // Reading (GDAL/SQLite decoding) runs on its own thread while this one draws:
    // batches of geometries go through a small bounded queue.
    struct Queue {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<std::vector<Item>> batches;
        bool done = false;
        bool stop = false;
    } queue;
    constexpr size_t BatchSize = 2048, MaxBatches = 8;
    Result<qint64> visited = 0;
    std::thread reader([&] {
        std::vector<Item> batch;
        batch.reserve(BatchSize);
        auto push = [&]() -> bool {
            std::unique_lock lock(queue.mutex);
            queue.changed.wait(lock, [&] { return queue.batches.size() < MaxBatches || queue.stop; });
            if (queue.stop)
                return false;
            queue.batches.push_back(std::move(batch));
            queue.changed.notify_all();
            batch = {};
            batch.reserve(BatchSize);
            return true;
        };
        visited = m_provider->forEachFeature(request, [&](Feature &&feature) {
            if (context.isCanceled())
                return false;
            int sym = 0;
            if (classify && style.renderer == RendererType::Bivariate) {
                const int cell = style.bivariateCellFor(fieldIndex >= 0 ? feature.attributes.value(fieldIndex) : QVariant(),
                                                        fieldIndexY >= 0 ? feature.attributes.value(fieldIndexY) : QVariant());
                sym = cell >= 0 ? cell : cell == -2 ? missingSym : otherSym;
                if (sym < 0)
                    return true; // not drawn
            } else if (classify) {
                sym = symbolIndex(fieldIndex >= 0 ? feature.attributes.value(fieldIndex) : QVariant());
                if (sym < 0)
                    return true; // not drawn
            }
            if (labelText) {
                QString text = labelText->evaluate(feature.attributes);
                if (!text.isEmpty() && !feature.geometry.isNull())
                    labelItems.push_back(LabelItem{feature.id, feature.geometry, std::move(text)});
            }
            batch.push_back(Item{std::move(feature.geometry), sym});
            return batch.size() < BatchSize || push();
        });
        if (!batch.empty())
            push();
        std::lock_guard lock(queue.mutex);
        queue.done = true;
        queue.changed.notify_all();
    });
    for (;;) {
        std::vector<Item> batch;
        {
            std::unique_lock lock(queue.mutex);
            queue.changed.wait(lock, [&] { return !queue.batches.empty() || queue.done; });
            if (queue.batches.empty())
                break;
            batch = std::move(queue.batches.front());
            queue.batches.pop_front();
            queue.changed.notify_all();
        }
        if (context.isCanceled()) {
            std::lock_guard lock(queue.mutex);
            queue.stop = true;
            queue.changed.notify_all();
            break;
        }
        for (const Item &item : batch) {
            const QByteArray &wkb = item.geometry.wkb();
            if (!wkb.isEmpty() && !drawer.add(wkb, item.sym))
                ++malformed;
        }
    }
    reader.join();
    if (!context.isCanceled())
        drawer.flush();
    painter->restore();

    if (labelText && visited && !context.isCanceled()) {
        const LabelAppearance appearance = LabelAppearance::fromSettings(labeling, ms);
        const double markerRadiusPx = ms.mmToPixels(maxMarkerMm) / 2;
        std::vector<double> xy;
        for (const LabelItem &item : labelItems) {
            if (context.isCanceled())
                break;
            LabelFeature feature;
            if (!toLabelFeature(item.geometry.wkb(), transform ? &ct : nullptr, ms, context.labelOffset, xy, feature))
                continue;
            feature.layerOrder = context.layerOrder;
            feature.featureId = item.id;
            feature.text = item.text;
            feature.markerRadiusPx = markerRadiusPx;
            context.labels->addFeature(feature, appearance);
        }
    }

    if (!visited && !context.isCanceled())
        return fail(QCoreApplication::translate("VectorLayerRenderer", "Layer “%1”: %2").arg(layerName(), visited.error().message), visited.error().source,
                    visited.error().detail);
    if (malformed > 0)
        context.warnings.append(QCoreApplication::translate("VectorLayerRenderer",
                                                            "Layer “%1”: %n feature(s) with unreadable geometry skipped",
                                                            nullptr, int(malformed))
                                    .arg(layerName()));
    if (drawer.failedVertices() > 0)
        context.warnings.append(QCoreApplication::translate("VectorLayerRenderer", "Layer “%1”: %2 vertices could not be transformed to %3")
                                    .arg(layerName())
                                    .arg(drawer.failedVertices())
                                    .arg(dest.name()));
    return {};
}

} // namespace territoria
