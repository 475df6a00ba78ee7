#pragma once
/// @file RunOnceEntry.h
/// @brief Reboot resume: a value under HKCU\Software\Microsoft\Windows\CurrentVersion\RunOnce that starts the
/// wizard once at the next logon (at the verify page, by the arguments the caller passes). Windows deletes the
/// value before running it.

#include "diagnostics/platform/windows/ActionResult.h"

#include <optional>
#include <string>
#include <vector>

namespace wsafix::win {

/// Writes the RunOnce value `name` = `"exePath" arguments...` (quoted for CommandLineToArgvW), then reads it back.
/// `name` must be 1 to 255 characters without '\' and must not start with '!' or '*' (RunOnce's own markers).
ActionResult writeRunOnce(const std::string& name, const std::string& exePath,
                          const std::vector<std::string>& arguments);
/// The command line of the RunOnce value `name`, or nullopt when there is none.
std::optional<std::string> readRunOnce(const std::string& name);
/// Removes the RunOnce value `name`; Done also when it was not there.
ActionResult removeRunOnce(const std::string& name);

} // namespace wsafix::win
