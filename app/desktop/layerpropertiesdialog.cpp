#include "layerpropertiesdialog.h"

#include "data/layer.h"
#include "data/rasterlayer.h"
#include "data/vectorlayer.h"
#include "gui/crsselectorwidget.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace territoria {

LayerPropertiesDialog::LayerPropertiesDialog(Layer *layer, QWidget *parent)
    : QDialog(parent)
    , m_layer(layer)
{
    setWindowTitle(tr("Layer Properties — %1").arg(layer->name()));
    resize(560, 560);
    auto *layout = new QVBoxLayout(this);

    auto *general = new QFormLayout;
    m_name = new QLineEdit(layer->name(), this);
    m_name->setObjectName(u"nameEdit"_s);
    general->addRow(tr("Name:"), m_name);
    auto *source = new QLabel(layer->source(), this);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source->setWordWrap(true);
    general->addRow(tr("Source:"), source);
    if (auto *vl = qobject_cast<VectorLayer *>(layer)) {
        general->addRow(tr("Features:"), new QLabel(QLocale().toString(vl->featureCount()), this));
        general->addRow(tr("Geometry:"), new QLabel(vl->dataProvider()->geometryTypeName(), this));
    } else if (auto *rl = qobject_cast<RasterLayer *>(layer)) {
        general->addRow(tr("Size:"), new QLabel(tr("%1 × %2 pixels, %n band(s)", nullptr, rl->bandCount())
                                                     .arg(rl->width())
                                                     .arg(rl->height()),
                                                 this));
    }
    layout->addLayout(general);

    auto *crsBox = new QGroupBox(tr("Coordinate reference system"), this);
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
    layout->addWidget(crsBox);

    auto *style = new QGroupBox(tr("Rendering"), this);
    auto *form = new QFormLayout(style);
    auto *opacityRow = new QHBoxLayout;
    m_opacity = new QSlider(Qt::Horizontal, style);
    m_opacity->setObjectName(u"opacitySlider"_s);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(qRound(layer->opacity() * 100));
    m_opacityLabel = new QLabel(style);
    m_opacityLabel->setMinimumWidth(40);
    auto showOpacity = [this](int v) { m_opacityLabel->setText(u"%1 %"_s.arg(v)); };
    showOpacity(m_opacity->value());
    connect(m_opacity, &QSlider::valueChanged, this, showOpacity);
    opacityRow->addWidget(m_opacity);
    opacityRow->addWidget(m_opacityLabel);
    form->addRow(tr("Opacity:"), opacityRow);
    if (auto *vl = qobject_cast<VectorLayer *>(layer)) {
        m_fillColor = vl->style().fillColor;
        m_strokeColor = vl->style().strokeColor;
        m_fill = new QPushButton(style);
        m_fill->setObjectName(u"fillColorButton"_s);
        m_stroke = new QPushButton(style);
        m_stroke->setObjectName(u"strokeColorButton"_s);
        setButtonColor(m_fill, m_fillColor);
        setButtonColor(m_stroke, m_strokeColor);
        if (vl->geometryKind() != GeometryKind::Line)
            form->addRow(tr("Fill colour:"), m_fill);
        else
            m_fill->hide();
        form->addRow(vl->geometryKind() == GeometryKind::Line ? tr("Line colour:") : tr("Outline colour:"), m_stroke);
        connect(m_fill, &QPushButton::clicked, this, [this] {
            const QColor c = QColorDialog::getColor(m_fillColor, this, tr("Fill colour"), QColorDialog::ShowAlphaChannel);
            if (c.isValid()) {
                m_fillColor = c;
                setButtonColor(m_fill, c);
            }
        });
        connect(m_stroke, &QPushButton::clicked, this, [this] {
            const QColor c = QColorDialog::getColor(m_strokeColor, this, tr("Outline colour"), QColorDialog::ShowAlphaChannel);
            if (c.isValid()) {
                m_strokeColor = c;
                setButtonColor(m_stroke, c);
            }
        });
    }
    layout->addWidget(style);
    layout->addStretch();

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(box->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &LayerPropertiesDialog::apply);
}

void LayerPropertiesDialog::setButtonColor(QPushButton *button, const QColor &color)
{
    QPixmap pix(40, 16);
    pix.fill(color);
    button->setIcon(QIcon(pix));
    button->setIconSize(pix.size());
    button->setText(color.name(color.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
}

bool LayerPropertiesDialog::apply()
{
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
    if (auto *vl = qobject_cast<VectorLayer *>(m_layer)) {
        VectorStyle style = vl->style();
        if (style.fillColor != m_fillColor || style.strokeColor != m_strokeColor) {
            style.fillColor = m_fillColor;
            style.strokeColor = m_strokeColor;
            vl->setStyle(style);
            changed = true;
        }
    }
    return changed;
}

} // namespace territoria
