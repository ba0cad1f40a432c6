#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace territoria {

// A histogram of a list of numbers drawn with QPainter (no Qt Charts), with the
// class breaks of a graduated style drawn on it as vertical lines. Bars take the
// colour of the class their centre falls in. Inner breaks can be dragged with the
// mouse: breaksEdited() is emitted when one is released.
class HistogramWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HistogramWidget(QWidget *parent = nullptr);

    void setValues(const QList<double> &values); // non-finite values are ignored
    QList<double> values() const { return m_values; }
    // Class bounds b0 < b1 < ... < bk and one colour per class (may be empty).
    void setBreaks(const QList<double> &breaks, const QList<QColor> &colors = {});
    QList<double> breaks() const { return m_breaks; }

    void setBinCount(int bins);
    int binCount() const { return m_bins; }
    // Number of values in each bin of equal width from the minimum to the maximum.
    QList<int> binCounts() const;
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

    // The x pixel of `value` and back, inside the plot area.
    double xForValue(double value) const;
    double valueForX(double x) const;

    QSize sizeHint() const override { return {360, 140}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

Q_SIGNALS:
    void breaksEdited(const QList<double> &breaks);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF plotRect() const;
    int breakNear(double x) const;
    QList<double> m_values;
    QList<double> m_breaks;
    QList<QColor> m_colors;
    double m_min = 0, m_max = 0;
    int m_bins = 30;
    int m_dragging = -1;
};

} // namespace territoria
