#include "pointcounts.h"

#include "data/gdalutil.h"
#include "task/feedback.h"
#include "analysis/vectorio.h"

#include <geodesic.h>
#include <geos_c.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A GEOS context for this run (GEOS's reentrant API), freed at scope end.
struct GeosContext {
    GEOSContextHandle_t handle = GEOS_init_r();
    ~GeosContext() { GEOS_finish_r(handle); }
};

// Geodesic area (m²) of a polygonal geometry given in lon/lat degrees.
double geodesicArea(const geod_geodesic &geod, const OGRGeometry *g)
{
    auto ringArea = [&](const OGRLinearRing *ring) {
        const int n = ring->getNumPoints();
        if (n < 4)
            return 0.0;
        std::vector<double> lats(size_t(n - 1)), lons(size_t(n - 1));
        for (int i = 0; i < n - 1; ++i) {
            lons[size_t(i)] = ring->getX(i);
            lats[size_t(i)] = ring->getY(i);
        }
        double area = 0;
        geod_polygonarea(&geod, lats.data(), lons.data(), n - 1, &area, nullptr);
        return std::abs(area);
    };
    auto polygonArea = [&](const OGRPolygon *p) {
        double a = 0;
        bool first = true;
        for (const OGRLinearRing *ring : *p) {
            a += first ? ringArea(ring) : -ringArea(ring);
            first = false;
        }
        return a;
    };
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    if (type == wkbPolygon)
        return polygonArea(g->toPolygon());
    double total = 0;
    if (type == wkbMultiPolygon) {
        for (const OGRPolygon *p : *g->toMultiPolygon())
            total += polygonArea(p);
    }
    return total;
}

} // namespace

QString PointCountsAlgorithm::id() const
{
    return u"indicators:point_counts"_s;
}

QString PointCountsAlgorithm::displayName() const
{
    return tr("Point counts per zone");
}

QString PointCountsAlgorithm::group() const
{
    return tr("Vector indicators");
}

QString PointCountsAlgorithm::shortHelp() const
{
    return tr("Counts the points (facilities, bus stops, antennas) in each zone and derives the count per 1,000 "
              "inhabitants (when a population field is given) and per km². Areas are geodesic, computed on the "
              "ellipsoid of the zones' CRS. A point on a border between zones counts once, for the first zone.");
}

QList<ParameterDefinition> PointCountsAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"points"_s, tr("Points"), ParameterType::VectorLayer),
        P::make(u"zones"_s, tr("Zone polygons"), ParameterType::VectorLayer),
        P::make(u"population_field"_s, tr("Population field of the zones"), ParameterType::Field)
            .withParent(u"zones"_s)
            .setOptional(),
        P::make(u"prefix"_s, tr("Prefix of the new field names"), ParameterType::String).withDefault(u"points_"_s),
        P::make(u"output"_s, tr("Output zones with counts"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s),
    };
}

QList<OutputDefinition> PointCountsAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Zones with counts"), OutputType::VectorFile},
        OutputDefinition{u"point_count"_s, tr("Points read"), OutputType::Number},
        OutputDefinition{u"points_outside"_s, tr("Points outside every zone"), OutputType::Number},
    };
}

