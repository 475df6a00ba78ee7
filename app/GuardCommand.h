#pragma once
// `wsafix guard --snapshot ID --timeout S` (hidden): the auto-revert watchdog that `wsafix fix` and the wizard start
// detached before a fix that can cut the machine off (diagnostics/fix/AutoRevertGuard.h).

#include "CommandLine.h"

#include <iosfwd>

namespace wsafix {

/// Runs the watchdog as `cl` asks and returns the exit code: 0 confirmed (nothing done) or restored, 1 the restore
/// failed or the guard refused, 2 bad input.
int runGuardCommand(const CommandLine& cl, std::ostream& out, std::ostream& err);

} // namespace wsafix
