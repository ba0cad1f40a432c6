#include "maptoolmeasure.h"

#include "gui/mapcanvas.h"
#include "toolutils.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

double planarLength(const QList<QPointF> &path)
{
    double sum = 0;
    for (qsizetype i = 1; i < path.size(); ++i)
        sum += std::hypot(path[i].x() - path[i - 1].x(), path[i].y() - path[i - 1].y());
    return sum;
}

double planarArea(const QList<QPointF> &ring)
{
    // Shoelace, relative to the first vertex to keep large UTM coordinates exact.
    if (ring.size() < 3)
        return 0;
    const QPointF o = ring.first();
    double twice = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF a = ring[i] - o;
        const QPointF b = ring[(i + 1) % ring.size()] - o;
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

} // namespace

MapToolMeasure::MapToolMeasure(MapCanvas *canvas, Mode mode)
    : MapTool(canvas)
    , m_mode(mode)
{
}

MapToolMeasure::~MapToolMeasure() = default;

QString MapToolMeasure::name() const
{
    return m_mode == Mode::Distance ? tr("Measure distance") : tr("Measure area");
}

void MapToolMeasure::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    reset();
    emit modeChanged(mode);
}

void MapToolMeasure::reset()
{
    m_points.clear();
    m_finished = false;
    m_snap = {};
    m_measurement.reset();
    m_liveLabel.clear();
    m_label.clear();
    if (canvas())
        canvas()->update();
    updateStatus();
}

void MapToolMeasure::activate()
{
    updateStatus();
}

void MapToolMeasure::deactivate()
{
    reset();
}

void MapToolMeasure::updateStatus()
{
    if (m_finished)
        emit statusMessage(tr("Click to start a new measurement; Esc clears it."));
    else if (m_points.isEmpty())
        emit statusMessage(m_mode == Mode::Distance ? tr("Click the points of the path to measure.")
                                                    : tr("Click the vertices of the area to measure."));
    else
        emit statusMessage(tr("Click to add points; right click finishes, Esc starts again."));
}

QString MapToolMeasure::formatLength(double metres, bool metric, double unitReference)
{
    const QLocale locale;
    if (!metric)
        return tr("%1°").arg(locale.toString(metres, 'f', 6));
    const double reference = std::isfinite(unitReference) ? unitReference : metres;
    if (std::abs(reference) >= 1000)
        return tr("%1 km").arg(locale.toString(metres / 1000, 'f', 3));
    return tr("%1 m").arg(locale.toString(metres, 'f', 2));
}

QString MapToolMeasure::formatArea(double squareMetres, bool metric, double unitReference)
{
    const QLocale locale;
    if (!metric)
        return tr("%1 square degrees").arg(locale.toString(squareMetres, 'f', 8));
    const double a = std::abs(std::isfinite(unitReference) ? unitReference : squareMetres);
    if (a >= 1e6)
        return tr("%1 km²").arg(locale.toString(squareMetres / 1e6, 'f', 4));
    if (a >= 1e4)
        return tr("%1 ha").arg(locale.toString(squareMetres / 1e4, 'f', 4));
    return tr("%1 m²").arg(locale.toString(squareMetres, 'f', 2));
}

MapToolMeasure::Computed MapToolMeasure::compute(const QList<QPointF> &points) const
{
    std::optional<Measurement> result;
    QString label;
    const qsizetype needed = m_mode == Mode::Distance ? 2 : 3;
    const Crs crs = canvas()->destinationCrs();
    if (points.size() >= needed) {
        Measurement m;
        m.planarIsMetric = !crs.isValid() || !crs.isGeographic();
        m.planar = m_mode == Mode::Distance ? planarLength(points) : planarArea(points);
        m.ellipsoidal = qQNaN();
        QString ellipsoidError;
        if (crs.isValid()) {
            auto measurer = Measurer::create(crs);
            if (measurer) {
                auto e = m_mode == Mode::Distance ? measurer->length(points) : measurer->area(points);
                if (e) {
                    m.ellipsoidal = e->ellipsoidal;
                    m.ellipsoid = e->ellipsoid;
                } else {
                    ellipsoidError = e.error().message;
                }
            } else {
                ellipsoidError = measurer.error().message;
            }
        } else {
            ellipsoidError = tr("The map has no CRS: no ellipsoidal measure.");
        }
        result = m;

        const bool distance = m_mode == Mode::Distance;
        // Planar and ellipsoidal values share the unit chosen for the planar one.
        const double unit = m.planarIsMetric ? m.planar : qQNaN();
        auto format = [&](double v, bool metric, double reference) {
            return distance ? formatLength(v, metric, reference) : formatArea(v, metric, reference);
        };
        const QString crsName = crs.isValid() ? (crs.authId().isEmpty() ? crs.name() : crs.authId()) : tr("no CRS");
        QStringList lines;
        lines << tr("Planar (%1): %2").arg(crsName, format(m.planar, m.planarIsMetric, unit));
        if (std::isfinite(m.ellipsoidal)) {
            lines << tr("Ellipsoidal (%1): %2")
                         .arg(m.ellipsoid.isEmpty() ? tr("ellipsoid") : m.ellipsoid, format(m.ellipsoidal, true, unit));
            if (m.planarIsMetric && m.ellipsoidal != 0) {
                const double diff = m.planar - m.ellipsoidal;
                const QString sign = diff >= 0 ? u"+"_s : QString();
                lines << tr("Difference: %1%2 (%3%4 %)")
                             .arg(sign, format(diff, true, qQNaN()), sign,
                                  QLocale().toString(100.0 * diff / m.ellipsoidal, 'f', 3));
            }
        } else if (!ellipsoidError.isEmpty()) {
            lines << ellipsoidError;
        }
        label = lines.join(u'\n');
    }
    return {result, label};
}

