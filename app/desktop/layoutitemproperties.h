#pragma once

#include "geometry/extent.h"
#include "layout/printlayout.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QFormLayout;
class QVBoxLayout;

namespace territoria {

class Project;

// The property panel of the layout designer: a form for the selected item
// (position and size in mm for all; then what its type needs). Every edit is
// reported as itemEdited() with the item's JSON before and after; the designer
// turns it into an undoable command, applies it and calls reload().
class LayoutItemProperties : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutItemProperties(const Project *project, QWidget *parent = nullptr);
    ~LayoutItemProperties() override;

    // Where "From main map" takes its extent (project CRS); unset hides the button.
    void setMapExtentProvider(std::function<Extent()> provider) { m_mapExtent = std::move(provider); }

    // Shows item `id` of `layout` (empty id: nothing). Rebuilds the form when the
    // item changes; otherwise only reloads the values.
    void setItem(const PrintLayout *layout, const QString &id);
    QString itemId() const { return m_id; }
    // Reloads the values shown from the item (after undo/redo or a drag).
    void reload();

Q_SIGNALS:
    void itemEdited(const QString &commandText, const QJsonObject &before, const QJsonObject &after);

private:
    using Getter = std::function<QVariant(const LayoutItem &)>;
    using Setter = std::function<void(LayoutItem &, const QVariant &)>;

    const LayoutItem *item() const;
    void rebuild();
    void edit(const QString &text, const std::function<void(LayoutItem &)> &change);

    // Form rows bound to a property: the widget shows get(item) and editing it
    // applies set(copy, value) through edit().
    QWidget *addText(QFormLayout *form, const QString &label, const QString &objectName, const QString &commandText,
                     Getter get, Setter set);
    QWidget *addDouble(QFormLayout *form, const QString &label, const QString &objectName, const QString &commandText,
                       double min, double max, int decimals, const QString &suffix, Getter get, Setter set,
                       const QString &specialValueText = {});
    QWidget *addInt(QFormLayout *form, const QString &label, const QString &objectName, const QString &commandText,
                    int min, int max, Getter get, Setter set);
    QWidget *addCheck(QFormLayout *form, const QString &text, const QString &objectName, const QString &commandText,
                      Getter get, Setter set);
    QWidget *addCombo(QFormLayout *form, const QString &label, const QString &objectName, const QString &commandText,
                      const QList<QPair<QString, QVariant>> &options, Getter get, Setter set);
    // A swatch button that opens a colour dialog.
    QWidget *addColor(QFormLayout *form, const QString &label, const QString &objectName, const QString &commandText,
                      Getter get, Setter set);
    // A combo of the fields of the layer `layerOf(item)` returns (refilled when it
    // changes), `noneText` first (empty data) when not empty.
    QWidget *addFieldCombo(QFormLayout *form, const QString &label, const QString &objectName,
                           const QString &commandText, bool numericOnly, const QString &noneText,
                           std::function<QString(const LayoutItem &)> layerOf, Getter get, Setter set);
    QList<QPair<QString, QVariant>> mapChoices() const;
    QList<QPair<QString, QVariant>> vectorLayerChoices() const;

    void buildCommon(QVBoxLayout *layout);
    void buildMap(QVBoxLayout *layout);
    void buildLegend(QVBoxLayout *layout);
    void buildScaleBar(QVBoxLayout *layout);
    void buildNorthArrow(QVBoxLayout *layout);
    void buildLabel(QVBoxLayout *layout);
    void buildPicture(QVBoxLayout *layout);
    void buildTable(QVBoxLayout *layout);
    void buildChart(QVBoxLayout *layout);

    const Project *m_project;
    std::function<Extent()> m_mapExtent;
    const PrintLayout *m_layout = nullptr;
    QString m_id;
    int m_type = -1;
    QWidget *m_content = nullptr;
    QList<std::function<void(const LayoutItem &)>> m_loaders;
    bool m_loading = false;
};

} // namespace territoria
