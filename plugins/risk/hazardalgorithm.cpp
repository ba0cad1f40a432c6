#include "hazardalgorithm.h"

#include "riskcore.h"
#include "task/feedback.h"

using namespace Qt::StringLiterals;

namespace territoria {

QString HazardAlgorithm::id() const
{
    return u"risk:hazard"_s;
}

QString HazardAlgorithm::displayName() const
{
    return tr("Hazard level (CENEPRED)");
}

QString HazardAlgorithm::group() const
{
    return tr("Risk");
}

QString HazardAlgorithm::shortHelp() const
{
    return tr("Hazard (peligrosidad) the way CENEPRED's manual computes it. Each factor (susceptibility factors and hazard "
              "parameters) has descriptors, listed from the most to the least hazardous and weighted by an AHP pairwise "
              "matrix (or a list of weights); the factors are weighted by another AHP matrix or list. The hazard value of a "
              "unit (or cell) is Σ factor weight × weight of the unit's descriptor. The factors are fields of the units "
              "(vector mode) or rasters of class codes on one grid (raster mode, written block by block). Level ranges as "
              "in the manual: the possible values v1 ≥ … ≥ v5 (every factor at its 1st, …, 5th descriptor) give low "
              "[v5, v4), medium [v4, v3), high [v3, v2) and very high [v2, v1]; values below v4 are low. Give “ranges” "
              "(lower bounds of low, medium, high and very high) and “level_names” to override them. Writes hazard_value, "
              "hazard_level (1 low to 4 very high, a stable code) and hazard_level_name.");
}

QList<ParameterDefinition> HazardAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    QList<ParameterDefinition> list{
        P::make(u"units"_s, tr("Evaluation units with a descriptor field per factor (vector mode)"), ParameterType::VectorLayer).setOptional(),
        P::make(u"factor_fields"_s, tr("Fields of the units holding each factor's descriptor class (vector mode)"), ParameterType::StringList)
            .setOptional(),
        P::make(u"factor_rasters"_s, tr("Rasters of descriptor class codes, one per factor (raster mode)"), ParameterType::StringList).setOptional(),
        P::make(u"descriptor_weights"_s,
                tr("Descriptor weights per factor, separated by “|”: an AHP matrix (1,2,3,5,7;1/2,1,2,3,5;…) or a list, most hazardous descriptor first"),
                ParameterType::String),
        P::make(u"descriptor_classes"_s,
                tr("Class values of the descriptors per factor, separated by “|”, in the order of the weights (empty: 1, 2, 3, … with 1 the most hazardous)"),
                ParameterType::String)
            .setOptional(),
        P::make(u"factor_weights"_s, tr("Weights of the factors: an AHP matrix (1,3;1/3,1) or a list (0.75,0.25)"), ParameterType::String),
    };
    list << risk::evaluationParameters();
    return list;
}

QList<OutputDefinition> HazardAlgorithm::outputDefinitions() const
{
    return risk::evaluationOutputs();
}

Result<QVariantMap> HazardAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    bool rasterMode = false;
    auto sources = risk::factorSources(parameters, u"factor_fields"_s, u"factor_rasters"_s, &rasterMode);
    if (!sources)
        return std::unexpected(sources.error());
    auto weights = risk::parseWeights(parameters.value(u"factor_weights"_s).toString(), int(sources->size()), u"factor_weights"_s, feedback);
    if (!weights)
        return std::unexpected(weights.error());
    auto factors = risk::buildFactors(*sources, parameters.value(u"descriptor_weights"_s).toString(),
                                      parameters.value(u"descriptor_classes"_s).toString(), *weights, u"descriptor_weights"_s,
                                      u"descriptor_classes"_s, feedback);
    if (!factors)
        return std::unexpected(factors.error());
    return risk::runEvaluation(parameters, *factors, rasterMode,
                               {u"hazard_value"_s, u"hazard_level"_s, u"hazard_level_name"_s}, id(), feedback);
}

} // namespace territoria
