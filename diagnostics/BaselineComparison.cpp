#include "diagnostics/BaselineComparison.h"

#include "diagnostics/Names.h"
#include "diagnostics/SessionRecord.h"
#include "diagnostics/SocketText.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <tuple>

namespace wsafix {
namespace {

// A catalog entry is the same provider across runs when its identity matches; catalog ids and chains are
// renumbered by a Winsock reset, so they do not count.
auto catalogKey(const CatalogEntry& e)
{
    return std::tie(e.catalog, e.providerGuid, e.name, e.providerPath, e.kind, e.addressFamily, e.socketType,
                    e.protocol);
}

std::vector<CatalogEntry> missingFrom(const std::vector<CatalogEntry>& from, const std::vector<CatalogEntry>& in)
{
    std::vector<CatalogEntry> missing;
    for (const auto& e : from)
        if (std::none_of(in.begin(), in.end(), [&e](const CatalogEntry& o) { return catalogKey(o) == catalogKey(e); }))
            missing.push_back(e);
    return missing;
}

int layered(const std::vector<CatalogEntry>& catalog)
{
    return static_cast<int>(std::count_if(catalog.begin(), catalog.end(),
                                          [](const CatalogEntry& e) { return e.kind == CatalogEntry::Kind::Layered; }));
}

std::vector<std::string> addressTexts(const Adapter& a)
{
    std::vector<std::string> out;
    for (const auto& ip : a.addresses)
        out.push_back(ip.address + "/" + std::to_string(ip.prefixLength));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<AdapterChange> adapterChanges(const std::vector<Adapter>& before, const std::vector<Adapter>& after)
{
    std::vector<AdapterChange> changes;
    const auto find = [](const std::vector<Adapter>& list, const std::string& id) {
        const auto it = std::find_if(list.begin(), list.end(), [&id](const Adapter& a) { return a.id == id; });
        return it == list.end() ? nullptr : &*it;
    };
    for (const auto& b : before) {
        const Adapter* a = find(after, b.id);
        if (!a) {
            changes.push_back({b.id, b.name, "removed", addressTexts(b), {}});
            continue;
        }
        if (b.up != a->up)
            changes.push_back({b.id, a->name, a->up ? "went-up" : "went-down", addressTexts(b), addressTexts(*a)});
        if (addressTexts(b) != addressTexts(*a))
            changes.push_back({b.id, a->name, "addresses-changed", addressTexts(b), addressTexts(*a)});
    }
    for (const auto& a : after)
        if (!find(before, a.id))
            changes.push_back({a.id, a.name, "added", {}, addressTexts(a)});
    return changes;
}

std::vector<EventEntry> newEvents(const std::vector<EventEntry>& before, const std::vector<EventEntry>& after)
{
    std::vector<EventEntry> fresh;
    for (const auto& e : after)
        if (std::find(before.begin(), before.end(), e) == before.end())
            fresh.push_back(e);
    return fresh;
}

// The same problem found twice has the same rule id and the same title (titles name the place, e.g. an endpoint).
bool sameFinding(const Finding& a, const Finding& b)
{
    return a.id == b.id && a.title == b.title;
}

bool containsFinding(const std::vector<Finding>& list, const Finding& f)
{
    return std::any_of(list.begin(), list.end(), [&f](const Finding& g) { return sameFinding(f, g); });
}

bool available(const Inventory& inv, const std::string& probe)
{
    const auto it = inv.probes.find(probe);
    return it != inv.probes.end() && it->second.available;
}

std::string scopeText(const Intake& intake)
{
    return intake.pid ? "PID " + std::to_string(intake.pid) : intake.process;
}

} // namespace

std::map<std::string, int> tcpStateCounts(const std::vector<SocketEntry>& sockets, const Intake& intake)
{
    // With no target named, the chart shows the whole machine.
    const bool everySocket = !intake.pid && intake.process.empty();
    std::map<std::string, int> counts;
    for (const auto& s : sockets)
        if (s.transport == Transport::Tcp && (everySocket || isTargetSocket(s, intake)))
            ++counts[std::string(tcpStateName(s.state))];
    return counts;
}

BaselineComparison withoutBaseline(std::string reason, const Inventory& after,
                                   const std::vector<Finding>& afterFindings, const Intake& intake)
{
    BaselineComparison c;
    c.reason = std::move(reason);
    c.layeredAfter = layered(after.catalog);
    c.socketScope = scopeText(intake);
    c.socketStatesAfter = tcpStateCounts(after.sockets, intake);
    for (const auto& f : afterFindings)
        c.findings.push_back({f, "new"});
    return c;
}

BaselineComparison compareWithBaseline(const Inventory& before, const std::vector<Finding>& beforeFindings,
                                       const Inventory& after, const std::vector<Finding>& afterFindings,
                                       const Intake& intake, const std::string& host, std::uint16_t port)
{
    BaselineComparison c;
    c.compared = true;
    c.socketScope = scopeText(intake);
    c.layeredBefore = layered(before.catalog);
    c.layeredAfter = layered(after.catalog);
    for (const auto& [probe, status] : before.probes) {
        const auto it = after.probes.find(probe);
        if (status.available && (it == after.probes.end() || !it->second.available))
            c.lostProbes.push_back(probe + " (" + (it == after.probes.end() ? "not run" : it->second.reason) + ")");
    }
    // Only what both runs saw is compared: an unavailable probe is "lost", not "everything removed".
    if (available(before, "catalog") && available(after, "catalog")) {
        c.catalogAdded = missingFrom(after.catalog, before.catalog);
        c.catalogRemoved = missingFrom(before.catalog, after.catalog);
    }
    if (available(before, "sockets"))
        c.socketStatesBefore = tcpStateCounts(before.sockets, intake);
    if (available(after, "sockets"))
        c.socketStatesAfter = tcpStateCounts(after.sockets, intake);
    if (available(before, "adapters") && available(after, "adapters"))
        c.adapterChanges = adapterChanges(before.adapters, after.adapters);
    if (available(after, "events"))
        c.newEvents = newEvents(before.events, after.events);

    const bool sameTarget = std::any_of(before.connectivity.begin(), before.connectivity.end(),
                                        [&](const ConnectivityCheck& k) { return k.host == host && k.port == port; });
    for (const auto& f : beforeFindings) {
        std::string status = containsFinding(afterFindings, f) ? "still-present" : "resolved";
        if (status == "resolved" && f.id == "target-unreachable" && !sameTarget)
            status = "not-rechecked";
        c.findings.push_back({f, status});
    }
    for (const auto& f : afterFindings)
        if (!containsFinding(beforeFindings, f))
            c.findings.push_back({f, "new"});
    return c;
}

} // namespace wsafix
