#include "histogramwidget.h"

#include "style/legend.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

HistogramWidget::HistogramWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HistogramWidget::setValues(const QList<double> &values)
{
    m_values.clear();
    m_values.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            m_values.append(v);
    if (m_values.isEmpty()) {
        m_min = m_max = 0;
    } else {
        const auto [lo, hi] = std::minmax_element(m_values.cbegin(), m_values.cend());
        m_min = *lo;
        m_max = *hi;
    }
    // Twice sqrt(n) bins, between 12 and 40: fine enough to show skewed data.
    m_bins = std::clamp(2 * int(std::ceil(std::sqrt(double(m_values.size())))), 12, 40);
    update();
}

void HistogramWidget::setBreaks(const QList<double> &breaks, const QList<QColor> &colors)
{
    m_breaks = breaks;
    m_colors = colors;
    update();
}

void HistogramWidget::setBinCount(int bins)
{
    m_bins = std::max(1, bins);
    update();
}

QList<int> HistogramWidget::binCounts() const
{
    QList<int> counts(m_bins, 0);
    if (m_values.isEmpty())
        return counts;
    const double width = m_max - m_min;
    for (double v : m_values) {
        int bin = width > 0 ? int((v - m_min) / width * m_bins) : 0;
        counts[std::clamp(bin, 0, m_bins - 1)]++;
    }
    return counts;
}

QRectF HistogramWidget::plotRect() const
{
    return QRectF(rect()).adjusted(8, 8, -8, -22);
}

double HistogramWidget::xForValue(double value) const
{
    const QRectF r = plotRect();
    if (m_max <= m_min)
        return r.center().x();
    return r.left() + (value - m_min) / (m_max - m_min) * r.width();
}

double HistogramWidget::valueForX(double x) const
{
    const QRectF r = plotRect();
    if (m_max <= m_min || r.width() <= 0)
        return m_min;
    return m_min + (x - r.left()) / r.width() * (m_max - m_min);
}

void HistogramWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRectF r = plotRect();
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(r.bottomLeft(), r.bottomRight());
    if (m_values.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No numeric values"));
        return;
    }
    const QList<int> counts = binCounts();
    const int top = *std::max_element(counts.cbegin(), counts.cend());
    const double binWidth = r.width() / m_bins;
    for (int i = 0; i < m_bins; ++i) {
        if (counts[i] == 0)
            continue;
        const double h = r.height() * counts[i] / std::max(1, top);
        const QRectF bar(r.left() + i * binWidth, r.bottom() - h, binWidth, h);
        // A bar that straddles class breaks is painted in the colours of each class.
        double x = bar.left();
        while (x < bar.right() - 0.01) {
            int cls = -1;
            double end = bar.right();
            if (!m_colors.isEmpty() && m_breaks.size() >= 2) {
                const double v = valueForX(x + 0.01);
                cls = 0;
                while (cls + 1 < m_breaks.size() - 1 && v > m_breaks[cls + 1])
                    ++cls;
                if (cls + 1 < m_breaks.size() - 1)
                    end = std::min(end, std::max(x + 0.5, xForValue(m_breaks[cls + 1])));
            }
            const QColor color = cls < 0 ? palette().color(QPalette::Mid)
                                         : m_colors.value(std::min<int>(cls, int(m_colors.size()) - 1));
            p.fillRect(QRectF(x, bar.top(), end - x, bar.height()), color);
            x = end;
        }
        p.setPen(QColor(0, 0, 0, 80));
        p.drawRect(bar.adjusted(0.5, 0, -0.5, 0));
    }
    // Class breaks: dashed lines, inner ones draggable (thicker when hovered).
    QPen pen(palette().color(QPalette::WindowText), 1.5, Qt::DashLine);
    for (int i = 0; i < m_breaks.size(); ++i) {
        const double x = std::clamp(xForValue(m_breaks[i]), r.left(), r.right());
        pen.setWidthF(i == m_dragging ? 2.5 : 1.5);
        p.setPen(pen);
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    }
    // Axis: minimum and maximum.
    p.setPen(palette().color(QPalette::Text));
    const QLocale locale;
    const int decimals = (m_max - m_min) >= 100 ? 0 : 2;
    const QRectF axis(r.left(), r.bottom() + 2, r.width(), 18);
    p.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, Legend::formatNumber(m_min, locale, decimals));
    p.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, Legend::formatNumber(m_max, locale, decimals));
    p.drawText(axis, Qt::AlignHCenter | Qt::AlignVCenter, tr("%n value(s)", nullptr, int(m_values.size())));
}

int HistogramWidget::breakNear(double x) const
{
    for (int i = 1; i + 1 < m_breaks.size(); ++i)
        if (std::abs(xForValue(m_breaks[i]) - x) <= 4)
            return i;
    return -1;
}

void HistogramWidget::mousePressEvent(QMouseEvent *event)
{
    m_dragging = event->button() == Qt::LeftButton ? breakNear(event->position().x()) : -1;
    update();
}

void HistogramWidget::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_dragging < 0) {
        setCursor(breakNear(x) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    // Keep the order: strictly between the neighbouring breaks.
    const double lo = m_breaks[m_dragging - 1], hi = m_breaks[m_dragging + 1];
    const double eps = (hi - lo) * 1e-3;
    m_breaks[m_dragging] = std::clamp(valueForX(x), lo + eps, hi - eps);
    update();
}

void HistogramWidget::mouseReleaseEvent(QMouseEvent *)
{
    if (m_dragging >= 0) {
        m_dragging = -1;
        update();
        emit breaksEdited(m_breaks);
    }
}

} // namespace territoria
