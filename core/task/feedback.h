#pragma once

#include "territoria_core_export.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace territoria {

// Progress, cancel and log for long work. Thread-safe: a worker calls
// setProgress()/pushInfo() and polls isCanceled(); the GUI thread calls cancel()
// and listens to the signals (queued across threads).
class TERRITORIA_CORE_EXPORT Feedback : public QObject
{
    Q_OBJECT
public:
    explicit Feedback(QObject *parent = nullptr);

    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

    // 0..100; emits progressChanged only when the integer percent changes.
    void setProgress(double percent);
    void pushInfo(const QString &message);
    void pushWarning(const QString &message);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(double percent);
    void canceled();
    void infoPushed(const QString &message);
    void warningPushed(const QString &message);

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_progress{0.0};
    std::atomic<int> m_lastPercent{-1};
};

} // namespace territoria
