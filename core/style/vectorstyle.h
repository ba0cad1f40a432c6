#pragma once

#include "geometry/geometry.h"
#include "style/classification.h"
#include "style/labeling.h"
#include "territoria_core_export.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace territoria {

enum class MarkerShape { Circle, Square, Triangle, Diamond, Cross, Star };

// How one feature is drawn. Sizes in millimetres, so they print the same at any DPI.
// Points use `markerSvg` when it is set (a built-in icon name such as
// "health_post", see markerIconNames(), or an SVG file path), else `markerShape`.
// `opacity` multiplies the alpha of every colour of the symbol.
struct TERRITORIA_CORE_EXPORT Symbol {
    QColor fillColor{QColor(0xa6, 0xce, 0xe3)};
    QColor strokeColor{QColor(0x33, 0x33, 0x33)};
    double strokeWidthMm = 0.26;
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    MarkerShape markerShape = MarkerShape::Circle;
    double markerSizeMm = 2.0;
    QString markerSvg;
    double opacity = 1.0;

    QJsonObject toJson() const;
    // Missing keys keep the values of `defaults`.
    static Symbol fromJson(const QJsonObject &json, const Symbol &defaults);
    static Symbol fromJson(const QJsonObject &json);
    // Fill and stroke colours with `opacity` applied.
    QColor effectiveFill() const;
    QColor effectiveStroke() const;
    bool operator==(const Symbol &) const = default;
};

// A symbol per distinct value of a field (categorized renderer).
struct TERRITORIA_CORE_EXPORT Category {
    QVariant value; // compared as text, numbers by value (1 == 1.0)
    QString label;  // empty: the value as text
    Symbol symbol;
    bool operator==(const Category &o) const
    {
        return valueKey(value) == valueKey(o.value) && label == o.label && symbol == o.symbol;
    }
    // The key values are matched on: numbers in a canonical form, text as is.
    static QString valueKey(const QVariant &value);
};

// A range of a numeric field (graduated renderer): lower < v <= upper, the first
// class also includes its lower bound.
struct TERRITORIA_CORE_EXPORT GraduatedClass {
    double lower = 0;
    double upper = 0;
    QString label; // empty: the range formatted by the legend
    Symbol symbol;
    bool operator==(const GraduatedClass &) const = default;
};

enum class RendererType { SingleSymbol, Categorized, Graduated };

// The style of a vector layer: a renderer choice on top of a base symbol (the
// Symbol fields of this struct). Single symbol draws every feature with the base
// symbol. Categorized and graduated read one field (`field`): features whose value
// matches no category/class are drawn with the base symbol when `drawOther` is set;
// features whose value is NULL (or NaN, or not a number for graduated) are drawn
// with `missingSymbol` when `drawMissing` is set.
struct TERRITORIA_CORE_EXPORT VectorStyle : Symbol {
    RendererType renderer = RendererType::SingleSymbol;
    QString field;
    QList<Category> categories;
    QList<GraduatedClass> classes;
    bool drawOther = true;
    bool drawMissing = true;
    Symbol missingSymbol = defaultMissingSymbol();
    // How `classes` were made (kept so that the GUI can redo them).
    ClassificationMethod method = ClassificationMethod::EqualInterval;
    int classCount = 5;
    QString rampName = QStringLiteral("Blues");
    bool rampReversed = false;
    // Labels of the features (off by default). Saved under "labeling" only when
    // they differ from the defaults; no key: no labels.
    LabelSettings labeling;

    const Symbol &baseSymbol() const { return *this; }

    // Index of the category/class `value` falls in; -1 when none matches, -2 when
    // the value is missing (NULL, NaN, not a number for graduated). Single symbol: 0.
    int classIndexFor(const QVariant &value) const;
    // The symbol `value` is drawn with; nullptr when it is not drawn.
    const Symbol *symbolFor(const QVariant &value) const;

    // A pleasant default for a newly added layer; `seed` picks the fill colour
    // from a qualitative palette so successive layers differ.
    static VectorStyle defaultFor(GeometryKind kind, int seed);
    static Symbol defaultMissingSymbol();

    // A categorized style on `field`: one category per distinct value of
    // `values` (NULLs skipped; sorted: numbers by value, text by locale-aware
    // comparison), colours from the ramp `rampName` (see rampColors()).
    static VectorStyle categorized(const VectorStyle &base, const QString &field, const QVariantList &values,
                                   const QString &rampName = QStringLiteral("Set2"));
    // A graduated style on `field`: classes from classifying `values` with `method`
    // into `classCount` classes (manual: `manualBreaks`), colours from `rampName`.
    static VectorStyle graduated(const VectorStyle &base, const QString &field, const QList<double> &values,
                                 ClassificationMethod method, int classCount,
                                 const QString &rampName = QStringLiteral("Blues"), bool reversed = false,
                                 const QList<double> &manualBreaks = {});

    QJsonObject toJson() const;
    static VectorStyle fromJson(const QJsonObject &json);
    bool operator==(const VectorStyle &) const = default;
};

} // namespace territoria
