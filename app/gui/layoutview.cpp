#include "layoutview.h"

#include "project/project.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

constexpr double MinZoom = 0.2;   // px per mm
constexpr double MaxZoom = 80.0;
constexpr double HandleSize = 8.0; // px
constexpr int MaxImageSide = 4096; // device px of the cached page image
constexpr double MinItemMm = 1.0;

const QColor DeskColor(0x8c, 0x8f, 0x94);
const QColor SelectionColor(0x1f, 0x6f, 0xd1);
const QColor GuideColor(0xd0, 0x20, 0xa0);

QRectF normalized(const QRectF &r)
{
    return r.normalized();
}

} // namespace

LayoutView::LayoutView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(150);
    connect(&m_renderTimer, &QTimer::timeout, this, &LayoutView::renderNow);
}

LayoutView::~LayoutView() = default;

void LayoutView::setPrintLayout(PrintLayout *layout)
{
    m_layout = layout;
    m_selection.clear();
    m_image = QImage();
    m_drag = Drag::None;
    m_fitPending = true;
    if (width() > 0 && height() > 0 && isVisible())
        zoomToFit();
    refresh();
    update();
    emit selectionChanged();
}

void LayoutView::setProject(const Project *project)
{
    m_project = project;
    refresh();
}

void LayoutView::setAtlasFeature(const std::optional<AtlasFeature> &feature, int page, int pageCount)
{
    m_atlasFeature = feature;
    m_page = page;
    m_pageCount = pageCount;
    refresh();
}

QSizeF LayoutView::pageSize() const
{
    return m_layout ? m_layout->page().sizeMm() : QSizeF(297, 210);
}

QRectF LayoutView::pageToView(const QRectF &mm) const
{
    return QRectF(pageToView(mm.topLeft()), mm.size() * m_zoom);
}

double LayoutView::actualSizeZoom() const
{
    return logicalDpiX() / 25.4;
}

void LayoutView::setZoom(double pixelsPerMm, const QPointF &anchorPixel)
{
    const double z = std::clamp(pixelsPerMm, MinZoom, MaxZoom);
    const QPointF anchor = anchorPixel.x() < 0 ? QPointF(width() / 2.0, height() / 2.0) : anchorPixel;
    const QPointF mm = viewToPage(anchor);
    m_zoom = z;
    m_offset = anchor - mm * z;
    m_fitPending = false;
    emit zoomChanged(m_zoom);
    refresh();
    update();
}

void LayoutView::setPageOrigin(const QPointF &pixel)
{
    m_offset = pixel;
    m_fitPending = false;
    update();
}

void LayoutView::panByPixels(const QPointF &delta)
{
    m_offset += delta;
    m_fitPending = false;
    update();
}

void LayoutView::zoomToFit()
{
    const QSizeF page = pageSize();
    const double margin = 24;
    const double w = std::max(10.0, width() - 2 * margin);
    const double h = std::max(10.0, height() - 2 * margin);
    m_zoom = std::clamp(std::min(w / page.width(), h / page.height()), MinZoom, MaxZoom);
    m_offset = QPointF((width() - page.width() * m_zoom) / 2, (height() - page.height() * m_zoom) / 2);
    m_fitPending = true;
    emit zoomChanged(m_zoom);
    refresh();
    update();
}

void LayoutView::zoomActualSize()
{
    setZoom(actualSizeZoom());
}

void LayoutView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void LayoutView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void LayoutView::setSelectedIds(const QStringList &ids)
{
    QStringList valid;
    for (const QString &id : ids) {
        if (m_layout && m_layout->item(id) && !valid.contains(id))
            valid << id;
    }
    if (valid == m_selection)
        return;
    m_selection = valid;
    update();
    emit selectionChanged();
}

QString LayoutView::itemAt(const QPointF &pixel) const
{
    if (!m_layout)
        return {};
    const QPointF mm = viewToPage(pixel);
    const double t = 2.0 / m_zoom;
    for (int i = m_layout->itemCount() - 1; i >= 0; --i) {
        const LayoutItem *item = m_layout->itemAt(i);
        if (item->visible && normalized(item->rectMm).adjusted(-t, -t, t, t).contains(mm))
            return item->id;
    }
    return {};
}

