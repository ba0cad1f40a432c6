#include "crs/coordinatetransform.h"

#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <numbers>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

constexpr double kA = 6378137.0;              // WGS 84 semi-major axis
constexpr double kF = 1 / 298.257223563;      // WGS 84 flattening
constexpr double kE2 = kF * (2 - kF);         // first eccentricity squared
constexpr double kDeg = std::numbers::pi / 180;

// Meridian arc length from the equator to latitude phi on WGS 84 (Snyder,
// "Map Projections - A Working Manual", eq. 3-21).
double meridianArc(double phiDeg)
{
    const double phi = phiDeg * kDeg, e2 = kE2, e4 = e2 * e2, e6 = e4 * e2;
    return kA * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
                 - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * std::sin(2 * phi)
                 + (15 * e4 / 256 + 45 * e6 / 1024) * std::sin(4 * phi) - (35 * e6 / 3072) * std::sin(6 * phi));
}

double dms(double d, double m, double s)
{
    return d + m / 60 + s / 3600;
}

// Helmert translation (+x +y +z) of a PROJ pipeline.
bool helmert(const QString &def, double t[3])
{
    static const QRegularExpression re(u"\\+proj=helmert\\s+\\+x=(\\S+)\\s+\\+y=(\\S+)\\s+\\+z=(\\S+)"_s);
    const auto m = re.match(def);
    if (!m.hasMatch())
        return false;
    t[0] = m.captured(1).toDouble();
    t[1] = m.captured(2).toDouble();
    t[2] = m.captured(3).toDouble();
    return true;
}

Crs epsg(int code)
{
    Crs c = Crs::fromEpsg(code);
    Q_ASSERT(c.isValid());
    return c;
}

} // namespace

