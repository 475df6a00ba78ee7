#pragma once
/// @file ProcessRunner.h
/// @brief Every external command the engine starts goes through a ProcessRunner: an argv list
/// (never a shell string), captured output with a size cap, a time limit, and an allow-list.

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace wsafix {

struct CommandResult
{
    bool started = false;               ///< false: refused by the allow-list or could not start (see error)
    int exitCode = -1;                  ///< valid when started and not timedOut
    bool timedOut = false;              ///< killed after the time limit
    bool truncated = false;             ///< stdout or stderr exceeded the cap and was cut
    std::string out;
    std::string err;
    std::string error;                  ///< why it did not start or was stopped; empty otherwise
    bool succeeded() const { return started && !timedOut && exitCode == 0; }
};

struct CommandOptions
{
    std::chrono::milliseconds timeout{30000};
    std::size_t maxOutputBytes = 8 * 1024 * 1024; ///< cap for stdout and for stderr, each
};

/// The executables a runner may start, by bare name ("netsh", "ipconfig", "journalctl").
/// A name resolves to a fixed directory list, never through PATH of the caller's environment.
class AllowList
{
public:
    AllowList(std::vector<std::string> names, std::vector<std::string> searchDirs);
    /// Full path of an allowed executable, or empty when `name` is not allowed or not found.
    std::string resolve(const std::string& name) const;
    bool allows(const std::string& name) const;
    const std::vector<std::string>& names() const { return m_names; }

private:
    std::vector<std::string> m_names;
    std::vector<std::string> m_dirs;
};

class ProcessRunner
{
public:
    virtual ~ProcessRunner() = default;
    /// argv[0] is an allow-listed bare name; the rest are passed to the program unchanged.
    virtual CommandResult run(const std::vector<std::string>& argv, const CommandOptions& options = {}) = 0;
};

/// The runner of this platform (POSIX or Win32), restricted to `allowList`.
std::unique_ptr<ProcessRunner> createProcessRunner(AllowList allowList);

/// The executables the engine itself is allowed to start on this platform.
AllowList defaultAllowList();

} // namespace wsafix
