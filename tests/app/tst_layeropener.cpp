#include "../common/uitest.h"
#include "data/layerloader.h"
#include "desktop/layeropener.h"
#include "desktop/logdock.h"
#include "desktop/notifier.h"
#include "gui/messagebar.h"
#include "project/project.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

QString corpus(const QString &relative)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/"_s + relative;
}

// A window with a message bar, as the main window has, for the opener to report to.
struct Harness {
    QWidget window;
    MessageBar *bar = new MessageBar(&window);
    LogDock *log = new LogDock(nullptr);
    Project project;
    Notifier notifier{bar, log};
    LayerOpener opener{&project, &notifier, &window};
    Harness()
    {
        window.resize(800, 500);
        bar->resize(800, 200);
        window.show();
    }
    ~Harness() { delete log; }
    bool waitFinished(int ms = 30000)
    {
        if (!opener.isBusy())
            return true;
        QSignalSpy finished(&opener, &LayerOpener::finished);
        return finished.wait(ms);
    }
};

} // namespace

class TestLayerOpener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { testutil::installTestTranslator(); }

    void addsEveryLayerOfAGeoPackage()
    {
        const QString path = corpus(u"formats/mixed_layers.gpkg"_s);
        auto expected = listSublayers(path);
        QVERIFY(expected);
        QVERIFY(expected->size() > 1);
        Harness h;
        QSignalSpy added(&h.opener, &LayerOpener::layersAdded);
        h.opener.open({path});
        QVERIFY(h.waitFinished());
        QCOMPARE(added.size(), 1);
        QCOMPARE(h.project.layerCount(), int(expected->size()));
        QStringList names;
        for (Layer *layer : h.project.layers())
            names << layer->sublayerName();
        for (const SublayerInfo &info : *expected)
            QVERIFY2(names.contains(info.name), qPrintable(info.name));
        QVERIFY(h.project.isDirty());
    }

    // The progress dialog's Cancel: nothing is added, no crash, the user is told.
    void cancelAddsNothing()
    {
        Harness h;
        QSignalSpy added(&h.opener, &LayerOpener::layersAdded);
        h.opener.open({corpus(u"crs/NY8_utm18.shp"_s), corpus(u"formats/mixed_layers.gpkg"_s)});
        QVERIFY(h.opener.isBusy());
        auto *progress = h.window.findChild<QProgressDialog *>(u"openProgressDialog"_s);
        QVERIFY(progress);
        QVERIFY(progress->labelText().contains(u"2"_s)); // "Opening 2 files…"
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // as the user does (QProgressDialog::cancel() alone would not tell the opener)
        QVERIFY(h.waitFinished());
        QVERIFY(!h.opener.isBusy());
        QCOMPARE(added.size(), 0);
        QCOMPARE(h.project.layerCount(), 0);
        QVERIFY(!h.project.isDirty());
        QVERIFY2(h.bar->count() == 1, qPrintable(h.bar->messages().join(u" | "_s)));
        // The opener works again afterwards.
        h.opener.open({corpus(u"crs/NY8_utm18.shp"_s)});
        QVERIFY(h.waitFinished());
        QCOMPARE(h.project.layerCount(), 1);
    }

    void cancelWhileQueuedDropsTheQueue()
    {
        Harness h;
        h.opener.open({corpus(u"crs/NY8_utm18.shp"_s)});
        h.opener.open({corpus(u"formats/mixed_layers.gpkg"_s)}); // queued
        h.opener.cancel();
        QVERIFY(h.waitFinished());
        QTest::qWait(50);
        QVERIFY(!h.opener.isBusy());
        QCOMPARE(h.project.layerCount(), 0);
    }

    // A file GDAL cannot read as a layer: an error in the message bar that names it.
    void unreadableFileIsNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("latin1 csv") << corpus(u"encoding/testlatin1.csv"_s);
        QTest::newRow("missing") << corpus(u"nowhere/no_such_file.shp"_s);
        QTest::newRow("not geodata") << QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/docs/HACKING.md"_s;
    }
    void unreadableFileIsNamed()
    {
        QFETCH(QString, path);
        const bool readable = openLayers(path).has_value();
        Harness h;
        h.opener.open({path});
        QVERIFY(h.waitFinished());
        if (readable) {
            // GDAL reads it (e.g. as a table): then it is a layer, not an error.
            QVERIFY(h.project.layerCount() >= 1);
            return;
        }
        QCOMPARE(h.project.layerCount(), 0);
        const QStringList messages = h.bar->messages();
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.first().contains(QFileInfo(path).fileName()), qPrintable(messages.join(u" | "_s)));
        testutil::saveScreenshot(h.bar, u"opener-error-"_s + QFileInfo(path).baseName());
    }

    void layerWithoutCrsOffersToSetIt()
    {
        Harness h;
        QSignalSpy setCrs(&h.opener, &LayerOpener::setCrsRequested);
        h.opener.open({corpus(u"geometry/storms_xyz.shp"_s)});
        QVERIFY(h.waitFinished());
        QCOMPARE(h.project.layerCount(), 1);
        const QStringList messages = h.bar->messages();
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.first().contains(u"storms_xyz.shp"_s), qPrintable(messages.first()));
        // The message's "Set CRS…" button asks for the layer properties.
        QList<QPushButton *> buttons = h.bar->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 1);
        testutil::saveScreenshot(h.bar, u"opener-nocrs"_s);
        buttons.first()->click();
        QCOMPARE(setCrs.size(), 1);
        QCOMPARE(setCrs.first().first().value<Layer *>(), h.project.layers().first());
    }
};

QTEST_MAIN(TestLayerOpener)
#include "tst_layeropener.moc"
