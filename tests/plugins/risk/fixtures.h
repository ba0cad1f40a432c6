#pragma once

// Hand-built GDAL fixtures for the risk tests: vector layers from WKT with typed
// attribute columns and small rasters, written into a temporary folder.
#include "../../common/ogrrows.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <vector>

namespace riskfixtures {

// One column: name and values per feature (int / double / QString; invalid: null).
struct Column {
    QString name;
    OGRFieldType type = OFTString;
    QVariantList values;
};

// A layer "layer" in `path` (GeoPackage) in EPSG:`layerEpsg`, geometries given in
// EPSG:`sourceEpsg` and transformed when the two differ.
inline bool writeLayer(const QString &path, const QStringList &wkts, const QList<Column> &columns, int sourceEpsg = 32719,
                       int layerEpsg = 32719, OGRwkbGeometryType type = wkbUnknown)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference src, dst;
    src.importFromEPSG(sourceEpsg);
    dst.importFromEPSG(layerEpsg);
    src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&src, &dst));
    OGRLayer *layer = ds->CreateLayer("layer", &dst, type, nullptr);
    for (const Column &c : columns) {
        OGRFieldDefn def(c.name.toUtf8().constData(), c.type);
        layer->CreateField(&def);
    }
    for (qsizetype i = 0; i < wkts.size(); ++i) {
        OGRGeometry *g = nullptr;
        const QByteArray wkt = wkts.at(i).toUtf8();
        if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g) != OGRERR_NONE)
            return false;
        if (sourceEpsg != layerEpsg)
            g->transform(ct.get());
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant v = columns.at(c).values.value(i);
            if (!v.isValid())
                f->SetFieldNull(c);
            else if (columns.at(c).type == OFTInteger || columns.at(c).type == OFTInteger64)
                f->SetField(c, GIntBig(v.toLongLong()));
            else if (columns.at(c).type == OFTReal)
                f->SetField(c, v.toDouble());
            else
                f->SetField(c, v.toString().toUtf8().constData());
        }
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

// A single-band raster (row-major values, top row first) with origin (x0, y0) at
// the upper-left corner.
inline bool writeRaster(const QString &path, int width, int height, double x0, double y0, double cell,
                        const std::vector<double> &values, int epsg = 32719, GDALDataType type = GDT_Float32,
                        double nodata = -9999)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), width, height, 1, type, nullptr));
    if (!ds)
        return false;
    double gt[6] = {x0, cell, 0, y0, 0, -cell};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    ds->SetSpatialRef(&srs);
    ds->GetRasterBand(1)->SetNoDataValue(nodata);
    std::vector<double> copy = values;
    return ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, width, height, copy.data(), width, height, GDT_Float64, 0, 0, nullptr)
           == CE_None;
}

inline std::vector<double> readRaster(const QString &path)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER));
    if (!ds)
        return {};
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
    std::vector<double> values(size_t(w) * size_t(h));
    if (ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, w, h, values.data(), w, h, GDT_Float64, 0, 0, nullptr) != CE_None)
        return {};
    return values;
}

// "POLYGON ((x0 y0, x1 y0, x1 y1, x0 y1, x0 y0))" shifted by (dx, dy).
inline QString box(double x0, double y0, double x1, double y1, double dx = 0, double dy = 0)
{
    return QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
        .arg(x0 + dx, 0, 'f', 3)
        .arg(y0 + dy, 0, 'f', 3)
        .arg(x1 + dx, 0, 'f', 3)
        .arg(y1 + dy, 0, 'f', 3);
}

} // namespace riskfixtures
