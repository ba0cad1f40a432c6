#include "coveragegap.h"

#include "data/gdalutil.h"
#include "task/feedback.h"
#include "analysis/vectorio.h"

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::unique_ptr<OGRCoordinateTransformation> transformBetween(const OGRSpatialReference *from, const OGRSpatialReference *to)
{
    if (!from || !to || from->IsSame(to))
        return nullptr;
    OGRSpatialReference a(*from), b(*to);
    a.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    b.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return std::unique_ptr<OGRCoordinateTransformation>(OGRCreateCoordinateTransformation(&a, &b));
}

// Linear, valid copies of the polygons of `features`, transformed with `ct`.
std::vector<std::unique_ptr<OGRGeometry>> polygons(const std::vector<OGRFeatureUniquePtr> &features,
                                                   OGRCoordinateTransformation *ct)
{
    std::vector<std::unique_ptr<OGRGeometry>> result;
    for (const auto &f : features) {
        const OGRGeometry *g = f->GetGeometryRef();
        if (!g || g->IsEmpty() || !isPolygonal(g->getGeometryType())) {
            result.emplace_back();
            continue;
        }
        std::unique_ptr<OGRGeometry> copy(g->hasCurveGeometry() ? g->getLinearGeometry() : g->clone());
        if (ct && copy->transform(ct) != OGRERR_NONE) {
            result.emplace_back();
            continue;
        }
        if (!copy->IsValid()) {
            if (OGRGeometry *valid = copy->MakeValid())
                copy.reset(valid);
        }
        result.push_back(std::move(copy));
    }
    return result;
}

} // namespace

QString CoverageGapAlgorithm::id() const
{
    return u"indicators:coverage_gap"_s;
}

QString CoverageGapAlgorithm::displayName() const
{
    return tr("Population outside coverage");
}

QString CoverageGapAlgorithm::group() const
{
    return tr("Vector indicators");
}

QString CoverageGapAlgorithm::shortHelp() const
{
    return tr("People outside a coverage polygon layer (mobile coverage, isochrones) per zone, as a count and a share. "
              "With a population raster, a pixel belongs to the zone and to the coverage that contain its centre. "
              "With a population field instead, each zone's population is spread evenly over its area and the covered "
              "part is the area of the zone inside the coverage, measured in a Lambert azimuthal equal-area projection "
              "centred on the zones. Zones should not overlap.");
}

QList<ParameterDefinition> CoverageGapAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"zones"_s, tr("Zone polygons"), ParameterType::VectorLayer),
        P::make(u"coverage"_s, tr("Coverage polygons"), ParameterType::VectorLayer),
        P::make(u"population"_s, tr("Population raster"), ParameterType::RasterLayer).setOptional(),
        P::make(u"band"_s, tr("Band of the population raster"), ParameterType::Integer).withRange(1, 1e6).withDefault(1),
        P::make(u"population_field"_s, tr("Population field of the zones (spread over their area)"), ParameterType::Field)
            .withParent(u"zones"_s)
            .setOptional(),
        P::make(u"prefix"_s, tr("Prefix of the new field names"), ParameterType::String).withDefault(u"gap_"_s),
        P::make(u"output"_s, tr("Zones with the coverage gap"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s),
    };
}

QList<OutputDefinition> CoverageGapAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Zones with the coverage gap"), OutputType::VectorFile},
        OutputDefinition{u"total_population"_s, tr("Population of the zones"), OutputType::Number},
        OutputDefinition{u"uncovered_population"_s, tr("Population outside coverage"), OutputType::Number},
        OutputDefinition{u"uncovered_share"_s, tr("Share of the population outside coverage (0-1)"), OutputType::Number},
    };
}