void LayoutView::setSnapToGrid(bool on)
{
    m_snapToGrid = on;
    update();
}

void LayoutView::setGridStep(double mm)
{
    m_gridStep = std::max(0.5, mm);
    update();
}

void LayoutView::setAddItemType(std::optional<LayoutItemType> type)
{
    if (m_addType == type)
        return;
    m_addType = type;
    if (m_drag == Drag::Draw)
        m_drag = Drag::None;
    setCursor(type ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
    emit addItemTypeChanged();
}

QSizeF LayoutView::defaultItemSize(LayoutItemType type)
{
    switch (type) {
    case LayoutItemType::Map: return {120, 80};
    case LayoutItemType::Legend: return {50, 60};
    case LayoutItemType::ScaleBar: return {60, 12};
    case LayoutItemType::NorthArrow: return {15, 20};
    case LayoutItemType::Label: return {80, 12};
    case LayoutItemType::Picture: return {40, 40};
    case LayoutItemType::AttributeTable: return {120, 50};
    case LayoutItemType::Chart: return {100, 70};
    }
    return {50, 50};
}

void LayoutView::layoutChanged()
{
    QStringList valid;
    for (const QString &id : std::as_const(m_selection)) {
        if (m_layout && m_layout->item(id))
            valid << id;
    }
    const bool changed = valid != m_selection;
    m_selection = valid;
    if (m_drag != Drag::None && m_drag != Drag::Pan) {
        m_drag = Drag::None;
        m_previewRects.clear();
        m_vGuides.clear();
        m_hGuides.clear();
    }
    if (m_fitPending && isVisible())
        zoomToFit();
    refresh();
    update();
    if (changed)
        emit selectionChanged();
}

void LayoutView::refresh()
{
    m_renderTimer.start();
}

void LayoutView::renderNow()
{
    m_renderTimer.stop();
    if (!m_layout)
        return;
    const QSizeF page = pageSize();
    if (page.isEmpty())
        return;
    const double dpr = devicePixelRatioF();
    const double z = std::min(m_zoom * dpr, MaxImageSide / std::max(page.width(), page.height()));
    const QSize size(std::max(1, int(std::ceil(page.width() * z))), std::max(1, int(std::ceil(page.height() * z))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_layout->page().background.isValid() ? m_layout->page().background : QColor(Qt::white));
    LayoutRenderResult result;
    if (m_project) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.scale(z, z);
        LayoutRenderContext context;
        context.project = m_project;
        context.page = m_page;
        context.pageCount = m_pageCount;
        context.atlasFeature = m_atlasFeature;
        context.locale = QLocale();
        context.dpi = z * 25.4;
        context.preview = true;
        result = LayoutRenderer::render(*m_layout, &painter, context);
    }
    m_image = image;
    m_imageZoom = z;
    m_warnings = result.warnings;
    update();
    emit renderFinished();
}

// ---- geometry helpers ------------------------------------------------------

QRectF LayoutView::handleRect(const QRectF &viewRect, Handle handle) const
{
    QPointF c;
    switch (handle) {
    case TopLeft: c = viewRect.topLeft(); break;
    case Top: c = QPointF(viewRect.center().x(), viewRect.top()); break;
    case TopRight: c = viewRect.topRight(); break;
    case Right: c = QPointF(viewRect.right(), viewRect.center().y()); break;
    case BottomRight: c = viewRect.bottomRight(); break;
    case Bottom: c = QPointF(viewRect.center().x(), viewRect.bottom()); break;
    case BottomLeft: c = viewRect.bottomLeft(); break;
    case Left: c = QPointF(viewRect.left(), viewRect.center().y()); break;
    case NoHandle: return {};
    }
    return QRectF(c.x() - HandleSize / 2, c.y() - HandleSize / 2, HandleSize, HandleSize);
}

LayoutView::Handle LayoutView::handleAt(const QPointF &pixel) const
{
    if (!m_layout || m_selection.size() != 1)
        return NoHandle;
    const LayoutItem *item = m_layout->item(m_selection.first());
    if (!item || item->locked || !item->visible)
        return NoHandle;
    const QRectF view = pageToView(normalized(item->rectMm));
    for (int h = TopLeft; h <= Left; ++h) {
        if (handleRect(view, Handle(h)).adjusted(-2, -2, 2, 2).contains(pixel))
            return Handle(h);
    }
    return NoHandle;
}

QRectF LayoutView::selectionBounds() const
{
    QRectF bounds;
    for (const QString &id : m_selection) {
        if (const LayoutItem *item = m_layout ? m_layout->item(id) : nullptr)
            bounds = bounds.isNull() ? normalized(item->rectMm) : bounds.united(normalized(item->rectMm));
    }
    return bounds;
}

QList<LayoutItem *> LayoutView::movableSelection() const
{
    QList<LayoutItem *> items;
    for (const QString &id : m_selection) {
        LayoutItem *item = m_layout ? m_layout->item(id) : nullptr;
        if (item && !item->locked)
            items << item;
    }
    return items;
}

void LayoutView::snapTargets(const QStringList &ignoreIds, QList<double> *xs, QList<double> *ys) const
{
    if (!m_layout || !m_snapToItems)
        return;
    const QSizeF page = pageSize();
    *xs << 0 << page.width() / 2 << page.width();
    *ys << 0 << page.height() / 2 << page.height();
    for (int i = 0; i < m_layout->itemCount(); ++i) {
        const LayoutItem *item = m_layout->itemAt(i);
        if (!item->visible || ignoreIds.contains(item->id))
            continue;
        const QRectF r = normalized(item->rectMm);
        *xs << r.left() << r.center().x() << r.right();
        *ys << r.top() << r.center().y() << r.bottom();
    }
}

// The snapped value of `value` (targets, then the grid) within the tolerance;
// `guide` gets the target line (NaN when none or when the grid won).
double LayoutView::snapCoordinate(double value, const QList<double> &targets, double *guide) const
{
    const double tolerance = m_snapTolerance / m_zoom;
    double best = value;
    double bestDistance = tolerance;
    *guide = std::nan("");
    for (double t : targets) {
        const double d = std::abs(t - value);
        if (d <= bestDistance) {
            bestDistance = d;
            best = t;
            *guide = t;
        }
    }
    if (m_snapToGrid && m_gridStep > 0 && std::isnan(*guide)) {
        const double g = std::round(value / m_gridStep) * m_gridStep;
        if (std::abs(g - value) <= tolerance)
            best = g;
    }
    return best;
}

QRectF LayoutView::snapMovedRect(const QRectF &rect, const QStringList &ignoreIds, QList<double> *vGuides,
                                 QList<double> *hGuides) const
{
    QList<double> xs, ys;
    snapTargets(ignoreIds, &xs, &ys);
    const double tolerance = m_snapTolerance / m_zoom;
    // For each axis, the smallest shift that puts one of the rect's three
    // lines (edges, centre) on a target; the grid snaps the leading edges.
    auto best = [&](const QList<double> &lines, const QList<double> &targets, bool snapItems, QList<double> *guides) {
        double shift = 0;
        double distance = tolerance;
        bool found = false;
        if (snapItems) {
            for (double line : lines) {
                for (double t : targets) {
                    const double d = std::abs(t - line);
                    if (d <= distance + 1e-9 && (!found || d < distance)) {
                        distance = d;
                        shift = t - line;
                        found = true;
                    }
                }
            }
        }
        if (!found && m_snapToGrid && m_gridStep > 0) {
            for (double line : {lines.first(), lines.last()}) {
                const double g = std::round(line / m_gridStep) * m_gridStep;
                const double d = std::abs(g - line);
                if (d <= distance) {
                    distance = d;
                    shift = g - line;
                    found = true;
                }
            }
            return shift;
        }
        if (found && guides) {
            for (double line : lines) {
                for (double t : targets) {
                    if (std::abs(t - (line + shift)) < 1e-6 && !guides->contains(t))
                        guides->append(t);
                }
            }
        }
        return shift;
    };
    const QRectF r = normalized(rect);
    const double dx = best({r.left(), r.center().x(), r.right()}, xs, true, vGuides);
    const double dy = best({r.top(), r.center().y(), r.bottom()}, ys, true, hGuides);
    return r.translated(dx, dy);
}

QRectF LayoutView::resizedRect(const QRectF &original, Handle handle, const QPointF &delta, const QString &id)
{
    QList<double> xs, ys;
    snapTargets({id}, &xs, &ys);
    double left = original.left(), right = original.right(), top = original.top(), bottom = original.bottom();
    double guide;
    const bool moveLeft = handle == TopLeft || handle == Left || handle == BottomLeft;
    const bool moveRight = handle == TopRight || handle == Right || handle == BottomRight;
    const bool moveTop = handle == TopLeft || handle == Top || handle == TopRight;
    const bool moveBottom = handle == BottomLeft || handle == Bottom || handle == BottomRight;
    if (moveLeft) {
        left = snapCoordinate(left + delta.x(), xs, &guide);
        if (!std::isnan(guide))
            m_vGuides << guide;
    }
    if (moveRight) {
        right = snapCoordinate(right + delta.x(), xs, &guide);
        if (!std::isnan(guide))
            m_vGuides << guide;
    }
    if (moveTop) {
        top = snapCoordinate(top + delta.y(), ys, &guide);
        if (!std::isnan(guide))
            m_hGuides << guide;
    }
    if (moveBottom) {
        bottom = snapCoordinate(bottom + delta.y(), ys, &guide);
        if (!std::isnan(guide))
            m_hGuides << guide;
    }
    QRectF r = QRectF(QPointF(left, top), QPointF(right, bottom)).normalized();
    if (r.width() < MinItemMm)
        r.setWidth(MinItemMm);
    if (r.height() < MinItemMm)
        r.setHeight(MinItemMm);
    return r;
}

void LayoutView::applyRects(EditKind kind, const QHash<QString, QRectF> &rects)
{
    if (!m_layout)
        return;
    QList<QJsonObject> before, after;
    for (const QString &id : m_selection) { // selection order: stable for merging
        LayoutItem *item = m_layout->item(id);
        if (!item || !rects.contains(id))
            continue;
        const QRectF r = rects.value(id);
        if (std::abs(r.x() - item->rectMm.x()) < 1e-9 && std::abs(r.y() - item->rectMm.y()) < 1e-9
            && std::abs(r.width() - item->rectMm.width()) < 1e-9 && std::abs(r.height() - item->rectMm.height()) < 1e-9)
            continue;
        before << item->toJson({});
        item->rectMm = r;
        after << item->toJson({});
    }
    if (before.isEmpty())
        return;
    refresh();
    update();
    emit itemsEdited(kind, before, after);
}

void LayoutView::nudge(const QPointF &deltaMm)
{
    QHash<QString, QRectF> rects;
    for (LayoutItem *item : movableSelection())
        rects.insert(item->id, item->rectMm.translated(deltaMm));
    applyRects(EditKind::Nudge, rects);
}

// ---- events ----------------------------------------------------------------

void LayoutView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitPending)
        zoomToFit();
}

