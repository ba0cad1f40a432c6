// Scenarios and saved analyses: JSON round trip with relative paths and unicode
// names, the project keeping scenarios and the provenance of output layers,
// planning (outputs moved to the scenario folder, chained inputs) and a real run
// of two prioritization:mcda analyses checked against values worked out by hand.
#include "analysis/algorithmregistry.h"
#include "data/vectorlayer.h"
#include "project/project.h"
#include "project/scenario.h"
#include "project/scenariorunner.h"
#include "task/feedback.h"

#include "../common/ogrrows.h"
#include "scenariofixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

using test::near;
using test::rowsByName;

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runJsonRoundTrip();
    void scenarioJsonRoundTrip();
    void commandLine();
    void damagedJson();
    void projectKeepsScenariosAndProvenance();
    void oldProjectLoads();
    void scenarioNamesUnique();
    void planMovesOutputs();
    void runTwoAnalyses();
    void runFailsNamingRun();
    void runCanceled();

private:
    Scenario twoRunScenario(const QString &name, const QString &weights) const;
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_districts;
    AlgorithmRegistry m_registry;
};

void TestScenario::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.path();
    QDir().mkpath(m_dir + u"/data"_s);
    m_districts = m_dir + u"/data/districts.gpkg"_s;
    QVERIFY(test::writeDistricts(m_districts));
    m_registry.loadPlugins();
    QVERIFY2(m_registry.algorithm(u"prioritization:mcda"_s), "the prioritization plugin was not found in the build tree");
}

void TestScenario::runJsonRoundTrip()
{
    AnalysisRun run;
    run.id = u"run-1"_s;
    run.algorithmId = u"prioritization:mcda"_s;
    run.parameters = {
        {u"input"_s, QString(m_districts + u"|layername=districts"_s)},
        {u"rasters"_s, QStringList{m_dir + u"/data/a.tif"_s, u"/elsewhere/b.tif"_s}},
        {u"criteria"_s, QStringList{u"x1:benefit"_s, u"x2:cost"_s}},
        {u"constraint"_s, u"pop >= 100"_s},
        {u"threads"_s, 2},
        {u"output"_s, QString(m_dir + u"/out/prioridad ñandú.gpkg"_s)},
    };
    run.outputLayerIds = {u"layer-1"_s};
    run.ranAt = QDateTime(QDate(2026, 3, 4), QTime(10, 20, 30, 400), Qt::UTC);
    run.autoRerun = true;

    const QString projectDir = m_dir;
    const QJsonObject json = run.toJson(projectDir);
    const QJsonObject params = json.value("parameters"_L1).toObject();
    QCOMPARE(params.value("input"_L1).toString(), u"./data/districts.gpkg|layername=districts"_s);
    QCOMPARE(params.value("output"_L1).toString(), u"./out/prioridad ñandú.gpkg"_s);
    QCOMPARE(params.value("constraint"_L1).toString(), u"pop >= 100"_s);
    const QJsonArray rasters = params.value("rasters"_L1).toArray();
    QCOMPARE(rasters.at(0).toString(), u"./data/a.tif"_s);
    // Outside the project folder: relative with "..".
    QVERIFY(rasters.at(1).toString().startsWith(u"../"_s));
    QVERIFY(rasters.at(1).toString().endsWith(u"/elsewhere/b.tif"_s));
    QCOMPARE(json.value("auto_rerun"_L1).toBool(), true);
    QCOMPARE(json.value("ran_at"_L1).toString(), u"2026-03-04T10:20:30.400Z"_s);

    // Read back from another place: relative paths follow the project folder.
    const QString moved = u"/moved/project"_s;
    auto back = AnalysisRun::fromJson(json, moved);
    QVERIFY(back.has_value());
    QCOMPARE(back->id, run.id);
    QCOMPARE(back->algorithmId, run.algorithmId);
    QCOMPARE(back->parameters.value(u"input"_s).toString(), u"/moved/project/data/districts.gpkg|layername=districts"_s);
    QCOMPARE(back->parameters.value(u"output"_s).toString(), u"/moved/project/out/prioridad ñandú.gpkg"_s);
    QCOMPARE(back->parameters.value(u"criteria"_s).toStringList(), (QStringList{u"x1:benefit"_s, u"x2:cost"_s}));
    QCOMPARE(back->parameters.value(u"threads"_s).toInt(), 2);
    QCOMPARE(back->outputLayerIds, run.outputLayerIds);
    QCOMPARE(back->ranAt, run.ranAt);
    QCOMPARE(back->autoRerun, true);

    // Same place: exactly the original values.
    auto same = AnalysisRun::fromJson(json, projectDir);
    QVERIFY(same.has_value());
    QCOMPARE(same->parameters.value(u"rasters"_s).toStringList(), run.parameters.value(u"rasters"_s).toStringList());
    QCOMPARE(same->parameters.value(u"input"_s), run.parameters.value(u"input"_s));
}