void MapToolMeasure::commitPoints()
{
    Computed c = compute(m_points);
    m_measurement = c.measurement;
    m_label = c.label;
    m_liveLabel.clear();
    if (m_measurement)
        emit measurementChanged(*m_measurement);
}

void MapToolMeasure::updateLive()
{
    m_liveLabel.clear();
    if (m_finished || m_points.isEmpty() || !m_hasMouse)
        return;
    QList<QPointF> live = m_points;
    live.append(m_snap.point);
    m_liveLabel = compute(live).label;
}

bool MapToolMeasure::mousePress(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        if (!m_points.isEmpty() && !m_finished) {
            m_finished = true;
            m_liveLabel.clear();
            canvas()->update();
            updateStatus();
        }
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    if (m_finished) {
        reset();
    }
    m_snap = canvas()->snap(event->position());
    m_points.append(m_snap.point);
    m_mousePixel = event->position();
    m_hasMouse = true;
    commitPoints();
    canvas()->update();
    updateStatus();
    return true;
}

bool MapToolMeasure::mouseMove(QMouseEvent *event)
{
    m_mousePixel = event->position();
    m_hasMouse = true;
    m_snap = canvas()->snap(event->position());
    updateLive();
    canvas()->update();
    return true;
}

bool MapToolMeasure::mouseRelease(QMouseEvent *event)
{
    return event->button() == Qt::LeftButton || event->button() == Qt::RightButton;
}

bool MapToolMeasure::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    // The first click added the point: the double click finishes.
    if (!m_points.isEmpty() && !m_finished) {
        m_finished = true;
        m_liveLabel.clear();
        canvas()->update();
        updateStatus();
    }
    return true;
}

bool MapToolMeasure::wantsKey(const QKeyEvent *event) const
{
    if (m_points.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
        return true;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return !m_finished;
    default:
        return false;
    }
}

bool MapToolMeasure::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_points.isEmpty())
            return false;
        reset();
        return true;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (m_points.isEmpty() || m_finished)
            return false;
        m_points.removeLast();
        commitPoints();
        updateLive();
        canvas()->update();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_points.isEmpty() || m_finished)
            return false;
        m_finished = true;
        m_liveLabel.clear();
        canvas()->update();
        updateStatus();
        return true;
    default:
        return false;
    }
}

void MapToolMeasure::paint(QPainter &painter)
{
    const QColor color(20, 110, 200);
    if (!m_points.isEmpty()) {
        QList<QPointF> pts = m_points;
        const bool tail = !m_finished && m_hasMouse;
        if (tail)
            pts.append(m_snap.point);
        maptools::drawRubberBand(painter, maptools::toPixels(*canvas(), pts), m_mode == Mode::Area, tail, color);
        // The label: live (with the mouse point) while drawing, else the clicked points.
        const QString text = tail && !m_liveLabel.isEmpty() ? m_liveLabel : m_label;
        const QPointF anchor = canvas()->toPixel(tail ? m_snap.point : m_points.last());
        maptools::drawLabel(painter, anchor, text);
    }
    if (m_hasMouse && m_snap.isValid())
        MapCanvas::drawSnapMarker(painter, canvas()->toPixel(m_snap.point), m_snap.type);
}

} // namespace territoria
