#include "diagnostics/platform/windows/IpResetFix.h"

#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/windows/ActionStep.h"
#include "diagnostics/platform/windows/NetshCommand.h"
#include "diagnostics/platform/windows/PrivilegedFolder.h"
#include "diagnostics/platform/windows/RegistrySnapshot.h"
#include "diagnostics/platform/windows/ReparsePoint.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace wsafix::win {
namespace {

constexpr const char* kPart = "ip-configuration";

bool isLoopback(const std::string& address)
{
    return address.rfind("127.", 0) == 0 || address == "::1";
}

bool hasStaticPart(const AdapterIpConfiguration& a)
{
    return !a.staticAddresses.empty() || !a.staticDnsServers.empty() ||
           std::any_of(a.routes.begin(), a.routes.end(), [](const IpRoute& r) { return r.isStatic; });
}

template <class List, class Item> bool contains(const List& list, const Item& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

IpResetFix::IpResetFix(ProcessRunner& runner, AllowList allowList, std::filesystem::path logDirectory,
                       const IpResetRegistry& registry, std::filesystem::path privilegedRoot)
    : m_runner(runner), m_allowList(std::move(allowList)), m_logDirectory(std::move(logDirectory)),
      m_privilegedRoot(std::move(privilegedRoot)), m_interfaces(registry.interfaces),
      m_interfaces6(registry.interfaces6, "registry-tcpip6"),
      m_nsiStores{RegistryTreeBackup(registry.ipv6Addresses, "registry-nsi-ipv6-addresses"),
                  RegistryTreeBackup(registry.ipv6Routes, "registry-nsi-ipv6-routes")}
{
}

std::string IpResetFix::explanation() const
{
    return "Resets the TCP/IP settings of Windows to their defaults (netsh int ip reset), which clears damaged "
           "settings that survive restarts. Unlike a plain reset, the static addresses, gateways, routes and DNS "
           "servers captured first are put back right after it, both in the running system and in the saved settings "
           "Windows reads at the next start, so they survive the restart. Connections drop; takes full effect after "
           "a restart.";
}

FixBadges IpResetFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    b.needsReboot = true;
    b.dropsConnections = true;
    b.cutsOffMachine = true;
    return b;
}

std::string IpResetFix::unavailable() const
{
    const auto adapters = captureIpConfiguration();
    if (!adapters.available())
        return "the IP configuration cannot be read, so it could not be put back after the reset: " +
               adapters.status.reason;
    const auto plan = reapplyPlan(adapters.value);
    const bool needsWriters = std::any_of(plan.begin(), plan.end(), [](const AdapterIpConfiguration& a) {
        return !a.staticAddresses.empty() ||
               std::any_of(a.routes.begin(), a.routes.end(), [](const IpRoute& r) { return r.isStatic; });
    });
    if (const std::string missing = missingIpWriters(); needsWriters && !missing.empty())
        return "this system's iphlpapi lacks " + missing +
               ", so the static configuration could not be re-applied after the reset";
    return {};
}

std::vector<std::string> IpResetFix::resetArgv() const
{
    return netshIpResetArgv((m_logDirectory / "netsh-ip-reset.log").string());
}

void IpResetFix::prepareLogFolder() const
{
    if (!m_privilegedRoot.empty()) {
        const std::filesystem::path below = m_logDirectory.lexically_relative(m_privilegedRoot);
        if (below.empty() || *below.begin() == "..")
            throw FixFailure(m_logDirectory.string() + " is not under the privileged folder " +
                             m_privilegedRoot.string());
        makePrivilegedPath(m_privilegedRoot, below);
    } else {
        std::filesystem::create_directories(m_logDirectory);
        for (const auto& folder : {m_logDirectory.parent_path(), m_logDirectory})
            if (isReparsePoint(folder))
                throw FixFailure(folder.string() + " is a reparse point (a junction or symbolic link); netsh's log "
                                                   "would be written elsewhere");
    }
    // netsh opens its log itself, following links: one already there must be a plain file of its own.
    const std::filesystem::path log = m_logDirectory / "netsh-ip-reset.log";
    if (GetFileAttributesW(log.c_str()) == INVALID_FILE_ATTRIBUTES)
        return;
    std::string error;
    if (!openWithoutFollowing(log, FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                              OPEN_EXISTING, 0, error))
        throw FixFailure(error);
}

std::vector<std::vector<std::string>> IpResetFix::preview()
{
    return {resetArgv()};
}

std::vector<std::string> IpResetFix::snapshotPlan() const
{
    std::vector<std::string> plan{
        "the IP configuration of every adapter, IPv4 and IPv6: addresses, prefixes, gateways, DNS servers, DHCP, "
        "routes"};
    for (const auto* backup : {&m_interfaces, &m_interfaces6, &m_nsiStores[0], &m_nsiStores[1]})
        for (const auto& line : backup->plan())
            plan.push_back(line);
    for (const auto& [backup, family] : {std::pair{&m_interfaces, StaticInterfaceKeys::Family::Ipv4},
                                         std::pair{&m_interfaces6, StaticInterfaceKeys::Family::Ipv6}})
        if (const auto saved = captureRegistryTree(backup->path()); saved.available())
            for (const auto& adapter : StaticInterfaceKeys(saved.value, family).adapters())
                plan.push_back(std::string("after the reset, put back the saved ") +
                               (family == StaticInterfaceKeys::Family::Ipv4 ? "IP" : "IPv6") + " settings " +
                               adapter.path);
    for (const auto& store : m_nsiStores)
        plan.push_back("after the reset, put back the saved static IPv6 addresses and routes " + store.path());
    const auto adapters = captureIpConfiguration();
    if (!adapters.available()) {
        plan.push_back("after the reset, re-apply the static addresses, routes and DNS servers captured (the "
                       "configuration cannot be read now: " +
                       adapters.status.reason + ")");
        return plan;
    }
    const auto lines = describePlan(reapplyPlan(adapters.value));
    if (lines.empty())
        plan.push_back("after the reset, nothing static to re-apply: every adapter is configured by DHCP");
    for (const auto& line : lines)
        plan.push_back("after the reset, " + line);
    return plan;
}

Snapshot IpResetFix::snapshot()
{
    const auto adapters = captureIpConfiguration();
    if (!adapters.available())
        throw FixFailure("cannot read the IP configuration: " + adapters.status.reason);
    Snapshot s;
    s.parts.push_back(SnapshotPart::json(kPart, ipConfigurationToJson(adapters.value)));
    for (const auto* backup : {&m_interfaces, &m_interfaces6, &m_nsiStores[0], &m_nsiStores[1]})
        backup->capture(s);
    return s;
}

std::vector<AdapterIpConfiguration> IpResetFix::reapplyPlan(const std::vector<AdapterIpConfiguration>& captured)
{
    std::vector<AdapterIpConfiguration> wanted;
    for (auto adapter : captured) {
        std::erase_if(adapter.staticAddresses, [](const IpAddress& ip) { return isLoopback(ip.address); });
        if (hasStaticPart(adapter))
            wanted.push_back(std::move(adapter));
    }
    return wanted;
}

std::vector<std::string> IpResetFix::describePlan(const std::vector<AdapterIpConfiguration>& plan)
{
    std::vector<std::string> lines;
    for (const auto& adapter : plan) {
        std::string items;
        const auto add = [&items](const std::string& item) { items += (items.empty() ? "" : ", ") + item; };
        for (const auto& ip : adapter.staticAddresses)
            add("address " + ip.address + "/" + std::to_string(ip.prefixLength));
        for (const auto& route : adapter.routes)
            if (route.isStatic)
                add("route " + route.destination + "/" + std::to_string(route.prefixLength) + " via " + route.nextHop +
                    " metric " + std::to_string(route.metric));
        for (const auto& dns : adapter.staticDnsServers)
            add("DNS server " + dns);
        if (!adapter.dhcp && !adapter.staticAddresses.empty())
            add("DHCP off");
        lines.push_back("re-apply on " + adapter.name + " " + adapter.guid + ": " + items);
    }
    return lines;
}

std::vector<AdapterIpConfiguration> IpResetFix::staticParts(const Snapshot& before)
{
    try {
        return reapplyPlan(ipConfigurationFromJson(before.jsonPart(kPart)));
    } catch (const std::exception& e) {
        throw FixFailure("snapshot " + before.id + " holds no usable IP configuration: " + e.what());
    }
}

void IpResetFix::reapply(const Snapshot& before, FixSteps& steps) const
{
    for (const auto& adapter : staticParts(before))
        performAction(steps, "re-apply the static IP configuration of " + adapter.name + " " + adapter.guid,
                      [&] { return reapplyStaticIpConfiguration(adapter); });
}

void IpResetFix::refuseForeignTargets(const Snapshot& before) const
{
    // Every part is read (and its target checked) before the first step, so a snapshot with one part naming
    // another key is refused whole instead of being half restored.
    for (const auto* backup : {&m_interfaces, &m_interfaces6, &m_nsiStores[0], &m_nsiStores[1]})
        if (backup == &m_interfaces || backup->capturedIn(before))
            backup->tree(before);
    staticParts(before);
}

void IpResetFix::apply(const Snapshot& before, FixSteps& steps)
{
    refuseForeignTargets(before);
    steps.perform("create " + m_logDirectory.string(), [this] { prepareLogFolder(); });
    const auto argv = resetArgv();
    const ActionResult result = judgeNetsh(steps.run(m_runner, argv), m_allowList, argv);
    if (result.status == ActionStatus::Failed || result.status == ActionStatus::Unavailable)
        throw FixFailure(describe(result));
    m_netsh = result;
    // The reset rewrote the saved settings, which Windows reads at the next start: put the static ones back first.
    restoreSaved(before, steps, false);
    reapply(before, steps);
}

void IpResetFix::rollback(const Snapshot& before, FixSteps& steps)
{
    refuseForeignTargets(before);
    restoreSaved(before, steps, true);
    reapply(before, steps);
}

std::vector<StaticInterfaceKeys> IpResetFix::staticKeys(const Snapshot& before) const
{
    std::vector<StaticInterfaceKeys> keys{StaticInterfaceKeys(m_interfaces.tree(before))};
    if (m_interfaces6.capturedIn(before))
        keys.emplace_back(m_interfaces6.tree(before), StaticInterfaceKeys::Family::Ipv6);
    return keys;
}

void IpResetFix::restoreSaved(const Snapshot& before, FixSteps& steps, bool whole) const
{
    if (whole) {
        m_interfaces.restore(before, steps);
        if (m_interfaces6.capturedIn(before))
            m_interfaces6.restore(before, steps);
    } else {
        for (const auto& keys : staticKeys(before))
            keys.restore(steps, before.id);
    }
    // The NSI stores hold only what was configured by hand, so the captured store is the static part whole.
    for (const auto& store : m_nsiStores)
        if (store.capturedIn(before))
            store.restore(before, steps);
}

FixCheck IpResetFix::checkSaved(const Snapshot& before) const
{
    std::string details;
    for (const auto& keys : staticKeys(before)) {
        const FixCheck check = keys.check();
        if (check.result != FixCheck::Result::Verified)
            return check;
        details += (details.empty() ? "" : " and ") + check.detail;
    }
    return FixCheck::verified(details);
}

std::string IpResetFix::firstMissing(const Snapshot& before, const Probed<std::vector<AdapterIpConfiguration>>& now)
{
    for (const auto& wanted : staticParts(before)) {
        const auto it = std::find_if(now.value.begin(), now.value.end(),
                                     [&](const AdapterIpConfiguration& a) { return a.guid == wanted.guid; });
        if (it == now.value.end())
            return "adapter " + wanted.name + " " + wanted.guid + " is gone";
        for (const auto& ip : wanted.staticAddresses)
            if (!contains(it->addresses, ip))
                return wanted.name + " lacks its address " + ip.address + "/" + std::to_string(ip.prefixLength);
        for (const auto& route : wanted.routes)
            if (route.isStatic && std::none_of(it->routes.begin(), it->routes.end(), [&](const IpRoute& r) {
                    return r.destination == route.destination && r.prefixLength == route.prefixLength &&
                           r.nextHop == route.nextHop;
                }))
                return wanted.name + " lacks its route to " + route.destination + "/" +
                       std::to_string(route.prefixLength) + " via " + route.nextHop;
        for (const auto& dns : wanted.staticDnsServers)
            if (!contains(it->staticDnsServers, dns) && !contains(it->dnsServers, dns))
                return wanted.name + " lacks its DNS server " + dns;
    }
    return {};
}

FixCheck IpResetFix::check(const Snapshot& before)
{
    if (!m_netsh)
        return FixCheck::couldNotVerify("netsh int ip reset did not run in this process");
    const auto now = captureIpConfiguration();
    if (!now.available())
        return FixCheck::couldNotVerify("the IP configuration cannot be read back: " + now.status.reason);
    if (const auto missing = firstMissing(before, now); !missing.empty())
        return FixCheck::failed("after the reset " + missing);
    const FixCheck saved = checkSaved(before);
    if (saved.result != FixCheck::Result::Verified)
        return saved.result == FixCheck::Result::Failed ? FixCheck::failed("after the reset " + saved.detail) : saved;
    if (m_netsh->status != ActionStatus::Done)
        return FixCheck::couldNotVerify(m_netsh->message + "; " + saved.detail);
    return FixCheck::verified(m_netsh->message + "; the static configuration is in place again and " + saved.detail);
}

FixCheck IpResetFix::restored(const Snapshot& before)
{
    const auto now = captureIpConfiguration();
    if (!now.available())
        return FixCheck::couldNotVerify("the IP configuration cannot be read back: " + now.status.reason);
    if (const auto missing = firstMissing(before, now); !missing.empty())
        return FixCheck::failed(missing);
    // The registry tree is restored (restore() compares it on the spot) but not compared here: the DHCP client
    // rewrites its lease values in it all the time, which would turn every later check into a failure. The saved
    // settings of the static adapters do not move on their own.
    const FixCheck saved = checkSaved(before);
    if (saved.result != FixCheck::Result::Verified)
        return saved;
    return FixCheck::verified("the static IP configuration of snapshot " + before.id + " is in place and " +
                              saved.detail);
}

} // namespace wsafix::win
