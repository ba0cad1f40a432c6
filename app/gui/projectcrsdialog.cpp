#include "projectcrsdialog.h"

#include "crsselectorwidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// "Inverse of UTM zone 19S + PSAD56 to WGS 84 (8) + UTM zone 19S" -> "PSAD56 to WGS 84 (8)":
// the map projection steps around the datum transformation say little to the user
// (the full name stays in the tooltip).
QString shortOperationName(const QString &name)
{
    QStringList parts = name.split(u" + "_s);
    const auto isConversion = [](const QString &part) { return !part.contains(u" to "_s); };
    if (parts.size() > 1 && isConversion(parts.first()))
        parts.removeFirst();
    if (parts.size() > 1 && isConversion(parts.last()))
        parts.removeLast();
    return parts.join(u" + "_s);
}

} // namespace

ProjectCrsDialog::ProjectCrsDialog(const Crs &projectCrs, const TransformContext &context,
                                   const QList<Crs> &layerCrsList, QWidget *parent)
    : QDialog(parent)
    , m_layerCrs(layerCrsList)
    , m_context(context)
{
    setWindowTitle(tr("Project CRS"));
    resize(900, 640);
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
    m_defaultLabel->setObjectName(u"defaultLabel"_s);
    m_defaultLabel->setWordWrap(true);
    m_defaultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    opLayout->addWidget(m_defaultLabel);
    m_operations = new QTreeWidget(opBox);
    m_operations->setObjectName(u"operationsTree"_s);
    m_operations->setRootIsDecorated(false);
    m_operations->setUniformRowHeights(true);
    m_operations->setAlternatingRowColors(true);
    m_operations->setHeaderLabels({tr("Operation"), tr("Accuracy"), tr("Area of use"), tr("Status")});
    m_operations->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_operations->header()->setStretchLastSection(false);
    m_operations->setWordWrap(false);
    m_operations->setTextElideMode(Qt::ElideMiddle);
    opLayout->addWidget(m_operations, 1);
    auto *buttons = new QHBoxLayout;
    m_pinButton = new QPushButton(tr("Use selected operation"), opBox);
    m_pinButton->setObjectName(u"pinButton"_s);
    m_pinButton->setToolTip(tr("Always use the selected operation for this pair of CRSs in this project"));
    m_unpinButton = new QPushButton(tr("Use default"), opBox);
    m_unpinButton->setObjectName(u"unpinButton"_s);
    m_unpinButton->setToolTip(tr("Let PROJ choose the best available operation for each point"));
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
    connect(m_operations, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_operations->indexOfTopLevelItem(m_operations->currentItem());
        m_pinButton->setEnabled(row >= 0 && row < m_ops.size() && m_ops.at(row).isAvailable);
    });
    connect(m_operations, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        pinOperation(m_sourceCombo->currentIndex(), m_operations->indexOfTopLevelItem(item));
    });
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
    if (!source.isValid() || !crs().isValid() || row < 0 || row >= m_ops.size() || !m_ops.at(row).isAvailable)
        return false;
    m_context.setOperation(source, crs(), m_ops.at(row).definition);
    updateOperations();
    return true;
}

void ProjectCrsDialog::setReferencePoint(const QPointF &point, const Crs &crs)
{
    m_referencePoint = point;
    m_referenceCrs = crs;
    updateOperations();
}

// PROJ's default (proj_create_crs_to_crs) picks, for each point, the most accurate
// operation whose area of use contains it. Find which listed operation that is at
// the reference point by comparing results.
int ProjectCrsDialog::findDefaultRow(const Crs &source, const Crs &dest) const
{
    auto defaultCt = CoordinateTransform::create(source, dest);
    if (!defaultCt || m_ops.isEmpty())
        return -1;
    QPointF p(qQNaN(), qQNaN());
    if (m_referenceCrs.isValid()) {
        if (auto toSource = CoordinateTransform::create(m_referenceCrs, source))
            p = toSource->transform(m_referencePoint);
    }
    double w, s, e, n;
    if (!(std::isfinite(p.x()) && std::isfinite(p.y())) && source.areaOfUse(&w, &s, &e, &n)) {
        if (auto fromLonLat = CoordinateTransform::create(Crs::fromEpsg(4326), source))
            p = fromLonLat->transform(QPointF((w + e) / 2, (s + n) / 2));
    }
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
        return -1;
    const QPointF expected = defaultCt->transform(p);
    if (!std::isfinite(expected.x()) || !std::isfinite(expected.y()))
        return -1;
    const double tolerance = dest.isGeographic() ? 1e-8 : 1e-3;
    for (int i = 0; i < m_ops.size(); ++i) {
        if (!m_ops.at(i).isAvailable)
            continue;
        auto ct = CoordinateTransform::fromOperation(source, dest, m_ops.at(i).definition);
        if (!ct)
            continue;
        const QPointF q = ct->transform(p);
        if (std::abs(q.x() - expected.x()) <= tolerance && std::abs(q.y() - expected.y()) <= tolerance)
            return i;
    }
    return -1;
}

