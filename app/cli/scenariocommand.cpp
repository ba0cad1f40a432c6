#include "scenariocommand.h"

#include "analysis/algorithmregistry.h"
#include "cli.h"
#include "project/project.h"
#include "project/scenario.h"
#include "project/scenariocompare.h"
#include "project/scenariorunner.h"
#include "task/feedback.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace territoria::cli {

namespace {

const QCommandLineOption &pluginPathOption()
{
    static const QCommandLineOption option(u"plugin-path"_s, Cli::tr("Also load plugins from DIR (a folder you trust)."),
                                           Cli::tr("DIR"));
    return option;
}

void loadRegistry(AlgorithmRegistry &registry, const QStringList &approved)
{
    registry.loadPlugins(approved);
    for (const PluginInfo &p : registry.plugins()) {
        if (!p.loaded)
            printWarning(p.error);
    }
}

// The scenario `name` of the project, or a bad-arguments message listing the names.
const Scenario *findScenario(const Project &project, const QString &projectPath, const QString &name, const QString &command,
                             int *code)
{
    if (const Scenario *s = project.scenario(name))
        return s;
    const QStringList names = project.scenarioNames();
    const QString known = names.isEmpty() ? Cli::tr("the project has no scenarios")
                                          : Cli::tr("its scenarios are: %1").arg(u"“"_s + names.join(u"”, “"_s) + u"”"_s);
    *code = badArguments(command, Cli::tr("The project %1 has no scenario “%2”; %3.").arg(projectPath, name, known));
    return nullptr;
}

QJsonObject scenarioJson(const Scenario &s, const QString &projectFile)
{
    QJsonObject o = s.toJson(QFileInfo(projectFile).absolutePath());
    o.insert("output_folder"_L1, Scenario::outputFolder(projectFile, s.name));
    QJsonArray runs = o.value("runs"_L1).toArray();
    for (qsizetype i = 0; i < runs.size() && i < s.runs.size(); ++i) {
        QJsonObject r = runs[i].toObject();
        r.insert("command"_L1, s.runs[i].commandLine());
        runs[i] = r;
    }
    o.insert("runs"_L1, runs);
    return o;
}

int runList(const QStringList &arguments)
{
    Project project;
    bool json = false;
    if (const int rc = startListCommand(u"scenario list"_s, Cli::tr("Lists the scenarios of a project, one name per line."),
                                        Cli::tr("Print JSON: every scenario with its analyses."), arguments, project, &json);
        rc >= 0)
        return rc;
    if (json) {
        QJsonArray array;
        for (const Scenario &s : project.scenarios())
            array.append(scenarioJson(s, project.fileName()));
        printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    for (const Scenario &s : project.scenarios())
        out() << s.name << '\n';
    out().flush();
    return ExitSuccess;
}

int runShow(const QStringList &arguments)
{
    const QString command = u"scenario show"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Describes a scenario: description, author, and its analyses with the "
                                             "command line that reproduces each one."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(u"json"_s, Cli::tr("Print JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"PROJECT"_s, Cli::tr("A project file (.territoria)."));
    parser.addPositionalArgument(u"NAME"_s, Cli::tr("The scenario."));
    if (const int rc = parseArguments(parser, command, arguments); rc >= 0)
        return rc;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 2)
        return badArguments(command, Cli::tr("Give a project file and a scenario name."));
    Project project;
    if (!loadProject(project, inputs.first()))
        return ExitFailure;
    int code = ExitSuccess;
    const Scenario *s = findScenario(project, inputs.first(), inputs.at(1), command, &code);
    if (!s)
        return code;
    if (parser.isSet(jsonOption)) {
        printJson(QJsonDocument(scenarioJson(*s, project.fileName())));
        return ExitSuccess;
    }
    out() << Cli::tr("Scenario: %1").arg(s->name) << '\n';
    if (!s->description.isEmpty())
        out() << Cli::tr("Description: %1").arg(s->description) << '\n';
    if (!s->author.isEmpty())
        out() << Cli::tr("Author: %1").arg(s->author) << '\n';
    if (!s->compareField.isEmpty())
        out() << Cli::tr("Key field: %1").arg(s->compareField) << '\n';
    out() << Cli::tr("Output folder: %1").arg(Scenario::outputFolder(project.fileName(), s->name)) << '\n';
    for (qsizetype i = 0; i < s->runs.size(); ++i)
        out() << Cli::tr("Analysis %1: %2").arg(i + 1).arg(s->runs[i].commandLine()) << '\n';
    out().flush();
    return ExitSuccess;
}

int runRun(const QStringList &arguments)
{
    const QString command = u"scenario run"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Runs the analyses of a scenario in order; the outputs go to the folder "
                                             "<project>.scenarios/<name>/ next to the project file."));
    parser.addHelpOption();
    const QCommandLineOption allOption(u"all"_s, Cli::tr("Run every scenario of the project, in order."));
    parser.addOption(allOption);
    parser.addOption(pluginPathOption());
    parser.addPositionalArgument(u"PROJECT"_s, Cli::tr("A project file (.territoria)."));
    parser.addPositionalArgument(u"NAME"_s, Cli::tr("The scenario (not with --all)."));
    if (const int rc = parseArguments(parser, command, arguments); rc >= 0)
        return rc;
    const QStringList inputs = parser.positionalArguments();
    const bool all = parser.isSet(allOption);
    if (inputs.isEmpty())
        return badArguments(command, Cli::tr("Give a project file."));
    if (all && inputs.size() != 1)
        return badArguments(command, Cli::tr("With --all give only the project file."));
    if (!all && inputs.size() != 2)
        return badArguments(command, Cli::tr("Give a project file and a scenario name (or --all)."));
    Project project;
    if (!loadProject(project, inputs.first()))
        return ExitFailure;
    QList<Scenario> scenarios;
    if (all) {
        scenarios = project.scenarios();
        if (scenarios.isEmpty())
            return badArguments(command, Cli::tr("The project %1 has no scenarios.").arg(inputs.first()));
    } else {
        int code = ExitSuccess;
        const Scenario *s = findScenario(project, inputs.first(), inputs.at(1), command, &code);
        if (!s)
            return code;
        scenarios << *s;
    }
    AlgorithmRegistry registry;
    loadRegistry(registry, parser.values(pluginPathOption()));

    for (const Scenario &scenario : std::as_const(scenarios)) {
        Feedback feedback;
        reportOnStderr(feedback, scenario.name);
        auto result = ScenarioRunner::run(scenario, project.fileName(), registry, feedback);
        if (!result) {
            printError(result.error().toString());
            return ExitFailure;
        }
        for (const QString &file : result->layerFiles())
            out() << file << '\n';
        out().flush();
    }
    return ExitSuccess;
}

QString safeName(const QString &name)
{
    QString s = name;
    static const QRegularExpression reserved(u"[/\\\\:*?\"<>|\\s]+"_s);
    s.replace(reserved, u"_"_s);
    return s;
}

int runCompare(const QStringList &arguments)
{
    const QString command = u"scenario compare"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Compares the result layers of two scenarios (each one's last vector output, after 'scenario run') unit by\n"
                "unit: for every numeric field in both, A, B, B − A and the change in %. Writes DIR/A_vs_B.csv and\n"
                "DIR/A_vs_B.gpkg (the difference map, with A's geometry) and prints a summary."));
    parser.addHelpOption();
    const QCommandLineOption outOption({u"o"_s, u"out"_s}, Cli::tr("Folder for the CSV table and the GeoPackage."),
                                       Cli::tr("DIR"));
    const QCommandLineOption keyOption(u"key"_s, Cli::tr("Key field matching the units (default: the scenario's own)."),
                                       Cli::tr("FIELD"));
    parser.addOptions({outOption, keyOption, pluginPathOption()});
    parser.addPositionalArgument(u"PROJECT"_s, Cli::tr("A project file (.territoria)."));
    parser.addPositionalArgument(u"NAME_A"_s, Cli::tr("The reference scenario."));
    parser.addPositionalArgument(u"NAME_B"_s, Cli::tr("The scenario compared with it."));
    if (const int rc = parseArguments(parser, command, arguments); rc >= 0)
        return rc;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 3)
        return badArguments(command, Cli::tr("Give a project file and two scenario names."));
    if (!parser.isSet(outOption) || parser.value(outOption).trimmed().isEmpty())
        return badArguments(command, Cli::tr("Missing --out DIR."));
    Project project;
    if (!loadProject(project, inputs.first()))
        return ExitFailure;
    int code = ExitSuccess;
    const Scenario *a = findScenario(project, inputs.first(), inputs.at(1), command, &code);
    if (!a)
        return code;
    const Scenario *b = findScenario(project, inputs.first(), inputs.at(2), command, &code);
    if (!b)
        return code;
    QString key = parser.value(keyOption).trimmed();
    if (key.isEmpty())
        key = !a->compareField.isEmpty() ? a->compareField : b->compareField;
    if (key.isEmpty())
        return badArguments(command, Cli::tr("Neither scenario names a key field: give --key FIELD (e.g. the district code)."));

    AlgorithmRegistry registry;
    loadRegistry(registry, parser.values(pluginPathOption()));
    QStringList layers;
    for (const Scenario *s : {a, b}) {
        auto layer = ScenarioRunner::resultLayer(*s, project.fileName(), registry);
        if (!layer) {
            printError(layer.error().toString());
            return ExitFailure;
        }
        const QString file = splitVectorSource(*layer).path;
        if (!QFileInfo::exists(file)) {
            printError(Cli::tr("Scenario “%1” has no results yet (%2 is missing): run '%3 scenario run %4 \"%1\"' first.")
                           .arg(s->name, file, programName(), inputs.first()));
            return ExitFailure;
        }
        layers << *layer;
    }
    const QString base = safeName(a->name) + u"_vs_"_s + safeName(b->name);
    auto c = ScenarioCompare::compare(layers.at(0), layers.at(1), key, parser.value(outOption), base);
    if (!c) {
        printError(c.error().toString());
        return ExitFailure;
    }
    out() << c->summaryText(a->name, b->name) << '\n';
    out() << c->csvPath << '\n' << c->gpkgPath << '\n';
    out().flush();
    return ExitSuccess;
}

} // namespace

int runScenario(const QStringList &arguments)
{
    return runSubcommand(u"scenario"_s, arguments,
                         Cli::tr("Usage: %1 scenario list PROJECT [--json]\n"
                                 "       %1 scenario show PROJECT NAME [--json]\n"
                                 "       %1 scenario run PROJECT (NAME | --all)\n"
                                 "       %1 scenario compare PROJECT NAME_A NAME_B --out DIR [--key FIELD]\n"
                                 "Run '%1 scenario COMMAND --help' for the options.\n")
                             .arg(programName()),
                         {{u"list"_s, runList}, {u"show"_s, runShow}, {u"run"_s, runRun}, {u"compare"_s, runCompare}},
                         Cli::tr("Unknown scenario command “%1”: use “list”, “show”, “run” or “compare”."));
}

} // namespace territoria::cli
