#pragma once
// Helpers shared by the GUI and app tests: optional Spanish translation and
// optional screenshots of the widgets under test, for looking at them.
//   TERRITORIA_TEST_LANG=es           run the test with the Spanish translation
//   TERRITORIA_TEST_SCREENSHOTS=/dir  save widget grabs there as PNG

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QString>
#include <QTranslator>
#include <QWidget>

namespace territoria::testutil {

inline QString testLanguage()
{
    return qEnvironmentVariable("TERRITORIA_TEST_LANG");
}

// Installs ":/i18n/territoria_<lang>.qm" (linked in from territoria_translations).
inline bool installTestTranslator()
{
    const QString lang = testLanguage();
    if (lang.isEmpty() || lang == QStringLiteral("en"))
        return false;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/territoria_") + lang + QStringLiteral(".qm")))
        return false;
    QCoreApplication::installTranslator(translator);
    if (lang == QStringLiteral("es"))
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Peru));
    else if (lang == QStringLiteral("pt"))
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    return true;
}

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TERRITORIA_TEST_SCREENSHOTS");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace territoria::testutil
