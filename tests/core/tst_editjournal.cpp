// The crash journal of an edit session: written on every change, read back by
// readJournals(), replayed on a freshly opened layer, removed on save or discard.
#include "data/editjournal.h"
#include "data/vectorlayer.h"
#include "editfixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {
Geometry point(double x, double y)
{
    return *Geometry::fromWkt(u"POINT (%1 %2)"_s.arg(x, 0, 'g', 17).arg(y, 0, 'g', 17));
}
} // namespace

class TestEditJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void journalLifecycle()
    {
        const QString data = m_dir.filePath(u"data"_s);
        const QString journals = m_dir.filePath(u"journals"_s);
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QDir().mkpath(journals));
        const QString path = data + u"/pts.shp"_s;
        QVERIFY(editfixtures::writePoints(path, "ESRI Shapefile"));
        // A stray file that is not a journal is skipped.
        QFile stray(journals + u"/notes.json"_s);
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("{\"hello\": 1}");
        stray.close();

        auto opened = VectorLayer::open(path, VectorLayerOptions{{}, u"UTF-8"_s, {}});
        QVERIFY(opened);
        auto layer = std::move(*opened);
        const QString journal = journals + u"/pts.json"_s;
        layer->setJournalPath(journal);
        QVERIFY(layer->startEditing());
        QVERIFY(!QFileInfo::exists(journal)); // nothing to keep yet
        QVERIFY(layer->changeGeometry(2, point(0.1, 0.2)));
        QVERIFY(QFileInfo::exists(journal));
        QVERIFY(layer->addFeature(point(5, 6), {u"Ñuñoa"_s, 3, 1.5, QDate(2020, 2, 2)}));
        QVERIFY(layer->addField(Field{u"nota"_s, FieldType::String, 20, 0}));
        QVERIFY(layer->changeAttributeValue(4, 4, u"x"_s));
        QVERIFY(layer->changeAttributeValue(1, 1, QVariant())); // NULL
        QVERIFY(layer->deleteFeatures({0}));

        // The file holds what the brief says.
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(u"format"_s).toInt(), 1);
        QCOMPARE(o.value(u"source"_s).toString(), path);
        QCOMPARE(o.value(u"sublayer"_s).toString(), u"pts"_s);
        QCOMPARE(o.value(u"encoding"_s).toString(), u"UTF-8"_s);
        QVERIFY(o.contains(u"openOptions"_s));
        QVERIFY(QDateTime::fromString(o.value(u"savedAt"_s).toString(), Qt::ISODateWithMs).isValid());

        auto entries = readJournals(journals);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const EditJournalEntry &e = entries->first();
        QCOMPARE(e.journalPath, journal);
        QCOMPARE(e.source, path);
        QCOMPARE(e.sublayer, u"pts"_s);
        QCOMPARE(e.options.encoding, u"UTF-8"_s);
        QVERIFY(qAbs(e.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(e.edits == layer->edits());

        // "Crash": the layer goes away without saving; the journal stays.
        const VectorEdits expected = layer->edits();
        layer.reset();
        QVERIFY(QFileInfo::exists(journal));

        // Restore on a freshly opened layer.
        auto again = VectorLayer::open(e.source, e.options);
        QVERIFY(again);
        auto restored = std::move(*again);
        restored->setJournalPath(journal);
        QVERIFY(QFileInfo::exists(journal)); // not touched before the session starts
        QVERIFY(restored->applyEdits(e.edits, u"Restore"_s));
        QVERIFY(restored->isEditable());
        QCOMPARE(restored->undoStack()->count(), 1);
        QVERIFY(restored->edits() == expected);
        QCOMPARE(restored->featureCount(), 5);
        QCOMPARE(restored->fields().names().last(), u"nota"_s);
        // New features continue below the restored ids.
        auto next = restored->addFeature(point(1, 1));
        QVERIFY(next);
        QCOMPARE(*next, -2);
        restored->undoStack()->undo();
        QVERIFY(restored->edits() == expected);

        // Save: the journal is removed.
        auto r = restored->commitChanges();
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QVERIFY(!QFileInfo::exists(journal));
        QCOMPARE(readJournals(journals)->size(), 0);

        // Discard removes it too.
        QVERIFY(restored->startEditing());
        QVERIFY(restored->deleteFeatures({1}));
        QVERIFY(QFileInfo::exists(journal));
        restored->rollBack();
        QVERIFY(!QFileInfo::exists(journal));

        // Undoing back to no edits leaves nothing to restore.
        QVERIFY(restored->startEditing());
        QVERIFY(restored->deleteFeatures({1}));
        QVERIFY(QFileInfo::exists(journal));
        restored->undoStack()->undo();
        QVERIFY(!QFileInfo::exists(journal));
        restored->rollBack();
    }

    void badJournals()
    {
        QVERIFY(readJournals(m_dir.filePath(u"does-not-exist"_s))->isEmpty());
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": 1, \"source\": \"/x.gpkg\", \"edits\": {\"deleted\": [\"abc\"]}}");
        f.close();
        auto r = readJournal(bad);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"bad.json"_s));
        auto none = readJournal(m_dir.filePath(u"none.json"_s));
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(u"none.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestEditJournal)
#include "tst_editjournal.moc"
