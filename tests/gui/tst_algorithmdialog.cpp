// AlgorithmDialog: widgets built from the declared parameters of the real
// indicators algorithms, running through the TaskManager with the same numbers as
// a direct run, cancel, and invalid values rejected before running.
#include "analysis/algorithmregistry.h"
#include "data/layer.h"
#include "data/layerloader.h"
#include "gui/algorithmdialog.h"
#include "gui/algorithmtoolbox.h"
#include "gui/parameterwidgets.h"
#include "gui/taskmanager.h"
#include "project/project.h"
#include "task/feedback.h"

#include "../common/uitest.h"
#include "ogrtable.h"
#include "testprovider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gdal_priv.h>
#include <cmath>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

using namespace territoria;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA "/indicators/") + QString::fromLatin1(name);
}

const QString gridPath = fixture("grid_4x4_utm19s.asc");
const QString zonesPath = fixture("zones_west_east_utm19s.geojson");

QStringList comboSources(const QComboBox *combo)
{
    QStringList list;
    for (int i = 0; i < combo->count(); ++i)
        list << combo->itemData(i).toString();
    return list;
}

} // namespace

class TestAlgorithmDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void toolboxGroupsAndFilter();
    void zonalStatisticsWidgets();
    void pointCountsWidgets();
    void runMatchesDirectRun();
    void invalidParametersDoNotRun_data();
    void invalidParametersDoNotRun();
    void cancelStopsRun();
    void rememberedValues();
    void failureShownInDialog();
    void travelTimeTiledRunAndCancel();

private:
    QTemporaryDir m_dir;
    AlgorithmRegistry m_registry;
    testprovider::Provider m_testProvider;
    Project m_project;
    TaskManager m_tasks;
};

void TestAlgorithmDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    testutil::installTestTranslator();
    QVERIFY(m_dir.isValid());
    m_registry.loadPlugins();
    QVERIFY2(m_registry.algorithm(QStringLiteral("indicators:zonal_statistics")),
             "the indicators plugin was not found in the build tree");
    QVERIFY(m_registry.algorithm(QStringLiteral("indicators:point_counts")));
    QVERIFY(m_registry.addProvider(m_testProvider));
    // A project with the fixture raster and zones (as the desktop has it).
    for (const QString &path : {gridPath, zonesPath}) {
        auto layer = openLayer(path);
        QVERIFY2(layer, qPrintable(path));
        QVERIFY(m_project.addLayer(std::move(*layer)));
    }
}

void TestAlgorithmDialog::toolboxGroupsAndFilter()
{
    AlgorithmToolbox toolbox(&m_registry);
    toolbox.resize(320, 400);
    QTreeWidget *tree = toolbox.treeWidget();
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups << tree->topLevelItem(i)->text(0);
    // One group per distinct group(), each algorithm once.
    QSet<QString> expected;
    for (const Algorithm *a : m_registry.algorithms())
        expected << a->group();
    QCOMPARE(QSet<QString>(groups.cbegin(), groups.cend()), expected);
    QCOMPARE(toolbox.visibleAlgorithmIds().size(), m_registry.algorithms().size());
    // Tooltips carry the short help.
    const Algorithm *zonal = m_registry.algorithm(QStringLiteral("indicators:zonal_statistics"));
    const QList<QTreeWidgetItem *> found = tree->findItems(zonal->displayName(), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first()->toolTip(0).contains(zonal->shortHelp().left(30).toHtmlEscaped()));

    toolbox.setFilterText(QStringLiteral("zonal"));
    QCOMPARE(toolbox.visibleAlgorithmIds(), QStringList{QStringLiteral("indicators:zonal_statistics")});
    toolbox.setFilterText(QStringLiteral("cancel"));
    QCOMPARE(toolbox.visibleAlgorithmIds(), QStringList{QStringLiteral("test:wait_for_cancel")});
    toolbox.setFilterText(QStringLiteral("no such thing"));
    QVERIFY(toolbox.visibleAlgorithmIds().isEmpty());
    toolbox.setFilterText(QString());

    // Activating an algorithm item asks for it.
    QSignalSpy spy(&toolbox, &AlgorithmToolbox::algorithmActivated);
    emit tree->itemActivated(found.first(), 0);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("indicators:zonal_statistics"));
    toolbox.show();
    testutil::saveScreenshot(&toolbox, QStringLiteral("toolbox"));
}

