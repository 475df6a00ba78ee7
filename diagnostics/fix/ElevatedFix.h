#pragma once
/// @file ElevatedFix.h
/// @brief Relaunching the fix step with administrator rights: `wsafix fix ID... --session S --yes` run elevated
/// (Linux: `pkexec <wsafix> ...`, an argv list, never a shell; Windows: ShellExecuteEx "runas"), continuing the same
/// session, whose record and journal then tell the caller what happened. Defined once per platform folder.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace wsafix {

/// How the elevated fix step ended.
struct ElevatedFixRun
{
    bool ran = false;            ///< the elevated process started and ended
    std::optional<int> exitCode; ///< its exit code (wsafix's: 0 applied, 1 failed or not verified, 3 still no rights)
    std::string detail;          ///< what happened, or why it did not run ("the password prompt was dismissed")
};

/// The arguments (without the program) of the elevated fix step of `fixIds` in session `sessionId`.
/// `guardTimeout` is passed on as --guard-timeout when set.
std::vector<std::string> elevatedFixArguments(const std::vector<std::string>& fixIds, const std::string& sessionId,
                                              const std::filesystem::path& stateDir,
                                              std::optional<std::chrono::seconds> guardTimeout);

/// Runs `executable` (absolute) with `arguments` elevated and waits for it, at most `limit`.
/// Blocks (the prompt, then the fix): call it off the GUI thread.
ElevatedFixRun runFixElevated(const std::filesystem::path& executable, const std::vector<std::string>& arguments,
                              std::chrono::milliseconds limit);

} // namespace wsafix
