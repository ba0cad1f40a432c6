#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// coverage:new_facilities: where to put K new facilities among candidate sites
// (points, or the cells of a suitability mask) to cover the most people not yet
// covered. Greedy maximum coverage: each step takes the candidate that adds the
// most still-uncovered people (ties: the lowest candidate index) and marks its
// cells covered. A site covers either the cells within radius_m (straight line,
// metres) or, over a speed or friction raster on the population's grid, the cells
// from which people reach it within site_minutes (the engine of
// coverage:travel_time, run on a window around each site sized for the fastest
// cell). People already covered by the existing facilities (a travel-time raster
// within max_minutes, or points covering by the same rule as the sites) are left
// out. Reports the gain of each added site.
class NewFacilitiesAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(NewFacilitiesAlgorithm)
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
