#include "analysis/parameterdefinition.h"

#include "crs/crs.h"
#include "data/gdalutil.h"
#include "geometry/extent.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


QJsonValue jsonValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue(QJsonValue::Null);
    if (v.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(v.toStringList());
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QString::number(d));
    }
    return QJsonValue::fromVariant(v);
}

bool isVirtualPath(const QString &path)
{
    return path.startsWith("/vsi"_L1);
}

Result<bool> parseBool(const QString &name, const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == "true"_L1 || t == "yes"_L1 || t == "1"_L1 || t == "on"_L1 || t == "si"_L1 || t == "sí"_L1)
        return true;
    if (t == "false"_L1 || t == "no"_L1 || t == "0"_L1 || t == "off"_L1)
        return false;
    return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: “%2” is not a boolean (use true or false).").arg(name, text));
}

Result<double> parseNumber(const ParameterDefinition &def, const QVariant &value)
{
    double d = 0;
    bool ok = false;
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        d = text.toDouble(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: “%2” is not a number.").arg(def.name, value.toString()));
    } else {
        d = value.toDouble(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: the value is not a number.").arg(def.name));
    }
    if (!std::isfinite(d))
        return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: the value must be a finite number.").arg(def.name));
    if (def.type == ParameterType::Integer && d != std::floor(d))
        return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: “%2” is not a whole number.").arg(def.name, value.toString()));
    if (d < def.minimum || d > def.maximum) {
        return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: %2 is out of range (%3 to %4).")
                        .arg(def.name, QString::number(d), QString::number(def.minimum), QString::number(def.maximum)));
    }
    return d;
}

Result<QVariant> convert(const ParameterDefinition &def, const QVariant &value)
{
    switch (def.type) {
    case ParameterType::RasterLayer:
    case ParameterType::VectorLayer: {
        const QString source = value.toString().trimmed();
        const QString path = def.type == ParameterType::VectorLayer ? splitVectorSource(source).path : source;
        if (path.isEmpty())
            return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: no file given.").arg(def.name));
        if (!isVirtualPath(path) && !QFileInfo::exists(path))
            return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: file not found: %2").arg(def.name, path), path);
        return QVariant(source);
    }
    case ParameterType::Field:
    case ParameterType::String:
    case ParameterType::FileOutput:
        if (def.type == ParameterType::FileOutput && value.toString().trimmed().isEmpty())
            return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: no output file given.").arg(def.name));
        return QVariant(value.toString().trimmed());
    case ParameterType::Number: {
        auto d = parseNumber(def, value);
        if (!d)
            return std::unexpected(d.error());
        return QVariant(*d);
    }
    case ParameterType::Integer: {
        auto d = parseNumber(def, value);
        if (!d)
            return std::unexpected(d.error());
        return QVariant(static_cast<qlonglong>(*d));
    }
    case ParameterType::Boolean: {
        if (value.typeId() == QMetaType::Bool)
            return value;
        auto b = parseBool(def.name, value.toString());
        if (!b)
            return std::unexpected(b.error());
        return QVariant(*b);
    }
    case ParameterType::Enum: {
        const QString text = value.toString().trimmed();
        for (const QString &option : def.options) {
            if (option.compare(text, Qt::CaseInsensitive) == 0)
                return QVariant(option);
        }
        return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: unknown value “%2” (expected one of: %3).")
                        .arg(def.name, text, def.options.join(", "_L1)));
    }
    case ParameterType::StringList: {
        QStringList items;
        if (value.typeId() == QMetaType::QStringList)
            items = value.toStringList();
        else
            items = value.toString().split(u',');
        QStringList result;
        for (QString item : std::as_const(items)) {
            item = item.trimmed();
            if (item.isEmpty())
                continue;
            if (!def.options.isEmpty()) {
                QString match;
                for (const QString &option : def.options) {
                    if (option.compare(item, Qt::CaseInsensitive) == 0)
                        match = option;
                }
                if (match.isEmpty())
                    return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: unknown value “%2” (expected some of: %3).")
                                    .arg(def.name, item, def.options.join(", "_L1)));
                item = match;
            }
            // A choice among options is a set (a repeated statistic means nothing);
            // a free list keeps repeats ("0.3,0.4,0.3" are three weights).
            if (def.options.isEmpty() || !result.contains(item))
                result.append(item);
        }
        if (result.isEmpty())
            return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: the list is empty.").arg(def.name));
        return QVariant(result);
    }
    case ParameterType::Crs: {
        auto crs = Crs::fromUserInput(value.toString());
        if (!crs)
            return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: %2").arg(def.name, crs.error().message));
        return QVariant(value.toString().trimmed());
    }
    case ParameterType::Extent: {
        bool ok = false;
        const Extent e = Extent::fromString(value.toString(), &ok);
        if (!ok || e.isEmpty())
            return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: “%2” is not an extent (xmin,ymin,xmax,ymax).").arg(def.name, value.toString()));
        return QVariant(e.toString(17));
    }
    }
    return value;
}

