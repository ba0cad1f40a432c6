#include "layercharts.h"

#include "histogramwidget.h"
#include "task/feedback.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QRubberBand>
#include <QScatterSeries>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {
const QColor kSelectionColor(255, 214, 0);

bool numberOf(const QVariant &v, double *out)
{
    if (!v.isValid() || v.isNull())
        return false;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return false;
    *out = d;
    return true;
}
// Nice round range with few ticks and as many decimals as the step needs.
void setNiceRange(QValueAxis *axis, double lo, double hi)
{
    axis->setTickCount(5);
    axis->setRange(lo, hi);
    axis->applyNiceNumbers();
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    axis->setLabelFormat(step >= 1 ? u"%.0f"_s : step >= 0.1 ? u"%.1f"_s : u"%.2f"_s);
}
} // namespace

Result<ChartData> readChartData(const VectorDataProvider &provider, const ChartRequest &request, Feedback *feedback)
{
    const Fields fields = provider.fields();
    const int xi = fields.indexOf(request.xField);
    const int yi = request.type == ChartType::Scatter ? fields.indexOf(request.yField) : -1;
    const int li = request.type == ChartType::RankedBars && !request.labelField.isEmpty()
                       ? fields.indexOf(request.labelField)
                       : -1;
    if (xi < 0)
        return fail(QCoreApplication::translate("LayerChartWidget", "The layer has no field “%1”.").arg(request.xField),
                    provider.source());
    if (request.type == ChartType::Scatter && yi < 0)
        return fail(QCoreApplication::translate("LayerChartWidget", "The layer has no field “%1”.").arg(request.yField),
                    provider.source());
    FeatureRequest fr;
    fr.noGeometry = true;
    fr.attributes = {xi};
    if (yi >= 0)
        fr.attributes.append(yi);
    if (li >= 0)
        fr.attributes.append(li);
    ChartData data;
    const qint64 count = std::max<qint64>(1, provider.featureCount());
    auto visited = provider.forEachFeature(
        fr,
        [&](Feature &&f) {
            ++data.total;
            double x = 0, y = 0;
            const bool ok = numberOf(f.attributes.value(xi), &x) && (yi < 0 || numberOf(f.attributes.value(yi), &y));
            if (!ok) {
                ++data.missing;
            } else {
                data.ids.append(f.id);
                data.x.append(x);
                if (yi >= 0)
                    data.y.append(y);
                if (request.type == ChartType::RankedBars)
                    data.labels.append(li >= 0 ? f.attributes.value(li).toString() : QString::number(f.id));
            }
            if (feedback && data.total % 4096 == 0)
                feedback->setProgress(100.0 * double(data.total) / double(count));
            return true;
        },
        feedback);
    if (!visited)
        return std::unexpected(visited.error());

    if (request.type == ChartType::RankedBars) {
        QList<int> order(data.ids.size());
        std::iota(order.begin(), order.end(), 0);
        // Largest first (or smallest first), ties by FID so the order is stable.
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (data.x[a] != data.x[b])
                return request.bottom ? data.x[a] < data.x[b] : data.x[a] > data.x[b];
            return data.ids[a] < data.ids[b];
        });
        order.resize(std::min<qsizetype>(order.size(), std::max(1, request.topCount)));
        ChartData ranked;
        ranked.missing = data.missing;
        ranked.total = data.total;
        for (int i : order) {
            ranked.ids.append(data.ids[i]);
            ranked.x.append(data.x[i]);
            ranked.labels.append(data.labels[i]);
        }
        return ranked;
    }
    return data;
}