void LayoutView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        zoomToFit();
}

void LayoutView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), DeskColor);
    if (!m_layout)
        return;
    const QSizeF pageMm = pageSize();
    const QRectF page = pageToView(QRectF(QPointF(0, 0), pageMm));
    // Drop shadow, then the page.
    p.fillRect(page.translated(3, 3).adjusted(-1, -1, 2, 2), QColor(0, 0, 0, 40));
    p.fillRect(page.translated(2, 2), QColor(0, 0, 0, 70));
    const QColor background = m_layout->page().background.isValid() ? m_layout->page().background : QColor(Qt::white);
    p.fillRect(page, background);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!m_image.isNull())
        p.drawImage(page, m_image);

    // The grid, when snapping to it and dense enough to help.
    if (m_snapToGrid && m_gridStep * m_zoom >= 6) {
        p.save();
        p.setClipRect(page);
        QPen pen(QColor(0, 0, 0, 28), 0);
        p.setPen(pen);
        for (double x = m_gridStep; x < pageMm.width(); x += m_gridStep)
            p.drawLine(QPointF(pageToView(QPointF(x, 0)).x(), page.top()), QPointF(pageToView(QPointF(x, 0)).x(), page.bottom()));
        for (double y = m_gridStep; y < pageMm.height(); y += m_gridStep)
            p.drawLine(QPointF(page.left(), pageToView(QPointF(0, y)).y()), QPointF(page.right(), pageToView(QPointF(0, y)).y()));
        p.restore();
    }

    // Items without a rendered image yet (or hidden ones selected): outlines.
    p.setRenderHint(QPainter::Antialiasing, false);
    if (m_image.isNull()) {
        p.setPen(QPen(QColor(150, 150, 150), 0, Qt::DotLine));
        for (int i = 0; i < m_layout->itemCount(); ++i) {
            const LayoutItem *item = m_layout->itemAt(i);
            if (item->visible)
                p.drawRect(pageToView(normalized(item->rectMm)));
        }
    }
    if (!m_hoverId.isEmpty() && m_drag == Drag::None && !m_selection.contains(m_hoverId)) {
        if (const LayoutItem *item = m_layout->item(m_hoverId)) {
            p.setPen(QPen(SelectionColor.lighter(130), 0));
            p.drawRect(pageToView(normalized(item->rectMm)));
        }
    }

    // Items being moved or resized: their pixels from the cached image at the new place.
    if (!m_previewRects.isEmpty()) {
        for (auto it = m_previewRects.cbegin(); it != m_previewRects.cend(); ++it) {
            const QRectF original = m_originalRects.value(it.key());
            const QRectF target = pageToView(it.value());
            if (!m_image.isNull()) {
                const QRectF source(original.topLeft() * m_imageZoom, original.size() * m_imageZoom);
                p.fillRect(pageToView(original), QColor(255, 255, 255, 150));
                p.setOpacity(0.75);
                p.drawImage(target, m_image, source);
                p.setOpacity(1.0);
            }
            p.setPen(QPen(SelectionColor, 0, Qt::DashLine));
            p.drawRect(target);
        }
        drawGuides(p);
    }

    // Selection frames and handles.
    if (m_previewRects.isEmpty()) {
        for (const QString &id : m_selection) {
            const LayoutItem *item = m_layout->item(id);
            if (!item)
                continue;
            const QRectF r = pageToView(normalized(item->rectMm));
            p.setPen(QPen(item->locked ? QColor(0xb0, 0x40, 0x30) : SelectionColor, 0, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            if (m_selection.size() == 1 && !item->locked && item->visible) {
                p.setPen(QPen(SelectionColor, 0));
                p.setBrush(Qt::white);
                for (int h = TopLeft; h <= Left; ++h)
                    p.drawRect(handleRect(r, Handle(h)));
                p.setBrush(Qt::NoBrush);
            }
        }
    }

    if (m_drag == Drag::RubberBand) {
        const QRectF band = QRectF(m_pressPixel, m_currentPixel).normalized();
        p.setPen(QPen(SelectionColor, 0));
        p.setBrush(QColor(SelectionColor.red(), SelectionColor.green(), SelectionColor.blue(), 40));
        p.drawRect(band);
    } else if (m_drag == Drag::Draw && m_addType) {
        const QRectF r = pageToView(QRectF(viewToPage(m_pressPixel), viewToPage(m_currentPixel)).normalized());
        p.setPen(QPen(SelectionColor, 0, Qt::DashLine));
        p.setBrush(QColor(SelectionColor.red(), SelectionColor.green(), SelectionColor.blue(), 30));
        p.drawRect(r);
        p.setPen(QPen(Qt::black));
        p.drawText(r.adjusted(4, 2, -2, -2), Qt::AlignLeft | Qt::AlignTop, LayoutItem::displayName(*m_addType));
    }
}

void LayoutView::drawGuides(QPainter &p) const
{
    p.save();
    p.setPen(QPen(GuideColor, 0, Qt::DashLine));
    for (double x : m_vGuides) {
        const double vx = pageToView(QPointF(x, 0)).x();
        p.drawLine(QPointF(vx, 0), QPointF(vx, height()));
    }
    for (double y : m_hGuides) {
        const double vy = pageToView(QPointF(0, y)).y();
        p.drawLine(QPointF(0, vy), QPointF(width(), vy));
    }
    p.restore();
}

void LayoutView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPointF pos = event->position();
    m_pressPixel = m_lastPixel = m_currentPixel = pos;
    m_dragButton = event->button();
    m_previewRects.clear();
    m_vGuides.clear();
    m_hGuides.clear();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceDown)) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton || !m_layout)
        return;
    if (m_addType) {
        m_drag = Drag::Draw;
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const Handle handle = shift ? NoHandle : handleAt(pos);
    if (handle != NoHandle) {
        m_drag = Drag::Resize;
        m_dragHandle = handle;
        m_originalRects.clear();
        m_originalRects.insert(m_selection.first(), normalized(m_layout->item(m_selection.first())->rectMm));
        return;
    }
    const QString id = itemAt(pos);
    if (id.isEmpty()) {
        if (!shift && !m_selection.isEmpty()) {
            m_selection.clear();
            emit selectionChanged();
        }
        m_drag = Drag::RubberBand;
        update();
        return;
    }
    if (shift) {
        if (m_selection.contains(id))
            m_selection.removeAll(id);
        else
            m_selection << id;
        emit selectionChanged();
    } else if (!m_selection.contains(id)) {
        m_selection = QStringList{id};
        emit selectionChanged();
    }
    m_originalRects.clear();
    if (m_selection.contains(id)) {
        for (LayoutItem *item : movableSelection())
            m_originalRects.insert(item->id, normalized(item->rectMm));
    }
    m_drag = Drag::Pending;
    update();
}

