#pragma once
// `wsafix fix ID... [--dry-run] [--yes] [--json]`: apply fixes with snapshot, journal, check and rollback.

#include "CommandLine.h"

#include <iosfwd>

namespace wsafix {

/// Runs `wsafix fix` as `cl` asks and returns the exit code.
int runFixCommand(const CommandLine& cl, std::ostream& out, std::ostream& err);

} // namespace wsafix
