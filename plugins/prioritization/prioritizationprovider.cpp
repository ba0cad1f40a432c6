#include "prioritizationprovider.h"

#include "ahpalgorithm.h"
#include "mcdaalgorithm.h"
#include "sensitivityalgorithm.h"

using namespace Qt::StringLiterals;

namespace territoria {

QString PrioritizationProvider::id() const
{
    return u"prioritization"_s;
}

QString PrioritizationProvider::name() const
{
    return tr("Prioritization");
}

std::vector<std::unique_ptr<Algorithm>> PrioritizationProvider::createAlgorithms() const
{
    std::vector<std::unique_ptr<Algorithm>> list;
    list.push_back(std::make_unique<AhpAlgorithm>());
    list.push_back(std::make_unique<McdaAlgorithm>());
    list.push_back(std::make_unique<SensitivityAlgorithm>());
    return list;
}

} // namespace territoria
