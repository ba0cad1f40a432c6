#pragma once

#include "geometry/geometry.h"
#include "territoria_core_export.h"

#include <memory>

namespace territoria {

// One geometry prepared by GEOS for testing many others against it (selection
// shapes, zones). Uses the calling thread's GEOS context: create and use it on one
// thread.
class TERRITORIA_CORE_EXPORT PreparedGeometry
{
public:
    explicit PreparedGeometry(const Geometry &shape);
    ~PreparedGeometry();
    PreparedGeometry(const PreparedGeometry &) = delete;
    PreparedGeometry &operator=(const PreparedGeometry &) = delete;

    // False when GEOS could not read or prepare the shape.
    bool isValid() const;
    bool intersects(const Geometry &geometry) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace territoria
