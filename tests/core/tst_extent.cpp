#include "geometry/extent.h"

#include <QJsonArray>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

class TestExtent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nullAndEmpty()
    {
        Extent e;
        QVERIFY(e.isNull());
        QVERIFY(e.isEmpty());
        QCOMPARE(e.width(), 0.0);
        const Extent p = Extent::fromPoint(3, 4);
        QVERIFY(!p.isNull());
        QVERIFY(p.isEmpty());
        QVERIFY(p.contains(3, 4));
        QVERIFY(!e.contains(0, 0));
        QVERIFY(Extent(0, 0, 1, 1).isFinite());
        QVERIFY(!Extent().isFinite());
    }

    void normalizes()
    {
        const Extent e(10, 20, 0, 5);
        QCOMPARE(e.xMin(), 0.0);
        QCOMPARE(e.yMin(), 5.0);
        QCOMPARE(e.xMax(), 10.0);
        QCOMPARE(e.yMax(), 20.0);
        QCOMPARE(e.width(), 10.0);
        QCOMPARE(e.height(), 15.0);
        QCOMPARE(e.center(), QPointF(5, 12.5));
    }

    void combine()
    {
        Extent e;
        e.combine(1, 2);
        QCOMPARE(e, Extent(1, 2, 1, 2));
        e.combine(-3, 7);
        QCOMPARE(e, Extent(-3, 2, 1, 7));
        e.combine(Extent(0, -10, 0.5, 0));
        QCOMPARE(e, Extent(-3, -10, 1, 7));
        e.combine(Extent()); // null is ignored
        QCOMPARE(e, Extent(-3, -10, 1, 7));
        e.combine(std::nan(""), 100); // non-finite ignored
        QCOMPARE(e, Extent(-3, -10, 1, 7));
    }

    void intersect()
    {
        const Extent a(0, 0, 10, 10), b(5, 5, 15, 20), c(11, 0, 12, 1);
        QVERIFY(a.intersects(b));
        QVERIFY(!a.intersects(c));
        QCOMPARE(a.intersected(b), Extent(5, 5, 10, 10));
        QVERIFY(a.intersected(c).isNull());
        // touching edges intersect (closed rectangles)
        QVERIFY(a.intersects(Extent(10, 10, 11, 11)));
        QCOMPARE(a.intersected(Extent(10, 10, 11, 11)), Extent(10, 10, 10, 10));
        QVERIFY(a.contains(Extent(1, 1, 2, 2)));
        QVERIFY(!a.contains(b));
        QVERIFY(!Extent().intersects(a));
    }

    void scaledAndBuffered()
    {
        const Extent a(0, 0, 10, 4);
        QCOMPARE(a.scaled(2), Extent(-5, -2, 15, 6));
        QCOMPARE(a.scaled(0.5), Extent(2.5, 1, 7.5, 3));
        QCOMPARE(a.buffered(1), Extent(-1, -1, 11, 5));
        QVERIFY(Extent().scaled(2).isNull());
    }

    void aspect()
    {
        // 10 x 4 (aspect 2.5) to aspect 1: height grows to 10 around center y=2
        const Extent a(0, 0, 10, 4);
        QCOMPARE(a.withAspectRatio(1.0), Extent(0, -3, 10, 7));
        // to aspect 5: width grows to 20 around center x=5
        QCOMPARE(a.withAspectRatio(5.0), Extent(-5, 0, 15, 4));
        // unchanged when already right
        QCOMPARE(a.withAspectRatio(2.5), a);
        // a horizontal segment (height 0) gets a height
        const Extent line(0, 0, 8, 0);
        QCOMPARE(line.withAspectRatio(2.0), Extent(0, -2, 8, 2));
        // and a vertical segment (width 0) a width
        const Extent column(0, 0, 0, 8);
        QCOMPARE(column.withAspectRatio(0.5), Extent(-2, 0, 2, 8));
    }

    void strings()
    {
        bool ok = false;
        const Extent e = Extent::fromString(u" 1.5, -2 ,3,4.25"_s, &ok);
        QVERIFY(ok);
        QCOMPARE(e, Extent(1.5, -2, 3, 4.25));
        QCOMPARE(e.toString(2), u"1.50,-2.00,3.00,4.25"_s);
        Extent::fromString(u"1,2,3"_s, &ok);
        QVERIFY(!ok);
        Extent::fromString(u"a,b,c,d"_s, &ok);
        QVERIFY(!ok);
        const Extent round = Extent::fromString(e.toString(6), &ok);
        QVERIFY(ok);
        QCOMPARE(round, e);
    }

    void json()
    {
        const Extent e(-71.5, -33.25, -70, -32);
        const QJsonArray a = e.toJson();
        QCOMPARE(a.size(), 4);
        QCOMPARE(a[0].toDouble(), -71.5);
        QCOMPARE(a[3].toDouble(), -32.0);
        QCOMPARE(Extent::fromJson(a), e);
        QVERIFY(Extent().toJson().isEmpty());
        QVERIFY(Extent::fromJson(QJsonArray{1, 2}).isNull());
    }
};

QTEST_GUILESS_MAIN(TestExtent)
#include "tst_extent.moc"
