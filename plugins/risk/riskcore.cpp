#include "riskcore.h"

#include "analysis/ahp.h"
#include "analysis/algorithm.h"
#include "analysis/vectorio.h"
#include "data/gdalutil.h"
#include "style/vectorstyle.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace territoria::risk {

namespace {

// The translation context of the shared messages.
struct RiskCore {
    Q_DECLARE_TR_FUNCTIONS(RiskCore)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Lower case without accents: "Muy Alto" -> "muy alto", "Inundación" -> "inundacion".
QString folded(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(s.size());
    for (QChar c : std::as_const(s))
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.simplified();
}

Result<std::vector<double>> parseNumberList(const QString &text, const QString &parameter)
{
    std::vector<double> values;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail(RiskCore::tr("Parameter “%1”: “%2” is not a number.").arg(parameter, part.trimmed()));
        values.push_back(v);
    }
    return values;
}

} // namespace

QString levelDisplayName(int level)
{
    switch (level) {
    case 1: return RiskCore::tr("low");
    case 2: return RiskCore::tr("medium");
    case 3: return RiskCore::tr("high");
    case 4: return RiskCore::tr("very high");
    default: return {};
    }
}

QColor levelColor(int level)
{
    switch (level) {
    case 1: return QColor(0x1a, 0x96, 0x41);
    case 2: return QColor(0xff, 0xff, 0xbf);
    case 3: return QColor(0xfd, 0xae, 0x61);
    case 4: return QColor(0xd7, 0x19, 0x1c);
    default: return {};
    }
}

int levelFromText(const QString &text)
{
    const QString s = folded(text);
    bool ok = false;
    const double number = s.toDouble(&ok);
    if (ok)
        return number == 1 || number == 2 || number == 3 || number == 4 ? int(number) : 0;
    static const struct {
        const char *name;
        int level;
    } names[] = {{"muy alto", 4}, {"muy alta", 4}, {"very high", 4}, {"alto", 3}, {"alta", 3}, {"high", 3},
                 {"medio", 2}, {"media", 2}, {"moderado", 2}, {"moderada", 2}, {"medium", 2}, {"moderate", 2},
                 {"bajo", 1}, {"baja", 1}, {"low", 1}};
    for (const auto &n : names)
        if (s == QLatin1StringView(n.name))
            return n.level;
    return 0;
}

Result<std::vector<double>> parseWeights(const QString &text, int count, const QString &parameter, Feedback &feedback)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(RiskCore::tr("Parameter “%1” is empty: give an AHP matrix (1,3;1/3,1) or a list of weights (0.75,0.25).").arg(parameter));
    if (t.contains(u';') || (count == 1 && t.contains(u'/'))) {
        auto matrix = parsePairwiseMatrix(t);
        if (!matrix)
            return fail(RiskCore::tr("Parameter “%1”: %2").arg(parameter, matrix.error().message));
        if (int(matrix->size()) != count)
            return fail(RiskCore::tr("Parameter “%1”: a %2 x %2 matrix for %3 item(s).").arg(parameter).arg(matrix->size()).arg(count));
        const AhpResult ahp = computeAhp(*matrix);
        if (ahp.cr > 0.10)
            feedback.pushWarning(RiskCore::tr("Parameter “%1”: the AHP matrix is inconsistent (CR = %2 > 0.10); run prioritization:ahp on it to see the judgements most at odds.")
                                     .arg(parameter)
                                     .arg(ahp.cr, 0, 'f', 3));
        return ahp.weights;
    }
    auto list = parseNumberList(t, parameter);
    if (!list)
        return std::unexpected(list.error());
    if (int(list->size()) != count)
        return fail(RiskCore::tr("Parameter “%1”: %2 weight(s) for %3 item(s).").arg(parameter).arg(list->size()).arg(count));
    double sum = 0;
    for (double w : *list) {
        if (w < 0)
            return fail(RiskCore::tr("Parameter “%1”: the weight %2 is negative.").arg(parameter).arg(w));
        sum += w;
    }
    if (sum <= 0)
        return fail(RiskCore::tr("Parameter “%1”: the weights add up to zero.").arg(parameter));
    for (double &w : *list)
        w /= sum;
    return list;
}

