#include "project/project.h"

#include "data/layerloader.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "analysis/parameterdefinition.h"
#include "task/feedback.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

const QString FormatName = u"territoria-project"_s;

// A layer source split into an optional GDAL prefix ("CSV:", "/vsizip/") and the
// local file path it wraps. `path` is empty for sources that are not local files
// (database connection strings, URLs): those are saved verbatim.
struct SourceParts {
    QString prefix;
    QString path;
};

bool isRelativeMarker(const QString &path)
{
    return path == "."_L1 || path == ".."_L1 || path.startsWith("./"_L1) || path.startsWith("../"_L1);
}

SourceParts splitSource(const QString &source)
{
    static const QStringList archivePrefixes{u"/vsizip/"_s, u"/vsigzip/"_s, u"/vsitar/"_s, u"/vsi7z/"_s, u"/vsirar/"_s};
    for (const QString &prefix : archivePrefixes) {
        if (source.startsWith(prefix)) {
            const QString rest = source.mid(prefix.size());
            if (QDir::isAbsolutePath(rest) || isRelativeMarker(rest))
                return {prefix, rest};
            return {};
        }
    }
    if (source.startsWith("/vsi"_L1))
        return {}; // /vsicurl/, /vsis3/...: not a local file
    // "CSV:/data/stops.txt", "GPKG:/data/a.gpkg:table" are rare; a one-letter
    // prefix is a Windows drive, not a driver.
    static const QRegularExpression driverPrefix(u"^([A-Za-z][A-Za-z0-9_]+):(.*)$"_s);
    const auto match = driverPrefix.match(source);
    if (match.hasMatch()) {
        const QString rest = match.captured(2);
        if (QDir::isAbsolutePath(rest) || isRelativeMarker(rest))
            return {match.captured(1) + u':', rest};
        return {}; // PG:dbname=..., http://...
    }
    if (QDir::isAbsolutePath(source) || isRelativeMarker(source))
        return {{}, source};
    return {};
}

// "/" on Unix; "C:" or "//server/share" for Windows paths.
QString pathRoot(const QString &absolutePath)
{
    const QString p = QDir::fromNativeSeparators(absolutePath);
    static const QRegularExpression drive(u"^([A-Za-z]):"_s);
    const auto m = drive.match(p);
    if (m.hasMatch())
        return m.captured(1).toUpper() + u':';
    if (p.startsWith("//"_L1)) {
        const QStringList parts = p.mid(2).split(u'/');
        return u"//"_s + parts.value(0).toLower() + u'/' + parts.value(1).toLower();
    }
    return u"/"_s;
}

// The text saved for `source`: relative to `projectDir` ("./data/x.shp",
// "../shared/y.gpkg", "CSV:./gtfs/stops.txt") when both are on the same root,
// absolute otherwise, and verbatim for non-file sources.
QString sourceToSaved(const QString &source, const QString &projectDir)
{
    const SourceParts parts = splitSource(source);
    if (parts.path.isEmpty() || !QDir::isAbsolutePath(parts.path) || projectDir.isEmpty())
        return source;
    if (pathRoot(parts.path) != pathRoot(projectDir))
        return source;
    QString rel = QDir(projectDir).relativeFilePath(parts.path);
    if (QDir::isAbsolutePath(rel))
        return source;
    if (!isRelativeMarker(rel))
        rel = u"./"_s + rel;
    return parts.prefix + rel;
}

// The inverse of sourceToSaved(): an absolute, clean path (with its prefix).
QString savedToSource(const QString &saved, const QString &projectDir)
{
    const SourceParts parts = splitSource(saved);
    if (parts.path.isEmpty() || QDir::isAbsolutePath(parts.path))
        return saved;
    return parts.prefix + QDir::cleanPath(QDir(projectDir).absoluteFilePath(parts.path));
}

QString kindToString(LayerKind kind)
{
    return kind == LayerKind::Raster ? u"raster"_s : u"vector"_s;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString uniqueLayoutName(const QStringList &taken, const QString &wanted)
{
    const QString base = wanted.trimmed().isEmpty() ? Project::tr("Layout") : wanted.trimmed();
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = u"%1 (%2)"_s.arg(base).arg(n);
    return name;
}

} // namespace

// Opens a layer as described by its project entry, from `source` (absolute).
static Result<std::unique_ptr<Layer>> openLayerFromDefinition(const QJsonObject &def, const QString &source,
                                                              Feedback *feedback)
{
    const QString kind = def.value("kind"_L1).toString();
    const QString sublayer = def.value("sublayer"_L1).toString();
    if (kind == "raster"_L1) {
        auto raster = RasterLayer::open(source, feedback);
        if (!raster)
            return std::unexpected(raster.error());
        return std::unique_ptr<Layer>(std::move(*raster));
    }
    if (kind == "vector"_L1) {
        VectorLayerOptions options;
        options.layerName = sublayer;
        options.encoding = def.value("encoding"_L1).toString();
        for (const QJsonValue &v : def.value("open_options"_L1).toArray())
            options.openOptions.append(v.toString());
        auto vector = VectorLayer::open(source, options, feedback);
        if (!vector)
            return std::unexpected(vector.error());
        return std::unique_ptr<Layer>(std::move(*vector));
    }
    return openLayer(source, sublayer, feedback);
}

