#include "render/maprenderjob.h"

#include "data/layer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// Threads that draw layers (and tiles of layers): one per core.
QThreadPool *renderPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setObjectName(u"territoria-render"_s);
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

// Threads that coordinate asynchronous jobs (they mostly wait for renderPool()).
QThreadPool *jobPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setObjectName(u"territoria-render-jobs"_s);
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

// Settings for the rows [top, top + rows) of `settings`' output.
MapSettings tileSettings(const MapSettings &settings, int top, int rows)
{
    MapSettings s = settings;
    const Extent v = settings.visibleExtent();
    const double mupp = settings.mapUnitsPerPixel();
    const double yMax = v.yMax() - top * mupp;
    const double yMin = yMax - rows * mupp;
    s.setExtent(Extent(v.xMin(), yMin, v.xMax(), yMax));
    s.setOutputSize(QSize(settings.outputSize().width(), rows));
    return s;
}

} // namespace

MapRenderJob::MapRenderJob(const MapSettings &settings, const QList<Layer *> &layers, QObject *parent)
    : MapRenderJob(settings, layers, LayerFilter::VisibleOnly, parent)
{
}

MapRenderJob::MapRenderJob(const MapSettings &settings, const QList<Layer *> &layers, LayerFilter filter,
                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    // Input is top first; we keep bottom first.
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        const Layer *layer = *it;
        if (!layer || (filter == LayerFilter::VisibleOnly && !layer->isVisible()))
            continue;
        if (auto renderer = layer->createRenderer(settings))
            m_renderers.push_back(std::move(renderer));
    }
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &MapRenderJob::finished);
}

MapRenderJob::~MapRenderJob()
{
    cancel();
    waitForFinished();
}

void MapRenderJob::start()
{
    if (isActive())
        return;
    m_canceled = false;
    m_errors.clear();
    m_warnings.clear();
    m_watcher.setFuture(QtConcurrent::run(jobPool(), [this] { runAll(nullptr, true); }));
}

void MapRenderJob::cancel()
{
    m_canceled = true;
}

void MapRenderJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

bool MapRenderJob::isActive() const
{
    return m_watcher.isRunning();
}

QImage MapRenderJob::renderedImage() const
{
    return m_image;
}

void MapRenderJob::renderSynchronously(QPainter *painter)
{
    m_canceled = false;
    m_errors.clear();
    m_warnings.clear();
    runAll(painter, false);
}

QImage MapRenderJob::renderToImage()
{
    m_canceled = false;
    m_errors.clear();
    m_warnings.clear();
    runAll(nullptr, true);
    return m_image;
}

