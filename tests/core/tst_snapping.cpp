#include "data/vectorlayer.h"
#include "render/snapping.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <proj.h>

#include <cmath>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

// Writes one GeoPackage layer with the given WKT geometries (FIDs 1, 2, ...).
bool writeLayer(const QString &path, const char *name, int epsg, OGRwkbGeometryType type, const QStringList &wkts)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0, 0, 0,
                                                                                      GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds->CreateLayer(name, &srs, type, nullptr);
    if (!layer)
        return false;
    ds->StartTransaction();
    for (const QString &w : wkts) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        OGRGeometry *g = nullptr;
        const QByteArray utf8 = w.toUtf8();
        if (OGRGeometryFactory::createFromWkt(utf8.constData(), nullptr, &g) != OGRERR_NONE)
            return false;
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    ds->CommitTransaction();
    return true;
}

std::unique_ptr<VectorLayer> openLayer(const QString &path)
{
    auto r = VectorLayer::open(path);
    if (!r)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(r.error().toString()));
    return std::move(*r);
}

// Square of side `s` with its lower left corner at (x, y).
QString square(double x, double y, double s)
{
    return u"POLYGON ((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))"_s.arg(x, 0, 'f', 3).arg(y, 0, 'f', 3).arg(x + s, 0, 'f', 3).arg(y + s, 0, 'f', 3);
}

const double X0 = 300000, Y0 = 8200000;

} // namespace

