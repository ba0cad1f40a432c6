#include "ahpmatrixwidget.h"

#include "analysis/ahp.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

// Saaty's scale from the row criterion far more important (9) to far less (1/9).
QList<double> saatyScale()
{
    QList<double> values;
    for (int v = 9; v >= 2; --v)
        values << double(v);
    values << 1.0;
    for (int v = 2; v <= 9; ++v)
        values << 1.0 / double(v);
    return values;
}

QString defaultName(int index)
{
    return u"C%1"_s.arg(index + 1);
}

// "3", "1/3", "0.5", " 1 / 9 " -> value; 0 when not a positive number.
double parseEntry(const QString &text)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() > 2)
        return 0;
    bool ok = false;
    const double num = parts.at(0).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(num))
        return 0;
    double value = num;
    if (parts.size() == 2) {
        const double den = parts.at(1).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(den) || den == 0)
            return 0;
        value = num / den;
    }
    return value > 0 ? value : 0;
}

QComboBox *scaleCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (double v : saatyScale())
        combo->addItem(AhpMatrixWidget::saatyText(v), v);
    combo->setFrame(false);
    return combo;
}

} // namespace

AhpMatrixWidget::AhpMatrixWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    auto *namesLabel = new QLabel(tr("Criteria:"), this);
    m_namesEdit = new QLineEdit(this);
    m_namesEdit->setObjectName(u"ahpNames"_s);
    m_namesEdit->setPlaceholderText(tr("Names separated by commas"));
    namesLabel->setBuddy(m_namesEdit);
    auto *sizeLabel = new QLabel(tr("Number:"), this);
    m_sizeBox = new QSpinBox(this);
    m_sizeBox->setObjectName(u"ahpSize"_s);
    m_sizeBox->setRange(kMinimumSize, kMaximumSize);
    sizeLabel->setBuddy(m_sizeBox);
    top->addWidget(namesLabel);
    top->addWidget(m_namesEdit, 1);
    top->addWidget(sizeLabel);
    top->addWidget(m_sizeBox);
    layout->addLayout(top);

    auto *hint = new QLabel(tr("Each row criterion compared with each column criterion: 9 = extremely more important, "
                               "5 = strongly, 3 = moderately, 1 = equally, 1/3 … 1/9 = less important."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_table = new QTableWidget(this);
    m_table->setObjectName(u"ahpTable"_s);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    layout->addWidget(m_table, 1);

    m_weightsBox = new QWidget(this);
    m_weightsBox->setObjectName(u"ahpWeights"_s);
    m_weightsGrid = new QGridLayout(m_weightsBox);
    m_weightsGrid->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_weightsBox);

    m_consistency = new QLabel(this);
    m_consistency->setObjectName(u"ahpConsistency"_s);
    m_consistency->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_consistency);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"ahpWarning"_s);
    m_warning->setWordWrap(true);
    QPalette red = m_warning->palette();
    red.setColor(QPalette::WindowText, QColor(200, 0, 0));
    m_warning->setPalette(red);
    m_warning->hide();
    layout->addWidget(m_warning);

    connect(m_sizeBox, &QSpinBox::valueChanged, this, [this](int n) {
        if (!m_updating)
            setSize(n);
    });
    connect(m_namesEdit, &QLineEdit::editingFinished, this, [this] {
        QStringList names;
        for (const QString &name : m_namesEdit->text().split(u',', Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                names << name.trimmed();
        if (names != m_names)
            setCriteriaNames(names);
    });

    setSize(3);
}

AhpMatrixWidget::~AhpMatrixWidget()
{
    // The names line edit emits editingFinished as it loses focus while QWidget
    // destroys it; by then m_names is gone, so nothing may reach this widget.
    disconnect(m_namesEdit, nullptr, this, nullptr);
}

QString AhpMatrixWidget::saatyText(double value)
{
    if (value >= 1.0 - 1e-9)
        return QString::number(std::lround(value));
    return u"1/%1"_s.arg(std::lround(1.0 / value));
}

double AhpMatrixWidget::snapToSaaty(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 1.0;
    double best = 1.0;
    double distance = std::numeric_limits<double>::infinity();
    for (double v : saatyScale()) {
        const double d = std::abs(std::log(value / v));
        if (d < distance - 1e-12) {
            distance = d;
            best = v;
        }
    }
    return best;
}

void AhpMatrixWidget::setSize(int n)
{
    n = std::clamp(n, kMinimumSize, kMaximumSize);
    QStringList names = m_names.mid(0, n);
    for (int i = int(names.size()); i < n; ++i)
        names << defaultName(i);
    setCriteriaNames(names);
}

void AhpMatrixWidget::setCriteriaNames(const QStringList &wanted)
{
    QStringList names = wanted.mid(0, kMaximumSize);
    for (int i = int(names.size()); i < kMinimumSize; ++i)
        names << defaultName(i);
    const int n = int(names.size());
    QList<QList<double>> matrix(n, QList<double>(n, 1.0));
    for (int i = 0; i < std::min(n, size()); ++i)
        for (int j = 0; j < std::min(n, size()); ++j)
            matrix[i][j] = m_a[i][j];
    rebuild(names, matrix);
    emitChanged();
}

void AhpMatrixWidget::rebuild(const QStringList &names, const QList<QList<double>> &matrix)
{
    const bool resized = names.size() != m_names.size();
    m_names = names;
    m_a = matrix;
    const int n = size();
    m_updating = true;
    m_sizeBox->setValue(n);
    m_namesEdit->setText(m_names.join(u", "_s));
    m_updating = false;

    if (resized) {
        m_table->clear();
        m_table->setRowCount(n);
        m_table->setColumnCount(n);
        const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
        const QBrush greyBase = palette().brush(QPalette::AlternateBase);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                if (i < j) {
                    QComboBox *combo = scaleCombo(m_table);
                    m_table->setCellWidget(i, j, combo);
                    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, i, j] {
                        if (m_updating)
                            return;
                        const double v = combo->currentData().toDouble();
                        m_a[i][j] = v;
                        m_a[j][i] = 1.0 / v;
                        refreshLowerTriangle();
                        emitChanged();
                    });
                    continue;
                }
                auto *item = new QTableWidgetItem;
                item->setFlags(Qt::ItemIsEnabled);
                item->setTextAlignment(Qt::AlignCenter);
                item->setForeground(grey);
                item->setBackground(greyBase);
                if (i > j)
                    item->setToolTip(tr("The reciprocal of row %1, column %2").arg(j + 1).arg(i + 1));
                m_table->setItem(i, j, item);
            }
        }
        // The weights: one bar per criterion.
        while (QLayoutItem *child = m_weightsGrid->takeAt(0)) {
            delete child->widget();
            delete child;
        }
        for (int i = 0; i < n; ++i) {
            auto *label = new QLabel(m_weightsBox);
            auto *bar = new QProgressBar(m_weightsBox);
            bar->setObjectName(u"weight%1"_s.arg(i));
            bar->setRange(0, 1000);
            bar->setTextVisible(true);
            m_weightsGrid->addWidget(label, i, 0);
            m_weightsGrid->addWidget(bar, i, 1);
        }
    }
    m_table->setHorizontalHeaderLabels(m_names);
    m_table->setVerticalHeaderLabels(m_names);
    for (int i = 0; i < n; ++i)
        if (auto *label = qobject_cast<QLabel *>(m_weightsGrid->itemAtPosition(i, 0)->widget()))
            label->setText(m_names.at(i));
    m_updating = true;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(i, j)))
                combo->setCurrentIndex(std::max(0, combo->findText(saatyText(m_a[i][j]))));
    m_updating = false;
    refreshLowerTriangle();
}

