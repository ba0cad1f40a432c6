#include "data/layerloader.h"
#include "data/vectorlayer.h"
#include "geometry/wkbreader.h"
#include "task/feedback.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {
QString corpus(const QString &rel)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/"_s + rel;
}

std::unique_ptr<VectorLayer> openVector(const QString &path, const VectorLayerOptions &options = {})
{
    auto r = VectorLayer::open(path, options);
    if (!r) {
        qWarning("%s", qPrintable(r.error().toString()));
        return {};
    }
    return std::move(*r);
}

QList<Feature> readAll(const VectorDataProvider &p, const FeatureRequest &request = {})
{
    QList<Feature> out;
    auto n = p.forEachFeature(request, [&](Feature &&f) {
        out.append(std::move(f));
        return true;
    });
    if (!n)
        qWarning("%s", qPrintable(n.error().toString()));
    return out;
}

// Brute force: FIDs whose geometry bounding box intersects `e`.
QList<qint64> bruteForce(const VectorDataProvider &p, const Extent &e)
{
    QList<qint64> ids;
    for (const Feature &f : readAll(p)) {
        if (f.geometry.boundingBox().intersects(e))
            ids.append(f.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestVectorLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapefile()
    {
        auto layer = openVector(corpus(u"crs/NY8_utm18.shp"_s));
        QVERIFY(layer);
        auto p = layer->dataProvider();
        QCOMPARE(layer->name(), u"NY8_utm18"_s);
        QCOMPARE(layer->kind(), LayerKind::Vector);
        QVERIFY(layer->sublayerName().isEmpty());
        QCOMPARE(p->driverName(), u"ESRI Shapefile"_s);
        QCOMPARE(layer->featureCount(), 281);
        QCOMPARE(layer->geometryKind(), GeometryKind::Polygon);
        QCOMPARE(p->geometryTypeName(), u"Polygon"_s);
        QVERIFY(layer->hasSourceCrs());
        QVERIFY(layer->crs().isValid());
        // ogrinfo: Extent: (358241.917158, 4649755.395748) - (480393.111655, 4808545.206170)
        const Extent e = layer->extent();
        QCOMPARE(qRound64(e.xMin() * 1e6), 358241917158LL);
        QCOMPARE(qRound64(e.yMin() * 1e6), 4649755395748LL);
        QCOMPARE(qRound64(e.xMax() * 1e6), 480393111655LL);
        QCOMPARE(qRound64(e.yMax() * 1e6), 4808545206170LL);
        const Fields fields = layer->fields();
        QCOMPARE(fields.size(), 17);
        QCOMPARE(fields.names().mid(0, 5), (QStringList{u"AREANAME"_s, u"AREAKEY"_s, u"X"_s, u"Y"_s, u"POP8"_s}));
        QCOMPARE(fields[0].type, FieldType::String);
        QCOMPARE(fields[0].width, 80);
        QCOMPARE(fields[2].type, FieldType::Real);
        QCOMPARE(fields[2].width, 24);
        QCOMPARE(fields[2].precision, 15);
        QCOMPARE(fields.indexOf(u"pop8"_s), 4);
        QCOMPARE(fields.indexOf(u"Yshift"_s), 16);
        QCOMPARE(fields.indexOf(u"nope"_s), -1);
        QVERIFY(layer->warnings().isEmpty());

        auto f = p->feature(0);
        QVERIFY(f.has_value());
        QCOMPARE(f->id, 0);
        QCOMPARE(f->attributes.size(), 17);
        QCOMPARE(f->attributes[0].toString(), u"Binghamton city"_s);
        QCOMPARE(f->attributes[1].toString(), u"36007000100"_s);
        QCOMPARE(f->attributes[4].toDouble(), 3540.0);
        QCOMPARE(f->attributes[16].toDouble(), 4661501.766455791890621);
        QCOMPARE(f->geometry.typeName(), u"Polygon"_s);
        // first vertex per ogrinfo
        std::vector<double> xy;
        bool first = true;
        visitWkb(f->geometry.wkb(), xy, [&](WkbPart part, const double *c, size_t n) {
            if (!first)
                return;
            first = false;
            QCOMPARE(part, WkbPart::OuterRing);
            QCOMPARE(n, size_t(48));
            QVERIFY(std::abs(c[0] - 421840.393245032) < 1e-6);
            QVERIFY(std::abs(c[1] - 4662874.47256221) < 1e-6);
        });
        QVERIFY(!p->feature(100000).has_value());
    }

    void requests()
    {
        auto layer = openVector(corpus(u"crs/NY8_utm18.shp"_s));
        QVERIFY(layer);
        auto p = layer->dataProvider();
        FeatureRequest r;
        r.noGeometry = true;
        r.attributes = {0};
        const QList<Feature> fs = readAll(*p, r);
        QCOMPARE(fs.size(), 281);
        QVERIFY(fs[0].geometry.isNull());
        QCOMPARE(fs[0].attributes.size(), 17);
        QCOMPARE(fs[0].attributes[0].toString(), u"Binghamton city"_s);
        QVERIFY(!fs[0].attributes[1].isValid()); // not requested
        FeatureRequest lim;
        lim.limit = 10;
        lim.noAttributes = true;
        const QList<Feature> ten = readAll(*p, lim);
        QCOMPARE(ten.size(), 10);
        QVERIFY(!ten[3].geometry.isNull());
        QVERIFY(ten[3].attributes.isEmpty());
        // visitor stops early
        int seen = 0;
        auto n = p->forEachFeature({}, [&](Feature &&) { return ++seen < 5; });
        QVERIFY(n.has_value());
        QCOMPARE(*n, 5);
        // all ids, in order
        auto ids = p->featureIds();
        QVERIFY(ids.has_value());
        QCOMPARE(ids->size(), 281);
        QCOMPARE(ids->first(), 0);
        QCOMPARE(ids->last(), 280);
        // cancel
        Feedback feedback;
        feedback.cancel();
        auto canceled = p->forEachFeature({}, [](Feature &&) { return true; }, &feedback);
        QVERIFY(!canceled.has_value());
    }

    void spatialFilter()
    {
        auto layer = openVector(corpus(u"crs/NY8_utm18.shp"_s));
        QVERIFY(layer);
        auto p = layer->dataProvider();
        QVERIFY(!p->hasFastSpatialFilter()); // no .qix: in-memory STR tree
        const QList<Extent> boxes = {Extent(400000, 4700000, 420000, 4720000), Extent(358000, 4649000, 360000, 4660000),
                                     Extent(0, 0, 1, 1), Extent(421000, 4661000, 421001, 4661001),
                                     layer->extent()};
        for (const Extent &e : boxes) {
            const QList<qint64> expected = bruteForce(*p, e);
            QCOMPARE(p->featureIdsInExtent(e), expected);
        }
        QCOMPARE(p->featureIdsInExtent(layer->extent()).size(), 281);
        QVERIFY(p->featureIdsInExtent(Extent(0, 0, 1, 1)).isEmpty());
        // forEachFeature with a filter returns only features touching the box
        FeatureRequest r;
        r.filterExtent = boxes[0];
        const QList<Feature> fs = readAll(*p, r);
        QVERIFY(!fs.isEmpty());
        QVERIFY(fs.size() < 281);
        const QList<qint64> inBox = bruteForce(*p, boxes[0]);
        for (const Feature &f : fs)
            QVERIFY(inBox.contains(f.id));
    }

    void geopackage()
    {
        auto subs = listSublayers(corpus(u"formats/mixed_layers.gpkg"_s));
        QVERIFY(subs.has_value());
        QCOMPARE(subs->size(), 2);
        QCOMPARE(subs->at(0).name, u"points"_s);
        QCOMPARE(subs->at(1).name, u"lines"_s);
        QCOMPARE(subs->at(1).geometryType, u"Multi Line String"_s);
        VectorLayerOptions o;
        o.layerName = u"lines"_s;
        auto layer = openVector(corpus(u"formats/mixed_layers.gpkg"_s), o);
        QVERIFY(layer);
        auto p = layer->dataProvider();
        QCOMPARE(layer->name(), u"lines"_s);
        QCOMPARE(layer->sublayerName(), u"lines"_s);
        QCOMPARE(p->driverName(), u"GPKG"_s);
        QCOMPARE(layer->featureCount(), 6);
        QCOMPARE(layer->geometryKind(), GeometryKind::Line);
        QVERIFY(p->hasFastSpatialFilter());
        const QList<Feature> fs = readAll(*p);
        QCOMPARE(fs.size(), 6);
        QCOMPARE(fs[0].id, 1);
        QCOMPARE(fs[0].attributes[0].toString(), u"Highway"_s);
        QCOMPARE(fs[2].attributes[0].toString(), u"Arterial"_s);
        QCOMPARE(fs[2].attributes[1].toDouble(), 2.0);
        // ogrinfo: Extent: (-117.623198, 23.208206) - (-82.322650, 46.182910)
        QCOMPARE(qRound64(layer->extent().xMin() * 1e6), -117623198LL);
        QCOMPARE(qRound64(layer->extent().yMax() * 1e6), 46182910LL);
        for (const Extent &e : {Extent(-100, 30, -90, 40), Extent(-120, 20, -110, 25), Extent(0, 0, 1, 1),
                                Extent(-118, 23, -82, 47)})
            QCOMPARE(p->featureIdsInExtent(e), bruteForce(*p, e));
        // the empty sibling layer
        o.layerName = u"points"_s;
        auto empty = openVector(corpus(u"formats/mixed_layers.gpkg"_s), o);
        QVERIFY(empty);
        QCOMPARE(empty->featureCount(), 0);
        QCOMPARE(empty->geometryKind(), GeometryKind::Point);
        QVERIFY(empty->extent().isNull());
        QVERIFY(empty->dataProvider()->featureIdsInExtent(Extent(-180, -90, 180, 90)).isEmpty());
        o.layerName = u"nope"_s;
        auto missing = VectorLayer::open(corpus(u"formats/mixed_layers.gpkg"_s), o);
        QVERIFY(!missing.has_value());
        QVERIFY(missing.error().message.contains(u"nope"_s));
    }

    void geometryStream()
    {
        // Geometry-only reads of a GeoPackage go through OGR's Arrow stream; they must give exactly
        // what feature-by-feature reading gives (TERRITORIA_NO_ARROW forces the latter).
        for (const QString &layerName : {u"lines"_s, u"points"_s}) {
            VectorLayerOptions o;
            o.layerName = layerName;
            auto fast = openVector(corpus(u"formats/mixed_layers.gpkg"_s), o);
            qputenv("TERRITORIA_NO_ARROW", "1");
            auto slow = openVector(corpus(u"formats/mixed_layers.gpkg"_s), o);
            qunsetenv("TERRITORIA_NO_ARROW");
            QVERIFY(fast && slow);
            for (int pass = 0; pass < 3; ++pass) {
                FeatureRequest r;
                r.noAttributes = true;
                if (pass == 1)
                    r.filterExtent = Extent(-100, 30, -90, 40);
                if (pass == 2)
                    r.limit = 4;
                const QList<Feature> a = readAll(*fast->dataProvider(), r);
                const QList<Feature> b = readAll(*slow->dataProvider(), r);
                QCOMPARE(a.size(), b.size());
                for (int i = 0; i < a.size(); ++i) {
                    QCOMPARE(a[i].id, b[i].id);
                    QCOMPARE(a[i].geometry.toWkt(12), b[i].geometry.toWkt(12));
                    QVERIFY(a[i].attributes.isEmpty());
                }
                if (layerName == u"lines"_s)
                    QCOMPARE(a.size(), pass == 0 ? 6 : pass == 2 ? 4 : qsizetype(bruteForce(*slow->dataProvider(), r.filterExtent).size()));
            }
        }
    }

    void curvesLinearized()
    {
        auto layer = openVector(corpus(u"geometry/curved_polys.gpkg"_s));
        QVERIFY(layer);
        QCOMPARE(layer->dataProvider()->geometryTypeName(), u"Curve Polygon"_s);
        QCOMPARE(layer->geometryKind(), GeometryKind::Polygon);
        const QList<Feature> fs = readAll(*layer->dataProvider());
        QCOMPARE(fs.size(), 4);
        for (const Feature &f : fs) {
            QCOMPARE(f.geometry.typeName(), u"Polygon"_s);
            QVERIFY(f.geometry.area() > 0);
            QVERIFY(layer->extent().buffered(1e-6).contains(f.geometry.boundingBox()));
        }
    }

    void concurrency()
    {
        auto layer = openVector(corpus(u"crs/NY8_utm18.shp"_s));
        QVERIFY(layer);
        std::shared_ptr<const VectorDataProvider> p = layer->dataProvider();
        auto digest = [p](int pass) {
            QCryptographicHash h(QCryptographicHash::Sha1);
            FeatureRequest r;
            if (pass % 2)
                r.filterExtent = Extent(380000, 4650000, 460000, 4800000);
            auto n = p->forEachFeature(r, [&](Feature &&f) {
                h.addData(QByteArray::number(f.id));
                h.addData(f.geometry.wkb());
                for (const QVariant &v : f.attributes)
                    h.addData(v.toString().toUtf8());
                return true;
            });
            return n ? h.result().toHex() + QByteArray::number(*n) : n.error().toString().toUtf8();
        };
        const QByteArray all = digest(0), filtered = digest(1);
        QVERIFY(all.endsWith("281"));
        QList<int> passes;
        for (int i = 0; i < 16; ++i)
            passes.append(i);
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<QByteArray> results = QtConcurrent::blockingMapped(&pool, passes, digest);
        for (int i = 0; i < results.size(); ++i)
            QCOMPARE(results[i], i % 2 ? filtered : all);
        // geometry-only GeoPackage reads (Arrow stream) from several threads
        VectorLayerOptions lines;
        lines.layerName = u"lines"_s;
        auto gpkg = openVector(corpus(u"formats/mixed_layers.gpkg"_s), lines);
        std::shared_ptr<const VectorDataProvider> gp = gpkg->dataProvider();
        auto wkbDigest = [gp](int) {
            QCryptographicHash h(QCryptographicHash::Sha1);
            FeatureRequest r;
            r.noAttributes = true;
            auto n = gp->forEachFeature(r, [&](Feature &&f) {
                h.addData(QByteArray::number(f.id));
                h.addData(f.geometry.wkb());
                return true;
            });
            return n ? h.result().toHex() + QByteArray::number(*n) : n.error().toString().toUtf8();
        };
        const QByteArray gpkgRef = wkbDigest(0);
        QVERIFY(gpkgRef.endsWith("6"));
        for (const QByteArray &r : QtConcurrent::blockingMapped(&pool, passes, wkbDigest))
            QCOMPARE(r, gpkgRef);
        // spatial index built concurrently
        const Extent box(400000, 4700000, 420000, 4720000);
        auto fresh = openVector(corpus(u"crs/NY8_utm18.shp"_s));
        std::shared_ptr<const VectorDataProvider> fp = fresh->dataProvider();
        const QList<QList<qint64>> idLists =
            QtConcurrent::blockingMapped(&pool, passes, [fp, box](int) { return fp->featureIdsInExtent(box); });
        for (const auto &ids : idLists)
            QCOMPARE(ids, bruteForce(*p, box));
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("guessed"); // fallback warning expected
        QTest::newRow("cpg") << u"encoding/iso-8859-1.shp"_s << u"text"_s << u"äöü"_s << false;
        QTest::newRow("ldid") << u"encoding/iso-8859-1_ldid.shp"_s << u"text"_s << u"äöü"_s << false;
        QTest::newRow("cp852") << u"encoding/test_852.shp"_s << u"test852"_s << u"abcŐ"_s << false;
        QTest::newRow("no ldid") << u"encoding/shp_latin1.dbf"_s << u"name"_s << u"accents éàè"_s << true;
        QTest::newRow("postgis") << u"encoding/postgis_Latin1.dbf"_s << u"ADDRESS"_s
                                 << u"Tårneby in Våler I Solør kommune"_s << true;
        QTest::newRow("postgis ldid 3") << u"encoding/postgis_Latin1-implicit.dbf"_s << u"ADDRESS"_s
                                        << u"Tårneby in Våler I Solør kommune"_s << false;
        QTest::newRow("utf8 field name") << u"crs/testlayer_3857.shp"_s << u"utf8nameè"_s << QString() << false;
    }
    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QFETCH(bool, guessed);
        auto layer = openVector(corpus(file));
        QVERIFY(layer);
        const int idx = layer->fields().indexOf(field);
        QVERIFY2(idx >= 0, qPrintable(layer->fields().names().join(u',')));
        const QList<Feature> fs = readAll(*layer->dataProvider());
        QVERIFY(!fs.isEmpty());
        if (!expected.isNull())
            QCOMPARE(fs[0].attributes[idx].toString(), expected);
        bool warned = false;
        for (const QString &w : layer->warnings())
            warned |= w.contains(u"ISO-8859-1"_s);
        QCOMPARE(warned, guessed);
        if (guessed)
            QCOMPARE(layer->dataProvider()->encoding(), u"ISO-8859-1"_s);
    }

    void forcedEncoding()
    {
        // The user says the DBF is CP852: the Latin-1 bytes decode differently, no guess warning.
        VectorLayerOptions o;
        o.encoding = u"CP852"_s;
        auto layer = openVector(corpus(u"encoding/postgis_Latin1.dbf"_s), o);
        QVERIFY(layer);
        QCOMPARE(layer->dataProvider()->encoding(), u"CP852"_s);
        const QList<Feature> fs = readAll(*layer->dataProvider());
        const QString s = fs[0].attributes[0].toString();
        QVERIFY(s.startsWith(u"T"_s));
        QVERIFY(s != u"Tårneby in Våler I Solør kommune"_s);
        QVERIFY(!s.contains(QChar::ReplacementCharacter));
    }

    void csvCoordinates()
    {
        QTemporaryDir dir;
        const QString lonlat = dir.filePath(u"puntos.csv"_s);
        writeFile(lonlat, "id,nombre,lon,lat,fecha\n1,Plaza de Armas,-77.0300,-12.0464,2024-03-01\n"
                          "2,Miraflores,-77.0282,-12.1211,\n3,Callao,-77.1181,-12.0566,2023-12-31\n");
        auto layer = openVector(lonlat);
        QVERIFY(layer);
        QCOMPARE(layer->dataProvider()->driverName(), u"CSV"_s);
        QCOMPARE(layer->geometryKind(), GeometryKind::Point);
        QCOMPARE(layer->featureCount(), 3);
        QVERIFY(!layer->hasSourceCrs());
        QVERIFY(!layer->crs().isValid());
        QVERIFY(!layer->warnings().isEmpty());
        const Fields f = layer->fields();
        QCOMPARE(f[f.indexOf(u"id"_s)].type, FieldType::Integer);
        QCOMPARE(f[f.indexOf(u"lon"_s)].type, FieldType::Real);
        QCOMPARE(f[f.indexOf(u"fecha"_s)].type, FieldType::Date);
        const QList<Feature> fs = readAll(*layer->dataProvider());
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs[0].geometry.toWkt(), u"POINT (-77.03 -12.0464)"_s);
        QCOMPARE(fs[0].attributes[f.indexOf(u"nombre"_s)].toString(), u"Plaza de Armas"_s);
        QCOMPARE(fs[0].attributes[f.indexOf(u"fecha"_s)].toDate(), QDate(2024, 3, 1));
        QVERIFY(!fs[1].attributes[f.indexOf(u"fecha"_s)].isValid()); // empty = null
        QCOMPARE(fs[2].attributes[f.indexOf(u"id"_s)].toInt(), 3);
        QCOMPARE(layer->extent(), Extent(-77.1181, -12.1211, -77.0282, -12.0464));

        // Spanish names, semicolon separator and a WKT column.
        const QString este = dir.filePath(u"predios.csv"_s);
        writeFile(este, "codigo;este;norte\nA1;280000.5;8660000\nA2;281000;8661000.25\n");
        auto utm = openVector(este);
        QVERIFY(utm);
        QCOMPARE(utm->geometryKind(), GeometryKind::Point);
        QCOMPARE(utm->extent(), Extent(280000.5, 8660000, 281000, 8661000.25));

        const QString wktCsv = dir.filePath(u"zonas.csv"_s);
        writeFile(wktCsv, "WKT,zona\n\"POLYGON ((0 0,2 0,2 2,0 2,0 0))\",Z1\n\"POLYGON ((5 5,6 5,6 6,5 5))\",Z2\n");
        auto zonas = openVector(wktCsv);
        QVERIFY(zonas);
        QCOMPARE(zonas->fields().names(), QStringList{u"zona"_s});
        const QList<Feature> zs = readAll(*zonas->dataProvider());
        QCOMPARE(zs.size(), 2);
        QCOMPARE(zs[0].geometry.area(), 4.0);
        QCOMPARE(zs[1].attributes[0].toString(), u"Z2"_s);

        // GTFS stops.txt
        const QString stops = dir.filePath(u"stops.txt"_s);
        writeFile(stops, "stop_id,stop_name,stop_lat,stop_lon\nS1,Estación Central,-33.4513,-70.6797\n"
                         "S2,Los Héroes,-33.4460,-70.6606\n");
        auto gtfs = openVector(stops);
        QVERIFY(gtfs);
        QCOMPARE(gtfs->name(), u"stops"_s);
        QCOMPARE(gtfs->geometryKind(), GeometryKind::Point);
        const QList<Feature> ss = readAll(*gtfs->dataProvider());
        QCOMPARE(ss.size(), 2);
        QCOMPARE(ss[0].geometry.toWkt(), u"POINT (-70.6797 -33.4513)"_s);
        QCOMPARE(ss[1].attributes[gtfs->fields().indexOf(u"stop_name"_s)].toString(), u"Los Héroes"_s);
        // Random access by FID (CSV FIDs start at 1), in any order
        for (qint64 fid : {2, 1, 2}) {
            auto f = gtfs->dataProvider()->feature(fid);
            QVERIFY(f.has_value());
            QCOMPARE(f->id, fid);
            QCOMPARE(f->attributes[0].toString(), fid == 1 ? u"S1"_s : u"S2"_s);
        }
        QVERIFY(!gtfs->dataProvider()->feature(3).has_value());

        // User options override detection (columns with unusual names).
        const QString custom = dir.filePath(u"custom.csv"_s);
        writeFile(custom, "a,px,py\n1,10,20\n2,30,40\n");
        auto plain = openVector(custom);
        QVERIFY(plain);
        QCOMPARE(plain->geometryKind(), GeometryKind::Null);
        VectorLayerOptions o;
        o.openOptions = {u"X_POSSIBLE_NAMES=px"_s, u"Y_POSSIBLE_NAMES=py"_s};
        auto forced = openVector(custom, o);
        QVERIFY(forced);
        QCOMPARE(forced->geometryKind(), GeometryKind::Point);
        QCOMPARE(forced->extent(), Extent(10, 20, 30, 40));

        // Latin-1 CSV is recoded with a warning.
        const QString latin = dir.filePath(u"latin.csv"_s);
        writeFile(latin, "id,nombre\n1,Cami\xf1o Pe\xf1\x61lol\n");
        auto lat = openVector(latin);
        QVERIFY(lat);
        QCOMPARE(readAll(*lat->dataProvider())[0].attributes[1].toString(), u"Camiño Peñalol"_s);
        QVERIFY(!lat->warnings().isEmpty());
    }

    void geojsonValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v.geojson"_s);
        writeFile(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"n":1,"big":5000000000,"x":1.5,"s":"Ñuñoa","d":"2024-02-29","dt":"2024-02-29T10:30:00Z","b":true,"nul":null},"geometry":{"type":"Point","coordinates":[-70.6,-33.45]}},
{"type":"Feature","properties":{"n":2,"big":1,"x":null,"s":null,"d":null,"dt":null,"b":false,"nul":null},"geometry":null}
]})");
        auto layer = openVector(path);
        QVERIFY(layer);
        QVERIFY(layer->hasSourceCrs()); // GeoJSON is WGS 84 by definition
        const Fields f = layer->fields();
        QCOMPARE(f[f.indexOf(u"n"_s)].type, FieldType::Integer);
        QCOMPARE(f[f.indexOf(u"big"_s)].type, FieldType::Integer64);
        QCOMPARE(f[f.indexOf(u"x"_s)].type, FieldType::Real);
        QCOMPARE(f[f.indexOf(u"d"_s)].type, FieldType::Date);
        QCOMPARE(f[f.indexOf(u"dt"_s)].type, FieldType::DateTime);
        QCOMPARE(f[f.indexOf(u"b"_s)].type, FieldType::Boolean);
        const QList<Feature> fs = readAll(*layer->dataProvider());
        QCOMPARE(fs.size(), 2);
        const QVariantList &a = fs[0].attributes;
        QCOMPARE(a[f.indexOf(u"n"_s)].toInt(), 1);
        QCOMPARE(a[f.indexOf(u"big"_s)].toLongLong(), 5000000000LL);
        QCOMPARE(a[f.indexOf(u"x"_s)].toDouble(), 1.5);
        QCOMPARE(a[f.indexOf(u"s"_s)].toString(), u"Ñuñoa"_s);
        QCOMPARE(a[f.indexOf(u"d"_s)].toDate(), QDate(2024, 2, 29));
        QCOMPARE(a[f.indexOf(u"dt"_s)].toDateTime(), QDateTime(QDate(2024, 2, 29), QTime(10, 30), Qt::UTC));
        QCOMPARE(a[f.indexOf(u"b"_s)].toBool(), true);
        QCOMPARE(a[f.indexOf(u"b"_s)].typeId(), QMetaType::Bool);
        QVERIFY(!a[f.indexOf(u"nul"_s)].isValid());
        QVERIFY(!fs[1].attributes[f.indexOf(u"x"_s)].isValid());
        QVERIFY(!fs[1].attributes[f.indexOf(u"s"_s)].isValid());
        QVERIFY(fs[1].geometry.isNull());
        QCOMPARE(fs[1].attributes[f.indexOf(u"b"_s)].toBool(), false);
    }

    void errors()
    {
        auto missing = VectorLayer::open(u"/no/such/dir/calles.shp"_s);
        QVERIFY(!missing.has_value());
        QVERIFY(missing.error().message.contains(u"calles.shp"_s));
        QCOMPARE(missing.error().source, u"/no/such/dir/calles.shp"_s);
        QTemporaryDir dir;
        const QString junk = dir.filePath(u"basura.gpkg"_s);
        writeFile(junk, "this is not a geopackage");
        auto bad = VectorLayer::open(junk);
        QVERIFY(!bad.has_value());
        QVERIFY(bad.error().message.contains(u"basura.gpkg"_s));
    }

    void lostShx()
    {
        // A shapefile whose .shx was lost is rebuilt (GDAL's SHAPE_RESTORE_SHX) and reads fully.
        QTemporaryDir dir;
        for (const char *ext : {".shp", ".dbf", ".prj"})
            QVERIFY(QFile::copy(corpus(u"crs/NY8_utm18"_s + QLatin1StringView(ext)),
                                dir.filePath(u"ny8"_s + QLatin1StringView(ext))));
        auto layer = openVector(dir.filePath(u"ny8.shp"_s));
        QVERIFY(layer);
        QCOMPARE(layer->featureCount(), 281);
        QCOMPARE(readAll(*layer->dataProvider()).size(), 281);
        QVERIFY(QFile::exists(dir.filePath(u"ny8.shx"_s)));
        bool warned = false;
        for (const QString &w : layer->warnings())
            warned |= w.contains(u".shx"_s, Qt::CaseInsensitive);
        QVERIFY2(warned, qPrintable(layer->warnings().join(u'\n')));
    }

    void openProgress()
    {
        Feedback feedback;
        QSignalSpy progress(&feedback, &Feedback::progressChanged);
        auto r = VectorLayer::open(corpus(u"crs/NY8_utm18.shp"_s), {}, &feedback);
        QVERIFY(r.has_value());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(feedback.progress(), 100.0);
        Feedback canceled;
        canceled.cancel();
        auto c = VectorLayer::open(corpus(u"crs/NY8_utm18.shp"_s), {}, &canceled);
        QVERIFY(!c.has_value());
        QVERIFY(c.error().message.contains(u"NY8_utm18.shp"_s));
    }

    void signalsAndStyle()
    {
        auto layer = openVector(corpus(u"crs/testlayer_3857.shp"_s));
        QVERIFY(layer);
        QSignalSpy name(layer.get(), &Layer::nameChanged);
        QSignalSpy repaint(layer.get(), &Layer::repaintRequested);
        QSignalSpy style(layer.get(), &Layer::styleChanged);
        layer->setName(u"Puntos"_s);
        layer->setName(u"Puntos"_s);
        QCOMPARE(name.size(), 1);
        layer->setOpacity(0.5);
        layer->setVisible(false);
        QCOMPARE(repaint.size(), 2);
        QCOMPARE(layer->opacity(), 0.5);
        VectorStyle s = layer->style();
        s.strokeWidthMm = 1.25;
        layer->setStyle(s);
        QCOMPARE(style.size(), 1);
        QCOMPARE(repaint.size(), 3);
        const QJsonObject json = layer->styleToJson();
        VectorStyle other = s;
        other.strokeWidthMm = 3;
        layer->setStyle(other);
        layer->setStyleFromJson(json);
        QCOMPARE(layer->style().strokeWidthMm, 1.25);
    }

    void selection()
    {
        auto layer = openVector(corpus(u"crs/NY8_utm18.shp"_s));
        QVERIFY(layer);
        QSignalSpy changed(layer.get(), &VectorLayer::selectionChanged);
        QVERIFY(layer->selectedFeatureIds().isEmpty());

        layer->selectFeatures({1, 2, 3});
        QCOMPARE(layer->selectedFeatureIds(), (QSet<qint64>{1, 2, 3}));
        QCOMPARE(changed.size(), 1);
        // The same selection again: no signal.
        layer->selectFeatures({3, 2, 1}, VectorLayer::SelectionMode::Replace);
        QCOMPARE(changed.size(), 1);

        layer->selectFeatures({3, 7}, VectorLayer::SelectionMode::Add);
        QCOMPARE(layer->selectedFeatureIds(), (QSet<qint64>{1, 2, 3, 7}));
        QCOMPARE(changed.size(), 2);
        layer->selectFeatures({2}, VectorLayer::SelectionMode::Add); // already in
        QCOMPARE(changed.size(), 2);

        layer->selectFeatures({1, 7, 99}, VectorLayer::SelectionMode::Remove);
        QCOMPARE(layer->selectedFeatureIds(), (QSet<qint64>{2, 3}));
        QCOMPARE(changed.size(), 3);
        QVERIFY(layer->isSelected(2));
        QVERIFY(!layer->isSelected(1));
        QCOMPARE(layer->selectedFeatureCount(), 2);

        layer->selectFeatures({5}, VectorLayer::SelectionMode::Replace);
        QCOMPARE(layer->selectedFeatureIds(), (QSet<qint64>{5}));
        QCOMPARE(changed.size(), 4);

        layer->clearSelection();
        QVERIFY(layer->selectedFeatureIds().isEmpty());
        QCOMPARE(changed.size(), 5);
        layer->clearSelection(); // nothing to clear
        QCOMPARE(changed.size(), 5);

        // Not part of the style, so not saved with the project.
        layer->selectFeatures({4});
        QVERIFY(!QJsonDocument(layer->styleToJson()).toJson().contains("select"));
    }
};

QTEST_GUILESS_MAIN(TestVectorLayer)
#include "tst_vectorlayer.moc"
