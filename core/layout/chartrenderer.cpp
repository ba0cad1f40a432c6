#include "layout/chartrenderer.h"

#include "data/vectorlayer.h"
#include "layout/layoutinternal.h"
#include "layout/layoutrenderhelpers.h"
#include "project/project.h"
#include "style/legend.h"
#include "task/feedback.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

using namespace layoutdetail;

constexpr double kPad = 1.5;   // inside the item's rectangle
constexpr double kTick = 0.8;  // tick mark length
constexpr double kGap = 0.8;   // between text and what it labels
const QColor kTextColor(50, 50, 50);
const QColor kAxisColor(90, 90, 90);
const QColor kGridColor(220, 220, 220);

int decimalsFor(double step)
{
    for (int d = 0; d <= 8; ++d) {
        const double s = step * std::pow(10.0, d);
        if (std::abs(s - std::round(s)) < 1e-6 * std::max(1.0, std::abs(s)))
            return d;
    }
    return 8;
}

QString formatValue(double value, int decimals, const QLocale &locale)
{
    if (std::abs(value) < 1e-12)
        value = 0; // no "-0"
    return Legend::formatNumber(value, locale, decimals);
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Integer64 || type == FieldType::Real;
}

std::optional<double> number(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

QString barLabel(const LayoutChartData::Bar &bar, const QLocale &locale)
{
    return bar.outsideTop ? u"%1. %2"_s.arg(locale.toString(bar.rank), bar.label) : bar.label;
}

// Bar values: whole numbers as such, else three significant digits of the
// largest (0,765; 12,3; 33.022), at most four decimals.
int barDecimals(const LayoutChartData &data)
{
    double largest = 0;
    bool whole = true;
    for (const LayoutChartData::Bar &b : data.bars) {
        largest = std::max(largest, std::abs(b.value));
        whole = whole && std::abs(b.value - std::round(b.value)) < 1e-9;
    }
    if (whole || !(largest > 0))
        return 0;
    return std::clamp(2 - int(std::floor(std::log10(largest))), 0, 4);
}

bool hasOutsideBar(const LayoutChartData &data)
{
    return !data.bars.isEmpty() && data.bars.constLast().outsideTop;
}

bool hasOutsideRange(const LayoutChartData &data)
{
    return !data.ranges.isEmpty() && data.ranges.constLast().outsideTop;
}

// "3–6" (a single rank when both ends agree); whole ranks without decimals.
QString rangeText(const LayoutChartData::Range &range, const QLocale &locale)
{
    auto format = [&](double v) {
        return formatValue(v, std::abs(v - std::round(v)) < 1e-9 ? 0 : 1, locale);
    };
    const QString low = format(range.low), high = format(range.high);
    return low == high ? low : u"%1\u2013%2"_s.arg(low, high);
}

QString rangeLabel(const LayoutChartData::Range &range, const QLocale &locale)
{
    return range.outsideTop ? u"%1. %2"_s.arg(locale.toString(range.rank), range.label) : range.label;
}

// The fields a RankRange chart reads (defaults: prioritization:sensitivity's).
QString rangeMeanField(const ChartItem &chart)
{
    return chart.valueField.isEmpty() ? u"mc_mean_rank"_s : chart.valueField;
}
QString rangeMinField(const ChartItem &chart)
{
    return chart.minField.isEmpty() ? u"mc_min_rank"_s : chart.minField;
}
QString rangeMaxField(const ChartItem &chart)
{
    return chart.maxField.isEmpty() ? u"mc_max_rank"_s : chart.maxField;
}

QString yTitle(const ChartItem &chart)
{
    return chart.chartType == ChartItem::ChartType::Histogram ? ChartRenderer::tr("Features") : chart.yField;
}

} // namespace

// ---- LayoutChartAxis -------------------------------------------------------------------

