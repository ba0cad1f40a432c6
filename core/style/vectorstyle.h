#pragma once

#include "geometry/geometry.h"
#include "style/classification.h"
#include "style/labeling.h"
#include "territoria_core_export.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>
#include <QVariant>

#include <utility>

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

enum class RendererType { SingleSymbol, Categorized, Graduated, Bivariate };

// A bivariate choropleth (RendererType::Bivariate): two numeric fields, x (the
// style's `field`) and y (`fieldY`), each split into 3 classes, and one colour
// per pair of classes from a 3x3 matrix. `colors` is row-major from the
// bottom-left cell: index = iy * 3 + ix, so colors[0] is (low x, low y) and
// colors[8] (high x, high y). A class i of an axis with bounds b0 <= b1 <= b2 <= b3
// is, as for graduated classes, [b0, b1] for the first and (b(i-1), bi] for the
// others; fewer bounds (the data could not fill 3 classes) give fewer classes.
//
// The built-in schemes are Joshua Stevens' 3x3 schemes ("Bivariate Choropleth
// Maps: A How-to Guide", 2015,
// https://www.joshuastevens.net/cartography/make-a-bivariate-choropleth-map/),
// with the hex values and the bottom-left, row-major order of the R package
// pals (Kevin Wright, `stevens.pinkblue` ...).
struct TERRITORIA_CORE_EXPORT BivariateSettings {
    static constexpr int Classes = 3;
    QString fieldY;
    QString labelX, labelY;          // axis titles in the legend; empty: the field names
    QList<double> breaksX, breaksY;  // class bounds of each axis (up to 4)
    QString scheme = QStringLiteral("pinkblue");
    QList<QColor> colors;            // 9 colours, see above; empty: the scheme's

    // "pinkblue", "bluered", "greenblue", "purplegold".
    static QStringList schemeNames();
    // The scheme's 9 colours in the order above; empty when `name` is unknown.
    static QList<QColor> schemeColors(const QString &name);
    // "Pink–blue (J. Stevens)", translated.
    static QString schemeTitle(const QString &name);
    // Where the schemes come from, for legends and credits.
    static QString schemeAttribution();
    // The colour of cell (ix, iy): `colors`, else the scheme's, else gray.
    QColor color(int ix, int iy) const;
    // The class index of `value` on an axis with `breaks`: -1 outside the
    // bounds, -2 when the value is missing (NULL, NaN, not a number).
    static int classOf(const QVariant &value, const QList<double> &breaks);
    bool operator==(const BivariateSettings &) const = default;
};

// The style of a vector layer: a renderer choice on top of a base symbol (the
// Symbol fields of this struct). Single symbol draws every feature with the base
// symbol. Categorized and graduated read one field (`field`): features whose value
// matches no category/class are drawn with the base symbol when `drawOther` is set;
// features whose value is NULL (or NaN, or not a number for graduated) are drawn
// with `missingSymbol` when `drawMissing` is set. Bivariate reads `field` (x)
// and `bivariate.fieldY` (y): a feature with either value missing is drawn with
// `missingSymbol`, one outside the bounds of either axis with the base symbol
// (when `drawOther`); the others with the base symbol filled with the colour of
// their cell (lines: stroked with it).
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
    // Bivariate renderer settings (saved under "bivariate" only for that renderer).
    BivariateSettings bivariate;

    const Symbol &baseSymbol() const { return *this; }

    // Index of the category/class `value` falls in; -1 when none matches, -2 when
    // the value is missing (NULL, NaN, not a number for graduated). Single symbol: 0.
    // Bivariate: the class of `value` on the x axis (see bivariateClassFor()).
    int classIndexFor(const QVariant &value) const;
    // Bivariate: the classes (ix, iy) of a feature with values `x` and `y`;
    // (-2, -2) when either is missing, (-1, -1) when either is outside its bounds.
    std::pair<int, int> bivariateClassFor(const QVariant &x, const QVariant &y) const;
    // Bivariate: the cell iy * 3 + ix, or -1 / -2 as above.
    int bivariateCellFor(const QVariant &x, const QVariant &y) const;
    // Bivariate: the symbol of cell (ix, iy): the base symbol with the cell's colour.
    Symbol bivariateSymbol(int ix, int iy) const;
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

    // A bivariate style on `fieldX` x `fieldY`: each axis classified with `method`
    // into 3 classes (manual: `manualX` / `manualY` as bounds), colours of `scheme`.
    static VectorStyle bivariateStyle(const VectorStyle &base, const QString &fieldX, const QList<double> &valuesX,
                                      const QString &fieldY, const QList<double> &valuesY,
                                      ClassificationMethod method = ClassificationMethod::Quantile,
                                      const QString &scheme = QStringLiteral("pinkblue"),
                                      const QList<double> &manualX = {}, const QList<double> &manualY = {});

    QJsonObject toJson() const;
    static VectorStyle fromJson(const QJsonObject &json);
    bool operator==(const VectorStyle &) const = default;
};

} // namespace territoria
