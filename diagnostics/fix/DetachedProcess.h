#pragma once
/// @file DetachedProcess.h
/// @brief Starting a process that outlives its caller (the auto-revert watchdog, `wsafix guard`): its own
/// session, no terminal, output to a log file. Defined once per platform folder.

#include <filesystem>
#include <string>
#include <vector>

namespace wsafix {

/// Starts `executable` (an absolute path, never looked up in PATH) with `arguments` (an argv list, never a
/// shell) detached from this process, stdout and stderr appended to `logFile`. Empty on success, else why not.
std::string startDetached(const std::filesystem::path& executable, const std::vector<std::string>& arguments,
                          const std::filesystem::path& logFile);

/// The absolute path of the running executable, or empty when it cannot be told.
std::filesystem::path currentExecutable();

/// This process's id.
unsigned long currentProcessId();

/// False once process `pid` has ended (true while it runs, and when that cannot be told).
bool processRunning(unsigned long pid);

} // namespace wsafix
