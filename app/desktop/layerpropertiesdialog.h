#pragma once

#include <QColor>
#include <QDialog>

class QLineEdit;
class QSlider;
class QPushButton;
class QLabel;

namespace territoria {

class CrsSelectorWidget;
class Layer;

// Name, CRS (required for a source without one), opacity and simple colours.
class LayerPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LayerPropertiesDialog(Layer *layer, QWidget *parent = nullptr);
    // Writes the dialog's values into the layer; true if something changed.
    bool apply();

private:
    void setButtonColor(QPushButton *button, const QColor &color);
    Layer *m_layer;
    QLineEdit *m_name = nullptr;
    CrsSelectorWidget *m_crs = nullptr;
    QSlider *m_opacity = nullptr;
    QLabel *m_opacityLabel = nullptr;
    QPushButton *m_fill = nullptr;
    QPushButton *m_stroke = nullptr;
    QColor m_fillColor;
    QColor m_strokeColor;
};

} // namespace territoria
