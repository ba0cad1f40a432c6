#pragma once

#include "data/tableimport.h"
#include "error.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace territoria {

class Feedback;

struct JoinOptions {
    QString layerField;        // key field of the layer
    QString tableField;        // key column of the table
    QString prefix;            // put before the names of the joined columns
    int zeroPadWidth = 0;      // > 0: digit-only keys of both sides are left-padded with zeros to this width
    QStringList tableColumns;  // columns to join; empty: every column but the key
};

// What a join matched. Keys are listed as compared (trimmed, padded).
struct TERRITORIA_CORE_EXPORT JoinReport {
    int layerFeatureCount = 0;
    int tableRowCount = 0;
    int matchedCount = 0;              // layer features that found a table row
    QStringList unmatchedLayerKeys;    // layer keys without a table row (in layer order)
    QStringList unmatchedTableKeys;    // table keys no feature used (in table order)
    QStringList duplicateTableKeys;    // keys on several table rows: the first row wins
    bool typeMismatch = false;         // e.g. integer 40101 against text "040101"
    QString hint;                      // translated advice when typeMismatch
    QStringList warnings;              // translated

    QVariantMap toVariantMap() const;  // counts and lists, for algorithm outputs
};

// A one-to-one join of a table to a vector layer by key. Keys are compared as
// text after trimming: numbers are written without decimals ("40101.0" -> "40101");
// "040101" and 40101 never match unless zero padding is asked for, and then the
// report says so (typeMismatch, with a hint giving the width) when padding would
// have matched keys. The first table row of a duplicated key wins (a warning).
class TERRITORIA_CORE_EXPORT TableJoin
{
    Q_DECLARE_TR_FUNCTIONS(TableJoin)
public:
    // The comparable text of a key value.
    static QString keyText(const QVariant &value, int zeroPadWidth = 0);

    // Matches the keys only: for each layer key, the table row (or -1).
    static QList<int> match(const QStringList &layerKeys, bool layerKeysAreNumbers, const Table &table,
                            const JoinOptions &options, JoinReport &report);

    // Writes `layerSource` ("path" or "path|layername=NAME") with the joined
    // columns to `outputPath` (driver from the extension: .gpkg, .geojson, .shp;
    // overwritten). Features without a match keep empty joined fields.
    static Result<JoinReport> joinToFile(const QString &layerSource, const Table &table, const JoinOptions &options,
                                         const QString &outputPath, Feedback *feedback = nullptr);
};

} // namespace territoria
