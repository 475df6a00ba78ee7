#include "diagnostics/fix/ResumeEntry.h"

namespace wsafix {

std::vector<std::string> resumeArguments(const std::string& sessionId, const std::filesystem::path& stateDir,
                                         const std::string& scenario)
{
    // The state directory always: the entry runs in a logon whose environment ($WSAFIX_STATE_DIR) may differ.
    const std::u8string dir = std::filesystem::absolute(stateDir).u8string();
    std::vector<std::string> args{"--resume", sessionId, "--state-dir", std::string(dir.begin(), dir.end())};
    if (!scenario.empty()) {
        args.push_back("--scenario");
        args.push_back(scenario);
    }
    return args;
}

} // namespace wsafix
