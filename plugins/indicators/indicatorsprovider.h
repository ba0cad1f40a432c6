#pragma once

#include "analysis/analysisprovider.h"

#include <QObject>

namespace territoria {

// The "indicators" analysis provider: digital-divide and social indicators per
// territorial unit.
class IndicatorsProvider : public QObject, public AnalysisProvider
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