bool closeDataset(GDALDataset *dataset)
{
    GdalErrorCollector errors;
    GDALClose(GDALDataset::ToHandle(dataset));
    return !errors.hasFailures();
}

Result<LevelBounds> parseBounds(const QString &text, const QString &parameter)
{
    auto list = parseNumberList(text, parameter);
    if (!list)
        return std::unexpected(list.error());
    if (list->size() != 4 && list->size() != 5)
        return fail(RiskCore::tr("Parameter “%1”: give 4 numbers (the lower bounds of low, medium, high and very high, e.g. 0.068,0.134,0.260,0.503) or 5 (with the upper bound of very high); got %2.")
                        .arg(parameter)
                        .arg(list->size()));
    LevelBounds b{};
    for (size_t i = 0; i < list->size(); ++i)
        b[i] = (*list)[i];
    if (list->size() == 4)
        b[4] = std::numeric_limits<double>::infinity();
    for (size_t i = 1; i < list->size(); ++i)
        if (!(b[i] > b[i - 1]))
            return fail(RiskCore::tr("Parameter “%1”: the bounds must increase (%2 comes after %3).").arg(parameter).arg(b[i]).arg(b[i - 1]));
    return b;
}

int classify(double value, const LevelBounds &bounds)
{
    if (value >= bounds[3])
        return 4;
    if (value >= bounds[2])
        return 3;
    if (value >= bounds[1])
        return 2;
    return 1;
}

Result<QStringList> parseLevelNames(const QString &text, const QString &parameter)
{
    if (text.trimmed().isEmpty())
        return QStringList{levelDisplayName(1), levelDisplayName(2), levelDisplayName(3), levelDisplayName(4)};
    QStringList names = text.split(u',');
    for (QString &n : names)
        n = n.trimmed();
    if (names.size() != kLevelCount || names.contains(QString()))
        return fail(RiskCore::tr("Parameter “%1”: give four names, from the lowest level to the highest (e.g. bajo,medio,alto,muy alto).").arg(parameter));
    return names;
}

int Factor::indexOf(const QString &value) const
{
    const QString v = value.trimmed();
    for (int i = 0; i < classes.size(); ++i)
        if (classes.at(i) == v)
            return i;
    bool ok = false;
    const double number = v.toDouble(&ok);
    return ok ? indexOf(number) : -1;
}

int Factor::indexOf(double value) const
{
    for (size_t i = 0; i < classNumbers.size(); ++i)
        if (classNumbers[i] == value)
            return int(i);
    return -1;
}

