// prioritization:ahp against worked examples. The 3 x 3 case is solved in the test
// by another route: a reciprocal 3 x 3 matrix (a12 = a, a13 = b, a23 = c) has the
// characteristic equation λ³ − 3λ² = ac/b + b/(ac) − 2, whose largest root is found
// by bisection, and the eigenvector is the cross product of two rows of A − λI.
#include "analysis/algorithmregistry.h"
#include "task/feedback.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

class TestAhpAlgorithm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saaty3x3();
    void fourByFour();
    void consistentMatrix();
    void inconsistentMatrixWarns();
    void oneAndTwoCriteria();
    void badMatrices_data();
    void badMatrices();

private:
    Result<QVariantMap> run(const QString &matrix, QStringList *warnings = nullptr)
    {
        Feedback feedback;
        QSignalSpy spy(&feedback, &Feedback::warningPushed);
        auto result = m_algorithm->run({{u"matrix"_s, matrix}}, feedback);
        if (warnings)
            for (const auto &args : spy)
                *warnings << args.at(0).toString();
        return result;
    }
    static QList<double> weights(const QVariantMap &outputs)
    {
        QList<double> list;
        for (const QVariant &v : outputs.value(u"weights"_s).toList())
            list << v.toDouble();
        return list;
    }

    AlgorithmRegistry m_registry;
    const Algorithm *m_algorithm = nullptr;
};

void TestAhpAlgorithm::initTestCase()
{
    m_registry.loadPlugins();
    m_algorithm = m_registry.algorithm(u"prioritization:ahp"_s);
    QVERIFY(m_algorithm);
}

void TestAhpAlgorithm::saaty3x3()
{
    const double a = 3, b = 5, c = 3;
    const double rhs = a * c / b + b / (a * c) - 2; // 9/5 + 5/9 - 2 = 0.35556
    double lo = 3, hi = 6;
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (mid * mid * (mid - 3) - rhs > 0 ? hi : lo) = mid;
    }
    const double lambda = (lo + hi) / 2;
    // Rows 1 and 2 of A − λI; their cross product spans the null space.
    const double r1[] = {1 - lambda, a, b}, r2[] = {1 / a, 1 - lambda, c};
    double w[] = {r1[1] * r2[2] - r1[2] * r2[1], r1[2] * r2[0] - r1[0] * r2[2], r1[0] * r2[1] - r1[1] * r2[0]};
    const double sum = w[0] + w[1] + w[2];
    for (double &x : w)
        x /= sum;
    const double ci = (lambda - 3) / 2, cr = ci / 0.58;
    // The published values (Saaty's classic example): 0.637, 0.258, 0.105, λ 3.039, CR 0.033.
    QVERIFY(std::abs(w[0] - 0.637) < 1e-3 && std::abs(w[1] - 0.258) < 1e-3 && std::abs(w[2] - 0.105) < 1e-3);
    QVERIFY(std::abs(cr - 0.0332) < 1e-3);

    const auto result = run(u"1,3,5;1/3,1,3;1/5,1/3,1"_s);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const QList<double> got = weights(*result);
    QCOMPARE(got.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(std::abs(got[i] - w[i]) < 1e-9, qPrintable(QString::number(got[i])));
    QVERIFY(std::abs(result->value(u"lambda_max"_s).toDouble() - lambda) < 1e-9);
    QVERIFY(std::abs(result->value(u"ci"_s).toDouble() - ci) < 1e-9);
    QVERIFY(std::abs(result->value(u"cr"_s).toDouble() - cr) < 1e-9);
    QCOMPARE(result->value(u"ri"_s).toDouble(), 0.58);
    QCOMPARE(result->value(u"consistent"_s).toBool(), true);
}

