#include "diagnostics/platform/linux/RestartAdapterFix.h"

#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/linux/IpRestore.h"

namespace wsafix::lnx {

RestartAdapterFix::RestartAdapterFix(std::string ifname, ProcessRunner& runner)
    : InterfaceFix("restart-adapter", std::move(ifname), runner)
{
}

std::string RestartAdapterFix::title() const
{
    return "Restart network interface " + ifname();
}

std::string RestartAdapterFix::explanation() const
{
    return "Takes " + ifname() +
           " down and up again, which resets its driver state and drops its connections, "
           "then re-adds the IPv6 addresses and routes the kernel removes on the way, so its configuration stays "
           "as it is.";
}

FixBadges RestartAdapterFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    b.dropsConnections = true;
    b.cutsOffMachine = true;
    return b;
}

std::vector<std::vector<std::string>> RestartAdapterFix::preview()
{
    const IpState now = IpState::capture(runner());
    std::vector<std::vector<std::string>> out{{"ip", "link", "set", "dev", ifname(), "down"},
                                              {"ip", "link", "set", "dev", ifname(), "up"}};
    for (auto& argv : IpRestore::commands(now, now.afterLinkDown(ifname()), ifname()))
        if (argv[1] != "-6" || argv[4].rfind("fe80:", 0) != 0) // the kernel re-adds link-local addresses itself
            out.push_back(std::move(argv));
    return out;
}

void RestartAdapterFix::apply(const Snapshot& before, FixSteps& steps)
{
    const IpState target = saved(before);
    requireSameInterface(target, IpState::capture(runner()));
    steps.require(runner(), {"ip", "link", "set", "dev", ifname(), "down"});
    steps.require(runner(), {"ip", "link", "set", "dev", ifname(), "up"});
    IpRestore::run(target, ifname(), IpRestore::AdminState::Keep, runner(), steps);
}

FixCheck RestartAdapterFix::check(const Snapshot& before)
{
    const IpState target = saved(before);
    auto differences = IpRestore::waitUntilMatching(target, ifname(), false, runner());
    // An interface that was down gains link-local addresses and kernel routes by coming up: only losses count.
    if (!target.adminUp(ifname()))
        std::erase_if(differences, [](const std::string& d) { return d.find(" extra: ") != std::string::npos; });
    const IpState now = IpState::capture(runner());
    if (!now.adminUp(ifname()))
        return FixCheck::failed(ifname() + " did not come back up");
    if (!differences.empty()) {
        std::string text = ifname() + " is up, but its configuration differs from before:";
        for (const auto& d : differences)
            text += "\n  " + d;
        return FixCheck::failed(text);
    }
    return FixCheck::verified(ifname() + " was restarted and is up with its " +
                              std::to_string(now.addresses(ifname()).size()) + " address(es) and " +
                              std::to_string(now.routes(ifname()).size()) + " route(s) as before");
}

} // namespace wsafix::lnx
