#include "layout/layoutrenderer.h"

#include "crs/coordinatetransform.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "geometry/geosutil.h"
#include "geometry/wkbreader.h"
#include "layout/chartrenderer.h"
#include "layout/layoutinternal.h"
#include "layout/layoutrenderhelpers.h"
#include "project/project.h"
#include "render/maprenderjob.h"
#include "render/mapsettings.h"
#include "style/legend.h"
#include "task/feedback.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace territoria {

// ---------------------------------------------------------------------------
// Arithmetic (layoutrenderhelpers.h)
// ---------------------------------------------------------------------------

namespace layoutdetail {

double niceStepBelow(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(value)));
    double best = 0;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double s = m * p;
        if (s <= value * (1 + 1e-9))
            best = s;
    }
    return best;
}

double autoGridInterval(double span)
{
    if (!(span > 0) || !std::isfinite(span))
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(span / 5)));
    double best = 0, bestDiff = std::numeric_limits<double>::infinity();
    for (double f : {0.1, 1.0, 10.0}) {
        for (double m : {1.0, 2.0, 2.5, 5.0}) {
            const double s = m * p * f;
            const double diff = std::abs(span / s - 5);
            if (diff < bestDiff) {
                bestDiff = diff;
                best = s;
            }
        }
    }
    return best;
}

double scaleBarSegmentMetres(double availableWidthMm, double scale, int segments)
{
    if (!(availableWidthMm > 0) || !(scale > 0) || segments < 1)
        return 0;
    const double metres = availableWidthMm / 1000.0 * scale / segments;
    return niceStepBelow(metres);
}

double metresPerMapUnit(const Crs &crs, double latitude)
{
    if (!crs.isValid())
        return 1.0;
    if (crs.isGeographic()) {
        constexpr double a = 6378137.0, f = 1 / 298.257223563, e2 = f * (2 - f);
        const double phi = std::clamp(latitude, -89.9, 89.9) * std::numbers::pi / 180;
        const double s = std::sin(phi);
        return std::numbers::pi / 180 * a * std::cos(phi) / std::sqrt(1 - e2 * s * s);
    }
    const QString units = crs.mapUnits().toLower();
    if (units.contains(u"us survey foot"_s))
        return 1200.0 / 3937.0;
    if (units.contains(u"foot"_s))
        return 0.3048;
    if (units.contains(u"kilometre"_s))
        return 1000.0;
    return 1.0;
}

QString formatDegrees(double value, bool latitude)
{
    if (!std::isfinite(value))
        return {};
    const qint64 total = qRound64(std::abs(value) * 3600.0);
    const qint64 d = total / 3600, m = (total % 3600) / 60, s = total % 60;
    QString text = QString::number(d) + u"°"_s;
    if (m != 0 || s != 0)
        text += u"%1'"_s.arg(m, 2, 10, QLatin1Char('0'));
    if (s != 0)
        text += u"%1\""_s.arg(s, 2, 10, QLatin1Char('0'));
    if (total != 0)
        text += latitude ? (value < 0 ? u"S"_s : u"N"_s) : (value < 0 ? u"W"_s : u"E"_s);
    return text;
}

} // namespace layoutdetail

namespace {

using namespace layoutdetail;

struct PreparedDeleter {
    GEOSContextHandle_t ctx;
    void operator()(const GEOSPreparedGeometry *g) const
    {
        if (g)
            GEOSPreparedGeom_destroy_r(ctx, g);
    }
};

// A GEOS prepared geometry for many intersects() tests against one geometry.
class IntersectsTest
{
public:
    explicit IntersectsTest(const Geometry &g)
        : m_geometry(g.isNull() ? nullptr : geosFromWkb(g.wkb()))
        , m_prepared(nullptr, PreparedDeleter{geosContext()})
    {
        if (m_geometry)
            m_prepared.reset(GEOSPrepare_r(geosContext(), m_geometry.get()));
    }
    bool isValid() const { return bool(m_prepared); }
    bool intersects(const Geometry &other) const
    {
        if (!m_prepared || other.isNull())
            return false;
        GeosGeometryPtr g = geosFromWkb(other.wkb());
        if (!g)
            return false;
        return GEOSPreparedIntersects_r(geosContext(), m_prepared.get(), g.get()) == 1;
    }

private:
    GeosGeometryPtr m_geometry;
    std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter> m_prepared;
};

Crs projectCrs(const LayoutRenderContext &context)
{
    return context.project ? context.project->crs() : Crs();
}

// The atlas feature's geometry in `crs` (null when none or it cannot be transformed).
Geometry atlasGeometryIn(const Crs &crs, const LayoutRenderContext &context)
{
    if (!context.atlasFeature)
        return {};
    const AtlasFeature &f = *context.atlasFeature;
    Geometry source = f.projectGeometry;
    Crs sourceCrs = projectCrs(context);
    if (source.isNull() && context.project) {
        if (const Layer *coverage = context.project->layer(f.layerId)) {
            source = f.geometry;
            sourceCrs = coverage->crs();
        }
    }
    if (source.isNull())
        return {};
    if (!crs.isValid() || !sourceCrs.isValid() || crs == sourceCrs)
        return source;
    auto ct = CoordinateTransform::create(sourceCrs, crs, context.project ? context.project->transformContext()
                                                                         : TransformContext());
    if (!ct)
        return {};
    return source.transformed(*ct);
}

} // namespace

namespace layoutdetail {

// Features of `provider` (CRS `layerCrs`) intersecting the atlas feature, in
// source order; for the coverage layer itself, just the atlas feature.
// `needAttributes` false reads geometries only. At most `limit` features.
QList<Feature> atlasFeatures(const Layer &layer, const VectorDataProvider &provider, const LayoutRenderContext &context,
                             bool needAttributes, qint64 limit)
{
    QList<Feature> out;
    if (!context.atlasFeature)
        return out;
    const AtlasFeature &af = *context.atlasFeature;
    if (layer.id() == af.layerId) {
        if (auto f = provider.feature(af.fid))
            out.append(*f);
        return out;
    }
    const Geometry g = atlasGeometryIn(layer.crs(), context);
    const Extent box = g.boundingBox();
    if (g.isNull() || box.isNull())
        return out;
    IntersectsTest test(g);
    FeatureRequest request;
    request.filterExtent = box;
    request.noAttributes = !needAttributes;
    (void)provider.forEachFeature(request, [&](Feature &&f) {
        if (test.isValid() ? test.intersects(f.geometry) : f.geometry.boundingBox().intersects(box))
            out.append(std::move(f));
        return limit < 0 || out.size() < limit;
    });
    return out;
}

} // namespace layoutdetail

namespace {

// Map coordinates (project CRS) to millimetres inside a map frame.
struct FrameTransform {
    Extent visible;
    QSizeF sizeMm;
    double k = 0; // mm per map unit

    FrameTransform(const Extent &v, const QSizeF &s)
        : visible(v)
        , sizeMm(s)
        , k(v.width() > 0 ? s.width() / v.width() : 0)
    {
    }
    QPointF toFrame(double x, double y) const { return {(x - visible.xMin()) * k, (visible.yMax() - y) * k}; }
};

QPainterPath geometryPath(const Geometry &g, const FrameTransform &ft)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (g.isNull())
        return path;
    std::vector<double> xy;
    const QByteArray &wkb = g.wkb();
    visitWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size()), xy,
             [&](WkbPart part, const double *c, size_t n) {
                 if (part == WkbPart::Point || n < 2)
                     return;
                 QPolygonF poly;
                 poly.reserve(qsizetype(n));
                 for (size_t i = 0; i < n; ++i) {
                     if (!std::isfinite(c[2 * i]) || !std::isfinite(c[2 * i + 1]))
                         continue;
                     poly.append(ft.toFrame(c[2 * i], c[2 * i + 1]));
                 }
                 if (poly.size() < 2)
                     return;
                 if (part == WkbPart::LineString)
                     path.addPolygon(poly); // open: only stroked
                 else {
                     path.addPolygon(poly);
                     path.closeSubpath();
                 }
             });
    return path;
}

} // namespace

