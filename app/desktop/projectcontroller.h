#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace territoria {

class MapCanvas;
class MissingLayersDialog;
class Notifier;
class Project;

// New / Open / Save / Save As, the recent-projects menu, the window title
// ("name* — Territoria"), asking to save unsaved changes, and the missing-layer
// dialog after a load.
class ProjectController : public QObject
{
    Q_OBJECT
public:
    ProjectController(Project *project, MapCanvas *canvas, Notifier *notifier, QWidget *window,
                      QObject *parent = nullptr);

    // Asks to save when dirty. False: the user canceled (or saving failed).
    bool maybeSave();
    bool newProject();
    // Empty path: ask with a file dialog.
    bool openProject(const QString &path = {});
    bool save();
    bool saveAs(const QString &path = {});

    QString displayName() const; // project title, file name or "Untitled"
    QMenu *recentMenu() const { return m_recentMenu; }
    MissingLayersDialog *missingLayersDialog() const { return m_missingDialog; }

Q_SIGNALS:
    void projectOpened();
    void titleChanged(const QString &title);

private:
    void updateTitle();
    void updateRecentMenu();
    Project *m_project;
    MapCanvas *m_canvas;
    Notifier *m_notifier;
    QWidget *m_window;
    QMenu *m_recentMenu = nullptr;
    QPointer<MissingLayersDialog> m_missingDialog;
};

} // namespace territoria
