// territoria-cli, driven through QProcess: info (text and JSON) against
// ogrinfo/gdalinfo facts, render to PNG/PDF/SVG, exit codes and messages.
#include "clirunner.h"

#include <QColor>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

using clitest::describe;
using clitest::Run;

Run runCli(const QStringList &arguments)
{
    return clitest::runCli(arguments, 180000);
}

QString corpus(const QString &relative)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/corpus/"_s + relative;
}

QString demoProject()
{
    return QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/arequipa.territoria"_s;
}

QJsonObject layerNamed(const QJsonArray &layers, const QString &name)
{
    for (const QJsonValue &v : layers) {
        if (v.toObject().value("name"_L1).toString() == name)
            return v.toObject();
    }
    return {};
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

bool extentNear(const QJsonValue &value, std::array<double, 4> expected, double tolerance)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 4)
        return false;
    for (int i = 0; i < 4; ++i) {
        if (!near(a[i].toDouble(), expected[static_cast<size_t>(i)], tolerance))
            return false;
    }
    return true;
}

// Share of pixels within `tolerance` of `color` (per channel).
double shareOf(const QImage &image, const QColor &color, int tolerance = 12)
{
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    qint64 hits = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = line[x];
            if (std::abs(qRed(p) - color.red()) <= tolerance && std::abs(qGreen(p) - color.green()) <= tolerance
                && std::abs(qBlue(p) - color.blue()) <= tolerance)
                ++hits;
        }
    }
    return double(hits) / (double(img.width()) * img.height());
}

int distinctColors(const QImage &image)
{
    QSet<QRgb> colors;
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            colors.insert(img.pixel(x, y));
    return int(colors.size());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void badArguments_data();
    void badArguments();
    void infoText();
    void infoJson();
    void infoMissingFile();
    void renderDemoPng();
    void renderDemoPdf();
    void renderDemoSvg();
    void renderLayersWithOptions();
    void renderBadValues_data();
    void renderBadValues();
    void renderFailures();
    void algorithmsJson();
    void runBadParameters_data();
    void runBadParameters();
    void runZonalStatistics();
    void runJoinTable();
    void layoutList();
    void layoutExportPdf();
    void layoutExportAtlas();
    void layoutSplitBy();
    void layoutBadArguments_data();
    void layoutBadArguments();

private:
    QTemporaryDir m_tmp;
};

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(TERRITORIA_CLI)));
    QVERIFY(m_tmp.isValid());
}

void TestCli::helpAndVersion()
{
    Run run = runCli({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QRegularExpression(u"territoria-cli \\d+\\.\\d+\\.\\d+"_s)));

    run = runCli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"info"_s));
    QVERIFY(run.out.contains(u"render"_s));

    run = runCli({u"render"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"--extent"_s) && run.out.contains(u"--crs"_s), qPrintable(describe(run)));

    run = runCli({u"info"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"--json"_s));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention"); // what stderr must mention

    QTest::newRow("nothing") << QStringList{} << u"Usage"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown global option") << QStringList{u"--frob"_s} << u"--frob"_s;
    QTest::newRow("info unknown option") << QStringList{u"info"_s, u"--frob"_s, corpus(u"crs/NY8_utm18.shp"_s)}
                                         << u"frob"_s;
    QTest::newRow("info without path") << QStringList{u"info"_s} << u"PATH"_s;
    QTest::newRow("render without out") << QStringList{u"render"_s, demoProject()} << u"--out"_s;
    QTest::newRow("render without input") << QStringList{u"render"_s, u"--out"_s, u"x.png"_s} << u"project"_s;
    QTest::newRow("render unknown option")
        << QStringList{u"render"_s, demoProject(), u"--out"_s, u"x.png"_s, u"--zoom"_s, u"3"_s} << u"zoom"_s;
    QTest::newRow("render option without value") << QStringList{u"render"_s, demoProject(), u"--out"_s} << u"out"_s;
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(mention), qPrintable(describe(run)));
}

