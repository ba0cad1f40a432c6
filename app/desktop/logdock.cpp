#include "logdock.h"

#include <QPlainTextEdit>
#include <QTime>

using namespace Qt::StringLiterals;

namespace territoria {

LogDock::LogDock(QWidget *parent)
    : QDockWidget(tr("Log"), parent)
{
    setObjectName(u"logDock"_s);
    m_view = new QPlainTextEdit(this);
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(5000);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWidget(m_view);
}

void LogDock::append(Level level, const QString &text)
{
    QString tag;
    switch (level) {
    case Level::Info:
        tag = tr("INFO");
        break;
    case Level::Warning:
        tag = tr("WARNING");
        break;
    case Level::Critical:
        tag = tr("ERROR");
        break;
    }
    m_view->appendPlainText(u"%1  %2  %3"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), tag, text));
}

QString LogDock::text() const
{
    return m_view->toPlainText();
}

} // namespace territoria
