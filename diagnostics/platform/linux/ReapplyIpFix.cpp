#include "diagnostics/platform/linux/ReapplyIpFix.h"

#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/linux/IpRestore.h"

#include <algorithm>

namespace wsafix::lnx {

ReapplyIpFix::ReapplyIpFix(std::string ifname, ProcessRunner& runner)
    : InterfaceFix("reapply-ip", std::move(ifname), runner)
{
}

std::string ReapplyIpFix::title() const
{
    return "Re-apply the IP configuration of " + ifname();
}

std::string ReapplyIpFix::explanation() const
{
    return "Clears the addresses of " + ifname() +
           " and applies its configuration again — NetworkManager's "
           "profile where NetworkManager manages it, otherwise exactly the addresses and routes captured in the "
           "snapshot — which drops stale routes and addresses without losing a static configuration.";
}

FixBadges ReapplyIpFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    b.dropsConnections = true;
    b.cutsOffMachine = true;
    return b;
}

std::vector<std::string> ReapplyIpFix::flushCommand() const
{
    return {"ip", "addr", "flush", "dev", ifname(), "scope", "global"};
}

std::vector<std::string> ReapplyIpFix::reapplyCommand() const
{
    return {"nmcli", "device", "reapply", ifname()};
}

bool ReapplyIpFix::managedByNetworkManager()
{
    // nmcli absent or NetworkManager not running: the command fails to start or exits non-zero.
    const CommandResult r = runner().run({"nmcli", "-t", "-f", "GENERAL.STATE", "device", "show", ifname()});
    if (!r.succeeded())
        return false;
    return r.out.find("unmanaged") == std::string::npos && r.out.find("GENERAL.STATE:") != std::string::npos;
}

std::vector<std::vector<std::string>> ReapplyIpFix::preview()
{
    if (managedByNetworkManager())
        return {reapplyCommand()};
    const IpState now = IpState::capture(runner());
    // After the flush, exactly the global addresses and the routes that went with them come back.
    IpState flushed = now;
    for (auto& entry : flushed.addr) {
        if (IpState::text(entry, "ifname") != ifname() || !entry.contains("addr_info"))
            continue;
        auto& info = entry["addr_info"];
        info.erase(std::remove_if(info.begin(), info.end(),
                                  [](const nlohmann::json& a) { return IpState::text(a, "scope") == "global"; }),
                   info.end());
    }
    for (auto* table : {&flushed.route4, &flushed.route6})
        table->erase(std::remove_if(table->begin(), table->end(),
                                    [&](const nlohmann::json& r) {
                                        return IpState::text(r, "dev") == ifname() &&
                                               IpState::text(r, "protocol") != "kernel";
                                    }),
                     table->end());
    std::vector<std::vector<std::string>> out{flushCommand()};
    for (auto& argv : IpRestore::commands(now, flushed, ifname()))
        out.push_back(std::move(argv));
    return out;
}

void ReapplyIpFix::apply(const Snapshot& before, FixSteps& steps)
{
    const IpState target = saved(before);
    requireSameInterface(target, IpState::capture(runner()));
    if (managedByNetworkManager()) {
        steps.require(runner(), reapplyCommand());
        return;
    }
    steps.require(runner(), flushCommand());
    IpRestore::run(target, ifname(), IpRestore::AdminState::Keep, runner(), steps);
}

FixCheck ReapplyIpFix::check(const Snapshot& before)
{
    const auto differences = IpRestore::waitUntilMatching(saved(before), ifname(), true, runner());
    if (differences.empty())
        return FixCheck::verified("the addresses and routes of " + ifname() +
                                  " were re-applied and match the snapshot");
    std::string text = ifname() + " differs from its configuration before the re-apply:";
    for (const auto& d : differences)
        text += "\n  " + d;
    // NetworkManager applies its profile, which may rightly differ from what was there before.
    if (managedByNetworkManager())
        return FixCheck::couldNotVerify(text);
    return FixCheck::failed(text);
}

} // namespace wsafix::lnx
