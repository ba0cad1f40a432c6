#include "crs/coordinatetransform.h"
#include "geometry/geometry.h"
#include "geometry/geosutil.h"
#include "geometry/preparedgeometry.h"
#include "geometry/wkbreader.h"

#include <QFuture>
#include <QTest>
#include <QtConcurrent>

#include <cmath>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {
Geometry wkt(const QString &text)
{
    auto g = Geometry::fromWkt(text);
    if (!g)
        qFatal("bad WKT in test: %s", qPrintable(g.error().toString()));
    return *g;
}
} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preparedGeometry()
    {
        // A selection triangle (0,0)-(10,0)-(0,10): its hypotenuse is x + y = 10.
        const PreparedGeometry triangle(wkt(u"POLYGON ((0 0, 10 0, 0 10, 0 0))"_s));
        QVERIFY(triangle.isValid());
        QVERIFY(triangle.intersects(wkt(u"POINT (4.9 4.9)"_s)));
        QVERIFY(!triangle.intersects(wkt(u"POINT (5.1 5.1)"_s)));
        QVERIFY(triangle.intersects(wkt(u"POINT (5 5)"_s))); // on the boundary
        // A square whose corner just crosses the hypotenuse, and one just beyond it.
        QVERIFY(triangle.intersects(wkt(u"POLYGON ((4.9 4.9, 8 4.9, 8 8, 4.9 8, 4.9 4.9))"_s)));
        QVERIFY(!triangle.intersects(wkt(u"POLYGON ((5.1 5.1, 8 5.1, 8 8, 5.1 8, 5.1 5.1))"_s)));
        QVERIFY(!triangle.intersects(Geometry()));
        const PreparedGeometry null{Geometry()};
        QVERIFY(!null.isValid());
        QVERIFY(!null.intersects(wkt(u"POINT (1 1)"_s)));
    }

    void nullGeometry()
    {
        Geometry g;
        QVERIFY(g.isNull());
        QVERIFY(g.isEmpty());
        QCOMPARE(g.kind(), GeometryKind::Null);
        QVERIFY(g.boundingBox().isNull());
        QVERIFY(!g.isValid());
        QVERIFY(g.toWkt().isEmpty());
    }

    void invalidWkt()
    {
        auto g = Geometry::fromWkt(u"POLYGON ((0 0, 1"_s);
        QVERIFY(!g.has_value());
        QVERIFY(!g.error().message.isEmpty());
        QVERIFY(!Geometry::fromWkt(u"nonsense"_s).has_value());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<int>("kind");
        QTest::newRow("point") << u"POINT (1 2)"_s << u"POINT (1 2)"_s << u"Point"_s << int(GeometryKind::Point);
        QTest::newRow("point z") << u"POINT Z (1 2 3)"_s << u"POINT Z (1 2 3)"_s << u"Point Z"_s
                                 << int(GeometryKind::Point);
        QTest::newRow("line") << u"LINESTRING (0 0, 1.5 2.25, -3 4)"_s << u"LINESTRING (0 0,1.5 2.25,-3 4)"_s
                              << u"LineString"_s << int(GeometryKind::Line);
        QTest::newRow("polygon") << u"POLYGON((0 0,4 0,4 3,0 3,0 0))"_s << u"POLYGON ((0 0,4 0,4 3,0 3,0 0))"_s
                                 << u"Polygon"_s << int(GeometryKind::Polygon);
        QTest::newRow("mline z") << u"MULTILINESTRING Z ((0 0 1,1 1 2),(2 2 3,3 3 4))"_s
                                 << u"MULTILINESTRING Z ((0 0 1,1 1 2),(2 2 3,3 3 4))"_s << u"MultiLineString Z"_s
                                 << int(GeometryKind::Line);
        QTest::newRow("mpoly m") << u"MULTIPOLYGON M (((0 0 1,1 0 2,1 1 3,0 0 4)))"_s
                                 << u"MULTIPOLYGON M (((0 0 1,1 0 2,1 1 3,0 0 4)))"_s << u"MultiPolygon M"_s
                                 << int(GeometryKind::Polygon);
        QTest::newRow("collection mixed") << u"GEOMETRYCOLLECTION (POINT (1 1),LINESTRING (0 0,1 1))"_s
                                          << u"GEOMETRYCOLLECTION (POINT (1 1),LINESTRING (0 0,1 1))"_s
                                          << u"GeometryCollection"_s << int(GeometryKind::Mixed);
        QTest::newRow("collection points") << u"GEOMETRYCOLLECTION (POINT (1 1),MULTIPOINT ((0 0),(2 2)))"_s
                                           << u"GEOMETRYCOLLECTION (POINT (1 1),MULTIPOINT ((0 0),(2 2)))"_s
                                           << u"GeometryCollection"_s << int(GeometryKind::Point);
        QTest::newRow("polygon empty") << u"POLYGON EMPTY"_s << u"POLYGON EMPTY"_s << u"Polygon"_s
                                       << int(GeometryKind::Polygon);
        QTest::newRow("point empty") << u"POINT EMPTY"_s << u"POINT EMPTY"_s << u"Point"_s << int(GeometryKind::Point);
        QTest::newRow("tin z") << u"TIN Z (((0 0 0,0 1 0,1 1 0,0 0 0)))"_s << u"TIN Z (((0 0 0,0 1 0,1 1 0,0 0 0)))"_s
                               << u"TIN Z"_s << int(GeometryKind::Polygon);
        QTest::newRow("utm") << u"POINT (421840.393245032 4662874.47256221)"_s
                             << u"POINT (421840.39324503 4662874.47256221)"_s << u"Point"_s << int(GeometryKind::Point);
        QTest::newRow("rounding") << u"POINT (0.123456789123 -70.000000001)"_s << u"POINT (0.12345679 -70)"_s
                                  << u"Point"_s << int(GeometryKind::Point);
    }
    void roundTrip()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, typeName);
        QFETCH(int, kind);
        const Geometry g = wkt(input);
        QVERIFY(!g.isNull());
        QCOMPARE(g.toWkt(8), expected);
        QCOMPARE(g.typeName(), typeName);
        QCOMPARE(int(g.kind()), kind);
        // WKT -> WKB -> WKT is stable, and the WKB is ISO little-endian
        QCOMPARE(wkt(g.toWkt(15)), g);
        QCOMPARE(g.wkb().at(0), char(1));
        QCOMPARE(Geometry::fromWkb(g.wkb()), g);
    }

    void curvesAreLinearized()
    {
        const Geometry g = wkt(u"CIRCULARSTRING (0 0,1 1,2 0)"_s);
        QCOMPARE(g.typeName(), u"LineString"_s);
        QCOMPARE(g.kind(), GeometryKind::Line);
        // half circle of radius 1: length close to pi
        QVERIFY(std::abs(g.length() - M_PI) < 0.01);
        const Extent bb = g.boundingBox();
        QVERIFY(std::abs(bb.yMax() - 1.0) < 1e-3);
        QVERIFY(bb.yMax() <= 1.0 + 1e-12);
        QCOMPARE(bb.xMin(), 0.0);
        QCOMPARE(bb.xMax(), 2.0);
    }

    void empty()
    {
        const Geometry e = wkt(u"POLYGON EMPTY"_s);
        QVERIFY(!e.isNull());
        QVERIFY(e.isEmpty());
        QVERIFY(e.boundingBox().isNull());
        QCOMPARE(e.area(), 0.0);
        const Geometry pe = wkt(u"POINT EMPTY"_s);
        QVERIFY(pe.isEmpty());
        QVERIFY(pe.boundingBox().isNull());
        QVERIFY(!wkt(u"POINT (0 0)"_s).isEmpty());
    }

    void boundingBox()
    {
        QCOMPARE(wkt(u"LINESTRING (3 -1, -2 5, 7 2)"_s).boundingBox(), Extent(-2, -1, 7, 5));
        QCOMPARE(wkt(u"POINT (4 5)"_s).boundingBox(), Extent(4, 5, 4, 5));
        QCOMPARE(wkt(u"MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((10 10,12 10,12 13,10 10)))"_s).boundingBox(),
                 Extent(0, 0, 12, 13));
        QCOMPARE(wkt(u"POINT Z (1 2 300)"_s).boundingBox(), Extent(1, 2, 1, 2));
    }

    void measures()
    {
        // 4 x 3 rectangle with a 1 x 1 hole
        const Geometry poly = wkt(u"POLYGON ((0 0,4 0,4 3,0 3,0 0),(1 1,2 1,2 2,1 2,1 1))"_s);
        QCOMPARE(poly.area(), 11.0);
        QCOMPARE(poly.length(), 14.0 + 4.0); // outer perimeter + hole perimeter
        QVERIFY(poly.contains(QPointF(3, 2)));
        QVERIFY(!poly.contains(QPointF(1.5, 1.5))); // in the hole
        QVERIFY(!poly.contains(QPointF(5, 1)));
        QCOMPARE(poly.distance(QPointF(3, 2)), 0.0);
        QCOMPARE(poly.distance(QPointF(7, 7)), 5.0);         // to corner (4,3): 3-4-5
        QCOMPARE(poly.distance(QPointF(1.5, 1.5)), 0.5);     // centre of the hole
        const Geometry line = wkt(u"LINESTRING (0 0, 3 4, 3 10)"_s);
        QCOMPARE(line.length(), 11.0);
        QCOMPARE(line.area(), 0.0);
        QCOMPARE(line.distance(QPointF(5, 8)), 2.0);
        QCOMPARE(wkt(u"POINT (1 1)"_s).distance(QPointF(4, 5)), 5.0);
        QCOMPARE(Geometry().distance(QPointF(0, 0)), -1.0);
    }

    void intersectsRect()
    {
        const Geometry poly = wkt(u"POLYGON ((0 0,10 0,0 10,0 0))"_s);
        QVERIFY(poly.intersects(Extent(1, 1, 2, 2)));
        QVERIFY(!poly.intersects(Extent(6, 6, 9, 9))); // inside the bbox, outside the triangle
        QVERIFY(!poly.intersects(Extent(11, 11, 12, 12)));
        QVERIFY(poly.intersects(Extent(-5, -5, 20, 20)));
        QVERIFY(wkt(u"LINESTRING (0 0, 10 10)"_s).intersects(Extent(4, 4, 4, 4)));
        QVERIFY(wkt(u"POINT (3 3)"_s).intersects(Extent(0, 0, 5, 5)));
        const Geometry gc = wkt(u"GEOMETRYCOLLECTION (POINT (50 50),POLYGON ((0 0,1 0,1 1,0 0)))"_s);
        QVERIFY(gc.intersects(Extent(49, 49, 51, 51)));
        QVERIFY(gc.contains(QPointF(0.8, 0.2)));
        QVERIFY(!gc.intersects(Extent(20, 20, 30, 30)));
    }

    void validity()
    {
        QString reason;
        QVERIFY(wkt(u"POLYGON ((0 0,1 0,1 1,0 1,0 0))"_s).isValid(&reason));
        const Geometry bowtie = wkt(u"POLYGON ((0 0,2 2,2 0,0 2,0 0))"_s);
        QVERIFY(!bowtie.isValid(&reason));
        QVERIFY2(reason.contains(u"Self-intersection"_s, Qt::CaseInsensitive), qPrintable(reason));
        QVERIFY2(reason.contains(u"1 1"_s), qPrintable(reason)); // where the ring crosses itself
        // The area of an invalid bowtie is what GEOS computes with the shoelace formula: 0
        QCOMPARE(bowtie.area(), 0.0);
    }

    void transformed()
    {
        auto ct = CoordinateTransform::create(Crs::fromEpsg(4326), Crs::fromEpsg(3857));
        QVERIFY2(ct.has_value(), qPrintable(ct ? QString() : ct.error().toString()));
        // Spherical Mercator by hand: x = R*lon, y = R*ln(tan(pi/4 + lat/2)), R = 6378137
        const Geometry line = wkt(u"LINESTRING Z (-70 -33 5,-71.5 -12 6)"_s);
        const Geometry t = line.transformed(*ct);
        QVERIFY(!t.isNull());
        QCOMPARE(t.typeName(), u"LineString Z"_s);
        std::vector<double> xy;
        QList<double> coords;
        visitWkb(t.wkb(), xy, [&](WkbPart, const double *c, size_t n) {
            for (size_t i = 0; i < 2 * n; ++i)
                coords.append(c[i]);
        });
        QCOMPARE(coords.size(), 4);
        QVERIFY(std::abs(coords[0] - -7792364.355529149) < 1e-3);
        QVERIFY(std::abs(coords[1] - -3895303.963393895) < 1e-3);
        QVERIFY(std::abs(coords[2] - -7959343.591719061) < 1e-3);
        QVERIFY(std::abs(coords[3] - -1345708.4084091098) < 1e-3);
        QVERIFY(t.toWkt(0).endsWith(u" 5,-7959344 -1345708 6)"_s)); // Z kept
        // The source geometry is untouched (implicitly shared WKB)
        QCOMPARE(line.toWkt(), u"LINESTRING Z (-70 -33 5,-71.5 -12 6)"_s);
        // Polygon with a hole and a collection keep their structure
        const Geometry poly = wkt(u"GEOMETRYCOLLECTION (POLYGON ((0 0,1 0,1 1,0 0),(0.2 0.1,0.8 0.1,0.8 0.7,0.2 0.1)),POINT (10 10))"_s);
        const Geometry tp = poly.transformed(*ct);
        QCOMPARE(tp.typeName(), u"GeometryCollection"_s);
        QCOMPARE(tp.boundingBox().xMin(), 0.0);
        QVERIFY(std::abs(tp.boundingBox().xMax() - 6378137 * 10 * M_PI / 180) < 1e-3);
        // Nothing transformable (latitude beyond the pole) -> null
        const Geometry bad = wkt(u"POINT (0 100)"_s);
        QVERIFY(bad.transformed(*ct).isNull());
        QVERIFY(Geometry().transformed(*ct).isNull());
    }

    void threads()
    {
        // Each thread uses its own GEOS context.
        const Geometry poly = wkt(u"POLYGON ((0 0,4 0,4 3,0 3,0 0))"_s);
        QList<int> seeds;
        for (int i = 0; i < 64; ++i)
            seeds.append(i);
        const QList<double> areas = QtConcurrent::blockingMapped(seeds, [poly](int i) {
            const Geometry g = Geometry::fromWkb(poly.wkb());
            return g.area() + (g.contains(QPointF(1, 1)) ? 0 : 1000) + i * 0;
        });
        for (double a : areas)
            QCOMPARE(a, 12.0);
        QVERIFY(geosContext() != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
