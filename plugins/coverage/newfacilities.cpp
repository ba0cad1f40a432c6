#include "newfacilities.h"

#include "coverageio.h"
#include "data/gdalutil.h"
#include "task/feedback.h"

#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <tuple>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

using namespace coverage;

// At most this many (candidate, cell) pairs are kept (4 bytes each).
constexpr uint64_t maxCoverageEntries = 250'000'000;

struct Candidate {
    double x = 0; // in the CRS of the population raster
    double y = 0;
    qint64 fid = -1; // point candidates
    int row = -1;    // raster candidates
    int col = -1;
};

// Cells of `grid` whose centre lies within `radius` of (x, y).
template<typename Fn>
void forEachCellInDisc(const RasterInput &grid, double x, double y, double radius, Fn &&fn)
{
    const double x0 = grid.geoTransform[0], y0 = grid.geoTransform[3];
    const double dx = grid.geoTransform[1], dy = -grid.geoTransform[5];
    const double r2 = radius * radius * (1 + 1e-9);
    const int c0 = std::max(0, int(std::ceil((x - radius - x0) / dx - 0.5)));
    const int c1 = std::min(grid.width - 1, int(std::floor((x + radius - x0) / dx - 0.5)));
    const int r0 = std::max(0, int(std::ceil((y0 - y - radius) / dy - 0.5)));
    const int r1 = std::min(grid.height - 1, int(std::floor((y0 - y + radius) / dy - 0.5)));
    for (int r = r0; r <= r1; ++r) {
        const double cy = y0 - (r + 0.5) * dy - y;
        for (int c = c0; c <= c1; ++c) {
            const double cx = x0 + (c + 0.5) * dx - x;
            if (cx * cx + cy * cy <= r2)
                fn(size_t(r) * size_t(grid.width) + size_t(c));
        }
    }
}

// Reads `input` strip by strip as Float32 and calls fn(cell, value) for every cell.
template<typename Fn>
Result<void> forEachValue(const RasterInput &input, Feedback &feedback, const QString &algorithmId, Fn &&fn)
{
    GdalErrorCollector errors;
    const int width = input.width, height = input.height;
    const int strip = std::max(1, std::min(height, int(2'000'000 / std::max(1, width))));
    std::vector<float> values;
    for (int r0 = 0; r0 < height; r0 += strip) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(algorithmId));
        const int n = std::min(strip, height - r0);
        values.resize(size_t(n) * size_t(width));
        if (input.band->RasterIO(GF_Read, 0, r0, width, n, values.data(), width, n, GDT_Float32, 0, 0, nullptr) != CE_None)
            return fail(QCoreApplication::translate("NewFacilitiesAlgorithm", "Cannot read %1.").arg(input.path), input.path,
                        errors.lastFailure());
        const size_t base = size_t(r0) * size_t(width);
        for (size_t i = 0; i < values.size(); ++i) {
            const float v = values[i];
            if (std::isnan(v) || (input.hasNodata && v == float(input.nodata)))
                continue;
            fn(base + i, v);
        }
    }
    return {};
}

} // namespace

QString NewFacilitiesAlgorithm::id() const
{
    return u"coverage:new_facilities"_s;
}

QString NewFacilitiesAlgorithm::displayName() const
{
    return tr("Where to build new facilities");
}

QString NewFacilitiesAlgorithm::group() const
{
    return tr("Accessibility");
}

QString NewFacilitiesAlgorithm::shortHelp() const
{
    return tr("Chooses up to “count” new facility sites among candidate points, or among the cells of a suitability raster "
              "(cells above 0), to cover the most people not yet covered (greedy maximum coverage). A site covers the cells "
              "of the population raster whose centre lies within radius_m metres (straight line) of it. People already "
              "covered by the existing facilities (cells of the “existing” travel-time raster within max_minutes, or within "
              "radius_m of the “existing_facilities” points) are left out. Each step takes the candidate that adds the most "
              "people still uncovered (ties: the first candidate), so the gain of each site accounts for the overlap with the "
              "sites chosen before it. The population raster must be in a projected CRS (metres). Raster candidates beyond "
              "max_candidates are thinned to a regular subsample of the mask.");
}

