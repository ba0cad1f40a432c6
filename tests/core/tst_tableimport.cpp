// TableImporter: CSV options (delimiter, decimal comma, thousands), type inference
// with codes kept as text, forced text columns, ragged rows, text in numeric
// columns, wrong encoding, preview, and XLSX/ODS sheets written with GDAL.
#include "data/tableimport.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/indicators/"_s + name;
}

// A spreadsheet with a first sheet "Hoja1" and a sheet "Indicadores".
bool writeSpreadsheet(const QString &path, const char *driverName)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return false;
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRLayer *first = ds->CreateLayer("Hoja1", nullptr, wkbNone, nullptr);
    OGRFieldDefn note("nota", OFTString);
    first->CreateField(&note);
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(first->GetLayerDefn()));
    f->SetField(0, "vacía");
    if (first->CreateFeature(f.get()) != OGRERR_NONE)
        qFatal("cannot write the XLSX fixture");
    OGRLayer *layer = ds->CreateLayer("Indicadores", nullptr, wkbNone, nullptr);
    OGRFieldDefn ubigeo("ubigeo", OFTString), pob("poblacion", OFTInteger), idh("idh", OFTReal);
    layer->CreateField(&ubigeo);
    layer->CreateField(&pob);
    layer->CreateField(&idh);
    const char *codes[] = {"040101", "040102", "040103"};
    const int pops[] = {55437, 85870, 91935};
    const double idhs[] = {0.7622, 0.6601, 0.6888};
    for (int i = 0; i < 3; ++i) {
        OGRFeatureUniquePtr row(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        row->SetField(0, codes[i]);
        row->SetField(1, pops[i]);
        row->SetField(2, idhs[i]);
        if (layer->CreateFeature(row.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

QList<TableIssue> issuesOf(const Table &table, TableIssue::Kind kind)
{
    QList<TableIssue> list;
    for (const TableIssue &i : table.issues)
        if (i.kind == kind)
            list << i;
    return list;
}

} // namespace

class TestTableImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseNumber_data();
    void parseNumber();
    void decimalCommaSemicolon();
    void forcedTextColumn();
    void raggedAndNotANumber();
    void wrongEncoding();
    void latin1Encoding();
    void preview();
    void spreadsheets_data();
    void spreadsheets();
    void arequipaExcerpt();
    void missingFile();

private:
    QTemporaryDir m_tmp;
};

void TestTableImport::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("decimal");
    QTest::addColumn<QChar>("thousands");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("point") << u"12.5"_s << QChar(u'.') << QChar() << true << 12.5;
    QTest::newRow("comma") << u"0,6917"_s << QChar(u',') << QChar() << true << 0.6917;
    QTest::newRow("thousands point") << u"1.234.567,25"_s << QChar(u',') << QChar(u'.') << true << 1234567.25;
    QTest::newRow("thousands comma") << u"1,234.5"_s << QChar(u'.') << QChar(u',') << true << 1234.5;
    QTest::newRow("exponent") << u"9.19E-2"_s << QChar(u'.') << QChar() << true << 0.0919;
    QTest::newRow("point with decimal comma") << u"1.5"_s << QChar(u',') << QChar() << false << 0.0;
    QTest::newRow("comma with decimal point") << u"1,5"_s << QChar(u'.') << QChar() << false << 0.0;
    QTest::newRow("text") << u"n/d"_s << QChar(u'.') << QChar() << false << 0.0;
    QTest::newRow("nan") << u"nan"_s << QChar(u'.') << QChar() << false << 0.0;
}

void TestTableImport::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(QChar, decimal);
    QFETCH(QChar, thousands);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const auto parsed = TableImporter::parseNumber(text, decimal, thousands);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, value);
}

