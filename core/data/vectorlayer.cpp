#include "data/vectorlayer.h"

#include "data/datasetpool.h"
#include "data/vectorlayer_p.h"
#include "data/gdalutil.h"
#include "data/srsutil.h"
#include "geometry/wkbreader.h"
#include "task/feedback.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogr_spatialref.h>
#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


bool isValidUtf8(const char *s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s);
    while (*p) {
        const unsigned char c = *p;
        int extra;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        ++p;
        for (int i = 0; i < extra; ++i, ++p)
            if ((*p & 0xC0) != 0x80)
                return false;
    }
    return true;
}

FieldType mapFieldType(OGRFieldType type, OGRFieldSubType subType)
{
    switch (type) {
    case OFTInteger:
        return subType == OFSTBoolean ? FieldType::Boolean : FieldType::Integer;
    case OFTInteger64:
        return subType == OFSTBoolean ? FieldType::Boolean : FieldType::Integer64;
    case OFTReal:
        return FieldType::Real;
    case OFTString:
    case OFTWideString:
        return FieldType::String;
    case OFTDate:
        return FieldType::Date;
    case OFTTime:
        return FieldType::Time;
    case OFTDateTime:
        return FieldType::DateTime;
    case OFTBinary:
        return FieldType::Binary;
    case OFTIntegerList:
    case OFTInteger64List:
    case OFTRealList:
    case OFTStringList:
    case OFTWideStringList:
        return FieldType::List;
    }
    return FieldType::Unknown;
}

GeometryKind kindFromOgrType(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbNone:
        return GeometryKind::Null;
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
    case wkbCurve:
        return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
    case wkbSurface:
    case wkbPolyhedralSurface:
    case wkbTIN:
    case wkbTriangle:
        return GeometryKind::Polygon;
    default:
        return GeometryKind::Mixed; // Unknown, GeometryCollection
    }
}



} // namespace


namespace {

// Resets a leased layer's filters when leaving scope (so the pooled dataset is clean).
struct LayerGuard {
    OGRLayer *layer;
    ~LayerGuard()
    {
        if (layer)
            VectorDataProvider::Private::resetLayer(layer);
    }
};


// Column names of a delimited text file's first line (lowercase, unquoted).
QStringList csvHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray line = f.readLine(65536);
    if (line.startsWith("\xEF\xBB\xBF"))
        line = line.mid(3);
    QStringList out;
    for (const QByteArray &part : line.trimmed().split(line.contains('\t') ? '\t' : (line.contains(';') && !line.contains(',') ? ';' : ',')))
        out.append(QString::fromUtf8(part).trimmed().remove(u'"').toLower());
    return out;
}

