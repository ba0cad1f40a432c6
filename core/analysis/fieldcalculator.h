#pragma once

#include "error.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace territoria {

class Feedback;

enum class CalculatedFieldType { Real, Integer, Text };

struct FieldCalculatorOptions {
    QString field;       // new field, or an existing field to overwrite
    QString expression;  // an SQLite expression (OGR's SQLite dialect, with Spatialite functions)
    CalculatedFieldType type = CalculatedFieldType::Real;
    // CRS of the geometry the expression sees when the layer's CRS is geographic
    // (any text OGRSpatialReference::SetFromUserInput accepts, e.g. "EPSG:32719",
    // the project CRS). Empty: the UTM zone of the layer's centre. Projected layers
    // are measured in their own CRS.
    QString measureCrs;
};

struct FieldCalculatorResult {
    int featureCount = 0;
    int nullCount = 0;        // features where the expression gave NULL
    bool replacedField = false;
    QString measureCrs;       // the CRS geometry measures were made in (its name)
    bool reprojected = false; // the geometry was reprojected to measureCrs
};

// New or updated fields from an expression over the fields and the geometry, run by
// GDAL's SQLite dialect: "population / superficie", "ST_Area(geometry) / 1e6",
// "ST_X(ST_Centroid(geometry))", "CASE WHEN idh < 0.5 THEN 'bajo' ELSE 'alto' END".
// The geometry column is always called `geometry`; fields keep their names
// (quote names with spaces: "Pob 2017"). Measures are in the units of the measure CRS.
class TERRITORIA_CORE_EXPORT FieldCalculator
{
    Q_DECLARE_TR_FUNCTIONS(FieldCalculator)
public:
    // Checks the expression against the layer's fields without writing anything.
    // The error gives SQLite's reason ("no such column: pob", "near \")\": syntax error").
    static Result<void> validate(const QString &layerSource, const QString &expression);

    // Writes `layerSource` with the calculated field to `outputPath` (.gpkg,
    // .geojson, .shp; overwritten).
    static Result<FieldCalculatorResult> calculate(const QString &layerSource, const FieldCalculatorOptions &options,
                                                   const QString &outputPath, Feedback *feedback = nullptr);
};

} // namespace territoria
