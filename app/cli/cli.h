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

class QCommandLineParser;

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

} // namespace territoria::cli
