#include "rastermcda.h"

#include "data/gdalutil.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace territoria::prioritization {

namespace {

constexpr float kOutNoData = -9999.0f;

struct InputInfo {
    QString path;
    int width = 0, height = 0;
    double gt[6] = {0, 1, 0, 0, 0, 1};
    bool hasGeoTransform = false;
    int blockX = 0, blockY = 0;
    GDALDataType type = GDT_Unknown;
    bool hasNoData = false;
    double noData = 0;
};

struct Window {
    int x = 0, y = 0, w = 0, h = 0; // the cells of the raster
    int blockCol = -1, blockRow = -1; // fast path: the block
};

// The per-cell arithmetic, in float: the inputs and the output are Float32 and the
// peers (gdal_calc's numpy on float32 arrays) compute in float32 too.
struct Kernel {
    Method method = Method::Wlc;
    size_t k = 0;
    std::vector<float> scale, offset, weight, best, worst;
    std::vector<char> clamped;
    std::vector<char> hasNoData;
    std::vector<float> noData;
    std::vector<double> orderWeights, weightsDouble;
    // The constraint raster, read after the criteria: cells where it is 0, NaN or
    // no data are left out.
    bool hasMask = false, maskHasNoData = false;
    float maskNoData = 0;
};

// Buffers of one worker.
struct Scratch {
    std::vector<std::vector<float>> in; // read buffers
    std::vector<const float *> at;      // the values of each input: a buffer, or a mapped tile
    std::vector<float> out, acc, acc2;
    std::vector<uint8_t> valid;
    std::vector<std::pair<double, double>> owa;
    std::vector<double> row;
    void resize(size_t inputs, size_t cells)
    {
        in.resize(inputs);
        at.assign(inputs, nullptr);
        for (auto &b : in)
            b.resize(cells);
        out.resize(cells);
        acc.resize(cells);
        acc2.resize(cells);
        valid.resize(cells);
    }
};

void validMask(const Kernel &kernel, Scratch &s, size_t n)
{
    uint8_t *valid = s.valid.data();
    std::fill(valid, valid + n, uint8_t(1));
    for (size_t j = 0; j < kernel.k; ++j) {
        const float *x = s.at[j];
        if (kernel.hasNoData[j]) {
            const float nd = kernel.noData[j];
            for (size_t i = 0; i < n; ++i)
                valid[i] &= uint8_t((x[i] != nd) & (x[i] == x[i]));
        } else {
            for (size_t i = 0; i < n; ++i)
                valid[i] &= uint8_t(x[i] == x[i]);
        }
    }
    if (kernel.hasMask) {
        const float *m = s.at[kernel.k];
        const float nd = kernel.maskHasNoData ? kernel.maskNoData : 0.0f;
        for (size_t i = 0; i < n; ++i)
            valid[i] &= uint8_t((m[i] != 0.0f) & (m[i] == m[i]) & (m[i] != nd));
    }
}

// WLC in one pass over the inputs: per cell the weighted sum of the oriented
// values and the no-data test, four cells at a time with SSE2 (x86-64's baseline;
// GCC does not vectorize the clamp by itself because of its NaN semantics). The
// code has no branches per criterion: an unclamped criterion is clamped to ±inf and
// an input without no-data value compares with NaN (never equal). K > 0 fixes the
// number of inputs at compile time so that the constants stay in registers.
// A float from an address that may not be 4-byte aligned (a mapped TIFF tile).
inline float loadUnaligned(const float *p)
{
    float v;
    std::memcpy(&v, static_cast<const void *>(p), sizeof v);
    return v;
}

template<int K>
void wlcBlockFixed(const Kernel &kernel, Scratch &s, size_t n)
{
    const int k = K > 0 ? K : int(kernel.k);
    const int inputs = k + (kernel.hasMask ? 1 : 0);
    constexpr int maxInputs = 17;
    float a[maxInputs] = {}, b[maxInputs] = {}, lo[maxInputs] = {}, hi[maxInputs] = {}, w[maxInputs] = {}, nd[maxInputs] = {};
    const float *in[maxInputs] = {};
    const float inf = std::numeric_limits<float>::infinity(), nan = std::numeric_limits<float>::quiet_NaN();
    for (int j = 0; j < inputs; ++j) {
        in[j] = s.at[size_t(j)];
        if (j < k) {
            a[j] = kernel.scale[size_t(j)];
            b[j] = kernel.offset[size_t(j)];
            lo[j] = kernel.clamped[size_t(j)] ? 0.0f : -inf;
            hi[j] = kernel.clamped[size_t(j)] ? 1.0f : inf;
            w[j] = kernel.weight[size_t(j)];
            nd[j] = kernel.hasNoData[size_t(j)] ? kernel.noData[size_t(j)] : nan;
        } else {
            nd[j] = kernel.maskHasNoData ? kernel.maskNoData : nan;
        }
    }
    const float *mask = kernel.hasMask ? in[k] : nullptr;
    float *out = s.out.data();
    size_t i = 0;
#if defined(__SSE2__)
    const __m128 zero = _mm_setzero_ps(), nodata = _mm_set1_ps(kOutNoData);
    for (; i + 4 <= n; i += 4) {
        __m128 acc = zero;
        __m128 ok = _mm_castsi128_ps(_mm_set1_epi32(-1));
        for (int j = 0; j < k; ++j) {
            const __m128 x = _mm_loadu_ps(in[j] + i);
            __m128 v = _mm_add_ps(_mm_mul_ps(x, _mm_set1_ps(a[j])), _mm_set1_ps(b[j]));
            v = _mm_min_ps(_mm_max_ps(v, _mm_set1_ps(lo[j])), _mm_set1_ps(hi[j]));
            acc = _mm_add_ps(acc, _mm_mul_ps(v, _mm_set1_ps(w[j])));
            ok = _mm_and_ps(ok, _mm_and_ps(_mm_cmpord_ps(x, x), _mm_cmpneq_ps(x, _mm_set1_ps(nd[j]))));
        }
        if (mask) {
            const __m128 m = _mm_loadu_ps(mask + i);
            ok = _mm_and_ps(ok, _mm_and_ps(_mm_and_ps(_mm_cmpneq_ps(m, zero), _mm_cmpord_ps(m, m)),
                                           _mm_cmpneq_ps(m, _mm_set1_ps(nd[k]))));
        }
        _mm_storeu_ps(out + i, _mm_or_ps(_mm_and_ps(ok, acc), _mm_andnot_ps(ok, nodata)));
    }
#endif
    for (; i < n; ++i) {
        float acc = 0.0f;
        bool ok = true;
        for (int j = 0; j < k; ++j) {
            const float x = loadUnaligned(in[j] + i);
            const float v = std::min(std::max(a[j] * x + b[j], lo[j]), hi[j]);
            acc += v * w[j];
            ok = ok && x == x && x != nd[j];
        }
        if (mask) {
            const float m = loadUnaligned(mask + i);
            ok = ok && m != 0.0f && m == m && m != nd[k];
        }
        out[i] = ok ? acc : kOutNoData;
    }
}

// Scalar WLC for more criteria than the fixed-size kernel takes.
void wlcBlockMany(const Kernel &kernel, Scratch &s, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        float acc = 0.0f;
        bool ok = true;
        for (size_t j = 0; j < kernel.k; ++j) {
            const float x = s.at[j][i];
            float v = kernel.scale[j] * x + kernel.offset[j];
            if (kernel.clamped[j])
                v = std::min(std::max(v, 0.0f), 1.0f);
            acc += v * kernel.weight[j];
            ok = ok && x == x && !(kernel.hasNoData[j] && x == kernel.noData[j]);
        }
        if (kernel.hasMask) {
            const float m = s.at[kernel.k][i];
            ok = ok && m != 0.0f && m == m && !(kernel.maskHasNoData && m == kernel.maskNoData);
        }
        s.out[i] = ok ? acc : kOutNoData;
    }
}

