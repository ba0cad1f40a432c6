// territoria-cli scenario list/show/run/compare, driven through QProcess on a
// project built in the test: two scenarios of prioritization:mcda (WLC, minmax)
// on three districts (tests/core/scenariofixtures.h), with weights .5/.5 and
// .2/.8. By hand: x1' = .75, 1, 0; x2' = 1, .25, 0, so
//   Base        A .875  B .625  C 0
//   Alternativa A .95   B .4    C 0      B − A = .075, −.225, 0
#include "project/project.h"
#include "project/scenario.h"

#include "../common/ogrrows.h"
#include "../core/scenariofixtures.h"
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

using clitest::describe;
using clitest::Run;

Run runCli(const QStringList &arguments)
{
    return clitest::runCli(arguments, 60000, {{u"LC_ALL"_s, u"C.UTF-8"_s}});
}

using test::near;
using test::rowsBy;

} // namespace

class TestScenarioCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void list();
    void show();
    void badArguments();
    void compareBeforeRun();
    void runOne();
    void runAllAndCompare();
    void runRecordsParameters();

private:
    QTemporaryDir m_tmp;
    QString m_project;
    const QString m_alt = u"Alternativa ñ"_s;
};

void TestScenarioCommand::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(TERRITORIA_CLI)));
    QVERIFY(m_tmp.isValid());
    const QString districts = m_tmp.filePath(u"data/districts.gpkg"_s);
    QDir().mkpath(m_tmp.filePath(u"data"_s));
    QVERIFY(test::writeDistricts(districts));
    m_project = m_tmp.filePath(u"plan.territoria"_s);

    Project project;
    AnalysisRun run;
    run.algorithmId = u"prioritization:mcda"_s;
    run.id = u"mcda"_s;
    run.parameters = {{u"input"_s, districts},
                      {u"criteria"_s, u"x1:benefit,x2:cost"_s},
                      {u"weights"_s, u"0.5,0.5"_s},
                      {u"output"_s, m_tmp.filePath(u"prioridad.gpkg"_s)}};
    Scenario base;
    base.name = u"Base"_s;
    base.description = u"Pesos iguales"_s;
    base.author = u"Equipo de planeamiento"_s;
    base.compareField = u"ubigeo"_s;
    base.runs << run;
    Scenario alt = base;
    alt.name = m_alt;
    alt.runs[0].parameters[u"weights"_s] = u"0.2,0.8"_s;
    project.addScenario(base);
    project.addScenario(alt);
    QVERIFY(project.save(m_project).has_value());
}

void TestScenarioCommand::list()
{
    Run run = runCli({u"scenario"_s, u"list"_s, m_project});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out, QString(u"Base\n"_s + m_alt + u'\n'));

    run = runCli({u"scenario"_s, u"list"_s, u"--json"_s, m_project});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(1).toObject().value("name"_L1).toString(), m_alt);
    const QJsonObject firstRun = array.at(0).toObject().value("runs"_L1).toArray().at(0).toObject();
    QCOMPARE(firstRun.value("algorithm"_L1).toString(), u"prioritization:mcda"_s);
    QVERIFY(firstRun.value("command"_L1).toString().startsWith(u"territoria-cli run prioritization:mcda"_s));
    QCOMPARE(array.at(0).toObject().value("output_folder"_L1).toString(), m_tmp.filePath(u"plan.scenarios/Base"_s));
}

void TestScenarioCommand::show()
{
    const Run run = runCli({u"scenario"_s, u"show"_s, m_project, m_alt});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains(u"Author: Equipo de planeamiento"_s));
    QVERIFY(run.out.contains(u"Key field: ubigeo"_s));
    QVERIFY2(run.out.contains(u"Analysis 1: territoria-cli run prioritization:mcda"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"weights=0.2,0.8"_s));
}

void TestScenarioCommand::badArguments()
{
    Run run = runCli({u"scenario"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"scenario list PROJECT"_s));
    run = runCli({u"scenario"_s, u"frobnicate"_s, m_project});
    QCOMPARE(run.exitCode, 2);
    run = runCli({u"scenario"_s, u"run"_s, m_project, u"Nope"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"no scenario “Nope”"_s) && run.err.contains(u"“Base”"_s), qPrintable(describe(run)));
    run = runCli({u"scenario"_s, u"run"_s, m_project});
    QCOMPARE(run.exitCode, 2);
    run = runCli({u"scenario"_s, u"compare"_s, m_project, u"Base"_s, m_alt});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"--out"_s));
    run = runCli({u"scenario"_s, u"list"_s, m_tmp.filePath(u"missing.territoria"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"missing.territoria"_s));
    run = runCli({u"scenario"_s, u"run"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"--all"_s));
}

