#include "data/field.h"
#include "layout/printlayout.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

// A layout with one item of each type, every field away from its default.
PrintLayout fullLayout(const QString &baseDir)
{
    PrintLayout layout(u"Mapa distrital"_s);
    PageSettings page;
    page.size = PageSize::A3;
    page.orientation = PageOrientation::Portrait;
    page.background = QColor(250, 245, 235);
    layout.setPage(page);
    AtlasSettings atlas;
    atlas.enabled = true;
    atlas.coverageLayerId = u"dist"_s;
    atlas.filterExpression = u"POBLACION > 10000"_s;
    atlas.sortExpression = u"NOMBDIST"_s;
    atlas.sortAscending = false;
    atlas.pageNameExpression = u"IDDIST || ' ' || NOMBDIST"_s;
    atlas.output = AtlasSettings::Output::FilePerValue;
    atlas.splitByField = u"NOMBPROV"_s;
    atlas.hideCoverageLayer = true;
    layout.setAtlas(atlas);

    auto map = std::make_unique<MapItem>();
    map->id = u"map1"_s;
    map->name = u"Mapa principal"_s;
    map->rectMm = QRectF(10, 20, 180, 120.5);
    map->visible = false;
    map->locked = true;
    map->frame = true;
    map->frameColor = QColor(10, 20, 30);
    map->frameWidthMm = 0.7;
    map->background = QColor(200, 210, 220, 128);
    map->layerIds = {u"a"_s, u"b"_s};
    map->extent = Extent(100, 200, 300, 400);
    map->fixedScale = 25000;
    map->followAtlas = false;
    map->atlasMarginPercent = 15;
    map->dimOthersOpacity = 0.3;
    map->grid.enabled = true;
    map->grid.style = MapGrid::Style::FrameTicks;
    map->grid.units = MapGrid::Units::Degrees;
    map->grid.interval = 0.25;
    map->grid.labels = false;
    map->grid.fontSizePt = 7.5;
    map->grid.color = QColor(1, 2, 3, 4);
    map->grid.lineWidthMm = 0.4;
    layout.addItem(std::move(map));

    auto legend = std::make_unique<LegendItem>();
    legend->id = u"leg"_s;
    legend->name = u"Leyenda"_s;
    legend->rectMm = QRectF(200, 20, 60, 100);
    legend->title = u"Leyenda {@atlas_pagename}"_s;
    legend->mapItemId = u"map1"_s;
    legend->layerIds = {u"b"_s};
    legend->onlyPresentClasses = false;
    legend->titleSizePt = 14;
    legend->layerSizePt = 10;
    legend->itemSizePt = 7;
    legend->columns = 2;
    legend->decimals = 3;
    layout.addItem(std::move(legend));

    auto bar = std::make_unique<ScaleBarItem>();
    bar->id = u"bar"_s;
    bar->rectMm = QRectF(10, 150, 80, 12);
    bar->mapItemId = u"map1"_s;
    bar->style = ScaleBarItem::Style::DoubleBox;
    bar->units = ScaleBarItem::Units::Meters;
    bar->segments = 3;
    bar->fontSizePt = 9;
    bar->color = QColor(Qt::darkRed);
    layout.addItem(std::move(bar));

    auto north = std::make_unique<NorthArrowItem>();
    north->id = u"north"_s;
    north->rectMm = QRectF(250, 150, 15, 20);
    north->style = NorthArrowItem::Style::Compass;
    north->color = QColor(Qt::blue);
    layout.addItem(std::move(north));

    auto label = std::make_unique<LabelItem>();
    label->id = u"title"_s;
    label->rectMm = QRectF(10, 5, 200, 12);
    label->text = u"Distrito {NOMBDIST}\nPágina {@page} de {@pages}"_s;
    label->fontFamily = u"DejaVu Serif"_s;
    label->fontSizePt = 18;
    label->bold = true;
    label->italic = true;
    label->color = QColor(Qt::darkGreen);
    label->alignment = Qt::AlignHCenter | Qt::AlignBottom;
    layout.addItem(std::move(label));

    auto picture = std::make_unique<PictureItem>();
    picture->id = u"logo"_s;
    picture->rectMm = QRectF(230, 180, 30, 20);
    picture->path = QDir(baseDir).filePath(u"img/logo.svg"_s);
    picture->keepAspectRatio = false;
    layout.addItem(std::move(picture));

    auto table = std::make_unique<AttributeTableItem>();
    table->id = u"table"_s;
    table->rectMm = QRectF(100, 150, 120, 40);
    table->layerId = u"hosp"_s;
    table->fields = {u"NOMBRE"_s, u"CAMAS"_s};
    table->sortField = u"CAMAS"_s;
    table->ascending = false;
    table->maxRows = 12;
    table->filterToAtlasFeature = false;
    table->fontSizePt = 6;
    table->headerSizePt = 6.5;
    layout.addItem(std::move(table));

    auto chart = std::make_unique<ChartItem>();
    chart->id = u"chart"_s;
    chart->rectMm = QRectF(100, 195, 90, 60);
    chart->chartType = ChartItem::ChartType::Scatter;
    chart->layerId = u"ind"_s;
    chart->valueField = u"idh_2019"_s;
    chart->labelField = u"distrito"_s;
    chart->yField = u"paraderos_km2"_s;
    chart->bins = 7;
    chart->topN = 15;
    chart->descending = false;
    chart->title = u"IDH de {NOMBDIST}"_s;
    chart->color = QColor(1, 2, 3);
    chart->highlightColor = QColor(250, 10, 20, 200);
    chart->fontSizePt = 6.5;
    chart->highlightAtlasFeature = false;
    chart->atlasLinkField = u"ubigeo"_s;
    chart->atlasCoverageField = u"IDDIST"_s;
    chart->filterToAtlasFeature = true;
    layout.addItem(std::move(chart));
    return layout;
}

