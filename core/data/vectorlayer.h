#pragma once

#include "data/feature.h"
#include "data/layer.h"
#include "error.h"
#include "style/vectorstyle.h"
#include "territoria_core_export.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QUndoStack;

namespace territoria {

class Feedback;

// The uncommitted changes of an edit session, as an immutable value (implicitly
// shared containers, cheap to copy). Added features have negative FIDs (-1, -2...).
// Attribute changes are keyed by field name so that adding or deleting a field
// later in the session keeps them right. A provider created with withEdits()
// shows the source as if these changes were already saved.
struct VectorEdits {
    struct NewFeature {
        Geometry geometry;
        QHash<QString, QVariant> attributes; // field name -> value; absent = NULL
        bool operator==(const NewFeature &) const = default;
    };
    QMap<qint64, NewFeature> added;                          // fid < 0
    QHash<qint64, Geometry> changedGeometries;               // existing (source) fids
    QHash<qint64, QHash<QString, QVariant>> changedAttributes; // existing fids; invalid QVariant = set NULL
    QSet<qint64> deleted;                                    // existing fids
    QList<Field> addedFields;                                // appended after the source's fields
    QStringList deletedFields;                               // names of source fields

    bool isEmpty() const;
    // JSON for the crash journal (geometries as hex WKB, values typed).
    QJsonObject toJson() const;
    static Result<VectorEdits> fromJson(const QJsonObject &json);
    bool operator==(const VectorEdits &) const = default;
};

struct VectorLayerOptions {
    QString layerName;       // sublayer (GeoPackage table, KML folder...); empty = first/only
    QString encoding;        // force a DBF/CSV encoding ("ISO-8859-1", "CP852"); empty = auto
    QStringList openOptions; // extra GDAL open options ("X_POSSIBLE_NAMES=lon", ...)
};

// Thread-safe read access to one OGR layer. Each call borrows a GDALDataset from
// an internal pool (one dataset is never used by two threads at once), so many
// threads can read concurrently. Shared by the VectorLayer and its render snapshots.
class TERRITORIA_CORE_EXPORT VectorDataProvider
{
public:
    virtual ~VectorDataProvider();

    QString source() const;
    QString layerName() const;
    QString driverName() const;  // GDAL short name: "ESRI Shapefile", "GPKG", "CSV"...
    QString encoding() const;    // the encoding text is decoded from ("UTF-8", "ISO-8859-1"...)
    VectorLayerOptions options() const;

    Fields fields() const;
    qint64 featureCount() const;       // exact (may iterate once on first call; cached)
    GeometryKind geometryKind() const; // from the declared type, else the first features
    QString geometryTypeName() const;  // as ogrinfo: "Polygon", "Unknown (any)", "None", "3D Line String"
    Extent extent() const;             // layer CRS; exact
    Crs crs() const;                   // invalid when the source declares none
    bool hasFastSpatialFilter() const; // the format has its own index (GPKG R-tree, .qix...)

    Result<Feature> feature(qint64 fid) const;
    // Calls `visitor` for every matching feature until it returns false.
    // Returns the number visited. Checks `feedback` for cancel (an Error then).
    Result<qint64> forEachFeature(const FeatureRequest &request,
                                  const std::function<bool(Feature &&)> &visitor,
                                  Feedback *feedback = nullptr) const;
    // FIDs whose bounding box intersects `extent` (layer CRS), through the format's
    // index or an in-memory STR-tree built on first use.
    QList<qint64> featureIdsInExtent(const Extent &extent) const;
    // All FIDs in source order (for the attribute table's lazy model); added
    // features (negative FIDs) come last, in the order they were added.
    Result<QList<qint64>> featureIds(Feedback *feedback = nullptr) const;

    // Every read above merges `edits()` over the source: deleted features and
    // fields are skipped, changed values and geometries replace the source's,
    // added features and fields appear (spatial filters use the new geometries).
    const VectorEdits &edits() const;
    // A provider sharing this one's datasets and caches with `edits` laid over
    // the *source* (not over this provider's own edits).
    std::shared_ptr<const VectorDataProvider> withEdits(VectorEdits edits) const;
    // The source without edits.
    std::shared_ptr<const VectorDataProvider> sourceProvider() const;