namespace layoutdetail {

QString layerNameOrId(const QString &id, const LayoutRenderContext &context)
{
    if (context.project) {
        if (const Layer *l = context.project->layer(id))
            return l->name();
        const QList<MissingLayer> missing = context.project->missingLayers();
        for (const MissingLayer &m : missing)
            if (m.id == id && !m.name.isEmpty())
                return m.name;
    }
    return id;
}

QString itemLabel(const LayoutItem &item)
{
    return item.name.isEmpty() ? LayoutItem::displayName(item.type()) : item.name;
}

} // namespace layoutdetail

namespace {

bool canceled(const LayoutRenderContext &context)
{
    return context.feedback && context.feedback->isCanceled();
}

QString coverageLayerId(const PrintLayout &layout, const LayoutRenderContext &context)
{
    if (context.atlasFeature)
        return context.atlasFeature->layerId;
    return layout.atlas().enabled ? layout.atlas().coverageLayerId : QString();
}

// The layers a map item draws, top first; warnings for ids not in the project.
QList<Layer *> mapLayers(const PrintLayout &layout, const MapItem &map, const LayoutRenderContext &context,
                         QStringList *warnings, bool *explicitList = nullptr)
{
    QList<Layer *> layers;
    if (!context.project)
        return layers;
    const bool hideCoverage = layout.atlas().hideCoverageLayer && (context.atlasFeature || layout.atlas().enabled);
    const QString coverageId = coverageLayerId(layout, context);
    if (explicitList)
        *explicitList = !map.layerIds.isEmpty();
    if (map.layerIds.isEmpty()) {
        const QList<Layer *> all = context.project->layers();
        for (Layer *l : all)
            if (l && l->isVisible())
                layers.append(l);
    } else {
        for (const QString &id : map.layerIds) {
            Layer *l = context.project->layer(id);
            if (!l) {
                if (warnings)
                    warnings->append(LayoutRenderer::tr("%1: the layer «%2» is missing from the project")
                                         .arg(itemLabel(map), layerNameOrId(id, context)));
                continue;
            }
            layers.append(l);
        }
    }
    if (hideCoverage && !coverageId.isEmpty())
        layers.erase(std::remove_if(layers.begin(), layers.end(), [&](Layer *l) { return l->id() == coverageId; }),
                     layers.end());
    return layers;
}

// ---------------------------------------------------------------------------
// Map grid
// ---------------------------------------------------------------------------

struct GridLine {
    QPolygonF points; // frame mm
    double value = 0;
    bool vertical = false; // x = const (easting / meridian)
};

// Where polyline `pl` crosses the frame edge: 0 left, 1 top, 2 right, 3 bottom.
QList<QPointF> edgeCrossings(const QPolygonF &pl, int edge, const QSizeF &size)
{
    QList<QPointF> out;
    const bool vertEdge = edge == 0 || edge == 2;
    const double c = edge == 0 ? 0 : edge == 1 ? 0 : edge == 2 ? size.width() : size.height();
    for (qsizetype i = 1; i < pl.size(); ++i) {
        const QPointF a = pl[i - 1], b = pl[i];
        const double va = vertEdge ? a.x() : a.y(), vb = vertEdge ? b.x() : b.y();
        if ((va - c) * (vb - c) > 0 || va == vb)
            continue;
        const double t = (c - va) / (vb - va);
        const QPointF p = a + (b - a) * t;
        const double along = vertEdge ? p.y() : p.x();
        const double limit = vertEdge ? size.height() : size.width();
        if (along >= 0 && along <= limit)
            out.append(p);
    }
    return out;
}

void drawGrid(const MapItem &map, const Extent &visible, QPainter *painter, const LayoutRenderContext &context,
              const QColor &haloColor, QStringList &warnings)
{
    const MapGrid &grid = map.grid;
    const QSizeF size = map.rectMm.size();
    const FrameTransform ft(visible, size);
    if (!(ft.k > 0))
        return;
    QList<GridLine> lines;
    QList<QPointF> crosses;
    const Crs crs = projectCrs(context);
    const bool degrees = grid.units == MapGrid::Units::Degrees;
    constexpr int MaxLines = 400;

    if (!degrees) {
        const double interval = grid.interval > 0 ? grid.interval
                                                  : autoGridInterval(std::max(visible.width(), visible.height()));
        if (!(interval > 0))
            return;
        const double x0 = std::ceil(visible.xMin() / interval) * interval;
        const double y0 = std::ceil(visible.yMin() / interval) * interval;
        if ((visible.xMax() - x0) / interval + (visible.yMax() - y0) / interval > MaxLines) {
            warnings.append(LayoutRenderer::tr("%1: the grid interval is too small for the map; grid not drawn")
                                .arg(itemLabel(map)));
            return;
        }
        for (double x = x0; x <= visible.xMax(); x += interval)
            lines.append(GridLine{QPolygonF{ft.toFrame(x, visible.yMin()), ft.toFrame(x, visible.yMax())}, x, true});
        for (double y = y0; y <= visible.yMax(); y += interval)
            lines.append(GridLine{QPolygonF{ft.toFrame(visible.xMin(), y), ft.toFrame(visible.xMax(), y)}, y, false});
        for (double x = x0; x <= visible.xMax(); x += interval)
            for (double y = y0; y <= visible.yMax(); y += interval)
                crosses.append(ft.toFrame(x, y));
    } else {
        const Crs wgs84 = Crs::fromEpsg(4326);
        auto ct = CoordinateTransform::create(wgs84, crs.isValid() ? crs : wgs84,
                                              context.project ? context.project->transformContext() : TransformContext());
        if (!ct) {
            warnings.append(LayoutRenderer::tr("%1: cannot draw the graticule: %2").arg(itemLabel(map), ct.error().message));
            return;
        }
        const Extent ll = ct->transformExtent(visible, CoordinateTransform::Direction::Inverse);
        if (ll.isNull() || !ll.isFinite()) {
            warnings.append(LayoutRenderer::tr("%1: cannot draw the graticule for this extent").arg(itemLabel(map)));
            return;
        }
        const double interval = grid.interval > 0 ? grid.interval : autoGridInterval(std::max(ll.width(), ll.height()));
        if (!(interval > 0))
            return;
        const double lon0 = std::ceil(ll.xMin() / interval) * interval;
        const double lat0 = std::ceil(ll.yMin() / interval) * interval;
        if ((ll.xMax() - lon0) / interval + (ll.yMax() - lat0) / interval > MaxLines) {
            warnings.append(LayoutRenderer::tr("%1: the grid interval is too small for the map; grid not drawn")
                                .arg(itemLabel(map)));
            return;
        }
        constexpr int Steps = 64;
        auto project = [&](std::vector<double> &xs, std::vector<double> &ys) {
            ct->transformInPlace(xs.data(), ys.data(), xs.size());
            QPolygonF poly;
            for (size_t i = 0; i < xs.size(); ++i)
                if (std::isfinite(xs[i]) && std::isfinite(ys[i]) && std::abs(xs[i]) < 1e15 && std::abs(ys[i]) < 1e15)
                    poly.append(ft.toFrame(xs[i], ys[i]));
            return poly;
        };
        for (double lon = lon0; lon <= ll.xMax() + 1e-12; lon += interval) {
            std::vector<double> xs(Steps + 1, lon), ys(Steps + 1);
            for (int i = 0; i <= Steps; ++i)
                ys[size_t(i)] = ll.yMin() + (ll.yMax() - ll.yMin()) * i / Steps;
            QPolygonF poly = project(xs, ys);
            if (poly.size() >= 2)
                lines.append(GridLine{poly, lon, true});
        }
        for (double lat = lat0; lat <= ll.yMax() + 1e-12; lat += interval) {
            std::vector<double> xs(Steps + 1), ys(Steps + 1, lat);
            for (int i = 0; i <= Steps; ++i)
                xs[size_t(i)] = ll.xMin() + (ll.xMax() - ll.xMin()) * i / Steps;
            QPolygonF poly = project(xs, ys);
            if (poly.size() >= 2)
                lines.append(GridLine{poly, lat, false});
        }
        std::vector<double> xs, ys;
        for (double lon = lon0; lon <= ll.xMax() + 1e-12; lon += interval)
            for (double lat = lat0; lat <= ll.yMax() + 1e-12; lat += interval) {
                xs.push_back(lon);
                ys.push_back(lat);
            }
        if (!xs.empty()) {
            ct->transformInPlace(xs.data(), ys.data(), xs.size());
            for (size_t i = 0; i < xs.size(); ++i)
                if (std::isfinite(xs[i]) && std::isfinite(ys[i]))
                    crosses.append(ft.toFrame(xs[i], ys[i]));
        }
    }

    painter->save();
    painter->translate(map.rectMm.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), size), Qt::IntersectClip);
    QPen pen(grid.color, std::max(0.0, grid.lineWidthMm));
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    constexpr double TickMm = 2.0, CrossMm = 1.5;
    switch (grid.style) {
    case MapGrid::Style::Lines:
        for (const GridLine &l : std::as_const(lines))
            painter->drawPolyline(l.points);
        break;
    case MapGrid::Style::Crosses:
        for (const QPointF &p : std::as_const(crosses)) {
            painter->drawLine(p - QPointF(CrossMm, 0), p + QPointF(CrossMm, 0));
            painter->drawLine(p - QPointF(0, CrossMm), p + QPointF(0, CrossMm));
        }
        break;
    case MapGrid::Style::FrameTicks:
        for (const GridLine &l : std::as_const(lines)) {
            for (int edge = 0; edge < 4; ++edge) {
                const QPointF inward = edge == 0 ? QPointF(TickMm, 0) : edge == 1 ? QPointF(0, TickMm)
                                     : edge == 2 ? QPointF(-TickMm, 0) : QPointF(0, -TickMm);
                for (const QPointF &p : edgeCrossings(l.points, edge, size))
                    painter->drawLine(p, p + inward);
            }
        }
        break;
    }

    if (grid.labels) {
        const TextStyle text(painter, QString(), grid.fontSizePt);
        const bool projected = crs.isValid() && !crs.isGeographic();
        QColor halo = haloColor;
        halo.setAlphaF(0.75);
        QColor textColor = grid.color;
        textColor.setAlpha(255);
        int decimals = 0;
        if (!degrees) {
            const double interval = grid.interval > 0 ? grid.interval
                                                      : autoGridInterval(std::max(visible.width(), visible.height()));
            if (interval > 0 && interval < 1)
                decimals = std::min(8, int(std::ceil(-std::log10(interval) - 1e-9)));
        }
        const double pad = 0.6;
        for (const GridLine &l : std::as_const(lines)) {
            QString label;
            if (degrees)
                label = formatDegrees(l.value, !l.vertical);
            else {
                label = Legend::formatNumber(l.value, context.locale, decimals);
                if (projected)
                    label += l.vertical ? u" E"_s : u" N"_s;
            }
            const double w = text.width(label), h = text.height();
            // Meridians/eastings on the bottom edge, parallels/northings on the left edge, inside the frame.
            const QList<QPointF> at = edgeCrossings(l.points, l.vertical ? 3 : 0, size);
            if (at.isEmpty())
                continue;
            const QPointF p = at.first();
            QRectF r = l.vertical ? QRectF(p.x() - w / 2, size.height() - h - pad, w, h)
                                  : QRectF(pad, p.y() - h / 2, w, h);
            if (r.left() < 0 || r.right() > size.width() || r.top() < 0 || r.bottom() > size.height())
                continue; // a label cut by the frame edge reads wrong: drop it
            painter->fillRect(r.adjusted(-0.3, 0, 0.3, 0), halo);
            text.draw(r, Qt::AlignCenter, label, textColor);
        }
    }
    painter->restore();
}

