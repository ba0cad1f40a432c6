#include "exposurealgorithm.h"

#include "analysis/vectorio.h"
#include "data/gdalutil.h"
#include "riskcore.h"
#include "task/feedback.h"

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <geos_c.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kSlots = risk::kLevelCount + 1; // level 0 (no hazard) .. 4

enum class Overlaps { Highest, EachZone, Refuse };

// A polygon layer turned into WKB in the target CRS, ready for each thread's GEOS.
struct PolygonSet {
    std::vector<std::vector<unsigned char>> wkb;
    std::vector<std::unique_ptr<OGRGeometry>> geometries; // the same, for rasterization
    std::vector<GIntBig> fids;
};

// One thread's GEOS view of a PolygonSet: geometries, prepared geometries and an STR tree.
class Index
{
public:
    Index(GEOSContextHandle_t h, const PolygonSet &set)
        : m_h(h)
    {
        const size_t n = set.wkb.size();
        m_items.resize(n);
        m_geoms.resize(n, nullptr);
        m_prepared.resize(n, nullptr);
        m_tree = GEOSSTRtree_create_r(h, 10);
        for (size_t i = 0; i < n; ++i) {
            m_items[i] = int(i);
            m_geoms[i] = GEOSGeomFromWKB_buf_r(h, set.wkb[i].data(), set.wkb[i].size());
            if (!m_geoms[i])
                continue;
            m_prepared[i] = GEOSPrepare_r(h, m_geoms[i]);
            GEOSSTRtree_insert_r(h, m_tree, m_geoms[i], &m_items[i]);
        }
    }
    ~Index()
    {
        GEOSSTRtree_destroy_r(m_h, m_tree);
        for (auto *p : m_prepared)
            if (p)
                GEOSPreparedGeom_destroy_r(m_h, p);
        for (auto *g : m_geoms)
            if (g)
                GEOSGeom_destroy_r(m_h, g);
    }
    Index(const Index &) = delete;
    Index &operator=(const Index &) = delete;

    // The items whose envelope meets `g`, sorted (so "the first" is deterministic).
    void candidates(const GEOSGeometry *g, std::vector<int> &out) const
    {
        out.clear();
        GEOSSTRtree_query_r(
            m_h, m_tree, g, [](void *item, void *data) { static_cast<std::vector<int> *>(data)->push_back(*static_cast<int *>(item)); },
            &out);
        std::sort(out.begin(), out.end());
    }
    bool intersects(int i, const GEOSGeometry *g) const { return m_prepared[size_t(i)] && GEOSPreparedIntersects_r(m_h, m_prepared[size_t(i)], g) == 1; }
    const GEOSGeometry *geometry(int i) const { return m_geoms[size_t(i)]; }

private:
    GEOSContextHandle_t m_h;
    std::vector<int> m_items;
    std::vector<GEOSGeometry *> m_geoms;
    std::vector<const GEOSPreparedGeometry *> m_prepared;
    GEOSSTRtree *m_tree = nullptr;
};

struct GeosHandle {
    GEOSContextHandle_t h = GEOS_init_r();
    ~GeosHandle() { GEOS_finish_r(h); }
};

struct GeosPtr {
    GEOSContextHandle_t h;
    GEOSGeometry *g;
    GeosPtr(GEOSContextHandle_t handle, GEOSGeometry *geometry) : h(handle), g(geometry) {}
    ~GeosPtr()
    {
        if (g)
            GEOSGeom_destroy_r(h, g);
    }
    GeosPtr(const GeosPtr &) = delete;
    GeosPtr(GeosPtr &&o) noexcept : h(o.h), g(o.g) { o.g = nullptr; }
};

// Sums per (district, level): index district * kSlots + level; the last district
// slot collects what falls outside every district.
struct Totals {
    std::vector<qint64> count;
    std::vector<double> area, length, people;
    qint64 features = 0, skipped = 0;
    void resize(size_t districts)
    {
        const size_t n = (districts + 1) * kSlots;
        count.assign(n, 0);
        area.assign(n, 0.0);
        length.assign(n, 0.0);
        people.assign(n, 0.0);
    }
    void add(const Totals &o)
    {
        for (size_t i = 0; i < count.size(); ++i) {
            count[i] += o.count[i];
            area[i] += o.area[i];
            length[i] += o.length[i];
            people[i] += o.people[i];
        }
        features += o.features;
        skipped += o.skipped;
    }
};

// Area-weighted centroid and planar area of a polygon's rings (holes subtract),
// accumulated into (a, cx, cy): cx / a and cy / a give the centroid. Coordinates
// are taken relative to (ox, oy) to keep the products small.
void accumulateRing(const OGRLinearRing *ring, double sign, double ox, double oy, double &a, double &cx, double &cy)
{
    const int n = ring->getNumPoints();
    if (n < 3)
        return;
    double ra = 0, rx = 0, ry = 0;
    double x0 = ring->getX(0) - ox, y0 = ring->getY(0) - oy;
    for (int i = 1; i < n; ++i) {
        const double x1 = ring->getX(i) - ox, y1 = ring->getY(i) - oy;
        const double cross = x0 * y1 - x1 * y0;
        ra += cross;
        rx += (x0 + x1) * cross;
        ry += (y0 + y1) * cross;
        x0 = x1;
        y0 = y1;
    }
    // Orientation-independent: the ring's own sign, then the hole sign.
    const double s = ra < 0 ? -sign : sign;
    a += s * ra / 2;
    cx += s * rx / 6;
    cy += s * ry / 6;
}

void accumulatePolygon(const OGRPolygon *p, double ox, double oy, double &a, double &cx, double &cy)
{
    bool exterior = true;
    for (const OGRLinearRing *ring : *p) {
        accumulateRing(ring, exterior ? 1.0 : -1.0, ox, oy, a, cx, cy);
        exterior = false;
    }
}

// The centroid (true, area-weighted) and area of a polygonal geometry; for points
// the point (or the mean of a multipoint). False when empty or not handled.
bool centroidOf(const OGRGeometry *g, double &x, double &y, double &area)
{
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    area = 0;
    if (type == wkbPoint) {
        x = g->toPoint()->getX();
        y = g->toPoint()->getY();
        return true;
    }
    if (type == wkbMultiPoint) {
        const OGRMultiPoint *mp = g->toMultiPoint();
        const int n = mp->getNumGeometries();
        if (n == 0)
            return false;
        x = y = 0;
        for (const OGRPoint *p : *mp) {
            x += p->getX();
            y += p->getY();
        }
        x /= n;
        y /= n;
        return true;
    }
    const OGRPolygon *first = nullptr;
    if (type == wkbPolygon)
        first = g->toPolygon();
    else if (type == wkbMultiPolygon && g->toMultiPolygon()->getNumGeometries() > 0)
        first = g->toMultiPolygon()->getGeometryRef(0);
    if (!first || first->IsEmpty())
        return false;
    const OGRLinearRing *outer = first->getExteriorRing();
    const double ox = outer->getX(0), oy = outer->getY(0);
    double a = 0, cx = 0, cy = 0;
    if (type == wkbPolygon)
        accumulatePolygon(first, ox, oy, a, cx, cy);
    else
        for (const OGRPolygon *p : *g->toMultiPolygon())
            accumulatePolygon(p, ox, oy, a, cx, cy);
    area = a;
    if (a > 0) {
        x = ox + cx / a;
        y = oy + cy / a;
        return true;
    }
    // A degenerate footprint (no area): the mean of its outer ring.
    const int n = outer->getNumPoints();
    x = y = 0;
    for (int i = 0; i < n; ++i) {
        x += outer->getX(i);
        y += outer->getY(i);
    }
    x /= n;
    y /= n;
    return true;
}

