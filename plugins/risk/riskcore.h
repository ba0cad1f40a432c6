#pragma once

// The CENEPRED machinery shared by the risk algorithms: weights from AHP matrices
// or lists, factors (parameters) with descriptors weighted by AHP, the four levels
// with their ranges derived from the weighted descriptor values, and the
// evaluation of units (vector) or cells (raster) into a value and a level.
#include "analysis/parameterdefinition.h"
#include "error.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <array>
#include <vector>

class GDALDataset;

namespace territoria {
class Feedback;
}

namespace territoria::risk {

// Level codes, stable in every output: 1 low (bajo), 2 medium (medio),
// 3 high (alto), 4 very high (muy alto).
constexpr int kLevelCount = 4;

// "low", "medium", "high", "very high" translated (Spanish: bajo, medio, alto, muy alto).
QString levelDisplayName(int level);
// The conventional colours: 4 red #d7191c, 3 orange #fdae61, 2 yellow #ffffbf, 1 green #1a9641.
QColor levelColor(int level);
// 1..4 from a level as users write it: a code "1".."4" or a name in Spanish or
// English ("muy alto", "Muy Alto", "very high", "MEDIO", "moderado"); 0 when unknown.
int levelFromText(const QString &text);

// Weights from `text`: an AHP pairwise matrix ("1,3;1/3,1": the principal
// eigenvector, a warning when CR > 0.10) or a list ("0.6,0.4", normalized to sum
// 1). `count` is the number expected; errors name `parameter`.
Result<std::vector<double>> parseWeights(const QString &text, int count, const QString &parameter, Feedback &feedback);

// The bounds of the four levels, ascending: b[0] <= low < b[1] <= medium < b[2]
// <= high < b[3] <= very high <= b[4].
using LevelBounds = std::array<double, 5>;

// Closes (and flushes) `dataset`; false when GDAL reported a failure meanwhile.
bool closeDataset(GDALDataset *dataset);

// "0.068,0.134,0.260,0.503" (lower bounds of low..very high; the upper bound of
// very high is then +inf) or five numbers with the upper bound; strictly ascending.
Result<LevelBounds> parseBounds(const QString &text, const QString &parameter);
// 1..4; values below b[1] are low, values at or above b[3] very high.
int classify(double value, const LevelBounds &bounds);
// Four names for low..very high from "bajo,medio,alto,muy alto" (empty: the
// translated defaults).
Result<QStringList> parseLevelNames(const QString &text, const QString &parameter);

// One factor (or vulnerability parameter): where its descriptor is read (a field
// of the units or a raster of class codes), the class value of each descriptor
// from the most to the least hazardous (or vulnerable), the descriptor weights
// (AHP, same order, sum 1) and the weight of the factor in the total.
struct Factor {
    QString source;
    QStringList classes;
    std::vector<double> classNumbers; // the classes as numbers (rasters); NaN when not numeric
    std::vector<double> descriptorWeights;
    double weight = 0;
    // The descriptor index of `value`, -1 when not one of the classes.
    int indexOf(const QString &value) const;
    int indexOf(double value) const;
};

// Builds the factors: `sources` (fields or rasters), `matrices` (one AHP matrix or
// weight list per factor, separated by "|"), `classes` (one comma list per factor
// separated by "|"; empty: 1..n where 1 is the most hazardous descriptor), `weights`
// the overall weight of each factor.
Result<std::vector<Factor>> buildFactors(const QStringList &sources, const QString &matrices, const QString &classes,
                                         const std::vector<double> &weights, const QString &matricesParameter,
                                         const QString &classesParameter, Feedback &feedback);

// The manual's vector of possible values: v_k = Σ_f W_f × w_{f,k} for each
// descriptor rank k (all factors at their k-th descriptor), sorted descending.
// Needs the same number of descriptors in every factor.
Result<std::vector<double>> possibleValues(const std::vector<Factor> &factors);
// CENEPRED's ranges from five possible values v1 >= ... >= v5:
// [v5, v4) low, [v4, v3) medium, [v3, v2) high, [v2, v1] very high.
Result<LevelBounds> boundsFromPossibleValues(const std::vector<double> &values);

// What an evaluation writes: the names of the new fields / rasters.
struct EvaluationNames {
    QString valueField;     // "hazard_value"
    QString levelField;     // "hazard_level"
    QString levelNameField; // "hazard_level_name"
};

struct EvaluationResult {
    qint64 units = 0;
    qint64 missing = 0;            // units or cells without a value (a null or no-data descriptor)
    std::array<qint64, kLevelCount> perLevel{}; // units or cells per level 1..4
};

// Vector: `units` with one field per factor (Factor::source); writes `output` with
// the fields of the units plus value, level and level name.
Result<EvaluationResult> evaluateVector(const QString &units, const std::vector<Factor> &factors, const LevelBounds &bounds,
                                        const QStringList &levelNames, const EvaluationNames &names, const QString &output,
                                        const QString &algorithmId, Feedback &feedback);
// Raster: one raster of class codes per factor (Factor::source), all on the same
// grid; writes the level raster (Byte 1..4, 0 no data) and, when `valueOutput` is
// not empty, the value raster (Float32, -9999 no data), block by block.
Result<EvaluationResult> evaluateRaster(const std::vector<Factor> &factors, const LevelBounds &bounds,
                                        const QString &levelOutput, const QString &valueOutput,
                                        const QString &algorithmId, Feedback &feedback);

// The parameters hazard and vulnerability share: `ranges`, `level_names`,
// `output` (vector) and `level_raster` / `value_raster` (raster mode).
QList<ParameterDefinition> evaluationParameters();
QList<OutputDefinition> evaluationOutputs();
// Reads the factor sources of `parameters`: the fields `fieldsParameter` of
// `units` (vector mode) or the rasters `rastersParameter`; exactly one of them.
Result<QStringList> factorSources(const QVariantMap &parameters, const QString &fieldsParameter, const QString &rastersParameter,
                                  bool *rasterMode);
// Ranges (given or derived), names, then evaluateVector() or evaluateRaster();
// the outputs of evaluationOutputs().
Result<QVariantMap> runEvaluation(const QVariantMap &parameters, const std::vector<Factor> &factors, bool rasterMode,
                                  const EvaluationNames &names, const QString &algorithmId, Feedback &feedback);

// "a,b;c,d" rows into a 4x4 table of level codes (rows: hazard very high..low;
// columns: vulnerability very high..low).
Result<std::array<std::array<int, 4>, 4>> parseLevelTable(const QString &text, const QString &parameter);

// A categorized style (VectorStyle JSON) on `levelField` (codes 1..4) with the
// conventional colours and `names` as labels: the "style" output the desktop can
// apply to the output layer.
QJsonObject levelStyle(const QString &levelField, const QStringList &names);

// The description of the level ranges, e.g. "low [0.068, 0.134), medium ...".
QString describeBounds(const LevelBounds &bounds, const QStringList &names);

} // namespace territoria::risk
