// The map tools on the real MapCanvas, driven by simulated mouse and keyboard
// (offscreen): digitizing with snapping, undo/redo/commit/reopen, selection,
// vertex editing, moving, splitting and measuring.
#include "data/vectorlayer.h"
#include "geometry/measure.h"
#include "gui/mapcanvas.h"
#include "gui/maptools/maptoolcapture.h"
#include "gui/maptools/maptoolmeasure.h"
#include "gui/maptools/maptoolmovefeature.h"
#include "gui/maptools/maptoolselect.h"
#include "gui/maptools/maptoolsplit.h"
#include "gui/maptools/maptoolvertex.h"
#include "../common/uitest.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

// A place in Arequipa (UTM 19S), so that the UTM scale factor is realistic.
constexpr double X0 = 230000;
constexpr double Y0 = 8185000;

// The coordinates of every ring/line of a WKB geometry as read by OGR itself
// (the independent side of the comparisons).
QList<QList<QPointF>> ogrRings(const QByteArray &wkb, QString *typeName = nullptr)
{
    QList<QList<QPointF>> out;
    OGRGeometry *g = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &g, wkb.size()) != OGRERR_NONE || !g)
        return out;
    if (typeName)
        *typeName = QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType()));
    auto addCurve = [&](const OGRSimpleCurve *c) {
        QList<QPointF> pts;
        for (int i = 0; i < c->getNumPoints(); ++i)
            pts << QPointF(c->getX(i), c->getY(i));
        out << pts;
    };
    auto addPolygon = [&](const OGRPolygon *p) {
        for (const OGRLinearRing *r : *p)
            addCurve(r);
    };
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon:
        addPolygon(g->toPolygon());
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon *p : *g->toMultiPolygon())
            addPolygon(p);
        break;
    case wkbLineString:
        addCurve(g->toLineString());
        break;
    case wkbPoint:
        out << QList<QPointF>{QPointF(g->toPoint()->getX(), g->toPoint()->getY())};
        break;
    default:
        break;
    }
    OGRGeometryFactory::destroyGeometry(g);
    return out;
}

bool near(const QPointF &a, const QPointF &b, double eps = 1e-6)
{
    return std::abs(a.x() - b.x()) <= eps && std::abs(a.y() - b.y()) <= eps;
}

// A double click as a real mouse sends it: press, release, double click, release
// (QTest::mouseDClick on a widget sends the double-click event alone).
void doubleClick(QWidget *widget, const QPoint &pos)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

QString pointsText(const QList<QPointF> &pts)
{
    QStringList parts;
    for (const QPointF &p : pts)
        parts << u"(%1 %2)"_s.arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6);
    return parts.join(u' ');
}

} // namespace

