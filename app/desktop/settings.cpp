#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace territoria::AppSettings {

QStringList recentProjects()
{
    return QSettings().value(u"recentProjects"_s).toStringList();
}

void addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentProjects)
        list.removeLast();
    QSettings().setValue(u"recentProjects"_s, list);
}

void removeRecentProject(const QString &path)
{
    QStringList list = recentProjects();
    list.removeAll(path);
    QSettings().setValue(u"recentProjects"_s, list);
}

void clearRecentProjects()
{
    QSettings().remove(u"recentProjects"_s);
}

QString lastDirectory(const QString &kind)
{
    const QString dir = QSettings().value(u"lastDirectory/"_s + kind).toString();
    return !dir.isEmpty() && QDir(dir).exists() ? dir : QDir::homePath();
}

void setLastDirectory(const QString &kind, const QString &fileOrDirectory)
{
    const QFileInfo info(fileOrDirectory);
    QSettings().setValue(u"lastDirectory/"_s + kind, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace territoria::AppSettings
