#pragma once

#include "error.h"
#include "geometry/geometry.h"
#include "territoria_core_export.h"

#include <QList>
#include <QPointF>

namespace territoria {

// A vertex address inside an EditableGeometry.
struct VertexId {
    int part = -1;
    int ring = -1;   // 0 = exterior ring (polygons) or the line/point itself
    int vertex = -1;
    bool isValid() const { return part >= 0 && ring >= 0 && vertex >= 0; }
    bool operator==(const VertexId &) const = default;
};

// The coordinates of a point, line or polygon geometry (single or multi) as
// nested lists, for digitizing and vertex editing. 2D: Z and M are dropped
// (hasZ() tells whether the source had Z; toGeometry() writes Z = 0 then).
// Polygon rings are stored closed (first == last); moving the first vertex moves
// the last too, and a ring never drops below 4 points (3 distinct).
class TERRITORIA_CORE_EXPORT EditableGeometry
{
public:
    EditableGeometry() = default;
    EditableGeometry(GeometryKind kind, bool multi) : m_kind(kind), m_multi(multi) {}
    static Result<EditableGeometry> fromGeometry(const Geometry &geometry); // Mixed / collections: Error
    Geometry toGeometry() const;

    GeometryKind kind() const { return m_kind; }
    bool isMulti() const { return m_multi; }
    bool hasZ() const { return m_hasZ; }
    void setHasZ(bool z) { m_hasZ = z; }

    // parts -> rings -> vertices. A point part has one ring with one vertex;
    // a line part has one ring.
    QList<QList<QList<QPointF>>> &parts() { return m_parts; }
    const QList<QList<QList<QPointF>>> &parts() const { return m_parts; }
    int vertexCount() const;
    QPointF vertex(VertexId id) const;

    bool moveVertex(VertexId id, const QPointF &to);
    // Inserts `point` before `before` (so between before.vertex-1 and before.vertex).
    bool insertVertex(VertexId before, const QPointF &point);
    // False when it would leave a line with < 2 or a ring with < 3 distinct vertices.
    bool deleteVertex(VertexId id);
    void translate(double dx, double dy);
    // Adds a whole part (multi geometries; a single one becomes multi).
    void addPart(const QList<QList<QPointF>> &rings);

    // Nearest vertex to `p` and its distance (invalid id when empty).
    VertexId closestVertex(const QPointF &p, double *distance = nullptr) const;
    // Nearest point on any segment; `after` = the vertex after that point (use it
    // with insertVertex()).
    QPointF closestSegmentPoint(const QPointF &p, VertexId *after = nullptr, double *distance = nullptr) const;

private:
    GeometryKind m_kind = GeometryKind::Null;
    bool m_multi = false;
    bool m_hasZ = false;
    QList<QList<QList<QPointF>>> m_parts;
};

// Splits `geometry` (line or polygon, single or multi) with the line `blade`
// (GEOS: lines by node + polygonize for polygons). Returns the pieces (>= 2), or
// an empty list when the blade does not cut it.
TERRITORIA_CORE_EXPORT Result<QList<Geometry>> splitGeometry(const Geometry &geometry, const Geometry &blade);

// Replaces the part of a line/polygon boundary between the two points where
// `reshapeLine` crosses it by `reshapeLine` (QGIS "reshape features"). Error when
// the line does not cross the boundary twice.
TERRITORIA_CORE_EXPORT Result<Geometry> reshapeGeometry(const Geometry &geometry, const Geometry &reshapeLine);

} // namespace territoria
