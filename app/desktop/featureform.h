#pragma once

#include "data/field.h"

#include <QDialog>
#include <QVariantList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace territoria {

class VectorLayer;

// The attribute form of one feature: one editor per field chosen by its type
// (whole numbers and decimals in validated line edits honouring the field's
// width and precision, text limited to the field width, date/time editors, a
// check box for booleans) and a "NULL" toggle per field; typing in an editor
// clears its NULL toggle. For a new feature the values start from the last ones
// entered for that layer and field (remembered in QSettings). OK is refused with
// a message in the dialog while a value does not fit its field.
class FeatureForm : public QDialog
{
    Q_OBJECT
public:
    // `settingsKey` identifies the layer for remembered defaults (see settingsKeyFor()).
    FeatureForm(const Fields &fields, const QString &settingsKey, QWidget *parent = nullptr);

    // A key per layer source + sublayer for the remembered values.
    static QString settingsKeyFor(const VectorLayer *layer);

    Fields fields() const { return m_fields; }
    // Shows `values` (fields order; invalid = NULL).
    void setValues(const QVariantList &values);
    // Fills the editors with the values remembered for this layer (NULL where none).
    void loadRememberedValues();
    // Stores the current values as the next defaults.
    void rememberValues() const;

    // The values in fields order, converted to the field types (invalid = NULL).
    // Empty optional with `error` set when one does not fit.
    std::optional<QVariantList> values(QString *error = nullptr) const;

    QWidget *editor(int field) const;
    QCheckBox *nullToggle(int field) const;
    QString validationMessage() const;

    void accept() override;

private:
    struct Row {
        QWidget *editor = nullptr;
        QCheckBox *null = nullptr;
    };
    void setValue(int field, const QVariant &value);
    std::optional<QVariant> value(int field, QString *error) const;

    Fields m_fields;
    QString m_settingsKey;
    QList<Row> m_rows;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace territoria
