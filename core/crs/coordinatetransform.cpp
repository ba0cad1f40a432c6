#include "crs/coordinatetransform.h"

#include "crs/crs_p.h"
#include "crs/projcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <proj.h>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {


QString fromC(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

bool sameKey(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// PROJ string of an operation, normalized to x = lon/easting, y = lat/northing.
QString normalizedDefinition(PJ_CONTEXT *ctx, PJ *op)
{
    ProjObject norm(proj_normalize_for_visualization(ctx, op));
    PJ *use = norm ? norm.get() : op;
    const char *const opts[] = {"USE_APPROX_TMERC=NO", nullptr};
    const char *s = proj_as_proj_string(ctx, use, PJ_PROJ_5, opts);
    return fromC(s);
}

} // namespace

// ------------------------------------------------------------ TransformContext

void TransformContext::setOperation(const Crs &source, const Crs &destination, const QString &definition)
{
    removeOperation(source, destination);
    if (!definition.trimmed().isEmpty())
        m_entries.append(Entry{source.toUserString(), destination.toUserString(), definition.trimmed()});
}

void TransformContext::removeOperation(const Crs &source, const Crs &destination)
{
    const QString s = source.toUserString(), t = destination.toUserString();
    m_entries.removeIf([&](const Entry &e) { return sameKey(e.source, s) && sameKey(e.destination, t); });
}

QString TransformContext::operation(const Crs &source, const Crs &destination) const
{
    const QString s = source.toUserString(), t = destination.toUserString();
    for (const Entry &e : m_entries)
        if (sameKey(e.source, s) && sameKey(e.destination, t))
            return e.definition;
    return {};
}

QJsonObject TransformContext::toJson() const
{
    QJsonArray array;
    for (const Entry &e : m_entries)
        array.append(QJsonObject{{u"source"_s, e.source}, {u"destination"_s, e.destination},
                                 {u"definition"_s, e.definition}});
    return QJsonObject{{u"operations"_s, array}};
}

TransformContext TransformContext::fromJson(const QJsonObject &json)
{
    TransformContext c;
    const QJsonArray array = json.value(u"operations"_s).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Entry e{o.value(u"source"_s).toString(), o.value(u"destination"_s).toString(),
                o.value(u"definition"_s).toString()};
        if (e.source.isEmpty() || e.destination.isEmpty() || e.definition.isEmpty())
            continue;
        c.m_entries.removeIf([&](const Entry &x) { return sameKey(x.source, e.source) && sameKey(x.destination, e.destination); });
        c.m_entries.append(e);
    }
    return c;
}

// --------------------------------------------------------- CoordinateTransform

struct CoordinateTransform::Data {
    Crs source;
    Crs destination;
    ProjObject op;   // normalized for visualization; null for identity
    bool identity = false;
    bool inverted = false; // op goes destination -> source (a pin of the reverse pair)
    QString description;

    PJ_DIRECTION direction(Direction d) const
    {
        return (d == Direction::Forward) != inverted ? PJ_FWD : PJ_INV;
    }
};

CoordinateTransform::CoordinateTransform() = default;
CoordinateTransform::~CoordinateTransform() = default;
CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;

