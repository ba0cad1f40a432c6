#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// risk:level: risk from the hazard and vulnerability levels through a 4 x 4 matrix.
class RiskLevelAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(RiskLevelAlgorithm)
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
