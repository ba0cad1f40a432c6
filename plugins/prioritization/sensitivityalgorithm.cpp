#include "sensitivityalgorithm.h"

#include "mcdacore.h"
#include "task/feedback.h"
#include "analysis/vectorio.h"

#include <QRegularExpression>
#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// Renormalized copy of `weights` with weight j scaled by `factor`.
std::vector<double> scaled(const std::vector<double> &weights, size_t j, double factor)
{
    std::vector<double> w = weights;
    w[j] *= factor;
    double sum = 0;
    for (double v : w)
        sum += v;
    for (double &v : w)
        v /= sum;
    return w;
}

// A field-name-safe form of a criterion name.
QString safeName(const QString &name)
{
    QString s = name.toLower();
    s.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    return s.left(20);
}

} // namespace

QString SensitivityAlgorithm::id() const
{
    return u"prioritization:sensitivity"_s;
}

QString SensitivityAlgorithm::displayName() const
{
    return tr("Sensitivity of a prioritization to the weights");
}

QString SensitivityAlgorithm::group() const
{
    return tr("Prioritization");
}

QString SensitivityAlgorithm::shortHelp() const
{
    return tr("How stable the ranking of prioritization:mcda is. One at a time: each weight is raised and lowered by "
              "change_percent (the weights are then scaled back to add up to 1) and the rank of every unit under each "
              "change is written (oat_<criterion>_plus/_minus) with the largest rank shift. Monte Carlo: `samples` weight "
              "vectors, each weight multiplied by a uniform factor between 1 − change_percent and 1 + change_percent "
              "(seeded, repeatable), give each unit's mean, lowest and highest rank and the probability of being among the "
              "top_k.");
}

QList<ParameterDefinition> SensitivityAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    QList<ParameterDefinition> list{P::make(u"input"_s, tr("Units with the criteria as fields"), ParameterType::VectorLayer)};
    list << prioritization::commonParameters();
    list << P::make(u"constraint"_s, tr("Constraint: units that satisfy it take part (SQL condition on the fields)"), ParameterType::String).setOptional();
    list << P::make(u"change_percent"_s, tr("Weight change, in percent (±)"), ParameterType::Number).withRange(0.1, 99).withDefault(20.0);
    list << P::make(u"samples"_s, tr("Monte Carlo samples (0: one at a time only)"), ParameterType::Integer).withRange(0, 1000000).withDefault(1000);
    list << P::make(u"seed"_s, tr("Random seed"), ParameterType::Integer).withRange(0, 4294967295.0).withDefault(1);
    list << P::make(u"top_k"_s, tr("Top K: units counted as prioritized"), ParameterType::Integer).withRange(1, 1e9).withDefault(5);
    list << P::make(u"output"_s, tr("Units with the rank stability"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s);
    return list;
}

QList<OutputDefinition> SensitivityAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Units with the rank stability"), OutputType::VectorFile},
        OutputDefinition{u"weights"_s, tr("Weights used (adding up to 1)"), OutputType::Json},
        OutputDefinition{u"oat"_s, tr("One at a time: units whose rank changes, per weight change"), OutputType::Json},
        OutputDefinition{u"max_rank_shift"_s, tr("Largest rank change of any unit, one at a time"), OutputType::Number},
        OutputDefinition{u"stable_top_k"_s, tr("Units in the top K in every Monte Carlo sample"), OutputType::Number},
        OutputDefinition{u"scored_count"_s, tr("Units with a score"), OutputType::Number},
    };
}

