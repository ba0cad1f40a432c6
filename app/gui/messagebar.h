#pragma once

#include <QFrame>
#include <QPointer>
#include <functional>

class QVBoxLayout;

namespace territoria {

// Dismissable messages shown above the map (as QGIS's message bar): the newest
// on top, at most a few at a time. Each can carry one action button.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    enum class Level { Info, Success, Warning, Critical };
    Q_ENUM(Level)

    explicit MessageBar(QWidget *parent = nullptr);

    // `timeoutSec` 0 keeps the message until dismissed. Returns the item widget.
    QWidget *pushMessage(const QString &title, const QString &text, Level level = Level::Info,
                         int timeoutSec = 0);
    // Same, with a button that runs `action` (and dismisses the message).
    QWidget *pushMessage(const QString &title, const QString &text, Level level, const QString &actionText,
                         std::function<void()> action);
    int count() const;
    QStringList messages() const; // "title: text" of the visible items, newest first

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void messagePushed(const QString &title, const QString &text, territoria::MessageBar::Level level);

private:
    QWidget *createItem(const QString &title, const QString &text, Level level);
    QVBoxLayout *m_layout = nullptr;
    static constexpr int MaxItems = 4;
};

} // namespace territoria
