// Atlas::features(): filter, sort and page names run by GDAL's SQLite dialect
// over tests/data/layout_atlas (five squares in EPSG:32719, hand-made; FIDs 1..5
// in the GeoPackage, 0..4 in the shapefile copy), the FID mapping of both
// formats, the errors, and safeFileName().
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "layout/atlas.h"
#include "project/project.h"
#include "task/feedback.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/layout_atlas/"_s + name;
}

PrintLayout atlasLayout(const QString &coverage)
{
    PrintLayout layout(u"Atlas"_s);
    AtlasSettings atlas;
    atlas.enabled = true;
    atlas.coverageLayerId = coverage;
    layout.setAtlas(atlas);
    return layout;
}

QStringList pageNames(const QList<AtlasFeature> &features)
{
    QStringList names;
    for (const AtlasFeature &f : features)
        names.append(f.pageName);
    return names;
}

} // namespace

class TestAtlas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filterSortAndNames_data();
    void filterSortAndNames();
    void fidMatchesFeature_data();
    void fidMatchesFeature();
    void projectGeometry();
    void badExpression();
    void emptyResult();
    void coverageProblems();
    void cancel();
    void safeFileName_data();
    void safeFileName();

private:
    Project m_project;
    QString m_gpkgId;
    QString m_shpId;
};

void TestAtlas::initTestCase()
{
    auto gpkg = VectorLayer::open(fixture(u"distritos.gpkg"_s));
    QVERIFY2(gpkg, qPrintable(gpkg ? QString() : gpkg.error().toString()));
    m_gpkgId = m_project.addLayer(std::move(*gpkg))->id();
    auto shp = VectorLayer::open(fixture(u"distritos_shp.shp"_s));
    QVERIFY2(shp, qPrintable(shp ? QString() : shp.error().toString()));
    m_shpId = m_project.addLayer(std::move(*shp))->id();
}

void TestAtlas::filterSortAndNames_data()
{
    QTest::addColumn<bool>("shapefile");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<QString>("pageName");
    QTest::addColumn<QStringList>("expected");

    // Source order (no sort, no name): the FIDs.
    QTest::newRow("gpkg source order") << false << QString() << QString() << true << QString()
                                       << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    QTest::newRow("shp source order") << true << QString() << QString() << true << QString()
                                      << QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s};
    // By name: SQLite compares UTF-8 bytes, "Camaná" < "Cayma" ('m' < 'y').
    const QStringList byName{u"Camaná"_s, u"Cayma"_s, u"Ocoña"_s, u"Sachaca"_s, u"Yura"_s};
    QTest::newRow("gpkg by name") << false << QString() << u"NOMBRE"_s << true << u"NOMBRE"_s << byName;
    QTest::newRow("shp by name") << true << QString() << u"NOMBRE"_s << true << u"NOMBRE"_s << byName;
    // Population > 10000, largest first: 91000, 25000, 20000, 15000 (Ocoña has 5000).
    const QStringList byPopulation{u"Cayma"_s, u"Yura"_s, u"Sachaca"_s, u"Camaná"_s};
    QTest::newRow("gpkg filter desc") << false << u"POBLACION > 10000"_s << u"POBLACION"_s << false << u"NOMBRE"_s
                                      << byPopulation;
    QTest::newRow("shp filter desc") << true << u"POBLACION > 10000"_s << u"POBLACION"_s << false << u"NOMBRE"_s
                                     << byPopulation;
    // Expressions: province then name; a computed page name.
    QTest::newRow("expression names")
        << false << u"PROVINCIA = 'CAMANA'"_s << u"NOMBRE"_s << false << u"PROVINCIA || ' - ' || upper(NOMBRE)"_s
        << QStringList{u"CAMANA - OCOñA"_s, u"CAMANA - CAMANá"_s}; // SQLite's upper() is ASCII-only
    QTest::newRow("sort expression") << false << QString() << u"POBLACION % 7"_s << true << u"NOMBRE"_s
                                     // 91000%7=0, 25000%7=3, 15000%7=6, 5000%7=2, 20000%7=1
                                     << QStringList{u"Cayma"_s, u"Sachaca"_s, u"Ocoña"_s, u"Yura"_s, u"Camaná"_s};
}

