#include "isochrones.h"

#include "coverageio.h"
#include "data/gdalutil.h"
#include "geos.h"
#include "task/feedback.h"

#include <gdal_alg.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

using namespace coverage;

struct ProgressData {
    Feedback *feedback;
    double from;
    double span;
};

int CPL_STDCALL gdalProgress(double complete, const char *, void *data)
{
    auto *p = static_cast<ProgressData *>(data);
    p->feedback->setProgress(p->from + p->span * complete);
    return p->feedback->isCanceled() ? FALSE : TRUE;
}

} // namespace

Result<std::vector<double>> parseThresholds(const QVariant &value, const QString &parameter)
{
    QStringList items = value.toStringList();
    if (items.size() == 1)
        items = items.first().split(u',', Qt::SkipEmptyParts);
    std::vector<double> thresholds;
    for (const QString &item : items) {
        bool ok = false;
        const double v = item.trimmed().toDouble(&ok);
        if (!ok || !(v > 0) || !std::isfinite(v))
            return fail(QCoreApplication::translate("IsochronesAlgorithm", "Parameter “%1”: “%2” is not a positive number of minutes.")
                            .arg(parameter, item.trimmed()));
        thresholds.push_back(v);
    }
    if (thresholds.empty())
        return fail(QCoreApplication::translate("IsochronesAlgorithm", "Parameter “%1”: give at least one threshold, e.g. 15,30,60.").arg(parameter));
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    if (thresholds.size() > 250)
        return fail(QCoreApplication::translate("IsochronesAlgorithm", "Parameter “%1”: at most 250 thresholds.").arg(parameter));
    return thresholds;
}

QString IsochronesAlgorithm::id() const
{
    return u"coverage:isochrones"_s;
}

QString IsochronesAlgorithm::displayName() const
{
    return tr("Isochrones");
}

QString IsochronesAlgorithm::group() const
{
    return tr("Accessibility");
}

QString IsochronesAlgorithm::shortHelp() const
{
    return tr("Polygons of the area reached within each travel-time threshold (minutes, e.g. 15,30,60) from a travel-time "
              "raster. Cumulative polygons include the shorter thresholds; bands hold only the cells between one threshold "
              "and the previous one. A cell belongs to a threshold when its time is at most the threshold.");
}

QList<ParameterDefinition> IsochronesAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"travel_time"_s, tr("Travel time raster (minutes)"), ParameterType::RasterLayer),
        P::make(u"thresholds"_s, tr("Thresholds (minutes)"), ParameterType::StringList).withDefault(QStringList{u"15"_s, u"30"_s, u"60"_s}),
        P::make(u"cumulative"_s, tr("Cumulative polygons (otherwise bands)"), ParameterType::Boolean).withDefault(true),
        P::make(u"output"_s, tr("Isochrones"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s),
    };
}

QList<OutputDefinition> IsochronesAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Isochrones"), OutputType::VectorFile},
        OutputDefinition{u"areas_m2"_s, tr("Area per threshold (m²)"), OutputType::Json},
    };
}

