#include "indicatorsprovider.h"

#include "compositeindex.h"
#include "coveragegap.h"
#include "fieldcalculatoralgorithm.h"
#include "jointable.h"
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
    list.push_back(std::make_unique<JoinTableAlgorithm>());
    list.push_back(std::make_unique<FieldCalculatorAlgorithm>());
    list.push_back(std::make_unique<CompositeIndexAlgorithm>());
    list.push_back(std::make_unique<CoverageGapAlgorithm>());
    return list;
}

} // namespace territoria
