// Comparison of two scenarios' result layers district by district, against
// differences worked out by hand:
//   A: 040101 pop 100 score .5 | 040102 pop 200 score .2 | 040103 pop 0 score .1 | 040104 (only A)
//   B: 040101 pop 150 score .4 | 040102 pop 180 score NULL | 040103 pop 10 score .1 | 040105 (only B)
// pop:   B − A = 50, −20, 10; % = 50, −10, none (A = 0). Sums 300 / 340, mean 40/3.
// score: B − A = −.1, none, 0.
#include "project/scenariocompare.h"

#include "../common/ogrrows.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

struct Unit {
    const char *key;
    double pop;
    double score; // NaN: NULL
};

bool writeLayer(const QString &path, const QList<Unit> &units, bool extraField, bool keyField = true)
{
    GDALAllRegister();
    QFile::remove(path);
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0, 0, 0,
                                                                                      GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(32719);
    OGRLayer *layer = ds->CreateLayer("result", &srs, wkbPolygon, nullptr);
    OGRFieldDefn ubigeo(keyField ? "ubigeo" : "code", OFTString);
    layer->CreateField(&ubigeo);
    OGRFieldDefn name("name", OFTString);
    layer->CreateField(&name);
    OGRFieldDefn pop("pop", OFTInteger64);
    layer->CreateField(&pop);
    OGRFieldDefn score("score", OFTReal);
    layer->CreateField(&score);
    if (extraField) {
        OGRFieldDefn extra("extra", OFTReal);
        layer->CreateField(&extra);
    }
    int i = 0;
    for (const Unit &u : units) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField(0, u.key);
        f->SetField("name", "n");
        f->SetField("pop", static_cast<GIntBig>(u.pop));
        if (!std::isnan(u.score))
            f->SetField("score", u.score);
        if (extraField)
            f->SetField("extra", 1.0);
        OGRGeometry *g = nullptr;
        const QByteArray wkt = u"POLYGON ((%1 0, %2 0, %2 1000, %1 1000, %1 0))"_s.arg(1000 * i).arg(1000 * i + 1000).toUtf8();
        OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g);
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
        ++i;
    }
    return true;
}

bool near(double v, double expected)
{
    return std::abs(v - expected) < 1e-9;
}

} // namespace

class TestScenarioCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void differencesByHand();
    void outputFiles();
    void errors();

private:
    QTemporaryDir m_tmp;
    QString m_a, m_b;
};

void TestScenarioCompare::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_a = m_tmp.filePath(u"a.gpkg"_s);
    m_b = m_tmp.filePath(u"b.gpkg"_s);
    const double none = std::nan("");
    QVERIFY(writeLayer(m_a, {{"040101", 100, 0.5}, {"040102", 200, 0.2}, {"040103", 0, 0.1}, {"040104", 7, 0.3}}, true));
    QVERIFY(writeLayer(m_b, {{"040105", 1, 0.1}, {"040103", 10, 0.1}, {"040102", 180, none}, {"040101", 150, 0.4}}, false));
}

void TestScenarioCompare::differencesByHand()
{
    auto c = ScenarioCompare::compare(m_a, m_b, u"ubigeo"_s, {});
    QVERIFY2(c.has_value(), c ? "" : qPrintable(c.error().message));
    QCOMPARE(c->fields, (QStringList{u"pop"_s, u"score"_s})); // "extra" is only in A, "name" is text
    QCOMPARE(c->rows.size(), 3);
    QCOMPARE(c->rows[0].key, u"040101"_s); // A's order
    QCOMPARE(c->onlyInA, QStringList{u"040104"_s});
    QCOMPARE(c->onlyInB, QStringList{u"040105"_s});
    QVERIFY(near(c->rows[0].difference(0), 50));
    QVERIFY(near(c->rows[0].percent(0), 50));
    QVERIFY(near(c->rows[1].difference(0), -20));
    QVERIFY(near(c->rows[1].percent(0), -10));
    QVERIFY(near(c->rows[2].difference(0), 10));
    QVERIFY(std::isnan(c->rows[2].percent(0)));
    QVERIFY(near(c->rows[0].difference(1), -0.1));
    QVERIFY(near(c->rows[0].percent(1), -20));
    QVERIFY(std::isnan(c->rows[1].difference(1)));
    QVERIFY(near(c->rows[2].difference(1), 0));

    const ScenarioFieldSummary &pop = c->summaries[0];
    QCOMPARE(pop.field, u"pop"_s);
    QVERIFY(near(pop.sumA, 300));
    QVERIFY(near(pop.sumB, 340));
    QVERIFY(near(pop.meanDifference, 40.0 / 3.0));
    QCOMPARE(pop.increased, 2);
    QCOMPARE(pop.decreased, 1);
    QCOMPARE(pop.largestIncreaseKey, u"040101"_s);
    QVERIFY(near(pop.largestIncrease, 50));
    QCOMPARE(pop.largestDecreaseKey, u"040102"_s);
    QVERIFY(near(pop.largestDecrease, -20));
    const ScenarioFieldSummary &score = c->summaries[1];
    QCOMPARE(score.increased, 0);
    QCOMPARE(score.decreased, 1);
    QCOMPARE(score.unchanged, 1);
    QVERIFY(near(score.meanDifference, -0.05));
    QVERIFY(score.largestIncreaseKey.isEmpty());

    const QString text = c->summaryText(u"Base"_s, u"Sequía"_s);
    QVERIFY(text.contains(u"3 units"_s));
    QVERIFY(text.contains(u"“Sequía”"_s));
    QVERIFY(text.contains(u"040104"_s));
    QVERIFY(text.contains(u"largest rise 040101"_s));
}

