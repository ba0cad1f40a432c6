#pragma once

// Runs the analyses of a scenario (scenario.h) in order, through the
// AlgorithmRegistry, writing every output into the scenario's own folder.
#include "error.h"
#include "project/scenario.h"
#include "territoria_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace territoria {

class AlgorithmRegistry;
class Feedback;

// One run of a scenario once done: the parameters it was given (outputs moved to
// the scenario folder) and the outputs the algorithm returned.
struct TERRITORIA_CORE_EXPORT ScenarioRunOutput {
    AnalysisRun run;         // with the rewritten parameters and ranAt
    QVariantMap outputs;     // as returned by Algorithm::run
    QStringList vectorFiles; // outputs of type VectorFile that exist
    QStringList rasterFiles; // outputs of type RasterFile that exist
};

struct TERRITORIA_CORE_EXPORT ScenarioResult {
    QString scenarioName;
    QString outputFolder;
    QList<ScenarioRunOutput> runs;
    // Every vector and raster output, in run order.
    QStringList layerFiles() const;
};

class TERRITORIA_CORE_EXPORT ScenarioRunner
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
public:
    // The runs as they will be run: each FileOutput parameter is moved into
    // Scenario::outputFolder() (keeping its file name; an empty one is named after
    // the parameter; a name used by an earlier run gets the run number in front),
    // and a later run's input that names an earlier run's output (path, or
    // "path|layername=x") is pointed at the moved file. Errors: the project has no
    // file yet, an unknown algorithm, a scenario without runs.
    static Result<QList<AnalysisRun>> plan(const Scenario &scenario, const QString &projectFileName,
                                           const AlgorithmRegistry &registry);

    // The result layer of the scenario, compared by scenariocompare.h: the last
    // vector file output of the last run that has one (as planned; it exists once
    // the scenario was run).
    static Result<QString> resultLayer(const Scenario &scenario, const QString &projectFileName,
                                       const AlgorithmRegistry &registry);

    // Runs the planned runs in order on the calling thread (call it from a worker
    // for the GUI). Progress goes over all runs; the algorithms' messages are
    // passed on led by the run's number; cancel stops at the next check. Stops at
    // the first failure with an error naming the scenario, the run and the algorithm.
    // Each output file gets its run recorded (writeProvenanceMetadata) when the
    // format keeps metadata.
    static Result<ScenarioResult> run(const Scenario &scenario, const QString &projectFileName,
                                      const AlgorithmRegistry &registry, Feedback &feedback);
};

} // namespace territoria
