#include "projectcrsdialog.h"

#include "crsselectorwidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

ProjectCrsDialog::ProjectCrsDialog(const Crs &projectCrs, const TransformContext &context,
                                   const QList<Crs> &layerCrsList, QWidget *parent)
    : QDialog(parent)
    , m_layerCrs(layerCrsList)
    , m_context(context)
{
    setWindowTitle(tr("Project CRS"));
    resize(760, 620);
    auto *layout = new QVBoxLayout(this);
    auto *crsBox = new QGroupBox(tr("Coordinate reference system of the map"), this);
    auto *crsLayout = new QVBoxLayout(crsBox);
    m_selector = new CrsSelectorWidget(crsBox);
    m_selector->setCrs(projectCrs);
    crsLayout->addWidget(m_selector);
    layout->addWidget(crsBox);

    auto *opBox = new QGroupBox(tr("Datum transformations"), this);
    auto *opLayout = new QVBoxLayout(opBox);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(new QLabel(tr("From layer CRS:"), opBox));
    m_sourceCombo = new QComboBox(opBox);
    for (const Crs &crs : m_layerCrs)
        m_sourceCombo->addItem(crs.authId().isEmpty() ? crs.name() : crs.authId() + u" — "_s + crs.name());
    sourceRow->addWidget(m_sourceCombo, 1);
    opLayout->addLayout(sourceRow);
    m_defaultLabel = new QLabel(opBox);
    m_defaultLabel->setWordWrap(true);
    m_defaultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    opLayout->addWidget(m_defaultLabel);
    m_operations = new QTreeWidget(opBox);
    m_operations->setRootIsDecorated(false);
    m_operations->setAlternatingRowColors(true);
    m_operations->setHeaderLabels({tr("Operation"), tr("Accuracy"), tr("Area of use"), tr("Status")});
    m_operations->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_operations->header()->setStretchLastSection(false);
    opLayout->addWidget(m_operations, 1);
    auto *buttons = new QHBoxLayout;
    m_pinButton = new QPushButton(tr("Use selected operation"), opBox);
    m_unpinButton = new QPushButton(tr("Use default"), opBox);
    buttons->addStretch();
    buttons->addWidget(m_unpinButton);
    buttons->addWidget(m_pinButton);
    opLayout->addLayout(buttons);
    layout->addWidget(opBox, 1);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_selector, &CrsSelectorWidget::crsChanged, this, &ProjectCrsDialog::updateOperations);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &ProjectCrsDialog::updateOperations);
    connect(m_pinButton, &QPushButton::clicked, this, [this] {
        pinOperation(m_sourceCombo->currentIndex(), m_operations->indexOfTopLevelItem(m_operations->currentItem()));
    });
    connect(m_unpinButton, &QPushButton::clicked, this, [this] {
        const Crs source = currentSourceCrs();
        if (source.isValid() && crs().isValid())
            m_context.removeOperation(source, crs());
        updateOperations();
    });
    connect(m_operations, &QTreeWidget::currentItemChanged, this,
            [this] { m_pinButton->setEnabled(m_operations->currentItem() != nullptr); });
    updateOperations();
}

Crs ProjectCrsDialog::crs() const
{
    return m_selector->crs();
}

Crs ProjectCrsDialog::currentSourceCrs() const
{
    return m_layerCrs.value(m_sourceCombo->currentIndex());
}

int ProjectCrsDialog::operationCount() const
{
    return m_operations->topLevelItemCount();
}

bool ProjectCrsDialog::pinOperation(int layerCrsIndex, int row)
{
    if (layerCrsIndex != m_sourceCombo->currentIndex())
        m_sourceCombo->setCurrentIndex(layerCrsIndex);
    const Crs source = currentSourceCrs();
    if (!source.isValid() || !crs().isValid() || row < 0 || row >= m_ops.size())
        return false;
    m_context.setOperation(source, crs(), m_ops.at(row).definition);
    updateOperations();
    return true;
}

void ProjectCrsDialog::updateOperations()
{
    m_operations->clear();
    m_ops.clear();
    const Crs source = currentSourceCrs();
    const Crs dest = crs();
    m_pinButton->setEnabled(false);
    m_unpinButton->setEnabled(false);
    if (m_layerCrs.isEmpty()) {
        m_defaultLabel->setText(tr("The project has no layers with a CRS."));
        return;
    }
    if (!source.isValid() || !dest.isValid()) {
        m_defaultLabel->setText(tr("Choose a project CRS to see the transformations."));
        return;
    }
    if (source == dest) {
        m_defaultLabel->setText(tr("This layer is already in the project CRS: no transformation is needed."));
        return;
    }
    m_ops = CoordinateTransform::operations(source, dest);
    const QString pinned = m_context.operation(source, dest);
    QString defaultText;
    if (auto ct = CoordinateTransform::create(source, dest))
        defaultText = ct->operationDescription();
    for (const CoordinateOperation &op : std::as_const(m_ops)) {
        auto *item = new QTreeWidgetItem(m_operations);
        item->setText(0, op.name);
        item->setToolTip(0, op.definition);
        item->setText(1, op.accuracy >= 0 ? tr("%1 m").arg(op.accuracy) : tr("unknown"));
        item->setText(2, op.areaOfUse);
        QStringList status;
        if (!op.isAvailable)
            status << tr("needs a grid that is not installed");
        if (op.isBallpark)
            status << tr("ballpark (no datum shift)");
        if (!pinned.isEmpty() && op.definition == pinned) {
            status.prepend(tr("in use (pinned)"));
            QFont f = item->font(0);
            f.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, f);
            m_operations->setCurrentItem(item);
        }
        item->setText(3, status.join(u", "_s));
    }
    for (int c = 1; c < 4; ++c)
        m_operations->resizeColumnToContents(c);
    if (pinned.isEmpty()) {
        m_defaultLabel->setText(tr("Default (PROJ's best available for each point): %1")
                                    .arg(defaultText.isEmpty() ? tr("unknown") : defaultText));
    } else {
        m_defaultLabel->setText(tr("Pinned in the project: %1").arg(pinned));
        m_unpinButton->setEnabled(true);
    }
}

} // namespace territoria
