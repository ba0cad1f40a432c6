#include "geometry/editablegeometry.h"
#include "geometry/geometry.h"

#include <QTest>

#include <algorithm>
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

EditableGeometry editable(const QString &text)
{
    auto e = EditableGeometry::fromGeometry(wkt(text));
    if (!e)
        qFatal("not editable: %s", qPrintable(e.error().toString()));
    return *e;
}

QList<double> sortedAreas(const QList<Geometry> &pieces)
{
    QList<double> areas;
    for (const Geometry &g : pieces)
        areas.append(g.area());
    std::sort(areas.begin(), areas.end());
    return areas;
}
} // namespace

class TestEditableGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("multi");
        QTest::addColumn<int>("vertices");
        QTest::newRow("point") << u"POINT (1 2)"_s << int(GeometryKind::Point) << false << 1;
        QTest::newRow("line") << u"LINESTRING (0 0,1 1,2 0)"_s << int(GeometryKind::Line) << false << 3;
        QTest::newRow("polygon with hole")
            << u"POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))"_s << int(GeometryKind::Polygon) << false << 10;
        QTest::newRow("multipoint") << u"MULTIPOINT ((1 2),(3 4))"_s << int(GeometryKind::Point) << true << 2;
        QTest::newRow("multiline") << u"MULTILINESTRING ((0 0,1 1),(5 5,6 6,7 5))"_s << int(GeometryKind::Line) << true << 5;
        QTest::newRow("multipolygon") << u"MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))"_s
                                      << int(GeometryKind::Polygon) << true << 8;
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(bool, multi);
        QFETCH(int, vertices);
        const Geometry g = wkt(text);
        auto e = EditableGeometry::fromGeometry(g);
        QVERIFY2(e.has_value(), qPrintable(e ? QString() : e.error().toString()));
        QCOMPARE(int(e->kind()), kind);
        QCOMPARE(e->isMulti(), multi);
        QCOMPARE(e->vertexCount(), vertices);
        QVERIFY(!e->hasZ());
        const Geometry back = e->toGeometry();
        QCOMPARE(back.toWkt(), g.toWkt());
        QCOMPARE(back.typeName(), g.typeName());
    }

    void zIsDroppedAndRewrittenAsZero()
    {
        auto e = EditableGeometry::fromGeometry(wkt(u"LINESTRING Z (0 0 5,1 1 7)"_s));
        QVERIFY(e.has_value());
        QVERIFY(e->hasZ());
        QCOMPARE(e->vertex({0, 0, 1}), QPointF(1, 1));
        QCOMPARE(e->toGeometry().toWkt(), u"LINESTRING Z (0 0 0,1 1 0)"_s);
    }

    void unsupportedAndNull()
    {
        QVERIFY(!EditableGeometry::fromGeometry(Geometry()).has_value());
        auto mixed = EditableGeometry::fromGeometry(wkt(u"GEOMETRYCOLLECTION (POINT (0 0),LINESTRING (0 0,1 1))"_s));
        QVERIFY(!mixed.has_value());
        QVERIFY(mixed.error().message.contains(u"GeometryCollection"_s));
        QVERIFY(!EditableGeometry::fromGeometry(Geometry::fromWkb(QByteArray("\x01\x02", 2))).has_value());
    }

    void unclosedRingIsClosed()
    {
        // OGR reads an unclosed ring as given; the editable copy closes it.
        EditableGeometry e(GeometryKind::Polygon, false);
        e.addPart({{QPointF(0, 0), QPointF(4, 0), QPointF(4, 3)}});
        QCOMPARE(e.parts()[0][0].size(), 4);
        QCOMPARE(e.parts()[0][0].last(), QPointF(0, 0));
        QVERIFY(!e.isMulti());
        QCOMPARE(e.toGeometry().area(), 6.0);
        e.addPart({{QPointF(10, 10), QPointF(11, 10), QPointF(11, 11)}});
        QVERIFY(e.isMulti());
        QCOMPARE(e.toGeometry().typeName(), u"MultiPolygon"_s);
        QCOMPARE(e.toGeometry().area(), 6.5);
    }

    void moveVertexOfClosedRing()
    {
        EditableGeometry e = editable(u"POLYGON ((0 0,10 0,10 10,0 10,0 0))"_s);
        QVERIFY(e.moveVertex({0, 0, 0}, QPointF(-2, -2)));
        QCOMPARE(e.parts()[0][0].first(), QPointF(-2, -2));
        QCOMPARE(e.parts()[0][0].last(), QPointF(-2, -2));
        // Moving the closing vertex moves the first too.
        QVERIFY(e.moveVertex({0, 0, 4}, QPointF(0, 0)));
        QCOMPARE(e.parts()[0][0].first(), QPointF(0, 0));
        QVERIFY(e.moveVertex({0, 0, 2}, QPointF(10, 20)));
        // Shoelace by hand: (0,0) (10,0) (10,20) (0,10): 10*20/2 + ... = 150
        QCOMPARE(e.toGeometry().area(), 150.0);
        QVERIFY(!e.moveVertex({0, 0, 9}, QPointF()));
        QVERIFY(!e.moveVertex({1, 0, 0}, QPointF()));
        QVERIFY(!e.moveVertex({}, QPointF()));
        QVERIFY(std::isnan(e.vertex({0, 3, 0}).x()));
    }

    void insertVertex()
    {
        EditableGeometry line = editable(u"LINESTRING (0 0,10 0)"_s);
        QVERIFY(line.insertVertex({0, 0, 1}, QPointF(5, 1)));
        QCOMPARE(line.toGeometry().toWkt(), u"LINESTRING (0 0,5 1,10 0)"_s);
        QVERIFY(line.insertVertex({0, 0, 3}, QPointF(12, 0))); // append at the end
        QVERIFY(line.insertVertex({0, 0, 0}, QPointF(-1, 0)));  // prepend
        QCOMPARE(line.toGeometry().toWkt(), u"LINESTRING (-1 0,0 0,5 1,10 0,12 0)"_s);
        QVERIFY(!line.insertVertex({0, 0, 9}, QPointF()));

        EditableGeometry square = editable(u"POLYGON ((0 0,10 0,10 10,0 10,0 0))"_s);
        QVERIFY(square.insertVertex({0, 0, 2}, QPointF(12, 5)));
        QCOMPARE(square.toGeometry().toWkt(), u"POLYGON ((0 0,10 0,12 5,10 10,0 10,0 0))"_s);
        // Before the first vertex of a closed ring = on the closing segment.
        QVERIFY(square.insertVertex({0, 0, 0}, QPointF(-1, 5)));
        QCOMPARE(square.toGeometry().toWkt(), u"POLYGON ((0 0,10 0,12 5,10 10,0 10,-1 5,0 0))"_s);
        // 100 + triangle (10,0)(12,5)(10,10) = 10 + triangle (0,10)(-1,5)(0,0) = 5
        QCOMPARE(square.toGeometry().area(), 115.0);

        EditableGeometry point = editable(u"POINT (1 1)"_s);
        QVERIFY(!point.insertVertex({0, 0, 0}, QPointF(2, 2)));
    }

    void deleteVertex()
    {
        EditableGeometry line = editable(u"LINESTRING (0 0,5 5,10 0)"_s);
        QVERIFY(line.deleteVertex({0, 0, 1}));
        QCOMPARE(line.toGeometry().toWkt(), u"LINESTRING (0 0,10 0)"_s);
        QVERIFY(!line.deleteVertex({0, 0, 0})); // would leave one vertex

        EditableGeometry square = editable(u"POLYGON ((0 0,10 0,10 10,0 10,0 0))"_s);
        QVERIFY(square.deleteVertex({0, 0, 0}));
        QCOMPARE(square.toGeometry().toWkt(), u"POLYGON ((10 0,10 10,0 10,10 0))"_s);
        QCOMPARE(square.toGeometry().area(), 50.0);
        QVERIFY(!square.deleteVertex({0, 0, 1})); // 3 distinct vertices is the minimum

        EditableGeometry points = editable(u"MULTIPOINT ((1 1),(2 2))"_s);
        QVERIFY(points.deleteVertex({1, 0, 0}));
        QCOMPARE(points.toGeometry().toWkt(), u"MULTIPOINT ((1 1))"_s);
        QVERIFY(!points.deleteVertex({0, 0, 0}));
    }

    void translate()
    {
        EditableGeometry e = editable(u"MULTILINESTRING ((0 0,1 1),(5 5,6 6))"_s);
        e.translate(10, -1);
        QCOMPARE(e.toGeometry().toWkt(), u"MULTILINESTRING ((10 -1,11 0),(15 4,16 5))"_s);
    }

    void closestVertexAndSegment()
    {
        EditableGeometry e = editable(u"POLYGON ((0 0,10 0,10 10,0 10,0 0))"_s);
        double d = -1;
        VertexId v = e.closestVertex(QPointF(0.5, -0.5), &d);
        QCOMPARE(v, (VertexId{0, 0, 0})); // the first, not the closing duplicate
        QCOMPARE(d, std::sqrt(0.5));
        v = e.closestVertex(QPointF(9, 9), &d);
        QCOMPARE(v, (VertexId{0, 0, 2}));

        VertexId after;
        QPointF p = e.closestSegmentPoint(QPointF(4, 3), &after, &d);
        // Nearest edge: y = 0 (distance 3) against x = 0 (distance 4).
        QCOMPARE(p, QPointF(4, 0));
        QCOMPARE(after, (VertexId{0, 0, 1}));
        QCOMPARE(d, 3.0);
        // The closing segment (0,10)->(0,0): after = the closing vertex (4).
        p = e.closestSegmentPoint(QPointF(-2, 6), &after, &d);
        QCOMPARE(p, QPointF(0, 6));
        QCOMPARE(after, (VertexId{0, 0, 4}));
        QVERIFY(e.insertVertex(after, p));
        QCOMPARE(e.toGeometry().toWkt(), u"POLYGON ((0 0,10 0,10 10,0 10,0 6,0 0))"_s);

        // Exact projection on an oblique segment: (0,0)-(4,4), point (4,0) -> (2,2).
        EditableGeometry line = editable(u"LINESTRING (0 0,4 4)"_s);
        p = line.closestSegmentPoint(QPointF(4, 0), &after, &d);
        QCOMPARE(p, QPointF(2, 2));
        QCOMPARE(d, std::sqrt(8.0));

        EditableGeometry empty(GeometryKind::Line, false);
        QVERIFY(!empty.closestVertex(QPointF(0, 0), &d).isValid());
        QVERIFY(std::isinf(d));
        empty.closestSegmentPoint(QPointF(0, 0), &after, &d);
        QVERIFY(!after.isValid());
    }

    // ---- makeValid ------------------------------------------------------------

    void makeValidBowtie()
    {
        // A self-intersecting "bow tie": two triangles of area 25 each.
        const Geometry bowtie = wkt(u"POLYGON ((0 0,10 10,10 0,0 10,0 0))"_s);
        QVERIFY(!bowtie.isValid());
        auto fixed = bowtie.makeValid();
        QVERIFY2(fixed.has_value(), qPrintable(fixed ? QString() : fixed.error().toString()));
        QVERIFY(fixed->isValid());
        QCOMPARE(fixed->typeName(), u"MultiPolygon"_s);
        QCOMPARE(fixed->kind(), GeometryKind::Polygon);
        QCOMPARE(fixed->area(), 50.0);
    }

    void makeValidKeepsPolygonType()
    {
        // A polygon with a dangling spike: the spike collapses to a line, which
        // must not come back in a collection: a polygon layer gets a Polygon.
        const Geometry spike = wkt(u"POLYGON ((0 0,10 0,10 10,10 20,10 10,0 10,0 0))"_s);
        QVERIFY(!spike.isValid());
        auto fixed = spike.makeValid();
        QVERIFY(fixed.has_value());
        QCOMPARE(fixed->typeName(), u"Polygon"_s);
        QCOMPARE(fixed->area(), 100.0);

        // A multipolygon stays multi, even with one part.
        auto multi = wkt(u"MULTIPOLYGON (((0 0,4 0,4 4,0 4,0 0)))"_s).makeValid();
        QVERIFY(multi.has_value());
        QCOMPARE(multi->typeName(), u"MultiPolygon"_s);

        // A polygon collapsed to a line has nothing left.
        auto collapsed = wkt(u"POLYGON ((0 0,10 0,5 0,0 0))"_s).makeValid();
        QVERIFY(!collapsed.has_value());
        QVERIFY(!collapsed.error().message.isEmpty());
        QVERIFY(!Geometry().makeValid().has_value());
    }

    // ---- split ----------------------------------------------------------------

    void splitSquare()
    {
        const Geometry square = wkt(u"POLYGON ((0 0,10 0,10 10,0 10,0 0))"_s);
        auto pieces = splitGeometry(square, wkt(u"LINESTRING (4 -1,4 11)"_s));
        QVERIFY2(pieces.has_value(), qPrintable(pieces ? QString() : pieces.error().toString()));
        QCOMPARE(pieces->size(), 2);
        QCOMPARE(sortedAreas(*pieces), (QList<double>{40.0, 60.0}));
        for (const Geometry &g : *pieces) {
            QCOMPARE(g.typeName(), u"Polygon"_s);
            QVERIFY(g.isValid());
        }
    }

    void splitSquareWithHoleAndTwoCuts()
    {
        // 10x10 square with a 2x2 hole at (6..8, 6..8); blade x=4 then a zigzag
        // through x=4 -> two cuts: a polyline crossing twice: (2,-1)(2,11) and
        // the blade as a MultiLineString.
        const Geometry square = wkt(u"POLYGON ((0 0,10 0,10 10,0 10,0 0),(6 6,8 6,8 8,6 8,6 6))"_s);
        auto pieces = splitGeometry(square, wkt(u"MULTILINESTRING ((2 -1,2 11),(4 -1,4 11))"_s));
        QVERIFY(pieces.has_value());
        QCOMPARE(pieces->size(), 3);
        // 20, 20 and 60 - 4 (the hole stays a hole).
        QCOMPARE(sortedAreas(*pieces), (QList<double>{20.0, 20.0, 56.0}));
    }

    void splitMultiPolygon()
    {
        // Only the first part is cut; the second stays with the first piece.
        const Geometry mp = wkt(u"MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0)),((20 0,30 0,30 10,20 10,20 0)))"_s);
        auto pieces = splitGeometry(mp, wkt(u"LINESTRING (-1 3,11 3)"_s));
        QVERIFY(pieces.has_value());
        QCOMPARE(pieces->size(), 2);
        // y = 3 cuts the first square into 30 + 70; the untouched 100 joins the first piece.
        const QList<double> areas = sortedAreas(*pieces);
        QVERIFY2(areas == (QList<double>{70.0, 130.0}) || areas == (QList<double>{30.0, 170.0}),
                 qPrintable(u"%1 %2"_s.arg(areas[0]).arg(areas[1])));
        QCOMPARE(pieces->at(0).area(), areas[1]);
        QVERIFY(pieces->at(0).toWkt().contains(u"(20 0,30 0,30 10,20 10,20 0)"_s));
        for (const Geometry &g : *pieces)
            QCOMPARE(g.typeName(), u"MultiPolygon"_s);
    }

    void splitLine()
    {
        const Geometry line = wkt(u"LINESTRING (0 0,10 0,10 10)"_s);
        auto pieces = splitGeometry(line, wkt(u"MULTILINESTRING ((3 -1,3 1),(9 5,11 5))"_s));
        QVERIFY(pieces.has_value());
        QCOMPARE(pieces->size(), 3);
        QCOMPARE(pieces->at(0).toWkt(), u"LINESTRING (0 0,3 0)"_s);
        QCOMPARE(pieces->at(1).toWkt(), u"LINESTRING (3 0,10 0,10 5)"_s);
        QCOMPARE(pieces->at(2).toWkt(), u"LINESTRING (10 5,10 10)"_s);
        double total = 0;
        for (const Geometry &g : *pieces)
            total += g.length();
        QCOMPARE(total, 20.0);

        // A blade through a vertex cuts there once.
        auto atVertex = splitGeometry(line, wkt(u"LINESTRING (9 -1,11 1)"_s));
        QVERIFY(atVertex.has_value());
        QCOMPARE(atVertex->size(), 2);
        QCOMPARE(atVertex->at(0).toWkt(), u"LINESTRING (0 0,10 0)"_s);
        QCOMPARE(atVertex->at(1).toWkt(), u"LINESTRING (10 0,10 10)"_s);
        // A zigzag blade crossing one segment three times: four pieces.
        auto zigzag = splitGeometry(wkt(u"LINESTRING (0 0,10 0)"_s), wkt(u"LINESTRING (2 1,3 -1,5 1,6 -1)"_s));
        QVERIFY(zigzag.has_value());
        QCOMPARE(zigzag->size(), 4);
        QCOMPARE(zigzag->at(1).toWkt(), u"LINESTRING (2.5 0,4 0)"_s);
        QCOMPARE(zigzag->at(3).toWkt(), u"LINESTRING (5.5 0,10 0)"_s);
    }

    void splitMisses()
    {
        const Geometry square = wkt(u"POLYGON ((0 0,10 0,10 10,0 10,0 0))"_s);
        // Outside, and a dangle that enters but does not cross.
        auto none = splitGeometry(square, wkt(u"LINESTRING (20 0,20 10)"_s));
        QVERIFY(none.has_value());
        QVERIFY(none->isEmpty());
        auto dangle = splitGeometry(square, wkt(u"LINESTRING (5 -1,5 5)"_s));
        QVERIFY(dangle.has_value());
        QVERIFY(dangle->isEmpty());
        // Line touched at its end only.
        auto end = splitGeometry(wkt(u"LINESTRING (0 0,10 0)"_s), wkt(u"LINESTRING (10 -1,10 1)"_s));
        QVERIFY(end.has_value());
        QVERIFY(end->isEmpty());
        // Bad input.
        QVERIFY(!splitGeometry(wkt(u"POINT (0 0)"_s), wkt(u"LINESTRING (0 0,1 1)"_s)).has_value());
        QVERIFY(!splitGeometry(square, wkt(u"POINT (0 0)"_s)).has_value());
    }

    // ---- reshape --------------------------------------------------------------

    void reshapePolygonNotch()
    {
        const Geometry square = wkt(u"POLYGON ((0 0,10 0,10 10,0 10,0 0))"_s);
        // A 4 x 3 notch cut into the bottom edge: 100 - 12.
        auto notch = reshapeGeometry(square, wkt(u"LINESTRING (3 -1,3 3,7 3,7 -1)"_s));
        QVERIFY2(notch.has_value(), qPrintable(notch ? QString() : notch.error().toString()));
        QCOMPARE(notch->area(), 88.0);
        QVERIFY(notch->isValid());
        QCOMPARE(notch->typeName(), u"Polygon"_s);
        // A 4 x 3 bulge out of the bottom edge: 100 + 12.
        auto bulge = reshapeGeometry(square, wkt(u"LINESTRING (3 1,3 -3,7 -3,7 1)"_s));
        QVERIFY(bulge.has_value());
        QCOMPARE(bulge->area(), 112.0);
        QVERIFY(bulge->isValid());
        // Cutting a corner off: the triangle (6,10)(10,10)(10,6) (area 8) goes.
        auto corner = reshapeGeometry(square, wkt(u"LINESTRING (5 11,11 5)"_s));
        QVERIFY(corner.has_value());
        QCOMPARE(corner->area(), 92.0);
        QCOMPARE(corner->toWkt(), u"POLYGON ((6 10,0 10,0 0,10 0,10 6,6 10))"_s);
        QVERIFY(corner->isValid());
        // Through two vertices exactly: the diagonal (0,0)-(10,10) halves the square.
        auto half = reshapeGeometry(square, wkt(u"LINESTRING (-1 -1,11 11)"_s));
        QVERIFY(half.has_value());
        QCOMPARE(half->area(), 50.0);
        QVERIFY(half->isValid());
        // A polygon with a hole keeps it when the outer ring is reshaped.
        auto holed = reshapeGeometry(wkt(u"POLYGON ((0 0,10 0,10 10,0 10,0 0),(4 4,6 4,6 6,4 6,4 4))"_s),
                                     wkt(u"LINESTRING (3 -1,3 3,7 3,7 -1)"_s));
        QVERIFY(holed.has_value());
        QCOMPARE(holed->area(), 84.0);
        QVERIFY(holed->isValid());
    }

    void reshapeLine()
    {
        const Geometry line = wkt(u"LINESTRING (0 0,10 0)"_s);
        auto r = reshapeGeometry(line, wkt(u"LINESTRING (2 -1,2 3,6 3,6 -1)"_s));
        QVERIFY(r.has_value());
        QCOMPARE(r->toWkt(), u"LINESTRING (0 0,2 0,2 3,6 3,6 0,10 0)"_s);
        QCOMPARE(r->length(), 16.0);
        // Drawn the other way, same result.
        auto back = reshapeGeometry(line, wkt(u"LINESTRING (6 -1,6 3,2 3,2 -1)"_s));
        QVERIFY(back.has_value());
        QCOMPARE(back->toWkt(), r->toWkt());
    }

    void reshapeNeedsTwoCrossings()
    {
        const Geometry square = wkt(u"POLYGON ((0 0,10 0,10 10,0 10,0 0))"_s);
        auto once = reshapeGeometry(square, wkt(u"LINESTRING (5 -1,5 5)"_s));
        QVERIFY(!once.has_value());
        QVERIFY(!once.error().message.isEmpty());
        QVERIFY(!reshapeGeometry(square, wkt(u"LINESTRING (20 0,30 0)"_s)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestEditableGeometry)
#include "tst_editablegeometry.moc"