void TestAtlas::filterSortAndNames()
{
    QFETCH(bool, shapefile);
    QFETCH(QString, filter);
    QFETCH(QString, sort);
    QFETCH(bool, ascending);
    QFETCH(QString, pageName);
    QFETCH(QStringList, expected);
    PrintLayout layout = atlasLayout(shapefile ? m_shpId : m_gpkgId);
    AtlasSettings atlas = layout.atlas();
    atlas.filterExpression = filter;
    atlas.sortExpression = sort;
    atlas.sortAscending = ascending;
    atlas.pageNameExpression = pageName;
    layout.setAtlas(atlas);
    auto features = Atlas::features(layout, m_project);
    QVERIFY2(features, qPrintable(features ? QString() : features.error().toString()));
    QCOMPARE(pageNames(*features), expected);
}

void TestAtlas::fidMatchesFeature_data()
{
    QTest::addColumn<bool>("shapefile");
    QTest::newRow("gpkg") << false;
    QTest::newRow("shp") << true;
}

// The SQL result's FID must be the provider's FID: the page name computed by
// SQLite and the NOMBRE attribute read back by FID agree for every page.
void TestAtlas::fidMatchesFeature()
{
    QFETCH(bool, shapefile);
    PrintLayout layout = atlasLayout(shapefile ? m_shpId : m_gpkgId);
    AtlasSettings atlas = layout.atlas();
    atlas.sortExpression = u"POBLACION"_s;
    atlas.pageNameExpression = u"NOMBRE"_s;
    layout.setAtlas(atlas);
    auto features = Atlas::features(layout, m_project);
    QVERIFY2(features, qPrintable(features ? QString() : features.error().toString()));
    QCOMPARE(features->size(), 5);
    for (const AtlasFeature &f : *features) {
        const int name = f.fields.indexOf(u"NOMBRE"_s);
        QVERIFY(name >= 0);
        QCOMPARE(f.attributes.value(name).toString(), f.pageName);
        QCOMPARE(f.layerId, shapefile ? m_shpId : m_gpkgId);
        QVERIFY(!f.geometry.isNull());
    }
    // Ocoña is the smallest (5000): third row of the CSV -> GPKG FID 4, shapefile FID 3.
    QCOMPARE(features->first().pageName, u"Ocoña"_s);
    QCOMPARE(features->first().fid, shapefile ? 3 : 4);
}

// The project CRS differs from the layer's: the square Cayma (200000..210000,
// 8180000..8190000 in UTM 19S) reprojected to WGS 84. Centre (205000, 8185000)
// is -71.76186, -16.39828 by `echo 205000 8185000 | gdaltransform -s_srs EPSG:32719 -t_srs EPSG:4326`;
// the reprojected box's centre is within 1e-4 degrees of it.
void TestAtlas::projectGeometry()
{
    Project project;
    auto gpkg = VectorLayer::open(fixture(u"distritos.gpkg"_s));
    QVERIFY(gpkg);
    const QString id = project.addLayer(std::move(*gpkg))->id();
    project.setCrs(*Crs::fromUserInput(u"EPSG:4326"_s));
    PrintLayout layout = atlasLayout(id);
    AtlasSettings atlas = layout.atlas();
    atlas.filterExpression = u"NOMBRE = 'Cayma'"_s;
    layout.setAtlas(atlas);
    auto features = Atlas::features(layout, project);
    QVERIFY2(features, qPrintable(features ? QString() : features.error().toString()));
    QCOMPARE(features->size(), 1);
    const Extent layerBox = features->first().geometry.boundingBox();
    QCOMPARE(layerBox.xMin(), 200000.0);
    QCOMPARE(layerBox.yMax(), 8190000.0);
    const QPointF centre = features->first().projectGeometry.boundingBox().center();
    QVERIFY2(std::abs(centre.x() - -71.76186) < 1e-4, qPrintable(QString::number(centre.x(), 'f', 6)));
    QVERIFY2(std::abs(centre.y() - -16.39828) < 1e-4, qPrintable(QString::number(centre.y(), 'f', 6)));
}

