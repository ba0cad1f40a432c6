#include "speedsurface.h"

#include "data/gdalutil.h"
#include "task/feedback.h"

#include <gdal_alg.h>

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <set>

using namespace Qt::StringLiterals;

namespace territoria::coverage {

namespace {

// The translation context of the speed surface's messages.
struct SpeedSurface {
    Q_DECLARE_TR_FUNCTIONS(SpeedSurface)
};

constexpr float kNan = std::numeric_limits<float>::quiet_NaN();

// The rows of the strips the surface is written in, of the chunks roads and
// barriers are burned in, and the side of the temporary GeoTIFFs' tiles.
constexpr int kStripRows = 256;

// A one-band raster on the land cover's grid: in memory when `path` is empty, else
// a tiled, uncompressed GeoTIFF (sparse: blocks never written take no disk space).
GDALDatasetUniquePtr createRaster(const QString &path, int width, int height, GDALDataType type,
                                  const std::array<double, 6> &gt, const OGRSpatialReference *srs)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(path.isEmpty() ? "MEM" : "GTiff");
    if (!driver)
        return nullptr;
    CPLStringList options;
    if (!path.isEmpty()) {
        const QByteArray block = QByteArray::number(kStripRows);
        options.SetNameValue("TILED", "YES");
        options.SetNameValue("BLOCKXSIZE", block.constData());
        options.SetNameValue("BLOCKYSIZE", block.constData());
        options.SetNameValue("COMPRESS", "NONE");
        options.SetNameValue("SPARSE_OK", "TRUE");
        options.SetNameValue("BIGTIFF", "IF_SAFER");
    }
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), width, height, 1, type, options.List()));
    if (!ds)
        return nullptr;
    std::array<double, 6> copy = gt;
    ds->SetGeoTransform(copy.data());
    if (srs)
        ds->SetSpatialRef(srs);
    return ds;
}

struct Burn {
    OGRGeometryUniquePtr geometry;
    double value = 0;
};

// The features of `source` in `target`'s CRS (reprojected on the fly), with the
// value of `field` (empty: 1). Features with a NULL, unset or negative value are
// skipped with a warning.
Result<std::vector<Burn>> readBurns(const QString &source, const QString &parameter, const QString &field,
                                    const OGRSpatialReference *target, Feedback &feedback)
{
    GdalErrorCollector errors;
    auto input = openVector(source);
    if (!input)
        return std::unexpected(input.error());
    const OGRSpatialReference *srs = input->layer->GetSpatialRef();
    if (!srs)
        return fail(SpeedSurface::tr("Parameter “%1”: %2 has no CRS.").arg(parameter, input->path), input->path);
    std::unique_ptr<OGRCoordinateTransformation> ct = transformBetween(srs, target);
    if (!srs->IsSame(target) && !ct)
        return fail(SpeedSurface::tr("Parameter “%1”: cannot transform %2 to the CRS of the land cover.").arg(parameter, input->path),
                    input->path, errors.lastFailure());
    int fieldIndex = -1;
    if (!field.isEmpty()) {
        fieldIndex = input->layer->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData());
        if (fieldIndex < 0)
            return fail(SpeedSurface::tr("Parameter “%1”: %2 has no field “%3”.").arg(parameter, input->path, field), input->path);
    }
    std::vector<Burn> burns;
    int missing = 0, untransformed = 0;
    input->layer->ResetReading();
    for (auto &feature : *input->layer) {
        const OGRGeometry *g = feature->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        double value = 1;
        if (fieldIndex >= 0) {
            if (!feature->IsFieldSetAndNotNull(fieldIndex) || !(feature->GetFieldAsDouble(fieldIndex) >= 0)) {
                ++missing;
                continue;
            }
            value = feature->GetFieldAsDouble(fieldIndex);
        }
        OGRGeometryUniquePtr copy(g->clone());
        if (ct && copy->transform(ct.get()) != OGRERR_NONE) {
            ++untransformed;
            continue;
        }
        burns.push_back({std::move(copy), value});
    }
    if (missing > 0)
        feedback.pushWarning(QCoreApplication::translate("SpeedSurface",
                                                         "%n feature(s) of %1 have no speed (NULL or negative “%2”) and are skipped.",
                                                         nullptr, missing)
                                 .arg(input->path, field));
    if (untransformed > 0)
        feedback.pushWarning(QCoreApplication::translate("SpeedSurface",
                                                         "%n feature(s) of %1 cannot be transformed to the CRS of the land cover and are skipped.",
                                                         nullptr, untransformed)
                                 .arg(input->path));
    return burns;
}

