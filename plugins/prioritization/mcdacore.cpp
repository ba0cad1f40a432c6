#include "mcdacore.h"

#include "analysis/ahp.h"
#include "analysis/parameterdefinition.h"
#include "data/gdalutil.h"
#include "task/feedback.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace territoria::prioritization {

Result<std::vector<Criterion>> parseCriteria(const QStringList &items)
{
    std::vector<Criterion> criteria;
    for (const QString &item : items) {
        const QStringList parts = item.split(u':');
        Criterion c;
        c.name = parts.at(0).trimmed();
        if (c.name.isEmpty())
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: “%1” has no name (write name:benefit or name:cost).").arg(item));
        const QString direction = parts.size() > 1 ? parts.at(1).trimmed().toLower() : u"benefit"_s;
        if (direction == "value"_L1) {
            for (qsizetype p = 2; p < parts.size(); ++p) {
                const QStringList xy = parts.at(p).split(u'=');
                bool okX = false, okV = false;
                const double x = xy.size() == 2 ? xy.at(0).trimmed().toDouble(&okX) : 0.0;
                const double v = xy.size() == 2 ? xy.at(1).trimmed().toDouble(&okV) : 0.0;
                if (!okX || !okV || !std::isfinite(x) || !std::isfinite(v))
                    return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: “%1”: “%2” is not a breakpoint x=value.").arg(item, parts.at(p)));
                if (!c.points.empty() && x <= c.points.back().first)
                    return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: “%1”: the breakpoints must go from the lowest x to the highest.").arg(item));
                c.points.emplace_back(x, v);
            }
            if (c.points.size() < 2)
                return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: “%1”: a value function needs at least two breakpoints, e.g. name:value:0=0:10=1.").arg(item));
            for (const Criterion &other : criteria)
                if (other.name == c.name)
                    return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: “%1” is given twice.").arg(c.name));
            criteria.push_back(c);
            continue;
        }
        if (direction == "benefit"_L1)
            c.direction = Direction::Benefit;
        else if (direction == "cost"_L1)
            c.direction = Direction::Cost;
        else
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: “%1”: the direction must be benefit, cost or value, not “%2”.").arg(item, direction));
        if (parts.size() == 4) {
            bool ok1 = false, ok2 = false;
            const double low = parts.at(2).trimmed().toDouble(&ok1);
            const double high = parts.at(3).trimmed().toDouble(&ok2);
            if (!ok1 || !ok2 || !std::isfinite(low) || !std::isfinite(high) || low == high)
                return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: “%1”: the value function needs two different numbers, name:direction:low:high.").arg(item));
            c.low = low;
            c.high = high;
        } else if (parts.size() != 1 && parts.size() != 2) {
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: “%1” is not name:direction or name:direction:low:high.").arg(item));
        }
        for (const Criterion &other : criteria)
            if (other.name == c.name)
                return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: “%1” is given twice.").arg(c.name));
        criteria.push_back(c);
    }
    if (criteria.empty())
        return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: no criteria given."));
    return criteria;
}

Result<std::vector<double>> parseWeights(const QString &text, size_t count, const QString &parameter, QString *note)
{
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    if (size_t(items.size()) != count)
        return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “%1”: %2 weights for %3 criteria; give one weight per criterion, in the same order.")
                        .arg(parameter)
                        .arg(items.size())
                        .arg(count));
    std::vector<double> weights;
    for (const QString &item : items) {
        bool ok = false;
        const double w = item.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(w))
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “%1”: “%2” is not a number.").arg(parameter, item.trimmed()));
        if (w <= 0)
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “%1”: the weight “%2” must be greater than zero (leave the criterion out instead).").arg(parameter, item.trimmed()));
        weights.push_back(w);
    }
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (std::abs(sum - 1.0) > 1e-9) {
        for (double &w : weights)
            w /= sum;
        if (note)
            *note = QCoreApplication::translate("PrioritizationMcda", "Parameter “%1”: the weights add up to %2; they were divided by it to add up to 1.")
                        .arg(parameter)
                        .arg(sum, 0, 'g', 6);
    }
    return weights;
}

