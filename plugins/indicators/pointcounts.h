#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// indicators:point_counts: points (facilities, bus stops, antennas) per zone,
// per 1,000 inhabitants (from a population field) and per km². Areas are
// geodesic, on the ellipsoid of the zones' CRS (PROJ's geod_polygonarea), so they
// do not depend on a map projection. A point on a shared border counts once, for
// the first zone in layer order that touches it.
class PointCountsAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(PointCountsAlgorithm)
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
