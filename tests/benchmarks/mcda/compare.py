# Compares two single-band rasters cell by cell: no-data masks and the largest
# absolute difference of the values (python3-gdal + numpy, as gdal_calc uses).
import sys
import numpy as np
from osgeo import gdal
a = gdal.Open(sys.argv[1]); b = gdal.Open(sys.argv[2])
ba, bb = a.GetRasterBand(1), b.GetRasterBand(1)
assert a.RasterXSize == b.RasterXSize and a.RasterYSize == b.RasterYSize
nda, ndb = ba.GetNoDataValue(), bb.GetNoDataValue()
maxdiff = 0.0; mism = 0; n = 0
for y in range(0, a.RasterYSize, 512):
    h = min(512, a.RasterYSize - y)
    x = ba.ReadAsArray(0, y, a.RasterXSize, h).astype(np.float64)
    z = bb.ReadAsArray(0, y, a.RasterXSize, h).astype(np.float64)
    ma, mb = x == nda, z == ndb
    mism += int(np.count_nonzero(ma != mb))
    v = ~ma & ~mb
    n += int(np.count_nonzero(v))
    if v.any():
        maxdiff = max(maxdiff, float(np.max(np.abs(x[v] - z[v]))))
print(f"cells_compared={n} nodata_mismatches={mism} max_abs_diff={maxdiff:.3g}")
