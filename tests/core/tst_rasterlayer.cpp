#include "data/layerloader.h"
#include "data/rasterlayer.h"
#include "task/feedback.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <cmath>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {
QString corpus(const QString &rel)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/"_s + rel;
}

std::unique_ptr<RasterLayer> openRaster(const QString &path)
{
    auto r = RasterLayer::open(path);
    if (!r) {
        qWarning("%s", qPrintable(r.error().toString()));
        return {};
    }
    return std::move(*r);
}

// Parses the cell values of an Esri ASCII grid (after its 7 header lines here).
QVector<double> asciiGridValues(const QString &path, int headerLines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVector<double> v;
    for (int i = headerLines; i < lines.size(); ++i)
        for (const QByteArray &tok : lines[i].simplified().split(' ')) {
            bool ok = false;
            const double d = tok.toDouble(&ok);
            if (ok) // skips the trailing "CRS"/"NOTES" lines of this file
                v.append(d);
        }
    return v;
}
} // namespace

class TestRasterLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asciiGrid()
    {
        const QString path = corpus(u"raster/tenbytenraster.asc"_s);
        auto layer = openRaster(path);
        QVERIFY(layer);
        auto p = layer->dataProvider();
        QCOMPARE(layer->kind(), LayerKind::Raster);
        QCOMPARE(layer->name(), u"tenbytenraster"_s);
        QCOMPARE(p->driverName(), u"AAIGrid"_s);
        QCOMPARE(layer->width(), 10);
        QCOMPARE(layer->height(), 10);
        QCOMPARE(layer->bandCount(), 1);
        const RasterBandInfo b = p->band(1);
        QCOMPARE(b.dataType, u"Float32"_s);
        QVERIFY(b.hasNoData);
        QCOMPARE(b.noData, -9999.0);
        QCOMPARE(b.blockWidth, 10);
        QCOMPARE(b.blockHeight, 1);
        QCOMPARE(b.colorInterpretation, u"Undefined"_s);
        QVERIFY(p->hasGeoTransform());
        // gdalinfo: Origin = (1535375, 5083355), Pixel Size = (10, -10)
        const auto gt = p->geoTransform();
        QCOMPARE(gt[0], 1535375.0);
        QCOMPARE(gt[1], 10.0);
        QCOMPARE(gt[3], 5083355.0);
        QCOMPARE(gt[5], -10.0);
        QCOMPARE(layer->extent(), Extent(1535375, 5083255, 1535475, 5083355));
        // No .prj: no CRS, flagged
        QVERIFY(!layer->hasSourceCrs());
        QVERIFY(!layer->crs().isValid());
        QVERIFY(!layer->warnings().isEmpty());

        const QVector<double> expected = asciiGridValues(path, 7);
        QCOMPARE(expected.size(), 100);
        auto all = p->readBlock(1, 0, 0, 10, 10);
        QVERIFY(all.has_value());
        QCOMPARE(*all, expected);
        auto window = p->readBlock(1, 3, 2, 4, 2);
        QVERIFY(window.has_value());
        QCOMPARE(*window, (QVector<double>{3, 4, 5, 6, 3, 4, 5, 6}));
        QVERIFY(!p->readBlock(1, 8, 8, 5, 5).has_value()); // outside
        QVERIFY(!p->readBlock(2, 0, 0, 1, 1).has_value()); // no band 2
        // 10x10 -> 5x5 average: pairs of columns (0,1)->0.5, (2,3)->2.5...
        auto avg = p->readResampled(1, 0, 0, 10, 10, 5, 5, true);
        QVERIFY(avg.has_value());
        QCOMPARE(avg->mid(0, 5), (QVector<double>{0.5, 2.5, 4.5, 6.5, 8.5}));
        auto nearest = p->readResampled(1, 0, 0, 10, 10, 2, 2, false);
        QVERIFY(nearest.has_value());
        QCOMPARE(nearest->size(), 4);
        // valueAt: pixel (7, 4) centre
        auto v = p->valueAt(1, 1535375 + 7.5 * 10, 5083355 - 4.5 * 10);
        QVERIFY(v.has_value());
        QCOMPARE(*v, 7.0);
        QVERIFY(!p->valueAt(1, 0, 0).has_value());
        auto stats = p->statistics(1, false);
        QVERIFY(stats.has_value());
        QCOMPARE(stats->min, 0.0);
        QCOMPARE(stats->max, 9.0);
        QCOMPARE(stats->mean, 4.5);
        QVERIFY(std::abs(stats->stdDev - std::sqrt(8.25)) < 1e-9); // population std of 0..9
        // statistics must not leave .aux.xml files behind
        QVERIFY(!QFile::exists(path + u".aux.xml"_s));
    }

    void nodataAndNaN()
    {
        auto elev = openRaster(corpus(u"raster/terra_elev.tif"_s));
        QVERIFY(elev);
        auto p = elev->dataProvider();
        QCOMPARE(p->band(1).dataType, u"Int16"_s);
        QCOMPARE(p->band(1).noData, -32768.0);
        QCOMPARE(p->band(1).description, u"elevation"_s);
        QCOMPARE(p->band(1).blockHeight, 43);
        auto corner = p->readBlock(1, 0, 0, 1, 1);
        QVERIFY(corner.has_value());
        QVERIFY(std::isnan(corner->at(0))); // -32768 is nodata
        // gdallocationinfo -valonly terra_elev.tif 40 40 -> 288
        auto px = p->readBlock(1, 40, 40, 1, 1);
        QCOMPARE(px->at(0), 288.0);
        // gdallocationinfo -geoloc terra_elev.tif 6.1 49.8 -> 268
        auto at = p->valueAt(1, 6.1, 49.8);
        QVERIFY(at.has_value());
        QCOMPARE(*at, 268.0);
        auto stats = p->statistics(1, false);
        QVERIFY(stats.has_value());
        QCOMPARE(stats->min, 141.0);
        QCOMPARE(stats->max, 547.0);
        // gdalinfo Corner Coordinates
        QVERIFY(std::abs(elev->extent().xMin() - 5.7416667) < 1e-7);
        QVERIFY(std::abs(elev->extent().yMin() - 49.4416667) < 1e-7);
        QVERIFY(std::abs(elev->extent().xMax() - 6.5333333) < 1e-7);
        QVERIFY(std::abs(elev->extent().yMax() - 50.1916667) < 1e-7);

        auto nan = openRaster(corpus(u"raster/byte_with_nan_nodata.tif"_s));
        QVERIFY(nan);
        const RasterBandInfo b = nan->dataProvider()->band(1);
        QVERIFY(b.hasNoData);
        QVERIFY(std::isnan(b.noData));
        QCOMPARE(b.dataType, u"Byte"_s);
        auto v = nan->dataProvider()->readBlock(1, 0, 0, 1, 1);
        QVERIFY(v.has_value());
        QCOMPARE(v->at(0), 107.0); // a Byte is never NaN

        // Float32 with -3.4e38 nodata
        auto dem = openRaster(corpus(u"raster/qgis_analysis_dem.tif"_s));
        QVERIFY(dem);
        auto d0 = dem->dataProvider()->readBlock(1, 0, 0, 1, 1);
        QVERIFY(d0.has_value());
        QCOMPARE(d0->at(0), double(1706.02917480469f)); // gdallocationinfo -valonly qgis_analysis_dem.tif 0 0
    }

    void scaleOffset()
    {
        auto layer = openRaster(corpus(u"raster/scaleoffset.tif"_s));
        QVERIFY(layer);
        auto p = layer->dataProvider();
        const RasterBandInfo b = p->band(1);
        QCOMPARE(b.dataType, u"Int16"_s);
        QCOMPARE(b.scale, -0.000137337483465672);
        QCOMPARE(b.offset, 4.5);
        QCOMPARE(b.noData, -9999.0);
        auto raw = p->readBlock(1, 0, 0, 1, 1);
        QCOMPARE(raw->at(0), 32766.0); // gdallocationinfo -valonly scaleoffset.tif 0 0
        auto scaled = p->readBlock(1, 0, 0, 1, 1, true);
        QVERIFY(std::abs(scaled->at(0) - (32766 * -0.000137337483465672 + 4.5)) < 1e-12);
        auto last = p->readBlock(1, 9, 9, 1, 1, true);
        QVERIFY(std::abs(last->at(0) - (-32766 * -0.000137337483465672 + 4.5)) < 1e-12);
        auto stats = p->statistics(1, false);
        QVERIFY(stats.has_value());
        QCOMPARE(stats->min, -32766.0);
        QCOMPARE(stats->max, 32766.0);
        QVERIFY(std::abs(stats->stdDev - 20914.073) < 1e-3); // gdalinfo StdDev=20914.073
        QVERIFY(!QFile::exists(corpus(u"raster/scaleoffset.tif.aux.xml"_s)));
    }

    void southUp()
    {
        // gdalinfo: Origin (2058589.469019517535344, 2281355.804039732087404), Pixel Size (212082, 212082)
        auto layer = openRaster(corpus(u"crs/requires_warped_vrt.tif"_s));
        QVERIFY(layer);
        auto p = layer->dataProvider();
        QCOMPARE(p->geoTransform()[5], 212082.0);
        const Extent e = layer->extent();
        QVERIFY(std::abs(e.xMin() - 2058589.469) < 1e-3);
        QVERIFY(std::abs(e.xMax() - 3118999.469) < 1e-3);
        QVERIFY(std::abs(e.yMin() - 2281355.804) < 1e-3); // Upper Left is the lowest y
        QVERIFY(std::abs(e.yMax() - 3129683.804) < 1e-3);
        QVERIFY(layer->hasSourceCrs());
        // gdallocationinfo -valonly -geoloc requires_warped_vrt.tif 2588794 2811561 -> 9 (row 2, col 2)
        auto v = p->valueAt(1, 2588794, 2811561);
        QVERIFY(v.has_value());
        QCOMPARE(*v, 9.0);
        // gdallocationinfo -valonly requires_warped_vrt.tif 2 1 -> 739 (row 1 is 1.5 pixels north of the origin)
        auto v2 = p->valueAt(1, 2058589.469 + 2.5 * 212082, 2281355.804 + 1.5 * 212082);
        QCOMPARE(*v2, 739.0);
        auto block = p->readBlock(1, 0, 1, 5, 2);
        QCOMPARE(*block, (QVector<double>{0, 509, 739, 70, 0, 0, 43, 9, 7, 0}));
        auto corner = p->valueAt(1, 2058589.469 + 0.5 * 212082, 2281355.804 + 0.5 * 212082);
        QVERIFY(std::isnan(*corner)); // -9999 nodata
        auto stats = p->statistics(1, false);
        QCOMPARE(stats->min, 0.0);
        QCOMPARE(stats->max, 739.0);
    }

    void palette()
    {
        auto layer = openRaster(corpus(u"raster/with_color_table.tif"_s));
        QVERIFY(layer);
        auto p = layer->dataProvider();
        const RasterBandInfo b = p->band(1);
        QCOMPARE(b.colorInterpretation, u"Palette"_s);
        QCOMPARE(b.colorTable.size(), 256);
        QCOMPARE(b.colorTable[0], QColor(0, 0, 0, 0));
        QCOMPARE(b.colorTable[2], QColor(0, 110, 0, 255));
        QCOMPARE(b.colorTable[10], QColor(255, 93, 0, 255));
        QCOMPARE(b.noData, 0.0);
        QVERIFY(!p->hasGeoTransform());
        QVERIFY(!layer->hasSourceCrs());
        QVERIFY(layer->warnings().size() >= 2); // no georeferencing, no CRS
        QCOMPARE(layer->extent().width(), 258.0);
        QCOMPARE(layer->extent().height(), 320.0);
        QCOMPARE(layer->style().mode, RasterStyle::Mode::Palette);
        auto stats = p->statistics(1, false);
        QCOMPARE(stats->min, 1.0);
        QCOMPARE(stats->max, 10.0);
    }

    void concurrentReads()
    {
        auto layer = openRaster(corpus(u"raster/qgis_analysis_dem.tif"_s));
        QVERIFY(layer);
        std::shared_ptr<const RasterDataProvider> p = layer->dataProvider();
        auto ref = p->readBlock(1, 0, 0, 285, 256);
        QVERIFY(ref.has_value());
        QList<int> runs;
        for (int i = 0; i < 16; ++i)
            runs.append(i);
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<bool> same = QtConcurrent::blockingMapped(&pool, runs, [p, &ref](int) {
            auto v = p->readBlock(1, 0, 0, 285, 256);
            if (!v || v->size() != ref->size())
                return false;
            for (qsizetype i = 0; i < v->size(); ++i)
                if (!(v->at(i) == ref->at(i) || (std::isnan(v->at(i)) && std::isnan(ref->at(i)))))
                    return false;
            return true;
        });
        for (bool s : same)
            QVERIFY(s);
        auto stats = p->statistics(1, false);
        // gdalinfo -mm: Computed Min/Max=1586.349,3213.795
        QCOMPARE(qRound(stats->min * 1000), 1586349);
        QCOMPARE(qRound(stats->max * 1000), 3213795);
    }

    void errorsAndLoader()
    {
        auto missing = RasterLayer::open(u"/no/such/dem.tif"_s);
        QVERIFY(!missing.has_value());
        QVERIFY(missing.error().message.contains(u"dem.tif"_s));
        auto subs = listSublayers(corpus(u"raster/terra_elev.tif"_s));
        QVERIFY(subs.has_value());
        QCOMPARE(subs->size(), 1);
        QCOMPARE(subs->at(0).kind, LayerKind::Raster);
        QCOMPARE(subs->at(0).name, u"terra_elev"_s);
        auto layer = openLayer(corpus(u"raster/terra_elev.tif"_s));
        QVERIFY(layer.has_value());
        QCOMPARE((*layer)->kind(), LayerKind::Raster);
        QSignalSpy styleSpy(layer->get(), &Layer::styleChanged);
        auto *raster = static_cast<RasterLayer *>(layer->get());
        RasterStyle s = raster->style();
        s.min = 150;
        s.max = 500;
        raster->setStyle(s);
        QCOMPARE(styleSpy.size(), 1);
        const QJsonObject json = raster->styleToJson();
        raster->setStyleFromJson(json);
        QCOMPARE(raster->style().min, 150.0);
        Feedback feedback;
        auto stats = raster->dataProvider()->statistics(1, true, &feedback);
        QVERIFY(stats.has_value());
        QVERIFY(stats->approximate);
    }
};

QTEST_GUILESS_MAIN(TestRasterLayer)
#include "tst_rasterlayer.moc"
