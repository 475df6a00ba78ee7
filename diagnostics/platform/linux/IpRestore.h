#pragma once
// Puts one interface back to a captured IpState with `ip` commands: admin state, addresses, then
// the routes that are not the kernel's own (those follow the addresses). Multipath and non-unicast
// routes are outside what it can restore; the comparison afterwards reports them.

#include "diagnostics/platform/linux/IpState.h"

#include <chrono>
#include <string>
#include <vector>

namespace wsafix {
class FixSteps;
}

namespace wsafix::lnx {

class IpRestore
{
public:
    enum class AdminState
    {
        Keep,
        Restore
    };

    /// Commands that delete the addresses `ifname` has in `current` but not in `target`.
    static std::vector<std::vector<std::string>> addressDeletions(const IpState& target, const IpState& current,
                                                                  const std::string& ifname);
    /// Commands that add the addresses of `target` that `current` lacks.
    static std::vector<std::vector<std::string>> addressAdditions(const IpState& target, const IpState& current,
                                                                  const std::string& ifname);
    /// Commands that delete extra routes and add missing ones (not the kernel's own routes).
    static std::vector<std::vector<std::string>> routeCommands(const IpState& target, const IpState& current,
                                                               const std::string& ifname);
    /// All of it, as it would run on `current` (for previews).
    static std::vector<std::vector<std::string>> commands(const IpState& target, const IpState& current,
                                                          const std::string& ifname);

    /// Brings `ifname` to `target`, every command through `steps`. Refuses (FixFailure) when the
    /// interface is gone or is another interface now (a different ifindex).
    static void run(const IpState& target, const std::string& ifname, AdminState admin, ProcessRunner& runner,
                    FixSteps& steps);

    /// Polls until `ifname` matches `target` or `timeout` passes; the remaining differences.
    static std::vector<std::string> waitUntilMatching(const IpState& target, const std::string& ifname,
                                                      bool compareAdminState, ProcessRunner& runner,
                                                      std::chrono::milliseconds timeout = std::chrono::seconds(5));
};

} // namespace wsafix::lnx
