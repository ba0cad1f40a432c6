// Saving an edit session: GeoPackage in one transaction, shapefile and GeoJSON on a
// copy swapped in; a failure at any step leaves the files byte-identical.
#include "data/vectorlayer.h"
#include "editfixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/wait.h>
#include <unistd.h>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

Geometry point(double x, double y)
{
    return *Geometry::fromWkt(u"POINT (%1 %2)"_s.arg(x, 0, 'g', 17).arg(y, 0, 'g', 17));
}

std::unique_ptr<VectorLayer> openPath(const QString &path)
{
    auto r = VectorLayer::open(path);
    if (!r) {
        qWarning("%s", qPrintable(r.error().toString()));
        return {};
    }
    return std::move(*r);
}

QList<Feature> readAll(const VectorDataProvider &p)
{
    QList<Feature> out;
    (void)p.forEachFeature({}, [&](Feature &&f) {
        out.append(std::move(f));
        return true;
    });
    return out;
}

// The edits every format test makes: move fid A, delete fid B, change two values,
// add a field with a value, delete the "area" field, add two features.
struct Plan {
    qint64 moved, deleted, changed;
};

bool makeEdits(VectorLayer &layer, const Plan &p)
{
    if (!layer.startEditing())
        return false;
    bool ok = layer.changeGeometry(p.moved, point(12345.5, 67890.25));
    ok = ok && layer.deleteFeatures({p.deleted});
    ok = ok && layer.changeAttributeValue(p.changed, 0, u"cambiado ñ"_s);
    ok = ok && layer.changeAttributeValue(p.changed, 1, QVariant()); // pop -> NULL
    ok = ok && layer.addField(Field{u"nota"_s, FieldType::String, 40, 0}).has_value();
    ok = ok && layer.changeAttributeValue(p.moved, 4, u"movido"_s);
    ok = ok && layer.deleteField(2).has_value(); // area
    // fields now: name pop day nota
    auto a = layer.addFeature(point(-7.125, 3.5), {u"nuevo1"_s, 11, QDate(2025, 3, 4), u"n1"_s});
    auto b = layer.addFeature(point(8.0, -9.75), {u"nuevo2"_s, 12});
    return ok && a && b && *a == -1 && *b == -2;
}

} // namespace

