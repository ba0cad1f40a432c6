#pragma once

#include "error.h"
#include "layout/layoutrenderer.h"
#include "layout/printlayout.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QStringList>
#include <QVariant>

class QPainter;

namespace territoria {

// A chart's numbers (ChartRenderer::compute), in the order they are drawn.
struct TERRITORIA_CORE_EXPORT LayoutChartData {
    struct Bar {
        QString label;
        double value = 0;
        qint64 fid = -1;
        int rank = 0;            // 1 = first in the chart's order
        bool outsideTop = false; // the atlas feature, ranked below the top N, added at the end
    };
    struct Point {
        double x = 0;
        double y = 0;
        qint64 fid = -1;
    };

    // RankRange: one row per feature, best mean rank first.
    struct Range {
        QString label;
        double mean = 0;         // the dot
        double low = 0;          // the bar's start (the best rank)
        double high = 0;         // the bar's end (the worst rank)
        qint64 fid = -1;
        int rank = 0;            // 1 = first in the chart's order
        bool outsideTop = false; // the atlas feature, ranked below the top N, added at the end
    };

    ChartItem::ChartType type = ChartItem::ChartType::Bars;
    // Histogram: equal-width bins, binEdges.size() == binCounts.size() + 1. A
    // value v falls in [edge i, edge i+1); the last bin also holds the maximum.
    QList<double> binEdges;
    QList<int> binCounts;
    QList<Bar> bars;          // top first
    QList<Point> points;
    QList<Range> ranges;      // RankRange, best mean rank first
    QList<int> highlighted;   // the atlas feature's bins / bars / points / ranges (indexes)
    int missingCount = 0;     // features skipped: NULL or not a finite number
    int valueCount = 0;       // features counted
};

// An axis from `min` to `max` with ticks every `step` (1, 2, 2.5 or 5 x 10^n).
struct TERRITORIA_CORE_EXPORT LayoutChartAxis {
    double min = 0;
    double max = 1;
    double step = 1;
    int decimals = 0;         // of the tick labels (0.25 -> 2)

    // The nice axis over [lower, upper]: about five steps, ends on multiples of
    // the step; `integerSteps` (counts) keeps the step a whole number.
    static LayoutChartAxis nice(double lower, double upper, bool integerSteps = false);
    QList<double> ticks() const;
    double fraction(double value) const { return max > min ? (value - min) / (max - min) : 0.0; }
};

// Where a chart's parts go, in page millimetres.
struct TERRITORIA_CORE_EXPORT LayoutChartGeometry {
    QRectF title;             // empty when there is no title
    QRectF plot;              // the data area; the axes are its left and bottom edges
    QRectF note;              // "3 without a value"; empty when nothing is missing
    LayoutChartAxis x;        // Histogram and Scatter: the values; Bars: the bar lengths; RankRange: ranks
    LayoutChartAxis y;        // Histogram: counts; Scatter: y; Bars, RankRange: unused
    double barPitch = 0;      // Bars, RankRange: from one row's top to the next one's

    QPointF pointPosition(double xValue, double yValue) const;
    QRectF binRect(const LayoutChartData &data, int index) const;
    QRectF barRect(const LayoutChartData &data, int index) const;
    // RankRange: row `index`'s bar from its low to its high rank (zero width
    // when they are equal) and the centre of its mean-rank dot.
    QRectF rangeRect(const LayoutChartData &data, int index) const;
    QPointF rangeMeanPosition(const LayoutChartData &data, int index) const;
};

// Charts in print layouts: a histogram, ranked bars, a scatter plot or the rank
// ranges of a sensitivity analysis of one vector layer's attributes, drawn with QPainter in page millimetres so that
// they stay vectors, with selectable text, in PDF and SVG. Numbers are formatted
// like the legend (Legend::formatNumber: "1.234,5" in Spanish); ticks are
// 1/2/2.5/5 x 10^n. Histograms without a bin count use Sturges' rule,
// ceil(log2 n) + 1 bins: stable for the few dozen districts of a province,
// where Freedman–Diaconis' width (from the interquartile range) jumps around.
class TERRITORIA_CORE_EXPORT ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ChartRenderer)
public:
    struct Sample {
        qint64 fid = -1;
        QVariant value;       // the value field (Scatter: x)
        QVariant second;      // Bars, RankRange: the label; Scatter: y
        QVariant low;         // RankRange: the best rank (value: the mean rank)
        QVariant high;        // RankRange: the worst rank
    };

    // ceil(log2 count) + 1 (1 for a single value, 0 for none).
    static int sturgesBins(qsizetype count);
    // The numbers of `chart` from `samples` (source order); `highlight`: the atlas
    // feature's fids.
    static LayoutChartData compute(const ChartItem &chart, const QList<Sample> &samples, const QSet<qint64> &highlight = {});
    // Reads the chart's layer from context.project (on an atlas page, only the
    // features intersecting the atlas feature when the chart asks so) and
    // computes. Fails, naming the item, when the layer is missing or not vector,
    // or a field is missing or not numeric. Non-fatal problems (a link field
    // that does not exist) go to `warnings`.
    static Result<LayoutChartData> data(const ChartItem &chart, const LayoutRenderContext &context,
                                  QStringList *warnings = nullptr);

    // Where the parts go in chart.rectMm, with `painter`'s font metrics (none:
    // the screen's).
    static LayoutChartGeometry geometry(const ChartItem &chart, const LayoutChartData &data, const QString &title,
                                  const QLocale &locale, QPainter *painter = nullptr);
    // Draws the chart in chart.rectMm (the painter maps page millimetres).
    static void draw(const ChartItem &chart, const LayoutChartData &data, const QString &title, const QLocale &locale,
                     QPainter *painter);
    // The item on a layout page: data(), then draw(); a grey placeholder and a
    // warning when there is nothing to draw.
    static void render(const PrintLayout &layout, const ChartItem &chart, QPainter *painter,
                       const LayoutRenderContext &context, LayoutRenderResult &result);
};

} // namespace territoria