void TestAhpAlgorithm::fourByFour()
{
    // Reference: characteristic polynomial (Faddeev–LeVerrier), its largest root by
    // bisection and the eigenvector from the cofactors of A − λI, worked out
    // separately: w = 0.465708, 0.184220, 0.072840, 0.277232; λ = 4.202641;
    // CI = 0.067547; CR = CI / 0.90 = 0.075052.
    const auto result = run(u"1,2,4,3; 1/2,1,3,1/2; 1/4,1/3,1,1/5; 1/3,2,5,1"_s);
    QVERIFY(result);
    const QList<double> got = weights(*result);
    const double expected[] = {0.465708, 0.184220, 0.072840, 0.277232};
    QCOMPARE(got.size(), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(std::abs(got[i] - expected[i]) < 1e-5, qPrintable(QString::number(got[i])));
    const double lambda = result->value(u"lambda_max"_s).toDouble();
    QVERIFY(std::abs(lambda - 4.202641) < 1e-5);
    QVERIFY(std::abs(result->value(u"ci"_s).toDouble() - 0.067547) < 1e-5);
    QVERIFY(std::abs(result->value(u"cr"_s).toDouble() - 0.075052) < 1e-5);
    // Perron–Frobenius: the only positive eigenvector is the principal one, so A w = λ w settles it.
    const double a[4][4] = {{1, 2, 4, 3}, {0.5, 1, 3, 0.5}, {0.25, 1.0 / 3, 1, 0.2}, {1.0 / 3, 2, 5, 1}};
    for (int i = 0; i < 4; ++i) {
        double aw = 0;
        for (int j = 0; j < 4; ++j)
            aw += a[i][j] * got[j];
        QVERIFY(std::abs(aw - lambda * got[i]) < 1e-9);
    }
}

void TestAhpAlgorithm::consistentMatrix()
{
    // a_ij = w_i / w_j with w = 0.4, 0.3, 0.2, 0.1: the weights come back exactly, λ = n, CI = CR = 0.
    const auto result = run(u"1,4/3,2,4; 3/4,1,3/2,3; 1/2,2/3,1,2; 1/4,1/3,1/2,1"_s);
    QVERIFY(result);
    const QList<double> got = weights(*result);
    const double expected[] = {0.4, 0.3, 0.2, 0.1};
    for (int i = 0; i < 4; ++i)
        QVERIFY(std::abs(got[i] - expected[i]) < 1e-12);
    QVERIFY(std::abs(result->value(u"lambda_max"_s).toDouble() - 4) < 1e-12);
    QVERIFY(std::abs(result->value(u"cr"_s).toDouble()) < 1e-12);
    QCOMPARE(result->value(u"ri"_s).toDouble(), 0.90);
}

void TestAhpAlgorithm::inconsistentMatrixWarns()
{
    // The consistent matrix above with one judgement turned around: criterion 1 vs 4
    // says 1/4 instead of 4. That judgement is the one to revise.
    QStringList warnings;
    const auto result = run(u"1,4/3,2,1/4; 3/4,1,3/2,3; 1/2,2/3,1,2; 4,1/3,1/2,1"_s, &warnings);
    QVERIFY(result);
    QVERIFY(result->value(u"cr"_s).toDouble() > 0.10);
    QCOMPARE(result->value(u"consistent"_s).toBool(), false);
    const QVariantList atOdds = result->value(u"most_at_odds"_s).toList();
    QVERIFY(!atOdds.isEmpty());
    QCOMPARE(atOdds.first().toMap().value(u"row"_s).toInt(), 1);
    QCOMPARE(atOdds.first().toMap().value(u"column"_s).toInt(), 4);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(u"CR = "_s) && warnings.first().contains(u"row 1, column 4"_s), qPrintable(warnings.first()));
    // Saaty's cyclic matrix (1 ≫ 2 ≫ 3 ≫ 1): λ³ − 3λ² = 729 + 1/729 − 2.
    const auto cyclic = run(u"1,9,1/9;1/9,1,9;9,1/9,1"_s);
    QVERIFY(cyclic);
    const double lambda = cyclic->value(u"lambda_max"_s).toDouble();
    QVERIFY(std::abs(lambda * lambda * (lambda - 3) - (727 + 1.0 / 729)) < 1e-6);
}

void TestAhpAlgorithm::oneAndTwoCriteria()
{
    auto one = run(u"1"_s);
    QVERIFY(one);
    QCOMPARE(weights(*one), QList<double>{1.0});
    QCOMPARE(one->value(u"cr"_s).toDouble(), 0.0);
    // 2 x 2 is always consistent: weights 3/4, 1/4, RI = 0, CR = 0.
    auto two = run(u"1,3;1/3,1"_s);
    QVERIFY(two);
    QVERIFY(std::abs(weights(*two)[0] - 0.75) < 1e-12);
    QVERIFY(std::abs(two->value(u"lambda_max"_s).toDouble() - 2) < 1e-12);
    QCOMPARE(two->value(u"cr"_s).toDouble(), 0.0);
    // "0.333" stands for 1/3 (within 1%).
    QVERIFY(run(u"1,3;0.333,1"_s));
}

void TestAhpAlgorithm::badMatrices_data()
{
    QTest::addColumn<QString>("matrix");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not reciprocal") << u"1,3,5;1/3,1,3;1/5,3,1"_s << u"not reciprocal: row 2, column 3"_s;
    QTest::newRow("not square") << u"1,3;1/3,1,2"_s << u"row 2 has 3 entries"_s;
    QTest::newRow("zero") << u"1,0;1/3,1"_s << u"row 1, column 2"_s;
    QTest::newRow("negative") << u"1,-3;-1/3,1"_s << u"greater than zero"_s;
    QTest::newRow("text") << u"1,tres;1/3,1"_s << u"row 1, column 2: “tres” is not a number"_s;
    QTest::newRow("bad fraction") << u"1,3;1/3/2,1"_s << u"row 2, column 1"_s;
    QTest::newRow("division by zero") << u"1,3;1/0,1"_s << u"row 2, column 1"_s;
    QTest::newRow("diagonal") << u"2,3;1/3,1"_s << u"row 1, column 1"_s;
    QTest::newRow("empty") << u" "_s << u"matrix"_s;
    QTest::newRow("too large") << QStringList(16, u"1"_s).join(u';') << u"15"_s;
}

void TestAhpAlgorithm::badMatrices()
{
    QFETCH(QString, matrix);
    QFETCH(QString, mention);
    const auto result = run(matrix);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(mention), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestAhpAlgorithm)
#include "tst_ahpalgorithm.moc"