// Called by GDALRasterizeGeometries after each chunk of rows it burned: writes the
// chunk out of GDAL's block cache (temporary GeoTIFF) and stops on cancel.
struct ChunkProgress {
    GDALRasterBand *band = nullptr;
    bool flush = false;
    Feedback *feedback = nullptr;
    bool flushFailed = false;
    bool canceled = false;
};

int CPL_STDCALL chunkDone(double, const char *, void *arg)
{
    auto *p = static_cast<ChunkProgress *>(arg);
    if (p->flush && p->band->FlushCache() != CE_None) {
        p->flushFailed = true;
        return FALSE;
    }
    if (p->feedback->isCanceled()) {
        p->canceled = true;
        return FALSE;
    }
    return TRUE;
}

// Burns `burns` into `ds` in order (the last one wins where they overlap): each
// feature's value, or `burnValue` when given. GDAL works in chunks of kStripRows
// rows (CHUNKYSIZE; OPTIM=RASTER so that it also does with tiled GeoTIFFs and many
// features, where it would otherwise go feature by feature through the block
// cache): its buffer stays at kStripRows rows whatever the raster's height, and
// with `flush` each chunk leaves the block cache once written.
Result<void> rasterize(GDALDataset *ds, const std::vector<Burn> &burns, bool allTouched, std::optional<double> burnValue,
                       const QString &path, bool flush, Feedback &feedback)
{
    GdalErrorCollector errors;
    if (burns.empty())
        return {};
    std::vector<OGRGeometryH> geometries;
    std::vector<double> burnValues;
    for (const Burn &b : burns) {
        geometries.push_back(OGRGeometry::ToHandle(b.geometry.get()));
        burnValues.push_back(burnValue.value_or(b.value));
    }
    const int bands[1] = {1};
    CPLStringList options;
    if (allTouched)
        options.SetNameValue("ALL_TOUCHED", "TRUE");
    options.SetNameValue("CHUNKYSIZE", QByteArray::number(kStripRows).constData());
    options.SetNameValue("OPTIM", "RASTER");
    ChunkProgress progress{ds->GetRasterBand(1), flush, &feedback};
    if (GDALRasterizeGeometries(GDALDataset::ToHandle(ds), 1, bands, int(geometries.size()), geometries.data(), nullptr,
                                nullptr, burnValues.data(), options.List(), chunkDone, &progress)
        != CE_None) {
        if (progress.canceled)
            return fail(SpeedSurface::tr("Canceled."));
        if (progress.flushFailed)
            return fail(SpeedSurface::tr("Cannot write the temporary speed surface %1 (disk full?).")
                            .arg(QString::fromUtf8(ds->GetDescription())),
                        path, errors.lastFailure());
        return fail(SpeedSurface::tr("Cannot rasterize %1.").arg(path), path, errors.lastFailure());
    }
    return {};
}

} // namespace

ModeCode modeCode(const QString &mode)
{
    if (mode == "walk"_L1)
        return ModeCode::Walk;
    if (mode == "bicycle"_L1)
        return ModeCode::Bicycle;
    return ModeCode::Motorized;
}

