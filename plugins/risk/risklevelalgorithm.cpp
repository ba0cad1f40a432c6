#include "risklevelalgorithm.h"

#include "analysis/vectorio.h"
#include "data/gdalutil.h"
#include "riskcore.h"
#include "task/feedback.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

constexpr auto kDefaultTable = "4,4,3,3;4,3,3,2;3,3,2,2;3,2,2,1";

// How a (hazard, vulnerability) pair becomes a risk level.
struct Rule {
    bool product = false;
    std::array<std::array<int, 4>, 4> table{};
    risk::LevelBounds bounds{};
    // Table: a and b are levels 1..4. Product: values. 0 when a level is unknown.
    int level(double a, double b) const
    {
        if (product)
            return risk::classify(a * b, bounds);
        const int h = int(a), v = int(b);
        if (h < 1 || h > 4 || v < 1 || v > 4 || h != a || v != b)
            return 0;
        return table[size_t(4 - h)][size_t(4 - v)];
    }
};

} // namespace

QString RiskLevelAlgorithm::id() const
{
    return u"risk:level"_s;
}

QString RiskLevelAlgorithm::displayName() const
{
    return tr("Risk level (hazard × vulnerability)");
}

QString RiskLevelAlgorithm::group() const
{
    return tr("Risk");
}

QString RiskLevelAlgorithm::shortHelp() const
{
    return tr("Risk from the hazard and the vulnerability of each unit (or cell) into four levels: very high (red "
              "#d7191c), high (orange #fdae61), medium (yellow #ffffbf) and low (green #1a9641). Method “table”: a 4 × 4 "
              "table of levels, rows for hazard very high, high, medium, low and columns for vulnerability very high … "
              "low (default 4,4,3,3;4,3,3,2;3,3,2,2;3,2,2,1, 4 = very high); the level fields hold 1..4 or the names "
              "(muy alto, alto, medio, bajo). Method “product”: CENEPRED's matrix of values, R = P × V, with the risk "
              "ranges the products of the hazard and vulnerability range bounds (the “ranges” output of risk:hazard and "
              "risk:vulnerability). Writes risk_level (1 low to 4 very high, a stable code), risk_level_name, risk_color "
              "(the conventional colour, for the style) and, with “product”, risk_value.");
}

QList<ParameterDefinition> RiskLevelAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"units"_s, tr("Units with hazard and vulnerability (vector mode)"), ParameterType::VectorLayer).setOptional(),
        P::make(u"hazard_field"_s, tr("Hazard level field (table) or hazard value field (product); empty: hazard_level or hazard_value"),
                ParameterType::Field)
            .withParent(u"units"_s)
            .setOptional(),
        P::make(u"vulnerability_field"_s,
                tr("Vulnerability level field (table) or value field (product); empty: vulnerability_level or vulnerability_value"),
                ParameterType::Field)
            .withParent(u"units"_s)
            .setOptional(),
        P::make(u"hazard_raster"_s, tr("Hazard level raster, 1..4 (or value raster with “product”; raster mode)"), ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"vulnerability_raster"_s, tr("Vulnerability level raster on the same grid (raster mode)"), ParameterType::RasterLayer)
            .setOptional(),
        P::make(u"method"_s, tr("Method"), ParameterType::Enum).withOptions({u"table"_s, u"product"_s}).withDefault(u"table"_s),
        P::make(u"table"_s, tr("Level table: rows hazard very high..low, columns vulnerability very high..low (4 = very high)"),
                ParameterType::String)
            .withDefault(QString::fromLatin1(kDefaultTable)),
        P::make(u"hazard_ranges"_s, tr("Hazard range bounds, low lower bound .. very high upper bound (product)"), ParameterType::String).setOptional(),
        P::make(u"vulnerability_ranges"_s, tr("Vulnerability range bounds, low lower bound .. very high upper bound (product)"),
                ParameterType::String)
            .setOptional(),
        P::make(u"level_names"_s, tr("Names of the levels from low to very high (empty: low, medium, high, very high)"), ParameterType::String)
            .setOptional(),
        P::make(u"output"_s, tr("Output units with the risk level (vector mode)"), ParameterType::FileOutput)
            .withFile(FileKind::Vector, u"gpkg"_s)
            .setOptional(),
        P::make(u"level_raster"_s, tr("Output risk level raster (raster mode)"), ParameterType::FileOutput)
            .withFile(FileKind::Raster, u"tif"_s)
            .setOptional(),
    };
}

