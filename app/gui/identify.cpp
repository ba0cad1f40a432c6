#include "identify.h"

#include "crs/coordinatetransform.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// The click and the tolerance box, in the layer's CRS.
struct LayerPoint {
    QPointF point;
    Extent box;
    double tolerance = 0;
    bool ok = false;
};

LayerPoint toLayer(const Layer *layer, const QPointF &mapPoint, double tolMap, const MapSettings &settings)
{
    LayerPoint lp;
    const Extent mapBox(mapPoint.x() - tolMap, mapPoint.y() - tolMap, mapPoint.x() + tolMap, mapPoint.y() + tolMap);
    const Crs dest = settings.destinationCrs();
    if (!layer->crs().isValid() || !dest.isValid() || layer->crs() == dest) {
        // No CRS: the layer is drawn as if in the map's CRS.
        lp.point = mapPoint;
        lp.box = mapBox;
        lp.tolerance = tolMap;
        lp.ok = true;
        return lp;
    }
    auto ct = CoordinateTransform::create(layer->crs(), dest, settings.transformContext());
    if (!ct)
        return lp;
    lp.point = ct->transform(mapPoint, CoordinateTransform::Direction::Inverse);
    lp.box = ct->transformExtent(mapBox, CoordinateTransform::Direction::Inverse);
    if (!std::isfinite(lp.point.x()) || !std::isfinite(lp.point.y()) || lp.box.isNull())
        return lp;
    lp.tolerance = std::max(lp.box.width(), lp.box.height()) / 2;
    lp.ok = true;
    return lp;
}

} // namespace

QList<IdentifyResult> Identifier::identify(const QList<Layer *> &layers, const QPointF &mapPoint,
                                           const MapSettings &settings, double tolerancePixels,
                                           bool firstLayerOnly, int maxFeaturesPerLayer)
{
    QList<IdentifyResult> results;
    const double tolMap = tolerancePixels * settings.mapUnitsPerPixel();
    for (Layer *layer : layers) {
        if (!layer || !layer->isVisible())
            continue;
        const LayerPoint lp = toLayer(layer, mapPoint, tolMap, settings);
        if (!lp.ok)
            continue;
        QList<IdentifyResult> layerResults;
        if (auto *vl = qobject_cast<VectorLayer *>(layer)) {
            auto provider = vl->dataProvider();
            const Fields fields = provider->fields();
            for (qint64 fid : provider->featureIdsInExtent(lp.box)) {
                auto feature = provider->feature(fid);
                if (!feature || feature->geometry.isNull())
                    continue;
                const Geometry &g = feature->geometry;
                double distance = -1;
                if (g.kind() == GeometryKind::Polygon) {
                    if (g.contains(lp.point))
                        distance = 0;
                } else {
                    const double d = g.distance(lp.point);
                    if (d >= 0 && d <= lp.tolerance)
                        distance = d;
                }
                if (g.kind() == GeometryKind::Mixed && distance < 0) {
                    const double d = g.distance(lp.point);
                    if (d >= 0 && d <= lp.tolerance)
                        distance = d;
                }
                if (distance < 0)
                    continue;
                IdentifyResult r;
                r.layerId = layer->id();
                r.layerName = layer->name();
                r.kind = LayerKind::Vector;
                r.featureId = feature->id;
                r.geometry = g;
                r.distance = distance;
                for (int i = 0; i < fields.size(); ++i)
                    r.attributes.append({fields.at(i).name, feature->attributes.value(i)});
                layerResults.append(std::move(r));
            }
            std::stable_sort(layerResults.begin(), layerResults.end(),
                             [](const IdentifyResult &a, const IdentifyResult &b) { return a.distance < b.distance; });
            if (layerResults.size() > maxFeaturesPerLayer)
                layerResults.resize(maxFeaturesPerLayer);
        } else if (auto *rl = qobject_cast<RasterLayer *>(layer)) {
            auto provider = rl->dataProvider();
            if (!provider->extent().contains(lp.point.x(), lp.point.y()))
                continue;
            IdentifyResult r;
            r.layerId = layer->id();
            r.layerName = layer->name();
            r.kind = LayerKind::Raster;
            bool any = false;
            for (int band = 1; band <= provider->bandCount(); ++band) {
                auto value = provider->valueAt(band, lp.point.x(), lp.point.y());
                if (!value)
                    continue;
                any = true;
                const RasterBandInfo info = provider->band(band);
                QString label = tr("Band %1").arg(band);
                if (!info.description.isEmpty())
                    label += u" (%1)"_s.arg(info.description);
                r.attributes.append({label, std::isnan(*value) ? QVariant() : QVariant(*value)});
            }
            if (any)
                layerResults.append(std::move(r));
        }
        results.append(layerResults);
        if (firstLayerOnly && !layerResults.isEmpty())
            break;
    }
    return results;
}

} // namespace territoria
