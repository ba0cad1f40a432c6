#include "data/rasterlayer.h"

#include "data/datasetpool.h"
#include "data/gdalutil.h"
#include "data/srsutil.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <atomic>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

struct RasterDataProvider::Private {
    QString path;
    std::shared_ptr<DatasetPool> pool;
    QString driverName;
    int width = 0;
    int height = 0;
    QList<RasterBandInfo> bands;
    Crs crs;
    bool hasGeoTransform = false;
    std::array<double, 6> gt{0, 1, 0, 0, 0, -1};
    Extent extent;

    QString fileName() const
    {
        const QString n = QFileInfo(path).fileName();
        return n.isEmpty() ? path : n;
    }

    void maskNoData(QVector<double> &values, int band, bool applyScaleOffset) const
    {
        const RasterBandInfo &info = bands[band - 1];
        const bool nodataIsNan = info.hasNoData && std::isnan(info.noData);
        for (double &v : values) {
            if (std::isnan(v) || (info.hasNoData && !nodataIsNan && v == info.noData)) {
                v = kNaN;
                continue;
            }
            if (applyScaleOffset)
                v = v * info.scale + info.offset;
        }
    }
};

RasterDataProvider::RasterDataProvider(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{
}

RasterDataProvider::~RasterDataProvider() = default;

QString RasterDataProvider::source() const { return d->path; }
QString RasterDataProvider::driverName() const { return d->driverName; }
int RasterDataProvider::width() const { return d->width; }
int RasterDataProvider::height() const { return d->height; }
int RasterDataProvider::bandCount() const { return static_cast<int>(d->bands.size()); }
QList<RasterBandInfo> RasterDataProvider::bands() const { return d->bands; }

RasterBandInfo RasterDataProvider::band(int index) const
{
    if (index < 1 || index > d->bands.size())
        return {};
    return d->bands[index - 1];
}

Crs RasterDataProvider::crs() const { return d->crs; }
bool RasterDataProvider::hasGeoTransform() const { return d->hasGeoTransform; }
std::array<double, 6> RasterDataProvider::geoTransform() const { return d->gt; }
Extent RasterDataProvider::extent() const { return d->extent; }

Result<QVector<double>> RasterDataProvider::readBlock(int band, int xOff, int yOff, int width, int height,
                                                      bool applyScaleOffset) const
{
    auto v = readResampled(band, xOff, yOff, width, height, width, height, false);
    if (v && applyScaleOffset) {
        const RasterBandInfo &info = d->bands[band - 1];
        for (double &x : *v)
            if (!std::isnan(x))
                x = x * info.scale + info.offset;
    }
    return v;
}

Result<QVector<double>> RasterDataProvider::readResampled(int band, int xOff, int yOff, int width, int height,
                                                          int outWidth, int outHeight, bool average) const
{
    if (band < 1 || band > d->bands.size())
        return fail(QCoreApplication::translate("RasterLayer", "“%1” has no band %2").arg(d->fileName()).arg(band), d->path);
    if (width <= 0 || height <= 0 || outWidth <= 0 || outHeight <= 0 || xOff < 0 || yOff < 0
        || xOff > d->width - width || yOff > d->height - height)
        return fail(QCoreApplication::translate("RasterLayer", "The window %1,%2 %3×%4 is outside “%5” (%6×%7 pixels)")
                        .arg(xOff)
                        .arg(yOff)
                        .arg(width)
                        .arg(height)
                        .arg(d->fileName())
                        .arg(d->width)
                        .arg(d->height),
                    d->path);
    auto lease = d->pool->acquire();
    if (!lease)
        return std::unexpected(lease.error());
    GdalErrorCollector errors;
    GDALRasterBand *b = lease->get()->GetRasterBand(band);
    if (!b)
        return fail(QCoreApplication::translate("RasterLayer", "“%1” has no band %2").arg(d->fileName()).arg(band), d->path);
    QVector<double> values(static_cast<qsizetype>(outWidth) * outHeight);
    GDALRasterIOExtraArg arg;
    INIT_RASTERIO_EXTRA_ARG(arg);
    arg.eResampleAlg = average ? GRIORA_Average : GRIORA_NearestNeighbour;
    const CPLErr err = b->RasterIO(GF_Read, xOff, yOff, width, height, values.data(), outWidth, outHeight,
                                   GDT_Float64, 0, 0, &arg);
    if (err != CE_None)
        return fail(QCoreApplication::translate("RasterLayer", "Cannot read the pixels of “%1”: %2").arg(d->fileName(), errors.lastFailure()), d->path,
                    errors.messages().join(u'\n'));
    d->maskNoData(values, band, false);
    return values;
}

Result<double> RasterDataProvider::valueAt(int band, double x, double y) const
{
    double inv[6];
    if (!GDALInvGeoTransform(d->gt.data(), inv))
        return fail(QCoreApplication::translate("RasterLayer", "The georeferencing of “%1” cannot be inverted").arg(d->fileName()), d->path);
    const double px = inv[0] + x * inv[1] + y * inv[2];
    const double py = inv[3] + x * inv[4] + y * inv[5];
    if (!(px >= 0 && py >= 0 && px < d->width && py < d->height))
        return fail(QCoreApplication::translate("RasterLayer", "The point %1, %2 is outside “%3”").arg(x, 0, 'g', 12).arg(y, 0, 'g', 12).arg(d->fileName()),
                    d->path);
    auto v = readBlock(band, static_cast<int>(std::floor(px)), static_cast<int>(std::floor(py)), 1, 1);
    if (!v)
        return std::unexpected(v.error());
    return v->at(0);
}

namespace {
struct ProgressData {
    Feedback *feedback;
};

int CPL_STDCALL statsProgress(double complete, const char *, void *data)
{
    auto *p = static_cast<ProgressData *>(data);
    if (!p->feedback)
        return TRUE;
    p->feedback->setProgress(complete * 100.0);
    return p->feedback->isCanceled() ? FALSE : TRUE;
}
} // namespace

Result<RasterStatistics> RasterDataProvider::statistics(int band, bool approximate, Feedback *feedback) const
{
    if (band < 1 || band > d->bands.size())
        return fail(QCoreApplication::translate("RasterLayer", "“%1” has no band %2").arg(d->fileName()).arg(band), d->path);
    auto lease = d->pool->acquire();
    if (!lease)
        return std::unexpected(lease.error());
    GdalErrorCollector errors;
    GDALRasterBand *b = lease->get()->GetRasterBand(band);
    RasterStatistics s;
    ProgressData pd{feedback};
    // GDAL_PAM_ENABLED=NO (ensureGdalRegistered): nothing is written next to the data.
    const CPLErr err = b->ComputeStatistics(approximate ? TRUE : FALSE, &s.min, &s.max, &s.mean, &s.stdDev,
                                            statsProgress, &pd);
    if (feedback && feedback->isCanceled())
        return fail(QCoreApplication::translate("RasterLayer", "Computing the statistics of “%1” was canceled").arg(d->fileName()), d->path);
    if (err != CE_None) {
        const QString why = errors.lastFailure();
        return fail(why.isEmpty() ? QCoreApplication::translate("RasterLayer", "Cannot compute statistics of “%1” band %2").arg(d->fileName()).arg(band)
                                  : QCoreApplication::translate("RasterLayer", "Cannot compute statistics of “%1” band %2: %3")
                                        .arg(d->fileName())
                                        .arg(band)
                                        .arg(why),
                    d->path, errors.messages().join(u'\n'));
    }
    s.approximate = approximate;
    return s;
}

// ---------------------------------------------------------------------------------------------

Result<std::unique_ptr<RasterLayer>> RasterLayer::open(const QString &path, Feedback *feedback)
{
    ensureGdalRegistered();
    const QFileInfo fi(path);
    const QString fileName = fi.fileName().isEmpty() ? path : fi.fileName();
    const bool isLocalPath = !path.startsWith(u"/vsi"_s) && !path.contains(u':');
    if (isLocalPath && !fi.exists())
        return fail(QCoreApplication::translate("RasterLayer", "Cannot open “%1”: the file does not exist").arg(fileName), path);

    auto pd = std::make_unique<RasterDataProvider::Private>();
    pd->path = path;
    pd->pool = DatasetPool::create(path, GDAL_OF_RASTER | GDAL_OF_READONLY, {}, {});
    QStringList warnings;
    {
        GdalErrorCollector errors;
        auto lease = pd->pool->acquire();
        if (!lease)
            return std::unexpected(lease.error());
        GDALDataset *ds = lease->get();
        if (ds->GetRasterCount() == 0)
            return fail(QCoreApplication::translate("RasterLayer", "“%1” has no raster bands").arg(fileName), path);
        if (GDALDriver *drv = ds->GetDriver())
            pd->driverName = QString::fromUtf8(drv->GetDescription());
        pd->width = ds->GetRasterXSize();
        pd->height = ds->GetRasterYSize();
        for (int i = 1; i <= ds->GetRasterCount(); ++i) {
            GDALRasterBand *b = ds->GetRasterBand(i);
            RasterBandInfo info;
            info.index = i;
            info.dataType = QString::fromUtf8(GDALGetDataTypeName(b->GetRasterDataType()));
            int has = 0;
            const double nd = b->GetNoDataValue(&has);
            info.hasNoData = has != 0;
            info.noData = info.hasNoData ? nd : 0.0;
            int hasScale = 0, hasOffset = 0;
            const double scale = b->GetScale(&hasScale);
            const double offset = b->GetOffset(&hasOffset);
            info.scale = hasScale ? scale : 1.0;
            info.offset = hasOffset ? offset : 0.0;
            b->GetBlockSize(&info.blockWidth, &info.blockHeight);
            info.overviewCount = b->GetOverviewCount();
            info.description = QString::fromUtf8(b->GetDescription());
            info.colorInterpretation = QString::fromUtf8(GDALGetColorInterpretationName(b->GetColorInterpretation()));
            if (GDALColorTable *ct = b->GetColorTable()) {
                for (int c = 0; c < ct->GetColorEntryCount(); ++c) {
                    GDALColorEntry e;
                    ct->GetColorEntryAsRGB(c, &e);
                    info.colorTable.append(QColor(e.c1, e.c2, e.c3, e.c4));
                }
            }
            pd->bands.append(info);
        }
        double gt[6];
        if (ds->GetGeoTransform(gt) == CE_None) {
            pd->hasGeoTransform = true;
            std::copy(gt, gt + 6, pd->gt.begin());
        } else {
            // Pixel coordinates, upright on a north-up map (row 0 at the top).
            pd->hasGeoTransform = false;
            pd->gt = {0, 1, 0, 0, 0, -1};
        }
        for (const auto &[px, py] : {std::pair{0.0, 0.0}, std::pair{double(pd->width), 0.0},
                                     std::pair{0.0, double(pd->height)}, std::pair{double(pd->width), double(pd->height)}})
            pd->extent.combine(pd->gt[0] + px * pd->gt[1] + py * pd->gt[2], pd->gt[3] + px * pd->gt[4] + py * pd->gt[5]);
        if (const OGRSpatialReference *srs = ds->GetSpatialRef()) {
            auto crs = Crs::fromWkt(srsToWkt(srs));
            if (crs)
                pd->crs = *crs;
            else
                warnings.append(QCoreApplication::translate("RasterLayer", "The coordinate reference system of “%1” could not be interpreted: %2")
                                    .arg(fileName, crs.error().message));
        }
        for (const QString &m : errors.messages())
            warnings.append(QCoreApplication::translate("RasterLayer", "GDAL, reading “%1”: %2").arg(fileName, m.section(u": "_s, 1)));
    }
    if (feedback)
        feedback->setProgress(100);
    std::shared_ptr<RasterDataProvider> provider(new RasterDataProvider(std::move(pd)));
    std::unique_ptr<RasterLayer> layer(new RasterLayer(provider));
    for (const QString &w : warnings)
        layer->addWarning(w);
    if (!provider->hasGeoTransform())
        layer->addWarning(QCoreApplication::translate("RasterLayer", "“%1” is not georeferenced: it is shown in pixel coordinates").arg(fileName));
    if (!provider->crs().isValid())
        layer->addWarning(QCoreApplication::translate("RasterLayer", "“%1” does not declare a coordinate reference system: set one before using it "
                                   "with other layers").arg(fileName));
    return layer;
}

RasterLayer::RasterLayer(std::shared_ptr<const RasterDataProvider> provider, QObject *parent)
    : Layer(QFileInfo(provider->source()).completeBaseName(), provider->crs(), provider->crs().isValid(), parent)
    , m_provider(std::move(provider))
    , m_style(RasterStyle::defaultFor(m_provider->bandCount(),
                                      m_provider->bandCount() > 0 && !m_provider->band(1).colorTable.isEmpty()))
{
}

QString RasterLayer::source() const { return m_provider->source(); }
Extent RasterLayer::extent() const { return m_provider->extent(); }
int RasterLayer::width() const { return m_provider->width(); }
int RasterLayer::height() const { return m_provider->height(); }
int RasterLayer::bandCount() const { return m_provider->bandCount(); }

void RasterLayer::setStyle(const RasterStyle &style)
{
    m_style = style;
    Q_EMIT styleChanged();
    Q_EMIT repaintRequested();
}

QJsonObject RasterLayer::styleToJson() const
{
    return m_style.toJson();
}

void RasterLayer::setStyleFromJson(const QJsonObject &json)
{
    setStyle(RasterStyle::fromJson(json));
}

} // namespace territoria
