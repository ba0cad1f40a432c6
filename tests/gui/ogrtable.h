#pragma once
// Reads the attribute table of a vector file with OGR, for comparing outputs.
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QList>
#include <QString>
#include <QVariantMap>

namespace ogrtable {

inline QList<QVariantMap> readFeatures(const QString &path)
{
    GDALAllRegister();
    QList<QVariantMap> rows;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds || ds->GetLayerCount() < 1)
        return rows;
    OGRLayer *layer = ds->GetLayer(0);
    for (auto &f : *layer) {
        QVariantMap row;
        for (int i = 0; i < f->GetFieldCount(); ++i) {
            const OGRFieldDefn *def = f->GetFieldDefnRef(i);
            const QString name = QString::fromUtf8(def->GetNameRef());
            if (!f->IsFieldSetAndNotNull(i)) {
                row.insert(name, QVariant());
                continue;
            }
            switch (def->GetType()) {
            case OFTInteger:
            case OFTInteger64:
                row.insert(name, qlonglong(f->GetFieldAsInteger64(i)));
                break;
            case OFTReal:
                row.insert(name, f->GetFieldAsDouble(i));
                break;
            default:
                row.insert(name, QString::fromUtf8(f->GetFieldAsString(i)));
            }
        }
        rows << row;
    }
    return rows;
}

} // namespace ogrtable
