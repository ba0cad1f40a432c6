#include "styleeditor.h"

#include <utility>

#include "data/vectorlayer.h"
#include "histogramwidget.h"
#include "style/colorbrewer.h"
#include "style/legend.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace territoria {

namespace {

constexpr int ColorColumn = 0;

QPixmap rampPixmap(const QString &name, int classes, bool reversed, QSize size)
{
    QPixmap pix(size);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    const QList<QColor> colors = rampColors(name, std::max(1, classes), reversed);
    const double w = double(size.width()) / std::max<qsizetype>(1, colors.size());
    for (int i = 0; i < colors.size(); ++i)
        p.fillRect(QRectF(i * w, 0, w + 0.5, size.height()), colors[i]);
    p.setPen(QColor(0, 0, 0, 90));
    p.drawRect(QRectF(0, 0, size.width() - 1, size.height() - 1));
    return pix;
}

QPixmap bivariatePixmap(const QString &scheme, int side)
{
    QPixmap pix(side, side);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    LegendEntry entry;
    entry.kind = LegendEntry::Kind::Bivariate;
    entry.gridColors = BivariateSettings::schemeColors(scheme);
    Legend::drawSymbol(&p, QRectF(0.5, 0.5, side - 1, side - 1), entry);
    return pix;
}

QIcon symbolIcon(const Symbol &symbol, GeometryKind geometry)
{
    QPixmap pix(32, 16);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setRenderHint(QPainter::Antialiasing);
    LegendEntry entry;
    entry.symbol = symbol;
    entry.geometry = geometry;
    Legend::drawSymbol(&p, QRectF(1, 1, 30, 14), entry);
    return QIcon(pix);
}

// Shows the class bounds in the user's locale ("1.234,56" in Spanish); editing
// keeps the spin box of the default delegate.
class BoundDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        bool ok = false;
        const double v = value.toDouble(&ok);
        return ok ? Legend::formatNumber(v, locale, 2) : QStyledItemDelegate::displayText(value, locale);
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->setRange(-1e15, 1e15);
            spin->setDecimals(6);
        }
        return editor;
    }
};

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString markerShapeName(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Circle: return StyleEditor::tr("Circle");
    case MarkerShape::Square: return StyleEditor::tr("Square");
    case MarkerShape::Triangle: return StyleEditor::tr("Triangle");
    case MarkerShape::Diamond: return StyleEditor::tr("Diamond");
    case MarkerShape::Cross: return StyleEditor::tr("Cross");
    case MarkerShape::Star: return StyleEditor::tr("Star");
    }
    return {};
}

} // namespace

bool isNumericField(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Integer64 || type == FieldType::Real;
}

FieldValues readFieldValues(const VectorDataProvider &provider, int fieldIndex, qint64 limit)
{
    FieldValues out;
    FeatureRequest request;
    request.noGeometry = true;
    request.attributes = {fieldIndex};
    if (limit >= 0)
        request.limit = limit + 1; // one more tells that there are more
    (void)provider.forEachFeature(request, [&](Feature &&f) {
        if (limit >= 0 && out.values.size() >= limit) {
            out.truncated = true;
            return false;
        }
        out.values.append(f.attributes.value(fieldIndex));
        return true;
    });
    return out;
}

QList<double> numericValues(const QVariantList &values)
{
    QList<double> out;
    out.reserve(values.size());
    for (const QVariant &v : values) {
        if (!v.isValid() || v.isNull())
            continue;
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (ok && std::isfinite(d))
            out.append(d);
    }
    return out;
}

VectorStyle choroplethStyle(const VectorStyle &base, const QString &field, const QList<double> &values)
{
    return VectorStyle::graduated(base, field, values, ClassificationMethod::NaturalBreaks, 5, u"YlOrRd"_s, false);
}

StyleEditor::StyleEditor(VectorLayer *layer, QWidget *parent)
    : QWidget(parent)
    , m_layer(layer)
    , m_provider(layer->dataProvider())
    , m_geometry(layer->geometryKind())
    , m_style(layer->style())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Renderer:"), this));
    m_renderer = new QComboBox(this);
    m_renderer->setObjectName(u"rendererCombo"_s);
    m_renderer->addItem(tr("Single symbol"), int(RendererType::SingleSymbol));
    m_renderer->addItem(tr("Categorized"), int(RendererType::Categorized));
    m_renderer->addItem(tr("Graduated"), int(RendererType::Graduated));
    m_renderer->addItem(tr("Bivariate"), int(RendererType::Bivariate));
    top->addWidget(m_renderer, 1);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSinglePage());
    m_pages->addWidget(buildCategorizedPage());
    m_pages->addWidget(buildGraduatedPage());
    m_pages->addWidget(buildBivariatePage());
    layout->addWidget(m_pages, 1);

    connect(m_renderer, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating)
            setRenderer(RendererType(m_renderer->itemData(index).toInt()));
    });
    m_watcher = new QFutureWatcher<FieldValues>(this);
    connect(m_watcher, &QFutureWatcher<FieldValues>::finished, this, [this] {
        const FieldValues result = m_watcher->result();
        const QString field = std::exchange(m_readingField, QString()); // reading ends here, not when the worker returns
        m_classify->setEnabled(true);
        applyCategories(field, result.values, result.truncated);
        emit classifyFinished();
    });
    syncWidgets();
}

StyleEditor::~StyleEditor()
{
    if (m_watcher->isRunning())
        m_watcher->waitForFinished(); // the worker holds its own provider reference
}