Result<QVariantMap> CoverageGapAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString zonesSource = parameters.value(u"zones"_s).toString();
    const QString coverageSource = parameters.value(u"coverage"_s).toString();
    const QString rasterPath = parameters.value(u"population"_s).toString();
    const QString populationField = parameters.value(u"population_field"_s).toString();
    const QString prefix = parameters.value(u"prefix"_s).toString();
    const QString output = parameters.value(u"output"_s).toString();
    if (rasterPath.isEmpty() == populationField.isEmpty())
        return fail(tr("Give either a population raster (“population”) or a population field (“population_field”), not both."));
    if (auto ok = checkOutputIsNotInput(output, {zonesSource, coverageSource, rasterPath}); !ok)
        return std::unexpected(ok.error());
    auto zonesInput = openVector(zonesSource);
    if (!zonesInput)
        return std::unexpected(zonesInput.error());
    auto coverageInput = openVector(coverageSource);
    if (!coverageInput)
        return std::unexpected(coverageInput.error());
    for (const VectorInput *in : {&*zonesInput, &*coverageInput}) {
        if (wkbFlatten(in->layer->GetGeomType()) != wkbUnknown && !isPolygonal(in->layer->GetGeomType()))
            return fail(tr("%1 must hold polygons, not %2.")
                            .arg(in->path, QString::fromUtf8(OGRGeometryTypeToName(in->layer->GetGeomType()))),
                        in->path);
        if (!in->layer->GetSpatialRef())
            return fail(tr("%1 has no CRS.").arg(in->path), in->path);
    }
    auto zoneFeatures = readFeatures(zonesInput->layer, zonesInput->path);
    if (!zoneFeatures)
        return std::unexpected(zoneFeatures.error());
    auto coverageFeatures = readFeatures(coverageInput->layer, coverageInput->path);
    if (!coverageFeatures)
        return std::unexpected(coverageFeatures.error());
    for (const auto &[features, in] : {std::pair{&*zoneFeatures, &*zonesInput}, std::pair{&*coverageFeatures, &*coverageInput}}) {
        for (const auto &f : *features) {
            const OGRGeometry *g = f->GetGeometryRef();
            if (g && !g->IsEmpty() && !isPolygonal(g->getGeometryType()))
                return fail(tr("%1 must hold polygons: feature %2 is a %3.")
                                .arg(in->path)
                                .arg(f->GetFID())
                                .arg(QString::fromUtf8(g->getGeometryName())),
                            in->path);
        }
    }
    const size_t zoneCount = zoneFeatures->size();
    std::vector<double> population(zoneCount, kNaN), uncovered(zoneCount, kNaN);

    if (!populationField.isEmpty()) {
        // Area-weighted: in a Lambert azimuthal equal-area projection centred on the zones.
        const int popIndex = zonesInput->layer->GetLayerDefn()->GetFieldIndex(populationField.toUtf8().constData());
        OGRSpatialReference zonesSrs(*zonesInput->layer->GetSpatialRef());
        zonesSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRSpatialReference> geographic(zonesSrs.CloneGeogCS());
        geographic->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGREnvelope env;
        if (zonesInput->layer->GetExtent(&env, TRUE) != OGRERR_NONE)
            return fail(tr("Cannot compute the extent of %1.").arg(zonesInput->path), zonesInput->path);
        OGRPoint centre((env.MinX + env.MaxX) / 2, (env.MinY + env.MaxY) / 2);
        if (auto toGeo = transformBetween(&zonesSrs, geographic.get()))
            if (centre.transform(toGeo.get()) != OGRERR_NONE)
                return fail(tr("Cannot convert the zones of %1 to longitude and latitude.").arg(zonesInput->path), zonesInput->path);
        OGRSpatialReference laea;
        laea.CopyGeogCSFrom(geographic.get());
        laea.SetLAEA(centre.getY(), centre.getX(), 0, 0);
        laea.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        auto zonesCt = transformBetween(&zonesSrs, &laea);
        auto coverageCt = transformBetween(coverageInput->layer->GetSpatialRef(), &laea);
        const auto zones = polygons(*zoneFeatures, zonesCt.get());
        const auto cover = polygons(*coverageFeatures, coverageCt.get());
        OGRMultiPolygon all;
        for (const auto &g : cover) {
            if (!g)
                continue;
            if (wkbFlatten(g->getGeometryType()) == wkbPolygon)
                all.addGeometry(g.get());
            else if (wkbFlatten(g->getGeometryType()) == wkbMultiPolygon)
                for (const OGRPolygon *p : *g->toMultiPolygon())
                    all.addGeometry(p);
        }
        std::unique_ptr<OGRGeometry> covered(all.IsEmpty() ? nullptr : all.UnionCascaded());
        if (!all.IsEmpty() && !covered)
            return fail(tr("Cannot merge the coverage polygons of %1.").arg(coverageInput->path), coverageInput->path,
                        errors.lastFailure());
        int noPopulation = 0;
        for (size_t z = 0; z < zoneCount; ++z) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            feedback.setProgress(90.0 * double(z) / double(std::max<size_t>(1, zoneCount)));
            const OGRFeature &zone = *(*zoneFeatures)[z];
            if (!zone.IsFieldSetAndNotNull(popIndex) || !zones[z]) {
                ++noPopulation;
                continue;
            }
            const double pop = zone.GetFieldAsDouble(popIndex);
            auto surfaceArea = [](const OGRGeometry *g) {
                const OGRwkbGeometryType t = wkbFlatten(g->getGeometryType());
                if (t == wkbPolygon)
                    return g->toPolygon()->get_Area();
                if (t == wkbMultiPolygon)
                    return g->toMultiPolygon()->get_Area();
                if (t == wkbGeometryCollection)
                    return g->toGeometryCollection()->get_Area();
                return 0.0;
            };
            const double zoneArea = surfaceArea(zones[z].get());
            double coveredArea = 0;
            if (covered && zones[z]->Intersects(covered.get())) {
                std::unique_ptr<OGRGeometry> inter(zones[z]->Intersection(covered.get()));
                if (inter)
                    coveredArea = surfaceArea(inter.get());
            }
            population[z] = pop;
            uncovered[z] = zoneArea > 0 ? pop * std::clamp(1.0 - coveredArea / zoneArea, 0.0, 1.0) : 0.0;
        }
        if (noPopulation > 0)
            feedback.pushWarning(tr("%n zone(s) have no population value: their gap is empty.", nullptr, noPopulation));
    } else {
        // Raster: a pixel counts for the zone and the coverage containing its centre.
        GDALDatasetUniquePtr raster(GDALDataset::Open(rasterPath.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!raster)
            return fail(tr("Cannot open %1 as a raster.").arg(rasterPath), rasterPath, errors.lastFailure());
        const int bandNumber = int(parameters.value(u"band"_s).toLongLong());
        if (bandNumber > raster->GetRasterCount())
            return fail(tr("%1 has no band %2.").arg(rasterPath).arg(bandNumber), rasterPath);
        GDALRasterBand *band = raster->GetRasterBand(bandNumber);
        double gt[6];
        if (raster->GetGeoTransform(gt) != CE_None || gt[2] != 0 || gt[4] != 0)
            return fail(tr("%1 has no north-up georeferencing.").arg(rasterPath), rasterPath);
        const OGRSpatialReference *rasterSrs = raster->GetSpatialRef();
        if (!rasterSrs)
            return fail(tr("%1 has no CRS.").arg(rasterPath), rasterPath);
        int hasNodata = 0;
        const double nodata = band->GetNoDataValue(&hasNodata);
        auto zonesCt = transformBetween(zonesInput->layer->GetSpatialRef(), rasterSrs);
        auto coverageCt = transformBetween(coverageInput->layer->GetSpatialRef(), rasterSrs);
        const auto zones = polygons(*zoneFeatures, zonesCt.get());
        const auto cover = polygons(*coverageFeatures, coverageCt.get());
        std::vector<OGRGeometryH> zoneHandles, coverHandles;
        std::vector<double> zoneBurn, coverBurn;
        OGREnvelope window;
        for (size_t z = 0; z < zoneCount; ++z) {
            if (!zones[z])
                continue;
            zoneHandles.push_back(OGRGeometry::ToHandle(zones[z].get()));
            zoneBurn.push_back(double(z + 1));
            OGREnvelope e;
            zones[z]->getEnvelope(&e);
            window.Merge(e);
            population[z] = 0;
            uncovered[z] = 0;
        }
        for (const auto &g : cover)
            if (g) {
                coverHandles.push_back(OGRGeometry::ToHandle(g.get()));
                coverBurn.push_back(1.0);
            }
        const int width = raster->GetRasterXSize(), height = raster->GetRasterYSize();
        // The pixel window of the zones.
        const int col0 = std::clamp(int(std::floor((window.MinX - gt[0]) / gt[1])), 0, width);
        const int col1 = std::clamp(int(std::ceil((window.MaxX - gt[0]) / gt[1])), 0, width);
        const int row0 = std::clamp(int(std::floor(gt[5] < 0 ? (window.MaxY - gt[3]) / gt[5] : (window.MinY - gt[3]) / gt[5])), 0, height);
        const int row1 = std::clamp(int(std::ceil(gt[5] < 0 ? (window.MinY - gt[3]) / gt[5] : (window.MaxY - gt[3]) / gt[5])), 0, height);
        const int cols = col1 - col0;
        GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
        const int chunkRows = std::max(1, std::min(row1 - row0, int(4'000'000 / std::max(1, cols))));
        std::vector<double> pixels;
        std::vector<GInt32> ids;
        std::vector<GByte> covers;
        for (int r = row0; r < row1 && cols > 0; r += chunkRows) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            feedback.setProgress(90.0 * double(r - row0) / double(std::max(1, row1 - row0)));
            const int rows = std::min(chunkRows, row1 - r);
            const double chunkGt[6] = {gt[0] + col0 * gt[1], gt[1], 0, gt[3] + r * gt[5], 0, gt[5]};
            GDALDatasetUniquePtr idGrid(mem->Create("", cols, rows, 1, GDT_Int32, nullptr));
            GDALDatasetUniquePtr coverGrid(mem->Create("", cols, rows, 1, GDT_Byte, nullptr));
            idGrid->SetGeoTransform(const_cast<double *>(chunkGt));
            coverGrid->SetGeoTransform(const_cast<double *>(chunkGt));
            int bandList[1] = {1};
            if (!zoneHandles.empty()
                && GDALRasterizeGeometries(GDALDataset::ToHandle(idGrid.get()), 1, bandList, int(zoneHandles.size()),
                                           zoneHandles.data(), nullptr, nullptr, zoneBurn.data(), nullptr, nullptr, nullptr)
                       != CE_None)
                return fail(tr("Cannot rasterize the zones of %1.").arg(zonesInput->path), zonesInput->path, errors.lastFailure());
            if (!coverHandles.empty()
                && GDALRasterizeGeometries(GDALDataset::ToHandle(coverGrid.get()), 1, bandList, int(coverHandles.size()),
                                           coverHandles.data(), nullptr, nullptr, coverBurn.data(), nullptr, nullptr, nullptr)
                       != CE_None)
                return fail(tr("Cannot rasterize the coverage of %1.").arg(coverageInput->path), coverageInput->path,
                            errors.lastFailure());
            const size_t count = size_t(cols) * size_t(rows);
            pixels.resize(count);
            ids.resize(count);
            covers.resize(count);
            if (band->RasterIO(GF_Read, col0, r, cols, rows, pixels.data(), cols, rows, GDT_Float64, 0, 0, nullptr) != CE_None
                || idGrid->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, cols, rows, ids.data(), cols, rows, GDT_Int32, 0, 0, nullptr)
                       != CE_None
                || coverGrid->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, cols, rows, covers.data(), cols, rows, GDT_Byte, 0, 0,
                                                         nullptr)
                       != CE_None)
                return fail(tr("Cannot read %1.").arg(rasterPath), rasterPath, errors.lastFailure());
            for (size_t i = 0; i < count; ++i) {
                const GInt32 zone = ids[i];
                const double v = pixels[i];
                if (zone <= 0 || std::isnan(v) || (hasNodata && v == nodata))
                    continue;
                population[size_t(zone - 1)] += v;
                if (!covers[i])
                    uncovered[size_t(zone - 1)] += v;
            }
        }
    }

    double total = 0, totalUncovered = 0;
    const QList<NewField> fields{{prefix + u"population"_s, OFTReal},
                                 {prefix + u"covered"_s, OFTReal},
                                 {prefix + u"uncovered"_s, OFTReal},
                                 {prefix + u"share"_s, OFTReal}};
    auto writer = ZoneWriter::create(output, zonesInput->layer, fields);
    if (!writer)
        return std::unexpected(writer.error());
    for (size_t z = 0; z < zoneCount; ++z) {
        const double pop = population[z], out = uncovered[z];
        if (!std::isnan(pop)) {
            total += pop;
            totalUncovered += out;
        }
        const double share = std::isnan(pop) || pop <= 0 ? kNaN : out / pop;
        if (auto ok = (*writer)->write(*(*zoneFeatures)[z], std::vector<double>{pop, std::isnan(pop) ? kNaN : pop - out, out, share}); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = (*writer)->close(); !ok)
        return std::unexpected(ok.error());
    feedback.setProgress(100);
    QVariantMap outputs;
    outputs.insert(u"output"_s, output);
    outputs.insert(u"total_population"_s, total);
    outputs.insert(u"uncovered_population"_s, totalUncovered);
    outputs.insert(u"uncovered_share"_s, total > 0 ? QVariant(totalUncovered / total) : QVariant());
    return outputs;
}

} // namespace territoria
