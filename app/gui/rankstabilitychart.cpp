#include "rankstabilitychart.h"

#include "layercharts.h"

#include "data/vectorlayer.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

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

} // namespace

QString rankStabilityLabelField(const VectorDataProvider &provider)
{
    const Fields fields = provider.fields();
    const QStringList preferred{u"name"_s, u"nombre"_s, u"nome"_s, u"distrito"_s, u"district"_s, u"label"_s};
    for (const QString &p : preferred) {
        const int i = fields.indexOf(p);
        if (i >= 0 && fields.at(i).type == FieldType::String)
            return fields.at(i).name;
    }
    for (const Field &f : fields)
        if (f.type == FieldType::String)
            return f.name;
    return {};
}

Result<QList<RankStabilityEntry>> readRankStability(const VectorDataProvider &provider, QString labelField)
{
    const Fields fields = provider.fields();
    const int mean = fields.indexOf(u"mc_mean_rank"_s);
    const int lo = fields.indexOf(u"mc_min_rank"_s);
    const int hi = fields.indexOf(u"mc_max_rank"_s);
    const int top = fields.indexOf(u"mc_p_top_k"_s);
    if (mean < 0 || lo < 0 || hi < 0 || top < 0)
        return fail(QCoreApplication::translate("RankStabilityChart", "%1 has no Monte Carlo ranks (mc_mean_rank, mc_min_rank, mc_max_rank, mc_p_top_k): run "
                              "the sensitivity analysis with samples above 0.")
                        .arg(QDir::toNativeSeparators(provider.source())),
                    provider.source());
    if (labelField.isEmpty())
        labelField = rankStabilityLabelField(provider);
    const int label = labelField.isEmpty() ? -1 : fields.indexOf(labelField);
    FeatureRequest request;
    request.noGeometry = true;
    request.attributes = {mean, lo, hi, top};
    if (label >= 0)
        request.attributes << label;
    QList<RankStabilityEntry> entries;
    auto read = provider.forEachFeature(request, [&](Feature &&f) {
        RankStabilityEntry e;
        double m = 0, a = 0, b = 0, p = 0;
        if (!numberOf(f.attributes.value(mean), &m) || !numberOf(f.attributes.value(lo), &a)
            || !numberOf(f.attributes.value(hi), &b) || !numberOf(f.attributes.value(top), &p))
            return true; // not scored
        e.id = f.id;
        e.meanRank = m;
        e.minRank = int(std::lround(a));
        e.maxRank = int(std::lround(b));
        e.pTopK = p;
        e.label = label >= 0 ? f.attributes.value(label).toString().trimmed() : QString();
        if (e.label.isEmpty())
            e.label = QString::number(f.id);
        entries << e;
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    std::stable_sort(entries.begin(), entries.end(), [](const RankStabilityEntry &x, const RankStabilityEntry &y) {
        if (x.meanRank != y.meanRank)
            return x.meanRank < y.meanRank;
        return x.label.localeAwareCompare(y.label) < 0;
    });
    return entries;
}

RankStabilityChart::RankStabilityChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(new QChart, this);
    m_view->setObjectName(u"rankStabilityView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"rankStabilityStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    rebuild();
}

QChart *RankStabilityChart::chart() const
{
    return m_view->chart();
}

Result<void> RankStabilityChart::setLayer(const VectorLayer &layer, const QString &labelField)
{
    auto entries = readRankStability(*layer.dataProvider(), labelField);
    if (!entries) {
        setEntries({});
        m_status->setText(entries.error().message);
        return std::unexpected(entries.error());
    }
    setEntries(*entries);
    return {};
}

void RankStabilityChart::setEntries(const QList<RankStabilityEntry> &entries)
{
    m_entries = entries;
    rebuild();
}

void RankStabilityChart::setTopK(int k)
{
    m_topK = k;
    rebuild();
}

QStringList RankStabilityChart::categoryLabels() const
{
    const QLocale locale;
    const QString top = m_topK > 0 ? tr("P(top %1)").arg(m_topK) : tr("P(top K)");
    QStringList labels;
    for (const RankStabilityEntry &e : m_entries)
        labels << tr("%1 · %2 %3 %").arg(e.label, top, locale.toString(e.pTopK * 100.0, 'f', 0));
    return labels;
}

void RankStabilityChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(tr("Rank stability (Monte Carlo weights)"));
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignBottom);
    const qsizetype n = m_entries.size();
    m_status->setText(n ? tr("%n unit(s), from the best mean rank down. Bars: lowest to highest rank; points: mean rank.",
                             nullptr, int(n))
                        : tr("No units with Monte Carlo ranks."));
    if (n == 0)
        return;

    // Stacked bars: a transparent one up to the lowest rank, then the range. The
    // categories go bottom-up, so the best unit is added last (drawn on top).
    auto *offset = new QBarSet(QString());
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    auto *range = new QBarSet(tr("Range of ranks"));
    range->setColor(QColor(120, 160, 210));
    range->setBorderColor(QColor(70, 110, 170));
    auto *points = new QScatterSeries;
    points->setName(tr("Mean rank"));
    points->setMarkerSize(9);
    points->setColor(QColor(200, 40, 40));
    points->setBorderColor(QColor(120, 0, 0));
    const QStringList labels = categoryLabels();
    QStringList categories;
    int worst = 1;
    for (qsizetype k = n - 1; k >= 0; --k) {
        const RankStabilityEntry &e = m_entries.at(k);
        *offset << e.minRank - 0.5;
        *range << double(e.maxRank - e.minRank) + 1.0;
        categories << labels.at(k);
        points->append(e.meanRank, double(n - 1 - k));
        worst = std::max(worst, e.maxRank);
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(offset);
    bars->append(range);
    bars->setBarWidth(0.55);
    c->addSeries(bars);
    c->addSeries(points);
    c->legend()->markers(bars).first()->setVisible(false); // the transparent set

    auto *rankAxis = new QValueAxis;
    rankAxis->setTitleText(tr("Rank (1 = highest priority)"));
    rankAxis->setRange(0.5, worst + 0.5);
    rankAxis->setLabelFormat(u"%.0f"_s);
    rankAxis->setTickType(QValueAxis::TicksDynamic);
    rankAxis->setTickAnchor(1);
    rankAxis->setTickInterval(std::max(1.0, std::ceil(worst / 10.0)));
    auto *unitAxis = new QBarCategoryAxis;
    unitAxis->append(categories);
    // The points share the bars' rows: category k spans k - 0.5 .. k + 0.5.
    auto *rowAxis = new QValueAxis;
    rowAxis->setRange(-0.5, double(n) - 0.5);
    rowAxis->setVisible(false);
    c->addAxis(rankAxis, Qt::AlignBottom);
    c->addAxis(unitAxis, Qt::AlignLeft);
    c->addAxis(rowAxis, Qt::AlignRight);
    bars->attachAxis(rankAxis);
    bars->attachAxis(unitAxis);
    points->attachAxis(rankAxis);
    points->attachAxis(rowAxis);
    m_view->setMinimumHeight(int(std::min<qsizetype>(n, 30)) * 22 + 140);
}

Result<void> RankStabilityChart::exportTo(const QString &path, double pixelRatio) const
{
    return exportChartWidget(m_view, chart()->title(), path, pixelRatio, QSize(720, 480));
}

} // namespace territoria
