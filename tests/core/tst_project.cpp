// Project: save/load round trip, relative paths, atomic save, missing layers,
// bad files and the demo project.
#include "crs/coordinatetransform.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "project/project.h"
#include "style/vectorstyle.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace territoria;

namespace {

QString corpus(const QString &relative)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/"_s + relative;
}

// Copies a file and its sidecars (same base name: .shp/.shx/.dbf/.prj/.cpg...)
// into `dir`. Returns the copied main file.
QString copyFixture(const QString &relative, const QString &dir)
{
    const QFileInfo main(corpus(relative));
    QDir().mkpath(dir);
    const QDir source = main.dir();
    const QStringList siblings = source.entryList({main.completeBaseName() + u".*"_s}, QDir::Files);
    for (const QString &name : siblings) {
        const QString target = dir + u'/' + name;
        QFile::remove(target);
        if (!QFile::copy(source.filePath(name), target))
            qFatal("cannot copy fixture %s", qPrintable(name));
        QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                     | QFileDevice::ReadOther);
    }
    return dir + u'/' + main.fileName();
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            QDir().mkpath(target);
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

std::unique_ptr<Layer> openVector(const QString &path, const VectorLayerOptions &options = {})
{
    auto layer = VectorLayer::open(path, options);
    if (!layer)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(layer.error().toString()));
    return std::move(*layer);
}

std::unique_ptr<Layer> openRaster(const QString &path)
{
    auto layer = RasterLayer::open(path);
    if (!layer)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(layer.error().toString()));
    return std::move(*layer);
}

QStringList layerNames(const Project &project)
{
    QStringList names;
    for (const Layer *layer : project.layers())
        names.append(layer->name());
    return names;
}

QStringList entryNames(const QJsonObject &json)
{
    QStringList names;
    for (const QJsonValue &v : json.value("layers"_L1).toArray())
        names.append(v.toObject().value("name"_L1).toString());
    return names;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addLayerAssignsIdAndCrs();
    void roundTrip();
    void relativePathsSurviveMove();
    void sourcePathsInFile();
    void saveIntoReadOnlyDirectory();
    void failedWriteKeepsOldFile();
    void missingLayer();
    void badFiles_data();
    void badFiles();
    void failedLoadKeepsProject();
    void demoProject();
    void layoutsRoundTrip();
    void badLayoutKept();
    void demoLayouts();

private:
    // Builds a project of four layers in `dir`/data, saved as `dir`/test.territoria.
    void buildProject(Project &project, const QString &dir);
};

void TestProject::buildProject(Project &project, const QString &dir)
{
    const QString data = dir + u"/data"_s;
    const QString ny8 = copyFixture(u"crs/NY8_utm18.shp"_s, data);
    const QString gpkg = copyFixture(u"formats/mixed_layers.gpkg"_s, data);
    const QString latin1 = copyFixture(u"encoding/iso-8859-1.shp"_s, data);
    const QString dem = copyFixture(u"raster/terra_elev.tif"_s, data);
    const QString grid = copyFixture(u"raster/tenbytenraster.asc"_s, data);

    // Added bottom first at index 0, so the final order (top first) is
    // grid, ny8, lines, latin1, dem.
    project.addLayer(openRaster(dem), 0);
    project.addLayer(openVector(latin1, {QString(), u"ISO-8859-1"_s, {}}), 0);
    project.addLayer(openVector(gpkg, {u"lines"_s, QString(), {}}), 0);
    Layer *ny8Layer = project.addLayer(openVector(ny8), 0);
    Layer *gridLayer = project.addLayer(openRaster(grid), 0);

    ny8Layer->setName(u"Distritos NY8"_s);
    ny8Layer->setOpacity(0.5);
    VectorStyle style;
    style.fillColor = QColor(0x12, 0x34, 0x56, 0x78);
    style.strokeColor = QColor(0xab, 0xcd, 0xef);
    style.strokeWidthMm = 0.7;
    style.strokeStyle = Qt::DashLine;
    style.markerShape = MarkerShape::Star;
    style.markerSizeMm = 3.5;
    static_cast<VectorLayer *>(ny8Layer)->setStyle(style);
    project.layers().at(2)->setVisible(false);

    // The ASCII grid has no .prj: the user tells its CRS.
    QVERIFY(!gridLayer->hasSourceCrs());
    gridLayer->setCrs(Crs::fromEpsg(32719));
    gridLayer->setName(u"Grilla sin CRS"_s);

    QCOMPARE(project.crs().authId(), u"EPSG:4326"_s); // from the first layer added (terra_elev)
    project.setCrs(Crs::fromEpsg(32618));
    project.setTitle(u"Prueba — Arequipa"_s);
    project.setViewExtent(Extent(400000, 4700000, 450000, 4750000));
    TransformContext context;
    context.setOperation(Crs::fromEpsg(4326), Crs::fromEpsg(32618),
                         u"+proj=pipeline +step +proj=axisswap +order=2,1 +step +proj=unitconvert +xy_in=deg "
                         "+xy_out=rad +step +proj=utm +zone=18 +ellps=WGS84"_s);
    project.setTransformContext(context);
}

