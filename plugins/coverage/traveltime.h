#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// coverage:travel_time: minutes from (or to) the nearest facility over a speed
// (km/h) or friction (seconds per cell, as GRASS r.cost) raster, or a speed
// surface merged from land cover, roads and barriers (speedsurface.h), on 8 or 16
// neighbours; the nearest-facility allocation; optionally one raster per facility.
// Walking and bicycling speeds are corrected for slope over a DEM.
class TravelTimeAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(TravelTimeAlgorithm)
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
