#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// coverage:buffer: one buffer per facility and their dissolved union (GEOS),
// computed in metres: in the layer's CRS when projected, else in the UTM zone of
// the layer's centre; written back in the layer's CRS with areas in m².
class CoverageBufferAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(CoverageBufferAlgorithm)
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
