#include "diagnostics/fix/RemoteSession.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>

#include <cstdlib>
#include <cstring>
#include <sstream>

namespace wsafix {
namespace {

// The interface holding `address` (IPv4 or IPv6, an optional %scope ignored), or empty.
std::string interfaceHolding(std::string address)
{
    if (const auto pct = address.find('%'); pct != std::string::npos)
        address.resize(pct);
    in_addr v4{};
    in6_addr v6{};
    const bool isV4 = inet_pton(AF_INET, address.c_str(), &v4) == 1;
    const bool isV6 = !isV4 && inet_pton(AF_INET6, address.c_str(), &v6) == 1;
    if (!isV4 && !isV6)
        return {};
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0)
        return {};
    std::string name;
    for (const ifaddrs* a = list; a && name.empty(); a = a->ifa_next) {
        if (!a->ifa_addr)
            continue;
        if (isV4 && a->ifa_addr->sa_family == AF_INET) {
            sockaddr_in sin{};
            std::memcpy(&sin, a->ifa_addr, sizeof sin);
            if (sin.sin_addr.s_addr == v4.s_addr)
                name = a->ifa_name;
        } else if (isV6 && a->ifa_addr->sa_family == AF_INET6) {
            sockaddr_in6 sin6{};
            std::memcpy(&sin6, a->ifa_addr, sizeof sin6);
            if (std::memcmp(&sin6.sin6_addr, &v6, sizeof v6) == 0)
                name = a->ifa_name;
        }
    }
    freeifaddrs(list);
    return name;
}

} // namespace

RemoteSession currentRemoteSession()
{
    const char* value = std::getenv("SSH_CONNECTION");
    if (!value || !*value)
        return {};
    std::istringstream in(value);
    std::string client, clientPort, server;
    in >> client >> clientPort >> server;
    return sshSession(value, interfaceHolding(server));
}

} // namespace wsafix
