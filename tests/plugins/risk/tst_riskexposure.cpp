// risk:exposure on a hand-built set (coordinates relative to (300000, 8200000) in
// EPSG:32719, metres):
//   districts  A = [0,50]×[0,100], B = [50,100]×[0,100]
//   hazard     Z1 = [0,40]×[0,40] "muy alto", Z2 = [40,100]×[0,40] "alto",
//              Z3 = [0,100]×[60,100] "bajo" (nothing at 40 < y < 60)
//   buildings  10 footprints with known centroids, one an L whose bounding-box
//              centre (45, 15) is in Z2 while its centroid (37.91, 13.23) is in Z1
//   roads      (20,30)-(70,30): 20 m in Z1/A, 10 m in Z2/A, 20 m in Z2/B;
//              (90,0)-(90,100): 40 m in Z2/B, 40 m in Z3/B (20 m in no zone)
//   population 4×4 cells of 25 m, cell (r, c) holds 4r + c + 1
// Every expected number below is worked out by hand from these figures.
#include "analysis/algorithmregistry.h"
#include "task/feedback.h"

#include "fixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;
using riskfixtures::box;
using riskfixtures::Column;

namespace {

constexpr double X0 = 300000, Y0 = 8200000;

QString shifted(const QString &wkt)
{
    // "x y" pairs in a WKT written with small numbers → shifted by (X0, Y0).
    QString out;
    const QStringList tokens = wkt.split(u' ');
    Q_UNUSED(tokens);
    QString number;
    bool isX = true;
    auto flush = [&]() {
        if (number.isEmpty())
            return;
        out += QString::number(number.toDouble() + (isX ? X0 : Y0), 'f', 6);
        isX = !isX;
        number.clear();
    };
    for (QChar c : wkt) {
        if (c.isDigit() || c == u'.' || c == u'-')
            number += c;
        else {
            flush();
            out += c;
        }
    }
    flush();
    return out;
}

// (zone, level code) -> row.
QMap<QPair<QString, int>, QVariantMap> byZoneAndLevel(const QList<QVariantMap> &rows)
{
    QMap<QPair<QString, int>, QVariantMap> map;
    for (const QVariantMap &r : rows)
        map.insert({r.value(u"zone"_s).toString(), r.value(u"level_code"_s).toInt()}, r);
    return map;
}

} // namespace

class TestRiskExposure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildingsByCentroid();
    void roadsByLength();
    void populationByCell();
    void csvOutput();
    void layerOutput();
    void hazardRaster();
    void overlappingZones();
    void crsMismatch();
    void badInputs_data();
    void badInputs();

private:
    Result<QVariantMap> run(QVariantMap parameters, QStringList *warnings = nullptr)
    {
        const Algorithm *algorithm = m_registry.algorithm(u"risk:exposure"_s);
        if (!algorithm)
            return std::unexpected(Error{u"no risk:exposure"_s, {}, {}});
        Feedback feedback;
        QSignalSpy spy(&feedback, &Feedback::warningPushed);
        auto result = algorithm->run(parameters, feedback);
        if (warnings)
            for (const auto &args : spy)
                *warnings << args.at(0).toString();
        return result;
    }
    QVariantMap base(const QString &output) const
    {
        return {{u"hazard"_s, path(u"hazard.gpkg"_s)},
                {u"hazard_field"_s, u"level"_s},
                {u"zones"_s, path(u"districts.gpkg"_s)},
                {u"zone_field"_s, u"name"_s},
                {u"output"_s, path(output)}};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    AlgorithmRegistry m_registry;
    QTemporaryDir m_dir;
};

