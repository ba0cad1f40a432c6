// Every file of tests/data/corpus against what GDAL's own tools report
// (ogrinfo/gdalinfo output recorded in tests/data/corpus/SOURCES.md).
#include "data/layerloader.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

#include <cmath>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {
QString corpusDir()
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus"_s;
}

QString corpus(const QString &rel)
{
    return corpusDir() + u'/' + rel;
}

QList<Feature> readAll(const VectorDataProvider &p)
{
    QList<Feature> out;
    auto n = p.forEachFeature({}, [&](Feature &&f) {
        out.append(std::move(f));
        return true;
    });
    if (!n)
        qWarning("%s", qPrintable(n.error().toString()));
    return out;
}
} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sublayer");
        // "EPSG:nnnn" when GDAL identifies a code, "name:<CRS name>" for a CRS without code, "" = none
        QTest::addColumn<QString>("crs");
        QTest::addColumn<qint64>("count");        // ogrinfo "Feature Count" (or counted with ogrinfo -al for OSM)
        QTest::addColumn<QString>("geometryType"); // ogrinfo "Geometry:"
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");        // first feature's attribute (ogrinfo -al)
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("extent");       // ogrinfo "Extent", 6 decimals; empty = none

        auto row = [](const char *tag, const QString &file, const QString &sub, const QString &crs, qint64 count,
                      const QString &type, GeometryKind kind, const QString &field, const QString &value,
                      const QString &extent) {
            QTest::newRow(tag) << file << sub << crs << count << type << int(kind) << field << value << extent;
        };
        row("iso-8859-1", u"encoding/iso-8859-1.shp"_s, {}, u"EPSG:4326"_s, 1, u"Point"_s, GeometryKind::Point,
            u"text"_s, u"äöü"_s, u"-0.125604,-0.027375,-0.125604,-0.027375"_s);
        row("iso-8859-1_ldid", u"encoding/iso-8859-1_ldid.shp"_s, {}, u"EPSG:4326"_s, 1, u"Point"_s,
            GeometryKind::Point, u"text"_s, u"äöü"_s, u"-0.125604,-0.027375,-0.125604,-0.027375"_s);
        row("test_852", u"encoding/test_852.shp"_s, {}, u"EPSG:32633"_s, 1, u"Point"_s, GeometryKind::Point,
            u"test852"_s, u"abcŐ"_s, u"397.000000,-296.000000,397.000000,-296.000000"_s);
        row("shp_latin1", u"encoding/shp_latin1.dbf"_s, {}, {}, 1, u"None"_s, GeometryKind::Null, u"name"_s,
            u"accents éàè"_s, {});
        row("postgis_Latin1", u"encoding/postgis_Latin1.dbf"_s, {}, {}, 1, u"None"_s, GeometryKind::Null,
            u"ADDRESS"_s, u"Tårneby in Våler I Solør kommune"_s, {});
        row("postgis_Latin1-implicit", u"encoding/postgis_Latin1-implicit.dbf"_s, {}, {}, 1, u"None"_s,
            GeometryKind::Null, u"ADDRESS"_s, u"Tårneby in Våler I Solør kommune"_s, {});
        row("invalidgeometries", u"geometry/invalidgeometries.gml"_s, {}, u"EPSG:4326"_s, 1, u"Polygon"_s,
            GeometryKind::Polygon, u"fid"_s, u"invalidgeometries.0"_s,
            u"122.176320,-8.606360,122.190380,-8.595790"_s);
        row("empty geometries", u"geometry/polygon_layer_empty_geometries.geojson"_s, {}, u"EPSG:4326"_s, 4,
            u"Multi Polygon"_s, GeometryKind::Polygon, u"id"_s, u"8"_s,
            u"-0.700418,-0.104603,-0.158159,0.502929"_s);
        row("curved_polys", u"geometry/curved_polys.gpkg"_s, {}, u"EPSG:4326"_s, 4, u"Curve Polygon"_s,
            GeometryKind::Polygon, {}, {}, {}); // arcs go beyond the stored extent: checked in tst_vectorlayer
        row("multipatch", u"geometry/multipatch.shp"_s, {}, {}, 1, u"Unknown (any)"_s, GeometryKind::Polygon, {}, {},
            u"0.000000,-1.000000,1.000000,1.000000"_s);
        row("multipoint", u"geometry/multipoint.shp"_s, {}, u"name:WGS 84"_s, 7, u"Multi Point"_s,
            GeometryKind::Point, u"Id"_s, u"0"_s, u"-117.432413,23.342975,-82.461239,46.152532"_s);
        row("storms_xyz", u"geometry/storms_xyz.shp"_s, {}, {}, 71, u"3D Line String"_s, GeometryKind::Line, {}, {},
            u"-102.200000,8.300000,0.000000,59.500000"_s);
        row("storms_xyzm", u"geometry/storms_xyzm.shp"_s, {}, {}, 71, u"Measured Line String"_s,
            GeometryKind::Line, {}, {}, u"-102.200000,8.300000,0.000000,59.500000"_s);
        row("PolygonM", u"geometry/PolygonM.shp"_s, {}, {}, 1, u"Measured Polygon"_s, GeometryKind::Polygon, {}, {},
            u"-10.000000,-10.000000,10.000000,10.000000"_s);
        row("PolygonZ", u"geometry/PolygonZ.shp"_s, {}, {}, 1, u"3D Measured Polygon"_s, GeometryKind::Polygon, {},
            {}, u"-10.000000,-10.000000,10.000000,10.000000"_s);
        row("NY8_utm18", u"crs/NY8_utm18.shp"_s, {}, u"EPSG:32618"_s, 281, u"Polygon"_s, GeometryKind::Polygon,
            u"AREANAME"_s, u"Binghamton city"_s, u"358241.917158,4649755.395748,480393.111655,4808545.206170"_s);
        row("testlayer_3857", u"crs/testlayer_3857.shp"_s, {}, u"EPSG:3857"_s, 3, u"Point"_s, GeometryKind::Point,
            u"utf8nameè"_s, u"one èé"_s, u"913204.912803,5606011.456473,913214.674070,5606025.237304"_s);
        row("kml Layer1", u"formats/multilayer.kml"_s, u"Layer1"_s, u"EPSG:4326"_s, 1, u"Unknown (any)"_s,
            GeometryKind::Point, u"Name"_s, u"Placemark1"_s, u"2.000000,49.000000,2.000000,49.000000"_s);
        row("kml Layer2", u"formats/multilayer.kml"_s, u"Layer2"_s, u"EPSG:4326"_s, 1, u"Unknown (any)"_s,
            GeometryKind::Point, u"Name"_s, u"Placemark2"_s, u"3.000000,50.000000,3.000000,50.000000"_s);
        // Opened with WKT detection (ogrinfo -oo GEOM_POSSIBLE_NAMES=WKT): the WKT column becomes the geometry.
        row("world_wkt", u"formats/spdata_world_wkt.csv"_s, {}, {}, 177, u"Unknown (any)"_s, GeometryKind::Polygon,
            u"iso_a2"_s, u"FJ"_s, u"-180.000000,-90.000000,180.000000,83.645130"_s);
        row("testdms", u"formats/testdms.csv"_s, {}, {}, 24, u"None"_s, GeometryKind::Null, u"lon"_s,
            u"1 5 30.6"_s, {});
        row("mixed points", u"formats/mixed_layers.gpkg"_s, u"points"_s, u"EPSG:4283"_s, 0, u"Point"_s,
            GeometryKind::Point, {}, {}, {});
        row("mixed lines", u"formats/mixed_layers.gpkg"_s, u"lines"_s, u"EPSG:4326"_s, 6, u"Multi Line String"_s,
            GeometryKind::Line, u"name"_s, u"Highway"_s, u"-117.623198,23.208206,-82.322650,46.182910"_s);
        row("weird names", u"formats/bug_21100-wierd_field_names.gpkg"_s, {}, u"EPSG:4326"_s, 3, u"Point"_s,
            GeometryKind::Point, u"campo e"_s, u"a"_s, u"11.938800,42.127100,12.235300,43.148200"_s);
        row("mixed_types", u"formats/mixed_types.TAB"_s, {}, u"name:unnamed"_s, 13, u"Unknown (any)"_s,
            GeometryKind::Mixed, u"Field1"_s, u"line 1"_s, u"-1.103147,-0.730769,1.180070,0.860140"_s);
        // OSM: ogrinfo -so says -1; counts from `ogrinfo -ro -q test.osm <layer> | grep -c OGRFeature`
        row("osm points", u"formats/test.osm"_s, u"points"_s, u"EPSG:4326"_s, 1, u"Point"_s, GeometryKind::Point,
            u"name"_s, u"Some interesting point"_s, {});
        row("osm lines", u"formats/test.osm"_s, u"lines"_s, u"EPSG:4326"_s, 2, u"Line String"_s, GeometryKind::Line,
            {}, {}, {});
        row("osm multilinestrings", u"formats/test.osm"_s, u"multilinestrings"_s, u"EPSG:4326"_s, 1,
            u"Multi Line String"_s, GeometryKind::Line, {}, {}, {});
        row("osm multipolygons", u"formats/test.osm"_s, u"multipolygons"_s, u"EPSG:4326"_s, 3, u"Multi Polygon"_s,
            GeometryKind::Polygon, {}, {}, {});
        row("osm other_relations", u"formats/test.osm"_s, u"other_relations"_s, u"EPSG:4326"_s, 1,
            u"Geometry Collection"_s, GeometryKind::Mixed, {}, {}, {});
        row("nospatial", u"formats/nospatial.gpkg"_s, {}, {}, 1, u"None"_s, GeometryKind::Null, u"Attr"_s, u"a"_s,
            {});
    }

    void vectors()
    {
        QFETCH(QString, file);
        QFETCH(QString, sublayer);
        QFETCH(QString, crs);
        QFETCH(qint64, count);
        QFETCH(QString, geometryType);
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, extent);

        auto opened = openLayer(corpus(file), sublayer);
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE((*opened)->kind(), LayerKind::Vector);
        auto *layer = static_cast<VectorLayer *>(opened->get());
        auto p = layer->dataProvider();

        if (crs.isEmpty()) {
            QVERIFY(!layer->crs().isValid());
            QVERIFY(!layer->hasSourceCrs());
            if (kind != int(GeometryKind::Null)) {
                bool warned = false;
                for (const QString &w : layer->warnings())
                    warned |= w.contains(QFileInfo(file).fileName());
                QVERIFY2(warned, qPrintable(layer->warnings().join(u'\n')));
            }
        } else if (crs.startsWith(u"name:"_s)) {
            QVERIFY(layer->crs().isValid());
            QVERIFY(layer->hasSourceCrs());
            QCOMPARE(layer->crs().name(), crs.mid(5));
        } else {
            QVERIFY(layer->hasSourceCrs());
            QCOMPARE(layer->crs().authId(), crs);
        }
        QCOMPARE(layer->featureCount(), count);
        QCOMPARE(p->geometryTypeName(), geometryType);
        QCOMPARE(int(layer->geometryKind()), kind);
        if (!extent.isEmpty()) {
            const Extent e = layer->extent();
            QCOMPARE(e.toString(6), extent);
        }
        const QList<Feature> features = readAll(*p);
        if (file.startsWith(u"geometry/Polygon"_s)) {
            // The .dbf has 0 records while the .shp has 1 shape: GDAL counts 1 but iterates none.
            QCOMPARE(features.size(), 0);
        } else {
            QCOMPARE(features.size(), count);
        }
        if (!field.isEmpty()) {
            const int idx = layer->fields().indexOf(field);
            QVERIFY2(idx >= 0, qPrintable(layer->fields().names().join(u", "_s)));
            QVERIFY(!features.isEmpty());
            QCOMPARE(features.first().attributes.at(idx).toString(), value);
        }
        // Geometries read back are linear and inside the layer extent. The extent is the one GDAL
        // reports (as ogrinfo); a GeoPackage's stored extent may be slightly stale (weird names:
        // a point at y=43.148235 with a stored yMax of 43.1482), hence the tolerance.
        const Extent tolerant = layer->extent().buffered(1e-4 * std::max(layer->extent().width(), layer->extent().height()) + 1e-6);
        for (const Feature &f : features) {
            if (f.geometry.isNull() || f.geometry.isEmpty())
                continue;
            QVERIFY(!f.geometry.typeName().startsWith(u"Curve"_s));
            QVERIFY(!f.geometry.typeName().startsWith(u"Circular"_s));
            if (!layer->extent().isNull())
                QVERIFY(tolerant.contains(f.geometry.boundingBox()));
        }
    }

    void specifics()
    {
        // invalidgeometries.gml: GEOS finds a self-intersection near 122.186 -8.600
        auto gml = VectorLayer::open(corpus(u"geometry/invalidgeometries.gml"_s));
        QVERIFY(gml.has_value());
        const QList<Feature> fs = readAll(*(*gml)->dataProvider());
        QCOMPARE(fs.size(), 1);
        QString reason;
        QVERIFY(!fs[0].geometry.isValid(&reason));
        QVERIFY2(reason.contains(u"Self-intersection"_s, Qt::CaseInsensitive), qPrintable(reason));
        QVERIFY2(reason.contains(u"122.18"_s) && reason.contains(u"-8.60"_s), qPrintable(reason));

        // 3 of 4 geometries are EMPTY
        auto empty = VectorLayer::open(corpus(u"geometry/polygon_layer_empty_geometries.geojson"_s));
        QVERIFY(empty.has_value());
        int emptyCount = 0;
        for (const Feature &f : readAll(*(*empty)->dataProvider()))
            emptyCount += f.geometry.isEmpty() ? 1 : 0;
        QCOMPARE(emptyCount, 3);

        // multipatch: a GeometryCollection Z of two TINs
        auto mp = VectorLayer::open(corpus(u"geometry/multipatch.shp"_s));
        QVERIFY(mp.has_value());
        const QList<Feature> mpf = readAll(*(*mp)->dataProvider());
        QCOMPARE(mpf.size(), 1);
        QCOMPARE(mpf[0].geometry.typeName(), u"GeometryCollection Z"_s);
        QCOMPARE(mpf[0].geometry.boundingBox(), Extent(0, -1, 1, 1));

        // storms_xyz: 3D lines keep Z in the WKB
        auto storms = VectorLayer::open(corpus(u"geometry/storms_xyz.shp"_s));
        QVERIFY(storms.has_value());
        auto first = (*storms)->dataProvider()->feature(0);
        QVERIFY(first.has_value());
        QCOMPARE(first->geometry.typeName(), u"LineString Z"_s);
        QVERIFY(first->geometry.toWkt(1).startsWith(u"LINESTRING Z (-50.8 20.1 1011,-51.2 20.4 1011"_s));

        // mixed_layers.gpkg: openLayers gives both layers, the empty one included
        auto both = openLayers(corpus(u"formats/mixed_layers.gpkg"_s));
        QVERIFY(both.has_value());
        QCOMPARE(both->size(), size_t(2));
        QCOMPARE(both->at(0)->name(), u"points"_s);
        QCOMPARE(both->at(1)->name(), u"lines"_s);
        QVERIFY(both->at(0)->crs() != both->at(1)->crs());

        auto osm = openLayers(corpus(u"formats/test.osm"_s));
        QVERIFY(osm.has_value());
        QCOMPARE(osm->size(), size_t(5));

        auto nospatial = openLayers(corpus(u"formats/nospatial.gpkg"_s));
        QVERIFY(nospatial.has_value());
        QCOMPARE(nospatial->size(), size_t(1));
        QCOMPARE(static_cast<VectorLayer *>(nospatial->at(0).get())->geometryKind(), GeometryKind::Null);
        QCOMPARE(nospatial->at(0)->name(), u"nospatial"_s);

        // World WKT: Fiji crosses the antimeridian; MultiPolygons
        auto world = VectorLayer::open(corpus(u"formats/spdata_world_wkt.csv"_s));
        QVERIFY(world.has_value());
        QVERIFY(!(*world)->fields().names().contains(u"WKT"_s));
        auto fiji = (*world)->dataProvider()->feature(1);
        QVERIFY(fiji.has_value());
        QCOMPARE(fiji->geometry.typeName(), u"MultiPolygon"_s);
        const int pop = (*world)->fields().indexOf(u"pop"_s);
        QCOMPARE(fiji->attributes[pop].toLongLong(), 885806LL);

        // testdms.csv: lon/lat are DMS strings: a table with a warning, lon/lat values kept
        auto dms = VectorLayer::open(corpus(u"formats/testdms.csv"_s));
        QVERIFY(dms.has_value());
        QVERIFY(!(*dms)->warnings().isEmpty());
    }

    void rasters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("crs");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("nodata"); // as gdalinfo prints it; empty = none
        QTest::addColumn<QString>("extent"); // Corner Coordinates, 3 decimals
        QTest::addColumn<double>("min");     // gdalinfo -mm Computed Min/Max
        QTest::addColumn<double>("max");
        QTest::newRow("ALLINGES") << u"crs/ALLINGES_RGF93_CC46_1_1.tif"_s << u"EPSG:3946"_s << 2946 << 2802
                                  << u"Float32"_s << u"-3.4028235e+38"_s
                                  << u"1964499.716,5242916.309,1964558.636,5242972.349"_s << 0.0 << 0.0;
        QTest::newRow("requires_warped_vrt") << u"crs/requires_warped_vrt.tif"_s << u"EPSG:3111"_s << 5 << 4
                                             << u"Float32"_s << u"-9999"_s
                                             << u"2058589.469,2281355.804,3118999.469,3129683.804"_s << 0.0 << 739.0;
        QTest::newRow("byte_with_nan_nodata") << u"raster/byte_with_nan_nodata.tif"_s << u"EPSG:26711"_s << 1 << 1
                                              << u"Byte"_s << u"nan"_s
                                              << u"440720.000,3751260.000,440780.000,3751320.000"_s << 107.0
                                              << 107.0;
        QTest::newRow("with_color_table") << u"raster/with_color_table.tif"_s << QString() << 258 << 320 << u"Byte"_s
                                          << u"0"_s << QString() << 1.0 << 10.0;
        QTest::newRow("scaleoffset") << u"raster/scaleoffset.tif"_s << QString() << 10 << 10 << u"Int16"_s
                                     << u"-9999"_s << u"1535015.000,5083255.000,1535115.000,5083355.000"_s
                                     << -32766.0 << 32766.0;
        QTest::newRow("tenbytenraster") << u"raster/tenbytenraster.asc"_s << QString() << 10 << 10 << u"Float32"_s
                                        << u"-9999"_s << u"1535375.000,5083255.000,1535475.000,5083355.000"_s
                                        << 0.0 << 9.0;
        QTest::newRow("qgis_analysis_dem") << u"raster/qgis_analysis_dem.tif"_s << u"name:ETRS89_ETRS_LAEA"_s << 285
                                           << 256 << u"Float32"_s << u"-3.4028235e+38"_s
                                           << u"4078250.000,2428550.000,4085375.000,2434950.000"_s << 1586.349
                                           << 3213.795;
        QTest::newRow("terra_elev") << u"raster/terra_elev.tif"_s << u"EPSG:4326"_s << 95 << 90 << u"Int16"_s
                                    << u"-32768"_s << u"5.742,49.442,6.533,50.192"_s << 141.0 << 547.0;
    }

    void rasters()
    {
        QFETCH(QString, file);
        QFETCH(QString, crs);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, type);
        QFETCH(QString, nodata);
        QFETCH(QString, extent);
        QFETCH(double, min);
        QFETCH(double, max);
        auto subs = listSublayers(corpus(file));
        QVERIFY(subs.has_value());
        QCOMPARE(subs->size(), 1);
        QCOMPARE(subs->at(0).kind, LayerKind::Raster);
        auto opened = openLayer(corpus(file));
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE((*opened)->kind(), LayerKind::Raster);
        auto *layer = static_cast<RasterLayer *>(opened->get());
        auto p = layer->dataProvider();
        if (crs.isEmpty()) {
            QVERIFY(!layer->hasSourceCrs());
            QVERIFY(!layer->warnings().isEmpty());
        } else if (crs.startsWith(u"name:"_s)) {
            QCOMPARE(layer->crs().name(), crs.mid(5));
        } else {
            QCOMPARE(layer->crs().authId(), crs);
        }
        QCOMPARE(layer->width(), width);
        QCOMPARE(layer->height(), height);
        const RasterBandInfo b = p->band(1);
        QCOMPARE(b.dataType, type);
        if (nodata.isEmpty()) {
            QVERIFY(!b.hasNoData);
        } else {
            QVERIFY(b.hasNoData);
            if (nodata == u"nan"_s)
                QVERIFY(std::isnan(b.noData));
            else
                QCOMPARE(b.noData, double(float(nodata.toDouble()))); // gdalinfo prints the Float32 value rounded
        }
        if (!extent.isEmpty()) {
            const int decimals = extent.section(u',', 0, 0).section(u'.', 1).size();
            QCOMPARE(layer->extent().toString(decimals), extent);
        }
        auto stats = p->statistics(1, false);
        QVERIFY2(stats.has_value(), qPrintable(stats ? QString() : stats.error().toString()));
        QCOMPARE(qRound64(stats->min * 1000), qRound64(min * 1000));
        QCOMPARE(qRound64(stats->max * 1000), qRound64(max * 1000));
    }

    void everyFile()
    {
        // Every file (sidecars included) either opens or fails with an error naming it; never a crash.
        QDirIterator it(corpusDir(), QDir::Files, QDirIterator::Subdirectories);
        int opened = 0, failed = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).fileName();
            if (name == u"SOURCES.md"_s)
                continue;
            auto layers = openLayers(path);
            if (layers) {
                ++opened;
                QVERIFY2(!layers->empty(), qPrintable(name));
                for (const auto &l : *layers) {
                    if (l->kind() == LayerKind::Vector) {
                        auto *v = static_cast<VectorLayer *>(l.get());
                        QVERIFY(readAll(*v->dataProvider()).size() <= qMax<qint64>(v->featureCount(), 0));
                    }
                }
            } else {
                ++failed;
                QVERIFY2(layers.error().message.contains(name), qPrintable(layers.error().message));
                QCOMPARE(layers.error().source, path);
            }
        }
        QVERIFY(opened >= 30);
        QVERIFY(failed >= 1);
    }

    void unreadable()
    {
        // Pipe-separated: no GDAL 3.6 driver reads it (ogrinfo: "Unable to open datasource")
        const QString path = corpus(u"encoding/testlatin1.csv"_s);
        auto subs = listSublayers(path);
        QVERIFY(!subs.has_value());
        QVERIFY(subs.error().message.contains(u"testlatin1.csv"_s));
        QVERIFY(subs.error().message.contains(u"no GDAL driver recognizes the format"_s));
        auto layer = openLayer(path);
        QVERIFY(!layer.has_value());
        QVERIFY(layer.error().message.contains(u"testlatin1.csv"_s));
        auto missing = listSublayers(corpus(u"formats/nope.gpkg"_s));
        QVERIFY(!missing.has_value());
        QVERIFY(missing.error().message.contains(u"nope.gpkg"_s));
        QVERIFY(missing.error().message.contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
