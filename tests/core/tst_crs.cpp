#include "crs/crs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace territoria;
using namespace Qt::StringLiterals;

class TestCrs : public QObject
{
    Q_OBJECT
private:
    static QString data(const QString &rel) { return QStringLiteral(TERRITORIA_TEST_DATA) + u'/' + rel; }

private Q_SLOTS:
    void epsgCode()
    {
        auto crs = Crs::fromUserInput(u"EPSG:32719"_s);
        QVERIFY2(crs.has_value(), qPrintable(crs ? QString() : crs.error().toString()));
        QCOMPARE(crs->authId(), u"EPSG:32719"_s);
        QCOMPARE(crs->name(), u"WGS 84 / UTM zone 19S"_s);
        QVERIFY(!crs->isGeographic());
        QCOMPARE(crs->mapUnits(), u"metre"_s);
        QCOMPARE(crs->toUserString(), u"EPSG:32719"_s);
        QVERIFY(crs->toWkt().startsWith(u"PROJCRS["_s));
        QVERIFY(crs->toProjString().contains(u"+proj=utm"_s));
        QVERIFY(crs->toProjString().contains(u"+south"_s));
        double w, s, e, n;
        QVERIFY(crs->areaOfUse(&w, &s, &e, &n));
        QCOMPARE(w, -72.0);
        QCOMPARE(e, -66.0);
        QCOMPARE(s, -80.0);
        QCOMPARE(n, 0.0);
    }

    void bareNumberAndUrn()
    {
        auto a = Crs::fromUserInput(u"  32718 "_s);
        QVERIFY(a.has_value());
        QCOMPARE(a->authId(), u"EPSG:32718"_s);
        auto b = Crs::fromUserInput(u"urn:ogc:def:crs:EPSG::4326"_s);
        QVERIFY(b.has_value());
        QCOMPARE(b->authId(), u"EPSG:4326"_s);
        QVERIFY(b->isGeographic());
        QCOMPARE(b->mapUnits(), u"degree"_s);
    }

    void psad56()
    {
        const Crs geog = Crs::fromEpsg(4248);
        QVERIFY(geog.isValid());
        QCOMPARE(geog.name(), u"PSAD56"_s);
        QVERIFY(geog.isGeographic());
        const Crs utm = Crs::fromEpsg(24879);
        QCOMPARE(utm.name(), u"PSAD56 / UTM zone 19S"_s);
        QVERIFY(utm != Crs::fromEpsg(32719));
        QVERIFY(geog != Crs::fromEpsg(4326));
        QVERIFY(!Crs::fromEpsg(999999).isValid());
    }

    void axisOrderDoesNotMatterForEquality()
    {
        auto crs84 = Crs::fromUserInput(u"OGC:CRS84"_s);
        QVERIFY(crs84.has_value());
        QVERIFY(crs84->isGeographic());
        QVERIFY(*crs84 == Crs::fromEpsg(4326));
        QVERIFY(*crs84 != Crs::fromEpsg(4248));
    }

    void wkt2RoundTrip()
    {
        const Crs utm = Crs::fromEpsg(24877);
        auto again = Crs::fromWkt(utm.toWkt());
        QVERIFY(again.has_value());
        QCOMPARE(again->authId(), u"EPSG:24877"_s);
        QVERIFY(*again == utm);
        auto viaUser = Crs::fromUserInput(utm.toWkt());
        QVERIFY(viaUser.has_value());
        QVERIFY(*viaUser == utm);
    }

    void wkt1()
    {
        // OGC WKT1 (GDAL flavour) with AUTHORITY nodes.
        const QString wkt = uR"(GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]])"_s;
        auto crs = Crs::fromWkt(wkt);
        QVERIFY(crs.has_value());
        QCOMPARE(crs->authId(), u"EPSG:4326"_s);
        QVERIFY(crs->isGeographic());
    }

    void esriWktIsIdentified()
    {
        // ESRI .prj flavour: no authority, no axis order. Identified as EPSG:4326.
        const QString wkt = uR"(GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]])"_s;
        auto crs = Crs::fromUserInput(wkt);
        QVERIFY2(crs.has_value(), qPrintable(crs ? QString() : crs.error().toString()));
        QCOMPARE(crs->authId(), u"EPSG:4326"_s);
        QVERIFY(*crs == Crs::fromEpsg(4326));
        QCOMPARE(crs->toUserString(), u"EPSG:4326"_s);

        const QString utm = uR"(PROJCS["WGS_1984_UTM_Zone_19S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",-69.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]])"_s;
        auto u = Crs::fromUserInput(utm);
        QVERIFY(u.has_value());
        QCOMPARE(u->authId(), u"EPSG:32719"_s);
        QVERIFY(*u == Crs::fromEpsg(32719));
    }

