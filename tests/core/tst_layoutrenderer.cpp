#include "crs/coordinatetransform.h"
#include "data/vectorlayer.h"
#include "layout/layoutrenderer.h"
#include "layout/layoutrenderhelpers.h"
#include "project/project.h"
#include "render/mapsettings.h"
#include "style/legend.h"
#include "task/feedback.h"

#include <QDir>
#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

const QString DistrictsId = u"c5e7b9d3-4a1f-4e62-8b07-3d9f1c5a7e44"_s;

QString demoProject()
{
    return QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/arequipa.territoria"_s;
}

QString fixture(const QString &name)
{
    return QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/tests/data/layout/"_s + name;
}

// A paint device that keeps the text drawn on it (and draws nothing).
class TextRecorder : public QPaintDevice
{
    class Engine : public QPaintEngine
    {
    public:
        Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts.append(item.text()); }
        Type type() const override { return QPaintEngine::User; }
        QStringList texts;
    };

public:
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QStringList texts() const { return m_engine.texts; }
    QString joined() const { return m_engine.texts.join(u'|'); }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth: return 1123;
        case PdmHeight: return 794;
        case PdmWidthMM: return 297;
        case PdmHeightMM: return 210;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 96;
        case PdmDepth: return 32;
        case PdmNumColors: return INT_MAX;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    mutable Engine m_engine;
};

// Renders `layout` page onto a TextRecorder (page millimetres = device pixels * 96/25.4).
QStringList recordTexts(const PrintLayout &layout, const LayoutRenderContext &context, LayoutRenderResult *result = nullptr)
{
    TextRecorder device;
    QPainter painter(&device);
    painter.scale(96 / 25.4, 96 / 25.4);
    LayoutRenderResult r = LayoutRenderer::render(layout, &painter, context);
    painter.end();
    if (result)
        *result = r;
    return device.texts();
}

QPoint mmToPx(const QPointF &mm, double dpi)
{
    return QPoint(int(mm.x() * dpi / 25.4), int(mm.y() * dpi / 25.4));
}

bool near(QRgb c, const QColor &ref, int tolerance)
{
    return std::abs(qRed(c) - ref.red()) <= tolerance && std::abs(qGreen(c) - ref.green()) <= tolerance
           && std::abs(qBlue(c) - ref.blue()) <= tolerance;
}

bool isWhite(QRgb c)
{
    return qRed(c) >= 250 && qGreen(c) >= 250 && qBlue(c) >= 250;
}

std::optional<AtlasFeature> atlasFeatureFor(const Project &project, const QString &layerId, const QString &field,
                                            const QString &value)
{
    auto *layer = qobject_cast<VectorLayer *>(project.layer(layerId));
    if (!layer)
        return std::nullopt;
    auto provider = layer->dataProvider();
    const int index = provider->fields().indexOf(field);
    std::optional<AtlasFeature> out;
    (void)provider->forEachFeature(FeatureRequest{}, [&](Feature &&f) {
        if (f.attributes.value(index).toString() != value)
            return true;
        AtlasFeature af;
        af.layerId = layerId;
        af.fid = f.id;
        af.geometry = f.geometry;
        auto ct = CoordinateTransform::create(layer->crs(), project.crs(), project.transformContext());
        af.projectGeometry = ct ? f.geometry.transformed(*ct) : Geometry();
        af.fields = provider->fields();
        af.attributes = f.attributes;
        af.pageName = value;
        out = af;
        return false;
    });
    return out;
}

std::unique_ptr<VectorLayer> openFixture(const QString &name, const QString &id, const QString &layerName)
{
    auto layer = VectorLayer::open(fixture(name));
    if (!layer)
        return nullptr;
    (*layer)->setId(id);
    (*layer)->setName(layerName);
    return std::move(*layer);
}

// Points categorized by `kind` (A, B, C, D; no "other", no "missing" entries).
VectorStyle kindStyle()
{
    VectorStyle style;
    style.renderer = RendererType::Categorized;
    style.field = u"kind"_s;
    style.drawOther = false;
    style.drawMissing = false;
    const QList<QColor> colors{Qt::red, Qt::green, Qt::blue, Qt::magenta};
    for (int i = 0; i < 4; ++i) {
        Category c;
        c.value = QString(QChar(u'A' + i));
        c.label = u"Tipo "_s + QChar(u'A' + i);
        c.symbol.fillColor = colors[i];
        style.categories.append(c);
    }
    return style;
}

} // namespace

class TestLayoutRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void niceSteps()
    {
        using namespace layoutdetail;
        QCOMPARE(niceStepBelow(1.0), 1.0);
        QCOMPARE(niceStepBelow(0.99), 0.5);
        QCOMPARE(niceStepBelow(9.99), 5.0);
        QCOMPARE(niceStepBelow(2.4), 2.0);
        QCOMPARE(niceStepBelow(2.6), 2.5);
        QCOMPARE(niceStepBelow(375.0), 250.0);
        QCOMPARE(niceStepBelow(0), 0.0);
        QCOMPARE(niceStepBelow(-3), 0.0);
        // ~5 grid lines: 100 km -> 20 km (5 lines); 1.3° -> 0.25° (5.2 lines).
        QCOMPARE(autoGridInterval(100000), 20000.0);
        QCOMPARE(autoGridInterval(1.3), 0.25);
        QCOMPARE(autoGridInterval(165000), 25000.0); // 6.6 lines beats 20000 (8.25) and 50000 (3.3)
    }

    void scaleBarSegments_data()
    {
        QTest::addColumn<double>("widthMm");
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("segments");
        QTest::addColumn<double>("expected");
        // 60 mm at 1:25 000 = 1500 m, / 4 = 375 m -> 250 m.
        QTest::newRow("25k") << 60.0 << 25000.0 << 4 << 250.0;
        // 100 mm at 1:100 000 = 10 km, / 4 = 2500 m -> 2500 m (fits exactly).
        QTest::newRow("100k") << 100.0 << 100000.0 << 4 << 2500.0;
        // 50 mm at 1:1 000 000 = 50 km, / 4 = 12.5 km -> 10 km.
        QTest::newRow("1M") << 50.0 << 1e6 << 4 << 10000.0;
        // 30 mm at 1:7 300 = 219 m, / 3 = 73 m -> 50 m.
        QTest::newRow("7300") << 30.0 << 7300.0 << 3 << 50.0;
        // 40 mm at 1:868 421 = 34.7 km, / 2 = 17.4 km -> 10 km.
        QTest::newRow("868k") << 40.0 << 868421.0 << 2 << 10000.0;
        QTest::newRow("no width") << 0.0 << 25000.0 << 4 << 0.0;
    }

    void scaleBarSegments()
    {
        QFETCH(double, widthMm);
        QFETCH(double, scale);
        QFETCH(int, segments);
        QFETCH(double, expected);
        QCOMPARE(layoutdetail::scaleBarSegmentMetres(widthMm, scale, segments), expected);
    }

    void degreeLabels()
    {
        using layoutdetail::formatDegrees;
        QCOMPARE(formatDegrees(-16.4, true), u"16°24'S"_s);
        QCOMPARE(formatDegrees(-71.5, false), u"71°30'W"_s);
        QCOMPARE(formatDegrees(-16.0, true), u"16°S"_s);
        QCOMPARE(formatDegrees(-16.4083333333, true), u"16°24'30\"S"_s);
        QCOMPARE(formatDegrees(12.05, false), u"12°03'E"_s);
        QCOMPARE(formatDegrees(0.0, true), u"0°"_s);
    }

    void visibleExtentAspect()
    {
        LayoutRenderContext context; // no project: map units are metres
        MapItem map;
        map.rectMm = QRectF(0, 0, 100, 50);
        map.extent = Extent(0, 0, 1000, 1000);
        // Aspect 2: the 1000 m square grows to 2000 x 1000 around (500, 500).
        QCOMPARE(LayoutRenderer::visibleExtent(map, context), Extent(-500, 0, 1500, 1000));
        // 2000 m over 100 mm: 1:20 000.
        QCOMPARE(LayoutRenderer::scale(map, context), 20000.0);
        // A tall frame grows the height instead: 1000 wide, 3000 high.
        map.rectMm = QRectF(0, 0, 50, 150);
        QCOMPARE(LayoutRenderer::visibleExtent(map, context), Extent(0, -1000, 1000, 2000));
        // 10 km in a 100 mm frame is 1:100 000.
        map.rectMm = QRectF(20, 30, 100, 100);
        map.extent = Extent(200000, 8000000, 210000, 8010000);
        QCOMPARE(LayoutRenderer::scale(map, context), 100000.0);
    }

    void visibleExtentFixedScale()
    {
        LayoutRenderContext context;
        MapItem map;
        map.rectMm = QRectF(0, 0, 100, 50);
        map.extent = Extent(0, 1000, 2000, 3000); // centre (1000, 2000)
        map.fixedScale = 25000;
        // 100 mm at 1:25 000 = 2500 m wide, 50 mm = 1250 m high.
        QCOMPARE(LayoutRenderer::visibleExtent(map, context), Extent(-250, 1375, 2250, 2625));
        QCOMPARE(LayoutRenderer::scale(map, context), 25000.0);
    }

    void visibleExtentAtlas()
    {
        LayoutRenderContext context;
        AtlasFeature af;
        af.projectGeometry = *Geometry::fromWkt(u"POLYGON((0 0, 400 0, 400 200, 0 200, 0 0))"_s);
        context.atlasFeature = af;
        MapItem map;
        map.rectMm = QRectF(0, 0, 100, 50);
        map.extent = Extent(5000, 5000, 6000, 6000); // ignored while following the atlas
        map.atlasMarginPercent = 10;
        // 10 % of 400 x 200 on each side: (-40, -20, 440, 220), already 2:1.
        QCOMPARE(LayoutRenderer::visibleExtent(map, context), Extent(-40, -20, 440, 220));
        // Square frame: 480 x 480 around (200, 100).
        map.rectMm = QRectF(0, 0, 100, 100);
        QCOMPARE(LayoutRenderer::visibleExtent(map, context), Extent(-40, -140, 440, 340));
        // Fixed scale with an atlas: centred on the feature, 100 mm at 1:10 000 = 1000 m.
        map.fixedScale = 10000;
        QCOMPARE(LayoutRenderer::visibleExtent(map, context), Extent(-300, -400, 700, 600));
        // Not following: the item's own extent.
        map.fixedScale = 0;
        map.followAtlas = false;
        QCOMPARE(LayoutRenderer::visibleExtent(map, context), Extent(5000, 5000, 6000, 6000));
        // A point feature gets a kilometre around it.
        map.followAtlas = true;
        map.atlasMarginPercent = 0;
        context.atlasFeature->projectGeometry = *Geometry::fromWkt(u"POINT(500 500)"_s);
        QCOMPARE(LayoutRenderer::visibleExtent(map, context), Extent(0, 0, 1000, 1000));
    }

    void scaleGeographic()
    {
        Project project;
        project.setCrs(Crs::fromEpsg(4326));
        LayoutRenderContext context;
        context.project = &project;
        MapItem map;
        map.rectMm = QRectF(0, 0, 100, 100);
        map.extent = Extent(-71.6, -16.45, -71.5, -16.35); // centre latitude 16.4° S
        // A degree of longitude at 16.4° S on WGS 84 is 106 818.849 m
        // (pi/180 * a * cos(phi) / sqrt(1 - e² sin²(phi))): 0.1° over 100 mm = 1:106 819.
        QVERIFY(std::abs(LayoutRenderer::scale(map, context) - 106818.849) < 0.01);
        // The same as MapSettings::scale() at 25.4 dpi (1 px = 1 mm).
        MapSettings ms;
        ms.setDestinationCrs(project.crs());
        ms.setExtent(map.extent);
        ms.setOutputSize(QSize(100, 100));
        ms.setDpi(25.4);
        QVERIFY(std::abs(LayoutRenderer::scale(map, context) - ms.scale()) < 1e-6 * ms.scale());
        // Fixed scale in degrees: 100 mm at 1:106 818.849 is 0.1° wide.
        map.fixedScale = 106818.84910634479;
        const Extent e = LayoutRenderer::visibleExtent(map, context);
        QVERIFY(std::abs(e.width() - 0.1) < 1e-9);
        QVERIFY(std::abs(e.center().y() + 16.4) < 1e-9);
    }

    void renderDemoPage()
    {
        Project project;
        auto loaded = project.load(demoProject());
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().message));
        PrintLayout layout(u"Prueba"_s);
        auto map = std::make_unique<MapItem>();
        map->name = u"Mapa 1"_s;
        map->rectMm = QRectF(10, 20, 190, 180);
        map->extent = project.viewExtent();
        map->frame = true;
        map->frameWidthMm = 1.0;
        layout.addItem(std::move(map));
        auto legend = std::make_unique<LegendItem>();
        legend->rectMm = QRectF(210, 20, 80, 120);
        legend->title = u"Leyenda"_s;
        layout.addItem(std::move(legend));
        auto title = std::make_unique<LabelItem>();
        title->rectMm = QRectF(10, 5, 277, 12);
        title->text = u"{@project_title}"_s;
        title->fontSizePt = 16;
        layout.addItem(std::move(title));

        LayoutRenderContext context;
        context.project = &project;
        context.locale = QLocale(QLocale::Spanish);
        const double dpi = 50;
        LayoutRenderResult result;
        const QImage image = LayoutRenderer::renderToImage(layout, context, dpi, &result);
        QCOMPARE(image.size(), QSize(585, 413)); // 297 x 210 mm at 50 dpi
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));

        // Page margins stay white.
        QVERIFY(isWhite(image.pixel(mmToPx({4, 4}, dpi))));
        QVERIFY(isWhite(image.pixel(mmToPx({205, 205}, dpi))));
        QVERIFY(isWhite(image.pixel(mmToPx({293, 150}, dpi))));
        // The map frame is drawn: the district fill covers much of it, the outline shows.
        const QColor fill(0xf4, 0xec, 0xd8);
        int filled = 0, outline = 0, blank = 0, total = 0;
        const QPoint tl = mmToPx({11, 21}, dpi), br = mmToPx({199, 199}, dpi);
        for (int y = tl.y(); y < br.y(); ++y) {
            for (int x = tl.x(); x < br.x(); ++x) {
                const QRgb c = image.pixel(x, y);
                ++total;
                if (near(c, fill, 4))
                    ++filled;
                else if (isWhite(c))
                    ++blank;
                if (qRed(c) >= 110 && qRed(c) <= 200 && qBlue(c) < qRed(c) - 45 && qGreen(c) < qRed(c))
                    ++outline; // #8c6d46, possibly blended
            }
        }
        QVERIFY2(filled > total / 5, qPrintable(u"%1 of %2 filled"_s.arg(filled).arg(total)));
        QVERIFY2(blank < total * 0.8, qPrintable(u"%1 of %2 blank"_s.arg(blank).arg(total)));
        QVERIFY2(outline > 50, qPrintable(u"%1 outline pixels"_s.arg(outline)));
        // Legend and title draw something dark (text, symbols).
        int dark = 0;
        for (int y = mmToPx({0, 20}, dpi).y(); y < mmToPx({0, 140}, dpi).y(); ++y)
            for (int x = mmToPx({210, 0}, dpi).x(); x < mmToPx({290, 0}, dpi).x(); ++x)
                dark += qGray(image.pixel(x, y)) < 100;
        QVERIFY(dark > 20);
        // The frame is black.
        QCOMPARE(qGray(image.pixel(mmToPx({10, 100}, dpi))) < 110, true);

        // The text is text: title, legend title, the layers' names.
        const QString texts = recordTexts(layout, context).join(u'|');
        QVERIFY2(texts.contains(u"Arequipa — provincia"_s), qPrintable(texts));
        QVERIFY(texts.contains(u"Leyenda"_s));
        QVERIFY(texts.contains(u"Distritos de la provincia"_s));
        QVERIFY(texts.contains(u"Hospitales (MINSA)"_s));
    }

    void pdfKeepsText()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        Project project;
        QVERIFY(project.load(demoProject()).has_value());
        PrintLayout layout(u"PDF"_s);
        auto map = std::make_unique<MapItem>();
        map->rectMm = QRectF(10, 20, 150, 150);
        map->extent = project.viewExtent();
        map->layerIds = {DistrictsId};
        layout.addItem(std::move(map));
        auto legend = std::make_unique<LegendItem>();
        legend->rectMm = QRectF(170, 20, 100, 60);
        legend->title = u"Leyenda del mapa"_s;
        layout.addItem(std::move(legend));
        auto bar = std::make_unique<ScaleBarItem>();
        bar->rectMm = QRectF(170, 100, 100, 12);
        bar->style = ScaleBarItem::Style::Numeric;
        layout.addItem(std::move(bar));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"page.pdf"_s);
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageOrientation(QPageLayout::Landscape);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setResolution(300);
            QPainter painter(&writer);
            painter.scale(300 / 25.4, 300 / 25.4);
            LayoutRenderContext context;
            context.project = &project;
            context.locale = QLocale(QLocale::Spanish);
            LayoutRenderer::render(layout, &painter, context);
        }
        QProcess p;
        p.start(pdftotext, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(15000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(u"Leyenda del mapa"_s), qPrintable(text));
        QVERIFY(text.contains(u"Distritos de la provincia"_s));
        // 1:N of a 150 mm frame showing the 165 km wide view (aspect 1): 1:1 100 000,
        // grouped every three digits in Spanish (Qt's own "1100.000" is not used).
        QVERIFY2(text.contains(u"1:1.100.000"_s), qPrintable(text));
    }

    void atlasVeil()
    {
        Project project;
        QVERIFY(project.load(demoProject()).has_value());
        const auto af = atlasFeatureFor(project, DistrictsId, u"NOMBDIST"_s, u"CERRO COLORADO"_s);
        QVERIFY(af.has_value());
        QVERIFY(!af->projectGeometry.isNull());

        PrintLayout layout(u"Atlas"_s);
        auto mapItem = std::make_unique<MapItem>();
        mapItem->rectMm = QRectF(10, 10, 190, 190);
        mapItem->extent = project.viewExtent();
        mapItem->layerIds = {DistrictsId};
        mapItem->atlasMarginPercent = 10;
        mapItem->dimOthersOpacity = 0.55;
        MapItem *map = static_cast<MapItem *>(layout.addItem(std::move(mapItem)));

        LayoutRenderContext context;
        context.project = &project;
        context.atlasFeature = af;

        // The frame shows the district's box plus 10 % per side, squared.
        const Extent box = af->projectGeometry.boundingBox();
        Extent expected(box.xMin() - box.width() * 0.1, box.yMin() - box.height() * 0.1,
                        box.xMax() + box.width() * 0.1, box.yMax() + box.height() * 0.1);
        expected = expected.withAspectRatio(1.0);
        const Extent visible = LayoutRenderer::visibleExtent(*map, context);
        QVERIFY(std::abs(visible.xMin() - expected.xMin()) < 1e-6 && std::abs(visible.yMax() - expected.yMax()) < 1e-6);
        QVERIFY(std::abs(visible.width() - visible.height()) < 1e-6);

        const double dpi = 50;
        const QImage veiled = LayoutRenderer::renderToImage(layout, context, dpi);
        map->dimOthersOpacity = 0;
        const QImage plain = LayoutRenderer::renderToImage(layout, context, dpi);

        const double unitsPerPx = visible.width() / (190 * dpi / 25.4);
        auto toMap = [&](int px, int py) {
            const double mmX = (px + 0.5) * 25.4 / dpi - 10, mmY = (py + 0.5) * 25.4 / dpi - 10;
            return QPointF(visible.xMin() + mmX / 190 * visible.width(), visible.yMax() - mmY / 190 * visible.height());
        };
        int insideChecked = 0, outsideChecked = 0;
        const QPoint tl = mmToPx({12, 12}, dpi), br = mmToPx({198, 198}, dpi);
        for (int y = tl.y(); y < br.y(); y += 3) {
            for (int x = tl.x(); x < br.x(); x += 3) {
                const QPointF p = toMap(x, y);
                bool inside = af->projectGeometry.contains(p);
                for (int d = -4; d <= 4 && inside; d += 8)
                    inside = af->projectGeometry.contains(toMap(x + d, y)) && af->projectGeometry.contains(toMap(x, y + d));
                if (inside) {
                    // Inside the district nothing changes.
                    QCOMPARE(veiled.pixel(x, y), plain.pixel(x, y));
                    ++insideChecked;
                    continue;
                }
                if (af->projectGeometry.distance(p) < 4 * unitsPerPx || isWhite(plain.pixel(x, y)))
                    continue;
                // Outside, the neighbouring districts are covered by the page colour at 55 %.
                const QRgb v = veiled.pixel(x, y), o = plain.pixel(x, y);
                QVERIFY2(qBlue(v) >= qBlue(o) + 10 && qGray(v) > qGray(o),
                         qPrintable(u"(%1,%2): %3 vs %4"_s.arg(x).arg(y).arg(v, 0, 16).arg(o, 0, 16)));
                ++outsideChecked;
            }
        }
        QVERIFY2(insideChecked > 50, qPrintable(QString::number(insideChecked)));
        QVERIFY2(outsideChecked > 50, qPrintable(QString::number(outsideChecked)));

        // Hiding the coverage layer leaves this one-layer map empty (and unveiled).
        AtlasSettings atlas;
        atlas.enabled = true;
        atlas.coverageLayerId = DistrictsId;
        atlas.hideCoverageLayer = true;
        layout.setAtlas(atlas);
        map->dimOthersOpacity = 0.55;
        const QImage hidden = LayoutRenderer::renderToImage(layout, context, dpi);
        int nonWhite = 0, nonWhiteBefore = 0;
        for (int y = tl.y(); y < br.y(); y += 5)
            for (int x = tl.x(); x < br.x(); x += 5) {
                nonWhite += !isWhite(hidden.pixel(x, y));
                nonWhiteBefore += !isWhite(plain.pixel(x, y));
            }
        QCOMPARE(nonWhite, 0);
        QVERIFY(nonWhiteBefore > 1000);
    }

    void legendOnlyPresentClasses()
    {
        Project project;
        project.setCrs(Crs::fromEpsg(4326));
        auto zones = openFixture(u"zones.geojson"_s, u"zones"_s, u"Zonas"_s);
        auto points = openFixture(u"points.geojson"_s, u"points"_s, u"Establecimientos"_s);
        QVERIFY(zones && points);
        points->setStyle(kindStyle());
        VectorStyle zoneStyle;
        zoneStyle.renderer = RendererType::Categorized;
        zoneStyle.field = u"code"_s;
        zoneStyle.drawOther = false;
        zoneStyle.drawMissing = false;
        for (const QString &code : {u"Z1"_s, u"Z2"_s}) {
            Category c;
            c.value = code;
            c.label = u"Zona "_s + code;
            zoneStyle.categories.append(c);
        }
        zones->setStyle(zoneStyle);
        project.addLayer(std::move(zones), 0);
        project.addLayer(std::move(points), 0); // on top

        PrintLayout layout(u"Leyendas"_s);
        auto mapItem = std::make_unique<MapItem>();
        mapItem->name = u"Mapa 1"_s;
        mapItem->rectMm = QRectF(10, 10, 100, 100);
        mapItem->extent = Extent(-71.6, -16.5, -71.5, -16.4); // zone 1 exactly (square frame)
        mapItem->visible = false; // the legend needs only its layers and extent
        layout.addItem(std::move(mapItem));
        auto legend = std::make_unique<LegendItem>();
        legend->rectMm = QRectF(120, 10, 80, 150);
        legend->title = u"Leyenda {@atlas_pagename}"_s;
        legend->onlyPresentClasses = true;
        LegendItem *legendPtr = static_cast<LegendItem *>(layout.addItem(std::move(legend)));

        auto entries = [](const QStringList &texts) {
            QStringList out;
            for (const QString &t : texts)
                if (t.startsWith(u"Tipo "_s) || t.startsWith(u"Zona Z"_s))
                    out.append(t);
            out.sort();
            return out;
        };

        LayoutRenderContext context;
        context.project = &project;
        // No atlas: the features inside the map's extent (zone 1's box: A and B;
        // the zones layer: both polygons touch the box).
        QStringList texts = recordTexts(layout, context);
        QCOMPARE(entries(texts), (QStringList{u"Tipo A"_s, u"Tipo B"_s, u"Zona Z1"_s, u"Zona Z2"_s}));
        QVERIFY(texts.contains(u"Establecimientos"_s));

        // Atlas page of zone 2: points C and A intersect it; the coverage layer shows only Z2.
        context.atlasFeature = atlasFeatureFor(project, u"zones"_s, u"code"_s, u"Z2"_s);
        QVERIFY(context.atlasFeature);
        texts = recordTexts(layout, context);
        QCOMPARE(entries(texts), (QStringList{u"Tipo A"_s, u"Tipo C"_s, u"Zona Z2"_s}));
        QVERIFY(texts.contains(u"Leyenda Z2"_s));

        // Atlas page of zone 1: A and B.
        context.atlasFeature = atlasFeatureFor(project, u"zones"_s, u"code"_s, u"Z1"_s);
        texts = recordTexts(layout, context);
        QCOMPARE(entries(texts), (QStringList{u"Tipo A"_s, u"Tipo B"_s, u"Zona Z1"_s}));

        // All classes when not filtering.
        legendPtr->onlyPresentClasses = false;
        texts = recordTexts(layout, context);
        QCOMPARE(entries(texts),
                 (QStringList{u"Tipo A"_s, u"Tipo B"_s, u"Tipo C"_s, u"Tipo D"_s, u"Zona Z1"_s, u"Zona Z2"_s}));
    }

    void attributeTableOnAtlasPage()
    {
        Project project;
        project.setCrs(Crs::fromEpsg(4326));
        auto zones = openFixture(u"zones.geojson"_s, u"zones"_s, u"Zonas"_s);
        auto points = openFixture(u"points.geojson"_s, u"points"_s, u"Establecimientos"_s);
        QVERIFY(zones && points);
        project.addLayer(std::move(zones), 0);
        project.addLayer(std::move(points), 0);
        PrintLayout layout(u"Tabla"_s);
        auto table = std::make_unique<AttributeTableItem>();
        table->rectMm = QRectF(10, 10, 150, 60);
        table->layerId = u"points"_s;
        table->fields = {u"name"_s, u"beds"_s};
        table->sortField = u"beds"_s;
        table->ascending = false;
        AttributeTableItem *tablePtr = static_cast<AttributeTableItem *>(layout.addItem(std::move(table)));
        LayoutRenderContext context;
        context.project = &project;
        context.locale = QLocale(QLocale::Spanish);

        // All five, by beds descending, numbers in the locale's format.
        context.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QStringList texts = recordTexts(layout, context);
        QVERIFY(texts.contains(u"name"_s) && texts.contains(u"beds"_s));
        QVERIFY2(texts.contains(u"1,250"_s), qPrintable(texts.join(u'|')));
        context.locale = QLocale(QLocale::Spanish);
        texts = recordTexts(layout, context);
        QVERIFY2(texts.contains(u"1.250"_s), qPrintable(texts.join(u'|')));
        QVERIFY(!texts.contains(u"1,250"_s));
        QStringList names;
        for (const QString &t : texts)
            if (t.startsWith(u"Posta"_s) || t.startsWith(u"Hospital"_s) || t.startsWith(u"Centro"_s))
                names.append(t);
        QCOMPARE(names, (QStringList{u"Hospital Beta"_s, u"Centro Gamma"_s, u"Posta Alfa"_s, u"Posta Lejana"_s,
                                     u"Posta Delta"_s}));

        // On zone 2's page: Centro Gamma (40) and Posta Delta (3); two rows at most.
        context.atlasFeature = atlasFeatureFor(project, u"zones"_s, u"code"_s, u"Z2"_s);
        tablePtr->maxRows = 1;
        texts = recordTexts(layout, context);
        QVERIFY(texts.contains(u"Centro Gamma"_s));
        QVERIFY(!texts.contains(u"Posta Delta"_s)); // cut by maxRows
        QVERIFY(!texts.contains(u"Hospital Beta"_s));
        QVERIFY(!texts.contains(u"None on this page."_s));

        // A page whose feature holds none of the table's features says so under the
        // header (here: a feature without geometry).
        context.atlasFeature->geometry = Geometry();
        context.atlasFeature->projectGeometry = Geometry();
        texts = recordTexts(layout, context);
        QVERIFY(texts.contains(u"name"_s));
        QVERIFY2(texts.contains(u"None on this page."_s), qPrintable(texts.join(u'|')));
        QVERIFY(!texts.contains(u"Centro Gamma"_s));

        // A missing layer is a warning, not a failure.
        tablePtr->layerId = u"gone"_s;
        LayoutRenderResult result;
        recordTexts(layout, context, &result);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(u"gone"_s));
    }

    void gridAndScaleBarText()
    {
        Project project;
        project.setCrs(Crs::fromEpsg(4326));
        PrintLayout layout(u"Grilla"_s);
        auto mapItem = std::make_unique<MapItem>();
        mapItem->rectMm = QRectF(10, 10, 200, 100);
        mapItem->extent = Extent(-71.6, -16.5, -71.4, -16.4);
        mapItem->grid.enabled = true;
        mapItem->grid.units = MapGrid::Units::Degrees;
        mapItem->grid.interval = 0.05;
        layout.addItem(std::move(mapItem));
        auto bar = std::make_unique<ScaleBarItem>();
        bar->rectMm = QRectF(10, 120, 80, 10);
        bar->style = ScaleBarItem::Style::Numeric;
        layout.addItem(std::move(bar));
        auto bar2 = std::make_unique<ScaleBarItem>();
        bar2->rectMm = QRectF(100, 120, 100, 10);
        bar2->segments = 4;
        layout.addItem(std::move(bar2));
        LayoutRenderContext context;
        context.project = &project;
        context.locale = QLocale(QLocale::Spanish);
        const QStringList texts = recordTexts(layout, context);
        // Meridians every 3' and the parallel of 16°27'S inside the frame.
        QVERIFY2(texts.contains(u"71°33'W"_s) && texts.contains(u"71°30'W"_s) && texts.contains(u"71°27'W"_s),
                 qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(u"16°27'S"_s));
        // 0.2° at 16.45° S over 200 mm: 0.2 * 106 795.5 m / 0.2 m = 1:106.796 (rounded).
        const double s = LayoutRenderer::scale(*layout.mapItem(), context);
        QVERIFY(texts.contains(u"1:"_s + Legend::formatNumber(std::round(s), context.locale, 0)));
        QVERIFY(s > 106700 && s < 106900);
        // Scale bar: 100 mm minus labels (~90 mm) at 1:106 796 = 9.6 km / 4 -> 2 km segments, in km.
        QVERIFY2(texts.contains(u"8"_s) && texts.contains(u"km"_s), qPrintable(texts.join(u'|')));
    }

    void warnings()
    {
        Project project;
        QVERIFY(project.load(demoProject()).has_value());
        PrintLayout layout(u"Avisos"_s);
        auto map = std::make_unique<MapItem>();
        map->name = u"Mapa 1"_s;
        map->rectMm = QRectF(10, 10, 100, 100);
        map->extent = project.viewExtent();
        map->layerIds = {u"no-such-layer"_s, DistrictsId};
        layout.addItem(std::move(map));
        auto picture = std::make_unique<PictureItem>();
        picture->name = u"Logo"_s;
        picture->rectMm = QRectF(150, 10, 40, 30);
        picture->path = u"/nonexistent/logo_municipal.png"_s;
        layout.addItem(std::move(picture));
        auto svg = std::make_unique<PictureItem>();
        svg->rectMm = QRectF(150, 60, 40, 20);
        svg->path = fixture(u"logo.svg"_s);
        layout.addItem(std::move(svg));

        LayoutRenderContext context;
        context.project = &project;
        LayoutRenderResult result;
        const double dpi = 50;
        const QImage image = LayoutRenderer::renderToImage(layout, context, dpi, &result);
        QCOMPARE(result.warnings.size(), 2);
        QVERIFY2(result.warnings.at(0).contains(u"Mapa 1"_s) && result.warnings.at(0).contains(u"no-such-layer"_s),
                 qPrintable(result.warnings.at(0)));
        QVERIFY2(result.warnings.at(1).contains(u"logo_municipal.png"_s), qPrintable(result.warnings.at(1)));
        // The rest of the map is still drawn.
        int filled = 0;
        for (int y = mmToPx({0, 20}, dpi).y(); y < mmToPx({0, 100}, dpi).y(); ++y)
            for (int x = mmToPx({20, 0}, dpi).x(); x < mmToPx({100, 0}, dpi).x(); ++x)
                filled += near(image.pixel(x, y), QColor(0xf4, 0xec, 0xd8), 4);
        QVERIFY(filled > 100);
        // The missing picture shows a grey placeholder; the SVG its red rectangle.
        QVERIFY(near(image.pixel(mmToPx({170, 14}, dpi)), QColor(225, 225, 225), 3));
        QVERIFY(near(image.pixel(mmToPx({170, 70}, dpi)), QColor(0xd0, 0x10, 0x10), 3));
    }

    void cancelAndBadInput()
    {
        PrintLayout layout(u"Nada"_s);
        auto map = std::make_unique<MapItem>();
        map->rectMm = QRectF(10, 10, 100, 100);
        layout.addItem(std::move(map)); // no extent, no project
        auto legend = std::make_unique<LegendItem>();
        legend->rectMm = QRectF(120, 10, 50, 50);
        legend->mapItemId = u"nope"_s;
        layout.addItem(std::move(legend));
        auto bar = std::make_unique<ScaleBarItem>();
        bar->rectMm = QRectF(120, 70, 50, 10);
        layout.addItem(std::move(bar));
        auto table = std::make_unique<AttributeTableItem>();
        table->rectMm = QRectF(120, 90, 50, 10);
        layout.addItem(std::move(table));
        LayoutRenderContext context; // no project at all
        LayoutRenderResult result;
        const QImage image = LayoutRenderer::renderToImage(layout, context, 20, &result);
        QVERIFY(!image.isNull());
        QVERIFY(!result.canceled);
        QVERIFY(!result.warnings.isEmpty());
        QVERIFY(isWhite(image.pixel(2, 2)));

        // Canceled before the first item: only the page is drawn.
        Feedback feedback;
        feedback.cancel();
        context.feedback = &feedback;
        auto label = std::make_unique<LabelItem>();
        label->rectMm = QRectF(0, 0, 297, 210);
        label->background = Qt::black;
        layout.addItem(std::move(label));
        const QImage canceledImage = LayoutRenderer::renderToImage(layout, context, 20, &result);
        QVERIFY(result.canceled);
        QVERIFY(result.warnings.isEmpty());
        QVERIFY(isWhite(canceledImage.pixel(100, 100)));
    }
};

QTEST_MAIN(TestLayoutRenderer)
#include "tst_layoutrenderer.moc"