class TestVectorCommit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A fresh copy of the fixture, written once per format then copied.
    QString fixture(const char *driver, const QString &file)
    {
        const QString templ = m_dir.filePath(u"template-"_s + QString::fromLatin1(driver).replace(u' ', u'_'));
        if (!QFileInfo::exists(templ + u'/' + file)) {
            QDir().mkpath(templ);
            if (!editfixtures::writePoints(templ + u'/' + file, driver))
                return {};
        }
        const QString sub = m_dir.filePath(u"c%1"_s.arg(++m_n));
        QDir().mkpath(sub);
        for (const QString &name : QDir(templ).entryList(QDir::Files))
            if (!QFile::copy(templ + u'/' + name, sub + u'/' + name))
                return {};
        return sub + u'/' + file;
    }

    // Checks the saved file through a fresh VectorLayer::open().
    void verifySaved(const QString &path, const Plan &p, const QHash<qint64, qint64> &fidMap, bool renumbered)
    {
        auto fresh = openPath(path);
        QVERIFY(fresh);
        QCOMPARE(fresh->fields().names(), (QStringList{u"name"_s, u"pop"_s, u"day"_s, u"nota"_s}));
        QCOMPARE(fresh->featureCount(), 6);
        const QList<Feature> all = readAll(*fresh->dataProvider());
        QCOMPARE(all.size(), 6);
        QHash<QString, Feature> byName;
        for (const Feature &f : all)
            byName.insert(f.attributes[0].toString(), f);
        // The moved feature: exact coordinates and the new field's value.
        const QString movedName = u"p%1"_s.arg(renumbered ? p.moved + 1 : p.moved);
        QVERIFY(byName.contains(movedName));
        QCOMPARE(byName[movedName].geometry, point(12345.5, 67890.25));
        QCOMPARE(byName[movedName].attributes[3].toString(), u"movido"_s);
        // The deleted one is gone; the changed one has its values.
        QVERIFY(!byName.contains(u"p%1"_s.arg(renumbered ? p.deleted + 1 : p.deleted)));
        QVERIFY(byName.contains(u"cambiado ñ"_s));
        QVERIFY(!byName[u"cambiado ñ"_s].attributes[1].isValid());
        // Untouched values.
        const Feature &p5 = byName[u"p5"_s];
        QCOMPARE(p5.attributes[1].toInt(), 50);
        QCOMPARE(p5.attributes[2].toDate(), QDate(2024, 1, 5));
        QCOMPARE(p5.geometry, point(500, 1050));
        // Added features at their real fids.
        QCOMPARE(fidMap.size(), 2);
        const Feature n1 = *fresh->dataProvider()->feature(fidMap.value(-1));
        QCOMPARE(n1.attributes[0].toString(), u"nuevo1"_s);
        QCOMPARE(n1.attributes[1].toInt(), 11);
        QCOMPARE(n1.attributes[2].toDate(), QDate(2025, 3, 4));
        QCOMPARE(n1.attributes[3].toString(), u"n1"_s);
        QCOMPARE(n1.geometry, point(-7.125, 3.5));
        const Feature n2 = *fresh->dataProvider()->feature(fidMap.value(-2));
        QCOMPARE(n2.attributes[0].toString(), u"nuevo2"_s);
        QVERIFY(!n2.attributes[2].isValid());
        QCOMPARE(n2.geometry, point(8.0, -9.75));
    }

    void commitFormat(const char *driver, const QString &file, const Plan &plan, bool renumbered)
    {
        const QString path = fixture(driver, file);
        QVERIFY(!path.isEmpty());
        auto layer = openPath(path);
        QVERIFY(layer);
        QVERIFY(makeEdits(*layer, plan));
        layer->selectFeatures({plan.changed, -1});
        QSignalSpy committed(layer.get(), &VectorLayer::committed);
        QSignalSpy stopped(layer.get(), &VectorLayer::editingStopped);
        auto r = layer->commitChanges();
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(committed.count(), 1);
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!layer->isEditable());
        QVERIFY(layer->edits().isEmpty());
        const auto fidMap = committed.first().first().value<QHash<qint64, qint64>>();
        // The layer reads the new source.
        QCOMPARE(layer->featureCount(), 6);
        QCOMPARE(layer->fields().size(), 4);
        // The selection followed the new fids (and shapefile renumbering).
        const qint64 changedNow = renumbered && plan.changed > plan.deleted ? plan.changed - 1 : plan.changed;
        QCOMPARE(layer->selectedFeatureIds(), (QSet<qint64>{changedNow, fidMap.value(-1)}));
        QCOMPARE(layer->dataProvider()->feature(changedNow)->attributes[0].toString(), u"cambiado ñ"_s);
        verifySaved(path, plan, fidMap, renumbered);
        // No temporary or backup files remain.
        for (const QString &name : QFileInfo(path).absoluteDir().entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!name.contains(u"territoria"_s), qPrintable(name));
    }

    // Fails each write step in turn: the files stay byte-identical and the session
    // keeps its edits; then a clean run saves.
    void faultAtEveryStep(const char *driver, const QString &file, const Plan &plan, int minimumSteps)
    {
        const QString path = fixture(driver, file);
        QVERIFY(!path.isEmpty());
        const QString dir = QFileInfo(path).absolutePath();
        auto layer = openPath(path);
        QVERIFY(layer);
        QVERIFY(makeEdits(*layer, plan));
        const VectorEdits edits = layer->edits();
        const auto before = editfixtures::hashFiles(dir);
        QVERIFY(!before.isEmpty());
        int failures = 0;
        for (int k = 0; k < 200; ++k) {
            VectorLayer::setCommitFaultInjectorForTesting([k](int step) { return step != k; });
            auto r = layer->commitChanges();
            if (r)
                break;
            ++failures;
            QVERIFY2(r.error().message.contains(file), qPrintable(r.error().message));
            QCOMPARE(editfixtures::hashFiles(dir), before);
            QVERIFY(layer->isEditable());
            QVERIFY(layer->edits() == edits);
            QCOMPARE(layer->featureCount(), 6);
        }
        VectorLayer::setCommitFaultInjectorForTesting({});
        qInfo("%s: %d write steps failed one by one, source intact each time", driver, failures);
        QVERIFY2(failures >= minimumSteps, qPrintable(QString::number(failures)));
        QVERIFY(!layer->isEditable());
        auto fresh = openPath(path);
        QVERIFY(fresh);
        QCOMPARE(fresh->featureCount(), 6);
        QVERIFY(editfixtures::hashFiles(dir) != before);
    }

    // A process killed at each write step of the save: reopening gives either the
    // whole old data or the whole new data, and no leftovers.
    void killAtEveryStep(const char *driver, const QString &file, const Plan &plan)
    {
        int killed = 0, oldSeen = 0, newSeen = 0;
        for (int k = 0; k < 100; ++k) {
            const QString path = fixture(driver, file);
            QVERIFY(!path.isEmpty());
            const QString dir = QFileInfo(path).absolutePath();
            const pid_t pid = fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                auto layer = VectorLayer::open(path);
                if (!layer || !makeEdits(**layer, plan))
                    _exit(5);
                VectorLayer::setCommitFaultInjectorForTesting([k](int step) {
                    if (step == k)
                        _exit(0); // killed: no cleanup of any kind
                    return true;
                });
                _exit((*layer)->commitChanges() ? 3 : 4);
            }
            int status = 0;
            QCOMPARE(waitpid(pid, &status, 0), pid);
            QVERIFY(WIFEXITED(status));
            const int code = WEXITSTATUS(status);
            QVERIFY2(code == 0 || code == 3, qPrintable(QString::number(code)));
            auto reopened = openPath(path);
            QVERIFY2(reopened, qPrintable(u"killed at step %1"_s.arg(k)));
            const QStringList names = reopened->fields().names();
            if (names.contains(u"area"_s)) {
                ++oldSeen;
                QCOMPARE(reopened->featureCount(), 5);
                QCOMPARE(names, (QStringList{u"name"_s, u"pop"_s, u"area"_s, u"day"_s}));
                QCOMPARE(reopened->dataProvider()->feature(plan.moved)->geometry, point(100 * (renumberedBase(driver) + plan.moved), 1000 + 10 * (renumberedBase(driver) + plan.moved)));
            } else {
                ++newSeen;
                QCOMPARE(reopened->featureCount(), 6);
                QCOMPARE(names, (QStringList{u"name"_s, u"pop"_s, u"day"_s, u"nota"_s}));
            }
            for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden))
                QVERIFY2(!name.contains(u"territoria"_s), qPrintable(name));
            if (code == 3)
                break;
            ++killed;
        }
        qInfo("%s: killed at %d steps: old data %d times, new data %d times", driver, killed, oldSeen, newSeen);
        QVERIFY(killed >= 8);
        QVERIFY(newSeen >= (QByteArray(driver) == "GPKG" ? 1 : 2)); // the clean run (and a kill after the swap began)
    }

    static int renumberedBase(const char *driver) { return QByteArray(driver) == "GPKG" ? 0 : 1; }

