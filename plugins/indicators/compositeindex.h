#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// indicators:composite_index: normalized (minmax, zscore, rank), oriented, weighted
// indicators aggregated by an arithmetic or geometric mean into `index`, its rank
// `index_rank` (1 = highest) and per-indicator `contrib_<field>`; missing values
// skip the unit or are replaced by the indicator's mean.
class CompositeIndexAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(CompositeIndexAlgorithm)
public:
    QString id() const override;
    QString displayName() const override;
    QString group() const override;
    QString shortHelp() const override;
    QList<ParameterDefinition> parameterDefinitions() const override;
    QList<OutputDefinition> outputDefinitions() const override;

protected:
    Result<QVariantMap> processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const override;
};

} // namespace territoria