void LayoutView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    m_currentPixel = pos;
    emit cursorMoved(viewToPage(pos));
    switch (m_drag) {
    case Drag::None:
        updateCursor(pos);
        return;
    case Drag::Pan:
        panByPixels(pos - m_lastPixel);
        m_lastPixel = pos;
        return;
    case Drag::Pending:
        if ((pos - m_pressPixel).manhattanLength() < 3 || m_originalRects.isEmpty())
            return;
        m_drag = Drag::Move;
        [[fallthrough]];
    case Drag::Move: {
        const QPointF delta = (pos - m_pressPixel) / m_zoom;
        QRectF bounds;
        for (const QRectF &r : std::as_const(m_originalRects))
            bounds = bounds.isNull() ? r : bounds.united(r);
        m_vGuides.clear();
        m_hGuides.clear();
        const QRectF snapped = snapMovedRect(bounds.translated(delta), m_originalRects.keys(), &m_vGuides, &m_hGuides);
        const QPointF shift = snapped.topLeft() - bounds.topLeft();
        m_previewRects.clear();
        for (auto it = m_originalRects.cbegin(); it != m_originalRects.cend(); ++it)
            m_previewRects.insert(it.key(), it.value().translated(shift));
        break;
    }
    case Drag::Resize: {
        m_vGuides.clear();
        m_hGuides.clear();
        const QString id = m_originalRects.keys().value(0);
        m_previewRects.clear();
        m_previewRects.insert(id, resizedRect(m_originalRects.value(id), m_dragHandle, (pos - m_pressPixel) / m_zoom, id));
        break;
    }
    case Drag::RubberBand:
    case Drag::Draw:
        break;
    }
    m_lastPixel = pos;
    update();
}