void TestRiskExposure::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_registry.loadPlugins();
    QVERIFY(m_registry.algorithm(u"risk:exposure"_s));
    QVERIFY(riskfixtures::writeLayer(path(u"districts.gpkg"_s), {box(0, 0, 50, 100, X0, Y0), box(50, 0, 100, 100, X0, Y0)},
                                     {Column{u"name"_s, OFTString, {u"A"_s, u"B"_s}}}));
    const QStringList zones{box(0, 0, 40, 40, X0, Y0), box(40, 0, 100, 40, X0, Y0), box(0, 60, 100, 100, X0, Y0)};
    QVERIFY(riskfixtures::writeLayer(path(u"hazard.gpkg"_s), zones,
                                     {Column{u"level"_s, OFTString, {u"muy alto"_s, u"alto"_s, u"bajo"_s}}}));
    const QStringList buildings{
        box(10, 10, 14, 14, X0, Y0), // b1 (12,12) A Z1, 16 m²
        box(20, 20, 26, 26, X0, Y0), // b2 (23,23) A Z1, 36 m²
        box(60, 10, 64, 14, X0, Y0), // b3 (62,12) B Z2, 16 m²
        // b4: an L of 66 m²: block [30,34]×[10,20] and arm [34,60]×[10,11]; centroid
        // x = (40×32 + 26×47)/66 = 37.91, y = (40×15 + 26×10.5)/66 = 13.23 → A, Z1;
        // its bounding-box centre (45, 15) would be in Z2.
        shifted(u"POLYGON ((30 10, 60 10, 60 11, 34 11, 34 20, 30 20, 30 10))"_s),
        box(70, 70, 74, 74, X0, Y0), // b5 (72,72) B Z3, 16 m²
        box(10, 80, 12, 82, X0, Y0), // b6 (11,81) A Z3, 4 m²
        box(45, 45, 47, 47, X0, Y0), // b7 (46,46) A, no hazard
        box(80, 20, 84, 24, X0, Y0), // b8 (82,22) B Z2, 16 m²
        box(52, 30, 56, 34, X0, Y0), // b9 (54,32) B Z2, 16 m²
        box(90, 90, 92, 92, X0, Y0), // b10 (91,91) B Z3, 4 m²
    };
    QVERIFY(riskfixtures::writeLayer(path(u"buildings.gpkg"_s), buildings, {Column{u"id"_s, OFTInteger, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}}}));
    QVERIFY(riskfixtures::writeLayer(path(u"roads.gpkg"_s),
                                     {shifted(u"LINESTRING (20 30, 70 30)"_s), shifted(u"LINESTRING (90 0, 90 100)"_s)},
                                     {Column{u"id"_s, OFTInteger, {1, 2}}}));
    std::vector<double> pop;
    for (int i = 0; i < 16; ++i)
        pop.push_back(i + 1);
    QVERIFY(riskfixtures::writeRaster(path(u"pop.tif"_s), 4, 4, X0, Y0 + 100, 25, pop));
}