bool isTextTable(const QString &suffix)
{
    return suffix == u"csv"_s || suffix == u"txt"_s || suffix == u"tsv"_s;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// VectorDataProvider

QString VectorDataProvider::source() const { return d->path; }
QString VectorDataProvider::layerName() const { return d->layerName; }
QString VectorDataProvider::driverName() const { return d->driverName; }
QString VectorDataProvider::encoding() const { return d->encoding; }
VectorLayerOptions VectorDataProvider::options() const { return d->options; }
GeometryKind VectorDataProvider::geometryKind() const { return d->kind; }
QString VectorDataProvider::geometryTypeName() const { return d->geomTypeName; }
Crs VectorDataProvider::crs() const { return d->crs; }
bool VectorDataProvider::hasFastSpatialFilter() const { return d->fastSpatialFilter || !d->gpkgRtree.isEmpty(); }

static qint64 sourceFeatureCount(const VectorDataProvider::Private *d)
{
    {
        std::lock_guard lock(d->cacheMutex);
        if (d->count)
            return *d->count;
    }
    qint64 n = -1;
    auto lease = d->pool->acquire();
    if (lease) {
        GdalErrorCollector errors;
        OGRLayer *layer = d->layerOf(lease->get());
        if (layer) {
            LayerGuard guard{layer};
            n = layer->GetFeatureCount(TRUE);
            if (n < 0) {
                // Drivers that cannot count (OSM): iterate without fields nor geometry.
                d->setIgnored(layer, true, true, {});
                layer->ResetReading();
                n = 0;
                while (OGRFeature *f = layer->GetNextFeature()) {
                    OGRFeature::DestroyFeature(f);
                    ++n;
                }
            }
        }
    }
    std::lock_guard lock(d->cacheMutex);
    if (n >= 0)
        d->count = n;
    return n;
}

static Extent sourceExtent(const VectorDataProvider::Private *d)
{
    {
        std::lock_guard lock(d->cacheMutex);
        if (d->extent)
            return *d->extent;
    }
    if (d->geomType == wkbNone)
        return {};
    Extent e;
    bool ok = false;
    auto lease = d->pool->acquire();
    if (!lease)
        return {};
    {
        GdalErrorCollector errors;
        OGRLayer *layer = d->layerOf(lease->get());
        if (!layer)
            return {};
        LayerGuard guard{layer};
        OGREnvelope env;
        // Curved geometries: the stored extent (GeoPackage contents, control points) may not
        // hold the arcs; compute it from the geometries, whose envelopes follow the arcs.
        const bool curved = OGR_GT_IsNonLinear(d->geomType);
        if (!curved && layer->GetExtent(&env, TRUE) == OGRERR_NONE) {
            e = Extent(env.MinX, env.MinY, env.MaxX, env.MaxY);
            ok = true;
        } else {
            // Compute from the geometries.
            d->setIgnored(layer, false, true, {});
            layer->ResetReading();
            while (OGRFeature *f = layer->GetNextFeature()) {
                if (OGRGeometry *g = f->GetGeometryRef(); g && !g->IsEmpty()) {
                    g->getEnvelope(&env);
                    e.combine(Extent(env.MinX, env.MinY, env.MaxX, env.MaxY));
                }
                OGRFeature::DestroyFeature(f);
            }
            ok = true;
        }
    }
    std::lock_guard lock(d->cacheMutex);
    if (ok)
        d->extent = e;
    return e;
}

static Result<Feature> sourceFeature(const VectorDataProvider::Private *d, qint64 fid)
{
    auto lease = d->pool->acquire();
    if (!lease)
        return std::unexpected(lease.error());
    GdalErrorCollector errors;
    OGRLayer *layer = d->layerOf(lease->get());
    if (!layer)
        return fail(QCoreApplication::translate("VectorLayer", "Layer “%1” not found in “%2”").arg(d->layerName, QFileInfo(d->path).fileName()), d->path);
    // No filters are set here (every other call clears its own before returning the lease), and
    // the read cursor is left where GetFeature() put it: drivers without random access (CSV)
    // then continue from there when the next row is asked for (an attribute table scrolling).
    layer->SetIgnoredFields(nullptr);
    OGRFeatureUniquePtr f(layer->GetFeature(fid));
    if (!f)
        return fail(QCoreApplication::translate("VectorLayer", "Feature %1 not found in “%2”").arg(fid).arg(QFileInfo(d->path).fileName()), d->path,
                    errors.messages().join(u'\n'));
    return d->toFeature(f.get(), true, true, nullptr);
}

namespace {

// Geometry-only reading through OGR's Arrow stream (GeoPackage's fast path in GDAL >= 3.6):
// WKB straight from the file, no OGRFeature/OGRGeometry per feature. Returns std::nullopt when
// the stream is not usable (the caller then reads feature by feature); nothing has been
// visited in that case.
std::optional<Result<qint64>> forEachArrow(OGRLayer *layer, const QString &path, const FeatureRequest &request,
                                           const std::function<bool(Feature &&)> &visitor, Feedback *feedback)
{
    ArrowArrayStream stream;
    const QByteArray batch = "MAX_FEATURES_IN_BATCH="
        + QByteArray::number(request.limit > 0 ? std::min<qint64>(request.limit, 8192) : 8192);
    const char *options[] = {"INCLUDE_FID=YES", batch.constData(), nullptr};
    if (!layer->GetArrowStream(&stream, options))
        return std::nullopt;
    struct StreamGuard {
        ArrowArrayStream *s;
        ~StreamGuard()
        {
            if (s->release)
                s->release(s);
        }
    } streamGuard{&stream};
    ArrowSchema schema;
    if (stream.get_schema(&stream, &schema) != 0)
        return std::nullopt;
    const char *fidColumn = layer->GetFIDColumn();
    const QByteArray fidName = (fidColumn && *fidColumn) ? QByteArray(fidColumn) : QByteArray("OGC_FID");
    const char *geomColumn = layer->GetGeometryColumn();
    const QByteArray geomName = (geomColumn && *geomColumn) ? QByteArray(geomColumn) : QByteArray("wkb_geometry");
    int fidIndex = -1, geomIndex = -1;
    bool largeBinary = false;
    for (int64_t i = 0; i < schema.n_children; ++i) {
        const ArrowSchema *c = schema.children[i];
        const QByteArray name(c->name ? c->name : "");
        const QByteArray format(c->format ? c->format : "");
        if (format == "l" && name == fidName && fidIndex < 0)
            fidIndex = static_cast<int>(i);
        else if ((format == "z" || format == "Z") && name == geomName && geomIndex < 0) {
            geomIndex = static_cast<int>(i);
            largeBinary = format == "Z";
        }
    }
    schema.release(&schema);
    if (fidIndex < 0 || geomIndex < 0)
        return std::nullopt;

    qint64 visited = 0;
    while (true) {
        if (feedback && feedback->isCanceled())
            return Result<qint64>(fail(QCoreApplication::translate("VectorLayer", "Reading “%1” was canceled").arg(QFileInfo(path).fileName()), path));
        ArrowArray array;
        if (stream.get_next(&stream, &array) != 0) {
            const char *err = stream.get_last_error ? stream.get_last_error(&stream) : nullptr;
            return Result<qint64>(fail(QCoreApplication::translate("VectorLayer", "Cannot read the features of “%1”").arg(QFileInfo(path).fileName()),
                                       path, QString::fromUtf8(err ? err : "")));
        }
        if (!array.release)
            break; // end of stream
        struct ArrayGuard {
            ArrowArray *a;
            ~ArrayGuard() { a->release(a); }
        } arrayGuard{&array};
        const ArrowArray *fids = array.children[fidIndex];
        const ArrowArray *geoms = array.children[geomIndex];
        const auto *fidValues = static_cast<const int64_t *>(fids->buffers[1]);
        const auto *validity = static_cast<const uint8_t *>(geoms->buffers[0]);
        const auto *data = static_cast<const char *>(geoms->buffers[2]);
        for (int64_t i = 0; i < array.length; ++i) {
            if (request.limit >= 0 && visited >= request.limit)
                return Result<qint64>(visited);
            const int64_t fi = array.offset + fids->offset + i;
            const int64_t gi = array.offset + geoms->offset + i;
            Feature f;
            f.id = fidValues[fi];
            const bool isNull = validity && !((validity[gi >> 3] >> (gi & 7)) & 1);
            if (!isNull) {
                int64_t begin, end;
                if (largeBinary) {
                    begin = static_cast<const int64_t *>(geoms->buffers[1])[gi];
                    end = static_cast<const int64_t *>(geoms->buffers[1])[gi + 1];
                } else {
                    begin = static_cast<const int32_t *>(geoms->buffers[1])[gi];
                    end = static_cast<const int32_t *>(geoms->buffers[1])[gi + 1];
                }
                if (end > begin)
                    f.geometry = Geometry::fromWkb(QByteArray(data + begin, static_cast<qsizetype>(end - begin)));
            }
            ++visited;
            if (!visitor(std::move(f)))
                return Result<qint64>(visited);
        }
    }
    return Result<qint64>(visited);
}

} // namespace

static Result<qint64> sourceForEachFeature(const VectorDataProvider::Private *d, const FeatureRequest &request,
                                           const std::function<bool(Feature &&)> &visitor, Feedback *feedback)
{
    auto lease = d->pool->acquire();
    if (!lease)
        return std::unexpected(lease.error());
    GdalErrorCollector errors;
    OGRLayer *layer = d->layerOf(lease->get());
    if (!layer)
        return fail(QCoreApplication::translate("VectorLayer", "Layer “%1” not found in “%2”").arg(d->layerName, QFileInfo(d->path).fileName()), d->path);
    LayerGuard guard{layer};
    const bool withGeometry = !request.noGeometry;
    const bool withAttributes = !request.noAttributes;
    if (d->geomType != wkbNone && !request.filterExtent.isNull()) {
        const Extent &e = request.filterExtent;
        layer->SetSpatialFilterRect(e.xMin(), e.yMin(), e.xMax(), e.yMax());
    }
    // Geometry can't be ignored while a spatial filter needs it.
    const bool ignoreGeometry = !withGeometry && request.filterExtent.isNull();
    d->setIgnored(layer, ignoreGeometry, !withAttributes, withAttributes ? request.attributes : QList<int>());
    layer->ResetReading();
    // Rendering reads geometries only: stream them when the format can do it fast (GeoPackage).
    // Curved types need linearizing, so they take the feature-by-feature path.
    if (withGeometry && !withAttributes && d->fastArrow) {
        if (auto r = forEachArrow(layer, d->path, request, visitor, feedback))
            return *r;
        layer->ResetReading();
    }
    qint64 visited = 0;
    const QList<int> *subset = request.attributes.isEmpty() ? nullptr : &request.attributes;
    while (true) {
        if (request.limit >= 0 && visited >= request.limit)
            break;
        if (feedback && (visited & 2047) == 0 && feedback->isCanceled())
            return fail(QCoreApplication::translate("VectorLayer", "Reading “%1” was canceled").arg(QFileInfo(d->path).fileName()), d->path);
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        if (!f)
            break;
        ++visited;
        if (!visitor(d->toFeature(f.get(), withGeometry, withAttributes, subset)))
            break;
    }
    return visited;
}

static QList<qint64> sourceFeatureIdsInExtent(const VectorDataProvider::Private *d, const Extent &extent)
{
    QList<qint64> out;
    if (extent.isNull() || d->geomType == wkbNone)
        return out;
    if (!d->gpkgRtree.isEmpty()) {
        auto lease = d->pool->acquire();
        if (lease) {
            GdalErrorCollector errors;
            const QString sql = u"SELECT id FROM \"%1\" WHERE maxx >= %2 AND minx <= %3 AND maxy >= %4 AND miny <= %5"_s
                                    .arg(QString(d->gpkgRtree).replace(u'"', u"\"\""_s))
                                    .arg(extent.xMin(), 0, 'g', 17)
                                    .arg(extent.xMax(), 0, 'g', 17)
                                    .arg(extent.yMin(), 0, 'g', 17)
                                    .arg(extent.yMax(), 0, 'g', 17);
            OGRLayer *rs = lease->get()->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
            if (rs) {
                while (OGRFeature *f = rs->GetNextFeature()) {
                    out.append(f->GetFieldAsInteger64(0));
                    OGRFeature::DestroyFeature(f);
                }
                lease->get()->ReleaseResultSet(rs);
                std::sort(out.begin(), out.end());
                return out;
            }
        }
    }
    if (d->fastSpatialFilter) {
        auto lease = d->pool->acquire();
        if (lease) {
            GdalErrorCollector errors;
            if (OGRLayer *layer = d->layerOf(lease->get())) {
                LayerGuard guard{layer};
                layer->SetSpatialFilterRect(extent.xMin(), extent.yMin(), extent.xMax(), extent.yMax());
                d->setIgnored(layer, false, true, {});
                layer->ResetReading();
                while (OGRFeature *f = layer->GetNextFeature()) {
                    out.append(f->GetFID());
                    OGRFeature::DestroyFeature(f);
                }
                std::sort(out.begin(), out.end());
                return out;
            }
        }
    }
    std::shared_ptr<const detail::StrTree> tree;
    {
        std::lock_guard lock(d->treeMutex);
        if (!d->tree) {
            std::vector<detail::StrTree::Item> items;
            auto lease = d->pool->acquire();
            if (lease) {
                GdalErrorCollector errors;
                if (OGRLayer *layer = d->layerOf(lease->get())) {
                    LayerGuard guard{layer};
                    d->setIgnored(layer, false, true, {});
                    layer->ResetReading();
                    OGREnvelope env;
                    while (OGRFeature *f = layer->GetNextFeature()) {
                        if (OGRGeometry *g = f->GetGeometryRef(); g && !g->IsEmpty()) {
                            g->getEnvelope(&env);
                            items.push_back({env.MinX, env.MinY, env.MaxX, env.MaxY, f->GetFID()});
                        }
                        OGRFeature::DestroyFeature(f);
                    }
                }
            }
            d->tree = std::make_shared<const detail::StrTree>(std::move(items));
        }
        tree = d->tree;
    }
    tree->query(extent, out);
    std::sort(out.begin(), out.end());
    return out;
}

static Result<QList<qint64>> sourceFeatureIds(const VectorDataProvider::Private *d, Feedback *feedback)
{
    auto lease = d->pool->acquire();
    if (!lease)
        return std::unexpected(lease.error());
    GdalErrorCollector errors;
    OGRLayer *layer = d->layerOf(lease->get());
    if (!layer)
        return fail(QCoreApplication::translate("VectorLayer", "Layer “%1” not found in “%2”").arg(d->layerName, QFileInfo(d->path).fileName()), d->path);
    LayerGuard guard{layer};
    d->setIgnored(layer, true, true, {});
    layer->ResetReading();
    QList<qint64> ids;
    qint64 n = 0;
    while (OGRFeature *f = layer->GetNextFeature()) {
        ids.append(f->GetFID());
        OGRFeature::DestroyFeature(f);
        if (feedback && (++n & 4095) == 0 && feedback->isCanceled())
            return fail(QCoreApplication::translate("VectorLayer", "Reading “%1” was canceled").arg(QFileInfo(d->path).fileName()), d->path);
    }
    return ids;
}


// ---------------------------------------------------------------------------------------------
// The edit buffer laid over the source

struct VectorDataProvider::Merged {
    Fields fields;
    QList<int> sourceIndex;          // per merged field: the source field index, or -1 (added field)
    QHash<QString, int> indexByName; // merged field name -> merged index
    std::mutex mutex;
    std::optional<Extent> extent;
};

VectorDataProvider::VectorDataProvider(std::shared_ptr<Private> dd, std::shared_ptr<const VectorEdits> edits)
    : d(std::move(dd))
    , m_edits(edits ? std::move(edits) : std::make_shared<const VectorEdits>())
{
    if (m_edits->isEmpty())
        return;
    auto m = std::make_shared<Merged>();
    const QSet<QString> deletedFields(m_edits->deletedFields.cbegin(), m_edits->deletedFields.cend());
    for (qsizetype i = 0; i < d->fields.size(); ++i) {
        if (deletedFields.contains(d->fields[i].name))
            continue;
        m->fields.append(d->fields[i]);
        m->sourceIndex.append(static_cast<int>(i));
    }
    for (const Field &f : m_edits->addedFields) {
        m->fields.append(f);
        m->sourceIndex.append(-1);
    }
    for (qsizetype i = 0; i < m->fields.size(); ++i)
        if (!m->indexByName.contains(m->fields[i].name))
            m->indexByName.insert(m->fields[i].name, static_cast<int>(i));
    m_merged = std::move(m);
}

VectorDataProvider::~VectorDataProvider() = default;

const VectorEdits &VectorDataProvider::edits() const { return *m_edits; }

std::shared_ptr<const VectorDataProvider> VectorDataProvider::withEdits(VectorEdits edits) const
{
    return std::shared_ptr<const VectorDataProvider>(
        new VectorDataProvider(d, std::make_shared<const VectorEdits>(std::move(edits))));
}

std::shared_ptr<const VectorDataProvider> VectorDataProvider::sourceProvider() const
{
    return std::shared_ptr<const VectorDataProvider>(new VectorDataProvider(d));
}

Fields VectorDataProvider::fields() const
{
    return m_merged ? m_merged->fields : d->fields;
}

Feature VectorDataProvider::mergedFeature(Feature &&src, bool withAttributes, const QList<int> *subset) const
{
    Feature out;
    out.id = src.id;
    out.geometry = std::move(src.geometry);
    if (auto g = m_edits->changedGeometries.constFind(out.id); g != m_edits->changedGeometries.cend())
        out.geometry = *g;
    if (!withAttributes)
        return out;
    const Merged &m = *m_merged;
    const qsizetype n = m.fields.size();
    out.attributes.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (subset && !subset->contains(static_cast<int>(i)))
            continue;
        const int si = m.sourceIndex[i];
        if (si >= 0 && si < src.attributes.size())
            out.attributes[i] = std::move(src.attributes[si]);
    }
    if (auto c = m_edits->changedAttributes.constFind(out.id); c != m_edits->changedAttributes.cend()) {
        for (auto it = c->cbegin(); it != c->cend(); ++it) {
            const int idx = m.indexByName.value(it.key(), -1);
            if (idx >= 0 && (!subset || subset->contains(idx)))
                out.attributes[idx] = it.value();
        }
    }
    return out;
}

