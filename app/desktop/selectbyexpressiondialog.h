#pragma once

#include "data/vectorlayer.h"
#include "error.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace territoria {

// Selects the features of a vector layer matching a WHERE clause in GDAL's
// SQLite dialect (as the atlas filter: the FID is SQLite's rowid), combined with
// the current selection: new, add, remove, or select within the selection. With
// unsaved edits the expression runs on an in-memory copy of the edited data.
class SelectByExpressionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, Add, Remove, Within };
    Q_ENUM(Mode)

    explicit SelectByExpressionDialog(VectorLayer *layer, QWidget *parent = nullptr);

    QString expression() const;
    void setExpression(const QString &expression);
    Mode mode() const;
    void setMode(Mode mode);
    QString errorText() const;

    // Runs the expression and changes the layer's selection. False (with the
    // message shown in the dialog) when the expression is not valid.
    bool apply();

    // The FIDs of `layer`'s features matching `where` (as the user sees the data:
    // with unsaved edits, evaluated on an in-memory copy). SQLite's message on error.
    static Result<QSet<qint64>> matchingFeatureIds(const VectorLayer &layer, const QString &where);
    // Combines `matches` with `current` as `mode` says.
    static QSet<qint64> combine(const QSet<qint64> &current, const QSet<qint64> &matches, Mode mode);

private:
    QPointer<VectorLayer> m_layer;
    QPlainTextEdit *m_edit = nullptr;
    QComboBox *m_mode = nullptr;
    QListWidget *m_fields = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace territoria
