#include "analysis/ahp.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// "3", "0.5", "1/3", " 1 / 9 " -> value; nullopt when not a positive finite number.
std::optional<double> parseEntry(const QString &text, bool *positive)
{
    *positive = true;
    const QStringList parts = text.split(u'/');
    if (parts.size() > 2)
        return std::nullopt;
    bool ok = false;
    const double num = parts.at(0).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(num))
        return std::nullopt;
    double value = num;
    if (parts.size() == 2) {
        const double den = parts.at(1).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(den))
            return std::nullopt;
        if (den == 0) {
            *positive = false;
            return 0.0;
        }
        value = num / den;
    }
    *positive = value > 0;
    return value;
}

} // namespace

double randomIndex(int n)
{
    // Saaty's random consistency index (Saaty 1980; n = 11..15 as extended in
    // Saaty's later tables, the values most software uses).
    static constexpr double ri[] = {0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                    1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    return n >= 1 && n <= 15 ? ri[n - 1] : 0.0;
}

Result<AhpMatrix> parsePairwiseMatrix(const QString &text)
{
    QStringList rows = text.split(u';');
    while (!rows.isEmpty() && rows.last().trimmed().isEmpty())
        rows.removeLast(); // a trailing ";"
    if (rows.isEmpty() || text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("PrioritizationAhp", "Parameter “matrix”: the matrix is empty (write rows separated by “;” and entries by “,”, e.g. 1,3;1/3,1)."));
    const int n = int(rows.size());
    if (n > 15)
        return fail(QCoreApplication::translate("PrioritizationAhp", "Parameter “matrix”: %1 rows; the random index of Saaty is tabulated up to 15 criteria.").arg(n));
    AhpMatrix a(size_t(n), std::vector<double>(size_t(n), 0.0));
    for (int i = 0; i < n; ++i) {
        const QStringList entries = rows.at(i).split(u',');
        if (entries.size() != n)
            return fail(QCoreApplication::translate("PrioritizationAhp", "Parameter “matrix”: row %1 has %2 entries but there are %3 rows; the matrix must be square.")
                            .arg(i + 1)
                            .arg(entries.size())
                            .arg(n));
        for (int j = 0; j < n; ++j) {
            bool positive = true;
            const auto v = parseEntry(entries.at(j), &positive);
            if (!v)
                return fail(QCoreApplication::translate("PrioritizationAhp", "Parameter “matrix”: row %1, column %2: “%3” is not a number or a fraction like 1/3.")
                                .arg(i + 1)
                                .arg(j + 1)
                                .arg(entries.at(j).trimmed()));
            if (!positive)
                return fail(QCoreApplication::translate("PrioritizationAhp", "Parameter “matrix”: row %1, column %2: “%3” must be greater than zero (Saaty's scale goes from 1/9 to 9).")
                                .arg(i + 1)
                                .arg(j + 1)
                                .arg(entries.at(j).trimmed()));
            a[size_t(i)][size_t(j)] = *v;
        }
    }
    // Tolerance of 1%: "0.33" typed for 1/3 is accepted, "0.3" is not.
    for (int i = 0; i < n; ++i) {
        if (std::abs(a[size_t(i)][size_t(i)] - 1.0) > 0.01)
            return fail(QCoreApplication::translate("PrioritizationAhp", "Parameter “matrix”: row %1, column %1: a criterion compared with itself must be 1, not %2.")
                            .arg(i + 1)
                            .arg(a[size_t(i)][size_t(i)]));
        for (int j = i + 1; j < n; ++j) {
            const double product = a[size_t(i)][size_t(j)] * a[size_t(j)][size_t(i)];
            if (std::abs(product - 1.0) > 0.01)
                return fail(QCoreApplication::translate("PrioritizationAhp", "Parameter “matrix”: not reciprocal: row %1, column %2 is %3 but row %2, column %1 is %4 (expected %5).")
                                .arg(i + 1)
                                .arg(j + 1)
                                .arg(a[size_t(i)][size_t(j)], 0, 'g', 4)
                                .arg(a[size_t(j)][size_t(i)], 0, 'g', 4)
                                .arg(1.0 / a[size_t(i)][size_t(j)], 0, 'g', 4));
        }
    }
    return a;
}

AhpResult computeAhp(const AhpMatrix &a)
{
    const size_t n = a.size();
    AhpResult result;
    if (n == 0)
        return result;
    // Principal eigenvector by power iteration. No linear algebra library is a
    // dependency of Territoria and the matrices are at most 15 x 15: a positive
    // matrix has (Perron-Frobenius) a simple dominant eigenvalue with a positive
    // eigenvector, so iterating w <- A w / sum(A w) from the uniform vector
    // converges to it; a few dozen products of a 15 x 15 matrix cost nothing.
    std::vector<double> w(n, 1.0 / double(n)), next(n);
    double lambda = double(n);
    for (int iteration = 0; iteration < 10000; ++iteration) {
        double sum = 0;
        for (size_t i = 0; i < n; ++i) {
            double s = 0;
            for (size_t j = 0; j < n; ++j)
                s += a[i][j] * w[j];
            next[i] = s;
            sum += s;
        }
        // With sum(w) = 1, sum(A w) tends to lambda max.
        lambda = sum;
        double change = 0;
        for (size_t i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next[i] - w[i]));
        }
        w.swap(next);
        if (change < 1e-15)
            break;
    }
    result.weights = w;
    result.lambdaMax = lambda;
    result.ci = n > 1 ? std::max(0.0, (lambda - double(n)) / double(n - 1)) : 0.0;
    result.ri = randomIndex(int(n));
    result.cr = result.ri > 0 ? result.ci / result.ri : 0.0;
    // The judgements most at odds with the weights: e_ij = a_ij w_j / w_i is 1 in a
    // consistent matrix and lambda max - n grows with the spread of the e_ij (Saaty;
    // Harker's and Aguarón's consistency diagnostics rank the entries the same way).
    // |ln e_ij| is symmetric (e_ji = 1/e_ij), so each pair is judged once and 3 vs
    // 1/3 weigh the same; the suggested value is w_i / w_j.
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j) {
            Judgement judgement;
            judgement.row = int(i);
            judgement.column = int(j);
            judgement.given = a[i][j];
            judgement.implied = w[i] / w[j];
            judgement.deviation = std::abs(std::log(a[i][j] * w[j] / w[i]));
            result.mostAtOdds.push_back(judgement);
        }
    }
    std::stable_sort(result.mostAtOdds.begin(), result.mostAtOdds.end(),
                     [](const Judgement &x, const Judgement &y) { return x.deviation > y.deviation; });
    return result;
}

} // namespace territoria