Feature VectorDataProvider::addedFeature(qint64 fid, const VectorEdits::NewFeature &added, bool withGeometry,
                                         bool withAttributes, const QList<int> *subset) const
{
    Feature out;
    out.id = fid;
    if (withGeometry)
        out.geometry = added.geometry;
    if (!withAttributes)
        return out;
    const Merged &m = *m_merged;
    out.attributes.resize(m.fields.size());
    for (auto it = added.attributes.cbegin(); it != added.attributes.cend(); ++it) {
        const int idx = m.indexByName.value(it.key(), -1);
        if (idx >= 0 && (!subset || subset->contains(idx)))
            out.attributes[idx] = it.value();
    }
    return out;
}

namespace {
// Added features in the order they were added (-1, -2, ...).
template<class F>
void forEachAdded(const VectorEdits &e, F &&f)
{
    for (auto it = e.added.cend(); it != e.added.cbegin();) {
        --it;
        if (!f(it.key(), it.value()))
            return;
    }
}

QList<qint64> sortedKeys(const QHash<qint64, Geometry> &h)
{
    QList<qint64> keys = h.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}
} // namespace

qint64 VectorDataProvider::featureCount() const
{
    const qint64 n = sourceFeatureCount(d.get());
    if (!m_merged || n < 0)
        return n;
    return n - m_edits->deleted.size() + m_edits->added.size();
}

