#include "data/vectorlayer.h"
#include "gui/attributetablemodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {
constexpr int N = 100000;

// value(i) is not monotonic in i, so sorting really reorders.
double valueOf(int i)
{
    return double((i * 7919) % N) / 10.0;
}

// A point shapefile with N features: id (int), name (string), value (real).
bool writeShapefile(const QString &path)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("ESRI Shapefile");
    GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 32719);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "points", srs, wkbPoint, nullptr);
    OSRDestroySpatialReference(srs);
    OGRFieldDefnH f1 = OGR_Fld_Create("id", OFTInteger);
    OGRFieldDefnH f2 = OGR_Fld_Create("name", OFTString);
    OGR_Fld_SetWidth(f2, 12);
    OGRFieldDefnH f3 = OGR_Fld_Create("value", OFTReal);
    OGR_Fld_SetWidth(f3, 12);
    OGR_Fld_SetPrecision(f3, 1);
    OGR_L_CreateField(layer, f1, TRUE);
    OGR_L_CreateField(layer, f2, TRUE);
    OGR_L_CreateField(layer, f3, TRUE);
    OGR_Fld_Destroy(f1);
    OGR_Fld_Destroy(f2);
    OGR_Fld_Destroy(f3);
    if (OGR_L_StartTransaction(layer) != OGRERR_NONE)
        qFatal("cannot start the fixture transaction");
    for (int i = 0; i < N; ++i) {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldInteger(feature, 0, i);
        OGR_F_SetFieldString(feature, 1, QByteArray("f" + QByteArray::number(i).rightJustified(6, '0')).constData());
        OGR_F_SetFieldDouble(feature, 2, valueOf(i));
        OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(point, 0, 200000 + (i % 1000) * 10.0, 8100000 + (i / 1000) * 10.0);
        OGR_F_SetGeometryDirectly(feature, point);
        if (OGR_L_CreateFeature(layer, feature) != OGRERR_NONE)
            qFatal("cannot write a fixture feature");
        OGR_F_Destroy(feature);
    }
    if (OGR_L_CommitTransaction(layer) != OGRERR_NONE)
        qFatal("cannot commit the fixture");
    GDALClose(ds);
    return true;
}
} // namespace

class TestAttributeTableModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<VectorLayer> m_layer;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"points.shp"_s);
        QVERIFY(writeShapefile(path));
        auto layer = VectorLayer::open(path);
        QVERIFY2(layer.has_value(), layer ? "" : qPrintable(layer.error().toString()));
        m_layer = std::move(*layer);
        QCOMPARE(m_layer->featureCount(), qint64(N));
    }

    void lazyRows()
    {
        AttributeTableModel model(m_layer->dataProvider());
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"name"_s);
        QSignalSpy loaded(&model, &AttributeTableModel::loaded);
        model.load(); // in the background
        QVERIFY(loaded.wait(60000));
        QCOMPARE(model.rowCount(), N);
        // Knowing the row count read no feature.
        QCOMPARE(model.fetchedFeatureCount(), qint64(0));

        const int row = 54321;
        const qint64 fid = model.featureId(row);
        auto feature = m_layer->dataProvider()->feature(fid);
        QVERIFY(feature.has_value());
        for (int column = 0; column < 3; ++column) {
            QCOMPARE(model.data(model.index(row, column), Qt::EditRole), feature->attributes.at(column));
        }
        QCOMPARE(model.data(model.index(row, 1)).toString(), u"f%1"_s.arg(row, 6, 10, QChar(u'0')));
        // Only the page holding the row was read.
        QVERIFY(model.fetchedFeatureCount() <= AttributeTableModel::PageSize);
        QVERIFY(model.fetchedFeatureCount() > 0);
        const qint64 afterOnePage = model.fetchedFeatureCount();
        model.data(model.index(row + 1, 2));
        QCOMPARE(model.fetchedFeatureCount(), afterOnePage); // cached
        model.data(model.index(N - 1, 0));
        QVERIFY(model.fetchedFeatureCount() <= 2 * AttributeTableModel::PageSize);
        QCOMPARE(model.data(model.index(N - 1, 0), Qt::EditRole).toLongLong(), qint64(N - 1));
    }

    void backgroundSort()
    {
        AttributeTableModel model(m_layer->dataProvider());
        QVERIFY(model.loadSynchronously());
        QSignalSpy sorted(&model, &AttributeTableModel::sortFinished);
        model.sort(2, Qt::DescendingOrder);
        QVERIFY(sorted.wait(60000));
        QCOMPARE(model.rowCount(), N);
        double previous = std::numeric_limits<double>::infinity();
        for (int row : {0, 1, 2, 100, 5000, N / 2, N - 2, N - 1}) {
            const double v = model.data(model.index(row, 2), Qt::EditRole).toDouble();
            QVERIFY2(v <= previous, qPrintable(u"row %1: %2 > %3"_s.arg(row).arg(v).arg(previous)));
            previous = v;
        }
        QCOMPARE(model.data(model.index(0, 2), Qt::EditRole).toDouble(), (N - 1) / 10.0);
        QCOMPARE(model.data(model.index(N - 1, 2), Qt::EditRole).toDouble(), 0.0);
        // The row still shows its own feature.
        const qint64 fid = model.featureId(0);
        QCOMPARE(model.data(model.index(0, 0), Qt::EditRole), m_layer->dataProvider()->feature(fid)->attributes.at(0));

        model.sort(1, Qt::AscendingOrder);
        QVERIFY(sorted.wait(60000));
        QCOMPARE(model.data(model.index(0, 1)).toString(), u"f000000"_s);
        QCOMPARE(model.data(model.index(N - 1, 1)).toString(), u"f%1"_s.arg(N - 1, 6, 10, QChar(u'0')));
    }

    void displayText()
    {
        QCOMPARE(AttributeTableModel::displayText(QVariant()), u"NULL"_s);
        QCOMPARE(AttributeTableModel::displayText(QDate(2024, 3, 1)), u"2024-03-01"_s);
        QCOMPARE(AttributeTableModel::displayText(u"Cayma"_s), u"Cayma"_s);
    }
};

QTEST_MAIN(TestAttributeTableModel)
#include "tst_attributetablemodel.moc"