QList<ParameterDefinition> NewFacilitiesAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"population"_s, tr("Population raster (people per cell, projected CRS)"), ParameterType::RasterLayer),
        P::make(u"candidates"_s, tr("Candidate sites (points)"), ParameterType::VectorLayer).setOptional(),
        P::make(u"suitability"_s, tr("Suitability raster (cells above 0 are candidates; grid of the population)"),
                ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"existing"_s, tr("Travel time to the existing facilities (minutes; grid of the population)"),
                ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"max_minutes"_s, tr("Coverage limit of the existing travel time (minutes)"), ParameterType::Number)
            .withRange(0, 1e9)
            .withDefault(0.0),
        P::make(u"existing_facilities"_s, tr("Existing facilities (points, covering within radius_m)"), ParameterType::VectorLayer)
            .setOptional(),
        P::make(u"radius_m"_s, tr("Coverage radius of a site (m, straight line)"), ParameterType::Number).withRange(0, 1e7),
        P::make(u"count"_s, tr("Number of new facilities"), ParameterType::Integer).withRange(1, 1e6).withDefault(1),
        P::make(u"max_candidates"_s, tr("Most raster candidates (the mask is subsampled beyond)"), ParameterType::Integer)
            .withRange(1, 1e8)
            .withDefault(20000),
        P::make(u"output"_s, tr("Chosen sites"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s),
    };
}

QList<OutputDefinition> NewFacilitiesAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Chosen sites"), OutputType::VectorFile},
        OutputDefinition{u"total_population"_s, tr("Population"), OutputType::Number},
        OutputDefinition{u"existing_covered"_s, tr("Population covered by the existing facilities"), OutputType::Number},
        OutputDefinition{u"uncovered_before"_s, tr("Population uncovered before the new sites"), OutputType::Number},
        OutputDefinition{u"new_covered"_s, tr("Population covered by the new sites"), OutputType::Number},
        OutputDefinition{u"covered_after"_s, tr("Population covered with the new sites"), OutputType::Number},
        OutputDefinition{u"uncovered_after"_s, tr("Population still uncovered"), OutputType::Number},
        OutputDefinition{u"gains"_s, tr("People added by each site, in order"), OutputType::Json},
        OutputDefinition{u"sites"_s, tr("Number of sites chosen"), OutputType::Number},
        OutputDefinition{u"candidate_count"_s, tr("Number of candidates considered"), OutputType::Number},
    };
}

