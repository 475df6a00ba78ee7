#include "diagnostics/platform/linux/AdapterListing.h"

#include "diagnostics/platform/linux/NetlinkSocket.h"
#include "diagnostics/platform/linux/TextFile.h"
#include "diagnostics/platform/linux/Utf8.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <linux/if.h>
#include <linux/if_addr.h>
#include <linux/if_arp.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>
#include <map>
#include <unistd.h>

namespace wsafix::lnx {

namespace {

template <class Header> struct Request
{
    nlmsghdr header;
    Header body;
};

template <class Header> Request<Header> dumpRequest(std::uint16_t type, std::uint8_t family)
{
    Request<Header> r{};
    r.header.nlmsg_len = sizeof r;
    r.header.nlmsg_type = type;
    r.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    std::memcpy(&r.body, &family, 1); // every rtnetlink header starts with its family byte
    return r;
}

template <class Header> std::span<const std::byte> bytesOf(const Request<Header>& r)
{
    return std::as_bytes(std::span(&r, 1));
}

std::string addressText(int family, const std::byte* data, std::size_t length)
{
    if ((family == AF_INET && length < 4) || (family == AF_INET6 && length < 16))
        return {};
    char text[INET6_ADDRSTRLEN];
    return ::inet_ntop(family, data, text, sizeof text) ? std::string(text) : std::string();
}

std::string macText(const std::byte* data, std::size_t length)
{
    if (length != 6 || std::all_of(data, data + 6, [](std::byte b) { return b == std::byte{0}; }))
        return {};
    char text[18];
    std::snprintf(text, sizeof text, "%02x:%02x:%02x:%02x:%02x:%02x", std::to_integer<unsigned>(data[0]),
                  std::to_integer<unsigned>(data[1]), std::to_integer<unsigned>(data[2]),
                  std::to_integer<unsigned>(data[3]), std::to_integer<unsigned>(data[4]),
                  std::to_integer<unsigned>(data[5]));
    return text;
}

// /sys/class/net shows the namespace that mounted /sys: the ifindex check keeps a same-named
// interface of another namespace from answering.
bool isWireless(const std::string& name, std::uint32_t ifIndex)
{
    if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
        return false;
    const std::string dir = "/sys/class/net/" + name;
    const TextFile index = readTextFile(dir + "/ifindex", 32);
    if (!index.ok() || std::strtoul(index.text.c_str(), nullptr, 10) != ifIndex)
        return false;
    return ::access((dir + "/wireless").c_str(), F_OK) == 0 || ::access((dir + "/phy80211").c_str(), F_OK) == 0;
}

std::string typeOf(unsigned short arphrd, const std::string& name, std::uint32_t ifIndex)
{
    switch (arphrd) {
    case ARPHRD_LOOPBACK:
        return "loopback";
    case ARPHRD_ETHER:
        return isWireless(name, ifIndex) ? "wifi" : "ethernet";
    case ARPHRD_IEEE80211:
    case ARPHRD_IEEE80211_PRISM:
    case ARPHRD_IEEE80211_RADIOTAP:
        return "wifi";
    case ARPHRD_PPP:
        return "ppp";
    case ARPHRD_TUNNEL:
    case ARPHRD_TUNNEL6:
    case ARPHRD_SIT:
    case ARPHRD_IPGRE:
    case ARPHRD_IP6GRE:
    case ARPHRD_NONE:
        return "tunnel"; // tun, WireGuard and other layer-3 devices
    default:
        return "other";
    }
}

void readLink(const NetlinkMessage& message, std::map<std::uint32_t, Adapter>& adapters)
{
    ifinfomsg info;
    if (message.type != RTM_NEWLINK || !message.header(info) || info.ifi_index <= 0)
        return;
    Adapter& a = adapters[static_cast<std::uint32_t>(info.ifi_index)];
    a.ifIndex = static_cast<std::uint32_t>(info.ifi_index);
    int operState = IF_OPER_UNKNOWN;
    std::string kind;
    forEachAttributeAfter<ifinfomsg>(message, [&](std::uint16_t type, const std::byte* data, std::size_t length) {
        if (type == IFLA_IFNAME)
            a.name = validUtf8(attributeString(data, length));
        else if (type == IFLA_ADDRESS)
            a.mac = macText(data, length);
        else if (type == IFLA_OPERSTATE)
            operState = attributeValue<std::uint8_t>(data, length);
        else if (type == IFLA_LINKINFO)
            forEachAttribute(data, length, [&](std::uint16_t inner, const std::byte* value, std::size_t size) {
                if (inner == IFLA_INFO_KIND)
                    kind = validUtf8(attributeString(value, size));
            });
    });
    a.id = a.name;
    a.type = typeOf(info.ifi_type, a.name, a.ifIndex);
    a.description = kind.empty() ? a.type : kind;
    // Drivers without carrier reporting (loopback, dummy, tun) leave operstate "unknown"; for
    // them an interface that is administratively up and has its lower layer up is working.
    const bool flagsUp = (info.ifi_flags & IFF_UP) && (info.ifi_flags & IFF_LOWER_UP);
    a.up = operState == IF_OPER_UP || (operState == IF_OPER_UNKNOWN && flagsUp);
}

void readAddress(const NetlinkMessage& message, std::map<std::uint32_t, Adapter>& adapters)
{
    ifaddrmsg info;
    if (message.type != RTM_NEWADDR || !message.header(info))
        return;
    const auto it = adapters.find(info.ifa_index);
    if (it == adapters.end())
        return;
    std::string address, local;
    std::uint32_t flags = info.ifa_flags;
    forEachAttributeAfter<ifaddrmsg>(message, [&](std::uint16_t type, const std::byte* data, std::size_t length) {
        if (type == IFA_ADDRESS)
            address = addressText(info.ifa_family, data, length);
        else if (type == IFA_LOCAL)
            local = addressText(info.ifa_family, data, length);
        else if (type == IFA_FLAGS)
            flags = attributeValue<std::uint32_t>(data, length);
    });
    // On point-to-point links IFA_ADDRESS is the peer; IFA_LOCAL is always this end when present.
    const std::string& own = local.empty() ? address : local;
    if (own.empty())
        return;
    it->second.addresses.push_back({own, info.ifa_prefixlen});
    if (info.ifa_family == AF_INET && info.ifa_scope == RT_SCOPE_UNIVERSE && !(flags & IFA_F_PERMANENT))
        it->second.dhcp = true;
}

void addGateway(std::map<std::uint32_t, Adapter>& adapters, std::uint32_t ifIndex, const std::string& gateway)
{
    const auto it = adapters.find(ifIndex);
    if (gateway.empty() || it == adapters.end())
        return;
    auto& gateways = it->second.gateways;
    if (std::find(gateways.begin(), gateways.end(), gateway) == gateways.end())
        gateways.push_back(gateway);
}

// RTA_VIA: a gateway of another family (IPv4 routes via an IPv6 next hop).
std::string viaText(const std::byte* data, std::size_t length)
{
    if (length < 2)
        return {};
    std::uint16_t family = 0;
    std::memcpy(&family, data, 2);
    return addressText(family, data + 2, length - 2);
}

void readMultipath(const std::byte* data, std::size_t length, int family, std::map<std::uint32_t, Adapter>& adapters)
{
    std::size_t offset = 0;
    while (offset + sizeof(rtnexthop) <= length) {
        rtnexthop hop;
        std::memcpy(&hop, data + offset, sizeof hop);
        if (hop.rtnh_len < sizeof hop || offset + hop.rtnh_len > length)
            return;
        std::string gateway;
        forEachAttribute(data + offset + sizeof hop, hop.rtnh_len - sizeof hop,
                         [&](std::uint16_t type, const std::byte* value, std::size_t size) {
                             if (type == RTA_GATEWAY)
                                 gateway = addressText(family, value, size);
                             else if (type == RTA_VIA)
                                 gateway = viaText(value, size);
                         });
        addGateway(adapters, static_cast<std::uint32_t>(hop.rtnh_ifindex), gateway);
        offset += netlinkAlign(hop.rtnh_len);
    }
}

void readRoute(const NetlinkMessage& message, std::map<std::uint32_t, Adapter>& adapters)
{
    rtmsg route;
    if (message.type != RTM_NEWROUTE || !message.header(route) || route.rtm_dst_len != 0 ||
        route.rtm_type != RTN_UNICAST)
        return;
    std::uint32_t table = route.rtm_table, oif = 0;
    std::string gateway;
    const std::byte* multipath = nullptr;
    std::size_t multipathLength = 0;
    forEachAttributeAfter<rtmsg>(message, [&](std::uint16_t type, const std::byte* data, std::size_t length) {
        if (type == RTA_TABLE)
            table = attributeValue<std::uint32_t>(data, length);
        else if (type == RTA_OIF)
            oif = attributeValue<std::uint32_t>(data, length);
        else if (type == RTA_GATEWAY)
            gateway = addressText(route.rtm_family, data, length);
        else if (type == RTA_VIA)
            gateway = viaText(data, length);
        else if (type == RTA_MULTIPATH) {
            multipath = data;
            multipathLength = length;
        }
    });
    if (table != RT_TABLE_MAIN)
        return;
    addGateway(adapters, oif, gateway);
    if (multipath)
        readMultipath(multipath, multipathLength, route.rtm_family, adapters);
}

} // namespace

Probed<std::vector<Adapter>> listAdapters(const std::vector<std::string>& dnsServers)
{
    NetlinkSocket netlink(NETLINK_ROUTE);
    if (!netlink.valid())
        return Probed<std::vector<Adapter>>::unavailable(netlink.error());
    std::map<std::uint32_t, Adapter> adapters;
    const auto links = dumpRequest<ifinfomsg>(RTM_GETLINK, AF_UNSPEC);
    if (std::string failed = netlink.dump(bytesOf(links), [&](const NetlinkMessage& m) { readLink(m, adapters); });
        !failed.empty())
        return Probed<std::vector<Adapter>>::unavailable("listing links: " + failed);
    const auto addresses = dumpRequest<ifaddrmsg>(RTM_GETADDR, AF_UNSPEC);
    if (std::string failed =
            netlink.dump(bytesOf(addresses), [&](const NetlinkMessage& m) { readAddress(m, adapters); });
        !failed.empty())
        return Probed<std::vector<Adapter>>::unavailable("listing addresses: " + failed);
    // Routes are dumped per family: a kernel without IPv6 refuses AF_INET6, which only means no IPv6 gateways.
    for (const std::uint8_t family : {std::uint8_t{AF_INET}, std::uint8_t{AF_INET6}}) {
        const auto routes = dumpRequest<rtmsg>(RTM_GETROUTE, family);
        const std::string failed =
            netlink.dump(bytesOf(routes), [&](const NetlinkMessage& m) { readRoute(m, adapters); });
        if (!failed.empty() && family == AF_INET)
            return Probed<std::vector<Adapter>>::unavailable("listing routes: " + failed);
    }

    std::vector<Adapter> out;
    out.reserve(adapters.size());
    for (auto& [index, adapter] : adapters) {
        if (adapter.up && adapter.type != "loopback")
            adapter.dnsServers = dnsServers;
        out.push_back(std::move(adapter));
    }
    return Probed<std::vector<Adapter>>::ok(std::move(out));
}

} // namespace wsafix::lnx
