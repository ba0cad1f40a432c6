#include "mapcanvas.h"

#include "data/layer.h"
#include "data/vectorlayer.h"
#include "geometry/wkbreader.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {
constexpr double ZoomStep = 2.0;
constexpr int DragThreshold = 3;
} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(100, 100);
    setCursor(Qt::OpenHandCursor);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(150);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::renderNow);
}

MapCanvas::~MapCanvas()
{
    if (m_job)
        m_job->cancel();
}

void MapCanvas::setLayers(const QList<Layer *> &layers)
{
    for (const auto &c : std::as_const(m_layerConnections))
        disconnect(c);
    m_layerConnections.clear();
    m_layers.clear();
    for (Layer *layer : layers) {
        m_layers.append(layer);
        m_layerConnections << connect(layer, &Layer::repaintRequested, this, &MapCanvas::refresh);
        m_layerConnections << connect(layer, &Layer::visibilityChanged, this, &MapCanvas::refresh);
        m_layerConnections << connect(layer, &Layer::opacityChanged, this, &MapCanvas::refresh);
        m_layerConnections << connect(layer, &Layer::styleChanged, this, &MapCanvas::refresh);
        m_layerConnections << connect(layer, &Layer::crsChanged, this, &MapCanvas::refresh);
        if (auto *vector = qobject_cast<VectorLayer *>(layer)) {
            m_layerConnections << connect(vector, &VectorLayer::selectionChanged, this,
                                          &MapCanvas::updateSelectionHighlight);
            m_layerConnections << connect(vector, &Layer::crsChanged, this, &MapCanvas::updateSelectionHighlight);
            // Edited geometries: the highlight and the snapping index read them again.
            m_layerConnections << connect(vector, &VectorLayer::editsChanged, this, [this] {
                invalidateSnapIndex();
                updateSelectionHighlight();
            });
        }
    }
    updateSelectionHighlight();
    refresh();
}

QList<Layer *> MapCanvas::layers() const
{
    QList<Layer *> result;
    for (const auto &layer : m_layers) {
        if (layer)
            result << layer.data();
    }
    return result;
}

void MapCanvas::setDestinationCrs(const Crs &crs)
{
    if (crs == m_crs && crs.isValid() == m_crs.isValid())
        return;
    m_crs = crs;
    updateSelectionHighlight();
    // The old image is in another CRS: do not show it warped.
    m_image = QImage();
    m_history.clear();
    m_historyIndex = -1;
    emit historyChanged();
    refresh();
}

void MapCanvas::setTransformContext(const TransformContext &context)
{
    m_transformContext = context;
    updateSelectionHighlight();
    refresh();
}

void MapCanvas::setBackgroundColor(const QColor &color)
{
    m_background = color;
    refresh();
}

Extent MapCanvas::extent() const
{
    const double halfW = width() * m_mupp / 2;
    const double halfH = height() * m_mupp / 2;
    return Extent(m_center.x() - halfW, m_center.y() - halfH, m_center.x() + halfW, m_center.y() + halfH);
}

void MapCanvas::setExtent(const Extent &extent, bool addToHistory)
{
    if (extent.isNull() || !extent.isFinite())
        return;
    Extent e = extent;
    if (e.isEmpty()) // a single point or a line: show a small area around it
        e = e.buffered(std::max({e.width(), e.height(), m_crs.isGeographic() ? 0.001 : 100.0}));
    const double w = std::max(1, width());
    const double h = std::max(1, height());
    const double mupp = std::max(e.width() / w, e.height() / h);
    setView(e.center(), mupp, addToHistory);
}

double MapCanvas::scale() const
{
    return mapSettings().scale();
}

MapSettings MapCanvas::mapSettings() const
{
    MapSettings s;
    s.setExtent(extent());
    s.setOutputSize(size());
    s.setDpi(logicalDpiX() > 0 ? logicalDpiX() : 96);
    s.setDestinationCrs(m_crs);
    s.setTransformContext(m_transformContext);
    s.setBackgroundColor(m_background);
    return s;
}

