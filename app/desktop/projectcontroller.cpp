#include "projectcontroller.h"

#include "gui/mapcanvas.h"
#include "missinglayersdialog.h"
#include "notifier.h"
#include "project/project.h"
#include "settings.h"
#include "task/feedback.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace territoria {

ProjectController::ProjectController(Project *project, MapCanvas *canvas, Notifier *notifier, QWidget *window,
                                     QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_canvas(canvas)
    , m_notifier(notifier)
    , m_window(window)
{
    m_recentMenu = new QMenu(tr("Open &Recent"), window);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ProjectController::updateRecentMenu);
    connect(project, &Project::dirtyChanged, this, &ProjectController::updateTitle);
    connect(project, &Project::titleChanged, this, &ProjectController::updateTitle);
    connect(project, &Project::fileNameChanged, this, &ProjectController::updateTitle);
    updateRecentMenu();
    updateTitle();
}

QString ProjectController::displayName() const
{
    if (!m_project->title().isEmpty())
        return m_project->title();
    if (!m_project->fileName().isEmpty())
        return QFileInfo(m_project->fileName()).completeBaseName();
    return tr("Untitled");
}

void ProjectController::updateTitle()
{
    // "[*]" is where Qt puts the modified marker.
    const QString title = tr("%1[*] — Territoria").arg(displayName());
    m_window->setWindowTitle(title);
    m_window->setWindowModified(m_project->isDirty());
    emit titleChanged(title);
}

void ProjectController::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                                  [this, path] { openProject(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(no recent projects)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        AppSettings::clearRecentProjects();
        updateRecentMenu();
    })->setEnabled(!recent.isEmpty());
}

bool ProjectController::maybeSave()
{
    if (m_editsHandler && !m_editsHandler())
        return false;
    if (!m_project->isDirty())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("The project “%1” has unsaved changes. Do you want to save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    return true;
}

bool ProjectController::newProject()
{
    if (!maybeSave())
        return false;
    if (m_missingDialog)
        m_missingDialog->close();
    m_project->clear();
    m_project->setDirty(false);
    updateTitle();
    return true;
}

bool ProjectController::openProject(const QString &pathIn)
{
    if (!maybeSave())
        return false;
    QString path = pathIn;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), AppSettings::lastDirectory(u"project"_s),
                                            tr("Territoria projects (*.territoria);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    AppSettings::setLastDirectory(u"project"_s, path);
    if (m_missingDialog) {
        m_missingDialog->close();
        m_missingDialog->deleteLater();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Feedback feedback;
    auto report = m_project->load(path, &feedback);
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_notifier->error(report.error());
        AppSettings::removeRecentProject(QFileInfo(path).absoluteFilePath());
        return false;
    }
    AppSettings::addRecentProject(path);
    m_project->setDirty(false);
    for (const QString &w : std::as_const(report->warnings))
        m_notifier->warning(w);
    updateTitle();
    emit projectOpened();
    if (!m_project->missingLayers().isEmpty()) {
        m_notifier->warning(tr("%n layer(s) of the project could not be opened.", nullptr,
                               int(m_project->missingLayers().size())));
        for (const MissingLayer &m : m_project->missingLayers())
            m_notifier->log(u"%1: %2"_s.arg(m.name, m.error.toString()));
        m_missingDialog = new MissingLayersDialog(m_project, m_window);
        m_missingDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_missingDialog->setModal(false);
        m_missingDialog->show();
    } else {
        m_notifier->success(tr("Opened project %1.").arg(QFileInfo(path).fileName()), 4);
    }
    return true;
}

bool ProjectController::save()
{
    if (m_project->fileName().isEmpty())
        return saveAs();
    m_project->setViewExtent(m_canvas->extent());
    auto saved = m_project->save(m_project->fileName());
    if (!saved) {
        m_notifier->error(saved.error());
        return false;
    }
    m_project->setDirty(false);
    AppSettings::addRecentProject(m_project->fileName());
    m_notifier->success(tr("Saved %1.").arg(QFileInfo(m_project->fileName()).fileName()), 3);
    updateTitle();
    return true;
}

bool ProjectController::saveAs(const QString &pathIn)
{
    QString path = pathIn;
    if (path.isEmpty()) {
        QString start = m_project->fileName();
        if (start.isEmpty())
            start = AppSettings::lastDirectory(u"project"_s) + u"/"_s + displayName() + u".territoria"_s;
        path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), start,
                                            tr("Territoria projects (*.territoria)"));
        if (path.isEmpty())
            return false;
    }
    if (!path.endsWith(u".territoria"_s, Qt::CaseInsensitive))
        path += u".territoria"_s;
    AppSettings::setLastDirectory(u"project"_s, path);
    m_project->setViewExtent(m_canvas->extent());
    auto saved = m_project->save(path);
    if (!saved) {
        m_notifier->error(saved.error());
        return false;
    }
    m_project->setDirty(false);
    AppSettings::addRecentProject(path);
    m_notifier->success(tr("Saved %1.").arg(QFileInfo(path).fileName()), 3);
    updateTitle();
    return true;
}

} // namespace territoria
