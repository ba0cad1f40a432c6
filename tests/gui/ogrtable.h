#pragma once
// Reads the attribute table of a vector file with OGR, for comparing outputs
// (NULL fields present as invalid QVariants).
#include "../common/ogrrows.h"

namespace ogrtable {

inline QList<QVariantMap> readFeatures(const QString &path)
{
    return territoria::test::readOgrRows(path, territoria::test::GeometryPresence::Omit,
                                         territoria::test::NullFields::Include);
}

} // namespace ogrtable
