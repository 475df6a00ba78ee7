#pragma once
/// @file ResumeEntry.h
/// @brief Reboot resume: an entry that starts `wsafix --resume SESSION` once at the next logon, so that the
/// wizard re-opens at the verify page after the reboot a fix needs. Linux: an XDG autostart file
/// (`$XDG_CONFIG_HOME/autostart/wsafix-resume.desktop`, default `~/.config`); Windows: the RunOnce value
/// `wsafix-resume` (HKCU). Defined once per platform folder.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace wsafix {

/// Writes the entry that starts `executable` (absolute) with `arguments` at the next logon, replacing an earlier
/// one. Empty on success, else why not (nothing half-written).
std::string writeResumeEntry(const std::filesystem::path& executable, const std::vector<std::string>& arguments);

/// The arguments (without the program) the entry will start wsafix with, or nullopt when there is no entry.
std::optional<std::vector<std::string>> resumeEntryArguments();

/// Removes the entry (the resumed wizard calls it: the entry is used once). Empty on success (also when there was
/// none), else why not.
std::string removeResumeEntry();

/// The arguments of `wsafix` that resume `sessionId` (with the state directory and scenario it lives in).
std::vector<std::string> resumeArguments(const std::string& sessionId, const std::filesystem::path& stateDir,
                                         const std::string& scenario);

} // namespace wsafix
