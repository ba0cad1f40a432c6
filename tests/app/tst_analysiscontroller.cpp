// The desktop face of the analysis engine: the Analysis menu and toolbox of the
// main window, runs from the algorithm dialog adding their outputs to the project
// (with the numbers of a direct run), failures in the message bar, plugin load
// problems in the log panel, and quitting while an analysis runs.
#include "analysis/algorithmregistry.h"
#include "data/layer.h"
#include "desktop/analysiscontroller.h"
#include "desktop/logdock.h"
#include "desktop/mainwindow.h"
#include "gui/algorithmdialog.h"
#include "gui/algorithmtoolbox.h"
#include "gui/messagebar.h"
#include "gui/taskmanager.h"
#include "project/project.h"
#include "task/feedback.h"

#include "../common/uitest.h"
#include "../gui/ogrtable.h"
#include "../gui/testprovider.h"

#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace territoria;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA "/indicators/") + QString::fromLatin1(name);
}

const QString gridPath = fixture("grid_4x4_utm19s.asc");
const QString zonesPath = fixture("zones_west_east_utm19s.geojson");

Layer *layerWithSource(Project *project, const QString &path)
{
    for (Layer *l : project->layers()) {
        if (QFileInfo(l->source()).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
            return l;
    }
    return nullptr;
}

// Clicks the button with `text` of the message box named `name` once it shows.
void clickInMessageBox(const QString &name, const QString &text)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || box->objectName() != name || !box->isVisible())
                continue;
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == text) {
                    timer->deleteLater();
                    timer->stop();
                    b->click();
                    return;
                }
            }
        }
    });
    timer->start();
}

} // namespace

class TestAnalysisController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void menuToolboxAndLog();
    void pluginLoadFailuresInLog();
    void zonalStatisticsAddsLayer();
    void pointCountsAddsLayer();
    void temporaryOutputNamedAfterOutput();
    void failureNamesAlgorithm();
    void quitWhileRunningAsks();
    void demoProjectLooks();

private:
    void openFixtures(MainWindow &window, const QStringList &paths);
    QTemporaryDir m_dir;
    AlgorithmRegistry m_registry;
    testprovider::Provider m_testProvider;
};

void TestAnalysisController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    testutil::installTestTranslator();
    QVERIFY(m_dir.isValid());
    m_registry.loadPlugins();
    QVERIFY2(m_registry.algorithm(QStringLiteral("indicators:zonal_statistics")),
             "the indicators plugin was not found in the build tree");
    QVERIFY(m_registry.addProvider(m_testProvider));
}

void TestAnalysisController::openFixtures(MainWindow &window, const QStringList &paths)
{
    const int before = window.project()->layerCount();
    window.openPaths(paths);
    QTRY_COMPARE_WITH_TIMEOUT(window.project()->layerCount(), before + int(paths.size()), 20000);
}

void TestAnalysisController::menuToolboxAndLog()
{
    MainWindow window(&m_registry);
    AnalysisController *analysis = window.analysisController();
    QVERIFY(analysis);
    QCOMPARE(analysis->registry(), &m_registry);
    // The Analysis menu in the menu bar, with one entry per algorithm.
    QMenu *menu = window.findChild<QMenu *>(QStringLiteral("analysisMenu"));
    QVERIFY(menu);
    QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
    QStringList ids;
    for (QMenu *sub : menu->findChildren<QMenu *>()) {
        for (QAction *a : sub->actions())
            ids << a->data().toString();
    }
    ids.sort();
    QCOMPARE(ids, m_registry.algorithmIds());
    // The toolbox dock lists them all.
    QVERIFY(analysis->toolboxDock());
    QCOMPARE(analysis->toolbox()->visibleAlgorithmIds().size(), m_registry.algorithms().size());
    // Triggering a menu entry opens its dialog.
    for (QMenu *sub : menu->findChildren<QMenu *>()) {
        for (QAction *a : sub->actions()) {
            if (a->data().toString() == QStringLiteral("indicators:point_counts"))
                a->trigger();
        }
    }
    QCOMPARE(analysis->dialogs().size(), 1);
    QCOMPARE(analysis->dialogs().first()->algorithm()->id(), QStringLiteral("indicators:point_counts"));
    // The log says what was loaded.
    QVERIFY2(window.logDock()->text().contains(QString::number(m_registry.algorithms().size())),
             qPrintable(window.logDock()->text()));
}

