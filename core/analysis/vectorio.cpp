#include "analysis/vectorio.h"

#include "analysis/parameterdefinition.h"
#include "data/gdalutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {
} // namespace

Result<VectorInput> openVector(const QString &source)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const VectorSource src = splitVectorSource(source);
    VectorInput input;
    input.path = src.path;
    input.dataset.reset(GDALDataset::Open(src.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!input.dataset)
        return fail(QCoreApplication::translate("VectorIO", "Cannot open %1 as a vector layer.").arg(src.path), src.path, errors.lastFailure());
    input.layer = src.layerName.isEmpty() ? input.dataset->GetLayer(0)
                                          : input.dataset->GetLayerByName(src.layerName.toUtf8().constData());
    if (!input.layer)
        return fail(src.layerName.isEmpty() ? QCoreApplication::translate("VectorIO", "%1 has no layers.").arg(src.path)
                                            : QCoreApplication::translate("VectorIO", "%1 has no layer “%2”.").arg(src.path, src.layerName),
                    src.path);
    return input;
}

Result<void> checkOutputIsNotInput(const QString &output, const QStringList &inputs)
{
    const QFileInfo out(output);
    for (const QString &input : inputs) {
        const QFileInfo in(splitVectorSource(input).path);
        if (out.exists() && in.exists() && out.canonicalFilePath() == in.canonicalFilePath())
            return fail(QCoreApplication::translate("VectorIO", "The output %1 is also an input: choose another file.").arg(output), output);
    }
    return {};
}

bool isPolygonal(OGRwkbGeometryType type)
{
    const OGRwkbGeometryType flat = wkbFlatten(type);
    return flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon || flat == wkbMultiSurface;
}

bool isPoint(OGRwkbGeometryType type)
{
    const OGRwkbGeometryType flat = wkbFlatten(type);
    return flat == wkbPoint || flat == wkbMultiPoint;
}

Result<std::vector<OGRFeatureUniquePtr>> readFeatures(OGRLayer *layer, const QString &path)
{
    GdalErrorCollector errors;
    std::vector<OGRFeatureUniquePtr> features;
    layer->ResetReading();
    while (OGRFeature *f = layer->GetNextFeature())
        features.emplace_back(f);
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("VectorIO", "Cannot read the features of %1.").arg(path), path, errors.lastFailure());
    return features;
}

Result<std::unique_ptr<ZoneWriter>> ZoneWriter::create(const QString &path, OGRLayer *source, const QList<NewField> &extra,
                                                      ExistingField existing)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const char *driverName = suffix == "geojson"_L1 || suffix == "json"_L1 ? "GeoJSON"
                             : suffix == "shp"_L1                          ? "ESRI Shapefile"
                             : suffix == "csv"_L1                          ? "CSV"
                             : suffix == "gpkg"_L1                         ? "GPKG"
                                                                          : nullptr;
    if (!driverName)
        return fail(QCoreApplication::translate("VectorIO", "Cannot write %1: unknown vector format “.%2” (use .gpkg, .geojson, .shp or .csv).").arg(path, suffix), path);
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return fail(QCoreApplication::translate("VectorIO", "Cannot write %1: GDAL has no %2 driver.").arg(path, QString::fromLatin1(driverName)), path);
    OGRFeatureDefn *defn = source->GetLayerDefn();
    if (existing == ExistingField::Refuse) {
        for (const NewField &f : extra) {
            if (defn->GetFieldIndex(f.name.toUtf8().constData()) >= 0)
                return fail(QCoreApplication::translate("VectorIO", "Cannot write %1: the zones have a field “%2” already; choose another prefix.").arg(path, f.name), path);
        }
    }
    if (QFileInfo::exists(path))
        driver->Delete(path.toUtf8().constData());
    auto writer = std::make_unique<ZoneWriter>();
    writer->m_path = path;
    writer->m_dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!writer->m_dataset)
        return fail(QCoreApplication::translate("VectorIO", "Cannot create %1.").arg(path), path, errors.lastFailure());
    const QByteArray layerName = QFileInfo(path).completeBaseName().toUtf8();
    writer->m_layer = writer->m_dataset->CreateLayer(layerName.constData(), source->GetSpatialRef(),
                                                     wkbFlatten(source->GetGeomType()) == wkbPolygon ? wkbMultiPolygon : source->GetGeomType(),
                                                     nullptr);
    if (!writer->m_layer)
        return fail(QCoreApplication::translate("VectorIO", "Cannot create a layer in %1.").arg(path), path, errors.lastFailure());
    // With ExistingField::Replace, input fields named like a new field (a previous
    // run's "score") are replaced; with Refuse there are none (checked above).
    writer->m_sourceFieldCount = defn->GetFieldCount();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const QString name = QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
        const bool replaced = std::any_of(extra.begin(), extra.end(), [&](const NewField &f) { return f.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (replaced) {
            writer->m_sourceIndex.push_back(-1);
            continue;
        }
        writer->m_sourceIndex.push_back(writer->m_layer->GetLayerDefn()->GetFieldCount());
        if (writer->m_layer->CreateField(defn->GetFieldDefn(i)) != OGRERR_NONE)
            return fail(QCoreApplication::translate("VectorIO", "Cannot create the field %1 in %2.").arg(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()), path),
                        path, errors.lastFailure());
    }
    for (const NewField &f : extra) {
        OGRFieldDefn field(f.name.toUtf8().constData(), f.type);
        if (writer->m_layer->CreateField(&field) != OGRERR_NONE)
            return fail(QCoreApplication::translate("VectorIO", "Cannot create the field %1 in %2.").arg(f.name, path), path, errors.lastFailure());
        writer->m_extraIndex.push_back(writer->m_layer->GetLayerDefn()->GetFieldIndex(f.name.toUtf8().constData()));
    }
    writer->m_dataset->StartTransaction();
    return writer;
}

