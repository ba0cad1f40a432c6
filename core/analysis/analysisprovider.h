#pragma once

#include "analysis/algorithm.h"

#include <QString>
#include <QtPlugin>

#include <memory>
#include <vector>

namespace territoria {

// The interface an analysis plugin implements (a Qt plugin whose root object
// implements it). Its plugin.json, readable before the library is loaded, holds
// {"id", "name", "version", "description"}. Pure abstract: a plugin links only
// territoria_core.
class AnalysisProvider
{
public:
    virtual ~AnalysisProvider() = default;
    virtual QString id() const = 0;   // "indicators": the prefix of its algorithm ids
    virtual QString name() const = 0; // translated
    // New algorithm objects; the caller owns them. Algorithms are const and
    // thread-safe, so one object may serve many runs.
    virtual std::vector<std::unique_ptr<Algorithm>> createAlgorithms() const = 0;
};

} // namespace territoria

#define TerritoriaAnalysisProvider_iid "org.territoria.AnalysisProvider/1.0"
Q_DECLARE_INTERFACE(territoria::AnalysisProvider, TerritoriaAnalysisProvider_iid)