// ---------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------

void renderMap(const PrintLayout &layout, const MapItem &map, QPainter *painter, const LayoutRenderContext &context,
               LayoutRenderResult &result)
{
    const QRectF rect = map.rectMm;
    if (!context.project || rect.width() <= 0 || rect.height() <= 0 || canceled(context))
        return;
    const Extent visible = LayoutRenderer::visibleExtent(map, context);
    if (visible.isNull() || !visible.isFinite() || !(visible.width() > 0) || !(visible.height() > 0)) {
        result.warnings.append(LayoutRenderer::tr("%1: the map has no extent to show").arg(itemLabel(map)));
        return;
    }
    bool explicitList = false;
    const QList<Layer *> layers = mapLayers(layout, map, context, &result.warnings, &explicitList);

    const double dpi = context.dpi > 0 ? context.dpi : 300;
    const double pxPerMm = dpi / 25.4;
    const double widthPx = rect.width() * pxPerMm, heightPx = rect.height() * pxPerMm;
    const int wpx = std::clamp(int(std::ceil(widthPx - 1e-6)), 1, 100000);
    const int hpx = std::clamp(int(std::ceil(heightPx - 1e-6)), 1, 100000);
    const double upp = visible.width() / widthPx;
    // Whole pixels covering the frame, anchored at its top-left corner; the clip cuts the rest.
    const Extent drawn(visible.xMin(), visible.yMax() - hpx * upp, visible.xMin() + wpx * upp, visible.yMax());

    MapSettings settings;
    settings.setExtent(drawn);
    settings.setOutputSize(QSize(wpx, hpx));
    settings.setDpi(dpi);
    settings.setDestinationCrs(context.project->crs());
    settings.setTransformContext(context.project->transformContext());
    settings.setBackgroundColor(Qt::transparent);

    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), rect.size()), Qt::IntersectClip);
    {
        MapRenderJob job(settings, layers,
                         explicitList ? MapRenderJob::LayerFilter::All : MapRenderJob::LayerFilter::VisibleOnly);
        painter->save();
        painter->scale(1 / pxPerMm, 1 / pxPerMm);
        job.renderSynchronously(painter);
        painter->restore();
        const QList<LayerRenderError> errors = job.errors();
        for (const LayerRenderError &e : errors)
            result.warnings.append(LayoutRenderer::tr("%1: layer «%2»: %3").arg(itemLabel(map), e.layerName, e.error.message));
        const QStringList jobWarnings = job.warnings();
        for (const QString &w : jobWarnings)
            if (!result.warnings.contains(w))
                result.warnings.append(w);
    }

    // Atlas: veil the rest of the coverage layer and outline the page's feature.
    if (context.atlasFeature) {
        const QString coverageId = context.atlasFeature->layerId;
        const bool coverageDrawn = std::any_of(layers.begin(), layers.end(), [&](Layer *l) { return l->id() == coverageId; });
        const FrameTransform ft(visible, rect.size());
        const QPainterPath featurePath = geometryPath(context.atlasFeature->projectGeometry, ft);
        if (coverageDrawn && !featurePath.isEmpty()) {
            if (map.dimOthersOpacity > 0) {
                QPainterPath frame;
                frame.addRect(QRectF(QPointF(0, 0), rect.size()));
                const QPainterPath veil = frame.subtracted(featurePath);
                QColor c = layout.page().background;
                c.setAlphaF(float(std::clamp(map.dimOthersOpacity, 0.0, 1.0) * c.alphaF()));
                painter->fillPath(veil, c);
            }
            QPen outline(QColor(40, 40, 40), 0.5);
            outline.setJoinStyle(Qt::RoundJoin);
            painter->strokePath(featurePath, outline);
        }
    }
    painter->restore();

    if (map.grid.enabled)
        drawGrid(map, visible, painter, context, layout.page().background, result.warnings);
}

