#include "jointable.h"

#include "data/join.h"
#include "data/tableimport.h"
#include "task/feedback.h"
#include "analysis/vectorio.h"

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

QChar separatorChar(const QString &option)
{
    if (option == u"comma"_s)
        return u',';
    if (option == u"semicolon"_s)
        return u';';
    if (option == u"tab"_s)
        return u'\t';
    if (option == u"pipe"_s)
        return u'|';
    if (option == u"point"_s)
        return u'.';
    if (option == u"space"_s)
        return u' ';
    return {};
}

} // namespace

QString JoinTableAlgorithm::id() const
{
    return u"indicators:join_table"_s;
}

QString JoinTableAlgorithm::displayName() const
{
    return tr("Join a table to a layer");
}

QString JoinTableAlgorithm::group() const
{
    return tr("Tables");
}

QString JoinTableAlgorithm::shortHelp() const
{
    return tr("Joins the rows of a table (CSV, XLSX or ODS; “file.xlsx|layername=Sheet” picks a sheet) to the features "
              "of a layer with the same key, one to one, into a new layer. The table's key is read as text, so codes "
              "such as the ubigeo “040101” keep their leading zero; a numeric key 40101 does not match it unless zero "
              "padding to a width is asked for. The report lists the unmatched keys of both sides and the duplicated "
              "keys of the table (the first row wins).");
}

QList<ParameterDefinition> JoinTableAlgorithm::parameterDefinitions() const
{
    using P = ParameterDefinition;
    return {
        P::make(u"input"_s, tr("Layer"), ParameterType::VectorLayer),
        P::make(u"input_field"_s, tr("Key field of the layer"), ParameterType::Field).withParent(u"input"_s),
        P::make(u"table"_s, tr("Table (CSV, XLSX, ODS)"), ParameterType::VectorLayer),
        P::make(u"table_field"_s, tr("Key column of the table"), ParameterType::String),
        P::make(u"prefix"_s, tr("Prefix of the joined field names"), ParameterType::String).withDefault(QString()),
        P::make(u"zero_pad"_s, tr("Pad numeric keys with zeros to this width (0: no padding)"), ParameterType::Integer)
            .withRange(0, 32)
            .withDefault(0),
        P::make(u"delimiter"_s, tr("CSV delimiter"), ParameterType::Enum)
            .withOptions({u"auto"_s, u"comma"_s, u"semicolon"_s, u"tab"_s, u"pipe"_s})
            .withDefault(u"auto"_s),
        P::make(u"encoding"_s, tr("CSV encoding"), ParameterType::String).withDefault(u"UTF-8"_s),
        P::make(u"decimal_separator"_s, tr("CSV decimal separator"), ParameterType::Enum)
            .withOptions({u"point"_s, u"comma"_s})
            .withDefault(u"point"_s),
        P::make(u"thousands_separator"_s, tr("CSV thousands separator"), ParameterType::Enum)
            .withOptions({u"none"_s, u"point"_s, u"comma"_s, u"space"_s})
            .withDefault(u"none"_s),
        P::make(u"output"_s, tr("Joined layer"), ParameterType::FileOutput).withFile(FileKind::Vector, u"gpkg"_s),
    };
}

QList<OutputDefinition> JoinTableAlgorithm::outputDefinitions() const
{
    return {
        OutputDefinition{u"output"_s, tr("Joined layer"), OutputType::VectorFile},
        OutputDefinition{u"matched_count"_s, tr("Features joined"), OutputType::Number},
        OutputDefinition{u"unmatched_layer_count"_s, tr("Features without a table row"), OutputType::Number},
        OutputDefinition{u"unmatched_table_count"_s, tr("Table keys without a feature"), OutputType::Number},
        OutputDefinition{u"duplicate_key_count"_s, tr("Keys on several table rows"), OutputType::Number},
        OutputDefinition{u"table_issue_count"_s, tr("Problems found in the table"), OutputType::Number},
        OutputDefinition{u"report"_s, tr("Join report (counts, key lists, table problems)"), OutputType::Json},
    };
}

