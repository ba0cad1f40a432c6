#include "render/rasterlayerrenderer.h"

#include "data/gdalutil.h"
#include "style/rasterstyle.h"

#include <gdal_priv.h>
#include <gdal_utils.h>

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

std::unique_ptr<LayerRenderer> RasterLayer::createRenderer(const MapSettings &settings) const
{
    return std::make_unique<RasterLayerRenderer>(*this, settings);
}

RasterLayerRenderer::RasterLayerRenderer(const RasterLayer &layer, const MapSettings &settings)
    : LayerRenderer(layer.id(), layer.name(), layer.opacity())
    , m_provider(layer.dataProvider())
    , m_style(layer.style())
    , m_layerCrs(layer.crs())
{
    Q_UNUSED(settings);
}

namespace {


struct DatasetCloser {
    void operator()(GDALDatasetH ds) const
    {
        if (ds)
            GDALClose(ds);
    }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

int cancelProgress(double, const char *, void *data)
{
    const auto *ctx = static_cast<const RenderContext *>(data);
    return ctx->isCanceled() ? FALSE : TRUE;
}

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

// Min/max of the finite values of `data` where alpha is set.
bool dataRange(const std::vector<float> &data, const std::vector<quint8> &alpha, double &mn, double &mx)
{
    mn = std::numeric_limits<double>::infinity();
    mx = -mn;
    for (size_t i = 0; i < data.size(); ++i) {
        const float v = data[i];
        if (alpha[i] == 0 || !std::isfinite(v))
            continue;
        mn = std::min<double>(mn, v);
        mx = std::max<double>(mx, v);
    }
    return mn <= mx;
}

} // namespace

std::vector<quint8> hillshade(const float *dem, const quint8 *valid, int w, int h, double ewres, double nsres,
                              double azimuth, double altitude, double zFactor)
{
    // gdaldem hillshade's default algorithm (Horn 1981). For the 3 × 3 window
    //     a b c
    //     d e f      (north up, `ewres`/`nsres` the pixel width/height in the
    //     g h i       units of the heights)
    // x = ((a + 2d + g) - (c + 2f + i)) / (8 ewres)       (= -dz/deast)
    // y = ((a + 2b + c) - (g + 2h + i)) / (8 nsres)       (= dz/dnorth)
    // aspect = atan2(y, x), |∇|² = x² + y²
    // cos(i) = (sin(alt) - cos(alt) · z · |∇| · sin(aspect - az)) / sqrt(1 + z² |∇|²)
    // shade = 1 + 254 · cos(i), or 1 when cos(i) <= 0 (0 is left for nodata).
    // Cells without data in the window take the centre's height (gdaldem leaves
    // such cells, and the raster's edges, empty).
    std::vector<quint8> out(size_t(w) * size_t(h), 0);
    const double deg = M_PI / 180.0;
    const double az = azimuth * deg, alt = altitude * deg;
    const double sinAlt = std::sin(alt), cosAltZ = std::cos(alt) * zFactor, z2 = zFactor * zFactor;
    const double invEw = 1.0 / (8.0 * ewres), invNs = 1.0 / (8.0 * nsres);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const size_t ci = size_t(y) * w + x;
            const float e = dem[ci];
            if ((valid && valid[ci] == 0) || !std::isfinite(e))
                continue;
            double win[9];
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int xx = std::clamp(x + dx, 0, w - 1), yy = std::clamp(y + dy, 0, h - 1);
                    const size_t k = size_t(yy) * w + xx;
                    const float v = dem[k];
                    win[(dy + 1) * 3 + dx + 1] = ((valid && valid[k] == 0) || !std::isfinite(v)) ? e : v;
                }
            }
            const double gx = ((win[0] + 2 * win[3] + win[6]) - (win[2] + 2 * win[5] + win[8])) * invEw;
            const double gy = ((win[0] + 2 * win[1] + win[2]) - (win[6] + 2 * win[7] + win[8])) * invNs;
            const double g2 = gx * gx + gy * gy;
            const double aspect = std::atan2(gy, gx);
            const double cang = (sinAlt - cosAltZ * std::sqrt(g2) * std::sin(aspect - az)) / std::sqrt(1 + z2 * g2);
            const double v = cang <= 0 ? 1.0 : 1.0 + 254.0 * cang;
            out[ci] = quint8(std::clamp(int(v + 0.5), 1, 255));
        }
    }
    return out;
}

