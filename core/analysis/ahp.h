#pragma once

// Analytic Hierarchy Process (Saaty): pairwise comparison matrices, weights from
// the principal eigenvector, consistency index and ratio. Shared by the
// prioritization and risk plugins (CENEPRED weights every factor by AHP).
#include "error.h"
#include "territoria_core_export.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace territoria {

using AhpMatrix = std::vector<std::vector<double>>;

// Parses "1,3,5;1/3,1,3;1/5,1/3,1" (rows by ";", entries by ",", fractions "a/b"),
// checks that it is square (at most 15 x 15), positive, with ones on the diagonal
// and reciprocal (a_ji = 1/a_ij within 1%, so "0.33" stands for 1/3). Errors name
// the row and the column (1-based) and the problem.
TERRITORIA_CORE_EXPORT Result<AhpMatrix> parsePairwiseMatrix(const QString &text);

// One judgement (i < j, 0-based) and how far it is from what the weights imply.
struct Judgement {
    int row = 0;
    int column = 0;
    double given = 1;      // a_ij
    double implied = 1;    // w_i / w_j
    double deviation = 0;  // |ln(a_ij * w_j / w_i)|
};

struct AhpResult {
    std::vector<double> weights; // sum 1, row order
    double lambdaMax = 0;
    double ci = 0;
    double ri = 0;
    double cr = 0;               // 0 when ri is 0 (n <= 2)
    std::vector<Judgement> mostAtOdds; // judgements sorted by deviation, largest first
};

// Saaty's random index for n = 1..15 (0 outside).
TERRITORIA_CORE_EXPORT double randomIndex(int n);

// Weights, lambda max, CI = (lambda - n)/(n - 1), CR = CI / RI(n).
TERRITORIA_CORE_EXPORT AhpResult computeAhp(const AhpMatrix &a);

// The names the prioritization plugin used before the AHP moved to core.
namespace prioritization {
using Matrix = AhpMatrix;
using territoria::AhpResult;
using territoria::computeAhp;
using territoria::Judgement;
using territoria::parsePairwiseMatrix;
using territoria::randomIndex;
} // namespace prioritization

} // namespace territoria
