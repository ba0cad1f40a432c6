#pragma once

#include "data/layer.h"
#include "error.h"
#include "style/rasterstyle.h"
#include "territoria_core_export.h"

#include <QColor>
#include <QList>
#include <QVector>

#include <array>
#include <memory>

namespace territoria {

class Feedback;

struct RasterBandInfo {
    int index = 1;              // 1-based, as GDAL
    QString dataType;           // "Byte", "Int16", "Float32"...
    bool hasNoData = false;
    double noData = 0;          // may be NaN
    double scale = 1.0;
    double offset = 0.0;
    int blockWidth = 0;
    int blockHeight = 0;
    int overviewCount = 0;
    QString description;
    QString colorInterpretation; // "Gray", "Palette", "Red"...
    QList<QColor> colorTable;     // empty unless paletted
};

struct RasterStatistics {
    double min = 0, max = 0, mean = 0, stdDev = 0;
    bool approximate = true;
};

// Thread-safe read access to one GDAL raster (pooled datasets, as for vectors).
class TERRITORIA_CORE_EXPORT RasterDataProvider
{
public:
    virtual ~RasterDataProvider();

    QString source() const;
    QString driverName() const;
    int width() const;
    int height() const;
    int bandCount() const;
    QList<RasterBandInfo> bands() const;
    RasterBandInfo band(int index) const;
    Crs crs() const;                      // invalid when none
    bool hasGeoTransform() const;         // false: pixel coordinates (shown with a warning)
    std::array<double, 6> geoTransform() const; // GDAL order; identity-ish when none
    Extent extent() const;                // bounding box of the georeferenced raster

    // Values of a window at full resolution, row-major, as doubles. Nodata cells
    // (and NaN) come back as NaN. Scale/offset are NOT applied (`applyScaleOffset`).
    Result<QVector<double>> readBlock(int band, int xOff, int yOff, int width, int height,
                                      bool applyScaleOffset = false) const;
    // A window resampled to outWidth x outHeight (nearest or average, using overviews).
    Result<QVector<double>> readResampled(int band, int xOff, int yOff, int width, int height, int outWidth,
                                          int outHeight, bool average = false) const;
    // Value under a point given in the raster's CRS; NaN for nodata; error outside.
    Result<double> valueAt(int band, double x, double y) const;
    Result<RasterStatistics> statistics(int band, bool approximate = true, Feedback *feedback = nullptr) const;

    struct Private;
protected:
    explicit RasterDataProvider(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
    friend class RasterLayer;
};

class TERRITORIA_CORE_EXPORT RasterLayer : public Layer
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<RasterLayer>> open(const QString &path, Feedback *feedback = nullptr);

    LayerKind kind() const override { return LayerKind::Raster; }
    QString source() const override;
    Extent extent() const override;

    std::shared_ptr<const RasterDataProvider> dataProvider() const { return m_provider; }
    int width() const;
    int height() const;
    int bandCount() const;

    RasterStyle style() const { return m_style; }
    void setStyle(const RasterStyle &style);

    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QJsonObject styleToJson() const override;
    void setStyleFromJson(const QJsonObject &json) override;

private:
    RasterLayer(std::shared_ptr<const RasterDataProvider> provider, QObject *parent = nullptr);
    std::shared_ptr<const RasterDataProvider> m_provider;
    RasterStyle m_style;
};

} // namespace territoria
