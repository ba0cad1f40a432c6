#pragma once

#include "layout/layoutrenderer.h"
#include "layout/printlayout.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace territoria {

class Project;

// The print layout designer's page canvas: the page on a grey desk, drawn by
// LayoutRenderer into a cached image (re-rendered on the GUI thread after a
// short debounce; the renderer snapshots the project's layers, so it must not
// run while the project can change under it). The view edits a PrintLayout it
// does not own: selection (click, shift-click, rubber band), move by dragging,
// resize by 8 handles, arrow-key nudges (1 mm, Shift 10 mm), with snapping to a
// grid, to the page's edges and centre and to other items' edges and centres
// (guide lines while dragging). Every finished edit is applied to the layout
// and reported once by itemsEdited() with the items' JSON before and after, so
// that the owner can record it on its undo stack.
//
// Coordinates: page millimetres (y down); zoom() is screen pixels per mm.
class LayoutView : public QWidget
{
    Q_OBJECT
public:
    // The handles of a selected item, clockwise from the top-left corner.
    enum Handle { NoHandle = -1, TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left };
    // itemsEdited() kinds; nudges with the same ids can be merged by the owner.
    enum class EditKind { Move, Resize, Nudge };

    explicit LayoutView(QWidget *parent = nullptr);
    ~LayoutView() override;

    // The layout shown and edited (not owned; may be nullptr). Call
    // layoutChanged() after changing it from outside.
    void setPrintLayout(PrintLayout *layout);
    PrintLayout *printLayout() const { return m_layout; }
    // The project whose layers maps draw (not owned).
    void setProject(const Project *project);
    // The atlas feature shown (atlas preview); nullopt = no atlas page.
    void setAtlasFeature(const std::optional<AtlasFeature> &feature, int page = 1, int pageCount = 1);

    // Zoom: screen pixels per millimetre.
    double zoom() const { return m_zoom; }
    void setZoom(double pixelsPerMm, const QPointF &anchorPixel = QPointF(-1, -1));
    // Pixels per mm at 100 % (the screen's logical DPI).
    double actualSizeZoom() const;
    QPointF pageToView(const QPointF &mm) const { return m_offset + mm * m_zoom; }
    QPointF viewToPage(const QPointF &pixel) const { return (pixel - m_offset) / m_zoom; }
    QRectF pageToView(const QRectF &mm) const;
    // Puts the page's top-left corner at `pixel` (keeps the zoom).
    void setPageOrigin(const QPointF &pixel);
    // Moves the page by `delta` screen pixels.
    void panByPixels(const QPointF &delta);

    // Selection, by item id, in selection order.
    QStringList selectedIds() const { return m_selection; }
    void setSelectedIds(const QStringList &ids);
    // The topmost visible item under a screen point (empty: none).
    QString itemAt(const QPointF &pixel) const;

    // Snapping. Tolerance in screen pixels; grid step in millimetres.
    bool isSnapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool on);
    double gridStep() const { return m_gridStep; }
    void setGridStep(double mm);
    // Snapping to the page's edges and centre and to the other items'.
    bool isSnapToItems() const { return m_snapToItems; }
    void setSnapToItems(bool on) { m_snapToItems = on; }
    double snapTolerancePixels() const { return m_snapTolerance; }
    void setSnapTolerancePixels(double pixels) { m_snapTolerance = pixels; }

    // Adding items: while set, a drag draws the new item's rectangle (a click
    // gives a default size) and itemRectDrawn() is emitted; then it resets.
    std::optional<LayoutItemType> addItemType() const { return m_addType; }
    void setAddItemType(std::optional<LayoutItemType> type);
    // The size a click (no drag) gives to a new item, in mm.
    static QSizeF defaultItemSize(LayoutItemType type);

    // The cached page image (null before the first render) and its zoom.
    QImage renderedImage() const { return m_image; }
    int renderDelayMs() const { return m_renderTimer.interval(); }
    void setRenderDelayMs(int ms) { m_renderTimer.setInterval(ms); }
    QStringList lastWarnings() const { return m_warnings; }

    // Where `rect` would snap when moved (Move) or when `handle` is dragged;
    // public for tests. Guides found are returned in page mm (x of vertical
    // lines, y of horizontal lines).
    QRectF snapMovedRect(const QRectF &rect, const QStringList &ignoreIds, QList<double> *vGuides = nullptr,
                         QList<double> *hGuides = nullptr) const;

public Q_SLOTS:
    void zoomToFit();
    void zoomActualSize();
    void zoomIn();
    void zoomOut();
    // The layout changed from outside (undo, property panel): drops selected ids
    // that are gone, repaints and schedules a render.
    void layoutChanged();
    // Schedules a render (debounced).
    void refresh();
    // Renders now, on this thread.
    void renderNow();

Q_SIGNALS:
    void selectionChanged();
    // An interactive edit was applied to the layout: the items' JSON before and
    // after (same order, empty base dir).
    void itemsEdited(territoria::LayoutView::EditKind kind, const QList<QJsonObject> &before,
                     const QList<QJsonObject> &after);
    void deleteRequested(const QStringList &ids);
    void itemRectDrawn(territoria::LayoutItemType type, const QRectF &rectMm);
    void addItemTypeChanged();
    void zoomChanged(double pixelsPerMm);
    void cursorMoved(const QPointF &pageMm);
    void renderFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Pending, Move, Resize, RubberBand, Pan, Draw };

    QSizeF pageSize() const;
    Handle handleAt(const QPointF &pixel) const;
    QRectF handleRect(const QRectF &viewRect, Handle handle) const;
    QRectF selectionBounds() const; // page mm
    QList<LayoutItem *> movableSelection() const;
    void snapTargets(const QStringList &ignoreIds, QList<double> *xs, QList<double> *ys) const;
    QRectF resizedRect(const QRectF &original, Handle handle, const QPointF &pageDelta, const QString &id);
    double snapCoordinate(double value, const QList<double> &targets, double *guide) const;
    void applyRects(EditKind kind, const QHash<QString, QRectF> &rects);
    void nudge(const QPointF &deltaMm);
    void updateCursor(const QPointF &pixel);
    void drawGuides(QPainter &painter) const;

    PrintLayout *m_layout = nullptr;
    const Project *m_project = nullptr;
    std::optional<AtlasFeature> m_atlasFeature;
    int m_page = 1;
    int m_pageCount = 1;

    double m_zoom = 3.0;
    QPointF m_offset{20, 20};
    bool m_fitPending = true;

    QImage m_image;       // the whole page at m_imageZoom (device pixels per mm)
    double m_imageZoom = 0;
    QStringList m_warnings;
    QTimer m_renderTimer;

    QStringList m_selection;
    bool m_snapToGrid = false;
    double m_gridStep = 5.0;
    bool m_snapToItems = true;
    double m_snapTolerance = 8.0;
    std::optional<LayoutItemType> m_addType;

    Drag m_drag = Drag::None;
    Qt::MouseButton m_dragButton = Qt::NoButton;
    QPointF m_pressPixel;
    QPointF m_lastPixel;
    QPointF m_currentPixel;
    Handle m_dragHandle = NoHandle;
    QHash<QString, QRectF> m_originalRects; // selection at the press
    QHash<QString, QRectF> m_previewRects;  // while dragging
    QList<double> m_vGuides;
    QList<double> m_hGuides;
    bool m_spaceDown = false;
    QString m_hoverId;
};

} // namespace territoria
