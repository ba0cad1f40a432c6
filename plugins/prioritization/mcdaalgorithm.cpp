#include "mcdaalgorithm.h"

#include "mcdacore.h"
#include "rastermcda.h"
#include "task/feedback.h"
#include "analysis/vectorio.h"
#include "style/vectorstyle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QVariantList>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// The five priority classes as a categorized style on `priority` (1 = very high,
// dark red, to 5 = very low, blue: ColorBrewer RdBu), for the layer the desktop adds.
QJsonObject priorityStyle(GeometryKind kind)
{
    static const QColor colors[5] = {QColor(0xb2, 0x18, 0x2b), QColor(0xef, 0x8a, 0x62), QColor(0xfd, 0xdb, 0xc7),
                                     QColor(0xd1, 0xe5, 0xf0), QColor(0x67, 0xa9, 0xcf)};
    VectorStyle style = VectorStyle::defaultFor(kind, 0);
    style.renderer = RendererType::Categorized;
    style.field = u"priority"_s;
    style.categories.clear();
    for (int cls = 1; cls <= 5; ++cls) {
        Category category;
        category.value = cls;
        category.label = QCoreApplication::translate("PrioritizationMcda", "Priority %1").arg(prioritization::priorityLabel(cls));
        category.symbol = style.baseSymbol();
        category.symbol.fillColor = colors[cls - 1];
        category.symbol.strokeColor = QColor(0x63, 0x63, 0x63);
        if (kind != GeometryKind::Polygon)
            category.symbol.strokeColor = colors[cls - 1];
        style.categories << category;
    }
    return style.toJson();
}

QVariantList toList(const std::vector<double> &values)
{
    QVariantList list;
    for (double v : values)
        list << v;
    return list;
}

} // namespace

QString McdaAlgorithm::id() const
{
    return u"prioritization:mcda"_s;
}

QString McdaAlgorithm::displayName() const
{
    return tr("Multi-criteria prioritization");
}

QString McdaAlgorithm::group() const
{
    return tr("Prioritization");
}

QString McdaAlgorithm::shortHelp() const
{
    return tr("Ranks territorial units (fields of a vector layer) or cells (aligned rasters, one per criterion) by several "
              "criteria. Each criterion is a benefit (higher is better) or a cost, normalized by minmax, zscore or vector "
              "(x/√Σx²), or by its own value function: name:direction:low:high (0 at low, 1 at high, clamped) or, for units, "
              "name:value:x1=v1:x2=v2:... (piecewise linear). Methods: wlc "
              "(weighted sum of the normalized values, costs turned around), topsis (closeness to the ideal: distance to the "
              "anti-ideal / (sum of both distances); ideal and anti-ideal reported) and owa (ordered weighted averaging with "
              "order weights). Units write score, rank (1 = highest priority), a five-class priority (quintiles of the rank) "
              "and, for TOPSIS, the distances; rasters give a Float32 score raster. Units failing the constraint (an SQL "
              "condition on the fields) or with missing values get no score.");
}

QList<ParameterDefinition> McdaAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    QList<ParameterDefinition> list{
        P::make(u"input"_s, tr("Units with the criteria as fields"), ParameterType::VectorLayer).setOptional(),
        P::make(u"rasters"_s, tr("Or rasters, one per criterion in the same order (aligned)"), ParameterType::StringList).setOptional(),
    };
    list << prioritization::commonParameters();
    list << P::make(u"constraint"_s, tr("Constraint: units that satisfy it take part (SQL condition on the fields, e.g. population > 1000)"),
                    ParameterType::String)
                .setOptional();
    list << P::make(u"constraint_raster"_s, tr("Constraint for rasters: cells where this raster is 0 or has no data are left out"),
                    ParameterType::RasterLayer)
                .setOptional();
    list << P::make(u"threads"_s, tr("Threads for rasters (0: one per core)"), ParameterType::Integer).withRange(0, 256).withDefault(0);
    list << P::make(u"output"_s, tr("Output: units with score and rank (.gpkg ...), or a score raster (.tif)"), ParameterType::FileOutput)
                .withFile(FileKind::Vector, u"gpkg"_s);
    return list;
}

QList<OutputDefinition> McdaAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Units with score and rank, or the score raster"), OutputType::VectorFile},
        OutputDefinition{u"weights"_s, tr("Weights used (adding up to 1)"), OutputType::Json},
        OutputDefinition{u"style"_s, tr("Style of the output layer: the five priority classes"), OutputType::Json},
        OutputDefinition{u"ideal"_s, tr("Ideal: best value of each criterion"), OutputType::Json},
        OutputDefinition{u"anti_ideal"_s, tr("Anti-ideal: worst value of each criterion"), OutputType::Json},
        OutputDefinition{u"ideal_weighted"_s, tr("TOPSIS ideal in weighted normalized values"), OutputType::Json},
        OutputDefinition{u"anti_ideal_weighted"_s, tr("TOPSIS anti-ideal in weighted normalized values"), OutputType::Json},
        OutputDefinition{u"unit_count"_s, tr("Units read"), OutputType::Number},
        OutputDefinition{u"scored_count"_s, tr("Units with a score"), OutputType::Number},
        OutputDefinition{u"excluded_count"_s, tr("Units left out by the constraint"), OutputType::Number},
        OutputDefinition{u"missing_count"_s, tr("Units left out for missing values"), OutputType::Number},
        OutputDefinition{u"valid_cells"_s, tr("Cells with a score"), OutputType::Number},
        OutputDefinition{u"nodata_cells"_s, tr("Cells without data"), OutputType::Number},
    };
}

