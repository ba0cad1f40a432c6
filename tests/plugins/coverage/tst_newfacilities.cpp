// coverage:new_facilities on a 10 x 10 grid of 100 m with a coverage radius of
// 150 m (a site covers the 3 x 3 cells around it). People: 10 in each cell of
// rows 1-3, columns 1-3 (block A, 90), 70 at (2,5), 65 at (7,7), 7 at (9,0): 232.
// Candidates: A at (2,2) covers 90; B at (2,4) covers column 3 of block A and
// (2,5): 100; C at (7,7) covers 65; D duplicates A; one point off the grid.
// Greedy: B (100), then C (65), not A, whose 90 fell to 60 by the overlap with B;
// then A (60, tied with D: the first candidate wins); then nobody is left to gain.
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

private:
    Result<QVariantMap> run(const QVariantMap &parameters)
    {
        Feedback feedback;
        m_warnings.clear();
        connect(&feedback, &Feedback::warningPushed, this, [this](const QString &message) { m_warnings << message; });
        return m_algorithm->run(parameters, feedback);
    }
    bool warned(const QString &needle) const
    {
        return std::any_of(m_warnings.begin(), m_warnings.end(), [&](const QString &w) { return w.contains(needle); });
    }
    QStringList m_warnings;
    QString path(const QString &name) const { return m_tmp.filePath(name); }
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

QTEST_GUILESS_MAIN(TestNewFacilities)
#include "tst_newfacilities.moc"
