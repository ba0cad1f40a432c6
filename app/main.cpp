// Territoria desktop entry point: options, translators, then either the main
// window or, with --demo and no display, a headless render of the demo project.
#include "analysis/algorithmregistry.h"
#include "desktop/editingcontroller.h"
#include "desktop/mainwindow.h"
#include "gui/mapcanvas.h"
#include "project/project.h"
#include "layout/layoutexporter.h"
#include "render/mapexport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

QString demoProjectPath()
{
    return QDir(QStringLiteral(TERRITORIA_DEMO_DIR)).filePath(u"arequipa.territoria"_s);
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// The language from --lang, else the system's; sets the default locale accordingly.
QString chooseLanguage(const QString &requested)
{
    QString lang = requested.toLower();
    if (lang != u"es"_s && lang != u"en"_s && lang != u"pt"_s) {
        const QLocale system = QLocale::system();
        if (system.language() == QLocale::Spanish)
            lang = u"es"_s;
        else if (system.language() == QLocale::Portuguese)
            lang = u"pt"_s;
        else
            lang = u"en"_s;
        if (system.language() == QLocale::Spanish || system.language() == QLocale::Portuguese
            || system.language() == QLocale::English)
            return lang; // keep the user's own regional settings
    }
    if (lang == u"es"_s)
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Peru));
    else if (lang == u"pt"_s)
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return lang;
}

void installTranslators(QCoreApplication &app, const QString &lang)
{
    if (lang == u"en"_s)
        return;
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/territoria_"_s + lang + u".qm"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void printLine(const QString &text, FILE *stream = stdout)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// No display: load the demo with core only and export it to PNG and PDF, and
// its print layouts (council map, district atlas, prioritization) to PDF.
int renderDemoHeadless()
{
    Project project;
    auto report = project.load(demoProjectPath());
    if (!report) {
        printLine(report.error().toString(), stderr);
        return 1;
    }
    for (const MissingLayer &m : project.missingLayers())
        printLine(QCoreApplication::translate("main", "Missing layer %1: %2").arg(m.name, m.error.message), stderr);
    MapSettings settings;
    settings.setDestinationCrs(project.crs());
    settings.setTransformContext(project.transformContext());
    Extent extent = project.viewExtent();
    if (extent.isNull() || extent.isEmpty())
        extent = project.fullExtent().scaled(1.05);
    settings.setExtent(extent);
    settings.setOutputSize(QSize(1600, 1000));
    settings.setDpi(150);

    QString dir = QDir::currentPath();
    if (!QFileInfo(dir).isWritable())
        dir = QDir::tempPath();
    int status = 0;
    for (const QString &ext : {u"png"_s, u"pdf"_s}) {
        const QString path = QDir(dir).filePath(u"territoria-demo."_s + ext);
        auto result = exportMap(settings, project.layers(), path);
        if (!result) {
            printLine(result.error().toString(), stderr);
            status = 1;
            continue;
        }
        for (const LayerRenderError &e : result->layerErrors)
            printLine(u"%1: %2"_s.arg(e.layerName, e.error.toString()), stderr);
        printLine(QFileInfo(result->path).absoluteFilePath());
    }

    // The demo's print layouts: the council map, the district atlas and the
    // health-post prioritization with its rank stability.
    LayoutExportOptions options;
    options.dpi = 150;
    options.locale = QLocale();
    const struct {
        QString layout;
        QString file;
        bool atlas;
    } layouts[] = {{u"Mapa del consejo"_s, u"territoria-demo-consejo.pdf"_s, false},
                   {u"Atlas distrital"_s, u"territoria-demo-atlas.pdf"_s, true},
                   {u"Prioridad de distritos"_s, u"territoria-demo-prioridad.pdf"_s, false}};
    for (const auto &entry : layouts) {
        const PrintLayout *layout = project.layout(entry.layout);
        if (!layout) {
            printLine(QCoreApplication::translate("main", "The demo project has no layout “%1”.").arg(entry.layout), stderr);
            status = 1;
            continue;
        }
        const QString path = QDir(dir).filePath(entry.file);
        auto result = entry.atlas ? LayoutExporter::exportAtlas(*layout, project, path, options)
                                  : LayoutExporter::exportPage(*layout, project, path, options);
        if (!result) {
            printLine(result.error().toString(), stderr);
            status = 1;
            continue;
        }
        for (const QString &warning : result->warnings)
            printLine(warning, stderr);
        for (const QString &file : result->files)
            printLine(file);
    }
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"Territoria"_s);
    QCoreApplication::setApplicationName(u"Territoria"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    // A first pass to know whether to start a GUI at all.
    // The language too, so that --help is already translated.
    bool demo = false;
    QString requestedLang;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--demo") == 0)
            demo = true;
        else if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            requestedLang = QString::fromLocal8Bit(argv[i + 1]);
        else if (qstrncmp(argv[i], "--lang=", 7) == 0)
            requestedLang = QString::fromLocal8Bit(argv[i] + 7);
    }
    const bool headless = demo && !hasDisplay();
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts and PDF need a QGuiApplication

    QApplication app(argc, argv);
    installTranslators(app, chooseLanguage(requestedLang));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop GIS for municipal planning and disaster-risk management"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption langOption(u"lang"_s, QCoreApplication::translate("main", "Interface language: es, en or pt."),
                                  QCoreApplication::translate("main", "code"));
    QCommandLineOption demoOption(u"demo"_s, QCoreApplication::translate("main", "Open the Arequipa demo project."));
    QCommandLineOption screenshotOption(u"screenshot"_s,
                                        QCoreApplication::translate("main", "Save a picture of the window after "
                                                                            "the first map render and quit."),
                                        QCoreApplication::translate("main", "file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(u"files"_s,
                                 QCoreApplication::translate("main", "A project (.territoria) or layer files to open."),
                                 QCoreApplication::translate("main", "[files...]"));
    parser.process(app);

    if (headless)
        return renderDemoHeadless();

    // The analysis algorithms, loaded as the CLI loads them; the window reports
    // plugins that failed in its log panel.
    AlgorithmRegistry registry;
    registry.loadPlugins();
    MainWindow window(&registry);
    window.show();
    if (parser.isSet(demoOption))
        window.openProject(demoProjectPath());
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openPaths(files);
    // Edits left by a crash or a kill are offered once the window is up.
    if (!parser.isSet(screenshotOption))
        QTimer::singleShot(0, &window, [&window] { window.editingController()->offerJournalRestore(); });

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto grab = [&window, file] {
            window.grab().save(file);
            printLine(QFileInfo(file).absoluteFilePath());
            QCoreApplication::quit();
        };
        // After the first render that follows the layers' arrival (or a time limit).
        QObject::connect(window.canvas(), &MapCanvas::renderFinished, &window, [grab, &window] {
            static bool done = false;
            if (window.canvas()->layers().isEmpty() || std::exchange(done, true))
                return;
            // Show what a user sees while exploring: identify results and the
            // status bar coordinates of the map center.
            const QPointF center = window.canvas()->center();
            window.identifyAt(center);
            emit window.canvas()->cursorMoved(center);
            QTimer::singleShot(500, &window, grab);
        });
        QTimer::singleShot(60000, &window, grab);
    }
    return app.exec();
}
