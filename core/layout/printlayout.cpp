#include "layout/printlayout.h"

#include "style/colorutil.h"
#include "style/legend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace territoria {

// ---- PageSettings ----------------------------------------------------------

QSizeF PageSettings::sizeMm() const
{
    QSizeF portrait;
    switch (size) {
    case PageSize::A4: portrait = {210, 297}; break;
    case PageSize::A3: portrait = {297, 420}; break;
    case PageSize::A2: portrait = {420, 594}; break;
    case PageSize::A1: portrait = {594, 841}; break;
    case PageSize::A0: portrait = {841, 1189}; break;
    case PageSize::Letter: portrait = {215.9, 279.4}; break;
    case PageSize::Custom: return customSizeMm;
    }
    return orientation == PageOrientation::Landscape ? portrait.transposed() : portrait;
}

QString PageSettings::sizeName(PageSize size)
{
    switch (size) {
    case PageSize::A4: return u"A4"_s;
    case PageSize::A3: return u"A3"_s;
    case PageSize::A2: return u"A2"_s;
    case PageSize::A1: return u"A1"_s;
    case PageSize::A0: return u"A0"_s;
    case PageSize::Letter: return PrintLayout::tr("Letter");
    case PageSize::Custom: return PrintLayout::tr("Custom");
    }
    return {};
}

// ---- LayoutItem ------------------------------------------------------------

LayoutItem::~LayoutItem() = default;

QString LayoutItem::typeName(LayoutItemType type)
{
    switch (type) {
    case LayoutItemType::Map: return u"map"_s;
    case LayoutItemType::Legend: return u"legend"_s;
    case LayoutItemType::ScaleBar: return u"scalebar"_s;
    case LayoutItemType::NorthArrow: return u"northarrow"_s;
    case LayoutItemType::Label: return u"label"_s;
    case LayoutItemType::Picture: return u"picture"_s;
    case LayoutItemType::AttributeTable: return u"table"_s;
    case LayoutItemType::Chart: return u"chart"_s;
    }
    return {};
}

QString LayoutItem::displayName(LayoutItemType type)
{
    switch (type) {
    case LayoutItemType::Map: return PrintLayout::tr("Map");
    case LayoutItemType::Legend: return PrintLayout::tr("Legend");
    case LayoutItemType::ScaleBar: return PrintLayout::tr("Scale bar");
    case LayoutItemType::NorthArrow: return PrintLayout::tr("North arrow");
    case LayoutItemType::Label: return PrintLayout::tr("Text");
    case LayoutItemType::Picture: return PrintLayout::tr("Picture");
    case LayoutItemType::AttributeTable: return PrintLayout::tr("Attribute table");
    case LayoutItemType::Chart: return PrintLayout::tr("Chart");
    }
    return {};
}

// ---- PrintLayout -----------------------------------------------------------

PrintLayout::PrintLayout(const PrintLayout &other)
    : m_name(other.m_name), m_page(other.m_page), m_atlas(other.m_atlas)
{
    m_items.reserve(other.m_items.size());
    for (const auto &item : other.m_items)
        m_items.push_back(item->clone());
}

PrintLayout &PrintLayout::operator=(const PrintLayout &other)
{
    if (this != &other) {
        PrintLayout copy(other);
        *this = std::move(copy);
    }
    return *this;
}

PrintLayout::~PrintLayout() = default;

LayoutItem *PrintLayout::item(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : itemAt(index);
}

int PrintLayout::indexOf(const QString &id) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i]->id == id)
            return static_cast<int>(i);
    }
    return -1;
}

LayoutItem *PrintLayout::addItem(std::unique_ptr<LayoutItem> item, int index)
{
    Q_ASSERT(item);
    if (item->id.isEmpty() || indexOf(item->id) >= 0)
        item->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (item->name.isEmpty()) {
        const QString base = LayoutItem::displayName(item->type());
        int n = 1;
        QString name;
        do {
            name = u"%1 %2"_s.arg(base).arg(n++);
        } while (std::any_of(m_items.begin(), m_items.end(), [&](const auto &i) { return i->name == name; }));
        item->name = name;
    }
    LayoutItem *raw = item.get();
    if (index < 0 || index > itemCount())
        m_items.push_back(std::move(item));
    else
        m_items.insert(m_items.begin() + index, std::move(item));
    return raw;
}