void TestProject::addLayerAssignsIdAndCrs()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    Project project;
    QSignalSpy added(&project, &Project::layerAdded);
    QSignalSpy crsChanged(&project, &Project::crsChanged);
    QSignalSpy dirty(&project, &Project::dirtyChanged);
    QVERIFY(!project.crs().isValid());

    Layer *a = project.addLayer(openVector(copyFixture(u"crs/NY8_utm18.shp"_s, tmp.path())));
    QVERIFY(!a->id().isEmpty());
    QVERIFY(a->crs().isValid());
    QCOMPARE(project.crs().toUserString(), a->crs().toUserString());
    QCOMPARE(crsChanged.size(), 1);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(1).toInt(), 0);
    QVERIFY(project.isDirty());
    QCOMPARE(dirty.size(), 1);

    // A second layer does not change the project CRS.
    Layer *b = project.addLayer(openVector(copyFixture(u"crs/testlayer_3857.shp"_s, tmp.path())), 1);
    QVERIFY(!b->id().isEmpty());
    QVERIFY(a->id() != b->id());
    QCOMPARE(project.crs().toUserString(), a->crs().toUserString());
    QCOMPARE(project.indexOf(b), 1);
    QCOMPARE(project.layer(b->id()), b);

    project.moveLayer(1, 0);
    QCOMPARE(project.indexOf(b), 0);

    QSignalSpy removed(&project, &Project::layerRemoved);
    const QString id = b->id();
    project.removeLayer(id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), id);
    QCOMPARE(project.layerCount(), 1);
    QCOMPARE(project.layer(id), nullptr);

    // Full extent of NY8 in its own CRS, as ogrinfo reports it.
    const Extent full = project.fullExtent();
    QVERIFY(qAbs(full.xMin() - 358241.917158) < 1e-3);
    QVERIFY(qAbs(full.yMax() - 4808545.206170) < 1e-3);
}

