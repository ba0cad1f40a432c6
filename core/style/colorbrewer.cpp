#include "style/colorbrewer.h"

#include "style/rasterstyle.h"

#include <QFile>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

struct Scheme {
    QString name;
    SchemeType type = SchemeType::Sequential;
    QMap<int, QList<QColor>> sizes;
};

struct Table {
    QList<Scheme> schemes; // file order
    QHash<QString, int> byKey; // lower-case name -> index
};

const Table &table()
{
    static const Table t = [] {
        Table t;
        QFile f(u":/territoria/ramps/colorbrewer.txt"_s);
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("ColorBrewer table missing from the resources");
            return t;
        }
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() < 4)
                continue;
            const QString name = QString::fromLatin1(parts[0]);
            const int n = parts[2].toInt();
            if (n != parts.size() - 3)
                continue;
            QList<QColor> colors;
            for (int i = 3; i < parts.size(); ++i) {
                const QList<QByteArray> rgb = parts[i].split(',');
                if (rgb.size() == 3)
                    colors.append(QColor(rgb[0].toInt(), rgb[1].toInt(), rgb[2].toInt()));
            }
            const QString key = name.toLower();
            int idx = t.byKey.value(key, -1);
            if (idx < 0) {
                idx = int(t.schemes.size());
                Scheme s;
                s.name = name;
                s.type = parts[1] == "div" ? SchemeType::Diverging
                                           : parts[1] == "qual" ? SchemeType::Qualitative : SchemeType::Sequential;
                t.schemes.append(s);
                t.byKey.insert(key, idx);
            }
            t.schemes[idx].sizes.insert(n, colors);
        }
        return t;
    }();
    return t;
}

const Scheme *find(const QString &name)
{
    const Table &t = table();
    const int idx = t.byKey.value(name.trimmed().toLower(), -1);
    return idx < 0 ? nullptr : &t.schemes[idx];
}

} // namespace

QStringList ColorBrewer::schemeNames()
{
    QStringList out;
    for (const Scheme &s : table().schemes)
        out.append(s.name);
    return out;
}

QStringList ColorBrewer::schemeNames(SchemeType type)
{
    QStringList out;
    for (const Scheme &s : table().schemes)
        if (s.type == type)
            out.append(s.name);
    return out;
}

bool ColorBrewer::contains(const QString &name)
{
    return find(name) != nullptr;
}

SchemeType ColorBrewer::type(const QString &name)
{
    const Scheme *s = find(name);
    return s ? s->type : SchemeType::Sequential;
}

int ColorBrewer::minClasses(const QString &name)
{
    const Scheme *s = find(name);
    return s ? 3 : 0;
}

int ColorBrewer::maxClasses(const QString &name)
{
    const Scheme *s = find(name);
    return s && !s->sizes.isEmpty() ? s->sizes.lastKey() : 0;
}

QList<QColor> ColorBrewer::scheme(const QString &name, int classes)
{
    const Scheme *s = find(name);
    if (!s || classes < 3)
        return {};
    if (s->type == SchemeType::Qualitative) {
        // Listed once at the largest size: smaller schemes are its first colours.
        const QList<QColor> &all = s->sizes.last();
        return classes <= all.size() ? all.first(classes) : QList<QColor>{};
    }
    return s->sizes.value(classes);
}

QList<QColor> rampColors(const QString &name, int n, bool reversed)
{
    QList<QColor> out;
    if (n <= 0)
        return out;
    out = ColorBrewer::scheme(name, n);
    if (out.isEmpty() && ColorBrewer::contains(name) && ColorBrewer::type(name) == SchemeType::Qualitative) {
        const QList<QColor> all = ColorBrewer::scheme(name, ColorBrewer::maxClasses(name));
        for (int i = 0; i < n; ++i)
            out.append(all[i % all.size()]);
    }
    if (out.isEmpty()) {
        if (n < 3 && ColorBrewer::contains(name) && ColorBrewer::type(name) == SchemeType::Qualitative) {
            out = ColorBrewer::scheme(name, 3).first(n);
        } else {
            const ColorRamp ramp = ColorRamp::named(name);
            for (int i = 0; i < n; ++i)
                out.append(ramp.colorAt(n == 1 ? 0.5 : double(i) / (n - 1)));
        }
    }
    if (reversed)
        std::reverse(out.begin(), out.end());
    return out;
}

} // namespace territoria
