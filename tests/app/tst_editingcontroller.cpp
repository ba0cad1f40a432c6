#include "../common/uitest.h"
#include "data/vectorlayer.h"
#include "desktop/editingcontroller.h"
#include "desktop/featureform.h"
#include "desktop/layerpanel.h"
#include "desktop/mainwindow.h"
#include "desktop/selectbyexpressiondialog.h"
#include "desktop/snappingsettingswidget.h"
#include "editfixtures.h"
#include "gui/mapcanvas.h"
#include "gui/maptools/maptoolcapture.h"
#include "gui/maptools/maptoolmeasure.h"
#include "gui/maptools/maptoolselect.h"
#include "desktop/missinglayersdialog.h"
#include "desktop/projectcontroller.h"
#include "gui/messagebar.h"
#include "project/project.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace territoria;
using namespace Qt::StringLiterals;

class TestEditingController : public QObject
{
    Q_OBJECT
private:
    edittest::EditTestDir m_dir;

    QString journalDir() const { return m_dir.journalDir(); }

    // Postas (health posts) in UTM 19S around Arequipa.
    QString writePostas(const QString &name)
    {
        return m_dir.writeLayer(name, "postas", wkbPoint, {{"nombre", OFTString, 20}, {"camas", OFTInteger}},
                                {{"POINT (229000 8185000)", {u"Cercado"_s, 12}},
                                 {"POINT (226000 8189000)", {u"Cayma"_s, 4}},
                                 {"POINT (232000 8181000)", {u"Paucarpata"_s, 20}}});
    }

    VectorLayer *addLayer(MainWindow &window, const QString &path)
    {
        auto opened = VectorLayer::open(path);
        if (!opened) {
            qWarning() << opened.error().message;
            return nullptr;
        }
        auto *layer = static_cast<VectorLayer *>(window.project()->addLayer(std::move(*opened), 0));
        window.layerPanel()->setCurrentLayer(layer);
        return layer;
    }

