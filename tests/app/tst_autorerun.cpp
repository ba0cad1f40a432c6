// Issue 7 item 5 and issue 6 item 6: a prioritization run from its dialog records
// its run (the layer's provenance in the project, the parameters in the output
// file) and re-runs by itself when its input file changes, replacing the output
// layer (same name, style, place) with the new ranks.
//
// Districts (tests/core/scenariofixtures.h), WLC minmax, weights .6/.4:
//   before (x1 of C = 0):  x1' = .75, 1, 0;  x2' = 1, .25, 0 -> A .85, B .7, C 0 (A, B, C)
//   after (x1 of C = 10):  x1' = 0, 1/7, 1;  x2' = 1, .25, 0 -> A .4, B .6/7 + .1, C .6 (C, A, B)
#include "analysis/algorithmregistry.h"
#include "data/vectorlayer.h"
#include "desktop/analysiscontroller.h"
#include "desktop/layeropener.h"
#include "desktop/logdock.h"
#include "desktop/notifier.h"
#include "gui/taskmanager.h"
#include "gui/algorithmdialog.h"
#include "gui/messagebar.h"
#include "project/project.h"
#include "project/scenario.h"

#include "../common/ogrrows.h"
#include "../common/uitest.h"
#include "../core/scenariofixtures.h"

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

QMap<QString, QVariantMap> rowsByName(const QString &path)
{
    QMap<QString, QVariantMap> rows;
    for (const QVariantMap &row : test::readOgrRows(path))
        rows.insert(row.value(u"name"_s).toString(), row);
    return rows;
}

bool near(const QVariant &v, double expected)
{
    return v.isValid() && std::abs(v.toDouble() - expected) < 1e-9;
}

} // namespace

class TestAutoRerun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recordedAndRerunOnInputChange();
    void rerunOnSavedEdits();
    void notWatchedWithoutAutoRerun();

private:
    AlgorithmRegistry m_registry;
};

void TestAutoRerun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    testutil::installTestTranslator();
    m_registry.loadPlugins();
    QVERIFY2(m_registry.algorithm(u"prioritization:mcda"_s), "the prioritization plugin was not found in the build tree");
}

