#pragma once

#include "error.h"
#include "geometry/extent.h"
#include "territoria_core_export.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

namespace territoria {

// ---------------------------------------------------------------------------
// Print layouts: a page (A4..A0, portrait or landscape) holding items placed in
// millimetres from the page's top-left corner. Plain data, copyable (deep copy),
// saved in the project and as template files (.ttlayout, JSON). Drawn by
// LayoutRenderer, exported by LayoutExporter, edited by the desktop designer
// (which keeps undo/redo by snapshotting items to JSON).
//
// Text templates (LabelItem::text, titles, file names): "{@page}" "{@pages}"
// "{@date}" (locale short date) "{@time}" "{@project_title}" "{@layout_name}"
// "{@atlas_pagename}" "{@scale}" (of the first map, "1:25.000" in Spanish) are
// variables; "{FIELD}" is a field of the current atlas feature (empty outside an
// atlas); "{{" and "}}" are literal braces. Unknown variables or fields are left
// as written, so a mistake shows on the page instead of vanishing.
// ---------------------------------------------------------------------------

enum class PageSize { A4, A3, A2, A1, A0, Letter, Custom };
enum class PageOrientation { Portrait, Landscape };

struct TERRITORIA_CORE_EXPORT PageSettings {
    PageSize size = PageSize::A4;
    PageOrientation orientation = PageOrientation::Landscape;
    QSizeF customSizeMm{297, 210}; // PageSize::Custom only (width x height as given)
    QColor background{Qt::white};

    // Width x height in millimetres, orientation applied (A4 landscape: 297 x 210).
    QSizeF sizeMm() const;
    static QString sizeName(PageSize size); // "A4", "Carta" (translated), "Personalizado"
    bool operator==(const PageSettings &) const = default;
};

enum class LayoutItemType { Map, Legend, ScaleBar, NorthArrow, Label, Picture, AttributeTable, Chart };

struct TERRITORIA_CORE_EXPORT LayoutItem {
    virtual ~LayoutItem();
    virtual LayoutItemType type() const = 0;
    virtual std::unique_ptr<LayoutItem> clone() const = 0;

    QString id;          // unique in the layout (uuid-like); other items link to it
    QString name;        // shown in the designer ("Mapa 1", "Título")
    QRectF rectMm;       // position and size on the page, millimetres, y down
    bool visible = true;
    bool locked = false; // the designer does not move or resize it
    bool frame = false;
    QColor frameColor{Qt::black};
    double frameWidthMm = 0.3;
    QColor background{Qt::transparent};

    // Common keys ("type", "id", "rect"...) plus the subclass's. Paths are stored
    // relative to `baseDir` when under it (templates and projects move).
    virtual QJsonObject toJson(const QString &baseDir) const;
    // Reads back any item; the error names the item and the bad key.
    static Result<std::unique_ptr<LayoutItem>> fromJson(const QJsonObject &json, const QString &baseDir);
    static QString typeName(LayoutItemType type);          // "map", "legend"... (JSON)
    static QString displayName(LayoutItemType type);       // "Mapa", "Leyenda"... (translated)

protected:
    LayoutItem() = default;
    LayoutItem(const LayoutItem &) = default;
    LayoutItem &operator=(const LayoutItem &) = default;
    virtual void readJson(const QJsonObject &json, const QString &baseDir);
};

struct TERRITORIA_CORE_EXPORT MapGrid {
    enum class Style { Lines, Crosses, FrameTicks };
    enum class Units { MapUnits, Degrees }; // grid in the map's CRS, or a graticule in WGS 84
    bool enabled = false;
    Style style = Style::Lines;
    Units units = Units::MapUnits;
    double interval = 0;     // map units or degrees; 0 = automatic (a "nice" step, ~4-6 lines)
    bool labels = true;      // coordinates around the frame ("8 180 000 N", "16°24'S")
    double fontSizePt = 6;
    QColor color{QColor(40, 40, 40, 160)};
    double lineWidthMm = 0.15;
    bool operator==(const MapGrid &) const = default;
};

struct TERRITORIA_CORE_EXPORT MapItem : LayoutItem {
    LayoutItemType type() const override { return LayoutItemType::Map; }
    std::unique_ptr<LayoutItem> clone() const override { return std::make_unique<MapItem>(*this); }

