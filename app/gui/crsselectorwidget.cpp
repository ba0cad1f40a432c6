#include "crsselectorwidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

QString CrsSelectorWidget::unitName(const QString &projUnit)
{
    if (projUnit == u"metre"_s)
        return tr("metres");
    if (projUnit == u"degree"_s)
        return tr("degrees");
    if (projUnit == u"US survey foot"_s)
        return tr("US survey feet");
    if (projUnit == u"foot"_s)
        return tr("feet");
    return projUnit;
}

QList<int> CrsSelectorWidget::commonEpsgCodes()
{
    return {4326, 32717, 32718, 32719, 24877, 24878, 24879, 4248, 3857};
}

CrsSelectorWidget::CrsSelectorWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *prompt = new QLabel(tr("EPSG code, WKT or PROJ string:"), this);
    layout->addWidget(prompt);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("e.g. EPSG:32719"));
    m_edit->setClearButtonEnabled(true);
    prompt->setBuddy(m_edit);
    layout->addWidget(m_edit);
    layout->addWidget(new QLabel(tr("Common in Peru:"), this));
    m_list = new QListWidget(this);
    m_list->setAlternatingRowColors(true);
    for (int code : commonEpsgCodes()) {
        const Crs crs = Crs::fromEpsg(code);
        auto *item = new QListWidgetItem(
            crs.isValid() ? u"EPSG:%1 — %2"_s.arg(code).arg(crs.name()) : u"EPSG:%1"_s.arg(code), m_list);
        item->setData(Qt::UserRole, code);
    }
    m_list->setMaximumHeight(170);
    layout->addWidget(m_list);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_info);

    connect(m_edit, &QLineEdit::editingFinished, this, &CrsSelectorWidget::parseText);
    connect(m_edit, &QLineEdit::returnPressed, this, &CrsSelectorWidget::parseText);
    // Selection and clicks, not the current item: tabbing into the list makes its
    // first row current without the user choosing it, which must not change the CRS.
    auto choose = [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_edit->setText(u"EPSG:%1"_s.arg(item->data(Qt::UserRole).toInt()));
        parseText();
    };
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this, choose] {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        if (!selected.isEmpty())
            choose(selected.first());
    });
    connect(m_list, &QListWidget::itemClicked, this, choose);
    updateInfo();
}

void CrsSelectorWidget::setCrs(const Crs &crs)
{
    m_crs = crs;
    m_error.clear();
    m_edit->setText(crs.isValid() ? crs.toUserString() : QString());
    m_edit->setCursorPosition(0);
    updateInfo();
}

void CrsSelectorWidget::parseText()
{
    QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    static const QRegularExpression bareCode(u"^\\d{4,6}$"_s);
    if (bareCode.match(text).hasMatch())
        text = u"EPSG:"_s + text;
    if (m_crs.isValid() && text == m_crs.toUserString())
        return;
    auto crs = Crs::fromUserInput(text);
    if (!crs) {
        m_error = crs.error().message;
        updateInfo();
        return;
    }
    m_error.clear();
    m_crs = *crs;
    updateInfo();
    emit crsChanged(m_crs);
}

void CrsSelectorWidget::updateInfo()
{
    if (!m_error.isEmpty()) {
        m_info->setText(u"<span style='color:#b00020'>%1</span>"_s.arg(m_error.toHtmlEscaped()));
        return;
    }
    if (!m_crs.isValid()) {
        m_info->setText(tr("No CRS selected."));
        return;
    }
    QString text = u"<b>%1</b>"_s.arg(m_crs.name().toHtmlEscaped());
    if (!m_crs.authId().isEmpty())
        text += u" (%1)"_s.arg(m_crs.authId());
    text += u"<br>"_s
          + (m_crs.isGeographic() ? tr("Geographic, units: %1") : tr("Projected, units: %1")).arg(unitName(m_crs.mapUnits()));
    double w, s, e, n;
    if (m_crs.areaOfUse(&w, &s, &e, &n))
        text += u"<br>"_s + tr("Area of use: %1° to %2° longitude, %3° to %4° latitude")
                                .arg(w, 0, 'f', 1).arg(e, 0, 'f', 1).arg(s, 0, 'f', 1).arg(n, 0, 'f', 1);
    m_info->setText(text);
}

} // namespace territoria
