#pragma once

#include "crs/coordinatetransform.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <optional>

class QLabel;
class QStatusBar;
class QToolButton;

namespace territoria {

class Layer;
class MapCanvas;
class VectorLayer;

// Status bar: cursor coordinates in the project CRS and as latitude/longitude,
// the current scale (1:N) and the project CRS (click: project CRS dialog).
class StatusBarController : public QObject
{
    Q_OBJECT
public:
    StatusBarController(QStatusBar *bar, MapCanvas *canvas, QObject *parent = nullptr);

    void setCrs(const Crs &crs, const TransformContext &context);
    // Shows how many features of `layer` (the current layer) are selected.
    void setCurrentLayer(territoria::Layer *layer);
    QString selectionText() const;
    QString coordinateText() const;
    QString scaleText() const;

    // "1:25 000" with the locale's digit grouping.
    static QString formatScale(double scale);
    // 16°24'S 71°32'W style.
    static QString formatLatLon(double lat, double lon);

Q_SIGNALS:
    void crsButtonClicked();

private:
    void showCursor(const QPointF &mapPoint);
    void showScale(double scale);
    MapCanvas *m_canvas;
    QLabel *m_coords = nullptr;
    QLabel *m_latLon = nullptr;
    QLabel *m_scale = nullptr;
    QLabel *m_selection = nullptr;
    QPointer<VectorLayer> m_layer;
    QMetaObject::Connection m_selectionConnection;
    void showSelection();
    QToolButton *m_crsButton = nullptr;
    Crs m_crs;
    std::optional<CoordinateTransform> m_toWgs84;
};

} // namespace territoria
