#include "data/layerloader.h"

#include "data/datasetpool.h"
#include "data/gdalutil.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


QString displayName(const QString &path)
{
    const QString n = QFileInfo(path).fileName();
    return n.isEmpty() ? path : n;
}

bool isLocal(const QString &path)
{
    return !path.startsWith(u"/vsi"_s) && !path.contains(u':');
}

QString gdalPathFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (isLocal(path) && (suffix == u"txt"_s || suffix == u"tsv"_s))
        return u"CSV:"_s + path;
    return path;
}

Error unreadable(const QString &path, const Error &cause)
{
    // Reword DatasetPool's "Cannot open" as "Cannot read" with the same reason.
    QString why = cause.message;
    const int colon = why.indexOf(u"”: "_s);
    if (colon >= 0)
        why = why.mid(colon + 3);
    else
        why = QCoreApplication::translate("LayerLoader", "GDAL cannot open it");
    return Error{QCoreApplication::translate("LayerLoader", "Cannot read “%1”: %2").arg(displayName(path), why), path, cause.detail};
}

} // namespace

Result<QList<SublayerInfo>> listSublayers(const QString &path)
{
    ensureGdalRegistered();
    if (path.isEmpty())
        return fail(QCoreApplication::translate("LayerLoader", "No file was given"));
    if (isLocal(path) && !QFileInfo::exists(path))
        return fail(QCoreApplication::translate("LayerLoader", "Cannot read “%1”: the file does not exist").arg(displayName(path)), path);
    if (isLocal(path) && QFileInfo(path).isFile() && !QFileInfo(path).isReadable())
        return fail(QCoreApplication::translate("LayerLoader", "Cannot read “%1”: permission denied").arg(displayName(path)), path);

    auto pool = DatasetPool::create(gdalPathFor(path), GDAL_OF_VECTOR | GDAL_OF_RASTER | GDAL_OF_READONLY, {}, {}, 0);
    auto lease = pool->acquire();
    if (!lease)
        return std::unexpected(unreadable(path, lease.error()));
    GdalErrorCollector errors;
    GDALDataset *ds = lease->get();
    QList<SublayerInfo> out;
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        OGRLayer *l = ds->GetLayer(i);
        if (!l)
            continue;
        SublayerInfo info;
        info.name = QString::fromUtf8(l->GetName());
        info.kind = LayerKind::Vector;
        info.featureCount = l->GetFeatureCount(FALSE);
        info.geometryType = QString::fromUtf8(OGRGeometryTypeToName(l->GetGeomType()));
        out.append(info);
    }
    if (ds->GetRasterCount() > 0) {
        SublayerInfo info;
        info.name = QFileInfo(path).completeBaseName();
        info.kind = LayerKind::Raster;
        out.append(info);
    }
    if (out.isEmpty())
        return fail(QCoreApplication::translate("LayerLoader", "Cannot read “%1”: it holds no vector layer nor raster").arg(displayName(path)), path);
    return out;
}

Result<std::unique_ptr<Layer>> openLayer(const QString &path, const QString &sublayer, Feedback *feedback)
{
    auto subs = listSublayers(path);
    if (!subs)
        return std::unexpected(subs.error());
    const SublayerInfo *chosen = nullptr;
    for (const SublayerInfo &s : *subs) {
        if (sublayer.isEmpty() || s.name == sublayer) {
            chosen = &s;
            break;
        }
    }
    if (!chosen)
        return fail(QCoreApplication::translate("LayerLoader", "“%1” has no layer named “%2”").arg(displayName(path), sublayer), path);
    if (chosen->kind == LayerKind::Raster) {
        auto r = RasterLayer::open(path, feedback);
        if (!r)
            return std::unexpected(r.error());
        return std::unique_ptr<Layer>(std::move(*r));
    }
    VectorLayerOptions options;
    if (subs->size() > 1)
        options.layerName = chosen->name;
    auto v = VectorLayer::open(path, options, feedback);
    if (!v)
        return std::unexpected(v.error());
    return std::unique_ptr<Layer>(std::move(*v));
}

Result<std::vector<std::unique_ptr<Layer>>> openLayers(const QString &path, Feedback *feedback)
{
    auto subs = listSublayers(path);
    if (!subs)
        return std::unexpected(subs.error());
    std::vector<std::unique_ptr<Layer>> layers;
    const int n = static_cast<int>(subs->size());
    for (int i = 0; i < n; ++i) {
        if (feedback && feedback->isCanceled())
            return fail(QCoreApplication::translate("LayerLoader", "Opening “%1” was canceled").arg(displayName(path)), path);
        const SublayerInfo &s = subs->at(i);
        Result<std::unique_ptr<Layer>> layer = [&]() -> Result<std::unique_ptr<Layer>> {
            if (s.kind == LayerKind::Raster) {
                auto r = RasterLayer::open(path);
                if (!r)
                    return std::unexpected(r.error());
                return std::unique_ptr<Layer>(std::move(*r));
            }
            VectorLayerOptions options;
            if (n > 1)
                options.layerName = s.name;
            auto v = VectorLayer::open(path, options);
            if (!v)
                return std::unexpected(v.error());
            return std::unique_ptr<Layer>(std::move(*v));
        }();
        if (!layer)
            return std::unexpected(layer.error());
        layers.push_back(std::move(*layer));
        if (feedback)
            feedback->setProgress(100.0 * (i + 1) / n);
    }
    return layers;
}

} // namespace territoria