Result<QVariantMap> IsochronesAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString rasterPath = parameters.value(u"travel_time"_s).toString();
    const QString output = parameters.value(u"output"_s).toString();
    const bool cumulative = parameters.value(u"cumulative"_s).toBool();
    auto thresholds = parseThresholds(parameters.value(u"thresholds"_s), u"thresholds"_s);
    if (!thresholds)
        return std::unexpected(thresholds.error());
    if (auto ok = checkOutputIsNotInput(output, {rasterPath}); !ok)
        return std::unexpected(ok.error());
    auto raster = openRaster(rasterPath, u"travel_time"_s, false);
    if (!raster)
        return std::unexpected(raster.error());
    const OGRSpatialReference *srs = raster->dataset->GetSpatialRef();
    const bool projected = srs->IsProjected();
    const int width = raster->width, height = raster->height;

    // Classes: 1 + index of the first threshold >= time; 0 beyond or no data.
    GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr classes(mem->Create("", width, height, 1, GDT_Byte, nullptr));
    if (!classes)
        return fail(tr("Not enough memory to classify %1.").arg(rasterPath), rasterPath, errors.lastFailure());
    classes->SetGeoTransform(raster->geoTransform.data());
    classes->SetSpatialRef(srs);
    GDALRasterBand *classBand = classes->GetRasterBand(1);
    const int strip = std::max(1, std::min(height, int(4'000'000 / std::max(1, width))));
    std::vector<float> times;
    std::vector<GByte> codes;
    const std::vector<double> &th = *thresholds;
    for (int r = 0; r < height; r += strip) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        feedback.setProgress(20.0 * r / height);
        const int n = std::min(strip, height - r);
        times.resize(size_t(n) * size_t(width));
        codes.resize(times.size());
        if (raster->band->RasterIO(GF_Read, 0, r, width, n, times.data(), width, n, GDT_Float32, 0, 0, nullptr) != CE_None)
            return fail(tr("Cannot read %1.").arg(rasterPath), rasterPath, errors.lastFailure());
        for (size_t i = 0; i < times.size(); ++i) {
            const float t = times[i];
            GByte code = 0;
            if (!std::isnan(t) && !(raster->hasNodata && t == float(raster->nodata)) && t >= 0)
                code = GByte(std::lower_bound(th.begin(), th.end(), double(t)) - th.begin() + 1);
            codes[i] = code > th.size() ? 0 : code;
        }
        if (classBand->RasterIO(GF_Write, 0, r, width, n, codes.data(), width, n, GDT_Byte, 0, 0, nullptr) != CE_None)
            return fail(tr("Cannot classify %1.").arg(rasterPath), rasterPath, errors.lastFailure());
    }

    GDALDriver *memVector = GetGDALDriverManager()->GetDriverByName("Memory");
    GDALDatasetUniquePtr polygons(memVector->Create("", 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer *polygonLayer = polygons->CreateLayer("classes", const_cast<OGRSpatialReference *>(srs), wkbPolygon, nullptr);
    OGRFieldDefn classField("class", OFTInteger);
    polygonLayer->CreateField(&classField);
    ProgressData progress{&feedback, 20, 40};
    if (GDALPolygonize(GDALRasterBand::ToHandle(classBand), GDALRasterBand::ToHandle(classBand), OGRLayer::ToHandle(polygonLayer), 0,
                       nullptr, gdalProgress, &progress)
        != CE_None) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        return fail(tr("Cannot polygonize %1.").arg(rasterPath), rasterPath, errors.lastFailure());
    }
    classes.reset();

    GeosRun geos;
    std::vector<std::vector<GeosRun::Ptr>> perClass(th.size());
    polygonLayer->ResetReading();
    while (OGRFeature *raw = polygonLayer->GetNextFeature()) {
        OGRFeatureUniquePtr f(raw);
        const int k = f->GetFieldAsInteger(0);
        if (k < 1 || size_t(k) > th.size() || !f->GetGeometryRef())
            continue;
        perClass[size_t(k - 1)].push_back(geos.fromOgr(*f->GetGeometryRef()));
    }
    polygons.reset();

    auto dataset = createVector(output);
    if (!dataset)
        return std::unexpected(dataset.error());
    recordParameters(dataset->get(), id(), parameters);
    OGRLayer *layer = (*dataset)->CreateLayer("isochrones", const_cast<OGRSpatialReference *>(srs), wkbMultiPolygon, nullptr);
    if (!layer)
        return fail(tr("Cannot create a layer in %1.").arg(output), output, errors.lastFailure());
    OGRFieldDefn minutesField("minutes", OFTReal), fromField("from_minutes", OFTReal), areaField("area_m2", OFTReal);
    for (OGRFieldDefn *field : {&minutesField, &fromField, &areaField})
        layer->CreateField(field);
    QVariantMap areas;
    GeosRun::Ptr previous = geos.adopt(nullptr);
    for (size_t k = 0; k < th.size(); ++k) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        feedback.setProgress(60.0 + 38.0 * double(k) / double(th.size()));
        std::vector<GeosRun::Ptr> parts = std::move(perClass[k]);
        if (cumulative && previous)
            parts.push_back(geos.adopt(GEOSGeom_clone_r(geos.context(), previous.get())));
        GeosRun::Ptr united = geos.unite(std::move(parts));
        const double area = united ? geos.area(united.get()) : 0.0;
        areas.insert(QString::number(th[k]), projected ? QVariant(area) : QVariant());
        if (united) {
            std::unique_ptr<OGRGeometry> g = geos.toOgr(united.get());
            if (!g)
                return fail(tr("Cannot convert the isochrone of %1 minutes.").arg(th[k]), output);
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            f->SetField("minutes", th[k]);
            f->SetField("from_minutes", cumulative || k == 0 ? 0.0 : th[k - 1]);
            if (projected)
                f->SetField("area_m2", area);
            f->SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(g.release()));
            if (layer->CreateFeature(f.get()) != OGRERR_NONE)
                return fail(tr("Cannot write a feature to %1.").arg(output), output, errors.lastFailure());
        }
        if (cumulative)
            previous = std::move(united);
    }
    dataset->reset();
    if (errors.hasFailures())
        return fail(tr("Cannot write %1.").arg(output), output, errors.lastFailure());
    feedback.setProgress(100);
    return QVariantMap{{u"output"_s, output}, {u"areas_m2"_s, areas}};
}

} // namespace territoria