Result<std::vector<Factor>> buildFactors(const QStringList &sources, const QString &matrices, const QString &classes,
                                         const std::vector<double> &weights, const QString &matricesParameter,
                                         const QString &classesParameter, Feedback &feedback)
{
    const int n = int(sources.size());
    const QStringList matrixTexts = matrices.split(u'|');
    if (matrixTexts.size() != n)
        return fail(RiskCore::tr("Parameter “%1”: %2 descriptor matrices (separated by “|”) for %3 factor(s).")
                        .arg(matricesParameter)
                        .arg(matrixTexts.size())
                        .arg(n));
    QStringList classTexts;
    if (!classes.trimmed().isEmpty()) {
        classTexts = classes.split(u'|');
        if (classTexts.size() != n)
            return fail(RiskCore::tr("Parameter “%1”: %2 class lists (separated by “|”) for %3 factor(s).")
                            .arg(classesParameter)
                            .arg(classTexts.size())
                            .arg(n));
    }
    std::vector<Factor> factors;
    for (int f = 0; f < n; ++f) {
        Factor factor;
        factor.source = sources.at(f);
        factor.weight = weights[size_t(f)];
        const QString text = matrixTexts.at(f).trimmed();
        // The number of descriptors: the rows of the matrix or the entries of the list.
        const int count = text.contains(u';') ? int(text.split(u';', Qt::SkipEmptyParts).size())
                                              : int(text.split(u',', Qt::SkipEmptyParts).size());
        auto w = parseWeights(text, count, u"%1 (%2)"_s.arg(matricesParameter, factor.source), feedback);
        if (!w)
            return std::unexpected(w.error());
        if (count < 2)
            return fail(RiskCore::tr("Parameter “%1”: factor %2 has %3 descriptor(s); it needs at least 2.").arg(matricesParameter, factor.source).arg(count));
        factor.descriptorWeights = *w;
        if (!classTexts.isEmpty()) {
            for (const QString &c : classTexts.at(f).split(u','))
                factor.classes << c.trimmed();
            if (factor.classes.size() != count)
                return fail(RiskCore::tr("Parameter “%1”: factor %2 has %3 class(es) but %4 descriptor weights.")
                                .arg(classesParameter, factor.source)
                                .arg(factor.classes.size())
                                .arg(count));
        } else {
            for (int i = 1; i <= count; ++i)
                factor.classes << QString::number(i);
        }
        for (const QString &c : std::as_const(factor.classes)) {
            bool ok = false;
            const double v = c.toDouble(&ok);
            factor.classNumbers.push_back(ok ? v : kNaN);
        }
        factors.push_back(std::move(factor));
    }
    return factors;
}

Result<std::vector<double>> possibleValues(const std::vector<Factor> &factors)
{
    if (factors.empty())
        return fail(RiskCore::tr("No factors."));
    const size_t n = factors.front().descriptorWeights.size();
    for (const Factor &f : factors)
        if (f.descriptorWeights.size() != n)
            return fail(RiskCore::tr("The level ranges are derived from the descriptor weights only when every factor has the same number of descriptors (%1 has %2, %3 has %4): give the ranges explicitly.")
                            .arg(factors.front().source)
                            .arg(n)
                            .arg(f.source)
                            .arg(f.descriptorWeights.size()));
    std::vector<double> values(n, 0.0);
    for (size_t k = 0; k < n; ++k)
        for (const Factor &f : factors)
            values[k] += f.weight * f.descriptorWeights[k];
    std::sort(values.begin(), values.end(), std::greater<>());
    return values;
}

Result<LevelBounds> boundsFromPossibleValues(const std::vector<double> &values)
{
    if (values.size() != 5)
        return fail(RiskCore::tr("The manual derives the four levels from five descriptors; these factors have %1: give the ranges explicitly.").arg(values.size()));
    LevelBounds b{values[4], values[3], values[2], values[1], values[0]};
    for (size_t i = 1; i < 5; ++i)
        if (!(b[i] > b[i - 1]))
            return fail(RiskCore::tr("Two descriptor ranks give the same value (%1): the ranges cannot be derived; give them explicitly.").arg(b[i]));
    return b;
}

QJsonObject levelStyle(const QString &levelField, const QStringList &names)
{
    VectorStyle style = VectorStyle::defaultFor(GeometryKind::Polygon, 0);
    style.renderer = RendererType::Categorized;
    style.field = levelField;
    style.categories.clear();
    for (int level = kLevelCount; level >= 1; --level) {
        Category category;
        category.value = level;
        category.label = names.value(level - 1);
        category.symbol = style.baseSymbol();
        category.symbol.fillColor = levelColor(level);
        category.symbol.strokeColor = QColor(0x63, 0x63, 0x63);
        style.categories << category;
    }
    return style.toJson();
}

