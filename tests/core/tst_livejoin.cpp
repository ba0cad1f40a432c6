// Live joins kept in the project: a CSV with text ubigeo keys (leading zeros)
// joined to a layer, saved, the CSV edited, the project reloaded -> the new value;
// a missing CSV -> the layer still opens unjoined with a warning naming the file;
// duplicate keys reported; column type overrides; the definition's JSON.
#include "../common/ogrrows.h"
#include "data/livejoin.h"
#include "data/vectorlayer.h"
#include "project/project.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

// Three squares keyed by a text "ubigeo": 040101, 040102, 040103.
bool writeDistricts(const QString &path)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0, 0, 0,
                                                                                      GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(32719);
    OGRLayer *layer = ds->CreateLayer("distritos", &srs, wkbPolygon, nullptr);
    OGRFieldDefn ubigeo("ubigeo", OFTString);
    layer->CreateField(&ubigeo);
    for (int i = 0; i < 3; ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField(0, u"04010%1"_s.arg(i + 1).toUtf8().constData());
        OGRGeometry *g = nullptr;
        const QByteArray wkt = u"POLYGON ((%1 8200000, %2 8200000, %2 8201000, %1 8201000, %1 8200000))"_s
                                   .arg(300000 + 1000 * i)
                                   .arg(301000 + 1000 * i)
                                   .toUtf8();
        OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g);
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// ubigeo -> value of `field` in the layer file.
QMap<QString, QVariant> valuesByKey(const QString &path, const QString &field)
{
    QMap<QString, QVariant> map;
    for (const QVariantMap &row : test::readOgrRows(path))
        map.insert(row.value(u"ubigeo"_s).toString(), row.value(field));
    return map;
}

LiveJoin csvJoin(const QString &csv)
{
    LiveJoin join;
    join.table.path = csv;
    join.table.options.delimiter = u';';
    join.table.options.decimalSeparator = u',';
    join.join.layerField = u"ubigeo"_s;
    join.join.tableField = u"ubigeo"_s;
    join.join.prefix = u"t_"_s;
    return join;
}

} // namespace