class TestSnapping : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<VectorLayer> m_parcels; // EPSG:32719, two 100 m squares 50 m apart
    std::unique_ptr<VectorLayer> m_road;    // EPSG:32719, a line
    Crs m_utm = Crs::fromEpsg(32719);
    Extent m_view{X0 - 1000, Y0 - 1000, X0 + 1000, Y0 + 1000};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString parcels = m_dir.filePath(u"parcelas.gpkg"_s);
        QVERIFY(writeLayer(parcels, "parcelas", 32719, wkbPolygon,
                           {square(X0, Y0, 100), square(X0 + 150, Y0, 100)}));
        const QString road = m_dir.filePath(u"via.gpkg"_s);
        QVERIFY(writeLayer(road, "via", 32719, wkbLineString,
                           {u"LINESTRING (%1 %2,%3 %4)"_s.arg(X0 - 50).arg(Y0 + 300).arg(X0 + 350).arg(Y0 + 300)}));
        m_parcels = openLayer(parcels);
        m_road = openLayer(road);
        QCOMPARE(m_parcels->featureCount(), 2);
    }

    void vertex()
    {
        SnappingIndex index;
        index.setLayers({{m_parcels.get(), SnapType::VertexAndSegment}});
        auto r = index.prepare(m_view, m_utm, {});
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        // 3, 4 m from the corner (X0 + 100, Y0 + 100) of the first square.
        SnapMatch m = index.snap(QPointF(X0 + 103, Y0 + 104), 6);
        QVERIFY(m.isValid());
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.point, QPointF(X0 + 100, Y0 + 100));
        QCOMPARE(m.distance, 5.0);
        QCOMPARE(m.fid, 1);
        QCOMPARE(m.layer.data(), m_parcels.get());
        QCOMPARE(m.vertex, (VertexId{0, 0, 2}));
        // The closing vertex is reported as the first.
        m = index.snap(QPointF(X0 - 1, Y0 - 1), 2);
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.vertex, (VertexId{0, 0, 0}));
        // Nearest of two vertices: (X0+100, Y0) is 20 m away, (X0+150, Y0) 30 m.
        m = index.snap(QPointF(X0 + 120, Y0), 40);
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.point, QPointF(X0 + 100, Y0));
        QCOMPARE(m.fid, 1);
    }

    void segment()
    {
        SnappingIndex index;
        index.setLayers({{m_parcels.get(), SnapType::VertexAndSegment}, {m_road.get(), SnapType::Segment}});
        QVERIFY(index.prepare(m_view, m_utm, {}).has_value());
        // 3 m below the middle of the bottom edge: exact projection on it.
        SnapMatch m = index.snap(QPointF(X0 + 50, Y0 - 3), 5);
        QCOMPARE(m.type, SnapType::Segment);
        QCOMPARE(m.point, QPointF(X0 + 50, Y0));
        QCOMPARE(m.distance, 3.0);
        QCOMPARE(m.fid, 1);
        QCOMPARE(m.vertex, (VertexId{0, 0, 1}));
        // The road: from (X0-50, Y0+300) to (X0+350, Y0+300); second square's edge is far.
        m = index.snap(QPointF(X0 + 200.25, Y0 + 302), 5);
        QCOMPARE(m.type, SnapType::Segment);
        QCOMPARE(m.layer.data(), m_road.get());
        QCOMPARE(m.point, QPointF(X0 + 200.25, Y0 + 300));
        QCOMPARE(m.vertex, (VertexId{0, 0, 1}));
        // The road is set to segments only: its end vertex snaps as a segment point.
        m = index.snap(QPointF(X0 + 352, Y0 + 300), 5);
        QCOMPARE(m.type, SnapType::Segment);
        QCOMPARE(m.point, QPointF(X0 + 350, Y0 + 300));
    }

    void vertexWinsWithinTolerance()
    {
        SnappingIndex index;
        index.setLayers({{m_parcels.get(), SnapType::VertexAndSegment}});
        QVERIFY(index.prepare(m_view, m_utm, {}).has_value());
        // 1 m from the bottom edge but 4.12 m from the corner (X0, Y0): vertex.
        SnapMatch m = index.snap(QPointF(X0 + 4, Y0 - 1), 5);
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.point, QPointF(X0, Y0));
        QVERIFY(std::abs(m.distance - std::sqrt(17.0)) < 1e-9);
        // Vertex only: near a segment, nothing.
        index.setLayers({{m_parcels.get(), SnapType::Vertex}});
        QVERIFY(index.prepare(m_view, m_utm, {}).has_value());
        QVERIFY(!index.snap(QPointF(X0 + 50, Y0 - 1), 5).isValid());
    }

    void beyondTolerance()
    {
        SnappingIndex index;
        index.setLayers({{m_parcels.get(), SnapType::VertexAndSegment}});
        QVERIFY(index.prepare(m_view, m_utm, {}).has_value());
        QVERIFY(!index.snap(QPointF(X0 + 50, Y0 - 5.01), 5).isValid());
        QVERIFY(index.snap(QPointF(X0 + 50, Y0 - 4.99), 5).isValid());
        QVERIFY(!index.snap(QPointF(X0 + 5000, Y0 + 5000), 5).isValid());
        QVERIFY(!index.snap(QPointF(X0 + 50, Y0 + 50), 5).isValid()); // inside, far from edges
        // An index that was never prepared, or without layers, finds nothing.
        SnappingIndex empty;
        QVERIFY(!empty.snap(QPointF(X0, Y0), 5).isValid());
        QVERIFY(empty.prepare(m_view, m_utm, {}).has_value());
        QVERIFY(!empty.snap(QPointF(X0, Y0), 5).isValid());
    }

    void exclusion()
    {
        SnappingIndex index;
        index.setLayers({{m_parcels.get(), SnapType::VertexAndSegment}});
        QVERIFY(index.prepare(m_view, m_utm, {}).has_value());
        // Between the squares: (X0+100, Y0) is 20 m away, (X0+150, Y0) 30 m.
        const QPointF p(X0 + 120, Y0);
        SnapMatch m = index.snap(p, 40, {{m_parcels.get(), 1}});
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.fid, 2);
        QCOMPARE(m.point, QPointF(X0 + 150, Y0));
        m = index.snap(p, 40, {{m_parcels.get(), 1}, {m_parcels.get(), 2}});
        QVERIFY(!m.isValid());
        // Another layer's fid 1 does not exclude this one.
        m = index.snap(p, 40, {{m_road.get(), 1}});
        QCOMPARE(m.fid, 1);
    }

    void extentLimitsWhatIsRead()
    {
        SnappingIndex index;
        index.setLayers({{m_parcels.get(), SnapType::VertexAndSegment}});
        // A view holding only the first square.
        QVERIFY(index.prepare(Extent(X0 - 10, Y0 - 10, X0 + 110, Y0 + 110), m_utm, {}).has_value());
        QVERIFY(index.snap(QPointF(X0 + 100, Y0 + 1), 3).isValid());
        QVERIFY(!index.snap(QPointF(X0 + 250, Y0 + 1), 3).isValid());
    }

    void reprojection()
    {
        // A point and a line in EPSG:4326 at positions computed from UTM 19S
        // coordinates with PROJ directly.
        PJ *pj = proj_create(nullptr, "+proj=utm +zone=19 +south +datum=WGS84 +units=m +no_defs");
        auto lonLat = [&](double x, double y) {
            PJ_COORD c = proj_trans(pj, PJ_INV, proj_coord(x, y, 0, 0));
            return QPointF(proj_todeg(c.lp.lam), proj_todeg(c.lp.phi));
        };
        const QPointF a = lonLat(X0 + 500, Y0 + 500), b = lonLat(X0 + 700, Y0 + 500);
        proj_destroy(pj);
        const QString path = m_dir.filePath(u"wgs84.gpkg"_s);
        QVERIFY(writeLayer(path, "lineas", 4326, wkbLineString,
                           {u"LINESTRING (%1 %2,%3 %4)"_s.arg(a.x(), 0, 'f', 12).arg(a.y(), 0, 'f', 12)
                                .arg(b.x(), 0, 'f', 12).arg(b.y(), 0, 'f', 12)}));
        auto layer = openLayer(path);
        QCOMPARE(layer->crs().authId(), u"EPSG:4326"_s);
        SnappingIndex index;
        index.setLayers({{layer.get(), SnapType::VertexAndSegment}});
        auto r = index.prepare(m_view, m_utm, {});
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        SnapMatch m = index.snap(QPointF(X0 + 501, Y0 + 499), 3);
        QCOMPARE(m.type, SnapType::Vertex);
        QVERIFY2(std::hypot(m.point.x() - (X0 + 500), m.point.y() - (Y0 + 500)) < 1e-4,
                 qPrintable(u"%1 %2"_s.arg(m.point.x(), 0, 'f', 6).arg(m.point.y(), 0, 'f', 6)));
        // Vertices are transformed; the segment between them is straight in UTM.
        m = index.snap(QPointF(X0 + 600, Y0 + 502), 3);
        QCOMPARE(m.type, SnapType::Segment);
        QVERIFY(std::abs(m.point.x() - (X0 + 600)) < 1e-3);
        QVERIFY(std::abs(m.point.y() - (Y0 + 500)) < 1e-3);
    }

    void uncommittedEditsCount()
    {
        // A copy of the parcels, edited without saving: a moved corner and a new feature.
        const QString path = m_dir.filePath(u"editadas.gpkg"_s);
        QVERIFY(writeLayer(path, "parcelas", 32719, wkbPolygon, {square(X0, Y0, 100)}));
        auto layer = openLayer(path);
        auto started = layer->startEditing();
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().toString()));
        auto moved = Geometry::fromWkt(square(X0 + 10, Y0 + 10, 100));
        QVERIFY(layer->changeGeometry(1, *moved));
        auto added = layer->addFeature(*Geometry::fromWkt(square(X0 + 500, Y0, 50)));
        QVERIFY(added.has_value());
        SnappingIndex index;
        index.setLayers({{layer.get(), SnapType::VertexAndSegment}});
        QVERIFY(index.prepare(m_view, m_utm, {}).has_value());
        QVERIFY(!index.snap(QPointF(X0, Y0), 5).isValid()); // the old corner is gone
        SnapMatch m = index.snap(QPointF(X0 + 11, Y0 + 11), 5);
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.point, QPointF(X0 + 10, Y0 + 10));
        QCOMPARE(m.fid, 1);
        m = index.snap(QPointF(X0 + 551, Y0 + 49), 5);
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.point, QPointF(X0 + 550, Y0 + 50));
        QCOMPARE(m.fid, *added);
        QVERIFY(m.fid < 0);
        layer->rollBack();
    }

    void deletedLayerIsSkipped()
    {
        SnappingIndex index;
        {
            auto layer = openLayer(m_dir.filePath(u"parcelas.gpkg"_s));
            index.setLayers({{layer.get(), SnapType::VertexAndSegment}});
        }
        QVERIFY(index.prepare(m_view, m_utm, {}).has_value());
        QVERIFY(!index.snap(QPointF(X0, Y0), 5).isValid());
    }

    void hundredThousandVertices()
    {
        // 2000 circles of 50 vertices (100,000 vertices and segments) on a 500 m grid.
        QStringList wkts;
        for (int i = 0; i < 2000; ++i) {
            const double cx = X0 + (i % 50) * 500, cy = Y0 + (i / 50) * 500;
            QString w = u"POLYGON (("_s;
            for (int k = 0; k <= 50; ++k) {
                const double t = 2 * M_PI * (k % 50) / 50;
                w += u"%1 %2,"_s.arg(cx + 100 * std::cos(t), 0, 'f', 6).arg(cy + 100 * std::sin(t), 0, 'f', 6);
            }
            w.chop(1);
            w += u"))"_s;
            wkts.append(w);
        }
        const QString path = m_dir.filePath(u"circulos.gpkg"_s);
        QVERIFY(writeLayer(path, "circulos", 32719, wkbPolygon, wkts));
        auto layer = openLayer(path);
        SnappingIndex index;
        index.setLayers({{layer.get(), SnapType::VertexAndSegment}});
        QElapsedTimer timer;
        timer.start();
        QVERIFY(index.prepare(Extent(X0 - 200, Y0 - 200, X0 + 25000, Y0 + 20000), m_utm, {}).has_value());
        const qint64 prepareMs = timer.elapsed();
        qInfo("prepare() of 100,000 vertices: %lld ms", prepareMs);
        QVERIFY2(prepareMs < 1000, qPrintable(QString::number(prepareMs)));

        // Circle 1234: centre (X0 + 34*500, Y0 + 24*500); its vertex k = 0 is at +100 m east.
        const double cx = X0 + 34 * 500, cy = Y0 + 24 * 500;
        timer.restart();
        SnapMatch m;
        const int queries = 10000;
        int hits = 0;
        for (int q = 0; q < queries; ++q) {
            m = index.snap(QPointF(cx + 101 + (q % 7) * 0.01, cy + 0.5), 2);
            hits += m.isValid();
        }
        const qint64 snapNs = timer.nsecsElapsed() / queries;
        qInfo("snap(): %lld ns per query", snapNs);
        QCOMPARE(hits, queries);
        QCOMPARE(m.type, SnapType::Vertex);
        QCOMPARE(m.fid, 1235); // GeoPackage FIDs start at 1
        QCOMPARE(m.vertex, (VertexId{0, 0, 0}));
        QCOMPARE(m.point, QPointF(cx + 100, cy));
        QVERIFY2(snapNs < 50000, qPrintable(QString::number(snapNs)));
        // A point on a chord between vertices 12 and 13 snaps to the segment, after = 13.
        const double t12 = 2 * M_PI * 12 / 50, t13 = 2 * M_PI * 13 / 50;
        const QPointF v12(cx + 100 * std::cos(t12), cy + 100 * std::sin(t12));
        const QPointF v13(cx + 100 * std::cos(t13), cy + 100 * std::sin(t13));
        const QPointF mid = (v12 + v13) / 2;
        m = index.snap(mid, 1);
        QCOMPARE(m.type, SnapType::Segment);
        QCOMPARE(m.vertex, (VertexId{0, 0, 13}));
        QVERIFY(std::hypot(m.point.x() - mid.x(), m.point.y() - mid.y()) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestSnapping)
#include "tst_snapping.moc"
