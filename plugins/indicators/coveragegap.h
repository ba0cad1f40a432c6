#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// indicators:coverage_gap: people outside coverage polygons per zone, from a
// population raster (pixel-centre rule, streamed by row chunks) or a population
// field spread evenly over each zone (areas in a Lambert azimuthal equal-area
// projection centred on the zones). Writes <prefix>population, covered, uncovered
// and share.
class CoverageGapAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(CoverageGapAlgorithm)
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