QWidget *StyleEditor::buildSinglePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_fill = new QPushButton(page);
    m_fill->setObjectName(u"fillColorButton"_s);
    m_stroke = new QPushButton(page);
    m_stroke->setObjectName(u"strokeColorButton"_s);
    m_strokeWidth = new QDoubleSpinBox(page);
    m_strokeWidth->setObjectName(u"strokeWidthSpin"_s);
    m_strokeWidth->setRange(0, 20);
    m_strokeWidth->setDecimals(2);
    m_strokeWidth->setSingleStep(0.1);
    m_strokeWidth->setSuffix(tr(" mm"));
    m_markerShape = new QComboBox(page);
    m_markerShape->setObjectName(u"markerShapeCombo"_s);
    for (MarkerShape s : {MarkerShape::Circle, MarkerShape::Square, MarkerShape::Triangle, MarkerShape::Diamond,
                          MarkerShape::Cross, MarkerShape::Star})
        m_markerShape->addItem(markerShapeName(s), int(s));
    m_markerSize = new QDoubleSpinBox(page);
    m_markerSize->setObjectName(u"markerSizeSpin"_s);
    m_markerSize->setRange(0.2, 50);
    m_markerSize->setDecimals(1);
    m_markerSize->setSuffix(tr(" mm"));
    auto *opacityRow = new QHBoxLayout;
    m_symbolOpacity = new QSlider(Qt::Horizontal, page);
    m_symbolOpacity->setObjectName(u"symbolOpacitySlider"_s);
    m_symbolOpacity->setRange(0, 100);
    m_symbolOpacityLabel = new QLabel(page);
    m_symbolOpacityLabel->setMinimumWidth(40);
    opacityRow->addWidget(m_symbolOpacity);
    opacityRow->addWidget(m_symbolOpacityLabel);

    const bool line = m_geometry == GeometryKind::Line;
    const bool point = m_geometry == GeometryKind::Point;
    if (!line)
        form->addRow(tr("Fill colour:"), m_fill);
    else
        m_fill->hide();
    form->addRow(line ? tr("Line colour:") : tr("Outline colour:"), m_stroke);
    form->addRow(line ? tr("Line width:") : tr("Outline width:"), m_strokeWidth);
    if (point || m_geometry == GeometryKind::Mixed) {
        form->addRow(tr("Marker:"), m_markerShape);
        form->addRow(tr("Marker size:"), m_markerSize);
    } else {
        m_markerShape->hide();
        m_markerSize->hide();
    }
    form->addRow(tr("Symbol opacity:"), opacityRow);
    m_symbolPreview = new QLabel(page);
    m_symbolPreview->setObjectName(u"symbolPreview"_s);
    m_symbolPreview->setFrameShape(QFrame::StyledPanel);
    m_symbolPreview->setAlignment(Qt::AlignCenter);
    m_symbolPreview->setMinimumSize(160, 90);
    form->addRow(tr("Preview:"), m_symbolPreview);

    connect(m_fill, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(m_style.fillColor, this, tr("Fill colour"), QColorDialog::ShowAlphaChannel);
        if (c.isValid()) {
            m_style.fillColor = c;
            setButtonColor(m_fill, c);
            edited();
        }
    });
    connect(m_stroke, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(m_style.strokeColor, this, tr("Outline colour"), QColorDialog::ShowAlphaChannel);
        if (c.isValid()) {
            m_style.strokeColor = c;
            setButtonColor(m_stroke, c);
            edited();
        }
    });
    // Base symbol changes also apply to the symbols of categories and classes
    // (only the property that changed, the colours stay the ramp's).
    auto forAllSymbols = [this](auto &&change) {
        change(static_cast<Symbol &>(m_style));
        for (Category &c : m_style.categories)
            change(c.symbol);
        for (GraduatedClass &c : m_style.classes)
            change(c.symbol);
    };
    connect(m_strokeWidth, &QDoubleSpinBox::valueChanged, this, [this, forAllSymbols](double v) {
        if (m_updating)
            return;
        forAllSymbols([v](Symbol &s) { s.strokeWidthMm = v; });
        edited();
    });
    connect(m_markerShape, &QComboBox::currentIndexChanged, this, [this, forAllSymbols](int index) {
        if (m_updating)
            return;
        const auto shape = MarkerShape(m_markerShape->itemData(index).toInt());
        forAllSymbols([shape](Symbol &s) { s.markerShape = shape; });
        edited();
    });
    connect(m_markerSize, &QDoubleSpinBox::valueChanged, this, [this, forAllSymbols](double v) {
        if (m_updating)
            return;
        forAllSymbols([v](Symbol &s) { s.markerSizeMm = v; });
        edited();
    });
    connect(m_symbolOpacity, &QSlider::valueChanged, this, [this, forAllSymbols](int v) {
        m_symbolOpacityLabel->setText(u"%1 %"_s.arg(v));
        if (m_updating)
            return;
        forAllSymbols([v](Symbol &s) { s.opacity = v / 100.0; });
        edited();
    });
    return page;
}

void StyleEditor::fillRampCombo(QComboBox *combo, bool qualitativeFirst)
{
    QStringList names = qualitativeFirst ? ColorBrewer::schemeNames(SchemeType::Qualitative)
                                         : ColorBrewer::schemeNames(SchemeType::Sequential);
    names += qualitativeFirst ? ColorBrewer::schemeNames(SchemeType::Sequential)
                              : ColorBrewer::schemeNames(SchemeType::Qualitative);
    names += ColorBrewer::schemeNames(SchemeType::Diverging);
    combo->setIconSize(QSize(64, 12));
    for (const QString &name : std::as_const(names))
        combo->addItem(QIcon(rampPixmap(name, 7, false, QSize(64, 12))), name, name);
}