    void prepareWindow(MainWindow &window)
    {
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.project()->setCrs(Crs::fromUserInput(u"EPSG:32719"_s).value());
        window.canvas()->setExtent(Extent(224000, 8180000, 234000, 8190000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TerritoriaTest"_s);
        QCoreApplication::setApplicationName(u"tst_editingcontroller"_s);
        testutil::installTestTranslator();
        QVERIFY(m_dir.isValid());
        m_dir.useAsJournalDir();
        QSettings().clear();
    }

    void toggleEditingAndUndo()
    {
        MainWindow window;
        prepareWindow(window);
        EditingController *editing = window.editingController();
        QAction *toggle = editing->action(u"toggleEditing"_s);
        QVERIFY(toggle);
        QVERIFY(!toggle->isEnabled()); // no layer yet
        VectorLayer *layer = addLayer(window, writePostas(u"toggle"_s));
        QVERIFY(layer);
        QCOMPARE(editing->currentLayer(), layer);
        QVERIFY(toggle->isEnabled());
        QVERIFY(!editing->action(u"addFeature"_s)->isEnabled());
        toggle->trigger();
        QVERIFY(layer->isEditable());
        QVERIFY(toggle->isChecked());
        QVERIFY(editing->action(u"addFeature"_s)->isEnabled());
        // Journaled in TERRITORIA_JOURNAL_DIR.
        QVERIFY2(layer->journalPath().startsWith(journalDir()), qPrintable(layer->journalPath()));

        QAction *undo = editing->action(u"undo"_s);
        QAction *redo = editing->action(u"redo"_s);
        QVERIFY(!undo->isEnabled());
        QVERIFY(layer->changeAttributeValue(1, 1, 13));
        QVERIFY(undo->isEnabled());
        QVERIFY(editing->action(u"saveEdits"_s)->isEnabled());
        undo->trigger();
        QCOMPARE(layer->dataProvider()->feature(1)->attributes.at(1).toInt(), 12);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(layer->dataProvider()->feature(1)->attributes.at(1).toInt(), 13);

        // Stop editing with changes: Discard drops them.
        QString question;
        edittest::answerNextMessageBox(QMessageBox::Discard, &question);
        toggle->trigger();
        QVERIFY(!layer->isEditable());
        QVERIFY(question.contains(layer->name()));
        QCOMPARE(layer->dataProvider()->feature(1)->attributes.at(1).toInt(), 12);
        QVERIFY(!undo->isEnabled());
    }

    void captureThroughTheForm()
    {
        MainWindow window;
        prepareWindow(window);
        EditingController *editing = window.editingController();
        const QString path = writePostas(u"capture"_s);
        VectorLayer *layer = addLayer(window, path);
        QVERIFY(layer);
        QVERIFY(editing->startEditing(layer));
        editing->action(u"addFeature"_s)->trigger();
        QCOMPARE(window.canvas()->mapTool(), static_cast<MapTool *>(editing->captureTool()));
        layer->selectFeatures({1});
        QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
        window.canvas()->renderNow();
        QVERIFY(rendered.wait(10000));
        QTest::qWait(50); // the status bar lays out its selection label
        testutil::saveScreenshot(&window, u"mainwindow_editing"_s);
        QCOMPARE(window.statusBar()->findChild<QLabel *>(u"selectionLabel"_s)->isVisible(), true);
        {
            // A layer in edit mode is drawn: its three points and the selected one in yellow.
            const QImage image = window.canvas()->renderedImage().convertToFormat(QImage::Format_RGB32);
            int drawn = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    drawn += image.pixel(x, y) != image.pixel(0, 0);
            QVERIFY2(drawn > 10, qPrintable(QString::number(drawn)));
        }
        layer->clearSelection();

        bool formSeen = false;
        edittest::onNextModal([&formSeen](QWidget *w) {
            auto *form = qobject_cast<FeatureForm *>(w);
            if (!form) {
                static_cast<QDialog *>(w)->reject();
                return;
            }
            formSeen = true;
            QTest::keyClicks(form->findChild<QLineEdit *>(u"field_nombre"_s), u"Posta Nueva"_s);
            QTest::keyClicks(form->findChild<QLineEdit *>(u"field_camas"_s), u"8"_s);
            testutil::saveScreenshot(form, u"featureform_capture"_s);
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        const QPointF target(230000, 8186000);
        const QPoint pixel = window.canvas()->toPixel(target).toPoint();
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, pixel);
        if (!formSeen && editing->captureTool()->isCapturing())
            QVERIFY(editing->captureTool()->finish()); // a tool that waits for Enter/right click
        QTRY_VERIFY(formSeen);
        QCOMPARE(layer->featureCount(), qint64(4));
        auto ids = layer->dataProvider()->featureIds();
        QVERIFY(ids);
        const qint64 fid = ids->last();
        QVERIFY(fid < 0);
        const auto feature = layer->dataProvider()->feature(fid);
        QVERIFY(feature);
        QCOMPARE(feature->attributes.at(0).toString(), u"Posta Nueva"_s);
        QCOMPARE(feature->attributes.at(1).toInt(), 8);
        const Extent box = feature->geometry.boundingBox();
        const double tolerance = window.canvas()->mapUnitsPerPixel();
        QVERIFY2(std::abs(box.xMin() - target.x()) <= tolerance && std::abs(box.yMin() - target.y()) <= tolerance,
                 qPrintable(box.toString()));
        // One undo step removes it.
        editing->action(u"undo"_s)->trigger();
        QCOMPARE(layer->featureCount(), qint64(3));
        editing->action(u"redo"_s)->trigger();
        QCOMPARE(layer->featureCount(), qint64(4));

        // Cancel drops the captured feature.
        edittest::onNextModal([](QWidget *w) { static_cast<QDialog *>(w)->reject(); });
        QCOMPARE(editing->createFeatureWithForm(layer, Geometry::fromWkt(u"POINT (231000 8187000)"_s).value()), 0);
        QCOMPARE(layer->featureCount(), qint64(4));

        // The next form starts from the values entered last.
        FeatureForm form(layer->fields(), FeatureForm::settingsKeyFor(layer));
        form.loadRememberedValues();
        QCOMPARE(form.values()->at(0).toString(), u"Posta Nueva"_s);

        QVERIFY(editing->saveEdits(layer, false));
        const auto saved = edittest::readColumn(path, "nombre");
        QCOMPARE(saved.size(), 4);
        QVERIFY(saved.values().contains(QVariant(u"Posta Nueva"_s)));
    }

    void pasteReprojects()
    {
        MainWindow window;
        prepareWindow(window);
        EditingController *editing = window.editingController();
        // A WGS 84 layer with one posta and a UTM 19S target layer with other fields.
        const QString wgsPath = m_dir.filePath(u"wgs84.gpkg"_s);
        QVERIFY(edittest::writeGpkg(wgsPath, "puntos", 4326, wkbPoint, {{"NOMBRE", OFTString, 30}, {"extra", OFTReal}},
                                    {{"POINT (-71.537 -16.398)", {u"Yanahuara"_s, 1.5}},
                                     {"POINT (-71.5 -16.4)", {u"Otro"_s, 2.5}}}));
        VectorLayer *utm = addLayer(window, writePostas(u"paste"_s));
        VectorLayer *wgs = addLayer(window, wgsPath);
        QVERIFY(utm && wgs);
        wgs->selectFeatures({1});
        QCOMPARE(editing->currentLayer(), wgs);
        QVERIFY(editing->action(u"copyFeatures"_s)->isEnabled());
        QCOMPARE(editing->copySelected(), 1);
        window.layerPanel()->setCurrentLayer(utm);
        QVERIFY(!editing->action(u"pasteFeatures"_s)->isEnabled()); // not editing
        QVERIFY(editing->startEditing(utm));
        QVERIFY(editing->action(u"pasteFeatures"_s)->isEnabled());
        const int before = utm->undoStack()->count();
        editing->action(u"pasteFeatures"_s)->trigger();
        QCOMPARE(utm->featureCount(), qint64(4));
        QCOMPARE(utm->undoStack()->count(), before + 1);
        QCOMPARE(utm->selectedFeatureCount(), 1);
        const qint64 fid = *utm->selectedFeatureIds().cbegin();
        const auto pasted = utm->dataProvider()->feature(fid);
        QVERIFY(pasted);
        QCOMPARE(pasted->attributes.at(0).toString(), u"Yanahuara"_s); // NOMBRE -> nombre
        QVERIFY(!pasted->attributes.at(1).isValid());                  // no "camas" in the source
        // The reference: OGR's own transformation of the same point.
        OGRSpatialReference from, to;
        from.importFromEPSG(4326);
        to.importFromEPSG(32719);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&from, &to));
        double x = -71.537, y = -16.398;
        QVERIFY(ct->Transform(1, &x, &y));
        const Extent box = pasted->geometry.boundingBox();
        QVERIFY2(std::abs(box.xMin() - x) < 0.01 && std::abs(box.yMin() - y) < 0.01,
                 qPrintable(u"%1 %2 vs %3"_s.arg(x, 0, 'f', 3).arg(y, 0, 'f', 3).arg(box.toString(3))));
        // And gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32719 gives 229031.272 8185344.868.
        QVERIFY(std::abs(box.xMin() - 229031.272) < 0.01 && std::abs(box.yMin() - 8185344.868) < 0.01);
        QVERIFY(!window.messageBar()->messages().isEmpty());
        editing->action(u"undo"_s)->trigger();
        QCOMPARE(utm->featureCount(), qint64(3));
        utm->rollBack();
    }

    void deleteSelectionAndSelectionTools()
    {
        MainWindow window;
        prepareWindow(window);
        EditingController *editing = window.editingController();
        VectorLayer *layer = addLayer(window, writePostas(u"delete"_s));
        QVERIFY(layer);
        layer->selectFeatures({1});
        editing->invertSelection();
        QCOMPARE(layer->selectedFeatureIds(), (QSet<qint64>{2, 3}));
        QVERIFY(!editing->action(u"deleteSelected"_s)->isEnabled());
        QVERIFY(editing->startEditing(layer));
        QVERIFY(editing->action(u"deleteSelected"_s)->isEnabled());
        QCOMPARE(editing->action(u"deleteSelected"_s)->shortcut(), QKeySequence(QKeySequence::Delete));
        editing->action(u"deleteSelected"_s)->trigger();
        QCOMPARE(layer->featureCount(), qint64(1));
        QCOMPARE(layer->selectedFeatureCount(), 0);
        editing->action(u"undo"_s)->trigger();
        QCOMPARE(layer->featureCount(), qint64(3));

        // Select by expression: on the source, then on the edited data.
        auto matches = SelectByExpressionDialog::matchingFeatureIds(*layer, u"camas >= 12"_s);
        QVERIFY2(matches, qPrintable(matches ? QString() : matches.error().message));
        QCOMPARE(*matches, (QSet<qint64>{1, 3}));
        QVERIFY(layer->changeAttributeValue(2, 1, 30));
        matches = SelectByExpressionDialog::matchingFeatureIds(*layer, u"camas >= 12 AND nombre LIKE 'C%'"_s);
        QVERIFY(matches);
        QCOMPARE(*matches, (QSet<qint64>{1, 2}));
        auto bad = SelectByExpressionDialog::matchingFeatureIds(*layer, u"poblacion > 3"_s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"poblacion"_s), qPrintable(bad.error().message));
        QCOMPARE(SelectByExpressionDialog::combine({1, 2}, {2, 3}, SelectByExpressionDialog::Mode::Add),
                 (QSet<qint64>{1, 2, 3}));
        QCOMPARE(SelectByExpressionDialog::combine({1, 2}, {2, 3}, SelectByExpressionDialog::Mode::Remove),
                 (QSet<qint64>{1}));
        QCOMPARE(SelectByExpressionDialog::combine({1, 2}, {2, 3}, SelectByExpressionDialog::Mode::Within),
                 (QSet<qint64>{2}));
        SelectByExpressionDialog dialog(layer);
        dialog.setExpression(u"nombre = 'Paucarpata'"_s);
        QVERIFY(dialog.apply());
        QCOMPARE(layer->selectedFeatureIds(), QSet<qint64>{3});
        dialog.setExpression(u"nombre = "_s);
        QVERIFY(!dialog.apply());
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(layer->selectedFeatureIds(), QSet<qint64>{3});

        editing->clearSelection();
        QCOMPARE(layer->selectedFeatureCount(), 0);
        layer->selectFeatures({1, 3});
        editing->zoomToSelection();
        const Extent view = window.canvas()->extent();
        QVERIFY(view.contains(Extent(229000, 8181000, 232000, 8185000)));
        QVERIFY(view.width() < 6000 || view.height() < 6000);

        // Measure tools share the canvas with the others.
        editing->action(u"measureArea"_s)->trigger();
        QCOMPARE(window.canvas()->mapTool(), static_cast<MapTool *>(editing->measureTool()));
        QCOMPARE(editing->measureTool()->mode(), MapToolMeasure::Mode::Area);
        editing->action(u"selectRectangle"_s)->trigger();
        QCOMPARE(window.canvas()->mapTool(), static_cast<MapTool *>(editing->selectTool()));
        layer->rollBack();
    }