void TestAlgorithmDialog::zonalStatisticsWidgets()
{
    QSettings().clear();
    const Algorithm *a = m_registry.algorithm(QStringLiteral("indicators:zonal_statistics"));
    AlgorithmDialog dialog(a, &m_tasks, ParameterContext{&m_project, {}});
    // One widget per declared parameter, in order.
    QStringList names;
    for (const ParameterWidget *w : dialog.parameterWidgets())
        names << w->definition().name;
    QStringList declared;
    for (const ParameterDefinition &d : a->parameterDefinitions())
        declared << d.name;
    QCOMPARE(names, declared);

    // Layers: the project's layers of the right kind only.
    auto *input = qobject_cast<LayerParameterWidget *>(dialog.parameterWidget(QStringLiteral("input")));
    QVERIFY(input);
    QCOMPARE(comboSources(input->comboBox()), QStringList{gridPath});
    auto *zones = qobject_cast<LayerParameterWidget *>(dialog.parameterWidget(QStringLiteral("zones")));
    QVERIFY(zones);
    QCOMPARE(comboSources(zones->comboBox()), QStringList{zonesPath});
    QVERIFY(zones->findChild<QToolButton *>(QStringLiteral("browseButton")));

    auto *band = qobject_cast<NumberParameterWidget *>(dialog.parameterWidget(QStringLiteral("band")));
    QVERIFY(band && band->spinBox());
    QCOMPARE(band->spinBox()->value(), 1);
    QCOMPARE(band->spinBox()->minimum(), 1);
    QCOMPARE(band->spinBox()->maximum(), 65535);

    auto *stats = qobject_cast<MultipleChoiceParameterWidget *>(dialog.parameterWidget(QStringLiteral("statistics")));
    QVERIFY(stats);
    QCOMPARE(stats->listWidget()->count(), 10);
    QCOMPARE(stats->checkedItems(), (QStringList{QStringLiteral("count"), QStringLiteral("sum"), QStringLiteral("mean")}));

    auto *prefix = qobject_cast<StringParameterWidget *>(dialog.parameterWidget(QStringLiteral("prefix")));
    QVERIFY(prefix);
    QCOMPARE(prefix->lineEdit()->text(), QString());

    auto *exact = qobject_cast<BooleanParameterWidget *>(dialog.parameterWidget(QStringLiteral("exact")));
    QVERIFY(exact);
    QVERIFY(!exact->checkBox()->isChecked());

    auto *output = qobject_cast<FileOutputParameterWidget *>(dialog.parameterWidget(QStringLiteral("output")));
    QVERIFY(output);
    QVERIFY(output->lineEdit()->text().isEmpty()); // a temporary file unless chosen
    QVERIFY(output->temporaryPath().endsWith(QStringLiteral(".gpkg")));
    QVERIFY(output->fileFilter().contains(QStringLiteral("*.gpkg")));

    // The values as Algorithm::run takes them.
    const QVariantMap values = dialog.parameterValues();
    QCOMPARE(values.value(QStringLiteral("input")).toString(), gridPath);
    QCOMPARE(values.value(QStringLiteral("band")).toLongLong(), 1);
    QVERIFY(!values.contains(QStringLiteral("output")));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    testutil::saveScreenshot(&dialog, QStringLiteral("dialog_zonal_statistics"));
}