QWidget *StyleEditor::buildCategorizedPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_catField = new QComboBox(page);
    m_catField->setObjectName(u"categoryFieldCombo"_s);
    for (const Field &f : m_layer->fields())
        m_catField->addItem(f.name, f.name);
    form->addRow(tr("Field:"), m_catField);
    m_catRamp = new QComboBox(page);
    m_catRamp->setObjectName(u"categoryRampCombo"_s);
    fillRampCombo(m_catRamp, true);
    form->addRow(tr("Colour ramp:"), m_catRamp);
    layout->addLayout(form);

    m_catTable = new QTableWidget(0, 3, page);
    m_catTable->setObjectName(u"categoryTable"_s);
    m_catTable->setHorizontalHeaderLabels({tr("Symbol"), tr("Value"), tr("Label")});
    m_catTable->horizontalHeader()->setSectionResizeMode(ColorColumn, QHeaderView::ResizeToContents);
    m_catTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_catTable->horizontalHeader()->setStretchLastSection(true);
    m_catTable->verticalHeader()->hide();
    m_catTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_catTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catTable->setToolTip(tr("Double-click a symbol to change its colour; edit labels in place."));
    layout->addWidget(m_catTable, 1);

    auto *buttons = new QHBoxLayout;
    m_classify = new QPushButton(tr("&Classify"), page);
    m_classify->setObjectName(u"classifyButton"_s);
    auto *remove = new QPushButton(tr("&Delete"), page);
    remove->setObjectName(u"deleteCategoryButton"_s);
    auto *removeAll = new QPushButton(tr("Delete &All"), page);
    m_catStatus = new QLabel(page);
    m_catStatus->setObjectName(u"categoryStatus"_s);
    m_catStatus->setWordWrap(true);
    buttons->addWidget(m_classify);
    buttons->addWidget(remove);
    buttons->addWidget(removeAll);
    buttons->addWidget(m_catStatus, 1);
    layout->addLayout(buttons);

    connect(m_classify, &QPushButton::clicked, this, &StyleEditor::classify);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_catTable->currentRow();
        if (row < 0 || row >= m_style.categories.size())
            return;
        m_style.categories.removeAt(row);
        fillCategoryTable();
        edited();
    });
    connect(removeAll, &QPushButton::clicked, this, [this] {
        m_style.categories.clear();
        fillCategoryTable();
        edited();
    });
    connect(m_catField, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_style.field = m_catField->currentData().toString();
    });
    connect(m_catRamp, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_style.rampName = m_catRamp->currentData().toString();
        // Recolour the existing categories.
        const QList<QColor> colors = rampColors(m_style.rampName, int(m_style.categories.size()), m_style.rampReversed);
        const bool line = m_style.fillColor.alpha() == 0;
        for (int i = 0; i < m_style.categories.size(); ++i) {
            (line ? m_style.categories[i].symbol.strokeColor : m_style.categories[i].symbol.fillColor) = colors.value(i);
        }
        fillCategoryTable();
        edited();
    });
    connect(m_catTable, &QTableWidget::itemChanged, this, &StyleEditor::categoryItemChanged);
    connect(m_catTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColorColumn)
            pickCategoryColor(row);
    });
    return page;
}

QWidget *StyleEditor::buildGraduatedPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_gradField = new QComboBox(page);
    m_gradField->setObjectName(u"graduatedFieldCombo"_s);
    for (const Field &f : m_layer->fields())
        if (isNumericField(f.type))
            m_gradField->addItem(f.name, f.name);
    form->addRow(tr("Field:"), m_gradField);

    auto *methodRow = new QHBoxLayout;
    m_method = new QComboBox(page);
    m_method->setObjectName(u"methodCombo"_s);
    for (auto m : {ClassificationMethod::EqualInterval, ClassificationMethod::Quantile,
                   ClassificationMethod::NaturalBreaks, ClassificationMethod::StandardDeviation,
                   ClassificationMethod::Pretty, ClassificationMethod::Manual})
        m_method->addItem(Classification::methodName(m), int(m));
    m_classCount = new QSpinBox(page);
    m_classCount->setObjectName(u"classCountSpin"_s);
    m_classCount->setRange(2, 12);
    methodRow->addWidget(m_method, 1);
    methodRow->addWidget(new QLabel(tr("Classes:"), page));
    methodRow->addWidget(m_classCount);
    form->addRow(tr("Method:"), methodRow);

    auto *rampRow = new QHBoxLayout;
    m_gradRamp = new QComboBox(page);
    m_gradRamp->setObjectName(u"graduatedRampCombo"_s);
    fillRampCombo(m_gradRamp, false);
    m_reverse = new QCheckBox(tr("Reverse"), page);
    m_reverse->setObjectName(u"reverseRampCheck"_s);
    rampRow->addWidget(m_gradRamp, 1);
    rampRow->addWidget(m_reverse);
    form->addRow(tr("Colour ramp:"), rampRow);
    m_rampPreview = new QLabel(page);
    m_rampPreview->setObjectName(u"rampPreview"_s);
    m_rampPreview->setMinimumHeight(16);
    form->addRow(QString(), m_rampPreview);
    layout->addLayout(form);

    m_classTable = new QTableWidget(0, 4, page);
    m_classTable->setObjectName(u"classTable"_s);
    m_classTable->setHorizontalHeaderLabels({tr("Symbol"), tr("From"), tr("To"), tr("Label")});
    m_classTable->horizontalHeader()->setSectionResizeMode(ColorColumn, QHeaderView::ResizeToContents);
    m_classTable->horizontalHeader()->setStretchLastSection(true);
    m_classTable->verticalHeader()->hide();
    m_classTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_classTable->setItemDelegateForColumn(1, new BoundDelegate(m_classTable));
    m_classTable->setItemDelegateForColumn(2, new BoundDelegate(m_classTable));
    m_classTable->setToolTip(tr("Double-click a symbol to change its colour. Editing a bound switches to manual classes."));
    layout->addWidget(m_classTable, 3);

    m_histogram = new HistogramWidget(page);
    m_histogram->setObjectName(u"histogram"_s);
    m_histogram->setToolTip(tr("Distribution of the field; drag a class break to move it."));
    layout->addWidget(m_histogram, 2);

    connect(m_gradField, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_style.field = m_gradField->currentData().toString();
        loadGraduatedValues();
        reclassify();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_style.method = ClassificationMethod(m_method->currentData().toInt());
        reclassify();
    });
    connect(m_classCount, &QSpinBox::valueChanged, this, [this](int n) {
        if (m_updating)
            return;
        m_style.classCount = n;
        reclassify();
    });
    connect(m_gradRamp, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_style.rampName = m_gradRamp->currentData().toString();
        reclassify();
    });
    connect(m_reverse, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_style.rampReversed = on;
        reclassify();
    });
    connect(m_classTable, &QTableWidget::itemChanged, this, &StyleEditor::classItemChanged);
    connect(m_classTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColorColumn)
            pickClassColor(row);
    });
    connect(m_histogram, &HistogramWidget::breaksEdited, this, [this](const QList<double> &breaks) {
        if (breaks.size() != m_style.classes.size() + 1)
            return;
        for (int i = 0; i < m_style.classes.size(); ++i) {
            m_style.classes[i].lower = breaks[i];
            m_style.classes[i].upper = breaks[i + 1];
        }
        m_style.method = ClassificationMethod::Manual;
        syncWidgets();
        edited();
    });
    return page;
}

