#pragma once

// Internal to core: the shared state of a VectorDataProvider (one per opened source).
#include "data/datasetpool.h"
#include "data/vectorlayer.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>
#include <vector>

namespace territoria {

namespace detail {

// A static packed R-tree (Sort-Tile-Recursive) over feature bounding boxes.
class StrTree
{
public:
    struct Item {
        double x0, y0, x1, y1;
        qint64 fid;
    };
    static constexpr size_t NodeSize = 16;

    explicit StrTree(std::vector<Item> items)
        : m_items(std::move(items))
    {
        const size_t n = m_items.size();
        if (n == 0)
            return;
        const size_t leafCount = (n + NodeSize - 1) / NodeSize;
        const auto slices = static_cast<size_t>(std::ceil(std::sqrt(static_cast<double>(leafCount))));
        const size_t perSlice = slices * NodeSize;
        std::sort(m_items.begin(), m_items.end(),
                  [](const Item &a, const Item &b) { return a.x0 + a.x1 < b.x0 + b.x1; });
        for (size_t s = 0; s < n; s += perSlice) {
            const auto end = m_items.begin() + static_cast<std::ptrdiff_t>(std::min(n, s + perSlice));
            std::sort(m_items.begin() + static_cast<std::ptrdiff_t>(s), end,
                      [](const Item &a, const Item &b) { return a.y0 + a.y1 < b.y0 + b.y1; });
        }
        // Level 0 boxes are the items themselves; build parents until one node remains.
        std::vector<Box> level;
        level.reserve(n);
        for (const Item &it : m_items)
            level.push_back({it.x0, it.y0, it.x1, it.y1});
        m_levels.push_back(std::move(level));
        while (m_levels.back().size() > 1) {
            const std::vector<Box> &child = m_levels.back();
            std::vector<Box> parent;
            parent.reserve((child.size() + NodeSize - 1) / NodeSize);
            for (size_t i = 0; i < child.size(); i += NodeSize) {
                Box b = child[i];
                for (size_t j = i + 1; j < std::min(child.size(), i + NodeSize); ++j) {
                    b.x0 = std::min(b.x0, child[j].x0);
                    b.y0 = std::min(b.y0, child[j].y0);
                    b.x1 = std::max(b.x1, child[j].x1);
                    b.y1 = std::max(b.y1, child[j].y1);
                }
                parent.push_back(b);
            }
            m_levels.push_back(std::move(parent));
        }
    }

    void query(const Extent &e, QList<qint64> &out) const
    {
        if (m_items.empty())
            return;
        struct Entry {
            size_t level, index;
        };
        std::vector<Entry> stack;
        const size_t top = m_levels.size() - 1;
        for (size_t i = 0; i < m_levels[top].size(); ++i)
            stack.push_back({top, i});
        while (!stack.empty()) {
            const Entry en = stack.back();
            stack.pop_back();
            const Box &b = m_levels[en.level][en.index];
            if (b.x1 < e.xMin() || b.x0 > e.xMax() || b.y1 < e.yMin() || b.y0 > e.yMax())
                continue;
            if (en.level == 0) {
                out.append(m_items[en.index].fid);
                continue;
            }
            const size_t first = en.index * NodeSize;
            const size_t last = std::min(m_levels[en.level - 1].size(), first + NodeSize);
            for (size_t c = first; c < last; ++c)
                stack.push_back({en.level - 1, c});
        }
    }

private:
    struct Box {
        double x0, y0, x1, y1;
    };
    std::vector<Item> m_items;
    std::vector<std::vector<Box>> m_levels;
};

struct OgrFieldInfo {
    OGRFieldType type;
    OGRFieldSubType subType;
};

} // namespace detail

struct VectorDataProvider::Private {
    QString path;        // as given by the user
    QString openPath;    // what GDAL opens ("CSV:..." for .txt)
    VectorLayerOptions options;
    QStringList openOptions; // effective
    std::shared_ptr<DatasetPool> pool;
    QString layerName;
    int layerIndex = 0;
    bool multiLayer = false;
    QString driverName;
    QString encoding = QStringLiteral("UTF-8");
    QByteArray recodeFrom; // non-empty: strings are recoded from this encoding by us
    Fields fields;
    std::vector<detail::OgrFieldInfo> ogrFields;
    QByteArrayList fieldNamesUtf8;
    Crs crs;
    OGRwkbGeometryType geomType = wkbUnknown;
    QString geomTypeName;
    GeometryKind kind = GeometryKind::Mixed;
    bool fastSpatialFilter = false;
    bool fastArrow = false; // OGR's Arrow stream is fast and the geometries are linear
    QString gpkgRtree; // GeoPackage R-tree table, when present

    mutable std::mutex cacheMutex;
    mutable std::optional<qint64> count;
    mutable std::optional<Extent> extent;
    mutable std::mutex treeMutex;
    mutable std::shared_ptr<const detail::StrTree> tree;

    OGRLayer *layerOf(GDALDataset *ds) const
    {
        OGRLayer *l = nullptr;
        if (!layerName.isEmpty())
            l = ds->GetLayerByName(layerName.toUtf8().constData());
        if (!l)
            l = ds->GetLayer(layerIndex);
        return l;
    }

    QString decode(const char *s) const
    {
        if (!recodeFrom.isEmpty()) {
            char *r = CPLRecode(s, recodeFrom.constData(), CPL_ENC_UTF8);
            QString out = QString::fromUtf8(r);
            CPLFree(r);
            return out;
        }
        return QString::fromUtf8(s);
    }

