// TableJoin: text keys with leading zeros, trimming, duplicates (first row wins),
// unmatched keys on both sides, integer against text keys (type mismatch and zero
// padding), and the real Arequipa excerpt joined to the demo districts (29/29).
#include "../common/ogrrows.h"
#include "data/join.h"
#include "data/tableimport.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/indicators/"_s + name;
}

// Four squares with a text key "ubigeo" and an integer key "codnum".
bool writeDistricts(const QString &path)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0, 0, 0,
                                                                                      GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(32719);
    OGRLayer *layer = ds->CreateLayer("distritos", &srs, wkbPolygon, nullptr);
    OGRFieldDefn ubigeo("ubigeo", OFTString), codnum("codnum", OFTInteger);
    layer->CreateField(&ubigeo);
    layer->CreateField(&codnum);
    const char *codes[] = {"040101", "040102", "040103", "040199"};
    for (int i = 0; i < 4; ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField(0, codes[i]);
        f->SetField(1, atoi(codes[i]));
        OGRGeometry *g = nullptr;
        const QByteArray wkt = u"POLYGON ((%1 8200000, %2 8200000, %2 8201000, %1 8201000, %1 8200000))"_s
                                   .arg(300000 + 1000 * i)
                                   .arg(301000 + 1000 * i)
                                   .toUtf8();
        OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g);
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

QList<QVariantMap> readRows(const QString &path)
{
    return test::readOgrRows(path, test::GeometryPresence::Include);
}

} // namespace

class TestJoin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyText();
    void textKeys();
    void integerAgainstText();
    void zeroPadding();
    void arequipa();
    void errors();

private:
    Table table(const QString &keyColumn = u"ubigeo"_s)
    {
        TableImportOptions options;
        options.textColumns = {keyColumn};
        auto t = TableImporter::read(m_csv, options);
        return t ? *t : Table{};
    }
    QTemporaryDir m_tmp;
    QString m_layer;
    QString m_csv;
};

void TestJoin::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_layer = m_tmp.filePath(u"distritos.gpkg"_s);
    QVERIFY(writeDistricts(m_layer));
    m_csv = m_tmp.filePath(u"valores.csv"_s);
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    // 040102 twice (the first row, 20, wins), 040104 has no district, " 040103 " is trimmed.
    csv.write("ubigeo,valor,nombre\n040101,10,uno\n040102,20,dos\n040102,99,dos bis\n040104,40,cuatro\n\" 040103 \",30,tres\n");
}

void TestJoin::keyText()
{
    QCOMPARE(TableJoin::keyText(u" 040101 "_s), u"040101"_s);
    QCOMPARE(TableJoin::keyText(40101.0), u"40101"_s);
    QCOMPARE(TableJoin::keyText(qlonglong(40101), 6), u"040101"_s);
    QCOMPARE(TableJoin::keyText(u"40101"_s, 6), u"040101"_s);
    QCOMPARE(TableJoin::keyText(u"A1"_s, 6), u"A1"_s); // only digits are padded
    QCOMPARE(TableJoin::keyText(u"0401011"_s, 6), u"0401011"_s);
}

void TestJoin::textKeys()
{
    const Table t = table();
    QCOMPARE(t.rowCount(), 5);
    JoinOptions options;
    options.layerField = u"ubigeo"_s;
    options.tableField = u"ubigeo"_s;
    options.prefix = u"t_"_s;
    const QString output = m_tmp.filePath(u"joined.gpkg"_s);
    auto report = TableJoin::joinToFile(m_layer, t, options, output);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->layerFeatureCount, 4);
    QCOMPARE(report->tableRowCount, 5);
    QCOMPARE(report->matchedCount, 3);
    QCOMPARE(report->unmatchedLayerKeys, QStringList{u"040199"_s});
    QCOMPARE(report->unmatchedTableKeys, QStringList{u"040104"_s});
    QCOMPARE(report->duplicateTableKeys, QStringList{u"040102"_s});
    QVERIFY(!report->typeMismatch);
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY(report->warnings[0].contains(u"040102"_s));

    const QList<QVariantMap> rows = readRows(output);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].value(u"ubigeo"_s).toString(), u"040101"_s);
    QCOMPARE(rows[0].value(u"t_valor"_s).toLongLong(), 10);
    QCOMPARE(rows[0].value(u"t_nombre"_s).toString(), u"uno"_s);
    QCOMPARE(rows[1].value(u"t_valor"_s).toLongLong(), 20); // first duplicate row
    QCOMPARE(rows[2].value(u"t_valor"_s).toLongLong(), 30); // trimmed key
    QVERIFY(!rows[3].contains(u"t_valor"_s));               // no row: empty
    QVERIFY(!rows[0].contains(u"t_ubigeo"_s));              // the key is not repeated
    QVERIFY(rows[3].value(u"__has_geometry"_s).toBool());
    QCOMPARE(rows[3].value(u"codnum"_s).toLongLong(), 40199);

    const QVariantMap map = report->toVariantMap();
    QCOMPARE(map.value(u"matched_count"_s).toInt(), 3);
    QCOMPARE(map.value(u"unmatched_table_keys"_s).toStringList(), QStringList{u"040104"_s});
}

