#pragma once

// Hand-built GDAL fixtures for the coverage tests: small rasters with known values
// and point/polygon layers from WKT, written into a temporary folder.
#include "analysis/algorithmregistry.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <memory>
#include <vector>

namespace coveragefixtures {

struct Grid {
    int width = 11;
    int height = 11;
    double x0 = 300000; // upper-left corner (EPSG:32719)
    double y0 = 8200000;
    double cell = 100;
    double nodata = -9999;
    std::vector<double> values; // row-major, top row first
    // Map coordinates of the centre of cell (row, col).
    double centreX(int col) const { return x0 + (col + 0.5) * cell; }
    double centreY(int row) const { return y0 - (row + 0.5) * cell; }
    static Grid uniform(int width, int height, double cell, double value)
    {
        Grid g;
        g.width = width;
        g.height = height;
        g.cell = cell;
        g.values.assign(size_t(width) * size_t(height), value);
        return g;
    }
    double &at(int r, int c) { return values[size_t(r) * size_t(width) + size_t(c)]; }
};

inline bool writeGrid(const QString &path, const Grid &g, int epsg = 32719)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), g.width, g.height, 1, GDT_Float32, nullptr));
    if (!ds)
        return false;
    double gt[6] = {g.x0, g.cell, 0, g.y0, 0, -g.cell};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    ds->SetSpatialRef(&srs);
    GDALRasterBand *band = ds->GetRasterBand(1);
    band->SetNoDataValue(g.nodata);
    std::vector<double> copy = g.values;
    return band->RasterIO(GF_Write, 0, 0, g.width, g.height, copy.data(), g.width, g.height, GDT_Float64, 0, 0, nullptr)
           == CE_None;
}

// A GeoPackage layer of `wkts` (EPSG:`epsg`) with an integer field "code" (given
// or 100 + index) and a real field "capacity".
inline bool writeLayer(const QString &path, const QStringList &wkts, int epsg = 32719, const QList<int> &codes = {},
                       const QList<double> &values = {}, const char *valueField = "capacity")
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    OGRLayer *layer = ds->CreateLayer("layer", &srs, wkbUnknown, nullptr);
    OGRFieldDefn code("code", OFTInteger);
    layer->CreateField(&code);
    OGRFieldDefn value(valueField, OFTReal);
    layer->CreateField(&value);
    for (qsizetype i = 0; i < wkts.size(); ++i) {
        OGRGeometry *g = nullptr;
        const QByteArray wkt = wkts.at(i).toUtf8();
        if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g) != OGRERR_NONE)
            return false;
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField(0, i < codes.size() ? codes.at(i) : int(100 + i));
        if (i < values.size())
            f->SetField(1, values.at(i));
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

struct Raster {
    int width = 0;
    int height = 0;
    double nodata = 0;
    std::vector<double> values;
    double gt[6] = {};
    double at(int r, int c) const { return values[size_t(r) * size_t(width) + size_t(c)]; }
};

inline Raster readRaster(const QString &path)
{
    Raster r;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER));
    if (!ds)
        return r;
    r.width = ds->GetRasterXSize();
    r.height = ds->GetRasterYSize();
    ds->GetGeoTransform(r.gt);
    r.nodata = ds->GetRasterBand(1)->GetNoDataValue();
    r.values.resize(size_t(r.width) * size_t(r.height));
    if (ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, r.width, r.height, r.values.data(), r.width, r.height, GDT_Float64, 0, 0,
                                       nullptr)
        != CE_None)
        r.values.clear();
    return r;
}

} // namespace coveragefixtures