void TestProject::roundTrip()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString file = tmp.path() + u"/test.territoria"_s;
    Project project;
    buildProject(project, tmp.path());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(project.isDirty());
    QSignalSpy fileNameChanged(&project, &Project::fileNameChanged);
    auto saved = project.save(file);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QVERIFY(!project.isDirty());
    QCOMPARE(project.fileName(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(fileNameChanged.size(), 1);

    Project loaded;
    QSignalSpy loadedSpy(&loaded, &Project::loaded);
    auto report = loaded.load(file);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY(report->missingLayers.isEmpty());
    QCOMPARE(loadedSpy.size(), 1);
    QVERIFY(!loaded.isDirty());

    QCOMPARE(loaded.title(), u"Prueba — Arequipa"_s);
    QCOMPARE(loaded.crs().authId(), u"EPSG:32618"_s);
    QCOMPARE(loaded.viewExtent(), Extent(400000, 4700000, 450000, 4750000));
    QCOMPARE(loaded.transformContext().toJson(), project.transformContext().toJson());
    QCOMPARE(loaded.transformContext().operation(Crs::fromEpsg(4326), Crs::fromEpsg(32618)),
             project.transformContext().operation(Crs::fromEpsg(4326), Crs::fromEpsg(32618)));
    QVERIFY(!loaded.transformContext().isEmpty());

    QCOMPARE(loaded.layerCount(), 5);
    QCOMPARE(layerNames(loaded), layerNames(project));
    for (int i = 0; i < 5; ++i) {
        const Layer *a = project.layers().at(i);
        const Layer *b = loaded.layers().at(i);
        QCOMPARE(b->id(), a->id());
        QCOMPARE(b->kind(), a->kind());
        QCOMPARE(b->source(), a->source());
        QCOMPARE(b->sublayerName(), a->sublayerName());
        QCOMPARE(b->isVisible(), a->isVisible());
        QCOMPARE(b->opacity(), a->opacity());
        QCOMPARE(b->styleToJson(), a->styleToJson());
        QCOMPARE(b->crs().toUserString(), a->crs().toUserString());
    }
    const QList<Layer *> layers = loaded.layers();
    QCOMPARE(layers[0]->name(), u"Grilla sin CRS"_s);
    QCOMPARE(layers[0]->crs().authId(), u"EPSG:32719"_s);
    QVERIFY(!layers[0]->hasSourceCrs());
    QCOMPARE(layers[1]->name(), u"Distritos NY8"_s);
    QCOMPARE(layers[1]->opacity(), 0.5);
    const VectorStyle style = static_cast<VectorLayer *>(layers[1])->style();
    QCOMPARE(style.fillColor, QColor(0x12, 0x34, 0x56, 0x78));
    QCOMPARE(style.strokeStyle, Qt::DashLine);
    QCOMPARE(style.markerShape, MarkerShape::Star);
    QCOMPARE(style.strokeWidthMm, 0.7);
    QCOMPARE(layers[2]->sublayerName(), u"lines"_s);
    QVERIFY(!layers[2]->isVisible());
    QVERIFY(layers[1]->isVisible());
    QCOMPARE(static_cast<VectorLayer *>(layers[3])->dataProvider()->options().encoding, u"ISO-8859-1"_s);
    QCOMPARE(layers[4]->kind(), LayerKind::Raster);

    // Dirty tracking: a change to a layer or to the project marks it.
    QSignalSpy dirty(&loaded, &Project::dirtyChanged);
    layers[4]->setOpacity(0.25);
    QVERIFY(loaded.isDirty());
    QCOMPARE(dirty.size(), 1);
    QCOMPARE(dirty.at(0).at(0).toBool(), true);
    QVERIFY(loaded.save(file));
    QVERIFY(!loaded.isDirty());
    loaded.setTitle(u"Otro"_s);
    QVERIFY(loaded.isDirty());
}

void TestProject::sourcePathsInFile()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString file = tmp.path() + u"/sub/test.territoria"_s;
    QDir().mkpath(tmp.path() + u"/sub"_s);
    Project project;
    // Data next to the project, and data in a sibling folder.
    project.addLayer(openVector(copyFixture(u"crs/NY8_utm18.shp"_s, tmp.path() + u"/sub/data"_s)));
    project.addLayer(openVector(copyFixture(u"formats/mixed_layers.gpkg"_s, tmp.path() + u"/other"_s),
                                {u"points"_s, QString(), {}}));
    project.setCrs(Crs::fromEpsg(32719));
    QVERIFY(project.save(file));

    const QJsonObject json = readJson(file);
    QCOMPARE(json.value("format"_L1).toString(), u"territoria-project"_s);
    QCOMPARE(json.value("version"_L1).toInt(), 1);
    QCOMPARE(json.value("crs"_L1).toString(), u"EPSG:32719"_s);
    const QJsonArray entries = json.value("layers"_L1).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].toObject().value("source"_L1).toString(), u"../other/mixed_layers.gpkg"_s);
    QCOMPARE(entries[0].toObject().value("sublayer"_L1).toString(), u"points"_s);
    QCOMPARE(entries[0].toObject().value("kind"_L1).toString(), u"vector"_s);
    QCOMPARE(entries[1].toObject().value("source"_L1).toString(), u"./data/NY8_utm18.shp"_s);
    // Sources with a CRS of their own store none.
    QVERIFY(!entries[1].toObject().contains("crs"_L1));
    QVERIFY(entries[1].toObject().value("style"_L1).isObject());
}

void TestProject::relativePathsSurviveMove()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    const QString folder = first.path() + u"/proyecto"_s;
    {
        Project project;
        buildProject(project, folder);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(project.save(folder + u"/test.territoria"_s));
    }
    // Move the whole folder: copy it elsewhere, then delete the original.
    const QString moved = second.path() + u"/otra carpeta/proyecto movido"_s;
    QVERIFY(copyTree(folder, moved));
    QVERIFY(QDir(folder).removeRecursively());

    Project project;
    auto report = project.load(moved + u"/test.territoria"_s);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY(project.missingLayers().isEmpty());
    QCOMPARE(project.layerCount(), 5);
    for (const Layer *layer : project.layers()) {
        QVERIFY2(layer->source().startsWith(moved + u"/data/"_s), qPrintable(layer->source()));
        QVERIFY(QFileInfo::exists(layer->source()));
    }
    QCOMPARE(static_cast<VectorLayer *>(project.layers().at(1))->featureCount(), 281);
}

void TestProject::saveIntoReadOnlyDirectory()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.path() + u"/readonly"_s;
    QDir().mkpath(dir);
    const QString file = dir + u"/test.territoria"_s;
    Project project;
    project.addLayer(openVector(copyFixture(u"crs/NY8_utm18.shp"_s, tmp.path() + u"/data"_s)));
    project.setTitle(u"Original"_s);
    QVERIFY(project.save(file));
    const QByteArray before = readAll(file);
    QVERIFY(before.contains("Original"));

    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    struct Restore {
        QString dir;
        ~Restore() { QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner); }
    } restore{dir};
    QString message;
    if (::access(qPrintable(dir), W_OK) != 0) {
        project.setTitle(u"Changed"_s);
        auto result = project.save(file);
        QVERIFY(!result);
        message = result.error().message;
        QVERIFY(project.isDirty()); // still unsaved
    } else if (::geteuid() == 0) {
        // Root ignores directory permissions: save from a child process running
        // as "nobody", for whom the directory is read-only.
        QVERIFY(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                               | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QProcess child;
        child.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(97);
        });
        child.start(QCoreApplication::applicationFilePath(), {u"--save-project-helper"_s, file});
        QVERIFY(child.waitForFinished(60000));
        message = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QVERIFY2(child.exitCode() == 1, qPrintable(u"exit %1: %2 %3"_s.arg(child.exitCode()).arg(
                                            message, QString::fromUtf8(child.readAllStandardError()))));
    } else {
        QSKIP("directory permissions are ignored for this user");
    }
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QCOMPARE(readAll(file), before);
    QCOMPARE(filesIn(dir), QStringList{u"test.territoria"_s});
}

