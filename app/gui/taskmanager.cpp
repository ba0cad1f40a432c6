#include "taskmanager.h"

#include "analysis/algorithm.h"
#include "task/feedback.h"

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace territoria {

AlgorithmTask::AlgorithmTask(const Algorithm *algorithm, QVariantMap parameters, QObject *parent)
    : QObject(parent)
    , m_algorithm(algorithm)
    , m_algorithmId(algorithm->id())
    , m_displayName(algorithm->displayName())
    , m_parameters(std::move(parameters))
    , m_feedback(new Feedback(this))
{
    // Feedback signals come from the worker thread; these receivers live here, so
    // they are queued to the GUI thread.
    connect(m_feedback, &Feedback::progressChanged, this, &AlgorithmTask::progressChanged);
    connect(m_feedback, &Feedback::infoPushed, this, [this](const QString &m) { emit logged(m, false); });
    connect(m_feedback, &Feedback::warningPushed, this, [this](const QString &m) { emit logged(m, true); });
}

double AlgorithmTask::progress() const
{
    return m_feedback->progress();
}

void AlgorithmTask::cancel()
{
    m_feedback->cancel();
}

void AlgorithmTask::finish(const Result<QVariantMap> &result)
{
    if (result) {
        m_outputs = *result;
        m_state = State::Succeeded;
    } else {
        m_error = result.error();
        m_state = m_feedback->isCanceled() ? State::Canceled : State::Failed;
    }
    emit finished(this);
}

TaskManager::TaskManager(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<territoria::AlgorithmTask *>();
    m_pool.setObjectName(u"territoriaAnalysisPool"_s);
    // Algorithms may use threads of their own: a few runs side by side is enough.
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount() / 2));
}

TaskManager::~TaskManager()
{
    cancelAll();
    m_pool.waitForDone();
}

AlgorithmTask *TaskManager::run(const Algorithm *algorithm, const QVariantMap &parameters)
{
    Q_ASSERT(algorithm);
    auto *task = new AlgorithmTask(algorithm, parameters, this);
    m_tasks << task;
    auto result = std::make_shared<Result<QVariantMap>>(fail(QString()));
    Feedback *feedback = task->feedback();
    auto *watcher = new QFutureWatcher<void>(task);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, task, result] {
        m_tasks.removeAll(task);
        task->finish(*result);
        emit taskFinished(task);
        emit activeCountChanged(activeCount());
        task->deleteLater();
    });
    // The worker only reads the algorithm (const, thread-safe), the copied
    // parameters and the thread-safe feedback.
    watcher->setFuture(QtConcurrent::run(&m_pool, [algorithm, parameters, feedback, result] {
        *result = algorithm->run(parameters, *feedback);
    }));
    emit taskStarted(task);
    emit activeCountChanged(activeCount());
    return task;
}

QList<AlgorithmTask *> TaskManager::activeTasks() const
{
    QList<AlgorithmTask *> list;
    for (const QPointer<AlgorithmTask> &t : m_tasks) {
        if (t && t->isRunning())
            list << t.data();
    }
    return list;
}

void TaskManager::cancelAll()
{
    for (AlgorithmTask *t : activeTasks())
        t->cancel();
}

bool TaskManager::waitForAll(int msecs)
{
    return m_pool.waitForDone(msecs);
}

} // namespace territoria