class TestCoordinateTransform : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void utmOnCentralMeridianAtEquator()
    {
        auto ct = CoordinateTransform::create(epsg(4326), epsg(32719));
        QVERIFY(ct.has_value());
        QVERIFY(!ct->isIdentity());
        // x = longitude, y = latitude even though EPSG:4326 is officially lat/lon.
        const QPointF p = ct->transform(QPointF(-69.0, 0.0));
        QVERIFY(std::abs(p.x() - 500000.0) < 1e-6);
        QVERIFY(std::abs(p.y() - 10000000.0) < 1e-6);
    }

    void utmOnCentralMeridian_data()
    {
        QTest::addColumn<double>("lat");
        QTest::newRow("Arequipa latitude") << -16.4;
        QTest::newRow("Lima latitude") << -12.05;
        QTest::newRow("Tierra del Fuego") << -54.8;
        QTest::newRow("one degree") << -1.0;
    }
    void utmOnCentralMeridian()
    {
        QFETCH(double, lat);
        auto ct = CoordinateTransform::create(epsg(4326), epsg(32719));
        QVERIFY(ct.has_value());
        const QPointF p = ct->transform(QPointF(-69.0, lat));
        const double expectedN = 10000000.0 - 0.9996 * meridianArc(std::abs(lat));
        QVERIFY2(std::abs(p.x() - 500000.0) < 1e-6, qPrintable(QString::number(p.x(), 'f', 6)));
        QVERIFY2(std::abs(p.y() - expectedN) < 0.01,
                 qPrintable(u"N %1 expected %2"_s.arg(p.y(), 0, 'f', 4).arg(expectedN, 0, 'f', 4)));
        // Zone 18S: same latitude on its own central meridian (-75) gives the same northing.
        auto ct18 = CoordinateTransform::create(epsg(4326), epsg(32718));
        const QPointF q = ct18->transform(QPointF(-75.0, lat));
        QVERIFY(std::abs(q.y() - p.y()) < 1e-6);
    }

    void webMercatorClosedForm()
    {
        auto ct = CoordinateTransform::create(epsg(4326), epsg(3857));
        QVERIFY(ct.has_value());
        const double lon = -77.0428, lat = -12.0464; // Lima
        const QPointF p = ct->transform(QPointF(lon, lat));
        QVERIFY(std::abs(p.x() - kA * lon * kDeg) < 1e-6);
        QVERIFY(std::abs(p.y() - kA * std::log(std::tan(std::numbers::pi / 4 + lat * kDeg / 2))) < 1e-6);
    }

    // EPSG Guidance Note 7-2, worked examples (same datum on both sides).
    void guidanceNote7_2_transverseMercator()
    {
        // OSGB 1936 -> British National Grid: 50°30'N 0°30'E -> E 577274.99, N 69740.50.
        auto ct = CoordinateTransform::create(epsg(4277), epsg(27700));
        QVERIFY(ct.has_value());
        const QPointF p = ct->transform(QPointF(0.5, 50.5));
        QVERIFY2(std::abs(p.x() - 577274.99) < 0.01, qPrintable(QString::number(p.x(), 'f', 3)));
        QVERIFY2(std::abs(p.y() - 69740.50) < 0.01, qPrintable(QString::number(p.y(), 'f', 3)));
        // Ordnance Survey, "A guide to coordinate systems in Great Britain", worked example:
        // 52°39'27.2531"N 1°43'4.5177"E -> E 651409.903, N 313177.270.
        const QPointF q = ct->transform(QPointF(dms(1, 43, 4.5177), dms(52, 39, 27.2531)));
        QVERIFY2(std::abs(q.x() - 651409.903) < 0.001, qPrintable(QString::number(q.x(), 'f', 4)));
        QVERIFY2(std::abs(q.y() - 313177.270) < 0.001, qPrintable(QString::number(q.y(), 'f', 4)));
        const QPointF back = ct->transform(q, CoordinateTransform::Direction::Inverse);
        QVERIFY(std::abs(back.x() - dms(1, 43, 4.5177)) < 1e-9);
        QVERIFY(std::abs(back.y() - dms(52, 39, 27.2531)) < 1e-9);
    }

    void guidanceNote7_2_lambertConic2SP()
    {
        // NAD27 -> NAD27 / Texas South Central (US survey feet): 28°30'N 96°W -> E 2963503.91, N 254759.80 ftUS.
        auto ct = CoordinateTransform::create(epsg(4267), epsg(32040));
        QVERIFY(ct.has_value());
        const QPointF p = ct->transform(QPointF(-96.0, 28.5));
        QVERIFY2(std::abs(p.x() - 2963503.91) < 0.05, qPrintable(QString::number(p.x(), 'f', 3)));
        QVERIFY2(std::abs(p.y() - 254759.80) < 0.05, qPrintable(QString::number(p.y(), 'f', 3)));
    }

    void roundTrips()
    {
        auto ct = CoordinateTransform::create(epsg(32719), epsg(4326));
        QVERIFY(ct.has_value());
        std::vector<double> x, y;
        for (int i = 0; i < 20; ++i)
            for (int j = 0; j < 20; ++j) {
                x.push_back(200000 + i * 12000.0);
                y.push_back(7950000 + j * 12000.0);
            }
        const std::vector<double> x0 = x, y0 = y;
        QCOMPARE(ct->transformInPlace(x.data(), y.data(), x.size()), size_t(0));
        for (size_t k = 0; k < x.size(); ++k) { // degrees now, in Peru/Chile/Bolivia
            QVERIFY(x[k] > -73 && x[k] < -65);
            QVERIFY(y[k] > -20 && y[k] < -14);
        }
        // Single point API agrees with the batch one.
        const QPointF single = ct->transform(QPointF(x0[57], y0[57]));
        QCOMPARE(single.x(), x[57]);
        QCOMPARE(single.y(), y[57]);
        QCOMPARE(ct->transformInPlace(x.data(), y.data(), x.size(), CoordinateTransform::Direction::Inverse), size_t(0));
        for (size_t k = 0; k < x.size(); ++k) {
            QVERIFY(std::abs(x[k] - x0[k]) < 1e-6);
            QVERIFY(std::abs(y[k] - y0[k]) < 1e-6);
        }
    }

    void failedPointsAreReported()
    {
        auto ct = CoordinateTransform::create(epsg(4326), epsg(3857));
        double x[3] = {-70, 0, -71}, y[3] = {-16, 95, -17}; // latitude 95 is impossible
        QCOMPARE(ct->transformInPlace(x, y, 3), size_t(1));
        QVERIFY(std::isnan(x[1]) && std::isnan(y[1]));
        QVERIFY(std::isfinite(x[0]) && std::isfinite(x[2]));
        QVERIFY(std::isnan(ct->transform(QPointF(0, 95)).x()));
    }

    void identity()
    {
        auto ct = CoordinateTransform::create(epsg(32719), *Crs::fromUserInput(u"EPSG:32719"_s));
        QVERIFY(ct.has_value());
        QVERIFY(ct->isIdentity());
        QCOMPARE(ct->transform(QPointF(1.5, 2.5)), QPointF(1.5, 2.5));
        QCOMPARE(ct->transformExtent(Extent(1, 2, 3, 4)), Extent(1, 2, 3, 4));
        QVERIFY(!CoordinateTransform::create(Crs(), epsg(4326)).has_value());
    }

    void transformExtentContainsCorners()
    {
        auto ct = CoordinateTransform::create(epsg(4326), epsg(32719));
        const Extent e(-71.0, -18.0, -67.0, -15.0); // straddles the central meridian (-69)
        const Extent r = ct->transformExtent(e);
        QVERIFY(!r.isNull());
        for (double fx : {0.0, 0.25, 0.5, 0.75, 1.0})
            for (double fy : {0.0, 0.5, 1.0}) {
                const QPointF p = ct->transform(QPointF(e.xMin() + fx * e.width(), e.yMin() + fy * e.height()));
                QVERIFY2(r.buffered(1e-6).contains(p.x(), p.y()),
                         qPrintable(u"%1 %2 not in %3"_s.arg(p.x()).arg(p.y()).arg(r.toString())));
            }
        // Densification matters: in the south the parallel -15 curves north towards the
        // central meridian, ~1 km beyond the edge's corners.
        const QPointF nw = ct->transform(QPointF(-71, -15)), ne = ct->transform(QPointF(-67, -15));
        const QPointF top = ct->transform(QPointF(-69, -15));
        QVERIFY(top.y() > std::max(nw.y(), ne.y()) + 500);
        QVERIFY(r.yMax() >= top.y() - 1e-6);
        // And back: the inverse extent holds the original.
        const Extent back = ct->transformExtent(r, CoordinateTransform::Direction::Inverse);
        QVERIFY(back.buffered(1e-9).contains(e));
    }

    void psad56Operations()
    {
        const QList<CoordinateOperation> ops = CoordinateTransform::operations(epsg(24879), epsg(4326));
        QVERIFY2(ops.size() >= 3, qPrintable(QString::number(ops.size())));
        QSet<double> accuracies;
        for (const CoordinateOperation &op : ops) {
            QVERIFY(!op.name.isEmpty());
            QVERIFY(op.definition.startsWith(u"+proj=pipeline"_s));
            if (op.accuracy > 0)
                accuracies.insert(op.accuracy);
        }
        QVERIFY2(accuracies.size() >= 3, "several candidates with distinct accuracies");
        // The Peru-specific one is there, with its area.
        bool peru = false;
        for (const CoordinateOperation &op : ops)
            if (op.areaOfUse.startsWith(u"Peru - onshore"_s) && op.isAvailable && !op.isBallpark)
                peru = true;
        QVERIFY(peru);
    }

    void pinningChangesTheResultByTheDatumShiftDifference()
    {
        const Crs src = epsg(24879), dst = epsg(4326);
        const QList<CoordinateOperation> ops = CoordinateTransform::operations(src, dst);
        // Two Helmert candidates with different parameters.
        int a = -1, b = -1;
        double ta[3], tb[3];
        for (int i = 0; i < ops.size() && b < 0; ++i) {
            double t[3];
            if (!helmert(ops[i].definition, t))
                continue;
            if (a < 0) {
                a = i;
                std::copy(t, t + 3, ta);
            } else if (t[0] != ta[0] || t[1] != ta[1] || t[2] != ta[2]) {
                b = i;
                std::copy(t, t + 3, tb);
            }
        }
        QVERIFY(a >= 0 && b >= 0);
        const QPointF arequipa(229000.0, 8185000.0); // PSAD56 / UTM 19S
        auto ca = CoordinateTransform::fromOperation(src, dst, ops[a].definition);
        auto cb = CoordinateTransform::fromOperation(src, dst, ops[b].definition);
        QVERIFY(ca.has_value() && cb.has_value());
        const QPointF pa = ca->transform(arequipa), pb = cb->transform(arequipa);
        QVERIFY(pa.x() > -72 && pa.x() < -71 && pa.y() > -17 && pa.y() < -16);

        // Expected horizontal difference: the translation difference in local east/north.
        const double lam = pa.x() * kDeg, phi = pa.y() * kDeg;
        const double dx = ta[0] - tb[0], dy = ta[1] - tb[1], dz = ta[2] - tb[2];
        const double expE = -std::sin(lam) * dx + std::cos(lam) * dy;
        const double expN = -std::sin(phi) * std::cos(lam) * dx - std::sin(phi) * std::sin(lam) * dy + std::cos(phi) * dz;
        const double s2 = std::sin(phi) * std::sin(phi);
        const double rN = kA / std::sqrt(1 - kE2 * s2);            // prime vertical radius
        const double rM = kA * (1 - kE2) / std::pow(1 - kE2 * s2, 1.5); // meridian radius
        const double gotE = (pa.x() - pb.x()) * kDeg * rN * std::cos(phi);
        const double gotN = (pa.y() - pb.y()) * kDeg * rM;
        QVERIFY2(std::hypot(gotE, gotN) > 1.0, "the candidates must differ by metres");
        QVERIFY2(std::abs(gotE - expE) < 0.3 && std::abs(gotN - expN) < 0.3,
                 qPrintable(u"got %1/%2 m expected %3/%4 m"_s.arg(gotE).arg(gotN).arg(expE).arg(expN)));

        // The pinned operation is what create() uses, both ways.
        TransformContext context;
        context.setOperation(src, dst, ops[b].definition);
        auto pinned = CoordinateTransform::create(src, dst, context);
        QVERIFY(pinned.has_value());
        QVERIFY(pinned->operationDescription().contains(ops[b].definition));
        const QPointF pp = pinned->transform(arequipa);
        QCOMPARE(pp.x(), pb.x());
        QCOMPARE(pp.y(), pb.y());
        // Used inverted for the reverse pair (2D Helmert round trips to millimetres: heights are dropped).
        auto reverse = CoordinateTransform::create(dst, src, context);
        QVERIFY(reverse.has_value());
        const QPointF rr = reverse->transform(pb);
        QVERIFY2(std::abs(rr.x() - arequipa.x()) < 0.05 && std::abs(rr.y() - arequipa.y()) < 0.05, qPrintable(u"%1 %2 / %3"_s.arg(rr.x(), 0, 'f', 4).arg(rr.y(), 0, 'f', 4).arg(ops[b].definition)));
        // Unpinned: PROJ's choice, described as such.
        auto best = CoordinateTransform::create(src, dst);
        QVERIFY(best->operationDescription().contains(u"best available"_s));
    }

    void transformContextJson()
    {
        TransformContext c;
        QVERIFY(c.isEmpty());
        c.setOperation(epsg(24879), epsg(32719), u"+proj=pipeline +step +proj=noop"_s);
        c.setOperation(epsg(4248), epsg(4326), u"+proj=noop"_s);
        c.setOperation(epsg(4248), epsg(4326), u"+proj=pipeline +step +proj=noop +step +proj=noop"_s); // replaces
        QCOMPARE(c.entries().size(), 2);
        const TransformContext back = TransformContext::fromJson(c.toJson());
        QCOMPARE(back.entries().size(), 2);
        QCOMPARE(back.operation(epsg(24879), epsg(32719)), u"+proj=pipeline +step +proj=noop"_s);
        QCOMPARE(back.operation(epsg(4248), epsg(4326)), u"+proj=pipeline +step +proj=noop +step +proj=noop"_s);
        QVERIFY(back.operation(epsg(4326), epsg(4248)).isEmpty());
        c.removeOperation(epsg(4248), epsg(4326));
        QCOMPARE(c.entries().size(), 1);
    }

    void invalidPinnedOperation()
    {
        auto ct = CoordinateTransform::fromOperation(epsg(24879), epsg(4326), u"+proj=nonsense"_s);
        QVERIFY(!ct.has_value());
        QVERIFY(!ct.error().message.isEmpty());
    }

    void worksOnWorkerThreads()
    {
        const Crs a = epsg(4326), b = epsg(32719);
        const QPointF here = CoordinateTransform::create(a, b)->transform(QPointF(-71.5, -16.4));
        const QPointF there = QtConcurrent::run([a, b] {
            return CoordinateTransform::create(a, b)->transform(QPointF(-71.5, -16.4));
        }).result();
        QCOMPARE(there, here);
    }
};

QTEST_GUILESS_MAIN(TestCoordinateTransform)
#include "tst_coordinatetransform.moc"
