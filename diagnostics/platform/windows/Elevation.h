#pragma once
/// @file Elevation.h
/// @brief Whether this process runs elevated, and relaunching a program elevated (ShellExecuteExW with the
/// "runas" verb, which shows the UAC prompt) with an argv list quoted for CommandLineToArgvW.

#include "diagnostics/platform/windows/ActionResult.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace wsafix::win {

/// The token of this process is elevated (TokenElevation).
bool isProcessElevated();

/// lpParameters for ShellExecuteExW: every argument quoted so that the program's CommandLineToArgvW (or C runtime)
/// gets exactly `arguments` back. Exposed so the quoting can be tested without a UAC prompt.
std::wstring elevatedParameters(const std::vector<std::string>& arguments);

struct ElevatedRun
{
    ActionResult result;                   ///< Done: the program ran (and, when waited for, ended) elevated
    std::optional<unsigned long> exitCode; ///< when waited for and it ended in time
};

/// Starts `exePath` elevated with `arguments`. Waits up to `wait` for it to end (zero: does not wait). Failed when
/// the user declines the prompt ("the administrator prompt was declined") or the program cannot start.
ElevatedRun runElevated(const std::string& exePath, const std::vector<std::string>& arguments,
                        std::chrono::milliseconds wait);

} // namespace wsafix::win
