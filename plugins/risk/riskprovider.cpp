#include "riskprovider.h"

#include "exposurealgorithm.h"
#include "hazardalgorithm.h"
#include "risklevelalgorithm.h"
#include "vulnerabilityalgorithm.h"

using namespace Qt::StringLiterals;

namespace territoria {

QString RiskProvider::id() const
{
    return u"risk"_s;
}

QString RiskProvider::name() const
{
    return tr("Risk");
}

std::vector<std::unique_ptr<Algorithm>> RiskProvider::createAlgorithms() const
{
    std::vector<std::unique_ptr<Algorithm>> list;
    list.push_back(std::make_unique<HazardAlgorithm>());
    list.push_back(std::make_unique<VulnerabilityAlgorithm>());
    list.push_back(std::make_unique<RiskLevelAlgorithm>());
    list.push_back(std::make_unique<ExposureAlgorithm>());
    return list;
}

} // namespace territoria
