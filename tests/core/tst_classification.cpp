#include "style/classification.h"
#include "style/colorbrewer.h"
#include "style/rasterstyle.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

bool same(const QList<double> &a, const QList<double> &b, double tol = 1e-9)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > tol * std::max(1.0, std::abs(b[i])))
            return false;
    return true;
}

QString str(const QList<double> &a)
{
    QStringList s;
    for (double x : a)
        s << QString::number(x, 'g', 12);
    return s.join(u", "_s);
}

#define COMPARE_BREAKS(actual, expected)                                                                        \
    do {                                                                                                        \
        const QList<double> a_ = (actual), e_ = (expected);                                                     \
        QVERIFY2(same(a_, e_), qPrintable(u"got {"_s + str(a_) + u"} expected {"_s + str(e_) + u"}"_s));        \
    } while (false)

} // namespace

class TestClassification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalInterval()
    {
        // 0..10 in 5 classes of width 2; NaN and infinity ignored.
        COMPARE_BREAKS(Classification::equalInterval({3, 0, 10, NAN, INFINITY, 7}, 5), (QList<double>{0, 2, 4, 6, 8, 10}));
        // -1..2 in 3 classes of width 1.
        COMPARE_BREAKS(Classification::equalInterval({2, -1, 0.5}, 3), (QList<double>{-1, 0, 1, 2}));
    }

    void quantile()
    {
        // 1..10, 4 classes, R type 7: h = 9p; p = .25 -> x[2] + .25(x[3] - x[2]) = 3.25,
        // p = .5 -> x[4] + .5 = 5.5, p = .75 -> x[6] + .75 = 7.75.
        COMPARE_BREAKS(Classification::quantile({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 4),
                       (QList<double>{1, 3.25, 5.5, 7.75, 10}));
        // Ties merge bounds: {1,1,1,1,1,1,2,3}, 4 classes: h = 7p: 1, 1 (h=1.75), 1 (h=3.5),
        // x[5] + .25(x[6] - x[5]) = 1.25 (h=5.25), 3 -> {1, 1.25, 3}.
        COMPARE_BREAKS(Classification::quantile({1, 1, 1, 1, 1, 1, 2, 3}, 4), (QList<double>{1, 1.25, 3}));
    }

    void naturalBreaksSmallKnownSet()
    {
        // Ten values in three obvious groups: {1,2,3,4}, {20,21,22}, {50,51,52}.
        // k = 3: those groups, with within-class sums of squares 5 + 2 + 2 = 9 (any
        // other split mixes groups 16+ apart). Bounds: min, then each class's maximum.
        const QList<double> v{22, 1, 51, 3, 20, 2, 50, 4, 21, 52};
        COMPARE_BREAKS(Classification::naturalBreaks(v, 3), (QList<double>{1, 4, 22, 52}));
        // k = 2, the two candidate splits:
        //  {1..4} | {20,21,22,50,51,52}: 5 + (mean 36: 2·(16² + 15² + 14²) = 1354) = 1359
        //  {1..4,20,21,22} | {50,51,52}: (Σx² 1355 - 73²/7 = 593.71) + 2 = 595.71  <- least
        COMPARE_BREAKS(Classification::naturalBreaks(v, 2), (QList<double>{1, 22, 52}));
        // k = 4 splits the widest group, {1,2,3,4} (SSD 5) into {1,2} and {3,4}
        // (0.5 + 0.5), saving 4; splitting {20,21,22} or {50,51,52} saves only 1.5.
        COMPARE_BREAKS(Classification::naturalBreaks(v, 4), (QList<double>{1, 2, 4, 22, 52}));
    }

    void naturalBreaksIsOptimal()
    {
        // Against brute force over every split of 12 random values into 3 classes.
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> d(0, 100);
        QList<double> v;
        for (int i = 0; i < 12; ++i)
            v.append(std::round(d(rng)));
        std::sort(v.begin(), v.end());
        auto ssd = [&](int i, int j) { // v[i..j)
            double m = 0;
            for (int k = i; k < j; ++k)
                m += v[k];
            m /= (j - i);
            double s = 0;
            for (int k = i; k < j; ++k)
                s += (v[k] - m) * (v[k] - m);
            return s;
        };
        double best = INFINITY;
        for (int a = 1; a < 11; ++a)
            for (int b = a + 1; b < 12; ++b)
                best = std::min(best, ssd(0, a) + ssd(a, b) + ssd(b, 12));
        const QList<double> br = Classification::naturalBreaks(v, 3);
        QCOMPARE(br.size(), 4);
        // Recover the split from the bounds and check its cost is the optimum.
        const int a = int(std::upper_bound(v.begin(), v.end(), br[1]) - v.begin());
        const int b = int(std::upper_bound(v.begin(), v.end(), br[2]) - v.begin());
        QVERIFY(std::abs(ssd(0, a) + ssd(a, b) + ssd(b, 12) - best) < 1e-9);
    }

    void naturalBreaksSampled()
    {
        // 10 000 values in two clusters: the sampled program still finds the gap.
        QList<double> v;
        for (int i = 0; i < 5000; ++i) {
            v.append(i * 0.001);      // 0 .. 4.999
            v.append(100 + i * 0.001); // 100 .. 104.999
        }
        const QList<double> b = Classification::naturalBreaks(v, 2);
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.first(), 0.0);
        QCOMPARE(b.last(), 104.999);
        QVERIFY2(b[1] > 4.9 && b[1] < 5.0, qPrintable(str(b)));
    }

    void standardDeviation()
    {
        // {2,4,4,4,5,5,7,9}: mean 5, population σ = 2. Bounds inside (2, 9) at
        // 5 + 2j: 3, 5, 7 -> {2, 3, 5, 7, 9}; with k = 0.5 (width 1): 3, 4, 5, 6, 7, 8.
        const QList<double> v{2, 4, 4, 4, 5, 5, 7, 9};
        COMPARE_BREAKS(Classification::standardDeviation(v), (QList<double>{2, 3, 5, 7, 9}));
        COMPARE_BREAKS(Classification::standardDeviation(v, 0.5), (QList<double>{2, 3, 4, 5, 6, 7, 8, 9}));
    }

    void pretty()
    {
        // R: pretty(c(1, 99)) -> 0 20 40 60 80 100 (cell 98/5 = 19.6, unit 20).
        COMPARE_BREAKS(Classification::pretty({1, 99, 50}, 5), (QList<double>{0, 20, 40, 60, 80, 100}));
        // R: pretty(c(0.13, 0.87)) -> 0.0 0.2 0.4 0.6 0.8 1.0 (cell 0.148, unit 0.2).
        COMPARE_BREAKS(Classification::pretty({0.13, 0.87}, 5), (QList<double>{0, 0.2, 0.4, 0.6, 0.8, 1.0}));
        // R: pretty(c(-3.7, 12.1)) -> -5 0 5 10 15 (cell 3.16: 2·1 - 3.16 < 1.5(3.16-1) so
        // unit 2, then 5 - 3.16 = 1.84 < 2.75(3.16 - 2) = 3.19 so unit 5; 10 - 3.16 > 1.5(3.16-5)).
        COMPARE_BREAKS(Classification::pretty({-3.7, 12.1}, 5), (QList<double>{-5, 0, 5, 10, 15}));
        // R: pretty(c(1234, 5678), 4) -> 1000 2000 3000 4000 5000 6000.
        COMPARE_BREAKS(Classification::pretty({1234, 5678}, 4), (QList<double>{1000, 2000, 3000, 4000, 5000, 6000}));
    }

    void manual()
    {
        COMPARE_BREAKS(Classification::manual({10, 0, 5, 5, NAN}), (QList<double>{0, 5, 10}));
        COMPARE_BREAKS(Classification::breaks(ClassificationMethod::Manual, {1, 2, 3}, 3, {3, 1}), (QList<double>{1, 3}));
    }

    void degenerate_data()
    {
        QTest::addColumn<int>("method");
        for (auto m : {ClassificationMethod::EqualInterval, ClassificationMethod::Quantile,
                       ClassificationMethod::NaturalBreaks, ClassificationMethod::StandardDeviation,
                       ClassificationMethod::Pretty})
            QTest::newRow(qPrintable(Classification::methodId(m))) << int(m);
    }

    void degenerate()
    {
        QFETCH(int, method);
        const auto m = ClassificationMethod(method);
        QVERIFY(Classification::breaks(m, {}, 5).isEmpty());
        QVERIFY(Classification::breaks(m, {NAN, NAN}, 5).isEmpty());
        COMPARE_BREAKS(Classification::breaks(m, {7}, 5), (QList<double>{7, 7}));
        COMPARE_BREAKS(Classification::breaks(m, {4, 4, 4, NAN}, 5), (QList<double>{4, 4}));
        // More classes than distinct values: never more classes than the data can fill
        // with distinct, increasing bounds.
        const QList<double> b = Classification::breaks(m, {1, 1, 2, 2, 3}, 7);
        QVERIFY(b.size() >= 2);
        for (qsizetype i = 1; i < b.size(); ++i)
            QVERIFY2(b[i] > b[i - 1], qPrintable(str(b)));
        QVERIFY(b.first() <= 1 && b.last() >= 3);
    }

    void jenksMoreClassesThanValues()
    {
        // Three distinct values, 7 classes asked: bounds at the distinct values.
        COMPARE_BREAKS(Classification::naturalBreaks({1, 1, 2, 2, 3}, 7), (QList<double>{1, 2, 3}));
        COMPARE_BREAKS(Classification::quantile({1, 1, 2, 2, 3}, 7).mid(0, 1), (QList<double>{1}));
    }

    void colorBrewer()
    {
        for (const QString &name : {u"Blues"_s, u"Greens"_s, u"Reds"_s, u"Oranges"_s, u"YlOrRd"_s, u"YlGnBu"_s,
                                    u"RdYlGn"_s, u"RdBu"_s, u"Spectral"_s, u"BrBG"_s, u"Set1"_s, u"Set2"_s,
                                    u"Paired"_s, u"Dark2"_s}) {
            QVERIFY2(ColorBrewer::contains(name), qPrintable(name));
            for (int n = 3; n <= 8; ++n)
                QCOMPARE(ColorBrewer::scheme(name, n).size(), n);
        }
        QCOMPARE(ColorBrewer::type(u"rdbu"_s), SchemeType::Diverging);
        QCOMPARE(ColorBrewer::type(u"Paired"_s), SchemeType::Qualitative);
        QCOMPARE(ColorBrewer::maxClasses(u"Paired"_s), 12);
        QVERIFY(ColorBrewer::scheme(u"Blues"_s, 10).isEmpty());
        // colorbrewer2.org: 3-class Blues #deebf7 #9ecae1 #3182bd; 5-class RdYlGn
        // #d7191c #fdae61 #ffffbf #a6d96a #1a9641; Set1 starts #e41a1c #377eb8.
        QCOMPARE(ColorBrewer::scheme(u"Blues"_s, 3),
                 (QList<QColor>{QColor(0xdeebf7), QColor(0x9ecae1), QColor(0x3182bd)}));
        QCOMPARE(rampColors(u"RdYlGn"_s, 5),
                 (QList<QColor>{QColor(0xd7191c), QColor(0xfdae61), QColor(0xffffbf), QColor(0xa6d96a),
                                QColor(0x1a9641)}));
        QCOMPARE(rampColors(u"RdYlGn"_s, 5, true).first(), QColor(0x1a9641));
        QCOMPARE(rampColors(u"Set1"_s, 2), (QList<QColor>{QColor(0xe41a1c), QColor(0x377eb8)}));
        // 9-class YlOrRd ends #800026; beyond a qualitative scheme's size colours repeat.
        QCOMPARE(rampColors(u"YlOrRd"_s, 9).last(), QColor(0x800026));
        QCOMPARE(rampColors(u"Dark2"_s, 10).value(8), QColor(0x1b9e77));
        // Continuous ramps give n samples, ends included: gray 3 -> black, mid, white.
        const QList<QColor> g = rampColors(u"gray"_s, 3);
        QCOMPARE(g.first(), QColor(0, 0, 0));
        QCOMPARE(g.last(), QColor(255, 255, 255));
        QCOMPARE(g[1], QColor(128, 128, 128));
        // A Brewer scheme as a continuous ramp: its largest size as stops; reversed.
        const ColorRamp ylorrd = ColorRamp::named(u"YlOrRd"_s);
        QCOMPARE(ylorrd.colorAt(0), QColor(0xffffcc));
        QCOMPARE(ylorrd.reversed().colorAt(0), QColor(0x800026));
        QCOMPARE(ColorRamp::named(u"viridis"_s).colors(2).last(), QColor(0xfde725));
        QVERIFY(ColorRamp::names().contains(u"Spectral"_s) && ColorRamp::names().contains(u"viridis"_s));
    }
};

QTEST_MAIN(TestClassification)
#include "tst_classification.moc"