void TestCli::infoText()
{
    const Run run = runCli({u"info"_s, corpus(u"crs/NY8_utm18.shp"_s), corpus(u"raster/tenbytenraster.asc"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    // ogrinfo -so -al NY8_utm18.shp
    QVERIFY2(run.out.contains(u"Layer: NY8_utm18"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Kind: vector"_s));
    QVERIFY(run.out.contains(u"Features: 281"_s));
    QVERIFY(run.out.contains(u"Geometry: Polygon"_s));
    QVERIFY(run.out.contains(u"AREANAME: String"_s));
    QVERIFY(run.out.contains(u"POP8: Real"_s));
    QVERIFY(run.out.contains(u"Extent: 358241.917158, 4649755.395748, 480393.111655, 4808545.206170"_s));
    // gdalinfo tenbytenraster.asc: 10x10 Float32, NoData -9999, no CRS
    QVERIFY(run.out.contains(u"Kind: raster"_s));
    QVERIFY(run.out.contains(u"Size: 10 x 10"_s));
    QVERIFY(run.out.contains(u"Bands: 1"_s));
    QVERIFY(run.out.contains(u"Data type: Float32"_s));
    QVERIFY(run.out.contains(u"NoData: -9999"_s));
    QVERIFY(run.out.contains(u"CRS: none"_s));
    // NY8_utm18.prj is an ESRI WKT ("D_unknown" datum) that GDAL identifies as
    // EPSG:32618 (gdalsrsinfo -e); the authority code is what must be shown.
    QVERIFY2(run.out.contains(u"CRS: EPSG:32618"_s), qPrintable(run.out.left(400)));
}

void TestCli::infoJson()
{
    const Run run = runCli({u"info"_s, u"--json"_s, corpus(u"crs/NY8_utm18.shp"_s), corpus(u"raster/tenbytenraster.asc"_s),
                            corpus(u"formats/mixed_layers.gpkg"_s), corpus(u"raster/terra_elev.tif"_s),
                            corpus(u"formats/nospatial.gpkg"_s), corpus(u"raster/byte_with_nan_nodata.tif"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + run.out));
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().keys(), QStringList{u"layers"_s});
    const QJsonArray layers = doc.object().value("layers"_L1).toArray();
    QCOMPARE(layers.size(), 7); // mixed_layers.gpkg has two tables

    // ogrinfo -so -al crs/NY8_utm18.shp
    const QJsonObject ny8 = layerNamed(layers, u"NY8_utm18"_s);
    QCOMPARE(ny8.value("source"_L1).toString(), QFileInfo(corpus(u"crs/NY8_utm18.shp"_s)).absoluteFilePath());
    QCOMPARE(ny8.value("kind"_L1).toString(), u"vector"_s);
    QCOMPARE(ny8.value("feature_count"_L1).toInteger(), 281);
    QCOMPARE(ny8.value("geometry_type"_L1).toString(), u"Polygon"_s);
    QVERIFY(extentNear(ny8.value("extent"_L1), {358241.917158, 4649755.395748, 480393.111655, 4808545.206170}, 1e-4));
    const QJsonArray fields = ny8.value("fields"_L1).toArray();
    QCOMPARE(fields.size(), 17);
    QCOMPARE(fields.at(0).toObject().value("name"_L1).toString(), u"AREANAME"_s);
    QCOMPARE(fields.at(0).toObject().value("type"_L1).toString(), u"String"_s);
    QCOMPARE(fields.at(4).toObject().value("name"_L1).toString(), u"POP8"_s);
    QCOMPARE(fields.at(4).toObject().value("type"_L1).toString(), u"Real"_s);
    for (const char *key : {"width", "height", "bands", "data_type", "nodata"})
        QVERIFY2(!ny8.contains(QLatin1StringView(key)), key);

    // gdalinfo raster/tenbytenraster.asc: no CRS at all
    const QJsonObject grid = layerNamed(layers, u"tenbytenraster"_s);
    QCOMPARE(grid.value("kind"_L1).toString(), u"raster"_s);
    QVERIFY(grid.contains("crs"_L1));
    QVERIFY(grid.value("crs"_L1).isNull());
    QCOMPARE(grid.value("width"_L1).toInt(), 10);
    QCOMPARE(grid.value("height"_L1).toInt(), 10);
    QCOMPARE(grid.value("bands"_L1).toInt(), 1);
    QCOMPARE(grid.value("data_type"_L1).toString(), u"Float32"_s);
    QCOMPARE(grid.value("nodata"_L1).toDouble(), -9999.0);
    QVERIFY(extentNear(grid.value("extent"_L1), {1535375, 5083255, 1535475, 5083355}, 1e-6));
    for (const char *key : {"feature_count", "geometry_type", "fields"})
        QVERIFY2(!grid.contains(QLatin1StringView(key)), key);

    // ogrinfo formats/mixed_layers.gpkg: "1: points (Point)", "2: lines (Multi Line String)"
    const QJsonObject points = layerNamed(layers, u"points"_s);
    const QJsonObject lines = layerNamed(layers, u"lines"_s);
    QCOMPARE(points.value("geometry_type"_L1).toString(), u"Point"_s);
    QCOMPARE(lines.value("geometry_type"_L1).toString(), u"Multi Line String"_s);
    QVERIFY(points.value("source"_L1).toString().endsWith(u"mixed_layers.gpkg"_s));

    // gdalinfo raster/terra_elev.tif
    const QJsonObject dem = layerNamed(layers, u"terra_elev"_s);
    QCOMPARE(dem.value("crs"_L1).toString(), u"EPSG:4326"_s);
    QCOMPARE(dem.value("width"_L1).toInt(), 95);
    QCOMPARE(dem.value("height"_L1).toInt(), 90);
    QCOMPARE(dem.value("data_type"_L1).toString(), u"Int16"_s);
    QCOMPARE(dem.value("nodata"_L1).toDouble(), -32768.0);
    QVERIFY(extentNear(dem.value("extent"_L1), {5.7416667, 49.4416667, 6.5333333, 50.1916667}, 1e-6));

    // A table without geometry: no extent.
    const QJsonObject table = layerNamed(layers, u"nospatial"_s);
    QCOMPARE(table.value("geometry_type"_L1).toString(), u"None"_s);
    QVERIFY(!table.contains("extent"_L1));

    // NaN nodata (no JSON number for it): the text "nan".
    const QJsonObject nan = layerNamed(layers, u"byte_with_nan_nodata"_s);
    QCOMPARE(nan.value("crs"_L1).toString(), u"EPSG:26711"_s);
    QCOMPARE(nan.value("data_type"_L1).toString(), u"Byte"_s);
    QCOMPARE(nan.value("nodata"_L1).toString(), u"nan"_s);

    // Identified as gdalsrsinfo -e does (an ESRI .prj without authority code).
    QCOMPARE(ny8.value("crs"_L1).toString(), u"EPSG:32618"_s);
}

void TestCli::infoMissingFile()
{
    const QString missing = m_tmp.path() + u"/no/such/layer.shp"_s;
    Run run = runCli({u"info"_s, missing});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(missing), qPrintable(describe(run)));

    // The readable files are still described, the exit status still says failure.
    run = runCli({u"info"_s, u"--json"_s, corpus(u"crs/NY8_utm18.shp"_s), missing});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY(run.err.contains(missing));
    const QJsonArray layers = QJsonDocument::fromJson(run.out.toUtf8()).object().value("layers"_L1).toArray();
    QCOMPARE(layers.size(), 1);
}

void TestCli::renderDemoPng()
{
    const QString out = m_tmp.path() + u"/demo.png"_s;
    const Run run = runCli({u"render"_s, demoProject(), u"--out"_s, out, u"--size"_s, u"800x600"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains(u"demo.png"_s));
    QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(800, 600));
    QVERIFY(distinctColors(image) > 8);
    // The districts (fill #f4ecd8) cover much of the province view, reprojected
    // to UTM 19S; the background (white) shows around them.
    const double districts = shareOf(image, QColor(0xf4, 0xec, 0xd8), 6);
    const double white = shareOf(image, Qt::white, 3);
    QVERIFY2(districts > 0.25, qPrintable(QString::number(districts)));
    QVERIFY2(white > 0.02, qPrintable(QString::number(white)));
    // Bus stops (blue) and hospitals (red) are drawn on top.
    QVERIFY(shareOf(image, QColor(0xe3, 0x1a, 0x1c), 40) > 0.0);
    QVERIFY(shareOf(image, QColor(0x1f, 0x78, 0xb4), 60) > 0.0);
}

void TestCli::renderDemoPdf()
{
    const QString out = m_tmp.path() + u"/demo.pdf"_s;
    const Run run = runCli({u"render"_s, demoProject(), u"--out"_s, out, u"--size"_s, u"1000x700"_s, u"--dpi"_s, u"150"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));

    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdfinfo.isEmpty())
        return;
    QProcess info;
    info.start(pdfinfo, {out});
    QVERIFY(info.waitForFinished(30000));
    QCOMPARE(info.exitCode(), 0);
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QRegularExpression(u"Pages:\\s+1\\b"_s)), qPrintable(text));
    // 1000x700 px at 150 dpi = 480 x 336 pt.
    const auto m = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    QVERIFY2(near(m.captured(1).toDouble(), 480, 2) && near(m.captured(2).toDouble(), 336, 2), qPrintable(text));
}

void TestCli::renderDemoSvg()
{
    const QString out = m_tmp.path() + u"/demo.svg"_s;
    const Run run = runCli({u"render"_s, demoProject(), u"--out"_s, out, u"--size"_s, u"640x480"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    int shapes = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            const auto name = xml.name();
            if (name == "path"_L1 || name == "polygon"_L1 || name == "polyline"_L1 || name == "image"_L1)
                ++shapes;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, u"svg"_s);
    QVERIFY2(shapes > 10, qPrintable(QString::number(shapes)));
}

void TestCli::renderLayersWithOptions()
{
    // Layers instead of a project, drawn in another CRS and a given extent.
    const QString out = m_tmp.path() + u"/ny8.png"_s;
    Run run = runCli({u"render"_s, corpus(u"crs/NY8_utm18.shp"_s), u"--out"_s, out, u"--size"_s, u"400x300"_s,
                      u"--crs"_s, u"EPSG:4326"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QImage image(out);
    QCOMPARE(image.size(), QSize(400, 300));
    const double white = shareOf(image, Qt::white, 3);
    QVERIFY2(white < 0.95 && white > 0.01, qPrintable(QString::number(white)));

    // An extent far away from the data: a blank (background only) map, still written.
    const QString empty = m_tmp.path() + u"/empty.png"_s;
    run = runCli({u"render"_s, corpus(u"crs/NY8_utm18.shp"_s), u"--out"_s, empty, u"--size"_s, u"200x100"_s,
                  u"--extent"_s, u"0,0,1000,500"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QImage blank(empty);
    QCOMPARE(blank.size(), QSize(200, 100));
    QCOMPARE(shareOf(blank, Qt::white, 0), 1.0);
}

void TestCli::renderBadValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mention");

    QTest::newRow("size text") << QStringList{u"--size"_s, u"big"_s} << u"big"_s;
    QTest::newRow("size zero") << QStringList{u"--size"_s, u"0x600"_s} << u"0x600"_s;
    QTest::newRow("size one number") << QStringList{u"--size"_s, u"800"_s} << u"800"_s;
    QTest::newRow("extent three numbers") << QStringList{u"--extent"_s, u"1,2,3"_s} << u"1,2,3"_s;
    QTest::newRow("extent reversed") << QStringList{u"--extent"_s, u"10,0,5,5"_s} << u"10,0,5,5"_s;
    QTest::newRow("extent words") << QStringList{u"--extent"_s, u"a,b,c,d"_s} << u"a,b,c,d"_s;
    QTest::newRow("crs unknown") << QStringList{u"--crs"_s, u"EPSG:999999"_s} << u"EPSG:999999"_s;
    QTest::newRow("crs garbage") << QStringList{u"--crs"_s, u"not a crs"_s} << u"not a crs"_s;
    QTest::newRow("dpi negative") << QStringList{u"--dpi"_s, u"-5"_s} << u"-5"_s;
    QTest::newRow("dpi text") << QStringList{u"--dpi"_s, u"high"_s} << u"high"_s;
}

void TestCli::renderBadValues()
{
    QFETCH(QStringList, options);
    QFETCH(QString, mention);
    const QString out = m_tmp.path() + u"/bad.png"_s;
    const Run run = runCli(QStringList{u"render"_s, demoProject(), u"--out"_s, out} + options);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(mention), qPrintable(describe(run)));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::renderFailures()
{
    // Unsupported output format: a bad argument.
    Run run = runCli({u"render"_s, demoProject(), u"--out"_s, m_tmp.path() + u"/map.bmp"_s});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY(run.err.contains(u"bmp"_s));

    // A layer that does not exist: a failure naming it.
    const QString missing = m_tmp.path() + u"/gone.geojson"_s;
    run = runCli({u"render"_s, missing, u"--out"_s, m_tmp.path() + u"/x.png"_s});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY(run.err.contains(missing));
    QVERIFY(!QFileInfo::exists(m_tmp.path() + u"/x.png"_s));

    // A broken project file.
    const QString broken = m_tmp.path() + u"/broken.territoria"_s;
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
    }
    run = runCli({u"render"_s, broken, u"--out"_s, m_tmp.path() + u"/y.png"_s});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY(run.err.contains(broken));

    // An output folder that does not exist.
    run = runCli({u"render"_s, corpus(u"crs/NY8_utm18.shp"_s), u"--out"_s, m_tmp.path() + u"/no/dir/z.png"_s});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY(run.err.contains(u"z.png"_s));
}

QString indicatorsData(const QString &name)
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/indicators/"_s + name;
}

void TestCli::algorithmsJson()
{
    const Run run = runCli({u"algorithms"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QJsonObject zonal;
    for (const QJsonValue &v : root.value("algorithms"_L1).toArray()) {
        if (v.toObject().value("id"_L1).toString() == "indicators:zonal_statistics"_L1)
            zonal = v.toObject();
    }
    QVERIFY2(!zonal.isEmpty(), qPrintable(describe(run)));
    QStringList names;
    for (const QJsonValue &p : zonal.value("parameters"_L1).toArray())
        names << p.toObject().value("name"_L1).toString();
    for (const char *name : {"input", "band", "zones", "statistics", "exact", "output"})
        QVERIFY2(names.contains(QLatin1StringView(name)), name);
    QCOMPARE(zonal.value("outputs"_L1).toArray().first().toObject().value("type"_L1).toString(), u"vector_file"_s);

    const Run text = runCli({u"algorithms"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"indicators:point_counts"_s));
}

void TestCli::runBadParameters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const QString grid = indicatorsData(u"grid_4x4_utm19s.asc"_s);
    const QString zones = indicatorsData(u"zones_west_east_utm19s.geojson"_s);
    QTest::newRow("no algorithm") << QStringList{u"run"_s} << u"algorithm"_s;
    QTest::newRow("unknown algorithm") << QStringList{u"run"_s, u"indicators:nothing"_s} << u"indicators:nothing"_s;
    QTest::newRow("missing parameter")
        << QStringList{u"run"_s, u"indicators:zonal_statistics"_s, u"--param"_s, u"input="_s + grid} << u"zones"_s;
    QTest::newRow("malformed param") << QStringList{u"run"_s, u"indicators:zonal_statistics"_s, u"--param"_s, u"input"_s}
                                     << u"NAME=VALUE"_s;
    QTest::newRow("missing file") << QStringList{u"run"_s, u"indicators:zonal_statistics"_s, u"--param"_s,
                                                 u"input=/nonexistent/pop.tif"_s, u"--param"_s, u"zones="_s + zones,
                                                 u"--param"_s, u"output=x.gpkg"_s}
                                  << u"/nonexistent/pop.tif"_s;
    QTest::newRow("unknown statistic") << QStringList{u"run"_s, u"indicators:zonal_statistics"_s, u"--param"_s,
                                                      u"input="_s + grid, u"--param"_s, u"zones="_s + zones,
                                                      u"--param"_s, u"statistics=count,mode"_s, u"--param"_s, u"output=x.gpkg"_s}
                                       << u"mode"_s;
}

void TestCli::runBadParameters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(mention), qPrintable(describe(run)));
}

void TestCli::runZonalStatistics()
{
    const QString output = m_tmp.filePath(u"zonal.geojson"_s);
    const Run run = runCli({u"run"_s, u"indicators:zonal_statistics"_s, u"--param"_s,
                            u"input="_s + indicatorsData(u"grid_4x4_utm19s.asc"_s), u"--param"_s,
                            u"zones="_s + indicatorsData(u"zones_west_east_utm19s.geojson"_s), u"--param"_s,
                            u"statistics=count,sum,mean"_s, u"--param"_s, u"prefix=pop_"_s, u"--param"_s,
                            u"output="_s + output, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(u"100%"_s), qPrintable(describe(run))); // progress on stderr
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value("algorithm"_L1).toString(), u"indicators:zonal_statistics"_s);
    QCOMPARE(root.value("outputs"_L1).toObject().value("output"_L1).toString(), output);
    QCOMPARE(root.value("outputs"_L1).toObject().value("zone_count"_L1).toInt(), 2);
    QVERIFY(QFileInfo::exists(output));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value("features"_L1).toArray();
    QCOMPARE(features.size(), 2);
    // See tests/data/indicators/README.md: west 8 pixels summing 60, east 7 summing 69 (one nodata).
    const QJsonObject west = features[0].toObject().value("properties"_L1).toObject();
    const QJsonObject east = features[1].toObject().value("properties"_L1).toObject();
    QCOMPARE(west.value("name"_L1).toString(), u"west"_s);
    QCOMPARE(west.value("pop_count"_L1).toInt(), 8);
    QCOMPARE(west.value("pop_sum"_L1).toDouble(), 60.0);
    QCOMPARE(west.value("pop_mean"_L1).toDouble(), 7.5);
    QCOMPARE(east.value("pop_count"_L1).toInt(), 7);
    QCOMPARE(east.value("pop_sum"_L1).toDouble(), 69.0);

    // Plain text: one "name: value" line per output.
    const Run text = runCli({u"run"_s, u"indicators:zonal_statistics"_s, u"--param"_s,
                             u"input="_s + indicatorsData(u"grid_4x4_utm19s.asc"_s), u"--param"_s,
                             u"zones="_s + indicatorsData(u"zones_west_east_utm19s.geojson"_s), u"--param"_s,
                             u"output="_s + m_tmp.filePath(u"zonal.gpkg"_s)});
    QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
    QVERIFY2(text.out.contains(u"output: "_s + m_tmp.filePath(u"zonal.gpkg"_s)), qPrintable(describe(text)));
    QVERIFY(text.out.contains(u"zone_count: 2"_s));

    // A failure during the run (output folder missing) exits 1.
    const Run failed = runCli({u"run"_s, u"indicators:zonal_statistics"_s, u"--param"_s,
                               u"input="_s + indicatorsData(u"grid_4x4_utm19s.asc"_s), u"--param"_s,
                               u"zones="_s + indicatorsData(u"zones_west_east_utm19s.geojson"_s), u"--param"_s,
                               u"output=/nonexistent/dir/out.gpkg"_s});
    QVERIFY2(failed.exitCode == 1, qPrintable(describe(failed)));
    QVERIFY2(failed.err.contains(u"/nonexistent/dir/out.gpkg"_s), qPrintable(describe(failed)));
}

void TestCli::runJoinTable()
{
    // The 29 districts of Arequipa province joined to the INEI ubigeo excerpt (29/29).
    const QString output = m_tmp.filePath(u"arequipa_ubigeo.geojson"_s);
    const QString districts = QStringLiteral(TERRITORIA_SOURCE_DIR) + u"/resources/demo/distritos_arequipa.geojson"_s;
    const Run run = runCli({u"run"_s, u"indicators:join_table"_s, u"--param"_s, u"input="_s + districts, u"--param"_s,
                            u"input_field=IDDIST"_s, u"--param"_s, u"table="_s + indicatorsData(u"ubigeo_arequipa.csv"_s),
                            u"--param"_s, u"table_field=inei"_s, u"--param"_s, u"prefix=u_"_s, u"--param"_s,
                            u"output="_s + output, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject outputs = QJsonDocument::fromJson(run.out.toUtf8()).object().value("outputs"_L1).toObject();
    QCOMPARE(outputs.value("output"_L1).toString(), output);
    QCOMPARE(outputs.value("matched_count"_L1).toInt(), 29);
    QCOMPARE(outputs.value("unmatched_layer_count"_L1).toInt(), 0);
    QCOMPARE(outputs.value("unmatched_table_count"_L1).toInt(), 0);
    QCOMPARE(outputs.value("duplicate_key_count"_L1).toInt(), 0);
    const QJsonObject report = outputs.value("report"_L1).toObject();
    QCOMPARE(report.value("table_row_count"_L1).toInt(), 29);
    QVERIFY(report.value("unmatched_layer_keys"_L1).toArray().isEmpty());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value("features"_L1).toArray();
    QCOMPARE(features.size(), 29);
    bool found = false;
    for (const QJsonValue &f : features) {
        const QJsonObject properties = f.toObject().value("properties"_L1).toObject();
        if (properties.value("IDDIST"_L1).toString() == "040104"_L1) {
            found = true;
            QCOMPARE(properties.value("u_distrito"_L1).toString(), u"CERRO COLORADO"_s);
            QCOMPARE(properties.value("u_reniec"_L1).toString(), u"040103"_s); // text, leading zero kept
            QCOMPARE(properties.value("u_idh_2019"_L1).toDouble(), 0.64117678625039298);
        }
    }
    QVERIFY(found);

    // Listed with its parameters.
    const Run list = runCli({u"algorithms"_s});
    QCOMPARE(list.exitCode, 0);
    for (const char *id : {"indicators:join_table", "indicators:field_calculator", "indicators:composite_index",
                           "indicators:coverage_gap"})
        QVERIFY2(list.out.contains(QLatin1StringView(id)), id);

    // An integer key against the text ubigeo fails with the zero-padding hint (exit 1).
    const Run mismatch = runCli({u"run"_s, u"indicators:join_table"_s, u"--param"_s, u"input="_s + districts, u"--param"_s,
                                 u"input_field=OBJECTID"_s, u"--param"_s,
                                 u"table="_s + indicatorsData(u"ubigeo_arequipa.csv"_s), u"--param"_s, u"table_field=inei"_s,
                                 u"--param"_s, u"output="_s + m_tmp.filePath(u"none.gpkg"_s)});
    QVERIFY2(mismatch.exitCode == 1, qPrintable(describe(mismatch)));
    QVERIFY2(mismatch.err.contains(u"No feature"_s), qPrintable(describe(mismatch)));
}

namespace {

QString layoutFixture()
{
    return QStringLiteral(TERRITORIA_TEST_DATA) + u"/layout_atlas/provincias.territoria"_s;
}

// Output of a poppler tool; empty when it is not installed.
QString poppler(const QString &tool, const QStringList &arguments)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return {};
    QProcess process;
    process.start(exe, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPageCount(const QString &path)
{
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(poppler(u"pdfinfo"_s, {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

void TestCli::layoutList()
{
    Run run = runCli({u"layout"_s, u"list"_s, demoProject()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts),
             (QStringList{u"Mapa del consejo"_s, u"Atlas distrital"_s, u"Prioridad de distritos"_s}));

    run = runCli({u"layout"_s, u"list"_s, u"--json"_s, layoutFixture()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value("name"_L1).toString(), u"Resumen"_s);
    QCOMPARE(array.at(0).toObject().value("atlas"_L1).toBool(), false);
    QCOMPARE(array.at(1).toObject().value("name"_L1).toString(), u"Atlas provincias"_s);
    QCOMPARE(array.at(1).toObject().value("atlas"_L1).toBool(), true);
    QCOMPARE(array.at(1).toObject().value("page_mm"_L1).toArray(), (QJsonArray{210, 297}));

    // An unreadable project: exit 1, the file named.
    const QString missing = m_tmp.path() + u"/nada.territoria"_s;
    run = runCli({u"layout"_s, u"list"_s, missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"nada.territoria"_s), qPrintable(describe(run)));
}

void TestCli::layoutExportPdf()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const QString out = m_tmp.path() + u"/consejo.pdf"_s;
    const Run run = runCli({u"layout"_s, u"export"_s, demoProject(), u"--layout"_s, u"Mapa del consejo"_s,
                            u"--out"_s, out, u"--dpi"_s, u"100"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out.trimmed(), QFileInfo(out).absoluteFilePath());
    QCOMPARE(pdfPageCount(out), 1);
    // A3 landscape: 420 x 297 mm = 1190.55 x 841.89 pt.
    const QString info = poppler(u"pdfinfo"_s, {out});
    const auto m = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
    QVERIFY2(m.hasMatch() && near(m.captured(1).toDouble(), 1190.55, 1) && near(m.captured(2).toDouble(), 841.89, 1),
             qPrintable(info));
    // The title is the project title, as text.
    const QString text = poppler(u"pdftotext"_s, {out, u"-"_s});
    QVERIFY2(text.contains(u"Arequipa — provincia"_s), qPrintable(text));
    QVERIFY2(text.contains(u"OpenStreetMap"_s), qPrintable(text));
}

void TestCli::layoutExportAtlas()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const QString out = m_tmp.path() + u"/atlas.pdf"_s;
    const Run run = runCli({u"layout"_s, u"export"_s, demoProject(), u"--layout"_s, u"Atlas distrital"_s, u"--atlas"_s,
                            u"--out"_s, out, u"--dpi"_s, u"72"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    // One page per district of the province.
    QCOMPARE(pdfPageCount(out), 29);
    // Sorted by name: ALTO SELVA ALEGRE first, YURA last (ogrinfo -sql "... ORDER BY NOMBDIST").
    const QString first = poppler(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, out, u"-"_s});
    QVERIFY2(first.contains(u"Distrito de ALTO SELVA ALEGRE"_s), qPrintable(first));
    const QString last = poppler(u"pdftotext"_s, {u"-f"_s, u"29"_s, u"-l"_s, u"29"_s, out, u"-"_s});
    QVERIFY2(last.contains(u"Distrito de YURA"_s), qPrintable(last));
    const QString all = poppler(u"pdftotext"_s, {out, u"-"_s}).simplified(); // long names wrap
    for (const QString &district : {u"CAYMA"_s, u"YANAHUARA"_s, u"JOSE LUIS BUSTAMANTE Y RIVERO"_s, u"SACHACA"_s})
        QVERIFY2(all.contains(u"Distrito de "_s + district), qPrintable(district));
}

void TestCli::layoutSplitBy()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    QTemporaryDir dir;
    const Run run = runCli({u"layout"_s, u"export"_s, layoutFixture(), u"--layout"_s, u"Atlas provincias"_s,
                            u"--atlas"_s, u"--split-by"_s, u"PROVINCIA"_s, u"--out"_s, dir.filePath(u"p.pdf"_s),
                            u"--dpi"_s, u"72"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    // Two provinces (ogrinfo: 3 AREQUIPA, 2 CAMANA), one PDF each, listed in page order.
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts),
             (QStringList{dir.filePath(u"p_CAMANA.pdf"_s), dir.filePath(u"p_AREQUIPA.pdf"_s)}));
    QCOMPARE(pdfPageCount(dir.filePath(u"p_AREQUIPA.pdf"_s)), 3);
    QCOMPARE(pdfPageCount(dir.filePath(u"p_CAMANA.pdf"_s)), 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void TestCli::layoutBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString p = layoutFixture();
    QTest::newRow("no subcommand") << QStringList{u"layout"_s} << u"layout list"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"layout"_s, u"print"_s, p} << u"print"_s;
    QTest::newRow("no layout") << QStringList{u"layout"_s, u"export"_s, p, u"--out"_s, u"x.pdf"_s} << u"--layout"_s;
    QTest::newRow("no out") << QStringList{u"layout"_s, u"export"_s, p, u"--layout"_s, u"Resumen"_s} << u"--out"_s;
    QTest::newRow("bad format") << QStringList{u"layout"_s, u"export"_s, p, u"--layout"_s, u"Resumen"_s, u"--out"_s, u"x.bmp"_s}
                                << u"bmp"_s;
    QTest::newRow("bad dpi") << QStringList{u"layout"_s, u"export"_s, p, u"--layout"_s, u"Resumen"_s, u"--out"_s,
                                            u"x.pdf"_s, u"--dpi"_s, u"-3"_s}
                             << u"-3"_s;
    // The unknown name and the names there are.
    QTest::newRow("unknown layout") << QStringList{u"layout"_s, u"export"_s, p, u"--layout"_s, u"Mapa"_s, u"--out"_s, u"x.pdf"_s}
                                    << u"“Resumen”, “Atlas provincias”"_s;
    QTest::newRow("no atlas") << QStringList{u"layout"_s, u"export"_s, p, u"--layout"_s, u"Resumen"_s, u"--atlas"_s,
                                             u"--out"_s, u"x.pdf"_s}
                              << u"no atlas"_s;
    QTest::newRow("split without atlas") << QStringList{u"layout"_s, u"export"_s, p, u"--layout"_s, u"Resumen"_s,
                                                        u"--split-by"_s, u"X"_s, u"--out"_s, u"x.pdf"_s}
                                         << u"--atlas"_s;
}

void TestCli::layoutBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
