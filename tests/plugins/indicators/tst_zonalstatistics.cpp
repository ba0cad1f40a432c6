// indicators:zonal_statistics, loaded from the build tree through AlgorithmRegistry,
// against brute-force statistics computed here on hand-built grids.
#include "fixtures.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace territoria;
using fixtures::Grid;
using fixtures::PixelPolygon;

namespace {

const QStringList allStatistics{u"count"_s, u"sum"_s, u"mean"_s, u"min"_s, u"max"_s, u"stddev"_s,
                                u"median"_s, u"majority"_s, u"minority"_s, u"variety"_s};

bool isNodata(const Grid &g, double v)
{
    return std::isnan(v) || v == g.nodata;
}

// Statistics of the valid pixels whose centre is inside `zone`, the slow way.
QVariantMap bruteForce(const Grid &g, const PixelPolygon &zone)
{
    std::vector<double> values;
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c)
            if (zone.contains(c + 0.5, r + 0.5) && !isNodata(g, g.at(r, c)))
                values.push_back(g.at(r, c));
    QVariantMap s;
    s.insert(u"count"_s, double(values.size()));
    double sum = 0;
    for (double v : values)
        sum += v;
    s.insert(u"sum"_s, sum);
    if (values.empty())
        return s;
    const double mean = sum / double(values.size());
    double ss = 0;
    for (double v : values)
        ss += (v - mean) * (v - mean);
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    std::map<double, int> counts;
    for (double v : values)
        ++counts[v];
    double majority = 0, minority = 0;
    int most = -1, least = INT_MAX;
    for (const auto &[v, k] : counts) { // ascending: ties keep the smallest value
        if (k > most) { most = k; majority = v; }
        if (k < least) { least = k; minority = v; }
    }
    s.insert(u"mean"_s, mean);
    s.insert(u"min"_s, values.front());
    s.insert(u"max"_s, values.back());
    s.insert(u"stddev"_s, std::sqrt(ss / double(n)));
    s.insert(u"median"_s, n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
    s.insert(u"majority"_s, majority);
    s.insert(u"minority"_s, minority);
    s.insert(u"variety"_s, double(counts.size()));
    return s;
}

bool close(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

class TestZonalStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statisticsMatchBruteForce();
    void multipleStripsMatchBruteForce_data();
    void multipleStripsMatchBruteForce();
    void otherDataTypes_data();
    void otherDataTypes();
    void zonesInAnotherCrs();
    void exactCoverage();
    void badParameters_data();
    void badParameters();
    void canceled();

private:
    Result<QVariantMap> run(QVariantMap parameters);
    void compareWithBruteForce(const Grid &grid, const QList<PixelPolygon> &zones, const QString &output,
                               const QString &prefix);

    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
    QTemporaryDir m_tmp;
    Grid m_grid;
    QList<PixelPolygon> m_zones;
    QString m_raster;
    QString m_zonesPath;
};

Result<QVariantMap> TestZonalStatistics::run(QVariantMap parameters)
{
    Feedback feedback;
    return m_algorithm->run(parameters, feedback);
}

void TestZonalStatistics::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"indicators:zonal_statistics"_s);
    QString why;
    for (const PluginInfo &p : m_registry.plugins())
        why += p.fileName + u": "_s + p.error + u'\n';
    QVERIFY2(m_algorithm, qPrintable(u"plugin not loaded from "_s + AlgorithmRegistry::defaultPluginFolders().join(u", ") + u'\n' + why));

    // 10x10 Float32, values with repeats (for majority/minority), nodata cells and a NaN.
    m_grid.values.resize(100);
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < 10; ++c)
            m_grid.values[size_t(r * 10 + c)] = double((r * 7 + c * 3) % 11) + (r % 4 == 0 ? 0.5 : 0.0);
    for (auto [r, c] : {std::pair{2, 3}, {5, 1}, {8, 4}, {0, 9}})
        m_grid.values[size_t(r * 10 + c)] = m_grid.nodata;
    m_grid.values[99] = std::nan("");
    m_raster = m_tmp.filePath(u"grid.tif"_s);
    QVERIFY(fixtures::writeGrid(m_raster, m_grid));

    // Pixel coordinates (column, row): two squares, an L and a square with a hole.
    m_zones = {
        PixelPolygon{{{{0, 0}, {4, 0}, {4, 4}, {0, 4}}}},
        PixelPolygon{{{{5.3, 1.2}, {9.6, 1.2}, {9.6, 4.7}, {5.3, 4.7}}}},
        PixelPolygon{{{{0, 5}, {3, 5}, {3, 8}, {7, 8}, {7, 10}, {0, 10}}}},
        PixelPolygon{{{{7, 5}, {10, 5}, {10, 10}, {7, 10}}, {{8, 6}, {9, 6}, {9, 8}, {8, 8}}}},
    };
    QStringList wkts;
    for (const PixelPolygon &z : m_zones)
        wkts << z.wkt(m_grid);
    m_zonesPath = m_tmp.filePath(u"zones.gpkg"_s);
    QVERIFY(fixtures::writeLayer(m_zonesPath, wkts));
}

