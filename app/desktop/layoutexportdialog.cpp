#include "layoutexportdialog.h"

#include "data/vectorlayer.h"
#include "layout/atlas.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

LayoutExportDialog::LayoutExportDialog(const PrintLayout &layout, const Project *project, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Layout — %1").arg(layout.name()));
    QSettings settings;
    auto *main = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    main->addLayout(form);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(tr("PDF (vector, several pages in one file)"), int(Format::Pdf));
    m_format->addItem(tr("SVG (vector)"), int(Format::Svg));
    m_format->addItem(tr("PNG image"), int(Format::Png));
    m_format->addItem(tr("GeoTIFF / TIFF image"), int(Format::Tiff));
    form->addRow(tr("Format:"), m_format);

    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(u"dpiSpin"_s);
    m_dpi->setRange(36, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(settings.value(u"layoutExport/dpi"_s, 300).toInt());
    form->addRow(tr("Resolution:"), m_dpi);

    m_singleMap = layout.mapItems().size() == 1;
    m_worldFile = new QCheckBox(tr("Write a world file (georeferenced image)"), this);
    m_worldFile->setObjectName(u"worldFileCheck"_s);
    m_worldFile->setChecked(settings.value(u"layoutExport/worldFile"_s, true).toBool());
    m_worldFile->setToolTip(tr("Only for images of a page holding a single map."));
    form->addRow(m_worldFile);

    const AtlasSettings atlas = layout.atlas();
    m_atlasAvailable = atlas.enabled && !atlas.coverageLayerId.isEmpty();
    m_atlas = new QCheckBox(tr("Export the atlas (one page per feature)"), this);
    m_atlas->setObjectName(u"atlasCheck"_s);
    m_atlas->setEnabled(m_atlasAvailable);
    m_atlas->setChecked(m_atlasAvailable);
    form->addRow(m_atlas);

    m_output = new QComboBox(this);
    m_output->setObjectName(u"outputCombo"_s);
    m_output->addItem(tr("A single file"), int(AtlasSettings::Output::SingleFile));
    m_output->addItem(tr("One file per feature"), int(AtlasSettings::Output::FilePerFeature));
    m_output->addItem(tr("One file per value of a field"), int(AtlasSettings::Output::FilePerValue));
    m_output->setCurrentIndex(std::max(0, m_output->findData(int(atlas.output))));
    form->addRow(tr("Atlas output:"), m_output);

    m_splitField = new QComboBox(this);
    m_splitField->setObjectName(u"splitFieldCombo"_s);
    if (project) {
        if (const auto *vl = qobject_cast<const VectorLayer *>(project->layer(atlas.coverageLayerId))) {
            for (const QString &name : vl->fields().names())
                m_splitField->addItem(name, name);
        }
    }
    if (const int i = m_splitField->findData(atlas.splitByField); i >= 0)
        m_splitField->setCurrentIndex(i);
    form->addRow(tr("Split by field:"), m_splitField);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"pathEdit"_s);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the output file"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("Save to:"), pathRow);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(u"hintLabel"_s);
    m_hint->setStyleSheet(u"color: palette(mid);"_s);
    main->addWidget(m_hint);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    main->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &LayoutExportDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, &LayoutExportDialog::browse);

    // The remembered format and folder; the file named after the layout.
    const int format = settings.value(u"layoutExport/format"_s, int(Format::Pdf)).toInt();
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
    QString dir = settings.value(u"layoutExport/dir"_s).toString();
    if ((dir.isEmpty() || !QDir(dir).exists()) && project && !project->fileName().isEmpty())
        dir = QFileInfo(project->fileName()).absolutePath();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    const QString stem = Atlas::safeFileName(layout.name());
    m_path->setText(QDir(dir).filePath(stem + u"."_s + extension(this->format())));

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the name, change the extension.
        QFileInfo info(m_path->text());
        if (!m_path->text().isEmpty())
            m_path->setText(QDir(info.absolutePath()).filePath(info.completeBaseName() + u"."_s + extension(this->format())));
        updateState();
    });
    connect(m_atlas, &QCheckBox::toggled, this, &LayoutExportDialog::updateState);
    connect(m_output, &QComboBox::currentIndexChanged, this, &LayoutExportDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

QString LayoutExportDialog::extension(Format format)
{
    switch (format) {
    case Format::Pdf: return u"pdf"_s;
    case Format::Svg: return u"svg"_s;
    case Format::Png: return u"png"_s;
    case Format::Tiff: return u"tif"_s;
    }
    return u"pdf"_s;
}

LayoutExportDialog::Format LayoutExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void LayoutExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

QString LayoutExportDialog::path() const
{
    return m_path->text().trimmed();
}

void LayoutExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

bool LayoutExportDialog::exportAtlas() const
{
    return m_atlasAvailable && m_atlas->isChecked();
}

void LayoutExportDialog::setExportAtlas(bool atlas)
{
    m_atlas->setChecked(atlas && m_atlasAvailable);
}

LayoutExportOptions LayoutExportDialog::options() const
{
    LayoutExportOptions options;
    options.dpi = m_dpi->value();
    options.worldFile = m_worldFile->isChecked();
    options.atlasOutput = AtlasSettings::Output(m_output->currentData().toInt());
    options.splitByField = m_splitField->currentData().toString();
    options.locale = QLocale();
    return options;
}

void LayoutExportDialog::updateState()
{
    const Format f = format();
    const bool raster = f == Format::Png || f == Format::Tiff;
    const bool atlas = exportAtlas();
    m_worldFile->setEnabled(raster && m_singleMap);
    m_output->setEnabled(atlas);
    const auto output = AtlasSettings::Output(m_output->currentData().toInt());
    m_splitField->setEnabled(atlas && output == AtlasSettings::Output::FilePerValue && m_splitField->count() > 0);
    QString hint;
    if (f == Format::Pdf || f == Format::Svg)
        hint = tr("Vector layers and text stay vectors; rasters and pictures use the resolution.");
    else
        hint = tr("The whole page becomes an image at this resolution.");
    if (atlas && (f != Format::Pdf || output != AtlasSettings::Output::SingleFile))
        hint += u" "_s + tr("The atlas writes one file per page next to the name given (name_page).");
    m_hint->setText(hint);
}

void LayoutExportDialog::browse()
{
    const Format f = format();
    QString filter;
    switch (f) {
    case Format::Pdf: filter = tr("PDF (*.pdf)"); break;
    case Format::Svg: filter = tr("SVG (*.svg)"); break;
    case Format::Png: filter = tr("PNG (*.png)"); break;
    case Format::Tiff: filter = tr("TIFF (*.tif *.tiff)"); break;
    }
    QString file = QFileDialog::getSaveFileName(this, tr("Export Layout"), path(), filter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += u"."_s + extension(f);
    m_path->setText(file);
}

void LayoutExportDialog::accept()
{
    const QString file = path();
    const QFileInfo info(file);
    if (file.isEmpty() || info.fileName().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to save the export."));
        return;
    }
    if (!info.absoluteDir().exists()) {
        QMessageBox::warning(this, windowTitle(), tr("The folder %1 does not exist.").arg(info.absolutePath()));
        return;
    }
    QString final = file;
    if (info.suffix().isEmpty())
        final += u"."_s + extension(format());
    m_path->setText(final);
    QSettings settings;
    settings.setValue(u"layoutExport/dir"_s, info.absolutePath());
    settings.setValue(u"layoutExport/format"_s, int(format()));
    settings.setValue(u"layoutExport/dpi"_s, m_dpi->value());
    settings.setValue(u"layoutExport/worldFile"_s, m_worldFile->isChecked());
    QDialog::accept();
}

} // namespace territoria
