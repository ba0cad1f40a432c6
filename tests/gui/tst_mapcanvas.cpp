#include "data/layerloader.h"
#include "gui/mapcanvas.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace territoria;
using namespace Qt::StringLiterals;

class TestMapCanvas : public QObject
{
    Q_OBJECT
private:
    static void compareExtent(const Extent &a, const Extent &b, double eps = 1e-6)
    {
        QVERIFY2(std::abs(a.xMin() - b.xMin()) < eps && std::abs(a.yMin() - b.yMin()) < eps
                     && std::abs(a.xMax() - b.xMax()) < eps && std::abs(a.yMax() - b.yMax()) < eps,
                 qPrintable(a.toString() + u" != "_s + b.toString()));
    }
    std::unique_ptr<MapCanvas> makeCanvas()
    {
        auto canvas = std::make_unique<MapCanvas>();
        canvas->resize(400, 300);
        canvas->setDestinationCrs(Crs::fromEpsg(32719));
        canvas->setExtent(Extent(1000, 2000, 1400, 2300));
        return canvas;
    }

private Q_SLOTS:
    void setExtentKeepsAspect()
    {
        auto canvas = makeCanvas();
        compareExtent(canvas->extent(), Extent(1000, 2000, 1400, 2300));
        QCOMPARE(canvas->mapUnitsPerPixel(), 1.0);
        // A taller extent is shown whole: the width grows around the center.
        canvas->setExtent(Extent(0, 0, 100, 300));
        compareExtent(canvas->extent(), Extent(-150, 0, 250, 300));
        QCOMPARE(canvas->toMapCoordinates(QPointF(0, 0)), QPointF(-150, 300));
        QCOMPARE(canvas->toPixel(QPointF(250, 0)), QPointF(400, 300));
    }

    void zoomInOut()
    {
        auto canvas = makeCanvas();
        canvas->zoomIn();
        compareExtent(canvas->extent(), Extent(1100, 2075, 1300, 2225));
        canvas->zoomOut();
        canvas->zoomOut();
        compareExtent(canvas->extent(), Extent(800, 1850, 1600, 2450));
    }

    void pan()
    {
        auto canvas = makeCanvas();
        // Dragging the content 10 px right and 20 px down shows what was left/up.
        canvas->panByPixels(QPointF(10, 20));
        compareExtent(canvas->extent(), Extent(990, 2020, 1390, 2320));
        canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(canvas.get()));
        QTest::mousePress(canvas.get(), Qt::LeftButton, {}, QPoint(200, 150));
        QTest::mouseMove(canvas.get(), QPoint(230, 150));
        QTest::mouseMove(canvas.get(), QPoint(250, 150));
        QTest::mouseRelease(canvas.get(), Qt::LeftButton, {}, QPoint(250, 150));
        compareExtent(canvas->extent(), Extent(940, 2020, 1340, 2320));
    }

    void clickWithoutDragEmitsMapClicked()
    {
        auto canvas = makeCanvas();
        canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(canvas.get()));
        QSignalSpy spy(canvas.get(), &MapCanvas::mapClicked);
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(100, 50));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toPointF(), QPointF(1100, 2250));
        compareExtent(canvas->extent(), Extent(1000, 2000, 1400, 2300));
    }

    void wheelZoomKeepsPointUnderCursor()
    {
        auto canvas = makeCanvas();
        const QPointF cursor(100, 50);
        const QPointF before = canvas->toMapCoordinates(cursor);
        QWheelEvent in(cursor, canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas.get(), &in);
        QVERIFY(canvas->mapUnitsPerPixel() < 1.0);
        QVERIFY(std::abs(canvas->mapUnitsPerPixel() - 1 / std::sqrt(2.0)) < 1e-9);
        const QPointF after = canvas->toMapCoordinates(cursor);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-6);
        QVERIFY(std::abs(after.y() - before.y()) < 1e-6);
        QWheelEvent out(cursor, canvas->mapToGlobal(cursor), QPoint(), QPoint(0, -240), Qt::NoButton,
                        Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas.get(), &out);
        QVERIFY(std::abs(canvas->mapUnitsPerPixel() - std::sqrt(2.0)) < 1e-9);
        const QPointF afterOut = canvas->toMapCoordinates(cursor);
        QVERIFY(std::abs(afterOut.x() - before.x()) < 1e-6);
        QVERIFY(std::abs(afterOut.y() - before.y()) < 1e-6);
    }

    void extentHistory()
    {
        auto canvas = makeCanvas();
        const Extent a = canvas->extent();
        QVERIFY(!canvas->canZoomPrevious());
        canvas->setExtent(Extent(0, 0, 400, 300));
        const Extent b = canvas->extent();
        canvas->zoomIn();
        const Extent c = canvas->extent();
        QVERIFY(canvas->canZoomPrevious());
        QVERIFY(!canvas->canZoomNext());
        canvas->zoomPrevious();
        compareExtent(canvas->extent(), b);
        canvas->zoomPrevious();
        compareExtent(canvas->extent(), a);
        QVERIFY(!canvas->canZoomPrevious());
        canvas->zoomNext();
        compareExtent(canvas->extent(), b);
        canvas->zoomNext();
        compareExtent(canvas->extent(), c);
        QVERIFY(!canvas->canZoomNext());
        // A new extent after going back drops the "next" entries.
        canvas->zoomPrevious();
        canvas->setExtent(Extent(5000, 5000, 5400, 5300));
        QVERIFY(!canvas->canZoomNext());
        canvas->zoomPrevious();
        compareExtent(canvas->extent(), b);
    }

    void rendersLayersAndZoomsToThem()
    {
        auto layer = openLayer(QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/crs/NY8_utm18.shp"_s);
        QVERIFY2(layer.has_value(), layer ? "" : qPrintable(layer.error().toString()));
        MapCanvas canvas;
        canvas.resize(300, 200);
        canvas.setRenderDelayMs(10);
        canvas.setDestinationCrs((*layer)->crs());
        canvas.setLayers({layer->get()});
        QSignalSpy finished(&canvas, &MapCanvas::renderFinished);
        canvas.zoomToLayer(layer->get());
        QVERIFY(canvas.extent().contains((*layer)->extent()));
        QVERIFY(finished.wait(20000));
        const QImage image = canvas.renderedImage();
        QCOMPARE(image.size(), QSize(300, 200));
        // Something other than the white background was drawn.
        int painted = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                painted += QColor(image.pixel(x, y)) != QColor(Qt::white);
        QVERIFY2(painted > 300 * 200 / 20, qPrintable(QString::number(painted)));
    }
};

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
