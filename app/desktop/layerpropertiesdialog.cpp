#include "layerpropertiesdialog.h"

#include "data/layer.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "gui/crsselectorwidget.h"
#include "gui/styleeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

LayerPropertiesDialog::LayerPropertiesDialog(Layer *layer, QWidget *parent)
    : QDialog(parent)
    , m_layer(layer)
{
    setWindowTitle(tr("Layer Properties — %1").arg(layer->name()));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"propertiesTabs"_s);
    layout->addWidget(m_tabs, 1);

    auto *generalPage = new QWidget(m_tabs);
    generalPage->setObjectName(u"generalPage"_s);
    auto *generalLayout = new QVBoxLayout(generalPage);
    auto *general = new QFormLayout;
    m_name = new QLineEdit(layer->name(), generalPage);
    m_name->setObjectName(u"nameEdit"_s);
    general->addRow(tr("Name:"), m_name);
    auto *source = new QLabel(layer->source(), generalPage);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source->setWordWrap(true);
    general->addRow(tr("Source:"), source);
    if (auto *vl = qobject_cast<VectorLayer *>(layer)) {
        general->addRow(tr("Features:"), new QLabel(QLocale().toString(vl->featureCount()), generalPage));
        general->addRow(tr("Geometry:"), new QLabel(vl->dataProvider()->geometryTypeName(), generalPage));
    } else if (auto *rl = qobject_cast<RasterLayer *>(layer)) {
        general->addRow(tr("Size:"), new QLabel(tr("%1 × %2 pixels, %n band(s)", nullptr, rl->bandCount())
                                                     .arg(rl->width())
                                                     .arg(rl->height()),
                                                 generalPage));
    }
    generalLayout->addLayout(general);

    auto *crsBox = new QGroupBox(tr("Coordinate reference system"), generalPage);
    auto *crsLayout = new QVBoxLayout(crsBox);
    if (!layer->hasSourceCrs()) {
        auto *warning = new QLabel(tr("The source does not declare a CRS. Choose the one the data was made in; "
                                      "until then it is drawn as if it were in the project CRS."),
                                   crsBox);
        warning->setWordWrap(true);
        warning->setObjectName(u"noCrsWarning"_s);
        warning->setStyleSheet(u"color: #9a5b00;"_s);
        crsLayout->addWidget(warning);
    }
    m_crs = new CrsSelectorWidget(crsBox);
    m_crs->setObjectName(u"crsSelector"_s);
    m_crs->setCrs(layer->crs());
    crsLayout->addWidget(m_crs);
    generalLayout->addWidget(crsBox);

    auto *rendering = new QGroupBox(tr("Rendering"), generalPage);
    auto *form = new QFormLayout(rendering);
    auto *opacityRow = new QHBoxLayout;
    m_opacity = new QSlider(Qt::Horizontal, rendering);
    m_opacity->setObjectName(u"opacitySlider"_s);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(qRound(layer->opacity() * 100));
    m_opacityLabel = new QLabel(rendering);
    m_opacityLabel->setMinimumWidth(40);
    auto showOpacity = [this](int v) { m_opacityLabel->setText(u"%1 %"_s.arg(v)); };
    showOpacity(m_opacity->value());
    connect(m_opacity, &QSlider::valueChanged, this, showOpacity);
    opacityRow->addWidget(m_opacity);
    opacityRow->addWidget(m_opacityLabel);
    form->addRow(tr("Layer opacity:"), opacityRow);
    generalLayout->addWidget(rendering);
    generalLayout->addStretch();
    m_tabs->addTab(generalPage, tr("General"));

    if (auto *vl = qobject_cast<VectorLayer *>(layer)) {
        m_appliedStyle = vl->style();
        m_styleEditor = new StyleEditor(vl, m_tabs);
        m_styleEditor->setObjectName(u"styleEditor"_s);
        auto *page = new QWidget(m_tabs);
        page->setObjectName(u"symbologyPage"_s);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->addWidget(m_styleEditor);
        m_tabs->addTab(page, tr("Symbology"));
        // Live preview: the canvas redraws on every edit.
        connect(m_styleEditor, &StyleEditor::styleChanged, this, [this] {
            if (auto *l = qobject_cast<VectorLayer *>(m_layer.data()))
                l->setStyle(m_styleEditor->style());
        });
        // A source without a CRS needs the General page first; else symbology.
        if (layer->hasSourceCrs())
            m_tabs->setCurrentWidget(page);
        resize(720, 700);
    } else {
        resize(560, 560);
    }

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &LayerPropertiesDialog::reject);
    connect(box->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &LayerPropertiesDialog::apply);
}

void LayerPropertiesDialog::reject()
{
    // Undo the preview: back to the style of the last apply (or the original).
    if (auto *vl = qobject_cast<VectorLayer *>(m_layer.data()))
        vl->setStyle(m_appliedStyle);
    QDialog::reject();
}

bool LayerPropertiesDialog::apply()
{
    if (!m_layer)
        return false;
    bool changed = false;
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty() && name != m_layer->name()) {
        m_layer->setName(name);
        changed = true;
    }
    const Crs crs = m_crs->crs();
    if (crs.isValid() && (!m_layer->crs().isValid() || !(crs == m_layer->crs()))) {
        m_layer->setCrs(crs);
        changed = true;
    }
    const double opacity = m_opacity->value() / 100.0;
    if (std::abs(opacity - m_layer->opacity()) > 1e-6) {
        m_layer->setOpacity(opacity);
        changed = true;
    }
    if (auto *vl = qobject_cast<VectorLayer *>(m_layer.data()); vl && m_styleEditor) {
        const VectorStyle style = m_styleEditor->style();
        vl->setStyle(style); // already there when previewed; a no-op then
        if (!(style == m_appliedStyle)) {
            m_appliedStyle = style;
            changed = true;
        }
    }
    return changed;
}

} // namespace territoria