QString describeBounds(const LevelBounds &bounds, const QStringList &names)
{
    auto number = [](double v) { return QString::number(v, 'g', 4); };
    QStringList parts;
    parts << u"%1 < %2"_s.arg(names.value(0), number(bounds[1]));
    parts << u"%1 [%2, %3)"_s.arg(names.value(1), number(bounds[1]), number(bounds[2]));
    parts << u"%1 [%2, %3)"_s.arg(names.value(2), number(bounds[2]), number(bounds[3]));
    parts << u"%1 ≥ %2"_s.arg(names.value(3), number(bounds[3]));
    return parts.join(u"; "_s);
}

Result<std::array<std::array<int, 4>, 4>> parseLevelTable(const QString &text, const QString &parameter)
{
    std::array<std::array<int, 4>, 4> table{};
    const QStringList rows = text.split(u';', Qt::SkipEmptyParts);
    if (rows.size() != 4)
        return fail(RiskCore::tr("Parameter “%1”: the level table needs 4 rows separated by “;” (hazard very high to low), got %2.").arg(parameter).arg(rows.size()));
    for (int r = 0; r < 4; ++r) {
        const QStringList cells = rows.at(r).split(u',');
        if (cells.size() != 4)
            return fail(RiskCore::tr("Parameter “%1”: row %2 has %3 entries; it needs 4 (vulnerability very high to low).").arg(parameter).arg(r + 1).arg(cells.size()));
        for (int c = 0; c < 4; ++c) {
            const int level = levelFromText(cells.at(c));
            if (level == 0)
                return fail(RiskCore::tr("Parameter “%1”: row %2, column %3: “%4” is not a level (1 to 4 or low, medium, high, very high).")
                                .arg(parameter)
                                .arg(r + 1)
                                .arg(c + 1)
                                .arg(cells.at(c).trimmed()));
            table[size_t(r)][size_t(c)] = level;
        }
    }
    return table;
}

Result<EvaluationResult> evaluateVector(const QString &units, const std::vector<Factor> &factors, const LevelBounds &bounds,
                                        const QStringList &levelNames, const EvaluationNames &names, const QString &output,
                                        const QString &algorithmId, Feedback &feedback)
{
    ensureGdalRegistered();
    if (auto ok = checkOutputIsNotInput(output, {units}); !ok)
        return std::unexpected(ok.error());
    auto input = openVector(units);
    if (!input)
        return std::unexpected(input.error());
    OGRLayer *layer = input->layer;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    std::vector<int> fieldIndex;
    for (const Factor &f : factors) {
        const int index = defn->GetFieldIndex(f.source.toUtf8().constData());
        if (index < 0)
            return fail(RiskCore::tr("%1 has no field “%2”.").arg(input->path, f.source), input->path);
        fieldIndex.push_back(index);
    }
    auto features = readFeatures(layer, input->path);
    if (!features)
        return std::unexpected(features.error());
    if (features->empty())
        return fail(RiskCore::tr("%1 has no features to evaluate.").arg(input->path), input->path);
    auto writer = ZoneWriter::create(output, layer,
                                     {{names.valueField, OFTReal}, {names.levelField, OFTInteger}, {names.levelNameField, OFTString}},
                                     ExistingField::Replace);
    if (!writer)
        return std::unexpected(writer.error());
    EvaluationResult result;
    const size_t total = features->size();
    for (size_t u = 0; u < total; ++u) {
        if ((u & 255) == 0) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(algorithmId));
            feedback.setProgress(100.0 * double(u) / double(total));
        }
        const OGRFeature &feature = *(*features)[u];
        double value = 0;
        bool missing = false;
        for (size_t f = 0; f < factors.size(); ++f) {
            if (!feature.IsFieldSetAndNotNull(fieldIndex[f])) {
                missing = true;
                break;
            }
            const QString text = QString::fromUtf8(feature.GetFieldAsString(fieldIndex[f]));
            const int k = factors[f].indexOf(text);
            if (k < 0)
                return fail(RiskCore::tr("%1, feature %2: “%3” in field “%4” is not one of its descriptor classes (%5).")
                                .arg(input->path)
                                .arg(feature.GetFID())
                                .arg(text, factors[f].source, factors[f].classes.join(u", "_s)),
                            input->path);
            value += factors[f].weight * factors[f].descriptorWeights[size_t(k)];
        }
        ++result.units;
        QVariantList values;
        if (missing) {
            ++result.missing;
            values = {QVariant(), QVariant(), QVariant()};
        } else {
            const int level = classify(value, bounds);
            ++result.perLevel[size_t(level - 1)];
            values = {value, level, levelNames.at(level - 1)};
        }
        if (auto ok = (*writer)->write(feature, values); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = (*writer)->close(); !ok)
        return std::unexpected(ok.error());
    if (result.missing > 0)
        feedback.pushWarning(RiskCore::tr("%n unit(s) have an empty descriptor field: their value and level are empty.", nullptr, int(result.missing)));
    feedback.setProgress(100);
    return result;
}

