#pragma once

// Side by side comparison of two scenarios' result layers (scenario.h): for
// every unit (district) present in both, matched by a key field, and for every
// numeric field the two layers share, the value in A, in B, the difference B − A
// and the change in percent 100 (B − A) / A. Written as a CSV table and as a
// GeoPackage "difference map" with the geometry of A.
#include "error.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace territoria {

class Feedback;

struct TERRITORIA_CORE_EXPORT ScenarioFieldSummary {
    QString field;
    double sumA = 0;
    double sumB = 0;
    double meanDifference = std::numeric_limits<double>::quiet_NaN(); // over units with both values
    int increased = 0; // units where B > A
    int decreased = 0; // units where B < A
    int unchanged = 0;
    QString largestIncreaseKey; // unit with the largest B − A > 0 (empty: none)
    double largestIncrease = 0;
    QString largestDecreaseKey; // unit with the most negative B − A (empty: none)
    double largestDecrease = 0;
};

struct TERRITORIA_CORE_EXPORT ScenarioComparison {
    struct Row {
        QString key;
        QList<double> a; // per field of `fields`; NaN where the value is NULL
        QList<double> b;
        double difference(int field) const { return b.value(field) - a.value(field); }
        // NaN when A is 0 or either is NULL.
        double percent(int field) const;
    };

    QString keyField;
    QStringList fields;         // common numeric fields, in A's order
    QList<Row> rows;            // units in both, in A's order
    QStringList onlyInA;        // keys of A missing from B
    QStringList onlyInB;
    QList<ScenarioFieldSummary> summaries; // per field
    QString csvPath;
    QString gpkgPath;

    // A few translated lines: units matched and unmatched, and per field the sums,
    // the mean difference and the units that rose or fell most.
    QString summaryText(const QString &nameA, const QString &nameB) const;
    // The names of the output columns of a field: f_a, f_b, f_diff, f_pct.
    static QStringList columnNames(const QString &field);
};

class TERRITORIA_CORE_EXPORT ScenarioCompare
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioCompare)
public:
    // Compares the vector layers `layerA` and `layerB` ("path" or
    // "path|layername=x") on `keyField`. With `outputDir` non-empty writes
    // <outputDir>/<baseName>.csv and <outputDir>/<baseName>.gpkg (layer
    // "difference": the key, then f_a, f_b, f_diff, f_pct for every field, with
    // A's geometry and CRS); existing files are replaced. Errors name the file:
    // it cannot be opened, the key field is missing or not unique, the layers
    // share no numeric field, no unit matches.
    static Result<ScenarioComparison> compare(const QString &layerA, const QString &layerB, const QString &keyField,
                                              const QString &outputDir, const QString &baseName = QStringLiteral("comparison"),
                                              Feedback *feedback = nullptr);
};

} // namespace territoria
