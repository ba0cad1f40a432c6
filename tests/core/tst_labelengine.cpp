#include "data/vectorlayer.h"
#include "geometry/geometry.h"
#include "render/labelengine.h"
#include "render/mapexport.h"
#include "render/maprenderjob.h"
#include "style/labeling.h"
#include "style/vectorstyle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace territoria;
using namespace Qt::StringLiterals;

namespace {

// A GeoJSON file in EPSG:32719 with features {"name": ..., "code": ...}.
struct Feat {
    QString name;
    QString code;
    QString geometry; // GeoJSON geometry object
};

QString writeLayer(const QTemporaryDir &dir, const QString &file, const QList<Feat> &features)
{
    const QString path = dir.filePath(file);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QString json = u"{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                   "\"urn:ogc:def:crs:EPSG::32719\"}},\"features\":["_s;
    for (qsizetype i = 0; i < features.size(); ++i) {
        if (i)
            json += u","_s;
        json += u"{\"type\":\"Feature\",\"properties\":{\"name\":\"%1\",\"code\":\"%2\"},\"geometry\":%3}"_s.arg(
            features[i].name, features[i].code, features[i].geometry);
    }
    json += u"]}"_s;
    f.write(json.toUtf8());
    return path;
}

QString point(double x, double y)
{
    return u"{\"type\":\"Point\",\"coordinates\":[%1,%2]}"_s.arg(x, 0, 'f', 3).arg(y, 0, 'f', 3);
}

std::unique_ptr<VectorLayer> openVector(const QString &path)
{
    auto layer = VectorLayer::open(path);
    if (!layer) {
        qWarning() << layer.error().toString();
        return nullptr;
    }
    return std::move(*layer);
}

// 400 x 400 px over 1 km: 2.5 m per pixel, 1:9449 at 96 dpi.
MapSettings settings()
{
    MapSettings ms;
    ms.setDestinationCrs(Crs::fromEpsg(32719));
    ms.setExtent(Extent(300000, 8200000, 301000, 8201000));
    ms.setOutputSize(QSize(400, 400));
    ms.setDpi(96);
    ms.setBackgroundColor(Qt::white);
    return ms;
}

LabelSettings labels(const QString &text)
{
    LabelSettings l;
    l.enabled = true;
    l.text = text;
    l.fontSizePt = 10;
    return l;
}

void setLabels(VectorLayer &layer, const LabelSettings &l, bool invisibleSymbol = false)
{
    VectorStyle s = layer.style();
    s.labeling = l;
    if (invisibleSymbol) {
        s.fillColor = Qt::transparent;
        s.strokeStyle = Qt::NoPen;
    }
    layer.setStyle(s);
}

bool anyOverlap(const QList<PlacedLabel> &placed)
{
    for (qsizetype i = 0; i < placed.size(); ++i)
        for (qsizetype j = i + 1; j < placed.size(); ++j)
            if (placed[i].box.intersects(placed[j].box))
                return true;
    return false;
}

} // namespace

class TestLabelEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textTemplate()
    {
        const Fields fields{Field{u"NOMBDIST"_s}, Field{u"IDDIST"_s}, Field{u"AREA"_s, FieldType::Real}};
        LabelTextTemplate plain(u"nombdist"_s, fields); // case-insensitive like Fields::indexOf
        QVERIFY(plain.isValid());
        QCOMPARE(plain.fieldIndexes(), QList<int>{0});
        QCOMPARE(plain.evaluate({u"Yanahuara"_s, u"040126"_s, 2.2}), u"Yanahuara"_s);

        LabelTextTemplate t(u"{NOMBDIST} ({IDDIST})"_s, fields);
        QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
        QCOMPARE(t.fieldIndexes(), (QList<int>{0, 1}));
        QCOMPARE(t.evaluate({u"Cayma"_s, u"040103"_s, QVariant()}), u"Cayma (040103)"_s);
        QCOMPARE(t.evaluate({u"Cayma"_s, QVariant(), QVariant()}), u"Cayma ()"_s);
        QCOMPARE(t.evaluate({QVariant(), QVariant(), QVariant()}), u"()"_s);

        LabelTextTemplate braces(u"{{{AREA}}} km²"_s, fields);
        QVERIFY2(braces.isValid(), qPrintable(braces.errorMessage()));
        QCOMPARE(braces.evaluate({QVariant(), QVariant(), 12.5}), u"{12.5} km²"_s);
        // Only NULLs and literals that are blank: no label.
        LabelTextTemplate onlyField(u" {AREA} "_s, fields);
        QCOMPARE(onlyField.evaluate({QVariant(), QVariant(), QVariant()}), QString());

        QVERIFY(!LabelTextTemplate(u"POBLACION"_s, fields).isValid());
        QVERIFY(LabelTextTemplate(u"POBLACION"_s, fields).errorMessage().contains(u"POBLACION"_s));
        QVERIFY(!LabelTextTemplate(u"{NOMBDIST"_s, fields).isValid());
        QVERIFY(!LabelTextTemplate(u"NOMBDIST}"_s, fields).isValid());
        QVERIFY(!LabelTextTemplate(u"{X}"_s, fields).isValid());
        QVERIFY(!LabelTextTemplate(QString(), fields).isValid());
    }

    void jsonRoundTrip()
    {
        VectorStyle s;
        QVERIFY(!s.labeling.enabled);
        QVERIFY(!s.toJson().contains(u"labeling"_s)); // existing projects' JSON is unchanged
        QCOMPARE(VectorStyle::fromJson(s.toJson()).labeling, LabelSettings());

        s.labeling.enabled = true;
        s.labeling.text = u"{NOMBDIST} ({IDDIST})"_s;
        s.labeling.fontFamily = u"DejaVu Sans"_s;
        s.labeling.fontSizePt = 11.5;
        s.labeling.bold = true;
        s.labeling.color = QColor(10, 20, 30, 200);
        s.labeling.haloColor = QColor(250, 240, 230);
        s.labeling.haloWidthMm = 0.8;
        s.labeling.minScaleDenominator = 1000;
        s.labeling.maxScaleDenominator = 250000;
        s.labeling.insidePolygonOnly = true;
        const QJsonObject json = s.toJson();
        QVERIFY(json.value(u"labeling"_s).isObject());
        // Through text, as the project file stores it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(VectorStyle::fromJson(reread).labeling, s.labeling);
        QCOMPARE(VectorStyle::fromJson(reread), s);

        // Categorized styles carry it too.
        VectorStyle c = VectorStyle::categorized(s, u"kind"_s, {u"a"_s, u"b"_s});
        c.labeling = s.labeling;
        QCOMPARE(VectorStyle::fromJson(c.toJson()).labeling, s.labeling);

        // Missing keys keep defaults; bad values are ignored.
        const LabelSettings partial = LabelSettings::fromJson(
            QJsonObject{{u"enabled"_s, true}, {u"text"_s, u"name"_s}, {u"fontSizePt"_s, -3}, {u"color"_s, u"nonsense"_s}});
        QVERIFY(partial.enabled);
        QCOMPARE(partial.text, u"name"_s);
        QCOMPARE(partial.fontSizePt, LabelSettings().fontSizePt);
        QCOMPARE(partial.color, LabelSettings().color);
    }

    void scaleRangeLogic()
    {
        LabelSettings l;
        QVERIFY(l.isVisibleAtScale(5000));
        l.maxScaleDenominator = 50000;
        QVERIFY(l.isVisibleAtScale(50000));
        QVERIFY(!l.isVisibleAtScale(50001));
        l.minScaleDenominator = 1000;
        QVERIFY(!l.isVisibleAtScale(999));
        QVERIFY(l.isVisibleAtScale(1000));
    }

    void offByDefault()
    {
        QTemporaryDir dir;
        auto layer = openVector(writeLayer(dir, u"p.geojson"_s, {{u"Uno"_s, u"1"_s, point(300500, 8200500)}}));
        QVERIFY(layer);
        LabelSettings l = labels(u"name"_s);
        l.enabled = false;
        setLabels(*layer, l);
        MapRenderJob job(settings(), {layer.get()});
        job.renderToImage();
        QVERIFY(job.errors().isEmpty());
        QVERIFY(job.placedLabels().isEmpty());
    }

    void pointLabelUpperRight()
    {
        QTemporaryDir dir;
        auto layer = openVector(writeLayer(dir, u"p.geojson"_s, {{u"Uno"_s, u"1"_s, point(300500, 8200500)}}));
        QVERIFY(layer);
        setLabels(*layer, labels(u"name"_s));
        const MapSettings ms = settings();
        MapRenderJob job(ms, {layer.get()});
        job.renderToImage();
        QVERIFY(job.errors().isEmpty());
        const QList<PlacedLabel> placed = job.placedLabels();
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed[0].text, u"Uno"_s);
        const QPointF anchor = ms.mapToPixel().map(QPointF(300500, 8200500));
        QVERIFY2(placed[0].box.left() > anchor.x() && placed[0].box.bottom() < anchor.y(),
                 qPrintable(u"box %1,%2 %3x%4"_s.arg(placed[0].box.x()).arg(placed[0].box.y())
                                .arg(placed[0].box.width()).arg(placed[0].box.height())));
        // 10 pt at 96 dpi: 13 px text plus the halo.
        QVERIFY(placed[0].box.height() > 13 && placed[0].box.height() < 30);
        // At 192 dpi the label is twice as big (in pixels).
        MapSettings big = ms;
        big.setOutputSize(QSize(800, 800));
        big.setDpi(192);
        MapRenderJob job2(big, {layer.get()});
        job2.renderToImage();
        QCOMPARE(job2.placedLabels().size(), 1);
        QVERIFY(std::abs(job2.placedLabels()[0].box.height() / placed[0].box.height() - 2) < 0.15);
    }

    void overlappingPointLabels()
    {
        QTemporaryDir dir;
        // Two points 2.5 m (1 px) apart: their first candidates collide.
        auto layer = openVector(writeLayer(dir, u"p.geojson"_s,
                                           {{u"Alfa"_s, u"1"_s, point(300500, 8200500)},
                                            {u"Bravo"_s, u"2"_s, point(300502.5, 8200500)}}));
        QVERIFY(layer);
        setLabels(*layer, labels(u"name"_s));
        MapRenderJob job(settings(), {layer.get()});
        job.renderToImage();
        const QList<PlacedLabel> placed = job.placedLabels();
        QCOMPARE(placed.size(), 2); // the second takes another of its 8 positions
        QVERIFY(!anyOverlap(placed));
        QCOMPARE(placed[0].text, u"Alfa"_s); // feature order within a layer

        // A crowd of 40 points in 50 x 50 m: not all fit; those drawn never overlap.
        QList<Feat> crowd;
        for (int i = 0; i < 40; ++i)
            crowd.append(Feat{u"Etiqueta %1"_s.arg(i), QString::number(i),
                              point(300500 + (i % 7) * 7.0, 8200500 + (i / 7) * 9.0)});
        auto many = openVector(writeLayer(dir, u"crowd.geojson"_s, crowd));
        QVERIFY(many);
        setLabels(*many, labels(u"name"_s));
        MapRenderJob job2(settings(), {many.get()});
        const QImage crowdImage = job2.renderToImage();
        if (const QByteArray out = qgetenv("TERRITORIA_LABEL_TEST_OUT"); !out.isEmpty())
            crowdImage.save(QString::fromLocal8Bit(out) + u"/crowd.png"_s);
        const QList<PlacedLabel> p2 = job2.placedLabels();
        QVERIFY(p2.size() >= 4);
        QVERIFY2(p2.size() < 40, qPrintable(QString::number(p2.size())));
        QVERIFY(!anyOverlap(p2));
        for (const PlacedLabel &l : p2)
            QVERIFY(QRectF(0, 0, 400, 400).contains(l.box));
    }

    void higherLayerWins()
    {
        QTemporaryDir dir;
        auto bottom = openVector(writeLayer(dir, u"b.geojson"_s, {{u"Abajo"_s, u"1"_s, point(300500, 8200500)}}));
        auto top = openVector(writeLayer(dir, u"t.geojson"_s, {{u"Arriba"_s, u"2"_s, point(300500, 8200500)}}));
        QVERIFY(bottom && top);
        setLabels(*bottom, labels(u"name"_s));
        setLabels(*top, labels(u"name"_s));
        const MapSettings ms = settings();
        MapRenderJob job(ms, {top.get(), bottom.get()}); // top first
        job.renderToImage();
        const QList<PlacedLabel> placed = job.placedLabels();
        QCOMPARE(placed.size(), 2);
        QCOMPARE(placed[0].text, u"Arriba"_s);
        const QPointF anchor = ms.mapToPixel().map(QPointF(300500, 8200500));
        QVERIFY(placed[0].box.left() > anchor.x() && placed[0].box.bottom() < anchor.y()); // its preferred spot
        QVERIFY(!(placed[1].box.left() > anchor.x() && placed[1].box.bottom() < anchor.y()));
        QVERIFY(!anyOverlap(placed));
    }

    void polygonLabelInside()
    {
        // A U shape whose bounding-box centre and centroid are outside it: the
        // label must sit in one of the arms, inside the polygon.
        const QString wkt = u"POLYGON((300100 8200100,300900 8200100,300900 8200900,300700 8200900,300700 8200300,"
                            "300300 8200300,300300 8200900,300100 8200900,300100 8200100))"_s;
        const QString geojson = u"{\"type\":\"Polygon\",\"coordinates\":[[[300100,8200100],[300900,8200100],"
                                "[300900,8200900],[300700,8200900],[300700,8200300],[300300,8200300],"
                                "[300300,8200900],[300100,8200900],[300100,8200100]]]}"_s;
        QTemporaryDir dir;
        auto layer = openVector(writeLayer(dir, u"u.geojson"_s, {{u"Yanahuara"_s, u"040126"_s, geojson}}));
        QVERIFY(layer);
        setLabels(*layer, labels(u"{name} ({code})"_s));
        const MapSettings ms = settings();
        MapRenderJob job(ms, {layer.get()});
        const QImage image = job.renderToImage();
        if (const QByteArray out = qgetenv("TERRITORIA_LABEL_TEST_OUT"); !out.isEmpty())
            image.save(QString::fromLocal8Bit(out) + u"/polygon.png"_s);
        QVERIFY(job.errors().isEmpty());
        const QList<PlacedLabel> placed = job.placedLabels();
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed[0].text, u"Yanahuara (040126)"_s);
        QVERIFY(placed[0].insidePolygon);
        auto polygon = Geometry::fromWkt(wkt);
        QVERIFY(polygon.has_value());
        const QRectF b = placed[0].box;
        for (const QPointF &corner : {b.topLeft(), b.topRight(), b.bottomLeft(), b.bottomRight(), b.center()})
            QVERIFY2(polygon->contains(ms.pixelToMap(corner)),
                     qPrintable(u"%1 %2"_s.arg(corner.x()).arg(corner.y())));

        // A polygon too small for its label: outside is accepted unless forbidden.
        const QString tiny = u"{\"type\":\"Polygon\",\"coordinates\":[[[300500,8200500],[300510,8200500],"
                             "[300510,8200510],[300500,8200510],[300500,8200500]]]}"_s;
        auto small = openVector(writeLayer(dir, u"tiny.geojson"_s, {{u"Pequeño"_s, u"1"_s, tiny}}));
        QVERIFY(small);
        LabelSettings l = labels(u"name"_s);
        setLabels(*small, l);
        MapRenderJob job2(ms, {small.get()});
        job2.renderToImage();
        QCOMPARE(job2.placedLabels().size(), 1);
        QVERIFY(!job2.placedLabels()[0].insidePolygon);
        l.insidePolygonOnly = true;
        setLabels(*small, l);
        MapRenderJob job3(ms, {small.get()});
        job3.renderToImage();
        QVERIFY(job3.placedLabels().isEmpty());
    }

    void lineLabelAtMidpoint()
    {
        QTemporaryDir dir;
        const QString line = u"{\"type\":\"LineString\",\"coordinates\":[[300100,8200500],[300500,8200500],"
                             "[300700,8200500]]}"_s;
        auto layer = openVector(writeLayer(dir, u"l.geojson"_s, {{u"Av. Ejército"_s, u"1"_s, line}}));
        QVERIFY(layer);
        setLabels(*layer, labels(u"name"_s));
        const MapSettings ms = settings();
        MapRenderJob job(ms, {layer.get()});
        job.renderToImage();
        QCOMPARE(job.placedLabels().size(), 1);
        const QPointF mid = ms.mapToPixel().map(QPointF(300400, 8200500));
        const QPointF c = job.placedLabels()[0].box.center();
        QVERIFY2(std::abs(c.x() - mid.x()) < 1 && std::abs(c.y() - mid.y()) < 1,
                 qPrintable(u"%1,%2 vs %3,%4"_s.arg(c.x()).arg(c.y()).arg(mid.x()).arg(mid.y())));
    }

    void scaleRangeHidesLabels()
    {
        QTemporaryDir dir;
        auto layer = openVector(writeLayer(dir, u"p.geojson"_s, {{u"Uno"_s, u"1"_s, point(300500, 8200500)}}));
        QVERIFY(layer);
        const MapSettings ms = settings();
        const double scale = ms.scale();
        QVERIFY(scale > 9000 && scale < 10000);
        LabelSettings l = labels(u"name"_s);
        l.enabled = false;
        setLabels(*layer, l);
        MapRenderJob plainJob(ms, {layer.get()});
        const QImage plain = plainJob.renderToImage();

        l.enabled = true;
        l.maxScaleDenominator = 5000; // zoomed out beyond 1:5000: hidden
        setLabels(*layer, l);
        MapRenderJob hidden(ms, {layer.get()});
        QCOMPARE(hidden.renderToImage(), plain);
        QVERIFY(hidden.placedLabels().isEmpty());

        l.maxScaleDenominator = 0;
        l.minScaleDenominator = 20000; // zoomed in beyond 1:20000: hidden
        setLabels(*layer, l);
        MapRenderJob hidden2(ms, {layer.get()});
        QCOMPARE(hidden2.renderToImage(), plain);

        l.minScaleDenominator = 5000;
        l.maxScaleDenominator = 20000;
        setLabels(*layer, l);
        MapRenderJob shown(ms, {layer.get()});
        QVERIFY(shown.renderToImage() != plain);
        QCOMPARE(shown.placedLabels().size(), 1);
    }

    void haloPixels()
    {
        QTemporaryDir dir;
        auto layer = openVector(writeLayer(dir, u"p.geojson"_s, {{u"HALO"_s, u"1"_s, point(300500, 8200500)}}));
        QVERIFY(layer);
        LabelSettings l = labels(u"name"_s);
        l.fontSizePt = 14;
        l.color = Qt::black;
        l.haloColor = QColor(255, 0, 0);
        l.haloWidthMm = 0.5;
        setLabels(*layer, l, true);
        const MapSettings ms = settings();
        auto count = [](const QImage &img, const QRectF &box) {
            int red = 0, dark = 0;
            for (int y = int(box.top()); y <= int(box.bottom()); ++y)
                for (int x = int(box.left()); x <= int(box.right()); ++x) {
                    const QRgb c = img.pixel(x, y);
                    if (qRed(c) > 200 && qGreen(c) < 60 && qBlue(c) < 60)
                        ++red;
                    if (qRed(c) < 60 && qGreen(c) < 60 && qBlue(c) < 60)
                        ++dark;
                }
            return std::pair{red, dark};
        };
        for (bool sync : {false, true}) {
            MapRenderJob job(ms, {layer.get()});
            QImage img;
            if (sync) {
                img = QImage(ms.outputSize(), QImage::Format_ARGB32_Premultiplied);
                QPainter p(&img);
                job.renderSynchronously(&p);
            } else {
                img = job.renderToImage();
            }
            QCOMPARE(job.placedLabels().size(), 1);
            const auto [red, dark] = count(img, job.placedLabels()[0].box);
            QVERIFY2(red > 20 && dark > 20, qPrintable(u"red %1 dark %2"_s.arg(red).arg(dark)));
            // Nothing drawn outside the label's box (the marker is invisible).
            const auto [redAll, darkAll] = count(img, QRectF(0, 0, 399, 399));
            QCOMPARE(redAll, red);
            QCOMPARE(darkAll, dark);
        }
        l.haloEnabled = false;
        setLabels(*layer, l, true);
        MapRenderJob noHalo(ms, {layer.get()});
        const QImage img = noHalo.renderToImage();
        QCOMPARE(noHalo.placedLabels().size(), 1);
        const auto [red, dark] = count(img, noHalo.placedLabels()[0].box);
        QCOMPARE(red, 0);
        QVERIFY(dark > 20);
    }

    void tilesAndSynchronousAgree()
    {
        QTemporaryDir dir;
        QList<Feat> feats;
        for (int i = 0; i < 12; ++i)
            feats.append(Feat{u"P%1"_s.arg(i), QString::number(i), point(300100 + i * 60.0, 8200150 + i * 60.0)});
        auto layer = openVector(writeLayer(dir, u"p.geojson"_s, feats));
        QVERIFY(layer);
        setLabels(*layer, labels(u"name"_s));
        const MapSettings ms = settings();
        MapRenderJob parallel(ms, {layer.get()});
        parallel.renderToImage();
        QImage img(ms.outputSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        MapRenderJob sync(ms, {layer.get()});
        sync.renderSynchronously(&p);
        p.end();
        qputenv("TERRITORIA_RENDER_TILES", "4");
        MapRenderJob tiled(ms, {layer.get()});
        tiled.renderToImage();
        qunsetenv("TERRITORIA_RENDER_TILES");
        auto texts = [](const QList<PlacedLabel> &placed) {
            QStringList t;
            for (const PlacedLabel &l : placed)
                t.append(l.text);
            return t;
        };
        QCOMPARE(parallel.placedLabels().size(), 12);
        QCOMPARE(texts(sync.placedLabels()), texts(parallel.placedLabels()));
        QCOMPARE(texts(tiled.placedLabels()), texts(parallel.placedLabels()));
        for (qsizetype i = 0; i < 12; ++i)
            QVERIFY((tiled.placedLabels()[i].box.center() - parallel.placedLabels()[i].box.center()).manhattanLength()
                    < 0.01);
    }

    void pdfHasLabelText()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString square = u"{\"type\":\"Polygon\",\"coordinates\":[[[300200,8200200],[300800,8200200],"
                               "[300800,8200800],[300200,8200800],[300200,8200200]]]}"_s;
        auto layer = openVector(writeLayer(dir, u"d.geojson"_s, {{u"Yanahuara"_s, u"040126"_s, square}}));
        QVERIFY(layer);
        setLabels(*layer, labels(u"{name} ({code})"_s));
        const QString pdf = dir.filePath(u"map.pdf"_s);
        auto result = exportMap(settings(), {layer.get()}, pdf);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
        QProcess proc;
        proc.start(pdftotext, {pdf, u"-"_s});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 0);
        const QString text = QString::fromUtf8(proc.readAllStandardOutput());
        QVERIFY2(text.contains(u"Yanahuara (040126)"_s), qPrintable(text));

        // Off: no text in the PDF.
        LabelSettings off = labels(u"name"_s);
        off.enabled = false;
        setLabels(*layer, off);
        const QString pdf2 = dir.filePath(u"map2.pdf"_s);
        QVERIFY(exportMap(settings(), {layer.get()}, pdf2).has_value());
        QProcess proc2;
        proc2.start(pdftotext, {pdf2, u"-"_s});
        QVERIFY(proc2.waitForFinished(30000));
        QVERIFY(!QString::fromUtf8(proc2.readAllStandardOutput()).contains(u"Yanahuara"_s));
    }
};

QTEST_MAIN(TestLabelEngine)
#include "tst_labelengine.moc"