std::unique_ptr<LayoutItem> PrintLayout::takeItem(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return {};
    auto item = std::move(m_items[static_cast<size_t>(index)]);
    m_items.erase(m_items.begin() + index);
    return item;
}

void PrintLayout::moveItem(int from, int to)
{
    if (from < 0 || from >= itemCount() || to < 0 || to >= itemCount() || from == to)
        return;
    auto item = std::move(m_items[static_cast<size_t>(from)]);
    m_items.erase(m_items.begin() + from);
    m_items.insert(m_items.begin() + to, std::move(item));
}

void PrintLayout::replaceItem(std::unique_ptr<LayoutItem> item)
{
    const int index = indexOf(item->id);
    if (index < 0)
        return;
    m_items[static_cast<size_t>(index)] = std::move(item);
}

MapItem *PrintLayout::mapItem(const QString &id) const
{
    for (const auto &item : m_items) {
        if (item->type() == LayoutItemType::Map && (id.isEmpty() || item->id == id))
            return static_cast<MapItem *>(item.get());
    }
    return nullptr;
}

QList<MapItem *> PrintLayout::mapItems() const
{
    QList<MapItem *> maps;
    for (const auto &item : m_items) {
        if (item->type() == LayoutItemType::Map)
            maps.append(static_cast<MapItem *>(item.get()));
    }
    return maps;
}


// ---- JSON helpers ------------------------------------------------------------

namespace {

template<typename E>
struct EnumName {
    E value;
    const char16_t *name;
};

template<typename E, size_t N>
QString enumToString(E value, const EnumName<E> (&names)[N])
{
    for (const auto &n : names) {
        if (n.value == value)
            return QString::fromUtf16(n.name);
    }
    return QString::fromUtf16(names[0].name);
}

template<typename E, size_t N>
E enumFromString(const QJsonValue &value, const EnumName<E> (&names)[N], E fallback)
{
    const QString text = value.toString();
    for (const auto &n : names) {
        if (text == QStringView(n.name))
            return n.value;
    }
    return fallback;
}

constexpr EnumName<LayoutItemType> kItemTypes[] = {
    {LayoutItemType::Map, u"map"},           {LayoutItemType::Legend, u"legend"},
    {LayoutItemType::ScaleBar, u"scalebar"}, {LayoutItemType::NorthArrow, u"northarrow"},
    {LayoutItemType::Label, u"label"},       {LayoutItemType::Picture, u"picture"},
    {LayoutItemType::AttributeTable, u"table"}, {LayoutItemType::Chart, u"chart"}};
constexpr EnumName<PageSize> kPageSizes[] = {{PageSize::A4, u"A4"}, {PageSize::A3, u"A3"},
                                             {PageSize::A2, u"A2"}, {PageSize::A1, u"A1"},
                                             {PageSize::A0, u"A0"}, {PageSize::Letter, u"letter"},
                                             {PageSize::Custom, u"custom"}};
constexpr EnumName<PageOrientation> kOrientations[] = {{PageOrientation::Landscape, u"landscape"},
                                                       {PageOrientation::Portrait, u"portrait"}};
constexpr EnumName<MapGrid::Style> kGridStyles[] = {
    {MapGrid::Style::Lines, u"lines"}, {MapGrid::Style::Crosses, u"crosses"}, {MapGrid::Style::FrameTicks, u"ticks"}};
constexpr EnumName<MapGrid::Units> kGridUnits[] = {{MapGrid::Units::MapUnits, u"map"},
                                                   {MapGrid::Units::Degrees, u"degrees"}};
constexpr EnumName<ScaleBarItem::Style> kScaleBarStyles[] = {{ScaleBarItem::Style::SingleBox, u"single_box"},
                                                             {ScaleBarItem::Style::DoubleBox, u"double_box"},
                                                             {ScaleBarItem::Style::LineTicks, u"line_ticks"},
                                                             {ScaleBarItem::Style::Numeric, u"numeric"}};
constexpr EnumName<ScaleBarItem::Units> kScaleBarUnits[] = {{ScaleBarItem::Units::Auto, u"auto"},
                                                            {ScaleBarItem::Units::Meters, u"m"},
                                                            {ScaleBarItem::Units::Kilometers, u"km"}};
constexpr EnumName<NorthArrowItem::Style> kNorthStyles[] = {{NorthArrowItem::Style::Arrow, u"arrow"},
                                                            {NorthArrowItem::Style::Compass, u"compass"}};
constexpr EnumName<ChartItem::ChartType> kChartTypes[] = {{ChartItem::ChartType::Bars, u"bars"},
                                                          {ChartItem::ChartType::Histogram, u"histogram"},
                                                          {ChartItem::ChartType::Scatter, u"scatter"},
                                                          {ChartItem::ChartType::RankRange, u"rank_range"}};
constexpr EnumName<AtlasSettings::Output> kAtlasOutputs[] = {
    {AtlasSettings::Output::SingleFile, u"single"},
    {AtlasSettings::Output::FilePerFeature, u"per_feature"},
    {AtlasSettings::Output::FilePerValue, u"per_value"}};

QJsonArray rectToJson(const QRectF &r)
{
    return QJsonArray{r.x(), r.y(), r.width(), r.height()};
}

QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QString storePath(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || baseDir.isEmpty())
        return path;
    const QString relative = QDir(baseDir).relativeFilePath(path);
    return relative.startsWith(u"../../"_s) ? QDir::cleanPath(path) : relative;
}

