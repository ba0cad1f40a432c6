#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace territoria {

class Feedback;
class Layer;
class Notifier;
class Project;

// Adds layers from files without blocking the GUI: GDAL opens them in a worker
// thread (QtConcurrent) while a progress dialog offers Cancel (Feedback); the
// layers are then added to the project on the GUI thread. Problems go to the
// notifier; a layer without CRS gets a warning with a "Set CRS…" button.
class LayerOpener : public QObject
{
    Q_OBJECT
public:
    LayerOpener(Project *project, Notifier *notifier, QWidget *dialogParent, QObject *parent = nullptr);

    // Starts opening; when already busy the paths are queued.
    void open(const QStringList &paths);
    bool isBusy() const { return m_busy; }
    // Cancels the files being opened and those queued (as the progress dialog's
    // Cancel does): nothing of them is added.
    void cancel();

    // File dialog filter with GDAL's common vector and raster formats.
    static QString fileFilter();
    // True for files worth offering to GDAL when dropped (not a project file).
    static bool isProjectFile(const QString &path);

Q_SIGNALS:
    // `projectWasEmpty`: the project had no layers before (the view should zoom to them).
    void layersAdded(const QList<territoria::Layer *> &layers, bool projectWasEmpty);
    void setCrsRequested(territoria::Layer *layer);
    void finished();

private:
    void startNext();
    Project *m_project;
    Notifier *m_notifier;
    QPointer<QWidget> m_dialogParent;
    QStringList m_queue;
    QPointer<Feedback> m_feedback;
    bool m_busy = false;
};

} // namespace territoria
