#pragma once

// Internal to core: PROJ objects for a Crs in the calling thread's context.
#include "crs/crs.h"
#include "crs/projcontext.h"

namespace territoria {

// A PJ for `crs` created in this thread's PROJ context (null if invalid).
ProjObject createProjCrs(const Crs &crs);

// Forgets this thread's last PROJ error and log message (before a call whose error we report).
void projClearError();

} // namespace territoria
