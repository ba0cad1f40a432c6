#include "feedback.h"

#include <cmath>

namespace territoria {

Feedback::Feedback(QObject *parent)
    : QObject(parent)
{
}

void Feedback::setProgress(double percent)
{
    if (!std::isfinite(percent))
        return;
    percent = std::clamp(percent, 0.0, 100.0);
    m_progress.store(percent, std::memory_order_relaxed);
    const int whole = static_cast<int>(percent);
    if (m_lastPercent.exchange(whole) != whole)
        Q_EMIT progressChanged(percent);
}

void Feedback::pushInfo(const QString &message)
{
    Q_EMIT infoPushed(message);
}

void Feedback::pushWarning(const QString &message)
{
    Q_EMIT warningPushed(message);
}

void Feedback::cancel()
{
    if (!m_canceled.exchange(true))
        Q_EMIT canceled();
}

} // namespace territoria
