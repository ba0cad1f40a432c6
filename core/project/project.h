#pragma once

#include "crs/coordinatetransform.h"
#include "crs/crs.h"
#include "data/layer.h"
#include "data/livejoin.h"
#include "error.h"
#include "geometry/extent.h"
#include "layout/printlayout.h"
#include "project/scenario.h"
#include "territoria_core_export.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace territoria {

class Feedback;

// A layer of a project file whose source could not be opened: kept so that the
// user can point at its new place (restoreLayer) and so that saving the project
// does not drop it.
struct MissingLayer {
    QString id;
    QString name;
    QString source;        // absolute path as resolved from the project file
    Error error;           // why it failed
    QJsonObject definition; // the layer's entry in the project file
    // Index among all of the project's layers, live and missing (top first), where
    // it sits; kept up to date as layers are added or removed, so that saving and
    // restoreLayer() put it back in its place.
    int position = -1;
};

// The live joins of a layer (data/livejoin.h), with what a worker needs to re-run
// them: a snapshot taken on the GUI thread.
struct LiveJoinJob {
    QString layerId;
    QString layerName;
    QString source;          // the layer's own source (absolute), never the joined cache
    QString sublayer;
    QString encoding;        // the layer's VectorLayerOptions, to reopen it unjoined
    QStringList openOptions;
    QList<LiveJoin> joins;   // in the order they are applied
    QString cachePath;       // the joined GeoPackage

    QString layerSource() const { return LiveJoins::layerSource(source, sublayer); }
};

struct ProjectLoadReport {
    QList<MissingLayer> missingLayers;
    QStringList warnings;
};

// The ordered layers (top first, as in the layer panel), the project CRS, pinned
// transforms, the view extent and the title. Saved as versioned JSON with layer
// sources relative to the project file, written atomically (QSaveFile).
// Passed by reference; never a singleton. Lives on the GUI thread.
class TERRITORIA_CORE_EXPORT Project : public QObject
{
    Q_OBJECT
public:
    static constexpr int FormatVersion = 1;

    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    QString fileName() const { return m_fileName; }
    QString title() const { return m_title; }
    void setTitle(const QString &title);

    Crs crs() const { return m_crs; }
    void setCrs(const Crs &crs);
    TransformContext transformContext() const { return m_transformContext; }
    void setTransformContext(const TransformContext &context);

    Extent viewExtent() const { return m_viewExtent; } // in crs()
    void setViewExtent(const Extent &extent);

    // Layers, top first.
    QList<Layer *> layers() const;
    int layerCount() const { return static_cast<int>(m_layers.size()); }
    Layer *layer(const QString &id) const;
    int indexOf(const Layer *layer) const;
    // Takes ownership; index 0 = top. Gives the layer an id if it has none. When
    // the project has no CRS yet, it takes the first layer's.
    Layer *addLayer(std::unique_ptr<Layer> layer, int index = 0);
    std::unique_ptr<Layer> takeLayer(const QString &id);
    void removeLayer(const QString &id);
    void moveLayer(int from, int to);
    // Union of the layers' extents in the project CRS.
    Extent fullExtent() const;

    // Print layouts, in the order the user made them; names are unique.
    QList<PrintLayout> layouts() const { return m_layouts; }
    QStringList layoutNames() const;
    // nullptr when there is no layout of that name. The pointer is valid until
    // the next change to the layouts.
    const PrintLayout *layout(const QString &name) const;
    // Adds a layout; a name already taken gets " (2)", " (3)"... Returns the name used.
    QString addLayout(const PrintLayout &layout);
    // Replaces the layout called `name` (it may be renamed by `layout`'s own name,
    // made unique). False when there is none.
    bool replaceLayout(const QString &name, const PrintLayout &layout);
    bool removeLayout(const QString &name);

    QList<MissingLayer> missingLayers() const { return m_missing; }
    // Opens the missing layer `id` from `newPath`, with its saved name, style,
    // visibility and position; removes it from missingLayers().
    Result<Layer *> restoreLayer(const QString &id, const QString &newPath);

    bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty = true);

    void clear();
    Result<void> save(const QString &fileName);
    // Replaces the current content. Layers that fail are listed in the report
    // (and in missingLayers()); the rest still opens. Fails only when the file
    // itself cannot be read or is not a Territoria project.
    Result<ProjectLoadReport> load(const QString &fileName, Feedback *feedback = nullptr);

    QJsonObject toJson(const QString &projectDir) const;

    // ---- live joins (design in data/livejoin.h) ----
    // The joins kept for a layer; empty when it has none.
    QList<LiveJoin> liveJoins(const QString &layerId) const;
    bool hasLiveJoins(const QString &layerId) const { return m_liveJoins.contains(layerId); }
    // A snapshot to run the layer's joins on a worker: its current joins, or
    // `joins` instead. The source is the layer's original one even when it is
    // already joined. Empty layerId when there is no such vector layer.
    LiveJoinJob liveJoinJob(const QString &layerId) const;
    LiveJoinJob liveJoinJob(const QString &layerId, const QList<LiveJoin> &joins) const;
    // Every layer with joins (for "Refresh Joins").
    QList<LiveJoinJob> liveJoinJobs() const;
    // After LiveJoins::run(job.layerSource(), job.joins, job.cachePath) succeeded:
    // replaces the layer by one opened from the joined file, with the same id, name,
    // style, visibility, opacity and place, and records the joins (saved with the
    // layer; the original source is saved, not the cache). Empty job.joins: the
    // layer goes back to its original source.
    Result<Layer *> applyLiveJoin(const LiveJoinJob &job);

    // ---- scenarios and provenance (design in project/scenario.h) ----
    // Scenarios in the order they were made; names are unique.
    QList<Scenario> scenarios() const { return m_scenarios; }
    QStringList scenarioNames() const;
    // nullptr when there is none; valid until the next change to the scenarios.
    const Scenario *scenario(const QString &name) const;
    // Adds a scenario; a name already taken gets " (2)", " (3)"... Sets created and
    // modified when not set. Returns the name used.
    QString addScenario(const Scenario &scenario);
    // Replaces the scenario called `name` (renamed by `scenario`'s own name, made
    // unique) and sets its modified time. False when there is none.
    bool replaceScenario(const QString &name, const Scenario &scenario);
    bool removeScenario(const QString &name);
    // False when there is no scenario `name` or `newName` is empty or taken.
    bool renameScenario(const QString &name, const QString &newName);

    // The run that produced the layer `layerId` (saved as "provenance" in the
    // layer's entry); nullopt for layers that were not made by an analysis.
    std::optional<AnalysisRun> provenance(const QString &layerId) const;
    // Records (or, with an invalid run, forgets) the run of an output layer; the
    // layer id is added to run.outputLayerIds.
    void setProvenance(const QString &layerId, const AnalysisRun &run);
    // The runs behind the project's layers, one per run id (outputLayerIds merged),
    // in layer order (top first).
    QList<AnalysisRun> analysisRuns() const;
    // Replaces the layer `id` by one opened from `source` (same kind), keeping its
    // id, name, style, visibility, opacity, place and provenance (e.g. after its
    // analysis was re-run into a new file).
    Result<Layer *> replaceLayerSource(const QString &id, const QString &source);


Q_SIGNALS:
    void layerAdded(territoria::Layer *layer, int index);
    void layerAboutToBeRemoved(territoria::Layer *layer);
    void layerRemoved(const QString &id);
    void layersReordered();
    void crsChanged();
    void titleChanged();
    void viewExtentChanged();
    void dirtyChanged(bool dirty);
    void fileNameChanged();
    void cleared();
    void loaded();
    void layoutsChanged();
    void scenariosChanged();
    // A layer's provenance was set or removed.
    void analysisRunsChanged();

private:
    // Opens a layer entry that has "joins": re-runs them into the cache (or opens
    // the layer unjoined with a warning naming the table) and records them.
    Result<std::unique_ptr<Layer>> openWithLiveJoins(const QJsonObject &def, const QString &id, const QString &source,
                                                     QStringList *warnings);
    Result<Layer *> replaceLayer(const QString &id, std::unique_ptr<Layer> replacement);

    QString m_fileName;
    QString m_title;
    Crs m_crs;
    TransformContext m_transformContext;
    Extent m_viewExtent;
    std::vector<std::unique_ptr<Layer>> m_layers;
    QList<MissingLayer> m_missing;
    QList<PrintLayout> m_layouts;
    // Layouts of the project file that could not be read, as raw JSON, written
    // back on save (like MissingLayer::definition for layers).
    QJsonArray m_brokenLayouts;
    bool m_dirty = false;
    QHash<QString, LiveJoinJob> m_liveJoins; // by layer id
    QList<Scenario> m_scenarios;
    // Scenarios of the project file that could not be read, written back on save.
    QJsonArray m_brokenScenarios;
    QHash<QString, AnalysisRun> m_provenance; // by layer id
};

} // namespace territoria
