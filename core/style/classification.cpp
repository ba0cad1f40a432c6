#include "style/classification.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

std::vector<double> finiteSorted(const QList<double> &values)
{
    std::vector<double> v;
    v.reserve(size_t(values.size()));
    for (double x : values)
        if (std::isfinite(x))
            v.push_back(x);
    std::sort(v.begin(), v.end());
    return v;
}

// Merges duplicate (and nearly duplicate) bounds; keeps {v, v} for one value.
QList<double> tidy(QList<double> b)
{
    std::sort(b.begin(), b.end());
    QList<double> out;
    for (double x : b) {
        if (!std::isfinite(x))
            continue;
        if (!out.isEmpty()) {
            const double last = out.last();
            const double tol = 1e-12 * std::max({1.0, std::abs(last), std::abs(x)});
            if (std::abs(x - last) <= tol)
                continue;
        }
        out.append(x);
    }
    if (out.size() == 1)
        out.append(out.first());
    return out;
}

// Sum of squared deviations of sorted[i..j] (inclusive) from prefix sums.
inline double ssd(const std::vector<double> &s1, const std::vector<double> &s2, size_t i, size_t j)
{
    const double n = double(j - i + 1);
    const double sum = s1[j + 1] - s1[i];
    const double sq = s2[j + 1] - s2[i];
    return std::max(0.0, sq - sum * sum / n);
}

} // namespace

QList<double> Classification::equalInterval(const QList<double> &values, int classes)
{
    const std::vector<double> v = finiteSorted(values);
    if (v.empty())
        return {};
    const double lo = v.front(), hi = v.back();
    if (lo == hi || classes < 1)
        return {lo, hi == lo ? lo : hi};
    QList<double> b;
    for (int i = 0; i < classes; ++i)
        b.append(lo + (hi - lo) * i / classes);
    b.append(hi); // exact, not lo + (hi - lo) * classes / classes
    return tidy(b);
}

QList<double> Classification::quantile(const QList<double> &values, int classes)
{
    const std::vector<double> v = finiteSorted(values);
    if (v.empty())
        return {};
    if (classes < 1)
        classes = 1;
    const size_t n = v.size();
    QList<double> b;
    for (int i = 0; i <= classes; ++i) {
        const double p = double(i) / classes;
        const double h = double(n - 1) * p;
        const size_t f = std::min(size_t(std::floor(h)), n - 1);
        const double frac = h - double(f);
        b.append(f + 1 < n ? v[f] + frac * (v[f + 1] - v[f]) : v[f]);
    }
    return tidy(b);
}

QList<double> Classification::naturalBreaks(const QList<double> &values, int classes, int maxValues)
{
    std::vector<double> v = finiteSorted(values);
    if (v.empty())
        return {};
    if (v.front() == v.back())
        return {v.front(), v.front()};
    if (maxValues >= 3 && v.size() > size_t(maxValues)) {
        // Evenly spaced sample of the sorted values; keeps the minimum and maximum.
        std::vector<double> s(static_cast<size_t>(maxValues));
        const double step = double(v.size() - 1) / double(maxValues - 1);
        for (int i = 0; i < maxValues; ++i)
            s[size_t(i)] = v[size_t(std::llround(i * step))];
        v = std::move(s);
    }
    const size_t n = v.size();
    size_t distinct = 1;
    for (size_t i = 1; i < n; ++i)
        if (v[i] != v[i - 1])
            ++distinct;
    const size_t k = size_t(std::clamp<qsizetype>(classes, 1, qsizetype(distinct)));

    std::vector<double> s1(n + 1, 0.0), s2(n + 1, 0.0);
    for (size_t i = 0; i < n; ++i) {
        s1[i + 1] = s1[i] + v[i];
        s2[i + 1] = s2[i] + v[i] * v[i];
    }
    // cost[c][j]: least total SSD of v[0..j] split into c+1 classes;
    // start[c][j]: index of the first value of the last of those classes.
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(k, std::vector<double>(n, inf));
    std::vector<std::vector<size_t>> start(k, std::vector<size_t>(n, 0));
    for (size_t j = 0; j < n; ++j)
        cost[0][j] = ssd(s1, s2, 0, j);
    for (size_t c = 1; c < k; ++c) {
        for (size_t j = c; j < n; ++j) {
            double best = inf;
            size_t bestI = c;
            for (size_t i = c; i <= j; ++i) { // last class is v[i..j]
                const double t = cost[c - 1][i - 1] + ssd(s1, s2, i, j);
                if (t < best) {
                    best = t;
                    bestI = i;
                }
            }
            cost[c][j] = best;
            start[c][j] = bestI;
        }
    }
    QList<double> b;
    b.append(v.back());
    size_t j = n - 1;
    for (size_t c = k - 1; c >= 1; --c) {
        const size_t i = start[c][j];
        b.append(v[i - 1]); // upper bound of the previous class
        j = i - 1;
    }
    b.append(v.front());
    return tidy(b);
}

QList<double> Classification::standardDeviation(const QList<double> &values, double k)
{
    const std::vector<double> v = finiteSorted(values);
    if (v.empty())
        return {};
    const double lo = v.front(), hi = v.back();
    if (lo == hi)
        return {lo, lo};
    double mean = 0;
    for (double x : v)
        mean += x;
    mean /= double(v.size());
    double var = 0;
    for (double x : v)
        var += (x - mean) * (x - mean);
    const double sigma = std::sqrt(var / double(v.size()));
    if (!(k > 0))
        k = 1;
    const double w = k * sigma;
    QList<double> b{lo};
    if (w > 0) {
        const long long jLo = (long long)std::floor((lo - mean) / w);
        const long long jHi = (long long)std::ceil((hi - mean) / w);
        for (long long j = jLo; j <= jHi; ++j) {
            const double x = mean + double(j) * w;
            if (x > lo && x < hi)
                b.append(x);
        }
    }
    b.append(hi);
    return tidy(b);
}

