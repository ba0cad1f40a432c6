#pragma once

#include "analysis/algorithm.h"

#include <QCoreApplication>

namespace territoria {

// indicators:join_table: a table (CSV, XLSX, ODS through core's TableImporter) joined
// one to one to a layer by key into a new layer (core's TableJoin). The table key is
// read as text; integer against zero-padded text keys fail with a hint unless
// zero_pad gives the width. Outputs the counts and a "report" map (key lists,
// duplicates, table problems).
class JoinTableAlgorithm : public Algorithm
{
    Q_DECLARE_TR_FUNCTIONS(JoinTableAlgorithm)
public:
    QString id() const override;
    QString displayName() const override;
    QString group() const override;
    QString shortHelp() const override;
    QList<ParameterDefinition> parameterDefinitions() const override;
    QList<OutputDefinition> outputDefinitions() const override;

protected:
    Result<QVariantMap> processAlgorithm(const QVariantMap &parameters, Feedback &feedback) const override;
};

} // namespace territoria