Result<void> ZoneWriter::write(const OGRFeature &feature, const QVariantList &values)
{
    GdalErrorCollector errors;
    OGRFeatureUniquePtr out(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
    for (int i = 0; i < m_sourceFieldCount; ++i) {
        if (m_sourceIndex[size_t(i)] >= 0 && feature.IsFieldSetAndNotNull(i))
            out->SetField(m_sourceIndex[size_t(i)], const_cast<OGRFeature &>(feature).GetRawFieldRef(i));
    }
    if (const OGRGeometry *g = feature.GetGeometryRef()) {
        OGRGeometry *copy = g->clone();
        if (wkbFlatten(copy->getGeometryType()) == wkbPolygon && wkbFlatten(m_layer->GetGeomType()) == wkbMultiPolygon)
            copy = OGRGeometryFactory::forceToMultiPolygon(copy);
        out->SetGeometryDirectly(copy);
    }
    for (size_t k = 0; k < m_extraIndex.size() && k < size_t(values.size()); ++k) {
        const QVariant &v = values.at(qsizetype(k));
        const int index = m_extraIndex[k];
        const OGRFieldType type = out->GetFieldDefnRef(index)->GetType();
        if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::Double && std::isnan(v.toDouble())))
            out->SetFieldNull(index);
        else if (type == OFTString)
            out->SetField(index, v.toString().toUtf8().constData());
        else if (type == OFTInteger64 || type == OFTInteger)
            out->SetField(index, static_cast<GIntBig>(std::llround(v.toDouble())));
        else
            out->SetField(index, v.toDouble());
    }
    if (m_layer->CreateFeature(out.get()) != OGRERR_NONE)
        return fail(QCoreApplication::translate("VectorIO", "Cannot write a feature to %1.").arg(m_path), m_path, errors.lastFailure());
    return {};
}

Result<void> ZoneWriter::write(const OGRFeature &feature, const std::vector<double> &values)
{
    QVariantList list;
    list.reserve(qsizetype(values.size()));
    for (double v : values)
        list.append(std::isnan(v) ? QVariant() : QVariant(v));
    return write(feature, list);
}

Result<void> ZoneWriter::close()
{
    GdalErrorCollector errors;
    if (m_dataset->CommitTransaction() != OGRERR_NONE && errors.hasFailures())
        return fail(QCoreApplication::translate("VectorIO", "Cannot write %1.").arg(m_path), m_path, errors.lastFailure());
    m_dataset.reset();
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("VectorIO", "Cannot write %1.").arg(m_path), m_path, errors.lastFailure());
    return {};
}

} // namespace territoria
