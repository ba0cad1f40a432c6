#pragma once

#include <QString>
#include <QStringList>

namespace territoria {

// The few things the desktop app remembers between sessions (QSettings).
namespace AppSettings {
QStringList recentProjects();
void addRecentProject(const QString &path);
void removeRecentProject(const QString &path);
void clearRecentProjects();
constexpr int MaxRecentProjects = 10;

// Last directory used by a file dialog of `kind` ("project", "layer").
QString lastDirectory(const QString &kind);
void setLastDirectory(const QString &kind, const QString &fileOrDirectory);
} // namespace AppSettings

} // namespace territoria
