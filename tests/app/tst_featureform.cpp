#include "desktop/featureform.h"
#include "../common/uitest.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

Fields sampleFields()
{
    return Fields{{u"nombre"_s, FieldType::String, 10, 0},  {u"pob"_s, FieldType::Integer, 6, 0},
                  {u"area_ha"_s, FieldType::Real, 8, 2},    {u"codigo"_s, FieldType::Integer64, 0, 0},
                  {u"fecha"_s, FieldType::Date, 0, 0},      {u"activo"_s, FieldType::Boolean, 0, 0}};
}

QPushButton *okButton(FeatureForm &form)
{
    return form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestFeatureForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TerritoriaTest"_s);
        QCoreApplication::setApplicationName(u"tst_featureform"_s);
        testutil::installTestTranslator();
        QSettings().clear();
    }

    void widgetsByFieldType()
    {
        FeatureForm form(sampleFields(), u"widgets"_s);
        auto *name = qobject_cast<QLineEdit *>(form.editor(0));
        QVERIFY(name);
        QCOMPARE(name->maxLength(), 10);
        auto *pob = qobject_cast<QLineEdit *>(form.editor(1));
        QVERIFY(pob);
        auto *intValidator = qobject_cast<const QIntValidator *>(pob->validator());
        QVERIFY(intValidator);
        QCOMPARE(intValidator->top(), 999999); // width 6
        QVERIFY(qobject_cast<QLineEdit *>(form.editor(2))->validator());
        QVERIFY(qobject_cast<QDateEdit *>(form.editor(4)));
        QVERIFY(qobject_cast<QCheckBox *>(form.editor(5)));
        // A new feature starts with every field NULL.
        for (int i = 0; i < 6; ++i)
            QVERIFY(form.nullToggle(i)->isChecked());
        const auto values = form.values();
        QVERIFY(values);
        for (const QVariant &v : *values)
            QVERIFY(!v.isValid());
    }

    void typingFillsValuesAndClearsNull()
    {
        FeatureForm form(sampleFields(), u"typing"_s);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QTest::keyClicks(form.editor(0), u"Yura"_s);
        QTest::keyClicks(form.editor(1), u"25992"_s);
        // Typed as a user of the test's language writes it (1234,567 in pt); 2 decimals:
        // the validator stops at 1234.56.
        QLocale typing;
        typing.setNumberOptions(QLocale::OmitGroupSeparator);
        QTest::keyClicks(form.editor(2), typing.toString(1234.567, 'f', 3));
        QTest::keyClicks(form.editor(3), u"9000000000"_s);
        form.editor(5)->setFocus();
        QTest::keyClick(form.editor(5), Qt::Key_Space);
        qobject_cast<QDateEdit *>(form.editor(4))->setDate(QDate(2024, 3, 15));
        testutil::saveScreenshot(&form, u"featureform"_s);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(!form.nullToggle(i)->isChecked(), qPrintable(QString::number(i)));
        QString error;
        const auto values = form.values(&error);
        QVERIFY2(values, qPrintable(error));
        QCOMPARE(values->at(0), QVariant(u"Yura"_s));
        QCOMPARE(values->at(1), QVariant(25992));
        QCOMPARE(values->at(2).toDouble(), 1234.56);
        QCOMPARE(values->at(3), QVariant(qlonglong(9000000000LL)));
        QCOMPARE(values->at(4), QVariant(QDate(2024, 3, 15)));
        QCOMPARE(values->at(5), QVariant(true));
        // NULL wins over the typed text.
        form.nullToggle(0)->setChecked(true);
        QVERIFY(!form.values()->at(0).isValid());
    }

    void invalidValueKeepsTheDialogOpen()
    {
        // A real with width 5, precision 2 holds at most 99.99.
        Fields fields{{u"ratio"_s, FieldType::Real, 5, 2}};
        FeatureForm form(fields, u"invalid"_s);
        form.show();
        auto *edit = qobject_cast<QLineEdit *>(form.editor(0));
        edit->setText(u"123.5"_s); // setText bypasses the validator: as pasted text
        form.nullToggle(0)->setChecked(false);
        QTest::mouseClick(okButton(form), Qt::LeftButton);
        QVERIFY(form.isVisible());
        QVERIFY(form.result() != QDialog::Accepted);
        QVERIFY2(form.validationMessage().contains(u"ratio"_s), qPrintable(form.validationMessage()));
        edit->setText(u"99.99"_s);
        QTest::mouseClick(okButton(form), Qt::LeftButton);
        QCOMPARE(form.result(), int(QDialog::Accepted));
    }

    void defaultsAreRememberedPerLayer()
    {
        {
            FeatureForm form(sampleFields(), u"layerA"_s);
            form.setValues({u"Cayma"_s, 91802, 1.5, QVariant(), QDate(2020, 1, 2), false});
            form.accept();
            QCOMPARE(form.result(), int(QDialog::Accepted));
        }
        FeatureForm again(sampleFields(), u"layerA"_s);
        again.loadRememberedValues();
        const auto values = again.values();
        QVERIFY(values);
        QCOMPARE(values->at(0), QVariant(u"Cayma"_s));
        QCOMPARE(values->at(1), QVariant(91802));
        QCOMPARE(values->at(2).toDouble(), 1.5);
        QVERIFY(!values->at(3).isValid());
        QCOMPARE(values->at(4), QVariant(QDate(2020, 1, 2)));
        QCOMPARE(values->at(5), QVariant(false));
        // Another layer has its own defaults.
        FeatureForm other(sampleFields(), u"layerB"_s);
        other.loadRememberedValues();
        QVERIFY(!other.values()->at(0).isValid());
    }
};

QTEST_MAIN(TestFeatureForm)
#include "tst_featureform.moc"
