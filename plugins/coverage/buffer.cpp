#include "buffer.h"

#include "coverageio.h"
#include "data/gdalutil.h"
#include "geos.h"
#include "task/feedback.h"

#include <QFileInfo>

#include <functional>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

using namespace coverage;

// Writes `geometry` (GEOS, working CRS) transformed by `back` into a new feature.
Result<void> writeFeature(OGRLayer *layer, const GeosRun &geos, const GEOSGeometry *geometry, OGRCoordinateTransformation *back,
                          const std::function<void(OGRFeature &)> &fill, const QString &path)
{
    GdalErrorCollector errors;
    std::unique_ptr<OGRGeometry> g = geos.toOgr(geometry);
    if (!g)
        return fail(QCoreApplication::translate("CoverageBufferAlgorithm", "Cannot convert a buffer for %1.").arg(path), path);
    if (back && g->transform(back) != OGRERR_NONE)
        return fail(QCoreApplication::translate("CoverageBufferAlgorithm", "Cannot transform a buffer back to the CRS of the input for %1.").arg(path),
                    path, errors.lastFailure());
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    fill(*f);
    f->SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(g.release()));
    if (layer->CreateFeature(f.get()) != OGRERR_NONE)
        return fail(QCoreApplication::translate("CoverageBufferAlgorithm", "Cannot write a feature to %1.").arg(path), path,
                    errors.lastFailure());
    return {};
}

} // namespace

QString CoverageBufferAlgorithm::id() const
{
    return u"coverage:buffer"_s;
}

QString CoverageBufferAlgorithm::displayName() const
{
    return tr("Coverage by distance (buffers)");
}

QString CoverageBufferAlgorithm::group() const
{
    return tr("Accessibility");
}

QString CoverageBufferAlgorithm::shortHelp() const
{
    return tr("Buffers of a given distance (metres) around each facility, and their dissolved union as the area covered. "
              "Distances are measured in a projected CRS: the layer's own when it is projected, else the UTM zone of the "
              "layer's centre. The results are written in the layer's CRS, with their areas in square metres.");
}

QList<ParameterDefinition> CoverageBufferAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"facilities"_s, tr("Facilities"), ParameterType::VectorLayer),
        P::make(u"distance"_s, tr("Distance (m)"), ParameterType::Number).withRange(0, 1e7),
        P::make(u"segments"_s, tr("Segments per quarter circle"), ParameterType::Integer).withRange(1, 1000).withDefault(8),
        P::make(u"output"_s, tr("Buffers per facility"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s),
        P::make(u"dissolved"_s, tr("Dissolved coverage"), ParameterType::FileOutput)
            .withFile(FileKind::Vector, u"gpkg"_s)
            .setOptional(),
    };
}

QList<OutputDefinition> CoverageBufferAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Buffers per facility"), OutputType::VectorFile},
        OutputDefinition{u"dissolved"_s, tr("Dissolved coverage"), OutputType::VectorFile},
        OutputDefinition{u"covered_area_m2"_s, tr("Area covered (m²)"), OutputType::Number},
        OutputDefinition{u"working_crs"_s, tr("CRS of the computation"), OutputType::String},
    };
}

