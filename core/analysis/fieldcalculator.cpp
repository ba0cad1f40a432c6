#include "analysis/fieldcalculator.h"

#include "analysis/parameterdefinition.h"
#include "data/gdalutil.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>
#include <QHash>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


struct Source {
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    QString path;
};

Result<Source> openSource(const QString &layerSource)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const VectorSource src = splitVectorSource(layerSource);
    Source s;
    s.path = src.path;
    s.dataset.reset(GDALDataset::Open(src.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!s.dataset)
        return fail(QCoreApplication::translate("FieldCalculator", "Cannot open %1 as a vector layer.").arg(src.path), src.path, errors.lastFailure());
    s.layer = src.layerName.isEmpty() ? s.dataset->GetLayer(0) : s.dataset->GetLayerByName(src.layerName.toUtf8().constData());
    if (!s.layer)
        return fail(QCoreApplication::translate("FieldCalculator", "%1 has no layer “%2”.").arg(src.path, src.layerName), src.path);
    return s;
}

// An in-memory copy of `layer` named "layer" whose geometry column is "geometry",
// reprojected with `ct` when given. FIDs are kept.
Result<GDALDatasetUniquePtr> memoryCopy(OGRLayer *layer, const OGRSpatialReference *srs, OGRCoordinateTransformation *ct,
                                        bool withFeatures, const QString &path)
{
    GdalErrorCollector errors;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("Memory");
    GDALDatasetUniquePtr mem(driver->Create("", 0, 0, 0, GDT_Unknown, nullptr));
    if (!mem)
        return fail(QCoreApplication::translate("FieldCalculator", "Cannot copy %1 to memory.").arg(path), path, errors.lastFailure());
    OGRLayer *copy = mem->CreateLayer("layer", nullptr, wkbNone, nullptr);
    OGRGeomFieldDefn geomField("geometry", layer->GetGeomType());
    if (srs)
        geomField.SetSpatialRef(const_cast<OGRSpatialReference *>(srs));
    copy->CreateGeomField(&geomField);
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        copy->CreateField(defn->GetFieldDefn(i));
    if (withFeatures) {
        layer->ResetReading();
        while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
            OGRFeatureUniquePtr c(OGRFeature::CreateFeature(copy->GetLayerDefn()));
            c->SetFID(f->GetFID());
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                if (f->IsFieldSetAndNotNull(i))
                    c->SetField(i, f->GetRawFieldRef(i));
            if (const OGRGeometry *g = f->GetGeometryRef()) {
                std::unique_ptr<OGRGeometry> geometry(g->clone());
                if (ct && geometry->transform(ct) != OGRERR_NONE)
                    geometry.reset();
                if (geometry)
                    c->SetGeometryDirectly(geometry.release());
            }
            if (copy->CreateFeature(c.get()) != OGRERR_NONE)
                return fail(QCoreApplication::translate("FieldCalculator", "Cannot copy %1 to memory.").arg(path), path, errors.lastFailure());
        }
    }
    return mem;
}

QString sqlFor(const QString &expression)
{
    return u"SELECT rowid AS \"__fid\", (%1) AS \"__value\" FROM \"layer\""_s.arg(expression);
}

Result<void> checkExpressionText(const QString &expression, const QString &path)
{
    if (expression.trimmed().isEmpty())
        return fail(QCoreApplication::translate("FieldCalculator", "The expression for %1 is empty.").arg(path), path);
    if (expression.contains(u';'))
        return fail(QCoreApplication::translate("FieldCalculator", "Invalid expression “%1”: one expression only, without “;”.").arg(expression), path);
    return {};
}

} // namespace

Result<void> FieldCalculator::validate(const QString &layerSource, const QString &expression)
{
    auto source = openSource(layerSource);
    if (!source)
        return std::unexpected(source.error());
    if (auto ok = checkExpressionText(expression, source->path); !ok)
        return ok;
    auto mem = memoryCopy(source->layer, source->layer->GetSpatialRef(), nullptr, false, source->path);
    if (!mem)
        return std::unexpected(mem.error());
    GdalErrorCollector errors;
    OGRLayer *result = (*mem)->ExecuteSQL(sqlFor(expression).toUtf8().constData(), nullptr, "SQLite");
    if (!result)
        return fail(QCoreApplication::translate("FieldCalculator", "Invalid expression “%1”: %2").arg(expression, errors.lastFailure()), source->path, errors.lastFailure());
    (*mem)->ReleaseResultSet(result);
    return {};
}

