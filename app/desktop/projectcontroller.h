#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

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
    // Layers with unsaved edits are asked about first (see setUnsavedEditsHandler()).
    bool maybeSave();
    // Called by maybeSave() (so before new, open and quit) to ask about unsaved
    // layer edits; returning false cancels.
    void setUnsavedEditsHandler(std::function<bool()> handler) { m_editsHandler = std::move(handler); }
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
    std::function<bool()> m_editsHandler;
};

} // namespace territoria