// A chart view that lets the layer chart handle clicks and rubber bands itself
// (scatter); in other modes the chart items get the mouse (bar clicks).
class ChartCanvas : public QChartView
{
public:
    explicit ChartCanvas(QChart *chart, QWidget *parent)
        : QChartView(chart, parent)
        , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
    {
        setFrameShape(QFrame::NoFrame);
        setRenderHint(QPainter::Antialiasing);
    }
    bool selectingByRect = false;
    // Viewport rectangle (or a click: a null-sized rect at the point) and modifiers.
    std::function<void(const QRect &, Qt::KeyboardModifiers)> picked;

protected:
    void mousePressEvent(QMouseEvent *e) override
    {
        if (!selectingByRect || e->button() != Qt::LeftButton)
            return QChartView::mousePressEvent(e);
        m_origin = e->position().toPoint();
        m_pressed = true;
        m_band->setGeometry(QRect(m_origin, QSize()));
        e->accept();
    }
    void mouseMoveEvent(QMouseEvent *e) override
    {
        if (!m_pressed)
            return QChartView::mouseMoveEvent(e);
        const QRect r = QRect(m_origin, e->position().toPoint()).normalized();
        m_band->setGeometry(r);
        m_band->setVisible(r.width() > 3 || r.height() > 3);
        e->accept();
    }
    void mouseReleaseEvent(QMouseEvent *e) override
    {
        if (!m_pressed)
            return QChartView::mouseReleaseEvent(e);
        m_pressed = false;
        m_band->hide();
        QRect r = QRect(m_origin, e->position().toPoint()).normalized();
        if (r.width() <= 3 && r.height() <= 3)
            r = QRect(e->position().toPoint(), QSize(0, 0));
        if (picked)
            picked(r, e->modifiers());
        e->accept();
    }

private:
    QRubberBand *m_band;
    QPoint m_origin;
    bool m_pressed = false;
};

LayerChartWidget::LayerChartWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_stack = new QStackedWidget(this);
    m_histogram = new HistogramWidget(m_stack);
    m_histogram->setObjectName(u"chartHistogram"_s);
    m_histogram->setSelectable(true);
    m_histogram->setHighlightColor(kSelectionColor);
    m_histogram->setToolTip(tr("Click a bar to select its features; drag across bars to select a range.\n"
                               "Shift adds to the selection, Ctrl removes from it."));
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    m_canvas = new ChartCanvas(chart, m_stack);
    m_canvas->setObjectName(u"chartView"_s);
    // Long rankings scroll instead of squeezing their names.
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_canvas);
    m_stack->addWidget(m_histogram);
    m_stack->addWidget(m_scroll);
    layout->addWidget(m_stack, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"chartStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(4, 0, 4, 2);
    layout->addWidget(m_status);

    connect(m_histogram, &HistogramWidget::binsSelected, this,
            [this](int first, int last, Qt::KeyboardModifiers modifiers) {
                if (!m_layer)
                    return;
                QSet<qint64> ids;
                if (first >= 0) {
                    for (qsizetype i = 0; i < m_data.ids.size(); ++i) {
                        const int bin = m_histogram->binForValue(m_data.x[i]);
                        if (bin >= first && bin <= last)
                            ids.insert(m_data.ids[i]);
                    }
                }
                m_layer->selectFeatures(ids, modeFor(modifiers));
            });
    m_canvas->picked = [this](const QRect &r, Qt::KeyboardModifiers modifiers) {
        if (!m_layer || !m_points)
            return;
        QChart *c = m_canvas->chart();
        auto toValue = [&](QPointF p) { return c->mapToValue(c->mapFromScene(m_canvas->mapToScene(p.toPoint())), m_points); };
        if (r.isNull() || r.size().isEmpty()) {
            // A click: the nearest point within 6 pixels.
            const QPointF click = r.topLeft();
            qint64 best = -1;
            double bestDistance = 36;
            for (qsizetype i = 0; i < m_data.ids.size(); ++i) {
                const QPointF scene = c->mapToScene(c->mapToPosition(QPointF(m_data.x[i], m_data.y[i]), m_points));
                const QPointF px = m_canvas->mapFromScene(scene);
                const double d2 = std::pow(px.x() - click.x(), 2) + std::pow(px.y() - click.y(), 2);
                if (d2 <= bestDistance) {
                    bestDistance = d2;
                    best = m_data.ids[i];
                }
            }
            m_layer->selectFeatures(best < 0 ? QSet<qint64>{} : QSet<qint64>{best}, modeFor(modifiers));
            return;
        }
        const QPointF a = toValue(r.topLeft()), b = toValue(r.bottomRight());
        selectInValueRect(QRectF(a, b).normalized(), modeFor(modifiers));
    };
    rebuildChart();
}

LayerChartWidget::~LayerChartWidget()
{
    cancelRead();
}

VectorLayer::SelectionMode LayerChartWidget::modeFor(Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ShiftModifier)
        return VectorLayer::SelectionMode::Add;
    if (modifiers & Qt::ControlModifier)
        return VectorLayer::SelectionMode::Remove;
    return VectorLayer::SelectionMode::Replace;
}

