#pragma once
// `wsafix detect`: examine the machine, print findings, start a session.

#include "CommandLine.h"

#include <iosfwd>

namespace wsafix {

/// Runs `wsafix detect` as `cl` asks and returns the exit code.
int runDetectCommand(const CommandLine& cl, std::ostream& out, std::ostream& err);

} // namespace wsafix
