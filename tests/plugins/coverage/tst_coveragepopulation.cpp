// coverage:population on a 10 x 10 grid of 100 m where minutes = column index:
// people within thresholds in total, per facility (allocation: columns 0-4 to
// facility 1, 5-9 to 2), per district (population raster, and a district field
// spread over the district's cells), and the capacity-aware mode taking
// facilities in order, nearest cells first, up to their capacity.
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;
using coveragefixtures::Grid;

namespace {

// CSV rows keyed by their first column.
QMap<QString, QStringList> readCsv(const QString &path, QStringList *header = nullptr)
{
    QMap<QString, QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u',');
        if (i == 0) {
            if (header)
                *header = cells;
            continue;
        }
        rows.insert(cells.first(), cells);
    }
    return rows;
}

const QString leftHalf = u"POLYGON ((300000 8199000, 300500 8199000, 300500 8200000, 300000 8200000, 300000 8199000))"_s;
const QString rightHalf = u"POLYGON ((300500 8199000, 301000 8199000, 301000 8200000, 300500 8200000, 300500 8199000))"_s;

} // namespace

class TestCoveragePopulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void populationRaster();
    void districtField();
    void capacityAware();
    void badParameters();

private:
    Result<QVariantMap> run(const QVariantMap &parameters)
    {
        Feedback feedback;
        return m_algorithm->run(parameters, feedback);
    }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
    QString m_times, m_population, m_allocation, m_districts;
};

