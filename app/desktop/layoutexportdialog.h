#pragma once

#include "layout/layoutexporter.h"
#include "layout/printlayout.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace territoria {

class Project;

// Asks how to export a print layout: format (PDF, SVG, PNG, TIFF), resolution,
// world file, atlas or single page, the atlas output mode and split field, and
// the output path. The folder, format and resolution are remembered (QSettings).
class LayoutExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Pdf, Svg, Png, Tiff };

    LayoutExportDialog(const PrintLayout &layout, const Project *project, QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    QString path() const;
    void setPath(const QString &path);
    bool exportAtlas() const;
    void setExportAtlas(bool atlas);
    LayoutExportOptions options() const;

    static QString extension(Format format); // "pdf", "svg", "png", "tif"

    void accept() override;

private:
    void updateState();
    void browse();

    QComboBox *m_format = nullptr;
    QSpinBox *m_dpi = nullptr;
    QCheckBox *m_worldFile = nullptr;
    QCheckBox *m_atlas = nullptr;
    QComboBox *m_output = nullptr;
    QComboBox *m_splitField = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_hint = nullptr;
    bool m_atlasAvailable = false;
    bool m_singleMap = false;
};

} // namespace territoria
