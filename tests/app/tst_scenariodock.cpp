// The Scenarios panel: a scenario from the analyses recorded in the project, a
// second one with other weights (edit dialog), both run in the background with
// their layers added (and refreshed on a second run), then compared: the
// difference table and a difference layer with a diverging style.
//
// Districts (tests/core/scenariofixtures.h), WLC minmax: x1' = .75, 1, 0;
// x2' = 1, .25, 0. Weights .5/.5: .875, .625, 0; .2/.8: .95, .4, 0.
// B − A = .075, −.225, 0.
#include "analysis/algorithmregistry.h"
#include "data/vectorlayer.h"
#include "desktop/analysiscontroller.h"
#include "desktop/layeropener.h"
#include "desktop/logdock.h"
#include "desktop/notifier.h"
#include "desktop/scenariodock.h"
#include "gui/messagebar.h"
#include "gui/taskmanager.h"
#include "gui/algorithmdialog.h"
#include "project/project.h"
#include "project/scenariocompare.h"
#include "style/vectorstyle.h"

#include "../common/ogrrows.h"
#include "../common/analysisdesktop.h"
#include "../common/uitest.h"
#include "../core/scenariofixtures.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

using test::rowsByName;

bool near(double v, double expected)
{
    return std::abs(v - expected) < 1e-9;
}

Layer *layerNamed(Project &project, const QString &name)
{
    for (Layer *l : project.layers())
        if (l->name() == name)
            return l;
    return nullptr;
}

} // namespace

class TestScenarioDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createRunCompare();

private:
    AlgorithmRegistry m_registry;
};

void TestScenarioDock::initTestCase()
{
    QVERIFY2(test::initAnalysisTest(m_registry), "the prioritization plugin was not found in the build tree");
}