void TestCoveragePopulation::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"coverage:population"_s);
    QVERIFY(m_algorithm);
    Grid times = Grid::uniform(10, 10, 100, 0), pop = Grid::uniform(10, 10, 100, 1), alloc = Grid::uniform(10, 10, 100, 0);
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < 10; ++c) {
            times.at(r, c) = c;
            alloc.at(r, c) = c < 5 ? 1 : 2;
        }
    times.at(0, 9) = times.nodata; // unreachable: 1 person left out beyond everything
    pop.at(0, 0) = 11;             // 10 more people at the facility
    m_times = path(u"times.tif"_s);
    m_population = path(u"pop.tif"_s);
    m_allocation = path(u"alloc.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(m_times, times));
    QVERIFY(coveragefixtures::writeGrid(m_population, pop));
    alloc.nodata = -1;
    alloc.at(0, 9) = -1;
    QVERIFY(coveragefixtures::writeGrid(m_allocation, alloc));
    m_districts = path(u"districts.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(m_districts, {leftHalf, rightHalf}, 32719, {1, 2}, {1000.0, 500.0}, "people"));
}

void TestCoveragePopulation::populationRaster()
{
    const QString output = path(u"facilities.csv"_s), districts = path(u"districts.csv"_s);
    auto result = run({{u"travel_time"_s, m_times},
                       {u"population"_s, m_population},
                       {u"allocation"_s, m_allocation},
                       {u"districts"_s, m_districts},
                       {u"thresholds"_s, u"2.5,5"_s},
                       {u"output"_s, output},
                       {u"districts_output"_s, districts}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    // 110 people; <= 2.5 min: columns 0-2 = 30 + 10; <= 5: columns 0-5 = 60 + 10; out: 40 (one unreachable).
    QCOMPARE(result->value(u"total_population"_s).toDouble(), 110.0);
    const QVariantMap within = result->value(u"within"_s).toMap();
    QCOMPARE(within.value(u"2.5"_s).toDouble(), 40.0);
    QCOMPARE(within.value(u"5"_s).toDouble(), 70.0);
    QCOMPARE(result->value(u"uncovered_population"_s).toDouble(), 40.0);
    QStringList header;
    const auto rows = readCsv(output, &header);
    QCOMPARE(header, (QStringList{u"facility_id"_s, u"allocated"_s, u"within_2.5"_s, u"within_5"_s}));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.value(u"1"_s).at(1).toDouble(), 60.0); // columns 0-4
    QCOMPARE(rows.value(u"1"_s).at(3).toDouble(), 60.0);
    QCOMPARE(rows.value(u"2"_s).at(1).toDouble(), 49.0); // columns 5-9 minus the unreachable cell
    QCOMPARE(rows.value(u"2"_s).at(2).toDouble(), 0.0);
    QCOMPARE(rows.value(u"2"_s).at(3).toDouble(), 10.0); // column 5
    const auto d = readCsv(districts);
    QCOMPARE(d.size(), 2);
    QCOMPARE(d.value(u"1"_s).at(1).toDouble(), 60.0); // left half: columns 0-4
    QCOMPARE(d.value(u"1"_s).at(4).toDouble(), 0.0);  // uncovered
    QCOMPARE(d.value(u"2"_s).at(1).toDouble(), 50.0);
    QCOMPARE(d.value(u"2"_s).at(4).toDouble(), 40.0);
}

void TestCoveragePopulation::districtField()
{
    // 1000 people over the left half's 50 cells (20 each), 500 over the right half's (10 each).
    const QString output = path(u"facilities_field.csv"_s), districts = path(u"districts_field.csv"_s);
    auto result = run({{u"travel_time"_s, m_times},
                       {u"districts"_s, m_districts},
                       {u"population_field"_s, u"people"_s},
                       {u"thresholds"_s, u"2.5,5"_s},
                       {u"output"_s, output},
                       {u"districts_output"_s, districts}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(std::abs(result->value(u"total_population"_s).toDouble() - 1500) < 1e-6);
    const QVariantMap within = result->value(u"within"_s).toMap();
    QVERIFY(std::abs(within.value(u"2.5"_s).toDouble() - 600) < 1e-6); // 3 of 5 left columns
    QVERIFY(std::abs(within.value(u"5"_s).toDouble() - 1100) < 1e-6);  // + column 5 of the right half
    const auto d = readCsv(districts);
    QVERIFY(std::abs(d.value(u"2"_s).at(4).toDouble() - 400) < 1e-3);
}

void TestCoveragePopulation::capacityAware()
{
    // Facility 2 (taken first, order 1) at column 9, facility 1 (order 2) at column 0;
    // per-facility rasters: minutes from each. Coverage limit 5 minutes.
    const QString dir = path(u"per"_s);
    QVERIFY(QDir().mkpath(dir));
    Grid one = Grid::uniform(10, 10, 100, 0), two = Grid::uniform(10, 10, 100, 0);
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < 10; ++c) {
            one.at(r, c) = c;
            two.at(r, c) = 9 - c;
        }
    QVERIFY(coveragefixtures::writeGrid(QDir(dir).filePath(u"facility_1.tif"_s), one));
    // Facility 2's raster covers only columns 4-9 (cropped, as travel_time writes them).
    Grid twoCropped = Grid::uniform(6, 10, 100, 0);
    twoCropped.x0 = 300400;
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < 6; ++c)
            twoCropped.at(r, c) = 5 - c;
    QVERIFY(coveragefixtures::writeGrid(QDir(dir).filePath(u"facility_2.tif"_s), twoCropped));
    const QString facilities = path(u"facilities.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(facilities, {u"POINT (300050 8199950)"_s, u"POINT (300950 8199950)"_s}, 32719, {1, 2},
                                         {45.0, 25.0}));
    const QString output = path(u"capacity.csv"_s);
    auto result = run({{u"travel_time"_s, m_times},
                       {u"population"_s, m_population},
                       {u"thresholds"_s, u"5"_s},
                       {u"facilities"_s, facilities},
                       {u"facility_id_field"_s, u"code"_s},
                       {u"capacity_field"_s, u"capacity"_s},
                       {u"order_field"_s, u"capacity"_s}, // ascending: facility 2 (25) first
                       {u"per_facility_dir"_s, dir},
                       {u"max_minutes"_s, 5.0},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    // Facility 2 first: nearest columns 9 and 8 (t = 0, 1: 20 people; the cell that the
    // nearest-facility times leave out still counts in facility 2's own raster), then 5
    // people of column 7. Facility 1 then: column 0 (20 people), 1, 2 and half of column 3.
    const auto rows = readCsv(output);
    QCOMPARE(rows.value(u"2"_s).at(4).toDouble(), 25.0);
    QCOMPARE(rows.value(u"1"_s).at(4).toDouble(), 45.0);
    QCOMPARE(result->value(u"capacity_covered_population"_s).toDouble(), 70.0);

    // Capacities large enough: facility 2 takes columns 4-9 within 5 min (60 people),
    // facility 1 what is left of columns 0-5 within 5 minutes: columns 0-3 (50).
    QVERIFY(coveragefixtures::writeLayer(path(u"facilities_big.gpkg"_s), {u"POINT (300050 8199950)"_s, u"POINT (300950 8199950)"_s},
                                         32719, {1, 2}, {1000.0, 999.0}));
    result = run({{u"travel_time"_s, m_times},
                  {u"population"_s, m_population},
                  {u"thresholds"_s, u"5"_s},
                  {u"facilities"_s, path(u"facilities_big.gpkg"_s)},
                  {u"facility_id_field"_s, u"code"_s},
                  {u"capacity_field"_s, u"capacity"_s},
                  {u"order_field"_s, u"capacity"_s},
                  {u"per_facility_dir"_s, dir},
                  {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto big = readCsv(output);
    QCOMPARE(big.value(u"2"_s).at(4).toDouble(), 60.0);
    QCOMPARE(big.value(u"1"_s).at(4).toDouble(), 50.0);
}

void TestCoveragePopulation::badParameters()
{
    auto expectError = [&](const QVariantMap &parameters, const QString &needle) {
        auto result = run(parameters);
        QVERIFY2(!result, qPrintable(needle));
        QVERIFY2(result.error().message.contains(needle), qPrintable(result.error().message));
    };
    expectError({{u"travel_time"_s, m_times}, {u"output"_s, path(u"x.csv"_s)}}, u"population"_s);
    expectError({{u"travel_time"_s, m_times}, {u"population"_s, m_population}, {u"districts_output"_s, path(u"d.csv"_s)},
                 {u"output"_s, path(u"x.csv"_s)}},
                u"districts"_s);
    Grid small = Grid::uniform(5, 5, 100, 1);
    QVERIFY(coveragefixtures::writeGrid(path(u"small_pop.tif"_s), small));
    expectError({{u"travel_time"_s, m_times}, {u"population"_s, path(u"small_pop.tif"_s)}, {u"output"_s, path(u"x.csv"_s)}}, u"grid"_s);
    expectError({{u"travel_time"_s, m_times}, {u"population"_s, m_population}, {u"capacity_field"_s, u"capacity"_s},
                 {u"output"_s, path(u"x.csv"_s)}},
                u"per_facility_dir"_s);
}

QTEST_GUILESS_MAIN(TestCoveragePopulation)
#include "tst_coveragepopulation.moc"