Result<std::vector<double>> rankWeights(const QString &text, size_t count)
{
    const qsizetype colon = text.indexOf(u':');
    const QString kind = text.left(colon).trimmed().toLower();
    if (kind != "rank_sum"_L1 && kind != "rank_reciprocal"_L1)
        return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “weights”: “%1” is not rank_sum or rank_reciprocal.").arg(kind));
    std::vector<double> ranks;
    if (colon < 0) {
        for (size_t j = 0; j < count; ++j)
            ranks.push_back(double(j + 1));
    } else {
        const QStringList items = text.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
        if (size_t(items.size()) != count)
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “weights”: %1 ranks for %2 criteria.").arg(items.size()).arg(count));
        for (const QString &item : items) {
            bool ok = false;
            const double r = item.trimmed().toDouble(&ok);
            if (!ok || r < 1 || r > double(count) || r != std::floor(r))
                return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “weights”: the rank “%1” must be a whole number from 1 to %2.").arg(item.trimmed()).arg(count));
            ranks.push_back(r);
        }
    }
    // Rank sum: (n - r + 1) / sum; rank reciprocal: (1/r) / sum (Stillwell et al. 1981).
    std::vector<double> weights;
    double sum = 0;
    for (double r : ranks) {
        weights.push_back(kind == "rank_sum"_L1 ? double(count) - r + 1.0 : 1.0 / r);
        sum += weights.back();
    }
    for (double &w : weights)
        w /= sum;
    return weights;
}

double Criterion::valueAt(double x) const
{
    if (x <= points.front().first)
        return points.front().second;
    for (size_t i = 1; i < points.size(); ++i) {
        if (x <= points[i].first) {
            const auto [x0, v0] = points[i - 1];
            const auto [x1, v1] = points[i];
            return v0 + (v1 - v0) * (x - x0) / (x1 - x0);
        }
    }
    return points.back().second;
}

void CriterionStats::merge(const CriterionStats &o)
{
    if (o.count == 0)
        return;
    if (count == 0) {
        *this = o;
        return;
    }
    min = std::min(min, o.min);
    max = std::max(max, o.max);
    sum += o.sum;
    sumSquares += o.sumSquares;
    count += o.count;
}

Transform normalizedTransform(const Criterion &c, Normalization n, const CriterionStats &s)
{
    Transform t;
    if (c.hasBounds()) {
        t.scale = 1.0 / (*c.high - *c.low);
        t.offset = -*c.low * t.scale;
        t.clamped = true;
        return t;
    }
    if (s.isConstant())
        return t; // r = 0
    switch (n) {
    case Normalization::MinMax:
        t.scale = 1.0 / (s.max - s.min);
        t.offset = -s.min * t.scale;
        break;
    case Normalization::ZScore: {
        const double mean = s.sum / s.count;
        const double variance = std::max(0.0, s.sumSquares / s.count - mean * mean);
        const double sd = std::sqrt(variance);
        if (sd > 0) {
            t.scale = 1.0 / sd;
            t.offset = -mean / sd;
        }
        break;
    }
    case Normalization::Vector: {
        const double norm = std::sqrt(s.sumSquares);
        if (norm > 0)
            t.scale = 1.0 / norm;
        break;
    }
    }
    return t;
}

Transform orientedTransform(const Criterion &c, Normalization n, const CriterionStats &s)
{
    if (!c.hasBounds() && s.isConstant())
        return Transform{};
    Transform t = normalizedTransform(c, n, s);
    if (c.direction == Direction::Benefit)
        return t;
    if (c.hasBounds() || n == Normalization::MinMax) {
        // 1 - clamp(a x + b) = clamp(-a x + 1 - b)
        t.scale = -t.scale;
        t.offset = 1.0 - t.offset;
    } else {
        t.scale = -t.scale;
        t.offset = -t.offset;
    }
    return t;
}