    QVariant value(OGRFeature *f, int i) const
    {
        if (!f->IsFieldSetAndNotNull(i))
            return {};
        const detail::OgrFieldInfo &fi = ogrFields[static_cast<size_t>(i)];
        switch (fi.type) {
        case OFTInteger:
            if (fi.subType == OFSTBoolean)
                return QVariant(f->GetFieldAsInteger(i) != 0);
            return QVariant(f->GetFieldAsInteger(i));
        case OFTInteger64:
            if (fi.subType == OFSTBoolean)
                return QVariant(f->GetFieldAsInteger64(i) != 0);
            return QVariant(static_cast<qint64>(f->GetFieldAsInteger64(i)));
        case OFTReal:
            return QVariant(f->GetFieldAsDouble(i));
        case OFTString:
        case OFTWideString:
            return QVariant(decode(f->GetFieldAsString(i)));
        case OFTDate:
        case OFTTime:
        case OFTDateTime: {
            int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
            float sec = 0;
            if (!f->GetFieldAsDateTime(i, &y, &mo, &d, &h, &mi, &sec, &tz))
                return {};
            const int isec = static_cast<int>(sec);
            const int msec = static_cast<int>(std::lround((sec - isec) * 1000.0f));
            const QTime time(h, mi, isec, std::min(msec, 999));
            if (fi.type == OFTDate)
                return QVariant(QDate(y, mo, d));
            if (fi.type == OFTTime)
                return QVariant(time);
            if (tz == 100)
                return QVariant(QDateTime(QDate(y, mo, d), time, Qt::UTC));
            if (tz > 1)
                return QVariant(QDateTime(QDate(y, mo, d), time, Qt::OffsetFromUTC, (tz - 100) * 15 * 60));
            return QVariant(QDateTime(QDate(y, mo, d), time));
        }
        case OFTBinary: {
            int n = 0;
            const GByte *b = f->GetFieldAsBinary(i, &n);
            return QVariant(QByteArray(reinterpret_cast<const char *>(b), n));
        }
        case OFTIntegerList: {
            int n = 0;
            const int *v = f->GetFieldAsIntegerList(i, &n);
            QVariantList l;
            for (int k = 0; k < n; ++k)
                l.append(v[k]);
            return l;
        }
        case OFTInteger64List: {
            int n = 0;
            const GIntBig *v = f->GetFieldAsInteger64List(i, &n);
            QVariantList l;
            for (int k = 0; k < n; ++k)
                l.append(static_cast<qint64>(v[k]));
            return l;
        }
        case OFTRealList: {
            int n = 0;
            const double *v = f->GetFieldAsDoubleList(i, &n);
            QVariantList l;
            for (int k = 0; k < n; ++k)
                l.append(v[k]);
            return l;
        }
        case OFTStringList:
        case OFTWideStringList: {
            QVariantList l;
            for (char **s = f->GetFieldAsStringList(i); s && *s; ++s)
                l.append(decode(*s));
            return l;
        }
        }
        return {};
    }

    static QByteArray geometryWkb(OGRGeometry *g)
    {
        if (!g)
            return {};
        std::unique_ptr<OGRGeometry> linear;
        if (g->hasCurveGeometry(TRUE)) {
            linear.reset(g->getLinearGeometry());
            if (linear)
                g = linear.get();
        }
        const size_t size = g->WkbSize();
        QByteArray wkb(static_cast<qsizetype>(size), Qt::Uninitialized);
        if (g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso) != OGRERR_NONE)
            return {};
        return wkb;
    }

    Feature toFeature(OGRFeature *f, bool withGeometry, bool withAttributes, const QList<int> *subset) const
    {
        Feature out;
        out.id = f->GetFID();
        if (withGeometry)
            out.geometry = Geometry::fromWkb(geometryWkb(f->GetGeometryRef()));
        if (withAttributes) {
            const int n = static_cast<int>(fields.size());
            out.attributes.resize(n);
            if (subset && !subset->isEmpty()) {
                for (int i : *subset)
                    if (i >= 0 && i < n)
                        out.attributes[i] = value(f, i);
            } else {
                for (int i = 0; i < n; ++i)
                    out.attributes[i] = value(f, i);
            }
        }
        return out;
    }

    // Sets ignored fields on a leased layer. `keep` empty + all = keep everything.
    void setIgnored(OGRLayer *layer, bool ignoreGeometry, bool ignoreAllFields, const QList<int> &keep) const
    {
        // Raw OGR names (fields[i].name may have been recoded by us).
        char **ignored = nullptr;
        if (ignoreGeometry)
            ignored = CSLAddString(ignored, "OGR_GEOMETRY");
        ignored = CSLAddString(ignored, "OGR_STYLE");
        if (ignoreAllFields || !keep.isEmpty()) {
            for (int i = 0; i < fieldNamesUtf8.size(); ++i)
                if (ignoreAllFields || !keep.contains(i))
                    ignored = CSLAddString(ignored, fieldNamesUtf8[i].constData());
        }
        layer->SetIgnoredFields(const_cast<const char **>(ignored));
        CSLDestroy(ignored);
    }

    static void resetLayer(OGRLayer *layer)
    {
        layer->SetSpatialFilter(nullptr);
        layer->SetAttributeFilter(nullptr);
        layer->SetIgnoredFields(nullptr);
        layer->ResetReading();
    }
};

// Finishes or undoes a save of `path` that was killed while swapping its files in
// (see VectorLayer::commitChanges()), and removes the leftovers of one killed earlier.
void recoverInterruptedSave(const QString &path);

} // namespace territoria
