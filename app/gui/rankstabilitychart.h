#pragma once

#include "error.h"

#include <QList>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace territoria {

class VectorDataProvider;
class VectorLayer;

// One unit of a prioritization:sensitivity output (Monte Carlo fields).
struct RankStabilityEntry {
    qint64 id = -1;        // FID
    QString label;         // the unit's name (or its FID)
    double meanRank = 0;   // mc_mean_rank
    int minRank = 0;       // mc_min_rank
    int maxRank = 0;       // mc_max_rank
    double pTopK = 0;      // mc_p_top_k, 0..1
    bool operator==(const RankStabilityEntry &) const = default;
};

// The first string field that looks like a unit name (name, nombre, ...; else the
// first string field); empty when there is none.
QString rankStabilityLabelField(const VectorDataProvider &provider);

// Reads the units with Monte Carlo results from a prioritization:sensitivity
// output, sorted by mean rank (then label). Units without them (excluded by a
// constraint) are left out. Fails when the layer has no mc_* fields (samples = 0).
Result<QList<RankStabilityEntry>> readRankStability(const VectorDataProvider &provider, QString labelField = {});

// A horizontal chart of the units from the best mean rank (top) down: a bar from
// the lowest to the highest rank seen in the Monte Carlo samples, the mean rank as
// a point, and the probability of being in the top K after the name.
class RankStabilityChart : public QWidget
{
    Q_OBJECT
public:
    explicit RankStabilityChart(QWidget *parent = nullptr);

    // Reads the layer's provider; on failure the chart is empty and shows why.
    Result<void> setLayer(const VectorLayer &layer, const QString &labelField = {});
    void setEntries(const QList<RankStabilityEntry> &entries);
    const QList<RankStabilityEntry> &entries() const { return m_entries; }
    // Top K, for the title (0: unknown).
    void setTopK(int k);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    // The axis labels from the top of the chart down.
    QStringList categoryLabels() const;

    // PNG at `pixelRatio` times the on-screen size, or SVG (by the suffix).
    Result<void> exportTo(const QString &path, double pixelRatio = 2.0) const;

private:
    void rebuild();

    QList<RankStabilityEntry> m_entries;
    int m_topK = 0;
    QChartView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace territoria