Extent VectorDataProvider::extent() const
{
    if (!m_merged)
        return sourceExtent(d.get());
    {
        std::lock_guard lock(m_merged->mutex);
        if (m_merged->extent)
            return *m_merged->extent;
    }
    const VectorEdits &e = *m_edits;
    const Extent src = sourceExtent(d.get());
    // When no deleted or moved feature touched the border of the source's extent, the
    // extent is the source's grown by the new geometries; otherwise read everything.
    bool scan = false;
    QSet<qint64> removed = e.deleted;
    for (auto it = e.changedGeometries.cbegin(); it != e.changedGeometries.cend(); ++it)
        removed.insert(it.key());
    if (removed.size() > 2000) {
        scan = true;
    } else {
        for (qint64 fid : std::as_const(removed)) {
            auto f = sourceFeature(d.get(), fid);
            if (!f || f->geometry.isNull())
                continue;
            const Extent bb = f->geometry.boundingBox();
            if (bb.isNull())
                continue;
            if (bb.xMin() <= src.xMin() || bb.yMin() <= src.yMin() || bb.xMax() >= src.xMax() || bb.yMax() >= src.yMax()) {
                scan = true;
                break;
            }
        }
    }
    Extent out;
    if (scan) {
        FeatureRequest r;
        r.noAttributes = true;
        auto n = forEachFeature(r, [&](Feature &&f) {
            const Extent bb = f.geometry.boundingBox();
            if (!bb.isNull())
                out.combine(bb);
            return true;
        });
        if (!n)
            return src;
    } else {
        out = src;
        for (auto it = e.changedGeometries.cbegin(); it != e.changedGeometries.cend(); ++it) {
            if (e.deleted.contains(it.key()))
                continue;
            const Extent bb = it.value().boundingBox();
            if (!bb.isNull())
                out.combine(bb);
        }
        for (const auto &a : e.added) {
            const Extent bb = a.geometry.boundingBox();
            if (!bb.isNull())
                out.combine(bb);
        }
    }
    std::lock_guard lock(m_merged->mutex);
    m_merged->extent = out;
    return out;
}