void TestAnalysisController::pluginLoadFailuresInLog()
{
    // A library file that is not a plugin, in a folder the user approved.
    QTemporaryDir folder;
    QFile bogus(folder.filePath(QStringLiteral("libbroken_provider.so")));
    QVERIFY(bogus.open(QIODevice::WriteOnly));
    bogus.write("not a library");
    bogus.close();
    AlgorithmRegistry registry;
    registry.loadPlugins({folder.path()});
    QVERIFY(std::any_of(registry.plugins().cbegin(), registry.plugins().cend(),
                        [](const PluginInfo &p) { return !p.loaded; }));
    MainWindow window(&registry);
    const QString log = window.logDock()->text();
    QVERIFY2(log.contains(QStringLiteral("libbroken_provider.so")), qPrintable(log));
    // The good plugin still loaded.
    QVERIFY(registry.algorithm(QStringLiteral("indicators:zonal_statistics")));
}

void TestAnalysisController::zonalStatisticsAddsLayer()
{
    QSettings().clear();
    MainWindow window(&m_registry);
    window.show();
    openFixtures(window, {gridPath, zonesPath});
    AlgorithmDialog *dialog = window.analysisController()->openDialog(QStringLiteral("indicators:zonal_statistics"));
    QVERIFY(dialog);
    // The project's layers are offered.
    const QVariantMap initial = dialog->parameterValues();
    QCOMPARE(initial.value(QStringLiteral("input")).toString(), gridPath);
    QCOMPARE(initial.value(QStringLiteral("zones")).toString(), zonesPath);

    const QString out = m_dir.filePath(QStringLiteral("zonal_from_gui.gpkg"));
    dialog->setParameterValue(QStringLiteral("statistics"),
                              QStringList{QStringLiteral("count"), QStringLiteral("sum"), QStringLiteral("mean"),
                                          QStringLiteral("median")});
    dialog->setParameterValue(QStringLiteral("prefix"), QStringLiteral("v_"));
    dialog->setParameterValue(QStringLiteral("output"), out);
    QSignalSpy succeeded(window.analysisController(), &AnalysisController::taskSucceeded);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 30000);
    QVERIFY(QFileInfo::exists(out));
    // The output arrives in the project through the layer opener.
    QTRY_COMPARE_WITH_TIMEOUT(window.project()->layerCount(), 3, 20000);
    Layer *added = layerWithSource(window.project(), out);
    QVERIFY(added);
    QCOMPARE(added->kind(), LayerKind::Vector);

    // The same numbers as the engine run directly (the CLI's path).
    const QString refOut = m_dir.filePath(QStringLiteral("zonal_reference.gpkg"));
    Feedback feedback;
    auto reference = m_registry.algorithm(QStringLiteral("indicators:zonal_statistics"))
                         ->run({{QStringLiteral("input"), gridPath},
                                {QStringLiteral("zones"), zonesPath},
                                {QStringLiteral("statistics"), QStringLiteral("count,sum,mean,median")},
                                {QStringLiteral("prefix"), QStringLiteral("v_")},
                                {QStringLiteral("output"), refOut}},
                               feedback);
    QVERIFY(reference);
    const QList<QVariantMap> rows = ogrtable::readFeatures(out);
    QCOMPARE(rows, ogrtable::readFeatures(refOut));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).value(QStringLiteral("v_sum")).toDouble() + rows.at(1).value(QStringLiteral("v_sum")).toDouble(),
             129.0); // 60 + 69, tests/data/indicators/README.md
    for (const QVariantMap &row : rows) {
        const bool west = row.value(QStringLiteral("name")).toString() == QStringLiteral("west");
        // west: 1,2,5,6,9,10,13,14 -> median 7.5; east: 3,4,8,11,12,15,16 -> 11
        QCOMPARE(row.value(QStringLiteral("v_median")).toDouble(), west ? 7.5 : 11.0);
    }
    // Scalar outputs in the message bar, naming the algorithm.
    const QString messages = window.messageBar()->messages().join(u'\n');
    const QString name = m_registry.algorithm(QStringLiteral("indicators:zonal_statistics"))->displayName();
    QVERIFY2(messages.contains(name), qPrintable(messages));
    QVERIFY2(messages.contains(QStringLiteral(": 15")), qPrintable(messages)); // valid pixels
    QVERIFY(window.logDock()->text().contains(out));
    testutil::saveScreenshot(&window, QStringLiteral("mainwindow_after_zonal"));
}