QString resolvePath(const QString &stored, const QString &baseDir)
{
    if (stored.isEmpty() || QFileInfo(stored).isAbsolute() || baseDir.isEmpty())
        return stored;
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(stored));
}

int alignmentToInt(Qt::Alignment a)
{
    return static_cast<int>(a.toInt());
}

} // namespace

// ---- items -------------------------------------------------------------------

QJsonObject LayoutItem::toJson(const QString &) const
{
    QJsonObject json;
    json.insert("type"_L1, typeName(type()));
    json.insert("id"_L1, id);
    json.insert("name"_L1, name);
    json.insert("rect"_L1, rectToJson(rectMm));
    json.insert("visible"_L1, visible);
    json.insert("locked"_L1, locked);
    json.insert("frame"_L1, frame);
    json.insert("frame_color"_L1, colorToString(frameColor));
    json.insert("frame_width"_L1, frameWidthMm);
    json.insert("background"_L1, colorToString(background));
    return json;
}

void LayoutItem::readJson(const QJsonObject &json, const QString &)
{
    id = json.value("id"_L1).toString();
    name = json.value("name"_L1).toString();
    const QJsonArray r = json.value("rect"_L1).toArray();
    rectMm = QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
    visible = json.value("visible"_L1).toBool(true);
    locked = json.value("locked"_L1).toBool(false);
    frame = json.value("frame"_L1).toBool(false);
    frameColor = colorFromString(json.value("frame_color"_L1).toString(), Qt::black);
    frameWidthMm = json.value("frame_width"_L1).toDouble(0.3);
    background = colorFromString(json.value("background"_L1).toString(), Qt::transparent);
}

Result<std::unique_ptr<LayoutItem>> LayoutItem::fromJson(const QJsonObject &json, const QString &baseDir)
{
    const QString typeText = json.value("type"_L1).toString();
    const QString itemName = json.value("name"_L1).toString();
    const QString who = itemName.isEmpty() ? typeText : itemName;
    std::unique_ptr<LayoutItem> item;
    const auto type = enumFromString(json.value("type"_L1), kItemTypes, LayoutItemType::Map);
    if (typeName(type) != typeText)
        return fail(PrintLayout::tr("Unknown layout item type “%1”.").arg(typeText));
    switch (type) {
    case LayoutItemType::Map: item = std::make_unique<MapItem>(); break;
    case LayoutItemType::Legend: item = std::make_unique<LegendItem>(); break;
    case LayoutItemType::ScaleBar: item = std::make_unique<ScaleBarItem>(); break;
    case LayoutItemType::NorthArrow: item = std::make_unique<NorthArrowItem>(); break;
    case LayoutItemType::Label: item = std::make_unique<LabelItem>(); break;
    case LayoutItemType::Picture: item = std::make_unique<PictureItem>(); break;
    case LayoutItemType::AttributeTable: item = std::make_unique<AttributeTableItem>(); break;
    case LayoutItemType::Chart: item = std::make_unique<ChartItem>(); break;
    }
    const QJsonArray r = json.value("rect"_L1).toArray();
    bool numbers = r.size() == 4;
    for (const QJsonValue &v : r)
        numbers = numbers && v.isDouble();
    if (!numbers)
        return fail(PrintLayout::tr("Layout item “%1”: “rect” must be four numbers (x, y, width, height in mm).")
                        .arg(who));
    if (r.at(2).toDouble() <= 0 || r.at(3).toDouble() <= 0)
        return fail(PrintLayout::tr("Layout item “%1”: its width and height must be positive.").arg(who));
    item->readJson(json, baseDir);
    return item;
}

