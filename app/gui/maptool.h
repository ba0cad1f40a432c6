#pragma once

#include <QCursor>
#include <QObject>
#include <QPointer>
#include <QString>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace territoria {

class MapCanvas;

// An interaction mode of the map canvas (select, digitize, edit vertices,
// measure...). The canvas forwards its mouse and key events to the active tool;
// with no tool (or when a tool does not consume an event) the canvas pans and
// zooms as before. Wheel zoom always stays with the canvas. paint() draws the
// tool's rubber bands, markers and snap indicator over the map image, in widget
// pixels; call canvas()->update() to repaint.
class MapTool : public QObject
{
    Q_OBJECT
public:
    explicit MapTool(MapCanvas *canvas);
    ~MapTool() override;

    MapCanvas *canvas() const { return m_canvas; }
    virtual QString name() const = 0; // translated, for the status bar
    virtual QCursor cursor() const { return Qt::CrossCursor; }

    virtual void activate() {}
    // Drops any unfinished drawing.
    virtual void deactivate() {}

    // Return true when the event was consumed (the canvas then does not pan).
    virtual bool mousePress(QMouseEvent *event) { Q_UNUSED(event) return false; }
    virtual bool mouseMove(QMouseEvent *event) { Q_UNUSED(event) return false; }
    virtual bool mouseRelease(QMouseEvent *event) { Q_UNUSED(event) return false; }
    virtual bool mouseDoubleClick(QMouseEvent *event) { Q_UNUSED(event) return false; }
    virtual bool keyPress(QKeyEvent *event) { Q_UNUSED(event) return false; }
    // Whether keyPress() would consume `event` now (Esc while drawing, Delete with
    // a vertex selected...): the canvas then takes the key before a window
    // shortcut on the same key (e.g. "Delete selected features").
    virtual bool wantsKey(const QKeyEvent *event) const { Q_UNUSED(event) return false; }
    virtual void paint(QPainter &painter) { Q_UNUSED(painter) }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QPointer<MapCanvas> m_canvas;
};

} // namespace territoria
