// coverage:new_facilities on a 10 x 10 grid of 100 m with a coverage radius of
// 150 m (a site covers the 3 x 3 cells around it). People: 10 in each cell of
// rows 1-3, columns 1-3 (block A, 90), 70 at (2,5), 65 at (7,7), 7 at (9,0): 232.
// Candidates: A at (2,2) covers 90; B at (2,4) covers column 3 of block A and
// (2,5): 100; C at (7,7) covers 65; D duplicates A; one point off the grid.
// Greedy: B (100), then C (65), not A, whose 90 fell to 60 by the overlap with B;
// then A (60, tied with D: the first candidate wins); then nobody is left to gain.
//
// Coverage by travel time (speed or friction rasters, site_minutes) is checked on
// other hand-built grids, against the closed-form r.cost times of a uniform grid,
// a wall of impassable cells, Tobler's and the bicycle slope factors, and the
// full-raster coverage:travel_time (the window per site must not change a time).
#include "fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace territoria;
using coveragefixtures::Grid;

namespace {

QString centre(int row, int col)
{
    return u"POINT (%1 %2)"_s.arg(300050 + 100 * col).arg(8199950 - 100 * row);
}

struct Site {
    int order = 0;
    double gain = 0;
    double cumulative = 0;
    double share = 0;
    qint64 fid = -1;
    int row = -1;
    int col = -1;
};

QList<Site> readSites(const QString &path)
{
    QList<Site> sites;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!ds || ds->GetLayerCount() < 1)
        return sites;
    OGRLayer *layer = ds->GetLayer(0);
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    layer->ResetReading();
    while (OGRFeature *raw = layer->GetNextFeature()) {
        OGRFeatureUniquePtr f(raw);
        Site s;
        s.order = f->GetFieldAsInteger("order");
        s.gain = f->GetFieldAsDouble("gain");
        s.cumulative = f->GetFieldAsDouble("cumulative");
        s.share = f->GetFieldAsDouble("share_of_uncovered");
        if (defn->GetFieldIndex("candidate_fid") >= 0)
            s.fid = f->GetFieldAsInteger64("candidate_fid");
        if (defn->GetFieldIndex("row") >= 0) {
            s.row = f->GetFieldAsInteger("row");
            s.col = f->GetFieldAsInteger("col");
        }
        sites << s;
    }
    return sites;
}

// The r.cost time of a move of (dr, dc) cells over a uniform grid of square cells
// of cost 1, in a straight line of the cheapest moves: orthogonal (1), diagonal
// (sqrt 2) and, with 16 neighbours, knight's moves (sqrt 5) fanning between them.
double uniformTime(int dr, int dc, int neighbours)
{
    const int a = std::max(std::abs(dr), std::abs(dc)), b = std::min(std::abs(dr), std::abs(dc));
    if (neighbours == 8)
        return (a - b) + b * std::sqrt(2.0);
    if (2 * b <= a)
        return (a - 2 * b) + b * std::sqrt(5.0);
    return (a - b) * std::sqrt(5.0) + (2 * b - a) * std::sqrt(2.0);
}

QList<double> gainsOf(const QVariantMap &result)
{
    QList<double> gains;
    for (const QVariant &v : result.value(u"gains"_s).toList())
        gains << v.toDouble();
    return gains;
}

} // namespace

class TestNewFacilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void greedyPoints();
    void existingExcluded();
    void suitabilityMask();
    void subsampledMask();
    void badParameters();
    void travelTimeUniform_data();
    void travelTimeUniform();
    void travelTimeWall();
    void travelTimeExisting();
    void travelTimeSlope_data();
    void travelTimeSlope();
    void travelTimeWindow();
    void travelTimeBadParameters();

private:
    Result<QVariantMap> run(const QVariantMap &parameters)
    {
        Feedback feedback;
        m_warnings.clear();
        m_infos.clear();
        connect(&feedback, &Feedback::warningPushed, this, [this](const QString &message) { m_warnings << message; });
        connect(&feedback, &Feedback::infoPushed, this, [this](const QString &message) { m_infos << message; });
        return m_algorithm->run(parameters, feedback);
    }
    bool warned(const QString &needle) const
    {
        return std::any_of(m_warnings.begin(), m_warnings.end(), [&](const QString &w) { return w.contains(needle); });
    }
    QStringList m_warnings;
    QStringList m_infos;
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    // The wall fixture of travelTimeWall() and travelTimeExisting().
    void writeWallFixture();
    QString m_wallPopulation, m_wallSpeed, m_wallCandidates;
    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
    QString m_population, m_candidates;
};

