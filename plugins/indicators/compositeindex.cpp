#include "compositeindex.h"

#include "data/gdalutil.h"
#include "task/feedback.h"
#include "analysis/vectorio.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Average ranks (1..n, ties share the mean of their ranks) of `values`, ascending.
std::vector<double> averageRanks(const std::vector<double> &values)
{
    const size_t n = values.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(n);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i + 1) + double(j + 1)) / 2.0;
        for (size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

} // namespace

QString CompositeIndexAlgorithm::id() const
{
    return u"indicators:composite_index"_s;
}

QString CompositeIndexAlgorithm::displayName() const
{
    return tr("Composite index");
}

QString CompositeIndexAlgorithm::group() const
{
    return tr("Vector indicators");
}

QString CompositeIndexAlgorithm::shortHelp() const
{
    return tr("Combines several indicator fields into one index per unit. Each indicator is normalized "
              "(minmax: (x − min)/(max − min); zscore: (x − mean)/standard deviation of the population; rank: average "
              "rank / number of units), turned around when lower is better, weighted (weights are scaled to sum 1) and "
              "aggregated by a weighted arithmetic mean (contrib_<field> = weight × score, they add up to the index) or "
              "a weighted geometric mean (contrib_<field> = weight × ln(score), the index is the exponential of their "
              "sum; a score of 0 makes the index 0). Missing values: skip_unit leaves the unit out (empty index), "
              "mean_impute replaces them by the indicator's mean. index_rank is 1 for the highest index.");
}

QList<ParameterDefinition> CompositeIndexAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"input"_s, tr("Units with indicators"), ParameterType::VectorLayer),
        P::make(u"fields"_s, tr("Indicator fields"), ParameterType::StringList),
        P::make(u"directions"_s, tr("Direction of each indicator (empty: all higher is better)"), ParameterType::StringList)
            .withOptions({u"higher_better"_s, u"lower_better"_s})
            .setOptional(),
        P::make(u"normalization"_s, tr("Normalization"), ParameterType::Enum)
            .withOptions({u"minmax"_s, u"zscore"_s, u"rank"_s})
            .withDefault(u"minmax"_s),
        P::make(u"weights"_s, tr("Weight of each indicator (empty: equal weights)"), ParameterType::StringList).setOptional(),
        P::make(u"aggregation"_s, tr("Aggregation"), ParameterType::Enum)
            .withOptions({u"arithmetic"_s, u"geometric"_s})
            .withDefault(u"arithmetic"_s),
        P::make(u"missing"_s, tr("Missing values"), ParameterType::Enum)
            .withOptions({u"skip_unit"_s, u"mean_impute"_s})
            .withDefault(u"skip_unit"_s),
        P::make(u"output"_s, tr("Units with the index"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s),
    };
}

QList<OutputDefinition> CompositeIndexAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Units with the index"), OutputType::VectorFile},
        OutputDefinition{u"unit_count"_s, tr("Units read"), OutputType::Number},
        OutputDefinition{u"scored_count"_s, tr("Units with an index"), OutputType::Number},
        OutputDefinition{u"skipped_count"_s, tr("Units left out for missing values"), OutputType::Number},
    };
}

