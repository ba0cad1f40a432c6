#pragma once

#include "data/join.h"
#include "data/tableimport.h"
#include "error.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace territoria {

class Feedback;

// Live joins: a table joined to a layer and kept in the project.
//
// Design
// ------
// A join definition (LiveJoin: the table file, how to read it, the per-column type
// overrides and the JoinOptions) is saved in the layer's entry of the project file,
// next to the layer's own source:
//
//     { "id": ..., "source": "./distritos.geojson", ...,
//       "joins": [ { "table": "./ubigeo.csv", "encoding": "UTF-8", "delimiter": ",",
//                    "layer_field": "IDDIST", "table_field": "inei", ... } ] }
//
// When the project is loaded (and on Layer ▸ Refresh Joins), the joins are re-run
// from the current table files: runLiveJoins() reads each table and writes the layer
// with the joined columns into a cached GeoPackage next to the project,
// "<project>.cache/<layer id>_join.gpkg" (written in a temporary folder of the cache
// and renamed over the old file, so a reader never sees half a file). The layer's
// data then comes from that file while the project keeps recording the original
// source and the joins: saving writes the original source, never the cache, and
// deleting the cache loses nothing. Edits to the table show up on refresh or reload.
// When a table cannot be read (moved, deleted, locked) the layer opens from its own
// source without the joined columns and the project warns, naming the table file;
// the join definition is kept and saved back unchanged.
//
// Why re-run instead of a virtual join (QGIS-style, joined values looked up at read
// time): every reader in Territoria (renderer, attribute table, charts, analysis
// algorithms run on worker threads and by the CLI) reads layers through GDAL from a
// file path. A materialized file keeps all of them working unchanged, thread-safe and
// fast (GeoPackage, spatial index), and makes the joined layer usable by the
// algorithms, which take file paths. The price: the join is re-run on load/refresh
// (seconds for thousands of districts, longer for very large layers), the cache takes
// disk space, and edits to the table are seen only on refresh/reload, not instantly;
// edits to the original layer's features made elsewhere likewise need a refresh.

// A table file and how to read it.
struct TERRITORIA_CORE_EXPORT TableSource {
    QString path;                                   // absolute
    TableImportOptions options;
    QMap<QString, TableColumnType> columnTypes;     // per-column overrides by column name
};

// One table joined to a layer.
struct TERRITORIA_CORE_EXPORT LiveJoin {
    TableSource table;
    JoinOptions join;

    // Paths relative to `projectDir` when they share its root.
    QJsonObject toJson(const QString &projectDir) const;
    static Result<LiveJoin> fromJson(const QJsonObject &json, const QString &projectDir);
};

// What running the joins of a layer found.
struct TERRITORIA_CORE_EXPORT LiveJoinOutcome {
    QList<JoinReport> reports;     // one per join, in order
    QStringList tableProblems;     // translated, each naming the table file
};

class TERRITORIA_CORE_EXPORT LiveJoins
{
    Q_DECLARE_TR_FUNCTIONS(LiveJoins)
public:
    // Reads a table with its options, then applies the column type overrides
    // (maxRows >= 0: a preview of that many rows).
    static Result<Table> readTable(const TableSource &source, int maxRows = -1);

    // Re-types the columns named in `types`: Text keeps the raw cells; Integer and
    // Real parse them with the options' separators, and each cell that is not such a
    // number is reported (TableIssue::NotANumber) and typed as null; the raw text
    // stays in rawRows. Earlier NotANumber issues of those columns are replaced.
    static void applyColumnTypes(Table &table, const QMap<QString, TableColumnType> &types,
                                 const TableImportOptions &options);

    // The key values of `layerSource` ("path" or "path|layername=NAME"), as
    // joinToFile() compares them; `areNumbers` tells whether the field is numeric.
    static Result<QStringList> readLayerKeys(const QString &layerSource, const QString &field, bool *areNumbers = nullptr,
                                             Feedback *feedback = nullptr);

    // Runs `joins` in order on `layerSource` and writes the result to `outputPath`
    // (GeoPackage), atomically: the old file stays until the new one is complete.
    static Result<LiveJoinOutcome> run(const QString &layerSource, const QList<LiveJoin> &joins,
                                       const QString &outputPath, Feedback *feedback = nullptr);

    // Where the project keeps the joined file of a layer:
    // "<project file>.cache/<layer id>_join.gpkg"; for a project never saved, a
    // folder of the system's temporary directory.
    static QString cachePath(const QString &projectFileName, const QString &layerId);

    // "path" or "path|layername=NAME".
    static QString layerSource(const QString &path, const QString &sublayer);

    static QString columnTypeName(TableColumnType type); // "text", "integer", "real"
    static std::optional<TableColumnType> columnTypeFromName(const QString &name);
};

} // namespace territoria