void TestAnalysisController::pointCountsAddsLayer()
{
    // Five points (EPSG:32719): three in "west" (x 300000-300020), one in "east"
    // (x 300020-300040), one outside both (both zones: y 8200000-8200040).
    const QString points = m_dir.filePath(QStringLiteral("points_utm19s.geojson"));
    QFile f(points);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"type":"FeatureCollection",
"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::32719"}},
"features":[
{"type":"Feature","properties":{"id":1},"geometry":{"type":"Point","coordinates":[300005,8200005]}},
{"type":"Feature","properties":{"id":2},"geometry":{"type":"Point","coordinates":[300010,8200030]}},
{"type":"Feature","properties":{"id":3},"geometry":{"type":"Point","coordinates":[300015,8200020]}},
{"type":"Feature","properties":{"id":4},"geometry":{"type":"Point","coordinates":[300030,8200010]}},
{"type":"Feature","properties":{"id":5},"geometry":{"type":"Point","coordinates":[300100,8200100]}}]})");
    f.close();

    QSettings().clear();
    MainWindow window(&m_registry);
    window.show();
    openFixtures(window, {zonesPath, points});
    AlgorithmDialog *dialog = window.analysisController()->openDialog(QStringLiteral("indicators:point_counts"));
    QVERIFY(dialog);
    const QString out = m_dir.filePath(QStringLiteral("counts_from_gui.gpkg"));
    dialog->setParameterValue(QStringLiteral("points"), points);
    dialog->setParameterValue(QStringLiteral("zones"), zonesPath);
    dialog->setParameterValue(QStringLiteral("population_field"), QStringLiteral("population"));
    dialog->setParameterValue(QStringLiteral("output"), out);
    QCOMPARE(dialog->parameterValues().value(QStringLiteral("population_field")).toString(), QStringLiteral("population"));
    QVariantMap outputs;
    connect(window.analysisController()->taskManager(), &TaskManager::taskFinished, this,
            [&](AlgorithmTask *t) { outputs = t->outputs(); });
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.project()->layerCount(), 3, 30000);
    QVERIFY(layerWithSource(window.project(), out));

    Feedback feedback;
    const QString refOut = m_dir.filePath(QStringLiteral("counts_reference.gpkg"));
    auto reference = m_registry.algorithm(QStringLiteral("indicators:point_counts"))
                         ->run({{QStringLiteral("points"), points},
                                {QStringLiteral("zones"), zonesPath},
                                {QStringLiteral("population_field"), QStringLiteral("population")},
                                {QStringLiteral("output"), refOut}},
                               feedback);
    QVERIFY(reference);
    QCOMPARE(outputs.value(QStringLiteral("point_count")), reference->value(QStringLiteral("point_count")));
    QCOMPARE(outputs.value(QStringLiteral("points_outside")), reference->value(QStringLiteral("points_outside")));
    QCOMPARE(outputs.value(QStringLiteral("point_count")).toDouble(), 5.0);
    QCOMPARE(outputs.value(QStringLiteral("points_outside")).toDouble(), 1.0);
    const QList<QVariantMap> rows = ogrtable::readFeatures(out);
    QCOMPARE(rows, ogrtable::readFeatures(refOut));
    for (const QVariantMap &row : rows) {
        const bool west = row.value(QStringLiteral("name")).toString() == QStringLiteral("west");
        QCOMPARE(row.value(QStringLiteral("points_count")).toLongLong(), west ? 3 : 1);
        // west: 3 / 2000 inhabitants, east: 1 / 500
        QCOMPARE(row.value(QStringLiteral("points_per_1000_inhabitants")).toDouble(), west ? 1.5 : 2.0);
        // 20 m x 40 m = 0.0008 km² (geodesic: within 0.5 %)
        QVERIFY(qAbs(row.value(QStringLiteral("points_area_km2")).toDouble() - 0.0008) < 0.000004);
    }
}

void TestAnalysisController::temporaryOutputNamedAfterOutput()
{
    QSettings().clear();
    MainWindow window(&m_registry);
    openFixtures(window, {gridPath, zonesPath});
    AlgorithmDialog *dialog = window.analysisController()->openDialog(QStringLiteral("indicators:zonal_statistics"));
    QVERIFY(!dialog->parameterValues().contains(QStringLiteral("output")));
    QString output;
    connect(window.analysisController()->taskManager(), &TaskManager::taskFinished, this,
            [&](AlgorithmTask *t) { output = t->outputs().value(QStringLiteral("output")).toString(); });
    QVERIFY(dialog->run());
    QTRY_COMPARE_WITH_TIMEOUT(window.project()->layerCount(), 3, 30000);
    // Written to the temporary folder with the declared extension...
    QVERIFY(output.contains(QStringLiteral("territoria-processing")));
    QVERIFY(output.endsWith(QStringLiteral(".gpkg")));
    QVERIFY(QFileInfo::exists(output));
    // ...and named after the output in the layer panel.
    Layer *added = layerWithSource(window.project(), output);
    QVERIFY(added);
    QCOMPARE(added->name(),
             m_registry.algorithm(QStringLiteral("indicators:zonal_statistics"))->outputDefinitions().first().description);
    QFile::remove(output);
}

