// prioritization:mcda on rasters: a 3 x 2 grid worked out by hand (WLC with value
// functions, TOPSIS with minmax), and 40 x 40 grids in 16 x 16 tiles (the block fast
// path, uncompressed tiles read from the mapped file, DEFLATE tiles through GDAL;
// with partial edge tiles) and Int16 (the RasterIO path) against the formula.
#include "../indicators/fixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

std::vector<float> readRaster(const QString &path, int *width = nullptr, double *noData = nullptr, double *gt = nullptr)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER));
    if (!ds)
        return {};
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
    std::vector<float> values(size_t(w) * size_t(h));
    if (ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, w, h, values.data(), w, h, GDT_Float32, 0, 0, nullptr) != CE_None)
        return {};
    if (width)
        *width = w;
    if (noData)
        *noData = ds->GetRasterBand(1)->GetNoDataValue();
    if (gt)
        ds->GetGeoTransform(gt);
    return values;
}

QList<double> list(const QVariant &v)
{
    QList<double> out;
    for (const QVariant &x : v.toList())
        out << x.toDouble();
    return out;
}

} // namespace

class TestRasterMcda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wlcValueFunctionsByHand();
    void topsisMinmaxByHand();
    void constraintRaster();
    void tiledAndConverted();
    void errors_data();
    void errors();

private:
    Result<QVariantMap> run(QVariantMap parameters, const QString &output)
    {
        parameters.insert(u"output"_s, output);
        Feedback feedback;
        return m_algorithm->run(parameters, feedback);
    }

    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
    QString m_slope, m_pop;
};

void TestRasterMcda::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"prioritization:mcda"_s);
    QVERIFY(m_algorithm);
    fixtures::Grid slope;
    slope.width = 3;
    slope.height = 2;
    slope.values = {0, 45, 90, 22.5, -9999, 9};
    fixtures::Grid pop = slope;
    pop.values = {20, 10, 0, 5, 1, 40};
    m_slope = m_tmp.filePath(u"slope.tif"_s);
    m_pop = m_tmp.filePath(u"pop.tif"_s);
    QVERIFY(fixtures::writeGrid(m_slope, slope));
    QVERIFY(fixtures::writeGrid(m_pop, pop));
}

void TestRasterMcda::wlcValueFunctionsByHand()
{
    // slope:cost:0:45 -> 1 - clamp(x/45): 1, 0, 0, .5, -, .8; pop:benefit:0:20 -> clamp(x/20): 1, .5, 0, .25, -, 1.
    // Weights .5/.5.
    const QString output = m_tmp.filePath(u"wlc.tif"_s);
    const auto result = run({{u"rasters"_s, QStringList{m_slope, m_pop}},
                             {u"criteria"_s, u"slope:cost:0:45,pop:benefit:0:20"_s},
                             {u"weights"_s, u"1,1"_s}},
                            output);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    double noData = 0, gt[6] = {};
    const std::vector<float> got = readRaster(output, nullptr, &noData, gt);
    QCOMPARE(noData, -9999.0);
    QCOMPARE(gt[0], 300000.0);
    QCOMPARE(gt[1], 10.0);
    const double expected[] = {1.0, 0.25, 0.0, 0.375, -9999, 0.9};
    QCOMPARE(got.size(), size_t(6));
    for (int i = 0; i < 6; ++i)
        QVERIFY2(std::abs(got[size_t(i)] - expected[i]) < 1e-6, qPrintable(u"cell %1: %2"_s.arg(i).arg(got[size_t(i)])));
    QCOMPARE(result->value(u"valid_cells"_s).toLongLong(), 5);
    QCOMPARE(result->value(u"nodata_cells"_s).toLongLong(), 1);

    // OWA with order weights 1, 0: each cell's best oriented value, 1, .5, 0, .5, -, 1;
    // with 0, 1 its worst: 1, 0, 0, .25, -, .8.
    for (const auto &[order, values] : {std::pair{u"1,0"_s, std::vector<double>{1, 0.5, 0, 0.5, -9999, 1}},
                                        std::pair{u"0,1"_s, std::vector<double>{1, 0, 0, 0.25, -9999, 0.8}}}) {
        const QString owaOutput = m_tmp.filePath(u"owa.tif"_s);
        const auto owa = run({{u"rasters"_s, QStringList{m_slope, m_pop}},
                              {u"criteria"_s, u"slope:cost:0:45,pop:benefit:0:20"_s},
                              {u"method"_s, u"owa"_s},
                              {u"order_weights"_s, order}},
                             owaOutput);
        QVERIFY(owa);
        const std::vector<float> cells = readRaster(owaOutput);
        for (size_t i = 0; i < 6; ++i)
            QVERIFY2(std::abs(cells[i] - values[i]) < 1e-6, qPrintable(u"%1 cell %2: %3"_s.arg(order).arg(i).arg(cells[i])));
    }
}

