#include "histogramwidget.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {
// Area series over [x0, x1] from 0 to `height`: one bar of the histogram.
QAreaSeries *barSeries(double x0, double x1, double height, const QColor &fill, const QPen &pen)
{
    auto *upper = new QLineSeries;
    upper->append(x0, height);
    upper->append(x1, height);
    auto *lower = new QLineSeries;
    lower->append(x0, 0);
    lower->append(x1, 0);
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setBrush(fill);
    area->setPen(pen);
    return area;
}

// A round tick step (1, 2 or 5 times a power of ten) giving about four intervals.
double niceStep(double range)
{
    if (!(range > 0))
        return 1;
    const double raw = range / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

QString formatForStep(double step)
{
    const int decimals = step >= 1 ? 0 : std::min(6, int(std::ceil(-std::log10(step) - 1e-9)));
    return u"%.%1f"_s.arg(decimals);
}
} // namespace

HistogramWidget::HistogramWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 2, 6, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_axisX = new QValueAxis(m_chart);
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setLabelFormat(u"%.0f"_s);
    m_axisY->setTickCount(3);
    m_axisX->setTickCount(5);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(u"histogramChartView"_s);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMinimumSize(0, 0);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
    m_rubberBand->hide();
    setMouseTracking(true);
    rebuild();
}

HistogramWidget::~HistogramWidget() = default;

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
    rebuild();
}

void HistogramWidget::setBreaks(const QList<double> &breaks, const QList<QColor> &colors)
{
    m_breaks = breaks;
    m_colors = colors;
    rebuild();
}

void HistogramWidget::setBinCount(int bins)
{
    m_bins = std::max(1, bins);
    rebuild();
}

void HistogramWidget::setHighlightedValues(const QList<double> &values)
{
    m_highlighted.clear();
    for (double v : values)
        if (std::isfinite(v))
            m_highlighted.append(v);
    rebuild();
}

void HistogramWidget::setHighlightColor(const QColor &color)
{
    m_highlightColor = color;
    rebuild();
}

int HistogramWidget::binForValue(double value) const
{
    const double width = m_max - m_min;
    const int bin = width > 0 ? int(std::floor((value - m_min) / width * m_bins)) : 0;
    return std::clamp(bin, 0, m_bins - 1);
}

QList<int> HistogramWidget::binCounts() const
{
    QList<int> counts(m_bins, 0);
    for (double v : m_values)
        counts[binForValue(v)]++;
    return counts;
}

QList<int> HistogramWidget::highlightedBinCounts() const
{
    QList<int> counts(m_bins, 0);
    for (double v : m_highlighted)
        if (v >= m_min && v <= m_max)
            counts[binForValue(v)]++;
    return counts;
}

// The value axis runs between round numbers around the data (a whole number of
// nice steps), so that its labels are round values: Qt Charts 6.4 puts fixed
// ticks at equal fractions of the range, and its dynamic ticks were unreliable.
double HistogramWidget::axisMin() const
{
    const double lo = m_max > m_min ? m_min : m_min - 0.5;
    const double hi = m_max > m_min ? m_max : m_max + 0.5;
    const double step = niceStep(hi - lo);
    return std::floor(lo / step + 1e-9) * step;
}

double HistogramWidget::axisMax() const
{
    const double lo = m_max > m_min ? m_min : m_min - 0.5;
    const double hi = m_max > m_min ? m_max : m_max + 0.5;
    const double step = niceStep(hi - lo);
    return std::ceil(hi / step - 1e-9) * step;
}

