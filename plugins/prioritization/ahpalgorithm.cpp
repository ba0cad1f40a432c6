#include "ahpalgorithm.h"

#include "analysis/ahp.h"
#include "task/feedback.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace territoria {

QString AhpAlgorithm::id() const
{
    return u"prioritization:ahp"_s;
}

QString AhpAlgorithm::displayName() const
{
    return tr("AHP weights (pairwise comparisons)");
}

QString AhpAlgorithm::group() const
{
    return tr("Prioritization");
}

QString AhpAlgorithm::shortHelp() const
{
    return tr("Weights of the criteria from a pairwise comparison matrix on Saaty's scale 1/9..9: rows separated by “;” "
              "and entries by “,”, fractions allowed (1,3,5;1/3,1,3;1/5,1/3,1 says the first criterion is moderately more "
              "important than the second and strongly more than the third). The weights are the principal eigenvector "
              "(adding up to 1, in row order); CI = (λmax − n)/(n − 1) and CR = CI/RI with Saaty's random index. A CR "
              "above 0.10 means the judgements contradict each other: the ones most at odds are listed with the value the "
              "weights suggest.");
}

QList<ParameterDefinition> AhpAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"matrix"_s, tr("Pairwise comparison matrix (rows by “;”, entries by “,”)"), ParameterType::String),
        P::make(u"names"_s, tr("Names of the criteria, in row order (for the messages)"), ParameterType::String).setOptional(),
    };
}

QList<OutputDefinition> AhpAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"weights"_s, tr("Weights, in row order"), OutputType::Json},
        OutputDefinition{u"lambda_max"_s, tr("Principal eigenvalue"), OutputType::Number},
        OutputDefinition{u"ci"_s, tr("Consistency index"), OutputType::Number},
        OutputDefinition{u"ri"_s, tr("Random index (Saaty)"), OutputType::Number},
        OutputDefinition{u"cr"_s, tr("Consistency ratio"), OutputType::Number},
        OutputDefinition{u"consistent"_s, tr("Consistent (CR at most 0.10)"), OutputType::Json},
        OutputDefinition{u"most_at_odds"_s, tr("Judgements most at odds with the weights"), OutputType::Json},
    };
}

Result<QVariantMap> AhpAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    using namespace prioritization;
    auto matrix = parsePairwiseMatrix(parameters.value(u"matrix"_s).toString());
    if (!matrix)
        return std::unexpected(matrix.error());
    const int n = int(matrix->size());
    QStringList names = parameters.value(u"names"_s).toString().split(u',', Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed();
    if (!names.isEmpty() && names.size() != n)
        return fail(tr("Parameter “names”: %1 names for a %2 x %2 matrix.").arg(names.size()).arg(n));
    if (names.isEmpty())
        for (int i = 0; i < n; ++i)
            names << tr("criterion %1").arg(i + 1);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double v = (*matrix)[size_t(i)][size_t(j)];
            if (v > 9.0 + 1e-9 || v < 1.0 / 9.0 - 1e-9) {
                feedback.pushWarning(tr("Row %1, column %2: %3 is outside Saaty's scale 1/9..9.").arg(i + 1).arg(j + 1).arg(v, 0, 'g', 4));
                i = n; // once is enough
                break;
            }
        }

    const AhpResult ahp = computeAhp(*matrix);
    QVariantList weights;
    for (double w : ahp.weights)
        weights << w;
    QVariantList atOdds;
    for (const Judgement &j : ahp.mostAtOdds) {
        if (atOdds.size() >= 3 || j.deviation < 1e-9)
            break;
        atOdds << QVariantMap{{u"row"_s, j.row + 1},
                              {u"column"_s, j.column + 1},
                              {u"given"_s, j.given},
                              {u"implied"_s, j.implied}};
    }
    if (ahp.cr > 0.10) {
        QStringList pairs;
        for (qsizetype i = 0; i < atOdds.size(); ++i) {
            const Judgement &j = ahp.mostAtOdds[size_t(i)];
            pairs << tr("%1 vs %2 (row %3, column %4): %5 given, the weights imply %6")
                         .arg(names.at(j.row), names.at(j.column))
                         .arg(j.row + 1)
                         .arg(j.column + 1)
                         .arg(j.given, 0, 'g', 4)
                         .arg(j.implied, 0, 'g', 3);
        }
        feedback.pushWarning(tr("The matrix is inconsistent: CR = %1 > 0.10. Revise the judgements most at odds with the rest: %2.")
                                 .arg(ahp.cr, 0, 'f', 3)
                                 .arg(pairs.join(u"; "_s)));
    }
    QVariantMap outputs;
    outputs.insert(u"weights"_s, weights);
    outputs.insert(u"lambda_max"_s, ahp.lambdaMax);
    outputs.insert(u"ci"_s, ahp.ci);
    outputs.insert(u"ri"_s, ahp.ri);
    outputs.insert(u"cr"_s, ahp.cr);
    outputs.insert(u"consistent"_s, ahp.cr <= 0.10);
    outputs.insert(u"most_at_odds"_s, atOdds);
    return outputs;
}

} // namespace territoria