// Applies the saved name, id, CRS override, visibility, opacity and style.
static void applyDefinition(Layer *layer, const QJsonObject &def, QStringList *warnings)
{
    layer->setId(def.value("id"_L1).toString());
    const QString name = def.value("name"_L1).toString();
    if (!name.isEmpty())
        layer->setName(name);
    const QString crsText = def.value("crs"_L1).toString();
    if (!crsText.isEmpty() && !layer->hasSourceCrs()) {
        auto crs = Crs::fromUserInput(crsText);
        if (crs)
            layer->setCrs(*crs);
        else if (warnings)
            warnings->append(QCoreApplication::translate("Project", "Layer “%1”: the CRS saved in the project (%2) is not valid: %3")
                                 .arg(layer->name(), crsText, crs.error().message));
    }
    layer->setVisible(def.value("visible"_L1).toBool(true));
    layer->setOpacity(def.value("opacity"_L1).toDouble(1.0));
    const QJsonValue style = def.value("style"_L1);
    if (style.isObject())
        layer->setStyleFromJson(style.toObject());
}

// An error naming the layer and its file, for a layer that could not be opened.
static Error missingLayerError(const QString &name, const QString &source, const Error &openError)
{
    const SourceParts parts = splitSource(source);
    const QString file = parts.path.isEmpty() ? source : parts.path;
    if (!parts.path.isEmpty() && !QFileInfo::exists(parts.path)) {
        return Error{QCoreApplication::translate("Project", "Layer “%1”: the file %2 does not exist (was it moved or renamed?)")
                         .arg(name, nativePath(file)),
                     source, openError.toString()};
    }
    QString message = openError.message;
    if (!message.contains(file) && !message.contains(nativePath(file)))
        message = QCoreApplication::translate("Project", "cannot open %1: %2").arg(nativePath(file), message);
    return Error{QCoreApplication::translate("Project", "Layer “%1”: %2").arg(name, message), source, openError.detail};
}

// Any change the user makes to a layer makes the project dirty.
static void connectLayer(Project *project, Layer *layer)
{
    auto markDirty = [project] { project->setDirty(true); };
    QObject::connect(layer, &Layer::nameChanged, project, markDirty);
    QObject::connect(layer, &Layer::crsChanged, project, markDirty);
    QObject::connect(layer, &Layer::opacityChanged, project, markDirty);
    QObject::connect(layer, &Layer::visibilityChanged, project, markDirty);
    QObject::connect(layer, &Layer::styleChanged, project, markDirty);
}

Project::Project(QObject *parent)
    : QObject(parent)
{
}

Project::~Project()
{
    // Layers go before the QObject part so that nobody sees a half-destroyed project.
    m_layers.clear();
}

void Project::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    Q_EMIT titleChanged();
    setDirty(true);
}

void Project::setCrs(const Crs &crs)
{
    const bool same = crs.isValid() == m_crs.isValid()
        && (!crs.isValid() || (crs.toUserString() == m_crs.toUserString()));
    if (same)
        return;
    m_crs = crs;
    Q_EMIT crsChanged();
    setDirty(true);
}

void Project::setTransformContext(const TransformContext &context)
{
    if (context.toJson() == m_transformContext.toJson())
        return;
    m_transformContext = context;
    setDirty(true);
}

// Panning and zooming do not make the project dirty (closing the app after
// looking around should not ask to save); the extent is still saved with it.
void Project::setViewExtent(const Extent &extent)
{
    if (extent == m_viewExtent)
        return;
    m_viewExtent = extent;
    Q_EMIT viewExtentChanged();
}

QList<Layer *> Project::layers() const
{
    QList<Layer *> result;
    result.reserve(static_cast<qsizetype>(m_layers.size()));
    for (const auto &layer : m_layers)
        result.append(layer.get());
    return result;
}

Layer *Project::layer(const QString &id) const
{
    for (const auto &layer : m_layers) {
        if (layer->id() == id)
            return layer.get();
    }
    return nullptr;
}

int Project::indexOf(const Layer *layer) const
{
    for (size_t i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i].get() == layer)
            return static_cast<int>(i);
    }
    return -1;
}

namespace {

// Live and missing layers merged, top first: >= 0 is a live layer index,
// < 0 is -(missing index) - 1.
QList<int> combinedOrder(int liveCount, const QList<MissingLayer> &missing)
{
    QList<int> order;
    for (int i = 0; i < liveCount; ++i)
        order.append(i);
    QList<int> byPosition;
    for (int i = 0; i < missing.size(); ++i)
        byPosition.append(i);
    std::stable_sort(byPosition.begin(), byPosition.end(),
                     [&](int a, int b) { return missing[a].position < missing[b].position; });
    for (int m : byPosition) {
        const int at = std::clamp(missing[m].position, 0, static_cast<int>(order.size()));
        order.insert(at, -m - 1);
    }
    return order;
}

} // namespace

Layer *Project::addLayer(std::unique_ptr<Layer> layer, int index)
{
    Q_ASSERT(layer);
    if (!layer)
        return nullptr;
    if (layer->id().isEmpty() || this->layer(layer->id())
        || std::any_of(m_missing.cbegin(), m_missing.cend(), [&](const MissingLayer &m) { return m.id == layer->id(); }))
        layer->setId(QUuid::createUuid().toString(QUuid::WithoutBraces));

    const int count = layerCount();
    index = std::clamp(index, 0, count);

    // Missing layers below the insertion point move down one slot.
    if (!m_missing.isEmpty()) {
        const QList<int> order = combinedOrder(count, m_missing);
        const int combinedIndex = index < count ? static_cast<int>(order.indexOf(index)) : static_cast<int>(order.size());
        for (MissingLayer &m : m_missing) {
            if (m.position >= combinedIndex)
                ++m.position;
        }
    }

    Layer *raw = layer.get();
    m_layers.insert(m_layers.begin() + index, std::move(layer));

    connectLayer(this, raw);

    if (!m_crs.isValid() && raw->crs().isValid()) {
        m_crs = raw->crs();
        Q_EMIT crsChanged();
    }
    Q_EMIT layerAdded(raw, index);
    setDirty(true);
    return raw;
}