// Whatever the permissions, a write that fails halfway (disk full, quota) must
// leave the previous file untouched: the file size limit makes writes fail
// with EFBIG, even for root.
void TestProject::failedWriteKeepsOldFile()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.path() + u"/proj"_s;
    QDir().mkpath(dir);
    const QString file = dir + u"/test.territoria"_s;
    Project project;
    buildProject(project, dir);
    if (QTest::currentTestFailed())
        return;
    project.setTitle(u"Original"_s);
    QVERIFY(project.save(file));
    const QByteArray before = readAll(file);
    QVERIFY(before.size() > 512);

    rlimit old{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 256; // far smaller than the project file
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    project.setTitle(u"Changed"_s);
    auto result = project.save(file);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(file)), qPrintable(result.error().message));
    QCOMPARE(readAll(file), before);
    // No temporary file left behind.
    QCOMPARE(filesIn(dir), QStringList{u"test.territoria"_s});
    QVERIFY(project.isDirty());

    // And with room again, it saves.
    QVERIFY(project.save(file));
    QVERIFY(readAll(file).contains("Changed"));
}

void TestProject::missingLayer()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString file = tmp.path() + u"/test.territoria"_s;
    QJsonObject originalEntry;
    {
        Project project;
        buildProject(project, tmp.path());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(project.save(file));
        originalEntry = readJson(file).value("layers"_L1).toArray().at(1).toObject();
    }
    QCOMPARE(originalEntry.value("name"_L1).toString(), u"Distritos NY8"_s);

    // The user renames the shapefile (all its parts go to another folder).
    const QString data = tmp.path() + u"/data"_s;
    QDir().mkpath(data + u"/movidos"_s);
    for (const QString &name : QDir(data).entryList({u"NY8_utm18.*"_s}, QDir::Files))
        QVERIFY(QFile::rename(data + u'/' + name, data + u"/movidos/"_s + name));

    Project project;
    QSignalSpy added(&project, &Project::layerAdded);
    auto report = project.load(file);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(project.layerCount(), 4);
    QCOMPARE(added.size(), 4);
    QCOMPARE(report->missingLayers.size(), 1);
    QCOMPARE(project.missingLayers().size(), 1);
    const MissingLayer missing = project.missingLayers().first();
    QCOMPARE(missing.name, u"Distritos NY8"_s);
    QCOMPARE(missing.id, originalEntry.value("id"_L1).toString());
    QCOMPARE(missing.source, data + u"/NY8_utm18.shp"_s);
    QVERIFY2(missing.error.message.contains(u"NY8_utm18.shp"_s), qPrintable(missing.error.message));
    QVERIFY2(missing.error.message.contains(u"Distritos NY8"_s), qPrintable(missing.error.message));
    QStringList expectedNames = entryNames(readJson(file));
    expectedNames.removeAt(1);
    QCOMPARE(layerNames(project), expectedNames);
    QCOMPARE(layerNames(project).first(), u"Grilla sin CRS"_s);

    // Saving keeps the missing layer, unchanged and in its place.
    const QString copy = tmp.path() + u"/copy.territoria"_s;
    QVERIFY(project.save(copy));
    const QJsonArray entries = readJson(copy).value("layers"_L1).toArray();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(1).toObject(), originalEntry);

    // A layer added on top while one is missing keeps the missing one between
    // its old neighbours.
    Layer *extra = project.addLayer(openVector(copyFixture(u"crs/testlayer_3857.shp"_s, data)), 0);
    QVERIFY(project.save(copy));
    QStringList names = entryNames(readJson(copy));
    QCOMPARE(names.size(), 6);
    QCOMPARE(names.at(0), extra->name());
    QCOMPARE(names.at(1), u"Grilla sin CRS"_s);
    QCOMPARE(names.at(2), u"Distritos NY8"_s);
    project.removeLayer(extra->id());

    // Restoring from a wrong place fails and keeps it missing.
    auto wrong = project.restoreLayer(missing.id, data + u"/no-such-file.shp"_s);
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message.contains(u"no-such-file.shp"_s));
    QCOMPARE(project.missingLayers().size(), 1);

    // Restoring from the new place brings it back where it was, with its style.
    auto restored = project.restoreLayer(missing.id, data + u"/movidos/NY8_utm18.shp"_s);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
    QVERIFY(project.missingLayers().isEmpty());
    QCOMPARE(project.layerCount(), 5);
    Layer *layer = *restored;
    QCOMPARE(project.indexOf(layer), 1);
    QCOMPARE(layer->id(), missing.id);
    QCOMPARE(layer->name(), u"Distritos NY8"_s);
    QCOMPARE(layer->opacity(), 0.5);
    QCOMPARE(layer->styleToJson(), originalEntry.value("style"_L1).toObject());
    QCOMPARE(static_cast<VectorLayer *>(layer)->featureCount(), 281);
    QVERIFY(project.isDirty());

    QVERIFY(project.save(file));
    const QJsonArray after = readJson(file).value("layers"_L1).toArray();
    QCOMPARE(after.size(), 5);
    QCOMPARE(after.at(1).toObject().value("source"_L1).toString(), u"./data/movidos/NY8_utm18.shp"_s);
    QCOMPARE(after.at(1).toObject().value("style"_L1), originalEntry.value("style"_L1));

    QVERIFY(!project.restoreLayer(u"not-an-id"_s, data + u"/movidos/NY8_utm18.shp"_s));
}