    // Layers drawn, top first, by project layer id. Empty: the project's visible
    // layers at render time (follows the layer panel).
    QStringList layerIds;
    // What the map shows, in the project CRS. The item's aspect ratio wins: the
    // extent is grown around its centre to fill the frame.
    Extent extent;
    // > 0: the map is drawn at 1:fixedScale centred on extent's centre.
    double fixedScale = 0;
    // Atlas: the frame follows the atlas feature (its bounding box grown by
    // atlasMarginPercent on each side; with fixedScale > 0, only centred).
    bool followAtlas = true;
    double atlasMarginPercent = 10;
    // Atlas: the coverage layer's other features are veiled (drawn, then covered
    // by the page colour at this opacity, 0 = no veil) so the page's feature stands out.
    double dimOthersOpacity = 0.55;
    MapGrid grid;

    QJsonObject toJson(const QString &baseDir) const override;

protected:
    void readJson(const QJsonObject &json, const QString &baseDir) override;
};

struct TERRITORIA_CORE_EXPORT LegendItem : LayoutItem {
    LayoutItemType type() const override { return LayoutItemType::Legend; }
    std::unique_ptr<LayoutItem> clone() const override { return std::make_unique<LegendItem>(*this); }

    QString title;              // template text; empty = no title
    QString mapItemId;          // the map whose layers it explains (empty: the first map)
    QStringList layerIds;       // subset, top first; empty = all of the map's layers
    // Only the classes present: on an atlas page, among the features that intersect
    // the atlas feature (the coverage layer: the feature itself); otherwise among
    // the features inside the map's visible extent. Layers left with no entry are
    // hidden. This is what QGIS legends do not do per atlas page.
    bool onlyPresentClasses = true;
    double titleSizePt = 11;
    double layerSizePt = 9;
    double itemSizePt = 8;
    int columns = 1;
    int decimals = 1;           // class ranges, formatted for the locale ("1.234,5")

    QJsonObject toJson(const QString &baseDir) const override;

protected:
    void readJson(const QJsonObject &json, const QString &baseDir) override;
};

struct TERRITORIA_CORE_EXPORT ScaleBarItem : LayoutItem {
    enum class Style { SingleBox, DoubleBox, LineTicks, Numeric };
    enum class Units { Auto, Meters, Kilometers }; // Auto: km when a segment is >= 1 km
    LayoutItemType type() const override { return LayoutItemType::ScaleBar; }
    std::unique_ptr<LayoutItem> clone() const override { return std::make_unique<ScaleBarItem>(*this); }

    QString mapItemId;          // empty: the first map
    Style style = Style::SingleBox;
    Units units = Units::Auto;
    int segments = 4;           // segment length: the largest 1/2/2.5/5 x 10^n that fits the width
    double fontSizePt = 7;
    QColor color{Qt::black};

    QJsonObject toJson(const QString &baseDir) const override;

protected:
    void readJson(const QJsonObject &json, const QString &baseDir) override;
};

struct TERRITORIA_CORE_EXPORT NorthArrowItem : LayoutItem {
    enum class Style { Arrow, Compass };
    LayoutItemType type() const override { return LayoutItemType::NorthArrow; }
    std::unique_ptr<LayoutItem> clone() const override { return std::make_unique<NorthArrowItem>(*this); }

    Style style = Style::Arrow;
    QColor color{Qt::black};

    QJsonObject toJson(const QString &baseDir) const override;

protected:
    void readJson(const QJsonObject &json, const QString &baseDir) override;
};

struct TERRITORIA_CORE_EXPORT LabelItem : LayoutItem {
    LayoutItemType type() const override { return LayoutItemType::Label; }
    std::unique_ptr<LayoutItem> clone() const override { return std::make_unique<LabelItem>(*this); }

    QString text;               // template (see the top of this file); may span lines
    QString fontFamily;         // empty: the application's default
    double fontSizePt = 12;
    bool bold = false;
    bool italic = false;
    QColor color{Qt::black};
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;

    QJsonObject toJson(const QString &baseDir) const override;

protected:
    void readJson(const QJsonObject &json, const QString &baseDir) override;
};

struct TERRITORIA_CORE_EXPORT PictureItem : LayoutItem {
    LayoutItemType type() const override { return LayoutItemType::Picture; }
    std::unique_ptr<LayoutItem> clone() const override { return std::make_unique<PictureItem>(*this); }