std::unique_ptr<Layer> Project::takeLayer(const QString &id)
{
    const auto it = std::find_if(m_layers.begin(), m_layers.end(), [&](const auto &l) { return l->id() == id; });
    if (it == m_layers.end())
        return {};
    const int index = static_cast<int>(it - m_layers.begin());
    Layer *raw = it->get();
    Q_EMIT layerAboutToBeRemoved(raw);

    if (!m_missing.isEmpty()) {
        const QList<int> order = combinedOrder(layerCount(), m_missing);
        const int combinedIndex = static_cast<int>(order.indexOf(index));
        for (MissingLayer &m : m_missing) {
            if (m.position > combinedIndex)
                --m.position;
        }
    }

    std::unique_ptr<Layer> taken = std::move(*it);
    m_layers.erase(it);
    disconnect(raw, nullptr, this, nullptr);
    m_liveJoins.remove(id);
    const bool hadRun = m_provenance.remove(id) > 0;
    Q_EMIT layerRemoved(id);
    if (hadRun)
        Q_EMIT analysisRunsChanged();
    setDirty(true);
    return taken;
}

void Project::removeLayer(const QString &id)
{
    std::unique_ptr<Layer> taken = takeLayer(id);
    // Destroyed here, after layerRemoved() was emitted.
}

void Project::moveLayer(int from, int to)
{
    const int count = layerCount();
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    std::unique_ptr<Layer> layer = std::move(m_layers[static_cast<size_t>(from)]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(layer));
    Q_EMIT layersReordered();
    setDirty(true);
}

Extent Project::fullExtent() const
{
    Extent result;
    for (const auto &layer : m_layers) {
        const Extent e = layer->extent();
        if (e.isNull() || !e.isFinite())
            continue;
        if (!m_crs.isValid() || !layer->crs().isValid() || layer->crs() == m_crs) {
            result.combine(e);
            continue;
        }
        auto ct = CoordinateTransform::create(layer->crs(), m_crs, m_transformContext);
        if (!ct)
            continue;
        const Extent t = ct->transformExtent(e);
        if (!t.isNull() && t.isFinite())
            result.combine(t);
    }
    return result;
}

Result<Layer *> Project::restoreLayer(const QString &id, const QString &newPath)
{
    const auto it = std::find_if(m_missing.begin(), m_missing.end(), [&](const MissingLayer &m) { return m.id == id; });
    if (it == m_missing.end())
        return fail(tr("The project has no missing layer with id %1.").arg(id), newPath);

    const MissingLayer missing = *it;
    QString source = newPath;
    if (QFileInfo(newPath).isRelative() && !newPath.isEmpty())
        source = QFileInfo(newPath).absoluteFilePath();
    // Keep a GDAL prefix the original source had ("CSV:").
    const SourceParts oldParts = splitSource(missing.source);
    if (!oldParts.prefix.isEmpty() && splitSource(source).prefix.isEmpty())
        source = oldParts.prefix + source;

    auto opened = missing.definition.value("joins"_L1).toArray().isEmpty()
        ? openLayerFromDefinition(missing.definition, source, nullptr)
        : openWithLiveJoins(missing.definition, missing.id, source, nullptr);
    if (!opened)
        return std::unexpected(missingLayerError(missing.name, source, opened.error()));

    std::unique_ptr<Layer> layer = std::move(*opened);
    applyDefinition(layer.get(), missing.definition, nullptr);

    const int missingIndex = static_cast<int>(it - m_missing.begin());
    const QList<int> order = combinedOrder(layerCount(), m_missing);
    const int combinedIndex = static_cast<int>(order.indexOf(-missingIndex - 1));
    int liveIndex = 0;
    for (int i = 0; i < combinedIndex; ++i) {
        if (order[i] >= 0)
            ++liveIndex;
    }
    // The restored layer takes over the missing one's slot, so the positions of
    // the other missing layers stay as they are.
    m_missing.erase(it);
    Layer *raw = layer.get();
    if (this->layer(raw->id()))
        raw->setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_layers.insert(m_layers.begin() + liveIndex, std::move(layer));
    connectLayer(this, raw);
    if (!m_crs.isValid() && raw->crs().isValid()) {
        m_crs = raw->crs();
        Q_EMIT crsChanged();
    }
    Q_EMIT layerAdded(raw, liveIndex);
    setDirty(true);
    return raw;
}

void Project::setDirty(bool dirty)
{
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(m_dirty);
}