QWidget *StyleEditor::buildBivariatePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Colours each feature by two numeric fields at once, each split into 3 classes: "
                                "the 9 colours cross low, middle and high of both."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_bivFieldX = new QComboBox(page);
    m_bivFieldX->setObjectName(u"bivariateFieldXCombo"_s);
    m_bivFieldY = new QComboBox(page);
    m_bivFieldY->setObjectName(u"bivariateFieldYCombo"_s);
    for (const Field &f : m_layer->fields()) {
        if (isNumericField(f.type)) {
            m_bivFieldX->addItem(f.name, f.name);
            m_bivFieldY->addItem(f.name, f.name);
        }
    }
    m_bivLabelX = new QLineEdit(page);
    m_bivLabelX->setObjectName(u"bivariateLabelXEdit"_s);
    m_bivLabelY = new QLineEdit(page);
    m_bivLabelY->setObjectName(u"bivariateLabelYEdit"_s);
    auto *xRow = new QHBoxLayout;
    xRow->addWidget(m_bivFieldX, 1);
    xRow->addWidget(new QLabel(tr("Legend title:"), page));
    xRow->addWidget(m_bivLabelX, 1);
    auto *yRow = new QHBoxLayout;
    yRow->addWidget(m_bivFieldY, 1);
    yRow->addWidget(new QLabel(tr("Legend title:"), page));
    yRow->addWidget(m_bivLabelY, 1);
    form->addRow(tr("Horizontal field (→):"), xRow);
    form->addRow(tr("Vertical field (↑):"), yRow);
    m_bivMethod = new QComboBox(page);
    m_bivMethod->setObjectName(u"bivariateMethodCombo"_s);
    for (auto m : {ClassificationMethod::Quantile, ClassificationMethod::EqualInterval,
                   ClassificationMethod::NaturalBreaks, ClassificationMethod::Manual})
        m_bivMethod->addItem(Classification::methodName(m), int(m));
    form->addRow(tr("Method (3 classes):"), m_bivMethod);
    m_bivScheme = new QComboBox(page);
    m_bivScheme->setObjectName(u"bivariateSchemeCombo"_s);
    m_bivScheme->setIconSize(QSize(24, 24));
    for (const QString &name : BivariateSettings::schemeNames())
        m_bivScheme->addItem(QIcon(bivariatePixmap(name, 24)), BivariateSettings::schemeTitle(name), name);
    form->addRow(tr("Colours:"), m_bivScheme);
    layout->addLayout(form);

    m_bivBreaks = new QTableWidget(2, BivariateSettings::Classes + 1, page);
    m_bivBreaks->setObjectName(u"bivariateBreaksTable"_s);
    m_bivBreaks->setHorizontalHeaderLabels({tr("Minimum"), tr("Break 1"), tr("Break 2"), tr("Maximum")});
    m_bivBreaks->setVerticalHeaderLabels({tr("Horizontal"), tr("Vertical")});
    m_bivBreaks->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_bivBreaks->setItemDelegate(new BoundDelegate(m_bivBreaks));
    m_bivBreaks->setToolTip(tr("Class bounds of each axis. Editing a bound switches to manual classes."));
    m_bivBreaks->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_bivBreaks->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bivBreaks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bivBreaks->setFixedHeight(m_bivBreaks->horizontalHeader()->sizeHint().height()
                                + 2 * m_bivBreaks->verticalHeader()->defaultSectionSize()
                                + 2 * m_bivBreaks->frameWidth());
    layout->addWidget(m_bivBreaks);

    m_bivPreview = new QLabel(page);
    m_bivPreview->setObjectName(u"bivariatePreview"_s);
    m_bivPreview->setFrameShape(QFrame::StyledPanel);
    m_bivPreview->setAlignment(Qt::AlignCenter);
    m_bivPreview->setMinimumSize(200, 170);
    layout->addWidget(m_bivPreview, 1);
    auto *credit = new QLabel(BivariateSettings::schemeAttribution(), page);
    credit->setEnabled(false);
    layout->addWidget(credit);

    auto fieldChanged = [this] {
        if (m_updating)
            return;
        m_style.field = m_bivFieldX->currentData().toString();
        m_style.bivariate.fieldY = m_bivFieldY->currentData().toString();
        loadBivariateValues();
        reclassifyBivariate();
    };
    connect(m_bivFieldX, &QComboBox::currentIndexChanged, this, fieldChanged);
    connect(m_bivFieldY, &QComboBox::currentIndexChanged, this, fieldChanged);
    connect(m_bivMethod, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_style.method = ClassificationMethod(m_bivMethod->currentData().toInt());
        reclassifyBivariate();
    });
    connect(m_bivScheme, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_style.bivariate.scheme = m_bivScheme->currentData().toString();
        m_style.bivariate.colors = BivariateSettings::schemeColors(m_style.bivariate.scheme);
        edited();
    });
    connect(m_bivLabelX, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_style.bivariate.labelX = text.trimmed();
        edited();
    });
    connect(m_bivLabelY, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_style.bivariate.labelY = text.trimmed();
        edited();
    });
    connect(m_bivBreaks, &QTableWidget::itemChanged, this, &StyleEditor::bivariateBreakChanged);
    return page;
}

