#pragma once

#include "crs/coordinatetransform.h"
#include "crs/crs.h"

#include <QDialog>
#include <QPointF>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace territoria {

class CrsSelectorWidget;

// The project CRS and the datum transformations it uses. For each layer CRS
// that differs from the project CRS, lists PROJ's candidate operations, shows
// which one is used by default, and lets the user pin one into the project's
// TransformContext (e.g. PSAD56 -> WGS 84 for Peru).
class ProjectCrsDialog : public QDialog
{
    Q_OBJECT
public:
    // `layerCrsList`: the distinct CRSs of the project's layers.
    ProjectCrsDialog(const Crs &projectCrs, const TransformContext &context, const QList<Crs> &layerCrsList,
                     QWidget *parent = nullptr);

    Crs crs() const;
    TransformContext transformContext() const { return m_context; }

    // Where the map is looked at (a point in `crs`, e.g. the canvas center): PROJ's
    // default choice depends on the place, so the dialog shows the one used there.
    // Without it, the center of the layer CRS's area of use is used.
    void setReferencePoint(const QPointF &point, const Crs &crs);

    // Test hooks: pin operation `row` (as listed) for layer CRS `layerCrsIndex`.
    bool pinOperation(int layerCrsIndex, int row);
    int operationCount() const;
    // The row of the operation PROJ uses by default at the reference point, or -1.
    int defaultOperationRow() const { return m_defaultRow; }

private:
    void updateOperations();
    int findDefaultRow(const Crs &source, const Crs &dest) const;
    Crs currentSourceCrs() const;
    CrsSelectorWidget *m_selector = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QTreeWidget *m_operations = nullptr;
    QLabel *m_defaultLabel = nullptr;
    QPushButton *m_pinButton = nullptr;
    QPushButton *m_unpinButton = nullptr;
    QList<Crs> m_layerCrs;
    QList<CoordinateOperation> m_ops;
    TransformContext m_context;
    QPointF m_referencePoint;
    Crs m_referenceCrs;
    int m_defaultRow = -1;
};

} // namespace territoria