void AhpMatrixWidget::refreshLowerTriangle()
{
    for (int i = 0; i < size(); ++i)
        for (int j = 0; j <= i; ++j)
            if (QTableWidgetItem *item = m_table->item(i, j))
                item->setText(i == j ? u"1"_s : saatyText(m_a[i][j]));
}

double AhpMatrixWidget::judgement(int row, int column) const
{
    if (row < 0 || column < 0 || row >= size() || column >= size())
        return 0;
    return m_a[row][column];
}

void AhpMatrixWidget::setJudgement(int row, int column, double value)
{
    if (row == column || row < 0 || column < 0 || row >= size() || column >= size())
        return;
    if (row > column) {
        std::swap(row, column);
        value = 1.0 / value;
    }
    const double v = snapToSaaty(value);
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, column)))
        combo->setCurrentIndex(combo->findText(saatyText(v))); // updates m_a through the combo
    m_a[row][column] = v;
    m_a[column][row] = 1.0 / v;
    refreshLowerTriangle();
    recompute();
}

QString AhpMatrixWidget::cellText(int row, int column) const
{
    if (row < 0 || column < 0 || row >= size() || column >= size())
        return {};
    return row == column ? u"1"_s : saatyText(m_a[row][column]);
}

QString AhpMatrixWidget::text() const
{
    QStringList rows;
    for (int i = 0; i < size(); ++i) {
        QStringList entries;
        for (int j = 0; j < size(); ++j)
            entries << cellText(i, j);
        rows << entries.join(u',');
    }
    return rows.join(u';');
}

