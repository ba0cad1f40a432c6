#include "layout/atlas.h"
