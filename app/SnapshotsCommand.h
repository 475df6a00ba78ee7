#pragma once
// `wsafix snapshots list | show ID | restore ID [--json]`.

#include "CommandLine.h"

#include <iosfwd>

namespace wsafix {

/// Runs `wsafix snapshots` as `cl` asks and returns the exit code.
int runSnapshotsCommand(const CommandLine& cl, std::ostream& out, std::ostream& err);

} // namespace wsafix
