#include "render/snapping.h"

#include "data/vectorlayer.h"
#include "geometry/wkbreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SnappingIndex", text);
}

struct VertexEntry {
    double x, y;
    qint64 fid;
    int layer;
    VertexId id;
};

struct SegmentEntry {
    double x1, y1, x2, y2;
    qint64 fid;
    int layer;
    VertexId after; // the segment's end vertex
};

// A compressed uniform grid: items of cell c are items[start[c] .. start[c+1]).
struct Cells {
    std::vector<quint32> start;
    std::vector<quint32> items;
};

} // namespace

struct SnappingIndex::Private {
    struct LayerRef {
        QPointer<VectorLayer> layer;
        const VectorLayer *raw = nullptr;
    };
    std::vector<LayerRef> layers;
    std::vector<VertexEntry> vertices;
    std::vector<SegmentEntry> segments;

    // Grid over the bounding box of everything stored.
    double x0 = 0, y0 = 0, cell = 1;
    int nx = 0, ny = 0;
    Cells vertexCells, segmentCells;

    int col(double x) const { return std::clamp(static_cast<int>(std::floor((x - x0) / cell)), 0, nx - 1); }
    int row(double y) const { return std::clamp(static_cast<int>(std::floor((y - y0) / cell)), 0, ny - 1); }

    void buildGrid();
    // Calls f(cellIndex) for the cells a segment passes through.
    template<class F>
    void forSegmentCells(const SegmentEntry &s, F &&f) const;
};

template<class F>
void SnappingIndex::Private::forSegmentCells(const SegmentEntry &s, F &&f) const
{
    const double xa = std::min(s.x1, s.x2), xb = std::max(s.x1, s.x2);
    const int i0 = col(xa), i1 = col(xb);
    const double dx = s.x2 - s.x1;
    for (int i = i0; i <= i1; ++i) {
        double ylo, yhi;
        if (i0 == i1 || dx == 0) {
            ylo = std::min(s.y1, s.y2);
            yhi = std::max(s.y1, s.y2);
        } else {
            // The part of the segment inside this column.
            const double cx0 = std::max(xa, x0 + i * cell), cx1 = std::min(xb, x0 + (i + 1) * cell);
            const double ya = s.y1 + (cx0 - s.x1) / dx * (s.y2 - s.y1);
            const double yb = s.y1 + (cx1 - s.x1) / dx * (s.y2 - s.y1);
            ylo = std::min(ya, yb);
            yhi = std::max(ya, yb);
        }
        const int j0 = row(ylo), j1 = row(yhi);
        for (int j = j0; j <= j1; ++j)
            f(j * nx + i);
    }
}

void SnappingIndex::Private::buildGrid()
{
    vertexCells = {};
    segmentCells = {};
    double xmin = std::numeric_limits<double>::infinity(), ymin = xmin;
    double xmax = -xmin, ymax = -xmin;
    for (const VertexEntry &v : vertices) {
        xmin = std::min(xmin, v.x);
        xmax = std::max(xmax, v.x);
        ymin = std::min(ymin, v.y);
        ymax = std::max(ymax, v.y);
    }
    for (const SegmentEntry &s : segments) {
        xmin = std::min({xmin, s.x1, s.x2});
        xmax = std::max({xmax, s.x1, s.x2});
        ymin = std::min({ymin, s.y1, s.y2});
        ymax = std::max({ymax, s.y1, s.y2});
    }
    if (!(xmin <= xmax && ymin <= ymax)) {
        nx = ny = 0;
        return;
    }
    const double w = xmax - xmin, h = ymax - ymin;
    // About two items per cell, at most 2048 x 2048 cells.
    const double target = std::max<double>(1.0, static_cast<double>(vertices.size() + segments.size()) / 2.0);
    double size = std::sqrt(std::max(w * h, 0.0) / target);
    if (!(size > 0))
        size = std::max({w, h}) / target;
    if (!(size > 0))
        size = 1.0;
    size = std::max({size, w / 2048.0, h / 2048.0});
    cell = size;
    x0 = xmin;
    y0 = ymin;
    nx = std::clamp(static_cast<int>(std::floor(w / size)) + 1, 1, 2048);
    ny = std::clamp(static_cast<int>(std::floor(h / size)) + 1, 1, 2048);
    const size_t cells = static_cast<size_t>(nx) * static_cast<size_t>(ny);

    // Vertices: counting sort by cell.
    vertexCells.start.assign(cells + 1, 0);
    std::vector<quint32> vertexCell(vertices.size());
    for (size_t k = 0; k < vertices.size(); ++k) {
        vertexCell[k] = static_cast<quint32>(row(vertices[k].y) * nx + col(vertices[k].x));
        ++vertexCells.start[vertexCell[k] + 1];
    }
    for (size_t c = 0; c < cells; ++c)
        vertexCells.start[c + 1] += vertexCells.start[c];
    vertexCells.items.resize(vertices.size());
    {
        std::vector<quint32> fill(vertexCells.start.begin(), vertexCells.start.end() - 1);
        for (size_t k = 0; k < vertices.size(); ++k)
            vertexCells.items[fill[vertexCell[k]]++] = static_cast<quint32>(k);
    }

    // Segments: in every cell they pass through.
    segmentCells.start.assign(cells + 1, 0);
    for (const SegmentEntry &s : segments)
        forSegmentCells(s, [&](int c) { ++segmentCells.start[static_cast<size_t>(c) + 1]; });
    for (size_t c = 0; c < cells; ++c)
        segmentCells.start[c + 1] += segmentCells.start[c];
    segmentCells.items.resize(segmentCells.start[cells]);
    {
        std::vector<quint32> fill(segmentCells.start.begin(), segmentCells.start.end() - 1);
        for (size_t k = 0; k < segments.size(); ++k)
            forSegmentCells(segments[k], [&](int c) { segmentCells.items[fill[static_cast<size_t>(c)]++] = static_cast<quint32>(k); });
    }
}

