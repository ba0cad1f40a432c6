#include "data/vectorlayerfactory.h"

#include "data/gdalutil.h"
#include "data/vectorlayer.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QTime>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

// ---------------------------------------------------------------------------------------------
// Values

QVariant convertValueToFieldType(const QVariant &value, FieldType type, bool *okOut)
{
    bool ok = true;
    QVariant out;
    const auto setOk = [&](bool b) { ok = b; };
    if (!value.isValid()) {
        if (okOut)
            *okOut = true;
        return {};
    }
    const int from = value.typeId();
    const bool isString = from == QMetaType::QString;
    const QString text = isString ? value.toString().trimmed() : QString();
    if (isString && text.isEmpty() && type != FieldType::String) {
        if (okOut)
            *okOut = true; // an empty cell is NULL for every non-text field
        return {};
    }
    switch (type) {
    case FieldType::Integer:
    case FieldType::Integer64: {
        qint64 n = 0;
        if (from == QMetaType::Bool) {
            n = value.toBool() ? 1 : 0;
        } else if (from == QMetaType::Double || from == QMetaType::Float) {
            const double d = value.toDouble();
            setOk(std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18);
            n = ok ? static_cast<qint64>(d) : 0;
        } else if (isString) {
            n = text.toLongLong(&ok);
            if (!ok) {
                const double d = text.toDouble(&ok);
                setOk(ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18);
                n = ok ? static_cast<qint64>(d) : 0;
            }
        } else {
            n = value.toLongLong(&ok);
        }
        if (ok && type == FieldType::Integer) {
            setOk(n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max());
            out = ok ? QVariant(static_cast<int>(n)) : QVariant();
        } else if (ok) {
            out = QVariant(n);
        }
        break;
    }
    case FieldType::Real: {
        const double d = isString ? text.toDouble(&ok) : value.toDouble(&ok);
        if (ok)
            out = QVariant(d);
        break;
    }
    case FieldType::String:
        if (from == QMetaType::QDate)
            out = value.toDate().toString(Qt::ISODate);
        else if (from == QMetaType::QDateTime)
            out = value.toDateTime().toString(Qt::ISODate);
        else if (from == QMetaType::Double)
            out = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        else if (from == QMetaType::QVariantList || from == QMetaType::QByteArray)
            setOk(false);
        else
            out = value.toString();
        break;
    case FieldType::Date:
        if (from == QMetaType::QDate)
            out = value;
        else if (from == QMetaType::QDateTime)
            out = value.toDateTime().date();
        else if (isString) {
            QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid())
                d = QDate::fromString(text, u"dd/MM/yyyy"_s);
            if (!d.isValid()) {
                const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
                if (dt.isValid())
                    d = dt.date();
            }
            setOk(d.isValid());
            if (ok)
                out = d;
        } else
            setOk(false);
        break;
    case FieldType::Time:
        if (from == QMetaType::QTime)
            out = value;
        else if (from == QMetaType::QDateTime)
            out = value.toDateTime().time();
        else if (isString) {
            QTime t = QTime::fromString(text, Qt::ISODateWithMs);
            if (!t.isValid())
                t = QTime::fromString(text, Qt::ISODate);
            setOk(t.isValid());
            if (ok)
                out = t;
        } else
            setOk(false);
        break;
    case FieldType::DateTime:
        if (from == QMetaType::QDateTime)
            out = value;
        else if (from == QMetaType::QDate)
            out = QDateTime(value.toDate(), QTime(0, 0));
        else if (isString) {
            QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!dt.isValid())
                dt = QDateTime::fromString(text, Qt::ISODate);
            if (!dt.isValid()) {
                const QDate d = QDate::fromString(text, Qt::ISODate);
                if (d.isValid())
                    dt = QDateTime(d, QTime(0, 0));
            }
            setOk(dt.isValid());
            if (ok)
                out = dt;
        } else
            setOk(false);
        break;
    case FieldType::Boolean:
        if (from == QMetaType::Bool)
            out = value;
        else if (isString) {
            const QString t = text.toLower();
            if (t == u"true"_s || t == u"1"_s || t == u"yes"_s || t == u"y"_s || t == u"si"_s || t == u"sí"_s
                || t == u"s"_s || t == u"t"_s || t == u"verdadero"_s || t == u"sim"_s)
                out = true;
            else if (t == u"false"_s || t == u"0"_s || t == u"no"_s || t == u"n"_s || t == u"f"_s || t == u"falso"_s
                     || t == u"não"_s)
                out = false;
            else
                setOk(false);
        } else {
            const qint64 n = value.toLongLong(&ok);
            setOk(ok && (n == 0 || n == 1));
            if (ok)
                out = n == 1;
        }
        break;
    case FieldType::Binary:
        if (from == QMetaType::QByteArray)
            out = value;
        else
            setOk(false);
        break;
    case FieldType::List:
        if (from == QMetaType::QVariantList || from == QMetaType::QStringList)
            out = value.toList();
        else
            out = QVariantList{value};
        break;
    case FieldType::Unknown:
        out = value;
        break;
    }
    if (!ok)
        out = QVariant();
    if (okOut)
        *okOut = ok;
    return out;
}

