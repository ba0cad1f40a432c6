#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// coverage:population: people within each travel-time threshold, in total, per
// facility (from the allocation raster), per district, and the people left out;
// population from a raster on the travel-time grid or from a district field
// spread evenly over the district's cells. Capacity-aware mode (AccessMod's
// geographic coverage): facilities in a chosen order each take, nearest first,
// at most their capacity from the people still uncovered within max_minutes of
// them (their own travel-time rasters from coverage:travel_time per_facility_dir).
class PopulationCoverageAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(PopulationCoverageAlgorithm)
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