void TestRiskExposure::buildingsByCentroid()
{
    QVariantMap p = base(u"exposure.gpkg"_s);
    p.insert(u"exposure"_s, path(u"buildings.gpkg"_s));
    QStringList warnings;
    auto result = run(p, &warnings);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(result->value(u"exposed"_s).toLongLong(), 9);
    QCOMPARE(result->value(u"not_exposed"_s).toLongLong(), 1);
    QCOMPARE(result->value(u"outside_zones"_s).toLongLong(), 0);
    const QList<QVariantMap> rows = territoria::test::readOgrRows(path(u"exposure.gpkg"_s));
    QCOMPARE(rows.size(), 8); // 2 districts × 4 levels
    QCOMPARE(rows[0].value(u"zone"_s).toString(), u"A"_s);
    QCOMPARE(rows[0].value(u"level_code"_s).toInt(), 4); // very high first
    QCOMPARE(rows[0].value(u"level"_s).toString(), u"muy alto"_s);
    QVERIFY(!rows[0].contains(u"length_m"_s) && !rows[0].contains(u"people"_s));
    const auto table = byZoneAndLevel(rows);
    struct Expected {
        const char *zone;
        int level;
        qint64 count;
        double area;
    };
    const Expected expected[] = {{"A", 4, 3, 16 + 36 + 66}, {"A", 3, 0, 0}, {"A", 2, 0, 0}, {"A", 1, 1, 4},
                                 {"B", 4, 0, 0},            {"B", 3, 3, 48}, {"B", 2, 0, 0}, {"B", 1, 2, 20}};
    for (const Expected &e : expected) {
        const QVariantMap row = table.value({QString::fromLatin1(e.zone), e.level});
        QCOMPARE(row.value(u"count"_s).toLongLong(), e.count);
        QVERIFY2(std::abs(row.value(u"area_m2"_s).toDouble() - e.area) < 1e-6, qPrintable(u"%1 %2"_s.arg(QString::fromLatin1(e.zone)).arg(e.level)));
    }
    QCOMPARE(result->value(u"per_level"_s).toList(), (QVariantList{3, 0, 3, 3}));
    // The table says how buildings were assigned.
    GDALDatasetUniquePtr ds(GDALDataset::Open(path(u"exposure.gpkg"_s).toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds && ds->GetLayer(0));
    const QString description = QString::fromUtf8(ds->GetLayer(0)->GetMetadataItem("DESCRIPTION"));
    QVERIFY2(description.contains(u"centroid"_s), qPrintable(description));
}

void TestRiskExposure::roadsByLength()
{
    QVariantMap p = base(u"roads_exposure.gpkg"_s);
    p.insert(u"exposure"_s, path(u"roads.gpkg"_s));
    auto result = run(p);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const auto table = byZoneAndLevel(territoria::test::readOgrRows(path(u"roads_exposure.gpkg"_s)));
    struct Expected {
        const char *zone;
        int level;
        qint64 count;
        double length;
    };
    const Expected expected[] = {{"A", 4, 1, 20}, {"A", 3, 1, 10}, {"A", 2, 0, 0}, {"A", 1, 0, 0},
                                 {"B", 4, 0, 0},  {"B", 3, 2, 60}, {"B", 2, 0, 0}, {"B", 1, 1, 40}};
    for (const Expected &e : expected) {
        const QVariantMap row = table.value({QString::fromLatin1(e.zone), e.level});
        QCOMPARE(row.value(u"count"_s).toLongLong(), e.count);
        QVERIFY2(std::abs(row.value(u"length_m"_s).toDouble() - e.length) < 1e-6,
                 qPrintable(u"%1 %2: %3"_s.arg(QString::fromLatin1(e.zone)).arg(e.level).arg(row.value(u"length_m"_s).toDouble())));
        QVERIFY(!row.contains(u"area_m2"_s));
    }
}

void TestRiskExposure::populationByCell()
{
    QVariantMap p = base(u"people.gpkg"_s);
    p.insert(u"exposure"_s, path(u"buildings.gpkg"_s));
    p.insert(u"population"_s, path(u"pop.tif"_s));
    auto result = run(p);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    // Cell centres x = 12.5, 37.5 (A), 62.5, 87.5 (B); y = 87.5, 62.5 (Z3), 37.5, 12.5 (Z1 | Z2).
    // A very high: 9 + 10 + 13 + 14 = 46; A low: 1 + 2 + 5 + 6 = 14;
    // B high: 11 + 12 + 15 + 16 = 54; B low: 3 + 4 + 7 + 8 = 22.
    const auto table = byZoneAndLevel(territoria::test::readOgrRows(path(u"people.gpkg"_s)));
    QCOMPARE(table.value({u"A"_s, 4}).value(u"people"_s).toDouble(), 46.0);
    QCOMPARE(table.value({u"A"_s, 1}).value(u"people"_s).toDouble(), 14.0);
    QCOMPARE(table.value({u"B"_s, 3}).value(u"people"_s).toDouble(), 54.0);
    QCOMPARE(table.value({u"B"_s, 1}).value(u"people"_s).toDouble(), 22.0);
    QCOMPARE(table.value({u"A"_s, 3}).value(u"people"_s).toDouble(), 0.0);
    QCOMPARE(table.value({u"B"_s, 4}).value(u"people"_s).toDouble(), 0.0);
    QCOMPARE(result->value(u"people"_s).toDouble(), 136.0);
    QCOMPARE(table.value({u"A"_s, 4}).value(u"count"_s).toLongLong(), 3);
}

void TestRiskExposure::csvOutput()
{
    QVariantMap p = base(u"exposure.csv"_s);
    p.insert(u"exposure"_s, path(u"buildings.gpkg"_s));
    auto result = run(p);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QFile file(path(u"exposure.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines[0].trimmed(), u"zone,level,level_code,count,area_m2"_s);
    QVERIFY2(lines[1].startsWith(u"A,muy alto,4,3,118"_s), qPrintable(lines[1]));
    // And the extra csv_output beside a GeoPackage.
    QVariantMap q = base(u"exposure_both.gpkg"_s);
    q.insert(u"exposure"_s, path(u"buildings.gpkg"_s));
    q.insert(u"csv_output"_s, path(u"exposure_both.csv"_s));
    QVERIFY(run(q));
    QVERIFY(QFile::exists(path(u"exposure_both.csv"_s)));
    QCOMPARE(territoria::test::readOgrRows(path(u"exposure_both.gpkg"_s)).size(), 8);
}

void TestRiskExposure::layerOutput()
{
    QVariantMap p = base(u"exposure_table.gpkg"_s);
    p.insert(u"exposure"_s, path(u"buildings.gpkg"_s));
    p.insert(u"population"_s, path(u"pop.tif"_s));
    p.insert(u"layer_output"_s, path(u"districts_exposure.gpkg"_s));
    auto result = run(p);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const QList<QVariantMap> rows = territoria::test::readOgrRows(path(u"districts_exposure.gpkg"_s), territoria::test::GeometryPresence::Include);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].value(u"name"_s).toString(), u"A"_s);
    QVERIFY(rows[0].value(u"__has_geometry"_s).toBool());
    QCOMPARE(rows[0].value(u"count_very_high"_s).toLongLong(), 3);
    QCOMPARE(rows[0].value(u"count_low"_s).toLongLong(), 1);
    QCOMPARE(rows[1].value(u"count_high"_s).toLongLong(), 3);
    QCOMPARE(rows[1].value(u"count_low"_s).toLongLong(), 2);
    QCOMPARE(rows[0].value(u"people_very_high"_s).toDouble(), 46.0);
    QCOMPARE(rows[1].value(u"people_high"_s).toDouble(), 54.0);
    QVERIFY(std::abs(rows[0].value(u"area_m2_very_high"_s).toDouble() - 118.0) < 1e-6);
}

void TestRiskExposure::hazardRaster()
{
    // Flood depth on the 4×4 grid: row 0 1.5 m, row 1 0.6 m, row 2 0.2 m, row 3 0.05 m.
    // Thresholds 0.1, 0.5, 1, 2: row 0 high, row 1 medium, row 2 low, row 3 none.
    std::vector<double> depth;
    for (double d : {1.5, 0.6, 0.2, 0.05})
        for (int c = 0; c < 4; ++c)
            depth.push_back(d);
    QVERIFY(riskfixtures::writeRaster(path(u"depth.tif"_s), 4, 4, X0, Y0 + 100, 25, depth));
    QVariantMap p{{u"hazard_raster"_s, path(u"depth.tif"_s)},
                  {u"thresholds"_s, u"0.1,0.5,1,2"_s},
                  {u"exposure"_s, path(u"buildings.gpkg"_s)},
                  {u"zones"_s, path(u"districts.gpkg"_s)},
                  {u"zone_field"_s, u"name"_s},
                  {u"output"_s, path(u"flood.gpkg"_s)}};
    auto result = run(p);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    // Rows y in (75,100] high: b6 (A), b10 (B); (50,75] medium: b5 (B); (25,50] low:
    // b7 (A), b9 (B; y = 32); y <= 25 nothing: b1, b2, b3, b4, b8.
    const auto table = byZoneAndLevel(territoria::test::readOgrRows(path(u"flood.gpkg"_s)));
    QCOMPARE(table.value({u"A"_s, 3}).value(u"count"_s).toLongLong(), 1);
    QCOMPARE(table.value({u"B"_s, 3}).value(u"count"_s).toLongLong(), 1);
    QCOMPARE(table.value({u"B"_s, 2}).value(u"count"_s).toLongLong(), 1);
    QCOMPARE(table.value({u"A"_s, 1}).value(u"count"_s).toLongLong(), 1);
    QCOMPARE(table.value({u"B"_s, 1}).value(u"count"_s).toLongLong(), 1);
    QCOMPARE(table.value({u"A"_s, 4}).value(u"count"_s).toLongLong(), 0);
    QCOMPARE(result->value(u"not_exposed"_s).toLongLong(), 5);
}

void TestRiskExposure::overlappingZones()
{
    // Z4 = [30,50]×[0,20] "medio" overlaps Z1 and Z2 (features 1–4 and 2–4); b4's
    // centroid (37.9, 13.2) is in Z1 and Z4.
    const QStringList zones{box(0, 0, 40, 40, X0, Y0), box(40, 0, 100, 40, X0, Y0), box(0, 60, 100, 100, X0, Y0),
                            box(30, 0, 50, 20, X0, Y0)};
    QVERIFY(riskfixtures::writeLayer(path(u"overlap.gpkg"_s), zones,
                                     {Column{u"level"_s, OFTString, {u"muy alto"_s, u"alto"_s, u"bajo"_s, u"medio"_s}}}));
    QVariantMap p = base(u"overlap_highest.gpkg"_s);
    p.insert(u"hazard"_s, path(u"overlap.gpkg"_s));
    p.insert(u"exposure"_s, path(u"buildings.gpkg"_s));
    QStringList warnings;
    auto highest = run(p, &warnings);
    QVERIFY2(highest, highest ? "" : qPrintable(highest.error().message));
    QCOMPARE(highest->value(u"overlapping_pairs"_s).toLongLong(), 2);
    QVERIFY2(warnings.join(u' ').contains(u"1–4"_s) && warnings.join(u' ').contains(u"2–4"_s), qPrintable(warnings.join(u'\n')));
    auto table = byZoneAndLevel(territoria::test::readOgrRows(path(u"overlap_highest.gpkg"_s)));
    QCOMPARE(table.value({u"A"_s, 4}).value(u"count"_s).toLongLong(), 3); // b4 stays very high
    QCOMPARE(table.value({u"A"_s, 2}).value(u"count"_s).toLongLong(), 0);

    p.insert(u"overlaps"_s, u"each_zone"_s);
    p.insert(u"output"_s, path(u"overlap_each.gpkg"_s));
    auto each = run(p);
    QVERIFY(each);
    table = byZoneAndLevel(territoria::test::readOgrRows(path(u"overlap_each.gpkg"_s)));
    QCOMPARE(table.value({u"A"_s, 4}).value(u"count"_s).toLongLong(), 3);
    QCOMPARE(table.value({u"A"_s, 2}).value(u"count"_s).toLongLong(), 1); // b4 in Z4 as well

    p.insert(u"overlaps"_s, u"refuse"_s);
    p.insert(u"output"_s, path(u"overlap_refused.gpkg"_s));
    auto refused = run(p);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"overlap"_s) && refused.error().message.contains(u"1–4"_s),
             qPrintable(refused.error().message));
}

