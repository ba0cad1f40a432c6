#include "coverageprovider.h"

#include "buffer.h"
#include "isochrones.h"
#include "newfacilities.h"
#include "population.h"
#include "traveltime.h"

using namespace Qt::StringLiterals;

namespace territoria {

QString CoverageProvider::id() const
{
    return u"coverage"_s;
}

QString CoverageProvider::name() const
{
    return tr("Coverage");
}

std::vector<std::unique_ptr<Algorithm>> CoverageProvider::createAlgorithms() const
{
    std::vector<std::unique_ptr<Algorithm>> list;
    list.push_back(std::make_unique<CoverageBufferAlgorithm>());
    list.push_back(std::make_unique<TravelTimeAlgorithm>());
    list.push_back(std::make_unique<IsochronesAlgorithm>());
    list.push_back(std::make_unique<PopulationCoverageAlgorithm>());
    list.push_back(std::make_unique<NewFacilitiesAlgorithm>());
    return list;
}

} // namespace territoria
