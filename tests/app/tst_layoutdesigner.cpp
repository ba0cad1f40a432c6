#include "../common/uitest.h"
#include "data/layerloader.h"
#include "desktop/layoutdesigner.h"
#include "desktop/layoutexportdialog.h"
#include "desktop/layoutitemproperties.h"
#include "desktop/layoutmanagerdialog.h"
#include "desktop/mainwindow.h"
#include "gui/layoutview.h"
#include "layout/printlayout.h"
#include "project/project.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QDir>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace territoria;
using namespace Qt::StringLiterals;

// The designer edits a working copy of a project's layout; every edit is an
// undoable command and reaches project.layout(name).
class TestLayoutDesigner : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Project> m_project;
    QWidget *m_window = nullptr; // designers' parent (the main window in the app)

    static QString demoPath(const QString &file)
    {
        return QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/"_s + file;
    }

    LayoutDesigner *openDesigner(const QString &name)
    {
        auto *designer = LayoutDesigner::open(m_project.get(), name, m_window, [] { return Extent(0, 0, 1000, 800); });
        if (designer) {
            designer->resize(1200, 800);
            designer->view()->setRenderDelayMs(5000); // the tests render on demand
            if (!QTest::qWaitForWindowExposed(designer))
                return nullptr;
        }
        return designer;
    }

    // Puts the page at a known zoom: pixel = (50, 40) + 2 * mm.
    static void pinView(LayoutView *view)
    {
        view->setZoom(2.0);
        view->setPageOrigin(QPointF(50, 40));
        view->setSnapToItems(false);
        view->setSnapToGrid(false);
    }
    static QPoint px(double x, double y) { return QPoint(qRound(50 + 2 * x), qRound(40 + 2 * y)); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"TerritoriaTests"_s);
        QCoreApplication::setApplicationName(u"tst_layoutdesigner"_s);
        testutil::installTestTranslator();
    }

    void init()
    {
        m_project = std::make_unique<Project>();
        m_project->setTitle(u"Arequipa"_s);
        auto layer = openLayer(demoPath(u"distritos_arequipa.geojson"_s));
        QVERIFY2(layer.has_value(), layer ? "" : qPrintable(layer.error().message));
        m_project->addLayer(std::move(*layer));
        m_window = new QMainWindow;
        m_window->resize(400, 300);
    }

    void cleanup()
    {
        delete m_window; // closes and deletes the designers
        m_window = nullptr;
        m_project.reset();
    }

    void defaultLayoutHasItsItems()
    {
        const PrintLayout layout = LayoutDesigner::defaultLayout(*m_project, u"L"_s, Extent(0, 0, 100, 100));
        QCOMPARE(layout.page().sizeMm(), QSizeF(297, 210));
        QCOMPARE(layout.itemCount(), 6);
        QVERIFY(layout.mapItem());
        QCOMPARE(layout.mapItem()->extent, Extent(0, 0, 100, 100));
        int legends = 0, scaleBars = 0, arrows = 0;
        for (int i = 0; i < layout.itemCount(); ++i) {
            const LayoutItem *item = layout.itemAt(i);
            QVERIFY2(QRectF(0, 0, 297, 210).contains(item->rectMm), qPrintable(item->name));
            legends += item->type() == LayoutItemType::Legend;
            scaleBars += item->type() == LayoutItemType::ScaleBar;
            arrows += item->type() == LayoutItemType::NorthArrow;
        }
        QCOMPARE(legends, 1);
        QCOMPARE(scaleBars, 1);
        QCOMPARE(arrows, 1);
    }

    void addItemUndoRedo()
    {
        LayoutManagerDialog manager(m_project.get(), m_window);
        const QString name = manager.newLayout();
        QCOMPARE(name, LayoutManagerDialog::tr("Layout %1").arg(1));
        m_project->setDirty(false);
        LayoutDesigner *designer = openDesigner(name);
        QVERIFY(designer);
        QCOMPARE(LayoutDesigner::open(m_project.get(), name, m_window), designer); // one per layout
        const int before = designer->printLayout().itemCount();
        QCOMPARE(before, 6);
        pinView(designer->view());

        // The toolbar action, then a drag on the page from (20, 30) to (80, 60) mm.
        QAction *add = designer->addItemAction(LayoutItemType::Label);
        QVERIFY(add);
        add->trigger();
        QCOMPARE(designer->view()->addItemType(), std::optional<LayoutItemType>(LayoutItemType::Label));
        QTest::mousePress(designer->view(), Qt::LeftButton, {}, px(20, 150));
        QTest::mouseMove(designer->view(), px(50, 170));
        QTest::mouseMove(designer->view(), px(80, 180));
        QTest::mouseRelease(designer->view(), Qt::LeftButton, {}, px(80, 180));
        QCOMPARE(designer->printLayout().itemCount(), before + 1);
        const LayoutItem *added = designer->printLayout().itemAt(before);
        QCOMPARE(added->type(), LayoutItemType::Label);
        QCOMPARE(added->rectMm, QRectF(20, 150, 60, 30));
        QCOMPARE(designer->view()->selectedIds(), QStringList{added->id});
        QVERIFY(!designer->view()->addItemType());
        // In the project, which is now dirty.
        QCOMPARE(m_project->layout(name)->itemCount(), before + 1);
        QVERIFY(m_project->isDirty());
        QCOMPARE(designer->findChild<QTreeWidget *>(u"layoutItemsList"_s)->topLevelItemCount(), before + 1);

        designer->undoStack()->undo();
        QCOMPARE(designer->printLayout().itemCount(), before);
        QCOMPARE(m_project->layout(name)->itemCount(), before);
        QVERIFY(designer->view()->selectedIds().isEmpty());
        designer->undoStack()->redo();
        QCOMPARE(designer->printLayout().itemCount(), before + 1);
        QCOMPARE(m_project->layout(name)->itemAt(before)->rectMm, QRectF(20, 150, 60, 30));

        // Ctrl+Z / Ctrl+Shift+Z reach the same stack.
        designer->activateWindow();
        designer->view()->setFocus();
        QTest::keyClick(designer->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(designer->printLayout().itemCount(), before);
        QTest::keyClick(designer->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(designer->printLayout().itemCount(), before + 1);
        testutil::saveScreenshot(designer, u"layoutdesigner"_s);
    }

    void propertyEditIsUndoable()
    {
        PrintLayout layout(u"Props"_s);
        auto label = std::make_unique<LabelItem>();
        label->rectMm = QRectF(10, 10, 80, 20);
        label->text = u"Old"_s;
        const QString id = layout.addItem(std::move(label))->id;
        m_project->addLayout(layout);
        LayoutDesigner *designer = openDesigner(u"Props"_s);
        QVERIFY(designer);
        designer->view()->setSelectedIds({id});
        auto *text = designer->itemProperties()->findChild<QPlainTextEdit *>(u"labelTextEdit"_s);
        QVERIFY(text);
        QCOMPARE(text->toPlainText(), u"Old"_s);
        text->setFocus();
        text->selectAll();
        QTest::keyClicks(text, u"Mapa de riesgo"_s);
        auto labelIn = [&](const PrintLayout *l) { return static_cast<const LabelItem *>(l->item(id)); };
        QCOMPARE(labelIn(&designer->printLayout())->text, u"Mapa de riesgo"_s);
        QCOMPARE(labelIn(m_project->layout(u"Props"_s))->text, u"Mapa de riesgo"_s);
        // Typing merges into one command.
        QCOMPARE(designer->undoStack()->count(), 1);
        designer->undoStack()->undo();
        QCOMPARE(labelIn(&designer->printLayout())->text, u"Old"_s);
        QCOMPARE(labelIn(m_project->layout(u"Props"_s))->text, u"Old"_s);
        QCOMPARE(text->toPlainText(), u"Old"_s); // the panel follows

        // Position fields in mm.
        auto *x = designer->itemProperties()->findChild<QDoubleSpinBox *>(u"xSpin"_s);
        QVERIFY(x);
        QCOMPARE(x->value(), 10.0);
        x->setValue(42.5);
        QCOMPARE(designer->printLayout().item(id)->rectMm, QRectF(42.5, 10, 80, 20));
        designer->undoStack()->undo();
        QCOMPARE(designer->printLayout().item(id)->rectMm, QRectF(10, 10, 80, 20));
        QCOMPARE(x->value(), 10.0);

        // A drag on the page updates the panel and is one command.
        pinView(designer->view());
        const int commands = designer->undoStack()->index();
        QTest::mousePress(designer->view(), Qt::LeftButton, {}, px(50, 20));
        QTest::mouseMove(designer->view(), px(55, 20));
        QTest::mouseMove(designer->view(), px(60, 25));
        QTest::mouseRelease(designer->view(), Qt::LeftButton, {}, px(60, 25));
        QCOMPARE(designer->printLayout().item(id)->rectMm, QRectF(20, 15, 80, 20));
        QCOMPARE(m_project->layout(u"Props"_s)->item(id)->rectMm, QRectF(20, 15, 80, 20));
        QCOMPARE(designer->undoStack()->index(), commands + 1);
        QCOMPARE(x->value(), 20.0);
        // Nudges merge into one command.
        QTest::keyClick(designer->view(), Qt::Key_Right);
        QTest::keyClick(designer->view(), Qt::Key_Right);
        QTest::keyClick(designer->view(), Qt::Key_Right);
        QCOMPARE(designer->printLayout().item(id)->rectMm.x(), 23.0);
        QCOMPARE(designer->undoStack()->index(), commands + 2);
        designer->undoStack()->undo();
        QCOMPARE(designer->printLayout().item(id)->rectMm.x(), 20.0);
    }

    void addChartIsUndoable()
    {
        m_project->addLayout(PrintLayout(u"Charts"_s));
        LayoutDesigner *designer = openDesigner(u"Charts"_s);
        QVERIFY(designer);
        QAction *add = designer->addItemAction(LayoutItemType::Chart);
        QVERIFY(add);
        QCOMPARE(add->objectName(), u"add_chart"_s);
        QVERIFY(!add->icon().isNull());
        add->trigger();
        QCOMPARE(designer->view()->addItemType(), std::optional<LayoutItemType>(LayoutItemType::Chart));
        m_project->setDirty(false);
        const QString id = designer->addItem(LayoutItemType::Chart, QRectF(10, 10, 120, 80));
        auto chartIn = [&](const PrintLayout *l) { return static_cast<const ChartItem *>(l->item(id)); };
        const ChartItem *chart = chartIn(&designer->printLayout());
        QVERIFY(chart);
        QCOMPARE(chart->type(), LayoutItemType::Chart);
        // Ranked bars of the first field that is not a code, labelled by the first such text field.
        QCOMPARE(chart->chartType, ChartItem::ChartType::Bars);
        QCOMPARE(chart->layerId, m_project->layers().first()->id());
        QCOMPARE(chart->valueField, u"SHAPE_LENG"_s);
        QCOMPARE(chart->labelField, u"NOMBDIST"_s);
        QVERIFY(chartIn(m_project->layout(u"Charts"_s)));
        QVERIFY(m_project->isDirty());
        QCOMPARE(designer->undoStack()->count(), 1);

        // The panel: numeric fields only for values; each kind of edit is a command.
        auto *props = designer->itemProperties();
        auto *type = props->findChild<QComboBox *>(u"chartTypeCombo"_s);
        auto *value = props->findChild<QComboBox *>(u"chartValueCombo"_s);
        auto *bins = props->findChild<QSpinBox *>(u"chartBinsSpin"_s);
        auto *topN = props->findChild<QSpinBox *>(u"chartTopNSpin"_s);
        QVERIFY(type && value && bins && topN);
        QCOMPARE(value->currentData().toString(), u"SHAPE_LENG"_s);
        QVERIFY(value->findData(u"NOMBDIST"_s) < 0);
        QVERIFY(value->findData(u"AREA_MINAM"_s) >= 0);
        QVERIFY(topN->isEnabled());
        QVERIFY(!bins->isEnabled());
        type->setCurrentIndex(type->findData(int(ChartItem::ChartType::Histogram)));
        QCOMPARE(chartIn(&designer->printLayout())->chartType, ChartItem::ChartType::Histogram);
        QVERIFY(bins->isEnabled());
        QVERIFY(!topN->isEnabled());
        value->setCurrentIndex(value->findData(u"AREA_MINAM"_s));
        QCOMPARE(chartIn(m_project->layout(u"Charts"_s))->valueField, u"AREA_MINAM"_s);
        QCOMPARE(designer->undoStack()->count(), 3);

        designer->undoStack()->undo();
        QCOMPARE(chartIn(&designer->printLayout())->valueField, u"SHAPE_LENG"_s);
        QCOMPARE(value->currentData().toString(), u"SHAPE_LENG"_s); // the panel follows
        designer->undoStack()->undo();
        QCOMPARE(chartIn(m_project->layout(u"Charts"_s))->chartType, ChartItem::ChartType::Bars);
        QCOMPARE(type->currentData().toInt(), int(ChartItem::ChartType::Bars));
        designer->undoStack()->undo();
        QVERIFY(!designer->printLayout().item(id));
        QVERIFY(!m_project->layout(u"Charts"_s)->item(id));
        designer->undoStack()->redo();
        QVERIFY(chartIn(&designer->printLayout()));
        QCOMPARE(chartIn(m_project->layout(u"Charts"_s))->valueField, u"SHAPE_LENG"_s);

        // It draws without warnings (29 districts, all with a value).
        LayoutRenderContext context;
        context.project = m_project.get();
        LayoutRenderResult result;
        const QImage page = LayoutRenderer::renderToImage(designer->printLayout(), context, 50, &result);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        QVERIFY(!page.isNull());
        designer->view()->setSelectedIds({id});
        testutil::saveScreenshot(designer, u"layoutdesigner-chart"_s);
    }

    void pageAndZOrder()
    {
        LayoutManagerDialog manager(m_project.get(), m_window);
        const QString name = manager.newLayout(u"Z"_s);
        LayoutDesigner *designer = openDesigner(name);
        QVERIFY(designer);
        const QString bottom = designer->printLayout().itemAt(0)->id;
        designer->view()->setSelectedIds({bottom});
        designer->moveSelectedItem(+1);
        QCOMPARE(designer->printLayout().indexOf(bottom), 1);
        QCOMPARE(m_project->layout(name)->indexOf(bottom), 1);
        designer->undoStack()->undo();
        QCOMPARE(designer->printLayout().indexOf(bottom), 0);

        auto *size = designer->findChild<QComboBox *>(u"pageSizeCombo"_s);
        QVERIFY(size);
        size->setCurrentIndex(size->findData(int(PageSize::A3)));
        QCOMPARE(m_project->layout(name)->page().sizeMm(), QSizeF(420, 297));
        designer->undoStack()->undo();
        QCOMPARE(m_project->layout(name)->page().sizeMm(), QSizeF(297, 210));
        QCOMPARE(size->currentData().toInt(), int(PageSize::A4));
    }

    void managerRenameAndRemove()
    {
        LayoutManagerDialog manager(m_project.get(), m_window);
        const QString name = manager.newLayout();
        QCOMPARE(m_project->layoutNames(), QStringList{name});
        LayoutDesigner *designer = manager.openLayout(name);
        QVERIFY(designer);
        QVERIFY(manager.renameLayout(name, u"Distritos"_s));
        QCOMPARE(designer->layoutName(), u"Distritos"_s);
        QVERIFY(m_project->layout(u"Distritos"_s));
        QVERIFY(!m_project->layout(name));
        // Edits after the rename still reach the project.
        designer->addItem(LayoutItemType::NorthArrow, QRectF(5, 5, 10, 10));
        QCOMPARE(m_project->layout(u"Distritos"_s)->itemCount(), 7);
        QCOMPARE(m_project->layoutNames().size(), 1);

        const QString copy = manager.duplicateLayout(u"Distritos"_s);
        QCOMPARE(m_project->layoutNames().size(), 2);
        QCOMPARE(m_project->layout(copy)->itemCount(), 7);

        QPointer<LayoutDesigner> guard(designer);
        QVERIFY(manager.removeLayout(u"Distritos"_s));
        QVERIFY(!guard || !guard->isVisible());
        QTRY_VERIFY(!guard);
        QCOMPARE(m_project->layoutNames(), QStringList{copy});
    }

    void templates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const PrintLayout layout = LayoutDesigner::defaultLayout(*m_project, u"Plantilla"_s);
        const QString path = dir.filePath(u"plantilla.ttlayout"_s);
        QVERIFY(layout.saveTemplate(path).has_value());
        LayoutManagerDialog manager(m_project.get(), m_window);
        auto name = manager.newLayoutFromTemplate(path);
        QVERIFY(name.has_value());
        QCOMPARE(m_project->layout(*name)->itemCount(), 6);
        // A file that is not a template: the error names it.
        const QString bad = dir.filePath(u"roto.ttlayout"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"otra cosa\"}");
        file.close();
        auto failed = manager.newLayoutFromTemplate(bad);
        QVERIFY(!failed.has_value());
        QVERIFY2(failed.error().message.contains(u"roto.ttlayout"_s), qPrintable(failed.error().message));
    }

    void exportDialogAndPdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LayoutManagerDialog manager(m_project.get(), m_window);
        const QString name = manager.newLayout(u"Exportar"_s);
        LayoutDesigner *designer = openDesigner(name);
        QVERIFY(designer);

        LayoutExportDialog dialog(designer->printLayout(), m_project.get(), designer);
        QVERIFY(dialog.path().endsWith(u"Exportar.pdf"_s) || dialog.path().endsWith(u".pdf"_s)
                || dialog.format() != LayoutExportDialog::Format::Pdf);
        dialog.setFormat(LayoutExportDialog::Format::Pdf);
        QVERIFY(dialog.path().endsWith(u".pdf"_s));
        QVERIFY(!dialog.exportAtlas()); // no atlas set up
        dialog.setPath(dir.filePath(u"mapa.pdf"_s));
        LayoutExportOptions options = dialog.options();
        options.dpi = 96;

        bool canceled = true;
        auto result = designer->runExport(dialog.path(), options, dialog.exportAtlas(), &canceled);
        QVERIFY(!canceled);
        if (!result && result.error().message.contains(u"not implemented"_s, Qt::CaseInsensitive))
            QSKIP("LayoutExporter is still a skeleton");
        QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().toString()));
        const QString pdf = dir.filePath(u"mapa.pdf"_s);
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5).startsWith("%PDF"));
        QCOMPARE(result->files, QStringList{pdf});
    }

    // The demo project's layouts in a designer (the atlas one previewing its
    // second page): TERRITORIA_TEST_SCREENSHOTS=/dir saves them.
    void demoProjectLayouts()
    {
        Project demo;
        auto loaded = demo.load(demoPath(u"arequipa.territoria"_s));
        QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(loaded.error().message));
        if (demo.layoutNames().isEmpty())
            demo.addLayout(LayoutDesigner::defaultLayout(demo, u"Arequipa"_s));
        int n = 0;
        for (const QString &name : demo.layoutNames()) {
            auto *designer = LayoutDesigner::open(&demo, name, m_window);
            QVERIFY(designer);
            designer->resize(1500, 950);
            QVERIFY(QTest::qWaitForWindowExposed(designer));
            designer->view()->zoomToFit();
            if (demo.layout(name)->atlas().enabled) {
                designer->setAtlasPreviewEnabled(true);
                QVERIFY2(designer->atlasPreviewCount() > 1, qPrintable(name));
                designer->showAtlasPage(1);
                QCOMPARE(designer->atlasPreviewIndex(), 1);
            }
            QElapsedTimer timer;
            timer.start();
            designer->view()->renderNow();
            qInfo("%s: page rendered in %lld ms at %.2f px/mm", qPrintable(name), timer.elapsed(), designer->view()->zoom());
            QVERIFY(!designer->view()->renderedImage().isNull());
            // Select the map so that the handles and its properties show.
            if (const MapItem *map = designer->printLayout().mapItem())
                designer->view()->setSelectedIds({map->id});
            QCoreApplication::processEvents();
            testutil::saveScreenshot(designer, u"layoutdesigner_demo%1"_s.arg(++n));
            if (auto *pageDock = designer->findChild<QDockWidget *>(u"layoutPageDock"_s)) {
                pageDock->raise();
                QCoreApplication::processEvents();
                testutil::saveScreenshot(designer, u"layoutdesigner_demo%1_page"_s.arg(n));
            }
            {
                LayoutExportDialog exportDialog(designer->printLayout(), &demo, designer);
                exportDialog.show();
                QCoreApplication::processEvents();
                testutil::saveScreenshot(&exportDialog, u"layoutexport_demo%1"_s.arg(n));
            }
            delete designer;
        }
        QVERIFY(!demo.isDirty()); // looking is not editing
    }

    // The main window's Project > Print Layouts menu lists the project's layouts
    // and opens one designer per layout, a window of the main window.
    void mainWindowMenu()
    {
        MainWindow window;
        window.resize(1000, 700);
        QVERIFY(window.openProject(demoPath(u"arequipa.territoria"_s)));
        QCoreApplication::processEvents(); // the menu is rebuilt queued
        auto *menu = window.findChild<QMenu *>(u"printLayoutsMenu"_s);
        QVERIFY(menu);
        const QStringList names = window.project()->layoutNames();
        QVERIFY(!names.isEmpty());
        QAction *open = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == names.first())
                open = a;
        }
        QVERIFY(open);
        open->trigger();
        LayoutDesigner *designer = LayoutDesigner::find(window.project(), names.first(), &window);
        QVERIFY(designer);
        QCOMPARE(designer->printLayout().itemCount(), window.project()->layout(names.first())->itemCount());
        open->trigger(); // the same designer again
        QCOMPARE(window.findChildren<LayoutDesigner *>().size(), 1);
        // A new layout from the manager appears in the menu.
        LayoutManagerDialog manager(window.project(), &window);
        const QString added = manager.newLayout();
        auto listed = [&] {
            for (QAction *a : menu->actions()) {
                if (a->text() == added)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(listed());
        window.project()->setDirty(false); // no "save changes?" on close
    }

    // The atlas export runs on a worker: Cancel in the progress dialog stops it
    // and leaves no file behind.
    void exportCanBeCancelled()
    {
        Project demo;
        QVERIFY(demo.load(demoPath(u"arequipa.territoria"_s)).has_value());
        QString atlasName;
        for (const QString &name : demo.layoutNames()) {
            if (demo.layout(name)->atlas().enabled)
                atlasName = name;
        }
        if (atlasName.isEmpty())
            QSKIP("the demo project has no atlas layout");
        auto *designer = LayoutDesigner::open(&demo, atlasName, m_window);
        QVERIFY(designer);
        QTemporaryDir dir;
        LayoutExportOptions options;
        options.dpi = 150;
        bool cancelRequested = false;
        QTimer::singleShot(250, designer, [&] {
            if (auto *progress = designer->findChild<QProgressDialog *>(u"exportProgress"_s)) {
                if (auto *button = progress->findChild<QPushButton *>()) {
                    cancelRequested = true;
                    button->click(); // what the user does
                }
            }
        });
        QElapsedTimer timer;
        timer.start();
        bool canceled = false;
        auto result = designer->runExport(dir.filePath(u"atlas.pdf"_s), options, true, &canceled);
        qInfo("export returned after %lld ms", timer.elapsed());
        if (!cancelRequested)
            QSKIP("the export finished before the cancel");
        QVERIFY(canceled);
        QVERIFY(!result.has_value());
        QVERIFY(!QFileInfo::exists(dir.filePath(u"atlas.pdf"_s)));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        delete designer;
    }

    void exportErrorNamesTheFile()
    {
        LayoutManagerDialog manager(m_project.get(), m_window);
        LayoutDesigner *designer = openDesigner(manager.newLayout());
        QVERIFY(designer);
        const QString path = u"/nonexistent-folder-territoria/salida.pdf"_s;
        auto result = designer->runExport(path, LayoutExportOptions{}, false);
        if (result.has_value())
            QSKIP("the exporter wrote to a folder that does not exist?");
        QVERIFY2(result.error().message.contains(u"salida.pdf"_s), qPrintable(result.error().message));
    }
};

QTEST_MAIN(TestLayoutDesigner)
#include "tst_layoutdesigner.moc"