void TestRasterMcda::topsisMinmaxByHand()
{
    // Cells with data: slope 0, 45, 90, 22.5, 9 (min 0, max 90) and pop 20, 10, 0, 5, 40 (0..40).
    // v = .5 r: slope 0, .25, .5, .125, .05; pop .25, .125, 0, .0625, .5.
    // Ideal (0, .5) (slope is a cost), anti-ideal (.5, 0).
    const QString output = m_tmp.filePath(u"topsis.tif"_s);
    const auto result = run({{u"rasters"_s, QStringList{m_slope, m_pop}},
                             {u"criteria"_s, u"slope:cost,pop:benefit"_s},
                             {u"method"_s, u"topsis"_s},
                             {u"normalization"_s, u"minmax"_s}},
                            output);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const double vs[] = {0, 0.25, 0.5, 0.125, 0, 0.05}, vp[] = {0.25, 0.125, 0, 0.0625, 0, 0.5};
    const std::vector<float> got = readRaster(output);
    for (int i = 0; i < 6; ++i) {
        if (i == 4) {
            QCOMPARE(got[4], -9999.0f);
            continue;
        }
        const double dPlus = std::hypot(vs[i] - 0, vp[i] - 0.5), dMinus = std::hypot(vs[i] - 0.5, vp[i] - 0);
        QVERIFY2(std::abs(got[size_t(i)] - dMinus / (dPlus + dMinus)) < 1e-6, qPrintable(u"cell %1: %2"_s.arg(i).arg(got[size_t(i)])));
    }
    QVERIFY(std::abs(got[0] - std::sqrt(0.3125) / (0.25 + std::sqrt(0.3125))) < 1e-6); // 0.69098
    QCOMPARE(list(result->value(u"ideal"_s)), (QList<double>{0, 40}));
    QCOMPARE(list(result->value(u"anti_ideal"_s)), (QList<double>{90, 0}));
}

void TestRasterMcda::constraintRaster()
{
    // As wlcValueFunctionsByHand, with cells 1 (constraint 0) and 5 (constraint no data) left out.
    fixtures::Grid mask;
    mask.width = 3;
    mask.height = 2;
    mask.values = {1, 0, 1, 2, 1, -9999};
    const QString maskPath = m_tmp.filePath(u"mask.tif"_s);
    QVERIFY(fixtures::writeGrid(maskPath, mask)); // Float32 with no data -9999
    const QString output = m_tmp.filePath(u"constrained.tif"_s);
    const auto result = run({{u"rasters"_s, QStringList{m_slope, m_pop}},
                             {u"criteria"_s, u"slope:cost:0:45,pop:benefit:0:20"_s},
                             {u"constraint_raster"_s, maskPath}},
                            output);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const std::vector<float> got = readRaster(output);
    const double expected[] = {1.0, -9999, 0.0, 0.375, -9999, -9999};
    for (int i = 0; i < 6; ++i)
        QVERIFY2(std::abs(got[size_t(i)] - expected[i]) < 1e-6, qPrintable(u"cell %1: %2"_s.arg(i).arg(got[size_t(i)])));
    QCOMPARE(result->value(u"valid_cells"_s).toLongLong(), 3);
}

