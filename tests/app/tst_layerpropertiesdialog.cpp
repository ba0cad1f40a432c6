#include "../common/uitest.h"
#include "data/layerloader.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "desktop/layerpanel.h"
#include "desktop/layerpropertiesdialog.h"
#include "gui/crsselectorwidget.h"
#include "gui/histogramwidget.h"
#include "gui/styleeditor.h"
#include "project/project.h"
#include "style/classification.h"
#include "style/colorbrewer.h"

#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTimer>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Layer> open(const QString &relative)
{
    auto layer = openLayer(QStringLiteral(TERRITORIA_TEST_DATA) + u"/"_s + relative);
    return layer ? std::move(*layer) : nullptr;
}

QString demoDistricts()
{
    return u"../../resources/demo/distritos_arequipa.geojson"_s; // relative to the test data
}

QList<double> areaMinam(const VectorLayer &layer)
{
    const int index = layer.fields().indexOf(u"AREA_MINAM"_s);
    QList<double> out;
    (void)layer.dataProvider()->forEachFeature({}, [&](Feature &&f) {
        out.append(f.attributes.value(index).toDouble());
        return true;
    });
    return out;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    const int i = combo->findData(data);
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

// Makes the dialog's style graduated Jenks on AREA_MINAM, 5 classes, YlOrRd.
void makeGraduated(LayerPropertiesDialog &dialog)
{
    selectData(dialog.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::Graduated));
    selectData(dialog.findChild<QComboBox *>(u"graduatedFieldCombo"_s), u"AREA_MINAM"_s);
    selectData(dialog.findChild<QComboBox *>(u"methodCombo"_s), int(ClassificationMethod::NaturalBreaks));
    dialog.findChild<QSpinBox *>(u"classCountSpin"_s)->setValue(5);
    selectData(dialog.findChild<QComboBox *>(u"graduatedRampCombo"_s), u"YlOrRd"_s);
}

// Types into the CRS field; Return both reads the CRS and presses OK.
void typeCrs(LayerPropertiesDialog &dialog, const QString &text, bool pressReturn = false)
{
    auto *selector = dialog.findChild<CrsSelectorWidget *>(u"crsSelector"_s);
    QVERIFY(selector);
    auto *edit = selector->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    if (pressReturn)
        QTest::keyClick(edit, Qt::Key_Return);
    else
        QTest::keyClick(edit, Qt::Key_Tab); // leaving the field reads it
}

// Answers the next modal QColorDialog with `color`.
void answerColorDialog(const QColor &color, bool *answered)
{
    QTimer::singleShot(0, [color, answered] {
        auto *dialog = qobject_cast<QColorDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setCurrentColor(color);
        *answered = true;
        dialog->accept();
    });
}

} // namespace

class TestLayerPropertiesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        testutil::installTestTranslator();
        // The test drives the dialogs itself: no native colour picker.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    // storms_xyz.shp has no .prj: the dialog says so and lets the user set the CRS.
    void setsCrsOfLayerWithoutOne()
    {
        auto layer = open(u"corpus/geometry/storms_xyz.shp"_s);
        QVERIFY(layer);
        QVERIFY(!layer->hasSourceCrs());
        QVERIFY(!layer->crs().isValid());
        LayerPropertiesDialog dialog(layer.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *warning = dialog.findChild<QLabel *>(u"noCrsWarning"_s);
        QVERIFY(warning);
        QVERIFY(warning->isVisible());
        testutil::saveScreenshot(&dialog, u"layerproperties-nocrs"_s);

        QSignalSpy crsChanged(layer.get(), &Layer::crsChanged);
        typeCrs(dialog, u"4326"_s, true); // a bare code is read as EPSG
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(crsChanged.size(), 1);
        QVERIFY(layer->crs().isValid());
        QCOMPARE(layer->crs().authId(), u"EPSG:4326"_s);
        QVERIFY(!layer->hasSourceCrs());
        // Nothing else changed, so a second apply is a no-op.
        QVERIFY(!dialog.apply());
        QCOMPARE(crsChanged.size(), 1);
    }

    void invalidCrsTextKeepsTheLayerCrs()
    {
        auto layer = open(u"corpus/geometry/storms_xyz.shp"_s);
        QVERIFY(layer);
        LayerPropertiesDialog dialog(layer.get());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        typeCrs(dialog, u"EPSG:999999"_s);
        auto *selector = dialog.findChild<CrsSelectorWidget *>(u"crsSelector"_s);
        // Leaving the field (Tab into the list of common CRSs) shows the error and
        // must not pick the first CRS of the list.
        QCOMPARE(selector->findChild<QLineEdit *>()->text(), u"EPSG:999999"_s);
        QVERIFY(!selector->errorText().isEmpty());
        QVERIFY(!selector->crs().isValid());
        QVERIFY(!dialog.apply());
        QVERIFY(!layer->crs().isValid());
    }

    void appliesNameOpacityAndColours()
    {
        auto layer = open(u"corpus/crs/NY8_utm18.shp"_s);
        QVERIFY(layer);
        auto *vl = qobject_cast<VectorLayer *>(layer.get());
        QVERIFY(vl);
        const Crs crsBefore = layer->crs();
        LayerPropertiesDialog dialog(layer.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QLabel *>(u"noCrsWarning"_s));

        auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, u"  Sectores censales  "_s);
        auto *opacity = dialog.findChild<QSlider *>(u"opacitySlider"_s);
        QVERIFY(opacity);
        QCOMPARE(opacity->value(), 100);
        opacity->setValue(40);

        auto *fill = dialog.findChild<QPushButton *>(u"fillColorButton"_s);
        auto *stroke = dialog.findChild<QPushButton *>(u"strokeColorButton"_s);
        QVERIFY(fill && stroke);
        QVERIFY(fill->isVisible());
        bool answered = false;
        answerColorDialog(QColor(0x12, 0x34, 0x56), &answered);
        QTest::mouseClick(fill, Qt::LeftButton);
        QVERIFY(answered);
        answered = false;
        answerColorDialog(QColor(0xab, 0xcd, 0xef), &answered);
        QTest::mouseClick(stroke, Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(fill->text(), u"#123456"_s);
        testutil::saveScreenshot(&dialog, u"layerproperties-vector"_s);

        QSignalSpy repaint(layer.get(), &Layer::repaintRequested);
        // OK applies and closes.
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(layer->name(), u"Sectores censales"_s);
        QCOMPARE(layer->opacity(), 0.4);
        QCOMPARE(vl->style().fillColor, QColor(0x12, 0x34, 0x56));
        QCOMPARE(vl->style().strokeColor, QColor(0xab, 0xcd, 0xef));
        QVERIFY(layer->crs() == crsBefore);
        QVERIFY(repaint.size() >= 1);
    }

    void cancelChangesNothing()
    {
        auto layer = open(u"corpus/crs/NY8_utm18.shp"_s);
        QVERIFY(layer);
        const QString nameBefore = layer->name();
        LayerPropertiesDialog dialog(layer.get());
        dialog.show();
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Otro nombre"_s);
        dialog.findChild<QSlider *>(u"opacitySlider"_s)->setValue(10);
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(layer->name(), nameBefore);
        QCOMPARE(layer->opacity(), 1.0);
    }

    void rasterHasOpacityButNoColours()
    {
        auto layer = open(u"corpus/raster/terra_elev.tif"_s);
        QVERIFY(layer);
        QCOMPARE(layer->kind(), LayerKind::Raster);
        LayerPropertiesDialog dialog(layer.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(u"fillColorButton"_s));
        dialog.findChild<QSlider *>(u"opacitySlider"_s)->setValue(75);
        testutil::saveScreenshot(&dialog, u"layerproperties-raster"_s);
        QVERIFY(dialog.apply());
        QCOMPARE(layer->opacity(), 0.75);
    }

    // Style edits show on the layer at once (the canvas redraws on repaintRequested)
    // and Cancel puts the original style back.
    void symbologyPreviewsAndCancelRestores()
    {
        auto layer = open(demoDistricts());
        QVERIFY(layer);
        auto *vl = qobject_cast<VectorLayer *>(layer.get());
        QVERIFY(vl);
        const VectorStyle original = vl->style();
        LayerPropertiesDialog dialog(layer.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.tabs()->currentWidget()->objectName(), u"symbologyPage"_s);
        QSignalSpy repaint(layer.get(), &Layer::repaintRequested);
        makeGraduated(dialog);
        QVERIFY(repaint.size() >= 1);
        QCOMPARE(vl->style().renderer, RendererType::Graduated);
        QCOMPARE(vl->style().classes.size(), 5);
        QCOMPARE(vl->style(), dialog.styleEditor()->style());
        testutil::saveScreenshot(&dialog, u"layerproperties-graduated"_s);

        auto *box = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(vl->style(), original);
    }

    void okKeepsTheGraduatedStyleAndApplyIsTheNewBaseline()
    {
        auto layer = open(demoDistricts());
        QVERIFY(layer);
        auto *vl = qobject_cast<VectorLayer *>(layer.get());
        LayerPropertiesDialog dialog(layer.get());
        dialog.show();
        makeGraduated(dialog);
        QVERIFY(dialog.apply());
        QVERIFY(!dialog.apply()); // nothing new
        const VectorStyle applied = vl->style();
        const QList<double> expected = Classification::naturalBreaks(areaMinam(*vl), 5);
        QCOMPARE(applied.classes.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(applied.classes[i].lower, expected[i]);
            QCOMPARE(applied.classes[i].upper, expected[i + 1]);
        }
        // A later edit cancelled goes back to the applied style, not the original.
        selectData(dialog.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::SingleSymbol));
        QCOMPARE(vl->style().renderer, RendererType::SingleSymbol);
        dialog.reject();
        QCOMPARE(vl->style(), applied);
    }

    void categorizedFromTheDialog()
    {
        auto layer = open(demoDistricts());
        QVERIFY(layer);
        auto *vl = qobject_cast<VectorLayer *>(layer.get());
        LayerPropertiesDialog dialog(layer.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        selectData(dialog.findChild<QComboBox *>(u"rendererCombo"_s), int(RendererType::Categorized));
        selectData(dialog.findChild<QComboBox *>(u"categoryFieldCombo"_s), u"NOMBDIST"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"classifyButton"_s), Qt::LeftButton);
        testutil::saveScreenshot(&dialog, u"layerproperties-categorized"_s);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(vl->style().renderer, RendererType::Categorized);
        QCOMPARE(vl->style().field, u"NOMBDIST"_s);
        QCOMPARE(vl->style().categories.size(), 29);
    }

    void choroplethActionAppliesGraduatedStyle()
    {
        Project project;
        auto opened = open(demoDistricts());
        QVERIFY(opened);
        auto *vl = qobject_cast<VectorLayer *>(project.addLayer(std::move(opened)));
        QVERIFY(vl);
        auto points = open(u"corpus/geometry/storms_xyz.shp"_s);
        QVERIFY(points);
        Layer *pointLayer = project.addLayer(std::move(points));
        LayerPanel panel(&project);

        // Points get no choropleth entry.
        std::unique_ptr<QMenu> pointMenu(panel.createContextMenu(pointLayer, nullptr));
        QVERIFY(!pointMenu->findChild<QAction *>(u"choroplethAction"_s));

        std::unique_ptr<QMenu> menu(panel.createContextMenu(vl, nullptr));
        auto *action = menu->findChild<QAction *>(u"choroplethAction"_s);
        QVERIFY(action);
        bool answered = false;
        QTimer::singleShot(0, [&answered] {
            auto *dialog = qobject_cast<ChoroplethDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *combo = dialog->findChild<QComboBox *>(u"choroplethFieldCombo"_s);
            combo->setCurrentIndex(combo->findData(u"AREA_MINAM"_s));
            answered = true;
            dialog->accept();
        });
        action->trigger();
        QVERIFY(answered);
        const VectorStyle s = vl->style();
        QCOMPARE(s.renderer, RendererType::Graduated);
        QCOMPARE(s.field, u"AREA_MINAM"_s);
        QCOMPARE(s.method, ClassificationMethod::NaturalBreaks);
        QCOMPARE(s.rampName, u"YlOrRd"_s);
        QCOMPARE(s.classes.size(), 5);
        const QList<double> expected = Classification::naturalBreaks(areaMinam(*vl), 5);
        const QList<QColor> colors = ColorBrewer::scheme(u"YlOrRd"_s, 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(s.classes[i].upper, expected[i + 1]);
            QCOMPARE(s.classes[i].symbol.fillColor, colors[i]);
        }
        // Not a numeric field: nothing applied.
        QVERIFY(!LayerPanel::applyChoropleth(vl, u"NOMBDIST"_s));
        QCOMPARE(vl->style(), s);
    }
};

QTEST_MAIN(TestLayerPropertiesDialog)
#include "tst_layerpropertiesdialog.moc"