double owaScore(const std::vector<double> &s, const std::vector<double> &weights, const std::vector<double> &orderWeights,
                std::vector<std::pair<double, double>> &scratch)
{
    const size_t k = s.size();
    scratch.resize(k);
    for (size_t j = 0; j < k; ++j)
        scratch[j] = {s[j], weights[j]};
    std::stable_sort(scratch.begin(), scratch.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    double num = 0, den = 0;
    for (size_t j = 0; j < k; ++j) {
        const double uv = scratch[j].second * orderWeights[j];
        num += uv * scratch[j].first;
        den += uv;
    }
    return den > 0 ? num / den : 0.0;
}

Evaluation evaluate(const std::vector<std::vector<double>> &x, const Setup &setup, const std::vector<double> &weights)
{
    const size_t k = setup.criteria.size();
    const size_t n = k > 0 ? x[0].size() : 0;
    Evaluation e;
    e.score.assign(n, 0.0);
    std::vector<CriterionStats> stats(k);
    for (size_t j = 0; j < k; ++j) {
        for (double v : x[j])
            stats[j].add(v);
        const Criterion &c = setup.criteria[j];
        const bool benefit = c.direction == Direction::Benefit;
        if (c.hasValueFunction()) {
            // The data values with the best and the worst value.
            size_t best = 0, worst = 0;
            for (size_t u = 1; u < n; ++u) {
                if (c.valueAt(x[j][u]) > c.valueAt(x[j][best]))
                    best = u;
                if (c.valueAt(x[j][u]) < c.valueAt(x[j][worst]))
                    worst = u;
            }
            e.idealRaw.push_back(n > 0 ? x[j][best] : 0.0);
            e.antiIdealRaw.push_back(n > 0 ? x[j][worst] : 0.0);
            continue;
        }
        e.idealRaw.push_back(benefit ? stats[j].max : stats[j].min);
        e.antiIdealRaw.push_back(benefit ? stats[j].min : stats[j].max);
        if (!c.hasBounds() && stats[j].isConstant())
            e.constantCriteria.push_back(int(j));
    }
    // Oriented values s[j][u].
    std::vector<std::vector<double>> s(k, std::vector<double>(n));
    for (size_t j = 0; j < k; ++j) {
        const Criterion &c = setup.criteria[j];
        if (c.hasValueFunction()) {
            for (size_t u = 0; u < n; ++u)
                s[j][u] = c.valueAt(x[j][u]);
            continue;
        }
        const Transform t = orientedTransform(c, setup.normalization, stats[j]);
        for (size_t u = 0; u < n; ++u)
            s[j][u] = t(x[j][u]);
    }
    switch (setup.method) {
    case Method::Wlc:
        for (size_t j = 0; j < k; ++j)
            for (size_t u = 0; u < n; ++u)
                e.score[u] += weights[j] * s[j][u];
        break;
    case Method::Owa: {
        std::vector<double> row(k);
        std::vector<std::pair<double, double>> scratch;
        for (size_t u = 0; u < n; ++u) {
            for (size_t j = 0; j < k; ++j)
                row[j] = s[j][u];
            e.score[u] = owaScore(row, weights, setup.orderWeights, scratch);
        }
        break;
    }
    case Method::Topsis: {
        // Distances do not change when a cost criterion is turned around (a
        // reflection), so the oriented values serve with ideal = max, anti = min.
        e.dPlus.assign(n, 0.0);
        e.dMinus.assign(n, 0.0);
        for (size_t j = 0; j < k; ++j) {
            double best = -std::numeric_limits<double>::infinity(), worst = std::numeric_limits<double>::infinity();
            for (size_t u = 0; u < n; ++u) {
                best = std::max(best, weights[j] * s[j][u]);
                worst = std::min(worst, weights[j] * s[j][u]);
            }
            for (size_t u = 0; u < n; ++u) {
                const double v = weights[j] * s[j][u];
                e.dPlus[u] += (v - best) * (v - best);
                e.dMinus[u] += (v - worst) * (v - worst);
            }
            if (setup.criteria[j].hasValueFunction()) {
                e.idealWeighted.push_back(best);
                e.antiIdealWeighted.push_back(worst);
                continue;
            }
            // Reported in the textbook convention: v = w r, ideal = max v for a
            // benefit and min v for a cost.
            const Transform r = normalizedTransform(setup.criteria[j], setup.normalization, stats[j]);
            const bool constant = !setup.criteria[j].hasBounds() && stats[j].isConstant();
            const double rBest = constant ? 0.0 : r(e.idealRaw[j]);
            const double rWorst = constant ? 0.0 : r(e.antiIdealRaw[j]);
            e.idealWeighted.push_back(weights[j] * rBest);
            e.antiIdealWeighted.push_back(weights[j] * rWorst);
        }
        for (size_t u = 0; u < n; ++u) {
            e.dPlus[u] = std::sqrt(e.dPlus[u]);
            e.dMinus[u] = std::sqrt(e.dMinus[u]);
            const double total = e.dPlus[u] + e.dMinus[u];
            // Every unit alike (or one unit): halfway.
            e.score[u] = total > 0 ? e.dMinus[u] / total : 0.5;
        }
        break;
    }
    }
    return e;
}

std::vector<int> competitionRanks(const std::vector<double> &score)
{
    const size_t n = score.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return score[a] > score[b]; });
    std::vector<int> rank(n);
    for (size_t i = 0; i < n; ++i) {
        if (i > 0 && score[order[i]] == score[order[i - 1]])
            rank[order[i]] = rank[order[i - 1]];
        else
            rank[order[i]] = int(i + 1);
    }
    return rank;
}

