#include "coverageio.h"

#include "analysis/parameterdefinition.h"
#include "data/gdalutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria::coverage {

Result<VectorInput> openVector(const QString &source)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const VectorSource src = splitVectorSource(source);
    VectorInput input;
    input.path = src.path;
    input.dataset.reset(GDALDataset::Open(src.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!input.dataset)
        return fail(QCoreApplication::translate("CoverageIO", "Cannot open %1 as a vector layer.").arg(src.path), src.path,
                    errors.lastFailure());
    input.layer = src.layerName.isEmpty() ? input.dataset->GetLayer(0)
                                          : input.dataset->GetLayerByName(src.layerName.toUtf8().constData());
    if (!input.layer)
        return fail(src.layerName.isEmpty()
                        ? QCoreApplication::translate("CoverageIO", "%1 has no layers.").arg(src.path)
                        : QCoreApplication::translate("CoverageIO", "%1 has no layer “%2”.").arg(src.path, src.layerName),
                    src.path);
    return input;
}

Result<RasterInput> openRaster(const QString &path, const QString &parameter, bool projected)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    RasterInput input;
    input.path = path;
    input.dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!input.dataset)
        return fail(QCoreApplication::translate("CoverageIO", "Parameter “%1”: cannot open %2 as a raster.").arg(parameter, path),
                    path, errors.lastFailure());
    if (input.dataset->GetRasterCount() < 1)
        return fail(QCoreApplication::translate("CoverageIO", "Parameter “%1”: %2 has no band.").arg(parameter, path), path);
    input.band = input.dataset->GetRasterBand(1);
    if (input.dataset->GetGeoTransform(input.geoTransform.data()) != CE_None || input.geoTransform[2] != 0
        || input.geoTransform[4] != 0 || input.geoTransform[1] <= 0 || input.geoTransform[5] >= 0)
        return fail(QCoreApplication::translate("CoverageIO", "Parameter “%1”: %2 has no north-up georeferencing.").arg(parameter, path),
                    path);
    const OGRSpatialReference *srs = input.dataset->GetSpatialRef();
    if (!srs)
        return fail(QCoreApplication::translate("CoverageIO", "Parameter “%1”: %2 has no CRS.").arg(parameter, path), path);
    if (projected && !srs->IsProjected())
        return fail(QCoreApplication::translate("CoverageIO",
                                                "Parameter “%1”: %2 is in a geographic CRS (degrees); travel distances need a "
                                                "projected CRS in metres. Reproject it first (e.g. to its UTM zone).")
                        .arg(parameter, path),
                    path);
    input.width = input.dataset->GetRasterXSize();
    input.height = input.dataset->GetRasterYSize();
    int has = 0;
    input.nodata = input.band->GetNoDataValue(&has);
    input.hasNodata = has != 0;
    return input;
}

Result<void> checkSameGrid(const RasterInput &reference, const RasterInput &other, const QString &parameter)
{
    const auto &a = reference.geoTransform, &b = other.geoTransform;
    const double tol = 1e-6 * std::abs(a[1]);
    const bool same = reference.width == other.width && reference.height == other.height && std::abs(a[0] - b[0]) <= tol
                      && std::abs(a[3] - b[3]) <= tol && std::abs(a[1] - b[1]) <= tol && std::abs(a[5] - b[5]) <= tol;
    if (!same)
        return fail(QCoreApplication::translate("CoverageIO",
                                                "Parameter “%1”: %2 does not have the grid of %3 (size, origin and cell size "
                                                "must be equal; resample it with gdalwarp first).")
                        .arg(parameter, other.path, reference.path),
                    other.path);
    const OGRSpatialReference *sa = reference.dataset->GetSpatialRef(), *sb = other.dataset->GetSpatialRef();
    if (sa && sb && !sa->IsSame(sb))
        return fail(QCoreApplication::translate("CoverageIO", "Parameter “%1”: %2 is not in the CRS of %3.").arg(parameter, other.path, reference.path),
                    other.path);
    return {};
}

std::unique_ptr<OGRCoordinateTransformation> transformBetween(const OGRSpatialReference *from, const OGRSpatialReference *to)
{
    if (!from || !to || from->IsSame(to))
        return nullptr;
    OGRSpatialReference a(*from), b(*to);
    a.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    b.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return std::unique_ptr<OGRCoordinateTransformation>(OGRCreateCoordinateTransformation(&a, &b));
}

