#pragma once

#include "error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QVariantMap>

#include <optional>

namespace territoria {

class Algorithm;
class Feedback;

// One run of an algorithm: its parameters, its Feedback (progress, log, cancel) and,
// once finished, its outputs or error. Lives on the GUI thread; the work runs on the
// TaskManager's pool.
class AlgorithmTask : public QObject
{
    Q_OBJECT
public:
    enum class State { Running, Succeeded, Failed, Canceled };
    Q_ENUM(State)

    const Algorithm *algorithm() const { return m_algorithm; }
    QString algorithmId() const { return m_algorithmId; }
    QString displayName() const { return m_displayName; }
    QVariantMap parameters() const { return m_parameters; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    Feedback *feedback() const { return m_feedback; }
    double progress() const;
    QVariantMap outputs() const { return m_outputs; }
    std::optional<Error> error() const { return m_error; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(double percent);
    // A line of the run's log; `warning` for warnings.
    void logged(const QString &message, bool warning);
    void finished(territoria::AlgorithmTask *task);

private:
    friend class TaskManager;
    AlgorithmTask(const Algorithm *algorithm, QVariantMap parameters, QObject *parent);
    void finish(const Result<QVariantMap> &result);

    const Algorithm *m_algorithm;
    QString m_algorithmId;
    QString m_displayName;
    QVariantMap m_parameters;
    Feedback *m_feedback = nullptr;
    State m_state = State::Running;
    QVariantMap m_outputs;
    std::optional<Error> m_error;
};

// Runs algorithms on a dedicated thread pool (QtConcurrent), several at a time,
// without blocking the GUI. Algorithms are const and thread-safe; the parameters
// are plain values (paths, numbers), never Layer or Project objects.
class TaskManager : public QObject
{
    Q_OBJECT
public:
    explicit TaskManager(QObject *parent = nullptr);
    // Cancels what still runs and waits for it.
    ~TaskManager() override;

    // Starts `algorithm` with `parameters` (as given to Algorithm::run) and returns
    // the task (owned by the manager until it finishes, then deleted later).
    AlgorithmTask *run(const Algorithm *algorithm, const QVariantMap &parameters);

    QList<AlgorithmTask *> activeTasks() const;
    int activeCount() const { return int(activeTasks().size()); }
    void cancelAll();
    // Waits for the running tasks to finish (after cancelAll(), usually). Returns
    // false when they are still running after `msecs`.
    bool waitForAll(int msecs = -1);

    QThreadPool *threadPool() { return &m_pool; }

Q_SIGNALS:
    void taskStarted(territoria::AlgorithmTask *task);
    void taskFinished(territoria::AlgorithmTask *task);
    void activeCountChanged(int count);

private:
    QThreadPool m_pool;
    QList<QPointer<AlgorithmTask>> m_tasks;
};

} // namespace territoria
