#pragma once

// Small vector fixtures written with OGR for the editing tests, and file hashes.
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

namespace editfixtures {

// Points (x = 100 * i, y = 1000 + 10 * i) for i = 1..5 in EPSG:32719 with
// name (String "p<i>"), pop (Integer 10 * i), area (Real i + 0.25), day (Date 2024-01-<i>).
// GPKG fids are 1..5; shapefile fids 0..4.
inline bool writePoints(const QString &path, const char *driverName)
{
    GDALAllRegister();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!drv)
        return false;
    GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(32719);
    const char *opts[] = {"ENCODING=UTF-8", nullptr};
    OGRLayer *layer = ds->CreateLayer("pts", &srs, wkbPoint, std::string(driverName) == "ESRI Shapefile" ? const_cast<char **>(opts) : nullptr);
    if (!layer)
        return false;
    OGRFieldDefn name("name", OFTString);
    name.SetWidth(20);
    OGRFieldDefn pop("pop", OFTInteger);
    OGRFieldDefn area("area", OFTReal);
    area.SetWidth(12);
    area.SetPrecision(4);
    OGRFieldDefn day("day", OFTDate);
    layer->CreateField(&name);
    layer->CreateField(&pop);
    layer->CreateField(&area);
    layer->CreateField(&day);
    for (int i = 1; i <= 5; ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("name", QStringLiteral("p%1").arg(i).toUtf8().constData());
        f->SetField("pop", 10 * i);
        f->SetField("area", i + 0.25);
        f->SetField(f->GetFieldIndex("day"), 2024, 1, i, 0, 0, 0.0f, 0);
        OGRPoint pt(100.0 * i, 1000.0 + 10.0 * i);
        f->SetGeometry(&pt);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

// SHA-256 of every file in `dir` (name -> hash), to prove a failed save left them alone.
inline QMap<QString, QByteArray> hashFiles(const QString &dir)
{
    QMap<QString, QByteArray> out;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

} // namespace editfixtures