Result<std::vector<FacilityPoint>> readPoints(VectorInput &input, const OGRSpatialReference *target, const QString &idField)
{
    GdalErrorCollector errors;
    const OGRSpatialReference *srs = input.layer->GetSpatialRef();
    if (!srs && target)
        return fail(QCoreApplication::translate("CoverageIO", "%1 has no CRS.").arg(input.path), input.path);
    std::unique_ptr<OGRCoordinateTransformation> ct = transformBetween(srs, target);
    if (srs && target && !srs->IsSame(target) && !ct)
        return fail(QCoreApplication::translate("CoverageIO", "Cannot transform %1 to the CRS of the raster.").arg(input.path),
                    input.path, errors.lastFailure());
    int idIndex = -1;
    if (!idField.isEmpty()) {
        idIndex = input.layer->GetLayerDefn()->GetFieldIndex(idField.toUtf8().constData());
        if (idIndex < 0)
            return fail(QCoreApplication::translate("CoverageIO", "%1 has no field “%2”.").arg(input.path, idField), input.path);
    }
    std::vector<FacilityPoint> points;
    input.layer->ResetReading();
    while (OGRFeature *raw = input.layer->GetNextFeature()) {
        OGRFeatureUniquePtr f(raw);
        const OGRGeometry *g = f->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
        const OGRPoint *p = nullptr;
        if (type == wkbPoint)
            p = g->toPoint();
        else if (type == wkbMultiPoint && g->toMultiPoint()->getNumGeometries() > 0)
            p = g->toMultiPoint()->getGeometryRef(0);
        else
            return fail(QCoreApplication::translate("CoverageIO", "%1 must hold points: feature %2 is a %3.")
                            .arg(input.path)
                            .arg(f->GetFID())
                            .arg(QString::fromUtf8(g->getGeometryName())),
                        input.path);
        double x = p->getX(), y = p->getY();
        if (ct && !ct->Transform(1, &x, &y))
            return fail(QCoreApplication::translate("CoverageIO", "Cannot transform feature %2 of %1 to the CRS of the raster.")
                            .arg(input.path)
                            .arg(f->GetFID()),
                        input.path);
        FacilityPoint point;
        point.x = x;
        point.y = y;
        point.fid = f->GetFID();
        point.id = idIndex >= 0 && f->IsFieldSetAndNotNull(idIndex) ? f->GetFieldAsInteger64(idIndex) : f->GetFID();
        point.feature = std::move(f);
        points.push_back(std::move(point));
    }
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("CoverageIO", "Cannot read the features of %1.").arg(input.path), input.path,
                    errors.lastFailure());
    return points;
}

Result<GDALDatasetUniquePtr> createRaster(const QString &path, int width, int height, GDALDataType type,
                                          const double *geoTransform, const OGRSpatialReference *srs, double nodata)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!driver)
        return fail(QCoreApplication::translate("CoverageIO", "Cannot write %1: GDAL has no GTiff driver.").arg(path), path);
    if (const QString suffix = QFileInfo(path).suffix().toLower(); suffix != "tif"_L1 && suffix != "tiff"_L1)
        return fail(QCoreApplication::translate("CoverageIO", "Cannot write %1: rasters are written as GeoTIFF (.tif).").arg(path), path);
    if (QFileInfo::exists(path))
        driver->Delete(path.toUtf8().constData());
    CslList options({u"TILED=YES"_s, u"BIGTIFF=IF_SAFER"_s});
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), width, height, 1, type, options.list()));
    if (!ds)
        return fail(QCoreApplication::translate("CoverageIO", "Cannot create %1.").arg(path), path, errors.lastFailure());
    ds->SetGeoTransform(const_cast<double *>(geoTransform));
    if (srs)
        ds->SetSpatialRef(srs);
    ds->GetRasterBand(1)->SetNoDataValue(nodata);
    return ds;
}

Result<GDALDatasetUniquePtr> createVector(const QString &path)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const char *driverName = suffix == "geojson"_L1 || suffix == "json"_L1 ? "GeoJSON"
                             : suffix == "shp"_L1                          ? "ESRI Shapefile"
                             : suffix == "gpkg"_L1                         ? "GPKG"
                                                                          : nullptr;
    if (!driverName)
        return fail(QCoreApplication::translate("CoverageIO", "Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).")
                        .arg(path, suffix),
                    path);
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return fail(QCoreApplication::translate("CoverageIO", "Cannot write %1: GDAL has no %2 driver.").arg(path, QString::fromLatin1(driverName)), path);
    if (QFileInfo::exists(path))
        driver->Delete(path.toUtf8().constData());
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return fail(QCoreApplication::translate("CoverageIO", "Cannot create %1.").arg(path), path, errors.lastFailure());
    return ds;
}

Result<OGRSpatialReference> workingCrs(const OGRSpatialReference &srs, double x, double y, const QString &path)
{
    if (srs.IsProjected())
        return OGRSpatialReference(srs);
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference source(srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (auto ct = transformBetween(&source, &wgs84)) {
        if (!ct->Transform(1, &x, &y))
            return fail(QCoreApplication::translate("CoverageIO", "Cannot convert the centre of %1 to longitude and latitude.").arg(path), path);
    }
    if (!std::isfinite(x) || !std::isfinite(y) || std::abs(y) > 84)
        return fail(QCoreApplication::translate("CoverageIO", "%1 lies outside the UTM zones (latitude beyond 84°).").arg(path), path);
    const int zone = std::clamp(int(std::floor((x + 180.0) / 6.0)) + 1, 1, 60);
    OGRSpatialReference utm;
    utm.importFromEPSG((y < 0 ? 32700 : 32600) + zone);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return utm;
}

QString parametersJson(const QVariantMap &parameters)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(parameters)).toJson(QJsonDocument::Compact));
}

void recordParameters(GDALDataset *dataset, const QString &algorithmId, const QVariantMap &parameters)
{
    dataset->SetMetadataItem("TERRITORIA_ALGORITHM", algorithmId.toUtf8().constData());
    dataset->SetMetadataItem("TERRITORIA_PARAMETERS", parametersJson(parameters).toUtf8().constData());
}

Result<void> checkOutputIsNotInput(const QString &output, const QStringList &inputs)
{
    const QFileInfo out(output);
    for (const QString &input : inputs) {
        if (input.isEmpty())
            continue;
        const QFileInfo in(splitVectorSource(input).path);
        if (out.exists() && in.exists() && out.canonicalFilePath() == in.canonicalFilePath())
            return fail(QCoreApplication::translate("CoverageIO", "The output %1 is also an input: choose another file.").arg(output), output);
    }
    return {};
}

} // namespace territoria::coverage