Result<CoordinateTransform> CoordinateTransform::create(const Crs &source, const Crs &destination,
                                                        const TransformContext &context)
{
    if (!source.isValid() || !destination.isValid())
        return fail(QCoreApplication::translate("CoordinateTransform", "Cannot transform coordinates: a coordinate reference system is missing"));
    const QString pinned = context.operation(source, destination);
    if (!pinned.isEmpty())
        return fromOperation(source, destination, pinned);
    // A pair pinned the other way round is used inverted.
    const QString reverse = context.operation(destination, source);

    CoordinateTransform ct;
    ct.d = std::make_unique<Data>();
    ct.d->source = source;
    ct.d->destination = destination;
    if (source == destination) {
        ct.d->identity = true;
        ct.d->description = QCoreApplication::translate("CoordinateTransform", "no transformation (same coordinate reference system)");
        return ct;
    }
    PJ_CONTEXT *ctx = projContext();
    if (!reverse.isEmpty()) {
        ProjObject op(proj_create(ctx, reverse.toUtf8().constData()));
        if (!op)
            return fail(QCoreApplication::translate("CoordinateTransform", "Invalid pinned coordinate operation: %1").arg(reverse), {}, projLastError());
        ct.d->op = std::move(op);
        ct.d->inverted = true;
        ct.d->description = QCoreApplication::translate("CoordinateTransform", "pinned (inverse): %1").arg(reverse);
        return ct;
    }

    projClearError();
    ProjObject src = createProjCrs(source), dst = createProjCrs(destination);
    if (!src || !dst)
        return fail(QCoreApplication::translate("CoordinateTransform", "Cannot create the coordinate reference systems for %1 → %2")
                        .arg(source.name(), destination.name()), {}, projLastError());
    ProjObject op(proj_create_crs_to_crs_from_pj(ctx, src.get(), dst.get(), nullptr, nullptr));
    if (!op)
        return fail(QCoreApplication::translate("CoordinateTransform", "PROJ finds no way to transform from %1 to %2").arg(source.name(), destination.name()), {},
                    projLastError());
    ProjObject norm(proj_normalize_for_visualization(ctx, op.get()));
    if (!norm)
        return fail(QCoreApplication::translate("CoordinateTransform", "Cannot normalize the transformation from %1 to %2").arg(source.name(), destination.name()),
                    {}, projLastError());
    QString opName = fromC(proj_get_name(norm.get()));
    ct.d->op = std::move(norm);
    ct.d->description = QCoreApplication::translate("CoordinateTransform", "best available: %1").arg(opName.isEmpty() ? QCoreApplication::translate("CoordinateTransform", "PROJ default") : opName);
    return ct;
}

Result<CoordinateTransform> CoordinateTransform::fromOperation(const Crs &source, const Crs &destination,
                                                               const QString &definition)
{
    CoordinateTransform ct;
    ct.d = std::make_unique<Data>();
    ct.d->source = source;
    ct.d->destination = destination;
    PJ_CONTEXT *ctx = projContext();
    projClearError();
    ProjObject op(proj_create(ctx, definition.trimmed().toUtf8().constData()));
    if (!op)
        return fail(QCoreApplication::translate("CoordinateTransform", "Invalid coordinate operation: %1").arg(definition), {}, projLastError());
    if (proj_is_crs(op.get()))
        return fail(QCoreApplication::translate("CoordinateTransform", "Not a coordinate operation but a coordinate reference system: %1").arg(definition));
    ct.d->op = std::move(op);
    ct.d->description = QCoreApplication::translate("CoordinateTransform", "pinned: %1").arg(definition.trimmed());
    return ct;
}

