#pragma once

#include "analysis/analysisprovider.h"

#include <QObject>

namespace territoria {

// The "prioritization" analysis provider: multi-criteria ranking of territorial
// units and raster cells (AHP, WLC, TOPSIS, OWA) and its sensitivity to the weights.
class PrioritizationProvider : public QObject, public AnalysisProvider
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
