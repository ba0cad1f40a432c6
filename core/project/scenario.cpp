#include "project/scenario.h"

#include "project/sourcepath.h"

#include "analysis/parameterdefinition.h"

#include <gdal_priv.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

class ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

const char *const ProvenanceKey = "TERRITORIA_PROVENANCE";

bool isRelativeMarker(const QString &path)
{
    return path.startsWith("./"_L1) || path.startsWith("../"_L1);
}

// "C:/x" or "/x"; not "/vsicurl/..." (not a local file).
bool isLocalAbsolute(const QString &path)
{
    return QDir::isAbsolutePath(path) && !path.startsWith("/vsi"_L1) && !path.contains("://"_L1);
}

using sourcepath::PathParts;
using sourcepath::splitPath;

QString root(const QString &absolutePath)
{
    const QString p = QDir::fromNativeSeparators(absolutePath);
    static const QRegularExpression drive(u"^([A-Za-z]):"_s);
    const auto m = drive.match(p);
    return m.hasMatch() ? m.captured(1).toUpper() : u"/"_s;
}

QString stringToSaved(const QString &value, const QString &projectDir)
{
    const PathParts parts = splitPath(value);
    if (projectDir.isEmpty() || !isLocalAbsolute(parts.path) || root(parts.path) != root(projectDir))
        return value;
    QString rel = QDir(projectDir).relativeFilePath(parts.path);
    if (QDir::isAbsolutePath(rel))
        return value;
    if (!isRelativeMarker(rel))
        rel = u"./"_s + rel;
    return rel + parts.suffix;
}

QString stringFromSaved(const QString &value, const QString &projectDir)
{
    const PathParts parts = splitPath(value);
    if (projectDir.isEmpty() || !isRelativeMarker(parts.path))
        return value;
    return QDir::cleanPath(QDir(projectDir).absoluteFilePath(parts.path)) + parts.suffix;
}

QString shellQuote(const QString &text)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (!text.isEmpty() && safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(u',');
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &item : v.toList())
            items << valueText(item);
        return items.join(u',');
    }
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? u"true"_s : u"false"_s;
    return v.toString();
}

QString safeFileName(const QString &name)
{
    QString safe = name.trimmed();
    static const QRegularExpression reserved(u"[/\\\\:*?\"<>|\\x00-\\x1f]"_s);
    safe.replace(reserved, u"_"_s);
    while (safe.startsWith(u'.'))
        safe[0] = u'_';
    if (safe.isEmpty())
        safe = u"_"_s;
    return safe;
}

QJsonValue timeToJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QDateTime timeFromJson(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QVariant parameterToSaved(const QVariant &value, const QString &projectDir)
{
    if (value.typeId() == QMetaType::QVariantList) {
        const QVariantList list = value.toList();
        if (std::all_of(list.cbegin(), list.cend(), [](const QVariant &v) { return v.typeId() == QMetaType::QString; }))
            return parameterToSaved(value.toStringList(), projectDir);
        return value;
    }
    if (value.typeId() == QMetaType::QString)
        return stringToSaved(value.toString(), projectDir);
    if (value.typeId() == QMetaType::QStringList) {
        QStringList list = value.toStringList();
        for (QString &s : list)
            s = stringToSaved(s, projectDir);
        return list;
    }
    return value;
}

QVariant parameterFromSaved(const QVariant &value, const QString &projectDir)
{
    if (value.typeId() == QMetaType::QString)
        return stringFromSaved(value.toString(), projectDir);
    if (value.typeId() == QMetaType::QStringList) {
        QStringList list = value.toStringList();
        for (QString &s : list)
            s = stringFromSaved(s, projectDir);
        return list;
    }
    return value;
}

// ---- AnalysisRun ---------------------------------------------------------

QJsonObject AnalysisRun::toJson(const QString &projectDir) const
{
    QJsonObject json;
    json.insert("id"_L1, id);
    json.insert("algorithm"_L1, algorithmId);
    QJsonObject params;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        const QVariant saved = parameterToSaved(it.value(), projectDir);
        if (saved.typeId() == QMetaType::QStringList)
            params.insert(it.key(), QJsonArray::fromStringList(saved.toStringList()));
        else
            params.insert(it.key(), QJsonValue::fromVariant(saved));
    }
    json.insert("parameters"_L1, params);
    if (!outputLayerIds.isEmpty())
        json.insert("output_layers"_L1, QJsonArray::fromStringList(outputLayerIds));
    json.insert("ran_at"_L1, timeToJson(ranAt));
    json.insert("auto_rerun"_L1, autoRerun);
    return json;
}

Result<AnalysisRun> AnalysisRun::fromJson(const QJsonObject &json, const QString &projectDir)
{
    AnalysisRun run;
    run.id = json.value("id"_L1).toString();
    run.algorithmId = json.value("algorithm"_L1).toString();
    if (run.algorithmId.isEmpty())
        return fail(ScenarioText::tr("An analysis run has no algorithm."));
    if (run.id.isEmpty())
        run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonValue params = json.value("parameters"_L1);
    if (!params.isUndefined() && !params.isObject())
        return fail(ScenarioText::tr("The run of %1 is damaged: \"parameters\" is not an object.").arg(run.algorithmId));
    const QJsonObject object = params.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QVariant v;
        if (it->isArray()) {
            QStringList list;
            for (const QJsonValue &item : it->toArray())
                list << (item.isString() ? item.toString() : item.toVariant().toString());
            v = list;
        } else {
            v = it->toVariant();
        }
        run.parameters.insert(it.key(), parameterFromSaved(v, projectDir));
    }
    for (const QJsonValue &v : json.value("output_layers"_L1).toArray())
        run.outputLayerIds << v.toString();
    run.ranAt = timeFromJson(json.value("ran_at"_L1));
    run.autoRerun = json.value("auto_rerun"_L1).toBool(false);
    return run;
}