    void prjFiles()
    {
        auto merc = Crs::fromUserInput(data(u"corpus/crs/testlayer_3857.prj"_s));
        QVERIFY2(merc.has_value(), qPrintable(merc ? QString() : merc.error().toString()));
        QCOMPARE(merc->authId(), u"EPSG:3857"_s);
        QVERIFY(!merc->isGeographic());

        auto geog = Crs::fromPrjFile(data(u"corpus/encoding/iso-8859-1.prj"_s));
        QVERIFY(geog.has_value());
        QCOMPARE(geog->authId(), u"EPSG:4326"_s);

        // "D_unknown" datum on the WGS84 ellipsoid: a valid UTM 18N CRS, whatever its id.
        auto ny = Crs::fromPrjFile(data(u"corpus/crs/NY8_utm18.prj"_s));
        QVERIFY(ny.has_value());
        QVERIFY(!ny->isGeographic());
        QCOMPARE(ny->mapUnits(), u"metre"_s);
        QVERIFY(ny->toProjString().contains(u"+zone=18"_s) || ny->toProjString().contains(u"+lon_0=-75"_s));
    }

    void projString()
    {
        auto crs = Crs::fromUserInput(u"+proj=utm +zone=19 +south +datum=WGS84 +units=m +no_defs"_s);
        QVERIFY2(crs.has_value(), qPrintable(crs ? QString() : crs.error().toString()));
        QCOMPARE(crs->authId(), u"EPSG:32719"_s);
        QVERIFY(*crs == Crs::fromEpsg(32719));

        auto custom = Crs::fromUserInput(u"+proj=tmerc +lat_0=-12 +lon_0=-77 +k=1 +x_0=100000 +y_0=100000 +ellps=GRS80 +units=m"_s);
        QVERIFY(custom.has_value());
        QVERIFY(custom->authId().isEmpty());
        QCOMPARE(custom->toUserString(), custom->toWkt()); // no id: the WKT is the faithful text
        auto again = Crs::fromUserInput(custom->toUserString());
        QVERIFY(again.has_value());
        QVERIFY(*again == *custom);
    }

    void projJson()
    {
        const QString json = uR"({"type":"GeographicCRS","name":"WGS 84","datum":{"type":"GeodeticReferenceFrame","name":"World Geodetic System 1984","ellipsoid":{"name":"WGS 84","semi_major_axis":6378137,"inverse_flattening":298.257223563}},"coordinate_system":{"subtype":"ellipsoidal","axis":[{"name":"Geodetic latitude","abbreviation":"Lat","direction":"north","unit":"degree"},{"name":"Geodetic longitude","abbreviation":"Lon","direction":"east","unit":"degree"}]},"id":{"authority":"EPSG","code":4326}})"_s;
        auto crs = Crs::fromUserInput(json);
        QVERIFY2(crs.has_value(), qPrintable(crs ? QString() : crs.error().toString()));
        QCOMPARE(crs->authId(), u"EPSG:4326"_s);
        QVERIFY(crs->isGeographic());
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << u"not a crs at all"_s;
        QTest::newRow("unknown code") << u"EPSG:999999"_s;
        QTest::newRow("bad proj") << u"+proj=doesnotexist"_s;
        QTest::newRow("broken wkt") << u"PROJCS[\"x\",GEOGCS["_s;
        QTest::newRow("missing prj") << u"/nonexistent/dir/file.prj"_s;
        QTest::newRow("an operation, not a CRS") << u"+proj=pipeline +step +proj=utm +zone=19 +south"_s;
    }
    void garbage()
    {
        QFETCH(QString, input);
        auto crs = Crs::fromUserInput(input);
        QVERIFY(!crs.has_value());
        QVERIFY(!crs.error().message.isEmpty());
    }

    void garbagePrjFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.prj"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is no projection");
        f.close();
        auto crs = Crs::fromUserInput(path);
        QVERIFY(!crs.has_value());
        QVERIFY(crs.error().message.contains(path));
        QCOMPARE(crs.error().source, path);
    }

    void usableFromOtherThreads()
    {
        const Crs utm = Crs::fromEpsg(32719);
        // Created in one thread, compared and parsed in another: no PJ lives in a Crs.
        const bool same = QtConcurrent::run([utm] {
            auto other = Crs::fromUserInput(u"EPSG:32719"_s);
            return other && *other == utm && !(*other == Crs::fromEpsg(32718));
        }).result();
        QVERIFY(same);
    }

    void invalidCrs()
    {
        Crs c;
        QVERIFY(!c.isValid());
        QVERIFY(c.authId().isEmpty());
        QVERIFY(c == Crs());
        QVERIFY(c != Crs::fromEpsg(4326));
    }
};

QTEST_GUILESS_MAIN(TestCrs)
#include "tst_crs.moc"
