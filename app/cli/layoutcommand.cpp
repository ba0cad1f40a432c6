#include "layoutcommand.h"

#include "cli.h"
#include "layout/layoutexporter.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace territoria::cli {

namespace {

const QStringList &outputFormats()
{
    static const QStringList formats{u"pdf"_s, u"svg"_s, u"png"_s, u"tif"_s, u"tiff"_s, u"jpg"_s, u"jpeg"_s};
    return formats;
}

int runList(const QStringList &arguments)
{
    Project project;
    bool json = false;
    if (const int rc = startListCommand(u"layout list"_s, Cli::tr("Lists the print layouts of a project, one name per line."),
                                        Cli::tr("Print JSON: name, page size in mm, items and atlas."), arguments, project, &json);
        rc >= 0)
        return rc;
    const QList<PrintLayout> layouts = project.layouts();
    if (json) {
        QJsonArray array;
        for (const PrintLayout &layout : layouts) {
            QJsonObject o;
            o.insert("name"_L1, layout.name());
            const QSizeF size = layout.page().sizeMm();
            o.insert("page_mm"_L1, QJsonArray{size.width(), size.height()});
            o.insert("items"_L1, layout.itemCount());
            o.insert("atlas"_L1, layout.atlas().enabled);
            if (layout.atlas().enabled)
                o.insert("coverage"_L1, layout.atlas().coverageLayerId);
            array.append(o);
        }
        printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    for (const PrintLayout &layout : layouts)
        out() << layout.name() << Qt::endl;
    return ExitSuccess;
}

int runExport(const QStringList &arguments)
{
    const QString command = u"layout export"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes a print layout of a project to PDF, SVG, PNG, TIFF or JPEG; with --atlas, one page per\n"
                "feature of its coverage layer (one multi-page PDF unless --per-feature or --split-by)."));
    parser.addHelpOption();
    const QCommandLineOption layoutOption(u"layout"_s, Cli::tr("Name of the layout ('layout list' shows them)."),
                                          Cli::tr("NAME"));
    const QCommandLineOption outOption({u"o"_s, u"out"_s},
                                       Cli::tr("Output file; the format follows the extension (.pdf, .svg, .png, .tif, .jpg)."),
                                       Cli::tr("FILE"));
    const QCommandLineOption atlasOption(u"atlas"_s, Cli::tr("Export the layout's atlas: one page per feature."));
    const QCommandLineOption dpiOption(u"dpi"_s, Cli::tr("Resolution of images and raster parts (default 300)."),
                                       Cli::tr("N"));
    const QCommandLineOption splitOption(u"split-by"_s,
                                         Cli::tr("With --atlas: one PDF per value of this field (FILE_<value>.pdf)."),
                                         Cli::tr("FIELD"));
    const QCommandLineOption perFeatureOption(u"per-feature"_s,
                                              Cli::tr("With --atlas: one file per feature (FILE_<page name>.pdf)."));
    const QCommandLineOption worldOption(u"no-world-file"_s,
                                         Cli::tr("Do not write a world file (.pgw, .tfw, .jgw) beside images."));
    parser.addOptions({layoutOption, outOption, atlasOption, dpiOption, splitOption, perFeatureOption, worldOption});
    QString projectPath;
    if (const int rc = parseProjectArgument(parser, command, arguments, &projectPath); rc >= 0)
        return rc;
    if (!parser.isSet(layoutOption))
        return badArguments(command, Cli::tr("Missing --layout NAME."));
    if (!parser.isSet(outOption))
        return badArguments(command, Cli::tr("Missing --out FILE."));
    const QString outPath = parser.value(outOption);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (!outputFormats().contains(suffix))
        return badArguments(command, Cli::tr("Unsupported output format “%1” for %2: use one of %3.")
                                         .arg(suffix, outPath, outputFormats().join(u", "_s)));
    LayoutExportOptions options;
    if (parser.isSet(dpiOption)) {
        auto dpi = parseDpi(parser.value(dpiOption));
        if (!dpi)
            return badArguments(command, dpi.error().message);
        options.dpi = *dpi;
    }
    options.worldFile = !parser.isSet(worldOption);
    const bool atlas = parser.isSet(atlasOption);
    if (!atlas && (parser.isSet(splitOption) || parser.isSet(perFeatureOption)))
        return badArguments(command, Cli::tr("--split-by and --per-feature need --atlas."));
    if (parser.isSet(splitOption) && parser.isSet(perFeatureOption))
        return badArguments(command, Cli::tr("Use either --split-by or --per-feature, not both."));
    if (parser.isSet(splitOption)) {
        if (parser.value(splitOption).trimmed().isEmpty())
            return badArguments(command, Cli::tr("--split-by needs a field name."));
        if (suffix != "pdf"_L1)
            return badArguments(command, Cli::tr("--split-by writes PDF files: use an --out ending in .pdf."));
        options.atlasOutput = AtlasSettings::Output::FilePerValue;
        options.splitByField = parser.value(splitOption).trimmed();
    } else if (parser.isSet(perFeatureOption)) {
        options.atlasOutput = AtlasSettings::Output::FilePerFeature;
    }

    Project project;
    if (!loadProject(project, projectPath))
        return ExitFailure;
    const QString name = parser.value(layoutOption);
    const PrintLayout *layout = project.layout(name);
    if (!layout) {
        const QStringList names = project.layoutNames();
        const QString known = names.isEmpty() ? Cli::tr("the project has no layouts")
                                              : Cli::tr("its layouts are: %1").arg(u"“"_s + names.join(u"”, “"_s) + u"”"_s);
        return badArguments(command, Cli::tr("The project %1 has no layout “%2”; %3.").arg(projectPath, name, known));
    }
    if (atlas && !layout->atlas().enabled)
        return badArguments(command, Cli::tr("The layout “%1” has no atlas; export it without --atlas.").arg(name));

    auto result = atlas ? LayoutExporter::exportAtlas(*layout, project, outPath, options)
                        : LayoutExporter::exportPage(*layout, project, outPath, options);
    if (!result) {
        printError(errorText(outPath, result.error()));
        return ExitFailure;
    }
    for (const QString &warning : result->warnings)
        printWarning(warning);
    for (const QString &file : result->files)
        out() << file << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runLayout(const QStringList &arguments)
{
    // arguments: "territoria-cli layout", SUBCOMMAND, ...
    return runSubcommand(u"layout"_s, arguments,
                         Cli::tr("Usage: %1 layout list PROJECT [--json]\n"
                                 "       %1 layout export PROJECT --layout NAME --out FILE [--atlas] [--dpi N]\n"
                                 "                             [--split-by FIELD | --per-feature] [--no-world-file]\n"
                                 "Run '%1 layout export --help' for the options.\n")
                             .arg(programName()),
                         {{u"list"_s, runList}, {u"export"_s, runExport}},
                         Cli::tr("Unknown layout command “%1”: use “list” or “export”."));
}

} // namespace territoria::cli
