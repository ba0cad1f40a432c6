#pragma once

#include "error.h"
#include "territoria_core_export.h"

#include <QMetaType>
#include <QString>

#include <memory>

namespace territoria {

// A coordinate reference system, as PROJ understands it. A value type: it keeps
// the definition (WKT2) and a few facts read once from PROJ; no PJ handle lives in
// it, so a Crs can be copied to and used from any thread. Functions that need PROJ
// objects create them in the calling thread's PROJ context (projcontext.h).
class TERRITORIA_CORE_EXPORT Crs
{
public:
    Crs() = default; // invalid
    // "EPSG:32719", "ESRI:102033", "urn:ogc:def:crs:EPSG::4326", "OGC:CRS84",
    // any WKT (1 or 2, including ESRI .prj flavour), "+proj=..." strings, PROJJSON,
    // or the path of a .prj file.
    static Result<Crs> fromUserInput(const QString &text);
    static Result<Crs> fromWkt(const QString &wkt);
    static Result<Crs> fromPrjFile(const QString &path);
    static Crs fromEpsg(int code); // invalid if PROJ does not know the code

    bool isValid() const { return static_cast<bool>(d); }
    // "EPSG:32719" when the CRS is (or is identified with high confidence as) a
    // registered one, else empty.
    QString authId() const;
    QString name() const;         // "WGS 84 / UTM zone 19S"
    QString toWkt() const;        // WKT2_2019, multi-line
    QString toProjString() const; // may be empty for CRSs PROJ strings cannot express
    // The shortest faithful text: authId() when there is one, otherwise the WKT.
    QString toUserString() const;
    bool isGeographic() const;
    QString mapUnits() const;     // "metre", "degree", "US survey foot"...
    // The area of use in WGS 84 degrees (west, south, east, north) if PROJ knows it.
    bool areaOfUse(double *west, double *south, double *east, double *north) const;

    // Equivalent definitions (same authority code, or PROJ finds them equivalent
    // ignoring axis order and metadata).
    bool operator==(const Crs &other) const;
    bool operator!=(const Crs &other) const { return !(*this == other); }

private:
    friend struct CrsBuilder; // crs.cpp: builds Data from a PJ
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace territoria

Q_DECLARE_METATYPE(territoria::Crs)