    void fixInvalidGeometry()
    {
        MainWindow window;
        prepareWindow(window);
        EditingController *editing = window.editingController();
        const QString path = m_dir.filePath(u"zonas.gpkg"_s);
        QVERIFY(edittest::writeGpkg(path, "zonas", 32719, wkbPolygon, {{"zona", OFTString, 10}},
                                    {{"POLYGON ((228000 8184000, 230000 8186000, 230000 8184000, 228000 8186000, "
                                      "228000 8184000))",
                                      {u"moño"_s}}}));
        VectorLayer *layer = addLayer(window, path);
        QVERIFY(layer);
        QVERIFY(editing->startEditing(layer));
        QString reason;
        QVERIFY(!layer->dataProvider()->feature(1)->geometry.isValid(&reason));
        editing->warnInvalidGeometry(layer, 1, reason);
        QVERIFY(window.messageBar()->messages().first().contains(reason));
        QVERIFY(editing->fixGeometry(layer, 1));
        const Geometry fixed = layer->dataProvider()->feature(1)->geometry;
        QVERIFY(fixed.isValid());
        // The bow tie becomes two triangles, each 2000 m base × 1000 m high / 2: 2 × 1,000,000 m².
        QVERIFY2(std::abs(fixed.area() - 2000000.0) < 1e-3, qPrintable(QString::number(fixed.area(), 'f', 3)));
        editing->action(u"undo"_s)->trigger();
        QVERIFY(!layer->dataProvider()->feature(1)->geometry.isValid());
        layer->rollBack();
    }

