#pragma once

#include "gui/maptool.h"

#include "geometry/measure.h"
#include "render/snapping.h"

#include <QList>
#include <QPointF>

#include <optional>

namespace territoria {

// Measures a distance (a path) or an area (a polygon) on the map: clicks add
// points (snapped), the last segment follows the mouse, right click finishes,
// Esc (or a click after finishing) starts again. The label shows the planar value
// in the canvas CRS, the ellipsoidal value (Measurer, PROJ geodesics) and their
// difference, absolute and in percent, formatted with the locale.
class MapToolMeasure : public MapTool
{
    Q_OBJECT
public:
    enum class Mode { Distance, Area };
    Q_ENUM(Mode)

    explicit MapToolMeasure(MapCanvas *canvas, Mode mode = Mode::Distance);
    ~MapToolMeasure() override;

    QString name() const override;
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // The clicked points (canvas CRS), whether the measure is finished, and the
    // measurement of the clicked points (without the mouse position).
    QList<QPointF> points() const { return m_points; }
    bool isFinished() const { return m_finished; }
    std::optional<Measurement> measurement() const { return m_measurement; }
    // The label drawn on the map (empty before two points, three for an area).
    QString labelText() const { return m_label; }
    void reset();

    // Formatting helpers (locale-aware): "950,25 m" / "12,346 km"; "950,00 m²" /
    // "1,2500 ha" / "3,4000 km²". Degrees for non-metric planar values. The unit
    // follows `unitReference` when given (so that values shown together share a
    // unit), else the value itself.
    static QString formatLength(double metres, bool metric = true, double unitReference = qQNaN());
    static QString formatArea(double squareMetres, bool metric = true, double unitReference = qQNaN());

    void activate() override;
    void deactivate() override;
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(const QKeyEvent *event) const override;
    void paint(QPainter &painter) override;

Q_SIGNALS:
    void measurementChanged(const territoria::Measurement &measurement);
    void modeChanged(territoria::MapToolMeasure::Mode mode);

private:
    struct Computed {
        std::optional<Measurement> measurement;
        QString label;
    };
    // Measures `points` (canvas CRS) and writes the label.
    Computed compute(const QList<QPointF> &points) const;
    // Measures the clicked points: measurement(), labelText(), measurementChanged().
    void commitPoints();
    // The live measure with the mouse point (drawn while digitizing).
    void updateLive();
    void updateStatus();

    Mode m_mode;
    QList<QPointF> m_points;
    bool m_finished = false;
    QPointF m_mousePixel;
    bool m_hasMouse = false;
    SnapMatch m_snap;
    std::optional<Measurement> m_measurement;
    QString m_liveLabel; // with the mouse point
    QString m_label;
};

} // namespace territoria