void SnappingIndex::setLayers(const QList<SnapLayerSetting> &layers)
{
    m_layers = layers;
}

Result<void> SnappingIndex::prepare(const Extent &extent, const Crs &destinationCrs, const TransformContext &context)
{
    auto p = std::make_shared<Private>();
    QStringList failures;
    QString detail;
    std::vector<double> xy, xs, ys;
    for (const SnapLayerSetting &setting : std::as_const(m_layers)) {
        VectorLayer *layer = setting.layer.data();
        if (!layer || setting.type == SnapType::None)
            continue;
        const bool wantVertices = setting.type == SnapType::Vertex || setting.type == SnapType::VertexAndSegment;
        const bool wantSegments = setting.type == SnapType::Segment || setting.type == SnapType::VertexAndSegment;
        const auto provider = layer->dataProvider();
        if (!provider)
            continue;

        CoordinateTransform ct;
        const Crs layerCrs = layer->crs();
        const bool identity = !layerCrs.isValid() || !destinationCrs.isValid() || layerCrs == destinationCrs;
        if (!identity) {
            auto created = CoordinateTransform::create(layerCrs, destinationCrs, context);
            if (!created) {
                failures.append(layer->name());
                detail = created.error().toString();
                continue;
            }
            ct = std::move(*created);
        }

        FeatureRequest request;
        request.noAttributes = true;
        if (!extent.isNull()) {
            Extent filter = identity ? extent : ct.transformExtent(extent, CoordinateTransform::Direction::Inverse);
            if (!filter.isNull() && filter.isFinite())
                request.filterExtent = filter;
        }

        const int layerIndex = static_cast<int>(p->layers.size());
        p->layers.push_back({setting.layer, layer});
        auto read = provider->forEachFeature(request, [&](Feature &&f) {
            if (f.geometry.isNull())
                return true;
            int part = -1, ring = 0;
            visitWkb(f.geometry.wkb(), xy, [&](WkbPart kind, const double *c, size_t n) {
                if (kind == WkbPart::InnerRing) {
                    ++ring;
                } else {
                    ++part;
                    ring = 0;
                }
                xs.resize(n);
                ys.resize(n);
                for (size_t i = 0; i < n; ++i) {
                    xs[i] = c[2 * i];
                    ys[i] = c[2 * i + 1];
                }
                if (!identity)
                    ct.transformInPlace(xs.data(), ys.data(), n);
                const bool isRing = kind == WkbPart::OuterRing || kind == WkbPart::InnerRing;
                // The closing vertex of a ring is its first one.
                const size_t vertexCount = (isRing && n > 1 && c[0] == c[2 * (n - 1)] && c[1] == c[2 * (n - 1) + 1])
                    ? n - 1 : n;
                auto ok = [&](size_t i) { return std::isfinite(xs[i]) && std::isfinite(ys[i]); };
                if (wantVertices)
                    for (size_t i = 0; i < vertexCount; ++i)
                        if (ok(i))
                            p->vertices.push_back({xs[i], ys[i], f.id, layerIndex,
                                                   VertexId{part, ring, static_cast<int>(i)}});
                if (wantSegments && kind != WkbPart::Point)
                    for (size_t i = 1; i < n; ++i)
                        if (ok(i - 1) && ok(i))
                            p->segments.push_back({xs[i - 1], ys[i - 1], xs[i], ys[i], f.id, layerIndex,
                                                   VertexId{part, ring, static_cast<int>(i)}});
            });
            return true;
        });
        if (!read) {
            failures.append(layer->name());
            detail = read.error().toString();
        }
    }
    p->buildGrid();
    d = std::move(p);
    if (!failures.isEmpty())
        return fail(tr("Snapping cannot read the layer(s) %1.").arg(failures.join(u", "_s)), failures.first(), detail);
    return {};
}