Result<EvaluationResult> evaluateRaster(const std::vector<Factor> &factors, const LevelBounds &bounds,
                                        const QString &levelOutput, const QString &valueOutput,
                                        const QString &algorithmId, Feedback &feedback)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    QStringList inputs;
    for (const Factor &f : factors)
        inputs << f.source;
    if (auto ok = checkOutputIsNotInput(levelOutput, inputs); !ok)
        return std::unexpected(ok.error());
    if (!valueOutput.isEmpty())
        if (auto ok = checkOutputIsNotInput(valueOutput, inputs); !ok)
            return std::unexpected(ok.error());
    for (const Factor &f : factors)
        for (size_t i = 0; i < f.classNumbers.size(); ++i)
            if (!std::isfinite(f.classNumbers[i]))
                return fail(RiskCore::tr("Raster %1: the class “%2” is not a number (the cells of a factor raster hold class codes).").arg(f.source, f.classes.at(qsizetype(i))),
                            f.source);
    std::vector<GDALDatasetUniquePtr> datasets;
    std::vector<GDALRasterBand *> bands;
    std::vector<int> hasNoData;
    std::vector<double> noData;
    int width = 0, height = 0;
    double gt[6] = {0, 1, 0, 0, 0, -1};
    const OGRSpatialReference *srs = nullptr;
    for (size_t f = 0; f < factors.size(); ++f) {
        GDALDatasetUniquePtr ds(GDALDataset::Open(factors[f].source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!ds)
            return fail(RiskCore::tr("Cannot open the raster %1.").arg(factors[f].source), factors[f].source, errors.lastFailure());
        double g[6];
        ds->GetGeoTransform(g);
        if (f == 0) {
            width = ds->GetRasterXSize();
            height = ds->GetRasterYSize();
            std::copy(g, g + 6, gt);
        } else if (ds->GetRasterXSize() != width || ds->GetRasterYSize() != height
                   || std::abs(g[0] - gt[0]) > 1e-6 * std::abs(gt[1]) || std::abs(g[3] - gt[3]) > 1e-6 * std::abs(gt[5])
                   || std::abs(g[1] - gt[1]) > 1e-9 * std::abs(gt[1]) || std::abs(g[5] - gt[5]) > 1e-9 * std::abs(gt[5])) {
            return fail(RiskCore::tr("The raster %1 is not on the grid of %2 (size, origin and cell size must match): align it first (Raster ▸ Warp).")
                            .arg(factors[f].source, factors[0].source),
                        factors[f].source);
        }
        GDALRasterBand *band = ds->GetRasterBand(1);
        int has = 0;
        const double nd = band->GetNoDataValue(&has);
        hasNoData.push_back(has);
        noData.push_back(nd);
        bands.push_back(band);
        if (f == 0)
            srs = ds->GetSpatialRef();
        datasets.push_back(std::move(ds));
    }
    GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
    const int blockSize = 256;
    CslList options({u"TILED=YES"_s, u"BLOCKXSIZE=%1"_s.arg(blockSize), u"BLOCKYSIZE=%1"_s.arg(blockSize),
                     u"COMPRESS=DEFLATE"_s, u"BIGTIFF=IF_SAFER"_s});
    auto create = [&](const QString &path, GDALDataType type, double nd) -> Result<GDALDatasetUniquePtr> {
        GDALDatasetUniquePtr out(gtiff->Create(path.toUtf8().constData(), width, height, 1, type, options.list()));
        if (!out)
            return fail(RiskCore::tr("Cannot create the raster %1.").arg(path), path, errors.lastFailure());
        out->SetGeoTransform(gt);
        if (srs)
            out->SetSpatialRef(srs);
        out->GetRasterBand(1)->SetNoDataValue(nd);
        return out;
    };
    auto levelDs = create(levelOutput, GDT_Byte, 0);
    if (!levelDs)
        return std::unexpected(levelDs.error());
    GDALDatasetUniquePtr valueDs;
    if (!valueOutput.isEmpty()) {
        auto v = create(valueOutput, GDT_Float32, -9999);
        if (!v)
            return std::unexpected(v.error());
        valueDs = std::move(*v);
    }
    EvaluationResult result;
    std::vector<double> in(size_t(blockSize) * blockSize);
    std::vector<double> acc(in.size());
    std::vector<uint8_t> valid(in.size());
    std::vector<uint8_t> levels(in.size());
    std::vector<float> values(in.size());
    const int blocksX = (width + blockSize - 1) / blockSize, blocksY = (height + blockSize - 1) / blockSize;
    for (int by = 0; by < blocksY; ++by) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(algorithmId));
        feedback.setProgress(100.0 * by / blocksY);
        for (int bx = 0; bx < blocksX; ++bx) {
            const int x = bx * blockSize, y = by * blockSize;
            const int w = std::min(blockSize, width - x), h = std::min(blockSize, height - y);
            const size_t cells = size_t(w) * size_t(h);
            std::fill_n(acc.begin(), cells, 0.0);
            std::fill_n(valid.begin(), cells, uint8_t(1));
            for (size_t f = 0; f < factors.size(); ++f) {
                if (bands[f]->RasterIO(GF_Read, x, y, w, h, in.data(), w, h, GDT_Float64, 0, 0, nullptr) != CE_None)
                    return fail(RiskCore::tr("Cannot read the raster %1.").arg(factors[f].source), factors[f].source, errors.lastFailure());
                const Factor &factor = factors[f];
                for (size_t i = 0; i < cells; ++i) {
                    if (!valid[i])
                        continue;
                    const double v = in[i];
                    if ((hasNoData[f] && v == noData[f]) || std::isnan(v)) {
                        valid[i] = 0;
                        continue;
                    }
                    const int k = factor.indexOf(v);
                    if (k < 0)
                        return fail(RiskCore::tr("Raster %1, cell (column %2, row %3): the value %4 is not one of its descriptor classes (%5).")
                                        .arg(factor.source)
                                        .arg(x + int(i % size_t(w)))
                                        .arg(y + int(i / size_t(w)))
                                        .arg(v)
                                        .arg(factor.classes.join(u", "_s)),
                                    factor.source);
                    acc[i] += factor.weight * factor.descriptorWeights[size_t(k)];
                }
            }
            for (size_t i = 0; i < cells; ++i) {
                ++result.units;
                if (!valid[i]) {
                    ++result.missing;
                    levels[i] = 0;
                    values[i] = -9999.0f;
                    continue;
                }
                const int level = classify(acc[i], bounds);
                ++result.perLevel[size_t(level - 1)];
                levels[i] = uint8_t(level);
                values[i] = float(acc[i]);
            }
            if ((*levelDs)->GetRasterBand(1)->RasterIO(GF_Write, x, y, w, h, levels.data(), w, h, GDT_Byte, 0, 0, nullptr) != CE_None)
                return fail(RiskCore::tr("Cannot write the raster %1.").arg(levelOutput), levelOutput, errors.lastFailure());
            if (valueDs
                && valueDs->GetRasterBand(1)->RasterIO(GF_Write, x, y, w, h, values.data(), w, h, GDT_Float32, 0, 0, nullptr) != CE_None)
                return fail(RiskCore::tr("Cannot write the raster %1.").arg(valueOutput), valueOutput, errors.lastFailure());
        }
    }
    // The colours of the levels in the level raster.
    GDALColorTable colors;
    for (int level = 1; level <= kLevelCount; ++level) {
        const QColor c = levelColor(level);
        GDALColorEntry e{short(c.red()), short(c.green()), short(c.blue()), 255};
        colors.SetColorEntry(level, &e);
    }
    (*levelDs)->GetRasterBand(1)->SetColorTable(&colors);
    if (!closeDataset(levelDs->release()))
        return fail(RiskCore::tr("Cannot write the raster %1.").arg(levelOutput), levelOutput, errors.lastFailure());
    if (valueDs && !closeDataset(valueDs.release()))
        return fail(RiskCore::tr("Cannot write the raster %1.").arg(valueOutput), valueOutput, errors.lastFailure());
    if (result.missing > 0)
        feedback.pushInfo(RiskCore::tr("%n cell(s) have no data in a factor: left as no data.", nullptr, int(std::min<qint64>(result.missing, INT_MAX))));
    feedback.setProgress(100);
    return result;
}

