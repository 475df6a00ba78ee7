// netsh interface ip show config (a block per interface) and netsh interface (ip) dump (a netsh script). Neither
// says whether an interface is connected: one with an address is taken as connected, and the notes say so.
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/TextFields.h"

#include <algorithm>
#include <map>

namespace wsafix {
namespace {

// The text between the first pair of double quotes.
std::optional<std::string> quoted(std::string_view s)
{
    const auto open = s.find('"');
    const auto close = open == std::string_view::npos ? open : s.find('"', open + 1);
    if (close == std::string_view::npos)
        return std::nullopt;
    return std::string(s.substr(open + 1, close - open - 1));
}

Adapter& adapterNamed(std::vector<Adapter>& adapters, std::map<std::string, std::size_t>& index, const std::string& name)
{
    if (const auto it = index.find(name); it != index.end())
        return adapters[it->second];
    index[name] = adapters.size();
    Adapter a;
    a.id = name;
    a.name = name;
    a.type = "other";
    adapters.push_back(std::move(a));
    return adapters.back();
}

enum class ConfigRole { Dhcp, Address, Prefix, Gateway, Dns, Other };

ConfigRole configRole(std::string_view label)
{
    if (containsNoCase(label, "DNS"))
        return ConfigRole::Dns;
    if (containsNoCase(label, "Gateway Metric") || containsNoCase(label, "WINS") || containsNoCase(label, "Metric"))
        return ConfigRole::Other;
    if (containsNoCase(label, "Gateway"))
        return ConfigRole::Gateway;
    if (containsNoCase(label, "DHCP"))
        return ConfigRole::Dhcp;
    if (containsNoCase(label, "Subnet Prefix"))
        return ConfigRole::Prefix;
    if (containsNoCase(label, "IP Address"))
        return ConfigRole::Address;
    return ConfigRole::Other;
}

// "name=value" words of a netsh command, values optionally quoted.
std::map<std::string, std::string> arguments(std::string_view s)
{
    std::map<std::string, std::string> args;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        const auto eq = s.find('=', i);
        const auto space = s.find(' ', i);
        if (eq == std::string_view::npos || (space != std::string_view::npos && space < eq)) {
            i = space == std::string_view::npos ? s.size() : space;
            continue;
        }
        std::string key(s.substr(i, eq - i));
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        i = eq + 1;
        std::string value;
        if (i < s.size() && s[i] == '"') {
            const auto close = s.find('"', i + 1);
            value = std::string(s.substr(i + 1, (close == std::string_view::npos ? s.size() : close) - i - 1));
            i = close == std::string_view::npos ? s.size() : close + 1;
        } else {
            const auto end = s.find(' ', i);
            value = std::string(s.substr(i, (end == std::string_view::npos ? s.size() : end) - i));
            i = end == std::string_view::npos ? s.size() : end;
        }
        args[key] = value;
    }
    return args;
}

std::string arg(const std::map<std::string, std::string>& args, std::initializer_list<const char*> keys)
{
    for (const char* k : keys)
        if (const auto it = args.find(k); it != args.end())
            return it->second;
    return {};
}

void addAddress(Adapter& a, std::string_view text, const std::string& mask)
{
    const auto slash = text.find('/');
    const auto address = text.substr(0, slash);
    if (!isIpAddress(address))
        return;
    int prefix = isIpv4(address) ? 32 : 0;
    if (slash != std::string_view::npos)
        prefix = static_cast<int>(parseDecimal(text.substr(slash + 1), 128).value_or(0));
    if (const auto p = maskToPrefix(mask))
        prefix = *p;
    a.addresses.push_back({withoutZone(address), prefix});
}

void parseDumpLine(const PasteLine& l, std::string_view t, std::vector<Adapter>& adapters,
                   std::map<std::string, std::size_t>& index, PasteAnalysis& out)
{
    const auto w = splitWords(t);
    const bool set = equalsNoCase(w[0], "set"), add = equalsNoCase(w[0], "add");
    if (!(set || add) || w.size() < 2) {
        static constexpr std::string_view kIgnored[] = {"pushd", "popd", "reset", "uninstall", "delete", "install"};
        if (std::none_of(std::begin(kIgnored), std::end(kIgnored), [&](auto k) { return equalsNoCase(w[0], k); }))
            reportUnparsed(out, l, "not a netsh command");
        return;
    }
    const auto args = arguments(t);
    const std::string name = arg(args, {"name", "interface"});
    const auto object = w[1];
    if (equalsNoCase(object, "route")) {
        const std::string prefix = arg(args, {"prefix"});
        const std::string hop = arg(args, {"nexthop"});
        if ((prefix == "0.0.0.0/0" || prefix == "::/0") && isIpAddress(hop) && !name.empty())
            adapterNamed(adapters, index, name).gateways.push_back(hop);
        return;
    }
    if (name.empty() || !(equalsNoCase(object, "address") || equalsNoCase(object, "dns") ||
                           equalsNoCase(object, "dnsservers") || equalsNoCase(object, "dnsserver")))
        return; // wins, interface settings, neighbors: nothing the inventory holds
    Adapter& a = adapterNamed(adapters, index, name);
    const std::string source = arg(args, {"source"});
    const std::string address = arg(args, {"addr", "address"});
    if (equalsNoCase(object, "address")) {
        if (equalsNoCase(source, "dhcp"))
            a.dhcp = true;
        addAddress(a, address, arg(args, {"mask"}));
        if (const std::string gw = arg(args, {"gateway"}); isIpAddress(gw))
            a.gateways.push_back(gw);
    } else if (isIpAddress(address)) {
        a.dnsServers.push_back(address);
        out.showsDnsServers = true;
    } else if (equalsNoCase(source, "dhcp")) {
        out.showsDnsServers = true;
    }
}

} // namespace

void parseNetshInterfaceLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    std::vector<Adapter> adapters;
    std::map<std::string, std::size_t> index;
    Adapter* current = nullptr;
    ConfigRole lastRole = ConfigRole::Other;
    for (const PasteLine& l : lines) {
        const auto t = trimmed(l.text);
        if (t.empty() || t.front() == '#')
            continue;
        if (section.kind == PasteKind::NetshDump) {
            parseDumpLine(l, t, adapters, index, out);
            continue;
        }
        if (indentOf(l.text) == 0) {
            if (const auto name = quoted(t)) { // Configuration for interface "Wi-Fi"
                current = &adapterNamed(adapters, index, *name);
                lastRole = ConfigRole::Other;
                continue;
            }
            reportUnparsed(out, l, "not part of netsh interface ip show config");
            continue;
        }
        if (!current) {
            reportUnparsed(out, l, "a setting before any interface");
            continue;
        }
        const auto colon = t.find(':');
        std::string_view value = colon == std::string_view::npos ? t : trimmed(t.substr(colon + 1));
        ConfigRole role = lastRole;
        if (colon != std::string_view::npos && !isIpAddress(t)) {
            role = configRole(t.substr(0, colon));
            lastRole = role;
        }
        switch (role) {
        case ConfigRole::Dhcp:
            current->dhcp = equalsNoCase(value, "Yes");
            break;
        case ConfigRole::Address:
            addAddress(*current, value, {});
            break;
        case ConfigRole::Prefix: // 192.168.1.0/24 (mask 255.255.255.0)
            if (const auto slash = value.find('/'); slash != std::string_view::npos && !current->addresses.empty())
                if (const auto p = parseDecimal(splitWords(value.substr(slash + 1)).front(), 32))
                    current->addresses.back().prefixLength = static_cast<int>(*p);
            break;
        case ConfigRole::Gateway:
            if (isIpAddress(value))
                current->gateways.push_back(withoutZone(value));
            break;
        case ConfigRole::Dns:
            out.showsDnsServers = true;
            if (isIpAddress(value))
                current->dnsServers.push_back(withoutZone(value));
            break;
        case ConfigRole::Other:
            break;
        }
    }
    std::size_t assumedUp = 0;
    for (auto& a : adapters) {
        a.up = !a.addresses.empty();
        assumedUp += a.up;
    }
    if (assumedUp)
        section.notes.push_back("this output does not show link state: " + std::to_string(assumedUp) +
                                " interface(s) with an address are taken as connected");
    section.items = adapters.size();
    for (auto& a : adapters)
        out.inventory.adapters.push_back(std::move(a));
}

} // namespace wsafix