void LayoutView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != m_dragButton)
        return;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const QHash<QString, QRectF> preview = m_previewRects;
    m_previewRects.clear();
    m_vGuides.clear();
    m_hGuides.clear();
    switch (drag) {
    case Drag::Pan:
        updateCursor(event->position());
        break;
    case Drag::Move:
        applyRects(EditKind::Move, preview);
        break;
    case Drag::Resize:
        applyRects(EditKind::Resize, preview);
        break;
    case Drag::RubberBand: {
        const QRectF band = QRectF(viewToPage(m_pressPixel), viewToPage(event->position())).normalized();
        QStringList selection = (event->modifiers() & Qt::ShiftModifier) ? m_selection : QStringList();
        if (m_layout && band.width() * m_zoom >= 2 && band.height() * m_zoom >= 2) {
            for (int i = 0; i < m_layout->itemCount(); ++i) {
                const LayoutItem *item = m_layout->itemAt(i);
                if (item->visible && band.intersects(normalized(item->rectMm)) && !selection.contains(item->id))
                    selection << item->id;
            }
        }
        if (selection != m_selection) {
            m_selection = selection;
            emit selectionChanged();
        }
        break;
    }
    case Drag::Draw: {
        if (!m_addType)
            break;
        const LayoutItemType type = *m_addType;
        QList<double> xs, ys;
        snapTargets({}, &xs, &ys);
        double guide;
        const QPointF a = viewToPage(m_pressPixel);
        const QPointF b = viewToPage(event->position());
        QRectF r;
        if ((event->position() - m_pressPixel).manhattanLength() < 4) {
            r = QRectF(QPointF(snapCoordinate(a.x(), xs, &guide), snapCoordinate(a.y(), ys, &guide)),
                       defaultItemSize(type));
        } else {
            r = QRectF(QPointF(snapCoordinate(a.x(), xs, &guide), snapCoordinate(a.y(), ys, &guide)),
                       QPointF(snapCoordinate(b.x(), xs, &guide), snapCoordinate(b.y(), ys, &guide)))
                    .normalized();
            r.setWidth(std::max(r.width(), MinItemMm));
            r.setHeight(std::max(r.height(), MinItemMm));
        }
        setAddItemType(std::nullopt);
        emit itemRectDrawn(type, r);
        break;
    }
    case Drag::Pending:
    case Drag::None:
        break;
    }
    update();
}