Result<std::map<qint64, SpeedClass>> parseSpeedTable(const QString &text, const QString &defaultMode)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(SpeedSurface::tr("Parameter “speed_table” is empty: give a CSV file (class,kmh[,mode] per line) or "
                       "“class:kmh[:mode];...”."));
    QStringList records;
    QChar separator = u':';
    QString where = u"speed_table"_s;
    const bool isFile = !trimmed.contains(u';') && QFileInfo(trimmed).isFile();
    if (isFile) {
        QFile file(trimmed);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(SpeedSurface::tr("Parameter “speed_table”: cannot read %1.").arg(trimmed), trimmed);
        records = QString::fromUtf8(file.readAll()).split(u'\n');
        separator = u',';
        where = trimmed;
    } else {
        if (!trimmed.contains(u':'))
            return fail(SpeedSurface::tr("Parameter “speed_table”: %1 is neither a readable CSV file nor “class:kmh[:mode];...”.")
                            .arg(trimmed),
                        trimmed);
        records = trimmed.split(u';');
    }
    std::map<qint64, SpeedClass> table;
    bool first = true;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString record = records.at(i).trimmed();
        if (record.isEmpty() || record.startsWith(u'#'))
            continue;
        const QStringList fields = record.split(separator);
        bool okClass = false, okSpeed = false;
        const qint64 cls = fields.value(0).trimmed().toLongLong(&okClass);
        const bool header = first && isFile && !okClass;
        first = false;
        if (header)
            continue;
        const QString label = isFile ? SpeedSurface::tr("line %1").arg(i + 1) : SpeedSurface::tr("record %1").arg(i + 1);
        if (fields.size() < 2 || fields.size() > 3)
            return fail(SpeedSurface::tr("Speed table %1, %2 (“%3”): expected class%4km/h[%4mode].").arg(where, label, record, separator),
                        where);
        if (!okClass)
            return fail(SpeedSurface::tr("Speed table %1, %2: the class “%3” is not an integer.").arg(where, label, fields.at(0).trimmed()),
                        where);
        const double kmh = fields.at(1).trimmed().toDouble(&okSpeed);
        if (!okSpeed || !(kmh >= 0) || std::isinf(kmh))
            return fail(SpeedSurface::tr("Speed table %1, %2: the speed “%3” is not a number of km/h ≥ 0.").arg(where, label, fields.at(1).trimmed()),
                        where);
        QString mode = fields.size() == 3 ? fields.at(2).trimmed().toLower() : defaultMode;
        if (mode.isEmpty())
            mode = defaultMode;
        if (mode != "walk"_L1 && mode != "bicycle"_L1 && mode != "motorized"_L1)
            return fail(SpeedSurface::tr("Speed table %1, %2: unknown mode “%3” (walk, bicycle or motorized).").arg(where, label, mode), where);
        if (table.contains(cls))
            return fail(SpeedSurface::tr("Speed table %1, %2: class %3 is given twice.").arg(where, label).arg(cls), where);
        table.emplace(cls, SpeedClass{kmh, mode});
    }
    if (table.empty())
        return fail(SpeedSurface::tr("Speed table %1 has no records.").arg(where), where);
    return table;
}