void TestAlgorithmDialog::pointCountsWidgets()
{
    QSettings().clear();
    const Algorithm *a = m_registry.algorithm(QStringLiteral("indicators:point_counts"));
    AlgorithmDialog dialog(a, &m_tasks, ParameterContext{&m_project, {}});
    auto *points = qobject_cast<LayerParameterWidget *>(dialog.parameterWidget(QStringLiteral("points")));
    auto *zones = qobject_cast<LayerParameterWidget *>(dialog.parameterWidget(QStringLiteral("zones")));
    QVERIFY(points && zones);
    QCOMPARE(comboSources(zones->comboBox()), QStringList{zonesPath});
    // Optional field of the zones: "(none)" and then the zones' fields.
    auto *field = qobject_cast<FieldParameterWidget *>(dialog.parameterWidget(QStringLiteral("population_field")));
    QVERIFY(field);
    QCOMPARE(comboSources(field->comboBox()),
             (QStringList{QString(), QStringLiteral("name"), QStringLiteral("population")}));
    QVERIFY(!field->value().isValid());
    auto *prefix = qobject_cast<StringParameterWidget *>(dialog.parameterWidget(QStringLiteral("prefix")));
    QCOMPARE(prefix->lineEdit()->text(), QStringLiteral("points_"));

    // A file chosen with "…" fills the field list from the file itself.
    const QString copy = m_dir.filePath(QStringLiteral("other_zones.geojson"));
    QFile::copy(zonesPath, copy);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray text = f.readAll().replace("\"population\"", "\"habitantes\"");
    f.resize(0);
    f.write(text);
    f.close();
    zones->selectSource(copy);
    QCOMPARE(comboSources(field->comboBox()),
             (QStringList{QString(), QStringLiteral("name"), QStringLiteral("habitantes")}));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    testutil::saveScreenshot(&dialog, QStringLiteral("dialog_point_counts"));
}