QJsonObject MapItem::toJson(const QString &baseDir) const
{
    QJsonObject json = LayoutItem::toJson(baseDir);
    json.insert("layers"_L1, stringsToJson(layerIds));
    if (!extent.isEmpty())
        json.insert("extent"_L1, QJsonArray{extent.xMin(), extent.yMin(), extent.xMax(), extent.yMax()});
    json.insert("fixed_scale"_L1, fixedScale);
    json.insert("follow_atlas"_L1, followAtlas);
    json.insert("atlas_margin"_L1, atlasMarginPercent);
    json.insert("dim_others"_L1, dimOthersOpacity);
    QJsonObject g;
    g.insert("enabled"_L1, grid.enabled);
    g.insert("style"_L1, enumToString(grid.style, kGridStyles));
    g.insert("units"_L1, enumToString(grid.units, kGridUnits));
    g.insert("interval"_L1, grid.interval);
    g.insert("labels"_L1, grid.labels);
    g.insert("font_size"_L1, grid.fontSizePt);
    g.insert("color"_L1, colorToString(grid.color));
    g.insert("line_width"_L1, grid.lineWidthMm);
    json.insert("grid"_L1, g);
    return json;
}

void MapItem::readJson(const QJsonObject &json, const QString &baseDir)
{
    LayoutItem::readJson(json, baseDir);
    layerIds = stringsFromJson(json.value("layers"_L1));
    const QJsonArray e = json.value("extent"_L1).toArray();
    extent = e.size() == 4 ? Extent(e.at(0).toDouble(), e.at(1).toDouble(), e.at(2).toDouble(), e.at(3).toDouble())
                           : Extent();
    fixedScale = std::max(0.0, json.value("fixed_scale"_L1).toDouble(0));
    followAtlas = json.value("follow_atlas"_L1).toBool(true);
    atlasMarginPercent = json.value("atlas_margin"_L1).toDouble(10);
    dimOthersOpacity = std::clamp(json.value("dim_others"_L1).toDouble(0.55), 0.0, 1.0);
    const QJsonObject g = json.value("grid"_L1).toObject();
    grid.enabled = g.value("enabled"_L1).toBool(false);
    grid.style = enumFromString(g.value("style"_L1), kGridStyles, MapGrid::Style::Lines);
    grid.units = enumFromString(g.value("units"_L1), kGridUnits, MapGrid::Units::MapUnits);
    grid.interval = std::max(0.0, g.value("interval"_L1).toDouble(0));
    grid.labels = g.value("labels"_L1).toBool(true);
    grid.fontSizePt = g.value("font_size"_L1).toDouble(6);
    grid.color = colorFromString(g.value("color"_L1).toString(), QColor(40, 40, 40, 160));
    grid.lineWidthMm = g.value("line_width"_L1).toDouble(0.15);
}

QJsonObject LegendItem::toJson(const QString &baseDir) const
{
    QJsonObject json = LayoutItem::toJson(baseDir);
    json.insert("title"_L1, title);
    json.insert("map"_L1, mapItemId);
    json.insert("layers"_L1, stringsToJson(layerIds));
    json.insert("only_present"_L1, onlyPresentClasses);
    json.insert("title_size"_L1, titleSizePt);
    json.insert("layer_size"_L1, layerSizePt);
    json.insert("item_size"_L1, itemSizePt);
    json.insert("columns"_L1, columns);
    json.insert("decimals"_L1, decimals);
    return json;
}