Result<QVariantMap> PointCountsAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString outputPath = parameters.value(u"output"_s).toString();
    const QString prefix = parameters.value(u"prefix"_s).toString();
    const QString populationField = parameters.value(u"population_field"_s).toString();

    if (auto ok = checkOutputIsNotInput(outputPath, {parameters.value(u"zones"_s).toString(), parameters.value(u"points"_s).toString()}); !ok)
        return std::unexpected(ok.error());
    auto zonesInput = openVector(parameters.value(u"zones"_s).toString());
    if (!zonesInput)
        return std::unexpected(zonesInput.error());
    auto pointsInput = openVector(parameters.value(u"points"_s).toString());
    if (!pointsInput)
        return std::unexpected(pointsInput.error());
    OGRLayer *zonesLayer = zonesInput->layer;
    OGRLayer *pointsLayer = pointsInput->layer;
    const QString zonesPath = zonesInput->path;
    const QString pointsPath = pointsInput->path;
    if (wkbFlatten(zonesLayer->GetGeomType()) != wkbUnknown && !isPolygonal(zonesLayer->GetGeomType()))
        return fail(tr("The zones must be polygons: %1 has %2 geometries.")
                        .arg(zonesPath, QString::fromUtf8(OGRGeometryTypeToName(zonesLayer->GetGeomType()))),
                    zonesPath);
    if (wkbFlatten(pointsLayer->GetGeomType()) != wkbUnknown && !isPoint(pointsLayer->GetGeomType()))
        return fail(tr("The points must be points: %1 has %2 geometries.")
                        .arg(pointsPath, QString::fromUtf8(OGRGeometryTypeToName(pointsLayer->GetGeomType()))),
                    pointsPath);
    const OGRSpatialReference *zonesSrs = zonesLayer->GetSpatialRef();
    if (!zonesSrs)
        return fail(tr("%1 has no CRS: the area of its zones cannot be measured.").arg(zonesPath), zonesPath);
    int populationIndex = -1;
    if (!populationField.isEmpty())
        populationIndex = zonesLayer->GetLayerDefn()->GetFieldIndex(populationField.toUtf8().constData());

    auto zoneFeatures = readFeatures(zonesLayer, zonesPath);
    if (!zoneFeatures)
        return std::unexpected(zoneFeatures.error());
    const size_t zoneCount = zoneFeatures->size();

    // Geodesic areas on the zones' own ellipsoid.
    OGRSpatialReference zonesCrs(*zonesSrs);
    zonesCrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRSpatialReference> geographic(zonesCrs.CloneGeogCS());
    geographic->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toGeographic(OGRCreateCoordinateTransformation(&zonesCrs, geographic.get()));
    if (!toGeographic)
        return fail(tr("Cannot convert the zones of %1 to longitude and latitude.").arg(zonesPath), zonesPath, errors.lastFailure());
    OGRErr err = OGRERR_NONE;
    const double semiMajor = zonesCrs.GetSemiMajor(&err);
    const double inverseFlattening = zonesCrs.GetInvFlattening(&err);
    geod_geodesic geod;
    geod_init(&geod, semiMajor, inverseFlattening != 0 ? 1.0 / inverseFlattening : 0.0);

    GeosContext geos;
    struct PreparedDeleter {
        GEOSContextHandle_t h;
        void operator()(const GEOSPreparedGeometry *p) const { GEOSPreparedGeom_destroy_r(h, p); }
    };
    struct GeomDeleter {
        GEOSContextHandle_t h;
        void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(h, g); }
    };
    std::vector<std::unique_ptr<GEOSGeometry, GeomDeleter>> geoms;
    std::vector<std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>> prepared;
    std::vector<double> areas(zoneCount, kNaN);
    GEOSSTRtree *rawTree = GEOSSTRtree_create_r(geos.handle, 10);
    std::vector<size_t> indices(zoneCount);
    for (size_t z = 0; z < zoneCount; ++z) {
        indices[z] = z;
        geoms.emplace_back(nullptr, GeomDeleter{geos.handle});
        prepared.emplace_back(nullptr, PreparedDeleter{geos.handle});
        const OGRGeometry *g = (*zoneFeatures)[z]->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        if (!isPolygonal(g->getGeometryType())) {
            GEOSSTRtree_destroy_r(geos.handle, rawTree);
            return fail(tr("The zones must be polygons: feature %1 of %2 is a %3.")
                            .arg((*zoneFeatures)[z]->GetFID())
                            .arg(zonesPath, QString::fromUtf8(g->getGeometryName())),
                        zonesPath);
        }
        std::unique_ptr<OGRGeometry> linear(g->hasCurveGeometry() ? g->getLinearGeometry() : g->clone());
        std::vector<unsigned char> wkb(size_t(linear->WkbSize()));
        linear->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
        geoms[z].reset(GEOSGeomFromWKB_buf_r(geos.handle, wkb.data(), wkb.size()));
        if (!geoms[z])
            continue;
        prepared[z].reset(GEOSPrepare_r(geos.handle, geoms[z].get()));
        GEOSSTRtree_insert_r(geos.handle, rawTree, geoms[z].get(), &indices[z]);
        if (linear->transform(toGeographic.get()) == OGRERR_NONE)
            areas[z] = geodesicArea(geod, linear.get());
    }
    struct TreeDeleter {
        GEOSContextHandle_t h;
        void operator()(GEOSSTRtree *t) const { GEOSSTRtree_destroy_r(h, t); }
    };
    std::unique_ptr<GEOSSTRtree, TreeDeleter> strtree(rawTree, TreeDeleter{geos.handle});

    // The points, reprojected to the zones' CRS.
    std::unique_ptr<OGRCoordinateTransformation> toZones;
    if (const OGRSpatialReference *pointsSrs = pointsLayer->GetSpatialRef(); pointsSrs && !pointsSrs->IsSame(&zonesCrs)) {
        OGRSpatialReference src(*pointsSrs);
        src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        toZones.reset(OGRCreateCoordinateTransformation(&src, &zonesCrs));
        if (!toZones)
            return fail(tr("Cannot reproject the points of %1 to the CRS of %2.").arg(pointsPath, zonesPath), pointsPath,
                        errors.lastFailure());
    } else if (!pointsSrs) {
        feedback.pushWarning(tr("%1 has no CRS: assuming the CRS of %2.").arg(pointsPath, zonesPath));
    }

    std::vector<qint64> counts(zoneCount, 0);
    qint64 total = 0, outside = 0;
    const GIntBig featureTotal = std::max<GIntBig>(1, pointsLayer->GetFeatureCount());
    GIntBig read = 0;
    struct Query {
        GEOSContextHandle_t h;
        const std::vector<std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>> *prepared;
        const GEOSGeometry *point;
        size_t best;
    };
    pointsLayer->ResetReading();
    while (OGRFeatureUniquePtr f{pointsLayer->GetNextFeature()}) {
        if ((++read & 1023) == 0) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            feedback.setProgress(90.0 * double(read) / double(featureTotal));
        }
        OGRGeometry *g = f->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        if (!isPoint(g->getGeometryType()))
            return fail(tr("The points must be points: feature %1 of %2 is a %3.")
                            .arg(f->GetFID())
                            .arg(pointsPath, QString::fromUtf8(g->getGeometryName())),
                        pointsPath);
        if (toZones && g->transform(toZones.get()) != OGRERR_NONE) {
            ++total;
            ++outside;
            continue;
        }
        std::vector<const OGRPoint *> parts;
        if (wkbFlatten(g->getGeometryType()) == wkbPoint)
            parts.push_back(g->toPoint());
        else
            for (const OGRPoint *p : *g->toMultiPoint())
                parts.push_back(p);
        for (const OGRPoint *p : parts) {
            ++total;
            GEOSGeometry *pt = GEOSGeom_createPointFromXY_r(geos.handle, p->getX(), p->getY());
            Query q{geos.handle, &prepared, pt, zoneCount};
            GEOSSTRtree_query_r(
                geos.handle, strtree.get(), pt,
                [](void *item, void *data) {
                    auto *query = static_cast<Query *>(data);
                    const size_t z = *static_cast<size_t *>(item);
                    if (z < query->best && GEOSPreparedIntersects_r(query->h, (*query->prepared)[z].get(), query->point) == 1)
                        query->best = z;
                },
                &q);
            GEOSGeom_destroy_r(geos.handle, pt);
            if (q.best < zoneCount)
                ++counts[q.best];
            else
                ++outside;
        }
    }

    const QList<NewField> fields{{prefix + u"count"_s, OFTInteger64},
                                 {prefix + u"per_1000_inhabitants"_s, OFTReal},
                                 {prefix + u"per_km2"_s, OFTReal},
                                 {prefix + u"area_km2"_s, OFTReal}};
    auto writer = ZoneWriter::create(outputPath, zonesLayer, fields);
    if (!writer)
        return std::unexpected(writer.error());
    int noPopulation = 0;
    for (size_t z = 0; z < zoneCount; ++z) {
        const OGRFeature &zone = *(*zoneFeatures)[z];
        double per1000 = kNaN;
        if (populationIndex >= 0) {
            const double population = zone.IsFieldSetAndNotNull(populationIndex) ? zone.GetFieldAsDouble(populationIndex) : kNaN;
            if (population > 0)
                per1000 = double(counts[z]) * 1000.0 / population;
            else
                ++noPopulation;
        }
        const double areaKm2 = areas[z] / 1e6;
        const double perKm2 = areaKm2 > 0 ? double(counts[z]) / areaKm2 : kNaN;
        if (auto ok = (*writer)->write(zone, std::vector<double>{double(counts[z]), per1000, perKm2, areaKm2}); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = (*writer)->close(); !ok)
        return std::unexpected(ok.error());
    if (noPopulation > 0)
        feedback.pushWarning(tr("%n zone(s) have no positive population: their rate per 1,000 inhabitants is empty.", nullptr, noPopulation));
    if (outside > 0)
        feedback.pushInfo(tr("%n point(s) fall outside every zone.", nullptr, int(outside)));

    QVariantMap outputs;
    outputs.insert(u"output"_s, outputPath);
    outputs.insert(u"point_count"_s, total);
    outputs.insert(u"points_outside"_s, outside);
    return outputs;
}

} // namespace territoria
