#pragma once

#include "error.h"
#include "gui/messagebar.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace territoria {

class LogDock;

// Where problems go: the message bar above the map (dismissable) and the log
// panel (with the library detail). Never a modal box for a non-fatal problem.
class Notifier : public QObject
{
    Q_OBJECT
public:
    Notifier(MessageBar *bar, LogDock *log, QObject *parent = nullptr);

    void info(const QString &text, int timeoutSec = 6);
    void success(const QString &text, int timeoutSec = 5);
    void warning(const QString &text);
    void warning(const QString &text, const QString &actionText, std::function<void()> action);
    void error(const Error &error);
    void error(const QString &text);
    // Only to the log.
    void log(const QString &text);

    MessageBar *messageBar() const { return m_bar; }

private:
    QPointer<MessageBar> m_bar;
    QPointer<LogDock> m_log;
};

} // namespace territoria
