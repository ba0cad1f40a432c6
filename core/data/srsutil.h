#pragma once

// Internal to core (not exported): OGR spatial reference -> WKT for Crs::fromWkt.
#include <cpl_conv.h>
#include <cpl_string.h>
#include <ogr_srs_api.h>
#include <ogr_spatialref.h>

#include <QString>

#include <memory>

namespace territoria {

// WKT2_2019 of `srs`. A definition without an authority (ESRI .prj files) is replaced by the
// EPSG CRS GDAL identifies for it, as `gdalsrsinfo -e` does: AutoIdentifyEPSG(), else the only
// candidate of FindMatches() when it is an EPSG entry (NY8_utm18.prj with its "D_unknown" datum
// -> EPSG:32618; a bare "WGS 84" with ~40 equally likely candidates stays without a code).
// Empty on failure.
inline QString srsToWkt(const OGRSpatialReference *source)
{
    if (!source)
        return {};
    std::unique_ptr<OGRSpatialReference> srs(source->Clone());
    if (!srs->GetAuthorityName(nullptr) && srs->AutoIdentifyEPSG() != OGRERR_NONE) {
        int count = 0;
        int *confidence = nullptr;
        OGRSpatialReferenceH *matches = srs->FindMatches(nullptr, &count, &confidence);
        if (count == 1 && confidence && confidence[0] >= 50) {
            const OGRSpatialReference *m = OGRSpatialReference::FromHandle(matches[0]);
            const char *auth = m->GetAuthorityName(nullptr);
            if (auth && EQUAL(auth, "EPSG")) {
                srs.reset(m->Clone());
                srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            }
        }
        OSRFreeSRSArray(matches);
        CPLFree(confidence);
    }
    char *wkt = nullptr;
    const char *opts[] = {"FORMAT=WKT2_2019", "MULTILINE=NO", nullptr};
    if (srs->exportToWkt(&wkt, opts) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        wkt = nullptr;
        if (srs->exportToWkt(&wkt) != OGRERR_NONE) {
            CPLFree(wkt);
            return {};
        }
    }
    QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

} // namespace territoria
