#pragma once

// Test helper: the attribute rows of a vector file's first layer as read by GDAL
// itself, independently of Territoria's providers (the reference side of a test).
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QList>
#include <QString>
#include <QVariantMap>

namespace territoria::test {

enum class GeometryPresence { Omit, Include }; // Include: adds "__has_geometry" (bool)
enum class NullFields { Omit, Include };        // Include: NULL/unset fields as invalid QVariants

// field name -> value per feature (integers as qlonglong, reals as double, the
// rest as text); NULL and unset fields are absent from the map unless asked for.
inline QList<QVariantMap> readOgrRows(const QString &path, GeometryPresence geometry = GeometryPresence::Omit,
                                      NullFields nulls = NullFields::Omit)
{
    GDALAllRegister();
    QList<QVariantMap> rows;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!ds || ds->GetLayerCount() == 0)
        return rows;
    for (auto &f : *ds->GetLayer(0)) {
        QVariantMap row;
        for (int i = 0; i < f->GetFieldCount(); ++i) {
            const QString name = QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef());
            if (!f->IsFieldSetAndNotNull(i)) {
                if (nulls == NullFields::Include)
                    row.insert(name, QVariant());
                continue;
            }
            const OGRFieldType type = f->GetFieldDefnRef(i)->GetType();
            if (type == OFTInteger || type == OFTInteger64)
                row.insert(name, qlonglong(f->GetFieldAsInteger64(i)));
            else if (type == OFTReal)
                row.insert(name, f->GetFieldAsDouble(i));
            else
                row.insert(name, QString::fromUtf8(f->GetFieldAsString(i)));
        }
        if (geometry == GeometryPresence::Include)
            row.insert(QStringLiteral("__has_geometry"), f->GetGeometryRef() != nullptr);
        rows << row;
    }
    return rows;
}

} // namespace territoria::test
