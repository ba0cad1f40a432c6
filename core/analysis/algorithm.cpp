#include "analysis/algorithm.h"

#include "task/feedback.h"

#include <QCoreApplication>

namespace territoria {

Algorithm::~Algorithm() = default;

Result<QVariantMap> Algorithm::run(const QVariantMap &parameters, Feedback &feedback) const
{
    auto prepared = prepareParameters(parameterDefinitions(), parameters);
    if (!prepared)
        return std::unexpected(prepared.error());
    if (feedback.isCanceled())
        return std::unexpected(canceledError(id()));
    auto result = processAlgorithm(*prepared, feedback);
    if (result && feedback.isCanceled())
        return std::unexpected(canceledError(id()));
    if (result)
        feedback.setProgress(100.0);
    return result;
}

std::optional<ParameterDefinition> Algorithm::parameterDefinition(const QString &name) const
{
    const QList<ParameterDefinition> definitions = parameterDefinitions();
    for (const ParameterDefinition &d : definitions) {
        if (d.name == name)
            return d;
    }
    return std::nullopt;
}

Error canceledError(const QString &algorithmId)
{
    return Error{QCoreApplication::translate("Algorithm", "%1 was canceled.").arg(algorithmId), algorithmId, {}};
}

} // namespace territoria
