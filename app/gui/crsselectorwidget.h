#pragma once

#include "crs/crs.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace territoria {

// Picks a CRS: type "EPSG:32719", a bare code, WKT or a PROJ string, or pick one
// of the CRSs commonly used in Peru. Shows the name, units and validity.
class CrsSelectorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CrsSelectorWidget(QWidget *parent = nullptr);

    Crs crs() const { return m_crs; }
    void setCrs(const Crs &crs);
    QString errorText() const { return m_error; }

    // EPSG codes offered in the short list.
    static QList<int> commonEpsgCodes();
    // PROJ's unit name ("metre", "degree") as the user reads it.
    static QString unitName(const QString &projUnit);

Q_SIGNALS:
    void crsChanged(const territoria::Crs &crs);

private:
    void parseText();
    void updateInfo();
    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_info = nullptr;
    Crs m_crs;
    QString m_error;
};

} // namespace territoria