QChartView *LayerChartWidget::chartView() const { return m_canvas; }
QChart *LayerChartWidget::chart() const { return m_canvas->chart(); }
QWidget *LayerChartWidget::chartWidget() const
{
    return m_stack->currentWidget() == m_histogram ? static_cast<QWidget *>(m_histogram) : m_canvas;
}

void LayerChartWidget::setLayer(VectorLayer *layer)
{
    if (layer == m_layer)
        return;
    cancelRead();
    disconnect(m_selectionConnection);
    disconnect(m_destroyedConnection);
    m_layer = layer;
    if (layer) {
        m_selectionConnection = connect(layer, &VectorLayer::selectionChanged, this, &LayerChartWidget::updateHighlight);
        m_destroyedConnection = connect(layer, &QObject::destroyed, this, [this] { setLayer(nullptr); });
    }
    reload();
}

void LayerChartWidget::setRequest(const ChartRequest &request)
{
    if (request == m_request)
        return;
    m_request = request;
    reload();
}

bool LayerChartWidget::isReading() const
{
    return m_watcher && m_watcher->isRunning();
}

void LayerChartWidget::cancelRead()
{
    ++m_generation;
    if (m_feedback)
        m_feedback->cancel();
    m_feedback.reset();
    if (m_watcher) {
        // The worker only holds the provider and its Feedback: let it finish on its own.
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished())
            m_watcher->deleteLater();
        m_watcher->setParent(nullptr);
        m_watcher = nullptr;
    }
}

void LayerChartWidget::reload()
{
    cancelRead();
    m_error.clear();
    const bool needsY = m_request.type == ChartType::Scatter;
    if (!m_layer || m_request.xField.isEmpty() || (needsY && m_request.yField.isEmpty())) {
        setData({});
        return;
    }
    const auto provider = m_layer->dataProvider();
    const ChartRequest request = m_request;
    if (m_layer->featureCount() <= m_syncLimit) {
        auto r = readChartData(*provider, request);
        if (!r)
            m_error = r.error().message;
        setData(r ? std::move(*r) : ChartData{});
        return;
    }
    // Big layer: read on a worker; the GUI thread only keeps the provider alive.
    const int generation = m_generation;
    auto feedback = std::make_shared<Feedback>();
    m_feedback = feedback;
    m_watcher = new QFutureWatcher<Result<ChartData>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation != m_generation || !m_watcher)
            return;
        Result<ChartData> r = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_feedback.reset();
        if (!r)
            m_error = r.error().message;
        setData(r ? std::move(*r) : ChartData{});
    });
    m_status->setText(tr("Reading “%1”…").arg(m_layer->name()));
    m_watcher->setFuture(QtConcurrent::run([provider, request, feedback] {
        return readChartData(*provider, request, feedback.get());
    }));
}

void LayerChartWidget::setData(ChartData data)
{
    m_data = std::move(data);
    rebuildChart();
    emit dataLoaded();
}