Result<Feature> VectorDataProvider::feature(qint64 fid) const
{
    if (!m_merged)
        return sourceFeature(d.get(), fid);
    const auto notFound = [&] {
        return fail(QCoreApplication::translate("VectorLayer", "Feature %1 not found in “%2”")
                        .arg(fid)
                        .arg(QFileInfo(d->path).fileName()),
                    d->path);
    };
    if (fid < 0) {
        auto it = m_edits->added.constFind(fid);
        if (it == m_edits->added.cend())
            return notFound();
        return addedFeature(fid, *it, true, true, nullptr);
    }
    if (m_edits->deleted.contains(fid))
        return notFound();
    auto f = sourceFeature(d.get(), fid);
    if (!f)
        return f;
    return mergedFeature(std::move(*f), true, nullptr);
}

Result<qint64> VectorDataProvider::forEachFeature(const FeatureRequest &request,
                                                  const std::function<bool(Feature &&)> &visitor,
                                                  Feedback *feedback) const
{
    if (!m_merged)
        return sourceForEachFeature(d.get(), request, visitor, feedback);
    const VectorEdits &e = *m_edits;
    const Merged &m = *m_merged;
    const bool spatial = !request.filterExtent.isNull();
    const bool withGeometry = !request.noGeometry;
    const bool withAttributes = !request.noAttributes;
    const QList<int> *subset = request.attributes.isEmpty() ? nullptr : &request.attributes;

    FeatureRequest src = request;
    src.limit = -1;
    src.attributes.clear();
    if (withAttributes && subset) {
        for (int i : request.attributes)
            if (i >= 0 && i < m.sourceIndex.size() && m.sourceIndex[i] >= 0)
                src.attributes.append(m.sourceIndex[i]);
        if (src.attributes.isEmpty())
            src.noAttributes = true; // only added fields asked for
    }
    // Changed geometries are needed even when the caller wants none (to test the filter).
    qint64 visited = 0;
    bool stop = false;
    const auto deliver = [&](Feature &&f) {
        if (request.limit >= 0 && visited >= request.limit) {
            stop = true;
            return false;
        }
        ++visited;
        if (!visitor(std::move(f))) {
            stop = true;
            return false;
        }
        return true;
    };
    const auto matches = [&](const Geometry &g) {
        if (!spatial)
            return true;
        if (g.isNull())
            return false;
        const Extent bb = g.boundingBox();
        return !bb.isNull() && bb.intersects(request.filterExtent) && (bb.isEmpty() || g.intersects(request.filterExtent));
    };
    if (request.limit != 0) {
        auto r = sourceForEachFeature(
            d.get(), src,
            [&](Feature &&f) {
                if (e.deleted.contains(f.id))
                    return true;
                if (spatial && e.changedGeometries.contains(f.id))
                    return true; // visited below, at its new place
                Feature out = mergedFeature(std::move(f), withAttributes, subset);
                if (!withGeometry)
                    out.geometry = Geometry();
                return deliver(std::move(out));
            },
            feedback);
        if (!r)
            return std::unexpected(r.error());
    } else {
        stop = true;
    }
    if (!stop && spatial) {
        for (qint64 fid : sortedKeys(e.changedGeometries)) {
            if (e.deleted.contains(fid) || !matches(e.changedGeometries.value(fid)))
                continue;
            auto f = sourceFeature(d.get(), fid);
            if (!f)
                continue;
            Feature out = mergedFeature(std::move(*f), withAttributes, subset);
            if (!withGeometry)
                out.geometry = Geometry();
            if (!deliver(std::move(out)))
                break;
        }
    }
    if (!stop) {
        forEachAdded(e, [&](qint64 fid, const VectorEdits::NewFeature &a) {
            if (feedback && feedback->isCanceled())
                return false;
            if (!matches(a.geometry))
                return true;
            return deliver(addedFeature(fid, a, withGeometry, withAttributes, subset));
        });
    }
    if (feedback && feedback->isCanceled())
        return fail(QCoreApplication::translate("VectorLayer", "Reading “%1” was canceled").arg(QFileInfo(d->path).fileName()), d->path);
    return visited;
}

