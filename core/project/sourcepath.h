#pragma once

// A data source path as stored in runs and scenarios: a file path with an
// optional "|layername=..." (or other "|...") suffix. Internal to core/project.

#include <QString>

namespace territoria::sourcepath {

struct PathParts {
    QString path;
    QString suffix; // "" or from the '|' on
};

inline PathParts splitPath(const QString &value)
{
    const qsizetype bar = value.indexOf(u'|');
    if (bar < 0)
        return {value, {}};
    return {value.left(bar), value.mid(bar)};
}

} // namespace territoria::sourcepath