Result<QVariantMap> CoverageBufferAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString source = parameters.value(u"facilities"_s).toString();
    const double distance = parameters.value(u"distance"_s).toDouble();
    const int segments = int(parameters.value(u"segments"_s).toLongLong());
    const QString output = parameters.value(u"output"_s).toString();
    const QString dissolvedPath = parameters.value(u"dissolved"_s).toString();
    if (!(distance > 0))
        return fail(tr("Parameter “distance”: the buffer distance must be more than 0 m."));
    for (const QString &out : {output, dissolvedPath})
        if (auto ok = checkOutputIsNotInput(out, {source}); !ok)
            return std::unexpected(ok.error());
    auto input = openVector(source);
    if (!input)
        return std::unexpected(input.error());
    const OGRSpatialReference *srs = input->layer->GetSpatialRef();
    if (!srs)
        return fail(tr("%1 has no CRS: distances cannot be measured.").arg(input->path), input->path);
    OGREnvelope env;
    if (input->layer->GetExtent(&env, TRUE) != OGRERR_NONE)
        return fail(tr("%1 has no features.").arg(input->path), input->path);
    auto working = workingCrs(*srs, (env.MinX + env.MaxX) / 2, (env.MinY + env.MaxY) / 2, input->path);
    if (!working)
        return std::unexpected(working.error());
    auto toWork = transformBetween(srs, &*working);
    auto back = transformBetween(&*working, srs);

    GeosRun geos;
    std::vector<GeosRun::Ptr> buffers;
    std::vector<OGRFeatureUniquePtr> features;
    const GIntBig count = std::max<GIntBig>(1, input->layer->GetFeatureCount());
    input->layer->ResetReading();
    while (OGRFeature *raw = input->layer->GetNextFeature()) {
        OGRFeatureUniquePtr f(raw);
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        feedback.setProgress(60.0 * double(features.size()) / double(count));
        const OGRGeometry *g = f->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        std::unique_ptr<OGRGeometry> copy(g->hasCurveGeometry() ? g->getLinearGeometry() : g->clone());
        if (toWork && copy->transform(toWork.get()) != OGRERR_NONE)
            return fail(tr("Cannot transform feature %1 of %2 to %3.")
                            .arg(f->GetFID())
                            .arg(input->path, QString::fromUtf8(working->GetName())),
                        input->path, errors.lastFailure());
        GeosRun::Ptr geometry = geos.fromOgr(*copy);
        GeosRun::Ptr buffer = geometry ? geos.adopt(GEOSBuffer_r(geos.context(), geometry.get(), distance, segments)) : geos.adopt(nullptr);
        if (!buffer)
            return fail(tr("Cannot buffer feature %1 of %2.").arg(f->GetFID()).arg(input->path), input->path);
        buffers.push_back(std::move(buffer));
        features.push_back(std::move(f));
    }
    if (buffers.empty())
        return fail(tr("%1 has no features with a geometry.").arg(input->path), input->path);

    auto dataset = createVector(output);
    if (!dataset)
        return std::unexpected(dataset.error());
    recordParameters(dataset->get(), id(), parameters);
    OGRLayer *layer = (*dataset)->CreateLayer("buffers", const_cast<OGRSpatialReference *>(srs), wkbMultiPolygon, nullptr);
    if (!layer)
        return fail(tr("Cannot create a layer in %1.").arg(output), output, errors.lastFailure());
    OGRFeatureDefn *defn = input->layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        layer->CreateField(defn->GetFieldDefn(i));
    OGRFieldDefn fidField("facility_fid", OFTInteger64), distanceField("buffer_m", OFTReal), areaField("area_m2", OFTReal);
    for (OGRFieldDefn *field : {&fidField, &distanceField, &areaField})
        if (layer->CreateField(field) != OGRERR_NONE)
            return fail(tr("Cannot create the field %1 in %2 (the facilities may have it already).")
                            .arg(QString::fromUtf8(field->GetNameRef()), output),
                        output, errors.lastFailure());
    (*dataset)->StartTransaction();
    for (size_t k = 0; k < buffers.size(); ++k) {
        const OGRFeature &src = *features[k];
        const double area = geos.area(buffers[k].get());
        auto ok = writeFeature(layer, geos, buffers[k].get(), back.get(), [&](OGRFeature &f) {
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                if (src.IsFieldSetAndNotNull(i))
                    f.SetField(i, const_cast<OGRFeature &>(src).GetRawFieldRef(i));
            f.SetField("facility_fid", GIntBig(src.GetFID()));
            f.SetField("buffer_m", distance);
            f.SetField("area_m2", area);
        }, output);
        if (!ok)
            return std::unexpected(ok.error());
    }
    (*dataset)->CommitTransaction();
    feedback.setProgress(70);

    GeosRun::Ptr dissolved = geos.unite(std::move(buffers));
    if (!dissolved)
        return fail(tr("Cannot merge the buffers of %1.").arg(input->path), input->path);
    const double coveredArea = geos.area(dissolved.get());
    if (!dissolvedPath.isEmpty()) {
        auto ds = QFileInfo(dissolvedPath).absoluteFilePath() == QFileInfo(output).absoluteFilePath() ? Result<GDALDatasetUniquePtr>(std::move(*dataset)) : createVector(dissolvedPath);
        if (!ds)
            return std::unexpected(ds.error());
        recordParameters(ds->get(), id(), parameters);
        OGRLayer *d = (*ds)->CreateLayer("dissolved", const_cast<OGRSpatialReference *>(srs), wkbMultiPolygon, nullptr);
        if (!d)
            return fail(tr("Cannot create a layer in %1.").arg(dissolvedPath), dissolvedPath, errors.lastFailure());
        OGRFieldDefn countField("facilities", OFTInteger);
        d->CreateField(&countField);
        d->CreateField(&distanceField);
        d->CreateField(&areaField);
        const int n = int(features.size());
        auto ok = writeFeature(d, geos, dissolved.get(), back.get(), [&](OGRFeature &f) {
            f.SetField("facilities", n);
            f.SetField("buffer_m", distance);
            f.SetField("area_m2", coveredArea);
        }, dissolvedPath);
        if (!ok)
            return std::unexpected(ok.error());
        ds->reset();
    }
    dataset->reset();
    if (errors.hasFailures())
        return fail(tr("Cannot write %1.").arg(output), output, errors.lastFailure());
    feedback.setProgress(100);
    QVariantMap outputs;
    outputs.insert(u"output"_s, output);
    if (!dissolvedPath.isEmpty())
        outputs.insert(u"dissolved"_s, dissolvedPath);
    outputs.insert(u"covered_area_m2"_s, coveredArea);
    const char *authority = working->GetAuthorityName(nullptr);
    const char *code = working->GetAuthorityCode(nullptr);
    outputs.insert(u"working_crs"_s, authority && code ? u"%1:%2"_s.arg(QString::fromUtf8(authority), QString::fromUtf8(code))
                                                       : QString::fromUtf8(working->GetName()));
    return outputs;
}

} // namespace territoria