// One row of a legend.
struct LegendRow {
    enum class Kind { Header, Entry, SingleLayer } kind = Kind::Entry;
    QString text;
    LegendEntry entry;
    double height = 0;
};

void renderLegend(const PrintLayout &layout, const LegendItem &legend, QPainter *painter,
                  const LayoutRenderContext &context, LayoutRenderResult &result)
{
    const QRectF rect = legend.rectMm;
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const MapItem *map = layout.mapItem(legend.mapItemId);
    if (!map && !legend.mapItemId.isEmpty())
        map = layout.mapItem();

    LegendOptions options;
    options.locale = context.locale;
    options.decimals = std::clamp(legend.decimals, 0, 12);

    // Layers, top first.
    QList<Layer *> layers;
    if (map) {
        layers = mapLayers(layout, *map, context, nullptr);
    } else if (context.project) {
        for (Layer *l : context.project->layers())
            if (l->isVisible())
                layers.append(l);
    }
    if (!legend.layerIds.isEmpty()) {
        QList<Layer *> subset;
        for (const QString &id : legend.layerIds) {
            Layer *l = context.project ? context.project->layer(id) : nullptr;
            if (!l) {
                result.warnings.append(LayoutRenderer::tr("%1: the layer «%2» is missing from the project")
                                           .arg(itemLabel(legend), layerNameOrId(id, context)));
                continue;
            }
            subset.append(l);
        }
        layers = subset;
    }
    Extent mapExtent;
    if (map)
        mapExtent = LayoutRenderer::visibleExtent(*map, context);

    const TextStyle titleText(painter, QString(), legend.titleSizePt, true);
    const TextStyle layerText(painter, QString(), legend.layerSizePt, true);
    const TextStyle itemText(painter, QString(), legend.itemSizePt);
    const double symbolH = std::max(itemText.height(), 3.5);
    const double symbolW = symbolH * 1.6;
    const double gap = 1.2; // between a symbol and its label
    // A bivariate grid: a square of about 20 mm, narrower in narrow columns; its
    // y title runs up its left side, its x title under it, the colours' credit last.
    const TextStyle creditText(painter, QString(), legend.itemSizePt * 0.75, false, true);
    const double bivariateColumn = (rect.width() - 4.0 - (std::clamp(legend.columns, 1, 20) - 1) * 3.0)
                                   / std::clamp(legend.columns, 1, 20);
    const double bivariateSide = std::clamp(bivariateColumn - 1.0 - 2 * itemText.height() - 0.6, 5.0, 20.0);

    QList<LegendRow> rows;
    for (Layer *layer : std::as_const(layers)) {
        QList<LegendEntry> entries;
        if (auto *vl = qobject_cast<VectorLayer *>(layer)) {
            const VectorStyle style = vl->style();
            entries = Legend::forVectorStyle(style, vl->geometryKind(), vl->name(), options);
            if (legend.onlyPresentClasses) {
                auto provider = vl->dataProvider();
                if (provider) {
                    QSet<qint64> ids;
                    if (context.atlasFeature) {
                        const QList<Feature> features = atlasFeatures(*vl, *provider, context, false);
                        for (const Feature &f : features)
                            ids.insert(f.id);
                    } else if (!mapExtent.isNull() && context.project) {
                        Extent e = mapExtent;
                        if (vl->crs().isValid() && context.project->crs().isValid() && !(vl->crs() == context.project->crs())) {
                            auto ct = CoordinateTransform::create(context.project->crs(), vl->crs(),
                                                                  context.project->transformContext());
                            e = ct ? ct->transformExtent(mapExtent) : Extent();
                        }
                        if (!e.isNull()) {
                            const QList<qint64> found = provider->featureIdsInExtent(e);
                            ids = QSet<qint64>(found.begin(), found.end());
                        }
                    } else {
                        auto all = provider->featureIds();
                        if (all)
                            ids = QSet<qint64>(all->begin(), all->end());
                    }
                    // A layer with nothing on the page has no place in its legend
                    // (single symbol too); otherwise only the classes that occur.
                    if (ids.isEmpty())
                        entries.clear();
                    else if (style.renderer != RendererType::SingleSymbol)
                        entries = Legend::onlyPresent(entries, style, *provider, ids);
                }
            }
        } else if (auto *rl = qobject_cast<RasterLayer *>(layer)) {
            const RasterStyle style = rl->style();
            double mn = 0, mx = 0;
            auto provider = rl->dataProvider();
            const bool needStats = (style.mode == RasterStyle::Mode::Gray || style.mode == RasterStyle::Mode::Ramp
                                    || style.mode == RasterStyle::Mode::Hillshade)
                                   && !(style.min == style.min && style.max == style.max);
            if (provider && needStats) {
                if (auto stats = provider->statistics(style.band, true)) {
                    mn = stats->min;
                    mx = stats->max;
                }
            }
            QList<QColor> palette;
            if (provider && style.mode == RasterStyle::Mode::Palette)
                palette = provider->band(style.band).colorTable;
            entries = Legend::forRasterStyle(style, rl->name(), mn, mx, options, palette);
        }
        if (entries.isEmpty())
            continue;
        if (entries.size() == 1 && entries.first().kind == LegendEntry::Kind::Symbol
            && entries.first().role == LegendEntry::Single) {
            LegendRow row;
            row.kind = LegendRow::Kind::SingleLayer;
            row.text = layer->name();
            row.entry = entries.first();
            row.height = std::max(symbolH, layerText.height()) + 1.0;
            rows.append(row);
            continue;
        }
        LegendRow header;
        header.kind = LegendRow::Kind::Header;
        header.text = layer->name();
        header.height = layerText.height() + 1.0;
        rows.append(header);
        for (const LegendEntry &e : std::as_const(entries)) {
            LegendRow row;
            row.kind = LegendRow::Kind::Entry;
            row.entry = e;
            row.text = e.kind == LegendEntry::Kind::Gradient ? QString() : e.label;
            row.height = (e.kind == LegendEntry::Kind::Gradient ? symbolH * 4 : symbolH) + 0.8;
            if (e.kind == LegendEntry::Kind::Bivariate) // grid, x title, credit (see below)
                row.height = bivariateSide + 0.6 + itemText.height() + 0.3 + creditText.height() + 1.2;
            rows.append(row);
        }
    }
    if (rows.isEmpty())
        result.warnings.append(LayoutRenderer::tr("%1: the legend has no entries").arg(itemLabel(legend)));

    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    const double pad = 2.0;
    double top = rect.top() + pad;
    const QString title = expandLayoutText(legend.title, textContextFor(layout, context));
    if (!title.isEmpty()) {
        const QSizeF s = titleText.wrappedSize(title, rect.width() - 2 * pad, Qt::TextWordWrap);
        titleText.draw(QRectF(rect.left() + pad, top, rect.width() - 2 * pad, s.height()),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title, Qt::black);
        top += s.height() + 1.5;
    }

    const int columns = std::clamp(legend.columns, 1, 20);
    const double colGap = 3.0;
    const double colWidth = (rect.width() - 2 * pad - (columns - 1) * colGap) / columns;
    double total = 0;
    for (const LegendRow &r : std::as_const(rows))
        total += r.height;
    const double target = total / columns;
    const double bottom = rect.bottom() - pad;
    int column = 0;
    double y = top, used = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const LegendRow &row = rows[i];
        // A new column when this one holds its share (not leaving a header alone at the bottom).
        const bool full = used > 0 && (y + row.height > bottom || (used + row.height / 2 > target && column < columns - 1));
        const bool orphanHeader = row.kind == LegendRow::Kind::Header && used > 0 && i + 1 < rows.size()
                                  && y + row.height + rows[i + 1].height > bottom;
        if ((full || orphanHeader) && column < columns - 1) {
            ++column;
            y = top;
            used = 0;
        }
        const double x = rect.left() + pad + column * (colWidth + colGap);
        switch (row.kind) {
        case LegendRow::Kind::Header:
            layerText.draw(QRectF(x, y, colWidth, row.height), Qt::AlignLeft | Qt::AlignVCenter, row.text, Qt::black);
            break;
        case LegendRow::Kind::SingleLayer: {
            const QRectF sym(x, y + (row.height - symbolH) / 2, symbolW, symbolH);
            Legend::drawSymbol(painter, sym, row.entry, 1.0);
            layerText.draw(QRectF(x + symbolW + gap, y, colWidth - symbolW - gap, row.height),
                           Qt::AlignLeft | Qt::AlignVCenter, row.text, Qt::black);
            break;
        }
        case LegendRow::Kind::Entry:
            if (row.entry.kind == LegendEntry::Kind::Bivariate) {
                const double th = itemText.height();
                // A y title longer than the grid's side takes two lines.
                const QString yTitle = Legend::axisTitle(row.entry.yLabel);
                const int yLines = itemText.width(yTitle) > bivariateSide ? 2 : 1;
                const QRectF grid(x + 1.0 + yLines * th + 0.6, y + 0.4, bivariateSide, bivariateSide);
                Legend::drawSymbol(painter, grid, row.entry, 1.0);
                // Titles longer than their side are cut with an ellipsis.
                auto fit = [&](const TextStyle &style, QString text, double width) -> QString {
                    if (style.width(text) <= width)
                        return text;
                    while (text.size() > 1 && style.width(text + u"…"_s) > width)
                        text.chop(1);
                    return QString(text + u"…"_s);
                };
                const double xWidth = x + colWidth - grid.left();
                itemText.draw(QRectF(grid.left(), grid.bottom() + 0.6, xWidth, th), Qt::AlignLeft | Qt::AlignTop,
                              fit(itemText, Legend::axisTitle(row.entry.xLabel), xWidth), Qt::black);
                painter->save();
                painter->translate(x + 1.0, grid.bottom());
                painter->rotate(-90); // reads upwards along the grid's left side
                if (yLines == 1 || itemText.wrappedSize(yTitle, bivariateSide, Qt::TextWordWrap).height() > 2.5 * th)
                    itemText.draw(QRectF(0, 0, bivariateSide, yLines * th), Qt::AlignLeft | Qt::AlignBottom,
                                  fit(itemText, yTitle, bivariateSide), Qt::black);
                else
                    itemText.draw(QRectF(0, 0, bivariateSide, 2 * th), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                                  yTitle, Qt::black);
                painter->restore();
                const double creditTop = grid.bottom() + 0.6 + th + 0.3;
                creditText.draw(QRectF(x + 1.0, creditTop, colWidth - 1.0, creditText.height()),
                                Qt::AlignLeft | Qt::AlignTop,
                                fit(creditText, row.entry.attribution, colWidth - 1.0), QColor(0x55, 0x55, 0x55));
            } else if (row.entry.kind == LegendEntry::Kind::Gradient) {
                const QRectF bar(x, y + 0.4, symbolW * 0.7, row.height - 0.8);
                Legend::drawSymbol(painter, bar, row.entry, 1.0);
                const double th = itemText.height();
                const double lx = x + bar.width() + gap, lw = colWidth - bar.width() - gap;
                itemText.draw(QRectF(lx, bar.top(), lw, th), Qt::AlignLeft | Qt::AlignTop,
                              Legend::formatNumber(row.entry.max, context.locale, options.decimals), Qt::black);
                itemText.draw(QRectF(lx, bar.bottom() - th, lw, th), Qt::AlignLeft | Qt::AlignBottom,
                              Legend::formatNumber(row.entry.min, context.locale, options.decimals), Qt::black);
            } else {
                const QRectF sym(x + 1.0, y + (row.height - symbolH) / 2, symbolW, symbolH);
                Legend::drawSymbol(painter, sym, row.entry, 1.0);
                itemText.draw(QRectF(sym.right() + gap, y, colWidth - symbolW - gap - 1.0, row.height),
                              Qt::AlignLeft | Qt::AlignVCenter, row.text, Qt::black);
            }
            break;
        }
        y += row.height;
        used += row.height;
    }
    painter->restore();
}

