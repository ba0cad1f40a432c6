#pragma once

#include "data/vectorlayer.h"
#include "error.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QScatterSeries;
class QScrollArea;
class QStackedWidget;

namespace territoria {

class Feedback;
class HistogramWidget;
class ChartCanvas;

enum class ChartType { Histogram, Scatter, RankedBars };

// What a linked chart shows.
struct ChartRequest {
    ChartType type = ChartType::Histogram;
    QString xField;     // the value (histogram, ranked bars) or the x of a scatter
    QString yField;     // scatter only
    QString labelField; // ranked bars: the name on the axis (empty: the FID)
    int topCount = 10;  // ranked bars: how many
    bool bottom = false; // ranked bars: the smallest values instead of the largest
    bool operator==(const ChartRequest &) const = default;
};

// The values a chart draws, one entry per feature that has them (ranked bars:
// only the top/bottom N, in rank order).
struct ChartData {
    QList<qint64> ids;
    QList<double> x;
    QList<double> y;       // scatter
    QStringList labels;    // ranked bars
    qint64 missing = 0;    // features without a (finite) value, not drawn
    qint64 total = 0;      // features read
};

// Reads what `request` needs from `provider` (no geometry, only the needed
// attributes). Thread-safe: runs on workers. NULL, non-numeric and NaN values are
// counted in `missing`.
Result<ChartData> readChartData(const VectorDataProvider &provider, const ChartRequest &request,
                                Feedback *feedback = nullptr);

// A chart of one vector layer linked to its selection: a histogram (a bar selects
// the features of that bin; drag across bars for a range), a scatter of two
// fields (click a point or drag a rectangle) or the top/bottom N features by a
// field (click a bar). Shift adds to the selection, Ctrl removes from it. The
// layer's selection, from the map or the table, is highlighted in the chart.
// Layers above syncLimit() features are read on a worker thread; a new request
// or layer cancels the running read.
class LayerChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LayerChartWidget(QWidget *parent = nullptr);
    ~LayerChartWidget() override;

    VectorLayer *layer() const { return m_layer; }
    void setLayer(VectorLayer *layer);
    ChartRequest request() const { return m_request; }
    void setRequest(const ChartRequest &request);

    qint64 syncLimit() const { return m_syncLimit; }
    void setSyncLimit(qint64 features) { m_syncLimit = features; }
    bool isReading() const;

    const ChartData &data() const { return m_data; }
    // How many features the chart draws as selected.
    int highlightedCount() const;
    // Ranked bars: the FIDs from first to last rank.
    QList<qint64> rankedFeatureIds() const;
    // Scatter: selects the features whose point lies inside `rect` (value space).
    void selectInValueRect(const QRectF &rect, VectorLayer::SelectionMode mode = VectorLayer::SelectionMode::Replace);
    // Ranked bars: selects the feature of bar `rank` (0 = first).
    void selectRank(int rank, VectorLayer::SelectionMode mode = VectorLayer::SelectionMode::Replace);

    HistogramWidget *histogram() const { return m_histogram; }
    QChartView *chartView() const;
    QChart *chart() const;
    // The widget currently drawing the chart (for grabbing).
    QWidget *chartWidget() const;
    QString statusText() const;

    // PNG at `pixelRatio` times the on-screen size, or SVG (by the suffix).
    Result<void> exportTo(const QString &path, double pixelRatio = 2.0) const;

    static VectorLayer::SelectionMode modeFor(Qt::KeyboardModifiers modifiers);

Q_SIGNALS:
    void dataLoaded();

private:
    void reload();
    void setData(ChartData data);
    void rebuildChart();
    void updateHighlight();
    void updateStatus();
    void cancelRead();

    QPointer<VectorLayer> m_layer;
    QMetaObject::Connection m_selectionConnection;
    QMetaObject::Connection m_destroyedConnection;
    ChartRequest m_request;
    ChartData m_data;
    qint64 m_syncLimit = 20000;
    QString m_error;
    int m_generation = 0;
    QFutureWatcher<Result<ChartData>> *m_watcher = nullptr;
    std::shared_ptr<Feedback> m_feedback;

    QStackedWidget *m_stack = nullptr;
    HistogramWidget *m_histogram = nullptr;
    ChartCanvas *m_canvas = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_status = nullptr;
    QScatterSeries *m_points = nullptr;
    QScatterSeries *m_selectedPoints = nullptr;
    QBarSet *m_barSet = nullptr;
};

// Writes a chart widget to `path`: SVG (vector, by extension) or a raster image
// at `pixelRatio` times the widget's size (`fallbackSize` when it has none yet).
Result<void> exportChartWidget(QWidget *widget, const QString &title, const QString &path, double pixelRatio,
                               const QSize &fallbackSize);

} // namespace territoria
