#pragma once

#include <QDockWidget>

class QPlainTextEdit;

namespace territoria {

// Every message of the session (infos, warnings, errors with GDAL/PROJ detail), timestamped.
class LogDock : public QDockWidget
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Critical };
    explicit LogDock(QWidget *parent = nullptr);
    void append(Level level, const QString &text);
    QString text() const;

private:
    QPlainTextEdit *m_view = nullptr;
};

} // namespace territoria
