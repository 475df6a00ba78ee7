#pragma once
// The ProcessRunner of Windows: CreateProcessW with an exactly quoted command line (never through
// cmd.exe), output through pipes, and a Job object so that a timeout ends the whole process tree.

#include "diagnostics/ProcessRunner.h"

namespace wsafix {

class Win32ProcessRunner : public ProcessRunner
{
public:
    explicit Win32ProcessRunner(AllowList allowList);

    CommandResult run(const std::vector<std::string>& argv, const CommandOptions& options = {}) override;

private:
    AllowList m_allowList;
};

} // namespace wsafix