void TestJoin::integerAgainstText()
{
    JoinOptions options;
    options.layerField = u"codnum"_s; // 40101 as an integer
    options.tableField = u"ubigeo"_s; // "040101" as text
    auto report = TableJoin::joinToFile(m_layer, table(), options, m_tmp.filePath(u"mismatch.gpkg"_s));
    QVERIFY(report);
    QCOMPARE(report->matchedCount, 0);
    QVERIFY(report->typeMismatch);
    QVERIFY2(report->hint.contains(u"width 6"_s), qPrintable(report->hint));
    QVERIFY2(report->hint.contains(u"40101"_s) && report->hint.contains(u"040101"_s), qPrintable(report->hint));
    QVERIFY2(report->hint.contains(u"numbers"_s), qPrintable(report->hint));
}

void TestJoin::zeroPadding()
{
    JoinOptions options;
    options.layerField = u"codnum"_s;
    options.tableField = u"ubigeo"_s;
    options.zeroPadWidth = 6;
    const QString output = m_tmp.filePath(u"padded.gpkg"_s);
    auto report = TableJoin::joinToFile(m_layer, table(), options, output);
    QVERIFY(report);
    QCOMPARE(report->matchedCount, 3);
    QVERIFY(!report->typeMismatch);
    QCOMPARE(report->unmatchedLayerKeys, QStringList{u"040199"_s});
    const QList<QVariantMap> rows = readRows(output);
    QCOMPARE(rows[2].value(u"valor"_s).toLongLong(), 30);
}

void TestJoin::arequipa()
{
    TableImportOptions importOptions;
    importOptions.textColumns = {u"inei"_s};
    auto t = TableImporter::read(data(u"ubigeo_arequipa.csv"_s), importOptions);
    QVERIFY(t);
    JoinOptions options;
    options.layerField = u"IDDIST"_s;
    options.tableField = u"inei"_s;
    options.prefix = u"u_"_s;
    const QString districts = QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/distritos_arequipa.geojson"_s;
    const QString output = m_tmp.filePath(u"arequipa.gpkg"_s);
    auto report = TableJoin::joinToFile(districts, *t, options, output);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->layerFeatureCount, 29);
    QCOMPARE(report->matchedCount, 29);
    QVERIFY(report->unmatchedLayerKeys.isEmpty());
    QVERIFY(report->unmatchedTableKeys.isEmpty());
    QVERIFY(report->duplicateTableKeys.isEmpty());
    bool found = false;
    for (const QVariantMap &row : readRows(output)) {
        if (row.value(u"IDDIST"_s).toString() == u"040104"_s) {
            found = true;
            QCOMPARE(row.value(u"u_distrito"_s).toString(), u"CERRO COLORADO"_s);
            QCOMPARE(row.value(u"u_reniec"_s).toString(), u"040103"_s); // a different code, kept as text
            QCOMPARE(row.value(u"u_idh_2019"_s).toDouble(), 0.64117678625039298);
            QCOMPARE(row.value(u"u_altitude"_s).toLongLong(), 2441);
        }
    }
    QVERIFY(found);
    // Joined on the RENIEC code instead, 040104 (Cerro Colorado in INEI) is another district.
    options.tableField = u"reniec"_s;
    importOptions.textColumns = {u"reniec"_s};
    auto byReniec = TableImporter::read(data(u"ubigeo_arequipa.csv"_s), importOptions);
    QVERIFY(byReniec);
    const QString reniec = m_tmp.filePath(u"reniec.gpkg"_s);
    auto other = TableJoin::joinToFile(districts, *byReniec, options, reniec);
    QVERIFY(other);
    for (const QVariantMap &row : readRows(reniec))
        if (row.value(u"IDDIST"_s).toString() == u"040104"_s)
            QCOMPARE(row.value(u"u_distrito"_s).toString(), u"CHARACATO"_s); // RENIEC 040104
}

void TestJoin::errors()
{
    JoinOptions options;
    options.layerField = u"nofield"_s;
    options.tableField = u"ubigeo"_s;
    auto bad = TableJoin::joinToFile(m_layer, table(), options, m_tmp.filePath(u"e.gpkg"_s));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"nofield"_s));
    options.layerField = u"ubigeo"_s;
    options.tableField = u"nocolumn"_s;
    bad = TableJoin::joinToFile(m_layer, table(), options, m_tmp.filePath(u"e.gpkg"_s));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"nocolumn"_s));
    // A joined name that exists already in the layer.
    options.tableField = u"ubigeo"_s;
    options.tableColumns = {u"ubigeo"_s};
    bad = TableJoin::joinToFile(m_layer, table(), options, m_tmp.filePath(u"e.gpkg"_s));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"prefix"_s));
}

QTEST_GUILESS_MAIN(TestJoin)
#include "tst_join.moc"
