#include "population.h"

#include "coverageio.h"
#include "data/gdalutil.h"
#include "isochrones.h"
#include "task/feedback.h"

#include <gdal_alg.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

using namespace coverage;

struct Tally {
    double allocated = 0;       // all reached people allocated to it
    std::vector<double> within; // per threshold
};

QString number(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'f', 3);
}

} // namespace

QString PopulationCoverageAlgorithm::id() const
{
    return u"coverage:population"_s;
}

QString PopulationCoverageAlgorithm::displayName() const
{
    return tr("Population covered");
}

QString PopulationCoverageAlgorithm::group() const
{
    return tr("Accessibility");
}

QString PopulationCoverageAlgorithm::shortHelp() const
{
    return tr("People within each travel-time threshold (minutes), in total, per facility (with the nearest-facility "
              "allocation raster) and per district, and the people left out. Population comes from a raster on the grid "
              "of the travel-time raster, or from a population field of the districts spread evenly over their cells. "
              "Capacity-aware mode: give the facilities with a capacity field and the folder of per-facility travel-time "
              "rasters; facilities are taken in the order of the order field (or as listed) and each covers, nearest "
              "cells first, at most its capacity from the people still uncovered within max_minutes.");
}

QList<ParameterDefinition> PopulationCoverageAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"travel_time"_s, tr("Travel time raster (minutes)"), ParameterType::RasterLayer),
        P::make(u"population"_s, tr("Population raster (same grid)"), ParameterType::RasterLayer).setOptional(),
        P::make(u"districts"_s, tr("Districts"), ParameterType::VectorLayer).setOptional(),
        P::make(u"population_field"_s, tr("Population field of the districts (spread over their area)"), ParameterType::Field)
            .withParent(u"districts"_s)
            .setOptional(),
        P::make(u"thresholds"_s, tr("Thresholds (minutes)"), ParameterType::StringList).withDefault(QStringList{u"15"_s, u"30"_s, u"60"_s}),
        P::make(u"allocation"_s, tr("Nearest-facility raster (same grid)"), ParameterType::RasterLayer).setOptional(),
        P::make(u"facilities"_s, tr("Facilities (capacity-aware mode)"), ParameterType::VectorLayer).setOptional(),
        P::make(u"facility_id_field"_s, tr("Facility id field (as given to travel_time)"), ParameterType::Field)
            .withParent(u"facilities"_s)
            .setOptional(),
        P::make(u"capacity_field"_s, tr("Capacity field (people)"), ParameterType::Field).withParent(u"facilities"_s).setOptional(),
        P::make(u"order_field"_s, tr("Order field (ascending)"), ParameterType::Field).withParent(u"facilities"_s).setOptional(),
        P::make(u"per_facility_dir"_s, tr("Folder of per-facility travel-time rasters"), ParameterType::String).setOptional(),
        P::make(u"max_minutes"_s, tr("Coverage limit for the capacity-aware mode (minutes; 0: the largest threshold)"),
                ParameterType::Number)
            .withRange(0, 1e9)
            .withDefault(0.0),
        P::make(u"output"_s, tr("Table per facility"), ParameterType::FileOutput).withFile(FileKind::Table, u"csv"_s),
        P::make(u"districts_output"_s, tr("Table per district"), ParameterType::FileOutput).withFile(FileKind::Table, u"csv"_s).setOptional(),
    };
}

QList<OutputDefinition> PopulationCoverageAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Table per facility"), OutputType::TableFile},
        OutputDefinition{u"districts_output"_s, tr("Table per district"), OutputType::TableFile},
        OutputDefinition{u"total_population"_s, tr("Population"), OutputType::Number},
        OutputDefinition{u"within"_s, tr("Population within each threshold"), OutputType::Json},
        OutputDefinition{u"uncovered_population"_s, tr("Population beyond the largest threshold"), OutputType::Number},
        OutputDefinition{u"capacity_covered_population"_s, tr("Population covered within capacities"), OutputType::Number},
    };
}

