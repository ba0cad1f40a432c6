#pragma once

#include <QStringList>

namespace territoria::cli {

// `territoria-cli render (PROJECT.territoria | LAYER...) --out FILE [...]`: draws a
// project or layers into a PNG, JPEG, TIFF, PDF or SVG file with exportMap().
// Needs a QGuiApplication (offscreen). `arguments` starts with the program name.
int runRender(const QStringList &arguments);

} // namespace territoria::cli