void compareCommon(const LayoutItem &a, const LayoutItem &b)
{
    QCOMPARE(b.type(), a.type());
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.name, a.name);
    QCOMPARE(b.rectMm, a.rectMm);
    QCOMPARE(b.visible, a.visible);
    QCOMPARE(b.locked, a.locked);
    QCOMPARE(b.frame, a.frame);
    QCOMPARE(b.frameColor, a.frameColor);
    QCOMPARE(b.frameWidthMm, a.frameWidthMm);
    QCOMPARE(b.background, a.background);
}

void compareLayouts(const PrintLayout &a, const PrintLayout &b)
{
    QCOMPARE(b.name(), a.name());
    QVERIFY(b.page() == a.page());
    QVERIFY(b.atlas() == a.atlas());
    QCOMPARE(b.itemCount(), a.itemCount());
    for (int i = 0; i < a.itemCount(); ++i) {
        const LayoutItem *x = a.itemAt(i);
        const LayoutItem *y = b.itemAt(i);
        compareCommon(*x, *y);
        switch (x->type()) {
        case LayoutItemType::Map: {
            auto &m = static_cast<const MapItem &>(*x);
            auto &n = static_cast<const MapItem &>(*y);
            QCOMPARE(n.layerIds, m.layerIds);
            QVERIFY(n.extent == m.extent);
            QCOMPARE(n.fixedScale, m.fixedScale);
            QCOMPARE(n.followAtlas, m.followAtlas);
            QCOMPARE(n.atlasMarginPercent, m.atlasMarginPercent);
            QCOMPARE(n.dimOthersOpacity, m.dimOthersOpacity);
            QVERIFY(n.grid == m.grid);
            break;
        }
        case LayoutItemType::Legend: {
            auto &m = static_cast<const LegendItem &>(*x);
            auto &n = static_cast<const LegendItem &>(*y);
            QCOMPARE(n.title, m.title);
            QCOMPARE(n.mapItemId, m.mapItemId);
            QCOMPARE(n.layerIds, m.layerIds);
            QCOMPARE(n.onlyPresentClasses, m.onlyPresentClasses);
            QCOMPARE(n.titleSizePt, m.titleSizePt);
            QCOMPARE(n.layerSizePt, m.layerSizePt);
            QCOMPARE(n.itemSizePt, m.itemSizePt);
            QCOMPARE(n.columns, m.columns);
            QCOMPARE(n.decimals, m.decimals);
            break;
        }
        case LayoutItemType::ScaleBar: {
            auto &m = static_cast<const ScaleBarItem &>(*x);
            auto &n = static_cast<const ScaleBarItem &>(*y);
            QCOMPARE(n.mapItemId, m.mapItemId);
            QCOMPARE(n.style, m.style);
            QCOMPARE(n.units, m.units);
            QCOMPARE(n.segments, m.segments);
            QCOMPARE(n.fontSizePt, m.fontSizePt);
            QCOMPARE(n.color, m.color);
            break;
        }
        case LayoutItemType::NorthArrow: {
            auto &m = static_cast<const NorthArrowItem &>(*x);
            auto &n = static_cast<const NorthArrowItem &>(*y);
            QCOMPARE(n.style, m.style);
            QCOMPARE(n.color, m.color);
            break;
        }
        case LayoutItemType::Label: {
            auto &m = static_cast<const LabelItem &>(*x);
            auto &n = static_cast<const LabelItem &>(*y);
            QCOMPARE(n.text, m.text);
            QCOMPARE(n.fontFamily, m.fontFamily);
            QCOMPARE(n.fontSizePt, m.fontSizePt);
            QCOMPARE(n.bold, m.bold);
            QCOMPARE(n.italic, m.italic);
            QCOMPARE(n.color, m.color);
            QCOMPARE(n.alignment, m.alignment);
            break;
        }
        case LayoutItemType::Picture: {
            auto &m = static_cast<const PictureItem &>(*x);
            auto &n = static_cast<const PictureItem &>(*y);
            QCOMPARE(n.path, m.path);
            QCOMPARE(n.keepAspectRatio, m.keepAspectRatio);
            break;
        }
        case LayoutItemType::AttributeTable: {
            auto &m = static_cast<const AttributeTableItem &>(*x);
            auto &n = static_cast<const AttributeTableItem &>(*y);
            QCOMPARE(n.layerId, m.layerId);
            QCOMPARE(n.fields, m.fields);
            QCOMPARE(n.sortField, m.sortField);
            QCOMPARE(n.ascending, m.ascending);
            QCOMPARE(n.maxRows, m.maxRows);
            QCOMPARE(n.filterToAtlasFeature, m.filterToAtlasFeature);
            QCOMPARE(n.fontSizePt, m.fontSizePt);
            QCOMPARE(n.headerSizePt, m.headerSizePt);
            break;
        }
        case LayoutItemType::Chart: {
            auto &m = static_cast<const ChartItem &>(*x);
            auto &n = static_cast<const ChartItem &>(*y);
            QCOMPARE(n.chartType, m.chartType);
            QCOMPARE(n.layerId, m.layerId);
            QCOMPARE(n.valueField, m.valueField);
            QCOMPARE(n.labelField, m.labelField);
            QCOMPARE(n.yField, m.yField);
            QCOMPARE(n.bins, m.bins);
            QCOMPARE(n.topN, m.topN);
            QCOMPARE(n.descending, m.descending);
            QCOMPARE(n.title, m.title);
            QCOMPARE(n.color, m.color);
            QCOMPARE(n.highlightColor, m.highlightColor);
            QCOMPARE(n.fontSizePt, m.fontSizePt);
            QCOMPARE(n.highlightAtlasFeature, m.highlightAtlasFeature);
            QCOMPARE(n.atlasLinkField, m.atlasLinkField);
            QCOMPARE(n.atlasCoverageField, m.atlasCoverageField);
            QCOMPARE(n.filterToAtlasFeature, m.filterToAtlasFeature);
            break;
        }
        }
    }
}

