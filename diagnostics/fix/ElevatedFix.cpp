#include "diagnostics/fix/ElevatedFix.h"

namespace wsafix {

std::vector<std::string> elevatedFixArguments(const std::vector<std::string>& fixIds, const std::string& sessionId,
                                              const std::filesystem::path& stateDir,
                                              std::optional<std::chrono::seconds> guardTimeout)
{
    std::vector<std::string> args{"fix"};
    args.insert(args.end(), fixIds.begin(), fixIds.end());
    // The state directory always: the elevated process has another user's default ($HOME, %LOCALAPPDATA%).
    const std::u8string dir = std::filesystem::absolute(stateDir).u8string();
    args.insert(args.end(), {"--session", sessionId, "--yes", "--state-dir", std::string(dir.begin(), dir.end())});
    if (guardTimeout) {
        args.push_back("--guard-timeout");
        args.push_back(std::to_string(guardTimeout->count()));
    }
    return args;
}

} // namespace wsafix
