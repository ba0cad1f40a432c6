#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// risk:exposure: what each hazard level exposes per district: buildings, facilities, roads, people.
class ExposureAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(ExposureAlgorithm)
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
