#pragma once

#include "style/vectorstyle.h"
#include "territoria_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPen>
#include <QStringList>

class QPainter;

namespace territoria {

// Point markers shared by the map renderer, legends and the GUI.
class TERRITORIA_CORE_EXPORT Markers
{
    Q_DECLARE_TR_FUNCTIONS(Markers)
public:
    // Built-in SVG icons: "health_post", "school", "fire_station", "police", "shelter".
    static QStringList iconNames();
    static QString iconTitle(const QString &name); // translated ("Health post"...)
    // The SVG of a built-in icon name or an SVG file path, with "currentColor"
    // replaced by `fill`; empty when it cannot be read.
    static QByteArray svgData(const QString &nameOrPath, const QColor &fill);
    // The SVG drawn at `sizePx` × `sizePx` (ARGB32 premultiplied); null on failure.
    static QImage svgImage(const QString &nameOrPath, const QColor &fill, double sizePx);

    // Draws a built-in shape of diameter 2·r centred on (x, y) with the painter's
    // current pen and brush; a Cross is drawn with `crossPen`.
    static void drawShape(QPainter *painter, MarkerShape shape, double x, double y, double r, const QPen &crossPen);
    // Draws `symbol`'s marker (shape or SVG) centred on `center`, `sizePx` wide,
    // its stroke `strokePx` wide.
    static void draw(QPainter *painter, const Symbol &symbol, QPointF center, double sizePx, double strokePx);
};

} // namespace territoria