void MapRenderJob::runAll(QPainter *painter, bool parallel)
{
    QElapsedTimer timer;
    timer.start();
    const QSize size = m_settings.outputSize();
    QMutex mutex;
    QList<LayerRenderError> errors;
    QStringList warnings;
    LabelEngine labels(size);

    auto report = [&](const LayerRenderer &r, Result<void> &result, const QStringList &w) {
        QMutexLocker lock(&mutex);
        warnings += w;
        if (!result)
            errors.append(LayerRenderError{r.layerId(), r.layerName(), result.error()});
    };

    if (!m_settings.isValid()) {
        for (const auto &r : m_renderers) {
            Result<void> result = fail(QCoreApplication::translate("MapRenderJob", "Invalid map extent or output size"));
            report(*r, result, {});
        }
    }

    if (!parallel) {
        Q_ASSERT(painter);
        painter->save();
        painter->fillRect(QRectF(0, 0, size.width(), size.height()), m_settings.backgroundColor());
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
        if (m_settings.isValid()) {
            for (size_t li = 0; li < m_renderers.size(); ++li) {
                const auto &r = m_renderers[li];
                if (m_canceled)
                    break;
                painter->save();
                painter->setClipRect(QRectF(0, 0, size.width(), size.height()), Qt::IntersectClip); // keeps a caller's clip (layout frames)
                painter->setOpacity(std::clamp(r->opacity(), 0.0, 1.0));
                RenderContext ctx;
                ctx.painter = painter;
                ctx.settings = m_settings;
                ctx.canceled = &m_canceled;
                ctx.labels = &labels;
                ctx.layerOrder = int(li);
                Result<void> result = r->render(ctx);
                painter->restore();
                report(*r, result, ctx.warnings);
            }
            if (!m_canceled && labels.featureCount() > 0) {
                labels.run();
                painter->save();
                painter->setClipRect(QRectF(0, 0, size.width(), size.height()), Qt::IntersectClip); // keeps a caller's clip (layout frames)
                labels.draw(painter);
                painter->restore();
            }
        }
        painter->restore();
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(m_settings.backgroundColor());
        if (m_settings.isValid() && !m_renderers.empty()) {
            const int threads = std::max(1, renderPool()->maxThreadCount());
            const int layerCount = int(m_renderers.size());
            // The bottom layer, if opaque, draws straight into the final image.
            const bool directBottom = m_renderers.front()->opacity() >= 1.0;
            std::vector<QImage> layerImages(m_renderers.size());
            struct Task {
                int layer;
                int top;
                int rows;
            };
            std::vector<Task> tasks;
            for (int i = 0; i < layerCount; ++i) {
                if (!(i == 0 && directBottom)) { // else tiles write straight into `image`
                    layerImages[i] = QImage(size, QImage::Format_ARGB32_Premultiplied);
                    layerImages[i].fill(Qt::transparent);
                }
                // Layers render in parallel; a vector layer also reads on a second
                // thread (see VectorLayerRenderer). Splitting one layer into bands that
                // each read their own extent is possible (TERRITORIA_RENDER_TILES=n) but
                // measured 4x slower on GeoPackage: a spatial filter joins the R-tree
                // per feature, where the full view reads the table sequentially.
                int tiles = 1;
                Q_UNUSED(threads);
                if (const QByteArray env = qgetenv("TERRITORIA_RENDER_TILES"); !env.isEmpty())
                    tiles = std::clamp(env.toInt(), 1, 64);
                const int rowsPer = (size.height() + tiles - 1) / tiles;
                for (int t = 0; t < tiles; ++t) {
                    const int top = t * rowsPer;
                    const int rows = std::min(rowsPer, size.height() - top);
                    if (rows > 0)
                        tasks.push_back(Task{i, top, rows});
                }
            }
            // Detach once here, so that every tile wraps the final buffers.
            uchar *baseBits = image.bits();
            std::vector<uchar *> bits(layerImages.size());
            for (size_t i = 0; i < layerImages.size(); ++i)
                bits[i] = (i == 0 && directBottom) ? baseBits : layerImages[i].bits();
            const qsizetype bpl = image.bytesPerLine();

            std::vector<Result<void>> results(tasks.size());
            std::vector<QStringList> taskWarnings(tasks.size());
            QList<QFuture<void>> futures;
            for (size_t k = 0; k < tasks.size(); ++k) {
                futures.append(QtConcurrent::run(renderPool(), [&, k] {
                    const Task task = tasks[k];
                    if (m_canceled)
                        return;
                    QImage tile(bits[task.layer] + qsizetype(task.top) * bpl, size.width(), task.rows, bpl,
                                QImage::Format_ARGB32_Premultiplied);
                    QPainter p(&tile);
                    p.setRenderHint(QPainter::Antialiasing, true);
                    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
                    RenderContext ctx;
                    ctx.painter = &p;
                    ctx.settings = task.rows == size.height() ? m_settings : tileSettings(m_settings, task.top, task.rows);
                    ctx.canceled = &m_canceled;
                    ctx.labels = &labels;
                    ctx.layerOrder = task.layer;
                    ctx.labelOffset = QPointF(0, task.top);
                    results[k] = m_renderers[task.layer]->render(ctx);
                    p.end();
                    taskWarnings[k] = ctx.warnings;
                }));
            }
            for (auto &f : futures)
                f.waitForFinished();

            // One report per layer (its first failure), warnings de-duplicated.
            std::vector<bool> failed(m_renderers.size(), false);
            for (size_t k = 0; k < tasks.size(); ++k) {
                const int li = tasks[k].layer;
                for (const QString &w : std::as_const(taskWarnings[k]))
                    if (!warnings.contains(w))
                        warnings.append(w);
                if (!results[k] && !failed[li]) {
                    failed[li] = true;
                    errors.append(LayerRenderError{m_renderers[li]->layerId(), m_renderers[li]->layerName(),
                                                   results[k].error()});
                }
            }
            if (directBottom && failed[0])
                image.fill(m_settings.backgroundColor()); // drop what the failed bottom layer drew
            QPainter compositor(&image);
            for (int i = 0; i < layerCount; ++i) {
                if ((i == 0 && directBottom) || failed[i])
                    continue;
                compositor.setOpacity(std::clamp(m_renderers[i]->opacity(), 0.0, 1.0));
                compositor.drawImage(0, 0, layerImages[i]);
            }
            if (!m_canceled && labels.featureCount() > 0) {
                labels.run();
                compositor.setOpacity(1.0);
                compositor.setRenderHint(QPainter::Antialiasing, true);
                labels.draw(&compositor);
            }
            compositor.end();
        }
        m_image = image;
    }
    m_errors = errors;
    m_warnings = warnings;
    m_placedLabels = labels.placedLabels();
    m_renderTimeMs = timer.elapsed();
}

} // namespace territoria
