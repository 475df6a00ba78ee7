#include "diagnostics/platform/windows/IpConfiguration.h"

#include "diagnostics/platform/windows/AddressText.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/Guid.h"
#include "diagnostics/platform/windows/ProcAddress.h"
#include "diagnostics/platform/windows/RegistryString.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <winsock2.h>

#include <iphlpapi.h>
#include <netioapi.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <memory>

namespace wsafix::win {
namespace {

using nlohmann::json;

constexpr const wchar_t* kTcpipInterfaces = L"SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Interfaces\\";
constexpr const wchar_t* kTcpip6Interfaces = L"SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters\\Interfaces\\";

struct MibTableDeleter
{
    void operator()(void* table) const { FreeMibTable(table); }
};

std::string prefixAddressText(const SOCKADDR_INET& address)
{
    return addressText(reinterpret_cast<const sockaddr*>(&address));
}

std::vector<std::string> splitServers(const std::wstring& text)
{
    // NameServer is "a,b" or "a b"; both separators occur in the wild.
    std::vector<std::string> servers;
    std::wstring current;
    for (const wchar_t c : text + L",") {
        if (c == L',' || c == L' ') {
            if (!current.empty())
                servers.push_back(toUtf8(current));
            current.clear();
        } else {
            current += c;
        }
    }
    return servers;
}

std::wstring readNameServer(const wchar_t* interfaces, const std::string& guid)
{
    return readRegistryString(HKEY_LOCAL_MACHINE, interfaces + toUtf16(guid), L"NameServer").value_or(L"");
}

/// Routes of every adapter by LUID, or the reason the table could not be read.
Probed<std::map<std::uint64_t, std::vector<IpRoute>>> readRoutes()
{
    PMIB_IPFORWARD_TABLE2 raw = nullptr;
    const DWORD status = GetIpForwardTable2(AF_UNSPEC, &raw);
    if (status != NO_ERROR)
        return Probed<std::map<std::uint64_t, std::vector<IpRoute>>>::unavailable("GetIpForwardTable2 failed: " +
                                                                                  describeWin32Error(status));
    const std::unique_ptr<void, MibTableDeleter> owner(raw);
    std::map<std::uint64_t, std::vector<IpRoute>> routes;
    for (ULONG i = 0; i < raw->NumEntries; ++i) {
        const MIB_IPFORWARD_ROW2& row = raw->Table[i];
        routes[row.InterfaceLuid.Value].push_back({prefixAddressText(row.DestinationPrefix.Prefix),
                                                   row.DestinationPrefix.PrefixLength, prefixAddressText(row.NextHop),
                                                   row.Metric, row.Protocol == MIB_IPPROTO_NETMGMT});
    }
    return Probed<std::map<std::uint64_t, std::vector<IpRoute>>>::ok(std::move(routes));
}

AdapterIpConfiguration toConfiguration(const IP_ADAPTER_ADDRESSES& in)
{
    AdapterIpConfiguration out;
    out.guid = in.AdapterName ? in.AdapterName : "";
    out.luid = in.Luid.Value;
    out.ifIndex = in.IfIndex != 0 ? in.IfIndex : in.Ipv6IfIndex;
    out.name = toUtf8(in.FriendlyName);
    out.dhcp = in.Dhcpv4Enabled != 0;
    for (auto* unicast = in.FirstUnicastAddress; unicast; unicast = unicast->Next) {
        const IpAddress address{addressText(unicast->Address.lpSockaddr), unicast->OnLinkPrefixLength};
        out.addresses.push_back(address);
        if (unicast->PrefixOrigin == IpPrefixOriginManual)
            out.staticAddresses.push_back(address);
    }
    for (auto* gateway = in.FirstGatewayAddress; gateway; gateway = gateway->Next)
        out.gateways.push_back(addressText(gateway->Address.lpSockaddr));
    for (auto* dns = in.FirstDnsServerAddress; dns; dns = dns->Next)
        out.dnsServers.push_back(addressText(dns->Address.lpSockaddr));
    for (const auto* interfaces : {kTcpipInterfaces, kTcpip6Interfaces})
        for (auto& server : splitServers(readNameServer(interfaces, out.guid)))
            out.staticDnsServers.push_back(std::move(server));
    return out;
}

// The Create* and Initialize* functions of iphlpapi, looked up at run time: Wine 8 lacks them, and importing
// them would keep the whole program from loading there.
struct IpHelperWriters
{
    using InitializeUnicastFn = VOID(WINAPI*)(PMIB_UNICASTIPADDRESS_ROW);
    using CreateUnicastFn = NETIO_STATUS(WINAPI*)(const MIB_UNICASTIPADDRESS_ROW*);
    using InitializeForwardFn = VOID(WINAPI*)(PMIB_IPFORWARD_ROW2);
    using CreateForwardFn = NETIO_STATUS(WINAPI*)(const MIB_IPFORWARD_ROW2*);