void LayoutView::updateCursor(const QPointF &pixel)
{
    if (m_spaceDown) {
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (m_addType) {
        setCursor(Qt::CrossCursor);
        return;
    }
    const QString hover = itemAt(pixel);
    if (hover != m_hoverId) {
        m_hoverId = hover;
        update();
    }
    switch (handleAt(pixel)) {
    case TopLeft:
    case BottomRight: setCursor(Qt::SizeFDiagCursor); return;
    case TopRight:
    case BottomLeft: setCursor(Qt::SizeBDiagCursor); return;
    case Top:
    case Bottom: setCursor(Qt::SizeVerCursor); return;
    case Left:
    case Right: setCursor(Qt::SizeHorCursor); return;
    case NoHandle: break;
    }
    const LayoutItem *item = m_layout && !hover.isEmpty() ? m_layout->item(hover) : nullptr;
    setCursor(item && !item->locked ? Qt::SizeAllCursor : Qt::ArrowCursor);
}

void LayoutView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    setZoom(m_zoom * std::pow(1.0015, delta), event->position());
    event->accept();
}

void LayoutView::keyPressEvent(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 10.0 : 1.0;
    switch (event->key()) {
    case Qt::Key_Left: nudge(QPointF(-step, 0)); return;
    case Qt::Key_Right: nudge(QPointF(step, 0)); return;
    case Qt::Key_Up: nudge(QPointF(0, -step)); return;
    case Qt::Key_Down: nudge(QPointF(0, step)); return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_selection.isEmpty())
            emit deleteRequested(m_selection);
        return;
    case Qt::Key_Escape:
        if (m_drag != Drag::None) {
            m_drag = Drag::None;
            m_previewRects.clear();
            m_vGuides.clear();
            m_hGuides.clear();
            update();
        } else if (m_addType) {
            setAddItemType(std::nullopt);
        } else if (!m_selection.isEmpty()) {
            setSelectedIds({});
        }
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceDown = true;
            setCursor(Qt::OpenHandCursor);
        }
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

void LayoutView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = false;
        updateCursor(mapFromGlobal(QCursor::pos()));
        return;
    }
    QWidget::keyReleaseEvent(event);
}

} // namespace territoria