SnapMatch SnappingIndex::snap(const QPointF &point, double tolerance,
                              const QList<QPair<const VectorLayer *, qint64>> &exclude) const
{
    SnapMatch match;
    if (!d || d->nx == 0 || !(tolerance >= 0) || !std::isfinite(point.x()) || !std::isfinite(point.y()))
        return match;
    const Private &p = *d;
    const double px = point.x(), py = point.y();
    // Outside the grid by more than the tolerance: nothing can match.
    if (px + tolerance < p.x0 || py + tolerance < p.y0 || px - tolerance > p.x0 + p.nx * p.cell
        || py - tolerance > p.y0 + p.ny * p.cell)
        return match;
    const int i0 = p.col(px - tolerance), i1 = p.col(px + tolerance);
    const int j0 = p.row(py - tolerance), j1 = p.row(py + tolerance);
    auto excluded = [&](int layer, qint64 fid) {
        if (exclude.isEmpty())
            return false;
        const VectorLayer *raw = p.layers[static_cast<size_t>(layer)].raw;
        for (const auto &e : exclude)
            if (e.first == raw && e.second == fid)
                return true;
        return false;
    };
    const double tol2 = tolerance * tolerance;

    double best = std::numeric_limits<double>::infinity();
    const VertexEntry *bestVertex = nullptr;
    for (int j = j0; j <= j1; ++j)
        for (int i = i0; i <= i1; ++i) {
            const size_t c = static_cast<size_t>(j) * static_cast<size_t>(p.nx) + static_cast<size_t>(i);
            for (quint32 k = p.vertexCells.start[c]; k < p.vertexCells.start[c + 1]; ++k) {
                const VertexEntry &v = p.vertices[p.vertexCells.items[k]];
                const double dx = v.x - px, dy = v.y - py;
                const double d2 = dx * dx + dy * dy;
                if (d2 <= tol2 && d2 < best && !excluded(v.layer, v.fid)) {
                    best = d2;
                    bestVertex = &v;
                }
            }
        }
    if (bestVertex) {
        match.type = SnapType::Vertex;
        match.point = QPointF(bestVertex->x, bestVertex->y);
        match.distance = std::sqrt(best);
        match.layer = p.layers[static_cast<size_t>(bestVertex->layer)].layer;
        match.fid = bestVertex->fid;
        match.vertex = bestVertex->id;
        return match;
    }

    const SegmentEntry *bestSegment = nullptr;
    QPointF bestPoint;
    for (int j = j0; j <= j1; ++j)
        for (int i = i0; i <= i1; ++i) {
            const size_t c = static_cast<size_t>(j) * static_cast<size_t>(p.nx) + static_cast<size_t>(i);
            for (quint32 k = p.segmentCells.start[c]; k < p.segmentCells.start[c + 1]; ++k) {
                const SegmentEntry &s = p.segments[p.segmentCells.items[k]];
                const double dx = s.x2 - s.x1, dy = s.y2 - s.y1;
                const double len2 = dx * dx + dy * dy;
                double t = len2 > 0 ? ((px - s.x1) * dx + (py - s.y1) * dy) / len2 : 0.0;
                t = std::clamp(t, 0.0, 1.0);
                const double qx = s.x1 + t * dx, qy = s.y1 + t * dy;
                const double d2 = (qx - px) * (qx - px) + (qy - py) * (qy - py);
                if (d2 <= tol2 && d2 < best && !excluded(s.layer, s.fid)) {
                    best = d2;
                    bestSegment = &s;
                    bestPoint = QPointF(qx, qy);
                }
            }
        }
    if (bestSegment) {
        match.type = SnapType::Segment;
        match.point = bestPoint;
        match.distance = std::sqrt(best);
        match.layer = p.layers[static_cast<size_t>(bestSegment->layer)].layer;
        match.fid = bestSegment->fid;
        match.vertex = bestSegment->after;
    }
    return match;
}

} // namespace territoria