void Project::clear()
{
    while (!m_layers.empty()) {
        Layer *raw = m_layers.front().get();
        const QString id = raw->id();
        Q_EMIT layerAboutToBeRemoved(raw);
        std::unique_ptr<Layer> taken = std::move(m_layers.front());
        m_layers.erase(m_layers.begin());
        disconnect(raw, nullptr, this, nullptr);
        Q_EMIT layerRemoved(id);
    }
    m_missing.clear();
    m_liveJoins.clear();
    const bool hadScenarios = !m_scenarios.isEmpty() || !m_brokenScenarios.isEmpty();
    m_scenarios.clear();
    m_brokenScenarios = {};
    const bool hadRuns = !m_provenance.isEmpty();
    m_provenance.clear();
    const bool hadLayouts = !m_layouts.isEmpty() || !m_brokenLayouts.isEmpty();
    m_layouts.clear();
    m_brokenLayouts = {};
    const bool hadFile = !m_fileName.isEmpty();
    m_fileName.clear();
    m_title.clear();
    m_crs = Crs();
    m_transformContext = TransformContext();
    m_viewExtent = Extent();
    if (hadFile)
        Q_EMIT fileNameChanged();
    if (hadLayouts)
        Q_EMIT layoutsChanged();
    if (hadScenarios)
        Q_EMIT scenariosChanged();
    if (hadRuns)
        Q_EMIT analysisRunsChanged();
    Q_EMIT cleared();
    setDirty(false);
}

QJsonObject Project::toJson(const QString &projectDir) const
{
    QJsonObject json;
    json.insert("format"_L1, FormatName);
    json.insert("version"_L1, FormatVersion);
    json.insert("title"_L1, m_title);
    json.insert("crs"_L1, m_crs.isValid() ? QJsonValue(m_crs.toUserString()) : QJsonValue(QJsonValue::Null));
    if (!m_transformContext.isEmpty())
        json.insert("transform_context"_L1, m_transformContext.toJson());
    if (!m_viewExtent.isNull() && m_viewExtent.isFinite())
        json.insert("view_extent"_L1, m_viewExtent.toJson());

    QJsonArray layers;
    const QList<int> order = combinedOrder(layerCount(), m_missing);
    for (int entry : order) {
        if (entry < 0) {
            // Written back exactly as it was read: the user's work is never lost.
            layers.append(m_missing[-entry - 1].definition);
            continue;
        }
        const Layer *layer = m_layers[static_cast<size_t>(entry)].get();
        QJsonObject l;
        l.insert("id"_L1, layer->id());
        l.insert("name"_L1, layer->name());
        l.insert("kind"_L1, kindToString(layer->kind()));
        l.insert("source"_L1, sourceToSaved(layer->source(), projectDir));
        if (!layer->sublayerName().isEmpty())
            l.insert("sublayer"_L1, layer->sublayerName());
        if (layer->kind() == LayerKind::Vector) {
            const auto *vector = static_cast<const VectorLayer *>(layer);
            if (const auto provider = vector->dataProvider()) {
                const VectorLayerOptions options = provider->options();
                if (!options.encoding.isEmpty())
                    l.insert("encoding"_L1, options.encoding);
                if (!options.openOptions.isEmpty())
                    l.insert("open_options"_L1, QJsonArray::fromStringList(options.openOptions));
            }
        }
        if (!layer->hasSourceCrs() && layer->crs().isValid())
            l.insert("crs"_L1, layer->crs().toUserString());
        l.insert("visible"_L1, layer->isVisible());
        l.insert("opacity"_L1, layer->opacity());
        l.insert("style"_L1, layer->styleToJson());
        if (const auto run = m_provenance.constFind(layer->id()); run != m_provenance.cend())
            l.insert("provenance"_L1, run->toJson(projectDir));
        if (const auto join = m_liveJoins.constFind(layer->id()); join != m_liveJoins.cend()) {
            // The layer reads the joined cache; the project keeps its own source.
            l.insert("source"_L1, sourceToSaved(join->source, projectDir));
            l.remove("sublayer"_L1);
            l.remove("encoding"_L1);
            l.remove("open_options"_L1);
            if (!join->sublayer.isEmpty())
                l.insert("sublayer"_L1, join->sublayer);
            if (!join->encoding.isEmpty())
                l.insert("encoding"_L1, join->encoding);
            if (!join->openOptions.isEmpty())
                l.insert("open_options"_L1, QJsonArray::fromStringList(join->openOptions));
            QJsonArray joins;
            for (const LiveJoin &j : join->joins)
                joins.append(j.toJson(projectDir));
            l.insert("joins"_L1, joins);
        }
        layers.append(l);
    }
    json.insert("layers"_L1, layers);

    QJsonArray layouts;
    for (const PrintLayout &layout : m_layouts)
        layouts.append(layout.toJson(projectDir));
    // Layouts that could not be read are written back exactly as they were read.
    for (const QJsonValue &broken : m_brokenLayouts)
        layouts.append(broken);
    if (!layouts.isEmpty())
        json.insert("layouts"_L1, layouts);

    QJsonArray scenarios;
    for (const Scenario &scenario : m_scenarios)
        scenarios.append(scenario.toJson(projectDir));
    for (const QJsonValue &broken : m_brokenScenarios)
        scenarios.append(broken);
    if (!scenarios.isEmpty())
        json.insert("scenarios"_L1, scenarios);
    return json;
}