    struct Private;
protected:
    explicit VectorDataProvider(std::shared_ptr<Private> d, std::shared_ptr<const VectorEdits> edits = {});
    std::shared_ptr<Private> d;              // shared by providers of one source
    std::shared_ptr<const VectorEdits> m_edits; // never null (empty when not editing)
    friend class VectorLayer;

private:
    struct Merged; // the merged field list and caches of a provider with edits
    std::shared_ptr<Merged> m_merged; // null when m_edits is empty (the fast source path)
    Feature mergedFeature(Feature &&source, bool withAttributes, const QList<int> *subset) const;
    Feature addedFeature(qint64 fid, const VectorEdits::NewFeature &added, bool withGeometry, bool withAttributes,
                         const QList<int> *subset) const;
};

class TERRITORIA_CORE_EXPORT VectorLayer : public Layer
{
    Q_OBJECT
public:
    // Opens one OGR layer. CSV sources get X/Y (x, lon, longitude, lng...) or WKT
    // (wkt, geom, geometry...) detection; shapefiles honour .cpg and the DBF
    // language driver byte, falling back to ISO-8859-1 when the DBF is not UTF-8.
    static Result<std::unique_ptr<VectorLayer>> open(const QString &path, const VectorLayerOptions &options = {},
                                                     Feedback *feedback = nullptr);

    // How selectFeatures() combines the given ids with the current selection.
    enum class SelectionMode { Replace, Add, Remove };
    Q_ENUM(SelectionMode)

    ~VectorLayer() override;

    LayerKind kind() const override { return LayerKind::Vector; }
    QString source() const override;
    QString sublayerName() const override;
    Extent extent() const override;

    // The data as the user sees it now: the source with the session's edits laid
    // over it. A new provider object after every edit, so a render or a worker
    // holding one keeps a consistent view.
    std::shared_ptr<const VectorDataProvider> dataProvider() const;
    // Shortcuts to the provider.
    Fields fields() const;
    qint64 featureCount() const;
    GeometryKind geometryKind() const;

    VectorStyle style() const { return m_style; }
    void setStyle(const VectorStyle &style);

    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QJsonObject styleToJson() const override;
    void setStyleFromJson(const QJsonObject &json) override;

    // The selected features (FIDs). Shared by the map, the attribute table and the
    // charts; not saved in the project. selectionChanged() is emitted once per
    // change, and not at all when the selection stays the same.
    QSet<qint64> selectedFeatureIds() const { return m_selected; }
    qsizetype selectedFeatureCount() const { return m_selected.size(); }
    bool isSelected(qint64 fid) const { return m_selected.contains(fid); }
    void selectFeatures(const QSet<qint64> &ids, SelectionMode mode = SelectionMode::Replace);
    void clearSelection();

    // ---- Editing -------------------------------------------------------------
    // An edit session keeps changes in memory (VectorEdits) with undo/redo until
    // commitChanges() writes them to the source or rollBack() drops them.

    // Whether the source's driver can write (GPKG, ESRI Shapefile, GeoJSON, any
    // OGR driver with update support) and the file is writable; `reason` says why not.
    bool supportsEditing(QString *reason = nullptr) const;
    bool isEditable() const { return m_editing; } // an edit session is active
    bool isModified() const;                      // the session has changes
    Result<void> startEditing();
    // Writes the changes atomically: GeoPackage (and other transactional
    // sources) in one transaction; Shapefile and single-file formats are written
    // beside the source and swapped in, so a failure or a kill leaves the source as
    // it was. On success the layer re-reads the source, added features get their
    // real FIDs (the selection follows), the undo stack is cleared, the journal
    // removed, and editing stops unless `keepEditing`.
    Result<void> commitChanges(bool keepEditing = false, Feedback *feedback = nullptr);
    // Drops all changes and stops editing (or keeps an empty session).
    void rollBack(bool keepEditing = false);

    // The session's undo stack (null when not editing). Every edit below pushes
    // one command; wrap several in beginEditCommand()/endEditCommand() to undo
    // them as one (paste, multi-edit of a field, split). Inside such a command the
    // edits change the buffer in place and the signals (featuresAdded/Deleted/Changed,
    // fieldsChanged, selectionChanged, editsChanged, repaintRequested) come once, from
    // endEditCommand(); dataProvider() and fields() are current at every step.
    QUndoStack *undoStack() const { return m_undoStack.get(); }
    void beginEditCommand(const QString &text);
    void endEditCommand();

