#include "statusbarcontroller.h"

#include "data/vectorlayer.h"
#include "gui/mapcanvas.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

StatusBarController::StatusBarController(QStatusBar *bar, MapCanvas *canvas, QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
{
    auto makeLabel = [bar](int minWidth, const QString &tip) {
        auto *label = new QLabel(bar);
        label->setMinimumWidth(minWidth);
        label->setToolTip(tip);
        label->setAlignment(Qt::AlignCenter);
        bar->addPermanentWidget(label);
        return label;
    };
    m_selection = makeLabel(160, tr("Selected features of the current layer"));
    m_selection->setObjectName(u"selectionLabel"_s);
    m_selection->hide();
    m_coords = makeLabel(200, tr("Cursor coordinates in the project CRS"));
    m_latLon = makeLabel(180, tr("Cursor position as latitude/longitude (WGS 84)"));
    m_scale = makeLabel(110, tr("Current map scale"));
    m_crsButton = new QToolButton(bar);
    m_crsButton->setAutoRaise(true);
    m_crsButton->setToolTip(tr("Project coordinate reference system"));
    m_crsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_crsButton->setIcon(QIcon(u":/icons/crs.svg"_s));
    bar->addPermanentWidget(m_crsButton);
    connect(m_crsButton, &QToolButton::clicked, this, &StatusBarController::crsButtonClicked);
    connect(canvas, &MapCanvas::cursorMoved, this, &StatusBarController::showCursor);
    connect(canvas, &MapCanvas::scaleChanged, this, &StatusBarController::showScale);
    connect(canvas, &MapCanvas::extentChanged, this, [this] { showScale(m_canvas->scale()); });
    setCrs({}, {});
}

void StatusBarController::setCurrentLayer(Layer *layer)
{
    disconnect(m_selectionConnection);
    m_layer = qobject_cast<VectorLayer *>(layer);
    if (m_layer)
        m_selectionConnection = connect(m_layer, &VectorLayer::selectionChanged, this, &StatusBarController::showSelection);
    showSelection();
}

QString StatusBarController::selectionText() const
{
    return m_selection->isHidden() ? QString() : m_selection->text();
}

void StatusBarController::showSelection()
{
    const qsizetype count = m_layer ? m_layer->selectedFeatureCount() : 0;
    if (count == 0) {
        m_selection->clear();
        m_selection->hide();
        return;
    }
    m_selection->setText(tr("%Ln selected in “%1”", nullptr, count).arg(m_layer->name()));
    m_selection->show();
}

void StatusBarController::setCrs(const Crs &crs, const TransformContext &context)
{
    m_crs = crs;
    m_toWgs84.reset();
    if (crs.isValid()) {
        if (auto ct = CoordinateTransform::create(crs, Crs::fromEpsg(4326), context))
            m_toWgs84.emplace(std::move(*ct));
        m_crsButton->setText(crs.authId().isEmpty() ? crs.name() : crs.authId());
        m_crsButton->setToolTip(tr("Project CRS: %1 (click to change)").arg(crs.name()));
    } else {
        m_crsButton->setText(tr("No CRS"));
    }
    m_coords->clear();
    m_latLon->clear();
}

QString StatusBarController::formatScale(double scale)
{
    if (!(scale > 0) || !std::isfinite(scale))
        return {};
    return u"1:"_s + QLocale().toString(qint64(std::llround(scale)));
}

QString StatusBarController::formatLatLon(double lat, double lon)
{
    auto dms = [](double v, QChar pos, QChar neg) {
        const QChar hemi = v < 0 ? neg : pos;
        v = std::abs(v);
        int d = int(v);
        int m = int((v - d) * 60);
        double s = ((v - d) * 60 - m) * 60;
        if (s >= 59.95) {
            s = 0;
            if (++m == 60) {
                m = 0;
                ++d;
            }
        }
        return u"%1°%2′%3″%4"_s.arg(d).arg(m, 2, 10, QChar(u'0')).arg(s, 4, 'f', 1, QChar(u'0')).arg(hemi);
    };
    return dms(lat, u'N', u'S') + u" "_s + dms(lon, u'E', u'W');
}

void StatusBarController::showCursor(const QPointF &p)
{
    const int decimals = m_crs.isValid() && m_crs.isGeographic() ? 6 : 2;
    m_coords->setText(QLocale().toString(p.x(), 'f', decimals) + u" ; "_s + QLocale().toString(p.y(), 'f', decimals));
    if (m_toWgs84) {
        const QPointF ll = m_toWgs84->transform(p);
        if (std::isfinite(ll.x()) && std::isfinite(ll.y()) && std::abs(ll.y()) <= 90)
            m_latLon->setText(formatLatLon(ll.y(), ll.x()));
        else
            m_latLon->setText(tr("outside the CRS"));
    } else {
        m_latLon->clear();
    }
}

void StatusBarController::showScale(double scale)
{
    m_scale->setText(formatScale(scale));
}

QString StatusBarController::coordinateText() const
{
    return m_coords->text() + u" | "_s + m_latLon->text();
}

QString StatusBarController::scaleText() const
{
    return m_scale->text();
}

} // namespace territoria
