#include "geometry/measure.h"

#include "crs/coordinatetransform.h"
#include "crs/crs_p.h"
#include "crs/projcontext.h"

#include <geodesic.h>
#include <proj.h>

#include <QCoreApplication>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Measurer", text);
}

} // namespace

struct Measurer::Private {
    Crs crs;
    Crs geographic;
    CoordinateTransform toGeographic; // crs -> its geodetic CRS (lon, lat in degrees)
    geod_geodesic geod{};
    QString ellipsoid;
    bool planarIsMetric = true;

    // Longitudes and latitudes of `points`; false when one cannot be converted.
    bool geographicCoordinates(const QList<QPointF> &points, std::vector<double> &lon, std::vector<double> &lat) const
    {
        const size_t n = static_cast<size_t>(points.size());
        lon.resize(n);
        lat.resize(n);
        for (size_t i = 0; i < n; ++i) {
            lon[i] = points[static_cast<qsizetype>(i)].x();
            lat[i] = points[static_cast<qsizetype>(i)].y();
        }
        if (!toGeographic.isIdentity() && n)
            toGeographic.transformInPlace(lon.data(), lat.data(), n);
        for (size_t i = 0; i < n; ++i)
            if (!std::isfinite(lon[i]) || !std::isfinite(lat[i]) || std::abs(lat[i]) > 90.0)
                return false;
        return true;
    }

    double planarLength(const QList<QPointF> &points, bool closed) const
    {
        double sum = 0;
        for (qsizetype i = 1; i < points.size(); ++i)
            sum += std::hypot(points[i].x() - points[i - 1].x(), points[i].y() - points[i - 1].y());
        if (closed && points.size() > 2)
            sum += std::hypot(points.first().x() - points.last().x(), points.first().y() - points.last().y());
        return sum;
    }

    Result<double> geodesicLength(const QList<QPointF> &points, bool closed) const
    {
        std::vector<double> lon, lat;
        if (!geographicCoordinates(points, lon, lat))
            return fail(tr("A vertex cannot be converted to geographic coordinates for the ellipsoidal measurement."),
                        crs.authId());
        double sum = 0;
        const size_t n = lon.size();
        auto add = [&](size_t a, size_t b) {
            double s12 = 0;
            geod_inverse(&geod, lat[a], lon[a], lat[b], lon[b], &s12, nullptr, nullptr);
            sum += s12;
        };
        for (size_t i = 1; i < n; ++i)
            add(i - 1, i);
        if (closed && n > 2)
            add(n - 1, 0);
        return sum;
    }
};

Result<Measurer> Measurer::create(const Crs &crs)
{
    if (!crs.isValid())
        return fail(tr("Measuring needs a valid coordinate reference system."));
    PJ_CONTEXT *ctx = projContext();
    projClearError();
    ProjObject pj = createProjCrs(crs);
    if (!pj)
        return fail(tr("The coordinate reference system “%1” cannot be used for measuring.").arg(crs.name()),
                    crs.authId(), projLastError());
    ProjObject ellipsoid(proj_get_ellipsoid(ctx, pj.get()));
    double a = 0, b = 0, invF = 0;
    int computed = 0;
    if (!ellipsoid || !proj_ellipsoid_get_parameters(ctx, ellipsoid.get(), &a, &b, &computed, &invF) || !(a > 0))
        return fail(tr("The coordinate reference system “%1” has no ellipsoid to measure on.").arg(crs.name()),
                    crs.authId(), projLastError());
    ProjObject geodetic(proj_crs_get_geodetic_crs(ctx, pj.get()));
    if (!geodetic)
        return fail(tr("The coordinate reference system “%1” has no geographic CRS to measure on.").arg(crs.name()),
                    crs.authId(), projLastError());
    const char *wkt = proj_as_wkt(ctx, geodetic.get(), PJ_WKT2_2019, nullptr);
    if (!wkt)
        return fail(tr("The coordinate reference system “%1” has no geographic CRS to measure on.").arg(crs.name()),
                    crs.authId(), projLastError());
    auto geographic = Crs::fromWkt(QString::fromUtf8(wkt));
    if (!geographic)
        return std::unexpected(geographic.error());
    auto transform = CoordinateTransform::create(crs, *geographic);
    if (!transform)
        return std::unexpected(transform.error());

    auto p = std::make_shared<Private>();
    p->crs = crs;
    p->geographic = *geographic;
    p->toGeographic = std::move(*transform);
    // A sphere has an inverse flattening of 0 in PROJ.
    geod_init(&p->geod, a, invF > 0 ? 1.0 / invF : 0.0);
    const char *name = proj_get_name(ellipsoid.get());
    p->ellipsoid = name ? QString::fromUtf8(name) : QString();
    p->planarIsMetric = !crs.isGeographic() && crs.mapUnits().compare(u"metre"_s, Qt::CaseInsensitive) == 0;
    Measurer m;
    m.d = std::move(p);
    return m;
}

Result<Measurement> Measurer::length(const QList<QPointF> &path) const
{
    Measurement m;
    m.ellipsoid = d->ellipsoid;
    m.planarIsMetric = d->planarIsMetric;
    m.planar = d->planarLength(path, false);
    auto e = d->geodesicLength(path, false);
    if (!e)
        return std::unexpected(e.error());
    m.ellipsoidal = *e;
    return m;
}

Result<Measurement> Measurer::perimeter(const QList<QPointF> &ring) const
{
    Measurement m;
    m.ellipsoid = d->ellipsoid;
    m.planarIsMetric = d->planarIsMetric;
    m.planar = d->planarLength(ring, true);
    auto e = d->geodesicLength(ring, true);
    if (!e)
        return std::unexpected(e.error());
    m.ellipsoidal = *e;
    return m;
}

Result<Measurement> Measurer::area(const QList<QPointF> &ring) const
{
    Measurement m;
    m.ellipsoid = d->ellipsoid;
    m.planarIsMetric = d->planarIsMetric;
    if (ring.size() < 3)
        return m;
    // Shoelace formula, relative to the first vertex for precision.
    const QPointF o = ring.first();
    double twice = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF a = ring[i] - o, b = ring[(i + 1) % ring.size()] - o;
        twice += a.x() * b.y() - b.x() * a.y();
    }
    m.planar = std::abs(twice) / 2.0;

    std::vector<double> lon, lat;
    if (!d->geographicCoordinates(ring, lon, lat))
        return fail(tr("A vertex cannot be converted to geographic coordinates for the ellipsoidal measurement."),
                    d->crs.authId());
    double area = 0, perimeter = 0;
    geod_polygonarea(&d->geod, lat.data(), lon.data(), static_cast<int>(lat.size()), &area, &perimeter);
    m.ellipsoidal = std::abs(area);
    return m;
}

} // namespace territoria
