#pragma once

// Analytic Hierarchy Process (Saaty): pairwise comparison matrices, weights from
// the principal eigenvector, consistency index and ratio.
#include "error.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace territoria::prioritization {

using Matrix = std::vector<std::vector<double>>;

// Parses "1,3,5;1/3,1,3;1/5,1/3,1" (rows by ";", entries by ",", fractions "a/b"),
// checks that it is square (at most 15 x 15), positive, with ones on the diagonal
// and reciprocal (a_ji = 1/a_ij within 1%, so "0.33" stands for 1/3). Errors name
// the row and the column (1-based) and the problem.
Result<Matrix> parsePairwiseMatrix(const QString &text);

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
double randomIndex(int n);

// Weights, lambda max, CI = (lambda - n)/(n - 1), CR = CI / RI(n).
AhpResult computeAhp(const Matrix &a);

} // namespace territoria::prioritization