void LegendItem::readJson(const QJsonObject &json, const QString &baseDir)
{
    LayoutItem::readJson(json, baseDir);
    title = json.value("title"_L1).toString();
    mapItemId = json.value("map"_L1).toString();
    layerIds = stringsFromJson(json.value("layers"_L1));
    onlyPresentClasses = json.value("only_present"_L1).toBool(true);
    titleSizePt = json.value("title_size"_L1).toDouble(11);
    layerSizePt = json.value("layer_size"_L1).toDouble(9);
    itemSizePt = json.value("item_size"_L1).toDouble(8);
    columns = std::clamp(json.value("columns"_L1).toInt(1), 1, 6);
    decimals = std::clamp(json.value("decimals"_L1).toInt(1), 0, 6);
}

QJsonObject ScaleBarItem::toJson(const QString &baseDir) const
{
    QJsonObject json = LayoutItem::toJson(baseDir);
    json.insert("map"_L1, mapItemId);
    json.insert("style"_L1, enumToString(style, kScaleBarStyles));
    json.insert("units"_L1, enumToString(units, kScaleBarUnits));
    json.insert("segments"_L1, segments);
    json.insert("font_size"_L1, fontSizePt);
    json.insert("color"_L1, colorToString(color));
    return json;
}

void ScaleBarItem::readJson(const QJsonObject &json, const QString &baseDir)
{
    LayoutItem::readJson(json, baseDir);
    mapItemId = json.value("map"_L1).toString();
    style = enumFromString(json.value("style"_L1), kScaleBarStyles, Style::SingleBox);
    units = enumFromString(json.value("units"_L1), kScaleBarUnits, Units::Auto);
    segments = std::clamp(json.value("segments"_L1).toInt(4), 1, 10);
    fontSizePt = json.value("font_size"_L1).toDouble(7);
    color = colorFromString(json.value("color"_L1).toString(), Qt::black);
}

QJsonObject NorthArrowItem::toJson(const QString &baseDir) const
{
    QJsonObject json = LayoutItem::toJson(baseDir);
    json.insert("style"_L1, enumToString(style, kNorthStyles));
    json.insert("color"_L1, colorToString(color));
    return json;
}

void NorthArrowItem::readJson(const QJsonObject &json, const QString &baseDir)
{
    LayoutItem::readJson(json, baseDir);
    style = enumFromString(json.value("style"_L1), kNorthStyles, Style::Arrow);
    color = colorFromString(json.value("color"_L1).toString(), Qt::black);
}

QJsonObject LabelItem::toJson(const QString &baseDir) const
{
    QJsonObject json = LayoutItem::toJson(baseDir);
    json.insert("text"_L1, text);
    json.insert("font"_L1, fontFamily);
    json.insert("font_size"_L1, fontSizePt);
    json.insert("bold"_L1, bold);
    json.insert("italic"_L1, italic);
    json.insert("color"_L1, colorToString(color));
    json.insert("alignment"_L1, alignmentToInt(alignment));
    return json;
}

void LabelItem::readJson(const QJsonObject &json, const QString &baseDir)
{
    LayoutItem::readJson(json, baseDir);
    text = json.value("text"_L1).toString();
    fontFamily = json.value("font"_L1).toString();
    fontSizePt = json.value("font_size"_L1).toDouble(12);
    bold = json.value("bold"_L1).toBool(false);
    italic = json.value("italic"_L1).toBool(false);
    color = colorFromString(json.value("color"_L1).toString(), Qt::black);
    alignment = Qt::Alignment::fromInt(json.value("alignment"_L1).toInt(Qt::AlignLeft | Qt::AlignTop));
}

QJsonObject PictureItem::toJson(const QString &baseDir) const
{
    QJsonObject json = LayoutItem::toJson(baseDir);
    json.insert("path"_L1, storePath(path, baseDir));
    json.insert("keep_aspect"_L1, keepAspectRatio);
    return json;
}