void TestScenario::scenarioJsonRoundTrip()
{
    Scenario s;
    s.name = u"Línea base — año 2025 (Ñuñoa) 山"_s;
    s.description = u"Prioridad de postas de salud:\nponderación «igual»"_s;
    s.author = u"María José Quispe"_s;
    s.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    s.modified = s.created.addDays(1);
    s.compareField = u"ubigeo"_s;
    AnalysisRun run;
    run.id = u"r1"_s;
    run.algorithmId = u"prioritization:mcda"_s;
    run.parameters = {{u"input"_s, m_districts}};
    s.runs << run << run;
    s.runs[1].id = u"r2"_s;
    const QJsonObject json = s.toJson(m_dir);
    // Through text, as in the file.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    auto back = Scenario::fromJson(reread, m_dir);
    QVERIFY(back.has_value());
    QCOMPARE(back->name, s.name);
    QCOMPARE(back->description, s.description);
    QCOMPARE(back->author, s.author);
    QCOMPARE(back->created, s.created);
    QCOMPARE(back->modified, s.modified);
    QCOMPARE(back->compareField, u"ubigeo"_s);
    QCOMPARE(back->runs.size(), 2);
    QCOMPARE(back->runs[1].id, u"r2"_s);
    QCOMPARE(back->runs[0].parameters.value(u"input"_s).toString(), m_districts);
    QCOMPARE(json.value("runs"_L1).toArray().at(0).toObject().value("parameters"_L1).toObject().value("input"_L1).toString(),
             u"./data/districts.gpkg"_s);

    // The output folder: next to the project, reserved characters replaced.
    QCOMPARE(Scenario::outputFolder(u"/p/demo.territoria"_s, u"Base"_s), u"/p/demo.scenarios/Base"_s);
    QCOMPARE(Scenario::outputFolder(u"/p/demo.territoria"_s, u"a/b:c"_s), u"/p/demo.scenarios/a_b_c"_s);
    QCOMPARE(Scenario::outputFolder(u"/p/demo.territoria"_s, u"Año ñ"_s), u"/p/demo.scenarios/Año ñ"_s);
    QCOMPARE(Scenario::outputFolder(u"/p/demo.territoria"_s, u"../x"_s), u"/p/demo.scenarios/_._x"_s);
    QVERIFY(Scenario::outputFolder({}, u"Base"_s).isEmpty());
}

void TestScenario::commandLine()
{
    AnalysisRun run;
    run.algorithmId = u"prioritization:mcda"_s;
    run.parameters = {{u"input"_s, u"/d/my districts.gpkg"_s},
                      {u"criteria"_s, QStringList{u"x1:benefit"_s, u"x2:cost"_s}},
                      {u"weights"_s, u"0.5,0.5"_s},
                      {u"constraint"_s, u"name <> 'X'"_s}};
    // QVariantMap orders by key.
    QCOMPARE(run.commandLine(),
             u"territoria-cli run prioritization:mcda --param 'constraint=name <> '\\''X'\\''' "
             "--param criteria=x1:benefit,x2:cost --param 'input=/d/my districts.gpkg' --param weights=0.5,0.5"_s);
}

