#include "../common/uitest.h"
#include "data/editjournal.h"
#include "data/vectorlayer.h"
#include "desktop/editingcontroller.h"
#include "desktop/journalrestoredialog.h"
#include "desktop/layerpanel.h"
#include "desktop/mainwindow.h"
#include "editfixtures.h"
#include "project/project.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace territoria;
using namespace Qt::StringLiterals;

class TestJournalRestore : public QObject
{
    Q_OBJECT
private:
    edittest::EditTestDir m_dir;

    QString journalDir() const { return m_dir.journalDir(); }

    QString writeVias(const QString &name)
    {
        return m_dir.writeLayer(name, "vias", wkbLineString, {{"nombre", OFTString, 30}, {"carriles", OFTInteger}},
                                {{"LINESTRING (228000 8184000, 229000 8185000)", {u"Av. Ejército"_s, 4}},
                                 {"LINESTRING (229000 8185000, 230500 8185200)", {u"Calle Mercaderes"_s, 2}},
                                 {"LINESTRING (226000 8189000, 227000 8187500)", {u"Av. Cayma"_s, 2}}});
    }

    // Edits the layer in a window that is then destroyed without saving or asking,
    // as a crash or a kill would leave it. Returns the journal path.
    QString editAndCrash(const QString &path)
    {
        auto *window = new MainWindow;
        auto opened = VectorLayer::open(path);
        if (!opened)
            return {};
        auto *layer = static_cast<VectorLayer *>(window->project()->addLayer(std::move(*opened), 0));
        window->layerPanel()->setCurrentLayer(layer);
        if (!window->editingController()->startEditing(layer))
            return {};
        auto added = layer->addFeature(Geometry::fromWkt(u"LINESTRING (230000 8186000, 231000 8187000)"_s).value(),
                                       {u"Vía Nueva"_s, 2});
        if (!added)
            return {};
        layer->changeAttributeValue(2, 1, 3);
        layer->deleteFeatures({3});
        const QString journal = layer->journalPath();
        delete window; // no close(): no question, nothing saved, the journal stays
        return journal;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TerritoriaTest"_s);
        QCoreApplication::setApplicationName(u"tst_journalrestore"_s);
        testutil::installTestTranslator();
        QVERIFY(m_dir.isValid());
        m_dir.useAsJournalDir();
    }

    void journalDirectoryFromEnvironment()
    {
        QCOMPARE(EditingController::journalDirectory(), journalDir());
    }

    void restoreAfterCrash()
    {
        const QString path = writeVias(u"restore"_s);
        const QString journal = editAndCrash(path);
        QVERIFY(!journal.isEmpty());
        QVERIFY(QFile::exists(journal));
        QVERIFY(QFileInfo(journal).absolutePath() == QFileInfo(journalDir()).absoluteFilePath());
        // The source is untouched.
        QCOMPARE(edittest::readColumn(path, "carriles").size(), 3);
        QCOMPARE(edittest::readColumn(path, "carriles").value(2).toString(), u"2"_s);

        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditingController *editing = window.editingController();
        const QList<EditJournalEntry> pending = editing->pendingJournals();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(QFileInfo(pending.first().source).absoluteFilePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(pending.first().edits.added.size(), 1);

        QString listed;
        edittest::onNextModal([&listed](QWidget *w) {
            auto *dialog = qobject_cast<JournalRestoreDialog *>(w);
            if (!dialog) {
                static_cast<QDialog *>(w)->reject();
                return;
            }
            auto *list = dialog->findChild<QListWidget *>(u"journalList"_s);
            listed = list && list->count() ? list->item(0)->text() : QString();
            testutil::saveScreenshot(dialog, u"journalrestore"_s);
            dialog->findChild<QPushButton *>(u"restoreButton"_s)->click();
        });
        QCOMPARE(editing->offerJournalRestore(), 1);
        QVERIFY2(listed.contains(QFileInfo(path).fileName()), qPrintable(listed));
        QVERIFY2(listed.contains(u"1"_s), qPrintable(listed));

        QCOMPARE(window.project()->layerCount(), 1);
        auto *layer = qobject_cast<VectorLayer *>(window.project()->layers().first());
        QVERIFY(layer);
        QVERIFY(layer->isEditable());
        QVERIFY(layer->isModified());
        QCOMPARE(layer->journalPath(), journal);
        QCOMPARE(layer->featureCount(), qint64(3)); // 3 + 1 added - 1 deleted
        QCOMPARE(layer->dataProvider()->feature(2)->attributes.at(1).toInt(), 3);
        QVERIFY(!layer->dataProvider()->feature(3));
        auto ids = layer->dataProvider()->featureIds();
        QVERIFY(ids);
        QCOMPARE(layer->dataProvider()->feature(ids->last())->attributes.at(0).toString(), u"Vía Nueva"_s);
        // Restoring is one undo step.
        QCOMPARE(layer->undoStack()->count(), 1);
        // Nothing is offered twice while the session lives.
        QVERIFY(editing->pendingJournals().isEmpty());

        QVERIFY(editing->saveEdits(layer, false));
        QVERIFY(!QFile::exists(journal));
        const auto carriles = edittest::readColumn(path, "carriles");
        QCOMPARE(carriles.size(), 3);
        QCOMPARE(carriles.value(2).toString(), u"3"_s);
        QVERIFY(!carriles.contains(3));
    }

    void discardAndLater()
    {
        const QString path = writeVias(u"discard"_s);
        const QString journal = editAndCrash(path);
        QVERIFY(QFile::exists(journal));
        {
            MainWindow window;
            edittest::onNextModal([](QWidget *w) {
                if (auto *later = w->findChild<QPushButton *>(u"laterButton"_s))
                    later->click();
                else
                    static_cast<QDialog *>(w)->reject();
            });
            QCOMPARE(window.editingController()->offerJournalRestore(), 0);
            QVERIFY(QFile::exists(journal));
            QCOMPARE(window.project()->layerCount(), 0);
        }
        {
            MainWindow window;
            edittest::onNextModal([](QWidget *w) {
                if (auto *discard = w->findChild<QPushButton *>(u"discardButton"_s))
                    discard->click();
                else
                    static_cast<QDialog *>(w)->reject();
            });
            QCOMPARE(window.editingController()->offerJournalRestore(), 0);
            QVERIFY(!QFile::exists(journal));
            QVERIFY(window.editingController()->pendingJournals().isEmpty());
        }
        QCOMPARE(edittest::readColumn(path, "carriles").value(2).toString(), u"2"_s);
    }

    void summaryText()
    {
        VectorEdits edits;
        edits.added.insert(-1, {});
        edits.added.insert(-2, {});
        edits.changedAttributes.insert(5, {{u"a"_s, 1}});
        edits.changedGeometries.insert(5, Geometry());
        edits.deleted.insert(7);
        const QString text = JournalRestoreDialog::summary(edits);
        if (testutil::testLanguage().isEmpty())
            QCOMPARE(text, u"2 new feature(s), 1 changed feature(s), 1 deleted feature(s)"_s);
        QCOMPARE(JournalRestoreDialog::summary(VectorEdits()).isEmpty(), false);
    }
};

QTEST_MAIN(TestJournalRestore)
#include "tst_journalrestore.moc"