bool isLinear(OGRwkbGeometryType type)
{
    const OGRwkbGeometryType t = wkbFlatten(type);
    return t == wkbLineString || t == wkbMultiLineString || t == wkbCircularString || t == wkbCompoundCurve || t == wkbMultiCurve;
}

std::vector<unsigned char> toWkb(const OGRGeometry &g)
{
    std::vector<unsigned char> wkb(size_t(g.WkbSize()));
    g.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    return wkb;
}

// The per-thread work on the exposure features.
struct Worker {
    const PolygonSet *hazard = nullptr;
    const std::vector<int> *hazardLevel = nullptr;
    const PolygonSet *districts = nullptr;
    Overlaps overlaps = Overlaps::Highest;
    bool measure = true; // planar areas and lengths (a projected CRS)
    Totals totals;
    // What the exposure layer holds (for the columns).
    bool sawPolygons = false, sawLines = false, sawPoints = false;

    std::unique_ptr<GeosHandle> geos;
    std::unique_ptr<Index> hazardIndex, districtIndex;
    std::vector<int> scratch, scratch2;

    void init()
    {
        geos = std::make_unique<GeosHandle>();
        hazardIndex = std::make_unique<Index>(geos->h, *hazard);
        districtIndex = std::make_unique<Index>(geos->h, *districts);
        totals.resize(districts->wkb.size());
    }

    size_t outsideSlot() const { return districts->wkb.size(); }

    void addPoint(double x, double y, double area)
    {
        GEOSContextHandle_t h = geos->h;
        GeosPtr pt(h, GEOSGeom_createPointFromXY_r(h, x, y));
        if (!pt.g) {
            ++totals.skipped;
            return;
        }
        size_t district = outsideSlot();
        districtIndex->candidates(pt.g, scratch);
        for (int d : scratch)
            if (districtIndex->intersects(d, pt.g)) {
                district = size_t(d);
                break;
            }
        hazardIndex->candidates(pt.g, scratch);
        int highest = 0;
        bool any = false;
        for (int z : scratch) {
            if (!hazardIndex->intersects(z, pt.g))
                continue;
            const int level = (*hazardLevel)[size_t(z)];
            any = true;
            if (overlaps == Overlaps::EachZone) {
                totals.count[district * kSlots + size_t(level)] += 1;
                totals.area[district * kSlots + size_t(level)] += area;
            } else {
                highest = std::max(highest, level);
            }
        }
        if (overlaps != Overlaps::EachZone || !any) {
            totals.count[district * kSlots + size_t(highest)] += 1;
            totals.area[district * kSlots + size_t(highest)] += area;
        }
    }

    // Splits `line` by the hazard zones and the districts; adds lengths and counts.
    void addLine(const OGRGeometry &g)
    {
        GEOSContextHandle_t h = geos->h;
        const std::vector<unsigned char> wkb = toWkb(g);
        GeosPtr line(h, GEOSGeomFromWKB_buf_r(h, wkb.data(), wkb.size()));
        if (!line.g) {
            ++totals.skipped;
            return;
        }
        // (piece, level) pairs.
        std::vector<std::pair<GeosPtr, int>> pieces;
        hazardIndex->candidates(line.g, scratch);
        std::vector<int> zones;
        for (int z : scratch)
            if (hazardIndex->intersects(z, line.g))
                zones.push_back(z);
        if (overlaps == Overlaps::EachZone) {
            for (int z : zones) {
                GEOSGeometry *piece = GEOSIntersection_r(h, line.g, hazardIndex->geometry(z));
                if (piece)
                    pieces.emplace_back(GeosPtr(h, piece), (*hazardLevel)[size_t(z)]);
            }
            // The part outside every zone, for the totals.
            GEOSGeometry *rest = GEOSGeom_clone_r(h, line.g);
            for (int z : zones) {
                GEOSGeometry *next = rest ? GEOSDifference_r(h, rest, hazardIndex->geometry(z)) : nullptr;
                if (rest)
                    GEOSGeom_destroy_r(h, rest);
                rest = next;
            }
            if (rest)
                pieces.emplace_back(GeosPtr(h, rest), 0);
        } else {
            // The highest level first; what it takes is gone for the lower ones.
            std::stable_sort(zones.begin(), zones.end(), [&](int a, int b) { return (*hazardLevel)[size_t(a)] > (*hazardLevel)[size_t(b)]; });
            GEOSGeometry *rest = GEOSGeom_clone_r(h, line.g);
            for (int z : zones) {
                if (!rest || GEOSisEmpty_r(h, rest) == 1)
                    break;
                GEOSGeometry *piece = GEOSIntersection_r(h, rest, hazardIndex->geometry(z));
                if (piece)
                    pieces.emplace_back(GeosPtr(h, piece), (*hazardLevel)[size_t(z)]);
                GEOSGeometry *next = GEOSDifference_r(h, rest, hazardIndex->geometry(z));
                GEOSGeom_destroy_r(h, rest);
                rest = next;
            }
            if (rest)
                pieces.emplace_back(GeosPtr(h, rest), 0);
        }
        std::vector<size_t> touched;
        for (auto &[piece, level] : pieces) {
            if (GEOSisEmpty_r(h, piece.g) == 1)
                continue;
            double covered = 0, total = 0;
            GEOSLength_r(h, piece.g, &total);
            districtIndex->candidates(piece.g, scratch2);
            for (int d : scratch2) {
                if (!districtIndex->intersects(d, piece.g))
                    continue;
                GeosPtr part(h, GEOSIntersection_r(h, piece.g, districtIndex->geometry(d)));
                double len = 0;
                if (part.g && GEOSLength_r(h, part.g, &len) == 1 && len > 0) {
                    const size_t slot = size_t(d) * kSlots + size_t(level);
                    totals.length[slot] += len;
                    covered += len;
                    if (std::find(touched.begin(), touched.end(), slot) == touched.end())
                        touched.push_back(slot);
                }
            }
            if (total - covered > 1e-9 * std::max(1.0, total)) {
                const size_t slot = outsideSlot() * kSlots + size_t(level);
                totals.length[slot] += total - covered;
                if (std::find(touched.begin(), touched.end(), slot) == touched.end())
                    touched.push_back(slot);
            }
        }
        for (size_t slot : touched)
            totals.count[slot] += 1;
    }

