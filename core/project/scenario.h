#pragma once

// Saved analyses and scenarios.
//
// An AnalysisRun is one run of an algorithm as it can be repeated: the algorithm
// id and the parameters (plain values: paths, numbers, text). Every output layer
// an algorithm adds to a project carries its run ("provenance" in the layer's
// entry of the project file), so that it can be reproduced with the CLI and
// re-run when its inputs change (autoRerun).
//
// A Scenario is a named set of such runs, with a description and an author,
// run in order into the scenario's own output folder and compared with another
// scenario district by district on `compareField` (scenariocompare.h).
//
// In the project file, parameter values that are local file paths are written
// relative to the project file ("./data/districts.gpkg"), like layer sources.
#include "error.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace territoria {

class AlgorithmRegistry;

struct TERRITORIA_CORE_EXPORT AnalysisRun {
    QString id;                 // unique in the project (a UUID)
    QString algorithmId;        // "prioritization:mcda"
    QVariantMap parameters;     // as given to Algorithm::run (absolute paths in memory)
    QStringList outputLayerIds; // project layers this run produced (may be empty in a scenario)
    QDateTime ranAt;            // UTC
    bool autoRerun = false;     // re-run when an input file or input layer changes

    bool isValid() const { return !algorithmId.isEmpty(); }

    // Paths are written relative to `projectDir` (empty: kept as they are).
    QJsonObject toJson(const QString &projectDir) const;
    // Errors name the entry; relative paths are resolved against `projectDir`.
    static Result<AnalysisRun> fromJson(const QJsonObject &json, const QString &projectDir);

    // "territoria-cli run ALGORITHM --param name=value ..." (shell-quoted), the
    // command that reproduces the run.
    QString commandLine() const;
    // The parameter values that name existing local files (inputs and outputs
    // alike; "path|layername=x" gives "path"), each once, in parameter order.
    QStringList filePaths() const;
};

struct TERRITORIA_CORE_EXPORT Scenario {
    QString name;        // unique in the project; also the name of its output folder
    QString description;
    QString author;
    QDateTime created;   // UTC
    QDateTime modified;  // UTC
    QList<AnalysisRun> runs; // run in this order
    // The key field shared by the result layers of two scenarios (a district
    // code such as "ubigeo"), used by the comparison.
    QString compareField;

    QJsonObject toJson(const QString &projectDir) const;
    static Result<Scenario> fromJson(const QJsonObject &json, const QString &projectDir);

    // "<dir of project>/<project base name>.scenarios/<name>", the folder its
    // outputs are written to; the name is made safe for a file name ("/" and
    // other reserved characters become "_"). Empty when the project has no file.
    static QString outputFolder(const QString &projectFileName, const QString &scenarioName);
};

// Value functions of the parameters of a run: a parameter value (QString or
// QStringList) with its local paths made relative to / resolved from `projectDir`.
TERRITORIA_CORE_EXPORT QVariant parameterToSaved(const QVariant &value, const QString &projectDir);
TERRITORIA_CORE_EXPORT QVariant parameterFromSaved(const QVariant &value, const QString &projectDir);

// Records the run in the output file's metadata (GDAL metadata item
// "TERRITORIA_PROVENANCE": JSON with the algorithm, parameters, time and the CLI
// command; in a GeoPackage it goes to gpkg_metadata, in a GeoTIFF to its tags).
// `path` may be "path|layername=x". An error names the file.
TERRITORIA_CORE_EXPORT Result<void> writeProvenanceMetadata(const QString &path, const AnalysisRun &run);
// The run recorded by writeProvenanceMetadata(); an error when there is none.
TERRITORIA_CORE_EXPORT Result<AnalysisRun> readProvenanceMetadata(const QString &path);

} // namespace territoria