QList<OutputDefinition> RiskLevelAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Units with the risk level"), OutputType::VectorFile},
        OutputDefinition{u"level_raster"_s, tr("Risk level raster"), OutputType::RasterFile},
        OutputDefinition{u"ranges"_s, tr("Risk range bounds (product)"), OutputType::Json},
        OutputDefinition{u"per_level"_s, tr("Units or cells per level (low to very high)"), OutputType::Json},
        OutputDefinition{u"colors"_s, tr("Colour of each level (low to very high)"), OutputType::Json},
        OutputDefinition{u"style"_s, tr("Style of the output layer: the levels in the conventional colours"), OutputType::Json},
    };
}

Result<QVariantMap> RiskLevelAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    Rule rule;
    rule.product = parameters.value(u"method"_s).toString() == u"product"_s;
    if (rule.product) {
        const QString h = parameters.value(u"hazard_ranges"_s).toString(), v = parameters.value(u"vulnerability_ranges"_s).toString();
        if (h.trimmed().isEmpty() || v.trimmed().isEmpty())
            return fail(tr("The method “product” needs “hazard_ranges” and “vulnerability_ranges” (the “ranges” outputs of risk:hazard and risk:vulnerability)."));
        auto hb = risk::parseBounds(h, u"hazard_ranges"_s);
        if (!hb)
            return std::unexpected(hb.error());
        auto vb = risk::parseBounds(v, u"vulnerability_ranges"_s);
        if (!vb)
            return std::unexpected(vb.error());
        for (size_t i = 0; i < 4; ++i)
            if ((*hb)[i] < 0 || (*vb)[i] < 0)
                return fail(tr("The method “product” needs non-negative range bounds."));
        for (size_t i = 0; i < 5; ++i)
            rule.bounds[i] = (*hb)[i] * (*vb)[i];
        if (!std::isfinite(rule.bounds[4]))
            rule.bounds[4] = std::numeric_limits<double>::infinity();
    } else {
        auto table = risk::parseLevelTable(parameters.value(u"table"_s).toString(), u"table"_s);
        if (!table)
            return std::unexpected(table.error());
        rule.table = *table;
    }
    auto names = risk::parseLevelNames(parameters.value(u"level_names"_s).toString(), u"level_names"_s);
    if (!names)
        return std::unexpected(names.error());

    const QString units = parameters.value(u"units"_s).toString();
    const QString hazardRaster = parameters.value(u"hazard_raster"_s).toString();
    const QString vulnerabilityRaster = parameters.value(u"vulnerability_raster"_s).toString();
    std::array<qint64, 4> perLevel{};
    QVariantMap outputs;
    qint64 unknown = 0;
    if (!units.isEmpty()) {
        if (!hazardRaster.isEmpty() || !vulnerabilityRaster.isEmpty())
            return fail(tr("Give either “units” or “hazard_raster” and “vulnerability_raster”, not both."));
        const QString output = parameters.value(u"output"_s).toString();
        if (output.isEmpty())
            return fail(tr("Parameter “output”: no output file given."));
        if (auto ok = checkOutputIsNotInput(output, {units}); !ok)
            return std::unexpected(ok.error());
        auto input = openVector(units);
        if (!input)
            return std::unexpected(input.error());
        const QString suffix = rule.product ? u"_value"_s : u"_level"_s;
        QString hazardField = parameters.value(u"hazard_field"_s).toString();
        QString vulnerabilityField = parameters.value(u"vulnerability_field"_s).toString();
        if (hazardField.isEmpty())
            hazardField = u"hazard"_s + suffix;
        if (vulnerabilityField.isEmpty())
            vulnerabilityField = u"vulnerability"_s + suffix;
        OGRFeatureDefn *defn = input->layer->GetLayerDefn();
        const int hi = defn->GetFieldIndex(hazardField.toUtf8().constData());
        const int vi = defn->GetFieldIndex(vulnerabilityField.toUtf8().constData());
        if (hi < 0)
            return fail(tr("%1 has no hazard field “%2” (parameter “hazard_field”).").arg(input->path, hazardField), input->path);
        if (vi < 0)
            return fail(tr("%1 has no vulnerability field “%2” (parameter “vulnerability_field”).").arg(input->path, vulnerabilityField), input->path);
        auto features = readFeatures(input->layer, input->path);
        if (!features)
            return std::unexpected(features.error());
        if (features->empty())
            return fail(tr("%1 has no features.").arg(input->path), input->path);
        QList<NewField> fields;
        if (rule.product)
            fields << NewField{u"risk_value"_s, OFTReal};
        fields << NewField{u"risk_level"_s, OFTInteger} << NewField{u"risk_level_name"_s, OFTString} << NewField{u"risk_color"_s, OFTString};
        auto writer = ZoneWriter::create(output, input->layer, fields, ExistingField::Replace);
        if (!writer)
            return std::unexpected(writer.error());
        auto read = [&](const OGRFeature &f, int index, bool *ok) -> double {
            *ok = f.IsFieldSetAndNotNull(index);
            if (!*ok)
                return 0;
            if (rule.product) {
                const OGRFieldType type = f.GetFieldDefnRef(index)->GetType();
                if (type == OFTReal || type == OFTInteger || type == OFTInteger64)
                    return f.GetFieldAsDouble(index);
                bool isNumber = false;
                const double v = QString::fromUtf8(f.GetFieldAsString(index)).toDouble(&isNumber);
                *ok = isNumber;
                return v;
            }
            const int level = risk::levelFromText(QString::fromUtf8(f.GetFieldAsString(index)));
            *ok = level > 0;
            return level;
        };
        for (size_t u = 0; u < features->size(); ++u) {
            if ((u & 255) == 0) {
                if (feedback.isCanceled())
                    return std::unexpected(canceledError(id()));
                feedback.setProgress(100.0 * double(u) / double(features->size()));
            }
            const OGRFeature &f = *(*features)[u];
            bool okH = false, okV = false;
            const double h = read(f, hi, &okH), v = read(f, vi, &okV);
            QVariantList values;
            const int level = okH && okV ? rule.level(h, v) : 0;
            if (rule.product)
                values << (okH && okV ? QVariant(h * v) : QVariant());
            if (level > 0) {
                ++perLevel[size_t(level - 1)];
                values << level << names->at(level - 1) << risk::levelColor(level).name();
            } else {
                ++unknown;
                values << QVariant() << QVariant() << QVariant();
            }
            if (auto ok = (*writer)->write(f, values); !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = (*writer)->close(); !ok)
            return std::unexpected(ok.error());
        outputs.insert(u"output"_s, output);
        outputs.insert(u"style"_s, risk::levelStyle(u"risk_level"_s, *names));
        if (unknown > 0)
            feedback.pushWarning(tr("%n unit(s) have an empty or unknown hazard or vulnerability (not 1 to 4 nor a level name): their risk is empty.",
                                    nullptr, int(unknown)));
    } else {
        if (hazardRaster.isEmpty() || vulnerabilityRaster.isEmpty())
            return fail(tr("Give the “units” (with hazard and vulnerability fields) or both “hazard_raster” and “vulnerability_raster”."));
        const QString output = parameters.value(u"level_raster"_s).toString();
        if (output.isEmpty())
            return fail(tr("Parameter “level_raster”: no output file given."));
        if (auto ok = checkOutputIsNotInput(output, {hazardRaster, vulnerabilityRaster}); !ok)
            return std::unexpected(ok.error());
        GDALDatasetUniquePtr hds(GDALDataset::Open(hazardRaster.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!hds)
            return fail(tr("Cannot open the raster %1.").arg(hazardRaster), hazardRaster, errors.lastFailure());
        GDALDatasetUniquePtr vds(GDALDataset::Open(vulnerabilityRaster.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!vds)
            return fail(tr("Cannot open the raster %1.").arg(vulnerabilityRaster), vulnerabilityRaster, errors.lastFailure());
        const int width = hds->GetRasterXSize(), height = hds->GetRasterYSize();
        double gt[6], gv[6];
        hds->GetGeoTransform(gt);
        vds->GetGeoTransform(gv);
        if (vds->GetRasterXSize() != width || vds->GetRasterYSize() != height || std::abs(gt[0] - gv[0]) > 1e-6 * std::abs(gt[1])
            || std::abs(gt[3] - gv[3]) > 1e-6 * std::abs(gt[5]) || std::abs(gt[1] - gv[1]) > 1e-9 * std::abs(gt[1]))
            return fail(tr("The raster %1 is not on the grid of %2 (size, origin and cell size must match).").arg(vulnerabilityRaster, hazardRaster),
                        vulnerabilityRaster);
        GDALRasterBand *hb = hds->GetRasterBand(1), *vb = vds->GetRasterBand(1);
        int hHas = 0, vHas = 0;
        const double hNd = hb->GetNoDataValue(&hHas), vNd = vb->GetNoDataValue(&vHas);
        GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
        CslList options({u"TILED=YES"_s, u"COMPRESS=DEFLATE"_s, u"BIGTIFF=IF_SAFER"_s});
        GDALDatasetUniquePtr out(gtiff->Create(output.toUtf8().constData(), width, height, 1, GDT_Byte, options.list()));
        if (!out)
            return fail(tr("Cannot create the raster %1.").arg(output), output, errors.lastFailure());
        out->SetGeoTransform(gt);
        if (hds->GetSpatialRef())
            out->SetSpatialRef(hds->GetSpatialRef());
        GDALRasterBand *ob = out->GetRasterBand(1);
        ob->SetNoDataValue(0);
        const int rows = 256;
        std::vector<double> a(size_t(width) * rows), b(size_t(width) * rows);
        std::vector<uint8_t> o(size_t(width) * rows);
        for (int y = 0; y < height; y += rows) {
            if (feedback.isCanceled())
                return std::unexpected(canceledError(id()));
            feedback.setProgress(100.0 * y / height);
            const int h = std::min(rows, height - y);
            if (hb->RasterIO(GF_Read, 0, y, width, h, a.data(), width, h, GDT_Float64, 0, 0, nullptr) != CE_None)
                return fail(tr("Cannot read the raster %1.").arg(hazardRaster), hazardRaster, errors.lastFailure());
            if (vb->RasterIO(GF_Read, 0, y, width, h, b.data(), width, h, GDT_Float64, 0, 0, nullptr) != CE_None)
                return fail(tr("Cannot read the raster %1.").arg(vulnerabilityRaster), vulnerabilityRaster, errors.lastFailure());
            const size_t cells = size_t(width) * size_t(h);
            for (size_t i = 0; i < cells; ++i) {
                const bool nd = (hHas && a[i] == hNd) || (vHas && b[i] == vNd) || std::isnan(a[i]) || std::isnan(b[i]);
                const int level = nd ? 0 : rule.level(a[i], b[i]);
                o[i] = uint8_t(level);
                if (level > 0)
                    ++perLevel[size_t(level - 1)];
                else if (!nd)
                    ++unknown;
            }
            if (ob->RasterIO(GF_Write, 0, y, width, h, o.data(), width, h, GDT_Byte, 0, 0, nullptr) != CE_None)
                return fail(tr("Cannot write the raster %1.").arg(output), output, errors.lastFailure());
        }
        GDALColorTable colors;
        for (int level = 1; level <= 4; ++level) {
            const QColor c = risk::levelColor(level);
            GDALColorEntry e{short(c.red()), short(c.green()), short(c.blue()), 255};
            colors.SetColorEntry(level, &e);
        }
        ob->SetColorTable(&colors);
        if (!risk::closeDataset(out.release()))
            return fail(tr("Cannot write the raster %1.").arg(output), output, errors.lastFailure());
        outputs.insert(u"level_raster"_s, output);
        if (unknown > 0)
            feedback.pushWarning(tr("%n cell(s) hold a hazard or vulnerability that is not a level 1 to 4: left as no data.", nullptr,
                                    int(std::min<qint64>(unknown, INT_MAX))));
    }
    QVariantList levels, colors, ranges;
    for (int l = 0; l < 4; ++l) {
        levels << perLevel[size_t(l)];
        colors << risk::levelColor(l + 1).name();
    }
    if (rule.product) {
        for (double b : rule.bounds)
            ranges << (std::isfinite(b) ? QVariant(b) : QVariant());
        outputs.insert(u"ranges"_s, ranges);
    }
    outputs.insert(u"per_level"_s, levels);
    outputs.insert(u"colors"_s, colors);
    feedback.setProgress(100);
    return outputs;
}

} // namespace territoria