void TestTableImport::decimalCommaSemicolon()
{
    TableImportOptions options;
    options.decimalSeparator = u',';
    options.thousandsSeparator = u'.';
    for (const QChar delimiter : {QChar(), QChar(u';')}) { // detected, then given
        options.delimiter = delimiter;
        auto table = TableImporter::read(data(u"indicadores_coma_decimal.csv"_s), options);
        QVERIFY2(table, qPrintable(table ? QString() : table.error().toString()));
        QCOMPARE(table->columns.size(), 4);
        QCOMPARE(table->rowCount(), 4);
        QVERIFY2(table->issues.isEmpty(), qPrintable(table->issuesText()));
        QCOMPARE(table->columns[0].name, u"ubigeo"_s);
        QCOMPARE(table->columns[0].type, TableColumnType::Text); // leading zeros: a code
        QCOMPARE(table->columns[2].type, TableColumnType::Integer);
        QCOMPARE(table->columns[3].type, TableColumnType::Real);
        QCOMPARE(table->values[0][0].toString(), u"040101"_s);
        QCOMPARE(table->values[0][1].toString(), u"Arequipa; Cercado"_s);
        QCOMPARE(table->values[0][2].toLongLong(), 55437);
        QCOMPARE(table->values[3][2].toLongLong(), 197954);
        QCOMPARE(table->values[0][3].toDouble(), 0.7622);
        QCOMPARE(table->values[2][3].toDouble(), 0.6888);
        QCOMPARE(table->rawRows[3][2], u"197.954"_s); // the raw text is kept
    }
    // Read with a decimal point, "0,7622" is text and "55.437" a real.
    auto plain = TableImporter::read(data(u"indicadores_coma_decimal.csv"_s));
    QVERIFY(plain);
    QCOMPARE(plain->columns[3].type, TableColumnType::Text);
    QCOMPARE(plain->columns[2].type, TableColumnType::Real);
    QCOMPARE(plain->values[0][2].toDouble(), 55.437);
}

void TestTableImport::forcedTextColumn()
{
    auto inferred = TableImporter::read(data(u"ragged.csv"_s));
    QVERIFY(inferred);
    QCOMPARE(inferred->columns[0].type, TableColumnType::Integer);
    QCOMPARE(inferred->values[0][0].toLongLong(), 1001);
    TableImportOptions options;
    options.textColumns = {u"codigo"_s};
    auto forced = TableImporter::read(data(u"ragged.csv"_s), options);
    QVERIFY(forced);
    QCOMPARE(forced->columns[0].type, TableColumnType::Text);
    QVERIFY(forced->columns[0].forcedText);
    QCOMPARE(forced->values[0][0].typeId(), QMetaType::QString);
    QCOMPARE(forced->values[0][0].toString(), u"1001"_s);
}

void TestTableImport::raggedAndNotANumber()
{
    auto table = TableImporter::read(data(u"ragged.csv"_s));
    QVERIFY2(table, qPrintable(table ? QString() : table.error().toString()));
    QCOMPARE(table->rowCount(), 11);
    // The extra cell of row 5 gets a fourth column: nothing is lost.
    QCOMPARE(table->columns.size(), 4);
    QCOMPARE(table->columns[3].name, u"column_4"_s);
    QCOMPARE(table->rawRows[4][3], u"extra"_s);
    QCOMPARE(table->values[4][3].toString(), u"extra"_s);
    // Row 3 is short: its note is empty.
    QVERIFY(table->values[2][2].isNull());
    QCOMPARE(table->values[2][1].toLongLong(), 30);
    const QList<TableIssue> ragged = issuesOf(*table, TableIssue::Kind::RaggedRow);
    QCOMPARE(ragged.size(), 2);
    QCOMPARE(ragged[0].row, 3);
    QCOMPARE(ragged[1].row, 5);
    QVERIFY2(ragged[0].message.contains(u"Row 3"_s), qPrintable(ragged[0].message));
    // 10 of 11 values are numbers: the column is numeric, "n/d" is reported and kept.
    QCOMPARE(table->columns[1].type, TableColumnType::Integer);
    const QList<TableIssue> nan = issuesOf(*table, TableIssue::Kind::NotANumber);
    QCOMPARE(nan.size(), 1);
    QCOMPARE(nan[0].row, 11);
    QCOMPARE(nan[0].column, 1);
    QCOMPARE(nan[0].rawText, u"n/d"_s);
    QVERIFY(nan[0].message.contains(u"valor"_s));
    QVERIFY(table->values[10][1].isNull());
    QCOMPARE(table->rawRows[10][1], u"n/d"_s);
}

void TestTableImport::wrongEncoding()
{
    auto table = TableImporter::read(data(u"latin1.csv"_s)); // UTF-8 by default
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 4);
    const QList<TableIssue> bad = issuesOf(*table, TableIssue::Kind::InvalidEncoding);
    QCOMPARE(bad.size(), 2);
    QCOMPARE(bad[0].row, 2);
    QCOMPARE(bad[0].column, 1);
    QCOMPARE(bad[1].row, 4);
    QVERIFY(bad[0].message.contains(u"UTF-8"_s));
    // Decoded as ISO-8859-1 instead: no character is lost.
    QCOMPARE(table->values[1][1].toString(), u"Sabandía"_s);
    QCOMPARE(table->values[0][0].toString(), u"040101"_s);
}

