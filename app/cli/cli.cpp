#include "cli.h"

#include "project/project.h"
#include "task/feedback.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

#include <cmath>
#include <memory>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace territoria::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString programName()
{
    return u"territoria-cli"_s;
}

void printError(const QString &message)
{
    out().flush();
    err() << programName() << ": " << message << Qt::endl;
}

void printWarning(const QString &message)
{
    out().flush();
    err() << programName() << ": " << Cli::tr("warning: %1").arg(message) << Qt::endl;
}

int badArguments(const QString &command, const QString &message)
{
    printError(message);
    const QString help = command.isEmpty() ? QString(programName() + u" --help"_s)
                                           : QString(programName() + u' ' + command + u" --help"_s);
    err() << Cli::tr("Try '%1' for more information.").arg(help) << Qt::endl;
    return ExitBadArguments;
}

int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return badArguments(command, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        // Qt names the program by its full path; show "territoria-cli COMMAND".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program); at >= 0)
            help.replace(at, program.size(), programName() + u' ' + command);
        out() << help;
        out().flush();
        return ExitSuccess;
    }
    return -1;
}

Result<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return fail(Cli::tr("Invalid size “%1”: expected WIDTHxHEIGHT in pixels, e.g. 1600x1200.")
                        .arg(text));
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    constexpr int maxSide = 20000;
    if (width < 1 || height < 1 || width > maxSide || height > maxSide)
        return fail(Cli::tr("Invalid size “%1”: width and height must be between 1 and %2 pixels.")
                        .arg(text)
                        .arg(maxSide));
    return QSize(width, height);
}

Result<Extent> parseExtent(const QString &text)
{
    const QStringList parts = text.split(u',');
    double v[4] = {0, 0, 0, 0};
    bool good = parts.size() == 4;
    for (int i = 0; good && i < 4; ++i) {
        v[i] = parts[i].trimmed().toDouble(&good);
        good = good && std::isfinite(v[i]);
    }
    if (!good)
        return fail(Cli::tr("Invalid extent “%1”: expected four numbers xmin,ymin,xmax,ymax.")
                        .arg(text));
    if (!(v[0] < v[2]) || !(v[1] < v[3]))
        return fail(Cli::tr("Invalid extent “%1”: xmin must be less than xmax and ymin less than ymax.")
                        .arg(text));
    return Extent(v[0], v[1], v[2], v[3]);
}

Result<double> parseDpi(const QString &text)
{
    bool ok = false;
    const double dpi = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(dpi) || dpi <= 0 || dpi > 2400)
        return fail(Cli::tr("Invalid DPI “%1”: expected a number greater than 0 and at most 2400.")
                        .arg(text));
    return dpi;
}

QString crsText(const Crs &crs)
{
    if (!crs.isValid())
        return Cli::tr("none");
    const QString auth = crs.authId();
    return auth.isEmpty() ? crs.toWkt() : auth;
}

QString errorText(const QString &path, const Error &error)
{
    const QString text = error.toString();
    if (path.isEmpty() || text.contains(path))
        return text;
    return Cli::tr("%1: %2").arg(path, text);
}

bool loadProject(Project &project, const QString &path)
{
    auto report = project.load(path);
    if (!report) {
        printError(errorText(path, report.error()));
        return false;
    }
    for (const MissingLayer &missing : report->missingLayers)
        printWarning(missing.error.toString());
    for (const QString &warning : report->warnings)
        printWarning(warning);
    return true;
}

int parseProjectArgument(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                         QString *projectPath)
{
    parser.addPositionalArgument(u"PROJECT"_s, Cli::tr("A project file (.territoria)."));
    if (const int rc = parseArguments(parser, command, arguments); rc >= 0)
        return rc;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return badArguments(command, Cli::tr("Give exactly one project file."));
    *projectPath = inputs.first();
    return -1;
}

int startListCommand(const QString &command, const QString &description, const QString &jsonDescription,
                     const QStringList &arguments, Project &project, bool *json)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption jsonOption(u"json"_s, jsonDescription);
    parser.addOption(jsonOption);
    QString path;
    if (const int rc = parseProjectArgument(parser, command, arguments, &path); rc >= 0)
        return rc;
    if (!loadProject(project, path))
        return ExitFailure;
    *json = parser.isSet(jsonOption);
    return -1;
}

void printJson(const QJsonDocument &document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

void reportOnStderr(Feedback &feedback, const QString &label)
{
    // Kept alive by the connections, which `feedback` owns.
    struct State {
        QMutex mutex;
        int lastTen = -1;
    };
    const auto state = std::make_shared<State>();
    QObject::connect(&feedback, &Feedback::progressChanged, &feedback, [state, label](double percent) {
        QMutexLocker lock(&state->mutex);
        const int ten = int(percent) / 10;
        if (ten != state->lastTen) {
            state->lastTen = ten;
            err() << Cli::tr("%1: %2%").arg(label).arg(ten * 10) << Qt::endl;
        }
    }, Qt::DirectConnection);
    QObject::connect(&feedback, &Feedback::warningPushed, &feedback, [state](const QString &message) {
        QMutexLocker lock(&state->mutex);
        printWarning(message);
    }, Qt::DirectConnection);
    QObject::connect(&feedback, &Feedback::infoPushed, &feedback, [state](const QString &message) {
        QMutexLocker lock(&state->mutex);
        err() << message << Qt::endl;
    }, Qt::DirectConnection);
}

int runSubcommand(const QString &group, const QStringList &arguments, const QString &usage,
                  const QList<Subcommand> &subcommands, const QString &unknownMessage)
{
    const QString sub = arguments.value(1);
    if (sub == "-h"_L1 || sub == "--help"_L1 || sub.isEmpty()) {
        QTextStream &s = sub.isEmpty() ? err() : out();
        s << usage;
        s.flush();
        return sub.isEmpty() ? ExitBadArguments : ExitSuccess;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = programName() + u' ' + group + u' ' + sub;
    for (const Subcommand &subcommand : subcommands) {
        if (subcommand.first == sub)
            return subcommand.second(rest);
    }
    return badArguments(group, unknownMessage.arg(sub));
}

} // namespace territoria::cli
