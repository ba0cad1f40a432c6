// TableImportDialog: the preview of a ';'-separated, decimal-comma fixture (hand-known
// rows, columns and types), encodings of a Latin-1 fixture ("Peñalolén"), problems
// marked, type overrides. JoinDialog: the report of a fixture with one unmatched key
// on each side and one duplicated key, then keeping the join live or saving it to a
// new layer. With TERRITORIA_TEST_SCREENSHOTS set, the dialog with the demo districts
// and the shared ubigeo_distrito.csv is saved as joindialog-demo.png.
#include "../common/uitest.h"
#include "data/livejoin.h"
#include "data/vectorlayer.h"
#include "desktop/joindialog.h"
#include "desktop/layerpanel.h"
#include "desktop/logdock.h"
#include "desktop/notifier.h"
#include "gui/messagebar.h"
#include "desktop/tableimportdialog.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/indicators/"_s + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Three squares keyed by the text "ubigeo" 040101, 040102, 040103.
QByteArray districtsGeoJson()
{
    QByteArray json = R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::32719"}},"features":[)";
    for (int i = 0; i < 3; ++i) {
        const int x0 = 300000 + 1000 * i, x1 = x0 + 1000;
        if (i)
            json += ',';
        json += QStringLiteral(R"({"type":"Feature","properties":{"ubigeo":"04010%1","codnum":4010%1,"nombre":"D%1"},)"
                               R"("geometry":{"type":"Polygon","coordinates":[[[%2,8200000],[%3,8200000],[%3,8201000],[%2,8201000],[%2,8200000]]]}})")
                    .arg(i + 1)
                    .arg(x0)
                    .arg(x1)
                    .toUtf8();
    }
    return json + "]}";
}

bool waitPreview(TableImportDialog &dialog)
{
    QSignalSpy spy(&dialog, &TableImportDialog::previewUpdated);
    return spy.wait(10000);
}

// ubigeo -> value of `field` in the layer.
QMap<QString, QVariant> valuesByKey(const VectorLayer *layer, const QString &field)
{
    QMap<QString, QVariant> map;
    const int key = layer->fields().indexOf(u"ubigeo"_s);
    const int value = layer->fields().indexOf(field);
    FeatureRequest request;
    request.noGeometry = true;
    layer->dataProvider()->forEachFeature(request, [&](Feature &&f) {
        map.insert(f.attributes.value(key).toString(), f.attributes.value(value));
        return true;
    });
    return map;
}

QString cell(const TableImportDialog &dialog, int row, int column)
{
    auto *table = dialog.findChild<QTableWidget *>(u"previewTable"_s);
    QTableWidgetItem *item = table ? table->item(row, column) : nullptr; // row 0 holds the types
    return item ? item->text() : QString();
}

} // namespace

class TestJoinDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { testutil::installTestTranslator(); }

    void previewDecimalCommaSemicolon()
    {
        TableImportDialog dialog;
        dialog.show();
        TableSource source;
        source.path = data(u"indicadores_coma_decimal.csv"_s); // delimiter detected
        dialog.setTableSource(source);
        QVERIFY(waitPreview(dialog));
        QVERIFY(dialog.hasPreview());
        // A decimal point: "0,7622" is text.
        QCOMPARE(dialog.preview().columns.at(3).type, TableColumnType::Text);

        dialog.findChild<QCheckBox *>(u"decimalCommaBox"_s)->setChecked(true);
        auto *thousands = dialog.findChild<QComboBox *>(u"thousandsBox"_s);
        thousands->setCurrentIndex(thousands->findData(u"."_s));
        QVERIFY(waitPreview(dialog));
        const Table &t = dialog.preview();
        QCOMPARE(t.rowCount(), 4);
        QCOMPARE(t.columns.size(), 4);
        QVERIFY(t.issues.isEmpty());
        QVERIFY(dialog.problems().isEmpty());
        auto *table = dialog.findChild<QTableWidget *>(u"previewTable"_s);
        QCOMPARE(table->rowCount(), 5); // the type row and 4 rows
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->horizontalHeaderItem(3)->text(), u"idh"_s);
        QCOMPARE(cell(dialog, 1, 1), u"Arequipa; Cercado"_s); // the quoted ';'
        QCOMPARE(cell(dialog, 4, 0), u"040104"_s);
        QCOMPARE(t.columns.at(0).type, TableColumnType::Text); // leading zeros
        QCOMPARE(t.columns.at(2).type, TableColumnType::Integer);
        QCOMPARE(t.columns.at(3).type, TableColumnType::Real);
        QCOMPARE(t.values.at(3).at(2).toLongLong(), 197954);
        QCOMPARE(t.values.at(0).at(3).toDouble(), 0.7622);

        // Forcing the ubigeo column to integer drops its leading zeros.
        auto *box = qobject_cast<QComboBox *>(table->cellWidget(0, 0));
        QVERIFY(box);
        box->setCurrentIndex(box->findData(int(TableColumnType::Integer)));
        QVERIFY(waitPreview(dialog));
        QCOMPARE(dialog.preview().columns.at(0).type, TableColumnType::Integer);
        QCOMPARE(dialog.preview().values.at(0).at(0).toLongLong(), 40101);
        QCOMPARE(dialog.tableSource().columnTypes.value(u"ubigeo"_s), TableColumnType::Integer);
        testutil::saveScreenshot(&dialog, u"tableimport-decimalcomma"_s);

        // Accepting reads the whole table.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(accepted.wait(10000));
        QCOMPARE(dialog.table().rowCount(), 4);
        QCOMPARE(dialog.table().columns.at(0).type, TableColumnType::Integer);
    }

    void encodingChangesDecodedText()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"comunas.csv"_s);
        // ISO-8859-1 bytes: ñ = F1, é = E9.
        QVERIFY(writeFile(csv, "codigo,comuna\n13122,Pe\xf1" "alol\xe9" "n\n13101,Santiago\n"));
        TableImportDialog dialog;
        TableSource source;
        source.path = csv;
        source.options.encoding = u"ISO-8859-1"_s;
        dialog.setTableSource(source);
        QVERIFY(waitPreview(dialog));
        QCOMPARE(cell(dialog, 1, 1), u"Peñalolén"_s);
        QVERIFY(dialog.problems().isEmpty());

        // DOS Latin-1 (code page 850) decodes the same bytes differently.
        auto *encoding = dialog.findChild<QComboBox *>(u"encodingBox"_s);
        encoding->setCurrentText(u"IBM850"_s);
        QVERIFY(waitPreview(dialog));
        QVERIFY(dialog.hasPreview());
        QCOMPARE(cell(dialog, 1, 1), u"Pe±alolÚn"_s);

        // UTF-8: the bytes are invalid; the problem names row 1 and the cell is marked.
        encoding->setCurrentText(u"UTF-8"_s);
        QVERIFY(waitPreview(dialog));
        QCOMPARE(dialog.problems().size(), 1);
        // "Row 1, column 2: …" as the importer words it in the test's language (TERRITORIA_TEST_LANG).
        const QString rowOne = QCoreApplication::translate("TableImporter",
                                                           "Row %1, column %2: the text is not valid UTF-8 (read as "
                                                           "ISO-8859-1: “%3”); choose the file's encoding.")
                                   .arg(1)
                                   .arg(2)
                                   .arg(u"Peñalolén"_s);
        QVERIFY2(dialog.problems().first().contains(rowOne), qPrintable(dialog.problems().first() + u" / "_s + rowOne));
        auto *table = dialog.findChild<QTableWidget *>(u"previewTable"_s);
        QVERIFY(!table->item(1, 1)->toolTip().isEmpty());
        QVERIFY(table->item(2, 1)->toolTip().isEmpty());

        // UTF-8 text read as ISO-8859-1 is recognised too.
        const QString utf8 = dir.filePath(u"utf8.csv"_s);
        QVERIFY(writeFile(utf8, u"codigo,comuna\n13122,Peñalolén\n"_s.toUtf8()));
        dialog.findChild<QLineEdit *>(u"fileEdit"_s)->setText(utf8);
        encoding->setCurrentText(u"ISO-8859-1"_s);
        QVERIFY(waitPreview(dialog));
        QCOMPARE(cell(dialog, 1, 1), u"PeÃ±alolÃ©n"_s);
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY2(dialog.problems().first().contains(u"UTF-8"_s), qPrintable(dialog.problems().first()));
    }

    void raggedRowsAreShownNotDropped()
    {
        TableImportDialog dialog;
        TableSource source;
        source.path = data(u"ragged.csv"_s);
        dialog.setTableSource(source);
        QVERIFY(waitPreview(dialog));
        // 11 data rows, a 4th column for the extra cell; rows 3 and 5 ragged, row 11 "n/d".
        QCOMPARE(dialog.preview().rowCount(), 11);
        QCOMPARE(dialog.preview().columns.size(), 4);
        QCOMPARE(dialog.problems().size(), 3);
        QCOMPARE(cell(dialog, 11, 1), u"n/d"_s);
        auto *table = dialog.findChild<QTableWidget *>(u"previewTable"_s);
        QVERIFY(!table->item(3, 0)->toolTip().isEmpty());
        QVERIFY(!table->item(11, 1)->toolTip().isEmpty());
    }

    void joinReportCounts()
    {
        QTemporaryDir dir;
        const QString layerPath = dir.filePath(u"distritos.geojson"_s);
        const QString csv = dir.filePath(u"valores.csv"_s);
        QVERIFY(writeFile(layerPath, districtsGeoJson()));
        // 040103 has no row; 040199 has no feature; 040102 is on two rows.
        QVERIFY(writeFile(csv, "ubigeo,valor\n040101,1\n040102,2\n040102,5\n040199,9\n"));
        Project project;
        auto opened = VectorLayer::open(layerPath);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        Layer *layer = project.addLayer(std::move(*opened));

        JoinDialog dialog(&project, layer);
        dialog.show();
        TableSource source;
        source.path = csv;
        auto table = LiveJoins::readTable(source);
        QVERIFY(table);
        dialog.setTable(source, *table);
        dialog.setLayerField(u"ubigeo"_s);
        dialog.setTableField(u"ubigeo"_s);
        dialog.setPrefix(u"t_"_s);
        auto *keepLive = dialog.findChild<QPushButton *>(u"keepLiveButton"_s);
        QVERIFY(!keepLive->isEnabled()); // not before a check
        QSignalSpy checked(&dialog, &JoinDialog::checked);
        dialog.check();
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog.hasReport());
        const JoinReport &r = dialog.report();
        QCOMPARE(r.layerFeatureCount, 3);
        QCOMPARE(r.tableRowCount, 4);
        QCOMPARE(r.matchedCount, 2);
        QCOMPARE(r.unmatchedLayerKeys, QStringList{u"040103"_s});
        QCOMPARE(r.unmatchedTableKeys, QStringList{u"040199"_s});
        QCOMPARE(r.duplicateTableKeys, QStringList{u"040102"_s});
        const QString text = dialog.reportText();
        QVERIFY2(text.contains(u"040103"_s) && text.contains(u"040199"_s) && text.contains(u"040102"_s), qPrintable(text));
        QVERIFY(keepLive->isEnabled());
        testutil::saveScreenshot(&dialog, u"joindialog-report"_s);

        // Changing an option asks for a new check.
        dialog.setZeroPadWidth(8);
        QVERIFY(!keepLive->isEnabled());
        dialog.setZeroPadWidth(0);
        dialog.check();
        QVERIFY(checked.wait(10000));

        // Keep it live: the layer (same id) now has the joined column.
        const QString id = layer->id();
        QSignalSpy committed(&dialog, &JoinDialog::committed);
        dialog.keepLive();
        QVERIFY(committed.wait(20000));
        QCOMPARE(project.layerCount(), 1);
        auto *joined = qobject_cast<VectorLayer *>(project.layer(id));
        QVERIFY(joined);
        QVERIFY(joined->fields().indexOf(u"t_valor"_s) >= 0);
        QVERIFY(project.hasLiveJoins(id));
        QCOMPARE(project.liveJoins(id).first().join.layerField, u"ubigeo"_s);
        QCOMPARE(valuesByKey(joined, u"t_valor"_s).value(u"040101"_s).toLongLong(), 1);

        // The table is edited; Layer > Refresh Joins re-runs the join.
        QVERIFY(writeFile(csv, "ubigeo,valor\n040101,7\n040102,2\n"));
        QWidget window;
        MessageBar bar(&window);
        LogDock log;
        Notifier notifier(&bar, &log);
        QSignalSpy added(&project, &Project::layerAdded);
        refreshLiveJoins(&project, &notifier, &window);
        QVERIFY(added.wait(20000));
        auto *refreshed = qobject_cast<VectorLayer *>(project.layer(id));
        QCOMPARE(valuesByKey(refreshed, u"t_valor"_s).value(u"040101"_s).toLongLong(), 7);
        QVERIFY(!valuesByKey(refreshed, u"t_valor"_s).value(u"040103"_s).isValid());
        QCOMPARE(project.layerCount(), 1);
    }

    void menuActions()
    {
        QWidget window;
        QMenu menu;
        Project project;
        addJoinActions(&menu, &project, {}, nullptr, &window);
        QStringList names;
        for (QAction *a : menu.actions())
            names << a->objectName();
        QCOMPARE(names, (QStringList{u"joinTableAction"_s, u"refreshJoinsAction"_s}));

        // The layer panel's context menu of a vector layer offers the join too.
        QTemporaryDir dir;
        const QString layerPath = dir.filePath(u"distritos.geojson"_s);
        QVERIFY(writeFile(layerPath, districtsGeoJson()));
        Layer *layer = project.addLayer(std::move(*VectorLayer::open(layerPath)));
        LayerPanel panel(&project);
        std::unique_ptr<QMenu> context(panel.createContextMenu(layer, &panel));
        bool found = false;
        for (QAction *a : context->actions())
            found = found || a->objectName() == u"joinTableAction"_s;
        QVERIFY(found);
    }

    // A numeric layer key against text keys with leading zeros: nothing matches, the
    // report gives the hint and a button pads the keys to 6 digits.
    void typeMismatchOffersPadding()
    {
        QTemporaryDir dir;
        const QString layerPath = dir.filePath(u"distritos.geojson"_s);
        const QString csv = dir.filePath(u"valores.csv"_s);
        QVERIFY(writeFile(layerPath, districtsGeoJson()));
        QVERIFY(writeFile(csv, "ubigeo,valor\n040101,1\n040102,2\n040103,3\n"));
        Project project;
        Layer *layer = project.addLayer(std::move(*VectorLayer::open(layerPath)));
        JoinDialog dialog(&project, layer);
        dialog.show();
        TableSource source;
        source.path = csv;
        dialog.setTable(source, *LiveJoins::readTable(source));
        dialog.setLayerField(u"codnum"_s);
        dialog.setTableField(u"ubigeo"_s);
        QSignalSpy checked(&dialog, &JoinDialog::checked);
        dialog.check();
        QVERIFY(checked.wait(10000));
        QCOMPARE(dialog.report().matchedCount, 0);
        QVERIFY(dialog.report().typeMismatch);
        QVERIFY(!dialog.findChild<QPushButton *>(u"keepLiveButton"_s)->isEnabled());
        auto *pad = dialog.findChild<QPushButton *>(u"applyPaddingButton"_s);
        QVERIFY(pad->isVisible());
        QVERIFY2(pad->text().contains(u"6"_s), qPrintable(pad->text()));
        pad->click();
        QVERIFY(checked.wait(10000));
        QCOMPARE(dialog.joinOptions().zeroPadWidth, 6);
        QCOMPARE(dialog.report().matchedCount, 3);
        QVERIFY(!pad->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"keepLiveButton"_s)->isEnabled());
    }

    void saveToNewLayer()
    {
        QTemporaryDir dir;
        const QString layerPath = dir.filePath(u"distritos.geojson"_s);
        const QString csv = dir.filePath(u"valores.csv"_s);
        QVERIFY(writeFile(layerPath, districtsGeoJson()));
        QVERIFY(writeFile(csv, "ubigeo,valor\n040101,1\n040102,2\n040103,3\n"));
        Project project;
        Layer *layer = project.addLayer(std::move(*VectorLayer::open(layerPath)));
        JoinDialog dialog(&project, layer);
        TableSource source;
        source.path = csv;
        dialog.setTable(source, *LiveJoins::readTable(source));
        dialog.setLayerField(u"ubigeo"_s);
        dialog.setTableField(u"ubigeo"_s);
        QSignalSpy checked(&dialog, &JoinDialog::checked);
        dialog.check();
        QVERIFY(checked.wait(10000));
        QCOMPARE(dialog.report().matchedCount, 3);
        QSignalSpy committed(&dialog, &JoinDialog::committed);
        const QString out = dir.filePath(u"unido.gpkg"_s);
        dialog.saveToNewLayer(out);
        QVERIFY(committed.wait(20000));
        QCOMPARE(project.layerCount(), 2);
        auto *added = qobject_cast<VectorLayer *>(project.layers().first());
        QCOMPARE(QFileInfo(added->source()).fileName(), u"unido.gpkg"_s);
        QVERIFY(added->fields().indexOf(u"valor"_s) >= 0);
        QVERIFY(!project.hasLiveJoins(added->id()));
        QVERIFY(!project.hasLiveJoins(layer->id()));
    }

    // The demo: Arequipa's districts and the whole ubigeo_distrito.csv (shared data,
    // outside the repository: skipped when absent).
    void demoScreenshot()
    {
        const QString csv = u"/work/shared/data/peru/ubigeo_distrito.csv"_s;
        if (!QFileInfo::exists(csv))
            QSKIP("the shared ubigeo_distrito.csv is not here");
        Project project;
        auto opened = VectorLayer::open(QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/distritos_arequipa.geojson"_s);
        QVERIFY(opened);
        Layer *layer = project.addLayer(std::move(*opened));
        layer->setName(u"Distritos de Arequipa"_s);
        JoinDialog dialog(&project, layer);
        dialog.show();
        TableSource source;
        source.path = csv;
        auto table = LiveJoins::readTable(source);
        QVERIFY(table);
        dialog.setTable(source, *table);
        dialog.setLayerField(u"IDDIST"_s);
        dialog.setTableField(u"inei"_s);
        dialog.setPrefix(u"inei_"_s);
        QSignalSpy checked(&dialog, &JoinDialog::checked);
        dialog.check();
        QVERIFY(checked.wait(20000));
        QCOMPARE(dialog.report().matchedCount, 29);
        QCOMPARE(dialog.report().layerFeatureCount, 29);
        QCOMPARE(dialog.report().unmatchedTableKeys.size(), table->rowCount() - 29);
        testutil::saveScreenshot(&dialog, u"joindialog-demo"_s);

        TableImportDialog import;
        import.show();
        import.setTableSource(source);
        QVERIFY(waitPreview(import));
        QCOMPARE(import.preview().rowCount(), TableImportDialog::PreviewRows);
        QVERIFY(import.preview().truncated);
        QCOMPARE(import.preview().columns.at(0).type, TableColumnType::Text);
        testutil::saveScreenshot(&import, u"tableimport-demo"_s);
    }
};

QTEST_MAIN(TestJoinDialog)
#include "tst_joindialog.moc"
