#pragma once

#include "crs/crs.h"
#include "geometry/extent.h"
#include "territoria_core_export.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace territoria {

class LayerRenderer;
class MapSettings;

enum class LayerKind { Vector, Raster };

// A map layer: a QObject (non-copyable) owned by the Project, living on the GUI
// thread. Data access goes through a thread-safe provider shared with render
// snapshots; workers never touch the Layer itself.
class TERRITORIA_CORE_EXPORT Layer : public QObject
{
    Q_OBJECT
public:
    ~Layer() override;

    virtual LayerKind kind() const = 0;

    QString id() const { return m_id; }
    void setId(const QString &id) { m_id = id; } // used when loading a project

    QString name() const { return m_name; }
    void setName(const QString &name);

    // The absolute path of the file (or the GDAL connection string) it was opened from.
    virtual QString source() const = 0;
    // The sublayer inside the source (GeoPackage table, KML folder); empty if single.
    virtual QString sublayerName() const { return {}; }

    // The layer's CRS: the source's own, or the one the user set for a source that
    // declares none (see hasSourceCrs()).
    Crs crs() const { return m_crs; }
    void setCrs(const Crs &crs);
    // False when the source declares no CRS: the app must tell the user and must
    // not assume one silently.
    bool hasSourceCrs() const { return m_hasSourceCrs; }

    virtual Extent extent() const = 0; // in crs()

    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);

    // Non-fatal problems found while opening (GDAL warnings, no CRS, encoding guesses).
    QStringList warnings() const { return m_warnings; }

    // Everything a worker needs to draw this layer with `settings`, copied now
    // (called on the GUI thread, render() runs later on a worker).
    virtual std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const = 0;

    virtual QJsonObject styleToJson() const = 0;
    virtual void setStyleFromJson(const QJsonObject &json) = 0;

Q_SIGNALS:
    void nameChanged(const QString &name);
    void crsChanged();
    void opacityChanged(double opacity);
    void visibilityChanged(bool visible);
    void styleChanged();
    // Something that affects drawing changed (style, data, crs, opacity).
    void repaintRequested();

protected:
    Layer(QString name, Crs crs, bool hasSourceCrs, QObject *parent = nullptr);
    void addWarning(const QString &warning) { m_warnings.append(warning); }

private:
    QString m_id;
    QString m_name;
    Crs m_crs;
    bool m_hasSourceCrs = true;
    double m_opacity = 1.0;
    bool m_visible = true;
    QStringList m_warnings;
};

} // namespace territoria
