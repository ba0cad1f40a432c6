#include "analysis/algorithmregistry.h"

#include "analysis/analysisprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// The root of a CMake build tree holding `dir`, or empty.
QString buildTreeRoot(const QString &dir)
{
    QDir d(dir);
    for (int i = 0; i < 6; ++i) {
        if (QFileInfo::exists(d.filePath(u"CMakeCache.txt"_s)))
            return d.absolutePath();
        if (!d.cdUp())
            break;
    }
    return {};
}

} // namespace

AlgorithmRegistry::AlgorithmRegistry() = default;
AlgorithmRegistry::~AlgorithmRegistry() = default;

QStringList AlgorithmRegistry::defaultPluginFolders()
{
    QStringList folders;
    const QString exeDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!exeDir.isEmpty()) {
        folders << QDir::cleanPath(exeDir + u"/../lib/territoria/plugins"_s);
        // Running from a build tree: the plugins are built into <build>/plugins.
        if (const QString root = buildTreeRoot(exeDir); !root.isEmpty())
            folders << root + u"/plugins"_s;
    }
    const QString env = qEnvironmentVariable("TERRITORIA_PLUGIN_PATH");
    for (const QString &entry : env.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        folders << QDir::cleanPath(entry);
    folders.removeDuplicates();
    return folders;
}

int AlgorithmRegistry::loadPlugins(const QStringList &approvedFolders)
{
    const qsizetype before = m_plugins.size();
    QStringList folders = defaultPluginFolders();
    for (const QString &f : approvedFolders)
        folders << QDir::cleanPath(f);
    folders.removeDuplicates();
    QStringList seen;
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            const QString canonical = file.canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen << canonical;
            loadFile(canonical);
        }
    }
    int added = 0;
    for (qsizetype i = before; i < m_plugins.size(); ++i)
        added += m_plugins.at(i).loaded ? 1 : 0;
    return added;
}

void AlgorithmRegistry::loadFile(const QString &path)
{
    PluginInfo info;
    info.fileName = path;
    QPluginLoader loader(path);
    const QJsonObject meta = loader.metaData();
    if (meta.isEmpty()) {
        info.error = tr("%1 is not a Qt plugin: %2").arg(path, loader.errorString());
        m_plugins << info;
        return;
    }
    const QJsonObject data = meta.value("MetaData"_L1).toObject();
    info.id = data.value("id"_L1).toString();
    info.name = data.value("name"_L1).toString();
    info.version = data.value("version"_L1).toString();
    if (meta.value("IID"_L1).toString() != QLatin1StringView(TerritoriaAnalysisProvider_iid)) {
        info.error = tr("%1 is not a Territoria analysis plugin (interface %2, expected %3).")
                         .arg(path, meta.value("IID"_L1).toString(), QLatin1StringView(TerritoriaAnalysisProvider_iid));
        m_plugins << info;
        return;
    }
    if (info.id.isEmpty()) {
        info.error = tr("%1: plugin.json has no “id”.").arg(path);
        m_plugins << info;
        return;
    }
    QObject *instance = loader.instance();
    if (!instance) {
        info.error = tr("Cannot load the plugin %1: %2").arg(path, loader.errorString());
        m_plugins << info;
        return;
    }
    auto *provider = qobject_cast<AnalysisProvider *>(instance);
    if (!provider) {
        info.error = tr("%1 does not implement the analysis provider interface.").arg(path);
        m_plugins << info;
        return;
    }
    if (provider->id() != info.id) {
        info.error = tr("%1: plugin.json says id “%2” but the provider says “%3”.").arg(path, info.id, provider->id());
        m_plugins << info;
        return;
    }
    m_plugins << info;
    const qsizetype index = m_plugins.size() - 1;
    if (addProvider(*provider, path))
        m_plugins[index].loaded = true;
}

bool AlgorithmRegistry::addProvider(const AnalysisProvider &provider, const QString &origin)
{
    std::vector<std::unique_ptr<Algorithm>> algorithms = provider.createAlgorithms();
    for (const auto &a : algorithms) {
        const QString prefix = provider.id() + u':';
        QString why;
        if (!a->id().startsWith(prefix))
            why = tr("algorithm id “%1” does not start with “%2”").arg(a->id(), prefix);
        else if (algorithm(a->id()))
            why = tr("algorithm id “%1” is already registered").arg(a->id());
        if (!why.isEmpty()) {
            PluginInfo info;
            info.fileName = origin;
            info.id = provider.id();
            info.error = tr("Provider “%1” rejected: %2.").arg(provider.id(), why);
            // Replace the entry loadFile() just added for this origin, if any.
            for (PluginInfo &p : m_plugins) {
                if (!origin.isEmpty() && p.fileName == origin)
                    p.error = info.error;
            }
            if (origin.isEmpty())
                m_plugins << info;
            return false;
        }
    }
    for (auto &a : algorithms)
        m_algorithms.push_back(std::move(a));
    std::sort(m_algorithms.begin(), m_algorithms.end(),
              [](const auto &x, const auto &y) { return x->id() < y->id(); });
    return true;
}

QList<const Algorithm *> AlgorithmRegistry::algorithms() const
{
    QList<const Algorithm *> list;
    for (const auto &a : m_algorithms)
        list << a.get();
    return list;
}

const Algorithm *AlgorithmRegistry::algorithm(const QString &id) const
{
    for (const auto &a : m_algorithms) {
        if (a->id() == id)
            return a.get();
    }
    return nullptr;
}

QStringList AlgorithmRegistry::algorithmIds() const
{
    QStringList ids;
    for (const auto &a : m_algorithms)
        ids << a->id();
    return ids;
}

} // namespace territoria