Result<QVariantMap> PopulationCoverageAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString timePath = parameters.value(u"travel_time"_s).toString();
    const QString popPath = parameters.value(u"population"_s).toString();
    const QString districtsSource = parameters.value(u"districts"_s).toString();
    const QString popField = parameters.value(u"population_field"_s).toString();
    const QString allocationPath = parameters.value(u"allocation"_s).toString();
    const QString facilitiesSource = parameters.value(u"facilities"_s).toString();
    const QString idField = parameters.value(u"facility_id_field"_s).toString();
    const QString capacityField = parameters.value(u"capacity_field"_s).toString();
    const QString orderField = parameters.value(u"order_field"_s).toString();
    const QString perFacilityDir = parameters.value(u"per_facility_dir"_s).toString();
    const QString output = parameters.value(u"output"_s).toString();
    const QString districtsOutput = parameters.value(u"districts_output"_s).toString();
    auto thresholds = parseThresholds(parameters.value(u"thresholds"_s), u"thresholds"_s);
    if (!thresholds)
        return std::unexpected(thresholds.error());
    const std::vector<double> &th = *thresholds;
    const double maxMinutes = parameters.value(u"max_minutes"_s).toDouble() > 0 ? parameters.value(u"max_minutes"_s).toDouble() : th.back();

    if (popPath.isEmpty() == popField.isEmpty())
        return fail(tr("Give either a population raster (“population”) or a population field of the districts (“population_field”), not both."));
    if (!popField.isEmpty() && districtsSource.isEmpty())
        return fail(tr("Parameter “population_field” needs the districts (“districts”)."));
    if (!districtsOutput.isEmpty() && districtsSource.isEmpty())
        return fail(tr("Parameter “districts_output” needs the districts (“districts”)."));
    const bool capacityMode = !capacityField.isEmpty();
    if (capacityMode && (facilitiesSource.isEmpty() || perFacilityDir.isEmpty()))
        return fail(tr("The capacity-aware mode (“capacity_field”) needs the facilities and the folder of per-facility travel-time "
                       "rasters (“per_facility_dir”, written by coverage:travel_time)."));
    for (const QString &out : {output, districtsOutput})
        if (auto ok = checkOutputIsNotInput(out, {timePath, popPath, districtsSource, allocationPath, facilitiesSource}); !ok)
            return std::unexpected(ok.error());

    auto times = openRaster(timePath, u"travel_time"_s, false);
    if (!times)
        return std::unexpected(times.error());
    const int width = times->width, height = times->height;
    std::optional<RasterInput> pop, alloc;
    if (!popPath.isEmpty()) {
        auto r = openRaster(popPath, u"population"_s, false);
        if (!r)
            return std::unexpected(r.error());
        if (auto ok = checkSameGrid(*times, *r, u"population"_s); !ok)
            return std::unexpected(ok.error());
        pop = std::move(*r);
    }
    if (!allocationPath.isEmpty()) {
        auto r = openRaster(allocationPath, u"allocation"_s, false);
        if (!r)
            return std::unexpected(r.error());
        if (auto ok = checkSameGrid(*times, *r, u"allocation"_s); !ok)
            return std::unexpected(ok.error());
        alloc = std::move(*r);
    }

    // Districts rasterized on the travel-time grid: 1-based index per cell.
    std::optional<VectorInput> districts;
    std::vector<OGRFeatureUniquePtr> districtFeatures;
    std::vector<int32_t> districtOf;
    std::vector<double> districtCells, districtPopulation;
    if (!districtsSource.isEmpty()) {
        auto d = openVector(districtsSource);
        if (!d)
            return std::unexpected(d.error());
        districts = std::move(*d);
        const OGRSpatialReference *dsrs = districts->layer->GetSpatialRef();
        if (!dsrs)
            return fail(tr("%1 has no CRS.").arg(districts->path), districts->path);
        auto ct = transformBetween(dsrs, times->dataset->GetSpatialRef());
        std::vector<std::unique_ptr<OGRGeometry>> geometries;
        const int popIndex = popField.isEmpty() ? -1 : districts->layer->GetLayerDefn()->GetFieldIndex(popField.toUtf8().constData());
        districts->layer->ResetReading();
        while (OGRFeature *raw = districts->layer->GetNextFeature()) {
            OGRFeatureUniquePtr f(raw);
            std::unique_ptr<OGRGeometry> g(f->GetGeometryRef() ? f->GetGeometryRef()->clone() : nullptr);
            if (g && ct && g->transform(ct.get()) != OGRERR_NONE)
                return fail(tr("Cannot transform district %1 of %2 to the CRS of %3.").arg(f->GetFID()).arg(districts->path, timePath),
                            districts->path);
            districtPopulation.push_back(popIndex >= 0 && f->IsFieldSetAndNotNull(popIndex) ? f->GetFieldAsDouble(popIndex) : 0.0);
            geometries.push_back(std::move(g));
            districtFeatures.push_back(std::move(f));
        }
        GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
        GDALDatasetUniquePtr grid(mem->Create("", width, height, 1, GDT_Int32, nullptr));
        if (!grid)
            return fail(tr("Not enough memory to rasterize %1.").arg(districts->path), districts->path);
        grid->SetGeoTransform(times->geoTransform.data());
        std::vector<OGRGeometryH> handles;
        std::vector<double> burn;
        for (size_t i = 0; i < geometries.size(); ++i)
            if (geometries[i]) {
                handles.push_back(OGRGeometry::ToHandle(geometries[i].get()));
                burn.push_back(double(i + 1));
            }
        int bands[1] = {1};
        if (!handles.empty()
            && GDALRasterizeGeometries(GDALDataset::ToHandle(grid.get()), 1, bands, int(handles.size()), handles.data(), nullptr,
                                       nullptr, burn.data(), nullptr, nullptr, nullptr)
                   != CE_None)
            return fail(tr("Cannot rasterize %1.").arg(districts->path), districts->path, errors.lastFailure());
        districtOf.resize(size_t(width) * size_t(height));
        if (grid->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, width, height, districtOf.data(), width, height, GDT_Int32, 0, 0, nullptr)
            != CE_None)
            return fail(tr("Cannot rasterize %1.").arg(districts->path), districts->path, errors.lastFailure());
        districtCells.assign(districtFeatures.size(), 0.0);
        for (int32_t d : districtOf)
            if (d > 0)
                districtCells[size_t(d - 1)] += 1;
        if (!popField.isEmpty()) {
            int empty = 0;
            for (size_t i = 0; i < districtCells.size(); ++i)
                if (districtCells[i] == 0 && districtPopulation[i] > 0)
                    ++empty;
            if (empty > 0)
                feedback.pushWarning(tr("%n district(s) of %1 cover no cell centre of %2: their population is left out.", nullptr, empty)
                                         .arg(districts->path, timePath));
        }
    }
    feedback.setProgress(20);

    // Streaming pass: totals, per threshold, per facility, per district.
    const size_t nt = th.size();
    double total = 0;
    std::vector<double> within(nt, 0.0);
    std::map<int32_t, Tally> perFacility;
    std::vector<double> dTotal(districtFeatures.size(), 0.0);
    std::vector<std::vector<double>> dWithin(districtFeatures.size(), std::vector<double>(nt, 0.0));
    // Capacity mode keeps the population grid (people still uncovered).
    std::vector<float> remaining;
    if (capacityMode)
        remaining.assign(size_t(width) * size_t(height), 0.0f);
    const int strip = std::max(1, std::min(height, int(2'000'000 / std::max(1, width))));
    std::vector<float> t, p;
    std::vector<int32_t> a;
    for (int r0 = 0; r0 < height; r0 += strip) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        feedback.setProgress(20.0 + 50.0 * r0 / height);
        const int n = std::min(strip, height - r0);
        const size_t count = size_t(n) * size_t(width);
        t.resize(count);
        if (times->band->RasterIO(GF_Read, 0, r0, width, n, t.data(), width, n, GDT_Float32, 0, 0, nullptr) != CE_None)
            return fail(tr("Cannot read %1.").arg(timePath), timePath, errors.lastFailure());
        if (pop) {
            p.resize(count);
            if (pop->band->RasterIO(GF_Read, 0, r0, width, n, p.data(), width, n, GDT_Float32, 0, 0, nullptr) != CE_None)
                return fail(tr("Cannot read %1.").arg(popPath), popPath, errors.lastFailure());
        }
        if (alloc) {
            a.resize(count);
            if (alloc->band->RasterIO(GF_Read, 0, r0, width, n, a.data(), width, n, GDT_Int32, 0, 0, nullptr) != CE_None)
                return fail(tr("Cannot read %1.").arg(allocationPath), allocationPath, errors.lastFailure());
        }
        for (size_t i = 0; i < count; ++i) {
            const size_t cell = size_t(r0) * size_t(width) + i;
            const int32_t d = districtOf.empty() ? 0 : districtOf[cell];
            double people = 0;
            if (pop) {
                const float v = p[i];
                if (std::isnan(v) || (pop->hasNodata && v == float(pop->nodata)) || v <= 0)
                    continue;
                people = v;
            } else {
                if (d <= 0 || districtCells[size_t(d - 1)] == 0)
                    continue;
                people = districtPopulation[size_t(d - 1)] / districtCells[size_t(d - 1)];
            }
            total += people;
            if (d > 0)
                dTotal[size_t(d - 1)] += people;
            if (capacityMode)
                remaining[cell] = float(people);
            const float ti = t[i];
            const bool reached = !std::isnan(ti) && !(times->hasNodata && ti == float(times->nodata)) && ti >= 0;
            if (!reached)
                continue;
            Tally *tally = nullptr;
            if (alloc && a[i] != int32_t(alloc->nodata) && !(alloc->hasNodata && a[i] == int32_t(alloc->nodata))) {
                tally = &perFacility[a[i]];
                if (tally->within.empty())
                    tally->within.assign(nt, 0.0);
                tally->allocated += people;
            }
            for (size_t k = std::lower_bound(th.begin(), th.end(), double(ti)) - th.begin(); k < nt; ++k) {
                within[k] += people;
                if (tally)
                    tally->within[k] += people;
                if (d > 0)
                    dWithin[size_t(d - 1)][k] += people;
            }
        }
    }
    districtOf = {};

    // Capacity-aware coverage.
    struct CapacityRow {
        qint64 id = 0;
        double capacity = 0;
        double covered = 0;
        bool found = false;
    };
    std::vector<CapacityRow> capacityRows;
    double capacityCovered = 0;
    if (capacityMode) {
        auto facilities = openVector(facilitiesSource);
        if (!facilities)
            return std::unexpected(facilities.error());
        OGRFeatureDefn *defn = facilities->layer->GetLayerDefn();
        const int capIndex = defn->GetFieldIndex(capacityField.toUtf8().constData());
        const int orderIndex = orderField.isEmpty() ? -1 : defn->GetFieldIndex(orderField.toUtf8().constData());
        const int idIndex = idField.isEmpty() ? -1 : defn->GetFieldIndex(idField.toUtf8().constData());
        struct Item {
            double order;
            size_t position;
            qint64 id;
            double capacity;
        };
        std::vector<Item> items;
        facilities->layer->ResetReading();
        while (OGRFeature *raw = facilities->layer->GetNextFeature()) {
            OGRFeatureUniquePtr f(raw);
            const qint64 fid = idIndex >= 0 && f->IsFieldSetAndNotNull(idIndex) ? f->GetFieldAsInteger64(idIndex) : f->GetFID();
            const double cap = f->IsFieldSetAndNotNull(capIndex) ? f->GetFieldAsDouble(capIndex) : 0.0;
            const double order = orderIndex >= 0 && f->IsFieldSetAndNotNull(orderIndex) ? f->GetFieldAsDouble(orderIndex) : double(items.size());
            items.push_back({order, items.size(), fid, std::max(0.0, cap)});
        }
        std::stable_sort(items.begin(), items.end(), [](const Item &x, const Item &y) { return x.order < y.order; });
        const double *gt = times->geoTransform.data();
        int missing = 0;
        std::vector<std::pair<float, uint32_t>> candidates;
        for (size_t k = 0; k < items.size(); ++k) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            feedback.setProgress(70.0 + 25.0 * double(k) / double(items.size()));
            CapacityRow row{items[k].id, items[k].capacity, 0, false};
            const QString path = QDir(perFacilityDir).filePath(u"facility_%1.tif"_s.arg(items[k].id));
            if (!QFileInfo::exists(path)) {
                ++missing;
                capacityRows.push_back(row);
                continue;
            }
            auto r = openRaster(path, u"per_facility_dir"_s, false);
            if (!r)
                return std::unexpected(r.error());
            const double *g = r->geoTransform.data();
            const int col0 = int(std::lround((g[0] - gt[0]) / gt[1])), row0 = int(std::lround((g[3] - gt[3]) / gt[5]));
            if (std::abs(g[1] - gt[1]) > 1e-6 * gt[1] || std::abs(g[5] - gt[5]) > 1e-6 * gt[1] || col0 < 0 || row0 < 0
                || col0 + r->width > width || row0 + r->height > height)
                return fail(tr("Parameter “per_facility_dir”: %1 is not on the grid of %2.").arg(path, timePath), path);
            std::vector<float> window(size_t(r->width) * size_t(r->height));
            if (r->band->RasterIO(GF_Read, 0, 0, r->width, r->height, window.data(), r->width, r->height, GDT_Float32, 0, 0, nullptr)
                != CE_None)
                return fail(tr("Cannot read %1.").arg(path), path, errors.lastFailure());
            candidates.clear();
            for (int rr = 0; rr < r->height; ++rr)
                for (int cc = 0; cc < r->width; ++cc) {
                    const float v = window[size_t(rr) * r->width + cc];
                    if (std::isnan(v) || (r->hasNodata && v == float(r->nodata)) || v < 0 || v > maxMinutes)
                        continue;
                    const uint32_t cell = uint32_t(size_t(row0 + rr) * size_t(width) + size_t(col0 + cc));
                    if (remaining[cell] > 0)
                        candidates.push_back({v, cell});
                }
            std::sort(candidates.begin(), candidates.end());
            double left = row.capacity;
            for (const auto &[v, cell] : candidates) {
                if (left <= 0)
                    break;
                const double take = std::min(left, double(remaining[cell]));
                remaining[cell] = float(double(remaining[cell]) - take);
                left -= take;
                row.covered += take;
            }
            row.found = true;
            capacityCovered += row.covered;
            capacityRows.push_back(row);
        }
        if (missing > 0)
            feedback.pushWarning(tr("%n facility(ies) have no travel-time raster in %1: they cover nobody.", nullptr, missing).arg(perFacilityDir));
    }

    // Tables.
    auto writeTable = [&](const QString &path, const QStringList &header, const QList<QStringList> &rows) -> Result<void> {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return fail(tr("Cannot write %1: %2").arg(path, file.errorString()), path);
        QTextStream out(&file);
        out << header.join(u',') << '\n';
        for (const QStringList &row : rows)
            out << row.join(u',') << '\n';
        out.flush();
        if (file.error() != QFileDevice::NoError)
            return fail(tr("Cannot write %1: %2").arg(path, file.errorString()), path);
        return {};
    };
    QStringList thresholdColumns;
    for (double v : th)
        thresholdColumns << u"within_%1"_s.arg(v);
    {
        QStringList header{u"facility_id"_s, u"allocated"_s};
        header << thresholdColumns;
        if (capacityMode)
            header << u"capacity"_s << u"capacity_covered"_s;
        QList<QStringList> rows;
        std::map<qint64, const CapacityRow *> byId;
        for (const CapacityRow &c : capacityRows)
            byId[c.id] = &c;
        std::vector<qint64> ids;
        for (const auto &[fid, tally] : perFacility)
            ids.push_back(fid);
        for (const CapacityRow &c : capacityRows)
            if (!perFacility.count(int32_t(c.id)))
                ids.push_back(c.id);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (qint64 fid : ids) {
            QStringList row{QString::number(fid)};
            auto it = perFacility.find(int32_t(fid));
            row << (it != perFacility.end() ? number(it->second.allocated) : QString());
            for (size_t k = 0; k < nt; ++k)
                row << (it != perFacility.end() ? number(it->second.within[k]) : QString());
            if (capacityMode) {
                auto c = byId.find(fid);
                row << (c != byId.end() ? number(c->second->capacity) : QString())
                    << (c != byId.end() ? number(c->second->covered) : QString());
            }
            rows << row;
        }
        if (auto ok = writeTable(output, header, rows); !ok)
            return std::unexpected(ok.error());
    }
    if (!districtsOutput.isEmpty()) {
        QStringList header{u"district_fid"_s, u"population"_s};
        header << thresholdColumns << u"uncovered"_s;
        QList<QStringList> rows;
        for (size_t i = 0; i < districtFeatures.size(); ++i) {
            QStringList row{QString::number(districtFeatures[i]->GetFID()), number(dTotal[i])};
            for (size_t k = 0; k < nt; ++k)
                row << number(dWithin[i][k]);
            row << number(dTotal[i] - dWithin[i][nt - 1]);
            rows << row;
        }
        if (auto ok = writeTable(districtsOutput, header, rows); !ok)
            return std::unexpected(ok.error());
    }
    feedback.setProgress(100);
    QVariantMap withinMap;
    for (size_t k = 0; k < nt; ++k)
        withinMap.insert(QString::number(th[k]), within[k]);
    QVariantMap outputs{{u"output"_s, output},
                        {u"total_population"_s, total},
                        {u"within"_s, withinMap},
                        {u"uncovered_population"_s, total - within[nt - 1]}};
    if (!districtsOutput.isEmpty())
        outputs.insert(u"districts_output"_s, districtsOutput);
    if (capacityMode)
        outputs.insert(u"capacity_covered_population"_s, capacityCovered);
    return outputs;
}

} // namespace territoria
