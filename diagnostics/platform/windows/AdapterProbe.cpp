#include "diagnostics/platform/windows/AdapterProbe.h"

#include "diagnostics/platform/windows/AddressText.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <winsock2.h>

#include <iphlpapi.h>
#include <ws2tcpip.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>

namespace wsafix::win {
namespace {

std::string addressText(const SOCKET_ADDRESS& address)
{
    return win::addressText(address.lpSockaddr);
}

std::string adapterType(IFTYPE type)
{
    constexpr std::pair<IFTYPE, const char*> kTypes[] = {
        {IF_TYPE_ETHERNET_CSMACD, "ethernet"},
        {IF_TYPE_IEEE80211, "wifi"},
        {IF_TYPE_SOFTWARE_LOOPBACK, "loopback"},
        {IF_TYPE_TUNNEL, "tunnel"},
        {IF_TYPE_PPP, "ppp"},
    };
    for (const auto& [value, name] : kTypes)
        if (value == type)
            return name;
    return "other";
}

std::string macText(const BYTE* bytes, ULONG length)
{
    std::string text;
    for (ULONG i = 0; i < length; ++i) {
        char part[4];
        std::snprintf(part, sizeof part, i == 0 ? "%02x" : ":%02x", bytes[i]);
        text += part;
    }
    return text;
}

Adapter toAdapter(const IP_ADAPTER_ADDRESSES& in)
{
    Adapter adapter;
    adapter.id = in.AdapterName ? in.AdapterName : "";
    adapter.ifIndex = in.IfIndex != 0 ? in.IfIndex : in.Ipv6IfIndex;
    adapter.name = toUtf8(in.FriendlyName);
    adapter.description = toUtf8(in.Description);
    adapter.type = adapterType(in.IfType);
    adapter.up = in.OperStatus == IfOperStatusUp;
    adapter.mac = macText(in.PhysicalAddress, std::min<ULONG>(in.PhysicalAddressLength, MAX_ADAPTER_ADDRESS_LENGTH));
    for (auto* unicast = in.FirstUnicastAddress; unicast; unicast = unicast->Next)
        adapter.addresses.push_back({addressText(unicast->Address), unicast->OnLinkPrefixLength});
    for (auto* gateway = in.FirstGatewayAddress; gateway; gateway = gateway->Next)
        adapter.gateways.push_back(addressText(gateway->Address));
    for (auto* dns = in.FirstDnsServerAddress; dns; dns = dns->Next)
        adapter.dnsServers.push_back(addressText(dns->Address));
    adapter.dhcp = in.Dhcpv4Enabled != 0;
    return adapter;
}

} // namespace

Probed<std::vector<Adapter>> readAdapters()
{
    constexpr ULONG flags = GAA_FLAG_INCLUDE_GATEWAYS | GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST;
    // 15 KB is Microsoft's advice for the first call; adapters can appear between calls, so loop.
    ULONG size = 15 * 1024;
    std::vector<std::uint64_t> buffer;
    ULONG error = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 8 && error == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.assign(size / sizeof(std::uint64_t) + 1, 0);
        error = GetAdaptersAddresses(AF_UNSPEC, flags, nullptr, reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()),
                                     &size);
    }
    if (error == ERROR_NO_DATA)
        return Probed<std::vector<Adapter>>::ok({});
    if (error != NO_ERROR)
        return Probed<std::vector<Adapter>>::unavailable("GetAdaptersAddresses failed: " + describeWin32Error(error));

    std::vector<Adapter> adapters;
    for (auto* in = reinterpret_cast<const IP_ADAPTER_ADDRESSES*>(buffer.data()); in; in = in->Next)
        adapters.push_back(toAdapter(*in));
    return Probed<std::vector<Adapter>>::ok(std::move(adapters));
}

} // namespace wsafix::win