Result<void> Project::save(const QString &fileName)
{
    if (fileName.isEmpty())
        return fail(tr("Cannot save the project: no file name given."));
    const QFileInfo info(fileName);
    const QString absolute = info.absoluteFilePath();
    const QByteArray bytes = QJsonDocument(toJson(info.absolutePath())).toJson(QJsonDocument::Indented);

    // QSaveFile writes a temporary file next to the target and renames it over the
    // target only in commit(), after everything was written: a failure at any point
    // leaves the previous file untouched.
    // Unbuffered, so that a short write (disk full, quota, file size limit) is seen
    // here: QFileDevice's buffered flush in commit() does not report it.
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(tr("Cannot save the project to %1: %2").arg(nativePath(absolute), file.errorString()), absolute,
                    file.errorString());
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            QString why = file.errorString();
            if (why.isEmpty() || file.error() == QFileDevice::NoError)
                why = tr("only %1 of %2 bytes could be written (is the disk full?)").arg(written).arg(bytes.size());
            file.cancelWriting();
            return fail(tr("Cannot save the project to %1: %2").arg(nativePath(absolute), why), absolute, why);
        }
        written += n;
    }
    if (!file.commit())
        return fail(tr("Cannot save the project to %1: %2").arg(nativePath(absolute), file.errorString()), absolute,
                    file.errorString());

    if (absolute != m_fileName) {
        m_fileName = absolute;
        Q_EMIT fileNameChanged();
    }
    setDirty(false);
    return {};
}

Result<ProjectLoadReport> Project::load(const QString &fileName, Feedback *feedback)
{
    const QFileInfo info(fileName);
    const QString absolute = info.absoluteFilePath();
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open the project %1: %2").arg(nativePath(absolute), file.errorString()), absolute,
                    file.errorString());
    const QByteArray bytes = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1 is not a Territoria project: it is not valid JSON (%2 at byte %3).")
                        .arg(nativePath(absolute), parseError.errorString())
                        .arg(parseError.offset),
                    absolute, parseError.errorString());
    if (!doc.isObject())
        return fail(tr("%1 is not a Territoria project: the JSON document is not an object.").arg(nativePath(absolute)),
                    absolute);
    const QJsonObject json = doc.object();
    if (json.value("format"_L1).toString() != FormatName)
        return fail(tr("%1 is not a Territoria project (its \"format\" is not \"%2\").").arg(nativePath(absolute), FormatName),
                    absolute);
    const QJsonValue versionValue = json.value("version"_L1);
    const double versionNumber = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || versionNumber < 1 || std::floor(versionNumber) != versionNumber)
        return fail(tr("%1 has an invalid project format version.").arg(nativePath(absolute)), absolute);
    const int version = static_cast<int>(versionNumber);
    if (version > FormatVersion)
        return fail(tr("%1 was saved by a newer Territoria (project format version %2); this version reads "
                       "format %3 or older. Please update Territoria to open it.")
                        .arg(nativePath(absolute))
                        .arg(version)
                        .arg(FormatVersion),
                    absolute);
    if (!json.value("layers"_L1).isArray() && json.contains("layers"_L1))
        return fail(tr("%1 is damaged: \"layers\" is not a list.").arg(nativePath(absolute)), absolute);

    clear();

    ProjectLoadReport report;
    const QString projectDir = info.absolutePath();
    m_fileName = absolute;
    m_title = json.value("title"_L1).toString();

    const QString crsText = json.value("crs"_L1).toString();
    if (!crsText.isEmpty()) {
        auto crs = Crs::fromUserInput(crsText);
        if (crs)
            m_crs = *crs;
        else
            report.warnings.append(tr("The project CRS (%1) is not valid: %2").arg(crsText, crs.error().message));
    }
    if (json.value("transform_context"_L1).isObject())
        m_transformContext = TransformContext::fromJson(json.value("transform_context"_L1).toObject());
    if (json.value("view_extent"_L1).isArray()) {
        const Extent e = Extent::fromJson(json.value("view_extent"_L1).toArray());
        if (!e.isNull() && e.isFinite())
            m_viewExtent = e;
    }

    const QJsonArray entries = json.value("layers"_L1).toArray();
    int position = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (feedback) {
            if (feedback->isCanceled()) {
                clear();
                return fail(tr("Opening %1 was canceled.").arg(nativePath(absolute)), absolute);
            }
            feedback->setProgress(100.0 * static_cast<double>(i) / static_cast<double>(entries.size()));
        }
        if (!entries[i].isObject()) {
            report.warnings.append(tr("Layer entry %1 of %2 is not an object; it was skipped.")
                                       .arg(i + 1)
                                       .arg(nativePath(absolute)));
            continue;
        }
        QJsonObject def = entries[i].toObject();
        QString id = def.value("id"_L1).toString();
        const bool duplicate = id.isEmpty() || layer(id)
            || std::any_of(m_missing.cbegin(), m_missing.cend(), [&](const MissingLayer &m) { return m.id == id; });
        if (duplicate) {
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            def.insert("id"_L1, id);
        }
        const QString name = def.value("name"_L1).toString();
        const QString saved = def.value("source"_L1).toString();
        const QString source = savedToSource(saved, projectDir);

        auto opened = saved.isEmpty()
            ? Result<std::unique_ptr<Layer>>(fail(tr("Layer “%1” has no source in the project.").arg(name)))
            : def.value("joins"_L1).toArray().isEmpty() ? openLayerFromDefinition(def, source, nullptr)
                                                          : openWithLiveJoins(def, id, source, &report.warnings);
        if (!opened) {
            MissingLayer missing;
            missing.id = id;
            missing.name = name;
            missing.source = source;
            missing.error = missingLayerError(name, source, opened.error());
            missing.definition = def;
            missing.position = position++;
            m_missing.append(missing);
            continue;
        }
        std::unique_ptr<Layer> layer = std::move(*opened);
        applyDefinition(layer.get(), def, &report.warnings);
        if (def.value("provenance"_L1).isObject()) {
            auto run = AnalysisRun::fromJson(def.value("provenance"_L1).toObject(), projectDir);
            if (run)
                m_provenance.insert(id, *run);
            else
                report.warnings.append(tr("Layer “%1”: its analysis record cannot be read: %2").arg(name, run.error().message));
        }
        for (const QString &warning : layer->warnings())
            report.warnings.append(tr("Layer “%1”: %2").arg(layer->name(), warning));
        Layer *raw = layer.get();
        m_layers.push_back(std::move(layer));
        connectLayer(this, raw);
        ++position;
        Q_EMIT layerAdded(raw, layerCount() - 1);
    }
    if (!m_crs.isValid()) {
        for (const auto &layer : m_layers) {
            if (layer->crs().isValid()) {
                m_crs = layer->crs();
                break;
            }
        }
    }
    if (feedback)
        feedback->setProgress(100.0);

    // Print layouts. A layout that cannot be read is reported and kept as raw
    // JSON, so that saving the project does not drop the user's work.
    QJsonArray broken;
    const QJsonValue layoutsValue = json.value("layouts"_L1);
    if (!layoutsValue.isUndefined() && !layoutsValue.isNull() && !layoutsValue.isArray())
        report.warnings.append(tr("%1: \"layouts\" is not a list; the print layouts were not read.").arg(nativePath(absolute)));
    const QJsonArray layoutEntries = layoutsValue.toArray();
    for (qsizetype i = 0; i < layoutEntries.size(); ++i) {
        const QJsonObject entry = layoutEntries[i].toObject();
        const QString name = entry.value("name"_L1).toString();
        const QString who = name.isEmpty() ? tr("number %1").arg(i + 1) : u"“%1”"_s.arg(name);
        if (!layoutEntries[i].isObject()) {
            report.warnings.append(tr("Print layout %1 of %2 is not an object; it was kept as it is but cannot be used.")
                                       .arg(who, nativePath(absolute)));
            broken.append(layoutEntries[i]);
            continue;
        }
        auto layout = PrintLayout::fromJson(entry, projectDir);
        if (!layout) {
            report.warnings.append(tr("Print layout %1 cannot be read and is kept unchanged in the file: %2")
                                       .arg(who, layout.error().message));
            broken.append(entry);
            continue;
        }
        if (layoutNames().contains(layout->name()) || layout->name().trimmed().isEmpty())
            layout->setName(uniqueLayoutName(layoutNames(), layout->name()));
        m_layouts.append(std::move(*layout));
    }
    m_brokenLayouts = broken;

    // Scenarios. Like layouts, one that cannot be read is kept as raw JSON.
    QJsonArray brokenScenarios;
    const QJsonValue scenariosValue = json.value("scenarios"_L1);
    if (!scenariosValue.isUndefined() && !scenariosValue.isNull() && !scenariosValue.isArray())
        report.warnings.append(tr("%1: \"scenarios\" is not a list; the scenarios were not read.").arg(nativePath(absolute)));
    const QJsonArray scenarioEntries = scenariosValue.toArray();
    for (qsizetype i = 0; i < scenarioEntries.size(); ++i) {
        auto scenario = Scenario::fromJson(scenarioEntries[i].toObject(), projectDir);
        if (!scenarioEntries[i].isObject() || !scenario) {
            report.warnings.append(tr("Scenario %1 of %2 cannot be read and is kept unchanged in the file: %3")
                                       .arg(i + 1)
                                       .arg(nativePath(absolute),
                                            scenario ? tr("it is not an object") : scenario.error().message));
            brokenScenarios.append(scenarioEntries[i]);
            continue;
        }
        if (scenarioNames().contains(scenario->name))
            scenario->name = uniqueLayoutName(scenarioNames(), scenario->name);
        m_scenarios.append(*scenario);
    }
    m_brokenScenarios = brokenScenarios;

    report.missingLayers = m_missing;
    Q_EMIT fileNameChanged();
    Q_EMIT titleChanged();
    Q_EMIT crsChanged();
    Q_EMIT viewExtentChanged();
    Q_EMIT layoutsChanged();
    Q_EMIT scenariosChanged();
    Q_EMIT analysisRunsChanged();
    setDirty(false);
    Q_EMIT loaded();
    return report;
}

