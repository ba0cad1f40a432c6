#include "../common/uitest.h"
#include "crs/coordinatetransform.h"
#include "gui/projectcrsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace territoria;
using namespace Qt::StringLiterals;

class TestProjectCrsDialog : public QObject
{
    Q_OBJECT
private:
    static QTreeWidget *operationsTree(ProjectCrsDialog &dialog)
    {
        return dialog.findChild<QTreeWidget *>(u"operationsTree"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        testutil::installTestTranslator();
        QVERIFY(Crs::fromEpsg(24879).isValid());
    }

    // PSAD56 / UTM 19S -> WGS 84 / UTM 19S: PROJ knows several Helmert
    // transformations; the dialog lists them with accuracies and areas of use,
    // marks the one PROJ uses by default in Arequipa, and pins a chosen one.
    void listsPsad56Operations()
    {
        const Crs psad56 = Crs::fromEpsg(24879);
        const Crs utm19s = Crs::fromEpsg(32719);
        const QList<CoordinateOperation> expected = CoordinateTransform::operations(psad56, utm19s);
        QVERIFY2(expected.size() >= 2, "PROJ should know several PSAD56 -> WGS 84 operations");

        ProjectCrsDialog dialog(utm19s, TransformContext(), {psad56}, nullptr);
        dialog.resize(900, 680);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *tree = operationsTree(dialog);
        QVERIFY(tree);
        QCOMPARE(dialog.operationCount(), int(expected.size()));
        QCOMPARE(tree->topLevelItemCount(), int(expected.size()));

        // Every row names the operation, its accuracy in metres and its area of use.
        int peruRows = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            QVERIFY(expected.at(i).name.contains(item->text(0)));
            QVERIFY2(item->text(0).contains(u"PSAD56 to WGS 84"_s), qPrintable(item->text(0)));
            if (expected.at(i).accuracy >= 0)
                QVERIFY2(item->text(1).contains(u" m"_s), qPrintable(item->text(1)));
            QCOMPARE(item->text(2), expected.at(i).areaOfUse);
            peruRows += item->text(2).contains(u"Peru"_s);
        }
        QVERIFY(peruRows >= 1);

        // Exactly one row is marked as the default for the area of the layers.
        int defaults = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            defaults += tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toBool();
        QCOMPARE(defaults, 1);

        // Around Arequipa PROJ's default is the most accurate operation whose area
        // contains the point: "PSAD56 to WGS 84 (8)", Peru onshore, 16 m (EPSG:1201),
        // not the continental (1) at 42 m listed first.
        dialog.setReferencePoint(QPointF(229443.9, 8184550.2), utm19s);
        const int row = dialog.defaultOperationRow();
        QVERIFY(row >= 0);
        QVERIFY2(expected.at(row).name.contains(u"PSAD56 to WGS 84 (8)"_s), qPrintable(expected.at(row).name));
        QCOMPARE(expected.at(row).areaOfUse, u"Peru - onshore."_s);
        QCOMPARE(expected.at(row).accuracy, 16.0);
        QVERIFY(tree->topLevelItem(row)->data(0, Qt::UserRole + 1).toBool());
        QVERIFY(tree->topLevelItem(row)->font(0).bold());
        QVERIFY(!tree->topLevelItem(row)->text(3).isEmpty());
        auto *label = dialog.findChild<QLabel *>(u"defaultLabel"_s);
        QVERIFY(label && label->text().contains(u"PSAD56 to WGS 84 (8)"_s));
        QVERIFY(tree->topLevelItem(row)->toolTip(0).contains(expected.at(row).name.toHtmlEscaped()));
        testutil::saveScreenshot(&dialog, u"projectcrsdialog-default"_s);
    }

