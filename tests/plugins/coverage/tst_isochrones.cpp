// coverage:isochrones: areas on a hand-made travel-time raster (minutes = column
// index), cumulative and as bands, no data left out; isochrones of a travel-time
// run on a uniform grid (8 neighbours: the 1-minute isochrone is the cross of 5
// cells, the 1.5-minute one the 3 x 3 block); bad thresholds.
#include "fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;
using coveragefixtures::Grid;

class TestIsochrones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void columns_data();
    void columns();
    void fromTravelTime();
    void badThresholds();

private:
    Result<QVariantMap> run(const Algorithm *algorithm, const QVariantMap &parameters)
    {
        Feedback feedback;
        return algorithm->run(parameters, feedback);
    }
    // minutes -> area (m²) of the features of `path`.
    static QMap<double, double> areas(const QString &path)
    {
        QMap<double, double> result;
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        if (!ds)
            return result;
        for (auto &f : *ds->GetLayer(0))
            result.insert(f->GetFieldAsDouble("minutes"), f->GetGeometryRef()->toMultiPolygon()->get_Area());
        return result;
    }
    AlgorithmRegistry m_registry;
    const Algorithm *m_isochrones = nullptr;
    const Algorithm *m_travelTime = nullptr;
    QTemporaryDir m_tmp;
    QString m_columns;
};

void TestIsochrones::initTestCase()
{
    m_registry.loadPlugins();
    m_isochrones = m_registry.algorithm(u"coverage:isochrones"_s);
    m_travelTime = m_registry.algorithm(u"coverage:travel_time"_s);
    QVERIFY(m_isochrones && m_travelTime);
    // 10 x 10 cells of 100 m; minutes = column index; one no-data cell in column 0.
    Grid g = Grid::uniform(10, 10, 100, 0);
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < 10; ++c)
            g.at(r, c) = c;
    g.at(4, 0) = g.nodata;
    m_columns = m_tmp.filePath(u"columns.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(m_columns, g));
}

void TestIsochrones::columns_data()
{
    QTest::addColumn<bool>("cumulative");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("second");
    // <= 2.5 min: columns 0-2 (30 cells, one no data) = 29 x 1e4 m²; <= 5: columns 0-5.
    QTest::newRow("cumulative") << true << 29e4 << 59e4;
    QTest::newRow("bands") << false << 29e4 << 30e4;
}

void TestIsochrones::columns()
{
    QFETCH(bool, cumulative);
    QFETCH(double, first);
    QFETCH(double, second);
    const QString output = m_tmp.filePath(u"iso_%1.gpkg"_s.arg(cumulative));
    auto result = run(m_isochrones, {{u"travel_time"_s, m_columns},
                                     {u"thresholds"_s, u"5,2.5"_s},
                                     {u"cumulative"_s, cumulative},
                                     {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto a = areas(output);
    QCOMPARE(a.size(), 2);
    QVERIFY2(std::abs(a.value(2.5) - first) < 1e-3, qPrintable(QString::number(a.value(2.5))));
    QVERIFY2(std::abs(a.value(5) - second) < 1e-3, qPrintable(QString::number(a.value(5))));
    const QVariantMap reported = result->value(u"areas_m2"_s).toMap();
    QVERIFY(std::abs(reported.value(u"2.5"_s).toDouble() - first) < 1e-3);
}

void TestIsochrones::fromTravelTime()
{
    Grid g = Grid::uniform(11, 11, 100, 6.0);
    const QString speed = m_tmp.filePath(u"speed.tif"_s), facility = m_tmp.filePath(u"centre.gpkg"_s);
    QVERIFY(coveragefixtures::writeGrid(speed, g));
    QVERIFY(coveragefixtures::writeLayer(facility, {u"POINT (300550 8199450)"_s}));
    const QString times = m_tmp.filePath(u"times.tif"_s);
    auto tt = run(m_travelTime, {{u"facilities"_s, facility}, {u"speed"_s, speed}, {u"neighbours"_s, u"8"_s}, {u"output"_s, times}});
    QVERIFY2(tt, qPrintable(tt ? QString() : tt.error().toString()));
    const QString output = m_tmp.filePath(u"iso_uniform.gpkg"_s);
    auto result = run(m_isochrones, {{u"travel_time"_s, times}, {u"thresholds"_s, u"1,1.5,3"_s}, {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto a = areas(output);
    QVERIFY(std::abs(a.value(1) - 5e4) < 1e-3);   // centre + 4 orthogonal cells
    QVERIFY(std::abs(a.value(1.5) - 9e4) < 1e-3); // + 4 diagonals (1.41 min)
    // <= 3 min with 8 neighbours: |dr| + (√2 - 1) min(|dr|,|dc|) <= 3 ... counted below.
    int cells = 0;
    for (int dr = -5; dr <= 5; ++dr)
        for (int dc = -5; dc <= 5; ++dc) {
            const int big = std::max(std::abs(dr), std::abs(dc)), small = std::min(std::abs(dr), std::abs(dc));
            if (big - small + small * std::sqrt(2.0) <= 3 + 1e-6)
                ++cells;
        }
    QCOMPARE(cells, 29); // 13 on the axes, 12 at one diagonal step, 4 at two
    QVERIFY2(std::abs(a.value(3) - cells * 1e4) < 1e-3, qPrintable(QString::number(a.value(3))));
}

void TestIsochrones::badThresholds()
{
    auto result = run(m_isochrones, {{u"travel_time"_s, m_columns}, {u"thresholds"_s, u"15,abc"_s}, {u"output"_s, m_tmp.filePath(u"bad.gpkg"_s)}});
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"thresholds"_s) && result.error().message.contains(u"abc"_s), qPrintable(result.error().message));
    result = run(m_isochrones, {{u"travel_time"_s, m_columns}, {u"thresholds"_s, u"-5"_s}, {u"output"_s, m_tmp.filePath(u"bad.gpkg"_s)}});
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"-5"_s), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestIsochrones)
#include "tst_isochrones.moc"
