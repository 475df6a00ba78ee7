#pragma once
// `wsafix decode CODE [--json]`: explain an error in any form users paste.

#include "CommandLine.h"

#include <iosfwd>

namespace wsafix {

/// Runs `wsafix decode` as `cl` asks and returns the exit code: 0 decoded, 2 not (or no CODE given).
int runDecodeCommand(const CommandLine& cl, std::ostream& out, std::ostream& err);

} // namespace wsafix
