#include "indicatorsprovider.h"

#include "pointcounts.h"
#include "zonalstatistics.h"

using namespace Qt::StringLiterals;

namespace territoria {

QString IndicatorsProvider::id() const
{
    return u"indicators"_s;
}

QString IndicatorsProvider::name() const
{
    return tr("Indicators");
}

std::vector<std::unique_ptr<Algorithm>> IndicatorsProvider::createAlgorithms() const
{
    std::vector<std::unique_ptr<Algorithm>> list;
    list.push_back(std::make_unique<ZonalStatisticsAlgorithm>());
    list.push_back(std::make_unique<PointCountsAlgorithm>());
    return list;
}

} // namespace territoria