void TestRiskExposure::crsMismatch()
{
    // The districts in geographic coordinates: reprojected explicitly, with a
    // warning, and the same counts.
    QVERIFY(riskfixtures::writeLayer(path(u"districts_4326.gpkg"_s), {box(0, 0, 50, 100, X0, Y0), box(50, 0, 100, 100, X0, Y0)},
                                     {Column{u"name"_s, OFTString, {u"A"_s, u"B"_s}}}, 32719, 4326));
    QVariantMap p = base(u"exposure_4326.gpkg"_s);
    p.insert(u"zones"_s, path(u"districts_4326.gpkg"_s));
    p.insert(u"exposure"_s, path(u"buildings.gpkg"_s));
    QStringList warnings;
    auto result = run(p, &warnings);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QVERIFY2(warnings.join(u' ').contains(u"reprojecting"_s), qPrintable(warnings.join(u'\n')));
    const auto table = byZoneAndLevel(territoria::test::readOgrRows(path(u"exposure_4326.gpkg"_s)));
    QCOMPARE(table.value({u"A"_s, 4}).value(u"count"_s).toLongLong(), 3);
    QCOMPARE(table.value({u"B"_s, 3}).value(u"count"_s).toLongLong(), 3);

    // A population raster in another CRS is refused (no silent resampling).
    std::vector<double> pop(16, 1.0);
    QVERIFY(riskfixtures::writeRaster(path(u"pop_32718.tif"_s), 4, 4, X0, Y0 + 100, 25, pop, 32718));
    QVariantMap q = base(u"exposure_pop.gpkg"_s);
    q.insert(u"population"_s, path(u"pop_32718.tif"_s));
    auto refused = run(q);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"pop_32718.tif"_s) && refused.error().message.contains(u"CRS"_s),
             qPrintable(refused.error().message));
}