    InitializeUnicastFn initializeUnicast =
        procAddress<InitializeUnicastFn>(L"iphlpapi.dll", "InitializeUnicastIpAddressEntry");
    CreateUnicastFn createUnicast = procAddress<CreateUnicastFn>(L"iphlpapi.dll", "CreateUnicastIpAddressEntry");
    InitializeForwardFn initializeForward =
        procAddress<InitializeForwardFn>(L"iphlpapi.dll", "InitializeIpForwardEntry");
    CreateForwardFn createForward = procAddress<CreateForwardFn>(L"iphlpapi.dll", "CreateIpForwardEntry2");

    std::string missing() const
    {
        std::string names;
        const auto add = [&](bool present, const char* name) {
            if (!present)
                names += (names.empty() ? "" : ", ") + std::string(name);
        };
        add(initializeUnicast, "InitializeUnicastIpAddressEntry");
        add(createUnicast, "CreateUnicastIpAddressEntry");
        add(initializeForward, "InitializeIpForwardEntry");
        add(createForward, "CreateIpForwardEntry2");
        return names;
    }
};

bool hasAddress(const AdapterIpConfiguration& adapter, const IpAddress& address)
{
    return std::find(adapter.addresses.begin(), adapter.addresses.end(), address) != adapter.addresses.end();
}

bool hasRoute(const AdapterIpConfiguration& adapter, const IpRoute& route)
{
    return std::any_of(adapter.routes.begin(), adapter.routes.end(), [&](const IpRoute& r) {
        return r.destination == route.destination && r.prefixLength == route.prefixLength && r.nextHop == route.nextHop;
    });
}

const AdapterIpConfiguration* findAdapter(const std::vector<AdapterIpConfiguration>& adapters, const std::string& guid)
{
    for (const auto& adapter : adapters)
        if (adapter.guid == guid)
            return &adapter;
    return nullptr;
}

std::string writeNameServers(const std::string& guid, const std::vector<std::string>& servers)
{
    std::wstring v4;
    std::wstring v6;
    for (const auto& server : servers) {
        const auto parsed = parseAddress(server);
        std::wstring& list = parsed && parsed->si_family == AF_INET6 ? v6 : v4;
        list += (list.empty() ? L"" : L",") + toUtf16(server);
    }
    for (const auto& [interfaces, list] : {std::pair{kTcpipInterfaces, v4}, std::pair{kTcpip6Interfaces, v6}}) {
        if (list.empty())
            continue;
        const LSTATUS status = writeRegistryString(HKEY_LOCAL_MACHINE, interfaces + toUtf16(guid), L"NameServer", list);
        if (status != ERROR_SUCCESS)
            return "writing NameServer of " + guid +
                   " failed: " + describeWin32Error(static_cast<unsigned long>(status));
    }
    return {};
}

} // namespace

std::string missingIpWriters()
{
    return IpHelperWriters().missing();
}

Probed<std::vector<AdapterIpConfiguration>> captureIpConfiguration()
{
    constexpr ULONG kFlags = GAA_FLAG_INCLUDE_GATEWAYS | GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST;
    ULONG size = 16 * 1024;
    std::vector<unsigned char> buffer;
    ULONG status = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 4 && status == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(size);
        status = GetAdaptersAddresses(AF_UNSPEC, kFlags, nullptr,
                                      reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()), &size);
    }
    if (status != NO_ERROR && status != ERROR_NO_DATA)
        return Probed<std::vector<AdapterIpConfiguration>>::unavailable("GetAdaptersAddresses failed: " +
                                                                        describeWin32Error(status));
    auto routes = readRoutes();
    if (!routes.available())
        return Probed<std::vector<AdapterIpConfiguration>>::unavailable(routes.status.reason);
    std::vector<AdapterIpConfiguration> adapters;
    if (status == NO_ERROR)
        for (auto* in = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()); in; in = in->Next) {
            adapters.push_back(toConfiguration(*in));
            adapters.back().routes = routes.value[in->Luid.Value];
        }
    return Probed<std::vector<AdapterIpConfiguration>>::ok(std::move(adapters));
}