void PictureItem::readJson(const QJsonObject &json, const QString &baseDir)
{
    LayoutItem::readJson(json, baseDir);
    path = resolvePath(json.value("path"_L1).toString(), baseDir);
    keepAspectRatio = json.value("keep_aspect"_L1).toBool(true);
}

QJsonObject AttributeTableItem::toJson(const QString &baseDir) const
{
    QJsonObject json = LayoutItem::toJson(baseDir);
    json.insert("layer"_L1, layerId);
    json.insert("fields"_L1, stringsToJson(fields));
    json.insert("sort_field"_L1, sortField);
    json.insert("ascending"_L1, ascending);
    json.insert("max_rows"_L1, maxRows);
    json.insert("atlas_filter"_L1, filterToAtlasFeature);
    json.insert("font_size"_L1, fontSizePt);
    json.insert("header_size"_L1, headerSizePt);
    return json;
}

void AttributeTableItem::readJson(const QJsonObject &json, const QString &baseDir)
{
    LayoutItem::readJson(json, baseDir);
    layerId = json.value("layer"_L1).toString();
    fields = stringsFromJson(json.value("fields"_L1));
    sortField = json.value("sort_field"_L1).toString();
    ascending = json.value("ascending"_L1).toBool(true);
    maxRows = std::clamp(json.value("max_rows"_L1).toInt(20), 1, 10000);
    filterToAtlasFeature = json.value("atlas_filter"_L1).toBool(true);
    fontSizePt = json.value("font_size"_L1).toDouble(7);
    headerSizePt = json.value("header_size"_L1).toDouble(7.5);
}

QJsonObject ChartItem::toJson(const QString &baseDir) const
{
    QJsonObject json = LayoutItem::toJson(baseDir);
    json.insert("chart_type"_L1, enumToString(chartType, kChartTypes));
    json.insert("layer"_L1, layerId);
    json.insert("value_field"_L1, valueField);
    json.insert("label_field"_L1, labelField);
    json.insert("y_field"_L1, yField);
    if (!minField.isEmpty())
        json.insert("min_field"_L1, minField);
    if (!maxField.isEmpty())
        json.insert("max_field"_L1, maxField);
    json.insert("bins"_L1, bins);
    json.insert("top_n"_L1, topN);
    json.insert("descending"_L1, descending);
    json.insert("title"_L1, title);
    json.insert("color"_L1, colorToString(color));
    json.insert("highlight_color"_L1, colorToString(highlightColor));
    json.insert("font_size"_L1, fontSizePt);
    json.insert("atlas_highlight"_L1, highlightAtlasFeature);
    json.insert("atlas_link_field"_L1, atlasLinkField);
    json.insert("atlas_coverage_field"_L1, atlasCoverageField);
    json.insert("atlas_filter"_L1, filterToAtlasFeature);
    return json;
}

void ChartItem::readJson(const QJsonObject &json, const QString &baseDir)
{
    LayoutItem::readJson(json, baseDir);
    const ChartItem defaults;
    chartType = enumFromString(json.value("chart_type"_L1), kChartTypes, ChartType::Bars);
    layerId = json.value("layer"_L1).toString();
    valueField = json.value("value_field"_L1).toString();
    labelField = json.value("label_field"_L1).toString();
    yField = json.value("y_field"_L1).toString();
    minField = json.value("min_field"_L1).toString();
    maxField = json.value("max_field"_L1).toString();
    bins = std::clamp(json.value("bins"_L1).toInt(0), 0, 200);
    topN = std::clamp(json.value("top_n"_L1).toInt(10), 1, 500);
    descending = json.value("descending"_L1).toBool(true);
    title = json.value("title"_L1).toString();
    color = colorFromString(json.value("color"_L1).toString(), defaults.color);
    highlightColor = colorFromString(json.value("highlight_color"_L1).toString(), defaults.highlightColor);
    fontSizePt = std::clamp(json.value("font_size"_L1).toDouble(7), 2.0, 72.0);
    highlightAtlasFeature = json.value("atlas_highlight"_L1).toBool(true);
    atlasLinkField = json.value("atlas_link_field"_L1).toString();
    atlasCoverageField = json.value("atlas_coverage_field"_L1).toString();
    filterToAtlasFeature = json.value("atlas_filter"_L1).toBool(false);
}

