#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// prioritization:ahp: weights of criteria from a Saaty pairwise comparison matrix
// (principal eigenvector), lambda max, CI and CR, with the judgements most at odds.
class AhpAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(AhpAlgorithm)
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
