#include "crs/crs.h"

#include "crs/crs_p.h"
#include "crs/projcontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <proj.h>

using namespace Qt::StringLiterals;

namespace territoria {

struct Crs::Data {
    QString wkt;        // WKT2_2019 (what we re-create PJ objects from)
    QString authId;     // "EPSG:32719" or empty
    QString name;
    QString projString;
    bool geographic = false;
    QString mapUnits;
    bool hasArea = false;
    double west = 0, south = 0, east = 0, north = 0;
};

namespace {


QString fromC(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// The horizontal part used for facts: bound CRS -> base, compound -> horizontal.
ProjObject horizontalCrs(PJ_CONTEXT *ctx, PJ *pj)
{
    const PJ_TYPE type = proj_get_type(pj);
    if (type == PJ_TYPE_BOUND_CRS) {
        ProjObject base(proj_get_source_crs(ctx, pj));
        if (base)
            return horizontalCrs(ctx, base.get());
    } else if (type == PJ_TYPE_COMPOUND_CRS) {
        ProjObject h(proj_crs_get_sub_crs(ctx, pj, 0));
        if (h)
            return horizontalCrs(ctx, h.get());
    }
    return ProjObject(proj_clone(ctx, pj));
}

QString idOf(PJ *pj)
{
    const char *auth = proj_get_id_auth_name(pj, 0);
    const char *code = proj_get_id_code(pj, 0);
    if (auth && code)
        return QString::fromUtf8(auth) + u':' + QString::fromUtf8(code);
    return {};
}

Result<Crs> fail_(const QString &what, const QString &source, const QString &detail = {})
{
    return fail(what, source, detail);
}

} // namespace

// Builds a Crs from a PJ of this thread's context.
struct CrsBuilder {
    static Result<Crs> fromPj(PJ *pj, const QString &input);
};

static Result<Crs> crsFromPj(PJ *pj, const QString &input)
{
    return CrsBuilder::fromPj(pj, input);
}

Result<Crs> CrsBuilder::fromPj(PJ *pj, const QString &input)
{
    PJ_CONTEXT *ctx = projContext();
    if (!proj_is_crs(pj))
        return fail_(QCoreApplication::translate("Crs", "“%1” is not a coordinate reference system").arg(input.left(200)), input);

    auto data = std::make_shared<Crs::Data>();
    const char *wkt = proj_as_wkt(ctx, pj, PJ_WKT2_2019, nullptr);
    if (!wkt)
        return fail_(QCoreApplication::translate("Crs", "PROJ cannot write “%1” as WKT").arg(input.left(200)), input, projLastError());
    data->wkt = QString::fromUtf8(wkt);
    data->name = fromC(proj_get_name(pj));
    const char *const projOpts[] = {"USE_APPROX_TMERC=NO", nullptr};
    data->projString = fromC(proj_as_proj_string(ctx, pj, PJ_PROJ_5, projOpts));

    // Authority id: declared, else identified with confidence >= 70.
    data->authId = idOf(pj);
    if (data->authId.isEmpty()) {
        int *confidence = nullptr;
        PJ_OBJ_LIST *list = proj_identify(ctx, pj, nullptr, nullptr, &confidence);
        if (list) {
            const int n = proj_list_get_count(list);
            for (int i = 0; i < n; ++i) {
                if (confidence[i] < 70)
                    continue;
                ProjObject cand(proj_list_get(ctx, list, i));
                if (cand) {
                    data->authId = idOf(cand.get());
                    if (!data->authId.isEmpty())
                        break;
                }
            }
            proj_int_list_destroy(confidence);
            proj_list_destroy(list);
        }
    }

    ProjObject horiz = horizontalCrs(ctx, pj);
    PJ *h = horiz ? horiz.get() : pj;
    const PJ_TYPE type = proj_get_type(h);
    data->geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS
                       || type == PJ_TYPE_GEOGRAPHIC_CRS;
    ProjObject cs(proj_crs_get_coordinate_system(ctx, h));
    if (cs && proj_cs_get_axis_count(ctx, cs.get()) > 0) {
        const char *unitName = nullptr;
        if (proj_cs_get_axis_info(ctx, cs.get(), 0, nullptr, nullptr, nullptr, nullptr, &unitName, nullptr, nullptr))
            data->mapUnits = fromC(unitName);
    }

    double w, s, e, n;
    const char *areaName = nullptr;
    if (proj_get_area_of_use(ctx, pj, &w, &s, &e, &n, &areaName) && w > -1000) {
        data->hasArea = true;
    } else if (!data->authId.isEmpty()) {
        ProjObject reg(proj_create(ctx, data->authId.toUtf8().constData()));
        if (reg && proj_get_area_of_use(ctx, reg.get(), &w, &s, &e, &n, &areaName) && w > -1000)
            data->hasArea = true;
    }
    if (data->hasArea) {
        data->west = w;
        data->south = s;
        data->east = e;
        data->north = n;
    }
    Crs crs;
    crs.d = std::move(data);
    return crs;
}

Result<Crs> Crs::fromUserInput(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail_(QCoreApplication::translate("Crs", "Empty coordinate reference system definition"), input);

    // A file path (a .prj or anything that exists and is not itself a definition).
    const bool looksLikeDefinition = text.startsWith(u'+') || text.startsWith(u'{') || text.contains(u'[')
                                     || text.contains(u':');
    if (text.endsWith(u".prj"_s, Qt::CaseInsensitive) || (!looksLikeDefinition && QFileInfo(text).isFile())
        || (text.contains(u'/') && !text.startsWith(u'+') && !text.contains(u'[') && QFileInfo(text).isFile()))
        return fromPrjFile(text);

    QString def = text;
    static const QRegularExpression digits(u"^\\d{3,6}$"_s);
    if (digits.match(def).hasMatch())
        def = u"EPSG:"_s + def;
    if (def.startsWith(u'+') && !def.contains(u"+type=crs"_s) && !def.contains(u"+proj=pipeline"_s)
        && !def.contains(u"+step"_s))
        def += u" +type=crs"_s;

    PJ_CONTEXT *ctx = projContext();
    projClearError();
    ProjObject pj(proj_create(ctx, def.toUtf8().constData()));
    if (!pj)
        return fail_(QCoreApplication::translate("Crs", "Not a coordinate reference system PROJ understands: “%1”").arg(text.left(200)), input,
                     projLastError());
    return crsFromPj(pj.get(), text);
}

Result<Crs> Crs::fromWkt(const QString &wkt)
{
    PJ_CONTEXT *ctx = projContext();
    PROJ_STRING_LIST warnings = nullptr, errors = nullptr;
    const QByteArray utf8 = wkt.trimmed().toUtf8();
    ProjObject pj(proj_create_from_wkt(ctx, utf8.constData(), nullptr, &warnings, &errors));
    QString detail;
    if (errors) {
        for (auto it = errors; *it; ++it)
            detail += (detail.isEmpty() ? QString() : u"; "_s) + QString::fromUtf8(*it);
    }
    proj_string_list_destroy(warnings);
    proj_string_list_destroy(errors);
    if (!pj)
        return fail_(QCoreApplication::translate("Crs", "Invalid WKT coordinate reference system: “%1”").arg(wkt.left(200)), {}, detail);
    return crsFromPj(pj.get(), wkt);
}

Result<Crs> Crs::fromPrjFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail_(QCoreApplication::translate("Crs", "Cannot read the projection file %1: %2").arg(path, file.errorString()), path);
    const QByteArray content = file.read(1 << 20).trimmed();
    if (content.isEmpty())
        return fail_(QCoreApplication::translate("Crs", "The projection file %1 is empty").arg(path), path);
    const QString text = QString::fromUtf8(content);
    PJ_CONTEXT *ctx = projContext();
    ProjObject pj(proj_create(ctx, content.constData()));
    if (!pj)
        return fail_(QCoreApplication::translate("Crs", "The projection file %1 holds no coordinate reference system PROJ understands").arg(path),
                     path, projLastError());
    auto r = crsFromPj(pj.get(), text);
    if (!r)
        return fail_(QCoreApplication::translate("Crs", "The projection file %1: %2").arg(path, r.error().message), path, r.error().detail);
    return r;
}

Crs Crs::fromEpsg(int code)
{
    PJ_CONTEXT *ctx = projContext();
    ProjObject pj(proj_create_from_database(ctx, "EPSG", QByteArray::number(code).constData(), PJ_CATEGORY_CRS,
                                            false, nullptr));
    if (!pj)
        return {};
    auto r = crsFromPj(pj.get(), u"EPSG:"_s + QString::number(code));
    return r ? *r : Crs();
}

QString Crs::authId() const
{
    return d ? d->authId : QString();
}

QString Crs::name() const
{
    return d ? d->name : QString();
}

QString Crs::toWkt() const
{
    return d ? d->wkt : QString();
}

QString Crs::toProjString() const
{
    return d ? d->projString : QString();
}

QString Crs::toUserString() const
{
    if (!d)
        return {};
    return d->authId.isEmpty() ? d->wkt : d->authId;
}

bool Crs::isGeographic() const
{
    return d && d->geographic;
}

QString Crs::mapUnits() const
{
    return d ? d->mapUnits : QString();
}

bool Crs::areaOfUse(double *west, double *south, double *east, double *north) const
{
    if (!d || !d->hasArea)
        return false;
    if (west)
        *west = d->west;
    if (south)
        *south = d->south;
    if (east)
        *east = d->east;
    if (north)
        *north = d->north;
    return true;
}

bool Crs::operator==(const Crs &other) const
{
    if (!d || !other.d)
        return !d && !other.d;
    if (d == other.d || d->wkt == other.d->wkt)
        return true;
    if (!d->authId.isEmpty() && d->authId.compare(other.d->authId, Qt::CaseInsensitive) == 0)
        return true;
    if (d->geographic != other.d->geographic)
        return false;
    PJ_CONTEXT *ctx = projContext();
    ProjObject a = createProjCrs(*this);
    ProjObject b = createProjCrs(other);
    if (!a || !b)
        return false;
    return proj_is_equivalent_to_with_ctx(ctx, a.get(), b.get(), PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS) != 0;
}

ProjObject createProjCrs(const Crs &crs)
{
    if (!crs.isValid())
        return {};
    const QByteArray wkt = crs.toWkt().toUtf8();
    return ProjObject(proj_create(projContext(), wkt.constData()));
}

} // namespace territoria