Result<void> RasterLayerRenderer::render(RenderContext &context)
{
    if (!m_provider)
        return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1” has no data source").arg(layerName()));
    const MapSettings &ms = context.settings;
    if (!ms.isValid() || !context.painter)
        return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: invalid map settings (extent or size)").arg(layerName()));
    const QString source = m_provider->source();
    const Extent visible = ms.visibleExtent();
    const QSize size = ms.outputSize();
    const Crs dest = ms.destinationCrs();
    const bool reproject = m_layerCrs.isValid() && dest.isValid();

    // Bands we need, in output order.
    QList<int> bands;
    const int bandCount = m_provider->bandCount();
    RasterStyle style = m_style;
    if (style.mode == RasterStyle::Mode::Rgb && bandCount < 3)
        style.mode = RasterStyle::Mode::Gray;
    if (style.mode == RasterStyle::Mode::Rgb)
        bands = {style.redBand, style.greenBand, style.blueBand};
    else
        bands = {style.band};
    for (int b : bands)
        if (b < 1 || b > bandCount)
            return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: band %2 does not exist (the raster has %3)").arg(layerName()).arg(b).arg(bandCount),
                        source);
    QList<QColor> palette;
    if (style.mode == RasterStyle::Mode::Palette) {
        palette = m_provider->band(style.band).colorTable;
        if (palette.isEmpty())
            style.mode = RasterStyle::Mode::Gray;
    }

    // Skip when the raster is out of view.
    const Extent layerExtent = m_provider->extent();
    if (!layerExtent.isNull()) {
        Extent inDest = layerExtent;
        if (reproject && !(m_layerCrs == dest)) {
            auto ct = CoordinateTransform::create(m_layerCrs, dest, ms.transformContext());
            if (!ct)
                return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: cannot transform from %2 to %3: %4")
                                .arg(layerName(), m_layerCrs.name(), dest.name(), ct.error().message),
                            source, ct.error().detail);
            inDest = ct->transformExtent(layerExtent);
        }
        if (!inDest.isNull() && !inDest.intersects(visible))
            return {};
    }

    ensureGdalRegistered();
    GdalErrorCollector errors;
    DatasetPtr src(GDALOpenEx(source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!src)
        return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: cannot open %2").arg(layerName(), source), source, errors.lastFailure());

    // Only the bands we draw go through the warper.
    DatasetPtr subset;
    GDALDatasetH warpSource = src.get();
    if (bandCount != bands.size() || bands != QList<int>{1}) {
        QStringList args{u"-of"_s, u"VRT"_s};
        for (int b : bands)
            args << u"-b"_s << QString::number(b);
        CslList argv(args);
        GDALTranslateOptions *opts = GDALTranslateOptionsNew(argv.list(), nullptr);
        int usageError = 0;
        subset.reset(GDALTranslate("", src.get(), opts, &usageError));
        GDALTranslateOptionsFree(opts);
        if (!subset)
            return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: cannot select bands of %2").arg(layerName(), source), source,
                        errors.lastFailure());
        warpSource = subset.get();
    }

    const bool nearest = style.mode == RasterStyle::Mode::Palette;
    // Hillshade needs each pixel's 8 neighbours: the block is warped with a
    // one-pixel border so that the shading is continuous across the edges.
    const bool needShade = style.mode == RasterStyle::Mode::Hillshade
                           || (style.shaded && (style.mode == RasterStyle::Mode::Gray || style.mode == RasterStyle::Mode::Ramp));
    const int border = needShade ? 1 : 0;
    const double pixelX = visible.width() / size.width(), pixelY = visible.height() / size.height();
    QStringList args{u"-of"_s, u"MEM"_s,
                     u"-te"_s, num(visible.xMin() - border * pixelX), num(visible.yMin() - border * pixelY),
                     num(visible.xMax() + border * pixelX), num(visible.yMax() + border * pixelY),
                     u"-ts"_s, QString::number(size.width() + 2 * border), QString::number(size.height() + 2 * border),
                     u"-r"_s, nearest ? u"near"_s : u"bilinear"_s,
                     u"-ovr"_s, u"AUTO"_s,
                     u"-dstalpha"_s,
                     u"-ot"_s, u"Float32"_s};
    if (reproject) {
        args << u"-s_srs"_s << m_layerCrs.toWkt() << u"-t_srs"_s << dest.toWkt();
        const QString pinned = ms.transformContext().operation(m_layerCrs, dest);
        if (!pinned.isEmpty())
            args << u"-ct"_s << pinned;
    }
    CslList argv(args);
    GDALWarpAppOptions *wopts = GDALWarpAppOptionsNew(argv.list(), nullptr);
    if (!wopts)
        return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: invalid warp options").arg(layerName()), source, errors.lastFailure());
    GDALWarpAppOptionsSetProgress(wopts, cancelProgress, &context);
    int usageError = 0;
    GDALDatasetH inputs[1] = {warpSource};
    DatasetPtr warped(GDALWarp("", nullptr, 1, inputs, wopts, &usageError));
    GDALWarpAppOptionsFree(wopts);
    if (context.isCanceled())
        return {};
    if (!warped)
        return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: cannot warp %2 to the map").arg(layerName(), source), source, errors.lastFailure());

    const int w = size.width(), h = size.height();
    const int bw = w + 2 * border, bh = h + 2 * border; // the warped block
    const size_t n = size_t(bw) * size_t(bh);
    const int outBands = GDALGetRasterCount(warped.get());
    if (outBands != bands.size() + 1)
        return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: unexpected warp output").arg(layerName()), source);
    std::vector<quint8> alpha(n);
    if (GDALRasterIO(GDALGetRasterBand(warped.get(), outBands), GF_Read, 0, 0, bw, bh, alpha.data(), bw, bh, GDT_Byte, 0, 0)
        != CE_None)
        return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: cannot read the warped image").arg(layerName()), source, errors.lastFailure());
    std::vector<std::vector<float>> values(bands.size());
    for (int i = 0; i < bands.size(); ++i) {
        values[i].resize(n);
        if (GDALRasterIO(GDALGetRasterBand(warped.get(), i + 1), GF_Read, 0, 0, bw, bh, values[i].data(), bw, bh,
                         GDT_Float32, 0, 0)
            != CE_None)
            return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: cannot read the warped image").arg(layerName()), source, errors.lastFailure());
    }
    warped.reset();
    if (context.isCanceled())
        return {};

    std::vector<quint8> shade;
    if (needShade) {
        // Map units per pixel; a geographic map CRS has degrees: 111120 m per degree
        // as gdaldem's -s 111120 (DEM heights are taken to be metres).
        double ew = pixelX, ns = pixelY;
        if (dest.isValid() && dest.isGeographic()) {
            ew *= 111120.0;
            ns *= 111120.0;
        }
        shade = hillshade(values[0].data(), alpha.data(), bw, bh, ew, ns, style.azimuth, style.altitude, style.zFactor);
        // Crop the border away: everything below works on w × h.
        std::vector<quint8> a2(size_t(w) * h), s2(size_t(w) * h);
        std::vector<float> v2(size_t(w) * h);
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                const size_t from = size_t(y + 1) * bw + x + 1, to = size_t(y) * w + x;
                a2[to] = alpha[from];
                s2[to] = shade[from];
                v2[to] = values[0][from];
            }
        }
        alpha = std::move(a2);
        shade = std::move(s2);
        values[0] = std::move(v2);
    }

    // Stretch range per drawn band.
    auto rangeFor = [&](int i, int band, double &mn, double &mx) {
        if (style.min == style.min && style.max == style.max && i == 0 && style.mode != RasterStyle::Mode::Rgb) {
            mn = style.min;
            mx = style.max;
            return;
        }
        if (style.mode == RasterStyle::Mode::Rgb && m_provider->band(band).dataType == u"Byte") {
            mn = 0;
            mx = 255;
            return;
        }
        auto stats = m_provider->statistics(band, true);
        if (stats && stats->max >= stats->min) {
            mn = stats->min;
            mx = stats->max;
        } else if (!dataRange(values[i], alpha, mn, mx)) {
            mn = 0;
            mx = 1;
        }
    };

    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: not enough memory for a %2×%3 image").arg(layerName()).arg(w).arg(h));
    auto *out = reinterpret_cast<QRgb *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / 4;

    switch (style.mode) {
    case RasterStyle::Mode::Gray:
    case RasterStyle::Mode::Ramp: {
        double mn = 0, mx = 1;
        const bool classified = style.mode == RasterStyle::Mode::Ramp && style.classified;
        if (!classified)
            rangeFor(0, style.band, mn, mx);
        constexpr int L = 1024;
        QRgb lut[L];
        const ColorRamp ramp = style.mode == RasterStyle::Mode::Gray ? ColorRamp::gray() : style.ramp();
        for (int k = 0; k < L; ++k)
            lut[k] = ramp.colorAt(double(k) / (L - 1)).rgba();
        std::vector<QRgb> classColors;
        for (const RasterClass &c : style.classes)
            classColors.push_back(c.color.rgba());
        const double span = mx > mn ? mx - mn : 1.0;
        const float *v = values[0].data();
        for (int y = 0; y < h; ++y) {
            QRgb *row = out + y * stride;
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * w + x;
                const float val = v[i];
                if (alpha[i] == 0 || !std::isfinite(val)) {
                    row[x] = 0;
                    continue;
                }
                QRgb c;
                if (classified) {
                    const int k = style.classIndexFor(val);
                    if (k < 0) {
                        row[x] = 0;
                        continue;
                    }
                    c = classColors[size_t(k)];
                } else {
                    const double t = std::clamp((val - mn) / span, 0.0, 1.0);
                    c = lut[int(t * (L - 1) + 0.5)];
                }
                int r = qRed(c), g = qGreen(c), b = qBlue(c);
                if (!shade.empty()) { // multiply by the relief
                    const int s = shade[i];
                    r = (r * s + 127) / 255;
                    g = (g * s + 127) / 255;
                    b = (b * s + 127) / 255;
                }
                row[x] = qPremultiply(qRgba(r, g, b, qAlpha(c) * alpha[i] / 255));
            }
        }
        break;
    }
    case RasterStyle::Mode::Hillshade: {
        for (int y = 0; y < h; ++y) {
            QRgb *row = out + y * stride;
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * w + x;
                if (alpha[i] == 0 || !std::isfinite(values[0][i])) {
                    row[x] = 0;
                    continue;
                }
                const int s = shade[i];
                row[x] = qPremultiply(qRgba(s, s, s, alpha[i]));
            }
        }
        break;
    }
    case RasterStyle::Mode::Palette: {
        std::vector<QRgb> lut(palette.size());
        for (int k = 0; k < palette.size(); ++k)
            lut[k] = qPremultiply(palette[k].rgba());
        const float *v = values[0].data();
        for (int y = 0; y < h; ++y) {
            QRgb *row = out + y * stride;
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * w + x;
                const float val = v[i];
                const long idx = std::isfinite(val) ? std::lround(val) : -1;
                row[x] = (alpha[i] == 0 || idx < 0 || idx >= long(lut.size())) ? 0 : lut[size_t(idx)];
            }
        }
        break;
    }
    case RasterStyle::Mode::Rgb: {
        double mn[3], mx[3];
        for (int c = 0; c < 3; ++c)
            rangeFor(c, bands[c], mn[c], mx[c]);
        for (int y = 0; y < h; ++y) {
            QRgb *row = out + y * stride;
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * w + x;
                int ch[3];
                bool valid = alpha[i] != 0;
                for (int c = 0; c < 3 && valid; ++c) {
                    const float val = values[c][i];
                    if (!std::isfinite(val)) {
                        valid = false;
                        break;
                    }
                    const double span = mx[c] > mn[c] ? mx[c] - mn[c] : 1.0;
                    ch[c] = int(std::clamp((val - mn[c]) / span, 0.0, 1.0) * 255 + 0.5);
                }
                row[x] = valid ? qPremultiply(qRgba(ch[0], ch[1], ch[2], alpha[i])) : 0;
            }
        }
        break;
    }
    }

    context.painter->drawImage(QRectF(0, 0, w, h), image);
    for (const QString &m : errors.messages())
        if (m.startsWith(u"Warning"_s))
            context.warnings.append(QCoreApplication::translate("RasterLayerRenderer", "Layer “%1”: %2").arg(layerName(), m));
    return {};
}

} // namespace territoria
