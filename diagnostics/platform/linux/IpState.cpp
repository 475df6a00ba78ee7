#include "diagnostics/platform/linux/IpState.h"

#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixSteps.h"

#include <algorithm>
#include <set>

namespace wsafix::lnx {
namespace {

const std::vector<std::pair<std::string, std::vector<std::string>>>& parts()
{
    static const std::vector<std::pair<std::string, std::vector<std::string>>> all{
        {"ip-addr", {"ip", "-j", "addr", "show"}},
        {"ip-link", {"ip", "-j", "link", "show"}},
        {"ip-route", {"ip", "-j", "-4", "route", "show", "table", "main"}},
        {"ip-route6", {"ip", "-j", "-6", "route", "show", "table", "main"}},
    };
    return all;
}

nlohmann::json captureOne(ProcessRunner& runner, const std::vector<std::string>& argv)
{
    const CommandResult r = runner.run(argv);
    if (!r.succeeded())
        throw FixFailure("`" + FixSteps::display(argv) + "` failed: " + (r.error.empty() ? r.err : r.error));
    // ip prints nothing at all for an empty IPv6 table when IPv6 is disabled.
    if (r.out.find_first_not_of(" \t\r\n") == std::string::npos)
        return nlohmann::json::array();
    try {
        auto value = nlohmann::json::parse(r.out);
        if (!value.is_array())
            throw FixFailure("`" + FixSteps::display(argv) + "` printed no JSON array");
        return value;
    } catch (const nlohmann::json::exception& e) {
        throw FixFailure("`" + FixSteps::display(argv) + "` printed no JSON: " + e.what());
    }
}

const nlohmann::json* findLink(const nlohmann::json& list, const std::string& ifname)
{
    for (const auto& entry : list)
        if (IpState::text(entry, "ifname") == ifname)
            return &entry;
    return nullptr;
}

std::set<std::string> canonicalSet(const std::vector<nlohmann::json>& items,
                                   nlohmann::json (*canon)(const nlohmann::json&))
{
    std::set<std::string> out;
    for (const auto& item : items)
        out.insert(canon(item).dump());
    return out;
}

} // namespace

std::vector<std::vector<std::string>> IpState::captureCommands()
{
    std::vector<std::vector<std::string>> all;
    for (const auto& [name, argv] : parts())
        all.push_back(argv);
    return all;
}

IpState IpState::capture(ProcessRunner& runner)
{
    IpState s;
    s.addr = captureOne(runner, parts()[0].second);
    s.link = captureOne(runner, parts()[1].second);
    s.route4 = captureOne(runner, parts()[2].second);
    s.route6 = captureOne(runner, parts()[3].second);
    return s;
}

IpState IpState::fromSnapshot(const Snapshot& snapshot)
{
    IpState s;
    s.addr = snapshot.jsonPart("ip-addr");
    s.link = snapshot.jsonPart("ip-link");
    s.route4 = snapshot.jsonPart("ip-route");
    s.route6 = snapshot.jsonPart("ip-route6");
    return s;
}

void IpState::addTo(Snapshot& snapshot) const
{
    const nlohmann::json* values[] = {&addr, &link, &route4, &route6};
    for (std::size_t i = 0; i < parts().size(); ++i)
        snapshot.parts.push_back(
            SnapshotPart::json(parts()[i].first, *values[i], {{"command", FixSteps::display(parts()[i].second)}}));
}

bool IpState::hasInterface(const std::string& ifname) const
{
    return findLink(link, ifname) != nullptr;
}

int IpState::ifindex(const std::string& ifname) const
{
    const auto* entry = findLink(link, ifname);
    return entry ? entry->value("ifindex", -1) : -1;
}

bool IpState::adminUp(const std::string& ifname) const
{
    const auto* entry = findLink(link, ifname);
    if (!entry || !entry->contains("flags"))
        return false;
    const auto& flags = entry->at("flags");
    return std::find(flags.begin(), flags.end(), "UP") != flags.end();
}

std::vector<nlohmann::json> IpState::addresses(const std::string& ifname) const
{
    const auto* entry = findLink(addr, ifname);
    if (!entry || !entry->contains("addr_info"))
        return {};
    return std::vector<nlohmann::json>(entry->at("addr_info").begin(), entry->at("addr_info").end());
}

std::vector<nlohmann::json> IpState::routes(const std::string& ifname) const
{
    std::vector<nlohmann::json> out;
    for (const auto& [table, family] : {std::pair{&route4, "inet"}, std::pair{&route6, "inet6"}}) {
        for (const auto& route : *table) {
            if (IpState::text(route, "dev") != ifname)
                continue;
            nlohmann::json r = route;
            r["family"] = family;
            out.push_back(std::move(r));
        }
    }
    return out;
}

std::string IpState::text(const nlohmann::json& j, const char* key)
{
    if (!j.is_object())
        return {};
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get_ref<const std::string&>() : std::string();
}

nlohmann::json IpState::canonicalAddress(const nlohmann::json& address)
{
    nlohmann::json a = address;
    for (const char* volatileField : {"valid_life_time", "preferred_life_time", "tentative", "optimistic"})
        a.erase(volatileField);
    return a;
}

nlohmann::json IpState::canonicalRoute(const nlohmann::json& route)
{
    nlohmann::json r = route;
    r.erase("expires");
    if (r.contains("flags") && r["flags"].is_array()) {
        // "linkdown" follows the carrier, which a veth peer or cable changes, not the configuration.
        auto& flags = r["flags"];
        flags.erase(std::remove(flags.begin(), flags.end(), "linkdown"), flags.end());
    }
    return r;
}

std::vector<std::string> IpState::differences(const IpState& current, const std::string& ifname,
                                              bool compareAdminState) const
{
    std::vector<std::string> out;
    if (!current.hasInterface(ifname))
        return {"interface " + ifname + " is gone"};
    if (current.ifindex(ifname) != ifindex(ifname))
        out.push_back("interface " + ifname + " has ifindex " + std::to_string(current.ifindex(ifname)) +
                      " instead of " + std::to_string(ifindex(ifname)));
    if (compareAdminState && adminUp(ifname) != current.adminUp(ifname))
        out.push_back(std::string("interface ") + ifname + " is " + (current.adminUp(ifname) ? "up" : "down") +
                      " instead of " + (adminUp(ifname) ? "up" : "down"));
    const auto compare = [&](const char* what, const std::set<std::string>& want, const std::set<std::string>& have) {
        for (const auto& item : want)
            if (!have.count(item))
                out.push_back(std::string(what) + " missing: " + item);
        for (const auto& item : have)
            if (!want.count(item))
                out.push_back(std::string(what) + " extra: " + item);
    };
    compare("address", canonicalSet(addresses(ifname), &canonicalAddress),
            canonicalSet(current.addresses(ifname), &canonicalAddress));
    compare("route", canonicalSet(routes(ifname), &canonicalRoute),
            canonicalSet(current.routes(ifname), &canonicalRoute));
    return out;
}

IpState IpState::afterLinkDown(const std::string& ifname) const
{
    IpState s = *this;
    for (auto& entry : s.addr) {
        if (IpState::text(entry, "ifname") != ifname || !entry.contains("addr_info"))
            continue;
        auto& info = entry["addr_info"];
        info.erase(std::remove_if(info.begin(), info.end(),
                                  [](const nlohmann::json& a) { return IpState::text(a, "family") == "inet6"; }),
                   info.end());
    }
    for (auto* table : {&s.route4, &s.route6})
        table->erase(std::remove_if(table->begin(), table->end(),
                                    [&](const nlohmann::json& r) { return IpState::text(r, "dev") == ifname; }),
                     table->end());
    for (auto& entry : s.link) {
        if (IpState::text(entry, "ifname") != ifname || !entry.contains("flags"))
            continue;
        auto& flags = entry["flags"];
        flags.erase(std::remove(flags.begin(), flags.end(), "UP"), flags.end());
    }
    return s;
}

} // namespace wsafix::lnx
