#include "diagnostics/fix/PrivilegedState.h"

namespace wsafix {

std::filesystem::path trustedStateDir(const std::filesystem::path& userStateDir, bool simulatedMachine)
{
    if (simulatedMachine || !runningPrivileged())
        return userStateDir;
    return privilegedStateDir(userStateDir);
}

} // namespace wsafix
