#include "../common/uitest.h"
#include "data/layerloader.h"
#include "data/vectorlayer.h"
#include "gui/histogramwidget.h"
#include "gui/styleeditor.h"
#include "style/classification.h"
#include "style/colorbrewer.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

QString demoDistricts()
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/../../resources/demo/distritos_arequipa.geojson"_s;
}

std::unique_ptr<VectorLayer> openVector(const QString &path)
{
    auto layer = openLayer(path);
    if (!layer)
        return nullptr;
    auto *vl = qobject_cast<VectorLayer *>(layer->get());
    if (!vl)
        return nullptr;
    layer->release();
    return std::unique_ptr<VectorLayer>(vl);
}

// The field's values read with the provider directly, independently of the editor.
QVariantList fieldValues(const VectorLayer &layer, const QString &field)
{
    const int index = layer.fields().indexOf(field);
    QVariantList out;
    (void)layer.dataProvider()->forEachFeature({}, [&](Feature &&f) {
        out.append(f.attributes.value(index));
        return true;
    });
    return out;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(i);
}

} // namespace

class TestStyleEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        testutil::installTestTranslator();
    }

    void unchangedEditorGivesTheLayerStyle()
    {
        auto layer = openVector(demoDistricts());
        QVERIFY(layer);
        StyleEditor editor(layer.get());
        QCOMPARE(editor.style(), layer->style());
        // A graduated style round-trips too.
        VectorStyle s = VectorStyle::graduated(layer->style(), u"AREA_MINAM"_s,
                                               numericValues(fieldValues(*layer, u"AREA_MINAM"_s)),
                                               ClassificationMethod::Quantile, 4, u"Greens"_s);
        s.classes[1].label = u"Medianos"_s;
        editor.setStyle(s);
        QCOMPARE(editor.style(), s);
        QCOMPARE(editor.findChild<QTableWidget *>(u"classTable"_s)->rowCount(), 4);
        QCOMPARE(editor.findChild<QTableWidget *>(u"classTable"_s)->item(1, 3)->text(), u"Medianos"_s);
    }

    void graduatedJenksOnAreaMinam()
    {
        auto layer = openVector(demoDistricts());
        QVERIFY(layer);
        StyleEditor editor(layer.get());
        editor.resize(640, 620);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy changed(&editor, &StyleEditor::styleChanged);

        selectData(editor.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::Graduated));
        auto *fieldCombo = editor.findChild<QComboBox *>(u"graduatedFieldCombo"_s);
        // Only numeric fields can be graduated.
        QVERIFY(fieldCombo->findData(u"NOMBDIST"_s) < 0);
        selectData(fieldCombo, u"AREA_MINAM"_s);
        selectData(editor.findChild<QComboBox *>(u"methodCombo"_s), int(ClassificationMethod::NaturalBreaks));
        editor.findChild<QSpinBox *>(u"classCountSpin"_s)->setValue(5);
        selectData(editor.findChild<QComboBox *>(u"graduatedRampCombo"_s), u"YlOrRd"_s);
        QVERIFY(changed.size() >= 4);

        const QList<double> values = numericValues(fieldValues(*layer, u"AREA_MINAM"_s));
        QCOMPARE(values.size(), 29);
        const QList<double> expected = Classification::naturalBreaks(values, 5);
        QCOMPARE(expected.size(), 6);

        const VectorStyle style = editor.style();
        QCOMPARE(style.renderer, RendererType::Graduated);
        QCOMPARE(style.field, u"AREA_MINAM"_s);
        QCOMPARE(style.method, ClassificationMethod::NaturalBreaks);
        QCOMPARE(style.classCount, 5);
        QCOMPARE(style.rampName, u"YlOrRd"_s);
        QCOMPARE(style.classes.size(), 5);
        const QList<QColor> colors = ColorBrewer::scheme(u"YlOrRd"_s, 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(style.classes[i].lower, expected[i]);
            QCOMPARE(style.classes[i].upper, expected[i + 1]);
            QCOMPARE(style.classes[i].symbol.fillColor, colors[i]);
        }
        // The histogram shows every value and the same breaks.
        HistogramWidget *histogram = editor.histogram();
        QCOMPARE(histogram->values().size(), 29);
        QCOMPARE(histogram->breaks(), expected);
        int total = 0;
        for (int c : histogram->binCounts())
            total += c;
        QCOMPARE(total, 29);
        QCOMPARE(editor.findChild<QTableWidget *>(u"classTable"_s)->rowCount(), 5);
        testutil::saveScreenshot(&editor, u"styleeditor-graduated"_s);

        // Reversing the ramp flips the colours, bounds stay.
        editor.findChild<QCheckBox *>(u"reverseRampCheck"_s)->setChecked(true);
        QCOMPARE(editor.style().classes[0].symbol.fillColor, colors[4]);
        QCOMPARE(editor.style().classes[0].lower, expected[0]);
    }

    void editingABoundMakesManualClasses()
    {
        auto layer = openVector(demoDistricts());
        QVERIFY(layer);
        StyleEditor editor(layer.get());
        selectData(editor.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::Graduated));
        selectData(editor.findChild<QComboBox *>(u"graduatedFieldCombo"_s), u"AREA_MINAM"_s);
        selectData(editor.findChild<QComboBox *>(u"methodCombo"_s), int(ClassificationMethod::EqualInterval));
        editor.findChild<QSpinBox *>(u"classCountSpin"_s)->setValue(3);
        auto *table = editor.findChild<QTableWidget *>(u"classTable"_s);
        QCOMPARE(table->rowCount(), 3);
        table->item(0, 2)->setData(Qt::EditRole, 1234.5);
        const VectorStyle s = editor.style();
        QCOMPARE(s.method, ClassificationMethod::Manual);
        QCOMPARE(s.classes[0].upper, 1234.5);
        QCOMPARE(s.classes[1].lower, 1234.5);
        QTRY_COMPARE(editor.findChild<QComboBox *>(u"methodCombo"_s)->currentData().toInt(),
                     int(ClassificationMethod::Manual));
        // The histogram draws the edited break.
        QCOMPARE(editor.histogram()->breaks().at(1), 1234.5);
    }

    void categorizedByNombdist()
    {
        auto layer = openVector(demoDistricts());
        QVERIFY(layer);
        StyleEditor editor(layer.get());
        editor.resize(640, 620);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        selectData(editor.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::Categorized));
        selectData(editor.findChild<QComboBox *>(u"categoryFieldCombo"_s), u"NOMBDIST"_s);
        QSignalSpy finished(&editor, &StyleEditor::classifyFinished);
        QTest::mouseClick(editor.findChild<QPushButton *>(u"classifyButton"_s), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        const VectorStyle s = editor.style();
        QCOMPARE(s.renderer, RendererType::Categorized);
        QCOMPARE(s.field, u"NOMBDIST"_s);
        QCOMPARE(s.categories.size(), 29);
        QSet<QString> names;
        for (const Category &c : s.categories)
            names.insert(c.value.toString());
        QCOMPARE(names.size(), 29);
        QVERIFY(names.contains(u"AREQUIPA"_s));
        auto *table = editor.findChild<QTableWidget *>(u"categoryTable"_s);
        QCOMPARE(table->rowCount(), 29);
        // Labels are editable and end up in the style.
        table->item(0, 2)->setText(u"Primero"_s);
        QCOMPARE(editor.style().categories[0].label, u"Primero"_s);
        testutil::saveScreenshot(&editor, u"styleeditor-categorized"_s);
    }

    // Above the sync limit the values are read on a worker thread.
    void classifyReadsBigLayersOffTheGuiThread()
    {
        auto layer = openVector(demoDistricts());
        QVERIFY(layer);
        StyleEditor editor(layer.get());
        editor.setSyncLimit(10); // the 29 districts count as "big"
        selectData(editor.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::Categorized));
        selectData(editor.findChild<QComboBox *>(u"categoryFieldCombo"_s), u"NOMBDIST"_s);
        QSignalSpy finished(&editor, &StyleEditor::classifyFinished);
        auto *button = editor.findChild<QPushButton *>(u"classifyButton"_s);
        editor.classify();
        QVERIFY(editor.isReading() || finished.size() == 1);
        if (finished.isEmpty()) {
            QVERIFY(!button->isEnabled()); // no second read while one runs
            QVERIFY(finished.wait(10000));
        }
        QVERIFY(button->isEnabled());
        QCOMPARE(editor.style().categories.size(), 29);
    }

    void draggingABreakInTheHistogram()
    {
        auto layer = openVector(demoDistricts());
        QVERIFY(layer);
        StyleEditor editor(layer.get());
        editor.resize(640, 620);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        selectData(editor.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::Graduated));
        selectData(editor.findChild<QComboBox *>(u"graduatedFieldCombo"_s), u"AREA_MINAM"_s);
        selectData(editor.findChild<QComboBox *>(u"methodCombo"_s), int(ClassificationMethod::EqualInterval));
        editor.findChild<QSpinBox *>(u"classCountSpin"_s)->setValue(4);
        HistogramWidget *h = editor.histogram();
        const QList<double> before = h->breaks();
        QCOMPARE(before.size(), 5);
        const int y = h->height() / 2;
        const QPoint from(qRound(h->xForValue(before[2])), y);
        const QPoint to(from.x() + 40, y);
        QSignalSpy changed(&editor, &StyleEditor::styleChanged);
        QTest::mousePress(h, Qt::LeftButton, {}, from);
        QTest::mouseMove(h, to);
        QTest::mouseRelease(h, Qt::LeftButton, {}, to);
        QCOMPARE(changed.size(), 1);
        const VectorStyle s = editor.style();
        QCOMPARE(s.method, ClassificationMethod::Manual);
        QVERIFY(s.classes[1].upper > before[2]);
        QCOMPARE(s.classes[2].lower, s.classes[1].upper);
        QCOMPARE(s.classes[1].upper, h->valueForX(to.x()));
        QCOMPARE(s.classes[0].upper, before[1]); // the others stay
        QCOMPARE(s.classes[3].upper, before[4]);
    }

    void pointLayerHasMarkerSettings()
    {
        auto layer = openVector(QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/geometry/multipoint.shp"_s);
        QVERIFY(layer);
        QCOMPARE(layer->geometryKind(), GeometryKind::Point);
        StyleEditor editor(layer.get());
        editor.resize(520, 420);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *shape = editor.findChild<QComboBox *>(u"markerShapeCombo"_s);
        auto *size = editor.findChild<QDoubleSpinBox *>(u"markerSizeSpin"_s);
        QVERIFY(shape && shape->isVisible());
        QVERIFY(size && size->isVisible());
        selectData(shape, int(MarkerShape::Triangle));
        size->setValue(4.5);
        QCOMPARE(editor.style().markerShape, MarkerShape::Triangle);
        QCOMPARE(editor.style().markerSizeMm, 4.5);
        testutil::saveScreenshot(&editor, u"styleeditor-points"_s);
    }

    void strokeWidthAppliesToEveryClass()
    {
        auto layer = openVector(demoDistricts());
        QVERIFY(layer);
        StyleEditor editor(layer.get());
        selectData(editor.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::Graduated));
        selectData(editor.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::SingleSymbol));
        editor.findChild<QDoubleSpinBox *>(u"strokeWidthSpin"_s)->setValue(0.8);
        const VectorStyle s = editor.style();
        QCOMPARE(s.renderer, RendererType::SingleSymbol);
        QCOMPARE(s.strokeWidthMm, 0.8);
        QVERIFY(!s.classes.isEmpty());
        for (const GraduatedClass &c : s.classes)
            QCOMPARE(c.symbol.strokeWidthMm, 0.8);
    }

    void choroplethStyleAndDialog()
    {
        auto layer = openVector(demoDistricts());
        QVERIFY(layer);
        ChoroplethDialog dialog(layer.get());
        auto *combo = dialog.findChild<QComboBox *>(u"choroplethFieldCombo"_s);
        QVERIFY(combo);
        QVERIFY(combo->findData(u"AREA_MINAM"_s) >= 0);
        QVERIFY(combo->findData(u"NOMBDIST"_s) < 0);
        // The first measure, not an identifier or a SHAPE_ bookkeeping field.
        QCOMPARE(dialog.field(), u"AREA_MINAM"_s);
        testutil::saveScreenshot(&dialog, u"choropleth-dialog"_s);

        const QList<double> values = numericValues(fieldValues(*layer, u"AREA_MINAM"_s));
        const VectorStyle s = choroplethStyle(layer->style(), u"AREA_MINAM"_s, values);
        QCOMPARE(s.renderer, RendererType::Graduated);
        QCOMPARE(s.method, ClassificationMethod::NaturalBreaks);
        QCOMPARE(s.rampName, u"YlOrRd"_s);
        QCOMPARE(s.classes.size(), 5);
    }

    void histogramBinsAndBreakPositions()
    {
        HistogramWidget h;
        h.resize(216, 130);
        h.setValues({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, qQNaN()});
        QCOMPARE(h.values().size(), 11);
        h.setBinCount(5);
        QCOMPARE(h.binCounts(), (QList<int>{2, 2, 2, 2, 3}));
        // Value 5 sits in the middle of the chart's plot area (Qt Charts lays it out).
        const QRectF plot = h.plotArea();
        QCOMPARE(h.xForValue(5), plot.center().x());
        QCOMPARE(h.valueForX(plot.left() + plot.width() / 4), 2.5);
    }

    void bivariateFromTheWidgets()
    {
        // Seven points: x = 1..7, y a shuffle of 10..70, and one with NULLs.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"biv.geojson"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[";
        const char *rows[] = {"1,70", "2,10", "3,40", "4,20", "5,60", "6,30", "7,50", "null,null"};
        for (const char *r : rows) {
            const QList<QByteArray> xy = QByteArray(r).split(',');
            json += "{\"type\":\"Feature\",\"properties\":{\"nombre\":\"a\",\"x\":" + xy[0] + ",\"y\":" + xy[1]
                    + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]}},";
        }
        json.chop(1);
        json += "]}";
        f.write(json);
        f.close();
        auto layer = openVector(path);
        QVERIFY(layer);
        VectorStyle start = layer->style();
        start.strokeColor = QColor(10, 20, 30); // (darker() colours have 16-bit channels #rrggbbaa cannot hold)
        layer->setStyle(start);
        StyleEditor editor(layer.get());
        QSignalSpy changed(&editor, &StyleEditor::styleChanged);
        auto *renderer = editor.findChild<QComboBox *>(u"rendererCombo"_s);
        auto *fx = editor.findChild<QComboBox *>(u"bivariateFieldXCombo"_s);
        auto *fy = editor.findChild<QComboBox *>(u"bivariateFieldYCombo"_s);
        auto *method = editor.findChild<QComboBox *>(u"bivariateMethodCombo"_s);
        auto *scheme = editor.findChild<QComboBox *>(u"bivariateSchemeCombo"_s);
        auto *breaks = editor.findChild<QTableWidget *>(u"bivariateBreaksTable"_s);
        auto *labelY = editor.findChild<QLineEdit *>(u"bivariateLabelYEdit"_s);
        auto *preview = editor.findChild<QLabel *>(u"bivariatePreview"_s);
        QVERIFY(renderer && fx && fy && method && scheme && breaks && labelY && preview);
        QCOMPARE(fx->count(), 2); // numeric fields only
        selectData(renderer, int(RendererType::Bivariate));
        QCOMPARE(editor.style().renderer, RendererType::Bivariate);
        // Two different fields to start from, quantile by default.
        QCOMPARE(editor.style().field, u"x"_s);
        QCOMPARE(editor.style().bivariate.fieldY, u"y"_s);
        QCOMPARE(editor.style().method, ClassificationMethod::Quantile);
        // R type 7 quantiles by hand: 1..7 -> 3 and 5; y (NULL skipped) 10..70 -> 30 and 50.
        QCOMPARE(editor.style().bivariate.breaksX, (QList<double>{1, 3, 5, 7}));
        QCOMPARE(editor.style().bivariate.breaksY, (QList<double>{10, 30, 50, 70}));
        QCOMPARE(breaks->item(0, 1)->data(Qt::EditRole).toDouble(), 3.0);
        QCOMPARE(breaks->item(1, 2)->data(Qt::EditRole).toDouble(), 50.0);
        QVERIFY(!changed.isEmpty());
        QVERIFY(!preview->pixmap().isNull());
        QCOMPARE(editor.style().bivariate.colors, BivariateSettings::schemeColors(u"pinkblue"_s));

        selectData(scheme, u"bluered"_s);
        QCOMPARE(editor.style().bivariate.scheme, u"bluered"_s);
        QCOMPARE(editor.style().bivariate.colors[2], QColor(0xc85a5a));
        selectData(method, int(ClassificationMethod::EqualInterval));
        QCOMPARE(editor.style().bivariate.breaksX, (QList<double>{1, 3, 5, 7}));
        QCOMPARE(editor.style().bivariate.breaksY, (QList<double>{10, 30, 50, 70}));
        // Swapped axes.
        selectData(fx, u"y"_s);
        selectData(fy, u"x"_s);
        QCOMPARE(editor.style().field, u"y"_s);
        QCOMPARE(editor.style().bivariate.breaksX, (QList<double>{10, 30, 50, 70}));
        QCOMPARE(editor.style().bivariate.breaksY, (QList<double>{1, 3, 5, 7}));
        QTest::keyClicks(labelY, u"Índice"_s);
        QCOMPARE(editor.style().bivariate.labelY, u"Índice"_s);
        // Editing a bound makes the classes manual.
        breaks->item(0, 1)->setData(Qt::EditRole, 25.0);
        QCOMPARE(editor.style().method, ClassificationMethod::Manual);
        QCOMPARE(editor.style().bivariate.breaksX, (QList<double>{10, 25, 50, 70}));
        QCOMPARE(editor.style().bivariateClassFor(30, 1), (std::pair<int, int>{1, 0}));
        // The editor's style is what the layer will draw, and it survives a reload.
        const VectorStyle built = editor.style();
        QCOMPARE(VectorStyle::fromJson(built.toJson()), built);
        StyleEditor again(layer.get());
        again.setStyle(built);
        QCOMPARE(again.style(), built);
        QCOMPARE(again.findChild<QComboBox *>(u"bivariateFieldXCombo"_s)->currentData().toString(), u"y"_s);
        QCOMPARE(again.findChild<QComboBox *>(u"bivariateMethodCombo"_s)->currentData().toInt(),
                 int(ClassificationMethod::Manual));
    }
};

QTEST_MAIN(TestStyleEditor)
#include "tst_styleeditor.moc"