// ---- atlas settings ----------------------------------------------------------

QJsonObject AtlasSettings::toJson() const
{
    QJsonObject json;
    json.insert("enabled"_L1, enabled);
    json.insert("coverage"_L1, coverageLayerId);
    json.insert("filter"_L1, filterExpression);
    json.insert("sort"_L1, sortExpression);
    json.insert("ascending"_L1, sortAscending);
    json.insert("page_name"_L1, pageNameExpression);
    json.insert("output"_L1, enumToString(output, kAtlasOutputs));
    json.insert("split_by"_L1, splitByField);
    json.insert("hide_coverage"_L1, hideCoverageLayer);
    return json;
}

AtlasSettings AtlasSettings::fromJson(const QJsonObject &json)
{
    AtlasSettings a;
    a.enabled = json.value("enabled"_L1).toBool(false);
    a.coverageLayerId = json.value("coverage"_L1).toString();
    a.filterExpression = json.value("filter"_L1).toString();
    a.sortExpression = json.value("sort"_L1).toString();
    a.sortAscending = json.value("ascending"_L1).toBool(true);
    a.pageNameExpression = json.value("page_name"_L1).toString();
    a.output = enumFromString(json.value("output"_L1), kAtlasOutputs, Output::SingleFile);
    a.splitByField = json.value("split_by"_L1).toString();
    a.hideCoverageLayer = json.value("hide_coverage"_L1).toBool(false);
    return a;
}

// ---- layout JSON and templates -------------------------------------------------

QJsonObject PrintLayout::toJson(const QString &baseDir) const
{
    QJsonObject json;
    json.insert("name"_L1, m_name);
    QJsonObject page;
    page.insert("size"_L1, enumToString(m_page.size, kPageSizes));
    page.insert("orientation"_L1, enumToString(m_page.orientation, kOrientations));
    if (m_page.size == PageSize::Custom)
        page.insert("custom_size"_L1, QJsonArray{m_page.customSizeMm.width(), m_page.customSizeMm.height()});
    page.insert("background"_L1, colorToString(m_page.background));
    json.insert("page"_L1, page);
    json.insert("atlas"_L1, m_atlas.toJson());
    QJsonArray items;
    for (const auto &item : m_items)
        items.append(item->toJson(baseDir));
    json.insert("items"_L1, items);
    return json;
}

Result<PrintLayout> PrintLayout::fromJson(const QJsonObject &json, const QString &baseDir)
{
    PrintLayout layout(json.value("name"_L1).toString());
    const QString who = layout.name().isEmpty() ? tr("(unnamed)") : layout.name();
    const QJsonObject page = json.value("page"_L1).toObject();
    const QString sizeText = page.value("size"_L1).toString(u"A4"_s);
    const auto size = enumFromString(QJsonValue(sizeText), kPageSizes, PageSize::Custom);
    if (enumToString(size, kPageSizes) != sizeText)
        return fail(tr("Layout “%1”: unknown page size “%2” (expected A4, A3, A2, A1, A0, letter or custom).")
                        .arg(who, sizeText));
    layout.m_page.size = size;
    layout.m_page.orientation =
        enumFromString(page.value("orientation"_L1), kOrientations, PageOrientation::Landscape);
    if (size == PageSize::Custom) {
        const QJsonArray c = page.value("custom_size"_L1).toArray();
        const QSizeF custom(c.at(0).toDouble(), c.at(1).toDouble());
        if (c.size() != 2 || custom.width() < 10 || custom.height() < 10 || custom.width() > 5000 ||
            custom.height() > 5000)
            return fail(tr("Layout “%1”: a custom page needs “custom_size”: [width, height] between 10 and 5000 mm.")
                            .arg(who));
        layout.m_page.customSizeMm = custom;
    }
    layout.m_page.background = colorFromString(page.value("background"_L1).toString(), Qt::white);
    layout.m_atlas = AtlasSettings::fromJson(json.value("atlas"_L1).toObject());
    if (json.contains("items"_L1) && !json.value("items"_L1).isArray())
        return fail(tr("Layout “%1”: “items” must be a list.").arg(who));
    for (const QJsonValue &value : json.value("items"_L1).toArray()) {
        auto item = LayoutItem::fromJson(value.toObject(), baseDir);
        if (!item)
            return fail(tr("Layout “%1”: %2").arg(who, item.error().message));
        layout.addItem(std::move(*item));
    }
    return layout;
}