void HistogramWidget::rebuild()
{
    m_chart->removeAllSeries();
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.base());
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(pal.placeholderText());
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelsBrush(pal.text());
        axis->setTitleBrush(pal.text());
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
    }
    m_axisX->setGridLineVisible(false);
    // Dynamic ticks are laid out at every change: with the old interval a new,
    // much larger range would create millions of ticks. Fixed ticks meanwhile.
    m_axisX->setTickType(QValueAxis::TicksFixed);
    m_axisY->setTickType(QValueAxis::TicksFixed);
    m_axisX->setRange(axisMin(), axisMax());
    // Labels at round values: the range is a whole number of nice steps.
    const double lo = m_max > m_min ? m_min : m_min - 0.5;
    const double hi = m_max > m_min ? m_max : m_max + 0.5;
    const double xStep = niceStep(hi - lo);
    m_axisX->setTickCount(std::clamp(int(std::lround((axisMax() - axisMin()) / xStep)) + 1, 2, 12));
    m_axisX->setLabelFormat(formatForStep(xStep));

    if (m_values.isEmpty()) {
        m_chart->setTitle(tr("No numeric values"));
        m_axisX->setTitleText({});
        m_axisX->setLabelsVisible(false);
        m_axisY->setLabelsVisible(false);
        m_axisY->setRange(0, 1);
        return;
    }
    m_chart->setTitle({});
    m_axisX->setLabelsVisible(true);
    m_axisY->setLabelsVisible(true);
    m_axisX->setTitleText(tr("%n value(s)", nullptr, int(m_values.size())));

    const QList<int> counts = binCounts();
    const int top = std::max(1, *std::max_element(counts.cbegin(), counts.cend()));
    // Whole-number ticks: a step of 1, 2, 5, 10, 20, 50... giving at most 4 intervals.
    int step = 1;
    for (int magnitude = 1; step * 4 < top; magnitude *= 10)
        for (int m : {1, 2, 5})
            if (step * 4 < top)
                step = m * magnitude;
    const int intervals = (top + step - 1) / step;
    m_axisY->setRange(0, intervals * step);
    m_axisY->setTickCount(intervals + 1);
    const double binWidth = (m_max - m_min) / m_bins;
    const QPen outline(QColor(0, 0, 0, 80), 0);
    auto attach = [this](QAbstractSeries *s) {
        m_chart->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    };
    for (int i = 0; i < m_bins; ++i) {
        if (counts[i] == 0)
            continue;
        const double x0 = binWidth > 0 ? m_min + i * binWidth : axisMin();
        const double x1 = binWidth > 0 ? (i + 1 == m_bins ? m_max : m_min + (i + 1) * binWidth) : axisMax();
        // A bar that straddles class breaks is painted in the colours of each class.
        double x = x0;
        while (x < x1) {
            double end = x1;
            QColor color = pal.color(QPalette::Mid);
            if (!m_colors.isEmpty() && m_breaks.size() >= 2) {
                int cls = 0;
                while (cls + 1 < m_breaks.size() - 1 && x >= m_breaks[cls + 1])
                    ++cls;
                if (cls + 1 < m_breaks.size() - 1 && m_breaks[cls + 1] > x)
                    end = std::min(end, m_breaks[cls + 1]);
                color = m_colors.value(std::min<int>(cls, int(m_colors.size()) - 1));
            }
            attach(barSeries(x, end, counts[i], color, Qt::NoPen));
            x = end;
        }
        attach(barSeries(x0, x1, counts[i], Qt::transparent, outline));
    }
    // The selected features' share of each bar.
    if (!m_highlighted.isEmpty()) {
        const QList<int> hl = highlightedBinCounts();
        QColor fill = m_highlightColor;
        for (int i = 0; i < m_bins; ++i) {
            if (hl[i] == 0)
                continue;
            const double x0 = binWidth > 0 ? m_min + i * binWidth : axisMin();
            const double x1 = binWidth > 0 ? (i + 1 == m_bins ? m_max : m_min + (i + 1) * binWidth) : axisMax();
            attach(barSeries(x0, x1, hl[i], fill, QPen(fill.darker(160), 0)));
        }
    }
    // Class breaks: vertical lines in a contrasting colour.
    for (int i = 0; i < m_breaks.size(); ++i) {
        auto *line = new QLineSeries;
        line->setObjectName(u"break"_s);
        const double b = std::clamp(m_breaks[i], axisMin(), axisMax());
        line->append(b, 0);
        line->append(b, top);
        QPen pen(QColor(200, 20, 60), i == m_dragging ? 3 : 2, Qt::DashLine);
        line->setPen(pen);
        attach(line);
    }
}

void HistogramWidget::updateBreakLines()
{
    // Only the lines move while dragging: no need to rebuild the bars.
    int i = 0;
    const double top = m_axisY->max();
    for (QAbstractSeries *s : m_chart->series()) {
        if (s->objectName() != u"break"_s || i >= m_breaks.size())
            continue;
        auto *line = static_cast<QLineSeries *>(s);
        const double b = std::clamp(m_breaks[i], axisMin(), axisMax());
        line->replace({QPointF(b, 0), QPointF(b, top)});
        QPen pen = line->pen();
        pen.setWidthF(i == m_dragging ? 3 : 2);
        line->setPen(pen);
        ++i;
    }
}