void TestAnalysisController::failureNamesAlgorithm()
{
    MainWindow window(&m_registry);
    AlgorithmDialog *dialog = window.analysisController()->openDialog(QStringLiteral("test:fail"));
    QSignalSpy failed(window.analysisController(), &AnalysisController::taskFailed);
    QVERIFY(dialog->run());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const QString messages = window.messageBar()->messages().join(u'\n');
    QVERIFY2(messages.contains(QStringLiteral("Always fails")), qPrintable(messages));
    QVERIFY2(messages.contains(QString::fromLatin1(testprovider::failMessage)), qPrintable(messages));
    QCOMPARE(window.project()->layerCount(), 0);
}

void TestAnalysisController::quitWhileRunningAsks()
{
    MainWindow window(&m_registry);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AlgorithmDialog *dialog = window.analysisController()->openDialog(QStringLiteral("test:wait_for_cancel"));
    QVERIFY(dialog->run());
    TaskManager *tasks = window.analysisController()->taskManager();
    QCOMPARE(tasks->activeCount(), 1);
    QPointer<AlgorithmTask> task = dialog->task();

    // "Keep running": the window stays, the task goes on.
    clickInMessageBox(QStringLiteral("cancelTasksBox"), QCoreApplication::translate("territoria::AnalysisController", "Keep Running"));
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(tasks->activeCount(), 1);

    // "Cancel and quit": the task is canceled and waited for.
    AlgorithmTask::State state = AlgorithmTask::State::Running;
    connect(tasks, &TaskManager::taskFinished, this, [&](AlgorithmTask *t) { state = t->state(); });
    clickInMessageBox(QStringLiteral("cancelTasksBox"),
                      QCoreApplication::translate("territoria::AnalysisController", "Cancel Analyses and Quit"));
    QVERIFY(window.close());
    QVERIFY(tasks->waitForAll(5000));
    QTRY_COMPARE(state, AlgorithmTask::State::Canceled);
    QCOMPARE(tasks->activeCount(), 0);
}

// Only for looking at it (TERRITORIA_TEST_SCREENSHOTS): hospitals per district on
// the Arequipa demo project, from the dialog to the map.
void TestAnalysisController::demoProjectLooks()
{
    if (qEnvironmentVariable("TERRITORIA_TEST_SCREENSHOTS").isEmpty())
        QSKIP("screenshots only");
    QSettings().clear();
    MainWindow window(&m_registry);
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openProject(QStringLiteral(TERRITORIA_SOURCE_DIR "/resources/demo/arequipa.territoria")));
    QTRY_VERIFY_WITH_TIMEOUT(window.project()->layerCount() >= 4, 20000);
    AlgorithmDialog *dialog = window.analysisController()->openDialog(QStringLiteral("indicators:point_counts"));
    QVERIFY(dialog);
    QString hospitals, districts;
    for (Layer *l : window.project()->layers()) {
        if (l->source().contains(QStringLiteral("hospitales")))
            hospitals = l->source() + QStringLiteral("|layername=") + l->sublayerName();
        if (l->source().contains(QStringLiteral("distritos")))
            districts = l->source();
    }
    dialog->setParameterValue(QStringLiteral("points"), hospitals);
    dialog->setParameterValue(QStringLiteral("zones"), districts);
    dialog->setParameterValue(QStringLiteral("prefix"), QStringLiteral("hosp_"));
    QTest::qWait(200);
    testutil::saveScreenshot(dialog, QStringLiteral("demo_point_counts_dialog"));
    QVERIFY(dialog->run());
    QTRY_VERIFY_WITH_TIMEOUT(window.project()->layerCount() >= 5, 30000);
    // The temporary output is named after the output, not the made-up file name.
    QCOMPARE(window.project()->layers().first()->name(),
             m_registry.algorithm(QStringLiteral("indicators:point_counts"))->outputDefinitions().first().description);
    QTest::qWait(1500);
    testutil::saveScreenshot(dialog, QStringLiteral("demo_point_counts_dialog_done"));
    dialog->close();
    QTest::qWait(500);
    testutil::saveScreenshot(&window, QStringLiteral("demo_after_point_counts"));
}

QTEST_MAIN(TestAnalysisController)
#include "tst_analysiscontroller.moc"