void TestProject::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // a word the error must contain

    QTest::newRow("garbage") << QByteArray("this is { not json") << u"JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2, 3]") << u"not a Territoria project"_s;
    QTest::newRow("other format") << QByteArray(R"({"format": "qgis", "version": 1})") << u"not a Territoria project"_s;
    QTest::newRow("future version")
        << QByteArray(R"({"format": "territoria-project", "version": 99, "layers": []})") << u"newer"_s;
    QTest::newRow("no version") << QByteArray(R"({"format": "territoria-project", "layers": []})") << u"version"_s;
    QTest::newRow("empty") << QByteArray() << u"JSON"_s;
}

void TestProject::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString file = tmp.path() + u"/bad.territoria"_s;
    QVERIFY(writeFile(file, content));
    Project project;
    auto result = project.load(file);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(file)), qPrintable(result.error().message));

    auto missing = project.load(tmp.path() + u"/nope.territoria"_s);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(u"nope.territoria"_s));
}

void TestProject::failedLoadKeepsProject()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    Project project;
    project.addLayer(openVector(copyFixture(u"crs/NY8_utm18.shp"_s, tmp.path())));
    project.setTitle(u"Mi trabajo"_s);
    const QString bad = tmp.path() + u"/bad.territoria"_s;
    QVERIFY(writeFile(bad, R"({"format": "territoria-project", "version": 2})"));
    QVERIFY(!project.load(bad));
    QCOMPARE(project.layerCount(), 1);
    QCOMPARE(project.title(), u"Mi trabajo"_s);
}

