#pragma once

#include "analysis/parameterdefinition.h"
#include "error.h"
#include "territoria_core_export.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace territoria {

class Feedback;

// One analysis: a stable id "provider:name", declared parameters and outputs, and a
// const, thread-safe run(). An algorithm reads its inputs by path (never Layer or
// Project objects), polls feedback.isCanceled() in its loops and reports progress.
class TERRITORIA_CORE_EXPORT Algorithm
{
public:
    virtual ~Algorithm();

    // "indicators:zonal_statistics": provider id, a colon, lower_snake_case name.
    virtual QString id() const = 0;
    virtual QString displayName() const = 0; // translated
    virtual QString group() const = 0;       // translated
    virtual QString shortHelp() const = 0;   // translated, a few sentences
    virtual QList<ParameterDefinition> parameterDefinitions() const = 0;
    virtual QList<OutputDefinition> outputDefinitions() const = 0;

    // Validates and converts `parameters` (prepareParameters()) and then runs.
    // Returns the outputs keyed by OutputDefinition::name, or an Error (also when
    // canceled).
    Result<QVariantMap> run(const QVariantMap &parameters, Feedback &feedback) const;

    // The definition called `name`, if declared.
    std::optional<ParameterDefinition> parameterDefinition(const QString &name) const;

protected:
    // Receives values already checked and typed by prepareParameters().
    virtual Result<QVariantMap> processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const = 0;
};

// The error an algorithm returns when feedback was canceled.
TERRITORIA_CORE_EXPORT Error canceledError(const QString &algorithmId);

} // namespace territoria
