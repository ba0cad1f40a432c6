#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// indicators:zonal_statistics: statistics of a raster band per zone polygon.
// Zones are reprojected to the raster CRS and rasterized (GDALRasterizeGeometries,
// pixel-centre rule) into an Int32 zone-id strip on the raster's grid; one pass
// over the raster by strips of whole blocks, on all cores, accumulates per zone.
// With `exact`, count/sum/mean weight boundary pixels by the share of the pixel
// inside the polygon (polygon clipped to the pixel square); interior pixels weigh 1.
class ZonalStatisticsAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(ZonalStatisticsAlgorithm)
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
