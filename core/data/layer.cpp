#include "data/layer.h"

#include <algorithm>

namespace territoria {

Layer::Layer(QString name, Crs crs, bool hasSourceCrs, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_crs(std::move(crs))
    , m_hasSourceCrs(hasSourceCrs)
{
}

Layer::~Layer() = default;

void Layer::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    Q_EMIT nameChanged(m_name);
}

void Layer::setCrs(const Crs &crs)
{
    const bool same = crs.isValid() == m_crs.isValid()
        && (!crs.isValid() || (crs.toUserString() == m_crs.toUserString() && crs == m_crs));
    if (same)
        return;
    m_crs = crs;
    Q_EMIT crsChanged();
    Q_EMIT repaintRequested();
}

void Layer::setOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_opacity)
        return;
    m_opacity = opacity;
    Q_EMIT opacityChanged(m_opacity);
    Q_EMIT repaintRequested();
}

void Layer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    Q_EMIT visibilityChanged(m_visible);
    Q_EMIT repaintRequested();
}

} // namespace territoria