void TestScenario::damagedJson()
{
    auto noAlgorithm = AnalysisRun::fromJson(QJsonObject{{"parameters"_L1, QJsonObject{}}}, m_dir);
    QVERIFY(!noAlgorithm.has_value());
    QVERIFY(noAlgorithm.error().message.contains(u"no algorithm"_s));
    auto badParams = AnalysisRun::fromJson(QJsonObject{{"algorithm"_L1, u"a:b"_s}, {"parameters"_L1, 3}}, m_dir);
    QVERIFY(!badParams.has_value());
    QVERIFY(badParams.error().message.contains(u"parameters"_s));
    auto noName = Scenario::fromJson(QJsonObject{{"runs"_L1, QJsonArray{}}}, m_dir);
    QVERIFY(!noName.has_value());
    auto badRun = Scenario::fromJson(QJsonObject{{"name"_L1, u"S"_s}, {"runs"_L1, QJsonArray{QJsonObject{}}}}, m_dir);
    QVERIFY(!badRun.has_value());
    QVERIFY(badRun.error().message.contains(u"“S”"_s));
}

void TestScenario::projectKeepsScenariosAndProvenance()
{
    const QString projectFile = m_dir + u"/keep.territoria"_s;
    Project project;
    auto layer = VectorLayer::open(m_districts);
    QVERIFY(layer.has_value());
    Layer *added = project.addLayer(std::move(*layer));
    auto other = VectorLayer::open(m_districts);
    Layer *plain = project.addLayer(std::move(*other));

    QSignalSpy runsChanged(&project, &Project::analysisRunsChanged);
    AnalysisRun run;
    run.id = u"run-7"_s;
    run.algorithmId = u"prioritization:mcda"_s;
    run.parameters = {{u"input"_s, m_districts}, {u"weights"_s, u"0.5,0.5"_s}, {u"output"_s, QString(m_dir + u"/out.gpkg"_s)}};
    run.autoRerun = true;
    run.ranAt = QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC);
    project.setProvenance(added->id(), run);
    QCOMPARE(runsChanged.count(), 1);
    QVERIFY(project.provenance(added->id()).has_value());
    QCOMPARE(project.provenance(added->id())->outputLayerIds, QStringList{added->id()});
    QVERIFY(!project.provenance(plain->id()).has_value());
    QCOMPARE(project.analysisRuns().size(), 1);

    Scenario a;
    a.name = u"Línea base"_s;
    a.author = u"Ana"_s;
    a.compareField = u"ubigeo"_s;
    a.runs << run;
    Scenario b = a;
    b.name = u"Alternativa «B»"_s;
    b.runs[0].parameters[u"weights"_s] = u"0.2,0.8"_s;
    QSignalSpy scenariosChanged(&project, &Project::scenariosChanged);
    QCOMPARE(project.addScenario(a), a.name);
    QCOMPARE(project.addScenario(b), b.name);
    QCOMPARE(scenariosChanged.count(), 2);
    QVERIFY(project.scenario(a.name)->created.isValid());
    QVERIFY(project.save(projectFile).has_value());

    // In the file: version unchanged, provenance in the layer entry, paths relative.
    const QJsonObject json = readJson(projectFile);
    QCOMPARE(json.value("version"_L1).toInt(), Project::FormatVersion);
    QCOMPARE(Project::FormatVersion, 1);
    const QJsonArray layers = json.value("layers"_L1).toArray();
    QJsonObject withRun;
    for (const QJsonValue &l : layers)
        if (l.toObject().value("id"_L1).toString() == added->id())
            withRun = l.toObject();
    QCOMPARE(withRun.value("provenance"_L1).toObject().value("algorithm"_L1).toString(), u"prioritization:mcda"_s);
    QCOMPARE(withRun.value("provenance"_L1).toObject().value("parameters"_L1).toObject().value("input"_L1).toString(),
             u"./data/districts.gpkg"_s);
    QCOMPARE(json.value("scenarios"_L1).toArray().size(), 2);

    Project loaded;
    auto report = loaded.load(projectFile);
    QVERIFY(report.has_value());
    QCOMPARE(loaded.scenarioNames(), (QStringList{a.name, b.name}));
    const Scenario *lb = loaded.scenario(b.name);
    QVERIFY(lb);
    QCOMPARE(lb->author, u"Ana"_s);
    QCOMPARE(lb->compareField, u"ubigeo"_s);
    QCOMPARE(lb->runs.size(), 1);
    QCOMPARE(lb->runs[0].parameters.value(u"weights"_s).toString(), u"0.2,0.8"_s);
    QCOMPARE(lb->runs[0].parameters.value(u"input"_s).toString(), m_districts);
    const auto prov = loaded.provenance(added->id());
    QVERIFY(prov.has_value());
    QCOMPARE(prov->id, u"run-7"_s);
    QCOMPARE(prov->autoRerun, true);
    QCOMPARE(prov->ranAt, run.ranAt);
    QCOMPARE(prov->parameters.value(u"output"_s).toString(), QString(m_dir + u"/out.gpkg"_s));
    QVERIFY(!loaded.provenance(plain->id()).has_value());
    QCOMPARE(loaded.analysisRuns().size(), 1);

    // A second layer of the same run merges into one run with both ids.
    loaded.setProvenance(plain->id(), *prov);
    QCOMPARE(loaded.analysisRuns().size(), 1);
    QCOMPARE(loaded.analysisRuns().first().outputLayerIds.size(), 2);
    // Removing the layer forgets its provenance.
    loaded.removeLayer(added->id());
    QVERIFY(!loaded.provenance(added->id()).has_value());
    QCOMPARE(loaded.analysisRuns().size(), 1);
    // Saving again keeps the same content.
    QVERIFY(loaded.save(projectFile).has_value());
    Project again;
    QVERIFY(again.load(projectFile).has_value());
    QCOMPARE(again.scenarios().size(), 2);
    QVERIFY(again.provenance(plain->id()).has_value());
    // Replacing a layer's source keeps its id, name and provenance.
    const QString name = again.layer(plain->id())->name();
    auto replaced = again.replaceLayerSource(plain->id(), m_districts);
    QVERIFY(replaced.has_value());
    QCOMPARE((*replaced)->name(), name);
    QVERIFY(again.provenance(plain->id()).has_value());
}