private Q_SLOTS:
    void cleanup() { VectorLayer::setCommitFaultInjectorForTesting({}); }

    void killGeoPackage() { killAtEveryStep("GPKG", u"pts.gpkg"_s, Plan{1, 2, 3}); }
    void killShapefile() { killAtEveryStep("ESRI Shapefile", u"pts.shp"_s, Plan{0, 1, 3}); }

    void commitGeoPackage() { commitFormat("GPKG", u"pts.gpkg"_s, Plan{1, 2, 3}, false); }
    void commitShapefile() { commitFormat("ESRI Shapefile", u"pts.shp"_s, Plan{0, 1, 3}, true); }

    void faultsGeoPackage()
    {
        // start, delete field, add field, 2 changes x (geometry/attrs), 2 adds, 1 delete, commit
        faultAtEveryStep("GPKG", u"pts.gpkg"_s, Plan{1, 2, 3}, 8);
    }
    void faultsShapefile()
    {
        // copies (shp shx dbf prj cpg), edits, repack, renames
        faultAtEveryStep("ESRI Shapefile", u"pts.shp"_s, Plan{0, 1, 3}, 15);
    }

    void keepEditingAndGeoJson()
    {
        const QString path = fixture("GeoJSON", u"pts.geojson"_s);
        QVERIFY(!path.isEmpty());
        auto layer = openPath(path);
        QVERIFY(layer);
        QVERIFY(layer->startEditing());
        const qint64 first = readAll(*layer->dataProvider()).first().id;
        QVERIFY(layer->changeGeometry(first, point(1.5, 2.5)));
        QVERIFY(layer->changeAttributeValue(first, 1, 1234));
        auto r = layer->commitChanges(true);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QVERIFY(layer->isEditable());
        QVERIFY(layer->undoStack());
        QCOMPARE(layer->undoStack()->count(), 0);
        auto fresh = openPath(path);
        QVERIFY(fresh);
        auto f = fresh->dataProvider()->feature(first);
        QVERIFY(f);
        QCOMPARE(f->geometry, point(1.5, 2.5));
        QCOMPARE(f->attributes[1].toInt(), 1234);
        QCOMPARE(fresh->featureCount(), 5);
        // Nothing to save is fine.
        QVERIFY(layer->commitChanges(true));
        QVERIFY(layer->isEditable());
        // Deleting and adding: the ids GDAL gives on reading the rewritten file are followed.
        QVERIFY(layer->deleteFeatures({first + 1}));
        auto added = layer->addFeature(point(9, 9), {u"nuevo"_s});
        QVERIFY(added);
        layer->selectFeatures({first + 3, *added});
        QSignalSpy committed(layer.get(), &VectorLayer::committed);
        r = layer->commitChanges();
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        const auto fidMap = committed.first().first().value<QHash<qint64, qint64>>();
        auto again = openPath(path);
        QCOMPARE(again->featureCount(), 5);
        // GeoJSON ids are positions: p1 p3 p4 p5 nuevo -> 0..4.
        QCOMPARE(fidMap.value(*added), first + 4);
        QCOMPARE(again->dataProvider()->feature(first + 4)->attributes[0].toString(), u"nuevo"_s);
        QCOMPARE(again->dataProvider()->feature(first + 2)->attributes[0].toString(), u"p4"_s);
        QCOMPARE(layer->selectedFeatureIds(), (QSet<qint64>{first + 2, first + 4}));
    }

    void commitMapInfo()
    {
        // A format of four files (.TAB .DAT .MAP .ID) written beside and swapped in.
        const QString sub = m_dir.filePath(u"mapinfo"_s);
        QDir().mkpath(sub);
        const QString corpus = QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/formats/"_s;
        for (const QString &ext : {u"TAB"_s, u"DAT"_s, u"MAP"_s, u"ID"_s})
            QVERIFY(QFile::copy(corpus + u"mixed_types."_s + ext, sub + u"/mixed_types."_s + ext));
        const QString path = sub + u"/mixed_types.TAB"_s;
        auto layer = openPath(path);
        QVERIFY(layer);
        QString reason;
        if (!layer->supportsEditing(&reason))
            QSKIP(qPrintable(reason));
        QVERIFY(layer->startEditing());
        const QList<Feature> before = readAll(*layer->dataProvider());
        QVERIFY(before.size() >= 2);
        const qint64 fid = before[0].id;
        int textField = -1;
        for (int i = 0; i < layer->fields().size() && textField < 0; ++i)
            if (layer->fields()[i].type == FieldType::String)
                textField = i;
        QVERIFY(textField >= 0);
        QVERIFY(layer->changeAttributeValue(fid, textField, u"editado"_s));
        auto r = layer->commitChanges();
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        auto fresh = openPath(path);
        QVERIFY(fresh);
        QCOMPARE(fresh->featureCount(), before.size());
        QCOMPARE(fresh->dataProvider()->feature(fid)->attributes[textField].toString(), u"editado"_s);
        QCOMPARE(fresh->dataProvider()->feature(before[1].id)->geometry, before[1].geometry);
        QCOMPARE(QDir(sub).entryList(QDir::Files).size(), 4);
    }

    void commitNotEditing()
    {
        const QString path = fixture("GPKG", u"pts.gpkg"_s);
        auto layer = openPath(path);
        QVERIFY(layer);
        auto r = layer->commitChanges();
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"pts"_s));
    }
};

QTEST_GUILESS_MAIN(TestVectorCommit)
#include "tst_vectorcommit.moc"
