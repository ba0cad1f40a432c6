#include "featureform.h"

#include "data/vectorlayer.h"
#include "gui/attributetablemodel.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSettings>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

QString settingsGroup(const QString &key)
{
    return u"featureFormDefaults/"_s + key;
}

} // namespace

FeatureForm::FeatureForm(const Fields &fields, const QString &settingsKey, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_settingsKey(settingsKey)
{
    setObjectName(u"featureForm"_s);
    setWindowTitle(tr("Feature Attributes"));
    auto *layout = new QVBoxLayout(this);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QLocale locale;

    for (int i = 0; i < m_fields.size(); ++i) {
        const Field &field = m_fields.at(i);
        Row row;
        QWidget *editor = nullptr;
        auto *nullBox = new QCheckBox(u"NULL"_s, inner);
        nullBox->setObjectName(u"null_"_s + field.name);
        nullBox->setToolTip(tr("No value (NULL) for “%1”").arg(field.name));
        auto clearNull = [nullBox] { nullBox->setChecked(false); };
        switch (field.type) {
        case FieldType::Integer: {
            auto *edit = new QLineEdit(inner);
            int top = std::numeric_limits<int>::max();
            if (field.width > 0 && field.width < 10)
                top = int(std::pow(10.0, field.width)) - 1;
            edit->setValidator(new QIntValidator(-top, top, edit));
            edit->setPlaceholderText(tr("whole number"));
            connect(edit, &QLineEdit::textEdited, nullBox, clearNull);
            editor = edit;
            break;
        }
        case FieldType::Integer64: {
            auto *edit = new QLineEdit(inner);
            const int digits = field.width > 0 ? std::min(field.width, 19) : 19;
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(u"-?\\d{0,%1}"_s.arg(digits)), edit));
            edit->setPlaceholderText(tr("whole number"));
            connect(edit, &QLineEdit::textEdited, nullBox, clearNull);
            editor = edit;
            break;
        }
        case FieldType::Real: {
            auto *edit = new QLineEdit(inner);
            double top = std::numeric_limits<double>::max();
            if (field.width > 0) {
                const int integerDigits = field.width - field.precision - (field.precision > 0 ? 1 : 0);
                top = std::pow(10.0, std::max(0, integerDigits)) - std::pow(10.0, -field.precision);
            }
            auto *validator = new QDoubleValidator(-top, top, field.precision > 0 ? field.precision : 15, edit);
            validator->setNotation(QDoubleValidator::StandardNotation);
            validator->setLocale(locale);
            edit->setValidator(validator);
            edit->setPlaceholderText(field.precision > 0 ? tr("number, %n decimal(s)", nullptr, field.precision)
                                                         : tr("number"));
            connect(edit, &QLineEdit::textEdited, nullBox, clearNull);
            editor = edit;
            break;
        }
        case FieldType::String: {
            auto *edit = new QLineEdit(inner);
            if (field.width > 0)
                edit->setMaxLength(field.width);
            connect(edit, &QLineEdit::textEdited, nullBox, clearNull);
            editor = edit;
            break;
        }
        case FieldType::Date: {
            auto *edit = new QDateEdit(QDate::currentDate(), inner);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(u"yyyy-MM-dd"_s);
            connect(edit, &QDateEdit::dateChanged, nullBox, clearNull);
            editor = edit;
            break;
        }
        case FieldType::DateTime: {
            auto *edit = new QDateTimeEdit(QDateTime::currentDateTime(), inner);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
            connect(edit, &QDateTimeEdit::dateTimeChanged, nullBox, clearNull);
            editor = edit;
            break;
        }
        case FieldType::Time: {
            auto *edit = new QTimeEdit(QTime::currentTime(), inner);
            edit->setDisplayFormat(u"HH:mm:ss"_s);
            connect(edit, &QTimeEdit::timeChanged, nullBox, clearNull);
            editor = edit;
            break;
        }
        case FieldType::Boolean: {
            auto *box = new QCheckBox(inner);
            connect(box, &QCheckBox::toggled, nullBox, clearNull);
            editor = box;
            break;
        }
        default: {
            auto *label = new QLabel(tr("(%1 values cannot be edited)").arg(Field::typeName(field.type)), inner);
            label->setEnabled(false);
            editor = label;
            nullBox->setEnabled(false);
            break;
        }
        }
        editor->setObjectName(u"field_"_s + field.name);
        editor->setToolTip(u"%1 (%2%3)"_s.arg(field.name, Field::typeName(field.type),
                                              field.width > 0 ? (field.precision > 0
                                                                     ? u" %1.%2"_s.arg(field.width).arg(field.precision)
                                                                     : u" %1"_s.arg(field.width))
                                                              : QString()));
        nullBox->setChecked(true);
        row.editor = editor;
        row.null = nullBox;
        auto *line = new QHBoxLayout;
        line->addWidget(editor, 1);
        line->addWidget(nullBox);
        form->addRow(field.name, line);
        m_rows << row;
    }
    if (m_fields.isEmpty())
        form->addRow(new QLabel(tr("This layer has no attribute fields."), inner));
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"validationMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeatureForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(420, std::min(600, 140 + 34 * int(m_fields.size())));
}

