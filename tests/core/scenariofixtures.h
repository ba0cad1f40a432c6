#pragma once

// Test helper of the scenario tests (core, CLI, desktop): three districts as a
// GeoPackage written with GDAL, with criteria worked out by hand in the tests.
//   ubigeo  name  x1 (benefit)  x2 (cost)  pop
//   040101  A     3             0          500
//   040102  B     4             6          400
//   040103  C     x1C (0)       8          300
// prioritization:mcda wlc/minmax, weights 0.5,0.5: x1' = .75, 1, 0 and
// x2' = (8 - x2)/8 = 1, .25, 0 -> scores .875, .625, 0 (ranks 1, 2, 3).
#include "../common/ogrrows.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QMap>
#include <QString>
#include <QVariant>

#include <cmath>

namespace territoria::test {

inline bool writeDistricts(const QString &path, double x1C = 0.0)
{
    GDALAllRegister();
    QFile::remove(path);
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0, 0, 0,
                                                                                      GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(32719);
    OGRLayer *layer = ds->CreateLayer("districts", &srs, wkbPolygon, nullptr);
    for (const char *field : {"ubigeo", "name"}) {
        OGRFieldDefn f(field, OFTString);
        layer->CreateField(&f);
    }
    for (const char *field : {"x1", "x2", "pop"}) {
        OGRFieldDefn f(field, OFTReal);
        layer->CreateField(&f);
    }
    const char *codes[] = {"040101", "040102", "040103"};
    const char *names[] = {"A", "B", "C"};
    const double x1[] = {3, 4, x1C}, x2[] = {0, 6, 8}, pop[] = {500, 400, 300};
    for (int i = 0; i < 3; ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("ubigeo", codes[i]);
        f->SetField("name", names[i]);
        f->SetField("x1", x1[i]);
        f->SetField("x2", x2[i]);
        f->SetField("pop", pop[i]);
        OGRGeometry *g = nullptr;
        const QByteArray wkt = QStringLiteral("POLYGON ((%1 8200000, %2 8200000, %2 8201000, %1 8201000, %1 8200000))")
                                   .arg(300000 + 1000 * i)
                                   .arg(301000 + 1000 * i)
                                   .toUtf8();
        OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g);
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

// The rows of the layer at `path` by the value of `field`.
inline QMap<QString, QVariantMap> rowsBy(const QString &path, const QString &field)
{
    QMap<QString, QVariantMap> rows;
    for (const QVariantMap &row : readOgrRows(path))
        rows.insert(row.value(field).toString(), row);
    return rows;
}

// The rows by district name (A, B, C).
inline QMap<QString, QVariantMap> rowsByName(const QString &path)
{
    return rowsBy(path, QStringLiteral("name"));
}

// `v` holds a number within 1e-9 of `expected`.
inline bool near(const QVariant &v, double expected)
{
    return v.isValid() && std::abs(v.toDouble() - expected) < 1e-9;
}

} // namespace territoria::test
