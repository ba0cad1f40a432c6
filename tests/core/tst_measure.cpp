#include "crs/crs.h"
#include "geometry/measure.h"

#include <QTest>

#include <proj.h>

#include <cmath>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

// PROJ's scale factors of EPSG:32719 at a geographic point (independent of
// Measurer: proj_factors differentiates the projection itself).
PJ_FACTORS utmFactors(double lon, double lat)
{
    PJ *pj = proj_create(nullptr, "+proj=utm +zone=19 +south +datum=WGS84 +units=m +no_defs");
    PJ_COORD c = proj_coord(proj_torad(lon), proj_torad(lat), 0, 0);
    PJ_FACTORS f = proj_factors(pj, c);
    proj_destroy(pj);
    return f;
}

QPointF utmToLonLat(const QPointF &p)
{
    PJ *pj = proj_create(nullptr, "+proj=utm +zone=19 +south +datum=WGS84 +units=m +no_defs");
    PJ_COORD c = proj_trans(pj, PJ_INV, proj_coord(p.x(), p.y(), 0, 0));
    proj_destroy(pj);
    return {proj_todeg(c.lp.lam), proj_todeg(c.lp.phi)};
}

} // namespace

class TestMeasure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalidCrs()
    {
        auto m = Measurer::create(Crs());
        QVERIFY(!m.has_value());
        QVERIFY(!m.error().message.isEmpty());
    }

    void wgs84OneDegreeBox()
    {
        auto m = Measurer::create(Crs::fromEpsg(4326));
        QVERIFY2(m.has_value(), qPrintable(m ? QString() : m.error().toString()));
        const QList<QPointF> box{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        auto a = m->area(box);
        QVERIFY(a.has_value());
        QCOMPARE(a->ellipsoid, u"WGS 84"_s);
        QVERIFY(!a->planarIsMetric);
        QCOMPARE(a->planar, 1.0); // square degrees
        // Karney's geodesic polygon area of this box (GeographicLib Planimeter,
        // WGS 84): 12308778361.469 m².
        QVERIFY2(std::abs(a->ellipsoidal - 12308778361.469) < 1.0, qPrintable(QString::number(a->ellipsoidal, 'f', 3)));
        // Independent closed form: the box bounded by the parallel 1°N (authalic
        // formula, Δλ b²/2 [q(φ2) - q(φ1)]) is 12308463893.98 m²; the geodesic
        // top edge bulges ~4 m north of the parallel over 111 km, adding about
        // 2/3 · 111 km · 4.2 m ≈ 3.1e5 m².
        const double parallelBox = 12308463893.98;
        const double excess = a->ellipsoidal - parallelBox;
        QVERIFY2(excess > 2.5e5 && excess < 3.8e5, qPrintable(QString::number(excess)));

        // Clockwise and closed rings give the same area.
        const QList<QPointF> clockwiseClosed{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
        auto b = m->area(clockwiseClosed);
        QVERIFY(b.has_value());
        QCOMPARE(b->ellipsoidal, a->ellipsoidal);
        QCOMPARE(b->planar, 1.0);
    }

    void wgs84Lengths()
    {
        auto m = Measurer::create(Crs::fromEpsg(4326));
        QVERIFY(m.has_value());
        // Meridian arc 0°..1°N: 110574.389 m; equator 1°: a·π/180 = 111319.491 m
        // (both as PROJ's `geod -I +ellps=WGS84` prints them).
        auto meridian = m->length({{0, 0}, {0, 1}});
        QVERIFY(meridian.has_value());
        QVERIFY(std::abs(meridian->ellipsoidal - 110574.389) < 0.001);
        auto equator = m->length({{0, 0}, {1, 0}});
        QVERIFY(std::abs(equator->ellipsoidal - 6378137.0 * M_PI / 180.0) < 0.001);
        // A path of both: lengths add.
        auto path = m->length({{1, 0}, {0, 0}, {0, 1}});
        QVERIFY(std::abs(path->ellipsoidal - (110574.389 + 111319.491)) < 0.002);
        QCOMPARE(path->planar, 2.0);
        // Perimeter of the box: two meridian arcs + equator + the geodesic at 1°N.
        auto perimeter = m->perimeter({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
        QVERIFY(perimeter.has_value());
        QCOMPARE(perimeter->planar, 4.0);
        const double top = m->length({{1, 1}, {0, 1}})->ellipsoidal;
        QVERIFY(std::abs(perimeter->ellipsoidal - (2 * 110574.389 + 111319.491 + top)) < 0.003);
        // Degenerate input.
        QCOMPARE(m->length({})->ellipsoidal, 0.0);
        QCOMPARE(m->area({{0, 0}, {1, 1}})->ellipsoidal, 0.0);
        // Latitude beyond the pole is an error, not a number.
        QVERIFY(!m->length({{0, 0}, {0, 95}}).has_value());
    }

    void utmPlanarVersusEllipsoidal()
    {
        auto m = Measurer::create(Crs::fromEpsg(32719));
        QVERIFY(m.has_value());
        // A 1 km square near Arequipa, 200 km west of the central meridian.
        const double x0 = 299500, y0 = 8199500, s = 1000;
        const QList<QPointF> square{{x0, y0}, {x0 + s, y0}, {x0 + s, y0 + s}, {x0, y0 + s}};
        auto a = m->area(square);
        QVERIFY(a.has_value());
        QVERIFY(a->planarIsMetric);
        QCOMPARE(a->ellipsoid, u"WGS 84"_s);
        QCOMPARE(a->planar, 1.0e6); // exact
        // Transverse Mercator is conformal: ellipsoidal area = planar / areal
        // scale, with PROJ's own scale factor at the centre (k ≈ 1.00009 here,
        // k² ≈ 1.00018). Over 1 km the scale varies by ~1e-6.
        const QPointF centre = utmToLonLat(QPointF(x0 + s / 2, y0 + s / 2));
        const PJ_FACTORS f = utmFactors(centre.x(), centre.y());
        QVERIFY(f.areal_scale > 1.00015 && f.areal_scale < 1.0002);
        const double expected = a->planar / f.areal_scale;
        QVERIFY2(std::abs(a->ellipsoidal - expected) / expected < 2e-6,
                 qPrintable(u"%1 vs %2"_s.arg(a->ellipsoidal, 0, 'f', 3).arg(expected, 0, 'f', 3)));
        QVERIFY(a->ellipsoidal < a->planar);
        QVERIFY(std::abs(a->ellipsoidal / a->planar - 1) < 0.001);

        // Lengths scale by 1/k.
        auto l = m->length({{x0, y0 + s / 2}, {x0 + s, y0 + s / 2}});
        QVERIFY(l.has_value());
        QCOMPARE(l->planar, 1000.0);
        const double k = f.parallel_scale;
        QVERIFY2(std::abs(l->ellipsoidal - 1000.0 / k) < 0.002, qPrintable(QString::number(l->ellipsoidal, 'f', 4)));
        auto p = m->perimeter(square);
        QCOMPARE(p->planar, 4000.0);
        QVERIFY(std::abs(p->ellipsoidal - 4000.0 / k) < 0.01);
    }

    void otherEllipsoid()
    {
        // PSAD56 / UTM zone 19S lives on the International 1924 ellipsoid.
        auto m = Measurer::create(Crs::fromEpsg(24879));
        QVERIFY(m.has_value());
        auto l = m->length({{300000, 8200000}, {300000, 8201000}});
        QVERIFY(l.has_value());
        QCOMPARE(l->ellipsoid, u"International 1924"_s);
        QVERIFY(std::abs(l->ellipsoidal - 1000.0) < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestMeasure)
#include "tst_measure.moc"