QString FeatureForm::settingsKeyFor(const VectorLayer *layer)
{
    if (!layer)
        return {};
    const QByteArray id = (layer->source() + u'|' + layer->sublayerName()).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(16));
}

QWidget *FeatureForm::editor(int field) const
{
    return field >= 0 && field < m_rows.size() ? m_rows.at(field).editor : nullptr;
}

QCheckBox *FeatureForm::nullToggle(int field) const
{
    return field >= 0 && field < m_rows.size() ? m_rows.at(field).null : nullptr;
}

QString FeatureForm::validationMessage() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void FeatureForm::setValue(int i, const QVariant &value)
{
    const Row &row = m_rows.at(i);
    const bool isNull = !value.isValid() || value.isNull();
    QWidget *editor = row.editor;
    if (!isNull) {
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            const Field &field = m_fields.at(i);
            if (field.type == FieldType::Real) {
                QLocale locale;
                locale.setNumberOptions(QLocale::OmitGroupSeparator);
                edit->setText(field.precision > 0 ? locale.toString(value.toDouble(), 'f', field.precision)
                                                  : locale.toString(value.toDouble(), 'g', 15));
            } else
                edit->setText(value.toString());
        } else if (auto *dt = qobject_cast<QDateTimeEdit *>(editor)) {
            // QDateEdit and QTimeEdit are QDateTimeEdits too.
            if (value.typeId() == QMetaType::QDate)
                dt->setDate(value.toDate());
            else if (value.typeId() == QMetaType::QTime)
                dt->setTime(value.toTime());
            else
                dt->setDateTime(value.toDateTime());
        } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
            box->setChecked(value.toBool());
        }
    }
    row.null->setChecked(isNull);
}

void FeatureForm::setValues(const QVariantList &values)
{
    for (int i = 0; i < m_rows.size(); ++i)
        setValue(i, values.value(i));
}

void FeatureForm::loadRememberedValues()
{
    if (m_settingsKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(m_settingsKey));
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString key = m_fields.at(i).name;
        if (!settings.contains(key))
            continue;
        const QVariant stored = settings.value(key);
        // Stored as text (QSettings INI loses types): convert back to the field type.
        const auto converted = AttributeTableModel::convertValue(m_fields.at(i), stored);
        setValue(i, converted ? *converted : QVariant());
    }
}

void FeatureForm::rememberValues() const
{
    if (m_settingsKey.isEmpty())
        return;
    const auto current = values();
    if (!current)
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(m_settingsKey));
    for (int i = 0; i < m_fields.size(); ++i) {
        const QVariant v = current->value(i);
        if (!v.isValid() || v.isNull()) {
            settings.remove(m_fields.at(i).name);
            continue;
        }
        QString text;
        switch (v.typeId()) {
        case QMetaType::QDate: text = v.toDate().toString(Qt::ISODate); break;
        case QMetaType::QDateTime: text = v.toDateTime().toString(Qt::ISODate); break;
        case QMetaType::QTime: text = v.toTime().toString(Qt::ISODate); break;
        case QMetaType::Double: text = QLocale::c().toString(v.toDouble(), 'g', 17); break;
        case QMetaType::Bool: text = v.toBool() ? u"true"_s : u"false"_s; break;
        default: text = v.toString(); break;
        }
        settings.setValue(m_fields.at(i).name, text);
    }
}

std::optional<QVariant> FeatureForm::value(int i, QString *error) const
{
    const Row &row = m_rows.at(i);
    const Field &field = m_fields.at(i);
    if (row.null->isChecked() || !row.null->isEnabled())
        return QVariant();
    QVariant raw;
    if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
        raw = edit->text();
        // An empty number is NULL; an empty text stays an empty text.
        if (field.type != FieldType::String && edit->text().trimmed().isEmpty())
            return QVariant();
    } else if (auto *de = qobject_cast<QDateEdit *>(row.editor)) {
        raw = de->date();
    } else if (auto *te = qobject_cast<QTimeEdit *>(row.editor)) {
        raw = te->time();
    } else if (auto *dt = qobject_cast<QDateTimeEdit *>(row.editor)) {
        raw = dt->dateTime();
    } else if (auto *box = qobject_cast<QCheckBox *>(row.editor)) {
        raw = box->isChecked();
    } else {
        return QVariant();
    }
    return AttributeTableModel::convertValue(field, raw, error);
}

std::optional<QVariantList> FeatureForm::values(QString *error) const
{
    QVariantList out;
    out.reserve(m_fields.size());
    for (int i = 0; i < m_fields.size(); ++i) {
        const auto v = value(i, error);
        if (!v)
            return std::nullopt;
        out << *v;
    }
    return out;
}

void FeatureForm::accept()
{
    QString error;
    if (!values(&error)) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    m_message->hide();
    rememberValues();
    QDialog::accept();
}

} // namespace territoria