QJsonObject itemJson(const QString &type, const QJsonArray &rect)
{
    QJsonObject o;
    o.insert(u"type"_s, type);
    o.insert(u"name"_s, u"Cosa"_s);
    o.insert(u"rect"_s, rect);
    return o;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QByteArray templateBytes(const QJsonObject &layout, const QString &format = u"territoria-layout"_s, int version = 1)
{
    QJsonObject root;
    root.insert(u"format"_s, format);
    root.insert(u"version"_s, version);
    root.insert(u"layout"_s, layout);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestPrintLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const PrintLayout layout = fullLayout(dir.path());
        QCOMPARE(layout.itemCount(), 8);
        const QJsonObject json = layout.toJson(dir.path());
        // The picture is stored relative to the base folder.
        const QJsonArray items = json.value(u"items"_s).toArray();
        QCOMPARE(items.at(5).toObject().value(u"path"_s).toString(), u"img/logo.svg"_s);
        auto back = PrintLayout::fromJson(json, dir.path());
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        compareLayouts(layout, *back);
        // Read from another folder, the relative path follows that folder.
        QTemporaryDir other;
        auto moved = PrintLayout::fromJson(json, other.path());
        QVERIFY(moved.has_value());
        auto *picture = static_cast<PictureItem *>(moved->item(u"logo"_s));
        QVERIFY(picture);
        QCOMPARE(picture->path, QDir(other.path()).filePath(u"img/logo.svg"_s));
        // Text survives a trip through bytes too (the project file).
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        auto again = PrintLayout::fromJson(reparsed, dir.path());
        QVERIFY(again.has_value());
        compareLayouts(layout, *again);
    }

    void templateRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const PrintLayout layout = fullLayout(dir.path());
        const QString path = dir.filePath(u"plantilla.ttlayout"_s);
        auto saved = layout.saveTemplate(path);
        QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"territoria-layout"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        auto loaded = PrintLayout::loadTemplate(path);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().message));
        compareLayouts(layout, *loaded);
    }

    void badTemplates_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // part of the message besides the file name

        QJsonObject good;
        good.insert(u"name"_s, u"L"_s);
        good.insert(u"page"_s, QJsonObject{{u"size"_s, u"A4"_s}});

        QTest::newRow("not json") << QByteArray("{ this is not json") << u"not a valid layout template"_s;
        QTest::newRow("wrong format") << templateBytes(good, u"qgis-layout"_s)
                                      << u"not a Territoria layout template"_s;
        QTest::newRow("future version") << templateBytes(good, u"territoria-layout"_s, 7) << u"version 7"_s;
        QJsonObject unknown = good;
        unknown.insert(u"items"_s, QJsonArray{itemJson(u"html"_s, QJsonArray{0, 0, 10, 10})});
        QTest::newRow("unknown item type") << templateBytes(unknown) << u"“html”"_s;
        QJsonObject badRect = good;
        badRect.insert(u"items"_s, QJsonArray{itemJson(u"label"_s, QJsonArray{0, 0, 10})});
        QTest::newRow("bad rect") << templateBytes(badRect) << u"“rect”"_s;
        QJsonObject negative = good;
        negative.insert(u"items"_s, QJsonArray{itemJson(u"map"_s, QJsonArray{0, 0, -5, 10})});
        QTest::newRow("negative size") << templateBytes(negative) << u"positive"_s;
        QJsonObject page = good;
        page.insert(u"page"_s, QJsonObject{{u"size"_s, u"B5"_s}});
        QTest::newRow("unknown page size") << templateBytes(page) << u"“B5”"_s;
    }

    void badTemplates()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, u"mala.ttlayout"_s, bytes);
        QVERIFY(!path.isEmpty());
        auto loaded = PrintLayout::loadTemplate(path);
        QVERIFY(!loaded.has_value());
        const QString message = loaded.error().message;
        QVERIFY2(message.contains(u"mala.ttlayout"_s), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void missingTemplate()
    {
        auto loaded = PrintLayout::loadTemplate(u"/nonexistent/folder/nada.ttlayout"_s);
        QVERIFY(!loaded.has_value());
        QVERIFY(loaded.error().message.contains(u"nada.ttlayout"_s));
    }

    void pageSizes_data()
    {
        QTest::addColumn<PageSize>("size");
        QTest::addColumn<double>("shortMm");
        QTest::addColumn<double>("longMm");
        // ISO 216: A0 = 841 x 1189, each next size halves the long side (rounded down).
        QTest::newRow("A4") << PageSize::A4 << 210.0 << 297.0;
        QTest::newRow("A3") << PageSize::A3 << 297.0 << 420.0;
        QTest::newRow("A2") << PageSize::A2 << 420.0 << 594.0;
        QTest::newRow("A1") << PageSize::A1 << 594.0 << 841.0;
        QTest::newRow("A0") << PageSize::A0 << 841.0 << 1189.0;
        QTest::newRow("Letter") << PageSize::Letter << 215.9 << 279.4; // 8.5 x 11 in
    }

    void pageSizes()
    {
        QFETCH(PageSize, size);
        QFETCH(double, shortMm);
        QFETCH(double, longMm);
        PageSettings p;
        p.size = size;
        p.orientation = PageOrientation::Portrait;
        QCOMPARE(p.sizeMm(), QSizeF(shortMm, longMm));
        p.orientation = PageOrientation::Landscape;
        QCOMPARE(p.sizeMm(), QSizeF(longMm, shortMm));
    }

    void customPageSize()
    {
        PageSettings p;
        p.size = PageSize::Custom;
        p.customSizeMm = QSizeF(500, 300);
        p.orientation = PageOrientation::Portrait; // custom sizes are taken as given
        QCOMPARE(p.sizeMm(), QSizeF(500, 300));
    }

    void expandText()
    {
        LayoutTextContext c;
        c.page = 3;
        c.pageCount = 29;
        c.projectTitle = u"Arequipa"_s;
        c.layoutName = u"Atlas distrital"_s;
        c.atlasPageName = u"040101 AREQUIPA"_s;
        c.scale = 25000;
        c.locale = QLocale(QLocale::Spanish);
        c.fieldNames = {u"IDDIST"_s, u"NOMBDIST"_s};
        c.fieldValues = {u"040101"_s, u"YANAHUARA"_s};
        c.now = QDateTime(QDate(2026, 3, 5), QTime(14, 30));

        QCOMPARE(expandLayoutText(u"Página {@page} de {@pages}"_s, c), u"Página 3 de 29"_s);
        QCOMPARE(expandLayoutText(u"Escala {@scale}"_s, c), u"Escala 1:25.000"_s);
        QCOMPARE(expandLayoutText(u"Distrito de {NOMBDIST}"_s, c), u"Distrito de YANAHUARA"_s);
        QCOMPARE(expandLayoutText(u"{nombdist}"_s, c), u"YANAHUARA"_s); // fields: case-insensitive
        QCOMPARE(expandLayoutText(u"{{literal}}"_s, c), u"{literal}"_s);
        QCOMPARE(expandLayoutText(u"{x} y {@nada}"_s, c), u"{x} y {@nada}"_s);
        QCOMPARE(expandLayoutText(u"{@project_title} – {@layout_name}"_s, c), u"Arequipa – Atlas distrital"_s);
        QCOMPARE(expandLayoutText(u"{@atlas_pagename}"_s, c), u"040101 AREQUIPA"_s);
        QCOMPARE(expandLayoutText(u"{@date}"_s, c), c.locale.toString(QDate(2026, 3, 5), QLocale::ShortFormat));
        QCOMPARE(expandLayoutText(u"sin llaves"_s, c), u"sin llaves"_s);
        QCOMPARE(expandLayoutText(u"abierta {@page"_s, c), u"abierta {@page"_s);

        // English groups with commas; unknown scale gives nothing.
        c.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(expandLayoutText(u"{@scale}"_s, c), u"1:25,000"_s);
        c.scale = 0;
        QCOMPARE(expandLayoutText(u"[{@scale}]"_s, c), u"[]"_s);
        // Outside an atlas, a field name is unknown and stays as written.
        c.fieldNames.clear();
        c.fieldValues.clear();
        QCOMPARE(expandLayoutText(u"{NOMBDIST}"_s, c), u"{NOMBDIST}"_s);
    }

    void chartJson()
    {
        // The keys as written in projects (read by hand in the demo's README).
        QTemporaryDir dir;
        const PrintLayout layout = fullLayout(dir.path());
        const QJsonObject chart = layout.item(u"chart"_s)->toJson(dir.path());
        QCOMPARE(chart.value(u"type"_s).toString(), u"chart"_s);
        QCOMPARE(chart.value(u"chart_type"_s).toString(), u"scatter"_s);
        QCOMPARE(chart.value(u"value_field"_s).toString(), u"idh_2019"_s);
        QCOMPARE(chart.value(u"atlas_link_field"_s).toString(), u"ubigeo"_s);
        QCOMPARE(chart.value(u"top_n"_s).toInt(), 15);
        // A minimal item: the defaults (ranked bars, top 10, automatic bins, highlight on).
        auto item = LayoutItem::fromJson(itemJson(u"chart"_s, QJsonArray{10, 10, 80, 50}), {});
        QVERIFY(item.has_value());
        QCOMPARE((*item)->type(), LayoutItemType::Chart);
        QCOMPARE((*item)->name, u"Cosa"_s);
        const auto &c = static_cast<const ChartItem &>(**item);
        QCOMPARE(c.chartType, ChartItem::ChartType::Bars);
        QCOMPARE(c.topN, 10);
        QCOMPARE(c.bins, 0);
        QVERIFY(c.descending);
        QVERIFY(c.highlightAtlasFeature);
        QVERIFY(!c.filterToAtlasFeature);
        QCOMPARE(c.color, ChartItem().color);
        // Out-of-range numbers are clamped; an unknown chart type reads as bars.
        QJsonObject odd = itemJson(u"chart"_s, QJsonArray{10, 10, 80, 50});
        odd.insert(u"chart_type"_s, u"pie"_s);
        odd.insert(u"top_n"_s, -4);
        odd.insert(u"bins"_s, 100000);
        item = LayoutItem::fromJson(odd, {});
        QVERIFY(item.has_value());
        const auto &o = static_cast<const ChartItem &>(**item);
        QCOMPARE(o.chartType, ChartItem::ChartType::Bars);
        QCOMPARE(o.topN, 1);
        QCOMPARE(o.bins, 200);
        QCOMPARE(LayoutItem::displayName(LayoutItemType::Chart), u"Chart"_s);
    }

    void copyIsDeep()
    {
        QTemporaryDir dir;
        PrintLayout a = fullLayout(dir.path());
        PrintLayout b = a;
        static_cast<LabelItem *>(b.item(u"title"_s))->text = u"otro"_s;
        QCOMPARE(static_cast<LabelItem *>(a.item(u"title"_s))->text, u"Distrito {NOMBDIST}\nPágina {@page} de {@pages}"_s);
        QCOMPARE(a.mapItem()->id, u"map1"_s);
        QCOMPARE(a.mapItems().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPrintLayout)
#include "tst_printlayout.moc"