void TestAutoRerun::recordedAndRerunOnInputChange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString districts = QFileInfo(dir.filePath(u"districts.gpkg"_s)).absoluteFilePath();
    QVERIFY(test::writeDistricts(districts));
    const QString output = dir.filePath(u"prioridad.gpkg"_s);

    QWidget window;
    Project project;
    MessageBar bar(&window);
    LogDock log(&window);
    Notifier notifier(&bar, &log);
    LayerOpener opener(&project, &notifier, &window);
    AnalysisController controller(&m_registry, &project, &notifier, &opener, &window);
    controller.setRerunDelay(100);

    AlgorithmDialog *dialog = controller.openDialog(u"prioritization:mcda"_s);
    QVERIFY(dialog);
    dialog->setParameterValue(u"input"_s, districts);
    dialog->setParameterValue(u"criteria"_s, QStringList{u"x1:benefit"_s, u"x2:cost"_s});
    dialog->setParameterValue(u"weights"_s, u"0.6,0.4"_s);
    dialog->setParameterValue(u"method"_s, u"wlc"_s);
    dialog->setParameterValue(u"output"_s, output);
    QVERIFY2(dialog->run(), qPrintable(dialog->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(project.layerCount(), 1, 20000);
    Layer *layer = project.layers().first();
    const QString id = layer->id();
    QTRY_VERIFY_WITH_TIMEOUT(project.provenance(id).has_value(), 5000);

    // The run is recorded in the project and in the file.
    const AnalysisRun run = *project.provenance(id);
    QCOMPARE(run.algorithmId, u"prioritization:mcda"_s);
    QVERIFY(run.autoRerun); // prioritizations re-run by default
    QCOMPARE(run.parameters.value(u"input"_s).toString(), districts);
    QCOMPARE(run.parameters.value(u"weights"_s).toString(), u"0.6,0.4"_s);
    QCOMPARE(run.outputLayerIds, QStringList{id});
    auto recorded = readProvenanceMetadata(output);
    QVERIFY2(recorded.has_value(), recorded ? "" : qPrintable(recorded.error().message));
    QCOMPARE(recorded->parameters.value(u"weights"_s).toString(), u"0.6,0.4"_s);
    QCOMPARE(project.analysisRuns().size(), 1);

    auto before = rowsByName(output);
    QVERIFY(near(before[u"A"_s].value(u"score"_s), 0.85));
    QVERIFY(near(before[u"B"_s].value(u"score"_s), 0.7));
    QCOMPARE(before[u"C"_s].value(u"rank"_s).toLongLong(), 3);

    // The input is watched, the output is not.
    QTRY_VERIFY(controller.watchedFiles().contains(districts));
    QVERIFY(!controller.watchedFiles().contains(QFileInfo(output).absoluteFilePath()));

    layer->setName(u"Prioridad de postas"_s);
    layer->setOpacity(0.5);
    const QJsonObject style = layer->styleToJson();

    QSignalSpy started(&controller, &AnalysisController::rerunStarted);
    QSignalSpy finished(&controller, &AnalysisController::rerunFinished);
    QVERIFY(test::writeDistricts(districts, 10.0));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(finished.at(0).at(1).toBool());
    QCOMPARE(started.count(), 1);
    QVERIFY(started.at(0).at(1).toString().contains(u"districts.gpkg"_s));

    Layer *replaced = project.layer(id);
    QVERIFY(replaced);
    QCOMPARE(project.layerCount(), 1);
    QCOMPARE(replaced->name(), u"Prioridad de postas"_s);
    QCOMPARE(replaced->opacity(), 0.5);
    QCOMPARE(replaced->styleToJson(), style);
    QVERIFY(replaced->source().endsWith(u"prioridad.rerun.gpkg"_s));
    const auto after = rowsByName(replaced->source());
    QVERIFY(near(after[u"A"_s].value(u"score"_s), 0.4));
    QVERIFY(near(after[u"B"_s].value(u"score"_s), 0.6 / 7 + 0.1));
    QVERIFY(near(after[u"C"_s].value(u"score"_s), 0.6));
    QCOMPARE(after[u"C"_s].value(u"rank"_s).toLongLong(), 1);
    QCOMPARE(after[u"A"_s].value(u"rank"_s).toLongLong(), 2);
    QCOMPARE(after[u"B"_s].value(u"rank"_s).toLongLong(), 3);
    QVERIFY(project.provenance(id)->ranAt >= run.ranAt);
    QVERIFY(project.provenance(id)->parameters.value(u"output"_s).toString().endsWith(u"prioridad.rerun.gpkg"_s));
    // The log says when and why.
    QVERIFY2(log.text().contains(u"re-run because"_s) && log.text().contains(u"districts.gpkg changed"_s),
             qPrintable(log.text()));

    // Still watched after the file was replaced: a second change goes back to
    // the first file name with the first ranks.
    QVERIFY(test::writeDistricts(districts, 0.0));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QVERIFY(finished.at(1).at(1).toBool());
    QCOMPARE(QFileInfo(project.layer(id)->source()).fileName(), u"prioridad.gpkg"_s);
    const auto again = rowsByName(project.layer(id)->source());
    QVERIFY(near(again[u"A"_s].value(u"score"_s), 0.85));
    QCOMPARE(again[u"A"_s].value(u"rank"_s).toLongLong(), 1);
    QCOMPARE(project.layer(id)->name(), u"Prioridad de postas"_s);
}

void TestAutoRerun::rerunOnSavedEdits()
{
    // The input is a layer of the project: saving its edits re-runs the analysis.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString districts = QFileInfo(dir.filePath(u"districts.gpkg"_s)).absoluteFilePath();
    QVERIFY(test::writeDistricts(districts));
    const QString output = dir.filePath(u"prioridad.gpkg"_s);
    QWidget window;
    Project project;
    MessageBar bar(&window);
    LogDock log(&window);
    Notifier notifier(&bar, &log);
    LayerOpener opener(&project, &notifier, &window);
    AnalysisController controller(&m_registry, &project, &notifier, &opener, &window);
    controller.setRerunDelay(100);
    auto opened = VectorLayer::open(districts);
    QVERIFY(opened.has_value());
    auto *input = static_cast<VectorLayer *>(project.addLayer(std::move(*opened)));

    AlgorithmDialog *dialog = controller.openDialog(u"prioritization:mcda"_s);
    QVERIFY(dialog);
    dialog->setParameterValue(u"input"_s, districts);
    dialog->setParameterValue(u"criteria"_s, QStringList{u"x1:benefit"_s, u"x2:cost"_s});
    dialog->setParameterValue(u"weights"_s, u"0.6,0.4"_s);
    dialog->setParameterValue(u"output"_s, output);
    QVERIFY2(dialog->run(), qPrintable(dialog->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(project.layerCount(), 2, 20000);
    Layer *result = project.layers().first();
    QVERIFY(result != input);
    const QString id = result->id();
    QTRY_VERIFY(project.provenance(id).has_value());

    QSignalSpy started(&controller, &AnalysisController::rerunStarted);
    QSignalSpy finished(&controller, &AnalysisController::rerunFinished);
    QVERIFY(input->startEditing().has_value());
    const int x1 = input->fields().indexOf(u"x1"_s);
    QVERIFY(x1 >= 0);
    const qint64 fidC = 3; // C was written third into a new GeoPackage (fids 1, 2, 3)
    QVERIFY(input->changeAttributeValue(fidC, x1, 10.0));
    auto committed = input->commitChanges();
    QVERIFY2(committed.has_value(), committed ? "" : qPrintable(committed.error().message));
    QVERIFY(near(rowsByName(districts)[u"C"_s].value(u"x1"_s), 10.0));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 15000);
    QVERIFY(started.at(0).at(1).toString().contains(u"edits of layer"_s));
    // A possible second re-run (the file watcher) must settle too.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), started.count(), 15000);
    QVERIFY(finished.last().at(1).toBool());
    const auto after = rowsByName(project.layer(id)->source());
    QVERIFY(near(after[u"C"_s].value(u"score"_s), 0.6));
    QCOMPARE(after[u"C"_s].value(u"rank"_s).toLongLong(), 1);
}

void TestAutoRerun::notWatchedWithoutAutoRerun()
{
    QTemporaryDir dir;
    const QString districts = QFileInfo(dir.filePath(u"d.gpkg"_s)).absoluteFilePath();
    QVERIFY(test::writeDistricts(districts));
    QWidget window;
    Project project;
    MessageBar bar(&window);
    LogDock log(&window);
    Notifier notifier(&bar, &log);
    LayerOpener opener(&project, &notifier, &window);
    AnalysisController controller(&m_registry, &project, &notifier, &opener, &window);
    auto opened = VectorLayer::open(districts);
    QVERIFY(opened.has_value());
    Layer *layer = project.addLayer(std::move(*opened));
    const QString other = QFileInfo(dir.filePath(u"other.gpkg"_s)).absoluteFilePath();
    QVERIFY(test::writeDistricts(other));
    AnalysisRun run;
    run.algorithmId = u"prioritization:mcda"_s;
    run.parameters = {{u"input"_s, other}, {u"output"_s, districts}};
    run.autoRerun = false;
    project.setProvenance(layer->id(), run);
    QVERIFY(controller.watchedFiles().isEmpty());
    run.autoRerun = true;
    project.setProvenance(layer->id(), run);
    QCOMPARE(controller.watchedFiles(), QStringList{other});
    project.removeLayer(layer->id());
    QVERIFY(controller.watchedFiles().isEmpty());
}

QTEST_MAIN(TestAutoRerun)
#include "tst_autorerun.moc"