void TestAtlas::badExpression()
{
    PrintLayout layout = atlasLayout(m_gpkgId);
    AtlasSettings atlas = layout.atlas();
    atlas.filterExpression = u"POBLASION > 3"_s;
    layout.setAtlas(atlas);
    auto features = Atlas::features(layout, m_project);
    QVERIFY(!features);
    // SQLite's reason and the expression.
    QVERIFY2(features.error().message.contains(u"no such column: POBLASION"_s), qPrintable(features.error().message));
    QVERIFY2(features.error().message.contains(u"POBLASION > 3"_s), qPrintable(features.error().message));
    QVERIFY(features.error().message.contains(u"distritos.gpkg"_s));

    atlas.filterExpression.clear();
    atlas.sortExpression = u"NOMBRE +"_s;
    layout.setAtlas(atlas);
    features = Atlas::features(layout, m_project);
    QVERIFY(!features);
    QVERIFY2(features.error().message.contains(u"syntax error"_s), qPrintable(features.error().message));
    QVERIFY(features.error().message.contains(u"NOMBRE +"_s));

    // Shapefile (OGR's virtual table) too.
    layout = atlasLayout(m_shpId);
    atlas = layout.atlas();
    atlas.pageNameExpression = u"NOMBRES"_s;
    layout.setAtlas(atlas);
    features = Atlas::features(layout, m_project);
    QVERIFY(!features);
    QVERIFY2(features.error().message.contains(u"NOMBRES"_s), qPrintable(features.error().message));

    // Two statements are refused before anything runs.
    atlas.pageNameExpression = u"NOMBRE; DROP TABLE distritos"_s;
    layout.setAtlas(atlas);
    features = Atlas::features(layout, m_project);
    QVERIFY(!features);
    QVERIFY(features.error().message.contains(u"“;”"_s));
}

void TestAtlas::emptyResult()
{
    PrintLayout layout = atlasLayout(m_gpkgId);
    AtlasSettings atlas = layout.atlas();
    atlas.filterExpression = u"POBLACION > 1000000"_s;
    layout.setAtlas(atlas);
    auto features = Atlas::features(layout, m_project);
    QVERIFY(!features);
    QVERIFY2(features.error().message.contains(u"keeps no feature"_s), qPrintable(features.error().message));
    QVERIFY(features.error().message.contains(u"POBLACION > 1000000"_s));
}

void TestAtlas::coverageProblems()
{
    // No atlas.
    PrintLayout layout(u"Sin atlas"_s);
    auto features = Atlas::features(layout, m_project);
    QVERIFY(!features);
    QVERIFY(features.error().message.contains(u"no atlas"_s));
    // Not in the project.
    layout = atlasLayout(u"no-such-layer"_s);
    features = Atlas::features(layout, m_project);
    QVERIFY(!features);
    QVERIFY2(features.error().message.contains(u"not in the project"_s), qPrintable(features.error().message));
    // Missing (the project file names a file that is gone): the reason is given.
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(u"p.territoria"_s);
    QFile file(projectPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "territoria-project", "version": 1, "crs": "EPSG:32719",
                  "layers": [{"id": "gone", "name": "Perdida", "kind": "vector", "source": "./gone.gpkg"}]})");
    file.close();
    Project project;
    QVERIFY(project.load(projectPath));
    features = Atlas::features(atlasLayout(u"gone"_s), project);
    QVERIFY(!features);
    QVERIFY2(features.error().message.contains(u"Perdida"_s), qPrintable(features.error().message));
    QVERIFY(features.error().message.contains(u"gone.gpkg"_s));
    // Not a vector layer.
    auto raster = RasterLayer::open(QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/raster/tenbytenraster.asc"_s);
    QVERIFY2(raster, qPrintable(raster ? QString() : raster.error().toString()));
    const QString rasterId = project.addLayer(std::move(*raster))->id();
    features = Atlas::features(atlasLayout(rasterId), project);
    QVERIFY(!features);
    QVERIFY2(features.error().message.contains(u"not a vector layer"_s), qPrintable(features.error().message));
}

void TestAtlas::cancel()
{
    Feedback feedback;
    feedback.cancel();
    PrintLayout layout = atlasLayout(m_gpkgId);
    auto features = Atlas::features(layout, m_project, &feedback);
    QVERIFY(!features);
    QVERIFY(features.error().message.contains(u"cancelled"_s));
}

void TestAtlas::safeFileName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Cayma"_s << u"Cayma"_s;
    QTest::newRow("accents kept") << u"José Luis Bustamante y Rivero"_s << u"José Luis Bustamante y Rivero"_s;
    QTest::newRow("forbidden") << u"a/b\\c:d*e?f\"g<h>i|j"_s << u"a_b_c_d_e_f_g_h_i_j"_s;
    QTest::newRow("control") << u"a\tb\nc"_s << u"a_b_c"_s;
    QTest::newRow("trimmed") << u"  Yura  "_s << u"Yura"_s;
    QTest::newRow("dots") << u".."_s << u"unnamed"_s;
    QTest::newRow("empty") << QString() << u"unnamed"_s;
}

void TestAtlas::safeFileName()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Atlas::safeFileName(text), expected);
}

QTEST_GUILESS_MAIN(TestAtlas)
#include "tst_atlas.moc"