QList<ParameterDefinition> evaluationParameters()
{
    using P = ParameterDefinition;
    return {
        P::make(u"ranges"_s, RiskCore::tr("Level ranges: lower bounds of low, medium, high, very high (e.g. 0.068,0.134,0.260,0.503); empty: derived from the weighted descriptor values"),
                ParameterType::String)
            .setOptional(),
        P::make(u"level_names"_s, RiskCore::tr("Names of the levels from low to very high (empty: low, medium, high, very high)"), ParameterType::String).setOptional(),
        P::make(u"output"_s, RiskCore::tr("Output units with value and level (vector mode)"), ParameterType::FileOutput)
            .withFile(FileKind::Vector, u"gpkg"_s)
            .setOptional(),
        P::make(u"level_raster"_s, RiskCore::tr("Output level raster, 1 low to 4 very high (raster mode)"), ParameterType::FileOutput)
            .withFile(FileKind::Raster, u"tif"_s)
            .setOptional(),
        P::make(u"value_raster"_s, RiskCore::tr("Output value raster (raster mode, optional)"), ParameterType::FileOutput)
            .withFile(FileKind::Raster, u"tif"_s)
            .setOptional(),
    };
}

QList<OutputDefinition> evaluationOutputs()
{
    return {
        OutputDefinition{u"output"_s, RiskCore::tr("Units with value and level"), OutputType::VectorFile},
        OutputDefinition{u"level_raster"_s, RiskCore::tr("Level raster"), OutputType::RasterFile},
        OutputDefinition{u"value_raster"_s, RiskCore::tr("Value raster"), OutputType::RasterFile},
        OutputDefinition{u"weights"_s, RiskCore::tr("Overall weight of each factor"), OutputType::Json},
        OutputDefinition{u"possible_values"_s, RiskCore::tr("Possible values (all factors at descriptor 1..n)"), OutputType::Json},
        OutputDefinition{u"ranges"_s, RiskCore::tr("Level bounds used (low lower bound .. very high upper bound)"), OutputType::Json},
        OutputDefinition{u"per_level"_s, RiskCore::tr("Units or cells per level (low to very high)"), OutputType::Json},
        OutputDefinition{u"style"_s, RiskCore::tr("Style of the output layer: the levels in the conventional colours"), OutputType::Json},
    };
}