// ---------------------------------------------------------------------------------------------
// New layers

namespace {

OGRwkbGeometryType ogrGeometryType(GeometryKind kind, bool multi)
{
    switch (kind) {
    case GeometryKind::Null: return wkbNone;
    case GeometryKind::Point: return multi ? wkbMultiPoint : wkbPoint;
    case GeometryKind::Line: return multi ? wkbMultiLineString : wkbLineString;
    case GeometryKind::Polygon: return multi ? wkbMultiPolygon : wkbPolygon;
    case GeometryKind::Mixed: return wkbUnknown;
    }
    return wkbUnknown;
}

} // namespace

Result<void> createEmptyVectorLayer(const NewVectorLayerSpec &spec)
{
    ensureGdalRegistered();
    const QFileInfo fi(spec.path);
    const QString file = fi.fileName();
    if (spec.path.isEmpty() || file.isEmpty())
        return fail(QCoreApplication::translate("VectorLayerFactory", "No file name was given for the new layer"));
    const QString suffix = fi.suffix().toLower();
    QString driverName = spec.driver;
    if (driverName.isEmpty() || (suffix == u"shp"_s && driverName == u"GPKG"_s))
        driverName = suffix == u"shp"_s ? u"ESRI Shapefile"_s : u"GPKG"_s;
    const bool shapefile = driverName == u"ESRI Shapefile"_s;
    if (driverName != u"GPKG"_s && !shapefile)
        return fail(QCoreApplication::translate("VectorLayerFactory", "New layers can be GeoPackages or shapefiles, not %1").arg(driverName), spec.path);
    if (shapefile && suffix != u"shp"_s)
        return fail(QCoreApplication::translate("VectorLayerFactory", "A shapefile's name must end in .shp: “%1”").arg(file), spec.path);
    if (!shapefile && suffix != u"gpkg"_s)
        return fail(QCoreApplication::translate("VectorLayerFactory", "A GeoPackage's name must end in .gpkg: “%1”").arg(file), spec.path);
    if (!QFileInfo(fi.absolutePath()).isDir())
        return fail(QCoreApplication::translate("VectorLayerFactory", "The folder of “%1” does not exist").arg(file), spec.path);

    // Geometry and CRS.
    if (shapefile && (spec.geometryKind == GeometryKind::Null || spec.geometryKind == GeometryKind::Mixed))
        return fail(QCoreApplication::translate("VectorLayerFactory", "A shapefile holds one kind of geometry: choose point, line or polygon for “%1”").arg(file), spec.path);
    if (spec.geometryKind != GeometryKind::Null && !spec.crs.isValid())
        return fail(QCoreApplication::translate("VectorLayerFactory", "Choose a coordinate reference system for “%1”").arg(file), spec.path);

    // Fields.
    QSet<QString> seen;
    const QString geomColumn = u"geom"_s;
    for (const Field &f : spec.fields) {
        const QString name = f.name.trimmed();
        if (name.isEmpty())
            return fail(QCoreApplication::translate("VectorLayerFactory", "A field of “%1” has no name").arg(file), spec.path);
        if (seen.contains(name.toLower()))
            return fail(QCoreApplication::translate("VectorLayerFactory", "The field name “%1” is used twice in “%2”").arg(name, file), spec.path);
        seen.insert(name.toLower());
        if (shapefile && name.toUtf8().size() > 10)
            return fail(QCoreApplication::translate("VectorLayerFactory", "The field name “%1” is too long for a shapefile (at most 10 characters)").arg(name), spec.path);
        if (!shapefile && (name.compare(u"fid"_s, Qt::CaseInsensitive) == 0
                           || (spec.geometryKind != GeometryKind::Null && name.compare(geomColumn, Qt::CaseInsensitive) == 0)))
            return fail(QCoreApplication::translate("VectorLayerFactory", "“%1” is a reserved column of the GeoPackage; choose another field name").arg(name), spec.path);
        if (shapefile && (f.type == FieldType::Time || f.type == FieldType::DateTime || f.type == FieldType::Binary
                          || f.type == FieldType::List || f.type == FieldType::Unknown))
            return fail(QCoreApplication::translate("VectorLayerFactory", "A shapefile cannot store the %1 field “%2”: use Date or String").arg(Field::typeName(f.type), name),
                        spec.path);
        if (f.type == FieldType::List || f.type == FieldType::Unknown)
            return fail(QCoreApplication::translate("VectorLayerFactory", "The field “%1” has a type that cannot be created (%2)").arg(name, Field::typeName(f.type)), spec.path);
    }

    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    if (!driver)
        return fail(QCoreApplication::translate("VectorLayerFactory", "GDAL has no %1 driver").arg(driverName), spec.path);
    const QString layerName = spec.layerName.isEmpty() ? fi.completeBaseName() : spec.layerName;

    GdalErrorCollector errors;
    const auto gdalFail = [&](const QString &what) {
        return fail(QCoreApplication::translate("VectorLayerFactory", "Cannot create “%1”: %2").arg(file, what), spec.path, errors.messages().join(u'\n'));
    };
    std::unique_ptr<OGRSpatialReference> srs;
    if (spec.geometryKind != GeometryKind::Null) {
        srs = std::make_unique<OGRSpatialReference>();
        const QString auth = spec.crs.authId();
        OGRErr err = OGRERR_FAILURE;
        if (!auth.isEmpty())
            err = srs->SetFromUserInput(auth.toUtf8().constData());
        if (err != OGRERR_NONE)
            err = srs->importFromWkt(spec.crs.toWkt().toUtf8().constData());
        if (err != OGRERR_NONE)
            return gdalFail(QCoreApplication::translate("VectorLayerFactory", "GDAL does not understand its coordinate reference system"));
        srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }

    GDALDatasetUniquePtr ds;
    bool created = false;
    const QByteArray path = spec.path.toUtf8();
    if (shapefile) {
        const QString base = fi.absolutePath() + u'/' + fi.completeBaseName();
        for (const QString &ext : {u".shp"_s, u".shx"_s, u".dbf"_s, u".SHP"_s, u".DBF"_s})
            if (QFileInfo::exists(base + ext))
                return fail(QCoreApplication::translate("VectorLayerFactory", "“%1” already exists").arg(fi.completeBaseName() + ext), spec.path);
        ds.reset(driver->Create(path.constData(), 0, 0, 0, GDT_Unknown, nullptr));
        created = true;
    } else if (fi.exists()) {
        ds.reset(GDALDataset::FromHandle(GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
        if (!ds)
            return gdalFail(QCoreApplication::translate("VectorLayerFactory", "it exists and is not a GeoPackage that can be written"));
        if (ds->GetLayerByName(layerName.toUtf8().constData()))
            return fail(QCoreApplication::translate("VectorLayerFactory", "“%1” already has a layer named “%2”").arg(file, layerName), spec.path);
    } else {
        ds.reset(driver->Create(path.constData(), 0, 0, 0, GDT_Unknown, nullptr));
        created = true;
    }
    if (!ds)
        return gdalFail(errors.lastFailure());
    const auto cleanUp = [&] {
        ds.reset();
        if (created) {
            if (shapefile) {
                const QString base = fi.absolutePath() + u'/' + fi.completeBaseName();
                for (const QString &ext : {u".shp"_s, u".shx"_s, u".dbf"_s, u".prj"_s, u".cpg"_s})
                    QFile::remove(base + ext);
            } else {
                QFile::remove(spec.path);
            }
        }
    };
    CslList layerOptions;
    if (shapefile)
        layerOptions.add(u"ENCODING="_s + (spec.encoding.isEmpty() ? u"UTF-8"_s : spec.encoding));
    else if (spec.geometryKind != GeometryKind::Null)
        layerOptions.add(u"GEOMETRY_NAME="_s + geomColumn);
    OGRLayer *layer = ds->CreateLayer(layerName.toUtf8().constData(), srs.get(),
                                      ogrGeometryType(spec.geometryKind, spec.multi), layerOptions.list());
    if (!layer) {
        const QString why = errors.lastFailure();
        cleanUp();
        return gdalFail(why);
    }
    for (const Field &f : spec.fields) {
        OGRFieldType t = OFTString;
        OGRFieldSubType sub = OFSTNone;
        switch (f.type) {
        case FieldType::Integer: t = OFTInteger; break;
        case FieldType::Integer64: t = OFTInteger64; break;
        case FieldType::Real: t = OFTReal; break;
        case FieldType::String: t = OFTString; break;
        case FieldType::Date: t = OFTDate; break;
        case FieldType::Time: t = OFTTime; break;
        case FieldType::DateTime: t = OFTDateTime; break;
        case FieldType::Boolean: t = OFTInteger; sub = OFSTBoolean; break;
        case FieldType::Binary: t = OFTBinary; break;
        case FieldType::List:
        case FieldType::Unknown: break;
        }
        OGRFieldDefn def(f.name.trimmed().toUtf8().constData(), t);
        def.SetSubType(sub);
        int width = f.width;
        if (shapefile && f.type == FieldType::String && width <= 0)
            width = 254;
        if (shapefile && f.type == FieldType::Boolean)
            width = 1;
        def.SetWidth(width);
        def.SetPrecision(f.precision);
        if (layer->CreateField(&def, FALSE) != OGRERR_NONE) {
            const QString why = errors.lastFailure();
            cleanUp();
            return gdalFail(QCoreApplication::translate("VectorLayerFactory", "the field “%1” could not be added (%2)").arg(f.name, why));
        }
    }
    ds.reset(); // close: writes the files
    if (errors.hasFailures()) {
        const QString why = errors.lastFailure();
        cleanUp();
        return gdalFail(why);
    }
    if (shapefile) {
        // GDAL writes the .cpg for the encodings it knows; make sure the encoding is declared.
        const QString cpg = fi.absolutePath() + u'/' + fi.completeBaseName() + u".cpg"_s;
        if (!QFileInfo::exists(cpg)) {
            QFile f(cpg);
            if (f.open(QIODevice::WriteOnly))
                f.write((spec.encoding.isEmpty() ? u"UTF-8"_s : spec.encoding).toUtf8());
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Paste

Result<PastedFeatures> convertFeaturesForLayer(const QList<Feature> &features, const Fields &sourceFields,
                                               const Crs &sourceCrs, const VectorLayer &destination,
                                               const TransformContext &context)
{
    ensureGdalRegistered();
    PastedFeatures out;
    const Fields destFields = destination.fields();
    const GeometryKind destKind = destination.geometryKind();
    const QString typeName = destination.dataProvider()->geometryTypeName();
    const bool destMulti = typeName.contains(u"Multi"_s, Qt::CaseInsensitive);
    const bool destSingle = !destMulti && destKind != GeometryKind::Mixed && destKind != GeometryKind::Null
        && !typeName.contains(u"Unknown"_s, Qt::CaseInsensitive) && !typeName.contains(u"Collection"_s, Qt::CaseInsensitive);

    // Fields by name: exact first, then case-insensitive.
    QList<int> sourceOf(destFields.size(), -1);
    QSet<int> used;
    for (qsizetype i = 0; i < destFields.size(); ++i) {
        for (qsizetype j = 0; j < sourceFields.size(); ++j)
            if (!used.contains(static_cast<int>(j)) && sourceFields[j].name == destFields[i].name) {
                sourceOf[i] = static_cast<int>(j);
                used.insert(static_cast<int>(j));
                break;
            }
    }
    for (qsizetype i = 0; i < destFields.size(); ++i) {
        if (sourceOf[i] >= 0)
            continue;
        for (qsizetype j = 0; j < sourceFields.size(); ++j)
            if (!used.contains(static_cast<int>(j))
                && sourceFields[j].name.compare(destFields[i].name, Qt::CaseInsensitive) == 0) {
                sourceOf[i] = static_cast<int>(j);
                used.insert(static_cast<int>(j));
                break;
            }
    }
    for (qsizetype j = 0; j < sourceFields.size(); ++j)
        if (!used.contains(static_cast<int>(j)))
            out.unmatchedFields.append(sourceFields[j].name);

    // Reprojection.
    const Crs destCrs = destination.crs();
    std::optional<CoordinateTransform> ct;
    if (destKind != GeometryKind::Null && sourceCrs.isValid() && destCrs.isValid() && !(sourceCrs == destCrs)) {
        auto t = CoordinateTransform::create(sourceCrs, destCrs, context);
        if (!t)
            return fail(QCoreApplication::translate("VectorLayerFactory", "The copied features cannot be reprojected to “%1”: %2").arg(destination.name(), t.error().message),
                        destination.source(), t.error().detail);
        ct = std::move(*t);
    }

    int notReprojected = 0;
    int multiPart = 0;
    for (const Feature &src : features) {
        Feature f;
        f.id = -1;
        f.attributes.resize(destFields.size());
        for (qsizetype i = 0; i < destFields.size(); ++i) {
            const int j = sourceOf[i];
            if (j < 0 || j >= src.attributes.size() || !src.attributes[j].isValid())
                continue;
            bool ok = false;
            f.attributes[i] = convertValueToFieldType(src.attributes[j], destFields[i].type, &ok);
            if (!ok)
                ++out.convertedToNull;
        }
        Geometry g = src.geometry;
        if (destKind == GeometryKind::Null) {
            g = Geometry();
        } else if (!g.isNull()) {
            const GeometryKind k = g.kind();
            if (destKind != GeometryKind::Mixed && k != destKind) {
                ++out.skippedGeometryType;
                continue;
            }
            if (ct) {
                g = g.transformed(*ct);
                if (g.isNull()) {
                    ++notReprojected;
                    continue;
                }
            }
            if (destMulti || destSingle) {
                OGRGeometry *og = nullptr;
                const QByteArray &wkb = g.wkb();
                if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &og, static_cast<size_t>(wkb.size()),
                                                      wkbVariantIso)
                        != OGRERR_NONE
                    || !og) {
                    ++out.skippedGeometryType;
                    continue;
                }
                std::unique_ptr<OGRGeometry> geom(og);
                const OGRwkbGeometryType flat = wkbFlatten(geom->getGeometryType());
                const bool isMulti = OGR_GT_IsSubClassOf(flat, wkbGeometryCollection);
                if (destMulti && !isMulti) {
                    geom.reset(OGRGeometryFactory::forceTo(geom.release(), OGR_GT_GetCollection(flat)));
                } else if (destSingle && isMulti) {
                    auto *coll = geom->toGeometryCollection();
                    if (coll->getNumGeometries() != 1) {
                        ++multiPart;
                        continue;
                    }
                    geom.reset(coll->getGeometryRef(0)->clone());
                }
                if (!geom) {
                    ++out.skippedGeometryType;
                    continue;
                }
                QByteArray converted(static_cast<qsizetype>(geom->WkbSize()), Qt::Uninitialized);
                geom->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(converted.data()), wkbVariantIso);
                g = Geometry::fromWkb(converted);
            }
        }
        f.geometry = g;
        out.features.append(std::move(f));
    }
    out.skippedGeometryType += multiPart;

    // Only what the user should know about (empty when everything fit).
    if (!out.unmatchedFields.isEmpty())
        out.messages.append(QCoreApplication::translate("VectorLayerFactory", "Fields with no match in “%1” were left out: %2")
                                .arg(destination.name(), out.unmatchedFields.join(u", "_s)));
    if (out.convertedToNull > 0)
        out.messages.append(QCoreApplication::translate("VectorLayerFactory", "%n value(s) did not fit the destination field's type and were left empty",
                                                        nullptr, out.convertedToNull));
    if (out.skippedGeometryType - multiPart > 0)
        out.messages.append(QCoreApplication::translate("VectorLayerFactory", "%n feature(s) with another kind of geometry were skipped",
                                                        nullptr, out.skippedGeometryType - multiPart));
    if (multiPart > 0)
        out.messages.append(QCoreApplication::translate("VectorLayerFactory", "%n multi-part feature(s) do not fit a single-part layer and were skipped",
                                                        nullptr, multiPart));
    if (notReprojected > 0)
        out.messages.append(QCoreApplication::translate("VectorLayerFactory", "%n feature(s) could not be reprojected and were skipped",
                                                        nullptr, notReprojected));
    return out;
}

} // namespace territoria
