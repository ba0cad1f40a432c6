#pragma once

// Internal to core (and its tests): the arithmetic behind LayoutRenderer's map
// grids and scale bars, kept apart so that it can be checked by hand.

#include "crs/crs.h"
#include "territoria_core_export.h"

#include <QString>

namespace territoria::layoutdetail {

// The largest 1/2/2.5/5 x 10^n that is <= `value` (value > 0), else 0.
TERRITORIA_CORE_EXPORT double niceStepBelow(double value);
// A 1/2/2.5/5 x 10^n step that divides `span` into about five parts (4-6 lines).
TERRITORIA_CORE_EXPORT double autoGridInterval(double span);
// The scale bar's segment length in metres: the largest 1/2/2.5/5 x 10^n metres
// such that `segments` segments fit `availableWidthMm` at 1:`scale`. 0 when none fits.
TERRITORIA_CORE_EXPORT double scaleBarSegmentMetres(double availableWidthMm, double scale, int segments);
// Metres per map unit of `crs` (geographic: a degree of longitude at `latitude`
// on the WGS 84 ellipsoid, as MapSettings::scale() does). 1 for an invalid CRS.
TERRITORIA_CORE_EXPORT double metresPerMapUnit(const Crs &crs, double latitude);
// "16°24'S", "71°30'W", "0°" (seconds only when not whole minutes).
TERRITORIA_CORE_EXPORT QString formatDegrees(double value, bool latitude);

} // namespace territoria::layoutdetail