ActionResult reapplyStaticIpConfiguration(const AdapterIpConfiguration& wanted)
{
    const auto guid = parseGuid(wanted.guid);
    NET_LUID luid{};
    if (!guid || ConvertInterfaceGuidToLuid(&*guid, &luid) != NO_ERROR)
        return ActionResult::unavailable("no such adapter: " + wanted.guid);
    const auto before = captureIpConfiguration();
    if (!before.available())
        return ActionResult::unavailable(before.status.reason);
    const AdapterIpConfiguration* current = findAdapter(before.value, wanted.guid);
    if (!current)
        return ActionResult::unavailable("no such adapter: " + wanted.guid);

    std::vector<IpRoute> staticRoutes;
    std::copy_if(wanted.routes.begin(), wanted.routes.end(), std::back_inserter(staticRoutes),
                 [](const IpRoute& route) { return route.isStatic; });
    if (wanted.staticAddresses.empty() && staticRoutes.empty() && wanted.staticDnsServers.empty())
        return ActionResult::success("nothing static to re-apply on " + wanted.guid);
    const IpHelperWriters writers;
    if (const std::string missing = writers.missing(); !missing.empty())
        return ActionResult::unavailable("this system's iphlpapi lacks " + missing + "; nothing was changed");
    for (const auto& address : wanted.staticAddresses)
        if (!parseAddress(address.address))
            return ActionResult::failure("'" + address.address + "' is not an IP address; nothing was changed");

    if (!wanted.dhcp && !wanted.staticAddresses.empty()) {
        // What netsh itself writes for a static IPv4 adapter; the DHCP client reads it.
        const DWORD off = 0;
        const std::wstring key = kTcpipInterfaces + toUtf16(wanted.guid);
        const LSTATUS status =
            RegSetKeyValueW(HKEY_LOCAL_MACHINE, key.c_str(), L"EnableDHCP", REG_DWORD, &off, sizeof off);
        if (status != ERROR_SUCCESS)
            return ActionResult::failure("turning DHCP off on " + wanted.guid +
                                         " failed: " + describeWin32Error(static_cast<unsigned long>(status)));
    }
    for (const auto& address : wanted.staticAddresses) {
        if (hasAddress(*current, address))
            continue;
        MIB_UNICASTIPADDRESS_ROW row;
        writers.initializeUnicast(&row);
        row.InterfaceLuid = luid;
        row.Address = *parseAddress(address.address);
        row.OnLinkPrefixLength = static_cast<UINT8>(address.prefixLength);
        row.PrefixOrigin = IpPrefixOriginManual;
        row.SuffixOrigin = IpSuffixOriginManual;
        const NETIO_STATUS status = writers.createUnicast(&row);
        if (status != NO_ERROR && status != ERROR_OBJECT_ALREADY_EXISTS)
            return ActionResult::failure("adding " + address.address + "/" + std::to_string(address.prefixLength) +
                                         " to " + wanted.guid + " failed: " + describeWin32Error(status));
    }
    for (const auto& route : staticRoutes) {
        const auto destination = parseAddress(route.destination);
        const auto nextHop = parseAddress(route.nextHop);
        if (hasRoute(*current, route) || !destination || !nextHop)
            continue;
        MIB_IPFORWARD_ROW2 row;
        writers.initializeForward(&row);
        row.InterfaceLuid = luid;
        row.DestinationPrefix.Prefix = *destination;
        row.DestinationPrefix.PrefixLength = static_cast<UINT8>(route.prefixLength);
        row.NextHop = *nextHop;
        row.Metric = route.metric;
        row.Protocol = static_cast<NL_ROUTE_PROTOCOL>(MIB_IPPROTO_NETMGMT);
        const NETIO_STATUS status = writers.createForward(&row);
        if (status != NO_ERROR && status != ERROR_OBJECT_ALREADY_EXISTS)
            return ActionResult::failure("adding the route " + route.destination + "/" +
                                         std::to_string(route.prefixLength) + " via " + route.nextHop +
                                         " failed: " + describeWin32Error(status));
    }
    if (const std::string error = writeNameServers(wanted.guid, wanted.staticDnsServers); !error.empty())
        return ActionResult::failure(error);

    const auto after = captureIpConfiguration();
    const AdapterIpConfiguration* now = after.available() ? findAdapter(after.value, wanted.guid) : nullptr;
    if (!now)
        return ActionResult::unverified("re-applied, but " + wanted.guid + " could not be read back");
    for (const auto& address : wanted.staticAddresses)
        if (!hasAddress(*now, address))
            return ActionResult::failure(address.address + " is still missing on " + wanted.guid);
    for (const auto& route : staticRoutes)
        if (!hasRoute(*now, route))
            return ActionResult::failure("the route " + route.destination + "/" + std::to_string(route.prefixLength) +
                                         " is still missing on " + wanted.guid);
    for (const auto& server : wanted.staticDnsServers)
        if (std::find(now->staticDnsServers.begin(), now->staticDnsServers.end(), server) ==
            now->staticDnsServers.end())
            return ActionResult::failure("DNS server " + server + " is still missing on " + wanted.guid);
    return ActionResult::success("re-applied the static configuration of " + wanted.guid);
}