// ---- live joins --------------------------------------------------------------

Result<std::unique_ptr<Layer>> Project::openWithLiveJoins(const QJsonObject &def, const QString &id, const QString &source,
                                                          QStringList *warnings)
{
    auto opened = openLayerFromDefinition(def, source, nullptr);
    if (!opened || (*opened)->kind() != LayerKind::Vector)
        return opened;
    const QString name = def.value("name"_L1).toString();
    const QString projectDir = QFileInfo(m_fileName).absolutePath();
    LiveJoinJob job;
    job.layerId = id;
    job.layerName = name;
    job.source = source;
    job.sublayer = def.value("sublayer"_L1).toString();
    job.encoding = def.value("encoding"_L1).toString();
    for (const QJsonValue &v : def.value("open_options"_L1).toArray())
        job.openOptions.append(v.toString());
    for (const QJsonValue &v : def.value("joins"_L1).toArray()) {
        auto join = LiveJoin::fromJson(v.toObject(), projectDir);
        if (join)
            job.joins << *join;
        else if (warnings)
            warnings->append(tr("Layer “%1”: %2").arg(name, join.error().message));
    }
    if (job.joins.isEmpty())
        return opened;
    job.cachePath = LiveJoins::cachePath(m_fileName, id);
    // Recorded even when the join fails, so that saving keeps it.
    m_liveJoins.insert(id, job);

    auto ran = LiveJoins::run(job.layerSource(), job.joins, job.cachePath, nullptr);
    if (!ran) {
        if (warnings)
            warnings->append(tr("Layer “%1” is shown without its joined table: %2").arg(name, ran.error().message));
        return opened;
    }
    VectorLayerOptions options;
    auto joined = VectorLayer::open(job.cachePath, options, nullptr);
    if (!joined) {
        if (warnings)
            warnings->append(tr("Layer “%1” is shown without its joined table: %2").arg(name, joined.error().message));
        return opened;
    }
    if (warnings) {
        for (const JoinReport &r : std::as_const(ran->reports)) {
            for (const QString &w : r.warnings)
                warnings->append(tr("Layer “%1”: %2").arg(name, w));
            if (r.typeMismatch)
                warnings->append(tr("Layer “%1”: %2").arg(name, r.hint));
        }
        if (!ran->tableProblems.isEmpty())
            warnings->append(tr("Layer “%1”: the joined table has %n problem(s); the first: %2", nullptr,
                                int(ran->tableProblems.size()))
                                 .arg(name, ran->tableProblems.first()));
    }
    return std::unique_ptr<Layer>(std::move(*joined));
}