QPointF MapCanvas::toMapCoordinates(const QPointF &pixel) const
{
    return {m_center.x() + (pixel.x() - width() / 2.0) * m_mupp,
            m_center.y() - (pixel.y() - height() / 2.0) * m_mupp};
}

QPointF MapCanvas::toPixel(const QPointF &mapPoint) const
{
    return {width() / 2.0 + (mapPoint.x() - m_center.x()) / m_mupp,
            height() / 2.0 - (mapPoint.y() - m_center.y()) / m_mupp};
}

void MapCanvas::zoomByFactor(double factor, const QPointF &mapPoint)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double mupp = m_mupp * factor;
    // Keep mapPoint at the same pixel: p = c + (px - w/2) * mupp on both sides.
    const QPointF center = mapPoint + (m_center - mapPoint) * factor;
    setView(center, mupp, true);
}

void MapCanvas::panByPixels(const QPointF &delta)
{
    setView(m_center + QPointF(-delta.x() * m_mupp, delta.y() * m_mupp), m_mupp, false);
}

bool MapCanvas::isRendering() const
{
    return m_job && m_job->isActive();
}

void MapCanvas::zoomIn()
{
    zoomByFactor(1.0 / ZoomStep);
}

void MapCanvas::zoomOut()
{
    zoomByFactor(ZoomStep);
}

Extent MapCanvas::fullExtent() const
{
    Extent full;
    for (const auto &layer : m_layers) {
        if (!layer)
            continue;
        Extent e = layer->extent();
        if (e.isNull())
            continue;
        if (layer->crs().isValid() && m_crs.isValid() && !(layer->crs() == m_crs)) {
            auto ct = CoordinateTransform::create(layer->crs(), m_crs, m_transformContext);
            if (!ct)
                continue;
            e = ct->transformExtent(e);
        }
        if (!e.isNull() && e.isFinite())
            full.combine(e);
    }
    return full;
}

void MapCanvas::zoomToFullExtent()
{
    const Extent full = fullExtent();
    if (!full.isNull())
        setExtent(full.scaled(1.05));
}

void MapCanvas::zoomToLayer(Layer *layer)
{
    if (!layer)
        return;
    Extent e = layer->extent();
    if (e.isNull())
        return;
    if (layer->crs().isValid() && m_crs.isValid() && !(layer->crs() == m_crs)) {
        auto ct = CoordinateTransform::create(layer->crs(), m_crs, m_transformContext);
        if (!ct)
            return;
        e = ct->transformExtent(e);
    }
    if (!e.isNull() && e.isFinite())
        setExtent(e.scaled(1.05));
}

void MapCanvas::zoomPrevious()
{
    if (!canZoomPrevious())
        return;
    --m_historyIndex;
    setExtent(m_history.at(m_historyIndex), false);
    emit historyChanged();
}

void MapCanvas::zoomNext()
{
    if (!canZoomNext())
        return;
    ++m_historyIndex;
    setExtent(m_history.at(m_historyIndex), false);
    emit historyChanged();
}

void MapCanvas::setView(const QPointF &center, double mupp, bool addToHistory)
{
    if (!std::isfinite(center.x()) || !std::isfinite(center.y()) || !(mupp > 0) || !std::isfinite(mupp))
        return;
    const bool scaleChange = !m_hasView || std::abs(mupp - m_mupp) > 1e-12 * mupp;
    m_center = center;
    m_mupp = mupp;
    m_hasView = true;
    if (addToHistory)
        pushHistory();
    invalidateSnapIndex();
    update();
    refresh();
    emit extentChanged();
    if (scaleChange)
        emit scaleChanged(scale());
}

void MapCanvas::pushHistory()
{
    const Extent e = extent();
    if (m_historyIndex >= 0 && m_history.at(m_historyIndex) == e)
        return;
    // A new extent drops the "next" entries, as in a browser.
    while (m_history.size() > m_historyIndex + 1)
        m_history.removeLast();
    m_history.append(e);
    constexpr int MaxHistory = 100;
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
    m_historyIndex = m_history.size() - 1;
    emit historyChanged();
}