    QString path;               // absolute in memory; SVG stays vector in PDF/SVG output
    bool keepAspectRatio = true;

    QJsonObject toJson(const QString &baseDir) const override;

protected:
    void readJson(const QJsonObject &json, const QString &baseDir) override;
};

struct TERRITORIA_CORE_EXPORT AttributeTableItem : LayoutItem {
    LayoutItemType type() const override { return LayoutItemType::AttributeTable; }
    std::unique_ptr<LayoutItem> clone() const override { return std::make_unique<AttributeTableItem>(*this); }

    QString layerId;
    QStringList fields;         // columns in order; empty = all
    QString sortField;          // empty: source order
    bool ascending = true;
    int maxRows = 20;           // rows that do not fit the frame are cut too
    // On an atlas page, only features intersecting the atlas feature (the
    // coverage layer itself: only the atlas feature).
    bool filterToAtlasFeature = true;
    double fontSizePt = 7;
    double headerSizePt = 7.5;

    QJsonObject toJson(const QString &baseDir) const override;

protected:
    void readJson(const QJsonObject &json, const QString &baseDir) override;
};

// A chart of one vector layer's attributes, drawn with QPainter in page
// millimetres (vector, with real text, in PDF/SVG), by ChartRenderer.
struct TERRITORIA_CORE_EXPORT ChartItem : LayoutItem {
    enum class ChartType {
        Histogram, // valueField in `bins` equal-width bins from the minimum to the maximum
        Bars,      // ranked horizontal bars: valueField per feature, labelled by labelField
        Scatter,   // valueField (x) against yField (y)
        // Rank stability (prioritization:sensitivity): per feature a bar from
        // minField to maxField with a dot at valueField (the mean rank), sorted
        // by the mean rank, best first; topN rows, labelled by labelField.
        // Empty fields default to the sensitivity outputs mc_mean_rank,
        // mc_min_rank and mc_max_rank.
        RankRange,
    };
    LayoutItemType type() const override { return LayoutItemType::Chart; }
    std::unique_ptr<LayoutItem> clone() const override { return std::make_unique<ChartItem>(*this); }

    ChartType chartType = ChartType::Bars;
    QString layerId;
    QString valueField;         // numeric: histogram values, bar lengths, scatter x
    QString labelField;         // Bars: the bar labels (empty: the feature id)
    QString yField;             // Scatter: numeric y
    QString minField;           // RankRange: the best (lowest) rank; empty = mc_min_rank
    QString maxField;           // RankRange: the worst (highest) rank; empty = mc_max_rank
    int bins = 0;               // Histogram: 0 = automatic (Sturges: ceil(log2 n) + 1)
    int topN = 10;              // Bars, RankRange: how many rows (the atlas feature is added when ranked lower)
    bool descending = true;     // Bars: largest first (RankRange: always the best mean rank first)
    QString title;              // template text (see the top of this file); empty = no title
    QColor color{QColor(120, 144, 168)};
    QColor highlightColor{QColor(214, 69, 65)};
    double fontSizePt = 7;      // tick and bar labels; the title is 1.3 times larger
    // Atlas: the atlas feature's bar/point/bin is drawn in highlightColor. The
    // chart's features that match it: the feature itself when the chart shows the
    // coverage layer; else those whose atlasLinkField equals the atlas feature's
    // atlasCoverageField (empty: the same field name), e.g. "ubigeo" = "IDDIST".
    bool highlightAtlasFeature = true;
    QString atlasLinkField;
    QString atlasCoverageField;
    // Atlas, a layer other than the coverage layer: only its features that
    // intersect the atlas feature are counted (ignored for the coverage layer).
    bool filterToAtlasFeature = false;