void ProjectCrsDialog::updateOperations()
{
    m_operations->clear();
    m_ops.clear();
    m_defaultRow = -1;
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
    m_defaultRow = findDefaultRow(source, dest);
    const QLocale locale;
    for (int row = 0; row < m_ops.size(); ++row) {
        const CoordinateOperation &op = m_ops.at(row);
        auto *item = new QTreeWidgetItem(m_operations);
        item->setText(0, shortOperationName(op.name));
        item->setToolTip(0, u"<p>%1</p><p><tt>%2</tt></p>"_s.arg(op.name.toHtmlEscaped(), op.definition.toHtmlEscaped()));
        item->setText(1, op.accuracy >= 0 ? tr("%1 m").arg(locale.toString(op.accuracy, 'g', 4)) : tr("unknown"));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, op.areaOfUse);
        item->setToolTip(2, op.areaOfUse);
        item->setData(0, Qt::UserRole + 1, row == m_defaultRow);
        QStringList status;
        const bool isPinned = !pinned.isEmpty() && op.definition == pinned;
        if (isPinned)
            status << tr("in use (pinned)");
        else if (row == m_defaultRow)
            status << (pinned.isEmpty() ? tr("in use (default here)") : tr("default here"));
        if (!op.isAvailable)
            status << tr("needs a grid that is not installed");
        if (op.isBallpark)
            status << tr("ballpark (no datum shift)");
        item->setText(3, status.join(u", "_s));
        if (!op.isAvailable) {
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (isPinned || (pinned.isEmpty() && row == m_defaultRow)) {
            QFont f = item->font(0);
            f.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, f);
            m_operations->setCurrentItem(item);
        }
    }
    for (int c = 1; c < 4; ++c)
        m_operations->resizeColumnToContents(c);
    m_operations->setColumnWidth(2, std::min(m_operations->columnWidth(2), 260));
    const auto describe = [&](int row) {
        const CoordinateOperation &op = m_ops.at(row);
        const QString name = shortOperationName(op.name);
        return op.accuracy >= 0 ? tr("%1 (accuracy %2 m)").arg(name, locale.toString(op.accuracy, 'g', 4)) : name;
    };
    if (!pinned.isEmpty()) {
        const auto it = std::find_if(m_ops.cbegin(), m_ops.cend(),
                                     [&](const CoordinateOperation &op) { return op.definition == pinned; });
        m_defaultLabel->setText(tr("Pinned in the project: %1")
                                    .arg(it != m_ops.cend() ? describe(int(it - m_ops.cbegin())) : pinned));
        m_unpinButton->setEnabled(true);
    } else if (m_defaultRow >= 0) {
        m_defaultLabel->setText(
            (m_referenceCrs.isValid()
                 ? tr("Default: PROJ chooses the most accurate operation for each point. Where the map is, that is %1.")
                 : tr("Default: PROJ chooses the most accurate operation for each point. In the middle of the layer "
                      "CRS's area of use, that is %1."))
                .arg(describe(m_defaultRow)));
    } else {
        m_defaultLabel->setText(tr("Default: PROJ chooses the most accurate operation for each point."));
    }
    const int current = m_operations->indexOfTopLevelItem(m_operations->currentItem());
    m_pinButton->setEnabled(current >= 0 && m_ops.at(current).isAvailable);
}

} // namespace territoria