int priorityClass(int rank, size_t count)
{
    if (count == 0)
        return 0;
    return std::min(5, int((size_t(rank - 1) * 5) / count) + 1);
}

QString priorityLabel(int priorityClass)
{
    switch (priorityClass) {
    case 1: return QCoreApplication::translate("PrioritizationMcda", "very high");
    case 2: return QCoreApplication::translate("PrioritizationMcda", "high");
    case 3: return QCoreApplication::translate("PrioritizationMcda", "medium");
    case 4: return QCoreApplication::translate("PrioritizationMcda", "low");
    case 5: return QCoreApplication::translate("PrioritizationMcda", "very low");
    default: return {};
    }
}

QList<ParameterDefinition> commonParameters()
{
    using P = ParameterDefinition;
    return {
        P::make(u"criteria"_s, QCoreApplication::translate("PrioritizationMcda", "Criteria: name:benefit or name:cost, optionally with a linear value function name:cost:low:high, or name:value:x1=v1:x2=v2... (breakpoints)"),
                ParameterType::StringList),
        P::make(u"weights"_s, QCoreApplication::translate("PrioritizationMcda", "Weights in the order of the criteria, e.g. 0.5,0.3,0.2; or rank_sum / rank_reciprocal (criteria listed from the most important; rank_sum:1,2,2 gives ranks); empty: from the AHP matrix, or equal"),
                ParameterType::String)
            .setOptional(),
        P::make(u"ahp_matrix"_s, QCoreApplication::translate("PrioritizationMcda", "AHP pairwise comparison matrix for the weights, e.g. 1,3;1/3,1"),
                ParameterType::String)
            .setOptional(),
        P::make(u"method"_s, QCoreApplication::translate("PrioritizationMcda", "Method"), ParameterType::Enum)
            .withOptions({u"wlc"_s, u"topsis"_s, u"owa"_s})
            .withDefault(u"wlc"_s),
        P::make(u"normalization"_s, QCoreApplication::translate("PrioritizationMcda", "Normalization (default: minmax; vector for TOPSIS)"), ParameterType::Enum)
            .withOptions({u"minmax"_s, u"zscore"_s, u"vector"_s})
            .setOptional(),
        P::make(u"order_weights"_s, QCoreApplication::translate("PrioritizationMcda", "OWA order weights, from the best value of a unit to the worst (empty: equal, i.e. WLC)"),
                ParameterType::String)
            .setOptional(),
    };
}