    void unsavedEditsPrompt()
    {
        auto *window = new MainWindow;
        prepareWindow(*window);
        EditingController *editing = window->editingController();
        const QString path = writePostas(u"prompt"_s);
        VectorLayer *layer = addLayer(*window, path);
        QVERIFY(layer);
        QVERIFY(editing->startEditing(layer));
        QVERIFY(layer->changeAttributeValue(2, 1, 99));
        const QString journal = layer->journalPath();
        QTRY_VERIFY(QFile::exists(journal));
        window->project()->setDirty(false);

        // Removing the layer asks; Cancel keeps it.
        edittest::answerNextMessageBox(QMessageBox::Cancel);
        emit window->layerPanel()->removeRequested(layer);
        QCOMPARE(window->project()->layerCount(), 1);
        QVERIFY(layer->isModified());

        // Closing asks; Cancel keeps the window open.
        QString question;
        edittest::answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QVERIFY(question.contains(layer->name()));
        QVERIFY(layer->isModified());

        // Save writes the edits, then the window closes.
        window->project()->setDirty(false);
        edittest::answerNextMessageBox(QMessageBox::Save);
        QVERIFY(window->close());
        QCOMPARE(edittest::readColumn(path, "camas").value(2).toString(), u"99"_s);
        QVERIFY(!QFile::exists(journal));
        delete window;

        // Discard on "new project" drops them and removes the journal.
        MainWindow second;
        prepareWindow(second);
        VectorLayer *again = addLayer(second, path);
        QVERIFY(second.editingController()->startEditing(again));
        QVERIFY(again->changeAttributeValue(2, 1, 5));
        const QString journal2 = again->journalPath();
        QTRY_VERIFY(QFile::exists(journal2));
        second.project()->setDirty(false);
        edittest::answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(second.projectController()->newProject());
        QCOMPARE(second.project()->layerCount(), 0);
        QVERIFY(!QFile::exists(journal2));
        QCOMPARE(edittest::readColumn(path, "camas").value(2).toString(), u"99"_s);
    }

