#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// indicators:field_calculator: a new or overwritten field from an SQLite expression
// (core's FieldCalculator, GDAL's SQLite dialect); geographic layers are measured in
// measure_crs (default: the UTM zone of their centre).
class FieldCalculatorAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(FieldCalculatorAlgorithm)
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