void TestProject::demoProject()
{
    const QString file = QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/arequipa.territoria"_s;
    Project project;
    auto report = project.load(file);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY2(project.missingLayers().isEmpty(),
             qPrintable(project.missingLayers().isEmpty() ? QString() : project.missingLayers().first().error.toString()));
    QCOMPARE(project.layerCount(), 9);
    QCOMPARE(project.crs().authId(), u"EPSG:32719"_s);
    QCOMPARE(project.title(), u"Arequipa — provincia"_s);

    // The four source layers (visible), then the layers the analyses made (hidden).
    auto byName = [&project](const QString &name) -> Layer * {
        for (Layer *l : project.layers())
            if (l->name() == name)
                return l;
        return nullptr;
    };
    auto *hospitals = qobject_cast<VectorLayer *>(byName(u"Hospitales (MINSA)"_s));
    auto *stops = qobject_cast<VectorLayer *>(byName(u"Paraderos de bus"_s));
    auto *routes = qobject_cast<VectorLayer *>(byName(u"Rutas de bus"_s));
    auto *districts = qobject_cast<VectorLayer *>(byName(u"Distritos de la provincia"_s));
    QVERIFY(hospitals && stops && routes && districts);
    const QList<Layer *> layers{hospitals, stops, routes, districts};
    QCOMPARE(project.layers().first(), hospitals);
    QCOMPARE(project.layers().last(), districts);

    // The health-post prioritization (make_prioridad.sh): five classes by the
    // priority field (1 = muy alta ... 5 = muy baja).
    auto *priority = qobject_cast<VectorLayer *>(byName(u"Prioridad para un nuevo puesto de salud"_s));
    QVERIFY(priority);
    QCOMPARE(priority->featureCount(), 29);
    QCOMPARE(priority->style().renderer, RendererType::Categorized);
    QCOMPARE(priority->style().categories.size(), 5);
    QVERIFY(priority->fields().indexOf(priority->style().field) >= 0);  // "priority", written by the script
    QVERIFY(priority->fields().indexOf(u"tiempo_hospital_min"_s) >= 0); // minutes, not straight-line km
    // The district indicators (make_indicadores.sh): in UTM 19S, drawn as a
    // bivariate choropleth of HDI and bus stops per km².
    auto *indicators = qobject_cast<VectorLayer *>(byName(u"Indicadores distritales (IDH × paraderos)"_s));
    QVERIFY(indicators);
    QCOMPARE(indicators->featureCount(), 29);
    QCOMPARE(indicators->crs().authId(), u"EPSG:32719"_s);
    QCOMPARE(indicators->style().renderer, RendererType::Bivariate);
    // Coverage (make_cobertura.sh): minutes to a hospital on a 100 m grid, the
    // 15/30/60 min isochrones and the stops' 400 m walk.
    auto *minutes = qobject_cast<RasterLayer *>(byName(u"Tiempo a hospitales (min, a pie + bus)"_s));
    QVERIFY(minutes);
    QCOMPARE(minutes->crs().authId(), u"EPSG:32719"_s);
    auto *isochrones = qobject_cast<VectorLayer *>(byName(u"Isócronas a hospitales (15/30/60 min)"_s));
    auto *stopCoverage = qobject_cast<VectorLayer *>(byName(u"Cobertura de paraderos (400 m)"_s));
    QVERIFY(isochrones && stopCoverage);
    QCOMPARE(isochrones->geometryKind(), GeometryKind::Polygon);
    for (const Layer *derived : {static_cast<Layer *>(priority), static_cast<Layer *>(indicators),
                                 static_cast<Layer *>(minutes), static_cast<Layer *>(isochrones),
                                 static_cast<Layer *>(stopCoverage)})
        QVERIFY2(!derived->isVisible(), qPrintable(derived->name()));
    QCOMPARE(hospitals->featureCount(), 11);
    QCOMPARE(hospitals->geometryKind(), GeometryKind::Point);
    QCOMPARE(stops->featureCount(), 6711);
    QCOMPARE(routes->featureCount(), 3);
    QCOMPARE(routes->geometryKind(), GeometryKind::Line);
    QCOMPARE(districts->featureCount(), 29);
    QCOMPARE(districts->geometryKind(), GeometryKind::Polygon);
    for (const Layer *layer : layers) {
        QCOMPARE(layer->crs().authId(), u"EPSG:4326"_s);
        QVERIFY(layer->isVisible());
    }
    // The styles are read as written (not the defaults).
    QCOMPARE(hospitals->style().fillColor, QColor(0xe3, 0x1a, 0x1c));
    QCOMPARE(hospitals->style().markerShape, MarkerShape::Diamond);
    QCOMPARE(routes->style().strokeColor, QColor(0xff, 0x7f, 0x00));
    QCOMPARE(stops->style().strokeStyle, Qt::NoPen);

    // The view frames the province: the districts' extent, in UTM 19S, lies in it.
    const Extent view = project.viewExtent();
    QCOMPARE(view, Extent(146000, 8134000, 311000, 8244000));
    auto ct = CoordinateTransform::create(districts->crs(), project.crs());
    QVERIFY(ct);
    const Extent districtsUtm = ct->transformExtent(districts->extent());
    QVERIFY(view.contains(districtsUtm));
    QVERIFY(project.fullExtent().intersects(view));
}