    void snappingSettings()
    {
        MainWindow window;
        prepareWindow(window);
        EditingController *editing = window.editingController();
        VectorLayer *layer = addLayer(window, writePostas(u"snap"_s));
        QVERIFY(layer);
        SnappingSettingsWidget *snapping = editing->snappingWidget();
        snapping->setTolerancePixels(15);
        snapping->setSnapType(SnapType::Vertex);
        editing->action(u"snapping"_s)->trigger();
        QVERIFY(snapping->isSnappingEnabled());
        QVERIFY(window.canvas()->isSnappingEnabled());
        QCOMPARE(window.canvas()->snappingTolerancePixels(), 15.0);
        QSettings settings;
        QCOMPARE(settings.value(u"snapping/tolerancePx"_s).toInt(), 15);
        QCOMPARE(settings.value(u"snapping/type"_s).toString(), u"vertex"_s);
        QCOMPARE(settings.value(u"snapping/enabled"_s).toBool(), true);
        // A vertex of the current layer near the cursor snaps.
        const QPointF pixel = window.canvas()->toPixel(QPointF(229000, 8185000)) + QPointF(5, -4);
        const SnapMatch match = window.canvas()->snap(pixel);
        QCOMPARE(match.type, SnapType::Vertex);
        QVERIFY(std::abs(match.point.x() - 229000) < 1e-6 && std::abs(match.point.y() - 8185000) < 1e-6);
        editing->action(u"snapping"_s)->trigger();
        QVERIFY(!window.canvas()->isSnappingEnabled());
        // A new widget reads what was remembered.
        SnappingSettingsWidget fresh;
        QCOMPARE(fresh.tolerancePixels(), 15);
        QCOMPARE(fresh.snapType(), SnapType::Vertex);
    }
};

QTEST_MAIN(TestEditingController)
#include "tst_editingcontroller.moc"