void TestZonalStatistics::compareWithBruteForce(const Grid &grid, const QList<PixelPolygon> &zones,
                                                const QString &output, const QString &prefix)
{
    const QList<QVariantMap> rows = fixtures::readFeatures(output);
    QCOMPARE(rows.size(), zones.size());
    for (qsizetype z = 0; z < zones.size(); ++z) {
        const QVariantMap expected = bruteForce(grid, zones.at(z));
        QVERIFY2(expected.value(u"count"_s).toDouble() > 0, "every test zone holds pixels");
        QCOMPARE(rows.at(z).value(u"zone_id"_s).toInt(), int(z + 1));
        for (const QString &stat : allStatistics) {
            const QVariant got = rows.at(z).value(prefix + stat);
            QVERIFY2(got.isValid(), qPrintable(u"zone %1: no %2"_s.arg(z + 1).arg(stat)));
            QVERIFY2(close(got.toDouble(), expected.value(stat).toDouble()),
                     qPrintable(u"zone %1 %2: got %3, expected %4"_s.arg(z + 1)
                                    .arg(stat)
                                    .arg(got.toDouble(), 0, 'g', 17)
                                    .arg(expected.value(stat).toDouble(), 0, 'g', 17)));
        }
    }
}

void TestZonalStatistics::statisticsMatchBruteForce()
{
    const QString output = m_tmp.filePath(u"stats.gpkg"_s);
    auto result = run({{u"input"_s, m_raster},
                       {u"zones"_s, m_zonesPath},
                       {u"statistics"_s, allStatistics.join(u',')},
                       {u"prefix"_s, u"v_"_s},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->value(u"output"_s).toString(), output);
    QCOMPARE(result->value(u"zone_count"_s).toInt(), 4);
    compareWithBruteForce(m_grid, m_zones, output, u"v_"_s);
}

void TestZonalStatistics::multipleStripsMatchBruteForce_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QString>("options");
    // Two strips of 2048 rows (8 block rows each), read through RasterIO.
    QTest::newRow("1024x2300, 256 blocks") << 1024 << 2300 << u"TILED=YES BLOCKXSIZE=256 BLOCKYSIZE=256"_s;
    // Strips of one block row (512), read block by block; partial blocks right and bottom.
    QTest::newRow("2500x1100, 512 blocks") << 2500 << 1100 << u"TILED=YES BLOCKXSIZE=512 BLOCKYSIZE=512"_s;
    // Striped file: many rows per strip.
    QTest::newRow("1024x2300, strips") << 1024 << 2300 << QString();
}

