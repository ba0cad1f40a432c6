#include "zonalstatistics.h"

#include "data/gdalutil.h"
#include "task/feedback.h"
#include "analysis/vectorio.h"

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QMutex>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


enum Stat { Count, Sum, Mean, Min, Max, StdDev, Median, Majority, Minority, Variety, StatTotal };

const QStringList &statNames()
{
    static const QStringList names{u"count"_s, u"sum"_s, u"mean"_s, u"min"_s, u"max"_s, u"stddev"_s,
                                   u"median"_s, u"majority"_s, u"minority"_s, u"variety"_s};
    return names;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Distinct (zone, value) pairs kept for median/majority/minority/variety.
constexpr qint64 kMaxDistinctValues = 20'000'000;

struct Accumulator {
    double count = 0; // pixels (weighted by coverage with `exact`)
    double sum = 0;   // values (weighted by coverage with `exact`)
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    qint64 n = 0;     // pixels whose centre is in the zone
    double mean = 0;  // Welford, over the n pixels
    double m2 = 0;

    void merge(const Accumulator &o)
    {
        count += o.count;
        sum += o.sum;
        min = std::min(min, o.min);
        max = std::max(max, o.max);
        if (o.n == 0)
            return;
        if (n == 0) {
            n = o.n;
            mean = o.mean;
            m2 = o.m2;
            return;
        }
        const double total = double(n) + double(o.n);
        const double delta = o.mean - mean;
        mean += delta * double(o.n) / total;
        m2 += o.m2 + delta * delta * double(n) * double(o.n) / total;
        n += o.n;
    }
};

using Histogram = std::unordered_map<double, qint64>;

// A pixel crossed by a zone's boundary and the share of it inside the zone.
struct BoundaryCell {
    qint64 row;
    int col;
    int zone;
    double fraction;
};

// Adds the valid pixels of a strip to their zones (ids < 0: no zone). Returns
// false when the histograms would hold more than kMaxDistinctValues values.
// Works run by run of equal zone ids, with the sums in registers: adding straight
// into the zone's accumulator would chain every pixel through memory.
template<typename T, bool Welford, bool Hist>
bool accumulatePixels(const T *values, const GInt32 *ids, size_t count, bool hasNodata, T nodata,
                      Accumulator *acc, Histogram *histograms, std::atomic<qint64> &distinct)
{
    size_t i = 0;
    while (i < count) {
        const GInt32 z = ids[i];
        size_t end = i + 1;
        while (end < count && ids[end] == z)
            ++end;
        if (z < 0) {
            i = end;
            continue;
        }
        Accumulator &a = acc[z];
        if constexpr (!Welford && !Hist) {
            // Four independent lanes so that the additions overlap.
            double sum[4] = {0, 0, 0, 0}, n[4] = {0, 0, 0, 0};
            double lo[4] = {a.min, a.min, a.min, a.min}, hi[4] = {a.max, a.max, a.max, a.max};
            size_t k = i;
            for (; k + 4 <= end; k += 4) {
                for (int l = 0; l < 4; ++l) {
                    const T raw = values[k + size_t(l)];
                    const bool ok = !std::isnan(raw) && !(hasNodata && raw == nodata);
                    const double v = ok ? double(raw) : 0.0;
                    sum[l] += v;
                    n[l] += ok ? 1.0 : 0.0;
                    lo[l] = ok && v < lo[l] ? v : lo[l];
                    hi[l] = ok && v > hi[l] ? v : hi[l];
                }
            }
            for (; k < end; ++k) {
                const T raw = values[k];
                if (std::isnan(raw) || (hasNodata && raw == nodata))
                    continue;
                const double v = double(raw);
                sum[0] += v;
                n[0] += 1.0;
                lo[0] = std::min(lo[0], v);
                hi[0] = std::max(hi[0], v);
            }
            const double valid = (n[0] + n[1]) + (n[2] + n[3]);
            a.count += valid;
            a.sum += (sum[0] + sum[1]) + (sum[2] + sum[3]);
            a.n += qint64(valid);
            a.min = std::min(std::min(lo[0], lo[1]), std::min(lo[2], std::min(lo[3], a.min)));
            a.max = std::max(std::max(hi[0], hi[1]), std::max(hi[2], std::max(hi[3], a.max)));
        } else {
            for (size_t k = i; k < end; ++k) {
                const T raw = values[k];
                if (std::isnan(raw) || (hasNodata && raw == nodata))
                    continue;
                const double v = double(raw);
                a.count += 1;
                a.sum += v;
                a.min = v < a.min ? v : a.min;
                a.max = v > a.max ? v : a.max;
                ++a.n;
                if constexpr (Welford) {
                    const double delta = v - a.mean;
                    a.mean += delta / double(a.n);
                    a.m2 += delta * (v - a.mean);
                }
                if constexpr (Hist) {
                    auto [it, inserted] = histograms[z].try_emplace(v, 0);
                    ++it->second;
                    if (inserted && distinct.fetch_add(1, std::memory_order_relaxed) >= kMaxDistinctValues)
                        return false;
                }
            }
        }
        i = end;
    }
    return true;
}

template<typename T>
bool accumulatePixels(bool welford, bool hist, const T *values, const GInt32 *ids, size_t count, bool hasNodata,
                      T nodata, Accumulator *acc, Histogram *histograms, std::atomic<qint64> &distinct)
{
    if (welford && hist)
        return accumulatePixels<T, true, true>(values, ids, count, hasNodata, nodata, acc, histograms, distinct);
    if (welford)
        return accumulatePixels<T, true, false>(values, ids, count, hasNodata, nodata, acc, histograms, distinct);
    if (hist)
        return accumulatePixels<T, false, true>(values, ids, count, hasNodata, nodata, acc, histograms, distinct);
    return accumulatePixels<T, false, false>(values, ids, count, hasNodata, nodata, acc, histograms, distinct);
}

struct Pt {
    double x, y;
};
using Ring = std::vector<Pt>;

// Sutherland-Hodgman against one axis-aligned half-plane: keeps coordinate
// `axis` >= value (keepAbove) or <= value. The clipped area of a simple ring is
// the area of its intersection with the half-plane.
Ring clipHalfPlane(const Ring &ring, int axis, double value, bool keepAbove)
{
    Ring out;
    if (ring.empty())
        return out;
    out.reserve(ring.size() + 4);
    auto coord = [axis](const Pt &p) { return axis == 0 ? p.x : p.y; };
    auto inside = [&](const Pt &p) { return keepAbove ? coord(p) >= value : coord(p) <= value; };
    Pt prev = ring.back();
    bool prevIn = inside(prev);
    for (const Pt &cur : ring) {
        const bool curIn = inside(cur);
        if (curIn != prevIn) {
            const double t = (value - coord(prev)) / (coord(cur) - coord(prev));
            out.push_back(Pt{prev.x + t * (cur.x - prev.x), prev.y + t * (cur.y - prev.y)});
        }
        if (curIn)
            out.push_back(cur);
        prev = cur;
        prevIn = curIn;
    }
    return out;
}

double ringArea(const Ring &ring)
{
    double a = 0;
    const size_t n = ring.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++)
        a += (ring[j].x + ring[i].x) * (ring[j].y - ring[i].y);
    return std::abs(a) / 2;
}