Result<void> PrintLayout::saveTemplate(const QString &path) const
{
    const QFileInfo info(path);
    QJsonObject root;
    root.insert("format"_L1, u"territoria-layout"_s);
    root.insert("version"_L1, TemplateFormatVersion);
    root.insert("layout"_L1, toJson(info.absolutePath()));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot save the layout template %1: %2")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath()), file.errorString()),
                    info.absoluteFilePath(), file.errorString());
    return {};
}

Result<PrintLayout> PrintLayout::loadTemplate(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open the layout template %1: %2").arg(shown, file.errorString()), shown,
                    file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1 is not a valid layout template: %2 at byte %3")
                        .arg(shown, parseError.errorString())
                        .arg(parseError.offset),
                    shown);
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != "territoria-layout"_L1)
        return fail(tr("%1 is not a Territoria layout template.").arg(shown), shown);
    const int version = root.value("version"_L1).toInt(0);
    if (version < 1 || version > TemplateFormatVersion)
        return fail(tr("%1 is a layout template of version %2; this Territoria reads up to version %3.")
                        .arg(shown)
                        .arg(version)
                        .arg(TemplateFormatVersion),
                    shown);
    auto layout = fromJson(root.value("layout"_L1).toObject(), info.absolutePath());
    if (!layout)
        return fail(tr("%1: %2").arg(shown, layout.error().message), shown);
    return layout;
}

// ---- text variables --------------------------------------------------------------

QString expandLayoutText(const QString &text, const LayoutTextContext &c)
{
    if (!text.contains(u'{') && !text.contains(u'}'))
        return text;
    const QDateTime now = c.now.isValid() ? c.now : QDateTime::currentDateTime();
    auto variable = [&](const QString &name, bool *known) -> QString {
        *known = true;
        if (name == "@page"_L1)
            return c.locale.toString(c.page);
        if (name == "@pages"_L1)
            return c.locale.toString(c.pageCount);
        if (name == "@date"_L1)
            return c.locale.toString(now.date(), QLocale::ShortFormat);
        if (name == "@time"_L1)
            return c.locale.toString(now.time(), QLocale::ShortFormat);
        if (name == "@project_title"_L1)
            return c.projectTitle;
        if (name == "@layout_name"_L1)
            return c.layoutName;
        if (name == "@atlas_pagename"_L1)
            return c.atlasPageName;
        if (name == "@scale"_L1)
            return c.scale > 0 ? u"1:"_s + Legend::formatNumber(std::round(c.scale), c.locale, 0) : QString();
        qsizetype index = c.fieldNames.indexOf(name);
        if (index < 0) {
            for (qsizetype i = 0; i < c.fieldNames.size(); ++i) {
                if (c.fieldNames[i].compare(name, Qt::CaseInsensitive) == 0) {
                    index = i;
                    break;
                }
            }
        }
        if (index >= 0) {
            const QVariant value = c.fieldValues.value(index);
            if (!value.isValid() || value.isNull())
                return {};
            if (value.typeId() == QMetaType::Double)
                return c.locale.toString(value.toDouble(), 'g', 15);
            if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
                return value.toString();
            return value.toString();
        }
        *known = false;
        return {};
    };

    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            out += u'{';
            ++i;
        } else if (ch == u'}' && i + 1 < text.size() && text.at(i + 1) == u'}') {
            out += u'}';
            ++i;
        } else if (ch == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 1);
            if (close < 0) {
                out += text.mid(i);
                break;
            }
            const QString name = text.mid(i + 1, close - i - 1).trimmed();
            bool known = false;
            const QString value = variable(name, &known);
            out += known ? value : text.mid(i, close - i + 1);
            i = close;
        } else {
            out += ch;
        }
    }
    return out;
}

} // namespace territoria
