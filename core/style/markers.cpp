#include "style/markers.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

QStringList Markers::iconNames()
{
    return {u"health_post"_s, u"school"_s, u"fire_station"_s, u"police"_s, u"shelter"_s};
}

QString Markers::iconTitle(const QString &name)
{
    if (name == u"health_post")
        return tr("Health post");
    if (name == u"school")
        return tr("School");
    if (name == u"fire_station")
        return tr("Fire station");
    if (name == u"police")
        return tr("Police");
    if (name == u"shelter")
        return tr("Shelter");
    return name;
}

QByteArray Markers::svgData(const QString &nameOrPath, const QColor &fill)
{
    const QString path = iconNames().contains(nameOrPath) ? u":/territoria/markers/"_s + nameOrPath + u".svg"_s
                                                          : nameOrPath;
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = f.readAll();
    const QColor c = fill.isValid() ? fill : QColor(Qt::black);
    const QByteArray fillAttr = QByteArray("fill=\"") + c.name(QColor::HexRgb).toLatin1()
                                + QByteArray("\" fill-opacity=\"") + QByteArray::number(c.alphaF(), 'g', 4)
                                + QByteArray("\"");
    data.replace(QByteArray("fill=\"currentColor\""), fillAttr);
    data.replace("currentColor", c.name(QColor::HexRgb).toLatin1());
    return data;
}

QImage Markers::svgImage(const QString &nameOrPath, const QColor &fill, double sizePx)
{
    const QByteArray data = svgData(nameOrPath, fill);
    if (data.isEmpty())
        return {};
    QSvgRenderer svg(data);
    if (!svg.isValid())
        return {};
    const int px = std::max(1, int(std::ceil(sizePx)));
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double off = (px - sizePx) / 2;
    svg.render(&p, QRectF(off, off, sizePx, sizePx));
    p.end();
    return image;
}

void Markers::drawShape(QPainter *painter, MarkerShape shape, double x, double y, double r, const QPen &crossPen)
{
    switch (shape) {
    case MarkerShape::Circle:
        painter->drawEllipse(QPointF(x, y), r, r);
        break;
    case MarkerShape::Square:
        painter->drawRect(QRectF(x - r, y - r, 2 * r, 2 * r));
        break;
    case MarkerShape::Triangle: {
        const QPointF pts[3] = {{x, y - r}, {x + r * 0.866, y + r * 0.5}, {x - r * 0.866, y + r * 0.5}};
        painter->drawPolygon(pts, 3);
        break;
    }
    case MarkerShape::Diamond: {
        const QPointF pts[4] = {{x, y - r}, {x + r, y}, {x, y + r}, {x - r, y}};
        painter->drawPolygon(pts, 4);
        break;
    }
    case MarkerShape::Cross:
        painter->setPen(crossPen);
        painter->drawLine(QPointF(x - r, y), QPointF(x + r, y));
        painter->drawLine(QPointF(x, y - r), QPointF(x, y + r));
        break;
    case MarkerShape::Star: {
        QPointF pts[10];
        for (int k = 0; k < 10; ++k) {
            const double a = -M_PI / 2 + k * M_PI / 5;
            const double rr = (k % 2) ? r * 0.45 : r;
            pts[k] = QPointF(x + rr * std::cos(a), y + rr * std::sin(a));
        }
        painter->drawPolygon(pts, 10);
        break;
    }
    }
}

void Markers::draw(QPainter *painter, const Symbol &symbol, QPointF center, double sizePx, double strokePx)
{
    if (!symbol.markerSvg.isEmpty()) {
        const QByteArray data = svgData(symbol.markerSvg, symbol.effectiveFill());
        QSvgRenderer svg(data);
        if (svg.isValid()) {
            svg.render(painter, QRectF(center.x() - sizePx / 2, center.y() - sizePx / 2, sizePx, sizePx));
            return;
        }
    }
    const QColor fill = symbol.effectiveFill(), stroke = symbol.effectiveStroke();
    const bool hasStroke = symbol.strokeStyle != Qt::NoPen && stroke.alpha() > 0 && strokePx > 0;
    const QPen pen = hasStroke ? QPen(stroke, strokePx, symbol.strokeStyle, Qt::RoundCap, Qt::RoundJoin) : QPen(Qt::NoPen);
    painter->save();
    painter->setPen(pen);
    painter->setBrush(fill.alpha() > 0 ? QBrush(fill) : QBrush(Qt::NoBrush));
    const double r = sizePx / 2;
    drawShape(painter, symbol.markerShape, center.x(), center.y(), r,
              hasStroke ? pen : QPen(fill, std::max(1.0, r / 3)));
    painter->restore();
}

} // namespace territoria
