#include "../common/uitest.h"
#include "gui/ahpmatrixwidget.h"
#include "gui/parameterwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QLocale>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

// Saaty's textbook 3 x 3 example, worked by hand (power iteration to convergence):
//   w = (0.6370, 0.2583, 0.1047), lambda max = 3.03851,
//   CI = (3.03851 - 3)/2 = 0.019256, CR = 0.019256/0.58 = 0.033199.
static const QString kSaaty3 = u"1,3,5;1/3,1,3;1/5,1/3,1"_s;

class TestAhpMatrixWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Destroying the widget while its names field has focus and unsaved text: the
    // field's editingFinished during destruction must not reach the dead widget
    // (an invalid read that ASan/valgrind report; it crashed a hand-made harness).
    void destroyWhileEditingNames()
    {
        auto *w = new AhpMatrixWidget;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->namesEdit()->setFocus();
        w->namesEdit()->setText(u"a, b, c, d"_s);
        QSignalSpy changed(w, &AhpMatrixWidget::matrixChanged);
        delete w;
        QCOMPARE(changed.count(), 0);
    }

    void initTestCase() { testutil::installTestTranslator(); }

    void upperTriangleFillsReciprocal()
    {
        AhpMatrixWidget w;
        QCOMPARE(w.size(), 3);
        QCOMPARE(w.text(), u"1,1,1;1,1,1;1,1,1"_s);
        auto *combo = qobject_cast<QComboBox *>(w.table()->cellWidget(0, 1));
        QVERIFY(combo);
        QSignalSpy changed(&w, &AhpMatrixWidget::matrixChanged);
        combo->setCurrentIndex(combo->findText(u"3"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(w.table()->item(1, 0)->text(), u"1/3"_s);
        QCOMPARE(w.judgement(1, 0), 1.0 / 3.0);
        QVERIFY(!(w.table()->item(1, 0)->flags() & Qt::ItemIsEditable));
        QCOMPARE(w.table()->item(1, 1)->text(), u"1"_s);
        QVERIFY(!w.table()->cellWidget(1, 0)); // no editor in the lower triangle
    }

    void producesText()
    {
        AhpMatrixWidget w;
        w.setJudgement(0, 1, 3);
        w.setJudgement(0, 2, 5);
        w.setJudgement(2, 1, 1.0 / 3.0); // lower triangle: sets (1,2) to 3
        QCOMPARE(w.text(), kSaaty3);
        QCOMPARE(w.cellText(2, 0), u"1/5"_s);
        w.setJudgement(0, 1, 2.6); // snapped to the scale
        QCOMPARE(w.cellText(0, 1), u"3"_s);
    }

    void parsesText()
    {
        AhpMatrixWidget w;
        QVERIFY(w.setText(u"1,2;1/2,1"_s));
        QCOMPARE(w.size(), 2);
        QVERIFY(w.setText(kSaaty3));
        QCOMPARE(w.size(), 3);
        QCOMPARE(w.sizeSpinBox()->value(), 3);
        QCOMPARE(w.text(), kSaaty3);
        QCOMPARE(w.judgement(2, 0), 0.2);
        QCOMPARE(qobject_cast<QComboBox *>(w.table()->cellWidget(1, 2))->currentText(), u"3"_s);
        QVERIFY(w.setText(u"1, 0.33 ;3,1"_s)); // decimals snapped
        QCOMPARE(w.text(), u"1,1/3;3,1"_s);
        QVERIFY(!w.setText(u"1,2;1/2"_s));       // not square
        QVERIFY(!w.setText(u"1,x;1,1"_s));
        QVERIFY(!w.setText(u"1"_s));             // 1 x 1
        QCOMPARE(w.text(), u"1,1/3;3,1"_s);      // unchanged
    }

    void consistencyOfSaatyExample()
    {
        AhpMatrixWidget w;
        QVERIFY(w.setText(kSaaty3));
        QVERIFY(std::abs(w.lambdaMax() - 3.03851) < 1e-4);
        QVERIFY(std::abs(w.consistencyIndex() - 0.019256) < 1e-5);
        QCOMPARE(w.randomIndex(), 0.58);
        QVERIFY(std::abs(w.consistencyRatio() - 0.033199) < 1e-5);
        const QList<double> weights = w.weights();
        QCOMPARE(weights.size(), 3);
        QVERIFY(std::abs(weights[0] - 0.63699) < 1e-4);
        QVERIFY(std::abs(weights[1] - 0.25828) < 1e-4);
        QVERIFY(std::abs(weights[2] - 0.10473) < 1e-4);
        // The numbers as the widget words them in the test's language (3,0385 in pt).
        const QLocale locale;
        QCOMPARE(w.consistencyLabel()->text(),
                 AhpMatrixWidget::tr("λmax = %1    CI = %2    CR = %3 (RI = %4)")
                     .arg(locale.toString(3.0385, 'f', 4), locale.toString(0.0193, 'f', 4),
                          locale.toString(0.0332, 'f', 4), locale.toString(0.58, 'f', 2)));
        QVERIFY2(w.consistencyLabel()->text().contains(locale.toString(3.0385, 'f', 4)),
                 qPrintable(w.consistencyLabel()->text()));
        QVERIFY(w.isConsistent());
        QVERIFY(w.warningText().isEmpty());
        QVERIFY(!w.warningLabel()->isVisibleTo(&w));
    }

    void inconsistentMatrixWarns()
    {
        // Consistent weights 8:4:2:1 except A vs D, reversed (1/8 instead of 8).
        // By hand: lambda max = 6.7346, CR = 1.0128; |ln(a_ij w_j / w_i)| is largest
        // for A vs D (1.66), then C vs D and B vs D (1.48).
        AhpMatrixWidget w;
        w.setCriteriaNames({u"A"_s, u"B"_s, u"C"_s, u"D"_s});
        QVERIFY(w.setText(u"1,2,4,1/8;1/2,1,2,4;1/4,1/2,1,2;8,1/4,1/2,1"_s));
        QCOMPARE(w.criteriaNames(), QStringList({u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
        QVERIFY(std::abs(w.lambdaMax() - 6.73465) < 1e-3);
        QVERIFY(std::abs(w.consistencyRatio() - 1.01283) < 1e-3);
        QVERIFY(!w.isConsistent());
        QVERIFY(w.warningLabel()->isVisibleTo(&w));
        const QString warning = w.warningLabel()->text();
        // The pairs as the widget words them in the test's language (es with TERRITORIA_TEST_LANG=es).
        auto pair = [](const QString &a, const QString &b) {
            return AhpMatrixWidget::tr("%1 vs %2: %3 given, the weights imply %4").arg(a, b).section(u':', 0, 0);
        };
        QVERIFY2(warning.contains(pair(u"A"_s, u"D"_s)), qPrintable(warning));
        QVERIFY(warning.indexOf(pair(u"A"_s, u"D"_s)) < warning.indexOf(pair(u"B"_s, u"D"_s)));
        QVERIFY2(warning.contains(QLocale().toString(1.01283, 'f', 3)), qPrintable(warning));
        w.resize(620, 520);
        testutil::saveScreenshot(&w, u"ahpmatrixwidget_inconsistent"_s);
        // Fixing the judgement removes the warning.
        w.setJudgement(0, 3, 8);
        QVERIFY(w.consistencyRatio() < 1e-9);
        QVERIFY(!w.warningLabel()->isVisibleTo(&w));
    }

    void namesAndSize()
    {
        AhpMatrixWidget w;
        w.setJudgement(0, 1, 5);
        w.sizeSpinBox()->setValue(4);
        QCOMPARE(w.size(), 4);
        QCOMPARE(w.criteriaNames(), QStringList({u"C1"_s, u"C2"_s, u"C3"_s, u"C4"_s}));
        QCOMPARE(w.cellText(0, 1), u"5"_s); // kept
        QCOMPARE(w.table()->horizontalHeaderItem(3)->text(), u"C4"_s);
        w.namesEdit()->setText(u"pobreza, densidad"_s);
        emit w.namesEdit()->editingFinished();
        QCOMPARE(w.size(), 2);
        QCOMPARE(w.text(), u"1,5;1/5,1"_s);
        QCOMPARE(w.table()->verticalHeaderItem(1)->text(), u"densidad"_s);
        w.sizeSpinBox()->setValue(20); // clamped by the spin box
        QCOMPARE(w.size(), AhpMatrixWidget::kMaximumSize);
    }

    void parameterWidget()
    {
        ParameterDefinition matrix = ParameterDefinition::make(u"matrix"_s, u"Matrix"_s, ParameterType::String);
        ParameterWidget *required = ParameterWidget::create(matrix, {});
        std::unique_ptr<ParameterWidget> owner1(required);
        auto *ahp = qobject_cast<AhpMatrixParameterWidget *>(required);
        QVERIFY(ahp);
        QVERIFY(!ahp->enabledCheckBox());
        required->setValue(kSaaty3);
        QCOMPARE(required->value().toString(), kSaaty3);

        ParameterDefinition optional = ParameterDefinition::make(u"ahp_matrix"_s, u"AHP"_s, ParameterType::String).setOptional();
        std::unique_ptr<ParameterWidget> owner2(ParameterWidget::create(optional, {}));
        auto *opt = qobject_cast<AhpMatrixParameterWidget *>(owner2.get());
        QVERIFY(opt && opt->enabledCheckBox());
        QVERIFY(!opt->value().isValid());
        opt->setValue(u"1,3;1/3,1"_s);
        QVERIFY(opt->enabledCheckBox()->isChecked());
        QCOMPARE(opt->value().toString(), u"1,3;1/3,1"_s);

        // Other string parameters keep the line edit.
        std::unique_ptr<ParameterWidget> other(
            ParameterWidget::create(ParameterDefinition::make(u"names"_s, u"Names"_s, ParameterType::String), {}));
        QVERIFY(qobject_cast<StringParameterWidget *>(other.get()));
    }

    void followsCriteriaParameter()
    {
        QWidget page;
        ParameterWidget *criteria = ParameterWidget::create(
            ParameterDefinition::make(u"criteria"_s, u"Criteria"_s, ParameterType::StringList), {}, &page);
        auto *matrix = qobject_cast<AhpMatrixParameterWidget *>(ParameterWidget::create(
            ParameterDefinition::make(u"ahp_matrix"_s, u"AHP"_s, ParameterType::String).setOptional(), {}, &page));
        QVERIFY(matrix);
        criteria->setValue(u"poverty:benefit,density:benefit,hdi:cost"_s);
        page.show();
        QCOMPARE(matrix->matrixWidget()->criteriaNames(), QStringList({u"poverty"_s, u"density"_s, u"hdi"_s}));
        criteria->setValue(u"poverty:benefit,hdi:cost"_s);
        QCOMPARE(matrix->matrixWidget()->size(), 2);
    }
};

QTEST_MAIN(TestAhpMatrixWidget)
#include "tst_ahpmatrixwidget.moc"