void StyleEditor::loadBivariateValues()
{
    auto load = [this](const QString &field, QList<double> &values, QString &loaded) {
        if (loaded == field && !values.isEmpty())
            return;
        values.clear();
        loaded = field;
        const int index = m_layer->fields().indexOf(field);
        if (index >= 0 && isNumericField(m_layer->fields().at(index).type))
            values = numericValues(readFieldValues(*m_provider, index, 500000).values);
    };
    load(m_style.field, m_bivValuesX, m_bivValuesFieldX);
    load(m_style.bivariate.fieldY, m_bivValuesY, m_bivValuesFieldY);
}

void StyleEditor::reclassifyBivariate()
{
    const bool manual = m_style.method == ClassificationMethod::Manual;
    auto bounds = [](const QList<double> &current, const QList<double> &values) {
        // Manual: the bounds shown, else equal intervals to start from.
        return current.size() >= 2 ? current : Classification::equalInterval(values, BivariateSettings::Classes);
    };
    const QList<double> manualX = manual ? bounds(m_style.bivariate.breaksX, m_bivValuesX) : QList<double>();
    const QList<double> manualY = manual ? bounds(m_style.bivariate.breaksY, m_bivValuesY) : QList<double>();
    const BivariateSettings old = m_style.bivariate;
    m_style = VectorStyle::bivariateStyle(m_style, m_style.field, m_bivValuesX, m_style.bivariate.fieldY,
                                          m_bivValuesY, m_style.method, old.scheme, manualX, manualY);
    if (old.colors.size() == BivariateSettings::Classes * BivariateSettings::Classes)
        m_style.bivariate.colors = old.colors; // colours edited in the file survive
    fillBivariateWidgets();
    edited();
}

void StyleEditor::fillBivariateWidgets()
{
    const bool was = m_updating;
    m_updating = true;
    const BivariateSettings &b = m_style.bivariate;
    auto select = [](QComboBox *combo, const QString &value) {
        const int i = combo->findData(value);
        if (i >= 0)
            combo->setCurrentIndex(i);
    };
    select(m_bivFieldX, m_style.field);
    select(m_bivFieldY, b.fieldY);
    select(m_bivScheme, b.scheme);
    const int method = m_bivMethod->findData(int(m_style.method));
    m_bivMethod->setCurrentIndex(method >= 0 ? method : 0);
    m_bivLabelX->setText(b.labelX);
    m_bivLabelY->setText(b.labelY);
    m_bivLabelX->setPlaceholderText(m_style.field);
    m_bivLabelY->setPlaceholderText(b.fieldY);
    for (int row = 0; row < 2; ++row) {
        const QList<double> &breaks = row == 0 ? b.breaksX : b.breaksY;
        for (int column = 0; column <= BivariateSettings::Classes; ++column) {
            auto *item = new QTableWidgetItem;
            if (column < breaks.size())
                item->setData(Qt::EditRole, breaks[column]);
            else
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_bivBreaks->setItem(row, column, item);
        }
    }
    m_updating = was;
}

void StyleEditor::bivariateBreakChanged(QTableWidgetItem *item)
{
    if (m_updating)
        return;
    QList<double> &breaks = item->row() == 0 ? m_style.bivariate.breaksX : m_style.bivariate.breaksY;
    bool ok = false;
    const double v = item->data(Qt::EditRole).toDouble(&ok);
    if (!ok || item->column() >= breaks.size())
        return;
    breaks[item->column()] = v;
    std::sort(breaks.begin(), breaks.end());
    m_style.method = ClassificationMethod::Manual;
    QMetaObject::invokeMethod(this, [this] { fillBivariateWidgets(); }, Qt::QueuedConnection); // not inside the item's signal
    edited();
}

void StyleEditor::updateBivariatePreview()
{
    if (!m_bivPreview || m_style.renderer != RendererType::Bivariate)
        return;
    const QList<LegendEntry> entries = Legend::forVectorStyle(m_style, m_geometry, m_layer->name());
    if (entries.isEmpty() || entries.first().kind != LegendEntry::Kind::Bivariate)
        return;
    const QSize size(260, 180);
    QPixmap pix(size * devicePixelRatioF());
    pix.setDevicePixelRatio(devicePixelRatioF());
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setFont(font());
    p.setRenderHint(QPainter::Antialiasing);
    Legend::drawBivariate(&p, QRectF(8, 8, size.width() - 16, size.height() - 16), entries.first(), 130,
                          palette().color(QPalette::WindowText));
    p.end();
    m_bivPreview->setPixmap(pix);
}

