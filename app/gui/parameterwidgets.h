#pragma once

#include "analysis/parameterdefinition.h"
#include "geometry/extent.h"

#include <QHash>
#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace territoria {

class AhpMatrixWidget;
class CrsSelectorWidget;
class Project;

// What parameter widgets may look at: the project's layers and the map extent.
struct ParameterContext {
    QPointer<Project> project;
    std::function<Extent()> mapExtent; // in the project CRS; may be empty
};

// The editor of one declared parameter. value() gives what Algorithm::run takes
// (typed values; an invalid QVariant for "not given"); prepareParameters() checks it.
class ParameterWidget : public QWidget
{
    Q_OBJECT
public:
    const ParameterDefinition &definition() const { return m_definition; }
    virtual QVariant value() const = 0;
    virtual void setValue(const QVariant &value) = 0;

    // A new editor for `definition` (one class per ParameterType family).
    static ParameterWidget *create(const ParameterDefinition &definition, const ParameterContext &context,
                                   QWidget *parent = nullptr);

Q_SIGNALS:
    void valueChanged();

protected:
    ParameterWidget(const ParameterDefinition &definition, QWidget *parent);
    ParameterDefinition m_definition;
};

// Raster or vector layer: the project's matching layers plus files chosen with "…".
class LayerParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    LayerParameterWidget(const ParameterDefinition &definition, const ParameterContext &context, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QComboBox *comboBox() const { return m_combo; }
    // Selects `source`, adding it as a file entry when no project layer has it.
    void selectSource(const QString &source);

private:
    void browse();
    QComboBox *m_combo = nullptr;
    ParameterContext m_context;
};

// A field of the layer chosen in the parent parameter.
class FieldParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    FieldParameterWidget(const ParameterDefinition &definition, const ParameterContext &context, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QComboBox *comboBox() const { return m_combo; }
    // Refills the list with the fields of `source` (a vector layer source).
    void setParentSource(const QString &source);

private:
    QComboBox *m_combo = nullptr;
    ParameterContext m_context;
    QString m_parentSource;
    QString m_wanted; // a value set before the fields were known
};

class NumberParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    NumberParameterWidget(const ParameterDefinition &definition, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QDoubleSpinBox *doubleSpinBox() const { return m_double; }
    QSpinBox *spinBox() const { return m_int; }

private:
    QDoubleSpinBox *m_double = nullptr; // Number
    QSpinBox *m_int = nullptr;          // Integer
};

class BooleanParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    BooleanParameterWidget(const ParameterDefinition &definition, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QCheckBox *checkBox() const { return m_check; }

private:
    QCheckBox *m_check = nullptr;
};

class EnumParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    EnumParameterWidget(const ParameterDefinition &definition, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QComboBox *comboBox() const { return m_combo; }

private:
    QComboBox *m_combo = nullptr;
};

// Free text; a string list without declared options is typed "a, b, c".
class StringParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    StringParameterWidget(const ParameterDefinition &definition, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit = nullptr;
};

// A string list with declared options: a checkable list.
class MultipleChoiceParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    MultipleChoiceParameterWidget(const ParameterDefinition &definition, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QListWidget *listWidget() const { return m_list; }
    QStringList checkedItems() const;

private:
    QListWidget *m_list = nullptr;
};

// An output file: empty means "a new temporary file" (chosen at run time).
class FileOutputParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    FileOutputParameterWidget(const ParameterDefinition &definition, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QLineEdit *lineEdit() const { return m_edit; }
    // A new path in the temporary folder with the declared extension.
    QString temporaryPath() const;
    QString fileFilter() const;

private:
    void browse();
    QLineEdit *m_edit = nullptr;
};

class CrsParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    CrsParameterWidget(const ParameterDefinition &definition, const ParameterContext &context, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    CrsSelectorWidget *selector() const { return m_selector; }

private:
    CrsSelectorWidget *m_selector = nullptr;
};

// xmin, ymin, xmax, ymax with a "Use map extent" button.
class ExtentParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    ExtentParameterWidget(const ParameterDefinition &definition, const ParameterContext &context, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setExtent(const Extent &extent);
    QList<QDoubleSpinBox *> spinBoxes() const { return m_boxes; }

private:
    QList<QDoubleSpinBox *> m_boxes;
    ParameterContext m_context;
    bool m_set = false;
};

// An AHP pairwise comparison matrix (String parameters named `matrix` or
// `ahp_matrix`): AhpMatrixWidget. Optional ones have a check box "use a matrix";
// unchecked gives no value. Criteria names follow a sibling `criteria` (names
// before ":") or `names` parameter of the same dialog when there is one.
class AhpMatrixParameterWidget : public ParameterWidget
{
    Q_OBJECT
public:
    AhpMatrixParameterWidget(const ParameterDefinition &definition, QWidget *parent);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    AhpMatrixWidget *matrixWidget() const { return m_matrix; }
    QCheckBox *enabledCheckBox() const { return m_enabled; } // null when required
    // True for the parameters this widget edits.
    static bool handles(const ParameterDefinition &definition);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followSiblingNames();
    AhpMatrixWidget *m_matrix = nullptr;
    QCheckBox *m_enabled = nullptr;
    bool m_linked = false;
};

} // namespace territoria