Result<QVariantMap> CompositeIndexAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    const QString inputSource = parameters.value(u"input"_s).toString();
    const QString output = parameters.value(u"output"_s).toString();
    const QStringList fields = parameters.value(u"fields"_s).toStringList();
    const QStringList directions = parameters.value(u"directions"_s).toStringList();
    const QStringList weightTexts = parameters.value(u"weights"_s).toStringList();
    const QString normalization = parameters.value(u"normalization"_s).toString();
    const bool geometric = parameters.value(u"aggregation"_s).toString() == u"geometric"_s;
    const bool impute = parameters.value(u"missing"_s).toString() == u"mean_impute"_s;
    const size_t k = size_t(fields.size());

    if (auto ok = checkOutputIsNotInput(output, {inputSource}); !ok)
        return std::unexpected(ok.error());
    if (!directions.isEmpty() && directions.size() != fields.size())
        return fail(tr("Parameter “directions”: give one direction per field (%1 fields, %2 directions).")
                        .arg(fields.size())
                        .arg(directions.size()));
    if (!weightTexts.isEmpty() && weightTexts.size() != fields.size())
        return fail(tr("Parameter “weights”: give one weight per field (%1 fields, %2 weights).")
                        .arg(fields.size())
                        .arg(weightTexts.size()));
    if (geometric && normalization == u"zscore"_s)
        return fail(tr("The geometric mean needs positive scores and z-scores can be negative: use minmax or rank."));
    std::vector<double> weights(k, 1.0);
    for (qsizetype i = 0; i < weightTexts.size(); ++i) {
        bool ok = false;
        weights[size_t(i)] = weightTexts.at(i).trimmed().toDouble(&ok);
        if (!ok || weights[size_t(i)] < 0 || !std::isfinite(weights[size_t(i)]))
            return fail(tr("Parameter “weights”: “%1” is not a number of zero or more.").arg(weightTexts.at(i)));
    }
    const double weightSum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (weightSum <= 0)
        return fail(tr("Parameter “weights”: the weights add up to zero."));
    for (double &w : weights)
        w /= weightSum;

    auto input = openVector(inputSource);
    if (!input)
        return std::unexpected(input.error());
    OGRFeatureDefn *defn = input->layer->GetLayerDefn();
    std::vector<int> fieldIndex;
    for (const QString &field : fields) {
        const int index = defn->GetFieldIndex(field.toUtf8().constData());
        if (index < 0)
            return fail(tr("Parameter “fields”: %1 has no field “%2”.").arg(input->path, field), input->path);
        const OGRFieldType type = defn->GetFieldDefn(index)->GetType();
        if (type != OFTInteger && type != OFTInteger64 && type != OFTReal)
            return fail(tr("Parameter “fields”: the field “%1” of %2 is not numeric.").arg(field, input->path), input->path);
        fieldIndex.push_back(index);
    }
    auto features = readFeatures(input->layer, input->path);
    if (!features)
        return std::unexpected(features.error());
    const size_t n = features->size();

    // values[i][u]
    std::vector<std::vector<double>> values(k, std::vector<double>(n, kNaN));
    for (size_t u = 0; u < n; ++u)
        for (size_t i = 0; i < k; ++i)
            if ((*features)[u]->IsFieldSetAndNotNull(fieldIndex[i]))
                values[i][u] = (*features)[u]->GetFieldAsDouble(fieldIndex[i]);
    std::vector<bool> included(n, true);
    size_t skipped = 0;
    if (impute) {
        for (size_t i = 0; i < k; ++i) {
            double sum = 0;
            int count = 0;
            for (double v : values[i])
                if (!std::isnan(v)) {
                    sum += v;
                    ++count;
                }
            if (count == 0)
                return fail(tr("The field “%1” of %2 has no values.").arg(fields.at(qsizetype(i)), input->path), input->path);
            int imputed = 0;
            for (double &v : values[i])
                if (std::isnan(v)) {
                    v = sum / count;
                    ++imputed;
                }
            if (imputed > 0)
                feedback.pushInfo(tr("“%1”: %n missing value(s) replaced by the mean.", nullptr, imputed).arg(fields.at(qsizetype(i))));
        }
    } else {
        for (size_t u = 0; u < n; ++u)
            for (size_t i = 0; i < k; ++i)
                if (std::isnan(values[i][u]) && included[u]) {
                    included[u] = false;
                    ++skipped;
                }
        if (skipped > 0)
            feedback.pushWarning(tr("%n unit(s) have missing values and get no index.", nullptr, int(skipped)));
    }
    std::vector<size_t> units;
    for (size_t u = 0; u < n; ++u)
        if (included[u])
            units.push_back(u);
    if (units.empty())
        return fail(tr("No unit of %1 has a value for every indicator.").arg(input->path), input->path);

    // Normalized scores, oriented so that higher is better.
    std::vector<std::vector<double>> scores(k, std::vector<double>(n, kNaN));
    for (size_t i = 0; i < k; ++i) {
        const bool lowerBetter = !directions.isEmpty() && directions.at(qsizetype(i)) == u"lower_better"_s;
        std::vector<double> x;
        for (size_t u : units)
            x.push_back(lowerBetter ? -values[i][u] : values[i][u]);
        std::vector<double> s(x.size());
        if (normalization == u"minmax"_s) {
            const auto [mn, mx] = std::minmax_element(x.begin(), x.end());
            const double lo = *mn, hi = *mx;
            if (hi == lo)
                feedback.pushWarning(tr("“%1” has the same value in every unit: its score is 0.5.").arg(fields.at(qsizetype(i))));
            for (size_t j = 0; j < x.size(); ++j)
                s[j] = hi == lo ? 0.5 : (x[j] - lo) / (hi - lo);
        } else if (normalization == u"zscore"_s) {
            const double mean = std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
            double ss = 0;
            for (double v : x)
                ss += (v - mean) * (v - mean);
            const double sd = std::sqrt(ss / double(x.size()));
            if (sd == 0)
                feedback.pushWarning(tr("“%1” has the same value in every unit: its score is 0.").arg(fields.at(qsizetype(i))));
            for (size_t j = 0; j < x.size(); ++j)
                s[j] = sd == 0 ? 0.0 : (x[j] - mean) / sd;
        } else {
            const std::vector<double> ranks = averageRanks(x);
            for (size_t j = 0; j < x.size(); ++j)
                s[j] = ranks[j] / double(x.size());
        }
        for (size_t j = 0; j < units.size(); ++j)
            scores[i][units[j]] = s[j];
    }

    // Aggregation and contributions.
    std::vector<double> index(n, kNaN);
    std::vector<std::vector<double>> contrib(k, std::vector<double>(n, kNaN));
    int zeroScores = 0;
    for (size_t u : units) {
        if (!geometric) {
            double total = 0;
            for (size_t i = 0; i < k; ++i) {
                contrib[i][u] = weights[i] * scores[i][u];
                total += contrib[i][u];
            }
            index[u] = total;
        } else {
            bool zero = false;
            double logSum = 0;
            for (size_t i = 0; i < k; ++i) {
                if (weights[i] == 0) {
                    contrib[i][u] = 0;
                } else if (scores[i][u] <= 0) {
                    zero = true;
                } else {
                    contrib[i][u] = weights[i] * std::log(scores[i][u]);
                    logSum += contrib[i][u];
                }
            }
            index[u] = zero ? 0.0 : std::exp(logSum);
            if (zero)
                ++zeroScores;
        }
    }
    if (zeroScores > 0)
        feedback.pushWarning(tr("%n unit(s) have a score of 0 in some indicator: their geometric index is 0.", nullptr, zeroScores));
    std::vector<double> rank(n, kNaN);
    for (size_t u : units) {
        int better = 0;
        for (size_t v : units)
            if (index[v] > index[u])
                ++better;
        rank[u] = better + 1;
    }

    QList<NewField> newFields{{u"index"_s, OFTReal}, {u"index_rank"_s, OFTInteger64}};
    for (const QString &field : fields)
        newFields << NewField{u"contrib_"_s + field, OFTReal};
    auto writer = ZoneWriter::create(output, input->layer, newFields);
    if (!writer)
        return std::unexpected(writer.error());
    for (size_t u = 0; u < n; ++u) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        std::vector<double> row{index[u], rank[u]};
        for (size_t i = 0; i < k; ++i)
            row.push_back(contrib[i][u]);
        if (auto ok = (*writer)->write(*(*features)[u], row); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = (*writer)->close(); !ok)
        return std::unexpected(ok.error());
    feedback.setProgress(100);
    QVariantMap outputs;
    outputs.insert(u"output"_s, output);
    outputs.insert(u"unit_count"_s, qlonglong(n));
    outputs.insert(u"scored_count"_s, qlonglong(units.size()));
    outputs.insert(u"skipped_count"_s, qlonglong(skipped));
    return outputs;
}

} // namespace territoria