// The field must exist in the parent vector layer.
Result<void> checkField(const ParameterDefinition &def, const QString &field, const QString &parentSource)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const VectorSource src = splitVectorSource(parentSource);
    GDALDatasetUniquePtr ds(GDALDataset::Open(src.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds)
        return fail(QCoreApplication::translate("ParameterDefinition", "Cannot open %1 as a vector layer.").arg(src.path), src.path, errors.lastFailure());
    OGRLayer *layer = src.layerName.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(src.layerName.toUtf8().constData());
    if (!layer)
        return fail(QCoreApplication::translate("ParameterDefinition", "%1 has no layer “%2”.").arg(src.path, src.layerName), src.path);
    if (layer->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData()) < 0)
        return fail(QCoreApplication::translate("ParameterDefinition", "Parameter “%1”: %2 has no field “%3”.").arg(def.name, src.path, field), src.path);
    return {};
}

} // namespace

ParameterDefinition ParameterDefinition::make(QString name, QString description, ParameterType type)
{
    ParameterDefinition d;
    d.name = std::move(name);
    d.description = std::move(description);
    d.type = type;
    return d;
}

QString parameterTypeName(ParameterType type)
{
    switch (type) {
    case ParameterType::RasterLayer: return u"raster_layer"_s;
    case ParameterType::VectorLayer: return u"vector_layer"_s;
    case ParameterType::Field: return u"field"_s;
    case ParameterType::Number: return u"number"_s;
    case ParameterType::Integer: return u"integer"_s;
    case ParameterType::Boolean: return u"boolean"_s;
    case ParameterType::Enum: return u"enum"_s;
    case ParameterType::String: return u"string"_s;
    case ParameterType::StringList: return u"string_list"_s;
    case ParameterType::FileOutput: return u"file_output"_s;
    case ParameterType::Crs: return u"crs"_s;
    case ParameterType::Extent: return u"extent"_s;
    }
    return {};
}

QString outputTypeName(OutputType type)
{
    switch (type) {
    case OutputType::RasterFile: return u"raster_file"_s;
    case OutputType::VectorFile: return u"vector_file"_s;
    case OutputType::TableFile: return u"table_file"_s;
    case OutputType::Number: return u"number"_s;
    case OutputType::String: return u"string"_s;
    case OutputType::Json: return u"json"_s;
    }
    return {};
}

QJsonObject ParameterDefinition::toJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    o.insert("type"_L1, parameterTypeName(type));
    o.insert("description"_L1, description);
    o.insert("optional"_L1, optional);
    o.insert("default"_L1, jsonValue(defaultValue));
    if (type == ParameterType::Number || type == ParameterType::Integer) {
        if (std::isfinite(minimum))
            o.insert("minimum"_L1, minimum);
        if (std::isfinite(maximum))
            o.insert("maximum"_L1, maximum);
    }
    if (!options.isEmpty())
        o.insert("options"_L1, QJsonArray::fromStringList(options));
    if (!parentParameter.isEmpty())
        o.insert("parent"_L1, parentParameter);
    if (type == ParameterType::FileOutput) {
        static const char *kinds[] = {"none", "raster", "vector", "table"};
        o.insert("file_kind"_L1, QString::fromLatin1(kinds[static_cast<int>(fileKind)]));
        o.insert("default_extension"_L1, defaultExtension);
    }
    return o;
}

QJsonObject OutputDefinition::toJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    o.insert("type"_L1, outputTypeName(type));
    o.insert("description"_L1, description);
    return o;
}

VectorSource splitVectorSource(const QString &source)
{
    const qsizetype bar = source.indexOf("|layername="_L1);
    if (bar < 0)
        return {source, {}};
    return {source.left(bar), source.mid(bar + 11)};
}

Result<QVariantMap> prepareParameters(const QList<ParameterDefinition> &definitions, const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool known = std::any_of(definitions.cbegin(), definitions.cend(),
                                       [&](const ParameterDefinition &d) { return d.name == it.key(); });
        if (!known) {
            QStringList names;
            for (const auto &d : definitions)
                names << d.name;
            return fail(QCoreApplication::translate("ParameterDefinition", "Unknown parameter “%1” (expected: %2).").arg(it.key(), names.join(", "_L1)));
        }
    }
    QVariantMap result;
    for (const ParameterDefinition &def : definitions) {
        QVariant value = values.value(def.name);
        const bool given = value.isValid() && !value.isNull()
                           && !(value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
        if (!given) {
            if (def.defaultValue.isValid()) {
                value = def.defaultValue;
            } else if (def.optional) {
                continue;
            } else {
                return fail(QCoreApplication::translate("ParameterDefinition", "Missing required parameter “%1” (%2).").arg(def.name, def.description));
            }
        }
        auto converted = convert(def, value);
        if (!converted)
            return std::unexpected(converted.error());
        result.insert(def.name, *converted);
    }
    // Fields are checked against their parent layer once every value is known.
    for (const ParameterDefinition &def : definitions) {
        if (def.type != ParameterType::Field || !result.contains(def.name) || def.parentParameter.isEmpty())
            continue;
        const QString parent = result.value(def.parentParameter).toString();
        if (parent.isEmpty())
            continue;
        if (auto ok = checkField(def, result.value(def.name).toString(), parent); !ok)
            return std::unexpected(ok.error());
    }
    return result;
}

} // namespace territoria
