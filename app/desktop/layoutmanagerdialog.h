#pragma once

#include "error.h"
#include "geometry/extent.h"

#include <QDialog>

#include <functional>

class QListWidget;
class QMenu;
class QPushButton;

namespace territoria {

class LayoutDesigner;
class Project;

// Lists the project's print layouts: new (an A4 landscape page with a map,
// title, legend, scale bar and north arrow), new from a template (.ttlayout),
// duplicate, rename, remove (confirmed) and open (one designer per layout, a
// window of `designerParent`).
class LayoutManagerDialog : public QDialog
{
    Q_OBJECT
public:
    LayoutManagerDialog(Project *project, QWidget *designerParent, QWidget *parent = nullptr);

    void setMapExtentProvider(std::function<Extent()> provider) { m_mapExtent = std::move(provider); }

    QString currentName() const;
    void setCurrentName(const QString &name);

    // The actions without their dialogs (tests; the buttons ask first).
    QString newLayout(const QString &name = {});
    Result<QString> newLayoutFromTemplate(const QString &path);
    QString duplicateLayout(const QString &name);
    bool renameLayout(const QString &from, const QString &to);
    bool removeLayout(const QString &name);
    LayoutDesigner *openLayout(const QString &name);

    // "Layout 1", "Layout 2"...: the first free one.
    static QString freeLayoutName(const Project &project);

private:
    void refresh();
    void updateButtons();

    Project *m_project;
    QWidget *m_designerParent;
    std::function<Extent()> m_mapExtent;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
};

// The main window's "Print Layouts" submenu: New Layout…, New from Template…,
// Layout Manager… and the project's layouts (each opens its designer). Kept up
// to date with the project. Designers are windows of `window`.
QMenu *createPrintLayoutsMenu(Project *project, QWidget *window, std::function<Extent()> mapExtent);

} // namespace territoria
