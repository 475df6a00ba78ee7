#pragma once
// `wsafix analyze FILE...`: what pasted command outputs from another machine show, with the same rules as detect.

#include "CommandLine.h"

#include <iosfwd>

namespace wsafix {

/// Runs `wsafix analyze` as `cl` asks; `in` is read for the file name "-". Returns the exit code.
int runAnalyzeCommand(const CommandLine& cl, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace wsafix
