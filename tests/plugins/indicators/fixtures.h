#pragma once

#include "../../common/ogrrows.h"

// Hand-built GDAL fixtures for the indicators tests: rasters with known values and
// zone/point layers from WKT, written into a temporary folder.
#include "analysis/algorithmregistry.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <vector>

namespace fixtures {

struct Grid {
    int width = 10;
    int height = 10;
    double x0 = 300000; // upper-left corner (EPSG:32719)
    double y0 = 8200000;
    double cell = 10;
    double nodata = -9999;
    std::vector<double> values; // row-major, top row first
    double at(int r, int c) const { return values[size_t(r) * size_t(width) + size_t(c)]; }
    // Map coordinates of a point given in pixel coordinates (column, row).
    double mapX(double col) const { return x0 + col * cell; }
    double mapY(double row) const { return y0 - row * cell; }
};

inline bool writeGrid(const QString &path, const Grid &g, int epsg = 32719, const char *creationOptions = nullptr,
                      GDALDataType type = GDT_Float32)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    char **options = creationOptions ? CSLTokenizeString2(creationOptions, " ", 0) : nullptr;
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), g.width, g.height, 1, type, options));
    CSLDestroy(options);
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

// Writes features with `wkts` (in EPSG:`sourceEpsg`, transformed to `layerEpsg`)
// and an integer field "zone_id" = index + 1 and a real field "population".
inline bool writeLayer(const QString &path, const QStringList &wkts, int sourceEpsg = 32719, int layerEpsg = 32719,
                       const QList<double> &population = {})
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
    OGRLayer *layer = ds->CreateLayer("layer", &dst, wkbUnknown, nullptr);
    OGRFieldDefn id("zone_id", OFTInteger);
    layer->CreateField(&id);
    OGRFieldDefn pop("population", OFTReal);
    layer->CreateField(&pop);
    for (qsizetype i = 0; i < wkts.size(); ++i) {
        OGRGeometry *g = nullptr;
        const QByteArray wkt = wkts.at(i).toUtf8();
        if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g) != OGRERR_NONE)
            return false;
        if (sourceEpsg != layerEpsg)
            g->transform(ct.get());
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField(0, int(i + 1));
        if (i < population.size() && !std::isnan(population.at(i)))
            f->SetField(1, population.at(i));
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

// The features of the first layer of `path`: field name -> value (null fields absent).
inline QList<QVariantMap> readFeatures(const QString &path)
{
    return territoria::test::readOgrRows(path);
}

// Pixel-centre-in-polygon by ray casting over the rings (holes included).
struct PixelPolygon {
    std::vector<std::vector<std::pair<double, double>>> rings; // pixel coordinates (col, row)
    bool contains(double x, double y) const
    {
        bool inside = false;
        for (const auto &ring : rings) {
            const size_t n = ring.size();
            for (size_t i = 0, j = n - 1; i < n; j = i++) {
                const auto [xi, yi] = ring[i];
                const auto [xj, yj] = ring[j];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
                    inside = !inside;
            }
        }
        return inside;
    }
    // WKT in map coordinates of `grid`.
    QString wkt(const Grid &grid) const
    {
        QStringList parts;
        for (const auto &ring : rings) {
            QStringList pts;
            for (const auto &[c, r] : ring)
                pts << QStringLiteral("%1 %2").arg(grid.mapX(c), 0, 'f', 6).arg(grid.mapY(r), 0, 'f', 6);
            pts << pts.first();
            parts << u'(' + pts.join(u", ") + u')';
        }
        return QStringLiteral("POLYGON (%1)").arg(parts.join(u", "));
    }
};

} // namespace fixtures
