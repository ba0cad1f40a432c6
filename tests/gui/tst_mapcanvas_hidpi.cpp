// MapCanvas on a HiDPI screen (device pixel ratio 2, through QT_SCALE_FACTOR on the
// offscreen platform): the map is rendered at device resolution and shown 1:1.
#include "data/layerloader.h"
#include "gui/mapcanvas.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace territoria;

class TestMapCanvasHiDpi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersAtDeviceResolution()
    {
        auto layer = openLayer(QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/crs/NY8_utm18.shp"_s);
        QVERIFY2(layer.has_value(), layer ? "" : qPrintable(layer.error().toString()));
        MapCanvas canvas;
        canvas.resize(300, 200);
        canvas.setRenderDelayMs(10);
        canvas.setDestinationCrs((*layer)->crs());
        canvas.setLayers({layer->get()});
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QCOMPARE(canvas.devicePixelRatioF(), 2.0);

        QSignalSpy finished(&canvas, &MapCanvas::renderFinished);
        canvas.zoomToLayer(layer->get());
        QVERIFY(finished.wait(20000));
        const QImage image = canvas.renderedImage();
        QCOMPARE(image.size(), QSize(600, 400)); // device pixels
        QCOMPARE(image.devicePixelRatio(), 2.0);

        // The scale shown to the user does not depend on the screen's pixel ratio:
        // 1:N from the logical size and DPI.
        MapSettings logical = canvas.mapSettings();
        QCOMPARE(logical.outputSize(), QSize(300, 200));
        QVERIFY(qAbs(canvas.scale() - logical.scale()) < 1e-6 * logical.scale());

        // Shown 1:1: what the widget paints is exactly the rendered image.
        const QImage shown = canvas.grab().toImage().convertToFormat(image.format());
        QCOMPARE(shown.size(), image.size());
        int different = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                different += shown.pixel(x, y) != image.pixel(x, y);
        QCOMPARE(different, 0);
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestMapCanvasHiDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mapcanvas_hidpi.moc"