QList<qint64> VectorDataProvider::featureIdsInExtent(const Extent &extent) const
{
    if (!m_merged)
        return sourceFeatureIdsInExtent(d.get(), extent);
    QList<qint64> out;
    if (extent.isNull())
        return out;
    const VectorEdits &e = *m_edits;
    if (d->geomType != wkbNone) {
        for (qint64 fid : sourceFeatureIdsInExtent(d.get(), extent))
            if (!e.deleted.contains(fid) && !e.changedGeometries.contains(fid))
                out.append(fid);
    }
    for (auto it = e.changedGeometries.cbegin(); it != e.changedGeometries.cend(); ++it) {
        const Extent bb = it.value().boundingBox();
        if (!e.deleted.contains(it.key()) && !bb.isNull() && bb.intersects(extent))
            out.append(it.key());
    }
    for (auto it = e.added.cbegin(); it != e.added.cend(); ++it) {
        const Extent bb = it.value().geometry.boundingBox();
        if (!bb.isNull() && bb.intersects(extent))
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<QList<qint64>> VectorDataProvider::featureIds(Feedback *feedback) const
{
    auto ids = sourceFeatureIds(d.get(), feedback);
    if (!ids || !m_merged)
        return ids;
    const VectorEdits &e = *m_edits;
    if (!e.deleted.isEmpty())
        ids->removeIf([&](qint64 fid) { return e.deleted.contains(fid); });
    forEachAdded(e, [&](qint64 fid, const VectorEdits::NewFeature &) {
        ids->append(fid);
        return true;
    });
    return ids;
}

// ---------------------------------------------------------------------------------------------
// Opening

namespace {

struct OpenAttempt {
    std::shared_ptr<DatasetPool> pool;
    DatasetPool::Lease lease;
    OGRLayer *layer = nullptr;
    QStringList gdalWarnings;
};

Result<OpenAttempt> tryOpen(const QString &path, const QString &openPath, const QStringList &openOptions,
                            const QStringList &drivers, const QString &layerName)
{
    OpenAttempt a;
    GdalErrorCollector errors;
    a.pool = DatasetPool::create(openPath, GDAL_OF_VECTOR | GDAL_OF_READONLY, openOptions, drivers);
    auto lease = a.pool->acquire();
    if (!lease) {
        Error e = lease.error();
        e.source = path;
        return std::unexpected(e);
    }
    a.lease = std::move(*lease);
    GDALDataset *ds = a.lease.get();
    if (ds->GetLayerCount() == 0)
        return fail(QCoreApplication::translate("VectorLayer", "“%1” has no vector layers").arg(QFileInfo(path).fileName()), path);
    if (!layerName.isEmpty()) {
        a.layer = ds->GetLayerByName(layerName.toUtf8().constData());
        if (!a.layer)
            return fail(QCoreApplication::translate("VectorLayer", "“%1” has no layer named “%2”").arg(QFileInfo(path).fileName(), layerName), path);
    } else {
        a.layer = ds->GetLayer(0);
    }
    for (const QString &m : errors.messages())
        a.gdalWarnings.append(QCoreApplication::translate("VectorLayer", "GDAL, reading “%1”: %2").arg(QFileInfo(path).fileName(), m.section(u": "_s, 1)));
    return a;
}

// True if a sample of the layer's string values is valid UTF-8 (raw bytes).
bool stringsLookUtf8(OGRLayer *layer, int sample = 500)
{
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    std::vector<int> stringFields;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (defn->GetFieldDefn(i)->GetType() == OFTString)
            stringFields.push_back(i);
    bool ok = true;
    // Field names too
    for (int i = 0; i < defn->GetFieldCount() && ok; ++i)
        ok = isValidUtf8(defn->GetFieldDefn(i)->GetNameRef());
    if (!ok || stringFields.empty())
        return ok;
    layer->SetIgnoredFields(nullptr);
    layer->ResetReading();
    int n = 0;
    while (ok && n < sample) {
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        if (!f)
            break;
        ++n;
        for (int i : stringFields)
            if (f->IsFieldSetAndNotNull(i) && !isValidUtf8(f->GetFieldAsString(i))) {
                ok = false;
                break;
            }
    }
    layer->ResetReading();
    return ok;
}

// True when the first features exist but none has a geometry (sampled).
bool noGeometryInSample(OGRLayer *layer, int sample = 200)
{
    layer->ResetReading();
    bool anyFeature = false, anyGeometry = false;
    for (int n = 0; n < sample && !anyGeometry; ++n) {
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        if (!f)
            break;
        anyFeature = true;
        anyGeometry = f->GetGeometryRef() != nullptr;
    }
    layer->ResetReading();
    return anyFeature && !anyGeometry;
}

GeometryKind kindFromSample(OGRLayer *layer, int sample = 200)
{
    layer->SetIgnoredFields(nullptr);
    layer->ResetReading();
    GeometryKind common = GeometryKind::Null;
    for (int n = 0; n < sample; ++n) {
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        if (!f)
            break;
        OGRGeometry *g = f->GetGeometryRef();
        if (!g)
            continue;
        GeometryKind k = kindFromOgrType(g->getGeometryType());
        if (k == GeometryKind::Mixed && wkbFlatten(g->getGeometryType()) == wkbGeometryCollection) {
            const QByteArray wkb = VectorDataProvider::Private::geometryWkb(g);
            k = Geometry::fromWkb(wkb).kind();
        }
        if (common == GeometryKind::Null)
            common = k;
        else if (common != k) {
            common = GeometryKind::Mixed;
            break;
        }
    }
    layer->ResetReading();
    return common == GeometryKind::Null ? GeometryKind::Mixed : common;
}

QStringList mergeOptions(QStringList defaults, const QStringList &user)
{
    // A user option replaces a default with the same key.
    for (const QString &u : user) {
        const QString key = u.section(u'=', 0, 0).trimmed();
        defaults.removeIf([&](const QString &o) { return o.section(u'=', 0, 0).compare(key, Qt::CaseInsensitive) == 0; });
        defaults.append(u);
    }
    return defaults;
}

} // namespace

Result<std::unique_ptr<VectorLayer>> VectorLayer::open(const QString &path, const VectorLayerOptions &options,
                                                       Feedback *feedback)
{
    ensureGdalRegistered();
    const QFileInfo fi(path);
    const QString fileName = fi.fileName().isEmpty() ? path : fi.fileName();
    const bool isLocalPath = !path.startsWith(u"/vsi"_s) && !path.contains(u"://"_s) && !path.contains(u':');
    if (isLocalPath)
        recoverInterruptedSave(path); // a save killed half-way: the whole old or new file set
    if (isLocalPath && !fi.exists())
        return fail(QCoreApplication::translate("VectorLayer", "Cannot open “%1”: the file does not exist").arg(fileName), path);

    auto pd = std::make_unique<VectorDataProvider::Private>();
    pd->path = path;
    pd->options = options;
    pd->openPath = path;
    const QString suffix = fi.suffix().toLower();
    QStringList defaults;
    QStringList drivers;
    const bool textTable = isLocalPath && isTextTable(suffix);
    if (textTable) {
        if (suffix != u"csv"_s)
            pd->openPath = u"CSV:"_s + path;
        drivers = {u"CSV"_s};
        // A WKT column wins over X/Y columns; only then are the source columns dropped
        // (KEEP_GEOM_COLUMNS applies to both kinds, and lon/lat values are worth keeping).
        static const QStringList geomNames = {u"wkt"_s, u"geom"_s, u"geometry"_s, u"the_geom"_s,
                                              u"geometria"_s, u"geometría"_s};
        const QStringList header = csvHeader(path);
        bool hasGeomColumn = false;
        for (const QString &h : header)
            hasGeomColumn |= geomNames.contains(h, Qt::CaseInsensitive);
        if (hasGeomColumn) {
            defaults = {u"GEOM_POSSIBLE_NAMES="_s + geomNames.join(u','), u"KEEP_GEOM_COLUMNS=NO"_s};
        } else {
            defaults = {u"X_POSSIBLE_NAMES=x,lon,long,lng,longitude,longitud,stop_lon,este,easting,coord_x,xcoord,"
                        "x_coord,utm_este,utm_x"_s,
                        u"Y_POSSIBLE_NAMES=y,lat,latitude,latitud,stop_lat,norte,northing,coord_y,ycoord,y_coord,"
                        "utm_norte,utm_y"_s};
        }
        defaults.append(u"AUTODETECT_TYPE=YES"_s);
    }
    const bool isDbfFamily = suffix == u"shp"_s || suffix == u"dbf"_s;
    if (isDbfFamily && !options.encoding.isEmpty())
        defaults.append(u"ENCODING="_s + options.encoding);
    pd->openOptions = mergeOptions(defaults, options.openOptions);
    if (feedback)
        feedback->setProgress(5);

    auto attempt = tryOpen(path, pd->openPath, pd->openOptions, drivers, options.layerName);
    if (!attempt)
        return std::unexpected(attempt.error());
    QStringList warnings = attempt->gdalWarnings;

    auto driverOf = [](const OpenAttempt &a) {
        GDALDriver *drv = a.lease.get()->GetDriver();
        return drv ? QString::fromUtf8(drv->GetDescription()) : QString();
    };
    pd->driverName = driverOf(*attempt);

    // CSV whose X/Y columns are not numbers (e.g. degrees-minutes-seconds): read it as a table.
    if (textTable && wkbFlatten(attempt->layer->GetGeomType()) == wkbPoint && noGeometryInSample(attempt->layer)) {
        QStringList plain = mergeOptions({u"AUTODETECT_TYPE=YES"_s}, options.openOptions);
        auto again = tryOpen(path, pd->openPath, plain, drivers, options.layerName);
        if (again) {
            attempt = std::move(again);
            pd->openOptions = plain;
            warnings.append(QCoreApplication::translate("VectorLayer", "The coordinate columns of “%1” hold no readable numbers; it was opened as a "
                                     "table without geometry").arg(fileName));
        }
    }

    // Encoding.
    if (pd->driverName == u"ESRI Shapefile"_s) {
        const char *enc = attempt->layer->GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE");
        if (enc && *enc)
            pd->encoding = QString::fromUtf8(enc);
        if (options.encoding.isEmpty() && (!enc || !*enc) && !stringsLookUtf8(attempt->layer)) {
            const QString fallback = u"ISO-8859-1"_s;
            QStringList withEnc = mergeOptions(pd->openOptions, {u"ENCODING="_s + fallback});
            auto again = tryOpen(path, pd->openPath, withEnc, drivers, options.layerName);
            if (again) {
                attempt = std::move(again);
                pd->openOptions = withEnc;
                pd->encoding = fallback;
                warnings.append(QCoreApplication::translate("VectorLayer", "“%1” does not declare its text encoding (no .cpg file nor language "
                                         "driver) and is not UTF-8: it was read as %2")
                                    .arg(fileName, fallback));
            }
        }
        if (!options.encoding.isEmpty())
            pd->encoding = options.encoding;
    } else if (!options.encoding.isEmpty()) {
        if (options.encoding.compare(u"UTF-8"_s, Qt::CaseInsensitive) != 0
            && options.encoding.compare(u"UTF8"_s, Qt::CaseInsensitive) != 0)
            pd->recodeFrom = options.encoding.toUtf8();
        pd->encoding = options.encoding;
    } else if (textTable && !stringsLookUtf8(attempt->layer)) {
        pd->recodeFrom = "ISO-8859-1";
        pd->encoding = u"ISO-8859-1"_s;
        warnings.append(QCoreApplication::translate("VectorLayer", "“%1” is not UTF-8 text: it was read as ISO-8859-1").arg(fileName));
    }

    OGRLayer *layer = attempt->layer;
    GDALDataset *ds = attempt->lease.get();
    pd->pool = attempt->pool;
    pd->layerName = QString::fromUtf8(layer->GetName());
    pd->multiLayer = ds->GetLayerCount() > 1;
    for (int i = 0; i < ds->GetLayerCount(); ++i)
        if (ds->GetLayer(i) == layer)
            pd->layerIndex = i;

    // Fields.
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        OGRFieldDefn *fd = defn->GetFieldDefn(i);
        Field f;
        const char *name = fd->GetNameRef();
        f.name = pd->decode(name);
        pd->fieldNamesUtf8.append(QByteArray(name));
        f.type = mapFieldType(fd->GetType(), fd->GetSubType());
        f.width = fd->GetWidth();
        f.precision = fd->GetPrecision();
        pd->fields.append(f);
        pd->ogrFields.push_back({fd->GetType(), fd->GetSubType()});
    }

    // Geometry type and kind.
    pd->geomType = layer->GetGeomType();
    pd->geomTypeName = QString::fromUtf8(OGRGeometryTypeToName(pd->geomType));
    pd->kind = kindFromOgrType(pd->geomType);
    if (pd->kind == GeometryKind::Mixed)
        pd->kind = kindFromSample(layer);

    // CRS.
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        const QString wkt = srsToWkt(srs);
        auto crs = Crs::fromWkt(wkt);
        if (crs)
            pd->crs = *crs;
        else
            warnings.append(QCoreApplication::translate("VectorLayer", "The coordinate reference system of “%1” could not be interpreted: %2")
                                .arg(fileName, crs.error().message));
    }

    pd->fastSpatialFilter = layer->TestCapability(OLCFastSpatialFilter);
    {
        const OGRwkbGeometryType flat = wkbFlatten(pd->geomType);
        const bool linear = flat == wkbPoint || flat == wkbLineString || flat == wkbPolygon || flat == wkbMultiPoint
            || flat == wkbMultiLineString || flat == wkbMultiPolygon;
        pd->fastArrow = linear && layer->TestCapability(OLCFastGetArrowStream)
            && qEnvironmentVariableIsEmpty("TERRITORIA_NO_ARROW");
    }
    if (pd->driverName == u"GPKG"_s && pd->geomType != wkbNone) {
        const char *geomCol = layer->GetGeometryColumn();
        const QString rtree = u"rtree_%1_%2"_s.arg(pd->layerName, QString::fromUtf8(geomCol ? geomCol : ""));
        GdalErrorCollector quiet;
        const QString sql = u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(
            QString(rtree).replace(u'\'', u"''"_s));
        if (OGRLayer *rs = ds->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr)) {
            if (OGRFeature *f = rs->GetNextFeature()) {
                pd->gpkgRtree = rtree;
                OGRFeature::DestroyFeature(f);
            }
            ds->ReleaseResultSet(rs);
        }
    }
    // Give the lease back (its dataset is reused by the pool).
    OGRLayer *openedLayer = layer;
    VectorDataProvider::Private::resetLayer(openedLayer);
    attempt->lease = DatasetPool::Lease();

    std::shared_ptr<VectorDataProvider> provider(new VectorDataProvider(std::move(pd)));
    if (feedback) {
        feedback->setProgress(30);
        if (feedback->isCanceled())
            return fail(QCoreApplication::translate("VectorLayer", "Opening “%1” was canceled").arg(fileName), path);
    }
    // Warm the caches (exact count and extent), which may read the whole file.
    provider->featureCount();
    if (feedback) {
        feedback->setProgress(70);
        if (feedback->isCanceled())
            return fail(QCoreApplication::translate("VectorLayer", "Opening “%1” was canceled").arg(fileName), path);
    }
    provider->extent();
    if (feedback)
        feedback->setProgress(100);

    std::unique_ptr<VectorLayer> layerObj(new VectorLayer(provider));
    for (const QString &w : warnings)
        layerObj->addWarning(w);
    if (provider->geometryKind() != GeometryKind::Null && !provider->crs().isValid())
        layerObj->addWarning(QCoreApplication::translate("VectorLayer", "“%1” does not declare a coordinate reference system: set one before "
                                      "using it with other layers").arg(fileName));
    return layerObj;
}