void wlcBlock(const Kernel &kernel, Scratch &s, size_t n)
{
    switch (kernel.k) {
    case 1: wlcBlockFixed<1>(kernel, s, n); break;
    case 2: wlcBlockFixed<2>(kernel, s, n); break;
    case 3: wlcBlockFixed<3>(kernel, s, n); break;
    case 4: wlcBlockFixed<4>(kernel, s, n); break;
    case 5: wlcBlockFixed<5>(kernel, s, n); break;
    case 6: wlcBlockFixed<6>(kernel, s, n); break;
    default:
        if (kernel.k <= 16)
            wlcBlockFixed<0>(kernel, s, n);
        else
            wlcBlockMany(kernel, s, n); // never zero-copy: see runRasterMcda
    }
}

// TOPSIS squared distances and closeness, or OWA per cell.
void computeBlock(const Kernel &kernel, Scratch &s, size_t n)
{
    if (kernel.method == Method::Wlc) {
        wlcBlock(kernel, s, n);
        return;
    }
    validMask(kernel, s, n);
    float *acc = s.acc.data();
    float *acc2 = s.acc2.data();
    float *out = s.out.data();
    const uint8_t *valid = s.valid.data();
    switch (kernel.method) {
    case Method::Wlc:
        Q_UNREACHABLE(); // wlcBlock()
        break;
    case Method::Topsis: {
        std::fill(acc, acc + n, 0.0f);
        std::fill(acc2, acc2 + n, 0.0f);
        for (size_t j = 0; j < kernel.k; ++j) {
            const float *x = s.at[j];
            const float a = kernel.scale[j], b = kernel.offset[j], w = kernel.weight[j];
            const float best = kernel.best[j], worst = kernel.worst[j];
            const bool clamp = kernel.clamped[j];
            for (size_t i = 0; i < n; ++i) {
                float v = a * x[i] + b;
                if (clamp) {
                    v = v < 0.0f ? 0.0f : v;
                    v = v > 1.0f ? 1.0f : v;
                }
                v *= w;
                acc[i] += (v - best) * (v - best);
                acc2[i] += (v - worst) * (v - worst);
            }
        }
        for (size_t i = 0; i < n; ++i) {
            const float dp = std::sqrt(acc[i]), dm = std::sqrt(acc2[i]);
            const float total = dp + dm;
            out[i] = valid[i] ? (total > 0 ? dm / total : 0.5f) : kOutNoData;
        }
        break;
    }
    case Method::Owa: {
        s.row.resize(kernel.k);
        for (size_t i = 0; i < n; ++i) {
            if (!valid[i]) {
                out[i] = kOutNoData;
                continue;
            }
            for (size_t j = 0; j < kernel.k; ++j) {
                double v = double(kernel.scale[j]) * s.at[j][i] + kernel.offset[j];
                if (kernel.clamped[j])
                    v = std::clamp(v, 0.0, 1.0);
                s.row[j] = v;
            }
            if (kernel.k > 16) {
                out[i] = float(owaScore(s.row, kernel.weightsDouble, kernel.orderWeights, s.owa));
                continue;
            }
            // owaScore() without allocation: a stable insertion sort, best value first.
            double value[16], weight[16];
            size_t count = 0;
            for (size_t j = 0; j < kernel.k; ++j) {
                size_t p = count++;
                while (p > 0 && value[p - 1] < s.row[j]) {
                    value[p] = value[p - 1];
                    weight[p] = weight[p - 1];
                    --p;
                }
                value[p] = s.row[j];
                weight[p] = kernel.weightsDouble[j];
            }
            double num = 0, den = 0;
            for (size_t j = 0; j < count; ++j) {
                const double uv = weight[j] * kernel.orderWeights[j];
                num += uv * value[j];
                den += uv;
            }
            out[i] = float(den > 0 ? num / den : 0.0);
        }
        break;
    }
    }
}