class TestMapTools : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    // squares: three 100 m squares at X0+0, X0+200, X0+400 (fields name, code);
    // zones: an empty MultiPolygon layer; both EPSG:32719.
    void createFixture()
    {
        GDALAllRegister();
        m_path = m_dir.filePath(u"editing.gpkg"_s);
        QFile::remove(m_path);
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        QVERIFY(driver);
        GDALDatasetUniquePtr ds(driver->Create(m_path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(ds);
        OGRSpatialReference srs;
        srs.importFromEPSG(32719);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayer *squares = ds->CreateLayer("squares", &srs, wkbPolygon, nullptr);
        QVERIFY(squares);
        OGRFieldDefn name("name", OFTString);
        OGRFieldDefn code("code", OFTInteger);
        QVERIFY(squares->CreateField(&name) == OGRERR_NONE);
        QVERIFY(squares->CreateField(&code) == OGRERR_NONE);
        for (int i = 0; i < 3; ++i) {
            const double x = X0 + 200 * i;
            OGRPolygon poly;
            OGRLinearRing ring;
            ring.addPoint(x, Y0);
            ring.addPoint(x + 100, Y0);
            ring.addPoint(x + 100, Y0 + 100);
            ring.addPoint(x, Y0 + 100);
            ring.addPoint(x, Y0);
            poly.addRing(&ring);
            OGRFeature f(squares->GetLayerDefn());
            f.SetField("name", QStringLiteral("square %1").arg(i + 1).toUtf8().constData());
            f.SetField("code", 10 * (i + 1));
            f.SetGeometry(&poly);
            QVERIFY(squares->CreateFeature(&f) == OGRERR_NONE);
        }
        OGRLayer *zones = ds->CreateLayer("zones", &srs, wkbMultiPolygon, nullptr);
        QVERIFY(zones);
        OGRFieldDefn label("label", OFTString);
        QVERIFY(zones->CreateField(&label) == OGRERR_NONE);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayer *geographic = ds->CreateLayer("zones_wgs84", &wgs84, wkbPolygon, nullptr);
        QVERIFY(geographic);
        QVERIFY(ds->CreateLayer("posts", &srs, wkbPoint, nullptr));
        QVERIFY(ds->CreateLayer("roads", &srs, wkbLineString, nullptr));
    }

    std::unique_ptr<VectorLayer> openLayer(const QString &name)
    {
        VectorLayerOptions options;
        options.layerName = name;
        auto layer = VectorLayer::open(m_path, options);
        if (!layer) {
            qWarning("%s", qPrintable(layer.error().toString()));
            return {};
        }
        return std::move(*layer);
    }

    // 600 x 300 px at 1 m per pixel: (X0, Y0) is at pixel (50, 200), square i spans
    // pixels x 50+200i .. 150+200i, y 100 .. 200.
    std::unique_ptr<MapCanvas> makeCanvas(const QList<Layer *> &layers, double mupp = 1.0)
    {
        auto canvas = std::make_unique<MapCanvas>();
        canvas->setRenderDelayMs(0);
        canvas->resize(600, 300);
        canvas->setDestinationCrs(Crs::fromEpsg(32719));
        canvas->setLayers(layers);
        canvas->setExtent(Extent(X0 - 50 * mupp, Y0 - 100 * mupp, X0 + 550 * mupp, Y0 + 200 * mupp));
        canvas->show();
        if (!QTest::qWaitForWindowExposed(canvas.get()))
            return {};
        QSignalSpy rendered(canvas.get(), &MapCanvas::renderFinished);
        canvas->renderNow();
        if (!rendered.wait(5000))
            qWarning("no render");
        return canvas;
    }

    // The layer `name` alone in a canvas (makeCanvas), in an edit session when
    // `edit`; both null when a step fails.
    struct Scene {
        std::unique_ptr<VectorLayer> layer;
        std::unique_ptr<MapCanvas> canvas;
    };
    Scene openInCanvas(const QString &name, bool edit, double mupp = 1.0)
    {
        Scene scene;
        scene.layer = openLayer(name);
        if (!scene.layer)
            return {};
        scene.canvas = makeCanvas({scene.layer.get()}, mupp);
        if (!scene.canvas)
            return {};
        if (edit && !scene.layer->startEditing()) {
            qWarning("%s: cannot start editing", qPrintable(name));
            return {};
        }
        return scene;
    }

    // Two layers in a canvas (makeCanvas), both in an edit session; all null
    // when a step fails.
    struct ScenePair {
        std::unique_ptr<VectorLayer> first;
        std::unique_ptr<VectorLayer> second;
        std::unique_ptr<MapCanvas> canvas;
    };
    ScenePair openPairInCanvas(const QString &firstName, const QString &secondName)
    {
        ScenePair scene;
        scene.first = openLayer(firstName);
        scene.second = openLayer(secondName);
        if (!scene.first || !scene.second)
            return {};
        scene.canvas = makeCanvas({scene.first.get(), scene.second.get()});
        if (!scene.canvas)
            return {};
        if (!scene.first->startEditing() || !scene.second->startEditing()) {
            qWarning("cannot start editing");
            return {};
        }
        return scene;
    }

    // `tool` on the canvas, editing (or selecting in) `layer`.
    template<typename Tool>
    void useTool(MapCanvas &canvas, Tool &tool, VectorLayer *layer)
    {
        tool.setLayer(layer);
        canvas.setMapTool(&tool);
    }

    QPoint pixelOf(const MapCanvas &canvas, double x, double y)
    {
        return canvas.toPixel(QPointF(x, y)).toPoint();
    }

    QList<qint64> fids(const VectorLayer &layer)
    {
        auto ids = layer.dataProvider()->featureIds();
        return ids ? *ids : QList<qint64>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        createFixture();
    }

    // The canvas converts the pixel tolerance with the view's resolution and
    // re-reads the snapping layers after a view change or an edit.
    void canvasSnapping()
    {
        auto [squares, canvas] = openInCanvas(u"squares"_s, false, 0.5);
        QVERIFY(squares && canvas);
        const QPoint corner = pixelOf(*canvas, X0 + 100, Y0); // (250, 200)
        // Off: the plain map point.
        SnapMatch m = canvas->snap(corner + QPoint(3, 0));
        QVERIFY(!m.isValid());
        QCOMPARE(m.point, QPointF(X0 + 101.5, Y0));
        canvas->setSnapping({{squares.get(), SnapType::VertexAndSegment}}, 10, true);
        QVERIFY(canvas->isSnappingEnabled());
        QCOMPARE(canvas->snappingTolerancePixels(), 10.0);
        // 8 px = 4 m away from the corner, diagonally off the edges: the vertex.
        m = canvas->snap(corner + QPoint(6, 6));
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.point, QPointF(X0 + 100, Y0));
        QCOMPARE(m.layer.data(), squares.get());
        // 12 px = 6 m away from the corner: nothing.
        QVERIFY(!canvas->snap(corner + QPoint(9, 8)).isValid());
        // Below the middle of the bottom edge, 7 px: the segment.
        m = canvas->snap(pixelOf(*canvas, X0 + 50, Y0) + QPoint(0, 7));
        QCOMPARE(m.type, SnapType::Segment);
        QVERIFY(near(m.point, QPointF(X0 + 50, Y0)));
        // The excluded feature does not snap.
        QVERIFY(!canvas->snap(corner + QPoint(6, 6), {{squares.get(), m.fid}}).isValid());

        // Zoomed in twice: the same 10 px are 2.5 m.
        canvas->zoomByFactor(0.5, QPointF(X0 + 100, Y0));
        const QPoint corner2 = pixelOf(*canvas, X0 + 100, Y0);
        QCOMPARE(canvas->snap(corner2 + QPoint(6, 6)).point, QPointF(X0 + 100, Y0));
        QVERIFY(!canvas->snap(corner2 + QPoint(9, 8)).isValid());

        // An edit: the new vertex snaps at once.
        QVERIFY(squares->startEditing());
        EditableGeometry triangle(GeometryKind::Polygon, false);
        triangle.parts().append({{{X0 + 110, Y0 + 10}, {X0 + 120, Y0 + 10}, {X0 + 120, Y0 + 20}, {X0 + 110, Y0 + 10}}});
        QVERIFY(squares->addFeature(triangle.toGeometry()));
        m = canvas->snap(pixelOf(*canvas, X0 + 120, Y0 + 20) + QPoint(2, -2));
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.point, QPointF(X0 + 120, Y0 + 20));
        QVERIFY(m.fid < 0);
        canvas->setSnapping({}, 10, false);
        QVERIFY(!canvas->snap(pixelOf(*canvas, X0 + 120, Y0 + 20)).isValid());
    }

    void captureWithSnappingUndoRedoCommitReopen()
    {
        auto zones = openLayer(u"zones"_s);
        auto squares = openLayer(u"squares"_s);
        QVERIFY(zones && squares);
        auto canvas = makeCanvas({zones.get(), squares.get()});
        QVERIFY(canvas);
        QCOMPARE(canvas->mapUnitsPerPixel(), 1.0);
        QCOMPARE(pixelOf(*canvas, X0, Y0), QPoint(50, 200));
        canvas->setSnapping({{squares.get(), SnapType::Vertex}}, 10, true);

        MapToolCapture tool(canvas.get());
        useTool(*canvas, tool, zones.get());
        QCOMPARE(canvas->mapTool(), &tool);
        QCOMPARE(tool.captureKind(), GeometryKind::Polygon);

        // Not editing: a message and nothing else.
        QSignalSpy status(&tool, &MapTool::statusMessage);
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(80, 230));
        QVERIFY(!tool.isCapturing());
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().at(0).toString().contains(u"edit"_s));

        QVERIFY(zones->startEditing());
        // First click 3 px right of the square's corner (X0, Y0): snapped onto it.
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(53, 200));
        QCOMPARE(tool.points().size(), 1);
        QCOMPARE(tool.points().first(), QPointF(X0, Y0));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(80, 230));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(200, 260)); // removed below
        QCOMPARE(tool.points().size(), 3);
        QTest::keyClick(canvas.get(), Qt::Key_Backspace);
        QCOMPARE(tool.points().size(), 2);
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(20, 240));
        // Mid-digitizing, the mouse 2 px from the corner (X0+100, Y0+100): snap marker.
        QTest::mouseMove(canvas.get(), QPoint(148, 101));
        QCOMPARE(canvas->snap(QPointF(148, 101)).point, QPointF(X0 + 100, Y0 + 100));
        testutil::saveScreenshot(canvas.get(), u"maptools_capture_snapping"_s);
        QCOMPARE(tool.points().size(), 3);
        QSignalSpy added(&tool, &MapToolCapture::featureAdded);
        QTest::mouseClick(canvas.get(), Qt::RightButton, {}, QPoint(20, 240));
        QCOMPARE(added.count(), 1);
        QVERIFY(!tool.isCapturing());
        QCOMPARE(zones->featureCount(), qint64(1));

        const QList<QPointF> expected{{X0, Y0}, {X0 + 30, Y0 - 30}, {X0 - 30, Y0 - 40}, {X0, Y0}};
        auto checkStored = [&](const VectorLayer &layer) {
            const QList<qint64> ids = fids(layer);
            QCOMPARE(ids.size(), 1);
            auto f = layer.dataProvider()->feature(ids.first());
            QVERIFY(f);
            QString type;
            const auto rings = ogrRings(f->geometry.wkb(), &type);
            QCOMPARE(type, u"Multi Polygon"_s); // the layer's declared type
            QCOMPARE(rings.size(), 1);
            QCOMPARE(rings.first().size(), expected.size());
            for (int i = 0; i < expected.size(); ++i)
                QVERIFY2(near(rings.first()[i], expected[i]), qPrintable(pointsText(rings.first())));
        };
        checkStored(*zones);

        // Esc drops an unfinished drawing.
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(300, 260));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(320, 270));
        QCOMPARE(tool.points().size(), 2);
        QTest::keyClick(canvas.get(), Qt::Key_Escape);
        QVERIFY(!tool.isCapturing());
        QTest::mouseClick(canvas.get(), Qt::RightButton, {}, QPoint(320, 270));
        QCOMPARE(zones->featureCount(), qint64(1));

        // Undo removes the feature, redo restores it.
        QVERIFY(zones->undoStack());
        zones->undoStack()->undo();
        QCOMPARE(zones->featureCount(), qint64(0));
        zones->undoStack()->redo();
        QCOMPARE(zones->featureCount(), qint64(1));
        checkStored(*zones);

        auto committed = zones->commitChanges();
        QVERIFY2(committed, committed ? "" : qPrintable(committed.error().toString()));
        canvas->setMapTool(nullptr);
        canvas->setLayers({});
        zones.reset();
        auto reopened = openLayer(u"zones"_s);
        QVERIFY(reopened);
        checkStored(*reopened);
    }

    // A point layer takes one click; a line finishes with a double click (the
    // double click's point is not doubled).
    void capturePointAndLine()
    {
        auto [posts, roads, canvas] = openPairInCanvas(u"posts"_s, u"roads"_s);
        QVERIFY(posts && roads && canvas);
        MapToolCapture tool(canvas.get());
        canvas->setMapTool(&tool);

        tool.setLayer(posts.get());
        QCOMPARE(tool.captureKind(), GeometryKind::Point);
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(300, 250));
        QCOMPARE(posts->featureCount(), qint64(1));
        auto point = posts->dataProvider()->feature(fids(*posts).first());
        QVERIFY(point);
        QString pointType;
        QCOMPARE(ogrRings(point->geometry.wkb(), &pointType).value(0), QList<QPointF>{QPointF(X0 + 250, Y0 - 50)});
        QCOMPARE(pointType, u"Point"_s);

        tool.setLayer(roads.get());
        QCOMPARE(tool.captureKind(), GeometryKind::Line);
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(300, 250));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(350, 260));
        doubleClick(canvas.get(), QPoint(400, 240));
        QCOMPARE(roads->featureCount(), qint64(1));
        auto line = roads->dataProvider()->feature(fids(*roads).first());
        QVERIFY(line);
        QString type;
        const auto parts = ogrRings(line->geometry.wkb(), &type);
        QCOMPARE(type, u"Line String"_s);
        const QList<QPointF> expected{{X0 + 250, Y0 - 50}, {X0 + 300, Y0 - 60}, {X0 + 350, Y0 - 40}};
        QCOMPARE(parts.value(0), expected);
        // One vertex is not a line: nothing is added, the drawing stays.
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(500, 250));
        QTest::keyClick(canvas.get(), Qt::Key_Return);
        QCOMPARE(roads->featureCount(), qint64(1));
        QCOMPARE(tool.points().size(), 1);
        QTest::keyClick(canvas.get(), Qt::Key_Escape);
        QCOMPARE(tool.points().size(), 0);
    }

    void captureReportsInvalidGeometry()
    {
        auto [zones, canvas] = openInCanvas(u"zones"_s, true);
        QVERIFY(zones && canvas);
        MapToolCapture tool(canvas.get());
        useTool(*canvas, tool, zones.get());
        QSignalSpy invalid(&tool, &MapToolEdit::invalidGeometry);
        // A bow tie: its edges cross.
        for (const QPoint p : {QPoint(300, 100), QPoint(400, 200), QPoint(400, 100), QPoint(300, 200)})
            QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, p);
        QTest::keyClick(canvas.get(), Qt::Key_Return);
        QCOMPARE(zones->featureCount(), qint64(1));
        QCOMPARE(invalid.count(), 1);
        QVERIFY(invalid.at(0).at(1).toLongLong() < 0); // the new (unsaved) feature
        QVERIFY(!invalid.at(0).at(2).toString().isEmpty());
    }

    void captureWithFeatureCreator()
    {
        auto [zones, canvas] = openInCanvas(u"zones"_s, true);
        QVERIFY(zones && canvas);
        MapToolCapture tool(canvas.get());
        useTool(*canvas, tool, zones.get());
        QList<Geometry> handed;
        tool.setFeatureCreator([&](VectorLayer *layer, const Geometry &g) {
            QCOMPARE(layer, zones.get());
            handed << g;
        });
        for (const QPoint p : {QPoint(300, 100), QPoint(400, 100), QPoint(400, 200)})
            QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, p);
        QTest::mouseClick(canvas.get(), Qt::RightButton, {}, QPoint(400, 200));
        QCOMPARE(handed.size(), 1);
        QCOMPARE(zones->featureCount(), qint64(0)); // the creator decides
        // (300,100) px -> (X0+250, Y0+100); a right triangle of legs 100 m: 5000 m².
        QVERIFY(std::abs(handed.first().area() - 5000) < 1e-6);
    }

    // The layer is in EPSG:4326 and the map in EPSG:32719: the digitized vertices
    // are stored transformed (compared with OGR's own transformation), and picking
    // by click and rectangle transforms the pick shape.
    void captureAndSelectInAnotherCrs()
    {
        auto geographic = openLayer(u"zones_wgs84"_s);
        QVERIFY(geographic);
        QCOMPARE(geographic->crs().authId(), u"EPSG:4326"_s);
        auto canvas = makeCanvas({geographic.get()});
        QVERIFY(canvas);
        QVERIFY(geographic->startEditing());
        MapToolCapture capture(canvas.get());
        useTool(*canvas, capture, geographic.get());
        const QList<QPoint> clicks{{300, 100}, {400, 100}, {400, 200}};
        for (const QPoint &p : clicks)
            QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, p);
        QTest::keyClick(canvas.get(), Qt::Key_Enter);
        QCOMPARE(geographic->featureCount(), qint64(1));
        const qint64 fid = fids(*geographic).first();
        auto f = geographic->dataProvider()->feature(fid);
        QVERIFY(f);
        QString type;
        const auto rings = ogrRings(f->geometry.wkb(), &type);
        QCOMPARE(type, u"Polygon"_s);
        QCOMPARE(rings.value(0).size(), 4);

        OGRSpatialReference utm, wgs84;
        utm.importFromEPSG(32719);
        wgs84.importFromEPSG(4326);
        utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&utm, &wgs84));
        QVERIFY(ct);
        for (int i = 0; i < 3; ++i) {
            const QPointF map = canvas->toMapCoordinates(clicks[i]);
            double x = map.x(), y = map.y();
            QVERIFY(ct->Transform(1, &x, &y));
            QVERIFY2(near(rings[0][i], QPointF(x, y), 1e-9), qPrintable(pointsText(rings[0])));
            QVERIFY(x < -71 && x > -73 && y < -16 && y > -17); // Arequipa
        }

        MapToolSelect select(canvas.get());
        useTool(*canvas, select, geographic.get());
        QVERIFY(!capture.isCapturing());
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(390, 110)); // inside the triangle
        QCOMPARE(geographic->selectedFeatureIds(), QSet<qint64>{fid});
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(310, 190)); // outside, beyond the tolerance
        QVERIFY(geographic->selectedFeatureIds().isEmpty());
        QTest::mousePress(canvas.get(), Qt::LeftButton, {}, QPoint(380, 150));
        QTest::mouseMove(canvas.get(), QPoint(450, 250));
        QTest::mouseRelease(canvas.get(), Qt::LeftButton, {}, QPoint(450, 250));
        QCOMPARE(geographic->selectedFeatureIds(), QSet<qint64>{fid});
    }

    void selectTool()
    {
        auto [squares, canvas] = openInCanvas(u"squares"_s, false);
        QVERIFY(squares && canvas);
        const QList<qint64> ids = fids(*squares);
        QCOMPARE(ids.size(), 3);
        MapToolSelect tool(canvas.get());
        useTool(*canvas, tool, squares.get());

        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(100, 150));
        QCOMPARE(squares->selectedFeatureIds(), QSet<qint64>{ids[0]});
        QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(300, 150));
        QCOMPARE(squares->selectedFeatureIds(), (QSet<qint64>{ids[0], ids[1]}));
        QCOMPARE(canvas->highlightedFeatureCount(), 2);
        QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::ControlModifier, QPoint(100, 150));
        QCOMPARE(squares->selectedFeatureIds(), QSet<qint64>{ids[1]});
        // 3 px outside the square, within the 4 px tolerance.
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(153, 150));
        QCOMPARE(squares->selectedFeatureIds(), QSet<qint64>{ids[0]});
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(200, 150)); // nothing there
        QVERIFY(squares->selectedFeatureIds().isEmpty());

        // A rectangle over the first two squares (touching the second only partly).
        QTest::mousePress(canvas.get(), Qt::LeftButton, {}, QPoint(40, 90));
        QTest::mouseMove(canvas.get(), QPoint(200, 150));
        QTest::mouseMove(canvas.get(), QPoint(260, 210));
        QTest::mouseRelease(canvas.get(), Qt::LeftButton, {}, QPoint(260, 210));
        QCOMPARE(squares->selectedFeatureIds(), (QSet<qint64>{ids[0], ids[1]}));
        QCOMPARE(canvas->extent().center(), QPointF(X0 + 250, Y0 + 50)); // no pan

        // A polygon around the third square only; Shift adds it.
        tool.setMode(MapToolSelect::Mode::Polygon);
        for (const QPoint p : {QPoint(430, 80), QPoint(580, 90), QPoint(560, 230)})
            QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, p);
        QTest::keyClick(canvas.get(), Qt::Key_Backspace);
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(590, 230));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(420, 220));
        QTest::mouseMove(canvas.get(), QPoint(425, 120));
        testutil::saveScreenshot(canvas.get(), u"maptools_select_polygon"_s);
        QTest::mouseClick(canvas.get(), Qt::RightButton, Qt::ShiftModifier, QPoint(420, 220));
        QCOMPARE(squares->selectedFeatureIds(), (QSet<qint64>{ids[0], ids[1], ids[2]}));
        // Esc cancels a polygon.
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(10, 10));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(590, 10));
        QTest::keyClick(canvas.get(), Qt::Key_Escape);
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(590, 290));
        QTest::mouseClick(canvas.get(), Qt::RightButton, {}, QPoint(590, 290));
        QCOMPARE(squares->selectedFeatureCount(), qsizetype(3)); // 2 vertices only: nothing happened
        // A triangle over the second square closed by a double click replaces the selection.
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(240, 90));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(360, 90));
        doubleClick(canvas.get(), QPoint(300, 210));
        QCOMPARE(squares->selectedFeatureIds(), QSet<qint64>{ids[1]});
        // Ctrl + Enter removes what the polygon touches.
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(240, 90));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(360, 90));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(300, 120));
        QTest::keyClick(canvas.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(squares->selectedFeatureIds().isEmpty());
    }

    void vertexTool()
    {
        auto [squares, canvas] = openInCanvas(u"squares"_s, true, 0.5); // 0.5 m per pixel
        QVERIFY(squares && canvas);
        const double mupp = canvas->mapUnitsPerPixel();
        QCOMPARE(mupp, 0.5);
        const qint64 fid = fids(*squares).first();
        MapToolVertex tool(canvas.get());
        useTool(*canvas, tool, squares.get());

        // Drag the corner (X0+100, Y0) 10 px right and 4 px down.
        const QPoint corner = pixelOf(*canvas, X0 + 100, Y0);
        QCOMPARE(corner, QPoint(250, 200));
        QTest::mouseMove(canvas.get(), corner + QPoint(1, 1));
        QCOMPARE(tool.currentFeature(), fid);
        QTest::mousePress(canvas.get(), Qt::LeftButton, {}, corner);
        QTest::mouseMove(canvas.get(), corner + QPoint(5, 2));
        QTest::mouseMove(canvas.get(), corner + QPoint(10, 4));
        testutil::saveScreenshot(canvas.get(), u"maptools_vertex_drag"_s);
        QTest::mouseRelease(canvas.get(), Qt::LeftButton, {}, corner + QPoint(10, 4));
        auto f = squares->dataProvider()->feature(fid);
        QVERIFY(f);
        auto rings = ogrRings(f->geometry.wkb());
        QCOMPARE(rings.size(), 1);
        QCOMPARE(rings[0].size(), 5);
        QVERIFY2(rings[0].contains(QPointF(X0 + 100 + 10 * mupp, Y0 - 4 * mupp)), qPrintable(pointsText(rings[0])));
        QVERIFY(!rings[0].contains(QPointF(X0 + 100, Y0)));
        QCOMPARE(squares->undoStack()->count(), 1);

        // Double click in the middle of the left edge adds a vertex there.
        const QPoint mid = pixelOf(*canvas, X0, Y0 + 50);
        doubleClick(canvas.get(), mid);
        f = squares->dataProvider()->feature(fid);
        rings = ogrRings(f->geometry.wkb());
        QCOMPARE(rings[0].size(), 6);
        QVERIFY2(rings[0].contains(QPointF(X0, Y0 + 50)), qPrintable(pointsText(rings[0])));

        // Select it with a click and delete it, although the window has a Delete
        // shortcut ("delete selected features"): the tool takes the key first.
        QAction deleteFeatures;
        deleteFeatures.setShortcut(QKeySequence::Delete);
        canvas->addAction(&deleteFeatures);
        QSignalSpy shortcut(&deleteFeatures, &QAction::triggered);
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, mid);
        QVERIFY(tool.selectedVertex().isValid());
        QTest::keyClick(canvas.get(), Qt::Key_Delete);
        QCOMPARE(shortcut.count(), 0);
        f = squares->dataProvider()->feature(fid);
        rings = ogrRings(f->geometry.wkb());
        QCOMPARE(rings[0].size(), 5);
        QVERIFY(!rings[0].contains(QPointF(X0, Y0 + 50)));
        QCOMPARE(squares->undoStack()->count(), 3);
        // No vertex selected now: the shortcut gets the key.
        QVERIFY(!tool.selectedVertex().isValid());
        QTest::keyClick(canvas.get(), Qt::Key_Delete);
        QCOMPARE(shortcut.count(), 1);
        squares->undoStack()->undo();
        squares->undoStack()->undo();
        squares->undoStack()->undo();
        f = squares->dataProvider()->feature(fid);
        QVERIFY(ogrRings(f->geometry.wkb())[0].contains(QPointF(X0 + 100, Y0)));
    }

    void moveTool()
    {
        auto [squares, canvas] = openInCanvas(u"squares"_s, true);
        QVERIFY(squares && canvas);
        const QList<qint64> ids = fids(*squares);
        MapToolMoveFeature tool(canvas.get());
        useTool(*canvas, tool, squares.get());

        auto ringOf = [&](qint64 fid) {
            auto f = squares->dataProvider()->feature(fid);
            return f ? ogrRings(f->geometry.wkb()).value(0) : QList<QPointF>{};
        };
        // The unselected second square alone: +20 m east, +10 m north.
        QTest::mousePress(canvas.get(), Qt::LeftButton, {}, QPoint(300, 150));
        QTest::mouseMove(canvas.get(), QPoint(310, 145));
        QTest::mouseMove(canvas.get(), QPoint(320, 140));
        testutil::saveScreenshot(canvas.get(), u"maptools_move"_s);
        QTest::mouseRelease(canvas.get(), Qt::LeftButton, {}, QPoint(320, 140));
        QVERIFY2(near(ringOf(ids[1]).value(0), QPointF(X0 + 220, Y0 + 10)), qPrintable(pointsText(ringOf(ids[1]))));
        QVERIFY(near(ringOf(ids[0]).value(0), QPointF(X0, Y0)));
        QCOMPARE(squares->undoStack()->count(), 1);

        // Two selected squares move together, in one undo command.
        squares->selectFeatures({ids[0], ids[2]});
        QTest::mousePress(canvas.get(), Qt::LeftButton, {}, QPoint(100, 150));
        QTest::mouseMove(canvas.get(), QPoint(100, 170));
        QTest::mouseRelease(canvas.get(), Qt::LeftButton, {}, QPoint(100, 170));
        QVERIFY(near(ringOf(ids[0]).value(0), QPointF(X0, Y0 - 20)));
        QVERIFY(near(ringOf(ids[2]).value(0), QPointF(X0 + 400, Y0 - 20)));
        QVERIFY(near(ringOf(ids[1]).value(0), QPointF(X0 + 220, Y0 + 10)));
        QCOMPARE(squares->undoStack()->count(), 2);
        squares->undoStack()->undo();
        QVERIFY(near(ringOf(ids[0]).value(0), QPointF(X0, Y0)));
        QVERIFY(near(ringOf(ids[2]).value(0), QPointF(X0 + 400, Y0)));
    }

    void splitTool()
    {
        auto [squares, canvas] = openInCanvas(u"squares"_s, true);
        QVERIFY(squares && canvas);
        const qint64 fid = fids(*squares).first();
        MapToolSplit tool(canvas.get());
        useTool(*canvas, tool, squares.get());
        // A vertical cut through the first square at X0 + 30.
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(80, 60));
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(80, 240));
        QTest::mouseClick(canvas.get(), Qt::RightButton, {}, QPoint(80, 240));
        QCOMPARE(squares->featureCount(), qint64(4));
        QCOMPARE(squares->undoStack()->count(), 1);
        auto kept = squares->dataProvider()->feature(fid);
        QVERIFY(kept);
        const double a = kept->geometry.area();
        QVERIFY2(std::abs(a - 3000) < 1e-6 || std::abs(a - 7000) < 1e-6, qPrintable(QString::number(a)));
        // The new piece has the same attributes and the complementary area.
        const QList<qint64> ids = fids(*squares);
        const qint64 added = ids.last();
        QVERIFY(added < 0);
        auto piece = squares->dataProvider()->feature(added);
        QVERIFY(piece);
        QCOMPARE(piece->geometry.area() + a, 10000.0);
        QCOMPARE(piece->attributes, kept->attributes);
        squares->undoStack()->undo();
        QCOMPARE(squares->featureCount(), qint64(3));
    }

    void reshapeTool()
    {
        auto [squares, canvas] = openInCanvas(u"squares"_s, true);
        QVERIFY(squares && canvas);
        const qint64 fid = fids(*squares).first();
        MapToolReshape tool(canvas.get());
        useTool(*canvas, tool, squares.get());
        // A bump 60 m wide and 40 m high over the top edge (pixel y 100).
        for (const QPoint p : {QPoint(70, 120), QPoint(70, 60), QPoint(130, 60), QPoint(130, 120)})
            QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, p);
        QTest::mouseClick(canvas.get(), Qt::RightButton, {}, QPoint(130, 120));
        auto f = squares->dataProvider()->feature(fid);
        QVERIFY(f);
        QVERIFY2(std::abs(f->geometry.area() - 12400) < 1e-6, qPrintable(f->geometry.toWkt(3)));
        QCOMPARE(squares->featureCount(), qint64(3));
        QCOMPARE(squares->undoStack()->count(), 1);
        squares->undoStack()->undo();
        QVERIFY(std::abs(squares->dataProvider()->feature(fid)->geometry.area() - 10000) < 1e-6);
    }

    void measureTool_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QList<QPoint>>("clicks"); // in metres from (X0, Y0), 2 m per pixel
        QTest::addColumn<double>("planar");
        QTest::addColumn<int>("power"); // 1 length, 2 area
        QTest::addColumn<QString>("planarText");
        QTest::addColumn<QString>("ellipsoidalPrefix"); // 700 / 1.0005, 10000 / 1.0005^2
        // The legs of a 3-4-5 triangle: 300 m east then 400 m north.
        QTest::newRow("distance") << int(MapToolMeasure::Mode::Distance)
                                  << QList<QPoint>{{0, 0}, {300, 0}, {300, 400}} << 700.0 << 1 << u"700.00 m"_s
                                  << u"699.6"_s;
        QTest::newRow("area") << int(MapToolMeasure::Mode::Area)
                              << QList<QPoint>{{0, 0}, {100, 0}, {100, 100}, {0, 100}} << 10000.0 << 2
                              << u"1.0000 ha"_s << u"0.9990 ha"_s;
    }

    void measureTool()
    {
        QFETCH(int, mode);
        QFETCH(QList<QPoint>, clicks);
        QFETCH(double, planar);
        QFETCH(int, power);
        auto [squares, canvas] = openInCanvas(u"squares"_s, false, 2.0);
        QVERIFY(squares && canvas);
        MapToolMeasure tool(canvas.get(), MapToolMeasure::Mode(mode));
        canvas->setMapTool(&tool);
        QSignalSpy changed(&tool, &MapToolMeasure::measurementChanged);
        for (const QPoint &m : std::as_const(clicks))
            QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, pixelOf(*canvas, X0 + m.x(), Y0 + m.y()));
        QTest::mouseMove(canvas.get(), QPoint(500, 30));
        QTest::mouseClick(canvas.get(), Qt::RightButton, {}, QPoint(500, 30));
        testutil::saveScreenshot(canvas.get(), u"maptools_measure_"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(tool.isFinished());
        QVERIFY(changed.count() >= 1);
        const auto m = tool.measurement();
        QVERIFY(m);
        QVERIFY2(std::abs(m->planar - planar) < 1e-6, qPrintable(QString::number(m->planar, 'f', 6)));
        // UTM point scale factor at 270 km west of the central meridian:
        // k = k0 (1 + x^2 / (2 R^2)), ~1.0005, so the ellipsoid gives less by k^power.
        const double x = X0 - 500000 + 150; // middle of the figure
        const double R = 6371000;
        const double k = 0.9996 * (1 + x * x / (2 * R * R));
        const double expected = planar / std::pow(k, power);
        QVERIFY2(std::abs(m->ellipsoidal - planar) / planar < 0.005, qPrintable(QString::number(m->ellipsoidal, 'f', 6)));
        QVERIFY2(std::abs(m->ellipsoidal - expected) / expected < 2e-4,
                 qPrintable(u"%1 vs %2"_s.arg(m->ellipsoidal, 0, 'f', 4).arg(expected, 0, 'f', 4)));
        // The label shows both values in one unit (C locale here), and the difference.
        const QString label = tool.labelText();
        QFETCH(QString, planarText);
        QFETCH(QString, ellipsoidalPrefix);
        QVERIFY2(label.contains(u"Planar (EPSG:32719): "_s + planarText), qPrintable(label));
        QVERIFY2(label.contains(u"Ellipsoidal (WGS 84): "_s + ellipsoidalPrefix), qPrintable(label));
        const double diff = m->planar - m->ellipsoidal;
        QVERIFY2(label.contains(u"Difference: +"_s)
                     && label.contains(u"(+%1 %)"_s.arg(100 * diff / m->ellipsoidal, 0, 'f', 3)),
                 qPrintable(label));
        // Esc clears it.
        QTest::keyClick(canvas.get(), Qt::Key_Escape);
        QVERIFY(tool.points().isEmpty());
        QVERIFY(tool.labelText().isEmpty());
    }

    // Switching tools drops what was being drawn.
    void deactivateDropsDrawing()
    {
        auto [zones, squares, canvas] = openPairInCanvas(u"zones"_s, u"squares"_s);
        QVERIFY(zones && squares && canvas);
        MapToolCapture capture(canvas.get());
        capture.setLayer(zones.get());
        MapToolMeasure measure(canvas.get());
        MapToolSplit split(canvas.get());
        split.setLayer(squares.get());
        MapToolSelect select(canvas.get());
        select.setLayer(squares.get());
        select.setMode(MapToolSelect::Mode::Polygon);
        auto twoClicks = [&] {
            QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(20, 20));
            QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, QPoint(200, 40));
        };
        canvas->setMapTool(&capture);
        twoClicks();
        QCOMPARE(capture.points().size(), 2);
        canvas->setMapTool(&measure);
        QVERIFY(capture.points().isEmpty());
        twoClicks();
        QCOMPARE(measure.points().size(), 2);
        QVERIFY(!measure.labelText().isEmpty());
        canvas->setMapTool(&split);
        QVERIFY(measure.points().isEmpty());
        QVERIFY(measure.labelText().isEmpty());
        twoClicks();
        QCOMPARE(split.points().size(), 2);
        canvas->setMapTool(&select);
        QVERIFY(split.points().isEmpty());
        // Stopping the edit session also drops a capture.
        canvas->setMapTool(&capture);
        twoClicks();
        QCOMPARE(capture.points().size(), 2);
        zones->rollBack();
        QVERIFY(capture.points().isEmpty());
        QTest::mouseClick(canvas.get(), Qt::RightButton, {}, QPoint(200, 40));
        QCOMPARE(zones->featureCount(), qint64(0));
    }

    // On a geographic map the planar value is in degrees; the ellipsoidal one is
    // still in metres: 0.01° of longitude at 16.4° S is 1068.188 m on WGS 84
    // (`echo "-16.4 -71.58 -16.4 -71.57" | geod +ellps=WGS84 -I +units=m`).
    void measureOnGeographicMap()
    {
        MapCanvas canvas;
        canvas.resize(400, 300);
        canvas.setDestinationCrs(Crs::fromEpsg(4326));
        canvas.setExtent(Extent(-71.6, -16.45, -71.5, -16.35));
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        MapToolMeasure tool(&canvas);
        canvas.setMapTool(&tool);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, canvas.toPixel(QPointF(-71.58, -16.4)).toPoint());
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, canvas.toPixel(QPointF(-71.57, -16.4)).toPoint());
        QTest::mouseClick(&canvas, Qt::RightButton, {}, QPoint(10, 10));
        const auto m = tool.measurement();
        QVERIFY(m);
        QVERIFY(!m->planarIsMetric);
        const QPointF a = tool.points().value(0), b = tool.points().value(1);
        QVERIFY(std::abs(m->planar - std::hypot(b.x() - a.x(), b.y() - a.y())) < 1e-12);
        QVERIFY2(std::abs(m->ellipsoidal - 1068.188 * m->planar / 0.01) < 0.2, qPrintable(QString::number(m->ellipsoidal)));
        QVERIFY2(tool.labelText().contains(u"°"_s) && !tool.labelText().contains(u"Difference"_s),
                 qPrintable(tool.labelText()));
    }

    void measureFormatting()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(MapToolMeasure::formatLength(700), u"700.00 m"_s);
        QCOMPARE(MapToolMeasure::formatLength(12345.6), u"12.346 km"_s);
        QCOMPARE(MapToolMeasure::formatArea(950), u"950.00 m²"_s);
        QCOMPARE(MapToolMeasure::formatArea(12500), u"1.2500 ha"_s);
        QCOMPARE(MapToolMeasure::formatArea(3.4e6), u"3.4000 km²"_s);
        QCOMPARE(MapToolMeasure::formatArea(9990, true, 10000), u"0.9990 ha"_s); // the unit of the reference
        QCOMPARE(MapToolMeasure::formatLength(999.5, true, 1000.5), u"1.000 km"_s);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(MapToolMeasure::formatLength(1234.6), u"1,235 km"_s);
        QCOMPARE(MapToolMeasure::formatLength(12.5), u"12,50 m"_s);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestMapTools)
#include "tst_maptools.moc"