void renderScaleBar(const PrintLayout &layout, const ScaleBarItem &bar, QPainter *painter,
                    const LayoutRenderContext &context, LayoutRenderResult &result)
{
    const QRectF rect = bar.rectMm;
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const MapItem *map = layout.mapItem(bar.mapItemId);
    if (!map && !bar.mapItemId.isEmpty())
        map = layout.mapItem();
    if (!map) {
        result.warnings.append(LayoutRenderer::tr("%1: there is no map to measure").arg(itemLabel(bar)));
        return;
    }
    const double scale = LayoutRenderer::scale(*map, context);
    if (!(scale > 0) || !std::isfinite(scale)) {
        result.warnings.append(LayoutRenderer::tr("%1: the map's scale is unknown").arg(itemLabel(bar)));
        return;
    }
    painter->save();
    painter->setClipRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5), Qt::IntersectClip);
    const TextStyle text(painter, QString(), bar.fontSizePt);
    if (bar.style == ScaleBarItem::Style::Numeric) {
        const QString label = u"1:"_s + Legend::formatNumber(std::round(scale), context.locale, 0);
        text.draw(rect, Qt::AlignCenter, label, bar.color);
        painter->restore();
        return;
    }
    const int segments = std::clamp(bar.segments, 1, 50);
    const double pad = 1.0;
    // Room for half the first label on the left, the last label and the unit on the right.
    const QString unitKm = u"km"_s, unitM = u"m"_s;
    const double unitW = std::max(text.width(unitKm), text.width(unitM)) + 1.0;
    const double available = rect.width() - 2 * pad - unitW - text.width(u"00000"_s) / 2;
    const double segMetres = scaleBarSegmentMetres(available, scale, segments);
    if (!(segMetres > 0)) {
        result.warnings.append(LayoutRenderer::tr("%1: the scale bar is too narrow").arg(itemLabel(bar)));
        painter->restore();
        return;
    }
    const bool km = bar.units == ScaleBarItem::Units::Kilometers
                    || (bar.units == ScaleBarItem::Units::Auto && segMetres >= 1000);
    const double segMm = segMetres / scale * 1000.0;
    const double x0 = rect.left() + pad + text.width(u"0"_s) / 2;
    const double th = text.height();
    const double barTop = rect.top() + th + 0.6;
    const double barH = std::clamp(rect.bottom() - barTop - 0.5, 0.8, 3.0);
    QPen pen(bar.color, 0.2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    QColor white(Qt::white);
    switch (bar.style) {
    case ScaleBarItem::Style::SingleBox:
        for (int i = 0; i < segments; ++i) {
            painter->setBrush(i % 2 == 0 ? bar.color : white);
            painter->drawRect(QRectF(x0 + i * segMm, barTop, segMm, barH));
        }
        break;
    case ScaleBarItem::Style::DoubleBox:
        for (int i = 0; i < segments; ++i) {
            painter->setBrush(i % 2 == 0 ? bar.color : white);
            painter->drawRect(QRectF(x0 + i * segMm, barTop, segMm, barH / 2));
            painter->setBrush(i % 2 == 0 ? white : bar.color);
            painter->drawRect(QRectF(x0 + i * segMm, barTop + barH / 2, segMm, barH / 2));
        }
        break;
    case ScaleBarItem::Style::LineTicks: {
        QPen line(bar.color, 0.3);
        line.setCapStyle(Qt::FlatCap);
        painter->setPen(line);
        const double base = barTop + barH;
        painter->drawLine(QPointF(x0, base), QPointF(x0 + segments * segMm, base));
        for (int i = 0; i <= segments; ++i)
            painter->drawLine(QPointF(x0 + i * segMm, base), QPointF(x0 + i * segMm, barTop));
        break;
    }
    case ScaleBarItem::Style::Numeric:
        break;
    }
    // Labels: 0, the end of each segment, then the unit.
    const double unitFactor = km ? 1000.0 : 1.0;
    const int decimals = [&] {
        const double v = segMetres / unitFactor;
        if (v >= 1 && std::abs(v - std::round(v)) < 1e-9)
            return 0;
        for (int d = 1; d < 6; ++d)
            if (std::abs(v * std::pow(10, d) - std::round(v * std::pow(10, d))) < 1e-6)
                return d;
        return 3;
    }();
    double lastRight = x0;
    for (int i = 0; i <= segments; ++i) {
        const double value = i * segMetres / unitFactor;
        const QString label = i == 0 ? u"0"_s : Legend::formatNumber(value, context.locale, decimals);
        const double w = text.width(label);
        const double cx = x0 + i * segMm;
        text.draw(QRectF(cx - w / 2 - 0.2, rect.top(), w + 0.4, th), Qt::AlignCenter, label, bar.color);
        lastRight = cx + w / 2;
    }
    const QString unit = km ? unitKm : unitM;
    text.draw(QRectF(lastRight + 1.0, rect.top(), text.width(unit) + 0.4, th), Qt::AlignLeft | Qt::AlignVCenter, unit,
              bar.color);
    painter->restore();
}