// Zero-copy reading of uncompressed, little-endian Float32 GeoTIFF tiles: the file
// is mapped and a block's values are read where they lie, which saves copying every
// input once (the inputs are most of the bytes this algorithm moves). Each tile's
// offset and size come from GDAL (BLOCK_OFFSET_x_y, BLOCK_SIZE_x_y in the "TIFF"
// metadata domain) and are checked against the file size; any other layout, a
// sparse tile or a failed mapping falls back to GDAL's ReadBlock.
struct MappedRaster {
    std::unique_ptr<QFile> file;
    const uchar *base = nullptr;
    std::vector<qint64> offsets; // per block (row-major), -1: read with GDAL
    int blocksPerRow = 0;

    // The block's values where they lie in the file. TIFF only aligns tiles to 2
    // bytes, so they are read with unaligned loads (wlcBlockFixed) or copied.
    const float *tile(const Window &w) const
    {
        if (!base)
            return nullptr;
        const qint64 offset = offsets[size_t(w.blockRow) * size_t(blocksPerRow) + size_t(w.blockCol)];
        return offset >= 0 ? reinterpret_cast<const float *>(base + offset) : nullptr;
    }

    static MappedRaster open(const QString &path, int blockX, int blockY, int width, int height)
    {
        MappedRaster m;
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        GdalErrorCollector errors;
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!ds || !ds->GetDriver() || qstrcmp(ds->GetDriver()->GetDescription(), "GTiff") != 0)
            return m;
        const char *compression = ds->GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE");
        if (compression && qstricmp(compression, "NONE") != 0)
            return m;
        GDALRasterBand *band = ds->GetRasterBand(1);
        if (band->GetRasterDataType() != GDT_Float32)
            return m;
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly) || file->peek(2) != QByteArrayLiteral("II"))
            return m;
        const qint64 fileSize = file->size();
        const qint64 tileBytes = qint64(blockX) * qint64(blockY) * 4;
        m.blocksPerRow = (width + blockX - 1) / blockX;
        const int blockRows = (height + blockY - 1) / blockY;
        int usable = 0;
        for (int r = 0; r < blockRows; ++r)
            for (int c = 0; c < m.blocksPerRow; ++c) {
                const char *offsetText = band->GetMetadataItem(QByteArray("BLOCK_OFFSET_").append(QByteArray::number(c)).append('_').append(QByteArray::number(r)).constData(), "TIFF");
                const char *sizeText = band->GetMetadataItem(QByteArray("BLOCK_SIZE_").append(QByteArray::number(c)).append('_').append(QByteArray::number(r)).constData(), "TIFF");
                const qint64 offset = offsetText ? QByteArray(offsetText).toLongLong() : 0;
                const qint64 size = sizeText ? QByteArray(sizeText).toLongLong() : 0;
                const bool ok = offset > 0 && size == tileBytes && offset + size <= fileSize;
                m.offsets.push_back(ok ? offset : -1);
                usable += ok;
            }
        if (usable == 0)
            return m;
        m.base = file->map(0, fileSize);
        if (m.base)
            m.file = std::move(file);
