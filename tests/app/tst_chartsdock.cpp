#include "../common/uitest.h"
#include "data/vectorlayer.h"
#include "desktop/attributetablewindow.h"
#include "desktop/chartsdock.h"
#include "desktop/mainwindow.h"
#include "gui/attributetablemodel.h"
#include "gui/layercharts.h"
#include "gui/mapcanvas.h"
#include "project/project.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {
QString demoProject()
{
    return QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/arequipa.territoria"_s;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(i);
}

VectorLayer *districts(MainWindow &window)
{
    for (Layer *layer : window.project()->layers())
        if (auto *v = qobject_cast<VectorLayer *>(layer); v && v->fields().indexOf(u"AREA_MINAM"_s) >= 0)
            return v;
    return nullptr;
}
} // namespace

class TestChartsDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TerritoriaChartsTest"_s);
        testutil::installTestTranslator();
        QSettings().remove(u"charts"_s); // start hidden, no remembered chart
    }

    void dockLinksMapTableAndChart()
    {
        MainWindow window;
        window.resize(1400, 860);
        auto *dock = window.findChild<ChartsDock *>();
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        // View > Panels has its toggle.
        bool inMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>{})
                if (a->menu() && a->menu()->actions().contains(dock->toggleViewAction()))
                    inMenu = true;
        QVERIFY(inMenu);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisible());

        QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
        QVERIFY(window.openProject(demoProject()));
        QVERIFY(rendered.wait(30000));
        VectorLayer *layer = districts(window);
        QVERIFY(layer);
        dock->setCurrentLayer(layer);
        QCOMPARE(dock->currentLayer(), layer);
        selectData(dock->findChild<QComboBox *>(u"chartTypeCombo"_s), int(ChartType::Scatter));
        selectData(dock->findChild<QComboBox *>(u"chartXFieldCombo"_s), u"AREA_MINAM"_s);
        selectData(dock->findChild<QComboBox *>(u"chartYFieldCombo"_s), u"SHAPE_LENG"_s);
        LayerChartWidget *chart = dock->chartWidget();
        QCOMPARE(chart->layer(), layer);
        QCOMPARE(chart->request().type, ChartType::Scatter);
        QCOMPARE(chart->data().ids.size() + chart->data().missing, 29);

        // Table rows -> layer selection -> chart and map highlight.
        AttributeTableWindow table(layer);
        QVERIFY(table.model()->loadSynchronously());
        QItemSelection rows;
        rows.select(table.model()->index(0, 0), table.model()->index(2, 0));
        table.view()->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(layer->selectedFeatureCount(), 3);
        QCOMPARE(chart->highlightedCount(), 3);
        QCOMPARE(window.canvas()->highlightedFeatureCount(), 3);

        // Chart -> layer -> table rows.
        chart->selectInValueRect(QRectF(-1e12, -1e12, 2e12, 2e12));
        QCOMPARE(layer->selectedFeatureCount(), chart->data().ids.size());
        QCOMPARE(table.view()->selectionModel()->selectedRows().size(), int(chart->data().ids.size()));
        // Ranked bars of the same selection.
        selectData(dock->findChild<QComboBox *>(u"chartTypeCombo"_s), int(ChartType::RankedBars));
        selectData(dock->findChild<QComboBox *>(u"chartLabelFieldCombo"_s), u"NOMBDIST"_s);
        QCOMPARE(chart->rankedFeatureIds().size(), 10);
        QCOMPARE(chart->highlightedCount(), 10);
        layer->selectFeatures({chart->rankedFeatureIds().first()});
        QCOMPARE(chart->highlightedCount(), 1);
        QCOMPARE(window.canvas()->highlightedFeatureCount(), 1);
        QCOMPARE(table.view()->selectionModel()->selectedRows().size(), 1);
        // The map draws the selected district in the selection colour.
        auto yellowPixels = [&window] {
            const QImage img = window.canvas()->grab().toImage();
            int n = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QRgb c = img.pixel(x, y);
                    n += qRed(c) > 235 && qGreen(c) > 195 && qGreen(c) < 230 && qBlue(c) < 40 ? 1 : 0;
                }
            return n;
        };
        QTRY_VERIFY(!window.canvas()->isRendering());
        const int withSelection = yellowPixels();
        layer->clearSelection();
        QCOMPARE(window.canvas()->highlightedFeatureCount(), 0);
        QVERIFY2(withSelection > yellowPixels() + 50, qPrintable(QString::number(withSelection)));
        layer->selectFeatures({chart->rankedFeatureIds().first()});
        // Show selected only hides the 28 other rows.
        table.setShowSelectedOnly(true);
        int hidden = 0;
        for (int r = 0; r < table.model()->rowCount(); ++r)
            hidden += table.view()->isRowHidden(r) ? 1 : 0;
        QCOMPARE(hidden, 28);
        table.setShowSelectedOnly(false);

        QTRY_VERIFY(!window.canvas()->isRendering());
        QTest::qWait(200);
        testutil::saveScreenshot(&window, u"chartsdock-ranked"_s);

        // Export: a PNG at twice the chart's size and a well-formed SVG.
        QTemporaryDir dir;
        const QString png = dir.filePath(u"distritos.png"_s);
        QVERIFY(dock->exportChart(png).has_value());
        const QImage image(png);
        QCOMPARE(image.size(), chart->chartWidget()->size() * 2);
        const QString svg = dir.filePath(u"distritos.svg"_s);
        QVERIFY(dock->exportChart(svg).has_value());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        bool sawRoot = false, sawName = false;
        while (!xml.atEnd()) {
            const auto t = xml.readNext();
            if (t == QXmlStreamReader::StartElement && xml.name() == u"svg"_s)
                sawRoot = true;
            if (t == QXmlStreamReader::Characters && xml.text().contains(chart->data().labels.first().left(10)))
                sawName = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawRoot);
        if (!sawName)
            QFile::copy(svg, u"/tmp/chartsdock-failed.svg"_s);
        QVERIFY2(sawName, qPrintable(chart->data().labels.first())); // the labels are text, not pixels

        // Removing the layer empties the chart without crashing.
        window.project()->removeLayer(layer->id());
        QVERIFY(chart->layer() != layer);
    }
};

QTEST_MAIN(TestChartsDock)
#include "tst_chartsdock.moc"