    // One exposure feature (already in the target CRS).
    void add(const OGRGeometry *g)
    {
        ++totals.features;
        if (!g || g->IsEmpty()) {
            ++totals.skipped;
            return;
        }
        std::unique_ptr<OGRGeometry> linear;
        if (g->hasCurveGeometry()) {
            linear.reset(g->getLinearGeometry());
            g = linear.get();
        }
        const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
        if (isLinear(type)) {
            sawLines = true;
            addLine(*g);
            return;
        }
        double x = 0, y = 0, area = 0;
        if (!centroidOf(g, x, y, area)) {
            ++totals.skipped;
            return;
        }
        if (type == wkbPoint || type == wkbMultiPoint)
            sawPoints = true;
        else
            sawPolygons = true;
        addPoint(x, y, measure ? area : 0.0);
    }
};

} // namespace

QString ExposureAlgorithm::id() const
{
    return u"risk:exposure"_s;
}

QString ExposureAlgorithm::displayName() const
{
    return tr("Exposure per district and hazard level");
}

QString ExposureAlgorithm::group() const
{
    return tr("Risk");
}

QString ExposureAlgorithm::shortHelp() const
{
    return tr("What each hazard level exposes in each district: one row per district and level (very high first) with "
              "`zone`, `level`, `level_code` (4 very high … 1 low) and `count`, plus `area_m2` (building footprints), "
              "`length_m` (roads) and `people` (population raster) where they apply; a GeoPackage table, or CSV when "
              "the output ends in .csv (or with “csv_output”), and optionally the districts as a layer with a column "
              "per level (“layer_output”). The hazard is a polygon layer with a level field "
              "(muy alto, alto, medio, bajo, their English names or 1 to 4) or a raster classified by four thresholds "
              "(lower bounds of low, medium, high, very high: lahar zones, flood depth, ash thickness). A building or "
              "facility counts in the hazard zone and the district holding its centroid (the true, area-weighted "
              "centroid, not the centre of its bounding box); where districts overlap or a centroid lies on a border, the "
              "first district in the layer's order holds it. Roads are cut by the zones and districts and measured. "
              "People: the cells whose centre is in a zone and a district. Overlapping hazard zones are reported "
              "(count and feature ids); by default the highest level holds (conservative: each building, metre of road "
              "and person counts once, at the highest level); “each_zone” counts them in every zone holding them (as "
              "QGIS's count points in polygon does; people still count once, at the highest level) and “refuse” stops. Layers in another CRS than the hazard are "
              "reprojected explicitly, with a warning; a population raster in another CRS is refused.");
}

QList<ParameterDefinition> ExposureAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"hazard"_s, tr("Hazard zones (polygons with a level)"), ParameterType::VectorLayer).setOptional(),
        P::make(u"hazard_field"_s, tr("Hazard level field (empty: level)"), ParameterType::Field).withParent(u"hazard"_s).setOptional(),
        P::make(u"hazard_raster"_s, tr("Hazard raster instead of zones (depth, thickness, probability)"), ParameterType::RasterLayer).setOptional(),
        P::make(u"thresholds"_s, tr("Raster thresholds: lower bounds of low, medium, high and very high (e.g. 0.1,0.5,1,2)"), ParameterType::String)
            .setOptional(),
        P::make(u"level_names"_s, tr("Names of the raster's levels from low to very high (empty: low, medium, high, very high)"), ParameterType::String)
            .setOptional(),
        P::make(u"exposure"_s, tr("Exposed elements: buildings (polygons or points), facilities (points) or roads (lines)"), ParameterType::VectorLayer)
            .setOptional(),
        P::make(u"zones"_s, tr("Districts (polygons)"), ParameterType::VectorLayer),
        P::make(u"zone_field"_s, tr("District name or code field"), ParameterType::Field).withParent(u"zones"_s),
        P::make(u"population"_s, tr("Population raster (people per cell)"), ParameterType::RasterLayer).setOptional(),
        P::make(u"overlaps"_s, tr("Overlapping hazard zones"), ParameterType::Enum)
            .withOptions({u"highest"_s, u"each_zone"_s, u"refuse"_s})
            .withDefault(u"highest"_s),
        P::make(u"output"_s, tr("Exposure table (GeoPackage, or CSV when it ends in .csv)"), ParameterType::FileOutput)
            .withFile(FileKind::Table, u"gpkg"_s),
        P::make(u"csv_output"_s, tr("Also as CSV"), ParameterType::FileOutput).withFile(FileKind::Table, u"csv"_s).setOptional(),
        P::make(u"layer_output"_s, tr("Also as a layer: the districts with a column per level (count_very_high … count_low, and people_, area_m2_, length_m_ where they apply)"),
                ParameterType::FileOutput)
            .withFile(FileKind::Vector, u"gpkg"_s)
            .setOptional(),
    };
}

QList<OutputDefinition> ExposureAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Exposure table"), OutputType::TableFile},
        OutputDefinition{u"csv_output"_s, tr("Exposure table (CSV)"), OutputType::TableFile},
        OutputDefinition{u"layer_output"_s, tr("Districts with the exposure per level"), OutputType::VectorFile},
        OutputDefinition{u"exposed"_s, tr("Elements in a hazard zone"), OutputType::Number},
        OutputDefinition{u"not_exposed"_s, tr("Elements outside every hazard zone"), OutputType::Number},
        OutputDefinition{u"outside_zones"_s, tr("Exposed elements outside every district"), OutputType::Number},
        OutputDefinition{u"people"_s, tr("People in a hazard zone"), OutputType::Number},
        OutputDefinition{u"overlapping_pairs"_s, tr("Pairs of overlapping hazard zones"), OutputType::Number},
        OutputDefinition{u"per_level"_s, tr("Elements per level, low to very high"), OutputType::Json},
        OutputDefinition{u"rows"_s, tr("Rows written"), OutputType::Number},
    };
}