    QJsonObject toJson(const QString &baseDir) const override;

protected:
    void readJson(const QJsonObject &json, const QString &baseDir) override;
};

// What drives an atlas: one page per feature of the coverage layer.
struct TERRITORIA_CORE_EXPORT AtlasSettings {
    enum class Output {
        SingleFile,     // one multi-page PDF (PNG/SVG: one file per page anyway)
        FilePerFeature, // one file per feature, named by pageNameExpression
        FilePerValue,   // one PDF per value of splitByField (one per province)
    };
    bool enabled = false;
    QString coverageLayerId;
    // SQLite expressions (OGR's SQLite dialect) over the coverage layer's fields:
    // filter "POBLACION > 10000", sort "NOMBDIST" or "POBLACION DESC"-free
    // expressions like "ST_Area(geometry)"; page name "NOMBDIST" or
    // "IDDIST || ' ' || NOMBDIST". Empty filter: all; empty sort: source order;
    // empty page name: the feature id.
    QString filterExpression;
    QString sortExpression;
    bool sortAscending = true;
    QString pageNameExpression;
    Output output = Output::SingleFile;
    QString splitByField;       // Output::FilePerValue
    bool hideCoverageLayer = false;

    QJsonObject toJson() const;
    static AtlasSettings fromJson(const QJsonObject &json);
    bool operator==(const AtlasSettings &) const = default;
};

class TERRITORIA_CORE_EXPORT PrintLayout
{
    Q_DECLARE_TR_FUNCTIONS(PrintLayout)
public:
    static constexpr int TemplateFormatVersion = 1;

    PrintLayout() = default;
    explicit PrintLayout(const QString &name) : m_name(name) {}
    PrintLayout(const PrintLayout &other);            // deep copy of the items
    PrintLayout &operator=(const PrintLayout &other);
    PrintLayout(PrintLayout &&) noexcept = default;
    PrintLayout &operator=(PrintLayout &&) noexcept = default;
    ~PrintLayout();

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    PageSettings page() const { return m_page; }
    void setPage(const PageSettings &page) { m_page = page; }
    AtlasSettings atlas() const { return m_atlas; }
    void setAtlas(const AtlasSettings &atlas) { m_atlas = atlas; }

    // Items in paint order (first = bottom).
    int itemCount() const { return static_cast<int>(m_items.size()); }
    LayoutItem *itemAt(int index) const { return m_items.at(static_cast<size_t>(index)).get(); }
    LayoutItem *item(const QString &id) const;
    int indexOf(const QString &id) const;
    // Takes ownership; gives the item a fresh id when it has none or its id is
    // taken, and a name ("Mapa 2") when it has none. index -1 = on top. Returns it.
    LayoutItem *addItem(std::unique_ptr<LayoutItem> item, int index = -1);
    std::unique_ptr<LayoutItem> takeItem(const QString &id);
    void moveItem(int from, int to);
    // Replaces the item with the same id (the designer's undo commands).
    void replaceItem(std::unique_ptr<LayoutItem> item);
    // The first map item, or the map `id` names (nullptr when none).
    MapItem *mapItem(const QString &id = {}) const;
    QList<MapItem *> mapItems() const;

    // {"name", "page", "atlas", "items": [...]}; layer ids are kept as they are.
    QJsonObject toJson(const QString &baseDir) const;
    // Fails with a message naming the layout and what is wrong (unknown item
    // type, missing key, bad page size). Unknown keys are ignored.
    static Result<PrintLayout> fromJson(const QJsonObject &json, const QString &baseDir);

    // Templates: {"format": "territoria-layout", "version": 1, "layout": {...}},
    // written atomically. Loading checks the format and version and names the
    // file in every error ("plantilla.ttlayout: not a Territoria layout template").
    Result<void> saveTemplate(const QString &path) const;
    static Result<PrintLayout> loadTemplate(const QString &path);

private:
    QString m_name;
    PageSettings m_page;
    AtlasSettings m_atlas;
    std::vector<std::unique_ptr<LayoutItem>> m_items;
};

// Expands the variables of a text template (see the top of this file).
struct TERRITORIA_CORE_EXPORT LayoutTextContext {
    int page = 1;
    int pageCount = 1;
    QString projectTitle;
    QString layoutName;
    QString atlasPageName;
    double scale = 0;            // of the first map; 0 = unknown
    QStringList fieldNames;      // atlas feature fields (empty outside an atlas)
    QVariantList fieldValues;
    QLocale locale;
    QDateTime now;               // invalid: QDateTime::currentDateTime()
};
TERRITORIA_CORE_EXPORT QString expandLayoutText(const QString &text, const LayoutTextContext &context);

} // namespace territoria
