#pragma once

#include "analysis/analysisprovider.h"

#include <QObject>

namespace territoria {

// The "coverage" analysis provider: where facilities reach, by distance and by
// travel time, and who is left out.
class CoverageProvider : public QObject, public AnalysisProvider
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TerritoriaAnalysisProvider_iid FILE "plugin.json")
    Q_INTERFACES(territoria::AnalysisProvider)
public:
    QString id() const override;
    QString name() const override;
    std::vector<std::unique_ptr<Algorithm>> createAlgorithms() const override;
};

} // namespace territoria
