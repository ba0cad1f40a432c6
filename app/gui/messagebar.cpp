#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

QWidget *MessageBar::createItem(const QString &title, const QString &text, Level level)
{
    auto *item = new QFrame(this);
    item->setObjectName(u"messageBarItem"_s);
    QString background, border;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (level) {
    case Level::Info:
        background = u"#e7f2fa"_s, border = u"#8fbce6"_s;
        break;
    case Level::Success:
        background = u"#e6f4e6"_s, border = u"#8cc68c"_s;
        break;
    case Level::Warning:
        background = u"#fff6d9"_s, border = u"#e8c25a"_s, icon = QStyle::SP_MessageBoxWarning;
        break;
    case Level::Critical:
        background = u"#fbe3e1"_s, border = u"#e08a82"_s, icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    item->setStyleSheet(u"QFrame#messageBarItem { background: %1; border: 1px solid %2; border-radius: 3px; }"
                        u" QLabel { color: #222; }"_s.arg(background, border));
    auto *row = new QHBoxLayout(item);
    row->setContentsMargins(8, 4, 4, 4);
    auto *iconLabel = new QLabel(item);
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    row->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *label = new QLabel(item);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(title.isEmpty() ? text.toHtmlEscaped()
                                   : u"<b>%1</b> %2"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    label->setProperty("plainMessage", title.isEmpty() ? text : title + u": "_s + text);
    label->setObjectName(u"messageText"_s);
    row->addWidget(label, 1);
    auto *close = new QToolButton(item);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close"));
    row->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, item, [this, item] {
        item->deleteLater();
        item->hide();
        m_layout->removeWidget(item);
        setVisible(count() > 0);
    });
    // Keep a bounded number of messages: drop the oldest.
    while (m_layout->count() >= MaxItems) {
        QWidget *oldest = m_layout->itemAt(m_layout->count() - 1)->widget();
        m_layout->removeWidget(oldest);
        delete oldest;
    }
    m_layout->insertWidget(0, item);
    show();
    emit messagePushed(title, text, level);
    return item;
}

QWidget *MessageBar::pushMessage(const QString &title, const QString &text, Level level, int timeoutSec)
{
    QWidget *item = createItem(title, text, level);
    if (timeoutSec > 0) {
        QPointer<QWidget> guard(item);
        QTimer::singleShot(timeoutSec * 1000, this, [this, guard] {
            if (!guard)
                return;
            m_layout->removeWidget(guard);
            delete guard.data();
            setVisible(count() > 0);
        });
    }
    return item;
}

QWidget *MessageBar::pushMessage(const QString &title, const QString &text, Level level,
                                 const QString &actionText, std::function<void()> action)
{
    QWidget *item = createItem(title, text, level);
    auto *button = new QPushButton(actionText, item);
    auto *row = static_cast<QHBoxLayout *>(item->layout());
    row->insertWidget(row->count() - 1, button, 0, Qt::AlignTop);
    QPointer<QWidget> guard(item);
    connect(button, &QPushButton::clicked, this, [this, guard, action] {
        if (guard) {
            m_layout->removeWidget(guard);
            guard->hide();
            guard->deleteLater();
            setVisible(count() > 0);
        }
        if (action)
            action();
    });
    return item;
}

int MessageBar::count() const
{
    return m_layout->count();
}

QStringList MessageBar::messages() const
{
    QStringList result;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (QWidget *w = m_layout->itemAt(i)->widget()) {
            if (auto *label = w->findChild<QLabel *>(u"messageText"_s))
                result << label->property("plainMessage").toString();
        }
    }
    return result;
}

void MessageBar::clear()
{
    while (m_layout->count() > 0) {
        QWidget *w = m_layout->itemAt(0)->widget();
        m_layout->removeWidget(w);
        delete w;
    }
    hide();
}

} // namespace territoria