class TestLiveJoin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void editedTableShowsAfterReload()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString gpkg = dir.filePath(u"distritos.gpkg"_s);
        const QString csv = dir.filePath(u"indicadores.csv"_s);
        const QString projectFile = dir.filePath(u"p.territoria"_s);
        QVERIFY(writeDistricts(gpkg));
        QVERIFY(writeFile(csv, "ubigeo;idh\n040101;0,76\n040102;0,66\n040103;0,67\n"));

        Project project;
        QVERIFY(project.save(projectFile));
        auto opened = VectorLayer::open(gpkg);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        Layer *layer = project.addLayer(std::move(*opened));
        layer->setName(u"Distritos"_s);
        const QString id = layer->id();

        const LiveJoinJob job = project.liveJoinJob(id, {csvJoin(csv)});
        QCOMPARE(job.source, gpkg);
        QCOMPARE(job.cachePath, projectFile + u".cache/"_s + id + u"_join.gpkg"_s);
        auto ran = LiveJoins::run(job.layerSource(), job.joins, job.cachePath);
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().toString()));
        QCOMPARE(ran->reports.size(), 1);
        QCOMPARE(ran->reports.first().matchedCount, 3); // "040101" kept its leading zero
        auto applied = project.applyLiveJoin(job);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
        auto *joined = qobject_cast<VectorLayer *>(*applied);
        QVERIFY(joined);
        QCOMPARE(joined->id(), id);
        QCOMPARE(joined->name(), u"Distritos"_s);
        QVERIFY(joined->fields().indexOf(u"t_idh"_s) >= 0);
        QCOMPARE(valuesByKey(joined->source(), u"t_idh"_s).value(u"040102"_s).toDouble(), 0.66);
        QVERIFY(project.save(projectFile));

        // Saved with its own source and the join, not the cache.
        QFile saved(projectFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject entry = QJsonDocument::fromJson(saved.readAll()).object().value("layers"_L1).toArray().at(0).toObject();
        QCOMPARE(entry.value("source"_L1).toString(), u"./distritos.gpkg"_s);
        const QJsonObject savedJoin = entry.value("joins"_L1).toArray().at(0).toObject();
        QCOMPARE(savedJoin.value("table"_L1).toString(), u"./indicadores.csv"_s);
        QCOMPARE(savedJoin.value("decimal_separator"_L1).toString(), u","_s);

        // The table changes; reloading the project re-runs the join.
        QVERIFY(writeFile(csv, "ubigeo;idh\n040101;0,76\n040102;0,70\n040103;0,67\n"));
        Project reloaded;
        auto report = reloaded.load(projectFile);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
        QCOMPARE(reloaded.layerCount(), 1);
        auto *again = qobject_cast<VectorLayer *>(reloaded.layers().first());
        QCOMPARE(again->id(), id);
        QCOMPARE(again->name(), u"Distritos"_s);
        QVERIFY(reloaded.hasLiveJoins(id));
        QCOMPARE(valuesByKey(again->source(), u"t_idh"_s).value(u"040102"_s).toDouble(), 0.70);
        QCOMPARE(valuesByKey(again->source(), u"t_idh"_s).value(u"040101"_s).toDouble(), 0.76);

        // Refresh without reloading: the table changes again.
        QVERIFY(writeFile(csv, "ubigeo;idh\n040101;0,80\n040102;0,70\n040103;0,67\n"));
        const QList<LiveJoinJob> jobs = reloaded.liveJoinJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().source, gpkg);
        QVERIFY(LiveJoins::run(jobs.first().layerSource(), jobs.first().joins, jobs.first().cachePath));
        auto refreshed = reloaded.applyLiveJoin(jobs.first());
        QVERIFY(refreshed);
        QCOMPARE(valuesByKey((*refreshed)->source(), u"t_idh"_s).value(u"040101"_s).toDouble(), 0.80);
        QCOMPARE(reloaded.layerCount(), 1);

        // Removing the joins puts the layer back on its own source.
        LiveJoinJob none = reloaded.liveJoinJob(id, {});
        auto unjoined = reloaded.applyLiveJoin(none);
        QVERIFY(unjoined);
        QCOMPARE((*unjoined)->source(), gpkg);
        QVERIFY(!reloaded.hasLiveJoins(id));
    }

    void missingTableStillLoadsLayer()
    {
        QTemporaryDir dir;
        const QString gpkg = dir.filePath(u"distritos.gpkg"_s);
        const QString csv = dir.filePath(u"indicadores.csv"_s);
        const QString projectFile = dir.filePath(u"p.territoria"_s);
        QVERIFY(writeDistricts(gpkg));
        QVERIFY(writeFile(csv, "ubigeo;idh\n040101;0,76\n"));
        Project project;
        QVERIFY(project.save(projectFile));
        Layer *layer = project.addLayer(std::move(*VectorLayer::open(gpkg)));
        const LiveJoinJob job = project.liveJoinJob(layer->id(), {csvJoin(csv)});
        QVERIFY(LiveJoins::run(job.layerSource(), job.joins, job.cachePath));
        QVERIFY(project.applyLiveJoin(job));
        QVERIFY(project.save(projectFile));

        QVERIFY(QFile::remove(csv));
        Project reloaded;
        auto report = reloaded.load(projectFile);
        QVERIFY(report);
        QCOMPARE(reloaded.layerCount(), 1);
        QVERIFY(reloaded.missingLayers().isEmpty());
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY2(report->warnings.first().contains(csv), qPrintable(report->warnings.first()));
        auto *vector = qobject_cast<VectorLayer *>(reloaded.layers().first());
        QCOMPARE(vector->source(), gpkg); // its own data, unjoined
        QCOMPARE(vector->fields().indexOf(u"t_idh"_s), -1);
        QCOMPARE(vector->featureCount(), 3);

        // Saving keeps the join for when the table is back.
        QVERIFY(reloaded.save(projectFile));
        QFile saved(projectFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject entry = QJsonDocument::fromJson(saved.readAll()).object().value("layers"_L1).toArray().at(0).toObject();
        QCOMPARE(entry.value("source"_L1).toString(), u"./distritos.gpkg"_s);
        QCOMPARE(entry.value("joins"_L1).toArray().size(), 1);
        saved.close();
        QVERIFY(writeFile(csv, "ubigeo;idh\n040101;0,5\n"));
        Project back;
        QVERIFY(back.load(projectFile));
        QCOMPARE(valuesByKey(back.layers().first()->source(), u"t_idh"_s).value(u"040101"_s).toDouble(), 0.5);
    }

    void duplicateKeysReported()
    {
        QTemporaryDir dir;
        const QString gpkg = dir.filePath(u"distritos.gpkg"_s);
        const QString csv = dir.filePath(u"dup.csv"_s);
        const QString projectFile = dir.filePath(u"p.territoria"_s);
        QVERIFY(writeDistricts(gpkg));
        // 040102 twice (the first row wins), 040103 absent, 040199 not in the layer.
        QVERIFY(writeFile(csv, "ubigeo;idh\n040101;1\n040102;2\n040102;3\n040199;9\n"));
        LiveJoin join = csvJoin(csv);
        auto ran = LiveJoins::run(gpkg, {join}, dir.filePath(u"out/j.gpkg"_s));
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().toString()));
        const JoinReport &r = ran->reports.first();
        QCOMPARE(r.matchedCount, 2);
        QCOMPARE(r.duplicateTableKeys, QStringList{u"040102"_s});
        QCOMPARE(r.unmatchedLayerKeys, QStringList{u"040103"_s});
        QCOMPARE(r.unmatchedTableKeys, QStringList{u"040199"_s});
        QCOMPARE(valuesByKey(dir.filePath(u"out/j.gpkg"_s), u"t_idh"_s).value(u"040102"_s).toLongLong(), 2);

        // On load the duplicate is a warning naming the key.
        Project project;
        QVERIFY(project.save(projectFile));
        Layer *layer = project.addLayer(std::move(*VectorLayer::open(gpkg)));
        const LiveJoinJob job = project.liveJoinJob(layer->id(), {join});
        QVERIFY(LiveJoins::run(job.layerSource(), job.joins, job.cachePath));
        QVERIFY(project.applyLiveJoin(job));
        QVERIFY(project.save(projectFile));
        Project reloaded;
        auto report = reloaded.load(projectFile);
        QVERIFY(report);
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY2(report->warnings.first().contains(u"040102"_s), qPrintable(report->warnings.first()));
    }

    void columnTypeOverrides()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"t.csv"_s);
        // "codigo" looks like numbers (no leading zero); "valor" has "n/d" in row 3.
        QVERIFY(writeFile(csv, "codigo,valor\n1001,12\n1002,7.5\n1003,n/d\n"));
        TableSource source;
        source.path = csv;
        auto automatic = LiveJoins::readTable(source);
        QVERIFY(automatic);
        QCOMPARE(automatic->columns.at(0).type, TableColumnType::Integer);
        QCOMPARE(automatic->columns.at(1).type, TableColumnType::Text); // 2 of 3 numbers: text

        source.columnTypes.insert(u"codigo"_s, TableColumnType::Text);
        source.columnTypes.insert(u"valor"_s, TableColumnType::Integer);
        auto typed = LiveJoins::readTable(source);
        QVERIFY(typed);
        QCOMPARE(typed->columns.at(0).type, TableColumnType::Text);
        QCOMPARE(typed->values.at(0).at(0), QVariant(u"1001"_s));
        QCOMPARE(typed->columns.at(1).type, TableColumnType::Integer);
        QCOMPARE(typed->values.at(0).at(1), QVariant(qlonglong(12)));
        QVERIFY(typed->values.at(1).at(1).isNull()); // 7.5 is not whole
        QVERIFY(typed->values.at(2).at(1).isNull());
        QCOMPARE(typed->issues.size(), 2);
        QCOMPARE(typed->issues.at(0).row, 2);
        QCOMPARE(typed->issues.at(1).row, 3);
        QCOMPARE(typed->rawRows.at(2).at(1), u"n/d"_s); // the text is kept

        source.columnTypes.insert(u"valor"_s, TableColumnType::Real);
        auto real = LiveJoins::readTable(source);
        QCOMPARE(real->values.at(1).at(1), QVariant(7.5));
        QCOMPARE(real->issues.size(), 1);
    }

    void definitionJson()
    {
        LiveJoin join;
        join.table.path = u"/data/p/tablas/indicadores.xlsx"_s;
        join.table.options.sheet = u"Hoja2"_s;
        join.table.options.encoding = u"windows-1252"_s;
        join.table.options.thousandsSeparator = u'.';
        join.table.columnTypes.insert(u"poblacion"_s, TableColumnType::Integer);
        join.join.layerField = u"IDDIST"_s;
        join.join.tableField = u"ubigeo"_s;
        join.join.zeroPadWidth = 6;
        join.join.tableColumns = {u"poblacion"_s};
        const QJsonObject json = join.toJson(u"/data/p"_s);
        QCOMPARE(json.value("table"_L1).toString(), u"./tablas/indicadores.xlsx"_s);
        auto back = LiveJoin::fromJson(json, u"/data/p"_s);
        QVERIFY(back);
        QCOMPARE(back->table.path, join.table.path);
        QCOMPARE(back->table.options.sheet, u"Hoja2"_s);
        QCOMPARE(back->table.options.encoding, u"windows-1252"_s);
        QCOMPARE(back->table.options.thousandsSeparator, QChar(u'.'));
        QCOMPARE(back->table.options.decimalSeparator, QChar(u'.'));
        QCOMPARE(back->table.columnTypes, join.table.columnTypes);
        QCOMPARE(back->join.zeroPadWidth, 6);
        QCOMPARE(back->join.tableColumns, join.join.tableColumns);
        QVERIFY(back->table.options.delimiter.isNull());
        QVERIFY(!LiveJoin::fromJson(QJsonObject{{"table"_L1, u"x.csv"_s}}, u"/data"_s));
    }
};

QTEST_GUILESS_MAIN(TestLiveJoin)
#include "tst_livejoin.moc"