// ---------------------------------------------------------------------------------------------
// VectorLayer

namespace {
std::atomic<int> g_styleSeed{0};

QString layerDisplayName(const VectorDataProvider &p, bool multi)
{
    if (multi && !p.layerName().isEmpty())
        return p.layerName();
    const QString base = QFileInfo(p.source()).completeBaseName();
    return base.isEmpty() ? p.layerName() : base;
}
} // namespace

VectorLayer::VectorLayer(std::shared_ptr<const VectorDataProvider> provider, QObject *parent)
    : Layer(layerDisplayName(*provider, provider->d->multiLayer), provider->crs(), provider->crs().isValid(), parent)
    , m_provider(std::move(provider))
    , m_style(VectorStyle::defaultFor(m_provider->geometryKind(), g_styleSeed.fetch_add(1)))
{
    m_sourceProvider = m_provider;
}

VectorLayer::~VectorLayer()
{
    // The stack's signals reach this layer while it is destroyed: cut them first.
    if (m_undoStack) {
        m_undoStack->disconnect(this);
        m_undoStack.reset();
    }
}

std::shared_ptr<const VectorDataProvider> VectorLayer::dataProvider() const
{
    if (m_providerDirty) {
        m_provider = m_edits.isEmpty() ? m_sourceProvider : m_sourceProvider->withEdits(m_edits);
        m_providerDirty = false;
    }
    return m_provider;
}