LayoutChartAxis LayoutChartAxis::nice(double lower, double upper, bool integerSteps)
{
    if (!std::isfinite(lower) || !std::isfinite(upper)) {
        lower = 0;
        upper = 1;
    }
    if (upper < lower)
        std::swap(lower, upper);
    if (upper - lower <= 1e-12 * std::max(1.0, std::abs(upper))) {
        const double d = lower == 0 ? 1.0 : std::abs(lower) * 0.1;
        lower -= lower == 0 ? 0.0 : d; // a zero stays the axis start (counts, bars)
        upper += d;
    }
    LayoutChartAxis axis;
    axis.step = autoGridInterval(upper - lower);
    if (integerSteps) {
        if (axis.step < 1)
            axis.step = 1;
        else if (std::abs(axis.step - std::round(axis.step)) > 1e-9)
            axis.step = std::floor(axis.step); // 2.5 -> 2
    }
    if (!(axis.step > 0))
        axis.step = 1;
    axis.min = std::floor(lower / axis.step + 1e-9) * axis.step;
    axis.max = std::ceil(upper / axis.step - 1e-9) * axis.step;
    if (axis.max <= axis.min)
        axis.max = axis.min + axis.step;
    axis.decimals = decimalsFor(axis.step);
    return axis;
}

QList<double> LayoutChartAxis::ticks() const
{
    QList<double> out;
    if (!(step > 0) || !(max > min))
        return out;
    const int n = int(std::round((max - min) / step));
    for (int i = 0; i <= n && i <= 1000; ++i)
        out.append(min + i * step);
    return out;
}

// ---- LayoutChartGeometry ------------------------------------------------------------

QPointF LayoutChartGeometry::pointPosition(double xValue, double yValue) const
{
    return {plot.left() + x.fraction(xValue) * plot.width(), plot.bottom() - y.fraction(yValue) * plot.height()};
}

QRectF LayoutChartGeometry::binRect(const LayoutChartData &data, int index) const
{
    if (index < 0 || index >= data.binCounts.size())
        return {};
    const QPointF a = pointPosition(data.binEdges[index], data.binCounts[index]);
    const QPointF b = pointPosition(data.binEdges[index + 1], 0);
    return QRectF(a, b).normalized();
}

QRectF LayoutChartGeometry::barRect(const LayoutChartData &data, int index) const
{
    if (index < 0 || index >= data.bars.size())
        return {};
    const LayoutChartData::Bar &bar = data.bars[index];
    const double slot = index + (bar.outsideTop ? 0.5 : 0.0);
    const double top = plot.top() + slot * barPitch + barPitch * 0.15;
    const double x0 = plot.left() + x.fraction(0) * plot.width();
    const double x1 = plot.left() + x.fraction(bar.value) * plot.width();
    return QRectF(QPointF(std::min(x0, x1), top), QPointF(std::max(x0, x1), top + barPitch * 0.7));
}

QRectF LayoutChartGeometry::rangeRect(const LayoutChartData &data, int index) const
{
    if (index < 0 || index >= data.ranges.size())
        return {};
    const LayoutChartData::Range &range = data.ranges[index];
    const double slot = index + (range.outsideTop ? 0.5 : 0.0);
    const double top = plot.top() + slot * barPitch + barPitch * 0.3;
    const double x0 = plot.left() + x.fraction(range.low) * plot.width();
    const double x1 = plot.left() + x.fraction(range.high) * plot.width();
    return QRectF(QPointF(std::min(x0, x1), top), QPointF(std::max(x0, x1), top + barPitch * 0.4));
}

QPointF LayoutChartGeometry::rangeMeanPosition(const LayoutChartData &data, int index) const
{
    if (index < 0 || index >= data.ranges.size())
        return {};
    const LayoutChartData::Range &range = data.ranges[index];
    const double slot = index + (range.outsideTop ? 0.5 : 0.0);
    return {plot.left() + x.fraction(range.mean) * plot.width(), plot.top() + (slot + 0.5) * barPitch};
}

// ---- ChartRenderer: numbers ------------------------------------------------------

int ChartRenderer::sturgesBins(qsizetype count)
{
    if (count <= 0)
        return 0;
    return int(std::ceil(std::log2(double(count)) - 1e-12)) + 1;
}