void TestScenario::oldProjectLoads()
{
    const QString file = m_dir + u"/old.territoria"_s;
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "territoria-project", "version": 1, "title": "Old", "crs": null,
               "layers": [{"id": "l1", "name": "Districts", "kind": "vector", "source": "./data/districts.gpkg"}]})");
    f.close();
    Project project;
    auto report = project.load(file);
    QVERIFY(report.has_value());
    QCOMPARE(project.layerCount(), 1);
    QVERIFY(project.scenarios().isEmpty());
    QVERIFY(project.analysisRuns().isEmpty());
    QVERIFY(report->warnings.isEmpty());
    // Written back without the new keys.
    QVERIFY(project.save(file).has_value());
    QVERIFY(!readJson(file).contains("scenarios"_L1));

    // A damaged scenario is reported and kept as it was.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"format": "territoria-project", "version": 1, "layers": [],
               "scenarios": [{"name": "Good", "runs": []}, {"runs": 5}]})");
    f.close();
    Project damaged;
    auto r2 = damaged.load(file);
    QVERIFY(r2.has_value());
    QCOMPARE(damaged.scenarioNames(), QStringList{u"Good"_s});
    QCOMPARE(r2->warnings.size(), 1);
    QVERIFY(r2->warnings.first().contains(u"Scenario 2"_s));
    QVERIFY(damaged.save(file).has_value());
    QCOMPARE(readJson(file).value("scenarios"_L1).toArray().size(), 2);
}

void TestScenario::scenarioNamesUnique()
{
    Project project;
    Scenario s;
    s.name = u"Base"_s;
    QCOMPARE(project.addScenario(s), u"Base"_s);
    QCOMPARE(project.addScenario(s), u"Base (2)"_s);
    QVERIFY(!project.renameScenario(u"Base (2)"_s, u"Base"_s));
    QVERIFY(!project.renameScenario(u"Base (2)"_s, u"  "_s));
    QVERIFY(project.renameScenario(u"Base (2)"_s, u"Sequía"_s));
    QCOMPARE(project.scenarioNames(), (QStringList{u"Base"_s, u"Sequía"_s}));
    s.description = u"changed"_s;
    s.name = u"Sequía"_s;
    QVERIFY(project.replaceScenario(u"Base"_s, s)); // takes a name in use: made unique
    QCOMPARE(project.scenarioNames(), (QStringList{u"Sequía (2)"_s, u"Sequía"_s}));
    QVERIFY(project.removeScenario(u"Sequía"_s));
    QVERIFY(!project.removeScenario(u"Sequía"_s));
    QCOMPARE(project.scenarios().size(), 1);
    QVERIFY(project.isDirty());
    project.clear();
    QVERIFY(project.scenarios().isEmpty());
}

