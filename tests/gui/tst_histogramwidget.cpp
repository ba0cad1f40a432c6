#include "gui/histogramwidget.h"

#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QTest>

using namespace territoria;

class TestHistogramWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void binsAgainstHandCounts()
    {
        HistogramWidget h;
        h.setValues({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, qQNaN(), qInf()});
        QCOMPARE(h.values().size(), 11);
        QCOMPARE(h.binCount(), 12); // 2*ceil(sqrt(11)) = 8, at least 12
        h.setBinCount(5); // width 2: [0,2) [2,4) [4,6) [6,8) [8,10]
        QCOMPARE(h.binCounts(), (QList<int>{2, 2, 2, 2, 3}));
        QCOMPARE(h.binForValue(10), 4);
        QCOMPARE(h.binForValue(1.99), 0);
        QCOMPARE(h.minimum(), 0.0);
        QCOMPARE(h.maximum(), 10.0);
        h.setHighlightedValues({1, 9, 9.5, qQNaN()});
        QCOMPARE(h.highlightedBinCounts(), (QList<int>{1, 0, 0, 0, 2}));
        h.setValues({});
        QCOMPARE(h.binCounts(), QList<int>(12, 0));
    }

    void valuesAndPixelsRoundTrip()
    {
        HistogramWidget h;
        h.resize(300, 160);
        h.setValues({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        const QRectF plot = h.plotArea();
        QVERIFY(plot.width() > 150);
        QVERIFY(plot.left() > 0 && plot.right() <= 300);
        QCOMPARE(h.xForValue(0), plot.left());
        QCOMPARE(h.xForValue(10), plot.right());
        QCOMPARE(h.xForValue(5), plot.center().x());
        QCOMPARE(h.valueForX(plot.left() + plot.width() / 4), 2.5);
        // The chart draws the same plot area once shown.
        h.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h));
        QCOMPARE(h.plotArea(), h.chart()->plotArea());
    }

    void breaksAreLinesAndDraggable()
    {
        HistogramWidget h;
        h.resize(400, 180);
        h.setValues({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        h.setBreaks({0, 4, 10}, {Qt::red, Qt::blue});
        int lines = 0;
        for (auto *s : h.chart()->series())
            lines += s->objectName() == QStringLiteral("break") ? 1 : 0;
        QCOMPARE(lines, 3);
        h.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h));
        QSignalSpy edited(&h, &HistogramWidget::breaksEdited);
        const int y = qRound(h.plotArea().center().y());
        const QPoint from(qRound(h.xForValue(4)), y), to(from.x() + 30, y);
        QTest::mousePress(h.chartView()->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(h.chartView()->viewport(), to);
        QTest::mouseRelease(h.chartView()->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(h.breaks().at(1), h.valueForX(to.x()));
        QVERIFY(h.breaks().at(1) > 4);
    }
};

QTEST_MAIN(TestHistogramWidget)
#include "tst_histogramwidget.moc"
