#pragma once

#include "style/vectorstyle.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QSlider;
class QPushButton;
class QLabel;
class QTabWidget;

namespace territoria {

class CrsSelectorWidget;
class Layer;
class StyleEditor;

// "General" page: name, CRS (required for a source without one), opacity.
// "Symbology" page (vector layers): the StyleEditor. Style edits are previewed
// on the layer as they are made; Cancel puts back the style of the last apply.
class LayerPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LayerPropertiesDialog(Layer *layer, QWidget *parent = nullptr);
    // Writes the dialog's values into the layer; true if something changed.
    bool apply();
    void reject() override;

    StyleEditor *styleEditor() const { return m_styleEditor; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QPointer<Layer> m_layer;
    QTabWidget *m_tabs = nullptr;
    StyleEditor *m_styleEditor = nullptr;
    VectorStyle m_appliedStyle; // what the layer goes back to on Cancel
    QLineEdit *m_name = nullptr;
    CrsSelectorWidget *m_crs = nullptr;
    QSlider *m_opacity = nullptr;
    QLabel *m_opacityLabel = nullptr;
};

} // namespace territoria
