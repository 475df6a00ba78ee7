#pragma once
// The help data, split by kind of error (internal to diagnostics/errors).

#include "diagnostics/errors/ErrorHelp.h"

#include <vector>

namespace wsafix {

/// Help for the connection errors 10048-10065.
std::vector<ErrorHelp> connectionErrorHelp();

/// Help for start-up, provider and name-resolution errors (10091 and up).
std::vector<ErrorHelp> startupErrorHelp();

} // namespace wsafix
