#include "layeropener.h"

#include "data/layerloader.h"
#include "notifier.h"
#include "project/project.h"
#include "task/feedback.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

struct OpenOutcome {
    std::vector<std::unique_ptr<Layer>> layers;
    QList<Error> errors;
    bool canceled = false;
};

} // namespace

LayerOpener::LayerOpener(Project *project, Notifier *notifier, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_notifier(notifier)
    , m_dialogParent(dialogParent)
{
}

QString LayerOpener::fileFilter()
{
    return tr("All supported files (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf "
              "*.fgb *.gpx *.dxf *.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)")
         + u";;"_s
         + tr("Vector files (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.tab *.mif *.osm *.pbf *.fgb "
              "*.gpx *.dxf)")
         + u";;"_s + tr("Raster files (*.tif *.tiff *.asc *.img *.vrt *.jp2 *.png *.jpg *.nc *.dem *.hgt)")
         + u";;"_s + tr("All files (*)");
}

void LayerOpener::cancel()
{
    m_queue.clear();
    if (m_feedback)
        m_feedback->cancel();
}

bool LayerOpener::isProjectFile(const QString &path)
{
    return path.endsWith(u".territoria"_s, Qt::CaseInsensitive);
}

void LayerOpener::open(const QStringList &paths)
{
    m_queue.append(paths);
    if (!m_busy)
        startNext();
}

void LayerOpener::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        emit finished();
        return;
    }
    m_busy = true;
    const QStringList paths = std::exchange(m_queue, {});
    auto *feedback = new Feedback(this);
    m_feedback = feedback;
    auto outcome = std::make_shared<OpenOutcome>();
    QThread *guiThread = thread();

    QProgressDialog *progress = nullptr;
    if (m_dialogParent) {
        progress = new QProgressDialog(m_dialogParent);
        progress->setWindowTitle(tr("Adding layers"));
        progress->setLabelText(paths.size() == 1 ? tr("Opening %1…").arg(QFileInfo(paths.first()).fileName())
                                                 : tr("Opening %n file(s)…", nullptr, int(paths.size())));
        progress->setObjectName(u"openProgressDialog"_s);
        // A busy indicator until the reader reports real progress.
        progress->setRange(0, 0);
        progress->setMinimumDuration(400);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setWindowModality(Qt::WindowModal);
        connect(progress, &QProgressDialog::canceled, feedback, &Feedback::cancel);
        connect(feedback, &Feedback::progressChanged, progress, [progress](double p) {
            if (progress->maximum() == 0)
                progress->setRange(0, 100);
            progress->setValue(int(p));
        });
    }

    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, outcome, feedback, progress] {
        watcher->deleteLater();
        feedback->deleteLater();
        if (progress)
            progress->deleteLater();
        if (progress)
            progress->hide();
        m_feedback = nullptr;
        // Canceled: whatever was opened before the reader noticed is dropped too.
        if (feedback->isCanceled()) {
            outcome->canceled = true;
            outcome->layers.clear();
        }
        const bool wasEmpty = m_project->layerCount() == 0;
        for (const Error &e : std::as_const(outcome->errors))
            m_notifier->error(e);
        if (outcome->canceled)
            m_notifier->info(tr("Adding layers was canceled."));
        QList<Layer *> added;
        for (auto &layer : outcome->layers) {
            const QStringList warnings = layer->warnings();
            Layer *l = m_project->addLayer(std::move(layer), 0);
            if (!l)
                continue;
            added << l;
            for (const QString &w : warnings)
                m_notifier->log(u"%1: %2"_s.arg(l->name(), w));
            if (!l->hasSourceCrs() && !l->crs().isValid()) {
                QPointer<Layer> guard(l);
                m_notifier->warning(
                    tr("Layer “%1” has no coordinate reference system (%2). It is drawn as if it were in the "
                       "project CRS; set its CRS so that it lines up with the other layers.")
                        .arg(l->name(), QFileInfo(l->source()).fileName()),
                    tr("Set CRS…"), [this, guard] {
                        if (guard)
                            emit setCrsRequested(guard);
                    });
            }
        }
        if (!added.isEmpty()) {
            m_project->setDirty();
            m_notifier->log(tr("Added %n layer(s).", nullptr, int(added.size())));
            emit layersAdded(added, wasEmpty);
        }
        startNext();
    });

    watcher->setFuture(QtConcurrent::run([paths, outcome, feedback, guiThread] {
        for (const QString &path : paths) {
            if (feedback->isCanceled()) {
                outcome->canceled = true;
                break;
            }
            auto layers = openLayers(path, feedback);
            if (!layers) {
                if (feedback->isCanceled())
                    outcome->canceled = true;
                else
                    outcome->errors << layers.error();
                continue;
            }
            for (auto &layer : *layers) {
                // Created here; the project lives on the GUI thread.
                layer->moveToThread(guiThread);
                outcome->layers.push_back(std::move(layer));
            }
        }
    }));
    if (progress)
        progress->setValue(0);
}

} // namespace territoria
