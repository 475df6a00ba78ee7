#pragma once
// `wsafix verify`: examine the machine again, compare with the latest session's detect, connect to the target
// a number of times, give the verdict, and save it into the session.

#include "CommandLine.h"

#include <iosfwd>

namespace wsafix {

/// Runs `wsafix verify` as `cl` asks and returns the exit code: 0 fixed, 1 not fixed or could not verify,
/// 2 bad input, 4 the session could not be saved.
int runVerifyCommand(const CommandLine& cl, std::ostream& out, std::ostream& err);

} // namespace wsafix