// Polygons (exterior ring first) of a polygonal geometry, in pixel coordinates.
std::vector<std::vector<Ring>> pixelPolygons(const OGRGeometry *geometry, const double *gt)
{
    std::vector<std::vector<Ring>> polygons;
    auto addPolygon = [&](const OGRPolygon *poly) {
        std::vector<Ring> rings;
        for (const OGRLinearRing *ring : *poly) {
            Ring r;
            r.reserve(size_t(ring->getNumPoints()));
            for (int i = 0; i < ring->getNumPoints(); ++i)
                r.push_back(Pt{(ring->getX(i) - gt[0]) / gt[1], (ring->getY(i) - gt[3]) / gt[5]});
            if (r.size() > 1 && r.front().x == r.back().x && r.front().y == r.back().y)
                r.pop_back();
            rings.push_back(std::move(r));
        }
        polygons.push_back(std::move(rings));
    };
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        addPolygon(geometry->toPolygon());
    } else if (type == wkbMultiPolygon) {
        for (const OGRPolygon *p : *geometry->toMultiPolygon())
            addPolygon(p);
    }
    return polygons;
}

// Boundary pixels of one zone with their coverage fraction (pixel area = 1).
void boundaryCells(const OGRGeometry *geometry, int zone, const double *gt, int width, int height,
                   std::vector<BoundaryCell> &cells)
{
    const auto polygons = pixelPolygons(geometry, gt);
    std::vector<qint64> keys;
    for (const auto &polygon : polygons) {
        for (const Ring &ring : polygon) {
            const size_t n = ring.size();
            for (size_t i = 0; i < n; ++i) {
                const Pt a = ring[i];
                const Pt b = ring[(i + 1) % n];
                const double x0 = std::min(a.x, b.x);
                const double x1 = std::max(a.x, b.x);
                const int c0 = std::max(0, int(std::floor(x0)));
                const int c1 = std::min(width - 1, int(std::floor(x1)));
                for (int c = c0; c <= c1; ++c) {
                    double ya, yb;
                    if (b.x == a.x) {
                        ya = std::min(a.y, b.y);
                        yb = std::max(a.y, b.y);
                    } else {
                        const double xa = std::max(x0, double(c));
                        const double xb = std::min(x1, double(c + 1));
                        const double ta = a.y + (xa - a.x) / (b.x - a.x) * (b.y - a.y);
                        const double tb = a.y + (xb - a.x) / (b.x - a.x) * (b.y - a.y);
                        ya = std::min(ta, tb);
                        yb = std::max(ta, tb);
                    }
                    const int r0 = std::max(0, int(std::floor(ya)));
                    const int r1 = std::min(height - 1, int(std::floor(yb)));
                    for (int r = r0; r <= r1; ++r)
                        keys.push_back(qint64(r) * width + c);
                }
            }
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    size_t k = 0;
    while (k < keys.size()) {
        const qint64 row = keys[k] / width;
        // The polygons cut to this pixel row, then each cell of the row.
        std::vector<std::vector<Ring>> strips;
        for (const auto &polygon : polygons) {
            std::vector<Ring> rings;
            for (const Ring &ring : polygon)
                rings.push_back(clipHalfPlane(clipHalfPlane(ring, 1, double(row), true), 1, double(row + 1), false));
            strips.push_back(std::move(rings));
        }
        for (; k < keys.size() && keys[k] / width == row; ++k) {
            const int col = int(keys[k] % width);
            double area = 0;
            for (const auto &rings : strips) {
                for (size_t r = 0; r < rings.size(); ++r) {
                    const double a = ringArea(clipHalfPlane(clipHalfPlane(rings[r], 0, double(col), true), 0, double(col + 1), false));
                    area += r == 0 ? a : -a;
                }
            }
            cells.push_back(BoundaryCell{row, col, zone, std::clamp(area, 0.0, 1.0)});
        }
    }
}

struct Zone {
    std::unique_ptr<OGRGeometry> geometry; // in the raster CRS; null: no pixels
    int rowMin = 0;
    int rowMax = -1; // inclusive
};

} // namespace

QString ZonalStatisticsAlgorithm::id() const
{
    return u"indicators:zonal_statistics"_s;
}

QString ZonalStatisticsAlgorithm::displayName() const
{
    return tr("Zonal statistics");
}

QString ZonalStatisticsAlgorithm::group() const
{
    return tr("Raster indicators");
}

QString ZonalStatisticsAlgorithm::shortHelp() const
{
    return tr("Statistics of a raster band (count, sum, mean, min, max, stddev, median, majority, minority, "
              "variety) inside each zone polygon, appended to the zones as new fields. A pixel belongs to a "
              "zone when its centre is inside; with “exact”, count, sum and mean weight each boundary pixel by "
              "the share of its area inside the polygon. Nodata pixels are ignored. Zones in another CRS are "
              "reprojected to the raster's CRS.");
}

QList<ParameterDefinition> ZonalStatisticsAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"input"_s, tr("Input raster"), ParameterType::RasterLayer),
        P::make(u"band"_s, tr("Band number"), ParameterType::Integer).withRange(1, 65535).withDefault(1),
        P::make(u"zones"_s, tr("Zone polygons"), ParameterType::VectorLayer),
        P::make(u"statistics"_s, tr("Statistics to compute"), ParameterType::StringList)
            .withOptions(statNames())
            .withDefault(QStringList{u"count"_s, u"sum"_s, u"mean"_s}),
        P::make(u"prefix"_s, tr("Prefix of the new field names"), ParameterType::String).withDefault(QString()),
        P::make(u"exact"_s, tr("Weight boundary pixels by the share covered (count, sum, mean)"), ParameterType::Boolean)
            .withDefault(false),
        P::make(u"output"_s, tr("Output zones with statistics"), ParameterType::FileOutput)
            .withFile(FileKind::Vector, u"gpkg"_s),
    };
}