// Print layouts are saved in "layouts": items, atlas settings and picture paths
// relative to the project file (the folder moves with it).
void TestProject::layoutsRoundTrip()
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + u"/work"_s;
    QVERIFY(QDir().mkpath(dir + u"/img"_s));
    QFile logo(dir + u"/img/logo.svg"_s);
    QVERIFY(logo.open(QIODevice::WriteOnly));
    logo.write("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>");
    logo.close();

    Project project;
    PrintLayout layout(u"Consejo"_s);
    PageSettings page;
    page.size = PageSize::A3;
    page.orientation = PageOrientation::Portrait;
    layout.setPage(page);
    AtlasSettings atlas;
    atlas.enabled = true;
    atlas.coverageLayerId = u"districts"_s;
    atlas.filterExpression = u"POB > 100"_s;
    atlas.sortExpression = u"NOMBRE"_s;
    atlas.sortAscending = false;
    atlas.pageNameExpression = u"NOMBRE"_s;
    atlas.output = AtlasSettings::Output::FilePerValue;
    atlas.splitByField = u"PROV"_s;
    layout.setAtlas(atlas);
    auto map = std::make_unique<MapItem>();
    map->rectMm = QRectF(10, 20, 200, 150);
    map->extent = Extent(1, 2, 3, 4);
    map->dimOthersOpacity = 0.3;
    map->grid.enabled = true;
    layout.addItem(std::move(map));
    auto label = std::make_unique<LabelItem>();
    label->rectMm = QRectF(10, 5, 100, 10);
    label->text = u"Distrito de {NOMBRE}"_s;
    layout.addItem(std::move(label));
    auto picture = std::make_unique<PictureItem>();
    picture->rectMm = QRectF(250, 5, 20, 20);
    picture->path = dir + u"/img/logo.svg"_s;
    layout.addItem(std::move(picture));
    QCOMPARE(project.addLayout(layout), u"Consejo"_s);
    QCOMPARE(project.addLayout(PrintLayout(u"Consejo"_s)), u"Consejo (2)"_s);

    const QString file = dir + u"/p.territoria"_s;
    QVERIFY(project.save(file));
    // Relative in the file.
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    const QJsonArray layouts = json.value("layouts"_L1).toArray();
    QCOMPARE(layouts.size(), 2);
    const QJsonArray items = layouts.at(0).toObject().value("items"_L1).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(2).toObject().value("path"_L1).toString(), u"img/logo.svg"_s);

    // Moved elsewhere: the picture follows.
    const QString moved = tmp.path() + u"/moved"_s;
    QVERIFY(QDir().rename(dir, moved));
    Project loaded;
    QSignalSpy layoutsChanged(&loaded, &Project::layoutsChanged);
    auto report = loaded.load(moved + u"/p.territoria"_s);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY(report->warnings.isEmpty());
    QVERIFY(layoutsChanged.size() >= 1);
    QCOMPARE(loaded.layoutNames(), (QStringList{u"Consejo"_s, u"Consejo (2)"_s}));
    const PrintLayout *back = loaded.layout(u"Consejo"_s);
    QVERIFY(back);
    QCOMPARE(back->page(), page);
    QCOMPARE(back->atlas(), atlas);
    QCOMPARE(back->itemCount(), 3);
    const MapItem *backMap = back->mapItem();
    QVERIFY(backMap);
    QCOMPARE(backMap->rectMm, QRectF(10, 20, 200, 150));
    QCOMPARE(backMap->extent, Extent(1, 2, 3, 4));
    QCOMPARE(backMap->dimOthersOpacity, 0.3);
    QVERIFY(backMap->grid.enabled);
    QCOMPARE(static_cast<const LabelItem *>(back->itemAt(1))->text, u"Distrito de {NOMBRE}"_s);
    QCOMPARE(static_cast<const PictureItem *>(back->itemAt(2))->path, moved + u"/img/logo.svg"_s);
    QVERIFY(!loaded.isDirty());

    // clear() empties them.
    loaded.clear();
    QVERIFY(loaded.layoutNames().isEmpty());
    QVERIFY(loaded.toJson(moved).value("layouts"_L1).toArray().isEmpty());
}

// A layout that cannot be read is a warning naming it; the rest of the project
// (layers, other layouts) loads, and saving writes the bad one back unchanged.
void TestProject::badLayoutKept()
{
    QTemporaryDir tmp;
    const QString file = tmp.path() + u"/p.territoria"_s;
    const QJsonObject bad{{u"name"_s, u"Roto"_s},
                          {u"page"_s, QJsonObject{{u"size"_s, u"B7"_s}}},
                          {u"items"_s, QJsonArray{}}};
    const QJsonObject good{{u"name"_s, u"Bueno"_s},
                           {u"page"_s, QJsonObject{{u"size"_s, u"A4"_s}}},
                           {u"items"_s, QJsonArray{QJsonObject{{u"type"_s, u"label"_s},
                                                               {u"rect"_s, QJsonArray{1, 2, 3, 4}},
                                                               {u"text"_s, u"Hola"_s}}}}};
    const QJsonObject badItem{{u"name"_s, u"Item malo"_s},
                              {u"items"_s, QJsonArray{QJsonObject{{u"type"_s, u"chart"_s}}}}};
    QJsonObject root{{u"format"_s, u"territoria-project"_s},
                     {u"version"_s, 1},
                     {u"title"_s, u"Con errores"_s},
                     {u"layers"_s, QJsonArray{QJsonObject{{u"id"_s, u"l1"_s},
                                                          {u"name"_s, u"Capa"_s},
                                                          {u"kind"_s, u"vector"_s},
                                                          {u"source"_s, corpus(u"crs/NY8_utm18.shp"_s)}}}},
                     {u"layouts"_s, QJsonArray{bad, good, badItem}}};
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();

    Project project;
    auto report = project.load(file);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(project.layerCount(), 1);
    QCOMPARE(project.layoutNames(), QStringList{u"Bueno"_s});
    QCOMPARE(report->warnings.size(), 2);
    QVERIFY2(report->warnings.at(0).contains(u"Roto"_s) && report->warnings.at(0).contains(u"B7"_s),
             qPrintable(report->warnings.at(0)));
    QVERIFY2(report->warnings.at(1).contains(u"Item malo"_s) && report->warnings.at(1).contains(u"chart"_s),
             qPrintable(report->warnings.at(1)));

    // Saved back: the two bad layouts are still in the file, as they were.
    QVERIFY(project.save(file));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonArray layouts = QJsonDocument::fromJson(in.readAll()).object().value("layouts"_L1).toArray();
    QCOMPARE(layouts.size(), 3);
    QVERIFY(layouts.contains(bad));
    QVERIFY(layouts.contains(badItem));
    QCOMPARE(layouts.at(0).toObject().value("name"_L1).toString(), u"Bueno"_s);
}

