// The Linux definitions of the platform runner and of the commands the engine may start.
#include "diagnostics/ProcessRunner.h"

#include "diagnostics/platform/linux/PosixProcessRunner.h"

namespace wsafix {

std::unique_ptr<ProcessRunner> createProcessRunner(AllowList allowList)
{
    return std::make_unique<PosixProcessRunner>(std::move(allowList));
}

AllowList defaultAllowList()
{
    return AllowList({"ip", "journalctl", "resolvectl", "nmcli", "systemctl", "ss"},
                     {"/usr/sbin", "/usr/bin", "/sbin", "/bin"});
}

} // namespace wsafix