json ipConfigurationToJson(const std::vector<AdapterIpConfiguration>& adapters)
{
    const auto addresses = [](const std::vector<IpAddress>& list) {
        json out = json::array();
        for (const auto& address : list)
            out.push_back({{"address", address.address}, {"prefixLength", address.prefixLength}});
        return out;
    };
    json out = json::array();
    for (const auto& adapter : adapters) {
        json routes = json::array();
        for (const auto& route : adapter.routes)
            routes.push_back({{"destination", route.destination},
                              {"prefixLength", route.prefixLength},
                              {"nextHop", route.nextHop},
                              {"metric", route.metric},
                              {"static", route.isStatic}});
        out.push_back({{"guid", adapter.guid},
                       {"luid", adapter.luid},
                       {"ifIndex", adapter.ifIndex},
                       {"name", adapter.name},
                       {"dhcp", adapter.dhcp},
                       {"addresses", addresses(adapter.addresses)},
                       {"staticAddresses", addresses(adapter.staticAddresses)},
                       {"gateways", adapter.gateways},
                       {"dnsServers", adapter.dnsServers},
                       {"staticDnsServers", adapter.staticDnsServers},
                       {"routes", std::move(routes)}});
    }
    return out;
}

std::vector<AdapterIpConfiguration> ipConfigurationFromJson(const json& in)
{
    const auto addresses = [](const json& list) {
        std::vector<IpAddress> out;
        for (const auto& item : list) {
            IpAddress address{item.at("address").get<std::string>(), item.at("prefixLength").get<int>()};
            if (!parseAddress(address.address) || address.prefixLength < 0 || address.prefixLength > 128)
                throw std::invalid_argument("'" + address.address + "/" + std::to_string(address.prefixLength) +
                                            "' is not an address with a prefix length");
            out.push_back(std::move(address));
        }
        return out;
    };
    std::vector<AdapterIpConfiguration> adapters;
    for (const auto& item : in) {
        AdapterIpConfiguration adapter;
        adapter.guid = item.at("guid").get<std::string>();
        if (!parseGuid(adapter.guid))
            throw std::invalid_argument("adapter id '" + adapter.guid + "' is not a GUID");
        adapter.luid = item.at("luid").get<std::uint64_t>();
        adapter.ifIndex = item.at("ifIndex").get<std::uint32_t>();
        adapter.name = item.at("name").get<std::string>();
        adapter.dhcp = item.at("dhcp").get<bool>();
        adapter.addresses = addresses(item.at("addresses"));
        adapter.staticAddresses = addresses(item.at("staticAddresses"));
        adapter.gateways = item.at("gateways").get<std::vector<std::string>>();
        adapter.dnsServers = item.at("dnsServers").get<std::vector<std::string>>();
        adapter.staticDnsServers = item.at("staticDnsServers").get<std::vector<std::string>>();
        for (const auto& route : item.at("routes"))
            adapter.routes.push_back({route.at("destination").get<std::string>(), route.at("prefixLength").get<int>(),
                                      route.at("nextHop").get<std::string>(), route.at("metric").get<std::uint32_t>(),
                                      route.at("static").get<bool>()});
        adapters.push_back(std::move(adapter));
    }
    return adapters;
}

} // namespace wsafix::win
