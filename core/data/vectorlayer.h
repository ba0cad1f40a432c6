#pragma once

#include "data/feature.h"
#include "data/layer.h"
#include "error.h"
#include "style/vectorstyle.h"
#include "territoria_core_export.h"

#include <QSet>

#include <functional>
#include <memory>

namespace territoria {

class Feedback;

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
    // All FIDs in source order (for the attribute table's lazy model).
    Result<QList<qint64>> featureIds(Feedback *feedback = nullptr) const;

    struct Private;
protected:
    explicit VectorDataProvider(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
    friend class VectorLayer;
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

    LayerKind kind() const override { return LayerKind::Vector; }
    QString source() const override;
    QString sublayerName() const override;
    Extent extent() const override;

    std::shared_ptr<const VectorDataProvider> dataProvider() const { return m_provider; }
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

Q_SIGNALS:
    void selectionChanged();

private:
    VectorLayer(std::shared_ptr<const VectorDataProvider> provider, QObject *parent = nullptr);
    std::shared_ptr<const VectorDataProvider> m_provider;
    VectorStyle m_style;
    QSet<qint64> m_selected;
};

} // namespace territoria