Result<QStringList> factorSources(const QVariantMap &parameters, const QString &fieldsParameter, const QString &rastersParameter,
                                  bool *rasterMode)
{
    const QStringList fields = parameters.value(fieldsParameter).toStringList();
    const QStringList rasters = parameters.value(rastersParameter).toStringList();
    const bool hasUnits = !parameters.value(u"units"_s).toString().isEmpty();
    if (!fields.isEmpty() && !rasters.isEmpty())
        return fail(RiskCore::tr("Give either “%1” (fields of the units) or “%2” (rasters), not both.").arg(fieldsParameter, rastersParameter));
    if (!rasters.isEmpty()) {
        for (const QString &r : rasters)
            if (!QFileInfo::exists(r))
                return fail(RiskCore::tr("Parameter “%1”: file not found: %2").arg(rastersParameter, r), r);
        *rasterMode = true;
        if (parameters.value(u"level_raster"_s).toString().isEmpty())
            return fail(RiskCore::tr("Parameter “level_raster”: no output file given (needed with “%1”).").arg(rastersParameter));
        return rasters;
    }
    if (fields.isEmpty())
        return fail(RiskCore::tr("Give the factors: “%1” (fields of the units) or “%2” (rasters of class codes).").arg(fieldsParameter, rastersParameter));
    if (!hasUnits)
        return fail(RiskCore::tr("Parameter “units”: no layer given (needed with “%1”).").arg(fieldsParameter));
    if (parameters.value(u"output"_s).toString().isEmpty())
        return fail(RiskCore::tr("Parameter “output”: no output file given."));
    *rasterMode = false;
    return fields;
}

