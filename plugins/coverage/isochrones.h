#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// coverage:isochrones: polygons of the areas within each travel-time threshold
// (cumulative: the 30-minute polygon holds the 15-minute one; or as bands), from
// a travel-time raster: classified, polygonized (GDALPolygonize) and dissolved
// per threshold (GEOS).
class IsochronesAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(IsochronesAlgorithm)
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

// "15,30,60" -> sorted, distinct, positive values; an error naming the parameter.
Result<std::vector<double>> parseThresholds(const QVariant &value, const QString &parameter);

} // namespace territoria
