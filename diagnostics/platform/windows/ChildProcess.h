#pragma once
// Starts one program and supervises it to its end: pipes, time limit, process tree, output caps.

#include "diagnostics/ProcessRunner.h"

#include <string>
#include <vector>

namespace wsafix::win {

class ChildProcess
{
public:
    /// Runs the program at `path` (UTF-8, already resolved and allowed) with `arguments`.
    static CommandResult run(const std::string& path, const std::vector<std::string>& arguments,
                             const CommandOptions& options);
};

} // namespace wsafix::win
