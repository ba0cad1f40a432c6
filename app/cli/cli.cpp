#include "cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
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

} // namespace territoria::cli
