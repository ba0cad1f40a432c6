#pragma once

#include "gui/maptools/maptooledit.h"

#include "render/snapping.h"

#include <QList>
#include <QPointF>

namespace territoria {

// The common gesture of split and reshape: draw a line (clicks, snapped; Backspace
// removes the last vertex; Esc cancels), finish with a right click or Enter, then
// apply() it to the features of the layer it crosses.
class MapToolLineEdit : public MapToolVertexDrawing
{
    Q_OBJECT
public:
    explicit MapToolLineEdit(MapCanvas *canvas);
    ~MapToolLineEdit() override;

    // Applies the line (>= 2 points, canvas CRS). Returns the number of features changed.
    int applyLine(const QList<QPointF> &mapPoints);

    void activate() override;
    bool mousePress(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;

protected:
    // Applies `line` (layer CRS) to the features in `candidates` inside one edit
    // command; returns the number changed.
    virtual int apply(const Geometry &line, const QList<qint64> &candidates) = 0;
    virtual QString hint() const = 0;
    bool finish() override;
};

// Splits the lines and polygons the drawn line crosses (splitGeometry): the first
// piece keeps the feature (fid and attributes), the others are added with the same
// attributes; all in one undo command.
class MapToolSplit : public MapToolLineEdit
{
    Q_OBJECT
public:
    explicit MapToolSplit(MapCanvas *canvas);
    QString name() const override;

Q_SIGNALS:
    void featuresSplit(territoria::VectorLayer *layer, int count);

protected:
    int apply(const Geometry &line, const QList<qint64> &candidates) override;
    QString hint() const override;
};

// Reshapes the boundary of the lines and polygons the drawn line crosses twice
// (reshapeGeometry), in one undo command.
class MapToolReshape : public MapToolLineEdit
{
    Q_OBJECT
public:
    explicit MapToolReshape(MapCanvas *canvas);
    QString name() const override;

protected:
    int apply(const Geometry &line, const QList<qint64> &candidates) override;
    QString hint() const override;
};

} // namespace territoria