void TestNewFacilities::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"coverage:new_facilities"_s);
    QVERIFY(m_algorithm);
    Grid pop = Grid::uniform(10, 10, 100, 0);
    for (int r = 1; r <= 3; ++r)
        for (int c = 1; c <= 3; ++c)
            pop.at(r, c) = 10;
    pop.at(2, 5) = 70;
    pop.at(7, 7) = 65;
    pop.at(9, 0) = 7;
    pop.at(5, 0) = pop.nodata; // no data: nobody
    m_population = path(u"pop.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(m_population, pop));
    m_candidates = path(u"candidates.gpkg"_s); // FIDs 1 (A), 2 (B), 3 (C), 4 (D), 5 (off the grid)
    QVERIFY(coveragefixtures::writeLayer(m_candidates, {centre(2, 2), centre(2, 4), centre(7, 7), centre(2, 2), u"POINT (500000 8000000)"_s}));
}

void TestNewFacilities::greedyPoints()
{
    const QString output = path(u"sites.gpkg"_s);
    auto result = run({{u"population"_s, m_population},
                       {u"candidates"_s, m_candidates},
                       {u"radius_m"_s, 150.0},
                       {u"count"_s, 4},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"total_population"_s).toDouble(), 232.0);
    QCOMPARE(result->value(u"existing_covered"_s).toDouble(), 0.0);
    QCOMPARE(result->value(u"uncovered_before"_s).toDouble(), 232.0);
    QCOMPARE(result->value(u"candidate_count"_s).toLongLong(), 4); // the point off the grid is left out
    QCOMPARE(gainsOf(*result), (QList<double>{100, 65, 60}));     // a 4th site would add nobody
    QCOMPARE(result->value(u"sites"_s).toLongLong(), 3);
    QCOMPARE(result->value(u"new_covered"_s).toDouble(), 225.0); // the sum of the gains
    QCOMPARE(result->value(u"covered_after"_s).toDouble(), 225.0);
    QCOMPARE(result->value(u"uncovered_after"_s).toDouble(), 7.0);
    const QList<Site> sites = readSites(output);
    QCOMPARE(sites.size(), 3);
    QCOMPARE(sites[0].fid, 2); // B
    QCOMPARE(sites[1].fid, 3); // C: the overlap with B leaves A only 60
    QCOMPARE(sites[2].fid, 1); // A, not its duplicate D
    QCOMPARE(sites[0].order, 1);
    QCOMPARE(sites[2].order, 3);
    QCOMPARE(sites[1].gain, 65.0);
    QCOMPARE(sites[1].cumulative, 165.0);
    QCOMPARE(sites[2].cumulative, 225.0);
    QVERIFY(std::abs(sites[0].share - 100.0 / 232.0) < 1e-12);
    QVERIFY2(warned(u"outside the population raster"_s), qPrintable(m_warnings.join(u'\n')));
    QVERIFY2(warned(u"Only 3 site"_s), qPrintable(m_warnings.join(u'\n')));
    // The parameters are recorded for the CLI.
    GDALDatasetUniquePtr ds(GDALDataset::Open(output.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    QCOMPARE(QString::fromUtf8(ds->GetMetadataItem("TERRITORIA_ALGORITHM")), u"coverage:new_facilities"_s);
    QVERIFY(QString::fromUtf8(ds->GetMetadataItem("TERRITORIA_PARAMETERS")).contains(u"radius_m"_s));
    ds.reset();

    // K = 1: B alone.
    result = run({{u"population"_s, m_population},
                  {u"candidates"_s, m_candidates},
                  {u"radius_m"_s, 150.0},
                  {u"count"_s, 1},
                  {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(gainsOf(*result), (QList<double>{100}));
    QCOMPARE(readSites(output).size(), 1);
}

void TestNewFacilities::existingExcluded()
{
    // Existing facility at C (within 150 m), or a travel time of 9 - column minutes
    // covered within 2 minutes (columns 7-9): the 65 people of (7,7) are covered.
    const QString existing = path(u"existing.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(existing, {centre(7, 7)}));
    Grid times = Grid::uniform(10, 10, 100, 0);
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < 10; ++c)
            times.at(r, c) = 9 - c;
    const QString timesPath = path(u"times.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(timesPath, times));
    const QList<QVariantMap> variants{{{u"existing_facilities"_s, existing}},
                                      {{u"existing"_s, timesPath}, {u"max_minutes"_s, 2.0}}};
    for (const QVariantMap &variant : variants) {
        QVariantMap parameters{{u"population"_s, m_population},
                               {u"candidates"_s, m_candidates},
                               {u"radius_m"_s, 150.0},
                               {u"count"_s, 3},
                               {u"output"_s, path(u"sites_existing.gpkg"_s)}};
        parameters.insert(variant);
        auto result = run(parameters);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->value(u"existing_covered"_s).toDouble(), 65.0);
        QCOMPARE(result->value(u"uncovered_before"_s).toDouble(), 167.0);
        QCOMPARE(gainsOf(*result), (QList<double>{100, 60}));
        QCOMPARE(result->value(u"covered_after"_s).toDouble(), 225.0);
        const QList<Site> sites = readSites(path(u"sites_existing.gpkg"_s));
        QCOMPARE(sites.size(), 2);
        QCOMPARE(sites[0].fid, 2);
        QCOMPARE(sites[1].fid, 1);
        QVERIFY(std::abs(sites[1].share - 60.0 / 167.0) < 1e-12);
    }
}

void TestNewFacilities::suitabilityMask()
{
    Grid mask = Grid::uniform(10, 10, 100, 0);
    mask.at(2, 2) = 1;
    mask.at(2, 4) = 3;
    mask.at(7, 7) = 0.5;
    mask.at(0, 9) = mask.nodata;
    const QString maskPath = path(u"mask.tif"_s), output = path(u"sites_mask.gpkg"_s);
    QVERIFY(coveragefixtures::writeGrid(maskPath, mask));
    auto result = run({{u"population"_s, m_population},
                       {u"suitability"_s, maskPath},
                       {u"radius_m"_s, 150.0},
                       {u"count"_s, 3},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"candidate_count"_s).toLongLong(), 3);
    QCOMPARE(gainsOf(*result), (QList<double>{100, 65, 60}));
    const QList<Site> sites = readSites(output);
    QCOMPARE(sites.size(), 3);
    QCOMPARE(std::pair(sites[0].row, sites[0].col), std::pair(2, 4));
    QCOMPARE(std::pair(sites[1].row, sites[1].col), std::pair(7, 7));
    QCOMPARE(std::pair(sites[2].row, sites[2].col), std::pair(2, 2));
}

void TestNewFacilities::subsampledMask()
{
    // Every cell suitable, at most 25 candidates: one cell in 2 x 2 (odd rows and
    // columns). Picks: (1,5) 70 (before (3,5)), (7,7) 65, (1,1) 40, (3,3) 30,
    // (1,3) 10, (3,1) 10, (9,1) 7: everybody.
    const QString maskPath = path(u"mask_all.tif"_s), output = path(u"sites_all.gpkg"_s);
    QVERIFY(coveragefixtures::writeGrid(maskPath, Grid::uniform(10, 10, 100, 1)));
    auto result = run({{u"population"_s, m_population},
                       {u"suitability"_s, maskPath},
                       {u"radius_m"_s, 150.0},
                       {u"count"_s, 10},
                       {u"max_candidates"_s, 25},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"candidate_count"_s).toLongLong(), 25);
    QVERIFY2(warned(u"max_candidates"_s), qPrintable(m_warnings.join(u'\n')));
    const QList<double> gains = gainsOf(*result);
    QCOMPARE(gains, (QList<double>{70, 65, 40, 30, 10, 10, 7}));
    QCOMPARE(std::accumulate(gains.begin(), gains.end(), 0.0), result->value(u"new_covered"_s).toDouble());
    QCOMPARE(result->value(u"uncovered_after"_s).toDouble(), 0.0);
    const QList<Site> sites = readSites(output);
    QCOMPARE(sites.size(), 7);
    QCOMPARE(std::pair(sites[0].row, sites[0].col), std::pair(1, 5));
    QCOMPARE(std::pair(sites[4].row, sites[4].col), std::pair(1, 3));
    QCOMPARE(std::pair(sites[6].row, sites[6].col), std::pair(9, 1));
}

void TestNewFacilities::badParameters()
{
    auto expectError = [&](const QVariantMap &parameters, const QString &needle) {
        auto result = run(parameters);
        QVERIFY2(!result, qPrintable(needle));
        QVERIFY2(result.error().message.contains(needle), qPrintable(result.error().message));
    };
    const QString output = path(u"bad.gpkg"_s);
    const QVariantMap base{{u"population"_s, m_population}, {u"candidates"_s, m_candidates}, {u"radius_m"_s, 150.0}, {u"output"_s, output}};
    auto with = [&](const QVariantMap &changes, const QStringList &removed = {}) {
        QVariantMap p = base;
        for (const QString &key : removed)
            p.remove(key);
        p.insert(changes);
        return p;
    };
    expectError(with({{u"count"_s, 0}}), u"count"_s);
    expectError(with({}, {u"candidates"_s}), u"suitability"_s);
    expectError(with({{u"existing"_s, m_population}}), u"max_minutes"_s);
    // No candidate inside the population raster.
    const QString far = path(u"far.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(far, {u"POINT (500000 8000000)"_s, u"POINT (100 100)"_s}));
    expectError(with({{u"candidates"_s, far}}), u"inside"_s);
    // Distances need metres.
    Grid geographic = Grid::uniform(10, 10, 0.001, 1);
    geographic.x0 = -71.6;
    geographic.y0 = -16.3;
    QVERIFY(coveragefixtures::writeGrid(path(u"geographic.tif"_s), geographic, 4326));
    expectError(with({{u"population"_s, path(u"geographic.tif"_s)}}), u"geographic"_s);
    // Suitability on another grid; no suitable cell.
    QVERIFY(coveragefixtures::writeGrid(path(u"small_mask.tif"_s), Grid::uniform(5, 5, 100, 1)));
    expectError(with({{u"suitability"_s, path(u"small_mask.tif"_s)}}, {u"candidates"_s}), u"grid"_s);
    QVERIFY(coveragefixtures::writeGrid(path(u"empty_mask.tif"_s), Grid::uniform(10, 10, 100, 0)));
    expectError(with({{u"suitability"_s, path(u"empty_mask.tif"_s)}}, {u"candidates"_s}), u"above 0"_s);
    // Cancelled: an error, not a partial result.
    Feedback canceled;
    canceled.cancel();
    QVERIFY(!m_algorithm->run(base, canceled));
}

void TestNewFacilities::travelTimeUniform_data()
{
    QTest::addColumn<QString>("costParameter");
    QTest::addColumn<int>("neighbours");
    QTest::newRow("speed, 16 neighbours") << u"speed"_s << 16;
    QTest::newRow("speed, 8 neighbours") << u"speed"_s << 8;
    QTest::newRow("friction, 16 neighbours") << u"friction"_s << 16;
}

void TestNewFacilities::travelTimeUniform()
{
    // 25 x 25 cells of 100 m, one person each; 3.45 km/h, so a cell costs
    // 360 / 3.45 = 104.348 s and 4 minutes reach 240 / 104.348 = 2.3 cell widths.
    // Centre (12,12): 16 neighbours: the cell, 4 at 1, 4 at 2, 4 at sqrt 2, 8 at
    // sqrt 5 (knight): 21 (not (2,2) at 2.83, nor (3,0)); 8 neighbours: (2,1)
    // costs 1 + sqrt 2 = 2.41: 13. Corner (0,0): its quadrant only: 8 or 6.
    QFETCH(QString, costParameter);
    QFETCH(int, neighbours);
    const double cost = 360.0 / 3.45, limit = 240.0;
    const int n = 25;
    const QString popPath = path(u"uniform_pop.tif"_s), costPath = path(u"uniform_%1.tif"_s.arg(costParameter));
    QVERIFY(coveragefixtures::writeGrid(popPath, Grid::uniform(n, n, 100, 1)));
    QVERIFY(coveragefixtures::writeGrid(costPath, Grid::uniform(n, n, 100, costParameter == "speed"_L1 ? 3.45 : cost)));
    const QString candidates = path(u"uniform_candidates.gpkg"_s); // FIDs 1 (corner), 2 (centre)
    QVERIFY(coveragefixtures::writeLayer(candidates, {centre(0, 0), centre(12, 12)}));
    // The hand count, away from the limit by more than float rounding.
    auto expected = [&](int row, int col) {
        int count = 0;
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c) {
                const double t = cost * uniformTime(r - row, c - col, neighbours);
                if (std::abs(t - limit) < 0.1)
                    return -1;
                count += t <= limit ? 1 : 0;
            }
        return count;
    };
    const int centreCount = expected(12, 12), cornerCount = expected(0, 0);
    QCOMPARE(centreCount, neighbours == 16 ? 21 : 13);
    QCOMPARE(cornerCount, neighbours == 16 ? 8 : 6);
    const QString output = path(u"uniform_sites.gpkg"_s);
    auto result = run({{u"population"_s, popPath},
                       {u"candidates"_s, candidates},
                       {costParameter, costPath},
                       {u"site_minutes"_s, limit / 60.0},
                       {u"neighbours"_s, QString::number(neighbours)},
                       {u"count"_s, 2},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"total_population"_s).toDouble(), double(n * n));
    QCOMPARE(gainsOf(*result), (QList<double>{double(centreCount), double(cornerCount)}));
    QCOMPARE(result->value(u"coverage_rule"_s).toString(), u"travel_time"_s);
    const QList<Site> sites = readSites(output);
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites[0].fid, 2);
    QCOMPARE(sites[1].fid, 1);
}

void TestNewFacilities::writeWallFixture()
{
    if (!m_wallPopulation.isEmpty())
        return;
    // 10 x 10 cells of 100 m at 36 km/h (10 s a cell), a wall of zero speed down
    // column 5. People: 50 at (4,3), 30 at (4,8), 5 at (8,1). Candidates: A at
    // (4,6), 300 m from the 50 but behind the wall; B at (8,0), 500 m from them
    // on their side.
    Grid pop = Grid::uniform(10, 10, 100, 0);
    pop.at(4, 3) = 50;
    pop.at(4, 8) = 30;
    pop.at(8, 1) = 5;
    Grid speed = Grid::uniform(10, 10, 100, 36);
    for (int r = 0; r < 10; ++r)
        speed.at(r, 5) = 0;
    speed.at(0, 0) = speed.nodata; // no data: impassable, and no bound on the window
    m_wallPopulation = path(u"wall_pop.tif"_s);
    m_wallSpeed = path(u"wall_speed.tif"_s);
    m_wallCandidates = path(u"wall_candidates.gpkg"_s); // FIDs 1 (A), 2 (B)
    QVERIFY(coveragefixtures::writeGrid(m_wallPopulation, pop));
    QVERIFY(coveragefixtures::writeGrid(m_wallSpeed, speed));
    QVERIFY(coveragefixtures::writeLayer(m_wallCandidates, {centre(4, 6), centre(8, 0)}));
}

void TestNewFacilities::travelTimeWall()
{
    writeWallFixture();
    // Straight line, 350 m: A covers the 50 (300 m) and the 30 (200 m): 80; then
    // B the 5 (100 m).
    const QString output = path(u"wall_sites.gpkg"_s);
    auto result = run({{u"population"_s, m_wallPopulation},
                       {u"candidates"_s, m_wallCandidates},
                       {u"radius_m"_s, 350.0},
                       {u"count"_s, 2},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(gainsOf(*result), (QList<double>{80, 5}));
    QCOMPARE(result->value(u"coverage_rule"_s).toString(), u"straight_line"_s);
    QList<Site> sites = readSites(output);
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites[0].fid, 1);

    // Travel time, 1 minute: B reaches the 5 in 10 s and the 50 in
    // 10 (sqrt 5 + 2 sqrt 2) = 50.6 s (16 neighbours) or 10 (1 + 3 sqrt 2) = 52.4 s
    // (8): 55. A reaches the 30 in 20 s, the 50 not at all: 30. B comes first.
    for (const QString &neighbours : {u"16"_s, u"8"_s}) {
        result = run({{u"population"_s, m_wallPopulation},
                      {u"candidates"_s, m_wallCandidates},
                      {u"speed"_s, m_wallSpeed},
                      {u"site_minutes"_s, 1.0},
                      {u"neighbours"_s, neighbours},
                      {u"count"_s, 2},
                      {u"output"_s, output}});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(gainsOf(*result), (QList<double>{55, 30}));
        QCOMPARE(result->value(u"uncovered_after"_s).toDouble(), 0.0);
        sites = readSites(output);
        QCOMPARE(sites.size(), 2);
        QCOMPARE(sites[0].fid, 2);
        QCOMPARE(sites[1].fid, 1);
        QCOMPARE(sites[1].cumulative, 85.0);
    }
    // The rule is on the layer and in the recorded parameters.
    GDALDatasetUniquePtr ds(GDALDataset::Open(output.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    QVERIFY(QString::fromUtf8(ds->GetMetadataItem("TERRITORIA_PARAMETERS")).contains(u"site_minutes"_s));
    OGRFeatureUniquePtr f(ds->GetLayer(0)->GetNextFeature());
    QVERIFY(f);
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("rule")), u"travel_time"_s);
    QCOMPARE(f->GetFieldAsDouble("site_minutes"), 1.0);
    QCOMPARE(ds->GetLayer(0)->GetLayerDefn()->GetFieldIndex("radius_m"), -1);

    // 40 s: B no longer reaches the 50 (50.6 s): A (30) before B (5).
    result = run({{u"population"_s, m_wallPopulation},
                  {u"candidates"_s, m_wallCandidates},
                  {u"speed"_s, m_wallSpeed},
                  {u"site_minutes"_s, 40.0 / 60.0},
                  {u"count"_s, 2},
                  {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(gainsOf(*result), (QList<double>{30, 5}));
    QCOMPARE(result->value(u"uncovered_after"_s).toDouble(), 50.0);
}

void TestNewFacilities::travelTimeExisting()
{
    writeWallFixture();
    // An existing facility at (4,7) covers the 30 in 10 s by travel time but not
    // the 50 beyond the wall (400 m away: a 450 m radius would take them); the
    // one off the grid covers nobody. Then B adds 55 and A nothing.
    const QString existing = path(u"wall_existing.gpkg"_s);
    QVERIFY(coveragefixtures::writeLayer(existing, {centre(4, 7), u"POINT (500000 8000000)"_s}));
    auto result = run({{u"population"_s, m_wallPopulation},
                       {u"candidates"_s, m_wallCandidates},
                       {u"existing_facilities"_s, existing},
                       {u"speed"_s, m_wallSpeed},
                       {u"site_minutes"_s, 1.0},
                       {u"count"_s, 2},
                       {u"output"_s, path(u"wall_existing_sites.gpkg"_s)}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"existing_covered"_s).toDouble(), 30.0);
    QCOMPARE(result->value(u"uncovered_before"_s).toDouble(), 55.0);
    QCOMPARE(gainsOf(*result), (QList<double>{55}));
    QCOMPARE(readSites(path(u"wall_existing_sites.gpkg"_s)).first().fid, 2);
    QVERIFY2(warned(u"outside the population raster"_s), qPrintable(m_warnings.join(u'\n')));
    QVERIFY2(warned(u"Only 1 site"_s), qPrintable(m_warnings.join(u'\n')));
    // The same facility by a 450 m radius takes the 50 and the 30: A adds nothing, B 5.
    result = run({{u"population"_s, m_wallPopulation},
                  {u"candidates"_s, m_wallCandidates},
                  {u"existing_facilities"_s, existing},
                  {u"radius_m"_s, 450.0},
                  {u"count"_s, 2},
                  {u"output"_s, path(u"wall_existing_sites.gpkg"_s)}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"existing_covered"_s).toDouble(), 80.0);
    QCOMPARE(gainsOf(*result), (QList<double>{5}));
}

void TestNewFacilities::travelTimeSlope_data()
{
    // One row of 11 cells of 100 m at 40 km/h (9 s a cell), rising 10 m a cell
    // eastwards (slope 0.1); the site in column 5; people: column + 1; 28 s.
    // People travel TO the site: from the east downhill (slope -0.1), from the
    // west uphill (+0.1).
    // motorized: 9 s a cell both ways: columns 2-8 (27 s): 3+4+...+9 = 42.
    // walk: Tobler over its flat value: downhill exp(-3.5 |-0.1 + 0.05| + 0.175) = 1
    //   (9 s: columns 6-8), uphill exp(-0.35) = 0.7047 (12.77 s: columns 3-4): 39.
    // bicycle: downhill min(1.5, 1 + 5 x 0.1) = 1.5 (6 s: columns 6-9 at 24 s, not
    //   10 at 30 s), uphill 1 / (1 + 12.5 x 0.1) (20.25 s: column 4): 5+...+10 = 45.
    QTest::addColumn<QString>("mode");
    QTest::addColumn<double>("gain");
    QTest::newRow("motorized") << u"motorized"_s << 42.0;
    QTest::newRow("walk") << u"walk"_s << 39.0;
    QTest::newRow("bicycle") << u"bicycle"_s << 45.0;
}

void TestNewFacilities::travelTimeSlope()
{
    QFETCH(QString, mode);
    QFETCH(double, gain);
    Grid pop = Grid::uniform(11, 1, 100, 0), dem = Grid::uniform(11, 1, 100, 0);
    for (int c = 0; c < 11; ++c) {
        pop.at(0, c) = c + 1;
        dem.at(0, c) = 10 * c;
    }
    Grid mask = Grid::uniform(11, 1, 100, 0);
    mask.at(0, 5) = 1;
    const QString popPath = path(u"slope_pop.tif"_s), demPath = path(u"slope_dem.tif"_s), speedPath = path(u"slope_speed.tif"_s),
                  maskPath = path(u"slope_mask.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(popPath, pop));
    QVERIFY(coveragefixtures::writeGrid(demPath, dem));
    QVERIFY(coveragefixtures::writeGrid(speedPath, Grid::uniform(11, 1, 100, 40)));
    QVERIFY(coveragefixtures::writeGrid(maskPath, mask));
    auto result = run({{u"population"_s, popPath},
                       {u"suitability"_s, maskPath},
                       {u"speed"_s, speedPath},
                       {u"dem"_s, demPath},
                       {u"mode"_s, mode},
                       {u"site_minutes"_s, 28.0 / 60.0},
                       {u"output"_s, path(u"slope_sites.gpkg"_s)}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(gainsOf(*result), (QList<double>{gain}));
}

void TestNewFacilities::travelTimeWindow()
{
    // Mixed speeds (1 to 60 km/h, some impassable cells): the coverage of each
    // site, found on its window (25 x 25 cells: 60 s at 60 km/h, 6 s a cell, is
    // 10 cells + 2), equals the cells coverage:travel_time reaches
    // towards it over the whole raster within the same limit.
    const int n = 60;
    Grid speed = Grid::uniform(n, n, 100, 0);
    uint32_t state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (double &v : speed.values)
        v = next() % 13 == 0 ? 0.0 : 1.0 + double(next() % 60);
    for (int r = 20; r < 50; ++r)
        speed.at(r, 30) = 60; // a fast road: the window must hold it
    const QString popPath = path(u"window_pop.tif"_s), speedPath = path(u"window_speed.tif"_s);
    QVERIFY(coveragefixtures::writeGrid(popPath, Grid::uniform(n, n, 100, 1)));
    QVERIFY(coveragefixtures::writeGrid(speedPath, speed));
    const AlgorithmRegistry &registry = m_registry;
    const Algorithm *travelTime = registry.algorithm(u"coverage:travel_time"_s);
    QVERIFY(travelTime);
    const QList<std::pair<int, int>> cells{{30, 30}, {2, 57}, {45, 31}, {0, 0}};
    for (const QString &neighbours : {u"8"_s, u"16"_s}) {
        for (const auto &[row, col] : cells) {
            const QString site = path(u"window_site.gpkg"_s);
            QVERIFY(coveragefixtures::writeLayer(site, {centre(row, col)}));
            Feedback feedback;
            const QString times = path(u"window_times.tif"_s);
            auto reference = travelTime->run({{u"facilities"_s, site},
                                              {u"speed"_s, speedPath},
                                              {u"neighbours"_s, neighbours},
                                              {u"direction"_s, u"to"_s},
                                              {u"max_minutes"_s, 1.0},
                                              {u"output"_s, times}},
                                             feedback);
            QVERIFY2(reference, qPrintable(reference ? QString() : reference.error().toString()));
            const coveragefixtures::Raster raster = coveragefixtures::readRaster(times);
            const auto reached = std::count_if(raster.values.begin(), raster.values.end(),
                                               [&](double v) { return v != raster.nodata; });
            QVERIFY(reached > 1);
            auto result = run({{u"population"_s, popPath},
                               {u"candidates"_s, site},
                               {u"speed"_s, speedPath},
                               {u"neighbours"_s, neighbours},
                               {u"site_minutes"_s, 1.0},
                               {u"output"_s, path(u"window_sites.gpkg"_s)}});
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            QCOMPARE(gainsOf(*result), (QList<double>{double(reached)}));
            QVERIFY2(m_infos.join(u'\n').contains(u"window of 25 x 25 cells"_s), qPrintable(m_infos.join(u'\n')));
        }
    }
}

void TestNewFacilities::travelTimeBadParameters()
{
    writeWallFixture();
    auto expectError = [&](const QVariantMap &parameters, const QStringList &needles) {
        auto result = run(parameters);
        QVERIFY2(!result, qPrintable(needles.join(u' ')));
        for (const QString &needle : needles)
            QVERIFY2(result.error().message.contains(needle), qPrintable(result.error().message));
    };
    const QVariantMap base{{u"population"_s, m_wallPopulation},
                           {u"candidates"_s, m_wallCandidates},
                           {u"speed"_s, m_wallSpeed},
                           {u"site_minutes"_s, 1.0},
                           {u"output"_s, path(u"bad_travel.gpkg"_s)}};
    auto with = [&](const QVariantMap &changes, const QStringList &removed = {}) {
        QVariantMap p = base;
        for (const QString &key : removed)
            p.remove(key);
        p.insert(changes);
        return p;
    };
    // Neither rule; both rules; half of the travel-time rule.
    expectError(with({}, {u"speed"_s, u"site_minutes"_s}), {u"radius_m"_s, u"speed"_s, u"site_minutes"_s});
    expectError(with({{u"radius_m"_s, 150.0}}), {u"radius_m"_s, u"not both"_s});
    expectError(with({}, {u"site_minutes"_s}), {u"site_minutes"_s});
    expectError(with({{u"radius_m"_s, 150.0}}, {u"speed"_s}), {u"site_minutes"_s, u"speed"_s});
    expectError(with({{u"friction"_s, m_wallSpeed}}), {u"friction"_s, u"not both"_s});
    // Grids that differ from the population's.
    QVERIFY(coveragefixtures::writeGrid(path(u"small_speed.tif"_s), Grid::uniform(5, 5, 100, 10)));
    expectError(with({{u"speed"_s, path(u"small_speed.tif"_s)}}), {u"speed"_s, u"small_speed.tif"_s, u"grid"_s});
    expectError(with({{u"friction"_s, path(u"small_speed.tif"_s)}}, {u"speed"_s}), {u"friction"_s, u"grid"_s});
    expectError(with({{u"dem"_s, path(u"small_speed.tif"_s)}, {u"mode"_s, u"walk"_s}}), {u"dem"_s, u"grid"_s});
    // Slope modes need a DEM; a DEM needs travel time.
    expectError(with({{u"mode"_s, u"bicycle"_s}}), {u"dem"_s, u"bicycle"_s});
    expectError(with({{u"radius_m"_s, 150.0}, {u"dem"_s, m_wallSpeed}}, {u"speed"_s, u"site_minutes"_s}), {u"dem"_s});
    // Nowhere to travel.
    QVERIFY(coveragefixtures::writeGrid(path(u"zero_speed.tif"_s), Grid::uniform(10, 10, 100, 0)));
    expectError(with({{u"speed"_s, path(u"zero_speed.tif"_s)}}), {u"zero_speed.tif"_s, u"nobody can travel"_s});
    // Cancelled during the candidates: an error, not a partial result.
    Feedback canceled;
    connect(&canceled, &Feedback::progressChanged, &canceled, [&canceled](double percent) {
        if (percent >= 30)
            canceled.cancel();
    });
    QVERIFY(!m_algorithm->run(base, canceled));
}

QTEST_GUILESS_MAIN(TestNewFacilities)
#include "tst_newfacilities.moc"