Result<SpeedSurfaceResult> buildSpeedSurface(const SpeedSurfaceInputs &inputs, Feedback &feedback)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    // The stacking order: every layer given appears once; names of layers not given are ignored.
    QStringList order;
    const QString stack = inputs.stackOrder.trimmed().isEmpty() ? u"landcover,roads,barriers"_s : inputs.stackOrder;
    for (const QString &part : stack.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        if (name != "landcover"_L1 && name != "roads"_L1 && name != "barriers"_L1)
            return fail(SpeedSurface::tr("Parameter “stack_order”: unknown layer “%1” (landcover, roads, barriers).").arg(part.trimmed()));
        if (order.contains(name))
            return fail(SpeedSurface::tr("Parameter “stack_order”: “%1” is listed twice.").arg(name));
        order << name;
    }
    const std::pair<QString, bool> given[] = {{u"landcover"_s, true},
                                              {u"roads"_s, !inputs.roads.isEmpty()},
                                              {u"barriers"_s, !inputs.barriers.isEmpty()}};
    for (const auto &[name, present] : given)
        if (present && !order.contains(name))
            return fail(SpeedSurface::tr("Parameter “stack_order” (“%1”) leaves out “%2”.").arg(stack, name));
    if (!inputs.roads.isEmpty() && inputs.roadSpeedField.isEmpty())
        return fail(SpeedSurface::tr("Parameter “road_speed_field”: give the field of %1 with the speed of each road (km/h).").arg(inputs.roads));

    auto table = parseSpeedTable(inputs.speedTable, inputs.mode);
    if (!table)
        return std::unexpected(table.error());
    const QString roadMode = inputs.roadMode.trimmed().isEmpty() ? inputs.mode : inputs.roadMode.trimmed().toLower();
    if (roadMode != "walk"_L1 && roadMode != "bicycle"_L1 && roadMode != "motorized"_L1)
        return fail(SpeedSurface::tr("Parameter “road_mode”: unknown mode “%1” (walk, bicycle or motorized).").arg(inputs.roadMode));
    // The modes the cells can take: the table's and, with roads, the roads'.
    std::set<QString> modes;
    for (const auto &[cls, sc] : *table)
        modes.insert(sc.mode);
    if (!inputs.roads.isEmpty() && order.contains(u"roads"_s))
        modes.insert(roadMode);
    const bool mixed = modes.size() > 1;

    auto landcover = openRaster(inputs.landcover, u"landcover"_s, true);
    if (!landcover)
        return std::unexpected(landcover.error());
    const int width = landcover->width, height = landcover->height;
    const OGRSpatialReference *srs = landcover->dataset->GetSpatialRef();

    // Declared before the rasters: on an early return they are closed first, then
    // the temporary folder (if any) is removed.
    SpeedSurfaceResult surface;
    // In memory, or beyond half the budget in temporary tiled GeoTIFFs.
    const double surfaceBytes = double(width) * double(height) * (mixed ? 5.0 : 4.0);
    const bool onDisk = inputs.memoryBytes > 0 && surfaceBytes > double(inputs.memoryBytes) / 2;
    QString speedFile, modesFile;
    if (onDisk) {
        surface.temporaryDir = std::make_shared<QTemporaryDir>(QDir::tempPath() + u"/territoria-speed-XXXXXX"_s);
        if (!surface.temporaryDir->isValid())
            return fail(SpeedSurface::tr("Cannot create a temporary folder in %1 for the %2 x %3 speed surface: %4.")
                            .arg(QDir::tempPath())
                            .arg(width)
                            .arg(height)
                            .arg(surface.temporaryDir->errorString()),
                        QDir::tempPath());
        speedFile = surface.temporaryDir->filePath(u"speed.tif"_s);
        if (mixed)
            modesFile = surface.temporaryDir->filePath(u"modes.tif"_s);
        feedback.pushInfo(SpeedSurface::tr("Speed surface of %1 x %2 cells (%3 MB) beyond half the memory budget: built in "
                                           "temporary files in %4.")
                              .arg(width)
                              .arg(height)
                              .arg(qint64(std::ceil(surfaceBytes / 1048576.0)))
                              .arg(surface.temporaryDir->path()));
    }
    const auto cannotCreate = [&](const QString &file) {
        return file.isEmpty()
                   ? fail(SpeedSurface::tr("Not enough memory for a %1 x %2 speed grid.").arg(width).arg(height), inputs.landcover,
                          errors.lastFailure())
                   : fail(SpeedSurface::tr("Cannot create the temporary speed surface %1 (%2 x %3 cells).").arg(file).arg(width).arg(height),
                          file, errors.lastFailure());
    };
    // The speed raster (km/h, NaN: impassable) that every layer is burned into.
    RasterInput result;
    result.path = inputs.landcover;
    result.geoTransform = landcover->geoTransform;
    result.width = width;
    result.height = height;
    result.dataset = createRaster(speedFile, width, height, GDT_Float32, landcover->geoTransform, srs);
    if (!result.dataset)
        return cannotCreate(speedFile);
    result.band = result.dataset->GetRasterBand(1);
    if (mixed) {
        surface.modes = createRaster(modesFile, width, height, GDT_Byte, landcover->geoTransform, srs);
        if (!surface.modes)
            return cannotCreate(modesFile);
        QStringList names;
        for (const QString &m : modes)
            names << m;
        feedback.pushInfo(SpeedSurface::tr("Travel modes per cell (%1): the slope correction follows each cell's mode.")
                              .arg(names.join(u", "_s)));
    } else {
        surface.mode = *modes.begin();
    }
    GDALRasterBand *modeBand = surface.modes ? surface.modes->GetRasterBand(1) : nullptr;

    // Writes a strip of rows of the surface and, with temporary GeoTIFFs, sends it
    // out of GDAL's block cache at once so that dirty blocks do not pile up.
    const auto writeStrip = [&](int r0, int rows, float *speeds, quint8 *cellModes) -> Result<void> {
        const QString &file = onDisk ? speedFile : inputs.landcover;
        if (result.band->RasterIO(GF_Write, 0, r0, width, rows, speeds, width, rows, GDT_Float32, 0, 0, nullptr) != CE_None
            || (onDisk && result.band->FlushCache() != CE_None))
            return onDisk ? fail(SpeedSurface::tr("Cannot write the temporary speed surface %1 (disk full?).").arg(speedFile),
                                 speedFile, errors.lastFailure())
                          : fail(SpeedSurface::tr("Not enough memory for a %1 x %2 speed grid.").arg(width).arg(height), file,
                                 errors.lastFailure());
        if (modeBand
            && (modeBand->RasterIO(GF_Write, 0, r0, width, rows, cellModes, width, rows, GDT_Byte, 0, 0, nullptr) != CE_None
                || (onDisk && modeBand->FlushCache() != CE_None)))
            return onDisk ? fail(SpeedSurface::tr("Cannot write the temporary speed surface %1 (disk full?).").arg(modesFile),
                                 modesFile, errors.lastFailure())
                          : fail(SpeedSurface::tr("Not enough memory for a %1 x %2 speed grid.").arg(width).arg(height), file,
                                 errors.lastFailure());
        return {};
    };
    // Until the first layer is written the surface is all impassable (NaN) and
    // motorized: the land cover, when first, writes every cell anyway; roads or
    // barriers first need it written beforehand.
    bool initialized = false;
    const auto initialize = [&]() -> Result<void> {
        if (initialized)
            return {};
        std::vector<float> speeds(size_t(std::min(kStripRows, height)) * size_t(width), kNan);
        std::vector<quint8> cellModes(modeBand ? speeds.size() : 0, quint8(ModeCode::Motorized));
        for (int r0 = 0; r0 < height; r0 += kStripRows) {
            if (feedback.isCanceled())
                return fail(SpeedSurface::tr("Canceled."));
            if (auto ok = writeStrip(r0, std::min(kStripRows, height - r0), speeds.data(), cellModes.data()); !ok)
                return ok;
        }
        initialized = true;
        return {};
    };

    for (const QString &layer : order) {
        if (feedback.isCanceled())
            return fail(SpeedSurface::tr("Canceled."));
        if (layer == "landcover"_L1) {
            std::vector<double> classes;
            std::vector<float> speeds;
            std::vector<quint8> cellModes;
            std::set<double> unknown;
            for (int r0 = 0; r0 < height; r0 += kStripRows) {
                if (feedback.isCanceled())
                    return fail(SpeedSurface::tr("Canceled."));
                const int rows = std::min(kStripRows, height - r0);
                const size_t n = size_t(rows) * size_t(width);
                classes.resize(n);
                if (landcover->band->RasterIO(GF_Read, 0, r0, width, rows, classes.data(), width, rows, GDT_Float64, 0, 0, nullptr)
                    != CE_None)
                    return fail(SpeedSurface::tr("Cannot read %1.").arg(inputs.landcover), inputs.landcover, errors.lastFailure());
                if (!initialized) {
                    speeds.assign(n, kNan);
                    if (modeBand)
                        cellModes.assign(n, quint8(ModeCode::Motorized));
                } else {
                    speeds.resize(n);
                    if (result.band->RasterIO(GF_Read, 0, r0, width, rows, speeds.data(), width, rows, GDT_Float32, 0, 0, nullptr)
                        != CE_None)
                        return fail(SpeedSurface::tr("Cannot read the speed surface %1.").arg(onDisk ? speedFile : inputs.landcover),
                                    onDisk ? speedFile : inputs.landcover, errors.lastFailure());
                    if (modeBand) {
                        cellModes.resize(n);
                        if (modeBand->RasterIO(GF_Read, 0, r0, width, rows, cellModes.data(), width, rows, GDT_Byte, 0, 0, nullptr)
                            != CE_None)
                            return fail(SpeedSurface::tr("Cannot read the speed surface %1.").arg(onDisk ? modesFile : inputs.landcover),
                                        onDisk ? modesFile : inputs.landcover, errors.lastFailure());
                    }
                }
                for (size_t i = 0; i < n; ++i) {
                    const double v = classes[i];
                    if (std::isnan(v) || (landcover->hasNodata && v == landcover->nodata))
                        continue; // keeps what the layers below gave
                    const auto it = v == std::floor(v) && std::abs(v) < 9e15 ? table->find(qint64(v)) : table->end();
                    if (it == table->end()) {
                        unknown.insert(v);
                        continue;
                    }
                    speeds[i] = it->second.kmh > 0 ? float(it->second.kmh) : kNan;
                    if (modeBand)
                        cellModes[i] = quint8(modeCode(it->second.mode));
                }
                if (auto ok = writeStrip(r0, rows, speeds.data(), cellModes.data()); !ok)
                    return std::unexpected(ok.error());
                landcover->band->FlushCache();
            }
            initialized = true;
            if (!unknown.empty()) {
                QStringList list;
                for (double v : unknown) {
                    if (list.size() == 20) {
                        list << SpeedSurface::tr("… (%n more)", nullptr, int(unknown.size() - 20));
                        break;
                    }
                    list << QString::number(v, 'g', 15);
                }
                return fail(SpeedSurface::tr("Parameter “speed_table”: the land cover %1 has classes that the table does not give: %2.")
                                .arg(inputs.landcover, list.join(u", "_s)),
                            inputs.landcover);
            }
        } else if (layer == "roads"_L1 && !inputs.roads.isEmpty()) {
            auto burns = readBurns(inputs.roads, u"roads"_s, inputs.roadSpeedField, srs, feedback);
            if (!burns)
                return std::unexpected(burns.error());
            if (auto ok = initialize(); !ok)
                return std::unexpected(ok.error());
            // The fastest road wins where roads cross or touch the same cell (0 km/h: impassable).
            std::stable_sort(burns->begin(), burns->end(), [](const Burn &a, const Burn &b) { return a.value < b.value; });
            if (auto ok = rasterize(result.dataset.get(), *burns, true, std::nullopt, inputs.roads, onDisk, feedback); !ok)
                return std::unexpected(ok.error());
            // The same cells take the roads' mode.
            if (modeBand) {
                if (auto ok = rasterize(surface.modes.get(), *burns, true, double(modeCode(roadMode)), inputs.roads, onDisk, feedback);
                    !ok)
                    return std::unexpected(ok.error());
            }
        } else if (layer == "barriers"_L1 && !inputs.barriers.isEmpty()) {
            auto burns = readBurns(inputs.barriers, u"barriers"_s, {}, srs, feedback);
            if (!burns)
                return std::unexpected(burns.error());
            if (auto ok = initialize(); !ok)
                return std::unexpected(ok.error());
            if (auto ok = rasterize(result.dataset.get(), *burns, false, std::numeric_limits<double>::quiet_NaN(), inputs.barriers,
                                    onDisk, feedback);
                !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = initialize(); !ok) // (the land cover is always in the order)
        return std::unexpected(ok.error());
    surface.speed = std::move(result);
    return surface;
}

} // namespace territoria::coverage