QString VectorLayer::source() const { return m_sourceProvider->source(); }

QString VectorLayer::sublayerName() const
{
    return m_sourceProvider->d->multiLayer ? m_sourceProvider->layerName() : QString();
}

Extent VectorLayer::extent() const { return dataProvider()->extent(); }
Fields VectorLayer::fields() const
{
    if (!m_providerDirty)
        return m_provider->fields();
    // Inside an edit command: the same merge as the provider's, without building one
    // (which would share, and so later copy, the whole edit buffer).
    Fields out;
    for (const Field &f : m_sourceProvider->fields())
        if (!m_edits.deletedFields.contains(f.name))
            out.append(f);
    out.append(m_edits.addedFields);
    return out;
}
qint64 VectorLayer::featureCount() const { return dataProvider()->featureCount(); }
GeometryKind VectorLayer::geometryKind() const { return dataProvider()->geometryKind(); }

void VectorLayer::setStyle(const VectorStyle &style)
{
    if (style == m_style)
        return;
    m_style = style;
    Q_EMIT styleChanged();
    Q_EMIT repaintRequested();
}

QJsonObject VectorLayer::styleToJson() const
{
    return m_style.toJson();
}

void VectorLayer::setStyleFromJson(const QJsonObject &json)
{
    setStyle(VectorStyle::fromJson(json));
}

void VectorLayer::selectFeatures(const QSet<qint64> &ids, SelectionMode mode)
{
    QSet<qint64> next;
    switch (mode) {
    case SelectionMode::Replace:
        next = ids;
        break;
    case SelectionMode::Add:
        next = m_selected;
        next.unite(ids);
        break;
    case SelectionMode::Remove:
        next = m_selected;
        next.subtract(ids);
        break;
    }
    if (next == m_selected)
        return;
    m_selected = std::move(next);
    Q_EMIT selectionChanged();
}

void VectorLayer::clearSelection()
{
    selectFeatures({}, SelectionMode::Replace);
}

} // namespace territoria
