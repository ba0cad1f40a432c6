#include "layout/layoutrenderer.h"
