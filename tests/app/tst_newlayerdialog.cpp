#include "../common/uitest.h"
#include "crs/crs.h"
#include "data/vectorlayer.h"
#include "desktop/newlayerdialog.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

class TestNewLayerDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TerritoriaTest"_s);
        testutil::installTestTranslator();
        QVERIFY(m_dir.isValid());
        GDALAllRegister();
    }

    void defaultsToTheProjectCrs()
    {
        const Crs utm = Crs::fromUserInput(u"EPSG:32719"_s).value();
        NewLayerDialog dialog(utm);
        QCOMPARE(dialog.spec().crs.authId(), u"EPSG:32719"_s);
        QCOMPARE(dialog.spec().driver, u"GPKG"_s);
        QCOMPARE(dialog.spec().geometryKind, GeometryKind::Point);
    }

    void createsGeoPackageWithFields()
    {
        NewLayerDialog dialog(Crs::fromUserInput(u"EPSG:32719"_s).value());
        const QString path = m_dir.filePath(u"nuevo.gpkg"_s);
        dialog.setPath(path);
        dialog.setLayerName(u"postas"_s);
        dialog.setGeometryKind(GeometryKind::Polygon, true);
        dialog.addField(Field{u"nombre"_s, FieldType::String, 40, 0});
        dialog.addField(Field{u"camas"_s, FieldType::Integer, 0, 0});
        dialog.addField(Field{u"area_m2"_s, FieldType::Real, 12, 2});
        dialog.addField(Field{u"inaugura"_s, FieldType::Date, 0, 0});
        QCOMPARE(dialog.fieldRowCount(), 4);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        testutil::saveScreenshot(&dialog, u"newlayerdialog"_s);
        dialog.accept();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
        QCOMPARE(dialog.createdPath(), path);
        QCOMPARE(dialog.createdLayerName(), u"postas"_s);

        // Read back with GDAL itself.
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        OGRLayer *layer = ds->GetLayerByName("postas");
        QVERIFY(layer);
        QCOMPARE(layer->GetFeatureCount(), GIntBig(0));
        QCOMPARE(wkbFlatten(layer->GetGeomType()), wkbMultiPolygon);
        const OGRSpatialReference *srs = layer->GetSpatialRef();
        QVERIFY(srs);
        QCOMPARE(QString::fromLatin1(srs->GetAuthorityCode(nullptr)), u"32719"_s);
        OGRFeatureDefn *defn = layer->GetLayerDefn();
        QCOMPARE(defn->GetFieldCount(), 4);
        QCOMPARE(QString::fromUtf8(defn->GetFieldDefn(0)->GetNameRef()), u"nombre"_s);
        QCOMPARE(defn->GetFieldDefn(0)->GetType(), OFTString);
        QCOMPARE(defn->GetFieldDefn(0)->GetWidth(), 40);
        QCOMPARE(defn->GetFieldDefn(1)->GetType(), OFTInteger);
        QCOMPARE(defn->GetFieldDefn(2)->GetType(), OFTReal);
        QCOMPARE(defn->GetFieldDefn(3)->GetType(), OFTDate);

        // Another table in the same GeoPackage is fine; the same name again is not.
        NewLayerDialog again(Crs::fromUserInput(u"EPSG:32719"_s).value());
        again.setPath(path);
        again.setLayerName(u"postas"_s);
        again.accept();
        QVERIFY(again.result() != QDialog::Accepted);
        QVERIFY2(again.errorText().contains(u"postas"_s), qPrintable(again.errorText()));
    }

    void shapefileAndBadInput()
    {
        NewLayerDialog dialog(Crs::fromUserInput(u"EPSG:4326"_s).value());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.errorText().isEmpty()); // no file
        const QString path = m_dir.filePath(u"vias.shp"_s);
        dialog.setPath(path);
        QCOMPARE(dialog.spec().driver, u"ESRI Shapefile"_s);
        dialog.setGeometryKind(GeometryKind::Line);
        dialog.addField(Field{QString(), FieldType::String, 10, 0});
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.errorText().contains(u"1"_s)); // field 1 has no name
        dialog.removeField(0);
        dialog.addField(Field{u"nombre_de_la_via"_s, FieldType::String, 10, 0}); // > 10 characters for a DBF
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.errorText().contains(u"nombre_de_la_via"_s), qPrintable(dialog.errorText()));
        dialog.removeField(0);
        dialog.addField(Field{u"nombre"_s, FieldType::String, 30, 0});
        dialog.accept();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
        auto layer = VectorLayer::open(path);
        QVERIFY(layer);
        QCOMPARE((*layer)->geometryKind(), GeometryKind::Line);
        QCOMPARE((*layer)->fields().names(), QStringList{u"nombre"_s});
        QCOMPARE((*layer)->crs().authId(), u"EPSG:4326"_s);
    }
};

QTEST_MAIN(TestNewLayerDialog)
#include "tst_newlayerdialog.moc"
