#pragma once

#include <QStringList>

namespace territoria::cli {

// `territoria-cli info PATH... [--json]`: describes every layer of every path.
// `arguments` starts with the program name; the subcommand is already removed.
int runInfo(const QStringList &arguments);

} // namespace territoria::cli