QList<OutputDefinition> ZonalStatisticsAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Zones with statistics"), OutputType::VectorFile},
        OutputDefinition{u"zone_count"_s, tr("Number of zones"), OutputType::Number},
        OutputDefinition{u"pixel_count"_s, tr("Valid pixels counted in some zone"), OutputType::Number},
    };
}

Result<QVariantMap> ZonalStatisticsAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString rasterPath = parameters.value(u"input"_s).toString();
    const int bandNumber = parameters.value(u"band"_s).toInt();
    const QString zonesSource = parameters.value(u"zones"_s).toString();
    const QString outputPath = parameters.value(u"output"_s).toString();
    const QString prefix = parameters.value(u"prefix"_s).toString();
    const bool exact = parameters.value(u"exact"_s).toBool();
    bool wanted[StatTotal] = {};
    QList<Stat> order;
    for (const QString &s : parameters.value(u"statistics"_s).toStringList()) {
        const auto stat = Stat(statNames().indexOf(s));
        wanted[stat] = true;
        order << stat;
    }
    const bool needHistogram = wanted[Median] || wanted[Majority] || wanted[Minority] || wanted[Variety];
    const bool needWelford = wanted[StdDev];

    if (auto ok = checkOutputIsNotInput(outputPath, {rasterPath, zonesSource}); !ok)
        return std::unexpected(ok.error());
    // The raster.
    GDALDatasetUniquePtr raster(GDALDataset::Open(rasterPath.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!raster)
        return fail(tr("Cannot open %1 as a raster.").arg(rasterPath), rasterPath, errors.lastFailure());
    if (bandNumber > raster->GetRasterCount())
        return fail(tr("Band %1 does not exist: %2 has %n band(s).", nullptr, raster->GetRasterCount())
                        .arg(bandNumber)
                        .arg(rasterPath),
                    rasterPath);
    double gt[6];
    if (raster->GetGeoTransform(gt) != CE_None)
        return fail(tr("%1 has no georeferencing (geotransform).").arg(rasterPath), rasterPath);
    if (gt[2] != 0 || gt[4] != 0)
        return fail(tr("%1 is rotated; zonal statistics need a north-up raster (warp it first).").arg(rasterPath), rasterPath);
    const int width = raster->GetRasterXSize();
    const int height = raster->GetRasterYSize();
    GDALRasterBand *band = raster->GetRasterBand(bandNumber);
    int hasNodata = 0;
    const double nodata = band->GetNoDataValue(&hasNodata);
    int blockX = 0, blockY = 0;
    band->GetBlockSize(&blockX, &blockY);
    const GDALDataType dataType = band->GetRasterDataType();
    const bool useFloat = dataType == GDT_Byte || dataType == GDT_UInt16 || dataType == GDT_Int16 || dataType == GDT_Float32;
    // The nodata value as the pixels read hold it.
    const double exactNodata = useFloat ? double(float(nodata)) : nodata;

    // The zones, reprojected to the raster's CRS.
    auto zonesInput = openVector(zonesSource);
    if (!zonesInput)
        return std::unexpected(zonesInput.error());
    OGRLayer *zonesLayer = zonesInput->layer;
    const QString zonesPath = zonesInput->path;
    const OGRwkbGeometryType layerType = zonesLayer->GetGeomType();
    if (wkbFlatten(layerType) != wkbUnknown && !isPolygonal(layerType))
        return fail(tr("The zones must be polygons: %1 has %2 geometries.")
                        .arg(zonesPath, QString::fromUtf8(OGRGeometryTypeToName(layerType))),
                    zonesPath);
    auto features = readFeatures(zonesLayer, zonesPath);
    if (!features)
        return std::unexpected(features.error());

    std::unique_ptr<OGRCoordinateTransformation> toRaster;
    const OGRSpatialReference *rasterSrs = raster->GetSpatialRef();
    const OGRSpatialReference *zonesSrs = zonesLayer->GetSpatialRef();
    if (rasterSrs && zonesSrs && !zonesSrs->IsSame(rasterSrs)) {
        OGRSpatialReference src(*zonesSrs), dst(*rasterSrs);
        src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        toRaster.reset(OGRCreateCoordinateTransformation(&src, &dst));
        if (!toRaster)
            return fail(tr("Cannot reproject the zones of %1 to the CRS of %2.").arg(zonesPath, rasterPath), zonesPath,
                        errors.lastFailure());
    } else if (!rasterSrs != !zonesSrs) {
        feedback.pushWarning(tr("Only one of %1 and %2 has a CRS: assuming both use the same one.").arg(rasterPath, zonesPath));
    }

    const int zoneCount = int(features->size());
    std::vector<Zone> zones(static_cast<size_t>(zoneCount));
    int skipped = 0;
    for (int z = 0; z < zoneCount; ++z) {
        const OGRGeometry *g = (*features)[size_t(z)]->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        if (!isPolygonal(g->getGeometryType()))
            return fail(tr("The zones must be polygons: feature %1 of %2 is a %3.")
                            .arg((*features)[size_t(z)]->GetFID())
                            .arg(zonesPath, QString::fromUtf8(g->getGeometryName())),
                        zonesPath);
        std::unique_ptr<OGRGeometry> copy(g->hasCurveGeometry() ? g->getLinearGeometry() : g->clone());
        if (toRaster && copy->transform(toRaster.get()) != OGRERR_NONE) {
            ++skipped;
            continue;
        }
        OGREnvelope env;
        copy->getEnvelope(&env);
        double r0 = (env.MaxY - gt[3]) / gt[5];
        double r1 = (env.MinY - gt[3]) / gt[5];
        double c0 = (env.MinX - gt[0]) / gt[1];
        double c1 = (env.MaxX - gt[0]) / gt[1];
        if (r0 > r1)
            std::swap(r0, r1);
        if (c0 > c1)
            std::swap(c0, c1);
        if (r1 < 0 || r0 >= height || c1 < 0 || c0 >= width)
            continue; // outside the raster: no pixels
        zones[size_t(z)].rowMin = std::max(0, int(std::floor(r0)));
        zones[size_t(z)].rowMax = std::min(height - 1, int(std::floor(r1)));
        zones[size_t(z)].geometry = std::move(copy);
    }
    if (skipped > 0)
        feedback.pushWarning(tr("%n zone(s) of %1 could not be reprojected to the raster's CRS and get no pixels.", nullptr, skipped)
                                 .arg(zonesPath));

    // Exact coverage of boundary pixels (pixel-coordinate clipping).
    std::vector<BoundaryCell> cells;
    if (exact) {
        if (std::abs(std::abs(gt[1]) - std::abs(gt[5])) > 1e-9 * std::abs(gt[1]))
            feedback.pushInfo(tr("Pixels are not square; coverage fractions are shares of each pixel's area."));
        for (int z = 0; z < zoneCount; ++z) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            if (zones[size_t(z)].geometry)
                boundaryCells(zones[size_t(z)].geometry.get(), z, gt, width, height, cells);
            feedback.setProgress(10.0 * (z + 1) / std::max(1, zoneCount));
        }
        std::sort(cells.begin(), cells.end(),
                  [](const BoundaryCell &a, const BoundaryCell &b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
    }
    const double passStart = exact ? 10.0 : 0.0;

    // One pass over the raster by strips of whole block rows, on all cores.
    const int stripRows = std::max(blockY, int(std::max<qint64>(1, (qint64(1) << 21) / std::max(1, width)) / std::max(1, blockY)) * std::max(1, blockY));
    const int stripCount = (height + stripRows - 1) / stripRows;
    // Strips of exactly one block row in the native type can be read block by block.
    const bool directBlocks = stripRows == blockY && (dataType == GDT_Float32 || dataType == GDT_Float64)
                              && raster->GetRasterCount() >= 1 && blockX > 0;
    const int threadCount = std::clamp(QThread::idealThreadCount(), 1, std::max(1, stripCount));

    struct ThreadResult {
        std::vector<Accumulator> acc;
        std::vector<Histogram> histograms;
        QString error;
        QString detail;
    };
    std::vector<ThreadResult> results(static_cast<size_t>(threadCount));
    std::atomic<int> nextStrip{0};
    std::atomic<int> stripsDone{0};
    std::atomic<bool> stop{false};
    std::atomic<qint64> distinctValues{0};

    auto worker = [&](int t) {
        ThreadResult &res = results[size_t(t)];
        res.acc.assign(size_t(zoneCount), Accumulator{});
        if (needHistogram)
            res.histograms.resize(size_t(zoneCount));
        GdalErrorCollector threadErrors;
        auto failWith = [&](const QString &message) {
            res.error = message;
            res.detail = threadErrors.lastFailure();
            stop = true;
        };
        GDALDatasetUniquePtr ds(GDALDataset::Open(rasterPath.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!ds)
            return failWith(tr("Cannot open %1 as a raster.").arg(rasterPath));
        GDALRasterBand *src = ds->GetRasterBand(bandNumber);
        GDALDriver *memDriver = GetGDALDriverManager()->GetDriverByName("MEM");
        // The zone-id strip: a MEM band over `ids`, so GDAL burns straight into it.
        std::vector<GInt32> ids(size_t(width) * size_t(stripRows));
        GDALDatasetUniquePtr mem(memDriver->Create("", width, stripRows, 0, GDT_Int32, nullptr));
        const QByteArray pointer = "DATAPOINTER=" + QByteArray::number(quintptr(ids.data()));
        const char *memOptions[] = {pointer.constData(), nullptr};
        if (!mem || mem->AddBand(GDT_Int32, const_cast<char **>(memOptions)) != CE_None)
            return failWith(tr("Cannot allocate a zone strip of %1x%2 pixels.").arg(width).arg(stripRows));
        // This thread's copies of the zone geometries (GDAL reads them while burning).
        std::vector<std::unique_ptr<OGRGeometry>> geometries(static_cast<size_t>(zoneCount));
        for (int z = 0; z < zoneCount; ++z) {
            if (zones[size_t(z)].geometry)
                geometries[size_t(z)].reset(zones[size_t(z)].geometry->clone());
        }
        // Values in their own precision when float holds them exactly (half the memory traffic).
        std::vector<float> floatValues(useFloat ? size_t(width) * size_t(stripRows) : 0);
        std::vector<double> doubleValues(useFloat ? 0 : size_t(width) * size_t(stripRows));
        auto valueAt = [&](size_t i) { return useFloat ? double(floatValues[i]) : doubleValues[i]; };
        std::vector<char> tile(directBlocks ? size_t(blockX) * size_t(blockY) * (useFloat ? sizeof(float) : sizeof(double)) : 0);
        std::vector<OGRGeometryH> burnGeometries;
        std::vector<double> burnValues;
        const int bandList[1] = {1};
        for (;;) {
            if (stop || feedback.isCanceled())
                return;
            const int strip = nextStrip.fetch_add(1);
            if (strip >= stripCount)
                return;
            const int row0 = strip * stripRows;
            const int rows = std::min(stripRows, height - row0);
            burnGeometries.clear();
            burnValues.clear();
            for (int z = 0; z < zoneCount; ++z) {
                const Zone &zone = zones[size_t(z)];
                if (geometries[size_t(z)] && zone.rowMin < row0 + rows && zone.rowMax >= row0) {
                    burnGeometries.push_back(OGRGeometry::ToHandle(geometries[size_t(z)].get()));
                    burnValues.push_back(double(z));
                }
            }
            if (burnGeometries.empty()) {
                stripsDone.fetch_add(1);
                continue;
            }
            // The zone ids of the strip (pixel-centre rule), burnt straight into `ids`.
            double stripGt[6] = {gt[0], gt[1], 0.0, gt[3] + row0 * gt[5], 0.0, gt[5]};
            mem->SetGeoTransform(stripGt);
            std::fill(ids.begin(), ids.begin() + qsizetype(width) * rows, GInt32(-1));
            if (GDALRasterizeGeometries(GDALDataset::ToHandle(mem.get()), 1, bandList, int(burnGeometries.size()),
                                        burnGeometries.data(), nullptr, nullptr, burnValues.data(), nullptr, nullptr,
                                        nullptr)
                != CE_None)
                return failWith(tr("Cannot rasterize the zones of %1.").arg(zonesPath));
            mem->FlushCache();

            Accumulator *acc = res.acc.data();
            auto accumulate = [&](const void *pixels, const GInt32 *zoneIds, size_t n) {
                return useFloat ? accumulatePixels<float>(needWelford, needHistogram, static_cast<const float *>(pixels), zoneIds, n,
                                                          hasNodata, float(nodata), acc, res.histograms.data(), distinctValues)
                                : accumulatePixels<double>(needWelford, needHistogram, static_cast<const double *>(pixels), zoneIds, n,
                                                           hasNodata, nodata, acc, res.histograms.data(), distinctValues);
            };
            auto tooManyValues = [&] {
                failWith(tr("Too many distinct values in %1 for median, majority, minority or variety "
                            "(more than %2); classify or round the raster first.")
                             .arg(rasterPath)
                             .arg(kMaxDistinctValues));
            };
            void *buffer = useFloat ? static_cast<void *>(floatValues.data()) : static_cast<void *>(doubleValues.data());
            const size_t pixelSize = useFloat ? sizeof(float) : sizeof(double);
            if (directBlocks) {
                // Each block is read once, straight from the driver rather than through GDAL's
                // block cache, and accumulated row by row against the zone strip.
                const int blockRow = row0 / blockY;
                for (int bx = 0; bx * blockX < width; ++bx) {
                    if (src->ReadBlock(bx, blockRow, tile.data()) != CE_None)
                        return failWith(tr("Cannot read rows %1 to %2 of %3.").arg(row0).arg(row0 + rows - 1).arg(rasterPath));
                    const int cols = std::min(blockX, width - bx * blockX);
                    for (int r = 0; r < rows; ++r) {
                        const char *line = tile.data() + size_t(r) * size_t(blockX) * pixelSize;
                        const size_t offset = size_t(r) * size_t(width) + size_t(bx) * size_t(blockX);
                        if (exact) // the coverage pass below reads the strip
                            std::memcpy(static_cast<char *>(buffer) + offset * pixelSize, line, size_t(cols) * pixelSize);
                        if (!accumulate(line, ids.data() + offset, size_t(cols)))
                            return tooManyValues();
                    }
                }
            } else {
                if (src->RasterIO(GF_Read, 0, row0, width, rows, buffer, width, rows, useFloat ? GDT_Float32 : GDT_Float64, 0, 0, nullptr) != CE_None)
                    return failWith(tr("Cannot read rows %1 to %2 of %3.").arg(row0).arg(row0 + rows - 1).arg(rasterPath));
                if (!accumulate(buffer, ids.data(), size_t(width) * size_t(rows)))
                    return tooManyValues();
            }
            if (exact) {
                // Centre pixels above counted weight 1; boundary pixels take their coverage instead.
                auto it = std::lower_bound(cells.begin(), cells.end(), qint64(row0),
                                           [](const BoundaryCell &c, qint64 row) { return c.row < row; });
                for (; it != cells.end() && it->row < row0 + rows; ++it) {
                    const size_t i = size_t(it->row - row0) * size_t(width) + size_t(it->col);
                    const double v = valueAt(i);
                    if (std::isnan(v) || (hasNodata && v == exactNodata))
                        continue;
                    const double w = it->fraction - (ids[i] == it->zone ? 1.0 : 0.0);
                    acc[it->zone].count += w;
                    acc[it->zone].sum += w * v;
                }
            }
            const int done = stripsDone.fetch_add(1) + 1;
            feedback.setProgress(passStart + (95.0 - passStart) * done / stripCount);
        }
    };
    {
        std::vector<std::thread> threads;
        for (int t = 1; t < threadCount; ++t)
            threads.emplace_back(worker, t);
        worker(0);
        for (auto &th : threads)
            th.join();
    }
    if (feedback.isCanceled())
        return std::unexpected(canceledError(id()));
    for (const ThreadResult &r : results) {
        if (!r.error.isEmpty())
            return fail(r.error, rasterPath, r.detail);
    }

    // Merge the threads' sums.
    std::vector<Accumulator> total = std::move(results[0].acc);
    std::vector<Histogram> histograms = std::move(results[0].histograms);
    for (size_t t = 1; t < results.size(); ++t) {
        for (int z = 0; z < zoneCount; ++z) {
            total[size_t(z)].merge(results[t].acc[size_t(z)]);
            if (needHistogram) {
                for (const auto &[value, count] : results[t].histograms[size_t(z)])
                    histograms[size_t(z)][value] += count;
                results[t].histograms[size_t(z)] = {};
            }
        }
    }

    // Write the zones with the statistics.
    QList<NewField> fields;
    for (Stat s : order) {
        const OGRFieldType type = (s == Count && !exact) || s == Variety ? OFTInteger64 : OFTReal;
        fields << NewField{prefix + statNames().at(s), type};
    }
    auto writer = ZoneWriter::create(outputPath, zonesLayer, fields);
    if (!writer)
        return std::unexpected(writer.error());
    qint64 pixelTotal = 0;
    std::vector<double> row(size_t(order.size()));
    std::vector<std::pair<double, qint64>> sorted;
    for (int z = 0; z < zoneCount; ++z) {
        const Accumulator &a = total[size_t(z)];
        pixelTotal += a.n;
        if (needHistogram) {
            sorted.assign(histograms[size_t(z)].begin(), histograms[size_t(z)].end());
            std::sort(sorted.begin(), sorted.end());
            histograms[size_t(z)] = {};
        }
        for (qsizetype k = 0; k < order.size(); ++k) {
            double v = kNaN;
            switch (order.at(k)) {
            case Count: v = a.count; break;
            case Sum: v = a.sum; break;
            case Mean: v = a.count > 0 ? a.sum / a.count : kNaN; break;
            case Min: v = a.n > 0 ? a.min : kNaN; break;
            case Max: v = a.n > 0 ? a.max : kNaN; break;
            case StdDev: v = a.n > 0 ? std::sqrt(std::max(0.0, a.m2 / double(a.n))) : kNaN; break;
            case Median: {
                if (a.n == 0)
                    break;
                // The middle value (the mean of the two middle values for an even count).
                const qint64 lo = (a.n - 1) / 2, hi = a.n / 2;
                qint64 seen = 0;
                double vlo = kNaN, vhi = kNaN;
                for (const auto &[value, count] : sorted) {
                    if (std::isnan(vlo) && lo < seen + count)
                        vlo = value;
                    if (hi < seen + count) {
                        vhi = value;
                        break;
                    }
                    seen += count;
                }
                v = (vlo + vhi) / 2;
                break;
            }
            case Majority:
            case Minority: {
                // Ties go to the smallest value.
                const bool most = order.at(k) == Majority;
                qint64 best = -1;
                for (const auto &[value, count] : sorted) {
                    if (best < 0 || (most ? count > best : count < best)) {
                        best = count;
                        v = value;
                    }
                }
                break;
            }
            case Variety: v = double(sorted.size()); break;
            case StatTotal: break;
            }
            row[size_t(k)] = v;
        }
        if (auto ok = (*writer)->write(*(*features)[size_t(z)], row); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = (*writer)->close(); !ok)
        return std::unexpected(ok.error());

    QVariantMap outputs;
    outputs.insert(u"output"_s, outputPath);
    outputs.insert(u"zone_count"_s, zoneCount);
    outputs.insert(u"pixel_count"_s, pixelTotal);
    return outputs;
}

} // namespace territoria
