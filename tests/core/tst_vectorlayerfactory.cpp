// New empty layers (GeoPackage, shapefile) and converting copied features for a paste.
#include "crs/crs.h"
#include "data/vectorlayer.h"
#include "data/vectorlayerfactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

class TestVectorLayerFactory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Fields someFields()
    {
        return {Field{u"nombre"_s, FieldType::String, 50, 0}, Field{u"poblacion"_s, FieldType::Integer, 0, 0},
                Field{u"area"_s, FieldType::Real, 12, 3}, Field{u"fecha"_s, FieldType::Date, 0, 0},
                Field{u"activo"_s, FieldType::Boolean, 0, 0}};
    }

private Q_SLOTS:
    void geoPackage()
    {
        NewVectorLayerSpec spec;
        spec.path = m_dir.filePath(u"nuevo.gpkg"_s);
        spec.layerName = u"postas"_s;
        spec.geometryKind = GeometryKind::Point;
        spec.crs = *Crs::fromUserInput(u"EPSG:32719"_s);
        spec.fields = someFields();
        auto r = createEmptyVectorLayer(spec);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        auto layer = VectorLayer::open(spec.path, VectorLayerOptions{u"postas"_s, {}, {}});
        QVERIFY(layer);
        QCOMPARE((*layer)->featureCount(), 0);
        QCOMPARE((*layer)->geometryKind(), GeometryKind::Point);
        QCOMPARE((*layer)->dataProvider()->geometryTypeName(), u"Point"_s);
        QCOMPARE((*layer)->crs().authId(), u"EPSG:32719"_s);
        const Fields f = (*layer)->fields();
        QCOMPARE(f.names(), (QStringList{u"nombre"_s, u"poblacion"_s, u"area"_s, u"fecha"_s, u"activo"_s}));
        QCOMPARE(f[0].type, FieldType::String);
        QCOMPARE(f[0].width, 50);
        QCOMPARE(f[1].type, FieldType::Integer);
        QCOMPARE(f[2].type, FieldType::Real);
        QCOMPARE(f[3].type, FieldType::Date);
        QCOMPARE(f[4].type, FieldType::Boolean);
        QVERIFY((*layer)->supportsEditing());

        // A second table (multi-polygon) in the same file; the same name again is an error.
        NewVectorLayerSpec zones = spec;
        zones.layerName = u"zonas"_s;
        zones.geometryKind = GeometryKind::Polygon;
        zones.multi = true;
        zones.crs = *Crs::fromUserInput(u"EPSG:4326"_s);
        QVERIFY(createEmptyVectorLayer(zones));
        auto z = VectorLayer::open(spec.path, VectorLayerOptions{u"zonas"_s, {}, {}});
        QVERIFY(z);
        QCOMPARE((*z)->dataProvider()->geometryTypeName(), u"Multi Polygon"_s);
        QCOMPARE((*z)->crs().authId(), u"EPSG:4326"_s);
        auto again = createEmptyVectorLayer(zones);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"zonas"_s));

        // Attribute-only table.
        NewVectorLayerSpec table = spec;
        table.layerName = u"tabla"_s;
        table.geometryKind = GeometryKind::Null;
        table.crs = Crs();
        QVERIFY(createEmptyVectorLayer(table));
        auto t = VectorLayer::open(spec.path, VectorLayerOptions{u"tabla"_s, {}, {}});
        QVERIFY(t);
        QCOMPARE((*t)->geometryKind(), GeometryKind::Null);
    }

    void shapefile()
    {
        NewVectorLayerSpec spec;
        spec.path = m_dir.filePath(u"lineas.shp"_s);
        spec.driver.clear();
        spec.geometryKind = GeometryKind::Line;
        spec.multi = true;
        spec.crs = *Crs::fromUserInput(u"EPSG:32719"_s);
        spec.fields = someFields();
        auto r = createEmptyVectorLayer(spec);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QFile cpg(m_dir.filePath(u"lineas.cpg"_s));
        QVERIFY(cpg.open(QIODevice::ReadOnly));
        QCOMPARE(cpg.readAll().trimmed(), QByteArray("UTF-8"));
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"lineas.prj"_s)));
        auto layer = VectorLayer::open(spec.path);
        QVERIFY(layer);
        QCOMPARE((*layer)->geometryKind(), GeometryKind::Line);
        QCOMPARE((*layer)->crs().authId(), u"EPSG:32719"_s);
        QCOMPARE((*layer)->fields().names(), (QStringList{u"nombre"_s, u"poblacion"_s, u"area"_s, u"fecha"_s, u"activo"_s}));
        QCOMPARE((*layer)->fields()[3].type, FieldType::Date);
        QCOMPARE((*layer)->dataProvider()->encoding(), u"UTF-8"_s);
        QVERIFY((*layer)->supportsEditing());

        auto exists = createEmptyVectorLayer(spec);
        QVERIFY(!exists);
        QVERIFY(exists.error().message.contains(u"lineas"_s));
    }

    void badSpecs()
    {
        NewVectorLayerSpec spec;
        spec.path = m_dir.filePath(u"malo.shp"_s);
        spec.driver = u"ESRI Shapefile"_s;
        spec.crs = *Crs::fromUserInput(u"EPSG:32719"_s);
        spec.fields = {Field{u"nombre_demasiado_largo"_s, FieldType::String, 10, 0}};
        auto r = createEmptyVectorLayer(spec);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"nombre_demasiado_largo"_s));
        spec.fields = {Field{u"a"_s, FieldType::String, 10, 0}, Field{u"A"_s, FieldType::Integer, 0, 0}};
        r = createEmptyVectorLayer(spec);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"A"_s));
        spec.fields = {Field{u""_s, FieldType::String, 10, 0}};
        QVERIFY(!createEmptyVectorLayer(spec));
        spec.fields = {Field{u"hora"_s, FieldType::Time, 0, 0}};
        r = createEmptyVectorLayer(spec);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"hora"_s));
        spec.fields = {};
        spec.crs = Crs();
        QVERIFY(!createEmptyVectorLayer(spec));
        // Nothing was written by the failed attempts.
        QVERIFY(!QFileInfo::exists(spec.path));
        NewVectorLayerSpec gpkg;
        gpkg.path = m_dir.filePath(u"x.gpkg"_s);
        gpkg.crs = *Crs::fromUserInput(u"EPSG:4326"_s);
        gpkg.fields = {Field{u"FID"_s, FieldType::Integer, 0, 0}};
        QVERIFY(!createEmptyVectorLayer(gpkg));
        QVERIFY(!QFileInfo::exists(gpkg.path));
    }

    void convertForPaste()
    {
        // Destination: multi-points in UTM 19S with fields in another order and case.
        NewVectorLayerSpec spec;
        spec.path = m_dir.filePath(u"destino.gpkg"_s);
        spec.geometryKind = GeometryKind::Point;
        spec.multi = true;
        spec.crs = *Crs::fromUserInput(u"EPSG:32719"_s);
        spec.fields = {Field{u"poblacion"_s, FieldType::Integer, 0, 0}, Field{u"Nombre"_s, FieldType::String, 0, 0},
                       Field{u"fecha"_s, FieldType::Date, 0, 0}};
        QVERIFY(createEmptyVectorLayer(spec));
        auto dest = VectorLayer::open(spec.path);
        QVERIFY(dest);

        const Fields sourceFields{Field{u"nombre"_s, FieldType::String, 0, 0}, Field{u"Nombre"_s, FieldType::String, 0, 0},
                                  Field{u"poblacion"_s, FieldType::String, 0, 0}, Field{u"FECHA"_s, FieldType::String, 0, 0},
                                  Field{u"otro"_s, FieldType::Real, 0, 0}};
        QList<Feature> features;
        Feature a;
        a.geometry = *Geometry::fromWkt(u"POINT (-71.5375 -16.3989)"_s);
        a.attributes = {u"Arequipa"_s, u"AQP"_s, u"1008290"_s, u"2024-05-01"_s, 1.5};
        features.append(a);
        Feature b;
        b.geometry = *Geometry::fromWkt(u"POINT (-72 -16)"_s);
        b.attributes = {u"Camaná"_s, QVariant(), u"doce"_s, u"no es fecha"_s, 2.0};
        features.append(b);
        Feature line;
        line.geometry = *Geometry::fromWkt(u"LINESTRING (-71 -16, -71.1 -16.1)"_s);
        line.attributes = {u"x"_s, u"y"_s, u"1"_s, QVariant(), 0.0};
        features.append(line);

        auto r = convertFeaturesForLayer(features, sourceFields, *Crs::fromUserInput(u"EPSG:4326"_s), **dest);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->features.size(), 2);
        QCOMPARE(r->skippedGeometryType, 1);
        QCOMPARE(r->unmatchedFields, (QStringList{u"nombre"_s, u"otro"_s}));
        QCOMPARE(r->convertedToNull, 2); // "doce" and "no es fecha"
        QVERIFY(!r->messages.isEmpty());
        const Feature &pa = r->features[0];
        // Exact name first ("Nombre" <- "Nombre", not "nombre"), then case-insensitive ("fecha" <- "FECHA").
        QCOMPARE(pa.attributes.size(), 3);
        QCOMPARE(pa.attributes[0], QVariant(1008290));
        QCOMPARE(pa.attributes[1].toString(), u"AQP"_s);
        QCOMPARE(pa.attributes[2], QVariant(QDate(2024, 5, 1)));
        QVERIFY(!r->features[1].attributes[0].isValid());
        // Promoted to a multi-point and reprojected; reference: cs2cs EPSG:4326 EPSG:32719
        // (-16.3989 -71.5375 -> 228979.0859 8185244.5600).
        QCOMPARE(pa.geometry.typeName(), u"MultiPoint"_s);
        const Extent bb = pa.geometry.boundingBox();
        QVERIFY(qAbs(bb.xMin() - 228979.0859) < 1e-3);
        QVERIFY(qAbs(bb.yMin() - 8185244.5600) < 1e-3);

        // Into a single-point layer a one-part multi-point becomes a point; a two-part one is skipped.
        NewVectorLayerSpec single = spec;
        single.path = m_dir.filePath(u"single.gpkg"_s);
        single.multi = false;
        QVERIFY(createEmptyVectorLayer(single));
        auto s = VectorLayer::open(single.path);
        QVERIFY(s);
        Feature mp1;
        mp1.geometry = *Geometry::fromWkt(u"MULTIPOINT ((228979.0859 8185244.56))"_s);
        Feature mp2;
        mp2.geometry = *Geometry::fromWkt(u"MULTIPOINT ((1 2), (3 4))"_s);
        auto r2 = convertFeaturesForLayer({mp1, mp2}, {}, spec.crs, **s);
        QVERIFY(r2);
        QCOMPARE(r2->features.size(), 1);
        QCOMPARE(r2->features[0].geometry.typeName(), u"Point"_s);
        QCOMPARE(r2->features[0].geometry.toWkt(4), u"POINT (228979.0859 8185244.56)"_s);
        QCOMPARE(r2->skippedGeometryType, 1);
        QCOMPARE(r2->messages.size(), 1);
        // Everything fits: nothing to tell.
        auto r3 = convertFeaturesForLayer({mp1}, {}, spec.crs, **s);
        QVERIFY(r3);
        QCOMPARE(r3->features.size(), 1);
        QVERIFY(r3->messages.isEmpty());
    }

    void valueConversion()
    {
        bool ok = false;
        QCOMPARE(convertValueToFieldType(u" 42 "_s, FieldType::Integer, &ok), QVariant(42));
        QVERIFY(ok);
        QCOMPARE(convertValueToFieldType(12.0, FieldType::Integer, &ok), QVariant(12));
        QVERIFY(!convertValueToFieldType(12.5, FieldType::Integer, &ok).isValid());
        QVERIFY(!ok);
        QVERIFY(!convertValueToFieldType(qint64(1) << 40, FieldType::Integer, &ok).isValid());
        QVERIFY(!ok);
        QCOMPARE(convertValueToFieldType(qint64(1) << 40, FieldType::Integer64, &ok), QVariant(qint64(1) << 40));
        QCOMPARE(convertValueToFieldType(u"3.25"_s, FieldType::Real, &ok), QVariant(3.25));
        QCOMPARE(convertValueToFieldType(u"sí"_s, FieldType::Boolean, &ok), QVariant(true));
        QCOMPARE(convertValueToFieldType(0, FieldType::Boolean, &ok), QVariant(false));
        QCOMPARE(convertValueToFieldType(u"31/12/2023"_s, FieldType::Date, &ok), QVariant(QDate(2023, 12, 31)));
        QCOMPARE(convertValueToFieldType(7, FieldType::String, &ok), QVariant(u"7"_s));
        QVERIFY(!convertValueToFieldType(u""_s, FieldType::Real, &ok).isValid());
        QVERIFY(ok); // empty text is NULL, not an error
        QVERIFY(!convertValueToFieldType(QVariant(), FieldType::Date, &ok).isValid());
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestVectorLayerFactory)
#include "tst_vectorlayerfactory.moc"
