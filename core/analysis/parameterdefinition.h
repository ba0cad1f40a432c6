#pragma once

#include "error.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <limits>

namespace territoria {

// What kind of value a parameter takes. The GUI picks a widget from it, the CLI
// parses NAME=VALUE text with it.
enum class ParameterType {
    RasterLayer,  // path of a raster file (value: QString)
    VectorLayer,  // path of a vector file, optionally "path|layername=NAME" (QString)
    Field,        // a field of the vector layer named by parentParameter (QString)
    Number,       // double, with minimum/maximum
    Integer,      // qlonglong, with minimum/maximum
    Boolean,      // bool ("true/false/yes/no/1/0" on the command line)
    Enum,         // one of options (QString)
    String,       // QString
    StringList,   // QStringList ("a,b,c" on the command line)
    FileOutput,   // path to write (QString); fileKind tells raster/vector/table
    Crs,          // CRS text accepted by Crs::fromUserInput (QString)
    Extent,       // "xmin,ymin,xmax,ymax" (QString, validated)
};

enum class FileKind { None, Raster, Vector, Table };

// One declared input of an algorithm. Names are lower_snake_case and stable;
// descriptions are translated.
struct TERRITORIA_CORE_EXPORT ParameterDefinition {
    QString name;
    QString description;
    ParameterType type = ParameterType::String;
    bool optional = false;
    QVariant defaultValue;          // used when the parameter is not given
    double minimum = -std::numeric_limits<double>::infinity(); // Number/Integer
    double maximum = std::numeric_limits<double>::infinity();
    QStringList options;            // Enum, and allowed items of a StringList (empty: any)
    QString parentParameter;        // Field: the VectorLayer parameter it belongs to
    FileKind fileKind = FileKind::None; // FileOutput
    QString defaultExtension;       // FileOutput: "gpkg", "tif", "csv"

    // Fluent builders: ParameterDefinition::number(u"band"_s, tr("Band")).withRange(1, 1e9)
    static ParameterDefinition make(QString name, QString description, ParameterType type);
    ParameterDefinition &setOptional(bool on = true) { optional = on; return *this; }
    ParameterDefinition &withDefault(QVariant value) { defaultValue = std::move(value); return *this; }
    ParameterDefinition &withRange(double min, double max) { minimum = min; maximum = max; return *this; }
    ParameterDefinition &withOptions(QStringList list) { options = std::move(list); return *this; }
    ParameterDefinition &withParent(QString parent) { parentParameter = std::move(parent); return *this; }
    ParameterDefinition &withFile(FileKind kind, QString extension) { fileKind = kind; defaultExtension = std::move(extension); return *this; }

    QJsonObject toJson() const;
};

enum class OutputType { RasterFile, VectorFile, TableFile, Number, String, Json };

// One declared result of an algorithm (a key of the QVariantMap run() returns).
struct TERRITORIA_CORE_EXPORT OutputDefinition {
    QString name;
    QString description;
    OutputType type = OutputType::String;
    QJsonObject toJson() const;
};

TERRITORIA_CORE_EXPORT QString parameterTypeName(ParameterType type); // "raster_layer", "number", ...
TERRITORIA_CORE_EXPORT QString outputTypeName(OutputType type);      // "vector_file", ...

// Checks `values` against `definitions` and returns typed values (see ParameterType)
// with defaults filled in. Values may be typed already (from the GUI) or text (from
// the CLI: "3", "true", "a,b", paths). Errors name the parameter: unknown parameter,
// missing required value, not a number, out of range, unknown option, file not
// found, field not in the parent layer.
TERRITORIA_CORE_EXPORT Result<QVariantMap> prepareParameters(const QList<ParameterDefinition> &definitions,
                                                             const QVariantMap &values);

// "path|layername=NAME" -> {path, NAME}; layer empty when not given.
struct VectorSource {
    QString path;
    QString layerName;
};
TERRITORIA_CORE_EXPORT VectorSource splitVectorSource(const QString &source);

} // namespace territoria
