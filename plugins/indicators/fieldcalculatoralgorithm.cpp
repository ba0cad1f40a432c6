#include "fieldcalculatoralgorithm.h"

#include "analysis/fieldcalculator.h"
#include "task/feedback.h"
#include "analysis/vectorio.h"

using namespace Qt::StringLiterals;

namespace territoria {

QString FieldCalculatorAlgorithm::id() const
{
    return u"indicators:field_calculator"_s;
}

QString FieldCalculatorAlgorithm::displayName() const
{
    return tr("Field calculator");
}

QString FieldCalculatorAlgorithm::group() const
{
    return tr("Tables");
}

QString FieldCalculatorAlgorithm::shortHelp() const
{
    return tr("Calculates a new field, or overwrites one, from an SQLite expression over the fields and the geometry "
              "(GDAL's SQLite dialect with Spatialite functions), for example “poblacion / superficie”, "
              "“ST_Area(geometry) / 1e6” or “ST_X(ST_Centroid(geometry))”. The geometry column is called geometry. "
              "Measures are in the layer's CRS; a layer in longitude and latitude is first reprojected to the measure "
              "CRS (by default the UTM zone of its centre). An invalid expression is rejected with SQLite's reason.");
}

QList<ParameterDefinition> FieldCalculatorAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"input"_s, tr("Layer"), ParameterType::VectorLayer),
        P::make(u"field"_s, tr("Field to calculate (new or existing)"), ParameterType::String),
        P::make(u"expression"_s, tr("Expression (SQLite)"), ParameterType::String),
        P::make(u"type"_s, tr("Field type"), ParameterType::Enum)
            .withOptions({u"real"_s, u"integer"_s, u"text"_s})
            .withDefault(u"real"_s),
        P::make(u"measure_crs"_s, tr("CRS for measures of a geographic layer (e.g. the project CRS)"), ParameterType::Crs)
            .setOptional(),
        P::make(u"output"_s, tr("Output layer"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s),
    };
}

QList<OutputDefinition> FieldCalculatorAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Layer with the calculated field"), OutputType::VectorFile},
        OutputDefinition{u"feature_count"_s, tr("Features written"), OutputType::Number},
        OutputDefinition{u"null_count"_s, tr("Features where the expression is empty"), OutputType::Number},
        OutputDefinition{u"measure_crs"_s, tr("CRS of the geometry measures"), OutputType::String},
    };
}

Result<QVariantMap> FieldCalculatorAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    const QString input = parameters.value(u"input"_s).toString();
    const QString output = parameters.value(u"output"_s).toString();
    if (auto ok = checkOutputIsNotInput(output, {input}); !ok)
        return std::unexpected(ok.error());
    FieldCalculatorOptions options;
    options.field = parameters.value(u"field"_s).toString();
    options.expression = parameters.value(u"expression"_s).toString();
    const QString type = parameters.value(u"type"_s).toString();
    options.type = type == u"integer"_s ? CalculatedFieldType::Integer
                   : type == u"text"_s  ? CalculatedFieldType::Text
                                        : CalculatedFieldType::Real;
    options.measureCrs = parameters.value(u"measure_crs"_s).toString();
    auto result = FieldCalculator::calculate(input, options, output, &feedback);
    if (!result)
        return std::unexpected(result.error());
    if (feedback.isCanceled())
        return std::unexpected(canceledError(id()));
    if (result->nullCount > 0)
        feedback.pushWarning(tr("The expression is empty (NULL) for %n feature(s).", nullptr, result->nullCount));
    QVariantMap outputs;
    outputs.insert(u"output"_s, output);
    outputs.insert(u"feature_count"_s, result->featureCount);
    outputs.insert(u"null_count"_s, result->nullCount);
    outputs.insert(u"measure_crs"_s, result->measureCrs);
    return outputs;
}

} // namespace territoria