    // Edits (only while editing; return false / an Error otherwise). Attributes
    // are in fields() order (the current fields, including added ones).
    Result<qint64> addFeature(const Geometry &geometry, const QVariantList &attributes = {}); // new negative fid
    bool deleteFeatures(const QSet<qint64> &fids);
    bool changeGeometry(qint64 fid, const Geometry &geometry);
    bool changeAttributeValue(qint64 fid, int field, const QVariant &value);
    Result<void> addField(const Field &field);   // error if the name exists or the driver can't
    Result<void> deleteField(int field);

    // The changes of the session (empty when not editing).
    VectorEdits edits() const;
    // Restores a session from a crash journal (starts editing; one undo command).
    Result<void> applyEdits(const VectorEdits &edits, const QString &undoText);

    // Crash journal: while set and editing, every change rewrites this file
    // atomically (JSON: source, sublayer, options, time, edits); commit and
    // rollback remove it. Empty = no journal (the default; core never picks a path).
    void setJournalPath(const QString &path);
    QString journalPath() const { return m_journalPath; }

    // Test hook: called before each write step of commitChanges() with the step
    // number (0, 1, ...); returning false makes that step fail as a disk error would.
    static void setCommitFaultInjectorForTesting(std::function<bool(int step)> injector);

Q_SIGNALS:
    void selectionChanged();
    void editingStarted();
    void editingStopped();
    // The edit buffer changed (an edit, undo or redo): dataProvider() is new.
    void editsChanged();
    // A commit wrote the source; `fidMap` maps the session's negative fids to the real ones.
    void committed(const QHash<qint64, qint64> &fidMap);
    // Feature-level notifications for views (also emitted on undo/redo).
    void featuresChanged(const QSet<qint64> &fids); // geometry or attributes changed
    void featuresAdded(const QSet<qint64> &fids);
    void featuresDeleted(const QSet<qint64> &fids);
    void fieldsChanged();

private:
    VectorLayer(std::shared_ptr<const VectorDataProvider> provider, QObject *parent = nullptr);
    // Replaces the edit buffer (used by the undo commands), refreshes m_provider
    // and emits the signals (the journal follows the undo stack's indexChanged()).
    void setEdits(VectorEdits edits);
    friend class VectorEditCommand;
    // The edit buffer to change: a copy, or inside beginEditCommand() the buffer itself
    // (moved out; pushEdit() puts it back), so a macro of n edits costs O(n log n).
    VectorEdits takeEdits();
    // Pushes one undo command going from the current edits to `next` (or, inside a
    // macro, applies it and remembers what changed for endEditCommand()).
    void pushEdit(const QString &text, VectorEdits next, const QSet<qint64> &added, const QSet<qint64> &deleted,
                  const QSet<qint64> &changed, bool fieldsChanged);
    void writeJournal() const;
    void removeJournal() const;
    // Replaces the source provider after a commit (same options), mapping the selection.
    Result<void> reloadSource(const QHash<qint64, qint64> &fidMap, const std::function<qint64(qint64)> &remapExisting);

    mutable std::shared_ptr<const VectorDataProvider> m_provider; // rebuilt lazily inside a macro
    mutable bool m_providerDirty = false;
    std::shared_ptr<const VectorDataProvider> m_sourceProvider;
    VectorStyle m_style;
    QSet<qint64> m_selected;
    bool m_editing = false;
    VectorEdits m_edits;
    qint64 m_nextNewFid = -1;
    std::unique_ptr<QUndoStack> m_undoStack;
    int m_macroDepth = 0;
    QString m_journalPath;
    mutable std::optional<std::pair<bool, QString>> m_editSupport; // cached supportsEditing()
    // The open edit command (beginEditCommand()): state before it and what changed since.
    VectorEdits m_macroBefore;
    QString m_macroText;
    int m_macroSteps = 0;
    QSet<qint64> m_pendingAdded, m_pendingDeleted, m_pendingChanged;
    bool m_pendingFields = false;
    bool m_pendingSelection = false;
};

} // namespace territoria