Scenario TestScenario::twoRunScenario(const QString &name, const QString &weights) const
{
    // Run 1: WLC of x1 (benefit) and x2 (cost). Run 2: TOPSIS of the same
    // criteria on run 1's output (chained: its input is run 1's output file).
    Scenario s;
    s.name = name;
    s.compareField = u"ubigeo"_s;
    AnalysisRun wlc;
    wlc.id = u"wlc"_s;
    wlc.algorithmId = u"prioritization:mcda"_s;
    wlc.parameters = {{u"input"_s, m_districts},
                      {u"criteria"_s, u"x1:benefit,x2:cost"_s},
                      {u"weights"_s, weights},
                      {u"method"_s, u"wlc"_s},
                      {u"output"_s, QString(m_dir + u"/results/wlc.gpkg"_s)}};
    AnalysisRun topsis;
    topsis.id = u"topsis"_s;
    topsis.algorithmId = u"prioritization:mcda"_s;
    topsis.parameters = {{u"input"_s, QString(m_dir + u"/results/wlc.gpkg"_s)},
                         {u"criteria"_s, u"x1:benefit,x2:cost"_s},
                         {u"weights"_s, u"0.5,0.5"_s},
                         {u"method"_s, u"topsis"_s},
                         {u"output"_s, QString(m_dir + u"/results/topsis.gpkg"_s)}};
    s.runs << wlc << topsis;
    return s;
}

void TestScenario::planMovesOutputs()
{
    const QString projectFile = m_dir + u"/plan.territoria"_s;
    Scenario s = twoRunScenario(u"Año 1"_s, u"0.5,0.5"_s);
    s.runs[1].parameters[u"input"_s] = QString(m_dir + u"/results/wlc.gpkg|layername=wlc"_s);
    s.runs << s.runs[0]; // a third run with the same output file name
    auto planned = ScenarioRunner::plan(s, projectFile, m_registry);
    QVERIFY2(planned.has_value(), planned ? "" : qPrintable(planned.error().message));
    const QString folder = m_dir + u"/plan.scenarios/Año 1"_s;
    QCOMPARE(planned->at(0).parameters.value(u"output"_s).toString(), QString(folder + u"/wlc.gpkg"_s));
    QCOMPARE(planned->at(1).parameters.value(u"input"_s).toString(), QString(folder + u"/wlc.gpkg|layername=wlc"_s));
    QCOMPARE(planned->at(1).parameters.value(u"output"_s).toString(), QString(folder + u"/topsis.gpkg"_s));
    QCOMPARE(planned->at(2).parameters.value(u"output"_s).toString(), QString(folder + u"/3_wlc.gpkg"_s));
    // Inputs that are not outputs stay.
    QCOMPARE(planned->at(0).parameters.value(u"input"_s).toString(), m_districts);
    auto result = ScenarioRunner::resultLayer(s, projectFile, m_registry);
    QVERIFY(result.has_value());
    QCOMPARE(*result, QString(folder + u"/3_wlc.gpkg"_s));

    auto unsaved = ScenarioRunner::plan(s, {}, m_registry);
    QVERIFY(!unsaved.has_value());
    QVERIFY(unsaved.error().message.contains(u"save the project"_s));
    Scenario empty;
    empty.name = u"Vacío"_s;
    auto none = ScenarioRunner::plan(empty, projectFile, m_registry);
    QVERIFY(!none.has_value());
    QVERIFY(none.error().message.contains(u"“Vacío”"_s));
}

