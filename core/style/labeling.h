#pragma once

#include "data/field.h"
#include "territoria_core_export.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

namespace territoria {

// How the features of a vector layer are labelled. Off by default.
//
// `text` is either a field name ("NOMBDIST": the field's value) or a template
// when it contains a brace: "{NOMBDIST} ({IDDIST})" replaces every {FIELD} by
// that field's value (NULL: empty text); "{{" and "}}" stand for literal braces.
// Field names are matched as Fields::indexOf() does (exact, then case-insensitive).
// Newlines in values become spaces: labels are one line. A feature whose text
// comes out empty (or blank) gets no label.
//
// Sizes: the font in points, the halo width in millimetres, both converted with
// the map's DPI (MapSettings::dpi()), so a label prints the same size at any DPI.
// Scale range: labels are drawn when minScaleDenominator <= 1:N <= maxScaleDenominator
// (0 on either side: no limit), e.g. min 0 and max 50000 hides them when zoomed
// out beyond 1:50 000.
struct TERRITORIA_CORE_EXPORT LabelSettings {
    bool enabled = false;
    QString text;
    QString fontFamily;         // empty: the application's default font
    double fontSizePt = 9.0;
    bool bold = false;
    bool italic = false;
    QColor color{Qt::black};
    bool haloEnabled = true;
    QColor haloColor{Qt::white};
    double haloWidthMm = 0.6;
    double minScaleDenominator = 0; // 0: no limit when zoomed in
    double maxScaleDenominator = 0; // 0: no limit when zoomed out
    // Polygons: only place the label where its whole box is inside the polygon
    // (else a box outside the polygon is accepted when no inside one is free).
    bool insidePolygonOnly = false;

    // Whether labels are drawn at the scale 1:`scaleDenominator`.
    bool isVisibleAtScale(double scaleDenominator) const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults.
    static LabelSettings fromJson(const QJsonObject &json);
    bool operator==(const LabelSettings &) const = default;
};

// `LabelSettings::text` resolved against a layer's fields: which attributes to
// read and how to build a feature's label from them.
class TERRITORIA_CORE_EXPORT LabelTextTemplate
{
    Q_DECLARE_TR_FUNCTIONS(LabelTextTemplate)
public:
    // Parses `expression` (see LabelSettings::text). `error` gets a message
    // naming the problem (unknown field, unbalanced brace) and isValid() is false.
    LabelTextTemplate(const QString &expression, const Fields &fields);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    // Field indexes the template reads (sorted, unique).
    QList<int> fieldIndexes() const;
    // The label for a feature whose attributes are in Fields order.
    QString evaluate(const QVariantList &attributes) const;

private:
    struct Piece {
        QString literal;
        int field = -1; // >= 0: the value of this field
    };
    QList<Piece> m_pieces;
    QString m_error;
};

} // namespace territoria