Result<QVariantMap> ExposureAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString hazardSource = parameters.value(u"hazard"_s).toString();
    const QString hazardRaster = parameters.value(u"hazard_raster"_s).toString();
    const QString exposureSource = parameters.value(u"exposure"_s).toString();
    const QString zonesSource = parameters.value(u"zones"_s).toString();
    const QString zoneField = parameters.value(u"zone_field"_s).toString();
    const QString populationPath = parameters.value(u"population"_s).toString();
    const QString output = parameters.value(u"output"_s).toString();
    const QString csvOutput = parameters.value(u"csv_output"_s).toString();
    const QString overlapsText = parameters.value(u"overlaps"_s).toString();
    const Overlaps overlaps = overlapsText == u"each_zone"_s ? Overlaps::EachZone
                              : overlapsText == u"refuse"_s  ? Overlaps::Refuse
                                                             : Overlaps::Highest;

    if (hazardSource.isEmpty() == hazardRaster.isEmpty())
        return fail(tr("Give the hazard as zones (“hazard”, polygons with a level) or as a raster (“hazard_raster” with “thresholds”), one of them."));
    if (exposureSource.isEmpty() && populationPath.isEmpty())
        return fail(tr("Nothing to measure: give the exposed elements (“exposure”) and/or a population raster (“population”)."));
    QStringList inputs{zonesSource};
    for (const QString &s : {hazardSource, hazardRaster, exposureSource, populationPath})
        if (!s.isEmpty())
            inputs << s;
    for (const QString &out : {output, csvOutput, parameters.value(u"layer_output"_s).toString()})
        if (!out.isEmpty())
            if (auto ok = checkOutputIsNotInput(out, inputs); !ok)
                return std::unexpected(ok.error());

    // ------------------------------------------------------------ hazard zones
    OGRSpatialReference targetSrs;
    bool hasTargetSrs = false;
    PolygonSet hazard;
    std::vector<int> hazardLevel;
    std::array<QString, kSlots> levelName;
    QString hazardPath;
    GDALDatasetUniquePtr polygonized; // raster hazard: its zones, in memory
    if (!hazardSource.isEmpty()) {
        auto input = openVector(hazardSource);
        if (!input)
            return std::unexpected(input.error());
        hazardPath = input->path;
        OGRLayer *layer = input->layer;
        QString field = parameters.value(u"hazard_field"_s).toString();
        if (field.isEmpty())
            field = u"level"_s;
        const int index = layer->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData());
        if (index < 0)
            return fail(tr("%1 has no hazard level field “%2” (parameter “hazard_field”): every zone needs a level (muy alto, alto, medio, bajo or 1 to 4).")
                            .arg(hazardPath, field),
                        hazardPath);
        if (wkbFlatten(layer->GetGeomType()) != wkbUnknown && !isPolygonal(layer->GetGeomType()))
            return fail(tr("The hazard zones must be polygons: %1 has %2 geometries.")
                            .arg(hazardPath, QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType()))),
                        hazardPath);
        if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
            targetSrs = *srs;
            hasTargetSrs = true;
        }
        auto features = readFeatures(layer, hazardPath);
        if (!features)
            return std::unexpected(features.error());
        if (features->empty())
            return fail(tr("%1 has no hazard zones.").arg(hazardPath), hazardPath);
        QStringList withoutLevel;
        for (const OGRFeatureUniquePtr &f : *features) {
            const OGRGeometry *g = f->GetGeometryRef();
            if (!g || g->IsEmpty())
                continue;
            if (!isPolygonal(g->getGeometryType()))
                return fail(tr("The hazard zones must be polygons: feature %1 of %2 is a %3.")
                                .arg(f->GetFID())
                                .arg(hazardPath, QString::fromUtf8(g->getGeometryName())),
                            hazardPath);
            if (!f->IsFieldSetAndNotNull(index)) {
                withoutLevel << QString::number(f->GetFID());
                continue;
            }
            const QString text = QString::fromUtf8(f->GetFieldAsString(index)).trimmed();
            const int level = risk::levelFromText(text);
            if (level == 0)
                return fail(tr("%1, feature %2: “%3” in field “%4” is not a hazard level (muy alto, alto, medio, bajo, very high, high, medium, low or 1 to 4, 4 the highest).")
                                .arg(hazardPath)
                                .arg(f->GetFID())
                                .arg(text, field),
                            hazardPath);
            if (levelName[size_t(level)].isEmpty())
                levelName[size_t(level)] = text;
            std::unique_ptr<OGRGeometry> linear(g->hasCurveGeometry() ? g->getLinearGeometry() : g->clone());
            hazard.wkb.push_back(toWkb(*linear));
            hazard.geometries.push_back(std::move(linear));
            hazard.fids.push_back(f->GetFID());
            hazardLevel.push_back(level);
        }
        if (hazard.wkb.empty())
            return fail(tr("No hazard zone of %1 has a level in field “%2”: the hazard layer has no levels.").arg(hazardPath, field), hazardPath);
        if (!withoutLevel.isEmpty())
            feedback.pushWarning(tr("%1: %n zone(s) without a level are left out (features %2).", nullptr, int(withoutLevel.size()))
                                     .arg(hazardPath, withoutLevel.mid(0, 20).join(u", "_s)));
    } else {
        hazardPath = hazardRaster;
        const QString thresholds = parameters.value(u"thresholds"_s).toString();
        if (thresholds.trimmed().isEmpty())
            return fail(tr("Parameter “thresholds”: a hazard raster needs four thresholds, the lower bounds of low, medium, high and very high (e.g. 0.1,0.5,1,2)."));
        auto bounds = risk::parseBounds(thresholds, u"thresholds"_s);
        if (!bounds)
            return std::unexpected(bounds.error());
        auto names = risk::parseLevelNames(parameters.value(u"level_names"_s).toString(), u"level_names"_s);
        if (!names)
            return std::unexpected(names.error());
        for (int l = 1; l <= risk::kLevelCount; ++l)
            levelName[size_t(l)] = names->at(l - 1);
        GDALDatasetUniquePtr ds(GDALDataset::Open(hazardRaster.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!ds)
            return fail(tr("Cannot open the raster %1.").arg(hazardRaster), hazardRaster, errors.lastFailure());
        const int width = ds->GetRasterXSize(), height = ds->GetRasterYSize();
        double gt[6];
        ds->GetGeoTransform(gt);
        if (const OGRSpatialReference *srs = ds->GetSpatialRef()) {
            targetSrs = *srs;
            hasTargetSrs = true;
        }
        // Classify into a Byte raster in memory (0: below the low threshold or no
        // data), then polygonize it: the zones of each level, not overlapping.
        GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
        GDALDatasetUniquePtr classes(mem->Create("", width, height, 1, GDT_Byte, nullptr));
        classes->SetGeoTransform(gt);
        GDALRasterBand *in = ds->GetRasterBand(1);
        int hasNoData = 0;
        const double noData = in->GetNoDataValue(&hasNoData);
        std::vector<double> row(static_cast<size_t>(width));
        std::vector<uint8_t> out(static_cast<size_t>(width));
        for (int y = 0; y < height; ++y) {
            if (in->RasterIO(GF_Read, 0, y, width, 1, row.data(), width, 1, GDT_Float64, 0, 0, nullptr) != CE_None)
                return fail(tr("Cannot read the raster %1.").arg(hazardRaster), hazardRaster, errors.lastFailure());
            for (int x = 0; x < width; ++x) {
                const double v = row[size_t(x)];
                out[size_t(x)] = (hasNoData && v == noData) || std::isnan(v) || v < (*bounds)[0] ? 0 : uint8_t(risk::classify(v, *bounds));
            }
            if (classes->GetRasterBand(1)->RasterIO(GF_Write, 0, y, width, 1, out.data(), width, 1, GDT_Byte, 0, 0, nullptr) != CE_None)
                return fail(tr("Cannot classify the hazard raster %1 (not enough memory?).").arg(hazardRaster), hazardRaster, errors.lastFailure());
        }
        GDALDriver *memVector = GetGDALDriverManager()->GetDriverByName("Memory");
        polygonized.reset(memVector->Create("", 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer *zonesLayer = polygonized->CreateLayer("hazard", hasTargetSrs ? &targetSrs : nullptr, wkbPolygon, nullptr);
        OGRFieldDefn levelField("level", OFTInteger);
        zonesLayer->CreateField(&levelField);
        GDALRasterBand *band = classes->GetRasterBand(1);
        if (GDALPolygonize(band, band, zonesLayer, 0, nullptr, nullptr, nullptr) != CE_None)
            return fail(tr("Cannot turn the hazard raster %1 into zones.").arg(hazardRaster), hazardRaster, errors.lastFailure());
        zonesLayer->ResetReading();
        while (OGRFeatureUniquePtr f{zonesLayer->GetNextFeature()}) {
            const int level = f->GetFieldAsInteger(0);
            const OGRGeometry *g = f->GetGeometryRef();
            if (level < 1 || level > 4 || !g)
                continue;
            hazard.wkb.push_back(toWkb(*g));
            hazard.geometries.emplace_back(g->clone());
            hazard.fids.push_back(f->GetFID());
            hazardLevel.push_back(level);
        }
        if (hazard.wkb.empty())
            return fail(tr("No cell of %1 reaches the low threshold %2: there are no hazard zones.").arg(hazardRaster).arg((*bounds)[0]), hazardRaster);
    }
    for (int l = 1; l <= risk::kLevelCount; ++l)
        if (levelName[size_t(l)].isEmpty())
            levelName[size_t(l)] = risk::levelDisplayName(l);
    targetSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool measure = !hasTargetSrs || targetSrs.IsProjected();
    if (!measure)
        feedback.pushWarning(tr("%1 is in geographic coordinates: areas and lengths are left empty (reproject the layers to a projected CRS in metres).").arg(hazardPath));
    feedback.setProgress(2);

    // A transformation to the target CRS, explicit and announced, or none.
    auto transformFor = [&](const OGRSpatialReference *srs, const QString &path) -> Result<std::unique_ptr<OGRCoordinateTransformation>> {
        if (!srs || !hasTargetSrs) {
            if (!srs && hasTargetSrs)
                feedback.pushWarning(tr("%1 has no CRS: assuming the CRS of the hazard (%2).").arg(path, hazardPath));
            return std::unique_ptr<OGRCoordinateTransformation>();
        }
        if (srs->IsSame(&targetSrs))
            return std::unique_ptr<OGRCoordinateTransformation>();
        OGRSpatialReference source(*srs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&source, &targetSrs));
        if (!ct)
            return fail(tr("%1 is in another CRS than the hazard (%2) and cannot be reprojected to it.").arg(path, hazardPath), path,
                        errors.lastFailure());
        feedback.pushWarning(tr("%1 is in %2, the hazard in %3: reprojecting it to the hazard's CRS.")
                                 .arg(path, QString::fromUtf8(source.GetName()), QString::fromUtf8(targetSrs.GetName())));
        return ct;
    };

    // ------------------------------------------------------------ districts
    auto zonesInput = openVector(zonesSource);
    if (!zonesInput)
        return std::unexpected(zonesInput.error());
    const QString zonesPath = zonesInput->path;
    OGRLayer *zonesLayer = zonesInput->layer;
    const int zoneIndex = zonesLayer->GetLayerDefn()->GetFieldIndex(zoneField.toUtf8().constData());
    if (zoneIndex < 0)
        return fail(tr("%1 has no field “%2” (parameter “zone_field”).").arg(zonesPath, zoneField), zonesPath);
    const OGRFieldType zoneType = zonesLayer->GetLayerDefn()->GetFieldDefn(zoneIndex)->GetType();
    const bool zoneIsInteger = zoneType == OFTInteger || zoneType == OFTInteger64;
    auto zoneTransform = transformFor(zonesLayer->GetSpatialRef(), zonesPath);
    if (!zoneTransform)
        return std::unexpected(zoneTransform.error());
    auto zoneFeatures = readFeatures(zonesLayer, zonesPath);
    if (!zoneFeatures)
        return std::unexpected(zoneFeatures.error());
    if (zoneFeatures->empty())
        return fail(tr("%1 has no districts.").arg(zonesPath), zonesPath);
    PolygonSet districts;
    QVariantList zoneKeys;
    std::vector<const OGRFeature *> districtFeature; // the source feature of each district
    for (const OGRFeatureUniquePtr &f : *zoneFeatures) {
        const OGRGeometry *g = f->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        if (!isPolygonal(g->getGeometryType()))
            return fail(tr("The districts must be polygons: feature %1 of %2 is a %3.")
                            .arg(f->GetFID())
                            .arg(zonesPath, QString::fromUtf8(g->getGeometryName())),
                        zonesPath);
        std::unique_ptr<OGRGeometry> linear(g->hasCurveGeometry() ? g->getLinearGeometry() : g->clone());
        if (*zoneTransform && linear->transform(zoneTransform->get()) != OGRERR_NONE)
            return fail(tr("Cannot reproject district %1 of %2 to the hazard's CRS.").arg(f->GetFID()).arg(zonesPath), zonesPath, errors.lastFailure());
        districts.wkb.push_back(toWkb(*linear));
        districts.geometries.push_back(std::move(linear));
        districts.fids.push_back(f->GetFID());
        districtFeature.push_back(&*f);
        if (!f->IsFieldSetAndNotNull(zoneIndex))
            zoneKeys << QVariant();
        else if (zoneIsInteger)
            zoneKeys << qlonglong(f->GetFieldAsInteger64(zoneIndex));
        else
            zoneKeys << QString::fromUtf8(f->GetFieldAsString(zoneIndex));
    }
    if (districts.wkb.empty())
        return fail(tr("%1 has no district with a geometry.").arg(zonesPath), zonesPath);

    // ------------------------------------------------------------ overlaps
    qint64 overlappingPairs = 0;
    {
        GeosHandle geos;
        Index index(geos.h, hazard);
        std::vector<int> candidates;
        QStringList pairs;
        for (size_t i = 0; i < hazard.wkb.size(); ++i) {
            if (!index.geometry(int(i)))
                continue;
            index.candidates(index.geometry(int(i)), candidates);
            for (int j : candidates) {
                if (size_t(j) <= i || !index.intersects(int(i), index.geometry(j)))
                    continue;
                // Interiors sharing an area (touching borders are no overlap).
                if (GEOSRelatePattern_r(geos.h, index.geometry(int(i)), index.geometry(j), "2********") == 1) {
                    ++overlappingPairs;
                    if (pairs.size() < 20)
                        pairs << u"%1–%2"_s.arg(hazard.fids[i]).arg(hazard.fids[size_t(j)]);
                }
            }
        }
        if (overlappingPairs > 0) {
            const QString list = pairs.join(u", "_s) + (overlappingPairs > pairs.size() ? u", …"_s : QString());
            if (overlaps == Overlaps::Refuse)
                return fail(tr("%1: %n pair(s) of hazard zones overlap (feature ids %2). Fix the zones, or choose overlaps=highest (the highest level holds) or each_zone.",
                               nullptr, int(overlappingPairs))
                                .arg(hazardPath, list),
                            hazardPath);
            feedback.pushWarning(overlaps == Overlaps::Highest
                                     ? tr("%1: %n pair(s) of hazard zones overlap (feature ids %2); where they do, the highest level holds.", nullptr,
                                          int(overlappingPairs))
                                           .arg(hazardPath, list)
                                     : tr("%1: %n pair(s) of hazard zones overlap (feature ids %2); elements there count in every zone.", nullptr,
                                          int(overlappingPairs))
                                           .arg(hazardPath, list));
        }
    }
    feedback.setProgress(5);

    // ------------------------------------------------------------ exposure
    Totals totals;
    totals.resize(districts.wkb.size());
    bool sawPolygons = false, sawLines = false, sawPoints = false;
    if (!exposureSource.isEmpty()) {
        auto input = openVector(exposureSource);
        if (!input)
            return std::unexpected(input.error());
        const QString exposurePath = input->path;
        OGRLayer *layer = input->layer;
        const GIntBig featureCount = layer->GetFeatureCount();
        if (featureCount == 0)
            return fail(tr("%1 has no features: there is nothing exposed to count.").arg(exposurePath), exposurePath);
        const OGRSpatialReference *exposureSrs = layer->GetSpatialRef();
        auto probe = transformFor(exposureSrs, exposurePath);
        if (!probe)
            return std::unexpected(probe.error());
        const bool reproject = bool(*probe);
        std::unique_ptr<OGRSpatialReference> sourceSrs;
        if (reproject) {
            sourceSrs = std::make_unique<OGRSpatialReference>(*exposureSrs);
            sourceSrs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        }
        // Chunks of FIDs read by separate connections on SQL-backed formats (the
        // filter is an index range there); one sequential reader otherwise.
        const QString driver = QString::fromUtf8(input->dataset->GetDriver()->GetDescription());
        const QString fidColumn = QString::fromUtf8(layer->GetFIDColumn());
        const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
        GIntBig minFid = 0, maxFid = -1;
        if ((driver == u"GPKG"_s || driver == u"SQLite"_s) && !fidColumn.isEmpty() && featureCount > 20000 && threads > 1) {
            const QByteArray sql = "SELECT MIN(\"" + fidColumn.toUtf8() + "\"), MAX(\"" + fidColumn.toUtf8() + "\") FROM \""
                                   + QByteArray(layer->GetName()) + "\"";
            if (OGRLayer *result = input->dataset->ExecuteSQL(sql.constData(), nullptr, nullptr)) {
                if (OGRFeatureUniquePtr f{result->GetNextFeature()}) {
                    minFid = f->GetFieldAsInteger64(0);
                    maxFid = f->GetFieldAsInteger64(1);
                }
                input->dataset->ReleaseResultSet(result);
            }
        }
        const bool chunked = maxFid >= minFid;
        const int workerCount = chunked ? threads : 1;
        const GIntBig chunkSize = chunked ? std::max<GIntBig>(10000, (maxFid - minFid + 1) / (GIntBig(workerCount) * 8) + 1) : 0;
        const GIntBig chunkCount = chunked ? (maxFid - minFid + 1 + chunkSize - 1) / chunkSize : 1;
        std::atomic<GIntBig> nextChunk{0};
        std::atomic<GIntBig> done{0};
        std::atomic<bool> stop{false};
        std::mutex errorMutex;
        std::optional<Error> firstError;
        std::vector<Worker> workers(static_cast<size_t>(workerCount));
        const QByteArray layerName(layer->GetName());
        const VectorSource source = splitVectorSource(exposureSource);
        auto run = [&](int w) {
            Worker &worker = workers[size_t(w)];
            worker.hazard = &hazard;
            worker.hazardLevel = &hazardLevel;
            worker.districts = &districts;
            worker.overlaps = overlaps;
            worker.measure = measure;
            worker.init();
            GdalErrorCollector threadErrors;
            auto setError = [&](Error e) {
                std::lock_guard lock(errorMutex);
                if (!firstError)
                    firstError = std::move(e);
                stop = true;
            };
            GDALDatasetUniquePtr ds(GDALDataset::Open(source.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
            OGRLayer *l = ds ? (source.layerName.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(source.layerName.toUtf8().constData())) : nullptr;
            if (!l) {
                setError(Error{tr("Cannot open %1.").arg(exposurePath), exposurePath, threadErrors.lastFailure()});
                return;
            }
            // Only the geometry is read.
            {
                CPLStringList ignored;
                OGRFeatureDefn *defn = l->GetLayerDefn();
                for (int i = 0; i < defn->GetFieldCount(); ++i)
                    ignored.AddString(defn->GetFieldDefn(i)->GetNameRef());
                ignored.AddString("OGR_STYLE");
                l->SetIgnoredFields(const_cast<const char **>(ignored.List()));
            }
            std::unique_ptr<OGRCoordinateTransformation> ct;
            if (reproject)
                ct.reset(OGRCreateCoordinateTransformation(sourceSrs.get(), &targetSrs));
            auto process = [&]() -> bool {
                GIntBig local = 0;
                while (OGRFeatureUniquePtr f{l->GetNextFeature()}) {
                    OGRGeometry *g = f->GetGeometryRef();
                    if (g && ct && g->transform(ct.get()) != OGRERR_NONE) {
                        ++worker.totals.features;
                        ++worker.totals.skipped;
                    } else {
                        worker.add(g);
                    }
                    if ((++local & 4095) == 0) {
                        done += 4096;
                        if (feedback.isCanceled() || stop)
                            return false;
                        if (w == 0 && featureCount > 0)
                            feedback.setProgress(5 + 80.0 * std::min(1.0, double(done.load()) / double(featureCount)));
                    }
                }
                done += local & 4095;
                return true;
            };
            if (!chunked) {
                l->ResetReading();
                process();
                return;
            }
            for (;;) {
                const GIntBig c = nextChunk++;
                if (c >= chunkCount || stop || feedback.isCanceled())
                    break;
                const GIntBig lo = minFid + c * chunkSize, hi = lo + chunkSize;
                const QByteArray filter = "\"" + fidColumn.toUtf8() + "\" >= " + QByteArray::number(qlonglong(lo)) + " AND \""
                                          + fidColumn.toUtf8() + "\" < " + QByteArray::number(qlonglong(hi));
                if (l->SetAttributeFilter(filter.constData()) != OGRERR_NONE) {
                    setError(Error{tr("Cannot read %1.").arg(exposurePath), exposurePath, threadErrors.lastFailure()});
                    return;
                }
                l->ResetReading();
                if (!process())
                    break;
            }
        };
        std::vector<std::thread> pool;
        for (int w = 1; w < workerCount; ++w)
            pool.emplace_back(run, w);
        run(0);
        for (std::thread &t : pool)
            t.join();
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        if (firstError)
            return std::unexpected(*firstError);
        for (const Worker &w : workers) {
            totals.add(w.totals);
            sawPolygons = sawPolygons || w.sawPolygons;
            sawLines = sawLines || w.sawLines;
            sawPoints = sawPoints || w.sawPoints;
        }
        if (totals.features == totals.skipped)
            return fail(tr("%1 has no usable geometries: there is nothing exposed to count.").arg(exposurePath), exposurePath);
        if (totals.skipped > 0)
            feedback.pushWarning(tr("%1: %n feature(s) without a usable geometry were left out.", nullptr, int(totals.skipped)).arg(exposurePath));
    }
    feedback.setProgress(85);

    // ------------------------------------------------------------ population
    bool hasPeople = false;
    if (!populationPath.isEmpty()) {
        hasPeople = true;
        GDALDatasetUniquePtr pop(GDALDataset::Open(populationPath.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!pop)
            return fail(tr("Cannot open the population raster %1.").arg(populationPath), populationPath, errors.lastFailure());
        const OGRSpatialReference *popSrs = pop->GetSpatialRef();
        if (popSrs && hasTargetSrs && !popSrs->IsSame(&targetSrs))
            return fail(tr("The population raster %1 is in another CRS than the hazard (%2): warp it to the hazard's CRS first (Raster ▸ Warp); people are not resampled silently.")
                            .arg(populationPath, hazardPath),
                        populationPath);
        const int width = pop->GetRasterXSize(), height = pop->GetRasterYSize();
        double gt[6];
        pop->GetGeoTransform(gt);
        if (gt[2] != 0 || gt[4] != 0)
            return fail(tr("The population raster %1 is rotated; warp it to a north-up grid first.").arg(populationPath), populationPath);
        GDALRasterBand *band = pop->GetRasterBand(1);
        int hasNoData = 0;
        const double noData = band->GetNoDataValue(&hasNoData);
        // Only the rows and columns the hazard zones cover can hold exposed people.
        OGREnvelope hazardEnvelope;
        for (size_t i = 0; i < hazard.geometries.size(); ++i) {
            OGREnvelope e;
            hazard.geometries[i]->getEnvelope(&e);
            hazardEnvelope.Merge(e);
        }
        const int x0 = std::clamp(int(std::floor((hazardEnvelope.MinX - gt[0]) / gt[1])), 0, width);
        const int x1 = std::clamp(int(std::ceil((hazardEnvelope.MaxX - gt[0]) / gt[1])), 0, width);
        const int y0 = std::clamp(int(std::floor((hazardEnvelope.MaxY - gt[3]) / gt[5])), 0, height);
        const int y1 = std::clamp(int(std::ceil((hazardEnvelope.MinY - gt[3]) / gt[5])), 0, height);
        const int w = x1 - x0;
        GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
        // The hazard zones burnt from the lowest level to the highest: the highest holds.
        std::vector<size_t> order(hazard.geometries.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return hazardLevel[a] < hazardLevel[b]; });
        const int strip = 512;
        std::vector<float> people(size_t(std::max(w, 1)) * strip);
        std::vector<int32_t> districtOf(people.size());
        std::vector<uint8_t> levelOf(people.size());
        for (int y = y0; y < y1 && w > 0; y += strip) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            feedback.setProgress(85 + 10.0 * (y - y0) / std::max(1, y1 - y0));
            const int h = std::min(strip, y1 - y);
            const double sgt[6] = {gt[0] + x0 * gt[1], gt[1], 0, gt[3] + y * gt[5], 0, gt[5]};
            const double sx0 = sgt[0], sx1 = sgt[0] + w * gt[1], sy1 = sgt[3], sy0 = sgt[3] + h * gt[5];
            auto burn = [&](const std::vector<std::unique_ptr<OGRGeometry>> &geoms, const std::vector<size_t> &indices,
                            auto valueOf, GDALDataType type, void *buffer) -> bool {
                GDALDatasetUniquePtr ds(mem->Create("", w, h, 1, type, nullptr));
                ds->SetGeoTransform(const_cast<double *>(sgt));
                std::vector<OGRGeometryH> handles;
                std::vector<double> values;
                for (size_t i : indices) {
                    OGREnvelope e;
                    geoms[i]->getEnvelope(&e);
                    if (e.MaxX < sx0 || e.MinX > sx1 || e.MaxY < sy0 || e.MinY > sy1)
                        continue;
                    handles.push_back(OGRGeometry::ToHandle(geoms[i].get()));
                    values.push_back(valueOf(i));
                }
                const int bandList[] = {1};
                if (!handles.empty()
                    && GDALRasterizeGeometries(GDALDataset::ToHandle(ds.get()), 1, bandList, int(handles.size()), handles.data(), nullptr,
                                               nullptr, values.data(), nullptr, nullptr, nullptr)
                           != CE_None)
                    return false;
                return ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, w, h, buffer, w, h, type, 0, 0, nullptr) == CE_None;
            };
            if (!burn(hazard.geometries, order, [&](size_t i) { return double(hazardLevel[i]); }, GDT_Byte, levelOf.data()))
                return fail(tr("Cannot rasterize the hazard zones on the grid of %1.").arg(populationPath), populationPath, errors.lastFailure());
            bool anyLevel = false;
            for (size_t i = 0; i < size_t(w) * size_t(h) && !anyLevel; ++i)
                anyLevel = levelOf[i] != 0;
            if (!anyLevel)
                continue;
            // Districts burnt in reverse order: where they overlap, the first holds
            // (as for the buildings). 0: outside every district.
            std::vector<size_t> districtOrder(districts.geometries.size());
            for (size_t i = 0; i < districtOrder.size(); ++i)
                districtOrder[i] = districtOrder.size() - 1 - i;
            if (!burn(districts.geometries, districtOrder, [](size_t i) { return double(i + 1); }, GDT_Int32, districtOf.data()))
                return fail(tr("Cannot rasterize the districts on the grid of %1.").arg(populationPath), populationPath, errors.lastFailure());
            if (band->RasterIO(GF_Read, x0, y, w, h, people.data(), w, h, GDT_Float32, 0, 0, nullptr) != CE_None)
                return fail(tr("Cannot read the population raster %1.").arg(populationPath), populationPath, errors.lastFailure());
            for (size_t i = 0; i < size_t(w) * size_t(h); ++i) {
                const int level = levelOf[i];
                if (level == 0)
                    continue;
                const float v = people[i];
                if ((hasNoData && double(v) == noData) || std::isnan(v))
                    continue;
                const size_t d = districtOf[i] > 0 ? size_t(districtOf[i] - 1) : districts.geometries.size();
                totals.people[d * kSlots + size_t(level)] += double(v);
            }
        }
    }
    feedback.setProgress(95);

    // ------------------------------------------------------------ table
    const bool hasCount = !exposureSource.isEmpty();
    const bool hasArea = sawPolygons;
    const bool hasLength = sawLines;
    struct Column {
        const char *name;
        OGRFieldType type;
    };
    std::vector<Column> columns{{"zone", zoneIsInteger ? OFTInteger64 : OFTString}, {"level", OFTString}, {"level_code", OFTInteger}};
    if (hasCount)
        columns.push_back({"count", OFTInteger64});
    if (hasPeople)
        columns.push_back({"people", OFTReal});
    if (hasArea)
        columns.push_back({"area_m2", OFTReal});
    if (hasLength)
        columns.push_back({"length_m", OFTReal});
    const QString note = tr("One row per district and hazard level. A building or facility counts in the hazard zone and the district holding its centroid; roads by their length inside each zone and district; people by the cells whose centre is inside. Overlapping zones: %1.")
                             .arg(overlaps == Overlaps::EachZone ? tr("counted in every zone") : tr("the highest level holds"));
    const size_t districtCount = districts.wkb.size();
    auto writeTable = [&](const QString &path) -> Result<void> {
        const QString suffix = QFileInfo(path).suffix().toLower();
        const char *driverName = suffix == u"csv"_s ? "CSV" : suffix == u"gpkg"_s ? "GPKG" : nullptr;
        if (!driverName)
            return fail(tr("The exposure table %1 must end in .gpkg or .csv.").arg(path), path);
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
        if (QFileInfo::exists(path))
            driver->Delete(path.toUtf8().constData());
        GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return fail(tr("Cannot create the exposure table %1.").arg(path), path, errors.lastFailure());
        CPLStringList options;
        if (suffix == u"gpkg"_s) {
            options.SetNameValue("DESCRIPTION", note.toUtf8().constData());
            options.SetNameValue("ASPATIAL_VARIANT", "GPKG_ATTRIBUTES");
        } else {
            options.SetNameValue("STRING_QUOTING", "IF_NEEDED");
        }
        OGRLayer *layer = ds->CreateLayer(suffix == u"csv"_s ? QFileInfo(path).completeBaseName().toUtf8().constData() : "exposure", nullptr,
                                          wkbNone, options.List());
        if (!layer)
            return fail(tr("Cannot create the exposure table %1.").arg(path), path, errors.lastFailure());
        for (const Column &c : columns) {
            OGRFieldDefn def(c.name, c.type);
            if (layer->CreateField(&def) != OGRERR_NONE)
                return fail(tr("Cannot create the exposure table %1.").arg(path), path, errors.lastFailure());
        }
        const bool transaction = ds->StartTransaction() == OGRERR_NONE;
        for (size_t d = 0; d < districtCount; ++d) {
            for (int level = risk::kLevelCount; level >= 1; --level) {
                const size_t slot = d * kSlots + size_t(level);
                OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
                const QVariant key = zoneKeys.at(qsizetype(d));
                if (!key.isValid())
                    f->SetFieldNull(0);
                else if (zoneIsInteger)
                    f->SetField(0, GIntBig(key.toLongLong()));
                else
                    f->SetField(0, key.toString().toUtf8().constData());
                f->SetField(1, levelName[size_t(level)].toUtf8().constData());
                f->SetField(2, level);
                int c = 3;
                if (hasCount)
                    f->SetField(c++, GIntBig(totals.count[slot]));
                if (hasPeople)
                    f->SetField(c++, totals.people[slot]);
                if (hasArea) {
                    if (measure)
                        f->SetField(c, totals.area[slot]);
                    else
                        f->SetFieldNull(c);
                    ++c;
                }
                if (hasLength) {
                    if (measure)
                        f->SetField(c, totals.length[slot]);
                    else
                        f->SetFieldNull(c);
                    ++c;
                }
                if (layer->CreateFeature(f.get()) != OGRERR_NONE)
                    return fail(tr("Cannot write the exposure table %1.").arg(path), path, errors.lastFailure());
            }
        }
        if (transaction && ds->CommitTransaction() != OGRERR_NONE)
            return fail(tr("Cannot write the exposure table %1.").arg(path), path, errors.lastFailure());
        if (!risk::closeDataset(ds.release()))
            return fail(tr("Cannot write the exposure table %1.").arg(path), path, errors.lastFailure());
        return {};
    };
    if (auto ok = writeTable(output); !ok)
        return std::unexpected(ok.error());
    if (!csvOutput.isEmpty())
        if (auto ok = writeTable(csvOutput); !ok)
            return std::unexpected(ok.error());
    const QString layerOutput = parameters.value(u"layer_output"_s).toString();
    if (!layerOutput.isEmpty()) {
        // The districts (their own geometry and CRS) with one column per level and measure.
        static const char *const levelKeys[] = {"", "low", "medium", "high", "very_high"};
        QList<NewField> fields;
        std::vector<std::pair<const std::vector<double> *, int>> doubleColumns; // values, level
        std::vector<int> countColumns;
        for (int level = risk::kLevelCount; level >= 1; --level) {
            const QString key = QString::fromLatin1(levelKeys[level]);
            if (hasCount) {
                fields << NewField{u"count_"_s + key, OFTInteger64};
                countColumns.push_back(level);
            }
        }
        auto addColumns = [&](bool on, const QString &prefix, const std::vector<double> &values) {
            if (!on)
                return;
            for (int level = risk::kLevelCount; level >= 1; --level) {
                fields << NewField{prefix + QString::fromLatin1(levelKeys[level]), OFTReal};
                doubleColumns.emplace_back(&values, level);
            }
        };
        addColumns(hasPeople, u"people_"_s, totals.people);
        addColumns(hasArea && measure, u"area_m2_"_s, totals.area);
        addColumns(hasLength && measure, u"length_m_"_s, totals.length);
        auto writer = ZoneWriter::create(layerOutput, zonesLayer, fields, ExistingField::Replace);
        if (!writer)
            return std::unexpected(writer.error());
        for (size_t d = 0; d < districtCount; ++d) {
            QVariantList values;
            for (int level : countColumns)
                values << totals.count[d * kSlots + size_t(level)];
            for (const auto &[column, level] : doubleColumns)
                values << (*column)[d * kSlots + size_t(level)];
            if (auto ok = (*writer)->write(*districtFeature[d], values); !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = (*writer)->close(); !ok)
            return std::unexpected(ok.error());
    }

    qint64 exposed = 0, notExposed = 0, outside = 0;
    double peopleTotal = 0;
    QVariantList perLevel;
    for (int level = 1; level <= risk::kLevelCount; ++level) {
        qint64 n = 0;
        for (size_t d = 0; d <= districtCount; ++d)
            n += totals.count[d * kSlots + size_t(level)];
        perLevel << n;
    }
    for (size_t d = 0; d <= districtCount; ++d) {
        notExposed += totals.count[d * kSlots];
        for (int level = 1; level <= risk::kLevelCount; ++level) {
            exposed += totals.count[d * kSlots + size_t(level)];
            peopleTotal += totals.people[d * kSlots + size_t(level)];
            if (d == districtCount)
                outside += totals.count[d * kSlots + size_t(level)];
        }
    }
    if (outside > 0)
        feedback.pushWarning(tr("%n exposed element(s) are outside every district of %1: they are not in the table.", nullptr, int(outside)).arg(zonesPath));
    feedback.pushInfo(note);
    QVariantMap outputs;
    outputs.insert(u"output"_s, output);
    if (!csvOutput.isEmpty())
        outputs.insert(u"csv_output"_s, csvOutput);
    if (!layerOutput.isEmpty())
        outputs.insert(u"layer_output"_s, layerOutput);
    if (hasCount) {
        outputs.insert(u"exposed"_s, exposed);
        outputs.insert(u"not_exposed"_s, notExposed);
        outputs.insert(u"outside_zones"_s, outside);
        outputs.insert(u"per_level"_s, perLevel);
    }
    if (hasPeople)
        outputs.insert(u"people"_s, peopleTotal);
    outputs.insert(u"overlapping_pairs"_s, overlappingPairs);
    outputs.insert(u"rows"_s, qlonglong(districtCount * risk::kLevelCount));
    feedback.setProgress(100);
    return outputs;
}

} // namespace territoria