void TestScenarioCommand::compareBeforeRun()
{
    const Run run = runCli({u"scenario"_s, u"compare"_s, m_project, u"Base"_s, m_alt, u"--out"_s, m_tmp.filePath(u"cmp0"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"has no results yet"_s), qPrintable(describe(run)));
}

void TestScenarioCommand::runOne()
{
    const Run run = runCli({u"scenario"_s, u"run"_s, m_project, u"Base"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString output = m_tmp.filePath(u"plan.scenarios/Base/prioridad.gpkg"_s);
    QCOMPARE(run.out, QString(output + u'\n'));
    QVERIFY(run.err.contains(u"Base: 100%"_s));
    const auto rows = rowsBy(output, u"name"_s);
    QVERIFY(near(rows[u"A"_s].value(u"score"_s), 0.875));
    QVERIFY(near(rows[u"B"_s].value(u"score"_s), 0.625));
    QCOMPARE(rows[u"C"_s].value(u"rank"_s).toLongLong(), 3);
    QVERIFY(!QFile::exists(m_tmp.filePath(u"prioridad.gpkg"_s)));
}

void TestScenarioCommand::runAllAndCompare()
{
    Run run = runCli({u"scenario"_s, u"run"_s, m_project, u"--all"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
    QVERIFY(run.err.contains(m_alt + u": 100%"_s));

    const QString dir = m_tmp.filePath(u"cmp"_s);
    run = runCli({u"scenario"_s, u"compare"_s, m_project, u"Base"_s, m_alt, u"--out"_s, dir});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(u"3 units in both “Base” (A) and “Alternativa ñ” (B), matched on ubigeo."_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"score: "_s));
    const QString csv = dir + u"/Base_vs_Alternativa_ñ.csv"_s;
    const QString gpkg = dir + u"/Base_vs_Alternativa_ñ.gpkg"_s;
    QVERIFY2(run.out.contains(csv) && run.out.contains(gpkg), qPrintable(run.out));
    QVERIFY(QFile::exists(csv));
    const auto rows = rowsBy(gpkg, u"ubigeo"_s);
    QCOMPARE(rows.size(), 3);
    QVERIFY(near(rows[u"040101"_s].value(u"score_a"_s), 0.875));
    QVERIFY(near(rows[u"040101"_s].value(u"score_b"_s), 0.95));
    QVERIFY(near(rows[u"040101"_s].value(u"score_diff"_s), 0.075));
    QVERIFY(near(rows[u"040101"_s].value(u"score_pct"_s), 100 * 0.075 / 0.875));
    QVERIFY(near(rows[u"040102"_s].value(u"score_diff"_s), -0.225));
    QVERIFY(near(rows[u"040102"_s].value(u"score_pct"_s), -36));
    QVERIFY(near(rows[u"040103"_s].value(u"score_diff"_s), 0));
    QVERIFY(!rows[u"040103"_s].contains(u"score_pct"_s)); // A = 0
    QVERIFY(near(rows[u"040102"_s].value(u"x1_diff"_s), 0));

    // An explicit key field that the layers lack.
    run = runCli({u"scenario"_s, u"compare"_s, m_project, u"Base"_s, m_alt, u"--out"_s, dir, u"--key"_s, u"nope"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"“nope”"_s));
}

void TestScenarioCommand::runRecordsParameters()
{
    // `territoria-cli run` leaves the run in the output's metadata: read back, it
    // names the algorithm and the parameters, and its command reproduces the output.
    const QString output = m_tmp.filePath(u"direct.gpkg"_s);
    const Run run = runCli({u"run"_s, u"prioritization:mcda"_s, u"--param"_s, u"input="_s + m_tmp.filePath(u"data/districts.gpkg"_s),
                            u"--param"_s, u"criteria=x1:benefit,x2:cost"_s, u"--param"_s, u"weights=0.2,0.8"_s,
                            u"--param"_s, u"output="_s + output});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    auto recorded = readProvenanceMetadata(output);
    QVERIFY2(recorded.has_value(), recorded ? "" : qPrintable(recorded.error().message));
    QCOMPARE(recorded->algorithmId, u"prioritization:mcda"_s);
    QCOMPARE(recorded->parameters.value(u"weights"_s).toString(), u"0.2,0.8"_s);
    QCOMPARE(recorded->parameters.value(u"output"_s).toString(), output);
    QVERIFY(near(rowsBy(output, u"name"_s)[u"A"_s].value(u"score"_s), 0.95));
}

QTEST_GUILESS_MAIN(TestScenarioCommand)
#include "tst_scenariocommand.moc"