void TestAlgorithmDialog::runMatchesDirectRun()
{
    QSettings().clear();
    const Algorithm *a = m_registry.algorithm(QStringLiteral("indicators:zonal_statistics"));
    AlgorithmDialog dialog(a, &m_tasks, ParameterContext{&m_project, {}});
    const QString out = m_dir.filePath(QStringLiteral("dialog_zonal.gpkg"));
    dialog.setParameterValue(QStringLiteral("statistics"),
                             QStringList{QStringLiteral("count"), QStringLiteral("sum"), QStringLiteral("mean"),
                                         QStringLiteral("min"), QStringLiteral("max")});
    dialog.setParameterValue(QStringLiteral("output"), out);
    dialog.show();

    QSignalSpy finished(&m_tasks, &TaskManager::taskFinished);
    QVariantMap outputs;
    AlgorithmTask::State state = AlgorithmTask::State::Running;
    connect(&m_tasks, &TaskManager::taskFinished, this, [&](AlgorithmTask *t) {
        outputs = t->outputs();
        state = t->state();
    });
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY(dialog.errorText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    disconnect(&m_tasks, &TaskManager::taskFinished, this, nullptr);
    QCOMPARE(state, AlgorithmTask::State::Succeeded);
    QVERIFY(QFileInfo::exists(out));
    QCOMPARE(dialog.progressBar()->value(), 100);
    QVERIFY(dialog.runButton()->isEnabled());
    QVERIFY(!dialog.cancelButton()->isEnabled());

    // The reference: the same parameters straight through the registry, as the CLI runs them.
    const QString refOut = m_dir.filePath(QStringLiteral("reference_zonal.gpkg"));
    Feedback feedback;
    auto reference = a->run({{QStringLiteral("input"), gridPath},
                             {QStringLiteral("zones"), zonesPath},
                             {QStringLiteral("statistics"), QStringLiteral("count,sum,mean,min,max")},
                             {QStringLiteral("output"), refOut}},
                            feedback);
    QVERIFY2(reference, qPrintable(reference ? QString() : reference.error().toString()));
    QCOMPARE(outputs.value(QStringLiteral("zone_count")), reference->value(QStringLiteral("zone_count")));
    QCOMPARE(outputs.value(QStringLiteral("pixel_count")), reference->value(QStringLiteral("pixel_count")));
    QCOMPARE(outputs.value(QStringLiteral("pixel_count")).toDouble(), 15.0); // 8 + 7 valid pixels

    const QList<QVariantMap> rows = ogrtable::readFeatures(out);
    QCOMPARE(rows, ogrtable::readFeatures(refOut));
    // And by hand (tests/data/indicators/README.md).
    QCOMPARE(rows.size(), 2);
    for (const QVariantMap &row : rows) {
        const bool west = row.value(QStringLiteral("name")).toString() == QStringLiteral("west");
        QCOMPARE(row.value(QStringLiteral("count")).toDouble(), west ? 8.0 : 7.0);
        QCOMPARE(row.value(QStringLiteral("sum")).toDouble(), west ? 60.0 : 69.0);
        QCOMPARE(row.value(QStringLiteral("mean")).toDouble(), west ? 7.5 : 69.0 / 7.0);
        QCOMPARE(row.value(QStringLiteral("min")).toDouble(), west ? 1.0 : 3.0);
        QCOMPARE(row.value(QStringLiteral("max")).toDouble(), west ? 14.0 : 16.0);
    }
    QVERIFY(dialog.logText().contains(QStringLiteral("15")));
    testutil::saveScreenshot(&dialog, QStringLiteral("dialog_zonal_statistics_done"));
}

void TestAlgorithmDialog::invalidParametersDoNotRun_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("missing zones file") << QStringLiteral("zones") << QVariant(QStringLiteral("/nonexistent/zones.gpkg"))
                                        << QStringLiteral("zones");
    QTest::newRow("no statistics") << QStringLiteral("statistics") << QVariant(QStringList()) << QStringLiteral("statistics");
    QTest::newRow("unknown raster") << QStringLiteral("input") << QVariant(QStringLiteral("/nonexistent/grid.tif"))
                                    << QStringLiteral("input");
}