void LayerChartWidget::rebuildChart()
{
    QChart *c = m_canvas->chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    m_points = m_selectedPoints = nullptr;
    m_barSet = nullptr;
    m_canvas->selectingByRect = false;
    m_canvas->setMinimumHeight(0);
    const QPalette pal = palette();
    c->setBackgroundBrush(pal.base());
    c->setTitleBrush(pal.text());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    auto styleAxis = [&](QAbstractAxis *axis, const QString &title) {
        axis->setLabelsBrush(pal.text());
        axis->setTitleBrush(pal.text());
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
        axis->setGridLineColor(pal.color(QPalette::Midlight));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setTitleText(title);
    };

    switch (m_request.type) {
    case ChartType::Histogram:
        m_stack->setCurrentWidget(m_histogram);
        m_histogram->setValues(m_data.x);
        break;
    case ChartType::Scatter: {
        m_stack->setCurrentWidget(m_scroll);
        m_canvas->selectingByRect = true;
        m_points = new QScatterSeries;
        m_points->setMarkerSize(7);
        m_points->setColor(QColor(31, 120, 180, 190));
        m_points->setBorderColor(QColor(20, 70, 110));
        m_selectedPoints = new QScatterSeries;
        m_selectedPoints->setMarkerSize(10);
        m_selectedPoints->setColor(kSelectionColor);
        m_selectedPoints->setBorderColor(QColor(120, 90, 0));
        auto *ax = new QValueAxis;
        auto *ay = new QValueAxis;
        styleAxis(ax, m_request.xField);
        styleAxis(ay, m_request.yField);
        c->addAxis(ax, Qt::AlignBottom);
        c->addAxis(ay, Qt::AlignLeft);
        for (QScatterSeries *s : {m_points, m_selectedPoints}) {
            c->addSeries(s);
            s->attachAxis(ax);
            s->attachAxis(ay);
        }
        if (!m_data.ids.isEmpty()) {
            const auto [x0, x1] = std::minmax_element(m_data.x.cbegin(), m_data.x.cend());
            const auto [y0, y1] = std::minmax_element(m_data.y.cbegin(), m_data.y.cend());
            const double px = std::max(std::abs(*x1 - *x0) * 0.04, 1e-9 + std::abs(*x0) * 0.01);
            const double py = std::max(std::abs(*y1 - *y0) * 0.04, 1e-9 + std::abs(*y0) * 0.01);
            // A little room around the points, without crossing zero for positive data.
            setNiceRange(ax, *x0 >= 0 ? std::max(0.0, *x0 - px) : *x0 - px, *x1 + px);
            setNiceRange(ay, *y0 >= 0 ? std::max(0.0, *y0 - py) : *y0 - py, *y1 + py);
        }
        c->setTitle(m_layer && !m_data.ids.isEmpty() ? tr("%1: %2 and %3").arg(m_layer->name(), m_request.xField, m_request.yField) : QString());
        break;
    }
    case ChartType::RankedBars: {
        m_stack->setCurrentWidget(m_scroll);
        auto *series = new QHorizontalBarSeries;
        m_barSet = new QBarSet(m_request.xField);
        m_barSet->setColor(QColor(31, 120, 180));
        m_barSet->setBorderColor(QColor(20, 70, 110));
        m_barSet->setSelectedColor(kSelectionColor);
        QStringList categories;
        // Horizontal bars draw category 0 at the bottom: the first rank goes last.
        for (qsizetype i = m_data.ids.size() - 1; i >= 0; --i) {
            m_barSet->append(m_data.x[i]);
            QString label = m_data.labels.value(i);
            // Qt Charts gives an axis at most 40% of the chart: keep names short
            // rather than let the axis elide them all to "...".
            if (label.size() > 16)
                label = label.left(15).trimmed() + u'…';
            // Category labels must be unique: repeat names get their FID.
            if (categories.contains(label))
                label += u" (%1)"_s.arg(m_data.ids[i]);
            categories.append(label);
        }
        series->append(m_barSet);
        // Qt Charts elides a category label taller than its row to "...": give each
        // bar room for its name (the scroll area takes the excess).
        m_canvas->setMinimumHeight(100 + int(m_data.ids.size()) * (fontMetrics().height() + 10));
        series->setBarWidth(0.75);
        c->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        styleAxis(axisY, {});
        axisY->setGridLineVisible(false);
        auto *axisX = new QValueAxis;
        styleAxis(axisX, m_request.xField);
        c->addAxis(axisY, Qt::AlignLeft);
        c->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisY);
        series->attachAxis(axisX);
        if (!m_data.ids.isEmpty()) {
            const auto [lo, hi] = std::minmax_element(m_data.x.cbegin(), m_data.x.cend());
            setNiceRange(axisX, std::min(0.0, *lo), std::max(0.0, *hi));
        }
        connect(m_barSet, &QBarSet::clicked, this, [this](int index) {
            selectRank(int(m_data.ids.size()) - 1 - index, modeFor(QGuiApplication::keyboardModifiers()));
        });
        const QString which = m_request.bottom ? tr("Bottom %1 by %2") : tr("Top %1 by %2");
        c->setTitle(m_data.ids.isEmpty() ? QString() : which.arg(m_data.ids.size()).arg(m_request.xField));
        break;
    }
    }
    updateHighlight();
}