Result<QVariantMap> SensitivityAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    using namespace prioritization;
    const QString inputSource = parameters.value(u"input"_s).toString();
    const QString output = parameters.value(u"output"_s).toString();
    const double change = parameters.value(u"change_percent"_s).toDouble() / 100.0;
    const qlonglong samples = parameters.value(u"samples"_s).toLongLong();
    const quint64 seed = quint64(parameters.value(u"seed"_s).toLongLong());
    const int topK = int(std::min<qlonglong>(parameters.value(u"top_k"_s).toLongLong(), 1 << 30));
    auto setup = readSetup(parameters, feedback);
    if (!setup)
        return std::unexpected(setup.error());
    if (auto ok = checkOutputIsNotInput(output, {inputSource}); !ok)
        return std::unexpected(ok.error());
    auto table = readUnits(inputSource, setup->criteria, parameters.value(u"constraint"_s).toString(), feedback);
    if (!table)
        return std::unexpected(table.error());
    const size_t n = table->units.size();
    const size_t k = setup->criteria.size();
    const std::vector<double> &weights = setup->weights;
    const Evaluation base = evaluate(table->x, *setup, weights);
    const std::vector<int> baseRank = competitionRanks(base.score);
    if (size_t(topK) > n)
        feedback.pushWarning(tr("Parameter “top_k”: %1 is more than the %2 units with a score; every unit is in the top K.").arg(topK).arg(n));

    // One at a time.
    std::vector<std::vector<int>> oatRanks; // [2j + (0: plus, 1: minus)][unit]
    std::vector<int> maxShift(n, 0);
    QVariantList oat;
    int largestShift = 0;
    for (size_t j = 0; j < k; ++j) {
        for (int sign : {+1, -1}) {
            const std::vector<double> w = scaled(weights, j, 1.0 + sign * change);
            const std::vector<int> rank = competitionRanks(evaluate(table->x, *setup, w).score);
            int changed = 0;
            for (size_t u = 0; u < n; ++u) {
                const int shift = std::abs(rank[u] - baseRank[u]);
                maxShift[u] = std::max(maxShift[u], shift);
                largestShift = std::max(largestShift, shift);
                changed += shift != 0;
            }
            oat << QVariantMap{{u"criterion"_s, setup->criteria[j].name},
                               {u"change_percent"_s, sign * change * 100.0},
                               {u"units_changed"_s, changed}};
            oatRanks.push_back(rank);
        }
    }

    // Monte Carlo. The uniform numbers come from the 53 high bits of mt19937_64, the
    // same on every platform (std::uniform_real_distribution is not).
    std::vector<double> rankSum(n, 0.0);
    std::vector<int> rankMin(n, std::numeric_limits<int>::max()), rankMax(n, 0), inTop(n, 0);
    std::mt19937_64 rng(seed);
    std::vector<double> w(k);
    for (qlonglong s = 0; s < samples; ++s) {
        if (s % 64 == 0) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            feedback.setProgress(90.0 * double(s) / double(samples));
        }
        double sum = 0;
        for (size_t j = 0; j < k; ++j) {
            const double uniform = double(rng() >> 11) * 0x1.0p-53;
            w[j] = weights[j] * (1.0 + change * (2.0 * uniform - 1.0));
            sum += w[j];
        }
        for (double &v : w)
            v /= sum;
        const std::vector<int> rank = competitionRanks(evaluate(table->x, *setup, w).score);
        for (size_t u = 0; u < n; ++u) {
            rankSum[u] += rank[u];
            rankMin[u] = std::min(rankMin[u], rank[u]);
            rankMax[u] = std::max(rankMax[u], rank[u]);
            inTop[u] += rank[u] <= topK;
        }
    }

    QList<NewField> fields{{u"score"_s, OFTReal}, {u"rank"_s, OFTInteger64}};
    QStringList oatNames;
    for (size_t j = 0; j < k; ++j) {
        const QString base = u"oat_"_s + safeName(setup->criteria[j].name);
        for (const QString &suffix : {u"_plus"_s, u"_minus"_s}) {
            QString name = base + suffix;
            for (int c = 2; oatNames.contains(name); ++c)
                name = base + u"%1"_s.arg(c) + suffix;
            oatNames << name;
            fields << NewField{name, OFTInteger64};
        }
    }
    fields << NewField{u"oat_max_shift"_s, OFTInteger64};
    if (samples > 0)
        fields << NewField{u"mc_mean_rank"_s, OFTReal} << NewField{u"mc_min_rank"_s, OFTInteger64}
               << NewField{u"mc_max_rank"_s, OFTInteger64} << NewField{u"mc_p_top_k"_s, OFTReal};
    auto writer = ZoneWriter::create(output, table->input.layer, fields, ExistingField::Replace);
    if (!writer)
        return std::unexpected(writer.error());
    std::vector<long> position(table->features.size(), -1);
    for (size_t i = 0; i < n; ++i)
        position[table->units[i]] = long(i);
    int stableTop = 0;
    for (size_t f = 0; f < table->features.size(); ++f) {
        QVariantList row;
        if (position[f] >= 0) {
            const size_t u = size_t(position[f]);
            row << base.score[u] << qlonglong(baseRank[u]);
            for (const auto &rank : oatRanks)
                row << qlonglong(rank[u]);
            row << qlonglong(maxShift[u]);
            if (samples > 0) {
                row << rankSum[u] / double(samples) << qlonglong(rankMin[u]) << qlonglong(rankMax[u]) << double(inTop[u]) / double(samples);
                stableTop += inTop[u] == samples;
            }
        }
        if (auto ok = (*writer)->write(*table->features[f], row); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = (*writer)->close(); !ok)
        return std::unexpected(ok.error());

    QVariantMap outputs;
    outputs.insert(u"output"_s, output);
    QVariantList wl;
    for (double v : weights)
        wl << v;
    outputs.insert(u"weights"_s, wl);
    outputs.insert(u"oat"_s, oat);
    outputs.insert(u"max_rank_shift"_s, largestShift);
    if (samples > 0)
        outputs.insert(u"stable_top_k"_s, stableTop);
    outputs.insert(u"scored_count"_s, qlonglong(n));
    return outputs;
}

} // namespace territoria