void TestAlgorithmDialog::invalidParametersDoNotRun()
{
    QFETCH(QString, parameter);
    QFETCH(QVariant, value);
    QFETCH(QString, errorContains);
    QSettings().clear();
    const Algorithm *a = m_registry.algorithm(QStringLiteral("indicators:zonal_statistics"));
    AlgorithmDialog dialog(a, &m_tasks, ParameterContext{&m_project, {}});
    dialog.setParameterValue(parameter, value);
    dialog.show();
    QSignalSpy started(&m_tasks, &TaskManager::taskStarted);
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QCOMPARE(started.size(), 0);
    QVERIFY(!dialog.task());
    QVERIFY2(dialog.errorText().contains(errorContains), qPrintable(dialog.errorText()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    QVERIFY(dialog.runButton()->isEnabled());
    if (QTest::currentDataTag() == QByteArray("missing zones file"))
        testutil::saveScreenshot(&dialog, QStringLiteral("dialog_invalid"));
}

void TestAlgorithmDialog::cancelStopsRun()
{
    const Algorithm *a = m_registry.algorithm(QStringLiteral("test:wait_for_cancel"));
    AlgorithmDialog dialog(a, &m_tasks, ParameterContext{&m_project, {}});
    dialog.setParameterValue(QStringLiteral("seconds"), 30.0);
    dialog.show();
    AlgorithmTask::State state = AlgorithmTask::State::Running;
    QSignalSpy finished(&m_tasks, &TaskManager::taskFinished);
    connect(&m_tasks, &TaskManager::taskFinished, this, [&](AlgorithmTask *t) { state = t->state(); });
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY(dialog.task());
    QVERIFY(dialog.task()->isRunning());
    QVERIFY(!dialog.runButton()->isEnabled());
    QVERIFY(dialog.cancelButton()->isEnabled());
    // The GUI keeps going while it runs: progress arrives through the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() > 0, 10000);
    QCOMPARE(m_tasks.activeCount(), 1);
    QTRY_VERIFY(dialog.logText().contains(QStringLiteral("waiting for cancel")));
    testutil::saveScreenshot(&dialog, QStringLiteral("dialog_running"));

    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    disconnect(&m_tasks, &TaskManager::taskFinished, this, nullptr);
    QVERIFY2(timer.elapsed() < 5000, "cancel took too long");
    QCOMPARE(state, AlgorithmTask::State::Canceled);
    QCOMPARE(m_tasks.activeCount(), 0);
    QVERIFY(dialog.runButton()->isEnabled());
    QVERIFY(dialog.errorText().isEmpty()); // canceled is not an error
}

void TestAlgorithmDialog::rememberedValues()
{
    QSettings().clear();
    const Algorithm *a = m_registry.algorithm(QStringLiteral("indicators:zonal_statistics"));
    {
        AlgorithmDialog dialog(a, &m_tasks, ParameterContext{&m_project, {}});
        dialog.setParameterValue(QStringLiteral("band"), 1);
        dialog.setParameterValue(QStringLiteral("prefix"), QStringLiteral("pop_"));
        dialog.setParameterValue(QStringLiteral("exact"), true);
        dialog.setParameterValue(QStringLiteral("statistics"), QStringList{QStringLiteral("median")});
        dialog.setParameterValue(QStringLiteral("output"), m_dir.filePath(QStringLiteral("remembered.gpkg")));
        QSignalSpy finished(&m_tasks, &TaskManager::taskFinished);
        QVERIFY(dialog.run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    }
    AlgorithmDialog again(a, &m_tasks, ParameterContext{&m_project, {}});
    const QVariantMap values = again.parameterValues();
    QCOMPARE(values.value(QStringLiteral("prefix")).toString(), QStringLiteral("pop_"));
    QCOMPARE(values.value(QStringLiteral("exact")).toBool(), true);
    QCOMPARE(values.value(QStringLiteral("statistics")).toStringList(), QStringList{QStringLiteral("median")});
    QVERIFY(!values.contains(QStringLiteral("output"))); // a new temporary file each time
    // Another algorithm keeps its own values.
    AlgorithmDialog other(m_registry.algorithm(QStringLiteral("indicators:point_counts")), &m_tasks,
                          ParameterContext{&m_project, {}});
    QCOMPARE(other.parameterValues().value(QStringLiteral("prefix")).toString(), QStringLiteral("points_"));
}

void TestAlgorithmDialog::failureShownInDialog()
{
    const Algorithm *a = m_registry.algorithm(QStringLiteral("test:fail"));
    AlgorithmDialog dialog(a, &m_tasks, ParameterContext{&m_project, {}});
    QSignalSpy finished(&m_tasks, &TaskManager::taskFinished);
    QVERIFY(dialog.run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(dialog.errorText().contains(QString::fromLatin1(testprovider::failMessage)));
    QVERIFY(dialog.errorText().contains(a->displayName()));
}

// coverage:travel_time from the dialog on the tiled engine: a run off the GUI
// thread that succeeds with every cell reached, then one canceled mid-way.
void TestAlgorithmDialog::travelTimeTiledRunAndCancel()
{
    const Algorithm *a = m_registry.algorithm(QStringLiteral("coverage:travel_time"));
    QVERIFY2(a, "the coverage plugin was not found in the build tree");
    // 2500 x 2500 cells of 30 m at 6 km/h (EPSG:32719), one facility near a corner.
    const QString speed = m_dir.filePath(QStringLiteral("tiled_speed.tif"));
    const QString facility = m_dir.filePath(QStringLiteral("tiled_facility.gpkg"));
    {
        GDALAllRegister();
        OGRSpatialReference srs;
        srs.importFromEPSG(32719);
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
            speed.toUtf8().constData(), 2500, 2500, 1, GDT_Float32, nullptr));
        QVERIFY(ds);
        double gt[6] = {300000, 30, 0, 8200000, 0, -30};
        ds->SetGeoTransform(gt);
        ds->SetSpatialRef(&srs);
        QCOMPARE(ds->GetRasterBand(1)->Fill(6.0), CE_None);
        GDALDatasetUniquePtr points(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
            facility.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(points);
        OGRLayer *layer = points->CreateLayer("facility", &srs, wkbPoint, nullptr);
        QVERIFY(layer);
        OGRFeature feature(layer->GetLayerDefn());
        OGRPoint point(300000 + 100.5 * 30, 8200000 - 200.5 * 30);
        feature.SetGeometry(&point);
        QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
    }
    QSettings().clear();
    AlgorithmDialog dialog(a, &m_tasks, ParameterContext{&m_project, {}});
    dialog.setParameterValue(QStringLiteral("facilities"), facility);
    dialog.setParameterValue(QStringLiteral("speed"), speed);
    dialog.setParameterValue(QStringLiteral("engine"), QStringLiteral("tiled"));
    dialog.setParameterValue(QStringLiteral("memory_mb"), 32.0);
    dialog.setParameterValue(QStringLiteral("output"), m_dir.filePath(QStringLiteral("tiled_minutes.tif")));
    dialog.show();
    QVariantMap outputs;
    AlgorithmTask::State state = AlgorithmTask::State::Running;
    QSignalSpy finished(&m_tasks, &TaskManager::taskFinished);
    connect(&m_tasks, &TaskManager::taskFinished, this, [&](AlgorithmTask *t) {
        outputs = t->outputs();
        state = t->state();
    });
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(state, AlgorithmTask::State::Succeeded);
    QCOMPARE(outputs.value(QStringLiteral("reached_cells")).toDouble(), 2500.0 * 2500.0);
    // The far corner: 2399 columns and 2299 rows away; at least the straight line.
    const double straight = std::hypot(2399.0, 2299.0) * 30 / (6 / 3.6) / 60;
    const double longest = outputs.value(QStringLiteral("max_minutes_reached")).toDouble();
    QVERIFY2(longest >= straight * 0.999 && longest < straight * 1.03, qPrintable(QString::number(longest)));
    // The engine's report as the plugin words it in the test's language (TERRITORIA_TEST_LANG):
    // "Tiled engine: 100 tiles, …" up to the first colon.
    const QString tiledEngine = QCoreApplication::translate("TravelTimeAlgorithm",
                                                            "Tiled engine: %1 tiles, %2 of them in memory at a time, "
                                                            "the rest in a temporary file in %3.")
                                    .section(u':', 0, 0);
    QVERIFY(!tiledEngine.isEmpty());
    QVERIFY2(dialog.logText().contains(tiledEngine + u':'), qPrintable(dialog.logText()));
    testutil::saveScreenshot(&dialog, QStringLiteral("dialog_travel_time_tiled_done"));

    // Again, canceled once the engine reports progress past reading the raster.
    dialog.setParameterValue(QStringLiteral("output"), m_dir.filePath(QStringLiteral("tiled_minutes_2.tif")));
    bool canceledEarly = false;
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY(dialog.task());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() > 10 || finished.size() == 2, 30000);
    if (finished.size() == 1) {
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        canceledEarly = true;
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    disconnect(&m_tasks, &TaskManager::taskFinished, this, nullptr);
    if (!canceledEarly)
        QSKIP("the run ended before the cancel could be clicked");
    QCOMPARE(state, AlgorithmTask::State::Canceled);
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(dialog.runButton()->isEnabled());
}

QTEST_MAIN(TestAlgorithmDialog)
#include "tst_algorithmdialog.moc"