void TestRasterMcda::tiledAndConverted()
{
    fixtures::Grid a, b;
    a.width = b.width = 40;
    a.height = b.height = 40;
    for (int r = 0; r < 40; ++r)
        for (int c = 0; c < 40; ++c) {
            a.values.push_back((r + c) % 11 == 0 ? -9999 : double((r * 40 + c) % 50));
            b.values.push_back(double((r * 7 + c * 3) % 25));
        }
    const QString ta = m_tmp.filePath(u"a_tiled.tif"_s), tb = m_tmp.filePath(u"b_tiled.tif"_s), ib = m_tmp.filePath(u"b_int16.tif"_s);
    QVERIFY(fixtures::writeGrid(ta, a, 32719, "TILED=YES BLOCKXSIZE=16 BLOCKYSIZE=16"));
    QVERIFY(fixtures::writeGrid(tb, b, 32719, "TILED=YES BLOCKXSIZE=16 BLOCKYSIZE=16"));
    QVERIFY(fixtures::writeGrid(ib, b, 32719, "TILED=YES BLOCKXSIZE=16 BLOCKYSIZE=16", GDT_Int16));
    // Compressed tiles: the block path reads them with GDAL instead of mapping the file.
    const QString zb = m_tmp.filePath(u"b_deflate.tif"_s);
    QVERIFY(fixtures::writeGrid(zb, b, 32719, "TILED=YES BLOCKXSIZE=16 BLOCKYSIZE=16 COMPRESS=DEFLATE"));
    for (const QString &bPath : {tb, ib, zb}) {
        for (int threads : {1, 3}) {
            const QString output = m_tmp.filePath(u"tiled_%1.tif"_s.arg(threads));
            const auto result = run({{u"rasters"_s, QStringList{ta, bPath}},
                                     {u"criteria"_s, u"a:cost:0:45,b:benefit:0:20"_s},
                                     {u"weights"_s, u"0.3,0.7"_s},
                                     {u"threads"_s, threads}},
                                    output);
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            const std::vector<float> got = readRaster(output);
            QCOMPARE(got.size(), size_t(1600));
            int nodata = 0;
            for (size_t i = 0; i < 1600; ++i) {
                if (a.values[i] == -9999) {
                    QCOMPARE(got[i], -9999.0f);
                    ++nodata;
                    continue;
                }
                const double expected = 0.3 * (1 - std::min(a.values[i], 45.0) / 45) + 0.7 * std::min(b.values[i], 20.0) / 20;
                QVERIFY2(std::abs(got[i] - expected) < 1e-6, qPrintable(u"%1 cell %2: %3 vs %4"_s.arg(bPath).arg(i).arg(got[i]).arg(expected)));
            }
            QCOMPARE(result->value(u"nodata_cells"_s).toLongLong(), nodata);
            QCOMPARE(result->value(u"valid_cells"_s).toLongLong(), 1600 - nodata);
        }
    }
}

void TestRasterMcda::errors_data()
{
    QTest::addColumn<QVariantMap>("parameters");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("mention");
    QTest::newRow("count") << QVariantMap{{u"criteria"_s, u"slope:cost"_s}} << u"x.tif"_s << u"2 rasters for 1 criteria"_s;
    QTest::newRow("format") << QVariantMap{{u"criteria"_s, u"slope:cost,pop"_s}} << u"x.gpkg"_s << u".tif"_s;
    QTest::newRow("bounds") << QVariantMap{{u"criteria"_s, u"slope:cost:5:5,pop"_s}} << u"x.tif"_s << u"two different numbers"_s;
}

void TestRasterMcda::errors()
{
    QFETCH(QVariantMap, parameters);
    QFETCH(QString, output);
    QFETCH(QString, mention);
    parameters.insert(u"rasters"_s, QStringList{m_slope, m_pop});
    const auto result = run(parameters, m_tmp.filePath(output));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(mention), qPrintable(result.error().message));
    // Not aligned: a 4 x 2 grid with the 3 x 2 ones.
    fixtures::Grid wide;
    wide.width = 4;
    wide.height = 2;
    wide.values.assign(8, 1.0);
    const QString widePath = m_tmp.filePath(u"wide.tif"_s);
    QVERIFY(fixtures::writeGrid(widePath, wide));
    const auto misaligned = run({{u"rasters"_s, QStringList{m_slope, widePath}}, {u"criteria"_s, u"slope:cost,w"_s}}, m_tmp.filePath(u"m.tif"_s));
    QVERIFY(!misaligned);
    QVERIFY2(misaligned.error().message.contains(u"not aligned"_s) && misaligned.error().message.contains(widePath),
             qPrintable(misaligned.error().message));
}

QTEST_GUILESS_MAIN(TestRasterMcda)
#include "tst_rastermcda.moc"
