#pragma once

#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace territoria {

enum class ClassificationMethod { EqualInterval, Quantile, NaturalBreaks, StandardDeviation, Pretty, Manual };

// Class breaks for a list of numbers. Every function ignores NaN and infinite
// values and returns the class bounds b0 < b1 < ... < bk (k classes: the first is
// [b0, b1], the others (b(i-1), bi]). No finite value gives an empty list; a
// single distinct value v gives {v, v} (one class). Fewer classes than asked come
// back when the data cannot fill them (duplicate bounds are merged).
class TERRITORIA_CORE_EXPORT Classification
{
    Q_DECLARE_TR_FUNCTIONS(Classification)
public:
    // `classes` classes of equal width from the minimum to the maximum.
    static QList<double> equalInterval(const QList<double> &values, int classes);
    // Bounds at the empirical quantiles i/classes, i = 0..classes, with R's default
    // definition (type 7): for sorted x[0..n-1] and p, h = (n-1)p and
    // Q(p) = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
    static QList<double> quantile(const QList<double> &values, int classes);
    // Jenks natural breaks: the exact Fisher-Jenks dynamic program, which minimises
    // the sum of squared deviations from the class means. Bounds are the minimum
    // and each class's largest value. Above `maxValues` distinct-or-not values, the
    // program runs on an evenly spaced sample of the sorted values (always keeping
    // the minimum and maximum) of `maxValues` values: O(k·n²) would be too slow.
    static QList<double> naturalBreaks(const QList<double> &values, int classes, int maxValues = 3000);
    // Standard deviation classes: bounds at mean + j·k·σ for every integer j that
    // falls strictly inside (min, max), plus min and max. σ is the population
    // standard deviation (divides by n). `k` is the class width in σ (1, 0.5...).
    static QList<double> standardDeviation(const QList<double> &values, double k = 1.0);
    // "Pretty" bounds, 1, 2 or 5 times a power of ten, as R's pretty(x, n): about
    // `classes` classes whose bounds cover the data range (they may lie outside it).
    static QList<double> pretty(const QList<double> &values, int classes);
    // Sorted, de-duplicated `breaks` (non-finite dropped); the data is not used.
    static QList<double> manual(const QList<double> &breaks);

    static QList<double> breaks(ClassificationMethod method, const QList<double> &values, int classes,
                                const QList<double> &manualBreaks = {});

    // The pretty() step used for [lo, hi] and about n intervals (exposed for tests
    // and for axis ticks): returns {start, end, unit}.
    static std::array<double, 3> prettyRange(double lo, double hi, int n);

    static QString methodId(ClassificationMethod method); // "equal", "quantile", "jenks", "stddev", "pretty", "manual"
    static ClassificationMethod methodFromId(const QString &id, ClassificationMethod fallback);
    static QString methodName(ClassificationMethod method); // translated, for the GUI
};

} // namespace territoria