LayoutChartData ChartRenderer::compute(const ChartItem &chart, const QList<Sample> &samples, const QSet<qint64> &highlight)
{
    LayoutChartData d;
    d.type = chart.chartType;
    switch (chart.chartType) {
    case ChartItem::ChartType::Histogram: {
        QList<std::pair<double, qint64>> values;
        for (const Sample &s : samples) {
            if (const auto v = number(s.value))
                values.append({*v, s.fid});
            else
                ++d.missingCount;
        }
        d.valueCount = int(values.size());
        if (values.isEmpty())
            break;
        double lo = values.first().first, hi = lo;
        for (const auto &[v, fid] : std::as_const(values)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        int bins = std::clamp(chart.bins > 0 ? chart.bins : sturgesBins(values.size()), 1, 200);
        if (hi <= lo) { // one value: one bin around it
            bins = 1;
            lo -= 0.5;
            hi += 0.5;
        }
        const double width = (hi - lo) / bins;
        for (int i = 0; i < bins; ++i)
            d.binEdges.append(lo + i * width);
        d.binEdges.append(hi);
        d.binCounts.fill(0, bins);
        for (const auto &[v, fid] : std::as_const(values)) {
            int i = std::clamp(int(std::floor((v - lo) / width)), 0, bins - 1);
            if (i < bins - 1 && v >= d.binEdges[i + 1])
                ++i;
            if (i > 0 && v < d.binEdges[i])
                --i;
            ++d.binCounts[i];
            if (highlight.contains(fid) && !d.highlighted.contains(i))
                d.highlighted.append(i);
        }
        std::sort(d.highlighted.begin(), d.highlighted.end());
        break;
    }
    case ChartItem::ChartType::Bars: {
        QList<LayoutChartData::Bar> all;
        for (const Sample &s : samples) {
            const auto v = number(s.value);
            if (!v) {
                ++d.missingCount;
                continue;
            }
            LayoutChartData::Bar bar;
            bar.value = *v;
            bar.fid = s.fid;
            bar.label = chart.labelField.isEmpty() ? QString::number(s.fid)
                        : s.second.isNull() || !s.second.isValid() ? tr("(no value)")
                                                                    : s.second.toString();
            all.append(bar);
        }
        d.valueCount = int(all.size());
        std::stable_sort(all.begin(), all.end(), [&](const LayoutChartData::Bar &a, const LayoutChartData::Bar &b) {
            return chart.descending ? a.value > b.value : a.value < b.value;
        });
        for (qsizetype i = 0; i < all.size(); ++i)
            all[i].rank = int(i + 1);
        const qsizetype top = std::min<qsizetype>(std::max(1, chart.topN), all.size());
        for (qsizetype i = 0; i < top; ++i) {
            d.bars.append(all[i]);
            if (highlight.contains(all[i].fid))
                d.highlighted.append(int(i));
        }
        if (d.highlighted.isEmpty() && !highlight.isEmpty()) {
            for (qsizetype i = top; i < all.size(); ++i) {
                if (highlight.contains(all[i].fid)) {
                    LayoutChartData::Bar bar = all[i];
                    bar.outsideTop = true;
                    d.highlighted.append(int(d.bars.size()));
                    d.bars.append(bar);
                    break;
                }
            }
        }
        break;
    }
    case ChartItem::ChartType::RankRange: {
        QList<LayoutChartData::Range> all;
        for (const Sample &s : samples) {
            const auto mean = number(s.value);
            const auto low = number(s.low);
            const auto high = number(s.high);
            if (!mean || !low || !high) {
                ++d.missingCount;
                continue;
            }
            LayoutChartData::Range range;
            range.mean = *mean;
            range.low = std::min(*low, *high);
            range.high = std::max(*low, *high);
            range.fid = s.fid;
            range.label = chart.labelField.isEmpty() ? QString::number(s.fid)
                          : s.second.isNull() || !s.second.isValid() ? tr("(no value)")
                                                                      : s.second.toString();
            all.append(range);
        }
        d.valueCount = int(all.size());
        // Best (lowest) mean rank first; ties by the best rank reached.
        std::stable_sort(all.begin(), all.end(), [](const LayoutChartData::Range &a, const LayoutChartData::Range &b) {
            return a.mean != b.mean ? a.mean < b.mean : a.low < b.low;
        });
        for (qsizetype i = 0; i < all.size(); ++i)
            all[i].rank = int(i + 1);
        const qsizetype top = std::min<qsizetype>(std::max(1, chart.topN), all.size());
        for (qsizetype i = 0; i < top; ++i) {
            d.ranges.append(all[i]);
            if (highlight.contains(all[i].fid))
                d.highlighted.append(int(i));
        }
        if (d.highlighted.isEmpty() && !highlight.isEmpty()) {
            for (qsizetype i = top; i < all.size(); ++i) {
                if (highlight.contains(all[i].fid)) {
                    LayoutChartData::Range range = all[i];
                    range.outsideTop = true;
                    d.highlighted.append(int(d.ranges.size()));
                    d.ranges.append(range);
                    break;
                }
            }
        }
        break;
    }
    case ChartItem::ChartType::Scatter:
        for (const Sample &s : samples) {
            const auto x = number(s.value);
            const auto y = number(s.second);
            if (!x || !y) {
                ++d.missingCount;
                continue;
            }
            if (highlight.contains(s.fid))
                d.highlighted.append(int(d.points.size()));
            d.points.append({*x, *y, s.fid});
        }
        d.valueCount = int(d.points.size());
        break;
    }
    return d;
}

Result<LayoutChartData> ChartRenderer::data(const ChartItem &chart, const LayoutRenderContext &context, QStringList *warnings)
{
    const QString who = itemLabel(chart);
    if (chart.layerId.isEmpty())
        return fail(tr("%1: no layer chosen").arg(who));
    const Layer *anyLayer = context.project ? context.project->layer(chart.layerId) : nullptr;
    const auto *layer = qobject_cast<const VectorLayer *>(anyLayer);
    if (!layer)
        return fail((anyLayer ? tr("%1: the layer «%2» has no attributes to chart")
                              : tr("%1: the layer «%2» is missing from the project"))
                        .arg(who, layerNameOrId(chart.layerId, context)));
    const auto provider = layer->dataProvider();
    if (!provider)
        return fail(tr("%1: the layer «%2» cannot be read").arg(who, layer->name()));
    const Fields fields = provider->fields();
    auto fieldIndex = [&](const QString &name, bool numeric) -> Result<int> {
        if (name.isEmpty())
            return fail(tr("%1: choose the field to chart").arg(who));
        const int i = fields.indexOf(name);
        if (i < 0)
            return fail(tr("%1: the layer «%2» has no field «%3»").arg(who, layer->name(), name));
        if (numeric && !isNumeric(fields.at(i).type))
            return fail(tr("%1: the field «%2» of «%3» is not numeric").arg(who, fields.at(i).name, layer->name()));
        return i;
    };
    const bool isRange = chart.chartType == ChartItem::ChartType::RankRange;
    const auto valueIndex = fieldIndex(isRange ? rangeMeanField(chart) : chart.valueField, true);
    if (!valueIndex)
        return std::unexpected(valueIndex.error());
    int lowIndex = -1, highIndex = -1;
    if (isRange) {
        const auto low = fieldIndex(rangeMinField(chart), true);
        if (!low)
            return std::unexpected(low.error());
        const auto high = fieldIndex(rangeMaxField(chart), true);
        if (!high)
            return std::unexpected(high.error());
        lowIndex = *low;
        highIndex = *high;
    }
    int secondIndex = -1;
    if (chart.chartType == ChartItem::ChartType::Scatter) {
        const auto y = fieldIndex(chart.yField, true);
        if (!y)
            return std::unexpected(y.error());
        secondIndex = *y;
    } else if ((chart.chartType == ChartItem::ChartType::Bars || isRange) && !chart.labelField.isEmpty()) {
        const auto label = fieldIndex(chart.labelField, false);
        if (!label)
            return std::unexpected(label.error());
        secondIndex = *label;
    }

    // The atlas feature: which of the chart's features stand for it.
    const AtlasFeature *atlas = context.atlasFeature ? &*context.atlasFeature : nullptr;
    const bool isCoverage = atlas && atlas->layerId == layer->id();
    QSet<qint64> highlight;
    int linkIndex = -1;
    QString linkValue;
    if (atlas && chart.highlightAtlasFeature) {
        if (!chart.atlasLinkField.isEmpty()) {
            const QString coverageField = chart.atlasCoverageField.isEmpty() ? chart.atlasLinkField
                                                                             : chart.atlasCoverageField;
            linkIndex = fields.indexOf(chart.atlasLinkField);
            const int coverageIndex = atlas->fields.indexOf(coverageField);
            if (linkIndex < 0 && warnings)
                warnings->append(tr("%1: the layer «%2» has no field «%3»").arg(who, layer->name(), chart.atlasLinkField));
            if (coverageIndex < 0 && warnings)
                warnings->append(tr("%1: the atlas layer has no field «%2»").arg(who, coverageField));
            const QVariant v = coverageIndex >= 0 ? atlas->attributes.value(coverageIndex) : QVariant();
            if (linkIndex < 0 || coverageIndex < 0 || !v.isValid() || v.isNull())
                linkIndex = -1;
            else
                linkValue = v.toString();
        } else if (isCoverage) {
            highlight.insert(atlas->fid);
        }
    }

    QList<Sample> samples;
    auto add = [&](const Feature &f) {
        Sample s;
        s.fid = f.id;
        s.value = f.attributes.value(*valueIndex);
        if (secondIndex >= 0)
            s.second = f.attributes.value(secondIndex);
        if (lowIndex >= 0) {
            s.low = f.attributes.value(lowIndex);
            s.high = f.attributes.value(highIndex);
        }
        if (linkIndex >= 0) {
            const QVariant v = f.attributes.value(linkIndex);
            if (v.isValid() && !v.isNull() && v.toString() == linkValue)
                highlight.insert(f.id);
        }
        samples.append(std::move(s));
    };
    if (atlas && chart.filterToAtlasFeature && !isCoverage) {
        const QList<Feature> features = atlasFeatures(*layer, *provider, context, true);
        for (const Feature &f : features)
            add(f);
    } else {
        FeatureRequest request;
        request.noGeometry = true;
        request.attributes = {*valueIndex};
        if (secondIndex >= 0)
            request.attributes.append(secondIndex);
        if (lowIndex >= 0)
            request.attributes << lowIndex << highIndex;
        if (linkIndex >= 0)
            request.attributes.append(linkIndex);
        const auto read = provider->forEachFeature(request, [&](Feature &&f) {
            add(f);
            return true;
        }, context.feedback);
        if (!read)
            return fail(tr("%1: %2").arg(who, read.error().message));
    }
    return compute(chart, samples, highlight);
}

// ---- ChartRenderer: drawing -------------------------------------------------------

LayoutChartGeometry ChartRenderer::geometry(const ChartItem &chart, const LayoutChartData &data, const QString &title,
                                      const QLocale &locale, QPainter *painter)
{
    LayoutChartGeometry g;
    const QRectF r = chart.rectMm.adjusted(kPad, kPad, -kPad, -kPad);
    const TextStyle text(painter, QString(), chart.fontSizePt);
    const TextStyle titleStyle(painter, QString(), chart.fontSizePt * 1.3, true);
    const TextStyle noteStyle(painter, QString(), chart.fontSizePt * 0.85, false, true);
    double top = r.top(), bottom = r.bottom();
    if (!title.isEmpty()) {
        const double h = titleStyle.wrappedSize(title, r.width(), Qt::TextWordWrap).height();
        g.title = QRectF(r.left(), top, r.width(), h);
        top += h + kGap;
    }
    if (data.missingCount > 0) {
        const double h = noteStyle.height();
        g.note = QRectF(r.left(), bottom - h, r.width(), h);
        bottom -= h + kGap / 2;
    }
    const double th = text.height();
    auto widest = [&](const LayoutChartAxis &axis) {
        double w = 0;
        for (double t : axis.ticks())
            w = std::max(w, text.width(formatValue(t, axis.decimals, locale)));
        return w;
    };
    auto lastTickWidth = [&](const LayoutChartAxis &axis) {
        return text.width(formatValue(axis.max, axis.decimals, locale));
    };

    if (data.type == ChartItem::ChartType::Bars) {
        double lo = 0, hi = 0;
        for (const LayoutChartData::Bar &b : data.bars) {
            lo = std::min(lo, b.value);
            hi = std::max(hi, b.value);
        }
        g.x = LayoutChartAxis::nice(lo, hi);
        const int decimals = barDecimals(data);
        double labelWidth = 0, valueWidth = 0;
        for (const LayoutChartData::Bar &b : data.bars) {
            labelWidth = std::max(labelWidth, text.width(barLabel(b, locale)));
            valueWidth = std::max(valueWidth, text.width(formatValue(b.value, decimals, locale)));
        }
        labelWidth = std::min(labelWidth, r.width() * 0.4);
        const double left = r.left() + labelWidth + kGap;
        const double right = r.right() - std::max(valueWidth + kGap, lastTickWidth(g.x) / 2);
        const double plotBottom = bottom - th - kTick;
        g.plot = QRectF(left, top, std::max(1.0, right - left), std::max(1.0, plotBottom - top));
        const double rows = data.bars.size() + (hasOutsideBar(data) ? 0.5 : 0.0);
        g.barPitch = rows > 0 ? g.plot.height() / rows : 0;
        return g;
    }

    if (data.type == ChartItem::ChartType::RankRange) {
        // Ranks from 0 (unlabelled) to the worst rank shown, whole steps.
        double hi = 1;
        for (const LayoutChartData::Range &range : data.ranges)
            hi = std::max(hi, range.high);
        g.x = LayoutChartAxis::nice(0, hi, true);
        double labelWidth = 0, valueWidth = 0;
        for (const LayoutChartData::Range &range : data.ranges) {
            labelWidth = std::max(labelWidth, text.width(rangeLabel(range, locale)));
            valueWidth = std::max(valueWidth, text.width(rangeText(range, locale)));
        }
        labelWidth = std::min(labelWidth, r.width() * 0.4);
        const double left = r.left() + labelWidth + kGap;
        const double right = r.right() - std::max(valueWidth + kGap, lastTickWidth(g.x) / 2);
        const double plotBottom = bottom - th - kTick - th - kGap / 2; // tick labels, then the caption
        g.plot = QRectF(left, top, std::max(1.0, right - left), std::max(1.0, plotBottom - top));
        const double rows = data.ranges.size() + (hasOutsideRange(data) ? 0.5 : 0.0);
        g.barPitch = rows > 0 ? g.plot.height() / rows : 0;
        return g;
    }

    if (data.type == ChartItem::ChartType::Histogram) {
        int maxCount = 0;
        for (int c : data.binCounts)
            maxCount = std::max(maxCount, c);
        g.y = LayoutChartAxis::nice(0, std::max(1, maxCount), true);
        g.x = data.binEdges.isEmpty() ? LayoutChartAxis::nice(0, 1) : LayoutChartAxis::nice(data.binEdges.first(), data.binEdges.last());
    } else {
        double xlo = 0, xhi = 1, ylo = 0, yhi = 1;
        if (!data.points.isEmpty()) {
            xlo = xhi = data.points.first().x;
            ylo = yhi = data.points.first().y;
            for (const LayoutChartData::Point &p : data.points) {
                xlo = std::min(xlo, p.x);
                xhi = std::max(xhi, p.x);
                ylo = std::min(ylo, p.y);
                yhi = std::max(yhi, p.y);
            }
        }
        g.x = LayoutChartAxis::nice(xlo, xhi);
        g.y = LayoutChartAxis::nice(ylo, yhi);
    }
    top += th + kGap / 2 + th / 2; // the y axis title, above the top tick label
    const double plotBottom = bottom - th - kTick - (chart.valueField.isEmpty() ? 0.0 : th + kGap / 2);
    const double left = r.left() + widest(g.y) + kTick + kGap / 2;
    const double right = r.right() - lastTickWidth(g.x) / 2;
    g.plot = QRectF(left, top, std::max(1.0, right - left), std::max(1.0, plotBottom - top));
    return g;
}

void ChartRenderer::draw(const ChartItem &chart, const LayoutChartData &data, const QString &title, const QLocale &locale,
                         QPainter *painter)
{
    if (!painter)
        return;
    const QRectF rect = chart.rectMm;
    const LayoutChartGeometry g = geometry(chart, data, title, locale, painter);
    const TextStyle text(painter, QString(), chart.fontSizePt);
    const TextStyle bold(painter, QString(), chart.fontSizePt, true);
    const TextStyle titleStyle(painter, QString(), chart.fontSizePt * 1.3, true);
    const TextStyle noteStyle(painter, QString(), chart.fontSizePt * 0.85, false, true);
    const double th = text.height();
    const QRectF &plot = g.plot;

    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    if (!g.title.isEmpty())
        titleStyle.draw(g.title, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title, Qt::black);
    if (!g.note.isEmpty())
        noteStyle.draw(g.note, Qt::AlignRight | Qt::AlignVCenter, tr("%n without a value", nullptr, data.missingCount),
                       QColor(110, 110, 110));
    if (data.valueCount == 0) {
        text.draw(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No values to chart"), kTextColor);
        painter->restore();
        return;
    }

    const QPen gridPen(kGridColor, 0.1);
    const QPen axisPen(kAxisColor, 0.2);
    auto xAt = [&](double v) { return plot.left() + g.x.fraction(v) * plot.width(); };
    auto yAt = [&](double v) { return plot.bottom() - g.y.fraction(v) * plot.height(); };
    const QList<double> xTicks = g.x.ticks();

    // Vertical grid lines and the x tick labels (all three types).
    painter->setBrush(Qt::NoBrush);
    for (double t : xTicks) {
        const double x = xAt(t);
        painter->setPen(gridPen);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setPen(axisPen);
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + kTick));
        if (data.type == ChartItem::ChartType::RankRange && t < 1)
            continue; // there is no rank 0
        const QString label = formatValue(t, g.x.decimals, locale);
        const double w = text.width(label) + 1;
        text.draw(QRectF(x - w / 2, plot.bottom() + kTick, w, th), Qt::AlignHCenter | Qt::AlignTop, label, kTextColor);
    }

    if (data.type == ChartItem::ChartType::RankRange) {
        const double labelLeft = rect.left() + kPad;
        const double radius = std::max(0.3, std::min(g.barPitch * 0.3, chart.fontSizePt * 0.12));
        for (int i = 0; i < data.ranges.size(); ++i) {
            const LayoutChartData::Range &range = data.ranges[i];
            const bool hot = data.highlighted.contains(i);
            const QColor color = hot ? chart.highlightColor : chart.color;
            const QRectF r = g.rangeRect(data, i);
            const QPointF dot = g.rangeMeanPosition(data, i);
            painter->fillRect(r, color);
            painter->setPen(QPen(Qt::white, std::min(0.15, radius * 0.3)));
            painter->setBrush(color.darker(170));
            painter->drawEllipse(dot, radius, radius);
            const TextStyle &style = hot ? bold : text;
            const QRectF row(labelLeft, dot.y() - th / 2, plot.left() - kGap - labelLeft, th);
            style.draw(row, Qt::AlignRight | Qt::AlignVCenter, style.elided(rangeLabel(range, locale), row.width()),
                       kTextColor);
            const QString value = rangeText(range, locale);
            const double vx = std::max(r.right(), dot.x() + radius) + kGap / 2;
            style.draw(QRectF(vx, row.top(), style.width(value) + 1, th), Qt::AlignLeft | Qt::AlignVCenter, value,
                       kTextColor);
        }
        painter->setPen(axisPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawLine(plot.bottomLeft(), plot.bottomRight());
        painter->drawLine(plot.bottomLeft(), plot.topLeft());
        text.draw(QRectF(plot.left(), plot.bottom() + kTick + th + kGap / 2, plot.width(), th),
                  Qt::AlignHCenter | Qt::AlignVCenter,
                  text.elided(tr("Rank: bar from the best to the worst, dot at the mean"), plot.width()), kTextColor);
        painter->restore();
        return;
    }

    if (data.type == ChartItem::ChartType::Bars) {
        const int decimals = barDecimals(data);
        const double labelLeft = rect.left() + kPad;
        for (int i = 0; i < data.bars.size(); ++i) {
            const LayoutChartData::Bar &bar = data.bars[i];
            const bool hot = data.highlighted.contains(i);
            const QRectF r = g.barRect(data, i);
            painter->fillRect(r, hot ? chart.highlightColor : chart.color);
            const TextStyle &style = hot ? bold : text;
            const QRectF row(labelLeft, r.center().y() - th / 2, plot.left() - kGap - labelLeft, th);
            style.draw(row, Qt::AlignRight | Qt::AlignVCenter, style.elided(barLabel(bar, locale), row.width()),
                       kTextColor);
            const QString value = formatValue(bar.value, decimals, locale);
            const double vw = style.width(value) + 1;
            const QRectF valueRect = bar.value >= 0 ? QRectF(r.right() + kGap / 2, row.top(), vw, th)
                                                    : QRectF(r.left() - kGap / 2 - vw, row.top(), vw, th);
            style.draw(valueRect, (bar.value >= 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, value,
                       kTextColor);
        }
        painter->setPen(axisPen);
        painter->drawLine(plot.bottomLeft(), plot.bottomRight());
        const double zero = xAt(0);
        painter->drawLine(QPointF(zero, plot.top()), QPointF(zero, plot.bottom()));
        painter->restore();
        return;
    }

    // Histogram and scatter: horizontal grid lines, y ticks and the axis titles.
    for (double t : g.y.ticks()) {
        const double y = yAt(t);
        painter->setPen(gridPen);
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(axisPen);
        painter->drawLine(QPointF(plot.left() - kTick, y), QPointF(plot.left(), y));
        const double left = rect.left() + kPad;
        text.draw(QRectF(left, y - th / 2, plot.left() - kTick - kGap / 2 - left, th),
                  Qt::AlignRight | Qt::AlignVCenter, formatValue(t, g.y.decimals, locale), kTextColor);
    }
    text.draw(QRectF(rect.left() + kPad, plot.top() - th / 2 - kGap / 2 - th, rect.width() - 2 * kPad, th),
              Qt::AlignLeft | Qt::AlignVCenter, text.elided(yTitle(chart), rect.width() - 2 * kPad), kTextColor);
    text.draw(QRectF(plot.left(), plot.bottom() + kTick + th + kGap / 2, plot.width(), th),
              Qt::AlignHCenter | Qt::AlignVCenter, text.elided(chart.valueField, plot.width()), kTextColor);

    if (data.type == ChartItem::ChartType::Histogram) {
        painter->setPen(QPen(Qt::white, 0.15));
        for (int i = 0; i < data.binCounts.size(); ++i) {
            if (data.binCounts[i] == 0)
                continue;
            painter->setBrush(data.highlighted.contains(i) ? chart.highlightColor : chart.color);
            painter->drawRect(g.binRect(data, i));
        }
    } else {
        const double radius = std::max(0.4, chart.fontSizePt * 0.11);
        QColor fill = chart.color;
        painter->setPen(QPen(chart.color.darker(130), 0.1));
        painter->setBrush(fill);
        for (int i = 0; i < data.points.size(); ++i) {
            if (data.highlighted.contains(i))
                continue;
            painter->drawEllipse(g.pointPosition(data.points[i].x, data.points[i].y), radius, radius);
        }
        painter->setPen(QPen(Qt::black, 0.2));
        painter->setBrush(chart.highlightColor);
        for (int i : data.highlighted)
            painter->drawEllipse(g.pointPosition(data.points[i].x, data.points[i].y), radius * 1.6, radius * 1.6);
    }
    painter->setPen(axisPen);
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.bottomLeft(), plot.topLeft());
    painter->restore();
}

void ChartRenderer::render(const PrintLayout &layout, const ChartItem &chart, QPainter *painter,
                           const LayoutRenderContext &context, LayoutRenderResult &result)
{
    const QRectF rect = chart.rectMm;
    if (!painter || rect.width() <= 0 || rect.height() <= 0)
        return;
    QStringList warnings;
    const auto d = data(chart, context, &warnings);
    result.warnings += warnings;
    if (!d) {
        if (!(context.feedback && context.feedback->isCanceled()))
            result.warnings.append(d.error().message);
        drawPlaceholder(painter, rect);
        return;
    }
    const QString title = expandLayoutText(chart.title, textContextFor(layout, context));
    draw(chart, *d, title, context.locale, painter);
}

} // namespace territoria