// A stroked "N" in the box (x, y, w, h).
QPainterPath letterN(const QRectF &box)
{
    QPainterPath n;
    n.moveTo(box.bottomLeft());
    n.lineTo(box.topLeft());
    n.lineTo(box.bottomRight());
    n.lineTo(box.topRight());
    return n;
}

void renderNorthArrow(const NorthArrowItem &arrow, QPainter *painter)
{
    const QRectF rect = arrow.rectMm;
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    // Designed in a 100 x 140 (arrow) or 100 x 130 (compass) box.
    const bool compass = arrow.style == NorthArrowItem::Style::Compass;
    const QSizeF design = compass ? QSizeF(100, 130) : QSizeF(60, 140);
    const double k = std::min(rect.width() / design.width(), rect.height() / design.height());
    const QPointF origin = rect.center() - QPointF(design.width() * k / 2, design.height() * k / 2);
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->translate(origin);
    painter->scale(k, k);
    const QColor c = arrow.color;
    QPen outline(c, 2.0);
    outline.setJoinStyle(Qt::MiterJoin);
    QPen letterPen(c, 6.0);
    letterPen.setJoinStyle(Qt::MiterJoin);
    letterPen.setCapStyle(Qt::FlatCap);
    if (!compass) {
        // The N on top, then the arrow: left half filled, right half outlined.
        painter->setPen(letterPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(letterN(QRectF(15, 3, 30, 34)));
        QPainterPath left, right;
        left.moveTo(30, 45);
        left.lineTo(4, 137);
        left.lineTo(30, 118);
        left.closeSubpath();
        right.moveTo(30, 45);
        right.lineTo(56, 137);
        right.lineTo(30, 118);
        right.closeSubpath();
        painter->setPen(outline);
        painter->setBrush(Qt::white);
        painter->drawPath(right);
        painter->setBrush(c);
        painter->drawPath(left);
    } else {
        const QPointF centre(50, 80);
        const double r = 48, w = 11;
        painter->setPen(QPen(c, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(centre, r * 0.62, r * 0.62);
        // Four points, each split into a filled and an empty half.
        for (int q = 0; q < 4; ++q) {
            painter->save();
            painter->translate(centre);
            painter->rotate(90.0 * q);
            const double len = q == 0 ? r : r * 0.78;
            QPainterPath a, b;
            a.moveTo(0, -len);
            a.lineTo(-w, 0);
            a.lineTo(0, 0);
            a.closeSubpath();
            b.moveTo(0, -len);
            b.lineTo(w, 0);
            b.lineTo(0, 0);
            b.closeSubpath();
            painter->setPen(outline);
            painter->setBrush(c);
            painter->drawPath(a);
            painter->setBrush(Qt::white);
            painter->drawPath(b);
            painter->restore();
        }
        painter->setPen(letterPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(letterN(QRectF(37, 2, 26, 26)));
    }
    painter->restore();
}

} // namespace

namespace layoutdetail {

LayoutTextContext textContextFor(const PrintLayout &layout, const LayoutRenderContext &context)
{
    LayoutTextContext tc;
    tc.page = context.page;
    tc.pageCount = context.pageCount;
    tc.projectTitle = context.project ? context.project->title() : QString();
    tc.layoutName = layout.name();
    tc.locale = context.locale;
    tc.now = context.now;
    if (context.atlasFeature) {
        tc.atlasPageName = context.atlasFeature->pageName;
        tc.fieldNames = context.atlasFeature->fields.names();
        tc.fieldValues = context.atlasFeature->attributes;
    }
    if (const MapItem *first = layout.mapItem())
        tc.scale = LayoutRenderer::scale(*first, context);
    return tc;
}

} // namespace layoutdetail

namespace {

void renderLabel(const PrintLayout &layout, const LabelItem &label, QPainter *painter, const LayoutRenderContext &context)
{
    const QRectF rect = label.rectMm;
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const QString text = expandLayoutText(label.text, textContextFor(layout, context));
    const TextStyle style(painter, label.fontFamily, label.fontSizePt, label.bold, label.italic);
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    const double pad = label.frame ? std::max(0.5, label.frameWidthMm) : 0.0;
    Qt::Alignment align = label.alignment;
    if (!(align & Qt::AlignHorizontal_Mask))
        align |= Qt::AlignLeft;
    if (!(align & Qt::AlignVertical_Mask))
        align |= Qt::AlignTop;
    style.draw(rect.adjusted(pad, pad, -pad, -pad), int(align) | Qt::TextWordWrap, text, label.color);
    painter->restore();
}

QRectF fitted(const QRectF &rect, QSizeF natural, bool keepAspect)
{
    if (!keepAspect || natural.isEmpty())
        return rect;
    natural.scale(rect.size(), Qt::KeepAspectRatio);
    QRectF r(QPointF(0, 0), natural);
    r.moveCenter(rect.center());
    return r;
}

void renderPicture(const PictureItem &picture, QPainter *painter, const LayoutRenderContext &context,
                   LayoutRenderResult &result)
{
    const QRectF rect = picture.rectMm;
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const QString fileName = QFileInfo(picture.path).fileName();
    auto fail = [&](const QString &why) {
        result.warnings.append(LayoutRenderer::tr("%1: cannot show the picture %2: %3")
                                   .arg(itemLabel(picture), picture.path.isEmpty() ? fileName : picture.path, why));
        drawPlaceholder(painter, rect);
    };
    if (picture.path.isEmpty()) {
        fail(LayoutRenderer::tr("no file chosen"));
        return;
    }
    if (!QFileInfo::exists(picture.path)) {
        fail(LayoutRenderer::tr("the file does not exist"));
        return;
    }
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    if (picture.path.endsWith(u".svg"_s, Qt::CaseInsensitive) || picture.path.endsWith(u".svgz"_s, Qt::CaseInsensitive)) {
        QSvgRenderer svg(picture.path);
        if (!svg.isValid()) {
            painter->restore();
            fail(LayoutRenderer::tr("not a valid SVG file"));
            return;
        }
        QSizeF natural = svg.viewBoxF().size();
        if (natural.isEmpty())
            natural = svg.defaultSize();
        svg.render(painter, fitted(rect, natural, picture.keepAspectRatio));
        painter->restore();
        return;
    }
    QImageReader reader(picture.path);
    reader.setAutoTransform(true);
    const QSize natural = reader.size();
    const QRectF target = fitted(rect, natural.isValid() ? QSizeF(natural) : rect.size(), picture.keepAspectRatio);
    // No more pixels than the output resolution needs (keeps PDFs small).
    const double pxPerMm = (context.dpi > 0 ? context.dpi : 300) / 25.4;
    const QSize needed(std::max(1, int(std::ceil(target.width() * pxPerMm))), std::max(1, int(std::ceil(target.height() * pxPerMm))));
    if (natural.isValid() && (natural.width() > 2 * needed.width() || natural.height() > 2 * needed.height()))
        reader.setScaledSize(natural.scaled(needed * 2, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        const QString why = reader.errorString();
        painter->restore();
        fail(why);
        return;
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter->drawImage(target, image);
    painter->restore();
}

QString formatCell(const QVariant &v, const QLocale &locale)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return Legend::formatNumber(double(v.toLongLong()), locale, 0);
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return {};
        // Shortest exact digits, grouped like the legend ("1.234.567,25").
        const QString shortest = QString::number(d, 'f', QLocale::FloatingPointShortest);
        const qsizetype dot = shortest.indexOf(u'.');
        return Legend::formatNumber(d, locale, dot < 0 ? 0 : int(std::min<qsizetype>(shortest.size() - dot - 1, 6)));
    }
    case QMetaType::QDate:
        return locale.toString(v.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return locale.toString(v.toDateTime(), QLocale::ShortFormat);
    case QMetaType::QTime:
        return locale.toString(v.toTime(), QLocale::ShortFormat);
    case QMetaType::Bool:
        return v.toBool() ? LayoutRenderer::tr("yes") : LayoutRenderer::tr("no");
    default:
        return v.toString();
    }
}

int compareValues(const QVariant &a, const QVariant &b)
{
    const bool an = !a.isValid() || a.isNull(), bn = !b.isValid() || b.isNull();
    if (an || bn)
        return an == bn ? 0 : (an ? 1 : -1); // NULLs last
    bool okA = false, okB = false;
    const double da = a.toDouble(&okA), db = b.toDouble(&okB);
    const bool numeric = okA && okB && a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString;
    if (numeric)
        return da < db ? -1 : (da > db ? 1 : 0);
    return QString::localeAwareCompare(a.toString(), b.toString());
}

void renderAttributeTable(const AttributeTableItem &table, QPainter *painter, const LayoutRenderContext &context,
                          LayoutRenderResult &result)
{
    const QRectF rect = table.rectMm;
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    auto *layer = context.project ? qobject_cast<VectorLayer *>(context.project->layer(table.layerId)) : nullptr;
    if (!layer) {
        if (context.project && context.project->layer(table.layerId))
            result.warnings.append(LayoutRenderer::tr("%1: the layer «%2» has no attribute table")
                                       .arg(itemLabel(table), layerNameOrId(table.layerId, context)));
        else
            result.warnings.append(LayoutRenderer::tr("%1: the layer «%2» is missing from the project")
                                       .arg(itemLabel(table), layerNameOrId(table.layerId, context)));
        drawPlaceholder(painter, rect);
        return;
    }
    auto provider = layer->dataProvider();
    if (!provider)
        return;
    const Fields fields = provider->fields();
    QList<int> columns;
    if (table.fields.isEmpty()) {
        for (int i = 0; i < fields.size(); ++i)
            columns.append(i);
    } else {
        for (const QString &name : table.fields) {
            const int i = fields.indexOf(name);
            if (i < 0)
                result.warnings.append(LayoutRenderer::tr("%1: the layer «%2» has no field «%3»")
                                           .arg(itemLabel(table), layer->name(), name));
            else
                columns.append(i);
        }
    }
    const int sortIndex = table.sortField.isEmpty() ? -1 : fields.indexOf(table.sortField);
    if (!table.sortField.isEmpty() && sortIndex < 0)
        result.warnings.append(LayoutRenderer::tr("%1: the layer «%2» has no field «%3»")
                                   .arg(itemLabel(table), layer->name(), table.sortField));
    const int maxRows = std::clamp(table.maxRows, 0, 10000);
    constexpr qint64 ReadLimit = 200000;
    const qint64 limit = sortIndex >= 0 ? ReadLimit : maxRows;

    QList<Feature> features;
    if (context.atlasFeature && table.filterToAtlasFeature) {
        features = atlasFeatures(*layer, *provider, context, true, limit);
    } else {
        FeatureRequest request;
        request.noGeometry = true;
        (void)provider->forEachFeature(request, [&](Feature &&f) {
            features.append(std::move(f));
            return features.size() < limit;
        });
    }
    if (sortIndex >= 0) {
        std::stable_sort(features.begin(), features.end(), [&](const Feature &a, const Feature &b) {
            const int c = compareValues(a.attributes.value(sortIndex), b.attributes.value(sortIndex));
            return table.ascending ? c < 0 : c > 0;
        });
    }
    if (features.size() > maxRows)
        features.resize(maxRows);

    const TextStyle header(painter, QString(), table.headerSizePt, true);
    const TextStyle body(painter, QString(), table.fontSizePt);
    QStringList headers;
    for (int c : std::as_const(columns))
        headers.append(fields.at(c).name);
    QList<QStringList> cells;
    for (const Feature &f : std::as_const(features)) {
        QStringList row;
        for (int c : std::as_const(columns))
            row.append(formatCell(f.attributes.value(c), context.locale));
        cells.append(row);
    }
    // Column widths: the widest text of each column, then scaled to the frame.
    const double cellPad = 0.8;
    QList<double> widths;
    double totalWidth = 0;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        double w = header.width(headers[c]);
        for (const QStringList &row : std::as_const(cells))
            w = std::max(w, body.width(row[c]));
        w = std::min(w, 80.0) + 2 * cellPad;
        widths.append(w);
        totalWidth += w;
    }
    if (totalWidth > 0) {
        const double k = rect.width() / totalWidth;
        for (double &w : widths)
            w *= k;
    }
    QList<bool> numeric;
    for (int c : std::as_const(columns)) {
        const FieldType t = fields.at(c).type;
        numeric.append(t == FieldType::Integer || t == FieldType::Integer64 || t == FieldType::Real);
    }

    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    const double headerH = header.height() + 2 * cellPad * 0.6;
    const double rowH = body.height() + 2 * cellPad * 0.6;
    QPen gridPen(QColor(90, 90, 90), 0.1);
    painter->setPen(gridPen);
    double y = rect.top();
    auto drawRow = [&](const QStringList &texts, const TextStyle &style, double h, bool isHeader) {
        double x = rect.left();
        if (isHeader)
            painter->fillRect(QRectF(rect.left(), y, rect.width(), h), QColor(230, 230, 230));
        for (qsizetype c = 0; c < texts.size(); ++c) {
            const QRectF cell(x, y, widths[c], h);
            const int align = (!isHeader && numeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            painter->save();
            painter->setClipRect(cell, Qt::IntersectClip);
            style.draw(cell.adjusted(cellPad, 0, -cellPad, 0), align, texts[c], Qt::black);
            painter->restore();
            x += widths[c];
        }
        painter->setPen(gridPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawLine(QPointF(rect.left(), y + h), QPointF(rect.right(), y + h));
        y += h;
    };
    if (y + headerH <= rect.bottom() + 1e-9)
        drawRow(headers, header, headerH, true);
    int drawnRows = 0;
    for (const QStringList &row : std::as_const(cells)) {
        if (y + rowH > rect.bottom() + 1e-9)
            break; // rows that do not fit are cut
        drawRow(row, body, rowH, false);
        ++drawnRows;
    }
    // An empty table says so (a district without hospitals), instead of a bare header.
    if (cells.isEmpty() && y + rowH <= rect.bottom() + 1e-9) {
        body.draw(QRectF(rect.left() + cellPad, y, rect.width() - 2 * cellPad, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                  context.atlasFeature && table.filterToAtlasFeature ? LayoutRenderer::tr("None on this page.")
                                                                     : LayoutRenderer::tr("No features."),
                  QColor(90, 90, 90));
        painter->setPen(gridPen);
        painter->drawLine(QPointF(rect.left(), y + rowH), QPointF(rect.right(), y + rowH));
        painter->drawLine(QPointF(rect.left(), y), QPointF(rect.left(), y + rowH));
        painter->drawLine(QPointF(rect.right(), y), QPointF(rect.right(), y + rowH));
    }
    // Vertical lines and the top border over the rows drawn.
    painter->setPen(gridPen);
    double x = rect.left();
    painter->drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.right(), rect.top()));
    for (qsizetype c = 0; c <= widths.size(); ++c) {
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, y));
        if (c < widths.size())
            x += widths[c];
    }
    painter->restore();
    if (drawnRows < cells.size())
        result.warnings.append(LayoutRenderer::tr("%1: %2 of %3 rows do not fit the frame")
                                   .arg(itemLabel(table))
                                   .arg(cells.size() - drawnRows)
                                   .arg(cells.size()));
}

} // namespace

// ---------------------------------------------------------------------------
// LayoutRenderer
// ---------------------------------------------------------------------------

LayoutRenderResult LayoutRenderer::render(const PrintLayout &layout, QPainter *painter, const LayoutRenderContext &context)
{
    LayoutRenderResult result;
    if (!painter || !painter->isActive())
        return result;
    const QSizeF size = layout.page().sizeMm();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->fillRect(QRectF(QPointF(0, 0), size), layout.page().background);
    for (int i = 0; i < layout.itemCount(); ++i) {
        if (canceled(context)) {
            result.canceled = true;
            break;
        }
        const LayoutItem *item = layout.itemAt(i);
        if (item && item->visible)
            renderItem(layout, *item, painter, context, result);
    }
    if (canceled(context))
        result.canceled = true;
    painter->restore();
    return result;
}

void LayoutRenderer::renderItem(const PrintLayout &layout, const LayoutItem &item, QPainter *painter,
                                const LayoutRenderContext &context, LayoutRenderResult &result)
{
    if (!painter)
        return;
    const QRectF rect = item.rectMm;
    if (!rect.isValid() || !std::isfinite(rect.x()) || !std::isfinite(rect.y()) || !std::isfinite(rect.width())
        || !std::isfinite(rect.height()))
        return;
    painter->save();
    if (item.background.alpha() > 0)
        painter->fillRect(rect, item.background);
    switch (item.type()) {
    case LayoutItemType::Map:
        renderMap(layout, static_cast<const MapItem &>(item), painter, context, result);
        break;
    case LayoutItemType::Legend:
        renderLegend(layout, static_cast<const LegendItem &>(item), painter, context, result);
        break;
    case LayoutItemType::ScaleBar:
        renderScaleBar(layout, static_cast<const ScaleBarItem &>(item), painter, context, result);
        break;
    case LayoutItemType::NorthArrow:
        renderNorthArrow(static_cast<const NorthArrowItem &>(item), painter);
        break;
    case LayoutItemType::Label:
        renderLabel(layout, static_cast<const LabelItem &>(item), painter, context);
        break;
    case LayoutItemType::Picture:
        renderPicture(static_cast<const PictureItem &>(item), painter, context, result);
        break;
    case LayoutItemType::AttributeTable:
        renderAttributeTable(static_cast<const AttributeTableItem &>(item), painter, context, result);
        break;
    case LayoutItemType::Chart:
        ChartRenderer::render(layout, static_cast<const ChartItem &>(item), painter, context, result);
        break;
    }
    if (item.frame && item.frameWidthMm > 0) {
        QPen pen(item.frameColor, item.frameWidthMm);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect);
    }
    painter->restore();
}