Result<QVariantMap> runEvaluation(const QVariantMap &parameters, const std::vector<Factor> &factors, bool rasterMode,
                                  const EvaluationNames &names, const QString &algorithmId, Feedback &feedback)
{
    auto levelNames = parseLevelNames(parameters.value(u"level_names"_s).toString(), u"level_names"_s);
    if (!levelNames)
        return std::unexpected(levelNames.error());
    QVariantList possible;
    auto values = possibleValues(factors);
    if (values)
        for (double v : *values)
            possible << v;
    LevelBounds bounds{};
    const QString rangesText = parameters.value(u"ranges"_s).toString();
    if (!rangesText.trimmed().isEmpty()) {
        auto b = parseBounds(rangesText, u"ranges"_s);
        if (!b)
            return std::unexpected(b.error());
        bounds = *b;
    } else {
        if (!values)
            return std::unexpected(values.error());
        auto b = boundsFromPossibleValues(*values);
        if (!b)
            return std::unexpected(b.error());
        bounds = *b;
    }
    feedback.pushInfo(RiskCore::tr("Level ranges: %1.").arg(describeBounds(bounds, *levelNames)));
    Result<EvaluationResult> result = rasterMode
        ? evaluateRaster(factors, bounds, parameters.value(u"level_raster"_s).toString(), parameters.value(u"value_raster"_s).toString(),
                         algorithmId, feedback)
        : evaluateVector(parameters.value(u"units"_s).toString(), factors, bounds, *levelNames, names,
                         parameters.value(u"output"_s).toString(), algorithmId, feedback);
    if (!result)
        return std::unexpected(result.error());
    QVariantMap outputs;
    if (rasterMode) {
        outputs.insert(u"level_raster"_s, parameters.value(u"level_raster"_s));
        if (!parameters.value(u"value_raster"_s).toString().isEmpty())
            outputs.insert(u"value_raster"_s, parameters.value(u"value_raster"_s));
    } else {
        outputs.insert(u"output"_s, parameters.value(u"output"_s));
        outputs.insert(u"style"_s, levelStyle(names.levelField, *levelNames));
    }
    QVariantList weights, ranges, perLevel;
    for (const Factor &f : factors)
        weights << f.weight;
    for (double b : bounds)
        ranges << (std::isfinite(b) ? QVariant(b) : QVariant());
    for (qint64 n : result->perLevel)
        perLevel << n;
    outputs.insert(u"weights"_s, weights);
    outputs.insert(u"possible_values"_s, possible);
    outputs.insert(u"ranges"_s, ranges);
    outputs.insert(u"per_level"_s, perLevel);
    return outputs;
}

} // namespace territoria::risk
