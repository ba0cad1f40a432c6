#pragma once

#include "analysis/analysisprovider.h"

#include <QObject>

namespace territoria {

// The "risk" analysis provider: CENEPRED's hazard, vulnerability and risk levels
// (every weight by AHP, four levels) and the exposure per district and hazard level.
class RiskProvider : public QObject, public AnalysisProvider
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
