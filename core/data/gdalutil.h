#pragma once

#include "error.h"
#include "territoria_core_export.h"

#include <QString>
#include <QStringList>

namespace territoria {

// Registers GDAL/OGR drivers once (thread-safe) and sets the process-wide
// configuration the app relies on (quiet error handler, no .aux.xml sidecars).
// SHAPE_RESTORE_SHX is NOT set process-wide (it breaks concurrent shapefile opens
// in GDAL 3.6): a lost .shx is rebuilt per open, with a warning.
TERRITORIA_CORE_EXPORT void ensureGdalRegistered();

// While alive, collects every CPLError raised on this thread (instead of printing
// to stderr). Nestable. `messages()` are "Warning: ..."/"Failure: ..." lines.
class TERRITORIA_CORE_EXPORT GdalErrorCollector
{
public:
    GdalErrorCollector();
    ~GdalErrorCollector();
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    QStringList messages() const;
    QStringList failures() const; // CE_Failure and CE_Fatal only
    QString lastFailure() const;
    bool hasFailures() const;

private:
    struct Data;
    Data *d;
};

// Builds a char** NULL-terminated list for GDAL from QStrings (owns the memory).
class TERRITORIA_CORE_EXPORT CslList
{
public:
    CslList() = default;
    explicit CslList(const QStringList &items);
    ~CslList();
    CslList(const CslList &) = delete;
    CslList &operator=(const CslList &) = delete;
    void add(const QString &item);
    char **list() const { return m_list; }

private:
    char **m_list = nullptr;
};

} // namespace territoria