void TestScenarioDock::createRunCompare()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString districts = QFileInfo(dir.filePath(u"districts.gpkg"_s)).absoluteFilePath();
    QVERIFY(test::writeDistricts(districts));

    test::AnalysisDesktop desktop(&m_registry);
    QWidget &window = desktop.window;
    Project &project = desktop.project;
    AnalysisController &controller = desktop.controller;
    ScenarioDock dock(&controller, &project, &window);
    QVERIFY(project.save(dir.filePath(u"plan.territoria"_s)).has_value());

    // Nothing recorded yet: no scenario.
    QVERIFY(dock.createFromRecordedRuns(u"Base"_s).isEmpty());

    // A recorded prioritization (as the toolbox leaves it).
    auto opened = VectorLayer::open(districts);
    QVERIFY(opened.has_value());
    Layer *input = project.addLayer(std::move(*opened));
    AnalysisRun run;
    run.id = u"run-1"_s;
    run.algorithmId = u"prioritization:mcda"_s;
    run.parameters = {{u"input"_s, districts},
                      {u"criteria"_s, QStringList{u"x1:benefit"_s, u"x2:cost"_s}},
                      {u"weights"_s, u"0.5,0.5"_s},
                      {u"method"_s, u"wlc"_s},
                      {u"output"_s, dir.filePath(u"prio.gpkg"_s)}};
    run.autoRerun = true;
    project.setProvenance(input->id(), run);

    QCOMPARE(dock.createFromRecordedRuns(u"Base"_s), u"Base"_s);
    QCOMPARE(dock.list()->count(), 1);
    const Scenario *base = project.scenario(u"Base"_s);
    QVERIFY(base);
    QCOMPARE(base->runs.size(), 1);
    QVERIFY(!base->runs[0].autoRerun);
    QVERIFY(base->runs[0].outputLayerIds.isEmpty());

    // The edit dialog: a copy with other weights and the key field.
    ScenarioEditDialog edit(*base, &controller, &project, &window);
    QCOMPARE(edit.runList()->count(), 1);
    QVERIFY(edit.runList()->item(0)->text().contains(u"prio.gpkg"_s));
    QVERIFY(edit.runList()->item(0)->toolTip().contains(u"weights=0.5,0.5"_s));
    edit.nameEdit()->setText(u"Alternativa ñ"_s);
    // The district code of the input is offered as the key field.
    QCOMPARE(edit.findChild<QLineEdit *>(u"keyEdit"_s)->text(), u"ubigeo"_s);
    edit.findChild<QLineEdit *>(u"authorEdit"_s)->setText(u"Equipo"_s);
    QVariantMap params = base->runs[0].parameters;
    params[u"weights"_s] = u"0.2,0.8"_s;
    edit.setRunParameters(0, params);
    QVERIFY(edit.runList()->item(0)->toolTip().contains(u"weights=0.2,0.8"_s));
    // "Edit Parameters…" opens the algorithm's dialog with the run's values; OK keeps
    // the edited ones without running anything.
    QString shownWeights;
    QTimer::singleShot(0, &edit, [&shownWeights] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *d = qobject_cast<AlgorithmDialog *>(w);
            if (!d || d->objectName() != u"scenarioParametersDialog"_s)
                continue;
            shownWeights = d->parameterValues().value(u"weights"_s).toString();
            d->setParameterValue(u"weights"_s, u"0.3,0.7"_s);
            d->runButton()->click();
            return;
        }
    });
    edit.findChild<QPushButton *>(u"editParametersButton"_s)->click();
    QCOMPARE(shownWeights, u"0.2,0.8"_s);
    QVERIFY2(edit.runList()->item(0)->toolTip().contains(u"weights=0.3,0.7"_s), qPrintable(edit.runList()->item(0)->toolTip()));
    QCOMPARE(edit.scenario().runs[0].parameters.value(u"input"_s).toString(), districts);
    edit.setRunParameters(0, params);
    const Scenario alt = edit.scenario();
    QCOMPARE(alt.author, u"Equipo"_s);
    QCOMPARE(project.addScenario(alt), u"Alternativa ñ"_s);
    QCOMPARE(dock.list()->count(), 2);

    // Run both in the background.
    QSignalSpy finished(&dock, &ScenarioDock::scenarioFinished);
    const auto tasks = dock.runScenarios(project.scenarioNames());
    QCOMPARE(tasks.size(), 2);
    QVERIFY(dock.isRunning() || finished.count() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QVERIFY(finished.at(0).at(1).toBool() && finished.at(1).at(1).toBool());
    QVERIFY(!dock.isRunning());
    QCOMPARE(project.layerCount(), 3);
    // Layer names as the dock words them in the test's language (TERRITORIA_TEST_LANG).
    Layer *baseLayer = layerNamed(project, ScenarioDock::tr("%1: %2").arg(u"Base"_s, u"prio"_s));
    Layer *altLayer = layerNamed(project, ScenarioDock::tr("%1: %2").arg(u"Alternativa ñ"_s, u"prio"_s));
    QVERIFY(baseLayer && altLayer);
    QCOMPARE(baseLayer->source(), QFileInfo(dir.filePath(u"plan.scenarios/Base/prio.gpkg"_s)).absoluteFilePath());
    QVERIFY(project.provenance(baseLayer->id()).has_value());
    auto rows = rowsByName(altLayer->source());
    QVERIFY(near(rows[u"A"_s].value(u"score"_s).toDouble(), 0.95));
    QVERIFY(near(rows[u"B"_s].value(u"score"_s).toDouble(), 0.4));
    rows = rowsByName(baseLayer->source());
    QVERIFY(near(rows[u"B"_s].value(u"score"_s).toDouble(), 0.625));

    // Running again refreshes the same layers.
    const QString baseId = baseLayer->id();
    dock.runScenarios({u"Base"_s});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
    QCOMPARE(project.layerCount(), 3);
    QCOMPARE(finished.at(2).at(2).toStringList(), QStringList{baseId});

    // Compare: Base has no key field, the alternative has: its key is used.
    QVERIFY(!dock.compare(u"Base"_s, u"Base"_s));
    QSignalSpy compared(&dock, &ScenarioDock::comparisonFinished);
    QVERIFY(dock.compare(u"Base"_s, u"Alternativa ñ"_s));
    QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 10000);
    const QString diffId = compared.at(0).at(0).toString();
    QVERIFY(!diffId.isEmpty());
    auto *diff = qobject_cast<VectorLayer *>(project.layer(diffId));
    QVERIFY(diff);
    QCOMPARE(diff->name(), ScenarioDock::tr("Difference %1 − %2: %3").arg(u"Alternativa ñ"_s, u"Base"_s, u"score"_s));
    QVERIFY(diff->name().contains(u"Alternativa ñ − Base: score"_s));
    const VectorStyle style = diff->style();
    QCOMPARE(style.renderer, RendererType::Graduated);
    QCOMPARE(style.field, u"score_diff"_s);
    QCOMPARE(style.classes.size(), 5);
    QVERIFY(near(style.classes.first().lower, -0.225));
    QVERIFY(near(style.classes.last().upper, 0.225));
    QVERIFY(style.classes.first().symbol.fillColor != style.classes.last().symbol.fillColor);
    const auto diffRows = test::readOgrRows(diff->source());
    QCOMPARE(diffRows.size(), 3);

    ScenarioComparisonDialog *table = dock.comparisonDialog();
    QVERIFY(table);
    const QString unitsLine = ScenarioCompare::tr("%1 units in both “%2” (A) and “%3” (B), matched on %4.")
                                  .arg(3)
                                  .arg(u"Base"_s, u"Alternativa ñ"_s, u"ubigeo"_s);
    QVERIFY2(table->summary().startsWith(unitsLine), qPrintable(table->summary() + u" / "_s + unitsLine));
    QAbstractItemModel *model = table->table()->model();
    QCOMPARE(model->rowCount(), 3);
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == ScenarioComparisonDialog::tr("%1 B − A").arg(u"score"_s))
            column = c;
    QVERIFY(column > 0);
    QCOMPARE(model->index(1, 0).data().toString(), u"040102"_s);
    QVERIFY(near(model->index(1, column).data(Qt::UserRole).toDouble(), -0.225));
    QVERIFY(near(model->index(0, column).data(Qt::UserRole).toDouble(), 0.075));

    // Saved with the project.
    QVERIFY(project.save(project.fileName()).has_value());
    Project reloaded;
    QVERIFY(reloaded.load(project.fileName()).has_value());
    QCOMPARE(reloaded.scenarioNames(), (QStringList{u"Base"_s, u"Alternativa ñ"_s}));
    QCOMPARE(reloaded.scenario(u"Alternativa ñ"_s)->runs[0].parameters.value(u"weights"_s).toString(), u"0.2,0.8"_s);
}

QTEST_MAIN(TestScenarioDock)
#include "tst_scenariodock.moc"