void TestTableImport::latin1Encoding()
{
    TableImportOptions options;
    options.encoding = u"ISO-8859-1"_s;
    auto table = TableImporter::read(data(u"latin1.csv"_s), options);
    QVERIFY(table);
    QVERIFY2(table->issues.isEmpty(), qPrintable(table->issuesText()));
    QCOMPARE(table->values[3][1].toString(), u"José Luis Bustamante y Rivero"_s);
    options.encoding = u"no-such-encoding"_s;
    auto bad = TableImporter::read(data(u"latin1.csv"_s), options);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"no-such-encoding"_s));
}

void TestTableImport::preview()
{
    auto table = TableImporter::preview(data(u"ragged.csv"_s), {}, 2);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->truncated);
    QCOMPARE(table->columns.size(), 3);
    QCOMPARE(table->values[1][1].toLongLong(), 7);
    auto all = TableImporter::preview(data(u"indicadores_coma_decimal.csv"_s), {}, 20);
    QVERIFY(all);
    QCOMPARE(all->rowCount(), 4);
    QVERIFY(!all->truncated);
}

void TestTableImport::spreadsheets_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("extension");
    QTest::newRow("xlsx") << u"XLSX"_s << u"xlsx"_s;
    QTest::newRow("ods") << u"ODS"_s << u"ods"_s;
}

void TestTableImport::spreadsheets()
{
    QFETCH(QString, driver);
    QFETCH(QString, extension);
    const QString path = m_tmp.filePath(u"indicadores."_s + extension);
    QVERIFY(writeSpreadsheet(path, driver.toLatin1().constData()));
    auto sheets = TableImporter::sheetNames(path);
    QVERIFY(sheets);
    QCOMPARE(*sheets, (QStringList{u"Hoja1"_s, u"Indicadores"_s}));
    auto first = TableImporter::read(path);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->sheet, u"Hoja1"_s);
    QCOMPARE(first->values[0][0].toString(), u"vacía"_s);
    TableImportOptions options;
    options.sheet = u"Indicadores"_s;
    auto table = TableImporter::read(path, options);
    QVERIFY2(table, qPrintable(table ? QString() : table.error().toString()));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columns[0].name, u"ubigeo"_s);
    QCOMPARE(table->columns[0].type, TableColumnType::Text);
    QCOMPARE(table->values[0][0].toString(), u"040101"_s);
    QCOMPARE(table->columns[1].type, TableColumnType::Integer);
    QCOMPARE(table->values[2][1].toLongLong(), 91935);
    QCOMPARE(table->columns[2].type, TableColumnType::Real);
    QCOMPARE(table->values[1][2].toDouble(), 0.6601);
    options.sheet = u"Otra"_s;
    auto missing = TableImporter::read(path, options);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(u"Otra"_s));
}

void TestTableImport::arequipaExcerpt()
{
    auto table = TableImporter::read(data(u"ubigeo_arequipa.csv"_s));
    QVERIFY2(table, qPrintable(table ? QString() : table.error().toString()));
    QCOMPARE(table->rowCount(), 29);
    QVERIFY2(table->issues.isEmpty(), qPrintable(table->issuesText()));
    const int inei = table->columnIndex(u"inei"_s);
    const int idh = table->columnIndex(u"idh_2019"_s);
    const int vulnerability = table->columnIndex(u"indice_vulnerabilidad_alimentaria"_s);
    QVERIFY(inei >= 0 && idh >= 0 && vulnerability >= 0);
    QCOMPARE(table->columns[inei].type, TableColumnType::Text);
    QCOMPARE(table->values[0][inei].toString(), u"040101"_s);
    QCOMPARE(table->columns[idh].type, TableColumnType::Real);
    QCOMPARE(table->values[0][idh].toDouble(), 0.76216713599223895);
    QCOMPARE(table->values[0][vulnerability].toDouble(), 9.1921627521514906E-2); // written 9.19...E-2
    QCOMPARE(table->columns[table->columnIndex(u"altitude"_s)].type, TableColumnType::Integer);
}

void TestTableImport::missingFile()
{
    auto table = TableImporter::read(u"/nonexistent/tabla.csv"_s);
    QVERIFY(!table);
    QVERIFY(table.error().message.contains(u"/nonexistent/tabla.csv"_s));
}

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"
