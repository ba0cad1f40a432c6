#pragma once

#include <QColor>
#include <QList>
#include <QPoint>
#include <QWidget>

class QChart;
class QChartView;
class QRubberBand;
class QValueAxis;

namespace territoria {

// A histogram of a list of numbers drawn with Qt Charts, with the class breaks of
// a graduated style drawn on it as vertical lines. Bars take the colour of the
// class their centre falls in. Inner breaks can be dragged with the mouse:
// breaksEdited() is emitted when one is released.
//
// When selectable (the linked charts), clicking a bar or dragging across bars
// emits binsSelected(); setHighlightedValues() draws the part of each bar that
// belongs to the selected features in the selection colour.
//
// Coordinates (xForValue(), valueForX(), mouse events) are the widget's own: the
// chart view fills the widget without a frame.
class HistogramWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HistogramWidget(QWidget *parent = nullptr);
    ~HistogramWidget() override;

    void setValues(const QList<double> &values); // non-finite values are ignored
    QList<double> values() const { return m_values; }
    // Class bounds b0 < b1 < ... < bk and one colour per class (may be empty).
    void setBreaks(const QList<double> &breaks, const QList<QColor> &colors = {});
    QList<double> breaks() const { return m_breaks; }

    void setBinCount(int bins);
    int binCount() const { return m_bins; }
    // Number of values in each bin of equal width from the minimum to the maximum.
    QList<int> binCounts() const;
    // The bin `value` falls in (the last bin includes the maximum).
    int binForValue(double value) const;
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

    // Values of the selected features, drawn over the bars (non-finite ignored).
    void setHighlightedValues(const QList<double> &values);
    QList<int> highlightedBinCounts() const;
    QColor highlightColor() const { return m_highlightColor; }
    void setHighlightColor(const QColor &color);

    // Clicking or dragging across bars emits binsSelected() (off by default).
    bool isSelectable() const { return m_selectable; }
    void setSelectable(bool selectable) { m_selectable = selectable; }

    // The x pixel of `value` and back, inside the plot area.
    double xForValue(double value) const;
    double valueForX(double x) const;
    // The plot area in widget coordinates.
    QRectF plotArea() const;

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

    QSize sizeHint() const override { return {360, 160}; }
    QSize minimumSizeHint() const override { return {160, 100}; }

Q_SIGNALS:
    void breaksEdited(const QList<double> &breaks);
    // Bins first..last (inclusive) were clicked or dragged across.
    void binsSelected(int first, int last, Qt::KeyboardModifiers modifiers);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void rebuild();
    void updateBreakLines();
    void updateHighlight();
    void updateEmptyText();
    void ensureLayout() const;
    int breakNear(double x) const;
    double axisMin() const;
    double axisMax() const;

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QRubberBand *m_rubberBand = nullptr;
    QList<double> m_values;
    QList<double> m_highlighted;
    QList<double> m_breaks;
    QList<QColor> m_colors;
    QColor m_highlightColor{255, 214, 0};
    double m_min = 0, m_max = 0;
    int m_bins = 30;
    int m_dragging = -1;
    bool m_selectable = false;
    bool m_pressed = false;
    QPoint m_pressPos;
};

} // namespace territoria
