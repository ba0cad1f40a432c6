#pragma once

#include "territoria_core_export.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace territoria {

enum class SchemeType { Sequential, Diverging, Qualitative };

// ColorBrewer 2.0 schemes (Cynthia Brewer, colorbrewer.org; Apache License 2.0),
// read from resources/ramps/colorbrewer.txt compiled into the library.
class TERRITORIA_CORE_EXPORT ColorBrewer
{
public:
    static QStringList schemeNames();                // "Blues", "RdYlGn", "Set1"...
    static QStringList schemeNames(SchemeType type);
    static bool contains(const QString &name);       // case-insensitive
    static SchemeType type(const QString &name);
    static int minClasses(const QString &name);      // 3 (0 when unknown)
    static int maxClasses(const QString &name);      // 9, 8, 12... (0 when unknown)
    // The published scheme for `classes` classes; empty when it does not exist.
    static QList<QColor> scheme(const QString &name, int classes);
};

// `n` colours for classes from the ramp `name`: a ColorBrewer scheme at exactly
// n classes when it has one; else, for qualitative schemes, its colours repeated;
// else n evenly spaced samples (ends included) of the continuous ramp
// ColorRamp::named(name) (for Brewer names: the scheme's largest size as stops).
// `reversed` reverses the order.
TERRITORIA_CORE_EXPORT QList<QColor> rampColors(const QString &name, int n, bool reversed = false);

} // namespace territoria