    void pinningWritesTheTransformContext()
    {
        const Crs psad56 = Crs::fromEpsg(24879);
        const Crs utm19s = Crs::fromEpsg(32719);
        const QList<CoordinateOperation> ops = CoordinateTransform::operations(psad56, utm19s);
        int peru = -1;
        for (int i = 0; i < ops.size(); ++i) {
            if (ops.at(i).areaOfUse == u"Peru - onshore."_s)
                peru = i;
        }
        QVERIFY(peru >= 0);

        ProjectCrsDialog dialog(utm19s, TransformContext(), {psad56}, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *tree = operationsTree(dialog);
        QVERIFY(tree);
        auto *pin = dialog.findChild<QPushButton *>(u"pinButton"_s);
        auto *unpin = dialog.findChild<QPushButton *>(u"unpinButton"_s);
        QVERIFY(pin && unpin);
        QVERIFY(!unpin->isEnabled());

        // Select the Peru-only operation and click "use selected".
        tree->setCurrentItem(tree->topLevelItem(peru));
        QVERIFY(pin->isEnabled());
        QTest::mouseClick(pin, Qt::LeftButton);
        QCOMPARE(dialog.transformContext().operation(psad56, utm19s), ops.at(peru).definition);
        QVERIFY(unpin->isEnabled());
        // The pinned row is shown in bold and marked as in use.
        QVERIFY(tree->topLevelItem(peru)->font(0).bold());
        QVERIFY(!tree->topLevelItem(peru)->text(3).isEmpty());
        testutil::saveScreenshot(&dialog, u"projectcrsdialog-pinned"_s);

        // The pinned operation transforms as that operation does.
        auto pinned = CoordinateTransform::create(psad56, utm19s, dialog.transformContext());
        auto exact = CoordinateTransform::fromOperation(psad56, utm19s, ops.at(peru).definition);
        QVERIFY(pinned && exact);
        const QPointF arequipa(229600, 8184900); // PSAD56 / UTM 19S, Cercado
        const QPointF a = pinned->transform(arequipa), b = exact->transform(arequipa);
        QVERIFY(std::abs(a.x() - b.x()) < 1e-6 && std::abs(a.y() - b.y()) < 1e-6);
        // A PSAD56 -> WGS 84 shift in Peru is a few hundred metres.
        QVERIFY2(std::hypot(a.x() - arequipa.x(), a.y() - arequipa.y()) > 100, "no datum shift");

        // Pin another, then back to the default: the context forgets the pair.
        const int other = peru == 0 ? 1 : 0;
        QVERIFY(dialog.pinOperation(0, other));
        QCOMPARE(dialog.transformContext().operation(psad56, utm19s), ops.at(other).definition);
        QTest::mouseClick(unpin, Qt::LeftButton);
        QVERIFY(dialog.transformContext().operation(psad56, utm19s).isEmpty());
        QVERIFY(dialog.transformContext().isEmpty());
    }

    void keepsContextOfOtherPairs()
    {
        const Crs psad56 = Crs::fromEpsg(24879);
        const Crs utm19s = Crs::fromEpsg(32719);
        const Crs psad18 = Crs::fromEpsg(24878);
        TransformContext context;
        context.setOperation(psad18, utm19s, u"+proj=noop"_s);
        ProjectCrsDialog dialog(utm19s, context, {psad56, psad18}, nullptr);
        QVERIFY(dialog.pinOperation(0, 0));
        QCOMPARE(dialog.transformContext().entries().size(), 2);
        QCOMPARE(dialog.transformContext().operation(psad18, utm19s), u"+proj=noop"_s);
    }

    void sameCrsNeedsNoTransformation()
    {
        const Crs utm19s = Crs::fromEpsg(32719);
        ProjectCrsDialog dialog(utm19s, TransformContext(), {utm19s}, nullptr);
        QCOMPARE(dialog.operationCount(), 0);
        QVERIFY(!dialog.pinOperation(0, 0));
        QVERIFY(dialog.transformContext().isEmpty());
    }
};

QTEST_MAIN(TestProjectCrsDialog)
#include "tst_projectcrsdialog.moc"