Result<FieldCalculatorResult> FieldCalculator::calculate(const QString &layerSource, const FieldCalculatorOptions &options,
                                                         const QString &outputPath, Feedback *feedback)
{
    auto source = openSource(layerSource);
    if (!source)
        return std::unexpected(source.error());
    const QString path = source->path;
    OGRLayer *layer = source->layer;
    if (options.field.trimmed().isEmpty())
        return fail(QCoreApplication::translate("FieldCalculator", "Choose the name of the field to calculate in %1.").arg(path), path);
    if (auto ok = checkExpressionText(options.expression, path); !ok)
        return std::unexpected(ok.error());
    GdalErrorCollector errors;
    FieldCalculatorResult result;

    // The CRS geometry measures are made in.
    std::unique_ptr<OGRSpatialReference> measureSrs;
    std::unique_ptr<OGRCoordinateTransformation> ct;
    const OGRSpatialReference *layerSrs = layer->GetSpatialRef();
    if (layerSrs && layerSrs->IsGeographic()) {
        measureSrs = std::make_unique<OGRSpatialReference>();
        if (!options.measureCrs.isEmpty()) {
            if (measureSrs->SetFromUserInput(options.measureCrs.toUtf8().constData()) != OGRERR_NONE)
                return fail(QCoreApplication::translate("FieldCalculator", "Unknown CRS “%1” for the measures of %2.").arg(options.measureCrs, path), path, errors.lastFailure());
            if (measureSrs->IsGeographic())
                return fail(QCoreApplication::translate("FieldCalculator", "The CRS “%1” for the measures of %2 must be projected (in metres), not geographic.")
                                .arg(options.measureCrs, path),
                            path);
        } else {
            OGREnvelope env;
            if (layer->GetExtent(&env, TRUE) != OGRERR_NONE)
                env = OGREnvelope();
            OGRSpatialReference geo(*layerSrs);
            geo.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            const double lon = (env.MinX + env.MaxX) / 2, lat = (env.MinY + env.MaxY) / 2;
            const int zone = std::clamp(int(std::floor((lon + 180.0) / 6.0)) + 1, 1, 60);
            measureSrs->importFromEPSG((lat < 0 ? 32700 : 32600) + zone);
        }
        measureSrs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference src(*layerSrs);
        src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        ct.reset(OGRCreateCoordinateTransformation(&src, measureSrs.get()));
        if (!ct)
            return fail(QCoreApplication::translate("FieldCalculator", "Cannot reproject %1 for the measures.").arg(path), path, errors.lastFailure());
        result.reprojected = true;
        result.measureCrs = QString::fromUtf8(measureSrs->GetName());
    } else if (layerSrs) {
        result.measureCrs = QString::fromUtf8(layerSrs->GetName());
    }
    if (result.reprojected && feedback)
        feedback->pushInfo(QCoreApplication::translate("FieldCalculator", "%1 has a geographic CRS: areas, lengths and coordinates in the expression are measured in %2.")
                               .arg(path, result.measureCrs));

    auto mem = memoryCopy(layer, measureSrs ? measureSrs.get() : layerSrs, ct.get(), true, path);
    if (!mem)
        return std::unexpected(mem.error());
    OGRLayer *values = (*mem)->ExecuteSQL(sqlFor(options.expression).toUtf8().constData(), nullptr, "SQLite");
    if (!values)
        return fail(QCoreApplication::translate("FieldCalculator", "Invalid expression “%1”: %2").arg(options.expression, errors.lastFailure()), path, errors.lastFailure());
    struct Release {
        GDALDataset *ds;
        void operator()(OGRLayer *l) const { ds->ReleaseResultSet(l); }
    };
    std::unique_ptr<OGRLayer, Release> resultSet(values, Release{mem->get()});
    QHash<GIntBig, QVariant> valueOfFid;
    while (OGRFeatureUniquePtr f{values->GetNextFeature()}) {
        const GIntBig fid = f->GetFieldAsInteger64(0);
        if (!f->IsFieldSetAndNotNull(1)) {
            valueOfFid.insert(fid, QVariant());
            continue;
        }
        switch (options.type) {
        case CalculatedFieldType::Real: valueOfFid.insert(fid, f->GetFieldAsDouble(1)); break;
        case CalculatedFieldType::Integer: {
            const OGRFieldType t = f->GetFieldDefnRef(1)->GetType();
            valueOfFid.insert(fid, t == OFTReal ? qlonglong(std::llround(f->GetFieldAsDouble(1))) : qlonglong(f->GetFieldAsInteger64(1)));
            break;
        }
        case CalculatedFieldType::Text: valueOfFid.insert(fid, QString::fromUtf8(f->GetFieldAsString(1))); break;
        }
    }
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("FieldCalculator", "The expression “%1” failed on %2: %3").arg(options.expression, path, errors.lastFailure()), path,
                    errors.lastFailure());

    // The output: the source's fields and geometry, with the calculated field.
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    const char *driverName = suffix == "geojson"_L1 || suffix == "json"_L1 ? "GeoJSON"
                             : suffix == "shp"_L1                          ? "ESRI Shapefile"
                             : suffix == "gpkg"_L1                         ? "GPKG"
                                                                          : nullptr;
    if (!driverName)
        return fail(QCoreApplication::translate("FieldCalculator", "Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson or .shp).").arg(outputPath, suffix),
                    outputPath);
    if (QFileInfo::exists(outputPath) && QFileInfo(outputPath).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return fail(QCoreApplication::translate("FieldCalculator", "The output %1 is also the input: choose another file.").arg(outputPath), outputPath);
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (QFileInfo::exists(outputPath))
        driver->Delete(outputPath.toUtf8().constData());
    GDALDatasetUniquePtr output(driver->Create(outputPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!output)
        return fail(QCoreApplication::translate("FieldCalculator", "Cannot create %1.").arg(outputPath), outputPath, errors.lastFailure());
    const OGRwkbGeometryType geomType = wkbFlatten(layer->GetGeomType()) == wkbPolygon ? wkbMultiPolygon : layer->GetGeomType();
    OGRLayer *out = output->CreateLayer(QFileInfo(outputPath).completeBaseName().toUtf8().constData(),
                                        const_cast<OGRSpatialReference *>(layerSrs), geomType, nullptr);
    if (!out)
        return fail(QCoreApplication::translate("FieldCalculator", "Cannot create a layer in %1.").arg(outputPath), outputPath, errors.lastFailure());
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const QByteArray fieldName = options.field.toUtf8();
    const OGRFieldType newType = options.type == CalculatedFieldType::Real      ? OFTReal
                                 : options.type == CalculatedFieldType::Integer ? OFTInteger64
                                                                                : OFTString;
    const int existing = defn->GetFieldIndex(fieldName.constData());
    result.replacedField = existing >= 0;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        OGRFieldDefn field(defn->GetFieldDefn(i));
        if (i == existing) {
            field.SetType(newType);
            field.SetWidth(0);
            field.SetPrecision(0);
        }
        if (out->CreateField(&field) != OGRERR_NONE)
            return fail(QCoreApplication::translate("FieldCalculator", "Cannot create the field %1 in %2.").arg(QString::fromUtf8(field.GetNameRef()), outputPath), outputPath,
                        errors.lastFailure());
    }
    if (existing < 0) {
        OGRFieldDefn field(fieldName.constData(), newType);
        if (out->CreateField(&field) != OGRERR_NONE)
            return fail(QCoreApplication::translate("FieldCalculator", "Cannot create the field %1 in %2.").arg(options.field, outputPath), outputPath, errors.lastFailure());
    }
    const int target = out->GetLayerDefn()->GetFieldIndex(fieldName.constData());
    output->StartTransaction();
    const GIntBig total = std::max<GIntBig>(1, layer->GetFeatureCount());
    layer->ResetReading();
    while (OGRFeatureUniquePtr f{layer->GetNextFeature()}) {
        if (feedback) {
            if (feedback->isCanceled())
                return fail(QCoreApplication::translate("FieldCalculator", "The field calculation into %1 was canceled.").arg(outputPath), outputPath);
            if ((result.featureCount & 255) == 0)
                feedback->setProgress(100.0 * double(result.featureCount) / double(total));
        }
        OGRFeatureUniquePtr o(OGRFeature::CreateFeature(out->GetLayerDefn()));
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            if (i != existing && f->IsFieldSetAndNotNull(i))
                o->SetField(i, f->GetRawFieldRef(i));
        if (const OGRGeometry *g = f->GetGeometryRef()) {
            OGRGeometry *copy = g->clone();
            if (wkbFlatten(copy->getGeometryType()) == wkbPolygon && wkbFlatten(geomType) == wkbMultiPolygon)
                copy = OGRGeometryFactory::forceToMultiPolygon(copy);
            o->SetGeometryDirectly(copy);
        }
        const QVariant v = valueOfFid.value(f->GetFID());
        if (v.isNull())
            ++result.nullCount;
        else if (options.type == CalculatedFieldType::Real)
            o->SetField(target, v.toDouble());
        else if (options.type == CalculatedFieldType::Integer)
            o->SetField(target, GIntBig(v.toLongLong()));
        else
            o->SetField(target, v.toString().toUtf8().constData());
        if (out->CreateFeature(o.get()) != OGRERR_NONE)
            return fail(QCoreApplication::translate("FieldCalculator", "Cannot write a feature to %1.").arg(outputPath), outputPath, errors.lastFailure());
        ++result.featureCount;
    }
    if (output->CommitTransaction() != OGRERR_NONE && errors.hasFailures())
        return fail(QCoreApplication::translate("FieldCalculator", "Cannot write %1.").arg(outputPath), outputPath, errors.lastFailure());
    output.reset();
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("FieldCalculator", "Cannot write %1.").arg(outputPath), outputPath, errors.lastFailure());
    if (feedback)
        feedback->setProgress(100);
    return result;
}

} // namespace territoria
