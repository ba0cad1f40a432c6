#pragma once

#include "analysis/algorithm.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace territoria {

class AnalysisProvider;

// A plugin file the registry looked at, loaded or not.
struct PluginInfo {
    QString fileName;
    QString id;          // from plugin.json
    QString name;
    QString version;
    bool loaded = false;
    QString error;       // why it was not loaded (translated), empty when loaded
};

// The algorithms of the analysis providers. Not a singleton: the desktop app and
// the CLI each create one and pass it on. Loads plugins only from the install's
// plugin folder (and, for a build tree, the build's plugin folder) plus folders
// the user approved: the list given to loadPlugins() and TERRITORIA_PLUGIN_PATH.
class TERRITORIA_CORE_EXPORT AlgorithmRegistry
{
    Q_DECLARE_TR_FUNCTIONS(AlgorithmRegistry)
public:
    AlgorithmRegistry();
    ~AlgorithmRegistry();
    AlgorithmRegistry(const AlgorithmRegistry &) = delete;
    AlgorithmRegistry &operator=(const AlgorithmRegistry &) = delete;

    // <exe dir>/../lib/territoria/plugins; the build tree's plugins folder when the
    // executable runs from that build tree; then TERRITORIA_PLUGIN_PATH entries.
    static QStringList defaultPluginFolders();

    // Reads the metadata of every shared library in the folders (default folders
    // first, then `approvedFolders`), loads the analysis providers and adds their
    // algorithms. Returns the number of providers added. Failures are recorded in
    // plugins() and never stop the others.
    int loadPlugins(const QStringList &approvedFolders = {});

    // Adds the algorithms of a provider (e.g. a statically linked one). The
    // provider must outlive this call only. Returns false (and records why) when
    // an algorithm id is taken already.
    bool addProvider(const AnalysisProvider &provider, const QString &origin = {});

    const QList<PluginInfo> &plugins() const { return m_plugins; }
    QList<const Algorithm *> algorithms() const; // sorted by id
    const Algorithm *algorithm(const QString &id) const; // nullptr when unknown
    QStringList algorithmIds() const;

private:
    void loadFile(const QString &path);
    QList<PluginInfo> m_plugins;
    std::vector<std::unique_ptr<Algorithm>> m_algorithms;
};

} // namespace territoria
