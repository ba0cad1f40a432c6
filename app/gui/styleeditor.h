#pragma once

#include "style/vectorstyle.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;

namespace territoria {

class HistogramWidget;
class VectorDataProvider;
class VectorLayer;

// Field values read for classification: all of them up to `limit` features.
struct FieldValues {
    QVariantList values;
    bool truncated = false; // the layer has more features than were read
};
// Reads the values of field `fieldIndex` (no geometry). Thread-safe: the provider
// may be used from a worker.
FieldValues readFieldValues(const VectorDataProvider &provider, int fieldIndex, qint64 limit = -1);
// The finite numbers among `values` (NULLs and text that is not a number skipped).
QList<double> numericValues(const QVariantList &values);
bool isNumericField(FieldType type);

// The one-click choropleth: graduated, Jenks natural breaks, 5 classes, YlOrRd.
VectorStyle choroplethStyle(const VectorStyle &base, const QString &field, const QList<double> &values);

// The "Symbology" page of a vector layer: renderer type (single symbol,
// categorized, graduated, bivariate) and its settings. Edits a copy of the style; every
// change emits styleChanged() so that the caller can preview it on the layer.
class StyleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StyleEditor(VectorLayer *layer, QWidget *parent = nullptr);
    ~StyleEditor() override;

    VectorStyle style() const { return m_style; }
    void setStyle(const VectorStyle &style);

    // Categorized: one category per distinct value of the chosen field. Layers
    // above `syncLimit()` features are read on a worker (classifyFinished()
    // tells when the categories are there; the dialog stays usable meanwhile).
    void classify();
    bool isReading() const;
    qint64 syncLimit() const { return m_syncLimit; }
    void setSyncLimit(qint64 features) { m_syncLimit = features; }
    static qint64 categoryLimit() { return 1000; }

    HistogramWidget *histogram() const { return m_histogram; }

Q_SIGNALS:
    void styleChanged();
    void classifyFinished();

private:
    QWidget *buildSinglePage();
    QWidget *buildCategorizedPage();
    QWidget *buildGraduatedPage();
    QWidget *buildBivariatePage();
    void fillRampCombo(QComboBox *combo, bool qualitativeFirst);
    void syncWidgets();       // style -> widgets
    void syncSingle();
    void fillCategoryTable();
    void fillClassTable();
    void updateRampPreview();
    void updateSymbolPreview();
    void edited();            // emits styleChanged
    void setRenderer(RendererType type);
    void loadGraduatedValues(); // reads the numeric field for the histogram
    void reclassify();          // graduated: classes from the settings
    void loadBivariateValues(); // reads the two numeric fields of the bivariate style
    void reclassifyBivariate(); // bivariate: breaks of both axes from the settings
    void fillBivariateWidgets();
    void updateBivariatePreview();
    void bivariateBreakChanged(QTableWidgetItem *item);
    void applyCategories(const QString &field, const QVariantList &values, bool truncated);
    void categoryItemChanged(QTableWidgetItem *item);
    void classItemChanged(QTableWidgetItem *item);
    void pickCategoryColor(int row);
    void pickClassColor(int row);
    void setButtonColor(QPushButton *button, const QColor &color);

    VectorLayer *m_layer;
    std::shared_ptr<const VectorDataProvider> m_provider;
    GeometryKind m_geometry;
    VectorStyle m_style;
    bool m_updating = false;
    qint64 m_syncLimit = 20000;

    QComboBox *m_renderer = nullptr;
    QStackedWidget *m_pages = nullptr;
    // single
    QPushButton *m_fill = nullptr;
    QPushButton *m_stroke = nullptr;
    QDoubleSpinBox *m_strokeWidth = nullptr;
    QComboBox *m_markerShape = nullptr;
    QDoubleSpinBox *m_markerSize = nullptr;
    QSlider *m_symbolOpacity = nullptr;
    QLabel *m_symbolOpacityLabel = nullptr;
    QLabel *m_symbolPreview = nullptr;
    // categorized
    QComboBox *m_catField = nullptr;
    QComboBox *m_catRamp = nullptr;
    QPushButton *m_classify = nullptr;
    QTableWidget *m_catTable = nullptr;
    QLabel *m_catStatus = nullptr;
    QFutureWatcher<FieldValues> *m_watcher = nullptr;
    QString m_readingField;
    // graduated
    QComboBox *m_gradField = nullptr;
    QComboBox *m_method = nullptr;
    QSpinBox *m_classCount = nullptr;
    QComboBox *m_gradRamp = nullptr;
    QCheckBox *m_reverse = nullptr;
    QLabel *m_rampPreview = nullptr;
    QTableWidget *m_classTable = nullptr;
    HistogramWidget *m_histogram = nullptr;
    QList<double> m_values; // of the graduated field
    QString m_valuesField;
    // bivariate
    QComboBox *m_bivFieldX = nullptr;
    QComboBox *m_bivFieldY = nullptr;
    QComboBox *m_bivMethod = nullptr;
    QComboBox *m_bivScheme = nullptr;
    QLineEdit *m_bivLabelX = nullptr;
    QLineEdit *m_bivLabelY = nullptr;
    QTableWidget *m_bivBreaks = nullptr; // rows x, y; columns: the 4 bounds
    QLabel *m_bivPreview = nullptr;
    QList<double> m_bivValuesX, m_bivValuesY;
    QString m_bivValuesFieldX, m_bivValuesFieldY;
};

// Asks for the numeric field of a one-click choropleth.
class ChoroplethDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChoroplethDialog(VectorLayer *layer, QWidget *parent = nullptr);
    QString field() const;

private:
    QComboBox *m_field = nullptr;
};

} // namespace territoria
