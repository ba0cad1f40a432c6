#include "../common/uitest.h"
#include "data/vectorlayer.h"
#include "desktop/attributetablewindow.h"
#include "editfixtures.h"
#include "gui/attributetablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

// A decimal number as a user of the test's language types it (no group separator).
QString typedNumber(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

} // namespace

class TestAttributeEditing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<VectorLayer> openEditing()
    {
        auto layer = VectorLayer::open(m_path);
        if (!layer) {
            qWarning() << layer.error().message;
            return {};
        }
        auto started = (*layer)->startEditing();
        if (!started) {
            qWarning() << started.error().message;
            return {};
        }
        return std::move(*layer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TerritoriaTest"_s);
        testutil::installTestTranslator();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(u"distritos_%1.gpkg"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path); // data rows run init() again
        QVERIFY(edittest::writeGpkg(m_path, "distritos", 32719, wkbPoint,
                                    {{"nombre", OFTString, 20}, {"pob", OFTInteger}, {"area", OFTReal, 10, 2}},
                                    {{"POINT (229000 8185000)", {u"Arequipa"_s, 55437, 12.8}},
                                     {"POINT (226000 8189000)", {u"Cayma"_s, 91802, 246.31}},
                                     {"POINT (232000 8181000)", {u"Paucarpata"_s, 124755, 31.07}},
                                     {"POINT (224000 8179000)", {u"Sachaca"_s, 19581, 26.63}}}));
    }

    void cellEditUndoRedoAndSave()
    {
        auto layer = openEditing();
        QVERIFY(layer);
        AttributeTableWindow window(layer.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        AttributeTableModel *model = window.model();
        QVERIFY(model->loadSynchronously());
        QCOMPARE(model->rowCount(), 4);
        const int row = model->rowForFeatureId(2);
        QVERIFY(row >= 0);
        const QModelIndex pob = model->index(row, 1);
        QVERIFY(model->flags(pob) & Qt::ItemIsEditable);
        // Text as typed in the cell editor.
        QVERIFY(model->setData(pob, u"91900"_s));
        QCOMPARE(model->data(pob, Qt::EditRole).toInt(), 91900);
        QCOMPARE(layer->dataProvider()->feature(2)->attributes.at(1).toInt(), 91900);
        QCOMPARE(layer->undoStack()->count(), 1);
        window.toolAction(u"undo"_s)->trigger();
        QCOMPARE(model->data(pob, Qt::EditRole).toInt(), 91802);
        window.toolAction(u"redo"_s)->trigger();
        QCOMPARE(model->data(pob, Qt::EditRole).toInt(), 91900);

        // Decimals (a GeoPackage keeps no width or precision); an empty cell is NULL.
        const QModelIndex area = model->index(row, 2);
        // Typed as a user of the test's language writes it (250,456 in pt, where 250.456 is 250456).
        QVERIFY(model->setData(area, typedNumber(250.456, 3)));
        QCOMPARE(model->data(area, Qt::EditRole).toDouble(), 250.456);
        QVERIFY(model->setData(area, u""_s));
        QVERIFY(!model->data(area, Qt::EditRole).isValid());
        QCOMPARE(model->data(area, Qt::DisplayRole).toString(), u"NULL"_s);

        // Bad input: refused with a message naming the field.
        QSignalSpy failed(model, &AttributeTableModel::editFailed);
        QVERIFY(!model->setData(pob, u"muchos"_s));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"pob"_s), qPrintable(failed.first().first().toString()));
        QVERIFY(window.statusText().contains(u"pob"_s));
        QVERIFY(!model->setData(pob, u"3000000000"_s)); // beyond 32-bit
        QVERIFY(!model->setData(model->index(row, 0), u"un nombre demasiado largo"_s)); // width 20
        QCOMPARE(model->data(pob, Qt::EditRole).toInt(), 91900);

        testutil::saveScreenshot(&window, u"attributetable_editing"_s);
        window.toolAction(u"saveEdits"_s)->trigger();
        QVERIFY(!layer->isModified());
        const auto saved = edittest::readColumn(m_path, "pob");
        QCOMPARE(saved.value(2).toString(), u"91900"_s);
        QVERIFY(!edittest::readColumn(m_path, "area").value(2).isValid());
    }

    void convertValue_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QVariant>("expected"); // invalid + ok=false: refused
        QTest::addColumn<bool>("ok");
        auto row = [](const char *name, FieldType t, int w, int p, QVariant in, QVariant out, bool ok) {
            QTest::newRow(name) << int(t) << w << p << in << out << ok;
        };
        row("int", FieldType::Integer, 0, 0, u" 42 "_s, 42, true);
        row("int empty is NULL", FieldType::Integer, 0, 0, u""_s, QVariant(), true);
        row("int NULL text", FieldType::Integer, 0, 0, u"null"_s, QVariant(), true);
        row("int decimal refused", FieldType::Integer, 0, 0, u"4.5"_s, QVariant(), false);
        row("int width 3", FieldType::Integer, 3, 0, u"1234"_s, QVariant(), false);
        row("int 32-bit overflow", FieldType::Integer, 0, 0, u"2147483648"_s, QVariant(), false);
        row("int64", FieldType::Integer64, 0, 0, u"2147483648"_s, qlonglong(2147483648LL), true);
        row("real rounds to precision", FieldType::Real, 10, 2, typedNumber(250.456, 3), 250.46, true);
        row("real too wide", FieldType::Real, 5, 2, u"100"_s, QVariant(), false); // 99.99 at most
        row("real fits", FieldType::Real, 5, 2, u"-99.99"_s, -99.99, true);
        row("real text refused", FieldType::Real, 0, 0, u"abc"_s, QVariant(), false);
        row("string width", FieldType::String, 4, 0, u"Yura"_s, u"Yura"_s, true);
        row("string too long", FieldType::String, 4, 0, u"Cayma"_s, QVariant(), false);
        row("string empty stays text", FieldType::String, 0, 0, u""_s, u""_s, true);
        row("date iso", FieldType::Date, 0, 0, u"2024-03-15"_s, QDate(2024, 3, 15), true);
        row("date d/M/yyyy", FieldType::Date, 0, 0, u"15/3/2024"_s, QDate(2024, 3, 15), true);
        row("date refused", FieldType::Date, 0, 0, u"2024-13-40"_s, QVariant(), false);
        row("bool si", FieldType::Boolean, 0, 0, u"Sí"_s, true, true);
        row("bool 0", FieldType::Boolean, 0, 0, u"0"_s, false, true);
        row("bool refused", FieldType::Boolean, 0, 0, u"quizás"_s, QVariant(), false);
    }

    void convertValue()
    {
        QFETCH(int, type);
        QFETCH(int, width);
        QFETCH(int, precision);
        QFETCH(QVariant, input);
        QFETCH(QVariant, expected);
        QFETCH(bool, ok);
        const Field field{u"campo"_s, FieldType(type), width, precision};
        QString error;
        const auto converted = AttributeTableModel::convertValue(field, input, &error);
        QCOMPARE(bool(converted), ok);
        if (!ok) {
            QVERIFY2(error.contains(u"campo"_s), qPrintable(error));
            return;
        }
        QCOMPARE(converted->isValid(), expected.isValid());
        if (expected.typeId() == QMetaType::Double)
            QCOMPARE(converted->toDouble(), expected.toDouble());
        else if (expected.isValid())
            QCOMPARE(*converted, expected);
    }

    void notEditableWhenNotEditing()
    {
        auto opened = VectorLayer::open(m_path);
        QVERIFY(opened);
        VectorLayer *layer = opened->get();
        AttributeTableWindow window(layer);
        QVERIFY(window.model()->loadSynchronously());
        QVERIFY(!(window.model()->flags(window.model()->index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(!window.model()->setData(window.model()->index(0, 1), u"5"_s));
        QVERIFY(!window.toolAction(u"addField"_s)->isEnabled());
        window.toolAction(u"toggleEditing"_s)->trigger();
        QVERIFY(layer->isEditable());
        QVERIFY(window.toolAction(u"addField"_s)->isEnabled());
        QVERIFY(window.model()->flags(window.model()->index(0, 1)) & Qt::ItemIsEditable);
        window.toolAction(u"toggleEditing"_s)->trigger(); // no changes: no question
        QVERIFY(!layer->isEditable());
    }

    void addAndDeleteFields()
    {
        auto layer = openEditing();
        QVERIFY(layer);
        AttributeTableWindow window(layer.get());
        AttributeTableModel *model = window.model();
        QVERIFY(model->loadSynchronously());
        QCOMPARE(model->columnCount(), 3);
        QVERIFY(window.addField(Field{u"riesgo"_s, FieldType::Integer, 0, 0}));
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), u"riesgo"_s);
        QVERIFY(model->setData(model->index(0, 3), u"3"_s));
        QCOMPARE(model->data(model->index(0, 3), Qt::EditRole).toInt(), 3);
        // A duplicate name is refused with the layer's message.
        QVERIFY(!window.addField(Field{u"pob"_s, FieldType::Integer, 0, 0}));
        QVERIFY(!window.statusText().isEmpty());
        QVERIFY(window.deleteField(2)); // area
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->fields().names(), (QStringList{u"nombre"_s, u"pob"_s, u"riesgo"_s}));
        layer->undoStack()->undo();
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"area"_s);
        QVERIFY(std::abs(model->data(model->index(model->rowForFeatureId(2), 2), Qt::EditRole).toDouble() - 246.31) < 1e-9);
        QVERIFY(window.toolAction(u"saveEdits"_s)->isEnabled());
        window.toolAction(u"saveEdits"_s)->trigger();
        QCOMPARE(edittest::readColumn(m_path, "riesgo").size(), 4);
    }

    void multiEditIsOneUndoStep()
    {
        auto layer = openEditing();
        QVERIFY(layer);
        AttributeTableWindow window(layer.get());
        window.show();
        QVERIFY(window.model()->loadSynchronously());
        layer->selectFeatures({1, 3, 4});
        // The table selects the same rows.
        QCOMPARE(window.view()->selectionModel()->selectedRows().size(), 3);
        auto *field = window.findChild<QComboBox *>(u"multiEditField"_s);
        auto *value = window.findChild<QLineEdit *>(u"multiEditValue"_s);
        QVERIFY(field && value);
        QVERIFY(field->isVisible());
        field->setCurrentIndex(field->findText(u"pob"_s));
        value->setText(u"100"_s);
        const int before = layer->undoStack()->count();
        window.findChild<QPushButton *>(u"multiEditApply"_s)->click();
        QCOMPARE(layer->undoStack()->count(), before + 1);
        for (qint64 fid : {1, 3, 4})
            QCOMPARE(layer->dataProvider()->feature(fid)->attributes.at(1).toInt(), 100);
        QCOMPARE(layer->dataProvider()->feature(2)->attributes.at(1).toInt(), 91802);
        layer->undoStack()->undo();
        QCOMPARE(layer->dataProvider()->feature(1)->attributes.at(1).toInt(), 55437);
        QCOMPARE(layer->dataProvider()->feature(3)->attributes.at(1).toInt(), 124755);
        QCOMPARE(layer->dataProvider()->feature(4)->attributes.at(1).toInt(), 19581);
        // A value that does not fit changes nothing.
        QCOMPARE(window.applyToSelected(1, u"x"_s), -1);
        QCOMPARE(layer->undoStack()->index(), before);
        testutil::saveScreenshot(&window, u"attributetable_multiedit"_s);
    }

    void rowsFollowEdits()
    {
        auto layer = openEditing();
        QVERIFY(layer);
        AttributeTableWindow window(layer.get());
        AttributeTableModel *model = window.model();
        QVERIFY(model->loadSynchronously());
        auto fid = layer->addFeature(Geometry::fromWkt(u"POINT (230000 8186000)"_s).value(),
                                     {u"Yanahuara"_s, 25483, 2.2});
        QVERIFY(fid);
        QCOMPARE(model->rowCount(), 5);
        const int row = model->rowForFeatureId(*fid);
        QCOMPARE(row, 4);
        QCOMPARE(model->data(model->index(row, 0)).toString(), u"Yanahuara"_s);
        QVERIFY(layer->deleteFeatures({1, 2}));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->rowForFeatureId(1), -1);
        layer->undoStack()->undo();
        QCOMPARE(model->rowCount(), 5);
        QVERIFY(model->rowForFeatureId(2) >= 0);
        QCOMPARE(model->data(model->index(model->rowForFeatureId(2), 0)).toString(), u"Cayma"_s);
        // Roll back: the added row goes away.
        layer->rollBack();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->rowForFeatureId(*fid), -1);
    }
};

QTEST_MAIN(TestAttributeEditing)
#include "tst_attributeediting.moc"