Result<QVariantMap> JoinTableAlgorithm::processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const
{
    const QString input = parameters.value(u"input"_s).toString();
    const VectorSource table = splitVectorSource(parameters.value(u"table"_s).toString());
    const QString output = parameters.value(u"output"_s).toString();
    const QString tableField = parameters.value(u"table_field"_s).toString();
    if (auto ok = checkOutputIsNotInput(output, {input, table.path}); !ok)
        return std::unexpected(ok.error());

    TableImportOptions options;
    options.delimiter = separatorChar(parameters.value(u"delimiter"_s).toString());
    options.encoding = parameters.value(u"encoding"_s).toString();
    options.decimalSeparator = parameters.value(u"decimal_separator"_s).toString() == u"comma"_s ? u',' : u'.';
    options.thousandsSeparator = separatorChar(parameters.value(u"thousands_separator"_s).toString());
    options.sheet = table.layerName;
    options.textColumns = {tableField};
    auto rows = TableImporter::read(table.path, options);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->columnIndex(tableField) < 0)
        return fail(tr("Parameter “table_field”: %1 has no column “%2” (columns: %3).")
                        .arg(table.path, tableField,
                             [&] {
                                 QStringList names;
                                 for (const TableColumn &c : rows->columns)
                                     names << c.name;
                                 return names.join(u", "_s);
                             }()),
                    table.path);
    // The key column is read as text, also when its name matched case-insensitively.
    if (const QString exact = rows->columns.at(rows->columnIndex(tableField)).name; exact != tableField) {
        options.textColumns = {exact};
        rows = TableImporter::read(table.path, options);
        if (!rows)
            return std::unexpected(rows.error());
    }
    QStringList issues;
    for (const TableIssue &issue : rows->issues) {
        issues << issue.message;
        feedback.pushWarning(tr("%1: %2").arg(table.path, issue.message));
    }
    feedback.setProgress(20);

    JoinOptions join;
    join.layerField = parameters.value(u"input_field"_s).toString();
    join.tableField = tableField;
    join.prefix = parameters.value(u"prefix"_s).toString();
    join.zeroPadWidth = int(parameters.value(u"zero_pad"_s).toLongLong());
    auto report = TableJoin::joinToFile(input, *rows, join, output, nullptr);
    if (!report)
        return std::unexpected(report.error());
    if (feedback.isCanceled())
        return std::unexpected(canceledError(id()));
    if (report->matchedCount == 0 && report->layerFeatureCount > 0)
        return fail(report->typeMismatch
                        ? tr("No feature of %1 matched a row of %2: %3").arg(input, table.path, report->hint)
                        : tr("No feature of %1 matched a row of %2 (first keys: “%3” and “%4”).")
                              .arg(input, table.path, report->unmatchedLayerKeys.value(0), report->unmatchedTableKeys.value(0)),
                    input);
    for (const QString &warning : std::as_const(report->warnings))
        feedback.pushWarning(warning);
    if (report->typeMismatch)
        feedback.pushWarning(report->hint);
    feedback.pushInfo(tr("%1 of %2 features joined; %3 table key(s) unused.")
                          .arg(report->matchedCount)
                          .arg(report->layerFeatureCount)
                          .arg(report->unmatchedTableKeys.size()));
    feedback.setProgress(100);

    QVariantMap details = report->toVariantMap();
    details.insert(u"table_issues"_s, issues);
    QVariantMap outputs;
    outputs.insert(u"output"_s, output);
    outputs.insert(u"matched_count"_s, report->matchedCount);
    outputs.insert(u"unmatched_layer_count"_s, int(report->unmatchedLayerKeys.size()));
    outputs.insert(u"unmatched_table_count"_s, int(report->unmatchedTableKeys.size()));
    outputs.insert(u"duplicate_key_count"_s, int(report->duplicateTableKeys.size()));
    outputs.insert(u"table_issue_count"_s, int(issues.size()));
    outputs.insert(u"report"_s, details);
    return outputs;
}

} // namespace territoria
