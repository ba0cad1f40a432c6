// territoria-cli: the command-line side of Territoria.
//   territoria-cli info PATH... [--json]
//   territoria-cli render (PROJECT.territoria | LAYER...) --out FILE [--size WxH] [--dpi N] [--extent ...] [--crs ...]
//   territoria-cli layout (list PROJECT | export PROJECT --layout NAME --out FILE [--atlas] ...)
//   territoria-cli scenario (list | show | run | compare) PROJECT ...
#include "algorithmcommands.h"
#include "cli.h"
#include "infocommand.h"
#include "layoutcommand.h"
#include "rendercommand.h"
#include "scenariocommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace territoria::cli;

namespace {

void printUsage(QTextStream &s)
{
    s << Cli::tr("Usage: %1 COMMAND [options]\n"
                 "\n"
                 "Commands:\n"
                 "  info PATH... [--json]        Describe the layers of files (CRS, extent, fields, bands...).\n"
                 "  render INPUT... --out FILE   Draw a project (.territoria) or layers to PNG, PDF or SVG.\n"
                 "  layout list PROJECT          List the print layouts of a project.\n"
                 "  layout export PROJECT --layout NAME --out FILE [--atlas]\n"
                 "                               Export a print layout (or its atlas) to PDF, SVG or images.\n"
                 "  algorithms [--json]          List the analysis algorithms and their parameters.\n"
                 "  run ALGORITHM --param N=V... Run an analysis algorithm and print its outputs.\n"
                 "  scenario list PROJECT        List the scenarios of a project (also: show, run, compare).\n"
                 "  scenario run PROJECT NAME    Run a scenario's analyses (--all: every scenario).\n"
                 "  scenario compare PROJECT A B --out DIR\n"
                 "                               Differences per district between two scenarios (CSV, GeoPackage).\n"
                 "\n"
                 "Options:\n"
                 "  -h, --help                   Show this help ('%1 COMMAND --help' for a command).\n"
                 "  -v, --version                Show the version.\n"
                 "\n"
                 "Exit status: 0 on success, 1 when a file cannot be read or written, 2 on bad arguments.\n")
             .arg(programName());
    s.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // The command decides what kind of application is needed: rendering needs
    // QGuiApplication (fonts, painting) on the offscreen platform, the rest does not.
    const char *command = argc > 1 ? argv[1] : "";
    std::unique_ptr<QCoreApplication> app;
    if (std::strcmp(command, "render") == 0 || std::strcmp(command, "layout") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Messages in the user's language (LANG/LC_ALL): Spanish or Portuguese when the
    // system locale says so, English otherwise. The .qm files are embedded.
    const QLocale::Language language = QLocale::system().language();
    if (language == QLocale::Spanish || language == QLocale::Portuguese) {
        auto *translator = new QTranslator(app.get());
        if (translator->load(QLocale::system(), u"territoria"_s, u"_"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(translator);
    }
    QCoreApplication::setApplicationName(programName());
    QCoreApplication::setOrganizationName(u"Territoria"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TERRITORIA_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(err());
        return ExitBadArguments;
    }
    const QString name = arguments.at(1);
    if (name == "-h"_L1 || name == "--help"_L1 || name == "help"_L1) {
        printUsage(out());
        return ExitSuccess;
    }
    if (name == "-v"_L1 || name == "--version"_L1) {
        out() << programName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitSuccess;
    }
    if (name.startsWith(u'-'))
        return badArguments({}, Cli::tr("Unknown option “%1”; a command (info, render) must come first.").arg(name));

    // The subcommand's parser sees "territoria-cli COMMAND" as the program.
    arguments.removeAt(1);
    arguments[0] = programName() + u' ' + name;
    if (name == "info"_L1)
        return runInfo(arguments);
    if (name == "render"_L1)
        return runRender(arguments);
    if (name == "layout"_L1)
        return runLayout(arguments);
    if (name == "algorithms"_L1)
        return runAlgorithms(arguments);
    if (name == "run"_L1)
        return runAlgorithm(arguments);
    if (name == "scenario"_L1)
        return runScenario(arguments);
    return badArguments({}, Cli::tr("Unknown command “%1”.").arg(name));
}
