#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace territoria {

// Editor of an AHP pairwise comparison matrix on Saaty's scale 1/9..9. The user
// picks the upper triangle (row i is "x times as important as" column j); the lower
// triangle shows the reciprocals (read-only) and the diagonal is 1. Below, the
// weights (principal eigenvector), lambda max, CI and CR are shown live, with a
// warning in red naming the judgements most at odds with the rest when CR > 0.10.
// text() is what prioritization:ahp takes: "1,3,5;1/3,1,3;1/5,1/3,1".
class AhpMatrixWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AhpMatrixWidget(QWidget *parent = nullptr);
    ~AhpMatrixWidget() override;

    static constexpr int kMinimumSize = 2;
    static constexpr int kMaximumSize = 15;

    int size() const { return int(m_names.size()); }
    // Grows (new criteria named C<k>, judgements 1) or shrinks the matrix.
    void setSize(int n);
    QStringList criteriaNames() const { return m_names; }
    // Sets the names and the size (kept within 2..15); judgements of the criteria
    // kept are kept.
    void setCriteriaNames(const QStringList &names);

    // a_ij (any i, j; the lower triangle is 1/a_ji).
    double judgement(int row, int column) const;
    // Sets a_ij for row != column (and a_ji to its reciprocal), snapped to the
    // nearest value of Saaty's scale.
    void setJudgement(int row, int column, double value);
    // The text of a cell as shown: "3", "1/3", "1".
    QString cellText(int row, int column) const;

    // "1,3,5;1/3,1,3;1/5,1/3,1" (rows by ";", entries by ",", fractions).
    QString text() const;
    // Reads such a text (upper triangle; non-Saaty values snapped). False, with the
    // matrix unchanged, when it is not a square 2..15 matrix of positive numbers.
    bool setText(const QString &text);

    QList<double> weights() const { return m_weights; }
    double lambdaMax() const { return m_lambdaMax; }
    double consistencyIndex() const { return m_ci; }
    double randomIndex() const { return m_ri; }
    double consistencyRatio() const { return m_cr; }
    bool isConsistent() const { return m_cr <= 0.10; }
    // The warning shown when CR > 0.10 (empty otherwise).
    QString warningText() const;

    QTableWidget *table() const { return m_table; }
    QLabel *consistencyLabel() const { return m_consistency; }
    QLabel *warningLabel() const { return m_warning; }
    QSpinBox *sizeSpinBox() const { return m_sizeBox; }
    QLineEdit *namesEdit() const { return m_namesEdit; }

    // The value of Saaty's scale closest to `value` (in log scale), and its text.
    static double snapToSaaty(double value);
    static QString saatyText(double value);

Q_SIGNALS:
    void matrixChanged();

private:
    void rebuild(const QStringList &names, const QList<QList<double>> &matrix);
    void refreshLowerTriangle();
    void recompute();
    void emitChanged();

    QStringList m_names;
    QList<QList<double>> m_a; // full matrix, reciprocal
    QList<double> m_weights;
    double m_lambdaMax = 0;
    double m_ci = 0;
    double m_ri = 0;
    double m_cr = 0;
    QStringList m_atOdds; // descriptions of the judgements most at odds
    bool m_updating = false;

    QLineEdit *m_namesEdit = nullptr;
    QSpinBox *m_sizeBox = nullptr;
    QTableWidget *m_table = nullptr;
    QWidget *m_weightsBox = nullptr;
    QGridLayout *m_weightsGrid = nullptr;
    QLabel *m_consistency = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace territoria