#else
        Q_UNUSED(path) Q_UNUSED(blockX) Q_UNUSED(blockY) Q_UNUSED(width) Q_UNUSED(height)
#endif
        return m;
    }
};

// Opens the inputs once per worker (GDAL datasets are never shared between threads).
struct Reader {
    std::vector<GDALDatasetUniquePtr> datasets;
    std::vector<GDALRasterBand *> bands;
    Result<void> open(const QStringList &paths)
    {
        GdalErrorCollector errors;
        for (const QString &path : paths) {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
            if (!ds)
                return fail(QCoreApplication::translate("PrioritizationRaster", "Cannot open %1 as a raster.").arg(path), path, errors.lastFailure());
            bands.push_back(ds->GetRasterBand(1));
            datasets.push_back(std::move(ds));
        }
        return {};
    }
    // Points scratch.at at the window's values (fast: whole native blocks, mapped
    // when `mapped` has them).
    // `zeroCopy`: the caller reads the values with unaligned loads only.
    Result<void> read(const Window &w, bool fast, Scratch &s, const QStringList &paths, const std::vector<MappedRaster> &mapped,
                      bool zeroCopy)
    {
        GdalErrorCollector errors;
        for (size_t j = 0; j < bands.size(); ++j) {
            if (fast && j < mapped.size()) {
                if (const float *tile = mapped[j].tile(w)) {
                    if (!zeroCopy)
                        std::memcpy(s.in[j].data(), tile, s.in[j].size() * sizeof(float));
                    s.at[j] = zeroCopy ? tile : s.in[j].data();
                    continue;
                }
            }
            s.at[j] = s.in[j].data();
            CPLErr err = fast ? bands[j]->ReadBlock(w.blockCol, w.blockRow, s.in[j].data())
                              : bands[j]->RasterIO(GF_Read, w.x, w.y, w.w, w.h, s.in[j].data(), w.w, w.h, GDT_Float32, 0, 0, nullptr);
            if (err != CE_None)
                return fail(QCoreApplication::translate("PrioritizationRaster", "Cannot read %1 (cells %2,%3).").arg(paths.at(qsizetype(j))).arg(w.x).arg(w.y),
                            paths.at(qsizetype(j)), errors.lastFailure());
        }
        return {};
    }
};