void TestScenarioCompare::outputFiles()
{
    const QString dir = m_tmp.filePath(u"out/comparación"_s);
    auto c = ScenarioCompare::compare(m_a + u"|layername=result"_s, m_b, u"ubigeo"_s, dir, u"base_vs_sequia"_s);
    QVERIFY2(c.has_value(), c ? "" : qPrintable(c.error().message));
    QCOMPARE(c->csvPath, QString(dir + u"/base_vs_sequia.csv"_s));
    QFile csv(c->csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], u"ubigeo,pop_a,pop_b,pop_diff,pop_pct,score_a,score_b,score_diff,score_pct"_s);
    // 0.4 − 0.5 and 100 (0.4 − 0.5) / 0.5 with 12 significant digits.
    QCOMPARE(lines[1], u"040101,100,150,50,50,0.5,0.4,-0.1,-20"_s);
    QCOMPARE(lines[2], u"040102,200,180,-20,-10,0.2,,,"_s);
    QCOMPARE(lines[3], u"040103,0,10,10,,0.1,0.1,0,0"_s);

    // The difference map: A's geometry, the key and the four columns per field.
    const QList<QVariantMap> rows = test::readOgrRows(c->gpkgPath, test::GeometryPresence::Include);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].value(u"ubigeo"_s).toString(), u"040101"_s);
    QVERIFY(near(rows[0].value(u"pop_diff"_s).toDouble(), 50));
    QVERIFY(near(rows[1].value(u"pop_pct"_s).toDouble(), -10));
    QVERIFY(!rows[1].contains(u"score_diff"_s)); // NULL
    QVERIFY(!rows[2].contains(u"pop_pct"_s));
    QVERIFY(rows[2].value(u"__has_geometry"_s).toBool());
    GDALDatasetUniquePtr ds(GDALDataset::Open(c->gpkgPath.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer *layer = ds->GetLayerByName("difference");
    QVERIFY(layer);
    QVERIFY(layer->GetSpatialRef());
    QCOMPARE(QString::fromLatin1(layer->GetSpatialRef()->GetAuthorityCode(nullptr)), u"32719"_s);
    OGREnvelope env;
    layer->GetExtent(&env);
    QCOMPARE(env.MinX, 0.0);
    QCOMPARE(env.MaxX, 3000.0);

    // Run again: files are replaced, not appended to.
    auto again = ScenarioCompare::compare(m_a, m_b, u"ubigeo"_s, dir, u"base_vs_sequia"_s);
    QVERIFY(again.has_value());
    QCOMPARE(test::readOgrRows(again->gpkgPath).size(), 3);
}

void TestScenarioCompare::errors()
{
    auto noKey = ScenarioCompare::compare(m_a, m_b, u"district"_s, {});
    QVERIFY(!noKey.has_value());
    QVERIFY(noKey.error().message.contains(u"district"_s));
    QVERIFY(noKey.error().message.contains(u"a.gpkg"_s));

    auto emptyKey = ScenarioCompare::compare(m_a, m_b, {}, {});
    QVERIFY(!emptyKey.has_value());

    const QString dup = m_tmp.filePath(u"dup.gpkg"_s);
    QVERIFY(writeLayer(dup, {{"040101", 1, 1}, {"040101", 2, 2}}, false));
    auto duplicated = ScenarioCompare::compare(dup, m_b, u"ubigeo"_s, {});
    QVERIFY(!duplicated.has_value());
    QVERIFY(duplicated.error().message.contains(u"not unique"_s));
    QVERIFY(duplicated.error().message.contains(u"040101"_s));

    const QString other = m_tmp.filePath(u"other.gpkg"_s);
    QVERIFY(writeLayer(other, {{"999999", 1, 1}}, false));
    auto nothing = ScenarioCompare::compare(m_a, other, u"ubigeo"_s, {});
    QVERIFY(!nothing.has_value());
    QVERIFY(nothing.error().message.contains(u"No unit"_s));

    auto missing = ScenarioCompare::compare(m_tmp.filePath(u"nope.gpkg"_s), m_b, u"ubigeo"_s, {});
    QVERIFY(!missing.has_value());
    QVERIFY(missing.error().message.contains(u"nope.gpkg"_s));
}

QTEST_GUILESS_MAIN(TestScenarioCompare)
#include "tst_scenariocompare.moc"
