#include "data/field.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace territoria {

QString Field::typeName(FieldType type)
{
    switch (type) {
    case FieldType::Integer: return u"Integer"_s;
    case FieldType::Integer64: return u"Integer64"_s;
    case FieldType::Real: return u"Real"_s;
    case FieldType::String: return u"String"_s;
    case FieldType::Date: return u"Date"_s;
    case FieldType::Time: return u"Time"_s;
    case FieldType::DateTime: return u"DateTime"_s;
    case FieldType::Boolean: return u"Boolean"_s;
    case FieldType::Binary: return u"Binary"_s;
    case FieldType::List: return u"List"_s;
    case FieldType::Unknown: break;
    }
    return u"Unknown"_s;
}

int Fields::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < size(); ++i)
        if (at(i).name == name)
            return static_cast<int>(i);
    for (qsizetype i = 0; i < size(); ++i)
        if (at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

QStringList Fields::names() const
{
    QStringList out;
    out.reserve(size());
    for (const Field &f : *this)
        out.append(f.name);
    return out;
}

} // namespace territoria
