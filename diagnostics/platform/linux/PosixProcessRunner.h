#pragma once
// The Linux ProcessRunner: posix_spawn of an allow-listed executable by full path, never a shell.

#include "diagnostics/ProcessRunner.h"

namespace wsafix {

/// Starts allow-listed programs with a fixed minimal environment, stdin from /dev/null, no other
/// inherited descriptors and in their own process group, so that a time-out kills the child and
/// everything it started.
class PosixProcessRunner : public ProcessRunner
{
public:
    explicit PosixProcessRunner(AllowList allowList);

    CommandResult run(const std::vector<std::string>& argv, const CommandOptions& options = {}) override;

private:
    AllowList m_allowList;
};

} // namespace wsafix
