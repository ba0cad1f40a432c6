#include "../common/uitest.h"
#include "data/layerloader.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "desktop/layerpropertiesdialog.h"
#include "gui/crsselectorwidget.h"

#include <QApplication>
#include <QColorDialog>
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
};

QTEST_MAIN(TestLayerPropertiesDialog)
#include "tst_layerpropertiesdialog.moc"