Result<QVariantMap> NewFacilitiesAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QString popPath = parameters.value(u"population"_s).toString();
    const QString candidatesSource = parameters.value(u"candidates"_s).toString();
    const QString suitabilityPath = parameters.value(u"suitability"_s).toString();
    const QString existingPath = parameters.value(u"existing"_s).toString();
    const double maxMinutes = parameters.value(u"max_minutes"_s).toDouble();
    const QString existingSource = parameters.value(u"existing_facilities"_s).toString();
    const double radius = parameters.value(u"radius_m"_s).toDouble();
    const qint64 count = parameters.value(u"count"_s).toLongLong();
    const qint64 maxCandidates = parameters.value(u"max_candidates"_s).toLongLong();
    const QString output = parameters.value(u"output"_s).toString();

    if (count < 1)
        return fail(tr("Parameter “count”: at least 1 new facility must be asked for."));
    if (!(radius > 0))
        return fail(tr("Parameter “radius_m”: the coverage radius must be more than 0 m."));
    if (candidatesSource.isEmpty() == suitabilityPath.isEmpty())
        return fail(tr("Give the candidate sites either as points (“candidates”) or as a suitability raster (“suitability”), "
                       "one of the two."));
    if (!existingPath.isEmpty() && !(maxMinutes > 0))
        return fail(tr("Parameter “max_minutes”: give the coverage limit (minutes) of the existing travel-time raster."));
    if (auto ok = checkOutputIsNotInput(output, {popPath, candidatesSource, suitabilityPath, existingPath, existingSource}); !ok)
        return std::unexpected(ok.error());

    auto pop = openRaster(popPath, u"population"_s, true);
    if (!pop)
        return std::unexpected(pop.error());
    const int width = pop->width, height = pop->height;
    const size_t cells = size_t(width) * size_t(height);
    if (cells > size_t(std::numeric_limits<uint32_t>::max()))
        return fail(tr("Parameter “population”: %1 has more than 4 294 967 295 cells; clip or resample it first.").arg(popPath), popPath);
    const OGRSpatialReference *srs = pop->dataset->GetSpatialRef();

    // People still uncovered per cell.
    std::vector<float> remaining(cells, 0.0f);
    double total = 0;
    if (auto ok = forEachValue(*pop, feedback, id(), [&](size_t cell, float v) {
            if (v > 0) {
                remaining[cell] = v;
                total += v;
            }
        });
        !ok)
        return std::unexpected(ok.error());
    feedback.setProgress(15);

    // Existing coverage.
    double existingCovered = 0;
    if (!existingPath.isEmpty()) {
        auto existing = openRaster(existingPath, u"existing"_s, false);
        if (!existing)
            return std::unexpected(existing.error());
        if (auto ok = checkSameGrid(*pop, *existing, u"existing"_s); !ok)
            return std::unexpected(ok.error());
        if (auto ok = forEachValue(*existing, feedback, id(), [&](size_t cell, float t) {
                if (t >= 0 && t <= maxMinutes && remaining[cell] > 0) {
                    existingCovered += remaining[cell];
                    remaining[cell] = 0;
                }
            });
            !ok)
            return std::unexpected(ok.error());
    }
    if (!existingSource.isEmpty()) {
        auto input = openVector(existingSource);
        if (!input)
            return std::unexpected(input.error());
        auto points = readPoints(*input, srs, {});
        if (!points)
            return std::unexpected(points.error());
        for (const FacilityPoint &p : *points)
            forEachCellInDisc(*pop, p.x, p.y, radius, [&](size_t cell) {
                existingCovered += remaining[cell];
                remaining[cell] = 0;
            });
    }
    double uncoveredBefore = 0;
    for (float v : remaining)
        uncoveredBefore += v;
    feedback.setProgress(25);

    // Candidates.
    std::vector<Candidate> candidates;
    const double *gt = pop->geoTransform.data();
    const bool rasterCandidates = !suitabilityPath.isEmpty();
    std::optional<VectorInput> candidateInput;
    if (!rasterCandidates) {
        auto input = openVector(candidatesSource);
        if (!input)
            return std::unexpected(input.error());
        candidateInput = std::move(*input);
        auto points = readPoints(*candidateInput, srs, {});
        if (!points)
            return std::unexpected(points.error());
        const double xmax = gt[0] + width * gt[1], ymin = gt[3] + height * gt[5];
        for (const FacilityPoint &p : *points)
            if (p.x >= gt[0] && p.x <= xmax && p.y >= ymin && p.y <= gt[3])
                candidates.push_back({p.x, p.y, p.fid, -1, -1});
        if (candidates.empty())
            return fail(tr("Parameter “candidates”: none of the %n point(s) of %1 lies inside the population raster %2.", nullptr,
                           int(points->size()))
                            .arg(candidateInput->path, popPath),
                        candidateInput->path);
        if (candidates.size() < points->size())
            feedback.pushWarning(tr("%n candidate(s) outside the population raster are left out.", nullptr,
                                    int(points->size() - candidates.size())));
    } else {
        auto mask = openRaster(suitabilityPath, u"suitability"_s, false);
        if (!mask)
            return std::unexpected(mask.error());
        if (auto ok = checkSameGrid(*pop, *mask, u"suitability"_s); !ok)
            return std::unexpected(ok.error());
        std::vector<bool> suitable(cells, false);
        size_t n = 0;
        if (auto ok = forEachValue(*mask, feedback, id(), [&](size_t cell, float v) {
                if (v > 0) {
                    suitable[cell] = true;
                    ++n;
                }
            });
            !ok)
            return std::unexpected(ok.error());
        if (n == 0)
            return fail(tr("Parameter “suitability”: no cell of %1 is above 0, so there is no candidate site.").arg(suitabilityPath),
                        suitabilityPath);
        // A regular subsample (every stride-th row and column) when there are too many.
        auto keptWith = [&](int stride) {
            size_t kept = 0;
            const int offset = stride / 2;
            for (int r = offset; r < height; r += stride)
                for (int c = offset; c < width; c += stride)
                    kept += suitable[size_t(r) * size_t(width) + size_t(c)] ? 1 : 0;
            return kept;
        };
        int stride = 1;
        if (n > size_t(maxCandidates)) {
            stride = std::max(2, int(std::ceil(std::sqrt(double(n) / double(maxCandidates)))));
            while (keptWith(stride) > size_t(maxCandidates))
                ++stride;
        }
        const int offset = stride / 2;
        for (int r = offset; r < height; r += stride)
            for (int c = offset; c < width; c += stride)
                if (suitable[size_t(r) * size_t(width) + size_t(c)])
                    candidates.push_back({gt[0] + (c + 0.5) * gt[1], gt[3] + (r + 0.5) * gt[5], -1, r, c});
        if (candidates.empty())
            return fail(tr("Parameter “max_candidates”: the subsample of the %1 suitable cells holds no cell; raise max_candidates.")
                            .arg(n),
                        suitabilityPath);
        if (stride > 1)
            feedback.pushWarning(tr("%1 suitable cells are more than max_candidates (%2): one cell in %3 x %3 is considered, "
                                    "%4 candidates in all. Raise max_candidates for a finer choice.")
                                     .arg(n)
                                     .arg(maxCandidates)
                                     .arg(stride)
                                     .arg(candidates.size()));
    }
    feedback.setProgress(30);

    // The still-uncovered populated cells of each candidate, found once.
    const size_t nc = candidates.size();
    std::vector<uint64_t> offsets(nc + 1, 0);
    std::vector<uint32_t> covered;
    for (size_t k = 0; k < nc; ++k) {
        if ((k & 1023) == 0) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            feedback.setProgress(30.0 + 40.0 * double(k) / double(nc));
        }
        forEachCellInDisc(*pop, candidates[k].x, candidates[k].y, radius, [&](size_t cell) {
            if (remaining[cell] > 0)
                covered.push_back(uint32_t(cell));
        });
        if (covered.size() > maxCoverageEntries)
            return fail(tr("Too many populated cells within radius_m of the %1 candidates (more than %2 pairs): use fewer "
                           "candidates (max_candidates, or fewer points), a smaller radius or a coarser population raster.")
                            .arg(nc)
                            .arg(maxCoverageEntries));
        offsets[k + 1] = covered.size();
    }
    auto gainOf = [&](size_t k) {
        double g = 0;
        for (uint64_t i = offsets[k]; i < offsets[k + 1]; ++i)
            g += remaining[covered[i]];
        return g;
    };

    // Lazy greedy: gains only shrink as sites are added, so a candidate whose gain,
    // recomputed at this step, still tops the queue is the best (ties: lowest index).
    using Entry = std::tuple<double, size_t, qint64>; // gain, candidate, step it was computed at
    auto after = [](const Entry &a, const Entry &b) {
        if (std::get<0>(a) != std::get<0>(b))
            return std::get<0>(a) < std::get<0>(b);
        return std::get<1>(a) > std::get<1>(b);
    };
    std::priority_queue<Entry, std::vector<Entry>, decltype(after)> queue(after);
    for (size_t k = 0; k < nc; ++k)
        queue.emplace(gainOf(k), k, 0);
    std::vector<std::pair<size_t, double>> chosen;
    for (qint64 step = 0; step < count && !queue.empty();) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        auto [gain, k, at] = queue.top();
        queue.pop();
        if (at != step) {
            queue.emplace(gainOf(k), k, step);
            continue;
        }
        if (!(gain > 0))
            break;
        chosen.emplace_back(k, gain);
        for (uint64_t i = offsets[k]; i < offsets[k + 1]; ++i)
            remaining[covered[i]] = 0;
        ++step;
        feedback.setProgress(70.0 + 25.0 * double(step) / double(count));
    }
    if (qint64(chosen.size()) < count)
        feedback.pushWarning(tr("Only %n site(s) add uncovered people: the other candidates would cover nobody new.", nullptr,
                                int(chosen.size())));

    // The chosen sites.
    auto dataset = createVector(output);
    if (!dataset)
        return std::unexpected(dataset.error());
    recordParameters(dataset->get(), id(), parameters);
    OGRLayer *layer = (*dataset)->CreateLayer("new_facilities", const_cast<OGRSpatialReference *>(srs), wkbPoint, nullptr);
    if (!layer)
        return fail(tr("Cannot create a layer in %1.").arg(output), output, errors.lastFailure());
    OGRFieldDefn orderField("order", OFTInteger), gainField("gain", OFTReal), cumulativeField("cumulative", OFTReal),
        shareField("share_of_uncovered", OFTReal), fidField("candidate_fid", OFTInteger64), rowField("row", OFTInteger),
        colField("col", OFTInteger);
    std::vector<OGRFieldDefn *> fields{&orderField, &gainField, &cumulativeField, &shareField};
    if (rasterCandidates) {
        fields.push_back(&rowField);
        fields.push_back(&colField);
    } else {
        fields.push_back(&fidField);
    }
    for (OGRFieldDefn *field : fields)
        if (layer->CreateField(field) != OGRERR_NONE)
            return fail(tr("Cannot create the field %1 in %2.").arg(QString::fromUtf8(field->GetNameRef()), output), output,
                        errors.lastFailure());
    (*dataset)->StartTransaction();
    double cumulative = 0;
    QVariantList gains;
    for (size_t i = 0; i < chosen.size(); ++i) {
        const auto &[k, gain] = chosen[i];
        const Candidate &c = candidates[k];
        cumulative += gain;
        gains << gain;
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("order", int(i + 1));
        f->SetField("gain", gain);
        f->SetField("cumulative", cumulative);
        f->SetField("share_of_uncovered", uncoveredBefore > 0 ? gain / uncoveredBefore : 0.0);
        if (rasterCandidates) {
            f->SetField("row", c.row);
            f->SetField("col", c.col);
        } else {
            f->SetField("candidate_fid", GIntBig(c.fid));
        }
        f->SetGeometryDirectly(new OGRPoint(c.x, c.y));
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return fail(tr("Cannot write a feature to %1.").arg(output), output, errors.lastFailure());
    }
    (*dataset)->CommitTransaction();
    dataset->reset();
    if (errors.hasFailures())
        return fail(tr("Cannot write %1.").arg(output), output, errors.lastFailure());
    feedback.setProgress(100);

    return QVariantMap{{u"output"_s, output},
                       {u"total_population"_s, total},
                       {u"existing_covered"_s, existingCovered},
                       {u"uncovered_before"_s, uncoveredBefore},
                       {u"new_covered"_s, cumulative},
                       {u"covered_after"_s, existingCovered + cumulative},
                       {u"uncovered_after"_s, uncoveredBefore - cumulative},
                       {u"gains"_s, gains},
                       {u"sites"_s, qlonglong(chosen.size())},
                       {u"candidate_count"_s, qlonglong(nc)}};
}

} // namespace territoria