QList<LiveJoin> Project::liveJoins(const QString &layerId) const
{
    return m_liveJoins.value(layerId).joins;
}

LiveJoinJob Project::liveJoinJob(const QString &layerId) const
{
    return liveJoinJob(layerId, liveJoins(layerId));
}

LiveJoinJob Project::liveJoinJob(const QString &layerId, const QList<LiveJoin> &joins) const
{
    LiveJoinJob job;
    const auto *vector = qobject_cast<const VectorLayer *>(layer(layerId));
    if (!vector)
        return job;
    if (const auto it = m_liveJoins.constFind(layerId); it != m_liveJoins.cend()) {
        job = *it;
    } else {
        job.source = vector->source();
        job.sublayer = vector->sublayerName();
        if (const auto provider = vector->dataProvider()) {
            const VectorLayerOptions options = provider->options();
            job.encoding = options.encoding;
            job.openOptions = options.openOptions;
        }
    }
    job.layerId = layerId;
    job.layerName = vector->name();
    job.joins = joins;
    job.cachePath = LiveJoins::cachePath(m_fileName, layerId);
    return job;
}

QList<LiveJoinJob> Project::liveJoinJobs() const
{
    QList<LiveJoinJob> jobs;
    for (const auto &l : m_layers)
        if (m_liveJoins.contains(l->id()))
            jobs << liveJoinJob(l->id());
    return jobs;
}

Result<Layer *> Project::applyLiveJoin(const LiveJoinJob &job)
{
    if (!layer(job.layerId))
        return fail(tr("The project has no layer with id %1.").arg(job.layerId));
    VectorLayerOptions options;
    if (job.joins.isEmpty()) {
        options.layerName = job.sublayer;
        options.encoding = job.encoding;
        options.openOptions = job.openOptions;
    }
    auto opened = VectorLayer::open(job.joins.isEmpty() ? job.source : job.cachePath, options, nullptr);
    if (!opened)
        return std::unexpected(opened.error());
    auto replaced = replaceLayer(job.layerId, std::move(*opened));
    if (!replaced)
        return replaced;
    if (job.joins.isEmpty())
        m_liveJoins.remove(job.layerId);
    else
        m_liveJoins.insert(job.layerId, job);
    setDirty(true);
    return replaced;
}

Result<Layer *> Project::replaceLayer(const QString &id, std::unique_ptr<Layer> replacement)
{
    const auto it = std::find_if(m_layers.begin(), m_layers.end(), [&](const auto &l) { return l->id() == id; });
    if (it == m_layers.end())
        return fail(tr("The project has no layer with id %1.").arg(id));
    Layer *old = it->get();
    Layer *raw = replacement.get();
    raw->setId(id);
    raw->setName(old->name());
    if (!raw->hasSourceCrs() && old->crs().isValid())
        raw->setCrs(old->crs());
    raw->setVisible(old->isVisible());
    raw->setOpacity(old->opacity());
    raw->setStyleFromJson(old->styleToJson());
    const int index = static_cast<int>(it - m_layers.begin());
    Q_EMIT layerAboutToBeRemoved(old);
    std::unique_ptr<Layer> taken = std::exchange(*it, std::move(replacement));
    disconnect(old, nullptr, this, nullptr);
    Q_EMIT layerRemoved(id);
    connectLayer(this, raw);
    Q_EMIT layerAdded(raw, index);
    return raw;
}

// ---- print layouts ---------------------------------------------------------

QStringList Project::layoutNames() const
{
    QStringList names;
    for (const PrintLayout &l : m_layouts)
        names.append(l.name());
    return names;
}

const PrintLayout *Project::layout(const QString &name) const
{
    for (const PrintLayout &l : m_layouts) {
        if (l.name() == name)
            return &l;
    }
    return nullptr;
}

QString Project::addLayout(const PrintLayout &layout)
{
    PrintLayout copy(layout);
    copy.setName(uniqueLayoutName(layoutNames(), layout.name()));
    const QString name = copy.name();
    m_layouts.append(std::move(copy));
    setDirty();
    Q_EMIT layoutsChanged();
    return name;
}

