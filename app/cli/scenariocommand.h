#pragma once

#include <QStringList>

namespace territoria::cli {

// `territoria-cli scenario list PROJECT [--json]`: the scenarios, one name per line.
// `territoria-cli scenario show PROJECT NAME [--json]`: description, author and the
//  analyses of a scenario, each with the command line that reproduces it.
// `territoria-cli scenario run PROJECT (NAME | --all)`: runs a scenario's analyses
//  (or every scenario's) into <project>.scenarios/<name>/; progress on stderr, the
//  output files on stdout.
// `territoria-cli scenario compare PROJECT NAME_A NAME_B --out DIR [--key FIELD]`:
//  differences per unit between the two scenarios' result layers (CSV and
//  GeoPackage in DIR) and a summary on stdout.
// Exit status 0 on success, 1 when a run or a file fails, 2 on bad arguments or
// an unknown scenario. `arguments` starts with the program name.
int runScenario(const QStringList &arguments);

} // namespace territoria::cli
