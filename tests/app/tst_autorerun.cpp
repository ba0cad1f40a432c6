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
#include "../common/analysisdesktop.h"
#include "../common/uitest.h"
#include "../core/scenariofixtures.h"

#include <QDir>
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

using test::near;
using test::rowsByName;

// The input of a prioritization (the districts, written in a temporary folder),
// its output path there, and a desktop that re-runs 100 ms after a change.
struct RerunFixture {
    explicit RerunFixture(AlgorithmRegistry *registry)
        : desktop(registry)
    {
        desktop.controller.setRerunDelay(100);
    }
    bool isValid() const { return written; }

    QTemporaryDir dir;
    const QString districts = QFileInfo(dir.filePath(u"districts.gpkg"_s)).absoluteFilePath();
    const QString output = dir.filePath(u"prioridad.gpkg"_s);
    const bool written = dir.isValid() && test::writeDistricts(districts);
    test::AnalysisDesktop desktop;
    Project &project = desktop.project;
    AnalysisController &controller = desktop.controller;
    LogDock &log = desktop.log;
};

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
    QVERIFY2(test::initAnalysisTest(m_registry), "the prioritization plugin was not found in the build tree");
}

void TestAutoRerun::recordedAndRerunOnInputChange()
{
    RerunFixture f(&m_registry);
    QVERIFY(f.isValid());

    AlgorithmDialog *dialog = f.controller.openDialog(u"prioritization:mcda"_s);
    QVERIFY(dialog);
    dialog->setParameterValue(u"input"_s, f.districts);
    dialog->setParameterValue(u"criteria"_s, QStringList{u"x1:benefit"_s, u"x2:cost"_s});
    dialog->setParameterValue(u"weights"_s, u"0.6,0.4"_s);
    dialog->setParameterValue(u"method"_s, u"wlc"_s);
    dialog->setParameterValue(u"output"_s, f.output);
    QVERIFY2(dialog->run(), qPrintable(dialog->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(f.project.layerCount(), 1, 20000);
    Layer *layer = f.project.layers().first();
    const QString id = layer->id();
    QTRY_VERIFY_WITH_TIMEOUT(f.project.provenance(id).has_value(), 5000);

    // The run is recorded in the project and in the file.
    const AnalysisRun run = *f.project.provenance(id);
    QCOMPARE(run.algorithmId, u"prioritization:mcda"_s);
    QVERIFY(run.autoRerun); // prioritizations re-run by default
    QCOMPARE(run.parameters.value(u"input"_s).toString(), f.districts);
    QCOMPARE(run.parameters.value(u"weights"_s).toString(), u"0.6,0.4"_s);
    QCOMPARE(run.outputLayerIds, QStringList{id});
    auto recorded = readProvenanceMetadata(f.output);
    QVERIFY2(recorded.has_value(), recorded ? "" : qPrintable(recorded.error().message));
    QCOMPARE(recorded->parameters.value(u"weights"_s).toString(), u"0.6,0.4"_s);
    QCOMPARE(f.project.analysisRuns().size(), 1);

    auto before = rowsByName(f.output);
    QVERIFY(near(before[u"A"_s].value(u"score"_s), 0.85));
    QVERIFY(near(before[u"B"_s].value(u"score"_s), 0.7));
    QCOMPARE(before[u"C"_s].value(u"rank"_s).toLongLong(), 3);

    // The input is watched, the output is not.
    QTRY_VERIFY(f.controller.watchedFiles().contains(f.districts));
    QVERIFY(!f.controller.watchedFiles().contains(QFileInfo(f.output).absoluteFilePath()));

    layer->setName(u"Prioridad de postas"_s);
    layer->setOpacity(0.5);
    const QJsonObject style = layer->styleToJson();

    QSignalSpy started(&f.controller, &AnalysisController::rerunStarted);
    QSignalSpy finished(&f.controller, &AnalysisController::rerunFinished);
    QVERIFY(test::writeDistricts(f.districts, 10.0));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(finished.at(0).at(1).toBool());
    QCOMPARE(started.count(), 1);
    // The reason as the controller words it in the test's language (TERRITORIA_TEST_LANG).
    const QString reason = AnalysisController::tr("%1 changed").arg(QDir::toNativeSeparators(f.districts));
    QCOMPARE(started.at(0).at(1).toString(), reason);
    QVERIFY(started.at(0).at(1).toString().contains(u"districts.gpkg"_s));

    Layer *replaced = f.project.layer(id);
    QVERIFY(replaced);
    QCOMPARE(f.project.layerCount(), 1);
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
    QVERIFY(f.project.provenance(id)->ranAt >= run.ranAt);
    QVERIFY(f.project.provenance(id)->parameters.value(u"output"_s).toString().endsWith(u"prioridad.rerun.gpkg"_s));
    // The log says when and why.
    const QString logged = AnalysisController::tr("%1 was re-run because %2; updated: %3.")
                               .arg(m_registry.algorithm(u"prioritization:mcda"_s)->displayName(), reason,
                                    u"“Prioridad de postas”"_s);
    QVERIFY2(f.log.text().contains(logged), qPrintable(f.log.text() + u"\nexpected: "_s + logged));

    // Still watched after the file was replaced: a second change goes back to
    // the first file name with the first ranks.
    QVERIFY(test::writeDistricts(f.districts, 0.0));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QVERIFY(finished.at(1).at(1).toBool());
    QCOMPARE(QFileInfo(f.project.layer(id)->source()).fileName(), u"prioridad.gpkg"_s);
    const auto again = rowsByName(f.project.layer(id)->source());
    QVERIFY(near(again[u"A"_s].value(u"score"_s), 0.85));
    QCOMPARE(again[u"A"_s].value(u"rank"_s).toLongLong(), 1);
    QCOMPARE(f.project.layer(id)->name(), u"Prioridad de postas"_s);
}

void TestAutoRerun::rerunOnSavedEdits()
{
    // The input is a layer of the project: saving its edits re-runs the analysis.
    RerunFixture f(&m_registry);
    QVERIFY(f.isValid());
    auto opened = VectorLayer::open(f.districts);
    QVERIFY(opened.has_value());
    auto *input = static_cast<VectorLayer *>(f.project.addLayer(std::move(*opened)));

    AlgorithmDialog *dialog = f.controller.openDialog(u"prioritization:mcda"_s);
    QVERIFY(dialog);
    dialog->setParameterValue(u"input"_s, f.districts);
    dialog->setParameterValue(u"criteria"_s, QStringList{u"x1:benefit"_s, u"x2:cost"_s});
    dialog->setParameterValue(u"weights"_s, u"0.6,0.4"_s);
    dialog->setParameterValue(u"output"_s, f.output);
    QVERIFY2(dialog->run(), qPrintable(dialog->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(f.project.layerCount(), 2, 20000);
    Layer *result = f.project.layers().first();
    QVERIFY(result != input);
    const QString id = result->id();
    QTRY_VERIFY(f.project.provenance(id).has_value());

    QSignalSpy started(&f.controller, &AnalysisController::rerunStarted);
    QSignalSpy finished(&f.controller, &AnalysisController::rerunFinished);
    QVERIFY(input->startEditing().has_value());
    const int x1 = input->fields().indexOf(u"x1"_s);
    QVERIFY(x1 >= 0);
    const qint64 fidC = 3; // C was written third into a new GeoPackage (fids 1, 2, 3)
    QVERIFY(input->changeAttributeValue(fidC, x1, 10.0));
    auto committed = input->commitChanges();
    QVERIFY2(committed.has_value(), committed ? "" : qPrintable(committed.error().message));
    QVERIFY(near(rowsByName(f.districts)[u"C"_s].value(u"x1"_s), 10.0));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 15000);
    // The reason as the controller words it in the test's language (TERRITORIA_TEST_LANG).
    QCOMPARE(started.at(0).at(1).toString(),
             AnalysisController::tr("the edits of layer “%1” were saved").arg(u"districts"_s));
    QVERIFY(started.at(0).at(1).toString().contains(u"districts"_s));
    // A possible second re-run (the file watcher) must settle too.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), started.count(), 15000);
    QVERIFY(finished.last().at(1).toBool());
    const auto after = rowsByName(f.project.layer(id)->source());
    QVERIFY(near(after[u"C"_s].value(u"score"_s), 0.6));
    QCOMPARE(after[u"C"_s].value(u"rank"_s).toLongLong(), 1);
}

void TestAutoRerun::notWatchedWithoutAutoRerun()
{
    QTemporaryDir dir;
    const QString districts = QFileInfo(dir.filePath(u"d.gpkg"_s)).absoluteFilePath();
    QVERIFY(test::writeDistricts(districts));
    test::AnalysisDesktop desktop(&m_registry);
    Project &project = desktop.project;
    AnalysisController &controller = desktop.controller;
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