Extent LayoutRenderer::visibleExtent(const MapItem &map, const LayoutRenderContext &context)
{
    const QSizeF frame = map.rectMm.size();
    const Crs crs = projectCrs(context);
    Extent base = map.extent;
    if (base.isNull() || !base.isFinite()) {
        base = Extent();
        if (context.project) {
            base = context.project->viewExtent();
            if (base.isNull() || !base.isFinite())
                base = context.project->fullExtent();
        }
    }
    bool followed = false;
    if (context.atlasFeature && map.followAtlas) {
        const Extent box = context.atlasFeature->projectGeometry.boundingBox();
        if (!box.isNull() && box.isFinite()) {
            followed = true;
            if (map.fixedScale > 0) {
                base = Extent::fromPoint(box.center().x(), box.center().y());
            } else {
                const double m = std::max(0.0, map.atlasMarginPercent) / 100.0;
                const double mx = box.width() * m, my = box.height() * m;
                base = Extent(box.xMin() - mx, box.yMin() - my, box.xMax() + mx, box.yMax() + my);
                if (base.width() <= 0 && base.height() <= 0) {
                    // A point (or all features at one place): a kilometre around it.
                    const double half = 500.0 / metresPerMapUnit(crs, box.center().y());
                    base = base.buffered(half);
                }
            }
        }
    }
    if (base.isNull() || !base.isFinite())
        return Extent();
    if (map.fixedScale > 0 && frame.width() > 0 && frame.height() > 0) {
        const QPointF c = base.center();
        const double mpu = metresPerMapUnit(crs, c.y());
        const double w = frame.width() / 1000.0 * map.fixedScale / mpu;
        const double h = frame.height() / 1000.0 * map.fixedScale / mpu;
        return Extent(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2);
    }
    Q_UNUSED(followed);
    if (base.width() <= 0 && base.height() <= 0) {
        const double half = 500.0 / metresPerMapUnit(crs, base.center().y());
        base = base.buffered(half);
    }
    if (frame.width() > 0 && frame.height() > 0)
        base = base.withAspectRatio(frame.width() / frame.height());
    return base;
}

