#pragma once

#include <QStringList>

namespace territoria::cli {

// `territoria-cli layout list PROJECT [--json]`: the project's print layouts.
// `territoria-cli layout export PROJECT --layout NAME --out FILE [--atlas] [--dpi N]
//  [--split-by FIELD] [--per-feature]`: writes a layout (or its atlas) with
// LayoutExporter. Needs a QGuiApplication (offscreen). `arguments` starts with
// the program name.
int runLayout(const QStringList &arguments);

} // namespace territoria::cli