void StyleEditor::setStyle(const VectorStyle &style)
{
    m_style = style;
    syncWidgets();
}

void StyleEditor::setButtonColor(QPushButton *button, const QColor &color)
{
    QPixmap pix(40, 16);
    pix.fill(color);
    button->setIcon(QIcon(pix));
    button->setIconSize(pix.size());
    button->setText(color.name(color.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
}

void StyleEditor::syncSingle()
{
    setButtonColor(m_fill, m_style.fillColor);
    setButtonColor(m_stroke, m_style.strokeColor);
    m_strokeWidth->setValue(m_style.strokeWidthMm);
    m_markerShape->setCurrentIndex(m_markerShape->findData(int(m_style.markerShape)));
    m_markerSize->setValue(m_style.markerSizeMm);
    m_symbolOpacity->setValue(qRound(m_style.opacity * 100));
    m_symbolOpacityLabel->setText(u"%1 %"_s.arg(m_symbolOpacity->value()));
    updateSymbolPreview();
}

void StyleEditor::updateSymbolPreview()
{
    QPixmap pix(QSize(150, 80) * devicePixelRatioF());
    pix.setDevicePixelRatio(devicePixelRatioF());
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setRenderHint(QPainter::Antialiasing);
    LegendEntry entry;
    entry.symbol = m_style.baseSymbol();
    entry.geometry = m_geometry == GeometryKind::Mixed || m_geometry == GeometryKind::Null ? GeometryKind::Point
                                                                                          : m_geometry;
    // Points and lines at their real size; polygons as a swatch.
    const QRectF rect = entry.geometry == GeometryKind::Polygon ? QRectF(25, 15, 100, 50) : QRectF(10, 10, 130, 60);
    Legend::drawSymbol(&p, rect, entry, logicalDpiX() / 25.4);
    p.end();
    m_symbolPreview->setPixmap(pix);
}

void StyleEditor::syncWidgets()
{
    const bool was = m_updating;
    m_updating = true;
    m_renderer->setCurrentIndex(m_renderer->findData(int(m_style.renderer)));
    m_pages->setCurrentIndex(m_renderer->currentIndex());
    syncSingle();
    auto selectData = [](QComboBox *combo, const QString &value) {
        const int i = combo->findData(value);
        if (i >= 0)
            combo->setCurrentIndex(i);
    };
    selectData(m_catField, m_style.field);
    selectData(m_gradField, m_style.field);
    selectData(m_catRamp, m_style.rampName);
    selectData(m_gradRamp, m_style.rampName);
    m_method->setCurrentIndex(m_method->findData(int(m_style.method)));
    m_classCount->setValue(m_style.classCount);
    m_reverse->setChecked(m_style.rampReversed);
    fillCategoryTable();
    fillClassTable();
    updateRampPreview();
    if (m_style.renderer == RendererType::Graduated)
        loadGraduatedValues();
    fillBivariateWidgets();
    if (m_style.renderer == RendererType::Bivariate) {
        loadBivariateValues();
        updateBivariatePreview();
    }
    m_updating = was;
}

void StyleEditor::updateRampPreview()
{
    const int n = m_style.classes.isEmpty() ? m_style.classCount : int(m_style.classes.size());
    const int width = std::max(120, m_rampPreview->width() > 200 ? m_rampPreview->width() - 4 : 240);
    m_rampPreview->setPixmap(rampPixmap(m_gradRamp->currentData().toString(), n, m_reverse->isChecked(), QSize(width, 14)));
}

void StyleEditor::fillCategoryTable()
{
    const bool was = m_updating;
    m_updating = true;
    m_catTable->setRowCount(int(m_style.categories.size()));
    for (int i = 0; i < m_style.categories.size(); ++i) {
        const Category &c = m_style.categories[i];
        auto *swatch = readOnlyItem(QString());
        swatch->setIcon(symbolIcon(c.symbol, m_geometry));
        m_catTable->setItem(i, ColorColumn, swatch);
        m_catTable->setItem(i, 1, readOnlyItem(c.value.toString()));
        m_catTable->setItem(i, 2, new QTableWidgetItem(c.label.isEmpty() ? c.value.toString() : c.label));
    }
    m_catTable->setIconSize(QSize(32, 16));
    m_catTable->resizeColumnToContents(1);
    m_updating = was;
}

void StyleEditor::fillClassTable()
{
    const bool was = m_updating;
    m_updating = true;
    m_classTable->setRowCount(int(m_style.classes.size()));
    const QLocale locale;
    for (int i = 0; i < m_style.classes.size(); ++i) {
        const GraduatedClass &c = m_style.classes[i];
        auto *swatch = readOnlyItem(QString());
        swatch->setIcon(symbolIcon(c.symbol, m_geometry));
        m_classTable->setItem(i, ColorColumn, swatch);
        // Bounds are edited as numbers (the delegate gives a spin box) and shown
        // in the user's locale.
        auto *lower = new QTableWidgetItem;
        lower->setData(Qt::EditRole, c.lower);
        auto *upper = new QTableWidgetItem;
        upper->setData(Qt::EditRole, c.upper);
        m_classTable->setItem(i, 1, lower);
        m_classTable->setItem(i, 2, upper);
        m_classTable->setItem(i, 3, new QTableWidgetItem(c.label.isEmpty() ? Legend::formatRange(c.lower, c.upper, locale, 1)
                                                                           : c.label));
    }
    m_classTable->setIconSize(QSize(32, 16));
    m_classTable->resizeColumnToContents(1);
    m_classTable->resizeColumnToContents(2);
    QList<double> breaks;
    QList<QColor> colors;
    for (const GraduatedClass &c : std::as_const(m_style.classes)) {
        if (breaks.isEmpty())
            breaks.append(c.lower);
        breaks.append(c.upper);
        colors.append(c.symbol.fillColor.alpha() == 0 ? c.symbol.strokeColor : c.symbol.fillColor);
    }
    m_histogram->setBreaks(breaks, colors);
    m_updating = was;
}

void StyleEditor::edited()
{
    updateRampPreview();
    updateSymbolPreview();
    updateBivariatePreview();
    emit styleChanged();
}

void StyleEditor::setRenderer(RendererType type)
{
    m_style.renderer = type;
    m_pages->setCurrentIndex(m_renderer->findData(int(type)));
    if (type == RendererType::Categorized) {
        if (m_style.field.isEmpty() || m_layer->fields().indexOf(m_style.field) < 0)
            m_style.field = m_catField->currentData().toString();
        else
            m_catField->setCurrentIndex(std::max(0, m_catField->findData(m_style.field)));
        if (m_style.categories.isEmpty() || ColorBrewer::type(m_style.rampName) != SchemeType::Qualitative) {
            m_updating = true;
            m_catRamp->setCurrentIndex(std::max(0, m_catRamp->findData(u"Set2"_s)));
            m_updating = false;
            m_style.rampName = m_catRamp->currentData().toString();
        }
    } else if (type == RendererType::Graduated) {
        const int i = m_gradField->findData(m_style.field);
        if (i < 0) {
            m_style.field = m_gradField->currentData().toString();
        } else {
            m_updating = true;
            m_gradField->setCurrentIndex(i);
            m_updating = false;
        }
        if (ColorBrewer::type(m_style.rampName) == SchemeType::Qualitative || !ColorBrewer::contains(m_style.rampName)) {
            m_updating = true;
            m_gradRamp->setCurrentIndex(std::max(0, m_gradRamp->findData(u"YlOrRd"_s)));
            m_updating = false;
        }
        m_style.rampName = m_gradRamp->currentData().toString();
        loadGraduatedValues();
        if (m_style.classes.isEmpty()) {
            reclassify();
            return;
        }
    } else if (type == RendererType::Bivariate) {
        // Two different numeric fields to start from: the current one (if
        // numeric) across, the next one up.
        if (m_bivFieldX->findData(m_style.field) < 0)
            m_style.field = m_bivFieldX->currentData().toString();
        if (m_bivFieldY->findData(m_style.bivariate.fieldY) < 0 || m_style.bivariate.fieldY == m_style.field) {
            const int x = m_bivFieldY->findData(m_style.field);
            const int y = m_bivFieldY->count() > 1 ? (x + 1) % m_bivFieldY->count() : 0;
            m_style.bivariate.fieldY = m_bivFieldY->itemData(y).toString();
        }
        // Quantiles for a new bivariate style (terciles balance the 9 cells).
        if (m_style.bivariate.breaksX.isEmpty() || m_bivMethod->findData(int(m_style.method)) < 0)
            m_style.method = ClassificationMethod::Quantile;
        if (m_style.bivariate.colors.isEmpty())
            m_style.bivariate.colors = BivariateSettings::schemeColors(m_style.bivariate.scheme);
        loadBivariateValues();
        reclassifyBivariate();
        return;
    }
    edited();
}

void StyleEditor::loadGraduatedValues()
{
    if (m_valuesField == m_style.field && !m_values.isEmpty())
        return;
    m_values.clear();
    m_valuesField = m_style.field;
    const int index = m_layer->fields().indexOf(m_style.field);
    if (index >= 0 && isNumericField(m_layer->fields().at(index).type)) {
        // Graduated needs every value for the breaks; numbers are cheap to read.
        m_values = numericValues(readFieldValues(*m_provider, index, 500000).values);
    }
    m_histogram->setValues(m_values);
}

void StyleEditor::reclassify()
{
    if (m_style.field.isEmpty() || m_values.isEmpty()) {
        m_style.classes.clear();
        fillClassTable();
        edited();
        return;
    }
    QList<double> manual;
    if (m_style.method == ClassificationMethod::Manual) {
        for (const GraduatedClass &c : std::as_const(m_style.classes)) {
            if (manual.isEmpty())
                manual.append(c.lower);
            manual.append(c.upper);
        }
        if (manual.size() < 2) // nothing to start from: equal intervals
            manual = Classification::equalInterval(m_values, m_style.classCount);
    }
    const QList<GraduatedClass> old = m_style.classes;
    m_style = VectorStyle::graduated(m_style, m_style.field, m_values, m_style.method, m_style.classCount,
                                     m_style.rampName, m_style.rampReversed, manual);
    // Manual labels survive as long as the class keeps its bounds.
    for (GraduatedClass &c : m_style.classes)
        for (const GraduatedClass &o : old)
            if (!o.label.isEmpty() && o.lower == c.lower && o.upper == c.upper)
                c.label = o.label;
    fillClassTable();
    edited();
}

void StyleEditor::classify()
{
    if (isReading())
        return;
    const QString field = m_catField->currentData().toString();
    const int index = m_layer->fields().indexOf(field);
    if (index < 0)
        return;
    if (m_layer->featureCount() <= syncLimit()) {
        const FieldValues result = readFieldValues(*m_provider, index);
        applyCategories(field, result.values, result.truncated);
        emit classifyFinished();
        return;
    }
    // Big layer: read on a worker (the provider is thread-safe and shared).
    m_readingField = field;
    m_classify->setEnabled(false);
    m_catStatus->setText(tr("Reading the values of %1…").arg(field));
    const auto provider = m_provider;
    m_watcher->setFuture(QtConcurrent::run([provider, index] { return readFieldValues(*provider, index); }));
}

bool StyleEditor::isReading() const
{
    // Until the worker's values are applied (its finished() signal may still be queued).
    return !m_readingField.isEmpty();
}

void StyleEditor::applyCategories(const QString &field, const QVariantList &values, bool truncated)
{
    VectorStyle next = VectorStyle::categorized(m_style, field, values, m_catRamp->currentData().toString());
    QString status;
    if (next.categories.size() > categoryLimit()) {
        status = tr("%1 has %2 distinct values: only the first %3 get a category.")
                     .arg(field, QLocale().toString(next.categories.size()), QLocale().toString(categoryLimit()));
        next.categories.resize(categoryLimit());
    } else {
        status = tr("%n category(ies)", nullptr, int(next.categories.size()));
    }
    if (truncated)
        status += u" "_s + tr("(not every feature was read)");
    // Labels the user wrote for values that are still there are kept.
    for (Category &c : next.categories)
        for (const Category &o : std::as_const(m_style.categories))
            if (!o.label.isEmpty() && Category::valueKey(o.value) == Category::valueKey(c.value))
                c.label = o.label;
    m_style = next;
    m_catStatus->setText(status);
    fillCategoryTable();
    edited();
}

void StyleEditor::categoryItemChanged(QTableWidgetItem *item)
{
    if (m_updating || item->column() != 2 || item->row() >= m_style.categories.size())
        return;
    Category &c = m_style.categories[item->row()];
    const QString text = item->text();
    c.label = text == c.value.toString() ? QString() : text;
    edited();
}

void StyleEditor::classItemChanged(QTableWidgetItem *item)
{
    const int row = item->row();
    if (m_updating || row >= m_style.classes.size())
        return;
    if (item->column() == 3) {
        GraduatedClass &c = m_style.classes[row];
        const QString text = item->text();
        c.label = text == Legend::formatRange(c.lower, c.upper, QLocale(), 1) ? QString() : text;
        edited();
        return;
    }
    if (item->column() != 1 && item->column() != 2)
        return;
    bool ok = false;
    const double v = item->data(Qt::EditRole).toDouble(&ok);
    if (!ok)
        return;
    // Bounds are shared: the upper bound of a class is the lower one of the next.
    if (item->column() == 1) {
        m_style.classes[row].lower = v;
        if (row > 0)
            m_style.classes[row - 1].upper = v;
    } else {
        m_style.classes[row].upper = v;
        if (row + 1 < m_style.classes.size())
            m_style.classes[row + 1].lower = v;
    }
    m_style.method = ClassificationMethod::Manual;
    QMetaObject::invokeMethod(this, [this] { syncWidgets(); }, Qt::QueuedConnection); // not inside the item's signal
    edited();
}

void StyleEditor::pickCategoryColor(int row)
{
    if (row < 0 || row >= m_style.categories.size())
        return;
    Symbol &s = m_style.categories[row].symbol;
    const bool line = m_geometry == GeometryKind::Line;
    const QColor c = QColorDialog::getColor(line ? s.strokeColor : s.fillColor, this, tr("Category colour"),
                                            QColorDialog::ShowAlphaChannel);
    if (!c.isValid())
        return;
    (line ? s.strokeColor : s.fillColor) = c;
    fillCategoryTable();
    edited();
}

void StyleEditor::pickClassColor(int row)
{
    if (row < 0 || row >= m_style.classes.size())
        return;
    Symbol &s = m_style.classes[row].symbol;
    const bool line = m_geometry == GeometryKind::Line;
    const QColor c = QColorDialog::getColor(line ? s.strokeColor : s.fillColor, this, tr("Class colour"),
                                            QColorDialog::ShowAlphaChannel);
    if (!c.isValid())
        return;
    (line ? s.strokeColor : s.fillColor) = c;
    fillClassTable();
    edited();
}

ChoroplethDialog::ChoroplethDialog(VectorLayer *layer, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Choropleth Map — %1").arg(layer->name()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Colours the polygons by a numeric field: 5 classes by natural breaks (Jenks), "
                                "yellow to red."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_field = new QComboBox(this);
    m_field->setObjectName(u"choroplethFieldCombo"_s);
    for (const Field &f : layer->fields())
        if (isNumericField(f.type))
            m_field->addItem(f.name, f.name);
    // Default: the first real field that is not a GIS bookkeeping one
    // (SHAPE_LENG, SHAPE_AREA...); identifiers such as OBJECTID are integers.
    const Fields fields = layer->fields();
    for (const Field &f : fields) {
        if (f.type == FieldType::Real && !f.name.startsWith(u"SHAPE_"_s, Qt::CaseInsensitive)) {
            m_field->setCurrentIndex(m_field->findData(f.name));
            break;
        }
    }
    form->addRow(tr("Field:"), m_field);
    layout->addLayout(form);
    setMinimumWidth(380);
    auto *preview = new QLabel(this);
    preview->setPixmap(rampPixmap(u"YlOrRd"_s, 5, false, QSize(200, 14)));
    form->addRow(tr("Colours:"), preview);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setEnabled(m_field->count() > 0);
    if (m_field->count() == 0) {
        auto *none = new QLabel(tr("The layer has no numeric field."), this);
        none->setObjectName(u"noNumericField"_s);
        layout->addWidget(none);
    }
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ChoroplethDialog::field() const
{
    return m_field->currentData().toString();
}

} // namespace territoria