void TestZonalStatistics::multipleStripsMatchBruteForce()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QString, options);
    Grid grid;
    grid.width = width;
    grid.height = height;
    grid.values.resize(size_t(grid.width) * size_t(grid.height));
    for (int r = 0; r < grid.height; ++r)
        for (int c = 0; c < grid.width; ++c)
            grid.values[size_t(r) * size_t(grid.width) + size_t(c)] =
                (r * c) % 97 == 5 ? grid.nodata : double((r * 31 + c * 17) % 101) / 4.0;
    const QString raster = m_tmp.filePath(u"big_%1.tif"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').replace(u',', u'_')));
    const QByteArray creation = options.toUtf8();
    QVERIFY(fixtures::writeGrid(raster, grid, 32719, creation.isEmpty() ? nullptr : creation.constData()));
    const double w = width, h = height;
    const QList<PixelPolygon> zones{
        // A diamond across the strips, and a rectangle at the bottom right corner.
        PixelPolygon{{{{w / 2 + 0.3, 0.05 * h}, {0.98 * w + 0.7, h / 2 + 0.2}, {w / 2 + 0.3, 0.97 * h + 0.6}, {0.02 * w + 0.9, h / 2 + 0.4}}}},
        PixelPolygon{{{{0.7 * w + 0.2, 0.9 * h + 0.3}, {w - 0.3, 0.9 * h + 0.3}, {w - 0.3, h - 0.1}, {0.7 * w + 0.2, h - 0.1}}}},
    };
    QStringList wkts;
    for (const PixelPolygon &z : zones)
        wkts << z.wkt(grid);
    const QString zonesPath = raster + u".zones.gpkg"_s;
    QVERIFY(fixtures::writeLayer(zonesPath, wkts));
    const QString output = zonesPath + u".out.gpkg"_s;
    auto result = run({{u"input"_s, raster},
                       {u"zones"_s, zonesPath},
                       {u"statistics"_s, allStatistics.join(u',')},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareWithBruteForce(grid, zones, output, QString());

    // Exact coverage of a rectangle across the strips, against overlap lengths.
    const double x0 = 0.25 * w + 0.5, x1 = 0.6 * w + 0.25, y0 = 0.3 * h + 0.75, y1 = 0.8 * h + 0.5;
    double count = 0, sum = 0;
    for (int r = int(y0); r <= int(y1); ++r) {
        for (int c = int(x0); c <= int(x1); ++c) {
            const double weight = std::max(0.0, std::min(x1, c + 1.0) - std::max(x0, double(c)))
                                  * std::max(0.0, std::min(y1, r + 1.0) - std::max(y0, double(r)));
            if (weight > 0 && !isNodata(grid, grid.at(r, c))) {
                count += weight;
                sum += weight * grid.at(r, c);
            }
        }
    }
    const QString rectangle = raster + u".rectangle.gpkg"_s;
    QVERIFY(fixtures::writeLayer(rectangle, {PixelPolygon{{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}}.wkt(grid)}));
    result = run({{u"input"_s, raster}, {u"zones"_s, rectangle}, {u"exact"_s, QVariant(true)}, {u"output"_s, QString(rectangle + u".out.gpkg"_s)}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const QList<QVariantMap> rows = fixtures::readFeatures(rectangle + u".out.gpkg"_s);
    QCOMPARE(rows.size(), 1);
    QVERIFY2(close(rows[0].value(u"count"_s).toDouble(), count, 1e-9), qPrintable(u"%1 vs %2"_s.arg(rows[0].value(u"count"_s).toDouble()).arg(count)));
    QVERIFY2(close(rows[0].value(u"sum"_s).toDouble(), sum, 1e-9), qPrintable(u"%1 vs %2"_s.arg(rows[0].value(u"sum"_s).toDouble()).arg(sum)));
}

void TestZonalStatistics::otherDataTypes_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("Float64") << int(GDT_Float64); // read as double
    QTest::newRow("Int32") << int(GDT_Int32);     // read as double
    QTest::newRow("Int16") << int(GDT_Int16);     // read as float
}

void TestZonalStatistics::otherDataTypes()
{
    QFETCH(int, type);
    Grid grid = m_grid;
    for (double &v : grid.values) {
        if (std::isnan(v))
            v = grid.nodata;
        else if (v != grid.nodata && type != GDT_Float64)
            v = std::floor(v * 3);
        else if (v != grid.nodata)
            v = v / 3.0; // not representable as float
    }
    const QString raster = m_tmp.filePath(u"grid_%1.tif"_s.arg(type));
    QVERIFY(fixtures::writeGrid(raster, grid, 32719, nullptr, GDALDataType(type)));
    if (type == GDT_Float64) { // what the file holds
        GDALDatasetUniquePtr ds(GDALDataset::Open(raster.toUtf8().constData(), GDAL_OF_RASTER));
        QCOMPARE(ds->GetRasterBand(1)->GetRasterDataType(), GDT_Float64);
    }
    const QString output = m_tmp.filePath(u"stats_%1.gpkg"_s.arg(type));
    auto result = run({{u"input"_s, raster},
                       {u"zones"_s, m_zonesPath},
                       {u"statistics"_s, allStatistics.join(u',')},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareWithBruteForce(grid, m_zones, output, QString());
}

void TestZonalStatistics::zonesInAnotherCrs()
{
    // The same zones stored in EPSG:4326 over the EPSG:32719 raster.
    QStringList wkts;
    for (const PixelPolygon &z : m_zones)
        wkts << z.wkt(m_grid);
    const QString geographic = m_tmp.filePath(u"zones_4326.gpkg"_s);
    QVERIFY(fixtures::writeLayer(geographic, wkts, 32719, 4326));
    const QString output = m_tmp.filePath(u"stats_4326.gpkg"_s);
    auto result = run({{u"input"_s, m_raster},
                       {u"zones"_s, geographic},
                       {u"statistics"_s, allStatistics.join(u',')},
                       {u"output"_s, output}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareWithBruteForce(m_grid, m_zones, output, QString());
    // The output keeps the zones' CRS and geometries.
    GDALDatasetUniquePtr ds(GDALDataset::Open(output.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    QCOMPARE(QString::fromUtf8(ds->GetLayer(0)->GetSpatialRef()->GetAuthorityCode(nullptr)), u"4326"_s);
}

void TestZonalStatistics::exactCoverage()
{
    const Grid &g = m_grid;
    auto v = [&](int r, int c) { return g.at(r, c); };
    struct Case {
        PixelPolygon zone;
        double count;
        double sum;
    };
    const QList<Case> cases{
        // Half of columns 1 and 3, all of column 2, rows 1-2; (row 2, col 3) is nodata.
        {PixelPolygon{{{{1.5, 1}, {3.5, 1}, {3.5, 3}, {1.5, 3}}}}, 3.5,
         0.5 * v(1, 1) + v(1, 2) + 0.5 * v(1, 3) + 0.5 * v(2, 1) + v(2, 2)},
        // Triangle x + y <= 4: six whole pixels and four halves cut on the diagonal.
        {PixelPolygon{{{{0, 0}, {4, 0}, {0, 4}}}}, 8.0,
         v(0, 0) + v(0, 1) + v(0, 2) + v(1, 0) + v(1, 1) + v(2, 0)
             + 0.5 * (v(0, 3) + v(1, 2) + v(2, 1) + v(3, 0))},
        // Pixel-aligned square: exact equals the centre rule (16 pixels, one nodata).
        {m_zones.at(0), 15.0, bruteForce(g, m_zones.at(0)).value(u"sum"_s).toDouble()},
        // A quarter of pixel (6,6) only: its centre is outside.
        {PixelPolygon{{{{6, 6}, {6.5, 6}, {6.5, 6.5}, {6, 6.5}}}}, 0.25, 0.25 * v(6, 6)},
    };
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString zonesPath = m_tmp.filePath(u"exact_%1.gpkg"_s.arg(i));
        QVERIFY(fixtures::writeLayer(zonesPath, {cases.at(i).zone.wkt(g)}));
        const QString output = m_tmp.filePath(u"exact_out_%1.gpkg"_s.arg(i));
        auto result = run({{u"input"_s, m_raster},
                           {u"zones"_s, zonesPath},
                           {u"statistics"_s, u"count,sum,mean"_s},
                           {u"exact"_s, u"true"_s},
                           {u"output"_s, output}});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const QList<QVariantMap> rows = fixtures::readFeatures(output);
        QCOMPARE(rows.size(), 1);
        const double count = rows.first().value(u"count"_s).toDouble();
        const double sum = rows.first().value(u"sum"_s).toDouble();
        QVERIFY2(close(count, cases.at(i).count, 1e-9), qPrintable(u"case %1: count %2 vs %3"_s.arg(i).arg(count).arg(cases.at(i).count)));
        QVERIFY2(close(sum, cases.at(i).sum, 1e-9), qPrintable(u"case %1: sum %2 vs %3"_s.arg(i).arg(sum).arg(cases.at(i).sum)));
        QVERIFY(close(rows.first().value(u"mean"_s).toDouble(), cases.at(i).sum / cases.at(i).count, 1e-9));
    }
}

void TestZonalStatistics::badParameters_data()
{
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<QString>("mention");
    QTest::newRow("missing zones file") << QVariantMap{{u"zones"_s, u"/nonexistent/districts.gpkg"_s}}
                                        << u"/nonexistent/districts.gpkg"_s;
    QTest::newRow("points as zones") << QVariantMap{{u"zones"_s, u"@points"_s}} << u"polygons"_s;
    QTest::newRow("band out of range") << QVariantMap{{u"band"_s, u"2"_s}} << u"Band 2"_s;
    QTest::newRow("band not a number") << QVariantMap{{u"band"_s, u"abc"_s}} << u"abc"_s;
    QTest::newRow("band below 1") << QVariantMap{{u"band"_s, u"0"_s}} << u"out of range"_s;
    QTest::newRow("unknown statistic") << QVariantMap{{u"statistics"_s, u"count,mode"_s}} << u"mode"_s;
    QTest::newRow("unknown parameter") << QVariantMap{{u"colour"_s, u"red"_s}} << u"colour"_s;
    QTest::newRow("missing output") << QVariantMap{{u"output"_s, QString()}} << u"output"_s;
    QTest::newRow("bad exact flag") << QVariantMap{{u"exact"_s, u"maybe"_s}} << u"maybe"_s;
    QTest::newRow("field clash") << QVariantMap{{u"statistics"_s, u"count"_s}, {u"prefix"_s, u"zone_"_s}} << QString();
    QTest::newRow("output is the zones") << QVariantMap{{u"output"_s, u"@zones"_s}} << u"also an input"_s;
    QTest::newRow("unknown output format") << QVariantMap{{u"output"_s, u"out.xyz"_s}} << u"xyz"_s;
}

void TestZonalStatistics::badParameters()
{
    QFETCH(QVariantMap, changes);
    QFETCH(QString, mention);
    QVariantMap parameters{{u"input"_s, m_raster},
                           {u"zones"_s, m_zonesPath},
                           {u"output"_s, m_tmp.filePath(u"bad.gpkg"_s)}};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        parameters.insert(it.key(), it.value());
    if (qstrcmp(QTest::currentDataTag(), "field clash") == 0) {
        // "zone_" + "id" would clash; "zone_count" does not: use a stat named like a field.
        parameters.insert(u"statistics"_s, u"count"_s);
        parameters.insert(u"prefix"_s, QString());
        const QString zones = m_tmp.filePath(u"clash.gpkg"_s);
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(zones.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer *layer = ds->CreateLayer("clash", nullptr, wkbPolygon, nullptr);
        OGRFieldDefn field("count", OFTInteger);
        layer->CreateField(&field);
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        OGRGeometry *g = nullptr;
        OGRGeometryFactory::createFromWkt(m_zones.at(0).wkt(m_grid).toUtf8().constData(), nullptr, &g);
        f->SetGeometryDirectly(g);
        QCOMPARE(layer->CreateFeature(f.get()), OGRERR_NONE);
        ds.reset();
        parameters.insert(u"zones"_s, zones);
        mention = u"count"_s;
    }
    if (parameters.value(u"zones"_s) == u"@points"_s) {
        const QString points = m_tmp.filePath(u"points.gpkg"_s);
        QVERIFY(fixtures::writeLayer(points, {u"POINT (300010 8199990)"_s}));
        parameters.insert(u"zones"_s, points);
    }
    if (parameters.value(u"output"_s) == u"@zones"_s)
        parameters.insert(u"output"_s, m_zonesPath);
    if (mention == u"out.xyz"_s || qstrcmp(QTest::currentDataTag(), "unknown output format") == 0)
        parameters.insert(u"output"_s, m_tmp.filePath(u"out.xyz"_s));
    auto result = run(parameters);
    QVERIFY2(!result, "the run must fail");
    QVERIFY2(result.error().message.contains(mention), qPrintable(result.error().toString()));
}

void TestZonalStatistics::canceled()
{
    Feedback feedback;
    feedback.cancel();
    auto result = m_algorithm->run({{u"input"_s, m_raster}, {u"zones"_s, m_zonesPath}, {u"output"_s, m_tmp.filePath(u"c.gpkg"_s)}},
                                   feedback);
    QVERIFY(!result);
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"c.gpkg"_s)));
}

QTEST_GUILESS_MAIN(TestZonalStatistics)
#include "tst_zonalstatistics.moc"