Result<Setup> readSetup(const QVariantMap &parameters, Feedback &feedback)
{
    Setup setup;
    auto criteria = parseCriteria(parameters.value(u"criteria"_s).toStringList());
    if (!criteria)
        return std::unexpected(criteria.error());
    setup.criteria = std::move(*criteria);
    const size_t k = setup.criteria.size();
    const QString method = parameters.value(u"method"_s).toString();
    setup.method = method == "topsis"_L1 ? Method::Topsis : method == "owa"_L1 ? Method::Owa : Method::Wlc;
    QString normalization = parameters.value(u"normalization"_s).toString();
    if (normalization.isEmpty())
        normalization = setup.method == Method::Topsis ? u"vector"_s : u"minmax"_s;
    setup.normalization = normalization == "zscore"_L1 ? Normalization::ZScore
                          : normalization == "vector"_L1 ? Normalization::Vector
                                                         : Normalization::MinMax;
    const QString weightText = parameters.value(u"weights"_s).toString().trimmed();
    const QString matrixText = parameters.value(u"ahp_matrix"_s).toString().trimmed();
    if (!weightText.isEmpty() && !matrixText.isEmpty())
        return fail(QCoreApplication::translate("PrioritizationMcda", "Give either “weights” or “ahp_matrix”, not both."));
    if (weightText.startsWith("rank_"_L1, Qt::CaseInsensitive)) {
        auto weights = rankWeights(weightText, k);
        if (!weights)
            return std::unexpected(weights.error());
        setup.weights = *weights;
    } else if (!weightText.isEmpty()) {
        QString note;
        auto weights = parseWeights(weightText, k, u"weights"_s, &note);
        if (!weights)
            return std::unexpected(weights.error());
        if (!note.isEmpty())
            feedback.pushInfo(note);
        setup.weights = *weights;
    } else if (!matrixText.isEmpty()) {
        auto matrix = parsePairwiseMatrix(matrixText);
        if (!matrix)
            return std::unexpected(matrix.error());
        if (matrix->size() != k)
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “ahp_matrix”: %1 rows for %2 criteria.").arg(matrix->size()).arg(k));
        const AhpResult ahp = computeAhp(*matrix);
        if (ahp.cr > 0.10)
            feedback.pushWarning(QCoreApplication::translate("PrioritizationMcda", "The AHP matrix is inconsistent (CR = %1 > 0.10); run prioritization:ahp to see the judgements most at odds.")
                                     .arg(ahp.cr, 0, 'f', 3));
        setup.weights = ahp.weights;
    } else {
        setup.weights.assign(k, 1.0 / double(k));
        feedback.pushInfo(QCoreApplication::translate("PrioritizationMcda", "No weights given: every criterion weighs the same."));
    }
    const QString orderText = parameters.value(u"order_weights"_s).toString().trimmed();
    if (setup.method == Method::Owa) {
        if (orderText.isEmpty()) {
            setup.orderWeights.assign(k, 1.0 / double(k));
            feedback.pushInfo(QCoreApplication::translate("PrioritizationMcda", "No order weights given: equal order weights make OWA a weighted linear combination."));
        } else {
            // Order weights may be zero (e.g. 1,0,0 takes only each unit's best value).
            const QStringList items = orderText.split(u',', Qt::SkipEmptyParts);
            if (size_t(items.size()) != k)
                return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “order_weights”: %1 order weights for %2 criteria.").arg(items.size()).arg(k));
            double sum = 0;
            for (const QString &item : items) {
                bool ok = false;
                const double v = item.trimmed().toDouble(&ok);
                if (!ok || !std::isfinite(v) || v < 0)
                    return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “order_weights”: “%1” is not a number of zero or more.").arg(item.trimmed()));
                setup.orderWeights.push_back(v);
                sum += v;
            }
            if (sum <= 0)
                return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “order_weights”: the order weights add up to zero."));
            for (double &v : setup.orderWeights)
                v /= sum;
        }
    } else if (!orderText.isEmpty()) {
        feedback.pushWarning(QCoreApplication::translate("PrioritizationMcda", "Parameter “order_weights” is used by the owa method only; it was ignored."));
    }
    return setup;
}

