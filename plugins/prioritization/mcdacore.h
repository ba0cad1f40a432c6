#pragma once

// The arithmetic of the multi-criteria methods, shared by the vector, raster and
// sensitivity algorithms: criteria, normalization, WLC, TOPSIS, OWA and ranks.
#include "error.h"
#include "analysis/vectorio.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace territoria {
class Feedback;
struct ParameterDefinition;
}

namespace territoria::prioritization {

enum class Direction { Benefit, Cost };
enum class Method { Wlc, Topsis, Owa };
enum class Normalization { MinMax, ZScore, Vector };

struct Criterion {
    QString name;                 // field name, or a label for a raster
    Direction direction = Direction::Benefit;
    // A linear value function between two breakpoints, clamped to 0..1
    // ("slope:cost:0:45": 0 at 0 and 1 at 45, turned around for a cost); it
    // replaces the normalization for this criterion.
    std::optional<double> low, high;
    bool hasBounds() const { return low.has_value(); }
    // A piecewise linear value function ("dist:value:0=0:5=0.6:20=1": x=value
    // breakpoints, x ascending, constant beyond the ends); the value is used as is
    // (higher is better), without normalization. Vector units only.
    std::vector<std::pair<double, double>> points;
    bool hasValueFunction() const { return !points.empty(); }
    double valueAt(double x) const;
};

// "poverty:benefit,density:benefit,hdi:cost[:low:high]" -> criteria; errors name
// the parameter and the item.
Result<std::vector<Criterion>> parseCriteria(const QStringList &items);

// "0.5,0.3,0.2" -> weights scaled to sum 1. Zero or negative weights, text and a
// count other than `count` are errors; `note` says when the weights were scaled.
Result<std::vector<double>> parseWeights(const QString &text, size_t count, const QString &parameter, QString *note);

// "rank_sum" or "rank_reciprocal" (the criteria in order of importance), optionally
// with explicit ranks "rank_sum:1,2,2,3" (ties allowed): weights adding up to 1.
Result<std::vector<double>> rankWeights(const QString &text, size_t count);

// Statistics of one criterion over the units (or cells) that take part.
struct CriterionStats {
    double min = 0, max = 0, sum = 0, sumSquares = 0;
    double count = 0;
    void add(double x)
    {
        if (count == 0) {
            min = max = x;
        } else {
            min = x < min ? x : min;
            max = x > max ? x : max;
        }
        sum += x;
        sumSquares += x * x;
        count += 1;
    }
    void merge(const CriterionStats &o);
    bool isConstant() const { return count == 0 || max == min; }
};

// s = clamp(scale * x + offset) when clamped (to 0..1), else scale * x + offset.
struct Transform {
    double scale = 0, offset = 0;
    bool clamped = false;
    double operator()(double x) const
    {
        double v = scale * x + offset;
        if (clamped)
            v = v < 0 ? 0 : (v > 1 ? 1 : v);
        return v;
    }
};

// The normalized value r (not turned around): minmax (x - min)/(max - min), zscore
// (x - mean)/sd (population), vector x / sqrt(sum x²), or the criterion's value
// function. A constant criterion gets r = 0.
Transform normalizedTransform(const Criterion &c, Normalization n, const CriterionStats &s);
// The oriented value s, higher is better: r for a benefit; for a cost 1 - r
// (minmax and value functions, staying in 0..1) or -r (zscore and vector). A
// constant criterion gets s = 0: it adds nothing to any unit.
Transform orientedTransform(const Criterion &c, Normalization n, const CriterionStats &s);

// Ordered weighted averaging with criterion weights (Malczewski 2006): the oriented
// values sorted from best to worst, each weighted by its criterion weight times the
// order weight of its position, divided by the sum of those products.
double owaScore(const std::vector<double> &s, const std::vector<double> &weights, const std::vector<double> &orderWeights,
                std::vector<std::pair<double, double>> &scratch);

struct Evaluation {
    std::vector<double> score;      // per unit
    std::vector<double> dPlus, dMinus; // TOPSIS: distances to the ideal and anti-ideal
    std::vector<double> idealWeighted, antiIdealWeighted; // TOPSIS, per criterion (textbook convention)
    std::vector<double> idealRaw, antiIdealRaw; // best and worst data value per criterion
    std::vector<int> constantCriteria;
};

struct Setup {
    std::vector<Criterion> criteria;
    std::vector<double> weights;
    Method method = Method::Wlc;
    Normalization normalization = Normalization::MinMax;
    std::vector<double> orderWeights; // OWA, sums 1
};

// Evaluates x[criterion][unit] (complete, no NaN) with `weights`.
Evaluation evaluate(const std::vector<std::vector<double>> &x, const Setup &setup, const std::vector<double> &weights);

// 1 + the number of units with a strictly higher score (ties share a rank).
std::vector<int> competitionRanks(const std::vector<double> &score);

// Priority class 1 (very high) .. 5 (very low) by quintiles of the rank.
int priorityClass(int rank, size_t count);
QString priorityLabel(int priorityClass); // translated: "very high" ... "very low"

// Parameters shared by prioritization:mcda and prioritization:sensitivity.
QList<ParameterDefinition> commonParameters();
// Reads them (criteria, weights or ahp_matrix, method, normalization,
// order_weights); pushes notes to `feedback`.
Result<Setup> readSetup(const QVariantMap &parameters, Feedback &feedback);

// The units of a vector layer with their criterion values.
struct UnitTable {
    VectorInput input;
    std::vector<OGRFeatureUniquePtr> features;
    std::vector<size_t> units;                 // the features that take part
    std::vector<std::vector<double>> x;        // [criterion][index in units]
    std::vector<bool> excludedByConstraint;    // per feature
    std::vector<bool> missing;                 // per feature
    size_t constraintCount = 0, missingCount = 0;
};

// Opens `source`, checks the criterion fields (numeric), applies the optional
// constraint (an OGR SQL WHERE over the fields: units that do not satisfy it are
// left out) and leaves out units with a missing value (with a note).
Result<UnitTable> readUnits(const QString &source, const std::vector<Criterion> &criteria, const QString &constraint,
                            Feedback &feedback);

} // namespace territoria::prioritization
