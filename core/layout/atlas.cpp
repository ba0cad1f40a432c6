#include "layout/atlas.h"

#include "crs/coordinatetransform.h"
#include "data/gdalutil.h"
#include "data/vectorlayer.h"
#include "project/project.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

QString quotedIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

// One expression, no statement separator: the text is pasted into a query.
bool hasSeparator(const QString &expression)
{
    return expression.contains(u';');
}

struct ResultSetRelease {
    GDALDataset *dataset;
    void operator()(OGRLayer *layer) const
    {
        if (dataset && layer)
            dataset->ReleaseResultSet(layer);
    }
};

} // namespace

Result<QList<AtlasFeature>> Atlas::features(const PrintLayout &layout, const Project &project, Feedback *feedback)
{
    const AtlasSettings atlas = layout.atlas();
    if (!atlas.enabled)
        return fail(tr("The layout “%1” has no atlas: turn the atlas on and choose a coverage layer.").arg(layout.name()));
    if (atlas.coverageLayerId.isEmpty())
        return fail(tr("The atlas of the layout “%1” has no coverage layer.").arg(layout.name()));
    Layer *layer = project.layer(atlas.coverageLayerId);
    if (!layer) {
        for (const MissingLayer &missing : project.missingLayers()) {
            if (missing.id == atlas.coverageLayerId)
                return fail(tr("The coverage layer “%1” of the atlas “%2” could not be opened: %3")
                                .arg(missing.name, layout.name(), missing.error.message),
                            missing.source);
        }
        return fail(tr("The coverage layer of the atlas “%1” is not in the project (layer id %2).")
                        .arg(layout.name(), atlas.coverageLayerId));
    }
    if (layer->kind() != LayerKind::Vector)
        return fail(tr("The coverage layer “%1” of the atlas “%2” is not a vector layer.").arg(layer->name(), layout.name()),
                    layer->source());
    const auto *vector = static_cast<const VectorLayer *>(layer);
    const std::shared_ptr<const VectorDataProvider> provider = vector->dataProvider();
    if (!provider)
        return fail(tr("The coverage layer “%1” of the atlas “%2” has no data.").arg(layer->name(), layout.name()),
                    layer->source());
    const QString source = provider->source();
    const QString shown = QDir::toNativeSeparators(source);

    for (const QString &expression : {atlas.filterExpression, atlas.sortExpression, atlas.pageNameExpression}) {
        if (hasSeparator(expression))
            return fail(tr("Invalid atlas expression “%1” for %2: one expression only, without “;”.").arg(expression, shown),
                        source);
    }

    // One query in GDAL's SQLite dialect over the layer's own source. The FID is
    // the SQLite rowid: OGR's virtual tables map it to the OGR FID (shapefiles,
    // GeoJSON, CSV...) and in a GeoPackage the rowid is the fid column itself.
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const VectorLayerOptions options = provider->options();
    CslList openOptions(options.openOptions);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                   nullptr, openOptions.list(), nullptr));
    if (!dataset)
        return fail(tr("Cannot open the coverage layer %1: %2").arg(shown, errors.lastFailure()), source,
                    errors.lastFailure());
    const QString table = provider->layerName();
    const QString pageName = atlas.pageNameExpression.trimmed();
    const QString filter = atlas.filterExpression.trimmed();
    const QString sort = atlas.sortExpression.trimmed();
    QString sql = u"SELECT rowid AS \"__atlas_fid\""_s;
    if (!pageName.isEmpty())
        sql += u", (%1) AS \"__atlas_page\""_s.arg(pageName);
    sql += u" FROM %1"_s.arg(quotedIdentifier(table));
    if (!filter.isEmpty())
        sql += u" WHERE (%1)"_s.arg(filter);
    if (!sort.isEmpty())
        sql += u" ORDER BY (%1) %2, rowid"_s.arg(sort, atlas.sortAscending ? u"ASC"_s : u"DESC"_s);
    else
        sql += u" ORDER BY rowid"_s;

    OGRLayer *rawResult = dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, "SQLite");
    if (!rawResult) {
        QString why = errors.lastFailure();
        // "In ExecuteSQL(): sqlite3_prepare_v2(SELECT ...):\n  no such column: X": keep SQLite's reason.
        if (const qsizetype colon = why.lastIndexOf(u"):"_s); colon >= 0)
            why = why.mid(colon + 2).trimmed();
        QStringList parts;
        if (!filter.isEmpty())
            parts.append(tr("filter “%1”").arg(filter));
        if (!sort.isEmpty())
            parts.append(tr("sort “%1”").arg(sort));
        if (!pageName.isEmpty())
            parts.append(tr("page name “%1”").arg(pageName));
        return fail(tr("The atlas expressions of “%1” are not valid for %2 (%3): %4")
                        .arg(layout.name(), shown, parts.join(u", "_s), why.isEmpty() ? tr("unknown error") : why),
                    source, errors.lastFailure());
    }
    std::unique_ptr<OGRLayer, ResultSetRelease> resultSet(rawResult, ResultSetRelease{dataset.get()});
    const int fidIndex = resultSet->GetLayerDefn()->GetFieldIndex("__atlas_fid");
    const int pageIndex = resultSet->GetLayerDefn()->GetFieldIndex("__atlas_page");

    struct Row {
        qint64 fid;
        QString pageName;
    };
    QList<Row> rows;
    while (OGRFeatureUniquePtr f{resultSet->GetNextFeature()}) {
        if (feedback && feedback->isCanceled())
            return fail(tr("The atlas of “%1” was cancelled.").arg(layout.name()), source);
        Row row;
        // The GeoPackage driver turns "rowid AS x" into the result's FID column.
        row.fid = fidIndex >= 0 ? f->GetFieldAsInteger64(fidIndex) : f->GetFID();
        if (pageIndex >= 0 && f->IsFieldSetAndNotNull(pageIndex))
            row.pageName = QString::fromUtf8(f->GetFieldAsString(pageIndex));
        else if (pageName.isEmpty())
            row.pageName = QString::number(row.fid);
        rows.append(row);
    }
    if (errors.hasFailures())
        return fail(tr("The atlas expressions of “%1” failed on %2: %3").arg(layout.name(), shown, errors.lastFailure()),
                    source, errors.lastFailure());
    resultSet.reset();
    dataset.reset();
    if (rows.isEmpty()) {
        if (!filter.isEmpty())
            return fail(tr("The atlas filter “%1” of “%2” keeps no feature of %3.").arg(filter, layout.name(), shown),
                        source);
        return fail(tr("The coverage layer %1 of the atlas “%2” has no features.").arg(shown, layout.name()), source);
    }

    std::optional<CoordinateTransform> transform;
    const Crs layerCrs = layer->crs();
    const Crs projectCrs = project.crs();
    if (layerCrs.isValid() && projectCrs.isValid() && !(layerCrs == projectCrs)) {
        auto ct = CoordinateTransform::create(layerCrs, projectCrs, project.transformContext());
        if (!ct)
            return fail(tr("Cannot transform the coverage layer “%1” to the project CRS: %2")
                            .arg(layer->name(), ct.error().message),
                        source, ct.error().detail);
        transform.emplace(std::move(*ct));
    }

    const Fields fields = provider->fields();
    QList<AtlasFeature> features;
    features.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (feedback) {
            if (feedback->isCanceled())
                return fail(tr("The atlas of “%1” was cancelled.").arg(layout.name()), source);
            feedback->setProgress(100.0 * double(i) / double(rows.size()));
        }
        auto feature = provider->feature(rows[i].fid);
        if (!feature)
            return fail(tr("Cannot read feature %1 of the coverage layer %2: %3")
                            .arg(rows[i].fid)
                            .arg(shown, feature.error().message),
                        source, feature.error().detail);
        AtlasFeature a;
        a.layerId = layer->id();
        a.fid = rows[i].fid;
        a.geometry = feature->geometry;
        a.projectGeometry = transform ? feature->geometry.transformed(*transform) : feature->geometry;
        a.fields = fields;
        a.attributes = feature->attributes;
        a.pageName = rows[i].pageName;
        features.append(std::move(a));
    }
    if (feedback)
        feedback->setProgress(100.0);
    return features;
}

QString Atlas::safeFileName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        static const QString forbidden = u"/\\:*?\"<>|"_s;
        if (forbidden.contains(ch) || ch.category() == QChar::Other_Control)
            out += u'_';
        else
            out += ch;
    }
    out = out.trimmed();
    // Names made only of dots are not usable ("." and ".." are folders).
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    if (out.isEmpty())
        return tr("unnamed");
    return out;
}

} // namespace territoria