void LayerChartWidget::updateHighlight()
{
    const QSet<qint64> selected = m_layer ? m_layer->selectedFeatureIds() : QSet<qint64>{};
    switch (m_request.type) {
    case ChartType::Histogram: {
        QList<double> values;
        if (!selected.isEmpty())
            for (qsizetype i = 0; i < m_data.ids.size(); ++i)
                if (selected.contains(m_data.ids[i]))
                    values.append(m_data.x[i]);
        m_histogram->setHighlightedValues(values);
        break;
    }
    case ChartType::Scatter: {
        if (!m_points)
            break;
        QList<QPointF> plain, chosen;
        plain.reserve(m_data.ids.size());
        for (qsizetype i = 0; i < m_data.ids.size(); ++i)
            (selected.contains(m_data.ids[i]) ? chosen : plain).append(QPointF(m_data.x[i], m_data.y[i]));
        m_points->replace(plain);
        m_selectedPoints->replace(chosen);
        break;
    }
    case ChartType::RankedBars: {
        if (!m_barSet)
            break;
        QList<int> indexes;
        const int n = int(m_data.ids.size());
        for (int rank = 0; rank < n; ++rank)
            if (selected.contains(m_data.ids[rank]))
                indexes.append(n - 1 - rank);
        m_barSet->deselectAllBars();
        m_barSet->selectBars(indexes);
        break;
    }
    }
    updateStatus();
}

int LayerChartWidget::highlightedCount() const
{
    switch (m_request.type) {
    case ChartType::Histogram: {
        int n = 0;
        for (int c : m_histogram->highlightedBinCounts())
            n += c;
        return n;
    }
    case ChartType::Scatter:
        return m_selectedPoints ? m_selectedPoints->count() : 0;
    case ChartType::RankedBars: {
        int n = 0;
        for (int i = 0; m_barSet && i < m_barSet->count(); ++i)
            n += m_barSet->isBarSelected(i) ? 1 : 0;
        return n;
    }
    }
    return 0;
}

QList<qint64> LayerChartWidget::rankedFeatureIds() const
{
    return m_request.type == ChartType::RankedBars ? m_data.ids : QList<qint64>{};
}

void LayerChartWidget::selectInValueRect(const QRectF &rect, VectorLayer::SelectionMode mode)
{
    if (!m_layer || m_request.type != ChartType::Scatter)
        return;
    QSet<qint64> ids;
    const QRectF r = rect.normalized();
    for (qsizetype i = 0; i < m_data.ids.size(); ++i) {
        const double x = m_data.x[i], y = m_data.y[i];
        if (x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom())
            ids.insert(m_data.ids[i]);
    }
    m_layer->selectFeatures(ids, mode);
}

void LayerChartWidget::selectRank(int rank, VectorLayer::SelectionMode mode)
{
    if (!m_layer || rank < 0 || rank >= m_data.ids.size())
        return;
    m_layer->selectFeatures({m_data.ids[rank]}, mode);
}

QString LayerChartWidget::statusText() const
{
    return m_status->text();
}

void LayerChartWidget::updateStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        return;
    }
    if (!m_layer) {
        m_status->setText(tr("Choose a vector layer and a numeric field."));
        return;
    }
    if (m_request.xField.isEmpty()) {
        m_status->setText(tr("“%1” has no numeric field to chart.").arg(m_layer->name()));
        return;
    }
    QStringList parts;
    parts << tr("%n feature(s) drawn", nullptr, int(m_data.ids.size()));
    if (m_data.missing > 0)
        parts << tr("%n feature(s) without a value", nullptr, int(m_data.missing));
    const int selected = int(m_layer->selectedFeatureCount());
    if (selected > 0)
        parts << tr("%n selected", nullptr, selected);
    m_status->setText(parts.join(u" · "_s));
}

Result<void> exportChartWidget(QWidget *widget, const QString &title, const QString &path, double pixelRatio,
                               const QSize &fallbackSize)
{
    auto cannotWrite = [&] {
        return fail(QCoreApplication::translate("ChartExport", "Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                    path);
    };
    const QSize size = widget->size().isEmpty() ? fallbackSize : widget->size();
    if (widget->size().isEmpty())
        widget->resize(size);
    if (QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(QCoreApplication::translate("ChartExport", "Chart exported by Territoria"));
        QPainter p;
        if (!p.begin(&svg))
            return cannotWrite();
        widget->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.end();
        if (!QFileInfo(path).size())
            return cannotWrite();
        return {};
    }
    QPixmap pixmap(size * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(widget->palette().color(QPalette::Base));
    widget->render(&pixmap, QPoint(), QRegion(), QWidget::DrawChildren);
    if (!pixmap.save(path))
        return cannotWrite();
    return {};
}

Result<void> LayerChartWidget::exportTo(const QString &path, double pixelRatio) const
{
    return exportChartWidget(chartWidget(), chart()->title(), path, pixelRatio, QSize(640, 420));
}

} // namespace territoria