bool AhpMatrixWidget::setText(const QString &text)
{
    QStringList rows = text.split(u';');
    while (!rows.isEmpty() && rows.last().trimmed().isEmpty())
        rows.removeLast();
    const int n = int(rows.size());
    if (n < kMinimumSize || n > kMaximumSize)
        return false;
    QList<QList<double>> matrix(n, QList<double>(n, 1.0));
    for (int i = 0; i < n; ++i) {
        const QStringList entries = rows.at(i).split(u',');
        if (entries.size() != n)
            return false;
        for (int j = 0; j < n; ++j) {
            const double v = parseEntry(entries.at(j));
            if (v <= 0)
                return false;
            if (i < j) {
                matrix[i][j] = snapToSaaty(v);
                matrix[j][i] = 1.0 / matrix[i][j];
            }
        }
    }
    QStringList names = m_names.mid(0, n);
    for (int i = int(names.size()); i < n; ++i)
        names << defaultName(i);
    if (names.size() != m_names.size())
        m_names.clear(); // rebuild the table
    rebuild(names, matrix);
    emitChanged();
    return true;
}

void AhpMatrixWidget::emitChanged()
{
    recompute();
    emit matrixChanged();
}

void AhpMatrixWidget::recompute()
{
    // Core's AHP (core/analysis/ahp.h), the same code prioritization:ahp and the risk
    // plugin run: weights by the principal eigenvector, CI, CR with Saaty's RI.
    const int n = size();
    AhpMatrix a(size_t(n), std::vector<double>(size_t(n), 1.0));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            a[size_t(i)][size_t(j)] = m_a[i][j];
    const AhpResult ahp = computeAhp(a);
    const QList<double> w(ahp.weights.cbegin(), ahp.weights.cend());
    m_weights = w;
    m_lambdaMax = ahp.lambdaMax;
    m_ci = ahp.ci;
    m_ri = ahp.ri;
    m_cr = ahp.cr;

    // The judgements most at odds with the weights, largest deviation first.
    m_atOdds.clear();
    const QLocale locale;
    for (const Judgement &o : ahp.mostAtOdds) {
        if (m_atOdds.size() >= 3 || o.deviation < 1e-9)
            break;
        m_atOdds << tr("%1 vs %2: %3 given, the weights imply %4")
                        .arg(m_names.at(o.row), m_names.at(o.column), saatyText(o.given),
                             locale.toString(o.implied, 'g', 2));
    }

    for (int i = 0; i < n; ++i) {
        QLayoutItem *item = m_weightsGrid->itemAtPosition(i, 1);
        if (auto *bar = item ? qobject_cast<QProgressBar *>(item->widget()) : nullptr) {
            bar->setValue(int(std::lround(w[i] * 1000.0)));
            bar->setFormat(locale.toString(w[i] * 100.0, 'f', 1) + u" %"_s);
        }
    }
    m_consistency->setText(tr("λmax = %1    CI = %2    CR = %3 (RI = %4)")
                               .arg(locale.toString(m_lambdaMax, 'f', 4), locale.toString(m_ci, 'f', 4),
                                    locale.toString(m_cr, 'f', 4), locale.toString(m_ri, 'f', 2)));
    const QString warning = warningText();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    // Mark the cells of the judgements most at odds.
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(i, j)))
                combo->setStyleSheet(QString());
    if (!isConsistent()) {
        for (size_t k = 0; k < std::min<size_t>(3, ahp.mostAtOdds.size()); ++k)
            if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(ahp.mostAtOdds[k].row, ahp.mostAtOdds[k].column)))
                combo->setStyleSheet(u"QComboBox { color: #c80000; font-weight: bold; }"_s);
    }
}

QString AhpMatrixWidget::warningText() const
{
    if (isConsistent())
        return {};
    return tr("The judgements contradict each other: CR = %1 > 0.10. Revise the ones most at odds with the rest: %2.")
        .arg(QLocale().toString(m_cr, 'f', 3), m_atOdds.join(u"; "_s));
}

} // namespace territoria