bool Project::replaceLayout(const QString &name, const PrintLayout &layout)
{
    for (qsizetype i = 0; i < m_layouts.size(); ++i) {
        if (m_layouts[i].name() != name)
            continue;
        QStringList others = layoutNames();
        others.removeAt(i);
        PrintLayout copy(layout);
        copy.setName(uniqueLayoutName(others, layout.name()));
        m_layouts[i] = std::move(copy);
        setDirty();
        Q_EMIT layoutsChanged();
        return true;
    }
    return false;
}

bool Project::removeLayout(const QString &name)
{
    for (qsizetype i = 0; i < m_layouts.size(); ++i) {
        if (m_layouts[i].name() == name) {
            m_layouts.removeAt(i);
            setDirty();
            Q_EMIT layoutsChanged();
            return true;
        }
    }
    return false;
}

// ---- scenarios and provenance ------------------------------------------------

QStringList Project::scenarioNames() const
{
    QStringList names;
    for (const Scenario &s : m_scenarios)
        names.append(s.name);
    return names;
}

const Scenario *Project::scenario(const QString &name) const
{
    for (const Scenario &s : m_scenarios) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString Project::addScenario(const Scenario &scenario)
{
    Scenario copy(scenario);
    const QString wanted = scenario.name.trimmed().isEmpty() ? tr("Scenario") : scenario.name.trimmed();
    copy.name = uniqueLayoutName(scenarioNames(), wanted);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!copy.created.isValid())
        copy.created = now;
    if (!copy.modified.isValid())
        copy.modified = now;
    m_scenarios.append(copy);
    setDirty();
    Q_EMIT scenariosChanged();
    return copy.name;
}

bool Project::replaceScenario(const QString &name, const Scenario &scenario)
{
    for (qsizetype i = 0; i < m_scenarios.size(); ++i) {
        if (m_scenarios[i].name != name)
            continue;
        QStringList others = scenarioNames();
        others.removeAt(i);
        Scenario copy(scenario);
        const QString wanted = scenario.name.trimmed().isEmpty() ? name : scenario.name.trimmed();
        copy.name = uniqueLayoutName(others, wanted);
        if (!copy.created.isValid())
            copy.created = m_scenarios[i].created;
        copy.modified = QDateTime::currentDateTimeUtc();
        m_scenarios[i] = copy;
        setDirty();
        Q_EMIT scenariosChanged();
        return true;
    }
    return false;
}

bool Project::removeScenario(const QString &name)
{
    for (qsizetype i = 0; i < m_scenarios.size(); ++i) {
        if (m_scenarios[i].name == name) {
            m_scenarios.removeAt(i);
            setDirty();
            Q_EMIT scenariosChanged();
            return true;
        }
    }
    return false;
}

bool Project::renameScenario(const QString &name, const QString &newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty() || (trimmed != name && scenario(trimmed)))
        return false;
    const Scenario *current = scenario(name);
    if (!current)
        return false;
    if (trimmed == name)
        return true;
    Scenario copy(*current);
    copy.name = trimmed;
    return replaceScenario(name, copy);
}

std::optional<AnalysisRun> Project::provenance(const QString &layerId) const
{
    const auto it = m_provenance.constFind(layerId);
    if (it == m_provenance.cend())
        return std::nullopt;
    return *it;
}

void Project::setProvenance(const QString &layerId, const AnalysisRun &run)
{
    if (!run.isValid()) {
        if (m_provenance.remove(layerId) > 0) {
            setDirty();
            Q_EMIT analysisRunsChanged();
        }
        return;
    }
    AnalysisRun copy(run);
    if (copy.id.isEmpty())
        copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!copy.outputLayerIds.contains(layerId))
        copy.outputLayerIds.append(layerId);
    // Other layers of the same run learn about this one.
    for (auto it = m_provenance.begin(); it != m_provenance.end(); ++it) {
        if (it->id == copy.id && it.key() != layerId && !it->outputLayerIds.contains(layerId))
            it->outputLayerIds.append(layerId);
    }
    m_provenance.insert(layerId, copy);
    setDirty();
    Q_EMIT analysisRunsChanged();
}

QList<AnalysisRun> Project::analysisRuns() const
{
    QList<AnalysisRun> runs;
    for (const auto &layer : m_layers) {
        const auto it = m_provenance.constFind(layer->id());
        if (it == m_provenance.cend())
            continue;
        auto same = std::find_if(runs.begin(), runs.end(), [&](const AnalysisRun &r) { return r.id == it->id; });
        if (same == runs.end()) {
            runs.append(*it);
            continue;
        }
        for (const QString &id : it->outputLayerIds)
            if (!same->outputLayerIds.contains(id))
                same->outputLayerIds.append(id);
    }
    return runs;
}

Result<Layer *> Project::replaceLayerSource(const QString &id, const QString &source)
{
    Layer *old = layer(id);
    if (!old)
        return fail(tr("The project has no layer with id %1.").arg(id));
    QJsonObject def;
    def.insert("kind"_L1, kindToString(old->kind()));
    const VectorSource split = splitVectorSource(source);
    if (!split.layerName.isEmpty())
        def.insert("sublayer"_L1, split.layerName);
    auto opened = openLayerFromDefinition(def, split.path, nullptr);
    if (!opened)
        return std::unexpected(opened.error());
    auto replaced = replaceLayer(id, std::move(*opened));
    if (replaced)
        setDirty(true);
    return replaced;
}

} // namespace territoria
