#pragma once

#include "territoria_core_export.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace territoria {

enum class FieldType { Integer, Integer64, Real, String, Date, Time, DateTime, Boolean, Binary, List, Unknown };

struct Field {
    QString name;
    FieldType type = FieldType::String;
    int width = 0;
    int precision = 0;

    // "Integer", "Integer64", "Real", "String", "Date", ... (as ogrinfo names them)
    static QString typeName(FieldType type);
    bool operator==(const Field &) const = default;
};

class TERRITORIA_CORE_EXPORT Fields : public QList<Field>
{
public:
    using QList<Field>::QList;
    int indexOf(const QString &name) const; // exact, then case-insensitive; -1 if absent
    QStringList names() const;
};

// One feature: id (OGR FID), geometry and attribute values in field order.
// Null attributes are invalid QVariants; dates are QDate/QDateTime; strings UTF-8.
} // namespace territoria
