#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// prioritization:mcda: WLC, TOPSIS or OWA over the fields of vector units (score,
// rank, priority class) or over aligned rasters (a Float32 score raster, block by
// block on a thread pool).
class McdaAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(McdaAlgorithm)
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