void TestScenario::runTwoAnalyses()
{
    const QString projectFile = m_dir + u"/run.territoria"_s;
    const Scenario s = twoRunScenario(u"Base"_s, u"0.5,0.5"_s);
    Feedback feedback;
    QSignalSpy progress(&feedback, &Feedback::progressChanged);
    QSignalSpy infos(&feedback, &Feedback::infoPushed);
    auto result = ScenarioRunner::run(s, projectFile, m_registry, feedback);
    QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->runs.size(), 2);
    const QString folder = m_dir + u"/run.scenarios/Base"_s;
    QCOMPARE(result->outputFolder, folder);
    QCOMPARE(result->layerFiles(), (QStringList{folder + u"/wlc.gpkg"_s, folder + u"/topsis.gpkg"_s}));
    QVERIFY(!QFile::exists(m_dir + u"/results/wlc.gpkg"_s)); // never written where the run first wrote
    QCOMPARE(feedback.progress(), 100.0);
    QVERIFY(progress.count() >= 2);
    QVERIFY(infos.count() >= 2);
    QVERIFY(infos.at(0).at(0).toString().contains(u"1 of 2"_s));

    // WLC, minmax, .5/.5: x1' = .75, 1, 0; x2' = 1, .25, 0 -> .875, .625, 0.
    const auto wlc = rowsByName(folder + u"/wlc.gpkg"_s);
    QVERIFY(near(wlc[u"A"_s].value(u"score"_s), 0.875));
    QVERIFY(near(wlc[u"B"_s].value(u"score"_s), 0.625));
    QVERIFY(near(wlc[u"C"_s].value(u"score"_s), 0.0));
    QCOMPARE(wlc[u"A"_s].value(u"rank"_s).toLongLong(), 1);
    QCOMPARE(wlc[u"C"_s].value(u"rank"_s).toLongLong(), 3);
    // TOPSIS, vector normalization, .5/.5 (from run 1's file, which keeps x1, x2):
    // v1 = .3, .4, 0; v2 = 0, .3, .4; ideal (.4, 0), anti-ideal (0, .4).
    // A: D+ = .1, D- = .5 -> 5/6. B: D+ = .3, D- = sqrt(.17). C: 0.
    const auto topsis = rowsByName(folder + u"/topsis.gpkg"_s);
    QVERIFY(near(topsis[u"A"_s].value(u"score"_s), 0.5 / 0.6));
    QVERIFY(near(topsis[u"B"_s].value(u"score"_s), std::sqrt(0.17) / (0.3 + std::sqrt(0.17))));
    QVERIFY(near(topsis[u"C"_s].value(u"score"_s), 0.0));
    QCOMPARE(topsis[u"B"_s].value(u"rank"_s).toLongLong(), 2);

    // Each output records its run: algorithm, parameters, CLI command.
    auto recorded = readProvenanceMetadata(folder + u"/topsis.gpkg"_s);
    QVERIFY2(recorded.has_value(), recorded ? "" : qPrintable(recorded.error().message));
    QCOMPARE(recorded->algorithmId, u"prioritization:mcda"_s);
    QCOMPARE(recorded->parameters.value(u"method"_s).toString(), u"topsis"_s);
    QCOMPARE(recorded->parameters.value(u"input"_s).toString(), QString(folder + u"/wlc.gpkg"_s));
    QVERIFY(recorded->ranAt.isValid());
    QVERIFY(!readProvenanceMetadata(m_districts).has_value());
}

void TestScenario::runFailsNamingRun()
{
    const QString projectFile = m_dir + u"/fail.territoria"_s;
    Scenario s = twoRunScenario(u"Mala"_s, u"0.5,0.5"_s);
    s.runs[1].parameters[u"criteria"_s] = u"nosuchfield:benefit,x2:cost"_s;
    Feedback feedback;
    auto result = ScenarioRunner::run(s, projectFile, m_registry, feedback);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().message.contains(u"“Mala”, analysis 2 (prioritization:mcda)"_s), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"nosuchfield"_s));

    Scenario unknown = s;
    unknown.runs[0].algorithmId = u"nothing:here"_s;
    auto r2 = ScenarioRunner::run(unknown, projectFile, m_registry, feedback);
    QVERIFY(!r2.has_value());
    QVERIFY(r2.error().message.contains(u"nothing:here"_s));
}

void TestScenario::runCanceled()
{
    Feedback feedback;
    feedback.cancel();
    auto result = ScenarioRunner::run(twoRunScenario(u"C"_s, u"0.5,0.5"_s), m_dir + u"/cancel.territoria"_s, m_registry, feedback);
    QVERIFY(!result.has_value());
    QVERIFY(result.error().message.contains(u"canceled"_s));
    QVERIFY(!QFile::exists(m_dir + u"/cancel.scenarios/C/wlc.gpkg"_s));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