void HistogramWidget::ensureLayout() const
{
    // A hidden widget gets no resize events: lay the chart out on demand. The view
    // has no frame nor scroll bars, so the scene (the chart) maps 1:1 to the widget.
    if (m_view->size() != size())
        m_view->setGeometry(rect());
    if (m_chart->size().toSize() != size()) {
        m_chart->resize(size());
        m_view->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size())));
    }
    if (m_chart->layout() && !m_chart->layout()->isActivated())
        m_chart->layout()->activate();
}

QRectF HistogramWidget::plotArea() const
{
    ensureLayout();
    return m_chart->plotArea().translated(m_chart->pos() + m_view->pos());
}

double HistogramWidget::xForValue(double value) const
{
    const QRectF r = plotArea();
    return r.left() + (value - axisMin()) / (axisMax() - axisMin()) * r.width();
}

double HistogramWidget::valueForX(double x) const
{
    const QRectF r = plotArea();
    if (r.width() <= 0)
        return m_min;
    return axisMin() + (x - r.left()) / r.width() * (axisMax() - axisMin());
}

void HistogramWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->setGeometry(rect());
}

void HistogramWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
    else if (event->type() == QEvent::LocaleChange)
        m_chart->setLocale(locale());
}

bool HistogramWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease: {
        auto *me = static_cast<QMouseEvent *>(event);
        const QPointF pos = m_view->viewport()->mapTo(this, me->position().toPoint());
        QMouseEvent mapped(me->type(), pos, me->globalPosition(), me->button(), me->buttons(), me->modifiers());
        if (event->type() == QEvent::MouseButtonPress)
            mousePressEvent(&mapped);
        else if (event->type() == QEvent::MouseMove)
            mouseMoveEvent(&mapped);
        else
            mouseReleaseEvent(&mapped);
        return true;
    }
    case QEvent::MouseButtonDblClick:
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
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
    m_pressed = m_dragging < 0 && m_selectable && event->button() == Qt::LeftButton && !m_values.isEmpty();
    m_pressPos = event->position().toPoint();
    if (m_dragging >= 0)
        updateBreakLines();
    event->accept();
}

void HistogramWidget::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_pressed) {
        const QRectF plot = plotArea();
        const int left = std::min(m_pressPos.x(), int(x)), right = std::max(m_pressPos.x(), int(x));
        m_rubberBand->setGeometry(QRect(QPoint(left, int(plot.top())), QPoint(right, int(plot.bottom()))));
        m_rubberBand->setVisible(right - left > 3);
        m_rubberBand->raise();
        return;
    }
    if (m_dragging < 0) {
        m_view->viewport()->setCursor(breakNear(x) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    // Keep the order: strictly between the neighbouring breaks.
    const double lo = m_breaks[m_dragging - 1], hi = m_breaks[m_dragging + 1];
    const double eps = (hi - lo) * 1e-3;
    m_breaks[m_dragging] = std::clamp(valueForX(x), lo + eps, hi - eps);
    updateBreakLines();
}

void HistogramWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressed) {
        m_pressed = false;
        m_rubberBand->hide();
        const double x = event->position().x();
        const QRectF plot = plotArea();
        const double a = std::clamp(std::min<double>(m_pressPos.x(), x), plot.left(), plot.right());
        const double b = std::clamp(std::max<double>(m_pressPos.x(), x), plot.left(), plot.right());
        int first = binForValue(valueForX(a)), last = binForValue(valueForX(b));
        if (std::abs(x - m_pressPos.x()) <= 3) { // a click: the bar under the cursor
            const double y = event->position().y();
            const QList<int> counts = binCounts();
            const double v = valueForX(x);
            const int bin = binForValue(v);
            const double barTop = plot.bottom() - plot.height() * counts[bin] / std::max(1.0, m_axisY->max());
            if (!plot.contains(event->position()) || y < barTop - 2) {
                emit binsSelected(-1, -1, event->modifiers()); // empty space
                return;
            }
            first = last = bin;
        }
        emit binsSelected(first, last, event->modifiers());
        return;
    }
    if (m_dragging >= 0) {
        m_dragging = -1;
        updateBreakLines();
        emit breaksEdited(m_breaks);
    }
}

} // namespace territoria
