#pragma once

#include <QColor>
#include <QString>

namespace territoria {

// Colours in project and template files: "#rrggbbaa" (alpha last, unlike Qt's
// "#aarrggbb"), so that a hand-edited file reads like CSS.
inline QString colorToString(const QColor &c)
{
    return QString::asprintf("#%02x%02x%02x%02x", c.red(), c.green(), c.blue(), c.alpha());
}

// Accepts "#rrggbbaa", "#rrggbb" and SVG colour names; anything else gives `fallback`.
inline QColor colorFromString(const QString &text, const QColor &fallback)
{
    const QString s = text.trimmed();
    if (s.size() == 9 && s.startsWith(u'#')) {
        bool ok = false;
        const uint v = s.mid(1).toUInt(&ok, 16);
        if (ok)
            return QColor((v >> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
        return fallback;
    }
    const QColor c = QColor::fromString(s);
    return c.isValid() ? c : fallback;
}

} // namespace territoria
