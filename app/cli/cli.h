#pragma once

// Shared pieces of the territoria-cli subcommands: exit codes, output streams
// and the parsing of option values.
#include "crs/crs.h"
#include "error.h"
#include "geometry/extent.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <utility>

class QCommandLineParser;
class QJsonDocument;

namespace territoria {
class Feedback;
class Project;
}

namespace territoria::cli {

// Translation context of the command-line tool: Cli::tr("...").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,     // a file could not be read or written
    ExitBadArguments = 2 // unknown option, missing or malformed value
};

QTextStream &out(); // stdout, UTF-8
QTextStream &err(); // stderr, UTF-8

// "territoria-cli: <message>" on stderr.
void printError(const QString &message);
void printWarning(const QString &message);
// Prints `message` and a hint to run --help; returns ExitBadArguments.
int badArguments(const QString &command, const QString &message);

// Parses `arguments` (argv[0] first) with `parser`; on an unknown option or a
// missing value prints the reason and returns ExitBadArguments, on --help prints
// the help and returns ExitSuccess; returns -1 to go on.
int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// "1600x1200" -> QSize; an Error explains what is wrong.
Result<QSize> parseSize(const QString &text);
// "xmin,ymin,xmax,ymax" with xmin < xmax and ymin < ymax.
Result<Extent> parseExtent(const QString &text);
// Positive DPI up to 2400.
Result<double> parseDpi(const QString &text);

// The shortest text naming the CRS: its authority code, else its WKT; "none".
QString crsText(const Crs &crs);

QString programName();

// The error's text, led by `path` when the message does not name it already
// (core messages may name only the file name).
QString errorText(const QString &path, const Error &error);

// Loads the project at `path` into `project`; a failure is printed (false),
// missing layers and other problems are warnings.
bool loadProject(Project &project, const QString &path);

// Adds the positional argument PROJECT to `parser`, parses `arguments` and
// checks that exactly one project file was given. Returns the exit code to stop
// with, or -1 to go on with `*projectPath` set.
int parseProjectArgument(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                         QString *projectPath);

// The start of a "GROUP list PROJECT [--json]" command named `command`: parses
// `arguments` and loads the project. Returns the exit code to stop with, or -1
// to go on with `*json` telling whether --json was given.
int startListCommand(const QString &command, const QString &description, const QString &jsonDescription,
                     const QStringList &arguments, Project &project, bool *json);

// `document` as indented JSON on stdout (flushed).
void printJson(const QJsonDocument &document);

// Prints the progress of `feedback` (every 10 %, as "<label>: N%"), its warnings
// and its notes on stderr; safe when reported from worker threads.
void reportOnStderr(Feedback &feedback, const QString &label);

// A command with subcommands ("territoria-cli GROUP SUB ..."): prints `usage`
// when SUB is missing (stderr, ExitBadArguments) or -h/--help (stdout,
// ExitSuccess); else runs the subcommand named SUB with the arguments led by
// "territoria-cli GROUP SUB". An unknown SUB: badArguments(group,
// unknownMessage.arg(SUB)).
using Subcommand = std::pair<QString, std::function<int(const QStringList &)>>;
int runSubcommand(const QString &group, const QStringList &arguments, const QString &usage,
                  const QList<Subcommand> &subcommands, const QString &unknownMessage);

} // namespace territoria::cli
