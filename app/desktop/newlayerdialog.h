#pragma once

#include "data/vectorlayerfactory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace territoria {

class CrsSelectorWidget;

// Creates an empty GeoPackage table or Shapefile: file (and table name for a
// GeoPackage), geometry type (point, line, polygon or none; multi), CRS (default
// the project's) and the fields (name, type, width, precision). OK creates the
// layer on disk (createEmptyVectorLayer); an error stays in the dialog.
class NewLayerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewLayerDialog(const Crs &defaultCrs, QWidget *parent = nullptr);

    // What the dialog would create now.
    NewVectorLayerSpec spec() const;

    void setPath(const QString &path);
    void setFormat(const QString &driver); // "GPKG" or "ESRI Shapefile"
    void setLayerName(const QString &name);
    void setGeometryKind(GeometryKind kind, bool multi = false);
    void setCrs(const Crs &crs);
    // Appends a row to the fields table.
    void addField(const Field &field);
    void removeField(int row);
    int fieldRowCount() const;
    QString errorText() const;

    // The path and layer name of the created layer (after accept()).
    QString createdPath() const { return m_createdPath; }
    QString createdLayerName() const { return m_createdLayer; }

    void accept() override;

private:
    void browse();
    void formatChanged();
    void showError(const QString &message);

    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_table = nullptr;
    QLabel *m_tableLabel = nullptr;
    QComboBox *m_geometry = nullptr;
    QCheckBox *m_multi = nullptr;
    CrsSelectorWidget *m_crs = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_message = nullptr;
    QString m_createdPath;
    QString m_createdLayer;
};

} // namespace territoria
