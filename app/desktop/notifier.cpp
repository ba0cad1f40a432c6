#include "notifier.h"

#include "logdock.h"

namespace territoria {

Notifier::Notifier(MessageBar *bar, LogDock *log, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_log(log)
{
}

void Notifier::info(const QString &text, int timeoutSec)
{
    if (m_bar)
        m_bar->pushMessage(QString(), text, MessageBar::Level::Info, timeoutSec);
    if (m_log)
        m_log->append(LogDock::Level::Info, text);
}

void Notifier::success(const QString &text, int timeoutSec)
{
    if (m_bar)
        m_bar->pushMessage(QString(), text, MessageBar::Level::Success, timeoutSec);
    if (m_log)
        m_log->append(LogDock::Level::Info, text);
}

void Notifier::warning(const QString &text)
{
    if (m_bar)
        m_bar->pushMessage(tr("Warning:"), text, MessageBar::Level::Warning);
    if (m_log)
        m_log->append(LogDock::Level::Warning, text);
}

void Notifier::warning(const QString &text, const QString &actionText, std::function<void()> action)
{
    if (m_bar)
        m_bar->pushMessage(tr("Warning:"), text, MessageBar::Level::Warning, actionText, std::move(action));
    if (m_log)
        m_log->append(LogDock::Level::Warning, text);
}

void Notifier::error(const Error &error)
{
    if (m_bar)
        m_bar->pushMessage(tr("Error:"), error.message, MessageBar::Level::Critical);
    if (m_log)
        m_log->append(LogDock::Level::Critical, error.toString());
}

void Notifier::error(const QString &text)
{
    error(Error{text, {}, {}});
}

void Notifier::log(const QString &text)
{
    if (m_log)
        m_log->append(LogDock::Level::Info, text);
}

} // namespace territoria