void MapCanvas::refresh()
{
    m_renderTimer.start();
}

void MapCanvas::renderNow()
{
    m_renderTimer.stop();
    if (m_job) {
        // Let the old job finish its cancellation in the background.
        MapRenderJob *old = m_job;
        disconnect(old, nullptr, this, nullptr);
        connect(old, &MapRenderJob::finished, old, &QObject::deleteLater);
        old->cancel();
        if (!old->isActive())
            old->deleteLater();
        m_job = nullptr;
    }
    if (width() <= 0 || height() <= 0 || !m_hasView)
        return;
    // On a HiDPI screen render at device resolution: more pixels and a DPI scaled
    // alike, so symbols keep their size in millimetres and the scale is unchanged.
    MapSettings settings = mapSettings();
    m_renderPixelRatio = std::max(1.0, devicePixelRatioF());
    if (m_renderPixelRatio > 1.0) {
        settings.setOutputSize((QSizeF(size()) * m_renderPixelRatio).toSize());
        settings.setDpi(settings.dpi() * m_renderPixelRatio);
    }
    auto *job = new MapRenderJob(settings, layers(), this);
    m_job = job;
    connect(job, &MapRenderJob::finished, this, &MapCanvas::onJobFinished);
    emit renderStarted();
    job->start();
}

void MapCanvas::onJobFinished()
{
    auto *job = qobject_cast<MapRenderJob *>(sender());
    if (!job)
        return;
    if (job != m_job || job->isCanceled()) {
        job->deleteLater();
        return;
    }
    const MapSettings &s = job->settings();
    m_image = job->renderedImage();
    m_image.setDevicePixelRatio(m_renderPixelRatio);
    m_imageCenter = s.visibleExtent().center();
    m_imageMupp = s.mapUnitsPerPixel() * m_renderPixelRatio; // per logical pixel
    const auto errors = job->errors();
    const auto warnings = job->warnings();
    m_job = nullptr;
    job->deleteLater();
    update();
    if (!errors.isEmpty() || !warnings.isEmpty())
        emit renderErrors(errors, warnings);
    emit renderFinished();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_background);
    if (!m_image.isNull() && m_imageMupp > 0) {
        // Where the last image lies in the current view.
        const double ratio = m_imageMupp / m_mupp;
        const QSizeF imageSize = QSizeF(m_image.size()) / m_image.devicePixelRatio() * ratio;
        const QPointF imageCenterPx = toPixel(m_imageCenter);
        const QRectF target(imageCenterPx - QPointF(imageSize.width() / 2, imageSize.height() / 2), imageSize);
        p.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(ratio - 1.0) > 1e-6);
        p.drawImage(target, m_image);
        drawSelection(p);
    }
    // The tool's drawing shows even before the first image is ready.
    if (m_tool && m_hasView) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        m_tool->paint(p);
        p.restore();
    }
}

