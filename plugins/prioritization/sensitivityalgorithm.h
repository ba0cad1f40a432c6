#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// prioritization:sensitivity: rank changes under one-at-a-time weight changes and
// the rank distribution under Monte Carlo weights (seeded).
class SensitivityAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(SensitivityAlgorithm)
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