QString AnalysisRun::commandLine() const
{
    QStringList words{u"territoria-cli"_s, u"run"_s, shellQuote(algorithmId)};
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!it.value().isValid() || it.value().isNull())
            continue;
        words << u"--param"_s << shellQuote(it.key() + u'=' + valueText(it.value()));
    }
    return words.join(u' ');
}

QStringList AnalysisRun::filePaths() const
{
    QStringList paths;
    auto consider = [&paths](const QString &value) {
        const QString path = splitPath(value).path;
        if (path.isEmpty() || !isLocalAbsolute(path))
            return;
        const QFileInfo info(path);
        if (info.isFile() && !paths.contains(info.absoluteFilePath()))
            paths << info.absoluteFilePath();
    };
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QString)
            consider(it.value().toString());
        else if (it.value().typeId() == QMetaType::QStringList || it.value().typeId() == QMetaType::QVariantList)
            for (const QString &s : it.value().toStringList())
                consider(s);
    }
    return paths;
}

// ---- Scenario ------------------------------------------------------------

QJsonObject Scenario::toJson(const QString &projectDir) const
{
    QJsonObject json;
    json.insert("name"_L1, name);
    if (!description.isEmpty())
        json.insert("description"_L1, description);
    if (!author.isEmpty())
        json.insert("author"_L1, author);
    json.insert("created"_L1, timeToJson(created));
    json.insert("modified"_L1, timeToJson(modified));
    if (!compareField.isEmpty())
        json.insert("compare_field"_L1, compareField);
    QJsonArray list;
    for (const AnalysisRun &run : runs)
        list.append(run.toJson(projectDir));
    json.insert("runs"_L1, list);
    return json;
}

Result<Scenario> Scenario::fromJson(const QJsonObject &json, const QString &projectDir)
{
    Scenario s;
    s.name = json.value("name"_L1).toString();
    if (s.name.trimmed().isEmpty())
        return fail(ScenarioText::tr("A scenario has no name."));
    s.description = json.value("description"_L1).toString();
    s.author = json.value("author"_L1).toString();
    s.created = timeFromJson(json.value("created"_L1));
    s.modified = timeFromJson(json.value("modified"_L1));
    s.compareField = json.value("compare_field"_L1).toString();
    const QJsonValue runs = json.value("runs"_L1);
    if (!runs.isUndefined() && !runs.isArray())
        return fail(ScenarioText::tr("Scenario “%1” is damaged: \"runs\" is not a list.").arg(s.name));
    const QJsonArray array = runs.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return fail(ScenarioText::tr("Scenario “%1”: run %2 is not an object.").arg(s.name).arg(i + 1));
        auto run = AnalysisRun::fromJson(array[i].toObject(), projectDir);
        if (!run)
            return fail(ScenarioText::tr("Scenario “%1”, run %2: %3").arg(s.name).arg(i + 1).arg(run.error().message));
        s.runs << *run;
    }
    return s;
}

QString Scenario::outputFolder(const QString &projectFileName, const QString &scenarioName)
{
    if (projectFileName.isEmpty())
        return {};
    const QFileInfo info(projectFileName);
    return QDir(info.absolutePath()).filePath(info.completeBaseName() + u".scenarios/"_s + safeFileName(scenarioName));
}

// ---- metadata ------------------------------------------------------------

Result<void> writeProvenanceMetadata(const QString &path, const AnalysisRun &run)
{
    const QString file = splitPath(path).path;
    GDALAllRegister();
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_UPDATE | GDAL_OF_VECTOR | GDAL_OF_RASTER));
    CPLPopErrorHandler();
    if (!ds)
        return fail(ScenarioText::tr("Cannot record the analysis parameters in %1: %2")
                        .arg(QDir::toNativeSeparators(file), QString::fromUtf8(CPLGetLastErrorMsg())),
                    file);
    QJsonObject json = run.toJson({});
    json.insert("command"_L1, run.commandLine());
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const CPLErr err = ds->SetMetadataItem(ProvenanceKey, text.constData());
    CPLPopErrorHandler();
    if (err != CE_None)
        return fail(ScenarioText::tr("Cannot record the analysis parameters in %1: the format keeps no metadata.")
                        .arg(QDir::toNativeSeparators(file)),
                    file);
    ds.reset(); // flushes
    return {};
}

Result<AnalysisRun> readProvenanceMetadata(const QString &path)
{
    const QString file = splitPath(path).path;
    GDALAllRegister();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_RASTER));
    CPLPopErrorHandler();
    if (!ds)
        return fail(ScenarioText::tr("Cannot open %1.").arg(QDir::toNativeSeparators(file)), file);
    const char *text = ds->GetMetadataItem(ProvenanceKey);
    if (!text)
        return fail(ScenarioText::tr("%1 records no analysis parameters.").arg(QDir::toNativeSeparators(file)), file);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    if (!doc.isObject())
        return fail(ScenarioText::tr("%1: the recorded analysis parameters are damaged.").arg(QDir::toNativeSeparators(file)),
                    file);
    return AnalysisRun::fromJson(doc.object(), {});
}

} // namespace territoria