QList<CoordinateOperation> CoordinateTransform::operations(const Crs &source, const Crs &destination)
{
    QList<CoordinateOperation> result;
    if (!source.isValid() || !destination.isValid())
        return result;
    PJ_CONTEXT *ctx = projContext();
    ProjObject src = createProjCrs(source), dst = createProjCrs(destination);
    if (!src || !dst)
        return result;
    PJ_OPERATION_FACTORY_CONTEXT *factory = proj_create_operation_factory_context(ctx, nullptr);
    if (!factory)
        return result;
    proj_operation_factory_context_set_grid_availability_use(ctx, factory, PROJ_GRID_AVAILABILITY_USED_FOR_SORTING);
    proj_operation_factory_context_set_spatial_criterion(ctx, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
    proj_operation_factory_context_set_allow_ballpark_transformations(ctx, factory, 1);
    PJ_OBJ_LIST *list = proj_create_operations(ctx, src.get(), dst.get(), factory);
    if (list) {
        const int n = proj_list_get_count(list);
        for (int i = 0; i < n; ++i) {
            ProjObject op(proj_list_get(ctx, list, i));
            if (!op)
                continue;
            CoordinateOperation info;
            info.name = fromC(proj_get_name(op.get()));
            info.accuracy = proj_coordoperation_get_accuracy(ctx, op.get());
            if (!(info.accuracy >= 0))
                info.accuracy = -1;
            info.isAvailable = proj_coordoperation_is_instantiable(ctx, op.get()) != 0;
            info.isBallpark = proj_coordoperation_has_ballpark_transformation(ctx, op.get()) != 0;
            double w, s, e, no;
            const char *areaName = nullptr;
            if (proj_get_area_of_use(ctx, op.get(), &w, &s, &e, &no, &areaName))
                info.areaOfUse = fromC(areaName);
            info.definition = normalizedDefinition(ctx, op.get());
            if (info.definition.isEmpty())
                continue; // cannot be re-created from a string, so cannot be pinned
            result.append(info);
        }
        proj_list_destroy(list);
    }
    proj_operation_factory_context_destroy(factory);
    return result;
}

bool CoordinateTransform::isValid() const
{
    return d && (d->identity || d->op);
}

bool CoordinateTransform::isIdentity() const
{
    return d && d->identity;
}

Crs CoordinateTransform::sourceCrs() const
{
    return d ? d->source : Crs();
}

Crs CoordinateTransform::destinationCrs() const
{
    return d ? d->destination : Crs();
}

QString CoordinateTransform::operationDescription() const
{
    return d ? d->description : QString();
}

QPointF CoordinateTransform::transform(const QPointF &p, Direction dir) const
{
    double x = p.x(), y = p.y();
    if (transformInPlace(&x, &y, 1, dir) != 0)
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return {x, y};
}

size_t CoordinateTransform::transformInPlace(double *x, double *y, size_t count, Direction dir) const
{
    if (!d || count == 0)
        return d ? 0 : count;
    if (d->identity)
        return 0;
    if (!d->op)
        return count;
    proj_trans_generic(d->op.get(), d->direction(dir), x, sizeof(double), count, y,
                       sizeof(double), count, nullptr, 0, 0, nullptr, 0, 0);
    size_t failed = 0;
    for (size_t i = 0; i < count; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || x[i] == HUGE_VAL || y[i] == HUGE_VAL) {
            x[i] = y[i] = std::numeric_limits<double>::quiet_NaN();
            ++failed;
        }
    }
    return failed;
}

Extent CoordinateTransform::transformExtent(const Extent &e, Direction dir) const
{
    if (!d || e.isNull() || !e.isFinite())
        return {};
    if (d->identity)
        return e;
    if (!d->op)
        return {};
    PJ_CONTEXT *ctx = projContext();
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    const int ok = proj_trans_bounds(ctx, d->op.get(), d->direction(dir), e.xMin(), e.yMin(),
                                     e.xMax(), e.yMax(), &xmin, &ymin, &xmax, &ymax, 21);
    if (ok && std::isfinite(xmin) && std::isfinite(ymin) && std::isfinite(xmax) && std::isfinite(ymax))
        return Extent(xmin, ymin, xmax, ymax);

    // Fallback: densified edges, keeping the points that transform.
    constexpr int N = 21;
    std::vector<double> xs, ys;
    xs.reserve(4 * N + 1);
    ys.reserve(4 * N + 1);
    for (int i = 0; i <= N; ++i) {
        const double t = double(i) / N;
        const double x = e.xMin() + t * e.width(), y = e.yMin() + t * e.height();
        xs.push_back(x), ys.push_back(e.yMin());
        xs.push_back(x), ys.push_back(e.yMax());
        xs.push_back(e.xMin()), ys.push_back(y);
        xs.push_back(e.xMax()), ys.push_back(y);
    }
    transformInPlace(xs.data(), ys.data(), xs.size(), dir);
    Extent r;
    for (size_t i = 0; i < xs.size(); ++i)
        if (std::isfinite(xs[i]) && std::isfinite(ys[i]))
            r.combine(xs[i], ys[i]);
    return r;
}

} // namespace territoria