void TestRiskExposure::badInputs_data()
{
    QTest::addColumn<QString>("hazard");
    QTest::addColumn<QString>("exposure");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hazard without a level field") << u"nolevel.gpkg"_s << u"buildings.gpkg"_s << u"level"_s;
    QTest::newRow("hazard with unknown levels") << u"badlevel.gpkg"_s << u"buildings.gpkg"_s << u"extremo"_s;
    QTest::newRow("empty exposure") << u"hazard.gpkg"_s << u"empty.gpkg"_s << u"no features"_s;
}

void TestRiskExposure::badInputs()
{
    QFETCH(QString, hazard);
    QFETCH(QString, exposure);
    QFETCH(QString, expected);
    if (!QFile::exists(path(u"nolevel.gpkg"_s))) {
        QVERIFY(riskfixtures::writeLayer(path(u"nolevel.gpkg"_s), {box(0, 0, 40, 40, X0, Y0)}, {Column{u"nivel"_s, OFTString, {u"alto"_s}}}));
        QVERIFY(riskfixtures::writeLayer(path(u"badlevel.gpkg"_s), {box(0, 0, 40, 40, X0, Y0)}, {Column{u"level"_s, OFTString, {u"extremo"_s}}}));
        QVERIFY(riskfixtures::writeLayer(path(u"empty.gpkg"_s), {}, {Column{u"id"_s, OFTInteger, {}}}, 32719, 32719, wkbPolygon));
    }
    QVariantMap p = base(u"bad.gpkg"_s);
    p.remove(u"hazard_field"_s); // the default "level"
    p.insert(u"hazard"_s, path(hazard));
    p.insert(u"exposure"_s, path(exposure));
    auto result = run(p);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(hazard) || result.error().message.contains(exposure), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestRiskExposure)
#include "tst_riskexposure.moc"