// The demo project carries three layouts; their layer ids exist.
void TestProject::demoLayouts()
{
    Project project;
    auto report = project.load(QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/arequipa.territoria"_s);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
    QCOMPARE(project.layoutNames(),
             (QStringList{u"Mapa del consejo"_s, u"Atlas distrital"_s, u"Prioridad de distritos"_s}));
    const PrintLayout *council = project.layout(u"Mapa del consejo"_s);
    QCOMPARE(council->page().sizeMm(), QSizeF(420, 297));
    const PrintLayout *atlas = project.layout(u"Atlas distrital"_s);
    QCOMPARE(atlas->page().sizeMm(), QSizeF(210, 297));
    QVERIFY(atlas->atlas().enabled);
    QVERIFY(project.layer(atlas->atlas().coverageLayerId));
    // The prioritization (make_prioridad.sh): A3 landscape, the priority map, and
    // a rank-range chart and a top-10 table over the fields the script writes.
    const PrintLayout *priority = project.layout(u"Prioridad de distritos"_s);
    QVERIFY(priority);
    QCOMPARE(priority->page().sizeMm(), QSizeF(420, 297));
    QVERIFY(!priority->atlas().enabled);
    const auto *priorityLayer = qobject_cast<const VectorLayer *>(project.layer(u"5e0f3c2a-7b1d-4f6e-9c84-1a2b3c4d5e6f"_s));
    QVERIFY(priorityLayer);
    const Fields priorityFields = priorityLayer->fields();
    int charts = 0, tables = 0;
    for (int i = 0; i < priority->itemCount(); ++i) {
        const LayoutItem *item = priority->itemAt(i);
        if (item->type() == LayoutItemType::Chart) {
            const auto *chart = static_cast<const ChartItem *>(item);
            QCOMPARE(chart->chartType, ChartItem::ChartType::RankRange);
            QCOMPARE(chart->layerId, priorityLayer->id());
            for (const QString &f : {chart->valueField, chart->minField, chart->maxField, chart->labelField})
                QVERIFY2(priorityFields.indexOf(f) >= 0, qPrintable(f));
            ++charts;
        } else if (item->type() == LayoutItemType::AttributeTable) {
            const auto *table = static_cast<const AttributeTableItem *>(item);
            QCOMPARE(table->maxRows, 10);
            QCOMPARE(table->sortField, u"rank"_s);
            for (const QString &f : table->fields)
                QVERIFY2(priorityFields.indexOf(f) >= 0, qPrintable(f));
            ++tables;
        }
    }
    QCOMPARE(charts, 1);
    QCOMPARE(tables, 1);
    for (const PrintLayout *layout : {council, atlas, priority}) {
        for (int i = 0; i < layout->itemCount(); ++i) {
            const LayoutItem *item = layout->itemAt(i);
            QStringList ids;
            if (item->type() == LayoutItemType::Map)
                ids = static_cast<const MapItem *>(item)->layerIds;
            else if (item->type() == LayoutItemType::Legend)
                ids = static_cast<const LegendItem *>(item)->layerIds;
            else if (item->type() == LayoutItemType::AttributeTable)
                ids = {static_cast<const AttributeTableItem *>(item)->layerId};
            else if (item->type() == LayoutItemType::Picture)
                QVERIFY2(QFileInfo::exists(static_cast<const PictureItem *>(item)->path), qPrintable(item->name));
            for (const QString &id : ids)
                QVERIFY2(project.layer(id), qPrintable(u"%1: %2"_s.arg(item->name, id)));
        }
    }
}

// `tst_project --save-project-helper FILE` loads FILE, changes its title and saves
// it back; exit 1 with the error on stdout when saving fails, 0 when it works.
// saveIntoReadOnlyDirectory() runs it as another user.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--save-project-helper") == 0) {
        Project project;
        auto loaded = project.load(QString::fromLocal8Bit(argv[2]));
        if (!loaded) {
            std::printf("load failed: %s\n", qPrintable(loaded.error().toString()));
            return 2;
        }
        project.setTitle(u"Changed"_s);
        auto saved = project.save(QString::fromLocal8Bit(argv[2]));
        std::printf("%s\n", saved ? "saved" : saved.error().message.toUtf8().constData());
        return saved ? 0 : 1;
    }
    TestProject test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_project.moc"
