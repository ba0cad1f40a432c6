#include "layout/layoutexporter.h"
