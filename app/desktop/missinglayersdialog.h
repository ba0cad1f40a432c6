#pragma once

#include <QDialog>

class QTableWidget;
class QLabel;

namespace territoria {

class Layer;
class Project;

// Lists the layers of a loaded project whose files could not be opened, each
// with a "Locate…" button that asks for the new file and restores the layer
// with its name, style and position (Project::restoreLayer). Non-modal.
class MissingLayersDialog : public QDialog
{
    Q_OBJECT
public:
    MissingLayersDialog(Project *project, QWidget *parent = nullptr);

    int rowCount() const;
    QString layerName(int row) const;
    QString layerId(int row) const;
    QString status(int row) const;
    // What the Locate button does after its file dialog (also a test hook).
    bool locate(const QString &layerId, const QString &newPath);

Q_SIGNALS:
    void layerRestored(territoria::Layer *layer);

private:
    void populate();
    void browse(const QString &layerId);
    int rowOf(const QString &layerId) const;
    Project *m_project;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace territoria