void MapCanvas::setMapTool(MapTool *tool)
{
    if (tool == m_tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    m_pressed = false;
    m_dragging = false;
    if (m_tool)
        m_tool->activate();
    updateToolCursor();
    update();
    emit mapToolChanged(m_tool);
}

void MapCanvas::updateToolCursor()
{
    if (m_tool)
        setCursor(m_tool->cursor());
    else
        setCursor(Qt::OpenHandCursor);
}

void MapCanvas::setSnapping(const QList<SnapLayerSetting> &layers, double tolerancePixels, bool enabled)
{
    for (const auto &c : std::as_const(m_snapConnections))
        disconnect(c);
    m_snapConnections.clear();
    QList<SnapLayerSetting> valid;
    for (const SnapLayerSetting &s : layers) {
        if (!s.layer || s.type == SnapType::None)
            continue;
        valid << s;
        m_snapConnections << connect(s.layer.data(), &VectorLayer::editsChanged, this,
                                     &MapCanvas::invalidateSnapIndex);
        m_snapConnections << connect(s.layer.data(), &Layer::crsChanged, this, &MapCanvas::invalidateSnapIndex);
        m_snapConnections << connect(s.layer.data(), &QObject::destroyed, this, &MapCanvas::invalidateSnapIndex);
    }
    m_snapIndex.setLayers(valid);
    m_snapTolerancePx = std::isfinite(tolerancePixels) && tolerancePixels > 0 ? tolerancePixels : 12.0;
    m_snapEnabled = enabled;
    invalidateSnapIndex();
    update();
}

SnapMatch MapCanvas::snap(const QPointF &pixel, const QList<QPair<const VectorLayer *, qint64>> &exclude) const
{
    SnapMatch none;
    none.point = toMapCoordinates(pixel);
    if (!m_snapEnabled || !m_hasView || !m_crs.isValid() || m_snapIndex.layers().isEmpty())
        return none;
    const double tolerance = m_snapTolerancePx * m_mupp;
    const Extent view = extent();
    if (m_snapIndexDirty || !(m_snapIndexExtent == view)) {
        // Read a margin of one tolerance so that points just outside the view snap too.
        auto prepared = m_snapIndex.prepare(view.buffered(tolerance), m_crs, m_transformContext);
        m_snapIndexDirty = false;
        m_snapIndexExtent = view;
        if (!prepared) {
            qWarning("Snapping: %s", qPrintable(prepared.error().toString()));
            return none;
        }
    }
    SnapMatch match = m_snapIndex.snap(none.point, tolerance, exclude);
    if (!match.isValid())
        return none;
    return match;
}

void MapCanvas::drawSnapMarker(QPainter &painter, const QPointF &pixel, SnapType type)
{
    if (type == SnapType::None)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const QColor color(230, 0, 170);
    // A white halo keeps the marker visible on dark and light maps alike.
    for (const auto &[pen, width] : {std::pair{QColor(Qt::white), 4.0}, std::pair{color, 2.0}}) {
        painter.setPen(QPen(pen, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        if (type == SnapType::Segment) {
            // A cross on a short line: "on the segment".
            painter.drawLine(pixel + QPointF(-6, 6), pixel + QPointF(6, -6));
            painter.drawLine(pixel + QPointF(-6, -6), pixel + QPointF(6, 6));
            painter.drawLine(pixel + QPointF(-9, 0), pixel + QPointF(9, 0));
        } else {
            painter.drawRect(QRectF(pixel - QPointF(6, 6), QSizeF(12, 12)));
        }
    }
    painter.restore();
}

void MapCanvas::setSelectionColor(const QColor &color)
{
    m_selectionColor = color;
    update();
}

int MapCanvas::highlightedFeatureCount() const
{
    int n = 0;
    for (const SelectionHighlight &h : m_selection)
        if (h.layer && h.layer->isVisible())
            n += int(h.geometries.size());
    return n;
}

void MapCanvas::updateSelectionHighlight()
{
    // A selection is a handful of features picked by hand or from a chart: read
    // their geometries here (by FID), transformed once to the map CRS.
    constexpr qsizetype MaxHighlighted = 50000;
    m_selection.clear();
    for (const auto &layer : std::as_const(m_layers)) {
        auto *vector = qobject_cast<VectorLayer *>(layer.data());
        if (!vector || vector->selectedFeatureCount() == 0)
            continue;
        SelectionHighlight h;
        h.layer = vector;
        std::optional<CoordinateTransform> ct;
        if (m_crs.isValid() && vector->crs().isValid() && !(vector->crs() == m_crs)) {
            auto r = CoordinateTransform::create(vector->crs(), m_crs, m_transformContext);
            if (!r)
                continue;
            ct.emplace(std::move(*r));
        }
        const auto provider = vector->dataProvider();
        QList<qint64> ids = vector->selectedFeatureIds().values();
        std::sort(ids.begin(), ids.end());
        for (qint64 fid : std::as_const(ids)) {
            if (h.geometries.size() >= MaxHighlighted)
                break;
            auto f = provider->feature(fid);
            if (!f || f->geometry.isNull())
                continue;
            h.geometries.append(ct ? f->geometry.transformed(*ct) : f->geometry);
        }
        m_selection.append(std::move(h));
    }
    update();
}

void MapCanvas::drawSelection(QPainter &p) const
{
    if (m_selection.isEmpty())
        return;
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = m_selectionColor;
    fill.setAlpha(110);
    const QPen pen(m_selectionColor, 2.2);
    std::vector<double> xy;
    for (const SelectionHighlight &h : m_selection) {
        if (!h.layer || !h.layer->isVisible())
            continue;
        for (const Geometry &g : h.geometries) {
            QPainterPath area;
            area.setFillRule(Qt::OddEvenFill);
            QPainterPath lines;
            QList<QPointF> points;
            visitWkb(reinterpret_cast<const unsigned char *>(g.wkb().constData()), size_t(g.wkb().size()), xy,
                     [&](WkbPart part, const double *c, size_t n) {
                         if (n == 0)
                             return;
                         if (part == WkbPart::Point) {
                             points.append(toPixel(QPointF(c[0], c[1])));
                             return;
                         }
                         QPolygonF poly;
                         poly.reserve(qsizetype(n));
                         for (size_t i = 0; i < n; ++i)
                             poly.append(toPixel(QPointF(c[2 * i], c[2 * i + 1])));
                         if (part == WkbPart::LineString)
                             lines.addPolygon(poly);
                         else
                             area.addPolygon(poly);
                     });
            if (!area.isEmpty()) {
                p.setPen(pen);
                p.setBrush(fill);
                p.drawPath(area);
            }
            if (!lines.isEmpty()) {
                p.setPen(QPen(m_selectionColor, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                p.setBrush(Qt::NoBrush);
                p.drawPath(lines);
            }
            for (const QPointF &pt : std::as_const(points)) {
                p.setPen(QPen(m_selectionColor.darker(150), 1.5));
                p.setBrush(m_selectionColor);
                p.drawEllipse(pt, 5.0, 5.0);
            }
        }
    }
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidateSnapIndex();
    if (!m_hasView)
        return;
    // The current history entry is what is shown now.
    if (m_historyIndex >= 0 && m_historyIndex < m_history.size())
        m_history[m_historyIndex] = extent();
    emit extentChanged();
    refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_tool && m_hasView && m_tool->mousePress(event)) {
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressPos = event->position().toPoint();
        m_lastPos = m_pressPos;
    }
    event->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_hasView)
        emit cursorMoved(toMapCoordinates(event->position()));
    if (!m_pressed) {
        if (m_tool && m_hasView)
            m_tool->mouseMove(event);
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= DragThreshold) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        panByPixels(pos - m_lastPos);
        m_lastPos = pos;
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool && m_hasView && m_tool->mouseDoubleClick(event)) {
        event->accept();
        return;
    }
    // Not consumed: Qt sends a double click instead of the second press; treat it as one.
    mousePressEvent(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        if (m_tool && m_hasView)
            m_tool->mouseRelease(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        updateToolCursor();
        pushHistory();
    } else if (m_hasView) {
        emit mapClicked(toMapCoordinates(event->position()), event->button());
    }
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0 || !m_hasView)
        return;
    // One notch (120) zooms by sqrt(2); trackpads send smaller steps.
    const double factor = std::pow(2.0, -delta / 240.0);
    zoomByFactor(factor, toMapCoordinates(event->position()));
    event->accept();
}

bool MapCanvas::event(QEvent *event)
{
    // A key the active tool handles now (Esc while drawing, Delete on a selected
    // vertex) must reach keyPressEvent() rather than a window shortcut.
    if (event->type() == QEvent::ShortcutOverride && m_tool && m_tool->wantsKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPress(event)) {
        event->accept();
        return;
    }
    const double step = std::min(width(), height()) / 4.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panByPixels({step, 0});
        pushHistory();
        break;
    case Qt::Key_Right:
        panByPixels({-step, 0});
        pushHistory();
        break;
    case Qt::Key_Up:
        panByPixels({0, step});
        pushHistory();
        break;
    case Qt::Key_Down:
        panByPixels({0, -step});
        pushHistory();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace territoria