double LayoutRenderer::scale(const MapItem &map, const LayoutRenderContext &context)
{
    const double frameWidthMm = map.rectMm.width();
    if (!(frameWidthMm > 0))
        return 0;
    const Extent v = visibleExtent(map, context);
    if (v.isNull() || !(v.width() > 0))
        return 0;
    const double mpu = metresPerMapUnit(projectCrs(context), v.center().y());
    return v.width() * mpu / (frameWidthMm / 1000.0);
}

QImage LayoutRenderer::renderToImage(const PrintLayout &layout, const LayoutRenderContext &context, double dpi,
                                     LayoutRenderResult *result)
{
    if (!(dpi > 0) || !std::isfinite(dpi))
        dpi = 96;
    const QSizeF size = layout.page().sizeMm();
    const double dpmm = dpi / 25.4;
    const int w = std::clamp(int(std::lround(size.width() * dpmm)), 1, 30000);
    const int h = std::clamp(int(std::lround(size.height() * dpmm)), 1, 30000);
    QImage image(w, h, QImage::Format_ARGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(double(w) / size.width(), double(h) / size.height());
    LayoutRenderContext ctx = context;
    ctx.dpi = dpi;
    LayoutRenderResult r = render(layout, &painter, ctx);
    painter.end();
    if (result)
        *result = r;
    return image;
}

} // namespace territoria