Result<UnitTable> readUnits(const QString &source, const std::vector<Criterion> &criteria, const QString &constraint,
                            Feedback &feedback)
{
    UnitTable table;
    auto input = openVector(source);
    if (!input)
        return std::unexpected(input.error());
    table.input = std::move(*input);
    OGRLayer *layer = table.input.layer;
    const QString &path = table.input.path;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    std::vector<int> fieldIndex;
    for (const Criterion &c : criteria) {
        const int index = defn->GetFieldIndex(c.name.toUtf8().constData());
        if (index < 0)
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: %1 has no field “%2”.").arg(path, c.name), path);
        const OGRFieldType type = defn->GetFieldDefn(index)->GetType();
        if (type != OFTInteger && type != OFTInteger64 && type != OFTReal)
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “criteria”: the field “%1” of %2 is not numeric.").arg(c.name, path), path);
        fieldIndex.push_back(index);
    }
    auto features = readFeatures(layer, path);
    if (!features)
        return std::unexpected(features.error());
    table.features = std::move(*features);
    const size_t n = table.features.size();
    table.excludedByConstraint.assign(n, false);
    table.missing.assign(n, false);
    if (!constraint.isEmpty()) {
        // The units that satisfy the constraint, by FID.
        GdalErrorCollector errors;
        if (layer->SetAttributeFilter(constraint.toUtf8().constData()) != OGRERR_NONE)
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “constraint”: “%1” is not a valid condition on the fields of %2.").arg(constraint, path),
                        path, errors.lastFailure());
        std::vector<GIntBig> kept;
        layer->ResetReading();
        while (OGRFeature *f = layer->GetNextFeature()) {
            kept.push_back(f->GetFID());
            OGRFeature::DestroyFeature(f);
        }
        layer->SetAttributeFilter(nullptr);
        if (errors.hasFailures())
            return fail(QCoreApplication::translate("PrioritizationMcda", "Parameter “constraint”: cannot evaluate “%1” on %2.").arg(constraint, path), path,
                        errors.lastFailure());
        std::sort(kept.begin(), kept.end());
        for (size_t u = 0; u < n; ++u) {
            if (!std::binary_search(kept.begin(), kept.end(), table.features[u]->GetFID())) {
                table.excludedByConstraint[u] = true;
                ++table.constraintCount;
            }
        }
        if (table.constraintCount > 0)
            feedback.pushInfo(QCoreApplication::translate("PrioritizationMcda", "%1 of %2 units do not satisfy the constraint “%3” and get no score.")
                                  .arg(table.constraintCount)
                                  .arg(n)
                                  .arg(constraint));
    }
    table.x.assign(criteria.size(), {});
    for (size_t u = 0; u < n; ++u) {
        if (table.excludedByConstraint[u])
            continue;
        bool complete = true;
        for (size_t j = 0; j < criteria.size(); ++j) {
            if (!table.features[u]->IsFieldSetAndNotNull(fieldIndex[j])
                || !std::isfinite(table.features[u]->GetFieldAsDouble(fieldIndex[j])))
                complete = false;
        }
        if (!complete) {
            table.missing[u] = true;
            ++table.missingCount;
            continue;
        }
        table.units.push_back(u);
        for (size_t j = 0; j < criteria.size(); ++j)
            table.x[j].push_back(table.features[u]->GetFieldAsDouble(fieldIndex[j]));
    }
    if (table.missingCount > 0)
        feedback.pushWarning(QCoreApplication::translate("PrioritizationMcda", "%1 units of %2 have a missing value in some criterion and get no score.")
                                 .arg(table.missingCount)
                                 .arg(path));
    if (table.units.empty())
        return fail(QCoreApplication::translate("PrioritizationMcda", "No unit of %1 can be scored (every unit is excluded by the constraint or has missing values).").arg(path),
                    path);
    return table;
}

} // namespace territoria::prioritization