std::array<double, 3> Classification::prettyRange(double lo, double hi, int n)
{
    // R's pretty() (R_pretty in src/appl/pretty.c, with its default biases
    // high.u.bias = 1.5, u5.bias = 0.5 + 1.5 * high.u.bias, min.n = n %/% 3),
    // written here from its documented behaviour.
    const double h = 1.5, h5 = 0.5 + 1.5 * h;
    int ndiv = std::max(1, n);
    const int minN = ndiv / 3;
    const double dx = hi - lo;
    double cell = std::max(std::abs(lo), std::abs(hi));
    double u = 1 + ((h5 >= 1.5 * h + 0.5) ? 1 / (1 + h) : 1.5 / (1 + h5));
    u *= std::max(1, ndiv) * DBL_EPSILON;
    const bool small = dx == 0 && hi == 0 ? true : dx < cell * u * 3;
    if (small) {
        if (cell > 10)
            cell = 9 + cell / 10;
        cell *= 0.75;
        if (minN > 1)
            cell /= minN;
    } else {
        cell = dx;
        if (ndiv > 1)
            cell /= ndiv;
    }
    if (cell < 20 * DBL_MIN)
        cell = 20 * DBL_MIN;
    else if (cell * 10 > DBL_MAX)
        cell = 0.1 * DBL_MAX;
    const double base = std::pow(10.0, std::floor(std::log10(cell)));
    double unit = base;
    if (2 * base - cell < h * (cell - unit)) {
        unit = 2 * base;
        if (5 * base - cell < h5 * (cell - unit)) {
            unit = 5 * base;
            if (10 * base - cell < h * (cell - unit))
                unit = 10 * base;
        }
    }
    double ns = std::floor(lo / unit + 1e-7);
    double nu = std::ceil(hi / unit - 1e-7);
    while (ns * unit > lo + 1e-10 * unit)
        ns -= 1;
    while (nu * unit < hi - 1e-10 * unit)
        nu += 1;
    int k = int(0.5 + nu - ns);
    if (k < minN) {
        k = minN - k;
        if (ns >= 0) {
            nu += k / 2;
            ns -= k / 2 + k % 2;
        } else {
            ns -= k / 2;
            nu += k / 2 + k % 2;
        }
    }
    return {ns * unit, nu * unit, unit};
}

QList<double> Classification::pretty(const QList<double> &values, int classes)
{
    const std::vector<double> v = finiteSorted(values);
    if (v.empty())
        return {};
    if (v.front() == v.back())
        return {v.front(), v.front()};
    const auto [start, end, unit] = prettyRange(v.front(), v.back(), std::max(1, classes));
    QList<double> b;
    const long long steps = std::llround((end - start) / unit);
    for (long long i = 0; i <= steps; ++i) {
        double x = start + double(i) * unit;
        // Kill rounding noise (0.30000000000000004 -> 0.3) on the unit's grid.
        const double r = std::round(x / unit) * unit;
        if (std::abs(r - x) < 1e-9 * unit)
            x = r;
        if (std::abs(x) < 1e-12 * unit)
            x = 0;
        b.append(x);
    }
    return tidy(b);
}

QList<double> Classification::manual(const QList<double> &breaks)
{
    return tidy(breaks);
}

QList<double> Classification::breaks(ClassificationMethod method, const QList<double> &values, int classes,
                                     const QList<double> &manualBreaks)
{
    switch (method) {
    case ClassificationMethod::EqualInterval: return equalInterval(values, classes);
    case ClassificationMethod::Quantile: return quantile(values, classes);
    case ClassificationMethod::NaturalBreaks: return naturalBreaks(values, classes);
    case ClassificationMethod::StandardDeviation: return standardDeviation(values, 1.0);
    case ClassificationMethod::Pretty: return pretty(values, classes);
    case ClassificationMethod::Manual: return manual(manualBreaks);
    }
    return {};
}

QString Classification::methodId(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::EqualInterval: return u"equal"_s;
    case ClassificationMethod::Quantile: return u"quantile"_s;
    case ClassificationMethod::NaturalBreaks: return u"jenks"_s;
    case ClassificationMethod::StandardDeviation: return u"stddev"_s;
    case ClassificationMethod::Pretty: return u"pretty"_s;
    case ClassificationMethod::Manual: return u"manual"_s;
    }
    return u"equal"_s;
}

ClassificationMethod Classification::methodFromId(const QString &id, ClassificationMethod fallback)
{
    for (auto m : {ClassificationMethod::EqualInterval, ClassificationMethod::Quantile,
                   ClassificationMethod::NaturalBreaks, ClassificationMethod::StandardDeviation,
                   ClassificationMethod::Pretty, ClassificationMethod::Manual})
        if (id == methodId(m))
            return m;
    return fallback;
}

QString Classification::methodName(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::EqualInterval: return tr("Equal interval");
    case ClassificationMethod::Quantile: return tr("Quantile (equal count)");
    case ClassificationMethod::NaturalBreaks: return tr("Natural breaks (Jenks)");
    case ClassificationMethod::StandardDeviation: return tr("Standard deviation");
    case ClassificationMethod::Pretty: return tr("Pretty breaks");
    case ClassificationMethod::Manual: return tr("Manual");
    }
    return {};
}

} // namespace territoria