Result<InputInfo> probe(const QString &path)
{
    GdalErrorCollector errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!ds)
        return fail(QCoreApplication::translate("PrioritizationRaster", "Cannot open %1 as a raster.").arg(path), path, errors.lastFailure());
    if (ds->GetRasterCount() < 1)
        return fail(QCoreApplication::translate("PrioritizationRaster", "%1 has no bands.").arg(path), path);
    InputInfo info;
    info.path = path;
    info.width = ds->GetRasterXSize();
    info.height = ds->GetRasterYSize();
    info.hasGeoTransform = ds->GetGeoTransform(info.gt) == CE_None;
    GDALRasterBand *band = ds->GetRasterBand(1);
    band->GetBlockSize(&info.blockX, &info.blockY);
    info.type = band->GetRasterDataType();
    int has = 0;
    info.noData = band->GetNoDataValue(&has);
    info.hasNoData = has != 0;
    return info;
}

bool sameCrs(const QString &a, const QString &b)
{
    GDALDatasetUniquePtr da(GDALDataset::Open(a.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    GDALDatasetUniquePtr db(GDALDataset::Open(b.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!da || !db)
        return false;
    const OGRSpatialReference *sa = da->GetSpatialRef();
    const OGRSpatialReference *sb = db->GetSpatialRef();
    if (!sa || !sb)
        return true; // nothing to compare
    return sa->IsSame(sb);
}

} // namespace

Result<RasterMcdaResult> runRasterMcda(const QStringList &criterionPaths, const QString &constraintPath, const Setup &setup,
                                       const QString &output, int threads, Feedback &feedback)
{
    ensureGdalRegistered();
    const size_t k = setup.criteria.size();
    if (size_t(criterionPaths.size()) != k)
        return fail(QCoreApplication::translate("PrioritizationRaster", "Parameter “rasters”: %1 rasters for %2 criteria; give one criterion per raster, in the same order.")
                        .arg(criterionPaths.size())
                        .arg(k));
    // Every raster read per block: the criteria, then the constraint.
    QStringList paths = criterionPaths;
    if (!constraintPath.isEmpty())
        paths << constraintPath;
    for (const Criterion &c : setup.criteria)
        if (c.hasValueFunction())
            return fail(QCoreApplication::translate("PrioritizationRaster", "Parameter “criteria”: “%1”: value functions with breakpoints are for units; for rasters write %1:benefit:low:high or %1:cost:low:high.").arg(c.name));
    std::vector<InputInfo> inputs;
    for (const QString &path : paths) {
        if (QFileInfo(path).exists() && QFileInfo(output).exists() && QFileInfo(path).canonicalFilePath() == QFileInfo(output).canonicalFilePath())
            return fail(QCoreApplication::translate("PrioritizationRaster", "The output %1 is also an input: choose another file.").arg(output), output);
        auto info = probe(path);
        if (!info)
            return std::unexpected(info.error());
        inputs.push_back(*info);
    }
    const InputInfo &first = inputs.front();
    for (size_t j = 1; j < inputs.size(); ++j) {
        const InputInfo &in = inputs[j];
        bool aligned = in.width == first.width && in.height == first.height && in.hasGeoTransform == first.hasGeoTransform;
        const double tolerance = 1e-6 * std::max(std::abs(first.gt[1]), std::abs(first.gt[5]));
        for (int g = 0; aligned && g < 6; ++g)
            aligned = std::abs(in.gt[g] - first.gt[g]) <= tolerance;
        if (!aligned)
            return fail(QCoreApplication::translate("PrioritizationRaster", "%1 (%2 x %3 cells) is not aligned with %4 (%5 x %6 cells): the rasters must share size, origin and cell size (resample with gdalwarp first).")
                            .arg(in.path)
                            .arg(in.width)
                            .arg(in.height)
                            .arg(first.path)
                            .arg(first.width)
                            .arg(first.height),
                        in.path);
        if (!sameCrs(first.path, in.path))
            return fail(QCoreApplication::translate("PrioritizationRaster", "%1 and %2 have different coordinate reference systems.").arg(in.path, first.path), in.path);
    }
    const int width = first.width, height = first.height;

    // Fast path: every input is a tiled Float32 raster with the same tiles; the
    // output gets those tiles too and whole blocks are read and written without the
    // block cache (ReadBlock/WriteBlock). Otherwise windows by RasterIO into a
    // 256 x 256 tiled output.
    bool fast = first.blockX < width && first.blockX % 16 == 0 && first.blockY % 16 == 0;
    for (const InputInfo &in : inputs)
        fast = fast && in.type == GDT_Float32 && in.blockX == first.blockX && in.blockY == first.blockY;
    // Inputs in strips (untiled GeoTIFF): windows of whole rows, so that each strip
    // is read once (unless the rows are so wide that the buffers would be large).
    const bool strips = !fast && first.blockX >= width && size_t(width) * 256 <= (size_t(4) << 20);
    const int tileX = fast ? first.blockX : (strips ? width : 256), tileY = fast ? first.blockY : 256;
    const int outBlockX = fast ? first.blockX : 256, outBlockY = fast ? first.blockY : 256;
    std::vector<Window> windows;
    for (int by = 0, row = 0; row < height; row += tileY, ++by)
        for (int bx = 0, col = 0; col < width; col += tileX, ++bx)
            windows.push_back(Window{col, row, std::min(tileX, width - col), std::min(tileY, height - row), bx, by});
    const size_t bufferCells = size_t(tileX) * size_t(tileY);
    std::vector<MappedRaster> mapped;
    // Memory-mapped reads of uncompressed GeoTIFFs are opt-in: they saved only ~7 %
    // and a file truncated by another program during the run would crash the process.
    if (fast && qEnvironmentVariableIntValue("TERRITORIA_MCDA_MMAP") == 1)
        for (const QString &path : paths)
            mapped.push_back(MappedRaster::open(path, tileX, tileY, width, height));

    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = std::max(1, std::min<int>(threads, int(windows.size())));

    Kernel kernel;
    kernel.method = setup.method;
    kernel.k = k;
    for (const InputInfo &in : inputs) {
        kernel.hasNoData.push_back(in.hasNoData);
        kernel.noData.push_back(float(in.noData));
    }
    if (!constraintPath.isEmpty()) {
        kernel.hasMask = true;
        kernel.maskHasNoData = inputs.back().hasNoData;
        kernel.maskNoData = float(inputs.back().noData);
        kernel.hasNoData.pop_back();
        kernel.noData.pop_back();
    }
    kernel.weightsDouble = setup.weights;
    kernel.orderWeights = setup.orderWeights;

    // Pass 1 (when needed): statistics of each criterion over the cells where every input has data.
    const bool needStats = setup.method == Method::Topsis
                           || std::any_of(setup.criteria.begin(), setup.criteria.end(), [](const Criterion &c) { return !c.hasBounds(); });
    std::vector<CriterionStats> stats(k);
    std::atomic<size_t> done{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::optional<Error> firstError;
    const double passes = needStats ? 2.0 : 1.0;
    auto reportError = [&](const Error &e) {
        std::lock_guard lock(mutex);
        if (!firstError)
            firstError = e;
        stop = true;
    };
    auto runPool = [&](bool zeroCopy, auto &&work) {
        std::atomic<size_t> next{0};
        auto worker = [&]() {
            Reader reader;
            if (auto ok = reader.open(paths); !ok) {
                reportError(ok.error());
                return;
            }
            Scratch scratch;
            scratch.resize(size_t(paths.size()), bufferCells);
            for (;;) {
                const size_t index = next++;
                if (index >= windows.size() || stop)
                    break;
                if (feedback.isCanceled()) {
                    stop = true;
                    break;
                }
                const Window &w = windows[index];
                if (auto ok = reader.read(w, fast, scratch, paths, mapped, zeroCopy); !ok) {
                    reportError(ok.error());
                    break;
                }
                if (auto ok = work(w, scratch); !ok) {
                    reportError(ok.error());
                    break;
                }
                const size_t count = ++done;
                if (count % 64 == 0)
                    feedback.setProgress(100.0 * double(count) / (passes * double(windows.size())));
            }
        };
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(worker);
        worker();
        for (std::thread &t : pool)
            t.join();
    };

    RasterMcdaResult result;
    if (needStats) {
        result.statisticsPass = true;
        runPool(false, [&](const Window &w, Scratch &s) -> Result<void> {
            const size_t stride = fast ? size_t(tileX) : size_t(w.w);
            validMask(kernel, s, fast ? bufferCells : size_t(w.w) * size_t(w.h));
            std::vector<CriterionStats> local(k);
            for (int r = 0; r < w.h; ++r)
                for (int c = 0; c < w.w; ++c) {
                    const size_t i = size_t(r) * stride + size_t(c);
                    if (!s.valid[i])
                        continue;
                    for (size_t j = 0; j < k; ++j)
                        local[j].add(s.at[j][i]);
                }
            std::lock_guard lock(mutex);
            for (size_t j = 0; j < k; ++j)
                stats[j].merge(local[j]);
            return {};
        });
        if (feedback.isCanceled())
            return fail(QCoreApplication::translate("PrioritizationRaster", "The prioritization was canceled."));
        if (firstError)
            return std::unexpected(*firstError);
        if (stats[0].count == 0)
            return fail(QCoreApplication::translate("PrioritizationRaster", "No cell has data in every raster and satisfies the constraint (%1).").arg(paths.join(u", "_s)));
        for (size_t j = 0; j < k; ++j) {
            const bool benefit = setup.criteria[j].direction == Direction::Benefit;
            result.idealRaw.push_back(benefit ? stats[j].max : stats[j].min);
            result.antiIdealRaw.push_back(benefit ? stats[j].min : stats[j].max);
            if (!setup.criteria[j].hasBounds() && stats[j].isConstant())
                feedback.pushWarning(QCoreApplication::translate("PrioritizationRaster", "%1 (%2) has the same value in every cell: it adds nothing to the score.")
                                         .arg(setup.criteria[j].name, paths.at(qsizetype(j))));
        }
    }
    for (size_t j = 0; j < k; ++j) {
        const Transform t = orientedTransform(setup.criteria[j], setup.normalization, stats[j]);
        kernel.scale.push_back(float(t.scale));
        kernel.offset.push_back(float(t.offset));
        kernel.clamped.push_back(t.clamped);
        kernel.weight.push_back(float(setup.weights[j]));
        if (needStats) {
            const double a = setup.weights[j] * t(stats[j].min), b = setup.weights[j] * t(stats[j].max);
            kernel.best.push_back(float(std::max(a, b)));
            kernel.worst.push_back(float(std::min(a, b)));
        } else {
            kernel.best.push_back(0);
            kernel.worst.push_back(0);
        }
    }

    // The output.
    GdalErrorCollector errors;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!driver)
        return fail(QCoreApplication::translate("PrioritizationRaster", "Cannot write %1: GDAL has no GTiff driver.").arg(output), output);
    if (QFileInfo::exists(output))
        driver->Delete(output.toUtf8().constData());
    CslList options({u"TILED=YES"_s, u"BLOCKXSIZE=%1"_s.arg(outBlockX), u"BLOCKYSIZE=%1"_s.arg(outBlockY), u"BIGTIFF=IF_SAFER"_s});
    GDALDatasetUniquePtr out(driver->Create(output.toUtf8().constData(), width, height, 1, GDT_Float32, options.list()));
    if (!out)
        return fail(QCoreApplication::translate("PrioritizationRaster", "Cannot create %1.").arg(output), output, errors.lastFailure());
    {
        GDALDatasetUniquePtr src(GDALDataset::Open(first.path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (first.hasGeoTransform)
            out->SetGeoTransform(const_cast<double *>(first.gt));
        if (src && src->GetSpatialRef())
            out->SetSpatialRef(src->GetSpatialRef());
    }
    GDALRasterBand *outBand = out->GetRasterBand(1);
    outBand->SetNoDataValue(kOutNoData);

    std::atomic<qlonglong> valid{0};
    runPool(setup.method == Method::Wlc && k <= 16, [&](const Window &w, Scratch &s) -> Result<void> {
        const size_t n = fast ? bufferCells : size_t(w.w) * size_t(w.h);
        computeBlock(kernel, s, n);
        const size_t stride = fast ? size_t(tileX) : size_t(w.w);
        // Cells with a score (WLC keeps no mask: a score is never exactly the no-data value).
        qlonglong count = 0;
        for (int r = 0; r < w.h; ++r) {
            const float *o = s.out.data() + size_t(r) * stride;
            for (int c = 0; c < w.w; ++c)
                count += o[c] != kOutNoData;
        }
        valid += count;
        GdalErrorCollector writeErrors;
        std::lock_guard lock(mutex);
        const CPLErr err = fast ? outBand->WriteBlock(w.blockCol, w.blockRow, s.out.data())
                                : outBand->RasterIO(GF_Write, w.x, w.y, w.w, w.h, s.out.data(), w.w, w.h, GDT_Float32, 0, 0, nullptr);
        if (err != CE_None)
            return fail(QCoreApplication::translate("PrioritizationRaster", "Cannot write %1.").arg(output), output, writeErrors.lastFailure());
        return {};
    });
    if (feedback.isCanceled()) {
        out.reset();
        driver->Delete(output.toUtf8().constData());
        return fail(QCoreApplication::translate("PrioritizationRaster", "The prioritization was canceled."));
    }
    if (firstError)
        return std::unexpected(*firstError);
    out->FlushCache(true);
    out.reset();
    if (errors.hasFailures())
        return fail(QCoreApplication::translate("PrioritizationRaster", "Cannot write %1.").arg(output), output, errors.lastFailure());
    result.validCells = valid;
    result.nodataCells = qlonglong(width) * qlonglong(height) - result.validCells;
    return result;
}

} // namespace territoria::prioritization
