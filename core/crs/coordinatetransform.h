#pragma once

#include "crs/crs.h"
#include "error.h"
#include "geometry/extent.h"
#include "territoria_core_export.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

namespace territoria {

// One way PROJ can go from one CRS to another (e.g. PSAD56 -> WGS 84 by
// a 3-parameter Helmert for Peru, or by a grid).
struct CoordinateOperation {
    QString name;          // PROJ's name, e.g. "Inverse of UTM zone 19S + PSAD56 to WGS 84 (12) + UTM zone 19S"
    QString definition;    // a PROJ pipeline string that re-creates exactly this operation
    double accuracy = -1;  // metres; -1 when unknown
    bool isAvailable = true; // false when it needs a grid that is not installed
    QString areaOfUse;     // e.g. "Peru - onshore"
    bool isBallpark = false; // PROJ's ballpark fallback (no datum shift): metre-to-hundreds-of-metre errors
};

// Which operation the project pins for a pair of CRSs. A value type copied into
// render snapshots. Unpinned pairs use PROJ's best available choice.
class TERRITORIA_CORE_EXPORT TransformContext
{
public:
    void setOperation(const Crs &source, const Crs &destination, const QString &definition);
    void removeOperation(const Crs &source, const Crs &destination);
    // The pinned PROJ definition for the pair, or empty.
    QString operation(const Crs &source, const Crs &destination) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    QJsonObject toJson() const;
    static TransformContext fromJson(const QJsonObject &json);

    struct Entry {
        QString source;      // Crs::toUserString()
        QString destination; // Crs::toUserString()
        QString definition;
    };
    QList<Entry> entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

// Transforms coordinates between two CRSs in traditional GIS order (x = easting or
// longitude, y = northing or latitude), whatever the CRSs' official axis order.
// Owns PROJ objects bound to the thread that created it: create one per thread
// (render workers create their own from the snapshot's Crs + TransformContext).
// Move-only.
class TERRITORIA_CORE_EXPORT CoordinateTransform
{
public:
    enum class Direction { Forward, Inverse };

    CoordinateTransform();
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;
    CoordinateTransform(const CoordinateTransform &) = delete;
    CoordinateTransform &operator=(const CoordinateTransform &) = delete;

    // Uses the operation pinned in `context` for the pair if any, else PROJ's best
    // available for each point (proj_create_crs_to_crs). Identity when equal CRSs.
    static Result<CoordinateTransform> create(const Crs &source, const Crs &destination,
                                              const TransformContext &context = {});
    // Exactly this operation (a definition from operations()).
    static Result<CoordinateTransform> fromOperation(const Crs &source, const Crs &destination,
                                                     const QString &definition);
    // All candidate operations PROJ knows, best first (PROJ's sort order), including
    // those that need missing grids (isAvailable = false).
    static QList<CoordinateOperation> operations(const Crs &source, const Crs &destination);

    bool isValid() const;
    bool isIdentity() const;
    Crs sourceCrs() const;
    Crs destinationCrs() const;
    // Human-readable name of the operation in use ("best available: ..." or the pinned one).
    QString operationDescription() const;

    // Returns NaN coordinates when the point cannot be transformed.
    QPointF transform(const QPointF &p, Direction d = Direction::Forward) const;
    // In place, `count` points with strides of one double; failed points become
    // HUGE_VAL/NaN. Returns the number of points that failed.
    size_t transformInPlace(double *x, double *y, size_t count, Direction d = Direction::Forward) const;
    // Densified boundary transform (proj_trans_bounds): the smallest extent holding
    // the transformed rectangle. Null on failure.
    Extent transformExtent(const Extent &e, Direction d = Direction::Forward) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace territoria
