#include "diagnostics/platform/linux/InterfaceFix.h"

#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/linux/IpRestore.h"

#include <net/if.h>

namespace wsafix::lnx {

InterfaceFix::InterfaceFix(std::string name, std::string ifname, ProcessRunner& runner)
    : m_name(std::move(name)), m_ifname(std::move(ifname)), m_runner(runner)
{
}

std::string InterfaceFix::unavailable() const
{
    if (::if_nametoindex(m_ifname.c_str()) == 0)
        return "there is no network interface called '" + m_ifname + "' here";
    return {};
}

std::vector<std::string> InterfaceFix::snapshotPlan() const
{
    std::vector<std::string> plan;
    for (const auto& argv : IpState::captureCommands())
        plan.push_back(FixSteps::display(argv));
    return plan;
}

Snapshot InterfaceFix::snapshot()
{
    const IpState state = IpState::capture(m_runner);
    if (!state.hasInterface(m_ifname))
        throw FixFailure("`ip -j link show` lists no interface '" + m_ifname + "'");
    Snapshot s;
    state.addTo(s);
    s.parts.push_back(SnapshotPart::json("interface", {{"ifname", m_ifname}, {"ifindex", state.ifindex(m_ifname)}}));
    return s;
}

IpState InterfaceFix::saved(const Snapshot& before) const
{
    const std::string refused = "snapshot " + before.id + " is refused: ";
    const nlohmann::json pinned = before.jsonPart("interface");
    if (!pinned.is_object() || pinned.value("ifname", std::string()) != m_ifname)
        throw FixFailure(refused + "it is of interface " +
                         (pinned.is_object() && pinned.contains("ifname") ? pinned["ifname"].dump() : "(none)") +
                         ", but this fix changes only " + m_ifname);
    IpState state = IpState::fromSnapshot(before);
    if (!state.hasInterface(m_ifname) || state.ifindex(m_ifname) != pinned.value("ifindex", -2))
        throw FixFailure(refused + "its interface part and its `ip link` data disagree about " + m_ifname);
    for (const auto& address : state.addresses(m_ifname)) {
        const std::string label = IpState::text(address, "label");
        if (!label.empty() && label != m_ifname && label.rfind(m_ifname + ":", 0) != 0)
            throw FixFailure(refused + "an address of " + m_ifname + " carries the label of another interface (" +
                             label + ")");
    }
    return state;
}

void InterfaceFix::requireSameInterface(const IpState& before, const IpState& now) const
{
    if (!now.hasInterface(m_ifname))
        throw FixFailure("interface " + m_ifname + " is gone");
    if (now.ifindex(m_ifname) != before.ifindex(m_ifname))
        throw FixFailure("interface " + m_ifname + " is another interface now (ifindex " +
                         std::to_string(now.ifindex(m_ifname)) + ", was " + std::to_string(before.ifindex(m_ifname)) +
                         "); refusing to change it");
}

void InterfaceFix::rollback(const Snapshot& before, FixSteps& steps)
{
    IpRestore::run(saved(before), m_ifname, IpRestore::AdminState::Restore, m_runner, steps);
}

FixCheck InterfaceFix::restored(const Snapshot& before)
{
    const auto differences = IpRestore::waitUntilMatching(saved(before), m_ifname, true, m_runner);
    if (differences.empty())
        return FixCheck::verified(m_ifname + " has the addresses, routes and state of snapshot " + before.id);
    std::string text = m_ifname + " differs from snapshot " + before.id + ":";
    for (const auto& d : differences)
        text += "\n  " + d;
    return FixCheck::failed(text);
}

} // namespace wsafix::lnx
