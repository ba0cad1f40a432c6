#include "data/layerloader.h"
#include "data/vectorlayer.h"
#include "desktop/identifydock.h"
#include "desktop/mainwindow.h"
#include "desktop/missinglayersdialog.h"
#include "gui/mapcanvas.h"
#include "gui/messagebar.h"
#include "gui/projectcrsdialog.h"
#include "desktop/layerpropertiesdialog.h"

#include <QApplication>
#include <QProcess>
#include <QTimer>
#include "project/project.h"

#include <QDir>
#include <QLineEdit>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

QString demoProject()
{
    const QString env = qEnvironmentVariable("TERRITORIA_DEMO_PROJECT");
    return env.isEmpty() ? QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/arequipa.territoria"_s : env;
}

bool copyShapefile(const QString &fromBase, const QString &toBase)
{
    for (const QString &ext : {u".shp"_s, u".shx"_s, u".dbf"_s, u".prj"_s}) {
        if (QFile::exists(fromBase + ext) && !QFile::copy(fromBase + ext, toBase + ext))
            return false;
    }
    return true;
}

bool close(QRgb a, const QColor &b, int tolerance = 6)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
        && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TerritoriaTest"_s);
    }

    void demoProjectRendersAndIdentifies()
    {
        QVERIFY2(QFile::exists(demoProject()), qPrintable(demoProject()));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
        QVERIFY(window.openProject(demoProject()));
        QVERIFY(window.project()->layerCount() >= 4);
        QVERIFY(window.windowTitle().contains(u"Territoria"_s));
        QVERIFY(!window.isWindowModified());
        QVERIFY(rendered.wait(30000));

        VectorLayer *districts = nullptr;
        for (Layer *layer : window.project()->layers()) {
            auto *vl = qobject_cast<VectorLayer *>(layer);
            if (vl && vl->fields().indexOf(u"IDDIST"_s) >= 0)
                districts = vl;
        }
        QVERIFY(districts);
        const QImage image = window.canvas()->renderedImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(!image.isNull());
        QSet<QRgb> colors;
        int districtPixels = 0;
        const QColor fill = districts->style().fillColor;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb px = image.pixel(x, y);
                colors.insert(px);
                districtPixels += close(px, fill);
            }
        }
        QVERIFY2(colors.size() > 3, "the map looks blank");
        // The district fill covers a good part of the province view.
        QVERIFY2(districtPixels > image.width() * image.height() / 4 / 10, qPrintable(QString::number(districtPixels)));

        // Inside Cercado (IDDIST 040101): GDAL's point on surface, in EPSG:32719.
        const QList<IdentifyResult> results = window.identifyAt(QPointF(229443.881, 8184550.187));
        const IdentifyResult *district = nullptr;
        for (const IdentifyResult &r : results) {
            if (r.layerId == districts->id())
                district = &r;
        }
        QVERIFY(district);
        QMap<QString, QString> attributes;
        for (const auto &[name, value] : district->attributes)
            attributes.insert(name, value.toString());
        QCOMPARE(attributes.value(u"IDDIST"_s), u"040101"_s);
        QCOMPARE(attributes.value(u"NOMBDIST"_s), u"AREQUIPA"_s);
        QCOMPARE(window.identifyDock()->results().size(), results.size());

        // Zoom, then back through the history.
        const Extent before = window.canvas()->extent();
        window.canvas()->zoomIn();
        QVERIFY(window.canvas()->extent().width() < before.width());
        window.canvas()->zoomPrevious();
        const Extent back = window.canvas()->extent();
        QVERIFY(std::abs(back.xMin() - before.xMin()) < 1e-3 && std::abs(back.yMax() - before.yMax()) < 1e-3);
        QVERIFY(std::abs(back.width() - before.width()) < 1e-3);
    }

    void dropAddsLayer()
    {
        MainWindow window;
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.project()->layerCount(), 0);
        const QString path = QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/crs/NY8_utm18.shp"_s;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint pos(450, 300);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE_WITH_TIMEOUT(window.project()->layerCount(), 1, 20000);
        QCOMPARE(window.project()->layers().first()->name(), u"NY8_utm18"_s);
        QVERIFY(window.project()->crs().isValid()); // taken from the first layer
        QVERIFY(window.isWindowModified());
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->extent().contains(window.project()->fullExtent()), 5000);
    }

    void missingLayerDialog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/crs/NY8_utm18"_s;
        QVERIFY(copyShapefile(source, dir.filePath(u"tracts"_s)));
        const QString projectPath = dir.filePath(u"test.territoria"_s);
        QString layerId;
        {
            Project project;
            auto layer = openLayer(dir.filePath(u"tracts.shp"_s));
            QVERIFY(layer.has_value());
            (*layer)->setName(u"Sectores censales"_s);
            layerId = project.addLayer(std::move(*layer))->id();
            QVERIFY(project.save(projectPath).has_value());
        }
        for (const QString &ext : {u".shp"_s, u".shx"_s, u".dbf"_s, u".prj"_s})
            QFile::remove(dir.filePath(u"tracts"_s + ext));

        MainWindow window;
        window.show();
        QVERIFY(window.openProject(projectPath)); // the project opens without the layer
        QCOMPARE(window.project()->layerCount(), 0);
        MissingLayersDialog *dialog = window.missingLayersDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(dialog->rowCount(), 1);
        QCOMPARE(dialog->layerName(0), u"Sectores censales"_s);
        QVERIFY(window.messageBar()->count() > 0);

        // Locating a file that is not there keeps the entry and says why.
        QVERIFY(!dialog->locate(dialog->layerId(0), dir.filePath(u"nowhere.shp"_s)));
        QCOMPARE(window.project()->layerCount(), 0);
        QVERIFY(copyShapefile(source, dir.filePath(u"moved"_s)));
        QVERIFY(dialog->locate(dialog->layerId(0), dir.filePath(u"moved.shp"_s)));
        QCOMPARE(window.project()->layerCount(), 1);
        QCOMPARE(window.project()->layers().first()->name(), u"Sectores censales"_s);
        QVERIFY(window.project()->missingLayers().isEmpty());
        QTRY_COMPARE(window.canvas()->layers().size(), 1);
        window.project()->setDirty(false);
    }

    // A PSAD56 / UTM 19S layer in a WGS 84 / UTM 19S project: pinning an operation
    // in the project CRS dialog goes into the project and the canvas's render settings.
    void pinnedOperationReachesTheCanvas()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString psad = dir.filePath(u"distritos_psad56.gpkg"_s);
        const QString src = QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/distritos_arequipa.geojson"_s;
        QCOMPARE(QProcess::execute(u"ogr2ogr"_s, {u"-q"_s, u"-t_srs"_s, u"EPSG:24879"_s, u"-f"_s, u"GPKG"_s, psad, src}), 0);
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.project()->setCrs(Crs::fromEpsg(32719));
        window.openPaths({psad});
        QTRY_COMPARE_WITH_TIMEOUT(window.project()->layerCount(), 1, 20000);
        QCOMPARE(window.project()->crs().authId(), u"EPSG:32719"_s);
        const Crs psad56 = Crs::fromEpsg(24879), utm = Crs::fromEpsg(32719);
        QVERIFY(window.canvas()->transformContext().operation(psad56, utm).isEmpty());

        QString pinned;
        int defaultRow = -2;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<ProjectCrsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            defaultRow = dialog->defaultOperationRow();
            const QList<CoordinateOperation> ops = CoordinateTransform::operations(psad56, utm);
            const int row = defaultRow == 0 ? 1 : 0; // not the default: pinning must change something
            if (dialog->pinOperation(0, row))
                pinned = ops.at(row).definition;
            dialog->accept();
        });
        window.showProjectCrsDialog();
        QVERIFY(!pinned.isEmpty());
        QVERIFY(defaultRow >= 0); // the canvas center is in Arequipa, inside the Peru operation
        QCOMPARE(window.project()->transformContext().operation(psad56, utm), pinned);
        QCOMPARE(window.canvas()->transformContext().operation(psad56, utm), pinned);
        QCOMPARE(window.canvas()->mapSettings().transformContext().operation(psad56, utm), pinned);
        QVERIFY(window.isWindowModified());
        window.project()->setDirty(false);
    }

    // Setting the CRS of a layer that has none, in a project without CRS, gives the
    // project that CRS (as QGIS does with the first layer).
    void settingCrsOfOnlyLayerSetsProjectCrs()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openPaths({QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/geometry/storms_xyz.shp"_s});
        QTRY_COMPARE_WITH_TIMEOUT(window.project()->layerCount(), 1, 20000);
        QVERIFY(!window.project()->crs().isValid());
        QVERIFY(window.messageBar()->messages().join(u" "_s).contains(u"storms_xyz.shp"_s));
        Layer *layer = window.project()->layers().first();
        QTimer::singleShot(0, &window, [] {
            auto *dialog = qobject_cast<LayerPropertiesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *edit = dialog->findChild<QLineEdit *>();
            for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
                if (e->objectName() != u"nameEdit"_s)
                    edit = e;
            }
            edit->setText(u"EPSG:4326"_s);
            emit edit->returnPressed();
            dialog->accept();
            dialog->apply();
        });
        window.showLayerProperties(layer);
        QCOMPARE(layer->crs().authId(), u"EPSG:4326"_s);
        QCOMPARE(window.project()->crs().authId(), u"EPSG:4326"_s);
        QCOMPARE(window.canvas()->destinationCrs().authId(), u"EPSG:4326"_s);
        window.project()->setDirty(false);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