Result<QVariantMap> McdaAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    using namespace prioritization;
    const QString inputSource = parameters.value(u"input"_s).toString();
    const QStringList rasters = parameters.value(u"rasters"_s).toStringList();
    const QString output = parameters.value(u"output"_s).toString();
    if (!inputSource.isEmpty() && !parameters.value(u"constraint_raster"_s).toString().isEmpty())
        return fail(tr("Parameter “constraint_raster” applies to rasters; for units, give “constraint” (an SQL condition on the fields)."));
    if (inputSource.isEmpty() == rasters.isEmpty())
        return fail(tr("Give either “input” (units with the criteria as fields) or “rasters” (one per criterion), not both or neither."));
    auto setup = readSetup(parameters, feedback);
    if (!setup)
        return std::unexpected(setup.error());
    QVariantMap outputs;
    outputs.insert(u"output"_s, output);
    outputs.insert(u"weights"_s, toList(setup->weights));

    if (!rasters.isEmpty()) {
        if (!parameters.value(u"constraint"_s).toString().isEmpty())
            return fail(tr("Parameter “constraint” applies to units; for rasters, give “constraint_raster” (0 or no data where cells are left out)."));
        const QString suffix = QFileInfo(output).suffix().toLower();
        if (suffix != "tif"_L1 && suffix != "tiff"_L1)
            return fail(tr("Parameter “output”: %1: a score raster is written as GeoTIFF (.tif).").arg(output), output);
        auto result = runRasterMcda(rasters, parameters.value(u"constraint_raster"_s).toString(), *setup, output, int(parameters.value(u"threads"_s).toLongLong()), feedback);
        if (!result)
            return std::unexpected(result.error());
        outputs.insert(u"valid_cells"_s, result->validCells);
        outputs.insert(u"nodata_cells"_s, result->nodataCells);
        if (result->statisticsPass) {
            outputs.insert(u"ideal"_s, toList(result->idealRaw));
            outputs.insert(u"anti_ideal"_s, toList(result->antiIdealRaw));
        }
        return outputs;
    }

    if (auto ok = checkOutputIsNotInput(output, {inputSource}); !ok)
        return std::unexpected(ok.error());
    auto table = readUnits(inputSource, setup->criteria, parameters.value(u"constraint"_s).toString(), feedback);
    if (!table)
        return std::unexpected(table.error());
    const Evaluation e = evaluate(table->x, *setup, setup->weights);
    for (int j : e.constantCriteria)
        feedback.pushWarning(tr("“%1” has the same value in every unit: it adds nothing to the score.").arg(setup->criteria[size_t(j)].name));
    const std::vector<int> ranks = competitionRanks(e.score);
    const bool topsis = setup->method == Method::Topsis;

    QList<NewField> fields{{u"score"_s, OFTReal}, {u"rank"_s, OFTInteger64}, {u"priority"_s, OFTInteger}, {u"priority_label"_s, OFTString}};
    if (topsis)
        fields << NewField{u"d_ideal"_s, OFTReal} << NewField{u"d_anti_ideal"_s, OFTReal};
    auto writer = ZoneWriter::create(output, table->input.layer, fields, ExistingField::Replace);
    if (!writer)
        return std::unexpected(writer.error());
    const size_t n = table->features.size();
    std::vector<long> position(n, -1);
    for (size_t i = 0; i < table->units.size(); ++i)
        position[table->units[i]] = long(i);
    for (size_t u = 0; u < n; ++u) {
        if (feedback.isCanceled())
            return std::unexpected(canceledError(id()));
        QVariantList row;
        if (position[u] >= 0) {
            const size_t i = size_t(position[u]);
            const int cls = priorityClass(ranks[i], table->units.size());
            row << e.score[i] << qlonglong(ranks[i]) << cls << priorityLabel(cls);
            if (topsis)
                row << e.dPlus[i] << e.dMinus[i];
        } else {
            row << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant();
        }
        if (auto ok = (*writer)->write(*table->features[u], row); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = (*writer)->close(); !ok)
        return std::unexpected(ok.error());
    outputs.insert(u"ideal"_s, toList(e.idealRaw));
    outputs.insert(u"anti_ideal"_s, toList(e.antiIdealRaw));
    if (topsis) {
        outputs.insert(u"ideal_weighted"_s, toList(e.idealWeighted));
        outputs.insert(u"anti_ideal_weighted"_s, toList(e.antiIdealWeighted));
    }
    {
        const OGRwkbGeometryType type = table->input.layer->GetGeomType();
        const GeometryKind kind = isPolygonal(type) ? GeometryKind::Polygon
                                  : isPoint(type)   ? GeometryKind::Point
                                                    : GeometryKind::Line;
        outputs.insert(u"style"_s, priorityStyle(kind));
    }
    outputs.insert(u"unit_count"_s, qlonglong(n));
    outputs.insert(u"scored_count"_s, qlonglong(table->units.size()));
    outputs.insert(u"excluded_count"_s, qlonglong(table->constraintCount));
    outputs.insert(u"missing_count"_s, qlonglong(table->missingCount));
    return outputs;
}

} // namespace territoria
