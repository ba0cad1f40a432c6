#pragma once

#include <QStringList>

namespace territoria::cli {

// `territoria-cli algorithms [--json]`: every algorithm of the analysis plugins with
// its parameters and outputs.
int runAlgorithms(const QStringList &arguments);

// `territoria-cli run ALGORITHM_ID --param NAME=VALUE ... [--json]`: runs one
// algorithm, progress on stderr, outputs on stdout. Exit 2 for an unknown
// algorithm or bad parameters, 1 when the run fails.
int runAlgorithm(const QStringList &arguments);

} // namespace territoria::cli
